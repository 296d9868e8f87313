/** Session 16 probe rounds (helpers): a schedule far from its date, the coming weekend, a threat's deadline; (second round) a deadline of what was needed, the day of a meeting ahead. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueOf } from './testing.js';

test('a present schedule more than ten words before its date still governs it: "is due to hear the government\'s request to halt the strike on Friday"', () => {
  // told on Wednesday 4 March 2026
  assert.equal(valueOf("A labour court in Nairobi is due to hear the government's request to halt the strike on Friday.", 'Friday'), '2026-03-06');
  assert.equal(valueOf("The panel is expected to publish the findings of the ministry's inquiry into the collapse on Monday.", 'Monday'), '2026-03-09');
  // a past verb nearer the date keeps it past
  assert.equal(valueOf('The court is due to rule on the appeal that the government filed on Friday.', 'Friday'), '2026-02-27');
});

test('"the weekend" ahead in the present with "for" and as a deadline: "is doubtful for the weekend"', () => {
  assert.equal(valueOf('Haaland missed the game with an ankle injury and is doubtful for the weekend.', 'the weekend'), '2026-W10-WE');
  assert.equal(valueOf('The talks must end by the weekend.', 'the weekend'), '2026-W10-WE');
  // told in the past, the weekend just gone
  assert.equal(valueOf('Police said the protests over the weekend were peaceful.', 'the weekend'), '2026-W09-WE');
});

test('a deadline in a relative clause under a threat is ahead: "threatened to sack doctors who did not return to work by Thursday"', () => {
  assert.equal(valueOf('The minister threatened to sack doctors who did not return to work by Thursday.', 'Thursday'), '2026-03-05');
  assert.equal(valueOf('The army vowed to punish soldiers who had not reported by Friday.', 'Friday'), '2026-03-06');
  // no threat: the past deadline
  assert.equal(valueOf('The hospital sacked doctors who did not return to work by Thursday.', 'Thursday'), '2026-02-26');
});

test('a mostly adjectival "-ed" form after the subject of a relative clause is its past verb: "which Tinubu proposed in October"', () => {
  assert.equal(valueOf('The reforms, which Tinubu proposed in October, would raise value added tax.', 'October'), '2025-10');
  assert.equal(valueOf('The plan that he proposed in May will be debated by parliament.', 'May'), '2025-05');
  // the adjective stays no cue
  assert.equal(valueOf('Lawmakers will vote on the proposed budget in June.', 'June'), '2026-06');
});

test('a part of the day told in the past is on no day still to come: "Schools will remain closed until Monday. Aftershocks continued through the morning."', () => {
  assert.equal(valueOf('Schools will remain closed until Monday. Aftershocks continued through the morning.', 'the morning'), '2026-03-04TMO');
  // ahead, it is that day's
  assert.equal(valueOf('The summit opens on Monday. Leaders will arrive in the morning.', 'the morning'), '2026-03-09TMO');
  // a past day given before stays the day
  assert.equal(valueOf('Police arrested him on Monday. He was released in the evening.', 'the evening'), '2026-03-02TEV');
});

test('a modal perfect looks back: "The attack on Monday could have been prevented"', () => {
  assert.equal(valueOf('The attack on Monday could have been prevented, officials said.', 'Monday'), '2026-03-02');
  assert.equal(valueOf('He said the talks on Friday should have been held in Geneva.', 'Friday'), '2026-02-27');
  // "have" before a noun is possession: the modal still looks ahead
  assert.equal(valueOf('Ford would have a deal to announce on Friday.', 'Friday'), '2026-03-06');
});

// Session 16, second round (helper)

test('what was needed by a day is still ahead of the telling: "said in March that it needed the money by the end of April"', () => {
  // told on Wednesday 4 March 2026
  assert.equal(valueOf('The company said in March that it needed the money by the end of April.', 'the end of April'), '2026-04');
  assert.equal(valueOf('The ministry said the project required approval by June.', 'June'), '2026-06');
  // what was done by a day lies in the past
  assert.equal(valueOf('The company said it had repaid the money by the end of April.', 'the end of April'), '2025-04');
});

test('the ordinal day of an event still ahead is not the day of the telling: "will meet next week, and on the second day of the meeting"', () => {
  assert.equal(valueOf('Delegates will meet next week, and on the second day of the meeting they will vote on the budget.', 'the second day'), 'XXXX-XX-XX');
  // the day of a running story is the day reported
  assert.equal(valueOf('Fighting raged on the second day of the offensive, witnesses said.', 'the second day'), '2026-03-04');
});
