/** Who takes part: names that only describe another name are no participants. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';

const names = (text: string, trigger: string) => {
  const a = run(text);
  return ev(a, trigger).participants.map((p) => nameOf(a, p)).sort();
};

test('a country that says where a company is from is no participant: "Sweden\'s Ericsson", "the German drugmaker Bayer"', () => {
  assert.deepEqual(names("Sweden's Ericsson signed a deal with Poland on Monday.", 'signed'), ['Ericsson', 'Poland']);
  assert.deepEqual(names('The German drugmaker Bayer agreed to pay the farmers.', 'agreed'), ['Bayer']);
  assert.deepEqual(names('French energy company TotalEnergies signed an agreement with Mozambique.', 'signed'), ['Mozambique', 'TotalEnergies']);
  // a body of the state acts for its country; a verb between ends the description
  assert.ok(names("Egypt's Foreign Ministry condemned the raid on Monday.", 'condemned').includes('Egypt'));
});

test('"Oman\'s foreign minister, Sayyid Badr Albusaidi,": an honorific opening the apposition still makes the country a modifier', () => {
  assert.deepEqual(names("Oman's foreign minister, Sayyid Badr Albusaidi, met Iranian negotiators in Muscat on Friday.", 'met').includes('Oman'), false);
  assert.deepEqual(names("Kuwait's emir, Sheikh Nawaf Khalid, met the envoy in Geneva.", 'met').includes('Kuwait'), false);
});

test('"charged two men with spying for Iran": the offence of a charge or conviction is another act, its names none of the charge\'s', () => {
  assert.deepEqual(names('Prosecutors in Berlin charged a former soldier with spying for China.', 'charged'), []);
  assert.deepEqual(names('A court convicted Marta Holm of smuggling weapons to Libya.', 'convicted'), ['Marta Holm']);
});

test('"his Azerbaijani counterpart, Elnur Mammadov": a nationality before "counterpart" and a name is a modifier', () => {
  assert.deepEqual(names('Aram Petrosyan met his Georgian counterpart, Nino Beridze, in Tbilisi.', 'met'), ['Aram Petrosyan', 'Nino Beridze']);
});

test('"Monday\'s bombing in Kabul has shocked India": a bare event noun as subject keeps none of its verb group\'s names', () => {
  const a = run("Monday's bombing in Kabul has shocked India.");
  assert.deepEqual(ev(a, 'bombing').participants.map((p) => nameOf(a, p)), []);
});

test('"The UN envoy for Libya, Hanna Berg,": the organisation and the place of an office are modifiers of the named holder', () => {
  assert.deepEqual(names('The United Nations envoy for Libya, Hanna Berg, met Khalid Nasser in Tunis.', 'met'), ['Hanna Berg', 'Khalid Nasser']);
});

test('"urged both sides to stop shelling the city": who asks takes no part in the act asked to stop', () => {
  const a = run('Pope Leo urged the two armies to stop targeting hospitals.');
  assert.ok(!ev(a, 'targeting').participants.map((p) => nameOf(a, p)).includes('Leo'));
});

test('"sued the firm in a Lagos court": a court named by its city is where the act took place', () => {
  const a = run('Three farmers sued Bayer in a Munich court on Monday.');
  assert.equal(nameOf(a, ev(a, 'sued').place), 'Munich');
});

test('"urged Venezuela to hold elections": who asks takes no part in a light-verb act asked for', () => {
  assert.deepEqual(names('Norway urged Sudan to resume negotiations with the rebels.', 'resume negotiations'), ['Sudan']);
});

test('"Russia\'s foreign ministry spokeswoman, Maria Zakharova, ... and vowed": the country is a modifier and the name the subject', () => {
  assert.deepEqual(names("Iran's foreign ministry spokesman, Nasser Kanani, rejected the report and vowed to respond.", 'vowed'), ['Nasser Kanani']);
});

test('"would not accept any refugees expelled by Hungary": a reduced passive relative has its agent act, and the main subject takes no part', () => {
  const a = run('Serbia said it would not take in any refugees expelled by Hungary.');
  const e = ev(a, 'expelled');
  assert.deepEqual(e.participants.map((p) => nameOf(a, p)), ['Hungary']);
  assert.deepEqual(e.actors?.map((p) => nameOf(a, p)), ['Hungary']);
});

test('"the emir of Kuwait, Sheikh Mishal al-Ahmad,": the country of an office after "of" is a modifier', () => {
  assert.deepEqual(names('Macron thanked the emir of Kuwait, Sheikh Mishal al-Ahmad, on Sunday.', 'thanked').includes('Kuwait'), false);
});
