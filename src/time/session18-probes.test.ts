/** Session 18 probe round (helper): a clock time in a span longer than a day. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';
import { valueOf } from './testing.js';

test('a clock time before "last week" or "last month" is some day of that span, not the publication day: "at 2 a.m. last week"', () => {
  // told on Wednesday 4 March 2026
  assert.equal(valueOf('Gunmen attacked a police station at 2 a.m. last week, officials said.', '2 a.m. last week'), '2026-W09');
  assert.equal(valueOf('The plant closed at noon last month.', 'noon last month'), '2026-02');
  assert.ok(!tagTimes('Gunmen attacked a police station at 2 a.m. last week.', '2026-03-04').some((t) => t.value === '2026-03-04T02:00'));
  // a clock time before a day still takes that day
  assert.equal(valueOf('Gunmen attacked a police station at 2 a.m. last Tuesday.', '2 a.m. last Tuesday'), '2026-03-03T02:00');
});
