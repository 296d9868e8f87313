/** Session 18 (lead): dates the lead's probe articles got wrong. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueOf } from './testing.js';

test('a comparison with an expectation carries no tense: "cut its forecast on Tuesday, blaming a slower-than-expected recovery"', () => {
  // told on Wednesday 4 March 2026: the cut was the day before
  assert.equal(valueOf('Arvell cut its forecast on Tuesday, blaming a slower-than-expected recovery.', 'Tuesday'), '2026-03-03');
  assert.equal(valueOf('Sales fell on Tuesday, weaker than forecast.', 'Tuesday'), '2026-03-03');
  // an expectation itself still looks ahead
  assert.equal(valueOf('A recovery is expected on Tuesday.', 'Tuesday'), '2026-03-10');
});
