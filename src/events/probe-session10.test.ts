/** Rules found by reading the events of probe articles (session 10). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';

test('a disaster that destroyed homes and killed people is nobody\'s attack', () => {
  const a = run('The fire comes 22 years after the January 2003 fires destroyed nearly 500 homes in Canberra and killed four people.');
  assert.deepEqual(a.events.filter((e) => e.type === 'ASSAULT'), []);
  // gunmen who torched a station and killed officers attacked
  const b = run('Gunmen torched the police station and killed ten officers in Borno.');
  assert.deepEqual(b.events.map((e) => e.type), ['ASSAULT']);
});

test('a participle in an aside after the subject takes no date from the main clause', () => {
  const a = run('The deal, announced by the transport federation, includes a pay rise and limits on automated cranes until 2028, union negotiator Frank Moreels said.', '2025-03-09');
  assert.equal(ev(a, 'announced').time, null);
  // its own date, inside the aside, stays
  const b = run('The plan, announced by the ministry on Monday, runs until 2030.', '2025-03-09');
  assert.notEqual(ev(b, 'announced').time, null);
});

test('a raid on money is no attack', () => {
  assert.deepEqual(run('Opposition leader Kemi Badenoch called the budget "a tax raid on working people."').events.map((e) => e.type), []);
  assert.deepEqual(run('Troops raided the village on Monday.').events.map((e) => e.type), ['ASSAULT']);
});

test('a stance asked of someone is held by whoever asks, never by the one asked', () => {
  const a = run('He urged Congress to oppose the tax.');
  assert.deepEqual(a.stances, []);
  const b = run('The United States called on China to stop its dangerous conduct.');
  assert.deepEqual(b.stances.map((s) => nameOf(b, s.holder)), ['United States']);
});

test('in a story of a labour strike, a bare "strike" is the walkout', () => {
  const a = run('Junior doctors began a five-day strike on Friday. NHS England said 30,000 appointments were rescheduled during the last strike in June. "We don\'t want to strike," Dr. Tom Dolphin said.');
  assert.deepEqual(a.events.filter((e) => e.text === 'strike').map((e) => `${e.type} ${e.cameo}`), ['PROTEST 143', 'PROTEST 143']);
  // elsewhere a bare "strike" keeps its lexicon sense
  assert.deepEqual(run('Russia could strike again, officials warned.').events.map((e) => e.type), ['ASSAULT']);
});

test('a dateline\'s credit is no source of a report and no participant', () => {
  const a = run('NIAMEY, July 27 (Wire) - Soldiers said that they had suspended all institutions.', '2023-07-27');
  assert.ok(a.events.every((e) => !e.participants.some((p) => nameOf(a, p) === 'Wire') && nameOf(a, e.attributedTo) !== 'Wire'), JSON.stringify(a.events));
});

test('"defending champion" takes no side', () => {
  assert.deepEqual(run('LONDON, July 13 (Wire) - Jannik Sinner won his first Wimbledon title on Sunday, beating defending champion Carlos Alcaraz 4-6 6-4 6-4 6-4.').stances, []);
  assert.equal(run('Senator Jane Holt is defending the tax cut.').stances.length, 1);
});

test('a town an attack is made on is where it happened; a country attacked is only a target', () => {
  const a = run('Israeli forces killed three Palestinians in a raid on Jenin on Thursday.', '2025-06-20');
  assert.equal(nameOf(a, ev(a, 'killed').place), 'Jenin');
  const b = run('Israel carried out air strikes on Iran.', '2025-06-20');
  assert.equal(b.events[0]?.place, null);
});
