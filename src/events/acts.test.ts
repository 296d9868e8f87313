import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeIssue } from './index.js';
import { ev, nameOf, run } from './testing.js';

/** [type, cameo] of the event whose text holds `trigger`. */
const typed = (text: string, trigger: string) => {
  const e = ev(run(text), trigger);
  return [e.type, e.cameo];
};
const noEvent = (text: string, type?: string) => {
  const found = run(text).events.filter((e) => !type || e.type === type);
  assert.equal(found.length, 0, `${type ?? 'an event'} in: ${text} → ${JSON.stringify(found.map((e) => [e.type, e.text]))}`);
};

test('sending: relief is aid (073), troops a show of force (150), peacekeepers protection (074)', () => {
  assert.deepEqual(typed('Norway sent a search-and-rescue team to the flooded valley on Sunday.', 'sent'), ['AID', '073']);
  assert.deepEqual(typed('The ministry dispatched doctors and tents to the quake zone.', 'dispatched'), ['AID', '073']);
  assert.deepEqual(typed('Rescue teams were sent to the collapsed mine overnight.', 'sent'), ['AID', '073']);
  assert.deepEqual(typed('Belgrade sent troops to the northern border on Friday.', 'sent'), ['MOBILIZE', '150']);
  assert.deepEqual(typed('More soldiers were dispatched to the port city.', 'dispatched'), ['MOBILIZE', '150']);
  assert.deepEqual(typed('Ghana sent peacekeepers to the buffer zone.', 'sent'), ['AID', '074']);
  assert.deepEqual(typed('The army deployed rescue teams after the landslide.', 'deployed'), ['AID', '073']);
  // the verb alone names no act
  noEvent('The mayor sent a letter to the minister on Monday.');
  noEvent('The drought sent food prices soaring.');
});

test('handing over captives is a release (0841), handing over ground a return (0842)', () => {
  assert.deepEqual(typed('The militia handed over 40 prisoners to the Red Cross on Tuesday.', 'handed over'), ['YIELD', '0841']);
  assert.deepEqual(typed('The kidnappers handed the hostages over to the Red Cross.', 'handed'), ['YIELD', '0841']);
  assert.deepEqual(typed('Twelve detainees were handed over at the crossing.', 'handed over'), ['YIELD', '0841']);
  assert.deepEqual(typed('The rebels handed over control of the airport to the army.', 'handed over'), ['YIELD', '0842']);
  noEvent('The auditor handed over a report to the committee.');
  noEvent('The outgoing mayor handed over power to her deputy.', 'YIELD');
});

test('summoning another state’s envoy is a formal protest (111); recalling one’s own is not', () => {
  const a = run('Poland summoned the Belarusian ambassador on Tuesday over the border incident.');
  const e = ev(a, 'summoned');
  assert.deepEqual([e.type, e.cameo], ['CRITICIZE', '111']);
  assert.ok(e.participants.map((p) => nameOf(a, p)).includes('Poland'));
  assert.deepEqual(typed('The Dutch envoy was summoned to the foreign ministry.', 'summoned'), ['CRITICIZE', '111']);
  noEvent('Lisbon summoned its ambassador home for consultations.');
  noEvent('The captain summoned the courage to speak.');
});

test('proposing or offering an event is intent to cooperate (03x), not the event itself', () => {
  const truce = ev(run('The rebels proposed a truce on Sunday.'), 'proposed');
  assert.deepEqual([truce.type, truce.cameo, truce.status], ['PLEDGE', '0356', 'occurred']);
  assert.ok(!run('The rebels proposed a truce on Sunday.').events.some((e) => e.type === 'YIELD'));
  assert.deepEqual(typed('Oman offered talks between the two sides.', 'offered'), ['PLEDGE', '036']);
  assert.deepEqual(typed('Japan offered aid to the flood victims.', 'offered'), ['PLEDGE', '033']);
  assert.deepEqual(typed('Both sides proposed a prisoner exchange.', 'proposed'), ['PLEDGE', '0353']);
  // "the proposed truce" is an adjective
  noEvent('The army rejected the proposed truce.', 'PLEDGE');
});

test('a banned protest is no protest, only the ban (RESTRICT since session 7)', () => {
  noEvent('The government banned all demonstrations in the capital on Monday.', 'PROTEST');
  assert.deepEqual(typed('President Ana Ruiz declared a state of emergency in three provinces.', 'declared'), ['RESTRICT', '1724']);
});

test('a strike announced by a union in reported speech is a walkout (143), not an attack', () => {
  assert.deepEqual(typed('The union said it would strike next week.', 'strike'), ['PROTEST', '143']);
  assert.deepEqual(typed('Nurses warned that they will strike on Monday.', 'strike'), ['PROTEST', '143']);
  assert.deepEqual(typed('The drivers’ union told reporters it would strike.', 'strike'), ['PROTEST', '143']);
  // a force that says it will strike keeps the attack
  assert.deepEqual(typed('The army said it would strike the rebel positions.', 'strike'), ['ASSAULT', '180']);
});

test('a release finds its captives past a long modifier ("a group of senior prisoners")', () => {
  const e = ev(run('The government agreed to release a group of senior prisoners.'), 'release');
  assert.deepEqual([e.type, e.cameo], ['YIELD', '0841']);
  assert.deepEqual(typed('Kabul will release a batch of 200 Taliban detainees.', 'release'), ['YIELD', '0841']);
  noEvent('The ministry will release a detailed report on the prisons.', 'YIELD');
});

test('object pronouns: the one person who fits, never a guess between two', () => {
  const a = run('Police arrested Maria Lopez on Monday. A court later sentenced her to five years.');
  assert.deepEqual(ev(a, 'sentenced').participants.map((p) => nameOf(a, p)), ['Maria Lopez']);
  // the subject of "praised" is no referent of its own object
  const b = run('John Smith met Ana Ruiz on Monday and praised her.');
  assert.deepEqual(ev(b, 'praised').participants.map((p) => nameOf(b, p)).sort(), ['Ana Ruiz', 'John Smith']);
  // two people it could be: unresolved
  const c = run('Police arrested John Smith and Ana Ruiz. A court sentenced him to two years.');
  assert.deepEqual(ev(c, 'sentenced').participants, []);
  // a gender given by a title rules a person out
  const d = run('Mr. Tomas Berg and Elena Sousa were detained on Friday. A judge later jailed her for a year.');
  assert.deepEqual(ev(d, 'jailed').participants.map((p) => nameOf(d, p)), ['Elena Sousa']);
  // "her" before a noun is a possessive
  const e = run('Ana Ruiz was in Oslo. Police arrested her husband.');
  assert.deepEqual(ev(e, 'arrested').participants, []);
});

test('"them": one named organisation and no plural of people it could mean', () => {
  const a = run('Hamas released a statement on Monday. Egyptian mediators met them in Cairo.');
  assert.ok(ev(a, 'met').participants.map((p) => nameOf(a, p)).includes('Hamas'));
  const b = run('Police detained 30 activists of the Green Party. A court later sentenced them.');
  assert.deepEqual(ev(b, 'sentenced').participants, []);
});

test('a withheld permission: "would not allow the truce to collapse" is no event; "not allow X to attack" negates the attack', () => {
  noEvent('The president would not allow the truce to collapse.');
  noEvent("The mediators won't let the ceasefire collapse.");
  assert.equal(ev(run('The army will not allow the rebels to attack the city.'), 'attack').status, 'negated');
  // a permission granted leaves the event as it was
  assert.equal(ev(run('The court allowed the talks to resume on Monday.'), 'talks').type, 'MEET');
});

test('issue: "a proposal to X" keeps the infinitive and its object, which the bare frame never is', () => {
  assert.equal(normalizeIssue('a proposal to move the vote to March'.split(' ')), 'move vote');
  assert.equal(normalizeIssue('plans to raise the retirement age'.split(' ')), 'raise retirement age');
  const a = run('Senator Ana Ruiz voted against a proposal to move the vote to March.');
  assert.deepEqual(a.stances.map((s) => [nameOf(a, s.holder), s.polarity, s.issue]), [['Ana Ruiz', 'oppose', 'move vote']]);
});

test('an offered event holds what it offers: the act after it is no object of the offer', () => {
  assert.equal(ev(run('Rebels propose truce, hand over prisoners'), 'hand over').status, 'occurred');
  // a pledge by verb still puts its object ahead
  assert.equal(ev(run('The rebels promised to hand over the prisoners.'), 'hand over').status, 'hypothetical');
});

test('a release of a person named by a pronoun ("release her"), not of "her report"', () => {
  const a = run('Police arrested Lena Voss in March. The EU urged Tiran to release her.');
  const e = ev(a, 'release');
  assert.deepEqual([e.type, e.cameo, e.status], ['YIELD', '0841', 'hypothetical']);
  assert.ok(e.participants.map((p) => nameOf(a, p)).includes('Lena Voss'));
  noEvent('The ministry will release her report on Monday.');
});

test('what is sent is the second of two objects; a walkout takes no object', () => {
  noEvent('The general sent his forces a message of support.');
  assert.deepEqual(typed('Workers said they would strike the factory gates with hammers.', 'strike'), ['ASSAULT', '180']);
  assert.deepEqual(typed('The union said it would strike this week.', 'strike'), ['PROTEST', '143']);
});

test('a kinship noun before a name gives a gender: "her" is not "her husband"', () => {
  const a = run('Her husband, Karl Voss, spoke to reporters on Monday. The European Union urged Tiran to release her.');
  assert.ok(!ev(a, 'release').participants.map((p) => nameOf(a, p)).includes('Karl Voss'));
});

test('bans on gatherings or parties, curfews, states of emergency and martial law restrict (172x); lifting them yields (083x)', () => {
  assert.deepEqual(typed('The governor banned all public gatherings in Lagos for two weeks.', 'banned'), ['RESTRICT', '1721']);
  assert.deepEqual(typed('Officials imposed a ban on rallies near the stadium.', 'imposed'), ['RESTRICT', '1721']);
  assert.deepEqual(typed('Protests were banned in the capital on Friday.', 'banned'), ['RESTRICT', '1721']);
  assert.deepEqual(typed('The junta banned the main opposition party in March.', 'banned'), ['RESTRICT', '1722']);
  assert.deepEqual(typed('Authorities imposed a curfew in the old city on Friday.', 'imposed'), ['RESTRICT', '1723']);
  assert.deepEqual(typed('Parliament declared a nationwide state of emergency after the floods.', 'declared'), ['RESTRICT', '1724']);
  assert.deepEqual(typed('Army Imposes Martial Law In Three Provinces', 'Imposes'), ['RESTRICT', '1724']);
  assert.deepEqual(typed('The army lifted the curfew on Monday.', 'lifted'), ['YIELD', '0833']);
  // a ban on anything else, or a declaration of anything else, is no restriction
  noEvent('The city banned smoking in parks, and the mayor declared victory.');
});

test('"spoke with President X", "talked to his counterpart": a consultation (040); "spoke to reporters" is none', () => {
  const a = run('Chancellor Ingrid Solberg spoke with President Tomas Varga on Monday about the gas pipeline.');
  const e = ev(a, 'spoke with');
  assert.deepEqual([e.type, e.cameo], ['MEET', '040']);
  assert.deepEqual(e.targets?.map((p) => nameOf(a, p)), ['Tomas Varga']);
  assert.deepEqual(typed('Ingrid Solberg talked to her Polish counterpart on Friday.', 'talked to'), ['MEET', '040']);
  noEvent('Ingrid Solberg spoke to reporters in Oslo on Monday.');
  noEvent('Ingrid Solberg spoke with the Financial Times on Monday.');
  noEvent("Speaking to President Tomas Varga's voters, Ingrid Solberg promised nothing.", 'MEET');
  // said to be by phone, a call (041)
  assert.deepEqual(typed('Ingrid Solberg spoke with President Tomas Varga by phone on Friday.', 'spoke with'), ['CALL', '041']);
  // a phone call held: a compound noun after the light verb
  assert.deepEqual(typed('Ingrid Solberg held a phone call with Tomas Varga.', 'phone call'), ['CALL', '041']);
});

test('"provided 3 million dollars in food aid to Haiti": a sum of aid is aid, typed by its kind (071-073), and the recipient takes part', () => {
  const a = run('Canada will provide 3 million dollars in food aid to Haiti.');
  const e = ev(a, 'aid');
  assert.deepEqual([e.type, e.cameo], ['AID', '073']);
  assert.deepEqual(e.participants.map((p) => nameOf(a, p)).sort(), ['Canada', 'Haiti']);
  assert.deepEqual(typed('Britain sent military assistance to Estonia.', 'assistance'), ['AID', '072']);
  // a pledge of aid is intent to give it (033), one event
  const b = run('Sweden pledged $40 million in aid for Yemen on Monday.');
  assert.deepEqual(b.events.map((x) => [x.type, x.cameo]), [['PLEDGE', '033']]);
});

test('"ordered X held without bail" is a detention (173), "ordered X released" a release (0841); "ordered X to" stays a demand', () => {
  const a = run('A magistrate in Leeds ordered Daniel Pryce held in custody until his trial.');
  const e = ev(a, 'ordered');
  assert.deepEqual([e.type, e.cameo], ['ARREST', '173']);
  assert.deepEqual(e.participants.map((p) => nameOf(a, p)), ['Daniel Pryce']);
  assert.deepEqual(typed('The supreme court ordered the three activists freed.', 'ordered'), ['YIELD', '0841']);
  assert.deepEqual(typed('The governor ordered the guards to leave.', 'ordered'), ['DEMAND', '100']);
  assert.deepEqual(typed('A military court ordered the release of Omar Diallo.', 'ordered'), ['YIELD', '0841']);
});

test('"proposed a gradual lifting of sanctions": an offer to ease sanctions (PLEDGE 0354), no lifting that happened', () => {
  const a = run('Norway proposed a gradual lifting of sanctions on Venezuela.');
  assert.deepEqual(a.events.map((e) => [e.type, e.cameo, e.status]), [['PLEDGE', '0354', 'occurred']]);
});

test('"ordered him released": the object pronoun inside an object act\'s span is resolved', () => {
  const a = run('Ines Varga was arrested in May. A judge in Graz ordered her released on Friday.');
  assert.deepEqual(ev(a, 'ordered').participants.map((p) => nameOf(a, p)), ['Ines Varga']);
});

test('"sent 80 election observers" is no peacekeeping; "sent ceasefire monitors" is (074)', () => {
  noEvent('The African Union sent 60 observers to watch the vote.', 'AID');
  assert.deepEqual(typed('The OSCE sent ceasefire monitors to the front line.', 'sent'), ['AID', '074']);
});

test('"blocked roads into the capital": obstructing passage (PROTEST 144); "blocked the bill" is none', () => {
  assert.deepEqual(typed('Truckers blocked the main roads into Ottawa on Monday.', 'blocked'), ['PROTEST', '144']);
  noEvent('The Senate blocked the spending bill.');
  noEvent('The court blocked a planned motorway through the forest.');
});

test('"telephoned both candidates": a call to a group', () => {
  assert.deepEqual(typed('The president telephoned both candidates on Monday.', 'telephoned'), ['CALL', '041']);
});
