/** Session 17 probe rounds (helper): a count of votes before a day, an election's day that is no holiday. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';
import { valueOf } from './testing.js';

test('a plural noun after a count is no present verb: "approved by 41 votes to 30 on Thursday night, will take effect in April"', () => {
  // told on Wednesday 4 March 2026
  assert.equal(valueOf('The decision, approved by 41 votes to 30 on Thursday night, will take effect in April.', 'Thursday night'), '2026-02-26TNI');
  assert.equal(valueOf('The bill, passed by 212 votes on Monday, now goes to the Senate.', 'Monday'), '2026-03-02');
  // the present verb of a schedule still looks ahead
  assert.equal(valueOf('Parliament votes on the budget on Friday.', 'Friday'), '2026-03-06');
});

test('"Election day" with a lowercase "day" is the election told of, not the US holiday', () => {
  assert.ok(!tagTimes("LIVE: Election day in Ghana's regional by-elections", '2026-03-04').some((t) => t.text === 'Election day'));
  // "Election Day" keeps the holiday
  assert.equal(valueOf('Voters in Ohio head to the polls on Election Day.', 'Election Day', '2026-10-20'), '2026-11-03');
});
