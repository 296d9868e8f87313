import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';

/*
 * Session 9, extents: words TimeML does not mark as time expressions, found among train's
 * spurious expressions and read over the newswire corpus (docs/time.md, "Session 9 (extents)").
 * Sentences of our own.
 */

// 2025-03-06 is a Thursday.
const THU = '2025-03-06';

/** the texts of the expressions found. */
function texts(sentence: string): string[] {
  return tagTimes(sentence, THU).map((x) => x.text);
}

test('extents: "formerly" marks an earlier state of its noun, like "former", no time', () => {
  assert.deepEqual(texts('Sochaux coach Alain Perrin, formerly of Portsmouth, is not getting carried away.'), []);
  assert.deepEqual(texts('The formerly communist party won 30 percent of the vote.'), []);
  assert.deepEqual(texts('The group, formerly known as the Maoist rebels, joined the government on Tuesday.'), ['Tuesday']);
  // the former president, as before
  assert.deepEqual(texts('The former president said he would run again.'), []);
});

test('extents: "the future" before a noun is an adjective of it, no time', () => {
  assert.deepEqual(texts('The time limit would be set by the future SAR government, he said.'), []);
  assert.deepEqual(texts('Airbus wants to compete with the existing 777 and the future 787 Dreamliner.'), []);
  assert.deepEqual(texts('The future foreign minister noted that ties were strong.'), []);
  assert.deepEqual(texts('Talks with Rice focused on the future US role in Iraq.'), []);
  assert.deepEqual(texts('He will reveal his plan on the future status of Kosovo in the spring.'), ['the spring']);
  // the noun "the future" stays: before a verb, an adverb, a preposition or a pause
  const future = (s: string): string | undefined => tagTimes(s, THU).find((x) => x.text.toLowerCase() === 'the future')?.value;
  assert.equal(future('The future looks bleak for the industry.'), 'FUTURE_REF');
  assert.equal(future('The future is bright, the minister said.'), 'FUTURE_REF');
  assert.equal(future('We must face the future together.'), 'FUTURE_REF');
  assert.equal(future('They are worried about the future and fear for their jobs.'), 'FUTURE_REF');
  assert.equal(future('This is a real danger to the future of the state of Israel.'), 'FUTURE_REF');
  assert.equal(future('In the future China will lead the market.'), 'FUTURE_REF');
  assert.equal(future('Both sides will enhance cooperation in the future.'), 'FUTURE_REF');
});

test('extents: "of tomorrow" / "of today" after a general noun is the future or present in general', () => {
  assert.deepEqual(texts('"If I were choosing the people of tomorrow, I would have chosen them," he said.'), []);
  assert.deepEqual(texts('The cars of tomorrow will drive themselves.'), []);
  assert.deepEqual(texts('The world of today is more complex.'), []);
  assert.deepEqual(texts("Tomorrow's world will be digital."), []);
  // a day: an event's noun, "yesterday", a possessive of an event
  assert.deepEqual(texts('The events of yesterday shocked the town.'), ['yesterday']);
  assert.deepEqual(texts("The perpetrators of today's attack must be brought to justice."), ['today']);
  assert.deepEqual(texts("Tomorrow's meeting is the last before the vote."), ['Tomorrow']);
});

test('extents: an age split by a stray space is still an age, no duration', () => {
  assert.deepEqual(texts('"Stability matters," the 61 -year-old cleric said.'), []);
  assert.deepEqual(texts('The patients were two girls and one four- year-old boy.'), []);
  // "a year-old proposal", "a week-old truce" are durations, as before
  assert.deepEqual(texts('They heard the answer to a year-old US proposal.'), ['year-old']);
  assert.deepEqual(texts('Militants broke a week-old truce.'), ['week-old']);
});

test('extents: "two thousand years" is a duration, whole millennia in TimeML\'s unit', () => {
  const d = (s: string): string[] => tagTimes(s, THU).map((x) => `${x.text}=${x.value}`);
  assert.deepEqual(d('The glassmakers kept their secrets for more than two thousand years.'), ['more than two thousand years=P2L']);
  assert.deepEqual(d('The temple stood for three thousand years.'), ['three thousand years=P3L']);
  assert.deepEqual(d('The dynasty lasted 2,000 years.'), ['2,000 years=P2L']);
  assert.deepEqual(d('The city is 1,500 years old, and the wall stood 1,500 years.'), ['1,500 years=P1500Y']);
  // a count of people is no duration
  assert.deepEqual(d('Two thousand people marched on Tuesday.'), ['Tuesday=2025-03-04']);
});
