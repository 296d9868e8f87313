import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';
import { placeInMonth } from './inmonth.js';

// Published 2027-01-02, a Saturday. Sentences are our own.
const DCT = '2027-01-02';

/** [text, type, value, mod] of every expression found. */
function all(sentence: string, published: string | null = DCT): string[][] {
  return tagTimes(sentence, published).map((x) => [x.text, x.type, x.value, x.mod ?? '']);
}

function one(sentence: string, published: string | null = DCT): string[] {
  const found = all(sentence, published);
  assert.equal(found.length, 1, JSON.stringify(found));
  return found[0]!;
}

test('inmonth: "the first Tuesday of next month" is one DATE, the day in the month after the publication date', () => {
  assert.deepEqual(one('The committee will hold a hearing on the first Tuesday of next month.'), ['the first Tuesday of next month', 'DATE', '2027-02-02', '']);
  assert.deepEqual(one('The report is due on the third Thursday of this month.'), ['the third Thursday of this month', 'DATE', '2027-01-21', '']);
  assert.deepEqual(one('Stocks peaked on the second Monday of last month.'), ['the second Monday of last month', 'DATE', '2026-12-14', '']);
});

test('inmonth: the nth weekday of a named month, "of" or "in"', () => {
  const monday = (nth: string): string => one(`Delegates will gather on the ${nth} Monday of March.`)[2]!;
  assert.deepEqual(['first', 'second', 'third', 'fourth', 'last'].map(monday), ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29']);
  assert.deepEqual(one('Florists will be busy on the second Sunday in May.'), ['the second Sunday in May', 'DATE', '2027-05-09', '']);
  assert.deepEqual(one('The gala is planned for the final Friday of Sept. next to the river.'), ['the final Friday of Sept.', 'DATE', '2027-09-24', '']);
  // a headline or a list may drop the article, except before "last" ("last Monday" is its own phrase)
  assert.deepEqual(one('The court opens its term first Monday in October.'), ['first Monday in October', 'DATE', '2027-10-04', '']);
});

test('inmonth: the month is resolved as a bare month is, by tense; an explicit year is kept', () => {
  // a past clause puts a month still ahead into last year
  assert.deepEqual(one('The vote was held on the last Monday of March.'), ['the last Monday of March', 'DATE', '2026-03-30', '']);
  assert.deepEqual(one('The fair will open on the fourth Wednesday of March 2028.'), ['the fourth Wednesday of March 2028', 'DATE', '2028-03-22', '']);
  assert.equal(tagTimes('The fair will open on the fourth Wednesday of March 2028.', DCT)[0]!.anchor, 'absolute');
  // "the following month" counts from the month the text gave
  assert.deepEqual(all('The fund was set up in June 2026. On the first Tuesday of the following month it paid out.').map((x) => x[2]), ['2026-06', '2026-07-07']);
});

test('inmonth: "the last Friday of the month" is in the publication month', () => {
  assert.deepEqual(one('The board will meet on the last Friday of the month.'), ['the last Friday of the month', 'DATE', '2027-01-29', '']);
  assert.deepEqual(one('The board will meet on the last weekend of the month.'), ['the last weekend of the month', 'DATE', '2027-W04-WE', '']);
});

test('inmonth: a week of a month is the ISO week of its nth Thursday (the week mostly in the month)', () => {
  // April 1, 2027 is a Thursday: the week of March 29 - April 4 holds four April days
  assert.deepEqual(one('Talks will be held in the first week of April.'), ['the first week of April', 'DATE', '2027-W13', '']);
  assert.deepEqual(one('Talks will be held in the first week of March.'), ['the first week of March', 'DATE', '2027-W09', '']);
  // June 30, 2027 is a Wednesday: the week of June 28 holds more July days than June ones
  assert.deepEqual(one('Prices should ease in the last week of June.'), ['the last week of June', 'DATE', '2027-W25', '']);
  assert.deepEqual(one('He will arrive in the first week of next month.'), ['the first week of next month', 'DATE', '2027-W05', '']);
  // December 2026 ends on a Thursday in ISO week 53
  assert.deepEqual(one('Sales slowed in the last week of last month.'), ['the last week of last month', 'DATE', '2026-W53', '']);
  assert.deepEqual(one('The show runs in the second week in May.'), ['the second week in May', 'DATE', '2027-W19', '']);
});

test('inmonth: a weekend of a month is a TIMEX3 weekend: the nth Saturday, or the last one', () => {
  // August 1, 2027 is a Sunday: the first weekend is August 7-8
  assert.deepEqual(one('The fair opens on the first weekend of August.'), ['the first weekend of August', 'DATE', '2027-W31-WE', '']);
  assert.deepEqual(one('The race is run on the last weekend in June.'), ['the last weekend in June', 'DATE', '2027-W25-WE', '']);
});

test('inmonth: "the first days of May" is the month with START, "the last days of" with END', () => {
  assert.deepEqual(one('Rain is expected in the first days of May.'), ['the first days of May', 'DATE', '2027-05', 'START']);
  assert.deepEqual(one('The funds ran out in the last days of June.'), ['the last days of June', 'DATE', '2026-06', 'END']);
  assert.deepEqual(one('Hiring will pick up in the first few weeks of next month.'), ['the first few weeks of next month', 'DATE', '2027-02', 'START']);
});

test('inmonth: without a publication date the values are underspecified, never taken from the clock', () => {
  assert.deepEqual(one('The committee will hold a hearing on the first Tuesday of next month.', null), ['the first Tuesday of next month', 'DATE', 'XXXX-XX-XX', '']);
  assert.deepEqual(one('Delegates will gather on the first Monday of March.', null), ['the first Monday of March', 'DATE', 'XXXX-03-XX', '']);
  assert.deepEqual(one('Talks will be held in the first week of April.', null), ['the first week of April', 'DATE', 'XXXX-WXX', '']);
  assert.deepEqual(one('The fair opens on the first weekend of August.', null), ['the first weekend of August', 'DATE', 'XXXX-WXX-WE', '']);
  assert.deepEqual(one('Rain is expected in the first days of May.', null), ['the first days of May', 'DATE', 'XXXX-05', 'START']);
  // an explicit year needs no publication date
  assert.deepEqual(one('The fair will open on the fourth Wednesday of March 2028.', null), ['the fourth Wednesday of March 2028', 'DATE', '2028-03-22', '']);
});

test('inmonth: a clock time joins the day; "of every month" is a SET', () => {
  assert.deepEqual(one('The talks open at 10 a.m. on the first Monday of March.'), ['10 a.m. on the first Monday of March', 'TIME', '2027-03-01T10:00', '']);
  assert.deepEqual(one('The talks open on the first Monday of March at 10 a.m.', null), ['the first Monday of March at 10 a.m.', 'TIME', 'XXXX-03-XXT10:00', '']);
  // a clock time with a bracketed conversion takes the day the phrase names
  assert.deepEqual(all('The talks open at 10 a.m. (0900 GMT) on the first Monday of March.').map((x) => x[2]), ['2027-03-01T10:00', '2027-03-01T09:00', '2027-03-01']);
  assert.deepEqual(one('The club meets on the last Friday of each month.'), ['the last Friday of each month', 'SET', 'P1M', '']);
});

test('inmonth: what is not a part of a month stays as it was', () => {
  // no month after "of" / "in": only the weekday, as before
  assert.deepEqual(all('He gave his first Monday in office to the budget.').map((x) => x[0]), ['Monday']);
  assert.deepEqual(all('He quit last Monday of all days.').map((x) => x[0]), ['last Monday']);
  assert.deepEqual(all('The team played well in the first week of the season.'), []);
  // "the first day of the month" is a habit more often than a date (rent, payments)
  assert.deepEqual(all('Rent is due on the first day of the month.'), []);
  assert.deepEqual(one('The deadline is the first day of next month.'), ['the first day of next month', 'DATE', '2027-02-01', '']);
  // "may" the verb is no month
  assert.deepEqual(all('The first week of training may be hard.'), []);
});

test('inmonth: placeInMonth, a pure function on a resolved month', () => {
  const march = { value: '2027-03', point: { g: 'M' as const, y: 2027, n: 3 } };
  assert.equal(placeInMonth(march, { nth: 2, what: 'wd', wd: 7 }).value, '2027-03-14');
  assert.equal(placeInMonth(march, { nth: -1, what: 'day' }).value, '2027-03-31');
  assert.equal(placeInMonth(march, { nth: -1, what: 'week' }).value, '2027-W12');
  assert.equal(placeInMonth(march, { nth: 1, what: 'weekend' }).value, '2027-W09-WE');
  // February 2027 has four Fridays: "the fifth Friday" stays the month
  const feb = { value: '2027-02', point: { g: 'M' as const, y: 2027, n: 2 } };
  assert.equal(placeInMonth(feb, { nth: 5, what: 'wd', wd: 5 }).value, '2027-02');
  assert.equal(placeInMonth({ value: 'XXXX-XX', point: null }, { nth: 1, what: 'wd', wd: 2 }).value, 'XXXX-XX-XX');
});
