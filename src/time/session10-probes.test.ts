import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';

/* Session 10, probe sentences written for the test (docs/time.md, "Session 10 (probe sentences)"). */

test('probes: a part of day modifying a noun after "that" is no time', () => {
  const texts = (s: string) => tagTimes(s, '2025-03-12').map((x) => x.text);
  assert.deepEqual(texts('The study could not prove that night work caused diabetes.'), []);
  assert.deepEqual(texts('Managers said that morning shifts would be cut.'), []);
  assert.deepEqual(texts('The attack happened that night.'), ['that night']);
});

test('probes: what a decision still needs lies ahead', () => {
  const v = (s: string) => tagTimes(s, '2025-06-20').find((x) => x.text === 'Monday')?.value;
  // 2025-06-20 is a Friday
  assert.equal(v('The measures, which still need formal approval by foreign ministers on Monday, include travel bans.'), '2025-06-23');
  assert.equal(v('The bill required a vote on Monday, officials said.'), '2025-06-16');
});
