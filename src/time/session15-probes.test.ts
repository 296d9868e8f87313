/** Session 15 probe round (helper): a plan told in the past perfect, a left-wing primary. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueOf } from './testing.js';

test('a plan told in the past perfect has passed, also when its verb looks ahead: "had hoped to visit Paris in May"', () => {
  // told on Wednesday 4 March 2026: the May that has passed is May 2025
  assert.equal(valueOf('She had hoped to visit Paris in May but fell ill.', 'May'), '2025-05');
  assert.equal(valueOf('The minister had planned to visit Lagos in January, but the trip was put off.', 'January'), '2026-01');
  assert.equal(valueOf('The mayor had hoped to host the games in February.', 'February'), '2026-02');
  // (any verb of the future after "had been due to": "arrive" as "expire")
  assert.equal(valueOf('The ship had been due to arrive in Durban on Sunday, the company said.', 'Sunday'), '2026-03-01');
  // called off, the plan's date is the nearest one (it may have been called off ahead of it)
  assert.equal(valueOf('The minister had planned to visit Lagos in April, but the trip was cancelled.', 'April'), '2026-04');
  // a plan told in the simple past or the present still looks ahead
  assert.equal(valueOf('She hopes to visit Paris in May.', 'May'), '2026-05');
  assert.equal(valueOf('The minister planned to visit Lagos in January.', 'January'), '2027-01');
});

test('a threat or a promise told in the past perfect may still stand, so its date is the nearest: "had threatened to sue the ministry in February"', () => {
  // told on Wednesday 4 March 2026: February just gone, April just ahead (no longer February or April 2027)
  assert.equal(valueOf('The governors had threatened to sue the ministry in February.', 'February'), '2026-02');
  assert.equal(valueOf('The opposition had threatened to boycott the election in April.', 'April'), '2026-04');
  assert.equal(valueOf('The union had promised to end the strike in January.', 'January'), '2026-01');
  // told in the simple past, a threat still looks ahead
  assert.equal(valueOf('The governors threatened to sue the ministry in February.', 'February'), '2027-02');
});

test('"left" before a hyphen is a side, not the verb: "the left-wing primary in June"', () => {
  assert.equal(valueOf('She is expected to compete in the left-wing primary in June.', 'June'), '2026-06');
  assert.equal(valueOf('The left-leaning coalition will choose its candidate in June.', 'June'), '2026-06');
  // the verb stays past
  assert.equal(valueOf('She left the party in June.', 'June'), '2025-06');
});

test('a quarter after "results for" is one under way or over: "will report results for the fourth quarter on March 12"', () => {
  assert.equal(valueOf('The company will report results for the fourth quarter on March 12.', 'the fourth quarter'), '2025-Q4');
  // a quarter with no results before it keeps its tense
  assert.equal(valueOf('The company expects growth in the fourth quarter.', 'the fourth quarter'), '2026-Q4');
});
