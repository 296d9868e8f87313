/** Session 14 probe round (third helper): a plan called off, a deadline a court sets. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueOf } from './testing.js';

test('the date of a plan called off is the nearest one: "The summit, planned for February, was postponed"', () => {
  // told on Wednesday 4 March 2026: February is the one just gone, June the one ahead
  assert.equal(valueOf('The summit, planned for February, was postponed on Tuesday.', 'February'), '2026-02');
  assert.equal(valueOf('The festival, scheduled for January, was cancelled because of the floods.', 'January'), '2026-01');
  assert.equal(valueOf('The talks, planned for June, were called off.', 'June'), '2026-06');
  assert.equal(valueOf('The bill, planned for a vote in January, was delayed after the protests.', 'January'), '2026-01');
  // a plan that stands looks ahead
  assert.equal(valueOf('The summit is planned for February.', 'February'), '2027-02');
});

test('a deadline a directive sets lies ahead, even with a day between the directive and its "to": "ordered Meta on Friday to pay the fine by May"', () => {
  assert.equal(valueOf('A court ordered Meta to pay the fine by May.', 'May'), '2026-05');
  // ("pay" after a noun is the noun: "a cut to pay"; only a named or pronoun object makes it the verb)
  assert.equal(valueOf('A court in Madrid ordered Meta on Friday to pay the fine by May.', 'May'), '2026-05');
  assert.equal(valueOf('The judge told him to pay the damages by June.', 'June'), '2026-06');
  // the day itself is the order's
  assert.equal(valueOf('A court in Madrid ordered Meta on Friday to pay the fine by May.', 'Friday'), '2026-02-27');
});

test('a plan told in the past perfect was overtaken, its day passed: "the officers had planned to seize the palace on Sunday night"', () => {
  assert.equal(valueOf('The spokesman said the officers had planned to seize the palace on Sunday night.', 'Sunday night'), '2026-03-01TNI');
  // a plan told in the simple past still looks ahead
  assert.equal(valueOf('The officers planned to seize the palace on Sunday night.', 'Sunday night'), '2026-03-08TNI');
});
