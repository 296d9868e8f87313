/** Stances: who takes which side on what. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameOf, run } from './testing.js';
import { normalizeIssue } from './issue.js';
import { introducedMeasure, refersToMeasure } from './proposals.js';

const stances = (text: string) => {
  const a = run(text);
  return a.stances.map((s) => [nameOf(a, s.holder), s.issue, s.polarity]);
};

test('"vowed to block the dam", "plans to repeal the law": an intent to act on a measure takes a side, held by its subject', () => {
  assert.deepEqual(stances('Mayor Ana Ruiz vowed to block a planned motorway through the park.'), [['Ana Ruiz', 'motorway', 'oppose']]);
  assert.deepEqual(stances('Senator Tom Adler promised to pass the housing bill this year.'), [['Tom Adler', 'housing bill', 'support']]);
});

test('"who has backed Jovic": backing or opposing a person or a party is a stance whose issue is that name', () => {
  assert.deepEqual(stances('Governor Mia Lund, who has backed Petra Novak, spoke on Monday.'), [['Mia Lund', 'Petra Novak', 'support']]);
  assert.deepEqual(stances('Senator Karl Berg does not support Petra Novak.'), [['Karl Berg', 'Petra Novak', 'oppose']]);
  // criticising a person is an act against them, no side on an issue
  assert.deepEqual(stances('Senator Karl Berg criticised Petra Novak on Monday.'), []);
});

test('"has opposed Lindgren\'s plan to raise the wealth tax": the issue is what the named possessor owns', () => {
  assert.deepEqual(stances("Senator Ola Berg, who has opposed Marit Dahl's plan to cut the fuel tax, spoke on Monday."), [['Ola Berg', 'cut fuel tax', 'oppose']]);
});

test('"She also urged parliament to pass the bill": a pronoun holder is the person it stands for', () => {
  assert.deepEqual(stances('Governor Mia Lund toured the flooded towns on Monday. She also urged lawmakers to pass the flood defence bill.'), [['Mia Lund', 'flood defence bill', 'support']]);
});

test('"defended the police": backing a force is taking a side, no stance on an issue', () => {
  assert.deepEqual(stances('Interior Minister Samuel Kiptoo defended the police on Sunday.'), []);
});

test('"Farm groups, which backed Novak, threatened to block roads": no side on a measure, and no name inside the relative clause holds one', () => {
  assert.deepEqual(stances('Farm groups, which backed Petra Novak in May, threatened to block roads into the capital.'), []);
  // a name inside the relative clause is not the subject of the main verb
  assert.deepEqual(stances('Two unions, which backed Petra Novak in May, oppose the pension reform.'), []);
});

test('"said it would ask the court to block the transfers": a base-form appeal verb governs the side too', () => {
  assert.deepEqual(stances('Human Rights Watch said it would ask the Supreme Court to block the deportations.'), [['Human Rights Watch', 'deportation', 'oppose']]);
});

test('"opposes the plan": the issue is the measure the story introduced before', () => {
  const text = 'A proposal to gradually raise the retirement age has divided the party.\n\nThe pensioners\' group AgeWell opposes the plan.';
  assert.deepEqual(stances(text), [['AgeWell', 'raise retirement age', 'oppose']]);
  // with no measure introduced, "the plan" says nothing and gives no stance
  assert.deepEqual(stances('The pensioners\' group AgeWell opposes the plan.'), []);
  // "the plan" with words of its own is its own issue
  assert.deepEqual(introducedMeasure('plans for Monday'.split(' ').map((text) => ({ text })), 'plans for monday'.split(' '), 0, 3), null);
  assert.ok(!refersToMeasure(['the', 'plan', 'to', 'close', 'schools']));
  assert.ok(refersToMeasure(['the', 'proposal']));
});

test('"any increase in the retirement age": a change keeps what it changes', () => {
  assert.equal(normalizeIssue('any increase in the retirement age'.split(' ')), 'increase in retirement age');
  assert.equal(normalizeIssue('the increase in March'.split(' ')), 'increase');
  assert.equal(normalizeIssue('a new tax in Scotland'.split(' ')), 'tax');
});
