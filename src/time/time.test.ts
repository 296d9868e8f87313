import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';
import { isoWeek, toDays, weeksInYear } from './calendar.js';

/** value of the expression whose text is `text` (first match). */
function v(sentence: string, text: string, published: string | null = '2025-08-15'): string | undefined {
  const found = tagTimes(sentence, published);
  return found.find((x) => x.text === text)?.value;
}

// 2025-08-15 is a Friday, ISO week 2025-W33.

test('calendar: ISO weeks and 53-week years', () => {
  assert.deepEqual(isoWeek(toDays(2025, 8, 15)), [2025, 33]);
  assert.deepEqual(isoWeek(toDays(2025, 12, 29)), [2026, 1]);
  assert.equal(weeksInYear(2026), 53);
  assert.equal(weeksInYear(2025), 52);
});

test('past and future weekdays follow the tense of the verb', () => {
  assert.equal(v('The minister said on Tuesday that talks had failed.', 'Tuesday'), '2025-08-12');
  assert.equal(v('The committee will meet on Tuesday to vote.', 'Tuesday'), '2025-08-19');
  assert.equal(v('The company is scheduled to report on Wednesday.', 'Wednesday'), '2025-08-20');
  assert.equal(v('She arrived last Friday.', 'last Friday'), '2025-08-08');
  assert.equal(v('They meet again next Friday.', 'next Friday'), '2025-08-22');
  assert.equal(v('The mayor said Friday that the road would reopen.', 'Friday'), '2025-08-15');
  assert.equal(v('Officials met on Saturday night.', 'Saturday night'), '2025-08-09TNI');
});

test('next week across a year end and in a 53-week year', () => {
  assert.equal(v('The board meets next week.', 'next week', '2025-12-24'), '2026-W01');
  assert.equal(v('The board meets next week.', 'next week', '2025-12-29'), '2026-W02');
  assert.equal(v('The board meets next week.', 'next week', '2026-12-24'), '2026-W53');
  assert.equal(v('The board meets next week.', 'next week', '2026-12-31'), '2027-W01');
  assert.equal(v('Prices rose last week.', 'last week', '2027-01-05'), '2026-W53');
  assert.equal(v('Prices rose this week.', 'this week'), '2025-W33');
});

test('holidays and fiscal quarters', () => {
  assert.equal(v('The shop will open before Christmas.', 'Christmas'), '2025-12-25');
  assert.equal(v('Sales fell after Thanksgiving last year, it said.', 'Thanksgiving'), '2024-11-28');
  assert.equal(v('The festival returns at Easter.', 'Easter', '2026-01-10'), '2026-04-05');
  assert.equal(v('Profit rose in the third quarter of fiscal 2025.', 'the third quarter of fiscal 2025'), '2025-Q3');
  assert.equal(v('The bank posted third-quarter results.', 'third-quarter', '2025-10-20'), '2025-Q3');
  assert.equal(v('Revenue in fiscal 2024 was flat.', 'fiscal 2024'), '2024');
  assert.equal(v('Shipments grew in Q2 2025.', 'Q2 2025'), '2025-Q2');
  assert.equal(v('Orders slowed in the first half of 2024.', 'the first half of 2024'), '2024-H1');
});

test('ranges resolve both ends together', () => {
  const will = tagTimes('The summit will run from Monday to Wednesday.', '2025-08-15');
  assert.deepEqual(will.map((x) => [x.text, x.value]), [['Monday', '2025-08-18'], ['Wednesday', '2025-08-20']]);
  const past = tagTimes('The talks ran from Monday to Wednesday.', '2025-08-15');
  assert.deepEqual(past.map((x) => [x.text, x.value]), [['Monday', '2025-08-11'], ['Wednesday', '2025-08-13']]);
  const months = tagTimes('The exhibition runs from November to February.', '2025-08-15');
  assert.deepEqual(months.map((x) => x.value), ['2025-11', '2026-02']);
});

test('durations and "ago"', () => {
  assert.equal(v('He served two and a half years in prison.', 'two and a half years'), 'P2Y6M');
  assert.equal(v('The plant closed three years ago.', 'three years ago'), '2022');
  assert.equal(v('The plant closed two weeks ago.', 'two weeks ago'), '2025-08-01');
  assert.equal(v('The meeting lasted 90 minutes.', '90 minutes'), 'PT90M');
  assert.equal(v('They signed a 10-year lease.', '10-year'), 'P10Y');
  assert.equal(v('It took half an hour.', 'half an hour'), 'PT30M');
  const recent = tagTimes('Prices have risen in recent months.', '2025-08-15')[0]!;
  assert.equal(recent.value, 'PXM');
  assert.equal(recent.approximate, true);
  assert.equal(recent.type, 'DURATION');
});

test('times with zones', () => {
  const t = tagTimes('Trading resumed at 3:30 p.m. EST on Friday.', '2025-08-15');
  assert.equal(t.length, 1);
  assert.equal(t[0]!.type, 'TIME');
  assert.equal(t[0]!.value, '2025-08-15T15:30');
  assert.equal(t[0]!.zone, '-05:00');
  const g = tagTimes('The ship docked at 0830 GMT.', '2025-08-15');
  assert.equal(g[0]!.value, '2025-08-15T08:30');
  assert.equal(g[0]!.zone, 'Z');
  assert.equal(v('The polls close at 8 p.m. tomorrow.', '8 p.m. tomorrow'), '2025-08-16T20:00');
});

test('numbers that are not dates', () => {
  for (const s of ['He drove a 2020 Toyota to the rally.', 'The motion passed with 1,999 votes.', 'Section 2022 of the code applies.', 'The index rose 2015 points.', 'It cost $2019 in fees.']) {
    assert.deepEqual(tagTimes(s, '2025-08-15'), [], s);
  }
  assert.equal(v('The law was passed in 2020 after a long fight.', '2020'), '2020');
});

test('no publication date gives underspecified values, never the clock', () => {
  const t = tagTimes('He left on Friday, returns next week and spoke yesterday of events in 1998.', null);
  assert.deepEqual(t.map((x) => x.value), ['XXXX-WXX-5', 'XXXX-WXX', 'XXXX-XX-XX', '1998']);
  assert.equal(v('The vote is on March 3.', 'March 3', null), 'XXXX-03-03');
  assert.equal(v('Now is the time.', 'Now', null), 'PRESENT_REF');
});

test('anaphora: following day, a week later, that Friday, and a weekday naming a dated event', () => {
  const t = tagTimes('The summit opened on March 3, 2025. The following day, leaders met. A week later they signed. That Friday they left.', '2025-08-15');
  assert.deepEqual(t.map((x) => x.value), ['2025-03-03', '2025-03-04', '2025-03-11', '2025-03-14']);
  // Aug. 19 is a Tuesday: a later "Tuesday" names it, though the verb is past.
  const s = tagTimes('The summit will open on Aug. 19. Officials said the Tuesday summit was vital.', '2025-08-15');
  assert.deepEqual(s.map((x) => x.value), ['2025-08-19', '2025-08-19']);
});

test('granularity, approximation and modifiers', () => {
  const t = tagTimes('Growth should return early next year, officials said last month.', '2025-08-15');
  assert.equal(t[0]!.text, 'early next year');
  assert.equal(t[0]!.value, '2026');
  assert.equal(t[0]!.mod, 'START');
  assert.equal(t[0]!.granularity, 'Y');
  assert.equal(t[0]!.approximate, true);
  assert.equal(t[1]!.value, '2025-07');
  assert.equal(t[1]!.granularity, 'M');
  assert.equal(t[1]!.approximate, false);
  assert.equal(v('They met in the 1990s.', 'the 1990s'), '199');
  assert.equal(v('Sales have been weak recently.', 'recently'), 'PAST_REF');
  assert.equal(v('Rates are high now.', 'now'), 'PRESENT_REF');
});

test('sets', () => {
  assert.equal(v('The paper is published daily.', 'daily'), 'P1D');
  assert.equal(v('The club meets every Monday.', 'every Monday'), 'XXXX-WXX-1');
  assert.equal(v('He earns $50,000 a year.', 'a year'), 'P1Y');
  assert.equal(tagTimes('They meet twice a week.', '2025-08-15')[0]!.type, 'SET');
});

test('never crashes, offsets always match the text', () => {
  const inputs = ['', ' ', '\u0000\uffff\ud800', '😀 Friday 😀 March 3, 2025 🎉', 'Ünïcödé Montag, 3. März', '-'.repeat(10000), 'May May May 2020 2020 - - 1990s \' \'90s', 'the the the next next last week'.repeat(1000)];
  for (const text of inputs) {
    for (const x of tagTimes(text, '2025-08-15')) assert.equal(text.slice(x.start, x.end), x.text);
    tagTimes(text, 'not a date');
  }
});
