/** Rules found by reading the events and stances of probe articles (session 14, helper round). Every sentence is written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';

const PUB = '2026-03-04';
const stancesOf = (a: ReturnType<typeof run>) => a.stances.map((s) => `${nameOf(a, s.holder)} ${s.polarity} ${s.issue}`);
const hasEvent = (a: ReturnType<typeof run>, trigger: string) => a.events.some((e) => e.text.includes(trigger));

test('throwing one\'s weight behind an issue backs it; coming out against it opposes it', () => {
  assert.deepEqual(stancesOf(run('Former prime minister Theresa May threw her weight behind the bill on Friday.', PUB)), ['Theresa May support bill']);
  assert.deepEqual(stancesOf(run('France has put its full weight behind the peace plan.', PUB)), ['France support peace plan']);
  assert.deepEqual(stancesOf(run('Senator Ana Ruiz has come out strongly against the pipeline.', PUB)), ['Ana Ruiz oppose pipeline']);
  // (a weight lifted, a coming out of talks, take no side)
  assert.deepEqual(stancesOf(run('The weightlifter put the weight behind him and left.', PUB)), []);
});

test('a strike called for a length of time, or begun, is a walkout (CAMEO 143): "began a 48-hour strike"', () => {
  assert.equal(ev(run('Dockworkers at the port of Antwerp began a 48-hour strike on Wednesday over pension reforms.', PUB), 'began a 48-hour strike').cameo, '143');
  assert.equal(ev(run('Nurses in Lagos started a three-day strike on Monday.', PUB), 'started a three-day strike').cameo, '143');
  // an attack on a target stays an attack
  assert.equal(ev(run('The United States began strikes on rebel targets in Yemen on Saturday.', PUB), 'began strikes').type, 'ASSAULT');
});

test('deaths an accident caused are nobody\'s attack, a place before the "when" too: "killed in Veracruz when a wall collapsed"', () => {
  assert.equal(hasEvent(run('At least four people were killed in Veracruz when a wall collapsed, officials said.', PUB), 'killed'), false);
  // a bomb is someone's attack
  assert.equal(ev(run('Two men were killed in Kabul when a bomb exploded.', PUB), 'killed').type, 'ASSAULT');
});

test('an intent given up did not happen and holds no side: "dropped its threat to veto the rollover"', () => {
  const a = run('The European Union extended its sanctions against Russia after Hungary dropped its threat to veto the rollover.', PUB);
  assert.equal(ev(a, 'veto').status, 'negated');
  assert.deepEqual(stancesOf(a), []);
  // a threat still held is not yet carried out
  assert.equal(ev(run('Hungary renewed its threat to veto the rollover.', PUB), 'veto').status, 'hypothetical');
  assert.equal(ev(run('Hungary vetoed the rollover on Monday.', PUB), 'vetoed').status, 'occurred');
});

test('withdrawing an offer is no yielding, withdrawing support reduces relations (CAMEO 160): "withdrew its offer", "withdrew its support"', () => {
  assert.equal(hasEvent(run('Ruhrstahl withdrew its offer to buy Baltic Metals.', PUB), 'withdrew'), false);
  const a = run('The Greens withdrew their support for the coalition government on Monday.', PUB);
  assert.equal(ev(a, 'withdrew their support').type, 'SANCTION');
  assert.equal(ev(a, 'withdrew their support').cameo, '160');
  assert.equal(ev(run('Russia withdrew its troops from the border on Monday.', PUB), 'withdrew').type, 'YIELD');
});

test('an event noun with a relative clause between commas takes the predicate after it: "The talks, which collapsed in 2023, are set to begin on March 10"', () => {
  const a = run('The talks, which collapsed in December 2023, are set to begin on March 10.', PUB);
  const t = ev(a, 'talks');
  assert.equal(t.type, 'MEET');
  assert.equal(t.status, 'scheduled');
  assert.equal(a.times.find((x) => x.id === t.time)?.value, '2026-03-10');
  assert.equal(ev(run('The summit, which was first proposed by France, will be held in Nairobi on Friday.', PUB), 'summit').status, 'scheduled');
  // (a verb after the aside that is no predicate of the noun gives nothing)
  assert.equal(hasEvent(run('The summit, which was first proposed by France, surprised everyone.', PUB), 'summit'), false);
});

test('a round of an election and a runoff one faces are an election: "won the first round of Romania\'s presidential election", "will face Dan in a runoff"', () => {
  const a = run('Far-right candidate George Simion won the first round of Romania\'s presidential election on Sunday with 41 percent of the vote.', PUB);
  assert.equal(ev(a, 'won the first round').type, 'ELECTION');
  const b = run('George Simion will face Nicusor Dan in a runoff on March 22.', PUB);
  assert.equal(ev(b, 'face').type, 'ELECTION');
  assert.equal(ev(b, 'face').status, 'scheduled');
  // sport has rounds too
  assert.equal(a.events.length > 0 && hasEvent(run('Arsenal won the first round of the cup.', PUB), 'won'), false);
  assert.equal(hasEvent(run('Nadal will face Federer in the second round on Tuesday.', PUB), 'face'), false);
});

test('an event put off "until" a date is not negated: "would not take effect until 2008"', () => {
  assert.equal(ev(run('The agreement would probably not take effect until 2008.', PUB), 'agreement').status, 'hypothetical');
  assert.equal(ev(run('The talks will not resume until March.', PUB), 'talks').status, 'scheduled');
  assert.equal(ev(run('The summit will not take place.', PUB), 'summit').status, 'negated');
});

test('a passive whose subject is a service or a class paused is no sanction: "Classes were suspended in 40 municipalities"', () => {
  assert.equal(hasEvent(run('Classes were suspended in 40 municipalities after the floods.', PUB), 'suspended'), false);
  assert.equal(hasEvent(run('Flights to Cusco were suspended on Tuesday.', PUB), 'suspended'), false);
  assert.equal(ev(run('Turkey\'s membership talks were suspended in 2016.', PUB), 'suspended').type, 'SANCTION');
});

test('what a future waits for "until" has not happened: "would not lift its measures until political prisoners were freed"', () => {
  assert.equal(ev(run('Britain said it would not lift its own measures against Belarus until political prisoners were freed.', PUB), 'freed').status, 'hypothetical');
  // a past "until" tells what happened
  assert.equal(ev(run('The talks went on until police arrived and arrested the leaders.', PUB), 'arrested').status, 'occurred');
});

test('a nationality before a visit\'s noun says who travels, not where: "An Israeli delegation is due to arrive in Cairo"', () => {
  const a = run('An Israeli delegation led by security chief Daniel Rosen is due to arrive in Cairo on Thursday.', PUB);
  assert.equal(nameOf(a, ev(a, 'delegation').place), 'Cairo');
  // a place that names a meeting is still its place
  const b = run('The Geneva talks collapsed on Friday.', PUB);
  assert.equal(nameOf(b, ev(b, 'talks').place), 'Geneva');
});

test('"the two leaders" in a ", where" clause are the two people the sentence named before it', () => {
  const a = run('Indian Prime Minister Narendra Modi was welcomed by Indonesian President Prabowo Subianto at the Merdeka Palace, where the two leaders held talks.', PUB);
  assert.deepEqual(ev(a, 'held talks').participants.map((p) => nameOf(a, p)).sort(), ['Narendra Modi', 'Prabowo Subianto']);
});

test('a participle after a comma takes no holder from the main clause\'s object: "upheld the conviction of Eduardo Prates, rejecting his appeal"', () => {
  assert.deepEqual(stancesOf(run('The court upheld the conviction of former mayor Eduardo Prates, rejecting his appeal.', PUB)), []);
  assert.deepEqual(stancesOf(run('A Brazilian appeals court on Tuesday upheld the conviction of Eduardo Prates, rejecting his lawyers\' argument.', PUB)), []);
});

test('a source that "announced on Tuesday" before a participle is still the source: "..., Claire Dubois announced on Tuesday, escalating a trade dispute"', () => {
  const a = run('Canada will impose retaliatory tariffs on American goods from next Monday, Finance Minister Claire Dubois announced on Tuesday, escalating a trade dispute.', PUB);
  const e = ev(a, 'impose retaliatory tariffs');
  assert.equal(nameOf(a, e.attributedTo), 'Claire Dubois');
  assert.equal(e.participants.map((p) => nameOf(a, p)).includes('Claire Dubois'), false);
});

test('an army\'s blockade is a military one (FIGHT 191), and an ability to do it is no act: "the army\'s ability to blockade key ports"', () => {
  const e = ev(run('The drills would test the army\'s ability to blockade key ports.', PUB), 'blockade');
  assert.equal(e.type, 'FIGHT');
  assert.equal(e.cameo, '191');
  assert.equal(e.status, 'hypothetical');
  assert.equal(ev(run('Chinese warships blockaded the port of Kaohsiung on Tuesday.', PUB), 'blockaded').cameo, '191');
  assert.equal(ev(run('Protesters blockaded the port of Calais on Monday.', PUB), 'blockaded').type, 'PROTEST');
});

test('a measure renewed or answered in kind is a sanction: "voted to renew an arms embargo", "retaliated with tariffs"', () => {
  const a = run('The UN Security Council voted on Thursday to renew an arms embargo on South Sudan for one year.', PUB);
  assert.equal(ev(a, 'renew an arms embargo').type, 'SANCTION');
  assert.equal(ev(run('China retaliated with tariffs on American soybeans on Monday.', PUB), 'retaliated with tariffs').type, 'SANCTION');
  // fighting or talks "renewed" keep their own reading
  assert.equal(ev(run('Renewed fighting broke out in Goma on Monday.', PUB), 'fighting broke out').type, 'FIGHT');
});

test('a deal described by who brokered it takes the predicate after the aside: "The truce, brokered by Qatar and Egypt, took effect"', () => {
  const a = run('The truce, brokered by Qatar and Egypt, took effect at 8 a.m. on Sunday.', PUB);
  const e = ev(a, 'took effect');
  assert.equal(e.type, 'YIELD');
  assert.equal(a.times.find((x) => x.id === e.time)?.value, '2026-03-01T08:00');
});

test('"the two leaders" of a ", where" clause also act in a verb joined by "and": "where the two leaders held talks and signed agreements"', () => {
  const a = run('Indian Prime Minister Narendra Modi was welcomed by Indonesian President Prabowo Subianto at the Merdeka Palace, where the two leaders held talks and signed agreements on trade.', PUB);
  assert.deepEqual(ev(a, 'signed agreements').participants.map((p) => nameOf(a, p)).sort(), ['Narendra Modi', 'Prabowo Subianto']);
});

test('forces put on alert are a raised military alert (MOBILIZE 152): "put its forces on alert"', () => {
  const a = run('Taipei condemned the exercises and put its forces on alert.', PUB);
  assert.equal(ev(a, 'put its forces on alert').type, 'MOBILIZE');
  assert.equal(ev(a, 'put its forces on alert').cameo, '152');
  assert.equal(ev(run('Pakistan placed its armed forces on high alert on Monday.', PUB), 'placed its armed forces on high alert').cameo, '152');
});

test('a guest "welcomed by" a titled host at a named place is a hosted visit (VISIT 043), in the passive too', () => {
  const a = run('Indian Prime Minister Narendra Modi was welcomed by Indonesian President Prabowo Subianto at the Merdeka Palace on Tuesday.', PUB);
  const e = ev(a, 'welcomed');
  assert.equal(e.type, 'VISIT');
  assert.equal(e.cameo, '043');
  assert.equal(nameOf(a, e.place), 'Merdeka Palace');
  // a decision welcomed is praise, not a visit
  assert.equal(run('The decision of the EU was welcomed by Foreign Minister Sergei Lavrov in Moscow.', PUB).events.some((x) => x.type === 'VISIT'), false);
});
