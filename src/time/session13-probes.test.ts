/** Session 13 probe articles (helper round): summits called for, budgets by the end of the fiscal year. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';
import { valueOf } from './testing.js';

test('a day in what a directive asks for lies ahead even past the ten-word window: "called on both leaders to attend a summit in Dar es Salaam on Saturday"', () => {
  // told on Wednesday 4 March 2026: the coming Saturday, the 7th
  assert.equal(valueOf("Kenya's president called on both leaders to attend a summit in Dar es Salaam on Saturday.", 'Saturday'), '2026-03-07');
  assert.equal(valueOf('The mediators urged both rival delegations to sign the final accord in Doha on Friday.', 'Friday'), '2026-03-06');
  // a day that names a past event after the infinitive stays past
  assert.equal(valueOf('The minister said he had been asked to explain the security lapses during the long hearing last Friday.', 'last Friday'), '2026-02-27');
});

test('"by the end of the fiscal year" names the current fiscal year', () => {
  assert.equal(valueOf('Tusk expects the bill to pass by the end of the fiscal year.', 'the end of the fiscal year'), '2026');
  // a bare "the fiscal year" is as often a span and stays untagged as a date here
  assert.equal(tagTimes('Sales fell in the fiscal year.', '2026-03-04').filter((x) => x.type === 'DATE').length, 0);
});
