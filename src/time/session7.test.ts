import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';

/*
 * Session 7 (helper): rules from news articles written for the purpose. Each sentence here is
 * our own, different from the probe articles that showed the error.
 */

/** value of the expression whose text is `text` (first match). */
function v(sentence: string, text: string, published: string): string | undefined {
  return tagTimes(sentence, published).find((x) => x.text === text)?.value;
}

/** All expressions as "text=value". */
function all(sentence: string, published: string): string[] {
  return tagTimes(sentence, published).map((x) => `${x.text}=${x.value}`);
}

// 2026-06-10 is a Wednesday.

test('session 7: "have / has" before a day is possession in the present, not the perfect', () => {
  assert.equal(v('"We have Saturday free and then fly home," the captain said.', 'Saturday', '2026-06-10'), '2026-06-13');
  assert.equal(v('The squad has Friday off before the final.', 'Friday', '2026-06-10'), '2026-06-12');
  // the perfect is still past
  assert.equal(v('Prices have fallen since Monday.', 'Monday', '2026-06-10'), '2026-06-08');
});

test('session 7: a participle after "stay" / "remain" is an adjective; the modal before it gives the tense', () => {
  assert.equal(v('The bridge will stay closed on Thursday while divers inspect it.', 'Thursday', '2026-06-10'), '2026-06-11');
  assert.equal(v('Polling stations will remain shuttered on Friday.', 'Friday', '2026-06-10'), '2026-06-12');
  // a past linking verb is still past
  assert.equal(v('The museum remained closed on Monday.', 'Monday', '2026-06-10'), '2026-06-08');
});

test('session 7: a present verb places its weekday itself, not on a weekday told earlier in the past', () => {
  const s = 'Talks collapsed on Friday. The cabinet meets Friday to decide on new elections.';
  assert.deepEqual(all(s, '2026-06-10'), ['Friday=2026-06-05', 'Friday=2026-06-12']);
});

test('session 7: the figure a change is measured from is past even in a progressive clause', () => {
  assert.equal(v('The governing party is trailing at 18%, down from 27% in September.', 'September', '2026-03-04'), '2025-09');
});

test('session 7: "as early as March", "as soon as May" are months', () => {
  assert.equal(v('A referendum could be held as early as March.', 'March', '2026-01-20'), '2026-03');
  assert.equal(v('Production may restart as soon as May, the company said.', 'May', '2026-01-20'), '2026-05');
  // "such as May" stays a name
  assert.equal(v('Leaders such as May said nothing on Tuesday.', 'May', '2026-01-20'), undefined);
});

test('session 7: "the following February", "the previous March" count from the date the text gave', () => {
  const s = 'The firm was sold in 2019. The new owners closed the plant the following February.';
  assert.equal(v(s, 'the following February', '2026-06-10'), '2020-02');
  const s2 = 'The ship sank on Oct. 3, 2021, and its owner had been warned the previous March.';
  assert.equal(v(s2, 'the previous March', '2026-06-10'), '2021-03');
  // a month is never after itself: "in June ... the following June" is a year on
  assert.equal(v('Work began in June 2022 and ended the following June.', 'the following June', '2026-06-10'), '2023-06');
});

test('session 7: "Dec. 5 next year", "March 3 last year" are one expression', () => {
  assert.equal(v('The games open on Aug. 14 next year.', 'Aug. 14 next year', '2026-06-10'), '2027-08-14');
  assert.equal(v('A similar fire broke out on March 3 last year.', 'March 3 last year', '2026-06-10'), '2025-03-03');
});

test('session 7: a month, day or holiday with no year takes the year its sentence gave just before', () => {
  assert.equal(v('The club last won the cup in 2009, beating Leeds in the final on May 21.', 'May 21', '2026-12-01'), '2009-05-21');
  assert.equal(v('Last year, a blizzard on New Year\'s Eve cut power to 40,000 homes.', 'New Year\'s Eve', '2026-12-20'), '2025-12-31');
  assert.equal(v('In 2015 the band toured Japan in November.', 'November', '2026-03-01'), '2015-11');
  // "that year" after the day names the text's year
  const s = 'The factory opened in 1998. It flooded on March 9 that year.';
  assert.deepEqual(all(s, '2026-06-10'), ['1998=1998', 'March 9=1998-03-09', 'that year=1998']);
  // a year in another clause far before does not frame the day
  assert.equal(v('Under a plan approved in 2019 that set no limit on the amount spent, the city had repaid $4 million by Sept. 30.', 'Sept. 30', '2026-11-02'), '2026-09-30');
});

test('session 7: race times, "0 minutes", "a quarter-point", "a week earlier than usual" are no dates', () => {
  assert.deepEqual(all('Her best of 2:19:44 still stands.', '2026-06-10'), []);
  assert.equal(v('The record stood at 3:26:00 for eight years.', '3:26:00', '2026-06-10'), undefined);
  assert.equal(v('The blast came at 10:41:07 a.m.', '10:41:07 a.m.', '2026-06-10'), '2026-06-10T10:41');
  assert.equal(v('He finished in 4 hours, 0 minutes and 9 seconds.', '0 minutes', '2026-06-10'), 'PT0M');
  assert.equal(v('The bank delivered a half-point cut and hinted at a quarter-point move in July.', 'a quarter', '2026-06-10'), undefined);
  assert.deepEqual(all('The festival starts two weeks earlier than usual.', '2026-06-10'), ['two weeks=P2W']);
});

test('session 7: "2:30" after "2 p.m." in the same sentence is in the afternoon; the zone after "p.m." ends no sentence', () => {
  assert.equal(v('The verdict will be read at 1 p.m., with sentencing arguments from 3:15.', '3:15', '2026-06-10'), '2026-06-10T15:15');
  assert.equal(v('Polls close at 8 p.m. EST on Nov. 3, and first results are expected at 9:30.', '9:30', '2026-06-10'), '2026-11-03T21:30');
  // a morning one stays in the morning
  assert.equal(v('Doors open at 9 a.m. and the auction begins at 10:30.', '10:30', '2026-06-10'), '2026-06-10T10:30');
});

test('session 7: "every Monday and Thursday" is one kind of set; "on a Sunday" is any Sunday', () => {
  assert.deepEqual(all('The ferry sails every Monday and Thursday until April.', '2026-06-10'), ['every Monday=XXXX-WXX-1', 'Thursday=XXXX-WXX-4', 'April=2027-04']);
  assert.equal(tagTimes('The ferry sails every Monday and Thursday.', '2026-06-10')[1]!.type, 'SET');
  assert.equal(v('The deal was rushed through on a Saturday, records show.', 'Saturday', '2026-06-10'), 'XXXX-WXX-6');
});

test('session 7: a day joined to a clock time takes its tense from where the clock phrase starts', () => {
  assert.equal(v('The album goes on sale at 10 a.m. Eastern time on Friday.', 'Friday', '2026-06-10'), '2026-06-12');
  assert.equal(v('The new speed limit comes into full force on Monday across the city.', 'Monday', '2026-06-10'), '2026-06-15');
});

test('session 7: with no tense, the first quarter told in October to December is next year\'s', () => {
  assert.equal(v('Markets price a rate cut in the first quarter.', 'the first quarter', '2026-11-05'), '2027-Q1');
  // told in the past it is still this year's; in May the nearest is this year's
  assert.equal(v('Profit fell in the first quarter.', 'the first quarter', '2026-11-05'), '2026-Q1');
  assert.equal(v('Markets price a rate cut in the first quarter.', 'the first quarter', '2026-05-05'), '2026-Q1');
});

test('session 7: "the first half of January" is the start of the month, not a half-year', () => {
  assert.deepEqual(tagTimes('The report is due in the second half of February.', '2026-01-12').map((x) => [x.text, x.value, x.mod]), [['the second half of February', '2026-02', 'END']]);
  assert.equal(v('Snow fell through the first half of March 2025.', 'the first half of March 2025', '2026-01-12'), '2025-03');
});

test('session 7: "the Sunday after Thanksgiving", "the Friday before Christmas" are one day', () => {
  assert.equal(v('Shoppers crowded malls on the Saturday after Thanksgiving.', 'the Saturday after Thanksgiving', '2026-12-10'), '2026-11-28');
  assert.equal(v('Offices close on the Thursday before Easter.', 'the Thursday before Easter', '2027-03-01'), '2027-03-25');
  assert.equal(v('The fire started on the Monday after July 4.', 'the Monday after July 4', '2026-08-20'), '2026-07-06');
  // an event is no day: the weekday stays alone
  assert.equal(v('They met on the Monday after the election.', 'Monday', '2026-12-17'), '2026-12-14');
});

test('session 7: "this past summer" keeps "this" in the extent', () => {
  assert.deepEqual(all('Two heat waves struck this past summer.', '2026-10-01'), ['this past summer=2026-SU']);
});

test('session 7: a clause that looks ahead reaches a day the text named only within the coming week', () => {
  // 2026-12-17 is a Thursday; Dec. 26 is the Saturday after next
  const s = 'Extra trains run from Dec. 26 through Jan. 2. Anyone travelling on Saturday should leave early.';
  assert.equal(v(s, 'Saturday', '2026-12-17'), '2026-12-19');
  // a day named in the past still anchors a past weekday
  const p = 'The plant closed on Dec. 5. Workers said on Saturday that they had not been paid.';
  assert.equal(v(p, 'Saturday', '2026-12-14'), '2026-12-05');
});

test('session 7: "three weeks later" after a month the text gave last counts from that month', () => {
  const s = 'The strike began on Monday. Talks had first failed in March, and three weeks later the union balloted its members.';
  assert.equal(v(s, 'three weeks later', '2026-06-10'), '2026-04');
  // after a day, as before
  assert.equal(v('The dam broke on March 3. Two days later the town was empty.', 'Two days later', '2026-06-10'), '2026-03-05');
});

test('session 7: "a Friday deadline" is the coming Friday, not any Friday', () => {
  assert.equal(v('The union faces a Friday deadline to accept the offer.', 'Friday', '2026-06-10'), '2026-06-12');
});
