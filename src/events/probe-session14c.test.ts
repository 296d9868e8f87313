/** Rules found by reading the events of probe articles (session 14, third helper round). Every sentence is written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';

const PUB = '2026-03-04';
const partsOf = (a: ReturnType<typeof run>, e: { participants: readonly string[] }) => e.participants.map((p) => nameOf(a, p));

test('a raid by the police is a search or an arrest operation (ARREST 173), not an assault: "Police raided the opposition leader\'s home"', () => {
  const e = ev(run('Police raided the home of the opposition leader in Ankara on Tuesday.', PUB), 'raided');
  assert.equal(e.type, 'ARREST');
  assert.equal(e.cameo, '173');
  assert.equal(ev(run('The offices of the newspaper were raided by FBI agents on Tuesday.', PUB), 'raided').type, 'ARREST');
  // a raid by troops or gunmen stays an attack
  assert.equal(ev(run('Troops raided the village on Monday.', PUB), 'raided').type, 'ASSAULT');
  assert.equal(ev(run('Gunmen raided a police station near Kano on Monday.', PUB), 'raided').type, 'ASSAULT');
  assert.equal(ev(run('Gunmen dressed in police uniforms raided the office on Monday.', PUB), 'raided').type, 'ASSAULT');
  // the noun, with the police as its agent
  assert.equal(ev(run('A raid by police on the offices of the newspaper began on Monday.', PUB), 'raid').type, 'ARREST');
});

test('travel or flights halted for safety are no sanction; visa-free travel suspended for a country\'s people is one', () => {
  assert.equal(run('The coast guard suspended all sea travel on Monday because of the storm.', PUB).events.filter((e) => e.type === 'SANCTION').length, 0);
  assert.equal(run('Flights between Lima and Cusco were suspended on Tuesday after heavy rain.', PUB).events.filter((e) => e.type === 'SANCTION').length, 0);
  const a = run('The European Union suspended visa-free travel for Georgian officials on Monday.', PUB);
  assert.equal(ev(a, 'suspended').type, 'SANCTION');
});

test('a country between an organisation\'s possessive and "chapter" or "office" names its branch, not a participant: "Transparency International\'s Brazil chapter"', () => {
  const a = run("Transparency International's Brazil chapter criticised the new mining law on Monday.", PUB);
  assert.deepEqual(partsOf(a, ev(a, 'criticised')), ['Transparency International']);
  const b = run("Amnesty International's Kenya office condemned the arrests on Monday.", PUB);
  assert.ok(!partsOf(b, ev(b, 'condemned')).includes('Kenya'));
  // a country that acts stays
  const c = run('Brazil criticised the new mining law on Monday.', PUB);
  assert.deepEqual(partsOf(c, ev(c, 'criticised')), ['Brazil']);
});

test('the subject of a relative clause on a thing is the sentence\'s subject: "criticised the constitution, which she also rejects"', () => {
  const a = run('Ana Ruiz met Luis Mora on Monday and criticised the 1994 constitution, which she also rejects.', PUB);
  assert.deepEqual(partsOf(a, ev(a, 'rejects')), ['Ana Ruiz']);
});

test('an attempt at seizing power is a FIGHT (190): "A coup attempt in Benin was foiled", "an attempted coup"', () => {
  const a = run('A coup attempt in Benin was foiled on Sunday, the government said.', PUB);
  const e = ev(a, 'coup');
  assert.equal(e.type, 'FIGHT');
  assert.equal(nameOf(a, e.place!), 'Benin');
  assert.equal(ev(run('Soldiers foiled an attempted coup in Benin on Sunday.', PUB), 'coup').type, 'FIGHT');
  // a coup as a figure of speech, or only feared, is none
  assert.equal(run('The deal was a coup for Slovenia.', PUB).events.length, 0);
  assert.equal(run('There were rumours of a coup plot in the capital.', PUB).events.length, 0);
  // a coup in a predicate says what something else is
  assert.equal(run('"This is an attempted coup," the minister said of the protest.', PUB).events.filter((e) => e.type === 'FIGHT').length, 0);
});

test('a clause coordinated by ", and" with a name of its own holds its stance: "..., and Poland said it would vote against ratification"', () => {
  const stancesOf = (a: ReturnType<typeof run>) => a.stances.map((s) => `${nameOf(a, s.holder)} ${s.polarity}`);
  assert.deepEqual(stancesOf(run('Farmers protested outside the European Parliament on Monday, and Poland said it would vote against ratification.', PUB)), ['Poland oppose']);
  // a name of the same clause still holds it
  assert.deepEqual(stancesOf(run('The European Parliament said it would vote against ratification.', PUB)), ['European Parliament oppose']);
});

test('an event awaited by a vow or a modal in a "once" or "until" clause has not happened: "vowed to resume the war once the truce ends"', () => {
  const a = run('Prime Minister Benjamin Netanyahu vowed to resume the war once the truce ends.', PUB);
  assert.equal(ev(a, 'truce').status, 'hypothetical');
  // told in the past, it happened
  const b = run('Troops withdrew from the town once the ceasefire took effect on Monday.', PUB);
  assert.equal(ev(b, 'ceasefire').status, 'occurred');
});
