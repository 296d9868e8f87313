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
