/** Session 11 probe articles: a live blog. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';

test('a live blog\'s time stamp opening a post is on the publication day, not on the day the post before told of', () => {
  const text = '10:45 GMT — Shares fell on Wednesday.\n\nLagarde told lawmakers on Tuesday that inflation remained high.\n\n11:20 GMT — Oil prices rose.';
  const times = tagTimes(text, '2026-03-18');
  assert.equal(times.find((t) => t.text === '11:20 GMT')?.value, '2026-03-18T11:20', JSON.stringify(times));
  // a clock time inside a sentence still takes the day its story told
  const story = tagTimes('The attack happened on Tuesday. Police arrived at 11:20 p.m.', '2026-03-18');
  assert.equal(story.find((t) => t.text.startsWith('11:20'))?.value, '2026-03-17T23:20', JSON.stringify(story));
});

test('an expectation in the past perfect with an adverb before it was about a day gone by: "had widely expected Wednesday\'s hold"', () => {
  const times = tagTimes("Economists had widely expected Wednesday's hold.", '2026-10-29');
  assert.equal(times[0]?.value, '2026-10-28', JSON.stringify(times));
  assert.equal(tagTimes("Economists expect Wednesday's decision to be a hold.", '2026-10-29')[0]?.value, '2026-11-04');
});
