/** Rules found by reading the events of probe articles (session 14, second helper round). Every sentence is written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';

const PUB = '2026-03-04';
const partsOf = (a: ReturnType<typeof run>, e: { participants: readonly string[] }) => e.participants.map((p) => nameOf(a, p));

test('stopping aid is a cut in relations (CAMEO 162) that happened, with the recipient: "suspended development aid to Niger"', () => {
  const a = run('France suspended development aid to Niger on Saturday.', PUB);
  const e = ev(a, 'suspended development aid');
  assert.equal(e.type, 'SANCTION');
  assert.equal(e.cameo, '162');
  assert.equal(e.status, 'occurred');
  assert.deepEqual(partsOf(a, e), ['France', 'Niger']);
  assert.equal(ev(run('The United States ended military aid to Guatemala in 1977.', PUB), 'ended military aid').cameo, '162');
  // suspending sanctions eases them; aid sent stays aid; talks suspended are still called off
  const s = ev(run('The EU suspended sanctions on Syria\'s energy sector on Monday.', PUB), 'suspended sanctions');
  assert.equal(s.type, 'YIELD');
  assert.equal(s.status, 'occurred');
  assert.equal(ev(run('Japan sent humanitarian aid to Sudan on Monday.', PUB), 'sent humanitarian aid').type, 'AID');
  assert.equal(ev(run('The EU suspended trade talks with Israel on Monday.', PUB), 'talks').status, 'negated');
});

test('a named guest hosted at a named place is a hosted visit (CAMEO 043): "Trump will host Prime Minister Takaichi at Camp David"', () => {
  const a = run('President Donald Trump will host Japanese Prime Minister Sanae Takaichi at Camp David on March 20.', PUB);
  const e = ev(a, 'host');
  assert.equal(e.type, 'VISIT');
  assert.equal(e.cameo, '043');
  assert.equal(e.status, 'scheduled');
  assert.deepEqual(partsOf(a, e), ['Donald Trump', 'Sanae Takaichi']);
  assert.equal(nameOf(a, e.place!), 'Camp David');
  assert.equal(ev(run('Chinese President Xi Jinping hosted Brazilian President Lula in Beijing on Tuesday.', PUB), 'hosted').type, 'VISIT');
  // a summit hosted is a meeting; a show's guest is no visit
  assert.equal(ev(run('Qatar hosted talks in Doha on Monday.', PUB), 'hosted talks').type, 'MEET');
  assert.equal(run('The network hosted Jimmy Kimmel in Los Angeles.', PUB).events.length, 0);
});

test('a charge after a noun phrase a determiner opens describes that noun: "extradited a Colombian man accused of running a network"', () => {
  const a = run('Spain extradited a Colombian man accused of running a drug network to the United States on Monday.', PUB);
  assert.ok(!partsOf(a, ev(a, 'accused')).includes('Spain'));
  const b = run('Police in Lisbon said on Friday that Brazil arrested the former minister accused of fraud.', PUB);
  assert.ok(!partsOf(b, ev(b, 'accused')).includes('Brazil'));
  // an accuser names the accused as the object
  const c = run('Russia accused Ukraine of shelling the plant on Monday.', PUB);
  assert.deepEqual(partsOf(c, ev(c, 'accused')), ['Russia', 'Ukraine']);
});

test('a verb that needs its object, right before a preposition after a noun, is that noun\'s passive: "A French aid worker kidnapped in northern Mali"', () => {
  const a = run('A French aid worker kidnapped in northern Mali in 2024 has been released.', PUB);
  const e = ev(a, 'kidnapped');
  assert.deepEqual(e.actors ?? [], []);
  const b = run('The British journalist detained in Tehran last year was freed on Saturday.', PUB);
  assert.deepEqual(ev(b, 'detained').actors ?? [], []);
  // the active keeps its actor
  const d = run('Russia detained a French citizen in Moscow on Monday.', PUB);
  assert.deepEqual((ev(d, 'detained').actors ?? []).map((x) => nameOf(d, x)), ['Russia']);
});

test('being on a visit to a place is a visit, under way when told in the present: "President Lula is on a state visit to Japan"', () => {
  const a = run('President Lula is on a state visit to Japan this week.', PUB);
  const e = ev(a, 'on a state visit');
  assert.equal(e.type, 'VISIT');
  assert.equal(e.status, 'ongoing');
  assert.deepEqual(e.participants.map((p) => nameOf(a, p)), ['Lula']);
  assert.equal(nameOf(a, e.place!), 'Japan');
  assert.equal(ev(run('Prime Minister Narendra Modi was on a three-day visit to France when the deal was signed.', PUB), 'visit').status, 'occurred');
  // a visit talked about is none
  assert.equal(run('The talks focused on a visit to Japan next year.', PUB).events.length, 0);
});

test('restrictions eased, lifted or suspended are a concession, no sanction: "eased restrictions on exports", "suspending restrictions on energy"', () => {
  const a = run('The United States eased restrictions on exports of chips to the Gulf on Monday.', PUB);
  assert.equal(ev(a, 'eased').type, 'YIELD');
  assert.equal(ev(run('China lifted curbs on imports of Japanese seafood on Friday.', PUB), 'lifted').type, 'YIELD');
  const b = run('The bloc suspended restrictions on energy and transport on Monday.', PUB);
  assert.equal(ev(b, 'suspended').type, 'YIELD');
  // imposing them is none; tensions easing is none; a pause in talks is still called off
  assert.equal(run('The government imposed restrictions on exports of rice.', PUB).events.length, 0);
  assert.equal(run('Tensions eased after the talks.', PUB).events.length, 0);
});

test('a strike or a march called or organised by someone, in the passive or an apposition, is the event with its organiser: "The strike was called by the CGT union"', () => {
  const a = run('The strike was called by the CGT union on Friday.', PUB);
  const e = ev(a, 'strike was called');
  assert.equal(e.type, 'PROTEST');
  assert.deepEqual(e.participants.map((p) => nameOf(a, p)), ['CGT']);
  const b = run('The strike, called by the CGT union, began on Monday.', PUB);
  assert.equal(ev(b, 'strike').type, 'PROTEST');
  assert.equal(b.times.find((x) => x.id === ev(b, 'strike').time)?.value, '2026-03-02');
  // a strike that is named is none; a subject's own verb after a visit stays an appeal
  assert.equal(run('The strike is called the Day of Rage.', PUB).events.length, 0);
  assert.equal(ev(run('Kofi Annan, in a statement issued before he returned to New York after a 24-hour visit, called on all parties to stop fighting.', PUB), 'called on').type, 'APPEAL');
});

test('one placed under house arrest is its target, not its actor: "Soldiers placed President Bazoum under house arrest"', () => {
  const a = run('Soldiers placed President Mohamed Bazoum under house arrest on Wednesday.', PUB);
  const e = ev(a, 'arrest');
  assert.equal(e.type, 'ARREST');
  assert.deepEqual(e.actors ?? [], []);
  assert.deepEqual((e.targets ?? []).map((x) => nameOf(a, x)), ['Mohamed Bazoum']);
  // an arrest verb keeps its actor and target
  const b = run('Niger arrested Mohamed Bazoum on Wednesday.', PUB);
  assert.deepEqual((ev(b, 'arrested').actors ?? []).map((x) => nameOf(b, x)), ['Niger']);
});

test('a diplomat declared persona non grata is expelled (CAMEO 166): "Estonia declared a Russian diplomat persona non grata"', () => {
  const a = run('Estonia declared a Russian diplomat persona non grata on Monday.', PUB);
  const e = ev(a, 'declared');
  assert.equal(e.type, 'SANCTION');
  assert.equal(e.cameo, '166');
  assert.deepEqual((e.actors ?? []).map((x) => nameOf(a, x)), ['Estonia']);
  // a state of emergency declared stays what it is
  assert.equal(ev(run('The government declared a state of emergency on Monday.', PUB), 'declared').type, 'RESTRICT');
});

test('a vehicle arriving is nobody\'s visit: "Buses carrying the prisoners arrived in Ramallah"', () => {
  assert.equal(run('Buses carrying the prisoners arrived in Ramallah shortly after midnight.', PUB).events.length, 0);
  assert.equal(run('A convoy of 28 trucks arrived in El Fasher on Wednesday.', PUB).events.length, 0);
  // a person arriving by train visits; a warship's port call stays a visit
  assert.equal(ev(run('President Macron arrived in Kyiv by train on Monday.', PUB), 'arrived').type, 'VISIT');
  assert.equal(ev(run('The destroyer USS Juneau arrived in Zhanjiang on Tuesday for a port call.', PUB), 'arrived').type, 'VISIT');
});

test('a plan that "but" calls off did not take place: "The summit had been planned for February but was postponed"', () => {
  assert.equal(ev(run('The summit had been planned for February but was postponed because of the conference.', PUB), 'summit').status, 'negated');
  assert.equal(ev(run('The march was planned for Saturday but was later called off by the organisers.', PUB), 'march').status, 'negated');
  // held but without result: it took place
  assert.equal(ev(run('The talks were held in Doha but failed to produce a deal.', PUB), 'talks').status, 'occurred');
  assert.equal(ev(run('The summit is planned for June in Nairobi.', PUB), 'summit').status, 'scheduled');
});

test('a bare "it" right after the sentence that introduced a measure stands for it: "a plan to raise the retirement age ... would vote against it."', () => {
  const stancesOf = (a: ReturnType<typeof run>) => a.stances.map((s) => `${nameOf(a, s.holder)} ${s.polarity} ${s.issue}`);
  assert.deepEqual(stancesOf(run('The government unveiled a plan to raise the retirement age on Monday. Senator Ana Ruiz said she would vote against it.', PUB)), ['Ana Ruiz oppose raise retirement age']);
  // no measure just before, or words after the pronoun: no issue
  assert.deepEqual(stancesOf(run('The Senate met on Monday. Senator Ana Ruiz opposed it.', PUB)), []);
  assert.deepEqual(stancesOf(run('The government unveiled a plan to raise the retirement age on Monday. Senator Ana Ruiz said she opposed it because of the cost.', PUB)), []);
});

test('a name before a prison or a camp after "from" says where from, no participant: "freed 90 prisoners from the Ofer jail"', () => {
  const a = run('Israel freed 90 Palestinian prisoners from the Ofer jail on Sunday.', PUB);
  assert.ok(!ev(a, 'freed').participants.map((p) => nameOf(a, p)).includes('Ofer'));
  assert.ok(ev(a, 'freed').participants.map((p) => nameOf(a, p)).includes('Israel'));
});

test('a named person freed or released in the passive is a captive set free (CAMEO 0841): "Sophie Petronin was freed near Gao"', () => {
  const a = run('Sophie Petronin was freed near Gao on Saturday.', PUB);
  const e = ev(a, 'freed');
  assert.equal(e.type, 'YIELD');
  assert.equal(e.cameo, '0841');
  assert.deepEqual(e.participants.map((p) => nameOf(a, p)), ['Sophie Petronin']);
  // a discharge from hospital, a film or a product is none
  assert.equal(run('Pope Francis was released from hospital on Sunday.', PUB).events.length, 0);
  assert.equal(run('The film was released in cinemas on Friday.', PUB).events.length, 0);
});

test('staples sent or delivered by the tonne are aid, and fighting a fire is no fight: "delivered 200 tonnes of flour", "fought the blaze"', () => {
  const a = run('Japan sent 500 tonnes of rice to North Korea on Monday.', PUB);
  assert.equal(ev(a, 'sent').type, 'AID');
  assert.deepEqual(ev(a, 'sent').participants.map((p) => nameOf(a, p)), ['Japan', 'North Korea']);
  assert.equal(ev(run('Saudi Arabia delivered 200 tonnes of flour to Port Sudan last week.', PUB), 'delivered').type, 'AID');
  assert.equal(ev(run('Italy and France sent water-bombing planes to help fight the fires.', PUB), 'sent').type, 'AID');
  assert.equal(run('Firefighters fought the blaze for ten hours.', PUB).events.length, 0);
  // a speech delivered, food prices sent up, troops fought: as before
  assert.equal(run('The president delivered a speech on Monday.', PUB).events.length, 0);
  assert.equal(run('The drought sent food prices soaring.', PUB).events.length, 0);
  assert.equal(ev(run('Rebels fought government troops near Goma.', PUB), 'fought').type, 'FIGHT');
});

test('the one contacted is whom "him" stands for in the purpose after: "Macron telephoned Modi to congratulate him"', () => {
  const a = run('In January, Macron telephoned Modi to congratulate him on the vote.', PUB);
  const e = ev(a, 'congratulate');
  assert.deepEqual((e.actors ?? []).map((x) => nameOf(a, x)), ['Macron']);
  assert.deepEqual((e.targets ?? []).map((x) => nameOf(a, x)), ['Modi']);
});
