/** Session 15 probe round (second helper): plans called off or moved, the polls' timetable. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueOf } from './testing.js';

test('the weekday of a plan called off is the nearest one: "had planned to fly on Thursday but cancelled the trip"', () => {
  // told on Wednesday 4 March 2026: Thursday is tomorrow (not six days ago), Monday two days ago
  assert.equal(valueOf('He had planned to fly to Hanoi for a regional summit on Thursday but cancelled the trip.', 'Thursday'), '2026-03-05');
  assert.equal(valueOf('She had planned to visit Kyiv on Monday but called off the trip.', 'Monday'), '2026-03-02');
  assert.equal(valueOf('The talks, scheduled for Friday, were cancelled.', 'Friday'), '2026-03-06');
  // a weekday with no plan called off is the last one
  assert.equal(valueOf('He flew to Hanoi on Thursday.', 'Thursday'), '2026-02-26');
});

test('a plan moved to a new date: "originally set for December, was moved to February"', () => {
  // told in March 2026: the December just gone, then the February after it
  assert.equal(valueOf('The vote, originally set for December, was moved to February.', 'December'), '2025-12');
  assert.equal(valueOf('The vote, originally set for December, was moved to February.', 'February'), '2026-02');
  assert.equal(valueOf('The trial, scheduled for November, was postponed to February.', 'February'), '2026-02');
  // with no first date, a postponement looks ahead
  assert.equal(valueOf('The summit was postponed until June.', 'June'), '2026-06');
  assert.equal(valueOf('The summit, planned for January, was pushed back to April.', 'April'), '2026-04');
});

test('the polls open and close on the day of the vote, not the last day told: "Polls close at 5 p.m."', () => {
  const text = 'Ecuadorians vote on Sunday in a runoff. Observers will publish their report on Tuesday. Polls close at 5 p.m.';
  assert.equal(valueOf(text, '5 p.m.'), '2026-03-08T17:00');
  // any other clock time takes the last day told
  assert.equal(valueOf('Ecuadorians vote on Sunday in a runoff. Observers will publish their report on Tuesday. It is due at 5 p.m.', '5 p.m.'), '2026-03-10T17:00');
});

test('a press release dated in its dateline counts "today" from that date: "ASTANA, 3 March 2026 - ... held talks today"', () => {
  // published on Wednesday 4 March 2026, written on Tuesday 3 March
  const text = 'ASTANA, 3 March 2026 - The foreign minister held talks today with his Korean counterpart and will fly to Seoul on Thursday.';
  assert.equal(valueOf(text, 'today'), '2026-03-03');
  assert.equal(valueOf(text, 'Thursday'), '2026-03-05');
  assert.equal(valueOf('GENEVA, March 1, 2026 — Talks resumed yesterday.', 'yesterday'), '2026-02-28');
  // a dateline date a year back, or after the publication date, leaves the publication date
  assert.equal(valueOf('ASTANA, 3 March 2025 - The minister held talks today.', 'today'), '2026-03-04');
  assert.equal(valueOf('ASTANA - The minister held talks today.', 'today'), '2026-03-04');
});
