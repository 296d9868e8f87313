/** Rules found by reading the events and stances of probe articles (session 15, helper round). Every sentence is written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';

const PUB = '2026-03-04';
const partsOf = (a: ReturnType<typeof run>, e: { participants: readonly string[] }) => e.participants.map((p) => nameOf(a, p));
const stancesOf = (a: ReturnType<typeof run>) => a.stances.map((s) => `${nameOf(a, s.holder)} ${s.polarity}`).sort();

test('"nothing" as the subject denies the act: "adding that nothing was agreed", "Nothing has been signed"', () => {
  assert.equal(ev(run('The envoy said on Monday that talks would go on, adding that nothing was agreed.', PUB), 'agreed').status, 'negated');
  assert.equal(ev(run('"Nothing has been signed yet," the spokeswoman told reporters in Accra.', PUB), 'signed').status, 'negated');
  // "nobody" or "no one" with a phrase of its own: "Nobody from the government attended"
  assert.equal(ev(run('Nobody from the ministry attended the ceremony in Lusaka.', PUB), 'attended').status, 'negated');
  // something agreed stays
  assert.equal(ev(run('The envoy said on Monday that a text was agreed.', PUB), 'agreed').status, 'occurred');
});

test('a subject opened by "no" denies the act: "No foreign aid has been requested", "no formal complaint was lodged"', () => {
  assert.equal(ev(run('No outside help has been requested so far, the governor said.', PUB), 'requested').status, 'negated');
  assert.equal(ev(run('The minister said that no additional troops were deployed to the border.', PUB), 'deployed').status, 'negated');
  // without "no" the act stands; "no longer" is no subject
  assert.equal(ev(run('Outside help has been requested, the governor said.', PUB), 'requested').status, 'occurred');
  assert.equal(ev(run('With no warning, soldiers attacked the market on Monday.', PUB), 'attacked').status, 'occurred');
});

test('an act whose object is "no one" or "nothing" did not take place: "Police arrested no one"', () => {
  assert.equal(ev(run('Police arrested no one after the match on Sunday.', PUB), 'arrested').status, 'negated');
  assert.equal(ev(run('Police arrested two fans after the match on Sunday.', PUB), 'arrested').status, 'occurred');
});

test('a light verb and its noun awaited by a future are not yet: "would not intervene until the two sides resumed direct talks"', () => {
  assert.equal(ev(run('The mediator said he would not step in until the unions resumed direct talks.', PUB), 'resumed').status, 'hypothetical');
  assert.equal(ev(run('The unions resumed direct talks on Monday.', PUB), 'resumed').status, 'occurred');
});

test('a plan that "but" calls off did not happen: "had been expected to travel to Cairo on Monday but cancelled the trip"', () => {
  assert.equal(ev(run('The envoy had been expected to fly to Amman on Monday but cancelled the trip.', PUB), 'fly').status, 'negated');
  assert.equal(ev(run('The minister had planned to visit Lagos in January, but the trip was put off.', PUB), 'visit').status, 'negated');
  // a plan in the past perfect with nothing after it is overtaken: whether it came about is not said
  assert.equal(ev(run('The minister had planned to visit Lagos in January.', PUB), 'visit').status, 'hypothetical');
  // a plan told in the present stays ahead
  assert.equal(ev(run('The minister plans to visit Lagos in April.', PUB), 'visit').status, 'scheduled');
});

test('a clause of time after a request is no part of what is asked: "asked for the missiles when he visited Berlin"', () => {
  const a = run('Prime Minister Ana Costa asked for more troops when she visited Brussels in January.', PUB);
  assert.equal(ev(a, 'visited').status, 'occurred');
  // the request's object is still asked for
  assert.equal(ev(run('Amnesty urged the authorities to release the protesters.', PUB), 'release').status, 'hypothetical');
});

test('a strike that had lasted when it was called off took place: "called off a seven-week strike"', () => {
  assert.equal(ev(run('Nurses called off a six-week strike on Tuesday.', PUB), 'strike').status, 'occurred');
  assert.equal(ev(run('Teachers called off their month-long strike on Tuesday.', PUB), 'strike').status, 'occurred');
  // a strike called off before it began did not
  assert.equal(ev(run('Nurses called off the strike on Tuesday.', PUB), 'strike').status, 'negated');
  assert.equal(ev(run('Nurses called off a three-day strike planned for next week.', PUB), 'strike').status, 'negated');
});

test('"in May" after an event noun is the month, not a modal: "survived an assassination attempt in May 2024"', () => {
  const a = run('The mayor, who survived an assassination attempt in May 2024, said he would run again.', PUB);
  const e = ev(a, 'assassination');
  const t = a.times.find((x) => x.id === e.time);
  assert.equal(t?.value, '2024-05');
});

test('a minister calling a counterpart is a telephone call (CALL 041): "called his Turkish counterpart Hakan Fidan"', () => {
  const a = run('Greek Foreign Minister Giorgos Gerapetritis called his Turkish counterpart Hakan Fidan, the ministry said.', PUB);
  const e = ev(a, 'called');
  assert.equal(e.type, 'CALL');
  assert.deepEqual(partsOf(a, e), ['Giorgos Gerapetritis', 'Hakan Fidan']);
  assert.equal(ev(run('The foreign minister called her French counterpart on Monday to discuss the crisis.', PUB), 'called').type, 'CALL');
  // a complement makes it a naming
  assert.equal(run('He called his counterpart a liar.', PUB).events.filter((x) => x.type === 'CALL').length, 0);
});

test('stances: a name opening a clause right before the cue holds it, over a person named earlier', () => {
  // ("after Eritrea rejected": a person before in the sentence gave the rejection to himself)
  assert.deepEqual(stancesOf(run('Ruto had hoped to host a ceremony in February, but it slipped after Eritrea rejected the draft text.', PUB)), ['Eritrea oppose']);
  assert.deepEqual(stancesOf(run('Polish Prime Minister Donald Tusk met Merz in Berlin. Tusk said Poland supports the delivery of the missiles.', PUB)), ['Poland support']);
});

test('stances: each name of a coordinated subject holds it, also after a name\'s own "the": "The United States and the European Union criticised the ruling"', () => {
  assert.deepEqual(stancesOf(run('The United States and the European Union criticised the ruling.', PUB)), ['European Union oppose', 'United States oppose']);
});

test('a planned event named again as the subject of its calling off: "had planned to travel to Kabul in February, but the visit was postponed"', () => {
  const a = run('A delegation led by the envoy Amir Khan had planned to travel to Kabul in February, but the visit was postponed.', PUB);
  assert.equal(ev(a, 'delegation').status, 'negated');
  assert.equal(ev(run('Talks were scheduled for Monday, but they were cancelled.', PUB), 'Talks').status, 'negated');
  // another change leaves the plan standing
  assert.equal(ev(run('Talks were scheduled for Monday, but the venue was changed.', PUB), 'Talks').status, 'scheduled');
});

test('a disease or a storm that kills, across a relative clause, is nobody\'s attack: "The outbreak, which began in September, infected 66 people and killed 15"', () => {
  assert.equal(run('The outbreak, which began in October, infected 40 people and killed 12.', PUB).events.filter((e) => e.type === 'ASSAULT').length, 0);
  assert.equal(run('The cyclone, which formed on Monday, killed 10 people.', PUB).events.filter((e) => e.type === 'ASSAULT').length, 0);
  // people who kill stay an assault
  assert.equal(run('The rebels, which seized the town in May, killed 10 people.', PUB).events.filter((e) => e.type === 'ASSAULT').length, 1);
});

test('a participle after "and" shares the passive of the first verb: "was arrested later that day and charged with terrorism"', () => {
  const a = run('General Juan Ortiz was arrested later that day and charged with terrorism.', PUB);
  const e = ev(a, 'charged');
  assert.deepEqual((e.actors ?? []).map((p) => nameOf(a, p)), []);
  assert.deepEqual((e.targets ?? []).map((p) => nameOf(a, p)), ['Juan Ortiz']);
});

test('stances: each name of a coordinated subject holds a side taken for a person: "Brazil, Argentina and Chile expressed support for Arce"', () => {
  assert.deepEqual(stancesOf(run('Brazil, Argentina and Chile expressed support for President Luis Arce.', PUB)), ['Argentina support', 'Brazil support', 'Chile support']);
});

test('a negation that "until" bounds does not deny the event: "had not reached agreement until last week"', () => {
  const a = run('The chairman said the two firms had not reached agreement until last week.', PUB);
  assert.equal(ev(a, 'reached agreement').status, 'occurred');
  // ahead, it waits on what "until" names
  assert.equal(ev(run('The government will not lift the sanctions until the prisoners are freed.', PUB), 'lift').status, 'hypothetical');
  // without "until" the negation stands
  assert.equal(ev(run('The chairman said the two firms had not reached agreement.', PUB), 'reached agreement').status, 'negated');
});

test('stances: a clause of time after "support" is no issue: "would resume support once reforms began"', () => {
  assert.equal(run('Qatar said it would resume support once the reforms began.', PUB).stances.length, 0);
});

test('the one thanked or blamed for an act in -ing did it, not the one who reacts: "thanked the United States and Britain for sending vaccines"', () => {
  const a = run("Ghana's health minister, Kwame Mensah, thanked Japan and Canada for sending vaccines.", PUB);
  assert.deepEqual(partsOf(a, ev(a, 'sending')).sort(), ['Canada', 'Japan']);
});

test('a strike or a protest threatened has not happened: "The Labour Congress had threatened a general strike in January"', () => {
  assert.equal(ev(run('The teachers union threatened a general strike over unpaid wages.', PUB), 'strike').status, 'hypothetical');
  // a strike held did happen
  assert.equal(ev(run('The teachers union held a general strike over unpaid wages.', PUB), 'strike').status, 'occurred');
  // a thing that endangers talks leaves them as they are
  assert.notEqual(ev(run('The deadlock threatens the talks in Geneva.', PUB), 'talks').status, 'hypothetical');
});

test('who chairs a meeting takes part in it (MEET 040): "chaired an emergency meeting in Manila"', () => {
  const a = run('President Maria Santos chaired an emergency meeting in Manila on Tuesday.', PUB);
  const e = ev(a, 'chaired');
  assert.equal(e.type, 'MEET');
  assert.deepEqual(partsOf(a, e), ['Maria Santos']);
  // a body chaired is no event
  assert.equal(run('She chairs the committee.', PUB).events.length, 0);
});

test('stances: a relative clause on the issue with a plural verb and coordinated names: "the migration pact, which Poland and Hungary oppose"', () => {
  assert.deepEqual(stancesOf(run('Parliament approved the asylum pact, which Slovakia and Hungary oppose.', PUB)), ['Hungary oppose', 'Slovakia oppose']);
  // a single name, as before
  assert.deepEqual(stancesOf(run('Parliament approved the asylum pact, which Hungary opposes.', PUB)), ['Hungary oppose']);
});

test('stances: a side no longer taken is the other one: "Turkey no longer opposes Sweden\'s membership of NATO"', () => {
  assert.deepEqual(stancesOf(run("Turkey no longer opposes Finland's membership of NATO.", PUB)), ['Turkey support']);
  assert.deepEqual(stancesOf(run("Turkey opposes Finland's membership of NATO.", PUB)), ['Turkey oppose']);
});

test('an apposition of who hosts or chairs the talks keeps the talks an event: "The talks, hosted by Oman, ended on Thursday"', () => {
  const a = run('The talks, hosted by Oman, ended on Thursday without a breakthrough.', PUB);
  const e = ev(a, 'talks');
  assert.equal(e.type, 'MEET');
  assert.deepEqual(partsOf(a, e), ['Oman']);
});

test('the state an envoy recalled was sent to takes part: "South Africa recalled its ambassador to Washington"', () => {
  const a = run('Chile recalled its ambassador to Israel on Monday.', PUB);
  assert.deepEqual(partsOf(a, ev(a, 'recalled')), ['Chile', 'Israel']);
  // a title names no party
  const b = run('The party was led by Juan Soto, former Chilean Ambassador to Germany, until he was expelled on Monday.', PUB);
  for (const e of b.events) assert.ok(!partsOf(b, e).includes('Germany'));
});

test('a purpose infinitive after a pronoun subject takes the pronoun\'s person: "He will travel to Temuco on Friday to meet Mapuche leaders"', () => {
  const a = run('Manuel Ortega was sworn in as interior minister on Tuesday. He will travel to Temuco on Friday to meet community leaders.', PUB);
  assert.deepEqual(partsOf(a, ev(a, 'meet')), ['Manuel Ortega']);
  // what is asked of others is theirs
  const b = run('Ana Ruiz won the vote on Sunday. She urged them to meet the rebels.', PUB);
  assert.ok(!partsOf(b, ev(b, 'meet')).includes('Ana Ruiz'));
});
