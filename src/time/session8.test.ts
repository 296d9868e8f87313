import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';

/*
 * Session 8: causes of train errors (TempEval-3 train, `npm run eval -- time --split train
 * --errors`), each checked here on sentences of our own.
 */

/** value of the expression whose text is `text` (first match). */
function v(sentence: string, text: string, published: string): string | undefined {
  return tagTimes(sentence, published).find((x) => x.text === text)?.value;
}

// 2026-11-18 is a Wednesday.

test('session 8: a failed attempt to reach or learn something is past, not a possibility ahead', () => {
  assert.equal(v('The club secretary could not be reached for comment on Friday.', 'Friday', '2026-11-18'), '2026-11-13');
  assert.equal(v('Police could not say Monday how the fire started.', 'Monday', '2026-11-18'), '2026-11-16');
  assert.equal(v("The airline couldn't immediately confirm Tuesday whether flights were cancelled.", 'Tuesday', '2026-11-18'), '2026-11-17');
  assert.equal(v('Neither the owner nor his lawyer could be located Monday.', 'Monday', '2026-11-18'), '2026-11-16');
  // "could" of a possibility still looks ahead
  assert.equal(v('The strike could spread to the ports on Friday.', 'Friday', '2026-11-18'), '2026-11-20');
  assert.equal(v('The sale could not be completed before Friday.', 'Friday', '2026-11-18'), '2026-11-20');
});

test("session 8: an earlier quarter told after the story's quarter is a comparison, not the story's quarter", () => {
  const text = 'Acme Corp. reported a 12% rise in third-quarter profit. After a weak second quarter, the maker of pumps said demand recovered. In the latest period, sales rose 8% from a year earlier.';
  const got = tagTimes(text, '2026-11-18');
  assert.equal(got.find((x) => x.text === 'the latest period')?.value, '2026-Q3');
  assert.equal(got.find((x) => x.text === 'a year earlier')?.value, '2025-Q3');
  // a fiscal quarter is numbered in its own year: told later, it is the story's quarter
  const fiscal = 'Acme Corp. reported a 12% rise in third-quarter profit. Bolt Inc. posted a loss for its fiscal second quarter. Sales fell 4% from a year earlier.';
  assert.equal(tagTimes(fiscal, '2026-11-18').find((x) => x.text === 'a year earlier')?.value, '2025-Q2');
});

test('session 8: a "-to-" compound of time units names no period', () => {
  assert.deepEqual(tagTimes('The quarter-to-quarter comparison flattered the miner.', '2026-11-18'), []);
  assert.deepEqual(tagTimes('Exports grew on a year-to-year basis.', '2026-11-18'), []);
  // the units alone still are
  assert.equal(v('Exports grew in the quarter, the agency said.', 'the quarter', '2026-11-18'), '2026-Q3');
});

test("session 8: a date opening its sentence before a long adverbial takes the main verb's tense", () => {
  // (published in October: with no tense the nearest January would be the coming one)
  const s = 'In January, a week after the tenth anniversary of the landmark ruling, a bomb exploded outside a clinic in Leeds.';
  assert.equal(v(s, 'January', '2026-10-25'), '2026-01');
  // "v." in a case name ends no sentence: the verb after it still counts
  const c = 'In January, days after the appeal in Smith v. Jones was heard, the firm closed.';
  assert.equal(v(c, 'January', '2026-10-25'), '2026-01');
  // an opener whose clause looks ahead
  assert.equal(v('In January, after the holiday season and the long budget debate, the council will vote again.', 'January', '2026-10-25'), '2027-01');
});

test('session 8: a bare day before a day-first date takes its month and year', () => {
  const r = tagTimes('The festival runs from 12 to 20 July 2027 in Cardiff.', '2026-11-18');
  assert.deepEqual(r.map((x) => [x.text, x.value]), [['12', '2027-07-12'], ['20 July 2027', '2027-07-20']]);
  assert.equal(v('Ministers meet on 3-4 December.', '3', '2026-11-18'), '2026-12-03');
  // a number that belongs to an amount is no day
  assert.equal(v('Tickets cost £8 to 23 December visitors.', '8', '2026-11-18'), undefined);
});

test('session 8: a weekday of a list with no tense of its own counts on from the one before', () => {
  const r = tagTimes('Voting takes place on Friday and Saturday across the country.', '2026-11-18');
  assert.deepEqual(r.map((x) => x.value), ['2026-11-20', '2026-11-21']);
  const three = tagTimes('The fair takes place on Friday, Saturday and Sunday in the park.', '2026-11-18');
  assert.deepEqual(three.map((x) => x.value), ['2026-11-20', '2026-11-21', '2026-11-22']);
  // a past clause still places the list before the publication date
  const p = tagTimes('Floods on Sunday and Monday cut off three villages.', '2026-11-18');
  assert.deepEqual(p.map((x) => x.value), ['2026-11-15', '2026-11-16']);
});

test('session 8: "some" before a counted duration and "the" before a modified century are in the extent', () => {
  const d = tagTimes('The blockade lasted some nine months.', '2026-11-18')[0]!;
  assert.deepEqual([d.text, d.value, d.mod], ['some nine months', 'P9M', 'APPROX']);
  const c = tagTimes('The chapel dates from the late 14th century.', '2026-11-18')[0]!;
  assert.deepEqual([c.text, c.value, c.mod], ['the late 14th century', '13', 'END']);
  assert.equal(tagTimes('The mill was built in the mid-18th century.', '2026-11-18')[0]!.text, 'the mid-18th century');
  // "some" with no number is vague, left as before
  assert.deepEqual(tagTimes('He spent some time abroad.', '2026-11-18'), []);
});

test('session 8: a second adverbial joined by "and" shares the verb and tense of the first', () => {
  const s = 'The minister, who will fly to the Norwegian capital Oslo on Thursday and to Helsinki on Friday, said the talks were vital.';
  assert.deepEqual(tagTimes(s, '2026-11-18').map((x) => x.value), ['2026-11-19', '2026-11-20']);
  // a verb of its own between them gives the second its own tense
  const own = 'She landed in Oslo on Monday and will fly to Helsinki on Friday, her office said.';
  assert.deepEqual(tagTimes(own, '2026-11-18').map((x) => x.value), ['2026-11-16', '2026-11-20']);
});

test('session 8: a fiscal quarter reported on is the story\'s quarter though its calendar quarter has not ended', () => {
  // (published in March: a calendar third quarter lies ahead, a fiscal one can be just reported)
  const text = 'Acme said its fiscal third-quarter profit rose 8%. Net income for the quarter ended Feb. 28 rose to $60 million from $50 million a year earlier. In the year-ago quarter, it took a charge.';
  const got = tagTimes(text, '2027-03-19');
  assert.equal(got.find((x) => x.text === 'the quarter')?.value, '2027-Q3');
  assert.equal(got.find((x) => x.text === 'a year earlier')?.value, '2026-Q3');
  assert.equal(got.find((x) => x.text === 'the year-ago quarter')?.value, '2026-Q3');
});

test('session 8: ages and temperature readings in two-digit tens are no decades', () => {
  assert.deepEqual(tagTimes('Police are looking for a man in his 40s.', '2026-11-18'), []);
  assert.deepEqual(tagTimes('The driver, in her late 50s, was unhurt.', '2026-11-18'), []);
  assert.deepEqual(tagTimes('Lows will dip into the 20s.', '2026-11-18'), []);
  // a decade is still one
  assert.equal(v('The look was popular in the 60s.', 'the 60s', '2026-11-18'), '196');
  assert.deepEqual(tagTimes("A man in his 40s recalled the '60s.", '2026-11-18').map((x) => [x.text, x.value]), [["the '60s", '196']]);
});

test('session 8: told on a Sunday, a weekend or "this week" still to come is next week\'s', () => {
  // 2026-11-22 is a Sunday, the last day of ISO week 47
  assert.equal(v('Skies should clear by the weekend, forecasters said.', 'the weekend', '2026-11-22'), '2026-W48-WE');
  assert.equal(v('Fans queued over the weekend.', 'the weekend', '2026-11-22'), '2026-W47-WE');
  assert.equal(v('The committee will publish its report this week.', 'this week', '2026-11-22'), '2026-W48');
  assert.equal(v('The committee published its report this week.', 'this week', '2026-11-22'), '2026-W47');
});

test("session 8: a clause-initial possessive March or May before a noun is the month", () => {
  assert.equal(v("March's retail figures beat forecasts.", 'March', '2026-04-20'), '2026-03');
  assert.equal(v("Sales were flat. May's sales, however, fell.", 'May', '2026-06-20'), '2026-05');
  // a person's name is not
  assert.deepEqual(tagTimes("Theresa May's cabinet met.", '2026-06-20'), []);
  assert.deepEqual(tagTimes("Mrs. May's speech was short.", '2026-06-20'), []);
});

test('session 8: a month or day right after a yearly set is that month or day of any year', () => {
  assert.equal(v('The fair is held annually in September.', 'September', '2026-11-18'), 'XXXX-09');
  assert.equal(v('The race is run every year on June 6.', 'June 6', '2026-11-18'), 'XXXX-06-06');
  // a daily set does not make the month generic
  assert.equal(v('The index rose daily in October.', 'October', '2026-11-18'), '2026-10');
});

test('session 8: two exact durations joined by "and", the second in smaller units, are one', () => {
  const r = tagTimes('The former mayor was jailed for three years and four months.', '2026-11-18');
  assert.deepEqual(r.map((x) => [x.text, x.type, x.value]), [['three years and four months', 'DURATION', 'P3Y4M']]);
  assert.equal(v('The climb took two hours and 45 minutes.', 'two hours and 45 minutes', '2026-11-18'), 'PT2H45M');
  // the same unit twice is two durations
  assert.equal(tagTimes('Sentences of two years and three years were handed down.', '2026-11-18').length, 2);
});

test('session 8: a reporting frame after a comma does not set the tense of a reported future far left', () => {
  // 2026-11-22 is a Sunday
  const s = 'A strong cold front is expected to bring heavy rain to most of the western coastal counties starting Monday night, forecasters said Sunday.';
  assert.equal(v(s, 'Monday night', '2026-11-22'), '2026-11-23TNI');
  // a past clause keeps the past
  const p = 'The cold front brought heavy rain to most of the western coastal counties on Monday night, forecasters said Sunday.';
  assert.equal(v(p, 'Monday night', '2026-11-22'), '2026-11-16TNI');
});

test('session 8: a holiday after a hyphenated compound or an adjective still reads the preposition before them', () => {
  // (2027-03-28 is Easter Sunday; published on the Monday before)
  assert.equal(v('Parliament broke up for a two-week Easter recess.', 'Easter', '2027-03-22'), '2027-03-28');
  // 2027-01-04 is a Monday
  assert.equal(v('MPs are back from a three-week Christmas break.', 'Christmas', '2027-01-04'), '2026-12-25');
});

test('session 8: "<place> time" between a clock time and its day, like "local time"', () => {
  // 2026-11-18 is a Wednesday
  const r = tagTimes('The tender offer expires at 5 p.m. New York time on Dec. 4, unless extended.', '2026-11-18');
  assert.equal(r[0]!.value, '2026-12-04T17:00');
  const h = tagTimes('Trading resumes at 9 a.m. Hong Kong time on Monday.', '2026-11-18');
  assert.deepEqual(h.map((x) => x.value), ['2026-11-23T09:00', '2026-11-23']);
});

test('session 8: "one day" between a modal or subject and its verb is "someday", FUTURE_REF', () => {
  const r = tagTimes('Engineers say the tunnel will one day carry freight trains.', '2026-11-18');
  assert.deepEqual(r.map((x) => [x.text, x.type, x.value]), [['one day', 'DATE', 'FUTURE_REF']]);
  // a length of time is still one
  assert.equal(v('The strike lasted one day.', 'one day', '2026-11-18'), 'P1D');
  assert.equal(v('The hearing will last one day longer.', 'one day', '2026-11-18'), 'P1D');
});

test('session 8: a date opening a clause after ", and" takes the verb right after it', () => {
  const s = 'Rebels seized the airport on Monday, and on Friday they will hold a victory parade.';
  assert.deepEqual(tagTimes(s, '2026-11-18').map((x) => x.value), ['2026-11-16', '2026-11-20']);
  // with no verb right after it, the clause before still gives the tense
  assert.deepEqual(tagTimes('Prices rose on Monday, and again on Tuesday in heavy trading.', '2026-11-18').map((x) => x.value), ['2026-11-16', '2026-11-17']);
});

test('session 8: the base form of a deadline verb sets a date ahead, like its past', () => {
  assert.equal(v('The council voted to postpone the decision until January.', 'January', '2026-09-29'), '2027-01');
  assert.equal(v('Lawyers had asked the judge to delay the trial until the spring.', 'the spring', '2026-09-29'), '2027-SP');
  // a stay told in the past is still past
  assert.equal(v('The team stayed in the hotel until the spring.', 'the spring', '2026-09-29'), '2026-SP');
});

test('session 8: "the same time last year" is one expression, like "this time last year"', () => {
  const r = tagTimes('Bookings were up 6% from the same time last year.', '2026-11-18');
  assert.deepEqual(r.map((x) => [x.text, x.value]), [['the same time last year', '2025-11-18']]);
  assert.deepEqual(tagTimes('At the same time, fares fell.', '2026-11-18'), []);
});

test('session 8: "at lunchtime" is the middle of the day (TMI), after a preposition only', () => {
  assert.equal(v('The blast happened at lunchtime on Tuesday.', 'lunchtime on Tuesday', '2026-11-18'), '2026-11-17TMI');
  assert.deepEqual(tagTimes('Lunchtime crowds filled the square.', '2026-11-18'), []);
});

test('session 8: a day counted from a month the text gave is a day of that month, which one unknown', () => {
  const s = 'The video went online in August. It was taken down that same day.';
  assert.deepEqual(tagTimes(s, '2026-11-18').map((x) => x.value), ['2026-08', '2026-08-XX']);
  // weeks keep the month their middle moves into
  assert.equal(v('She won in Boston in April and came second in London three weeks later.', 'three weeks later', '2026-11-18'), '2026-05');
});

test('session 8: a present verb right before a month-day puts it ahead, as it does a month', () => {
  // (published in March: Dec. 31 is 80 days back, 285 ahead)
  assert.equal(v('The filing deadline is Dec. 31.', 'Dec. 31', '2027-03-21'), '2027-12-31');
  // "since" still looks back
  assert.equal(v('The index is up 3 percent since Jan. 4.', 'Jan. 4', '2027-03-21'), '2027-01-04');
});

test('session 8: a clock time joined to its weekday takes the date after them too', () => {
  const r = tagTimes('Polls close at 8 p.m. ET on Tuesday, Nov. 3.', '2026-10-29');
  assert.deepEqual(r.map((x) => [x.text, x.type, x.value]), [['8 p.m. ET on Tuesday, Nov. 3', 'TIME', '2026-11-03T20:00']]);
});

test('session 8: told on a weekday, a past "this weekend" is the weekend just gone', () => {
  // 2026-11-23 is a Monday
  assert.equal(v('Thousands of protesters marched this weekend.', 'this weekend', '2026-11-23'), '2026-W47-WE');
  assert.equal(v('Thousands are expected to march this weekend.', 'this weekend', '2026-11-23'), '2026-W48-WE');
});
