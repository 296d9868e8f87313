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

// second round

test('a possessive inside the object of a directive: "urged the bloc\'s finance ministers to finalise the loans by June" looks ahead', () => {
  // told on Wednesday 4 March 2026
  assert.equal(valueOf("The leaders agreed on Thursday to raise defence spending and urged the bloc's finance ministers to finalise the loans by June.", 'June'), '2026-06');
  assert.equal(valueOf("The court ordered the club's former owners to repay the money by July.", 'July'), '2026-07');
});

test('a closure told with the day it lasts until is still in force: "schools were closed until Friday" is the coming Friday', () => {
  assert.equal(valueOf('Schools in six towns were closed until Friday after the eruption.', 'Friday'), '2026-03-06');
  assert.equal(valueOf('All flights to Bacolod were cancelled until Friday.', 'Friday'), '2026-03-06');
  // "closed on Friday" tells when it happened
  assert.equal(valueOf('Schools in six towns were closed on Friday.', 'Friday'), '2026-02-27');
});

test('a score before the day is a match played: "beat Brighton 3-1 at Anfield on Saturday to go top" is the last Saturday', () => {
  assert.equal(valueOf('Liverpool beat Brighton 3-1 at Anfield on Saturday to go top of the Premier League.', 'Saturday'), '2026-02-28');
  // a future on the left still wins
  assert.equal(valueOf('Liverpool will hope for another 3-1 win on Saturday.', 'Saturday'), '2026-03-07');
  // a range with its unit is no score
  assert.equal(valueOf('Officials said the kingdom had warned European and Asian refiners of a 10-15 percent cut in its oil exports in September.', 'September'), '2026-09');
});

test('a fixture opening the sentence with the club and a scheduling verb lies ahead: "City travel to Newcastle on Saturday"', () => {
  assert.equal(valueOf('City travel to Newcastle on Saturday.', 'Saturday'), '2026-03-07');
  assert.equal(valueOf('Arsenal host Chelsea at the Emirates on Sunday.', 'Sunday'), '2026-03-08');
  // a determiner before the word makes it a noun
  assert.equal(valueOf('The meet on Saturday was cancelled.', 'Saturday'), '2026-02-28');
});
