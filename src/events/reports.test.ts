/** Who reports an event and what a report covers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';

test('"announced it would lift tariffs": a report of a plan, whose light verb takes the noun, by the country the source names', () => {
  const a = run('The Brazilian government announced it would lift duties on Argentine wheat next month.');
  const e = ev(a, 'lift');
  assert.equal(e.type, 'YIELD');
  assert.equal(e.cameo, '085');
  assert.equal(e.status, 'scheduled');
  assert.ok(e.attributedTo?.includes('Brazilian government'));
  assert.ok(e.participants.map((p) => nameOf(a, p)).includes('Brazil'));
  assert.equal(a.events.filter((x) => x.text.startsWith('announced')).length, 0);
});

test('"..., the two companies announced on Wednesday.": a backward report with a date after the cue', () => {
  const e = ev(run('Orion Air and Belmont Jets have agreed to merge, the two airlines announced on Monday.'), 'agreed');
  assert.ok(e.attributedTo?.startsWith('unnamed'));
});

test('an apposition about a whole report is the article\'s comment: "..., a move welcomed by farmers"', () => {
  const e = ev(run('The ministry said it would ease sanctions on Serbian banks, a move welcomed by French lenders.'), 'welcomed');
  assert.equal(e.attributedTo, null);
});

test('"His lawyer, Ana Vidal, said her client denied the charges and would cooperate": the cooperation is reported, not denied', () => {
  const a = run('Her spokesman, Marco Sala, said the minister denied every allegation and would cooperate with the inquiry.');
  const e = ev(a, 'cooperate');
  assert.equal(e.status, 'scheduled');
  assert.equal(nameOf(a, e.attributedTo), 'Marco Sala');
  // a denied clause stays denied
  assert.equal(ev(run('Marco Sala denied that the minister had cooperated with the inquiry.'), 'cooperated').status, 'negated');
});

test('"heavy fighting was reported near X": a passive report is an event from an unnamed source, with its own place and date', () => {
  const a = run('Clashes were reported in Tripoli on Sunday.');
  const e = ev(a, 'Clashes');
  assert.equal(e.type, 'FIGHT');
  assert.equal(e.attributedTo, 'unnamed: reportedly');
  assert.equal(nameOf(a, e.place), 'Tripoli');
});

test('", with each side accusing the other of ...": the absolute "with" is no part of the source', () => {
  const e = ev(run('The truce ended, with each side accusing the other of attacking civilians.'), 'attacking');
  assert.equal(e.attributedTo, 'unnamed: each side');
});
