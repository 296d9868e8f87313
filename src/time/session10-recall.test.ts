import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';

/*
 * Session 10, recall: forms TimeML marks that the tagger missed, found by running news sentences
 * of our own through it (docs/time.md, "Session 10 (recall)"). Each assertion failed before.
 */

// 2025-03-06 is a Thursday.
const THU = '2025-03-06';

/** "text=value" of each expression found. */
function found(sentence: string, published = THU): string[] {
  return tagTimes(sentence, published).map((x) => `${x.text}=${x.value}`);
}

test('recall: a bare plural unit before "of" or "after" / "before" is a stretch of time', () => {
  assert.deepEqual(found('The accord ended months of wrangling over the budget.'), ['months=PXM']);
  assert.deepEqual(found('After weeks of street protests, the minister quit.'), ['weeks=PXW']);
  assert.deepEqual(found('The mayor resigned days after the audit was published.'), ['days=PXD']);
  assert.deepEqual(found('Police raided the flat hours before the match.'), ['hours=PTXH']);
  assert.deepEqual(found('The truce follows decades of border clashes.'), ['decades=PXY']);
  // units of something, ages and names stay out
  assert.deepEqual(found('Children recite days of the week.'), []);
  assert.deepEqual(found('The chart shows months of the year with the most rain.'), []);
  assert.deepEqual(found('The star is 40 light years from Earth.'), []);
  assert.deepEqual(found('Minutes of the meeting were released.'), []);
  assert.deepEqual(found('She watched Days of Thunder again.'), []);
});

test('recall: "another week", "one more day", "a further month" are durations', () => {
  assert.deepEqual(found('The strike will go on for another week.'), ['another week=P1W']);
  assert.deepEqual(found('The court gave the firm another two years to comply.'), ['another two years=P2Y']);
  assert.deepEqual(found('The envoy stayed one more day.'), ['one more day=P1D']);
  assert.deepEqual(found('Negotiators need a few more weeks.'), ['a few more weeks=PXW']);
  assert.deepEqual(found('The mandate was extended by a further month.'), ['a further month=P1M']);
  // the idiom and a compound adjective
  assert.deepEqual(found('The rebels retreated to fight another day.'), []);
  assert.deepEqual(found('He was elected to another four-year term.'), ['four-year=P4Y']);
});

test('recall: "the past hour", "the next minute" are lengths, "at the last minute" no time', () => {
  assert.deepEqual(found('Two more tremors hit the area in the past hour.'), ['the past hour=PT1H']);
  assert.deepEqual(found('The results are due within the next hour.'), ['the next hour=PT1H']);
  assert.deepEqual(found('Traffic stopped in the last hour.'), ['the last hour=PT1H']);
  assert.deepEqual(found('The deal was saved at the last minute.'), []);
});

test('recall: "the long term", "the medium term" are the future, as "the near term" is', () => {
  assert.deepEqual(found('The bank sees rates rising over the long term.'), ['the long term=FUTURE_REF']);
  assert.deepEqual(found('Inflation should settle in the medium term.'), ['the medium term=FUTURE_REF']);
  assert.deepEqual(found('Growth may slow over the longer term.'), ['the longer term=FUTURE_REF']);
  assert.deepEqual(found('It was a long term of office.'), []);
});

test('recall: "this season", "last season" are the year of the season', () => {
  assert.deepEqual(found('The striker has scored 21 goals this season.'), ['this season=2025']);
  assert.deepEqual(found('The club was relegated last season.'), ['last season=2024']);
  assert.deepEqual(found('Ticket prices rise next season.'), ['next season=2026']);
  assert.deepEqual(found('It was the best team of the season.'), []);
});

test('recall: feasts of the lunar calendars are dates (the year they fall in)', () => {
  assert.deepEqual(found('Shops stay open late during Ramadan.'), ['Ramadan=2025']);
  assert.deepEqual(found('Families gathered for Passover in Jerusalem.'), ['Passover=2025']);
  assert.deepEqual(found('Millions travel home for the Lunar New Year holiday.'), ['Lunar New Year=2025']);
  assert.deepEqual(found('Prayers were held on the first day of Eid al-Adha.').map((x) => x.split('=')[0]), ['the first day', 'Eid al-Adha']);
  assert.deepEqual(found('Lanterns were lit for Diwali 2024.'), ['Diwali 2024=2024']);
  assert.deepEqual(found('The faithful fast during Lent.'), ['Lent=2025']);
  // a surname, the past of "lend"
  assert.deepEqual(found('The statement was signed by Taha Ramadan.'), []);
  assert.deepEqual(found('The bank lent the firm $5 million.'), []);
  assert.deepEqual(found('Lent money was never repaid.'), []);
});

test('recall: national holidays named by their date', () => {
  assert.deepEqual(found('Wreaths were laid on Remembrance Day.'), ['Remembrance Day=2024-11-11']);
  assert.deepEqual(found('The new president was sworn in on Inauguration Day.'), ['Inauguration Day=2025-01-20']);
});

test('recall: parts of a second, and a millennium in its own unit', () => {
  assert.deepEqual(found('The exchange matches orders in 40 microseconds.'), ['40 microseconds=PT0.00004S']);
  assert.deepEqual(found('Prices moved within a millisecond.'), ['a millisecond=PT0.001S']);
  assert.deepEqual(found('High-speed traders profit in milliseconds.'), ['milliseconds=PTXS']);
  assert.deepEqual(found('The abbey has stood for a millennium.'), ['a millennium=P1L']);
});

test('recall: "during the night", "early in the year", "by midyear", "at sundown"', () => {
  assert.deepEqual(found('Gunfire was heard during the night.'), ['the night=2025-03-06TNI']);
  assert.deepEqual(found('Crews pumped water through the night.'), ['the night=2025-03-06TNI']);
  assert.deepEqual(found('Sales slumped early in the year.'), ['early in the year=2025']);
  assert.equal(tagTimes('Sales slumped early in the year.', THU)[0]?.mod, 'START');
  assert.deepEqual(found('The board will decide late in the month.'), ['late in the month=2025-03']);
  assert.deepEqual(found('The plant should reopen by midyear.'), ['midyear=2025']);
  assert.deepEqual(found('The agency gave its mid-year forecast.'), ['mid-year=2025']);
  assert.deepEqual(found('The fast is broken at sundown.'), ['sundown=2025-03-06TEV']);
  // "the night of" a date, the night as a noun of an event
  assert.deepEqual(found('Police were called on the night of March 2.').map((x) => x.split('=')[0]), ['March 2']);
});

test('recall: a European date with dots', () => {
  assert.deepEqual(found('The decree is dated 14.02.2025.'), ['14.02.2025=2025-02-14']);
  assert.deepEqual(found('Version 3.14.2025 was released.'), []);
  assert.deepEqual(found('The score was 1.5.2025 points.'.replace('1.5.2025', '1.5.20251')), []);
});

test('recall: spelled-out days of a month, as transcripts write them', () => {
  assert.deepEqual(found('The summit opens on March eighth.'), ['March eighth=2025-03-08']);
  assert.deepEqual(found('The deadline was the twenty-first of February.'), ['the twenty-first of February=2025-02-21']);
  assert.deepEqual(found('The vote is this coming Sunday, March ninth.'), ['this coming Sunday, March ninth=2025-03-09']);
  // "twenty-second" alone is no length of twenty seconds; a name before "May" keeps it a name
  assert.deepEqual(found('He finished twenty-second in the race.').filter((x) => x.startsWith('twenty')), []);
  assert.deepEqual(found('Theresa May first said no.'), []);
});

test('recall: repetitions', () => {
  assert.deepEqual(found('The newsletter appears fortnightly.'), ['fortnightly=P2W']);
  assert.deepEqual(found('Coupons are paid semiannually.'), ['semiannually=P6M']);
  assert.deepEqual(found('The games are held biennially.'), ['biennially=P2Y']);
  assert.deepEqual(found('Accounts are published half-yearly.'), ['half-yearly=P6M']);
  assert.deepEqual(found('Losses mounted year after year.'), ['year after year=P1Y']);
  assert.deepEqual(found('Shelling went on night after night.'), ['night after night=XXXX-XX-XXTNI']);
});

test('recall: "about" before an article is a preposition, no approximation', () => {
  const r = tagTimes('Investors fret about the months ahead.', THU);
  assert.deepEqual(r.map((x) => [x.text, x.mod]), [['the months ahead', undefined]]);
});
