/** Session 14 probe articles (second helper round): an election day's timetable, a market that reopens, a vote with its object. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueOf } from './testing.js';

test('an election day\'s timetable in the present lies ahead: "The polls close at 8 p.m. ET on Tuesday"', () => {
  // told on Wednesday 4 March 2026
  assert.equal(valueOf('The polls close at 8 p.m. ET on Tuesday.', '8 p.m. ET on Tuesday'), '2026-03-10T20:00');
  assert.equal(valueOf('Polling stations open on Sunday in most of the country.', 'Sunday'), '2026-03-08');
  // a market's close is the day's report
  assert.equal(valueOf('Stocks closed lower on Tuesday.', 'Tuesday'), '2026-03-03');
});

test('a present that schedules looks ahead past its object: "The market reopens on Monday", "Parliament votes on the budget on Tuesday"', () => {
  assert.equal(valueOf('The stock market reopens on Monday after the holiday.', 'Monday'), '2026-03-09');
  assert.equal(valueOf('Parliament votes on the budget on Tuesday.', 'Tuesday'), '2026-03-10');
  assert.equal(valueOf('Parliament voted on the budget on Tuesday.', 'Tuesday'), '2026-03-03');
});

test('a day between a directive\'s verb and its "to" dates the act, not what it asks for: "Biden called Netanyahu on Sunday to urge restraint"', () => {
  assert.equal(valueOf('Biden called Netanyahu on Sunday to urge restraint.', 'Sunday'), '2026-03-01');
  assert.equal(valueOf('Police told residents on Sunday to leave their homes.', 'Sunday'), '2026-03-01');
  // a day after the infinitive is still what the directive asks for
  assert.equal(valueOf('The judge ordered him to report to prison on Monday.', 'Monday'), '2026-03-09');
});
