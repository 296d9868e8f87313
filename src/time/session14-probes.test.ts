/** Session 14 probe articles (helper round): a spokesman's Tuesday after a date ahead, a halt before a judgement. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueOf } from './testing.js';

test('a weekday of a past clause names no day the text gave ahead: "are set to begin on March 10 ... said on Tuesday"', () => {
  // told on Wednesday 4 March 2026; March 10 is a Tuesday
  assert.equal(valueOf('The talks are set to begin on March 10. An army spokesman said on Tuesday that the army would take part.', 'Tuesday'), '2026-03-03');
  // a weekday in a clause ahead still names that day
  assert.equal(valueOf('The talks are set to begin on March 10. The army will send a delegation on Tuesday.', 'Tuesday'), '2026-03-10');
});

test('a judgement after "and" is no judgement of a date in the predicate before it: "were halted on Tuesday and are expected to resume"', () => {
  assert.equal(valueOf('Train services between Valencia and Madrid were halted on Tuesday morning and are not expected to resume before Thursday.', 'Tuesday morning'), '2026-03-03TMO');
  assert.equal(valueOf('Flights between Lima and Cusco were cancelled on Monday and are expected to resume soon.', 'Monday'), '2026-03-02');
  // a hypothetical subject still looks ahead
  assert.equal(valueOf('Analysts said a rate cut in June was far from certain.', 'June'), '2026-06');
});

test('a quarter whose results are reported has begun: "will report fourth-quarter results on March 19" is last year\'s', () => {
  assert.equal(valueOf('Nordic Steel will report fourth-quarter results on March 19.', 'fourth-quarter'), '2025-Q4');
  assert.equal(valueOf('The bank is expected to post fourth-quarter net profit of 2 billion euros next week.', 'fourth-quarter'), '2025-Q4');
  // a quarter under way, or a deal to close later in the year, stays this year's
  assert.equal(valueOf('The company will report first-quarter results in April.', 'first-quarter'), '2026-Q1');
  assert.equal(valueOf('The deal is expected to close in the fourth quarter.', 'the fourth quarter'), '2026-Q4');
});
