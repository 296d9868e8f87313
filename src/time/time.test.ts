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
  assert.equal(v('He earns $50,000 a year.', 'a year'), undefined);
  assert.equal(tagTimes('They meet twice a week.', '2025-08-15')[0]!.type, 'SET');
});

test('never crashes, offsets always match the text', () => {
  const inputs = ['', ' ', '\u0000\uffff\ud800', '😀 Friday 😀 March 3, 2025 🎉', 'Ünïcödé Montag, 3. März', '-'.repeat(10000), 'May May May 2020 2020 - - 1990s \' \'90s', 'the the the next next last week'.repeat(1000)];
  for (const text of inputs) {
    for (const x of tagTimes(text, '2025-08-15')) assert.equal(text.slice(x.start, x.end), x.text);
    tagTimes(text, 'not a date');
  }
});

// ---------------------------------------------------------------- round 2 fixes

test('results stories: "a year ago" is the same quarter a year before; the reporting quarter is one that has ended', () => {
  // 2025-10-28: the third quarter has ended, the fourth has not.
  const t = tagTimes('Acme said third-quarter profit rose to $5 million from $4 million a year ago. Revenue grew 8% from a year earlier. It expects a loss in the fourth quarter, when year-ago sales were weaker.', '2025-10-28');
  // (session 7b: "year-ago" in the sentence of "the fourth quarter" compares that quarter, 2024-Q4)
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['third-quarter', '2025-Q3'], ['a year ago', '2024-Q3'], ['a year earlier', '2024-Q3'], ['the fourth quarter', '2025-Q4'], ['year-ago', '2024-Q4']]);
  // "a year-earlier loss" is the adjective, not the duration "a year"
  assert.equal(v('Third-quarter net fell, compared with a year-earlier loss of $2 million.', 'year-earlier', '2025-10-28'), '2024-Q3');
  // without a quarter in the story, "a year ago" stays a year
  assert.equal(v('The plant opened a year ago.', 'a year ago'), '2024');
  // the comparison does not become the story's quarter: "the latest quarter" after it is still 2025-Q3
  const l = tagTimes('Sales rose in the third quarter from a year ago. Costs in the latest quarter fell.', '2025-10-28');
  assert.deepEqual(l.map((x) => x.value), ['2025-Q3', '2024-Q3', '2025-Q3']);
});

test('quarters named with their year: "the 2024 third quarter", "the 2024 quarter", "the year-ago third quarter"', () => {
  assert.equal(v('Profit doubled from the 2024 second quarter.', 'the 2024 second quarter'), '2024-Q2');
  const t = tagTimes('Net rose in the third quarter, against a loss in the 2024 quarter and in the year-ago third quarter.', '2025-10-28');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['the third quarter', '2025-Q3'], ['the 2024 quarter', '2024-Q3'], ['the year-ago third quarter', '2024-Q3']]);
});

test('spelled-out years, as transcripts write them', () => {
  assert.equal(v('The bridge was finished in nineteen ninety-six.', 'nineteen ninety-six'), '1996');
  assert.equal(v('The plan runs to the year two thousand.', 'the year two thousand'), '2000');
  assert.equal(v('They married in January nineteen eighty-one.', 'January nineteen eighty-one'), '1981-01');
  assert.equal(v('It was the winter of nineteen seventy-nine.', 'the winter of nineteen seventy-nine'), '1979-WI');
  // counts stay counts
  assert.equal(tagTimes('Two thousand people marched.', '2025-08-15').length, 0);
  assert.equal(tagTimes('She sold nineteen ninety-dollar tickets.', '2025-08-15').some((x) => x.value === '1990'), false);
});

test('year phrases of results stories: year-end, the full year, the year ended', () => {
  const e = tagTimes('The deal should close by year-end.', '2025-08-15')[0]!;
  assert.deepEqual([e.text, e.value, e.mod], ['year-end', '2025', 'END']);
  assert.equal(v('Prices have risen since year-end.', 'year-end'), '2024');
  assert.equal(v('It expects growth for the full year.', 'the full year'), '2025');
  const d = tagTimes('For the year ended June 30, it earned $3 million.', '2025-08-15')[0]!;
  assert.deepEqual([d.text, d.type, d.value], ['the year', 'DURATION', 'P1Y']);
  assert.equal(v('For the year, volume was flat.', 'the year'), '2025');
});

test('unhyphenated duration adjectives and "twenty four hours"', () => {
  assert.equal(v('Shares hit a five year low.', 'five year'), 'P5Y');
  assert.equal(v('Supporters began a two day rally.', 'two day'), 'P2D');
  assert.equal(v('Prices fell in the last twenty four hours.', 'the last twenty four hours'), 'PT24H');
  assert.equal(tagTimes('The child is five year old.', '2025-08-15').length, 0);
});

test('years that name an event or a law; model years still do not', () => {
  assert.equal(v('Athletes trained for the 2000 Olympics.', '2000'), '2000');
  assert.equal(v('A 1996 law named for him was repealed.', '1996'), '1996');
  assert.equal(v('They invoked a 1971 convention on hijacking.', '1971'), '1971');
  assert.deepEqual(tagTimes('He drove a 2020 Toyota to the rally.', '2025-08-15'), []);
});

test('a second day after a date: "April 24 and 25"', () => {
  const t = tagTimes('The summit will be held on April 24 and 25.', '2025-03-01');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['April 24', '2025-04-24'], ['25', '2025-04-25']]);
  assert.equal(tagTimes('Turnout was up on May 3 and 25 percent voted.', '2025-03-01').length, 1);
});

test('weekday tense cues: "as soon as", ranges from a far start, sentence-initial past participles', () => {
  // 2025-08-15 is a Friday
  assert.equal(v('The envoy could arrive as soon as Tuesday, officials said.', 'Tuesday'), '2025-08-19');
  assert.equal(v('The team bought shares from July 14 to Thursday.', 'Thursday'), '2025-08-14');
  assert.equal(v('Rescued on Nov. 25 by fishermen, the boy is now safe.', 'Nov. 25', '2026-01-10'), '2025-11-25');
  assert.equal(v('Sales were weak last Oct. 23 and after.', 'last Oct. 23', '2025-08-15'), '2024-10-23');
  assert.equal(v('The bank must repay the loan by February.', 'February', '2025-10-20'), '2026-02');
});

test('the past year and generic "today"', () => {
  const y = tagTimes('Hate groups grew over the past year.', '2025-08-15')[0]!;
  assert.deepEqual([y.text, y.type, y.value], ['the past year', 'DATE', '2024']);
  assert.deepEqual(tagTimes("Chips power many of today's personal computers.", '2025-08-15'), []);
  assert.deepEqual(tagTimes("It matters in today's world.", '2025-08-15'), []);
  assert.equal(v("Today's editions carry the offer.", 'Today'), '2025-08-15');
});

test('"quarterly" before a noun is not a set', () => {
  assert.deepEqual(tagTimes('The board raised its quarterly dividend.', '2025-08-15'), []);
  assert.equal(v('Interest is paid quarterly.', 'quarterly'), 'P1Q');
});

test('long texts are tagged in windows with the same results as short ones', async () => {
  const { windowEnd, WINDOW_MAX } = await import('./tagger.js');
  const para = 'The summit opened on March 3, 2025. The following day, leaders met. Officials said on Tuesday that talks had failed.\n\n';
  const big = para.repeat(2000);
  const all = tagTimes(big, '2025-08-15');
  const one = tagTimes(para, '2025-08-15');
  assert.equal(all.length, one.length * 2000);
  for (let k = 0; k < all.length; k++) {
    const x = all[k]!;
    const y = one[k % one.length]!;
    assert.equal(big.slice(x.start, x.end), x.text);
    assert.equal(x.value, y.value, `${x.text} at ${x.start}`);
  }
  // windows end at paragraph breaks and are bounded
  for (let a = 0; a < big.length;) {
    const b = windowEnd(big, a);
    assert.ok(b > a && b - a <= WINDOW_MAX + 1);
    if (b < big.length) assert.equal(big.slice(b - 2, b), '\n\n');
    a = b;
  }
  // no whitespace at all: still bounded, no surrogate pair cut
  const dense = '😀'.repeat(20000);
  for (let a = 0; a < dense.length;) {
    const b = windowEnd(dense, a);
    assert.ok(b - a <= WINDOW_MAX + 1);
    assert.ok(!(dense.charCodeAt(b - 1) >= 0xd800 && dense.charCodeAt(b - 1) <= 0xdbff));
    a = b;
  }
});

test('fractions, ages and initials', () => {
  assert.equal(v('They lived in camps for 2 1/2 years.', '2 1/2 years'), 'P2Y6M');
  assert.equal(v('She spent 5 1/2 hours in talks.', '5 1/2 hours'), 'PT5H30M');
  assert.equal(v('The vote is on 1/2/2026.', '1/2/2026'), '2026-01-02');
  // ages are not durations
  assert.deepEqual(tagTimes('Mr. Reupke, 52 years old, will retire.', '2025-08-15'), []);
  // "Daniel P. Davison" does not end the sentence: "will" still governs the date (2025-10-20 -> next Feb. 1)
  assert.equal(v('Mr. Lee will succeed Daniel P. Davison Feb. 1.', 'Feb. 1', '2025-10-20'), '2026-02-01');
});

test('future cues: effective, payable, "would be paid"; "the plan" is a noun', () => {
  assert.equal(v('The new contract is effective June 1.', 'June 1', '2025-10-20'), '2026-06-01');
  assert.equal(v('The dividend is payable Jan. 2 to holders.', 'Jan. 2', '2025-10-20'), '2026-01-02');
  assert.equal(v('It said the bonus would be paid in January.', 'January', '2025-10-20'), '2026-01');
  // 2025-08-15: "announced the plan Aug. 11" is past, the noun "plan" is no future cue
  assert.equal(v('The bank announced the plan Aug. 11.', 'Aug. 11'), '2025-08-11');
});

test('"this year\'s third quarter", "last year\'s quarter", "next year\'s first quarter"', () => {
  const t = tagTimes("Sales rose in the third quarter, above last year's quarter. Net for this year's second quarter was flat; a rebound is due in next year's first quarter.", '2025-10-28');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['the third quarter', '2025-Q3'], ["last year's quarter", '2024-Q3'], ["this year's second quarter", '2025-Q2'], ["next year's first quarter", '2026-Q1']]);
});

test('"N more years", "-long" adjectives, vague durations, the end of the month, these days, the near term', () => {
  assert.equal(v('The fleet may stay for at least 20 more years.', 'at least 20 more years'), 'P20Y');
  assert.equal(v('Talks followed a day-long meeting.', 'day-long'), 'P1D');
  assert.equal(v('It ended a decades-long feud.', 'decades-long'), 'PXY');
  assert.equal(v('We will live without it for a while.', 'a while'), 'PXX');
  assert.equal(tagTimes('The plant closed some time ago.', '2025-08-15').some((x) => x.text === 'some time'), false);
  const e = tagTimes('Troops will arrive by the end of the month.', '2025-08-15')[0]!;
  assert.deepEqual([e.text, e.value, e.mod], ['the end of the month', '2025-08', 'END']);
  assert.equal(v('Markets are calm these days.', 'these days'), 'PRESENT_REF');
  assert.equal(v('Profits may slip in the near term.', 'the near term'), 'FUTURE_REF');
});

// ---- round 3 (sentences written for these tests; 2025-08-15 is a Friday)

test('tense window counts words, not punctuation; "next to" is a place', () => {
  assert.equal(v('The car was found abandoned at the Newark, N.J., airport in December.', 'December', '2025-04-10'), '2024-12');
  // published Saturday Aug. 16: the Friday before, not a Friday ahead
  assert.equal(v('The bomb exploded in a building next to the U.S. embassy in Nairobi Friday.', 'Friday', '2025-08-16'), '2025-08-15');
});

test('a month with no tense is the nearest one; a present clause puts a weekday ahead', () => {
  assert.equal(v('Its towers, worth $130 million in October, are worth half that now.', 'October', '2025-01-08'), '2024-10');
  assert.equal(v('The deal, with a closing date in January, needs approval.', 'January', '2025-11-02'), '2026-01');
  assert.equal(v('The summit is on Tuesday.', 'Tuesday'), '2025-08-19');
  assert.equal(v('Ministers are meeting on Monday to discuss the plan.', 'Monday'), '2025-08-18');
  assert.equal(v('The vote is set for Tuesday.', 'Tuesday'), '2025-08-19');
  assert.equal(v('The president meets the king on Wednesday.', 'Wednesday'), '2025-08-20');
  assert.equal(v('The new rule takes effect Monday.', 'Monday'), '2025-08-18');
  // a present verb far off or after the weekday does not count
  assert.equal(v('The share before Friday\'s purchase is far below the rest.', 'Friday'), '2025-08-15');
});

test('a weekday on the publication weekday is that day, not a dated Friday a week ahead', () => {
  const t = tagTimes('Officials set a deadline of Aug. 22. Clinton said Friday the decision was right.', '2025-08-15');
  assert.deepEqual(t.map((x) => x.value), ['2025-08-22', '2025-08-15']);
});

test('dawn and dusk after a preposition; "high noon" and "the dawn of" are not times', () => {
  const t = tagTimes('Troops moved in before dawn on Sunday.', '2025-08-15');
  assert.deepEqual(t.map((x) => [x.text, x.type, x.value]), [['dawn on Sunday', 'TIME', '2025-08-10TMO']]);
  assert.equal(v('The curfew lasts until dusk.', 'dusk'), '2025-08-15TEV');
  assert.deepEqual(tagTimes('It was the dawn of a new era.', '2025-08-15'), []);
  assert.deepEqual(tagTimes('For Poland, high noon has come.', '2025-08-15'), []);
});

test('the story\'s day: "the second day of the strike", "a third straight day"', () => {
  assert.equal(v('It was the second day of the strike.', 'the second day'), '2025-08-15');
  assert.equal(v('Fighting raged for a third straight day.', 'third straight day'), '2025-08-15');
  assert.equal(tagTimes('Rent is due on the first day of the month.', '2025-08-15').some((x) => x.text.includes('first day')), false);
});

test('"the year before", "the previous night", the decade and the century, "for the week,"', () => {
  assert.equal(v('He won in 2019 and lost the year before.', 'the year before'), '2018');
  assert.equal(v('Profit was $5 million, up from $4 million the year before.', 'the year before'), '2024');
  assert.equal(tagTimes('He left the year before the election.', '2025-08-15').some((x) => x.text.startsWith('the year before')), false);
  const n = tagTimes('Police raided the house on Aug. 12. The previous night, shots were fired.', '2025-08-15');
  assert.deepEqual([n[1]!.text, n[1]!.type, n[1]!.value], ['The previous night', 'TIME', '2025-08-11TNI']);
  const d = tagTimes('By the end of the decade, the city will double.', '2025-08-15')[0]!;
  assert.deepEqual([d.text, d.value, d.mod], ['the end of the decade', '202', 'END']);
  // (the turn of the century is the year it turns: see the turnOfCentury test)
  assert.equal(v('Prices may double by the turn of the century.', 'the turn of the century'), '2100');
  assert.equal(tagTimes('Critics called it the deal of the century.', '2025-08-15').length, 0);
  assert.equal(v('For the week, the index fell 2%.', 'the week'), '2025-W33');
});

test('extents and non-durations: "the eight-year war", fractions, titles, "take months", "the last half of"', () => {
  assert.deepEqual(tagTimes('The eight-year war ended.', '2025-08-15').map((x) => x.text), ['eight-year']);
  assert.deepEqual(tagTimes('Iraq imports about three-quarters of its food.', '2025-08-15'), []);
  assert.deepEqual(tagTimes('Junk bonds were more than a quarter of the market.', '2025-08-15'), []);
  assert.equal(v('It returned to profit after several quarters of losses.', 'several quarters'), 'PXQ');
  assert.equal(tagTimes('Baker said on ABC\'s "This Week," that the talks failed.', '2025-08-15').length, 0);
  assert.equal(v('Repairs will take months.', 'months'), 'PXM');
  assert.equal(v('Earnings fell in the last half of 2024.', 'the last half of 2024'), '2024-H2');
});

test('parts of the day alone, "that same day", "a couple of years", a year after a possessive', () => {
  assert.equal(v('By mid-afternoon, the crowd had grown.', 'mid-afternoon'), '2025-08-15TAF');
  const y = tagTimes('At mid-afternoon yesterday, shares were up.', '2025-08-15')[0]!;
  assert.deepEqual([y.text, y.type, y.value], ['mid-afternoon yesterday', 'TIME', '2025-08-14TAF']);
  // "in the morning" is the morning of the day the text is on
  const m = tagTimes('Hopes were dashed Tuesday. Dealers placed orders in the morning to start trading.', '2025-08-15');
  assert.deepEqual(m.map((x) => [x.text, x.value]), [['Tuesday', '2025-08-12'], ['the morning', '2025-08-12TMO']]);
  assert.equal(tagTimes('He read the morning paper.', '2025-08-15').length, 0);
  assert.equal(v('The site was taken down on Aug. 4. His name was crossed out that same day.', 'that same day'), '2025-08-04');
  assert.equal(v('It will not change for a couple of years.', 'a couple of years'), 'P2Y');
  assert.equal(v('Over the next couple of years, prices will rise.', 'the next couple of years'), 'P2Y');
  assert.equal(v("It took a charge in the company's 2024 operating results.", '2024'), '2024');
  assert.deepEqual(tagTimes("The firm's 2000 stores are open.", '2025-08-15'), []);
});

test('"9.30am." leaves the sentence period out; "four years later" with no date before is a year', () => {
  assert.deepEqual(tagTimes('The meeting starts at 9.30am.', '2025-08-15').map((x) => [x.text, x.value]), [['9.30am', '2025-08-15T09:30']]);
  assert.equal(v('Four years later, the firm collapsed.', 'Four years later'), '2029');
});

test('a future clause does not push a date that passed in the last two months into next year', () => {
  assert.equal(v('She said she would bring aid to the towns where the Aug. 7 blasts killed 20 people.', 'Aug. 7', '2025-08-18'), '2025-08-07');
  // further back it is next year's
  assert.equal(v('The firm will pay the bonus on March 3.', 'March 3', '2025-08-18'), '2026-03-03');
});

// ---------------------------------------------------------------- round 4 (sentences of our own)

test('a quarter in a past or tenseless clause is the last such quarter, not one still ahead', () => {
  assert.equal(v('Profits fell in the fourth quarter.', 'the fourth quarter', '2026-02-10'), '2025-Q4');
  assert.equal(v('Sales in the fourth quarter: up 5 percent.', 'the fourth quarter', '2026-02-10'), '2025-Q4');
  assert.equal(v('The plant will reopen in the fourth quarter.', 'the fourth quarter', '2026-02-10'), '2026-Q4');
  assert.equal(v('Profits fell in the second quarter.', 'the second quarter'), '2025-Q2');
  // a fiscal quarter keeps its fiscal year's number
  assert.equal(v('The firm earned $5 million in its fiscal second quarter.', 'fiscal second quarter', '2026-03-05'), '2026-Q2');
});

test('a plural or named subject with a scheduling verb in the present puts the day ahead', () => {
  assert.equal(v('The two leaders meet Monday in Geneva.', 'Monday'), '2025-08-18');
  assert.equal(v('Smith and Jones meet on Tuesday.', 'Tuesday'), '2025-08-19');
  assert.equal(v('The offer expires Tuesday.', 'Tuesday'), '2025-08-19');
  // nouns and negated past stay behind
  assert.equal(v('The vote Monday was close.', 'Monday'), '2025-08-11');
  assert.equal(v('A key vote Monday went against him.', 'Monday'), '2025-08-11');
  assert.equal(v('The two sides did not meet Monday.', 'Monday'), '2025-08-11');
});

test('a deadline set by a past verb ("postponed until", "has given ... until") lies ahead', () => {
  assert.equal(v('Officials postponed until Tuesday any decision on the plan.', 'Tuesday'), '2025-08-19');
  assert.equal(v('The court has given the firm until 9 a.m. Monday to reply.', '9 a.m. Monday'), '2025-08-18T09:00');
  assert.equal(v('The judge extended the deadline to Monday.', 'Monday'), '2025-08-18');
  assert.equal(v('The exhibition runs until Sunday.', 'Sunday'), '2025-08-17');
  assert.equal(v('He stayed in the city until Tuesday.', 'Tuesday'), '2025-08-12');
});

test('"the second half of the year", "the first quarter of next year" are one expression', () => {
  assert.equal(v('The firm expects growth in the second half of the year.', 'the second half of the year'), '2025-H2');
  assert.equal(v('Sales should recover in the first quarter of next year.', 'the first quarter of next year'), '2026-Q1');
  assert.equal(v('Profits fell in the last quarter of last year.', 'the last quarter of last year'), '2024-Q4');
  assert.equal(v('Output will slow in the last half of this year.', 'the last half of this year'), '2025-H2');
  assert.equal(tagTimes('The firm expects growth in the second half of the year.', '2025-08-15').length, 1);
});

test('"to last several months": "last" is the verb', () => {
  const found = tagTimes('The trial is expected to last several months.', '2025-08-15');
  assert.deepEqual(found.map((x) => [x.text, x.value]), [['several months', 'PXM']]);
  assert.equal(v('Prices rose over the last two years.', 'the last two years'), 'P2Y');
});

test('day-first dates with March and May ("on 17 March", "by 25 May")', () => {
  assert.equal(v('The vote took place on Sunday 17 March.', 'Sunday 17 March'), '2025-03-17');
  assert.equal(v('The deadline is 25 March.', '25 March', '2025-03-10'), '2025-03-25');
  assert.equal(v('The new pope, elected on 13 March, met reporters.', '13 March', '2025-03-20'), '2025-03-13');
  assert.equal(v('He was born on 3 May 1950.', '3 May 1950'), '1950-05-03');
  // "May" has no abbreviation: the sentence period stays out (round 5: "is in May" in an August
  // story is the coming May, as a present verb puts a weekday ahead)
  assert.equal(v('The annual meeting is in May.', 'May'), '2026-05');
});

test('"later in the day", "earlier in the year"; "the day before" a gerund is no date', () => {
  assert.equal(v('The president arrived on Aug. 12 and spoke to reporters later in the day.', 'later in the day'), '2025-08-12');
  assert.equal(v('Earlier in the day, the minister resigned.', 'Earlier in the day'), '2025-08-15');
  assert.equal(v('Sales were hurt earlier in the year by rain.', 'earlier in the year'), '2025');
  const found = tagTimes('She toured the port later in the day before returning home.', '2025-08-15');
  assert.deepEqual(found.map((x) => x.text), ['later in the day']);
});

test('"now that" is the present', () => {
  assert.equal(v('The town is calmer now that the war is over.', 'now'), 'PRESENT_REF');
});

test('a clock time takes the day its phrase or sentence gives', () => {
  assert.equal(v('On Tuesday, the shooting happened at 10 p.m.', '10 p.m.'), '2025-08-12T22:00');
  const b = tagTimes('The blast occurred at 10:35 a.m. (0735 GMT) Tuesday, police said.', '2025-08-15');
  assert.deepEqual(b.map((x) => x.value), ['2025-08-12T10:35', '2025-08-12T07:35', '2025-08-12']);
  assert.equal(v('The truce took effect at 6 a.m. Monday (0400 GMT).', '0400 GMT'), '2025-08-11T04:00');
  assert.equal(v('The quake struck at 2:15 p.m. local time on Tuesday.', '2:15 p.m.'), '2025-08-12T14:15');
  // with no day in the sentence, a past clause goes on with the day the sentence before gave
  // (session 9 probes; it was the publication date), any other with the publication date
  assert.equal(v('The vote ended on Aug. 3. Results came at 9 p.m.', '9 p.m.'), '2025-08-03T21:00');
  assert.equal(v('The vote ended on Aug. 3. Results come at 9 p.m.', '9 p.m.'), '2025-08-15T21:00');
});

test('durations with a qualifier ("eight trading days", "an additional year") and one-word "yearlong"', () => {
  assert.equal(v('Eight trading days after the crash, prices recovered.', 'Eight trading days'), 'P8D');
  assert.equal(v('The firm has five business days to respond.', 'five business days'), 'P5D');
  assert.equal(v('The offer was extended for an additional year.', 'an additional year'), 'P1Y');
  assert.equal(v('It took six long years.', 'six long years'), 'P6Y');
  assert.equal(v('The yearlong inquiry ended.', 'yearlong'), 'P1Y');
  assert.equal(v('A weeklong strike began.', 'weeklong'), 'P1W');
  assert.deepEqual(tagTimes('It was a long day.', '2025-08-15'), []);
});

test('"soon" in a past narrative is no FUTURE_REF; "expects" is a future cue', () => {
  assert.deepEqual(tagTimes('The trickle of cash soon became a flood.', '2025-08-15'), []);
  assert.deepEqual(tagTimes('He was soon released.', '2025-08-15'), []);
  assert.equal(v('Officials said the plant would reopen soon.', 'soon'), 'FUTURE_REF');
  assert.equal(v('The firm expects its sales to soon grow to 25% from 20% last year.', 'soon'), 'FUTURE_REF');
  assert.equal(v('The firm expects a decision Tuesday.', 'Tuesday'), '2025-08-19');
});

test('"the week of March 6" is that week; "the day before last Tuesday" is one expression', () => {
  assert.equal(v('The case may be settled at a hearing the week of Sept. 8.', 'the week of Sept. 8'), '2025-W37');
  assert.equal(v('The day before last Tuesday\'s hearing, he met the judge.', 'The day before last Tuesday'), '2025-08-11');
  assert.equal(v('He died the day after Christmas.', 'the day after Christmas'), '2024-12-26');
  // a duration before or after a date stays two expressions (TimeBank anchors the duration)
  const two = tagTimes('Two days before Aug. 3, the rebels attacked.', '2025-08-15');
  assert.deepEqual(two.map((x) => [x.text, x.value]), [['Two days', 'P2D'], ['Aug. 3', '2025-08-03']]);
  // later anaphora refer to the day the phrase names
  const chain = tagTimes('The day before last Tuesday\'s hearing, he met the judge. He appeared in court the next morning.', '2025-08-15');
  assert.equal(chain.find((x) => x.text === 'the next morning')?.value, '2025-08-13TMO');
});

test('more scheduling verbs in the present: "talks resume Tuesday", "the Giants play Sunday"', () => {
  assert.equal(v('Talks resume Tuesday in Geneva.', 'Tuesday'), '2025-08-19');
  assert.equal(v('The Giants play Sunday in Dallas.', 'Sunday'), '2025-08-17');
  // market reports of the day stay behind
  assert.equal(v('Stocks close lower Thursday.', 'Thursday'), '2025-08-14');
});

test('a year in the possessive: "2024\'s record"', () => {
  assert.equal(v("The rate beat 2024's record.", '2024'), '2024');
  assert.equal(v("The 1990's were calm.", "The 1990's"), '199');
});

test('"moments ago" is the recent past', () => {
  assert.equal(v('We learned just moments ago that the plane landed.', 'moments ago'), 'PAST_REF');
  assert.equal(v('He left a moment ago.', 'a moment ago'), 'PAST_REF');
  assert.deepEqual(tagTimes('Wait a moment.', '2025-08-15'), []);
});

test('"the night before", "the morning after" with nothing after them', () => {
  assert.equal(v('The vote was on Aug. 3. The night before, rebels attacked.', 'The night before'), '2025-08-02TNI');
  const found = tagTimes('The vote was on Aug. 3. The night before the vote, rebels attacked.', '2025-08-15');
  assert.deepEqual(found.map((x) => x.text), ['Aug. 3']);
});

test('"overnight Thursday" is the night of that day', () => {
  assert.equal(v('Rebels attacked the town overnight Thursday.', 'overnight Thursday'), '2025-08-14TNI');
  assert.deepEqual(tagTimes('An overnight curfew was imposed.', '2025-08-15'), []);
});

test('"the Sept. 11 attacks" and "9/11" name the 2001 day', () => {
  assert.equal(v('Since the Sept. 11 attacks, security has tightened.', 'Sept. 11'), '2001-09-11');
  assert.equal(v('After 9/11, the law changed.', '9/11'), '2001-09-11');
  assert.equal(v('The meeting is on Sept. 11.', 'Sept. 11'), '2025-09-11');
});

test('a month-day with no tense is the nearest one', () => {
  assert.equal(v('Case file: the Dec. 28 shooting.', 'Dec. 28', '2026-01-05'), '2025-12-28');
  assert.equal(v('Agenda: Jan. 3, board meeting.', 'Jan. 3', '2025-12-20'), '2026-01-03');
  assert.equal(v('Agenda: Sept. 3, board meeting.', 'Sept. 3'), '2025-09-03');
});

test('"the first half of his career" is no date; "has until Tuesday" is a deadline', () => {
  assert.deepEqual(tagTimes('He spent the first half of his career abroad.', '2025-08-15'), []);
  assert.deepEqual(tagTimes('The team led in the third quarter of the game.', '2025-08-15'), []);
  assert.equal(v('The firm posted a loss for the second quarter of $226 million.', 'the second quarter'), '2025-Q2');
  assert.equal(v('The government has until midnight Tuesday to decide.', 'midnight Tuesday'), '2025-08-19T24:00');
});

test('"10.5 seconds" is PT10.5S; "555-2013" is a phone number, "1990-1991" a range', () => {
  assert.equal(v('She ran the 100 meters in 10.5 seconds.', '10.5 seconds'), 'PT10.5S');
  assert.deepEqual(tagTimes('Call 555-2013 for details.', '2025-08-15'), []);
  assert.deepEqual(tagTimes('The war of 1990-1991 ended.', '2025-08-15').map((x) => x.value), ['1990', '1991']);
});

test('"7:30 tonight" is one evening time; a day in brackets is the converted one', () => {
  assert.equal(v('The vote is at 7:30 tonight.', '7:30 tonight'), '2025-08-15T19:30');
  const p = tagTimes('Polls close at 8 p.m. (0100 GMT Saturday).', '2025-08-15');
  assert.equal(p[0]!.value, '2025-08-15T20:00');
  // the same hour in brackets is the same moment: its day carries
  assert.equal(v('He will leave at 4 in the morning (4 a.m. EDT Tuesday), she said.', '4 in the morning'), '2025-08-19T04:00');
});

test('moveable feasts: "Palm Sunday", "Ash Wednesday", "Holy Week"; a tenseless holiday is the nearest', () => {
  // Easter 2026 is April 5
  assert.equal(v('The pope will celebrate Mass on Palm Sunday.', 'Palm Sunday', '2026-03-20'), '2026-03-29');
  assert.equal(v('Lent began on Ash Wednesday.', 'Ash Wednesday', '2026-03-20'), '2026-02-18');
  assert.equal(v('Pilgrims arrived for Holy Week.', 'Holy Week', '2026-03-25'), '2026-W14');
  assert.equal(v('Protesters prayed as Easter week began.', 'Easter week', '2026-03-29'), '2026-W14');
  assert.equal(v("On New Year's Eve, fireworks lit the sky.", "New Year's Eve", '2026-03-20'), '2025-12-31');
  assert.deepEqual(tagTimes('The holy week ahead.', '2026-03-20'), []);
});

test('"a decade ago" is a year, not a decade', () => {
  assert.equal(v('A decade ago, the town was empty.', 'A decade ago'), '2015');
  assert.equal(v('A century ago, the city was founded.', 'A century ago'), '1925');
});

test('"ahead of Sunday\'s vote" is a day still to come', () => {
  assert.equal(v("Campaigning ended ahead of Sunday's vote.", 'Sunday'), '2025-08-17');
  assert.equal(v("Tensions rose in the run-up to Tuesday's summit.", 'Tuesday'), '2025-08-19');
});

test('"the March accession" is the month; "that quarter" is the quarter of the last date given', () => {
  assert.equal(v('The March accession will let the three countries join.', 'March', '2026-02-10'), '2026-03');
  assert.deepEqual(tagTimes('Thousands joined the March for Life.', '2026-02-10'), []);
  assert.deepEqual(tagTimes('Theresa May said no.', '2026-02-10'), []);
  assert.equal(v('The plant closed on May 3, 2024. Sales for that quarter fell.', 'that quarter'), '2024-Q2');
});

// ---------------------------------------------------------------- round 6 (2025-08-15 is a Friday)

test('round 6: a scheduling verb with its object before the day, and "has a" possession, look ahead', () => {
  assert.equal(v('The chancellor faces a budget vote on Tuesday.', 'Tuesday'), '2025-08-19');
  assert.equal(v('The club holds its yearly dinner on Wednesday.', 'Wednesday'), '2025-08-20');
  assert.equal(v('The orchestra has a concert on Sunday.', 'Sunday'), '2025-08-17');
  // the perfect stays past
  assert.equal(v('The orchestra has played on Sunday before.', 'Sunday'), '2025-08-10');
});

test('round 6: "to last" is the verb, not the past of "last year"', () => {
  assert.equal(v('The repairs are expected to last until the winter.', 'the winter'), '2025-WI');
  assert.equal(v('The drought could last into the autumn.', 'the autumn'), '2025-FA');
});

test('round 6: a headline tells in the present what happened, and its capitals are no title', () => {
  assert.equal(v('Minister Resigns over Expenses on Wednesday', 'Wednesday'), '2025-08-13');
  assert.equal(v('Ferry Strike Ends; Talks Resume Next Week', 'Next Week'), '2025-W34');
  assert.equal(v('Bridge to Be Reopened Tuesday After Repairs', 'Tuesday'), '2025-08-19');
  // in running text a capitalised "This Week" mid-sentence is still a programme title
  assert.deepEqual(tagTimes('She appeared on the channel\'s This Week programme.', '2025-08-15'), []);
});

test('round 6: clock times take the day across "Eastern time" and across a clock range', () => {
  assert.equal(v('The probe launched at 6:10 a.m. Eastern time on Tuesday.', '6:10 a.m.'), '2025-08-12T06:10');
  assert.equal(v('The library will be open from 9 a.m. to 6 p.m. on Sunday.', '9 a.m.'), '2025-08-17T09:00');
  assert.equal(v('The library will be open from 9 a.m. to 6 p.m. on Sunday.', '6 p.m. on Sunday'), '2025-08-17T18:00');
});

test('round 6: "Monday through Wednesday" counts its end from its start', () => {
  assert.equal(v('The fair runs Monday through Wednesday.', 'Wednesday'), '2025-08-20');
});

test('round 6: "the first / last day of March" is that day, not the day before the story', () => {
  assert.equal(v('Applications close on the last day of September.', 'the last day of September'), '2025-09-30');
  assert.equal(v('The rule applied from the first day of July.', 'the first day of July'), '2025-07-01');
  assert.equal(v('He died on the last day of February 2024.', 'the last day of February 2024'), '2024-02-29');
  const t = tagTimes('The window shuts on the last day of the season.', '2025-08-15');
  assert.ok(!t.some((x) => x.text === 'the last day'));
});

test('round 6: a day range before a verb, "two to three weeks", "a week or so ago"', () => {
  assert.equal(v('The fair on September 20-21 will draw crowds.', '21'), '2025-09-21');
  const d = tagTimes('Deliveries should restart within four to six weeks.', '2025-08-15')[0]!;
  assert.deepEqual([d.text, d.type, d.value], ['four to six weeks', 'DURATION', 'P4W']);
  assert.deepEqual(tagTimes('Turnout rose from 40 to 55 percent.', '2025-08-15'), []);
  const a = tagTimes('A month or so ago, the firm moved.', '2025-08-15')[0]!;
  assert.deepEqual([a.text, a.type, a.value, a.mod], ['A month or so ago', 'DATE', '2025-07', 'APPROX']);
});

test('round 6: "by late afternoon", "in the early evening" are that part of the day', () => {
  const t = tagTimes('By late afternoon, the square was full.', '2025-08-15')[0]!;
  assert.deepEqual([t.text, t.type, t.value, t.mod], ['late afternoon', 'TIME', '2025-08-15TAF', 'END']);
  assert.equal(v('The ferry left on Tuesday. In the early evening it docked.', 'the early evening'), '2025-08-12TEV');
  assert.deepEqual(tagTimes('Shares slipped in the late afternoon session.', '2025-08-15'), []);
});

test('round 6: "six days a week", "24 hours a day" are one SET of the larger unit', () => {
  const t = tagTimes('The bakery opens six days a week.', '2025-08-15');
  assert.deepEqual(t.map((x) => [x.text, x.type, x.value]), [['six days a week', 'SET', 'P1W']]);
  assert.equal(v('Guards watch the gate 24 hours a day.', '24 hours a day'), 'P1D');
  assert.ok(!tagTimes('The storm hit six days a week ago.', '2025-08-15').some((x) => x.type === 'SET'));
});

test('round 6: a fraction of decades or centuries is one number of years; "a century old" is an age', () => {
  assert.equal(v('The feud lasted two and a half decades.', 'two and a half decades'), 'P25Y');
  assert.equal(v('The rule stood for one and a half centuries.', 'one and a half centuries'), 'P150Y');
  assert.deepEqual(tagTimes('The bridge is a century old.', '2025-08-15'), []);
});

test('round 6: "last <month>" skips the month just before the story, and leaves the sentence period out', () => {
  // 2025-08-15: "last July" is a year back (the July just past is "last month"); "last May" this year
  const t = tagTimes('The mill shut last July.', '2025-08-15')[0]!;
  assert.deepEqual([t.text, t.value], ['last July', '2024-07']);
  assert.equal(v('The mill shut last May and reopened.', 'last May'), '2025-05');
  // in January, "last December" is still the December just past
  assert.equal(v('The mill shut last December.', 'last December', '2026-01-10'), '2025-12');
  assert.equal(v('The mill shut last Feb. 3.', 'last Feb. 3'), '2025-02-03');
});

test('round 6: "the week\'s", "the year\'s" name the current week and year', () => {
  assert.equal(v("Friday was the week's busiest session.", 'the week'), '2025-W33');
  assert.equal(v("It was one of the year's biggest deals.", 'the year'), '2025');
  assert.equal(v("Sales will recover by the year's end.", "year's end"), '2025');
});

test('round 6: "the current quarter" is the one under way, not the quarter the story reports on', () => {
  const t = tagTimes('Profit rose in the second quarter. The current quarter has begun well.', '2025-08-15');
  assert.deepEqual(t.map((x) => x.value), ['2025-Q2', '2025-Q3']);
});

test('round 6: "the past three summers" is a SET of the season, not "the past"', () => {
  const t = tagTimes('Floods have hit the valley in the past three springs.', '2025-08-15');
  assert.deepEqual(t.map((x) => [x.text, x.type, x.value]), [['the past three springs', 'SET', 'XXXX-SP']]);
  assert.equal(v('In the past it had always rained.', 'the past'), 'PAST_REF');
});

test('round 6: "a year earlier" after a month of its own sentence is that month a year back', () => {
  assert.equal(v('Home sales fell 3 percent in July from a year earlier.', 'a year earlier'), '2024-07');
  // another sentence, or no month: the year
  assert.equal(v('Home sales fell in July. A year earlier they rose.', 'A year earlier'), '2024');
  assert.equal(v('Home sales fell 3 percent from a year ago.', 'a year ago'), '2024');
});

test('round 6: a past clause puts any month still ahead a year back; "planned for" looks ahead', () => {
  // 2025-08-15: October is two months ahead
  assert.equal(v('The company changed its fiscal year in October.', 'October'), '2024-10');
  assert.equal(v('The launch was planned for early October.', 'early October'), '2025-10');
  assert.equal(v('The firm said it would move in October.', 'October'), '2025-10');
  assert.equal(v('Elections were due in October.', 'October'), '2025-10');
  assert.equal(v('The president called elections for October.', 'October'), '2025-10');
});

test('a bare first or second half is a year\'s only where money or the economy is talked of', () => {
  const times = (text: string) => tagTimes(text, '2006-11-04').map((x) => `${x.text}=${x.value}`);
  assert.deepEqual(times('A dour first half saw few chances, but a second-half strike won it.'), []);
  assert.deepEqual(times('Net profit rose 12 percent in the first half, the company said.'), ['the first half=2006-H1']);
});

test('a time word inside a name is no time; a holiday takes the year after "in"; an adverb may stand between modal and "be"', () => {
  const times = (text: string, dct = '2005-12-16') => tagTimes(text, dct).map((x) => `${x.text}=${x.value}`);
  assert.deepEqual(times("Prime Minister John Howard, writing in Australia's Daily Telegraph, said the violence was a disgrace."), []);
  assert.deepEqual(times('The guests included former Midnight Oil singer Peter Garrett.'), []);
  // told in the past, the midnight that began the publication day
  assert.deepEqual(times('The outage lasted until midnight.'), ['midnight=2005-12-15T24:00']);
  assert.ok(times('The group bombed churches on Christmas Eve in 2000.').includes('Christmas Eve=2000-12-24'));
  assert.deepEqual(times('The outcome would only be decided on January 22, officials said.', '2005-12-15'), ['January 22=2006-01-22']);
  assert.deepEqual(times('The new Congress will also be elected on Sunday.', '2005-12-15'), ['Sunday=2005-12-18']);
});

test('session 3 follow-up: inside a direct quotation with a verb of its own, the quotation\'s tense governs', () => {
  const times = (text: string, dct = '2025-11-20') => tagTimes(text, dct).map((x) => `${x.text}=${x.value}`);
  // a hortative proposes the coming holiday, whatever the reporting verb's tense
  assert.deepEqual(times('"Let us celebrate Christmas," Howard wrote.'), ['Christmas=2025-12-25']);
  assert.deepEqual(times('“Let’s light the candles at Easter,” the bishop wrote.', '2025-05-02'), ['Easter=2026-04-05']);
  assert.deepEqual(times("``Let us all meet again at Christmas,'' the organisers wrote.", '2025-03-01'), ['Christmas=2025-12-25']);
  assert.deepEqual(times("'Let us celebrate Christmas,' Howard wrote.", '2025-03-01'), ['Christmas=2025-12-25']);
  // a quotation that began in the sentence before
  assert.deepEqual(times('"The year was hard. Let us celebrate Christmas anyway," she said.', '2025-03-01'), ['Christmas=2025-12-25']);
  // a past verb inside the quotation still makes it past
  assert.deepEqual(times('"We celebrated Christmas in the shelter," the family said.'), ['Christmas=2024-12-25']);
  // outside a quotation, or in a quotation without a verb, the reporting verb governs as before
  assert.deepEqual(times('Howard wrote that the town celebrated Christmas quietly.'), ['Christmas=2024-12-25']);
  assert.deepEqual(times('The mayor called it "a Christmas miracle" and left.'), ['Christmas=2024-12-25']);
  // an apostrophe is no quotation mark
  assert.deepEqual(times("The players' union met on Christmas Eve."), ['Christmas Eve=2024-12-24']);
});

test('session 3 follow-up: "decades-old", "years-long" are tagged without the article; ages stay untagged', () => {
  const times = (text: string) => tagTimes(text, '2025-11-20').map((x) => `${x.text}=${x.type}=${x.value}`);
  assert.deepEqual(times('The band played a decades-old song.'), ['decades-old=DURATION=PXY']);
  assert.deepEqual(times('They restored the centuries-old chapel.'), ['centuries-old=DURATION=PXY']);
  assert.deepEqual(times('It ended the decades-long feud between the villages.'), ['decades-long=DURATION=PXY']);
  assert.deepEqual(times('The town hoped for an end to a years-old drought.'), ['years-old=DURATION=PXY']);
  assert.deepEqual(times('Workers began a weeks-long strike.'), ['weeks-long=DURATION=PXW']);
  assert.deepEqual(times('Parliament repealed a decade-old law.'), ['decade-old=DURATION=P10Y']);
  assert.deepEqual(times('A day-long hearing followed.'), ['day-long=DURATION=P1D']);
  // a number before an unhyphenated compound counts the noun
  assert.deepEqual(times('Two centuries-old bridges collapsed.'), ['centuries-old=DURATION=PXY']);
  // ages with a number are no durations (TimeBank tags none)
  assert.deepEqual(times('A 10-year-old girl and her six-year-old brother won.'), []);
});

test('session 3 follow-up: a present of heading for an event, or a present progressive, puts a month ahead', () => {
  const times = (text: string, dct = '2025-12-10') => tagTimes(text, dct).map((x) => `${x.text}=${x.value}`);
  assert.deepEqual(times('The republic heads toward parliamentary elections in November.'), ['November=2026-11']);
  assert.deepEqual(times('The league prepares for a new season in October.'), ['October=2026-10']);
  assert.deepEqual(times('The region gears up for a referendum in March.', '2025-06-01'), ['March=2026-03']);
  assert.deepEqual(times('The union is also preparing for a national strike in September.'), ['September=2026-09']);
  assert.deepEqual(times('Voters are heading to the polls across the country on Sunday.'), ['Sunday=2025-12-14']);
  // a habitual or ambiguous present keeps the nearest month; a past progressive stays past
  assert.deepEqual(times('The firm reports its results in November.'), ['November=2025-11']);
  // "heads of" is a noun
  assert.deepEqual(times('The talks of the heads of government in Brazil in September went well.', '2025-11-21'), ['September=2025-09']);
  assert.deepEqual(times('The city was preparing for elections in November.'), ['November=2025-11']);
  // a month that modifies a noun is no date of the clause ("a June agreement" was made)
  assert.deepEqual(times('The firm is trying to sell itself under a June agreement with its lenders.'), ['June=2025-06']);
});

test('a quarter of a rate is no time: "a cut of a quarter point"', () => {
  const times = (text: string) => tagTimes(text, '2025-01-09').map((x) => `${x.text}=${x.value}`);
  assert.deepEqual(times('Economists polled by the agency expect a cut of a quarter point.'), []);
  assert.deepEqual(times('The bank raised rates by three quarters of a percentage point.'), []);
  assert.deepEqual(times('Profit rose for a quarter, then fell.'), ['a quarter=P1Q']);
});

test('"hours later" is the day of the date the text gave; lowercase "in the new year" is the coming year', () => {
  assert.equal(v('The shooting happened on Tuesday. Hours later, the suspect was arrested.', 'Hours later'), '2025-08-12');
  assert.equal(v('The vote was held on Aug. 4. Minutes later, the speaker resigned.', 'Minutes later'), '2025-08-04');
  // a vague count of days may be any later day: it stays a reference, not a date
  assert.equal(v('The shooting happened on Tuesday. Days later, the suspect was arrested.', 'Days later'), 'FUTURE_REF');
  assert.equal(v('Talks between the unions and the company will resume in the new year.', 'the new year', '2025-11-28'), '2026');
  // the capitalised holiday is Jan. 1; a new year that is only a subject is left alone
  assert.equal(v('The new year began with a strike.', 'The new year', '2025-11-28'), undefined);
});

test('"the weekend of Dec. 5" is the weekend that holds the day, not the nearest one', () => {
  assert.equal(v('Organisers have planned a rally for the weekend of Sept. 6.', 'the weekend of Sept. 6'), '2025-W36-WE');
  assert.equal(v('Organisers have planned a rally for the week of Sept. 8.', 'the week of Sept. 8'), '2025-W37');
});

test('"Friday\'s closing price" is a session already traded, whatever the tense of the clause', () => {
  // 2025-08-13 is a Wednesday
  assert.equal(v('Shareholders will receive $42 a share, a 31% premium to Friday\'s closing price.', 'Friday', '2025-08-13'), '2025-08-08');
  assert.equal(v('The stock will be compared with Wednesday\'s close.', 'Wednesday', '2025-08-13'), '2025-08-13');
});

test('a title\'s "to" and a verb is its future; a weekday with no tense is the one the text already placed', () => {
  // 2025-08-11 is a Monday
  const found = tagTimes('Rail strike to halt trains across the country from Wednesday\n\nDrivers will walk out from 2 a.m. on Wednesday, their union said on Monday. Passengers with tickets for Wednesday or Thursday can use them later.', '2025-08-11');
  assert.deepEqual(found.filter((x) => /^(?:Wednesday|Thursday)$/.test(x.text)).map((x) => x.value), ['2025-08-13', '2025-08-13', '2025-08-14']);
  // a tense of its own still decides
  assert.equal(v('The talks on Wednesday were tense. Nothing was agreed on Thursday.', 'Thursday', '2025-08-11'), '2025-08-07');
});

test('in a match report "the second half" is the match\'s; elsewhere it is the year\'s', () => {
  const match = tagTimes('Rovers equalised just before half-time and Novak was sent off in the second half.', '2025-08-15');
  assert.ok(!match.some((x) => x.text === 'the second half'), JSON.stringify(match.map((x) => x.text)));
  assert.equal(v('Sales rose in the second half.', 'the second half'), '2025-H2');
});

/** values of all expressions whose text is `text`, in order. */
function vs(sentence: string, text: string, published: string): string[] {
  return tagTimes(sentence, published).filter((x) => x.text === text).map((x) => x.value);
}

test('a list of weekdays names days in order within one week', () => {
  // 2026-11-16 is a Monday: Monday is today, but "Monday and Tuesday" in the past are last week's
  const mon = tagTimes('The talks were held on Monday and Tuesday.', '2026-11-16').map((x) => x.value);
  assert.deepEqual(mon, ['2026-11-09', '2026-11-10']);
  const three = tagTimes('Voters went to the polls on Sunday, Monday and Tuesday.', '2026-11-16').map((x) => x.value);
  assert.deepEqual(three, ['2026-11-08', '2026-11-09', '2026-11-10']);
  // 2026-11-18 is a Wednesday: the days already in order stay; the future list counts on
  assert.deepEqual(tagTimes('Officials met on Monday and Tuesday.', '2026-11-18').map((x) => x.value), ['2026-11-16', '2026-11-17']);
  assert.deepEqual(tagTimes('Ministers will meet on Tuesday and Wednesday.', '2026-11-18').map((x) => x.value), ['2026-11-24', '2026-11-25']);
  // named in reverse, today and yesterday stay as they are (2026-11-20 is a Friday)
  assert.deepEqual(tagTimes('These are statements made Friday and Thursday by the lawyer.', '2026-11-20').map((x) => x.value), ['2026-11-20', '2026-11-19']);
  assert.deepEqual(vs('The strike went on Monday night and Tuesday.', 'Monday night', '2026-11-16'), ['2026-11-09TNI']);
});

test('"the 2025-26 season": the two digits after a year are the span\'s last year', () => {
  assert.deepEqual(tagTimes('He scored 20 goals in the 2025-26 season.', '2026-11-18').map((x) => [x.text, x.value]), [['2025', '2025'], ['26', '2026']]);
  assert.deepEqual(tagTimes('The 1999-00 budget was cut.', '2026-11-18').map((x) => x.value), ['1999', '2000']);
  assert.deepEqual(tagTimes('The 2025/26 season was long.', '2026-11-18').map((x) => x.value), ['2025', '2026']);
  // not a span of years: a code, a long gap, a percentage
  assert.deepEqual(tagTimes('Call 555-1998-42 for tickets.', '2026-11-18').map((x) => x.text), []);
  assert.deepEqual(tagTimes('The plan covers 1950-99.', '2026-11-18').map((x) => x.text), ['1950']);
});

test('"the following spring", "the previous winter" count from the date the text gave', () => {
  assert.equal(v('The plant closed in 2024. The following spring it reopened.', 'The following spring', '2026-11-18'), '2025-SP');
  assert.equal(v('The plant was closed in the summer of 2024. The next spring it reopened.', 'The next spring', '2026-11-18'), '2025-SP');
  assert.equal(v('The war ended in May 1945. The previous winter had been harsh.', 'The previous winter', '2026-11-18'), '1944-WI');
  assert.equal(v('The floods came in June 2023. The following summer was dry.', 'The following summer', '2026-11-18'), '2024-SU');
  // with no date given before, and without "the", the publication date counts
  assert.equal(v('The museum reopens next spring.', 'next spring', '2026-11-18'), '2027-SP');
});

test('"the weekend" in a sentence that gave a far day is the weekend of that day', () => {
  // 2026-09-09 is a Wednesday: its weekend is 2026-W37-WE; the publication date is weeks later
  assert.equal(v('The storm hit on Sept. 9, and by the weekend thousands had fled.', 'the weekend', '2026-11-18'), '2026-W37-WE');
  // a weekday's "since the weekend" is the weekend before it (2026-09-14 is a Monday)
  assert.equal(v('He was arrested on Sept. 14 after attacks since the weekend.', 'the weekend', '2026-11-18'), '2026-W37-WE');
  // no such day: the weekend just past
  assert.equal(v('Protesters gathered at the weekend.', 'the weekend', '2026-11-18'), '2026-W46-WE');
});

test('what has not been ruled out lies ahead', () => {
  assert.equal(v('A strike over Christmas has not been ruled out.', 'Christmas', '2026-11-18'), '2026-12-25');
  assert.equal(v('The minister refused to rule out an election in the spring.', 'the spring', '2026-11-18'), '2027-SP');
  assert.equal(v('He celebrated Christmas with his family.', 'Christmas', '2026-11-18'), '2025-12-25');
});

test('midnight told in the past is the one that began the publication day', () => {
  assert.equal(v('The ceasefire began at midnight.', 'midnight', '2026-11-18'), '2026-11-17T24:00');
  assert.equal(v('The ceasefire begins at midnight.', 'midnight', '2026-11-18'), '2026-11-18T24:00');
});

test('"this time last year" is the publication day a year back', () => {
  assert.equal(v('This time last year, prices were lower.', 'This time last year', '2026-11-18'), '2025-11-18');
  assert.equal(v('By this time next year the bridge will be open.', 'this time next year', '2026-11-18'), '2027-11-18');
  assert.equal(v('At this time a year ago the team was bottom.', 'this time a year ago', '2026-11-18'), '2025-11-18');
});

test('"the turn of the century" is the year the century turns', () => {
  assert.equal(v('The house was built at the turn of the century.', 'the turn of the century', '2026-11-18'), '2000');
  assert.equal(v('The house was built at the turn of the century.', 'the turn of the century', '1998-05-01'), '1900');
  assert.equal(v('By the turn of the century the town will have doubled.', 'the turn of the century', '1998-05-01'), '2000');
  assert.equal(v('Around the turn of the 20th century, the city grew.', 'the turn of the 20th century', '2026-11-18'), '1900');
});

test('"for the year" before a verb or an amount is the year the story reports on', () => {
  assert.equal(v('Sales for the year rose 5%.', 'the year', '2026-11-18'), '2026');
  assert.equal(v('The stock hit a high for the year of $42 in June.', 'the year', '2026-11-18'), '2026');
  assert.equal(v('Weak demand will mean lower earnings for the fiscal year.', 'the fiscal year', '2026-11-18'), '2026');
  // "the year ended Sept. 30" stays a length; "for the year of the war" is no such year
  assert.equal(v('For the year ended Sept. 30, the company earned $4 million.', 'the year', '2026-11-18'), 'P1Y');
  assert.equal(v('He was jailed for the year of the war.', 'the year', '2026-11-18'), undefined);
});

test('a plan told in the past perfect was overtaken: its day has passed', () => {
  // 2026-11-16 is a Monday
  assert.equal(v('The offer was extended to Nov. 30. It had been due to expire Friday evening.', 'Friday evening', '2026-11-16'), '2026-11-13TEV');
  assert.equal(v('The vote had been scheduled for Thursday.', 'Thursday', '2026-11-16'), '2026-11-12');
  assert.equal(v('The offer is due to expire Friday.', 'Friday', '2026-11-16'), '2026-11-20');
});

test('"the December quarter" is the quarter that month ends; "beat forecasts" is a noun', () => {
  assert.equal(v('Earnings in the December quarter rose.', 'the December quarter', '2026-02-10'), '2025-Q4');
  assert.equal(v('Sales will rise in the March quarter.', 'the March quarter', '2026-02-10'), '2026-Q1');
  assert.equal(v('The June quarter of 2025 was weak.', 'The June quarter of 2025', '2026-02-10'), '2025-Q2');
  assert.deepEqual(tagTimes('We met the May Quarter team.', '2026-02-10'), []);
  // "forecasts" after "beat" is the noun: the past clause places December last year
  assert.equal(v('Earnings in December beat forecasts.', 'December', '2026-02-10'), '2025-12');
  assert.equal(v('The agency forecasts growth in March.', 'March', '2026-02-10'), '2026-03');
});

test('"full-year" results early in a year are the last year\'s; an outlook is this year\'s', () => {
  assert.equal(v('Full-year revenue fell 3%.', 'Full-year', '2026-02-10'), '2025');
  assert.equal(v('The firm will report full-year results on Thursday.', 'full-year', '2026-02-10'), '2025');
  assert.equal(v('The company raised its full-year forecast.', 'full-year', '2026-02-10'), '2026');
  assert.equal(v('The firm expects full-year sales to grow.', 'full-year', '2026-02-10'), '2026');
  assert.equal(v('Full-year revenue is expected to fall.', 'Full-year', '2026-08-10'), '2026');
});

test('"await" looks ahead to its object', () => {
  assert.equal(v("Investors await Friday's jobs report.", 'Friday', '2026-11-18'), '2026-11-20');
  assert.equal(v('He is in jail awaiting trial after his arrest on Friday.', 'Friday', '2026-11-18'), '2026-11-13');
});

test('irregular pasts ("lit", "swept") make a past clause', () => {
  assert.equal(v("Fireworks lit the sky on New Year's Eve.", "New Year's Eve", '2026-11-18'), '2025-12-31');
  assert.equal(v('Floods swept the town on Sunday.', 'Sunday', '2026-11-18'), '2026-11-15');
});

test('"the Easter weekend" is one expression, the weekend of the holiday', () => {
  assert.equal(v('Shops expect record sales over the Easter weekend.', 'the Easter weekend', '2026-11-18'), '2027-W12-WE');
  // a Monday holiday's weekend is the one before it (2026-09-07 is Labor Day)
  assert.equal(v('Traffic was heavy over the Labor Day weekend.', 'the Labor Day weekend', '2026-11-18'), '2026-W36-WE');
  assert.equal(v('The Thanksgiving weekend is busy.', 'The Thanksgiving weekend', '2026-11-18'), '2026-W48-WE');
});

test('an "-ed" word after a determiner is an adjective, not the past of its clause', () => {
  assert.equal(v('The bonus would be paid on a still unspecified date in January.', 'January', '2026-11-18'), '2027-01');
  assert.equal(v('The proposed merger will close in February.', 'February', '2026-11-18'), '2027-02');
  assert.equal(v('The firm closed the plant in February.', 'February', '2026-11-18'), '2026-02');
});

test('"the weekend" after a day counted from the publication date keeps its usual reading', () => {
  assert.equal(v('The fighting started two weeks ago and intensified at the weekend.', 'the weekend', '2026-11-18'), '2026-W46-WE');
});

test('a deadline set in the past perfect has passed', () => {
  // 2026-11-18 is a Wednesday
  assert.equal(v('The union had given managers until the weekend to respond.', 'the weekend', '2026-11-18'), '2026-W46-WE');
  assert.equal(v('The union gave managers until the weekend to respond.', 'the weekend', '2026-11-18'), '2026-W47-WE');
  assert.equal(v('The hearing had been postponed until Tuesday.', 'Tuesday', '2026-11-18'), '2026-11-17');
  assert.equal(v('The hearing was postponed until Tuesday.', 'Tuesday', '2026-11-18'), '2026-11-24');
});

test('"the end of the month" told in the past after a dated event is that event\'s month', () => {
  const found = tagTimes('Rebels seized the town on Oct. 12. By the end of the month they controlled the province.', '2026-11-18');
  const end = found.find((x) => x.text === 'the end of the month')!;
  assert.deepEqual([end.value, end.mod, end.anchor], ['2026-10', 'END', 'text']);
  assert.equal(v('The firm was founded in March 2019. By the end of the year it had 40 staff.', 'the end of the year', '2026-11-18'), '2019');
  // a future clause, or no date given: the publication date's
  assert.equal(v('Prices rose last week and will keep rising to the end of the month.', 'the end of the month', '2026-11-18'), '2026-11');
  assert.equal(v('The law took effect at the beginning of the month.', 'the beginning of the month', '2026-11-18'), '2026-11');
  // a bare year is no anchor for the year's start
  assert.equal(v('The company was founded in 1990. Its shares fell at the start of the year.', 'the start of the year', '2026-11-18'), '2026');
});

test('"last until March" is the verb, not "last" of a past', () => {
  assert.equal(v('The trial is set to begin on Jan. 12 and last until March.', 'March', '2026-11-18'), '2027-03');
  assert.equal(v('The cold snap did last until March.', 'March', '2026-11-18'), '2026-03');
});

// round 8 (second TIME round): 2026-11-25 is a Wednesday, ISO week 2026-W48.
const R8 = '2026-11-25';
const tags = (s: string, dct = R8): string[][] => tagTimes(s, dct).map((x) => [x.text, x.type, x.value]);

test('round 8: a rate after a quantity is not a time; frequencies of occasions still are', () => {
  assert.deepEqual(tags('Walking 4,000 steps a day lowers the risk.'), []);
  assert.deepEqual(tags('The contract is worth $3 million a year.'), []);
  assert.deepEqual(tags('The factory added 600 new jobs a year.'), []);
  assert.deepEqual(tags('The airline runs four flights a week to Lisbon.'), []);
  assert.deepEqual(tags('Prices rose 4 percent a year.'), []);
  assert.deepEqual(tags('Patients take the pill twice a day.'), [['twice a day', 'SET', 'P1D']]);
  assert.deepEqual(tags('The shop opens six days a week.'), [['six days a week', 'SET', 'P1W']]);
  assert.deepEqual(tags('Shares closed at $12, up from $9 a year ago.'), [['a year ago', 'DATE', '2025']]);
});

test('round 8: "a quarter" compared is a fraction, not three months', () => {
  assert.deepEqual(tags('Vaccinated people were about a quarter less likely to fall ill.'), []);
  assert.deepEqual(tags('Rents are a quarter higher than before the pandemic.'), []);
  assert.deepEqual(tags('A quarter of the population lives abroad.'), []);
  assert.deepEqual(tags('The deal should close within a quarter.'), [['a quarter', 'DURATION', 'P1Q']]);
});

test('round 8: a past verb of planning dates the planned event ahead', () => {
  // 2026-11-25 is a Wednesday
  assert.equal(v('Activists planned a protest outside the Capitol on Thursday.', 'Thursday', R8), '2026-11-26');
  assert.equal(v('Lawmakers set a vote for Friday.', 'Friday', R8), '2026-11-27');
  assert.equal(v('The union called a strike for Monday.', 'Monday', R8), '2026-11-30');
  assert.equal(v('The nurses announced a strike on Monday.', 'Monday', R8), '2026-11-30');
  assert.equal(v('Farmers called for a rally on Saturday.', 'Saturday', R8), '2026-11-28');
  // the day the news was given, not the event's
  assert.equal(v('The company announced the results on Monday.', 'Monday', R8), '2026-11-23');
  assert.equal(v('The bank announced a merger on Monday.', 'Monday', R8), '2026-11-23');
  assert.equal(v('The council set a new record on Monday.', 'Monday', R8), '2026-11-23');
  assert.equal(v('The ministry organised a conference on Tuesday on climate.', 'Tuesday', R8), '2026-11-24');
  assert.equal(v('He booked a flight for Friday.', 'Friday', R8), '2026-11-27');
  // a plan overtaken: past perfect, or the plan as subject of what became of it
  assert.equal(v('Students had planned a march on Tuesday.', 'Tuesday', R8), '2026-11-24');
  assert.equal(v('A vigil planned at the school for Sunday was canceled.', 'Sunday', R8), '2026-11-22');
});

test('round 8: "six weeks ago" is a week; "two weeks ago" still a day', () => {
  assert.equal(v('The clinic opened six weeks ago.', 'six weeks ago', R8), '2026-W42');
  assert.equal(v('The clinic opened two weeks ago.', 'two weeks ago', R8), '2026-11-11');
});

test('round 8: "the following morning" in a past story with no date before it is no day after publication', () => {
  assert.deepEqual(tags('The following morning, police arrested a neighbour.'), [['The following morning', 'TIME', 'XXXX-XX-XXTMO']]);
  assert.deepEqual(tags('Two days later, the mayor resigned.'), [['Two days later', 'DATE', 'XXXX-XX-XX']]);
  assert.deepEqual(tags('The fire broke out on Nov. 3. The next day, police arrested a man.'), [['Nov. 3', 'DATE', '2026-11-03'], ['The next day', 'DATE', '2026-11-04']]);
  assert.equal(v('The following morning, the family will meet officials.', 'The following morning', R8), '2026-11-26TMO');
});

test('round 8: the figure a present one is compared with was measured before', () => {
  const oct = '2026-10-15';
  assert.equal(v('Shares are at $31, up from $29.75 in March.', 'March', oct), '2026-03');
  assert.equal(v('Inflation is 3%, down from 4% in March.', 'March', oct), '2026-03');
  assert.equal(v('Unemployment is 5.1 percent, compared with 4.8 percent in December.', 'December', oct), '2025-12');
  assert.equal(v('Inflation will fall from 4% in March to 3% in June.', 'March', oct), '2027-03');
  assert.equal(v('The vote is in March.', 'March', oct), '2027-03');
});

test('round 8: a set adverb after a quantity is a rate; "average daily volume" a measure', () => {
  assert.deepEqual(tags('Revenue should rise 8% annually.'), []);
  assert.deepEqual(tags('The plant makes 10,000 cars annually.'), []);
  assert.deepEqual(tags('Average daily volume was 2 million shares.'), []);
  assert.deepEqual(tags('The festival is held annually.'), [['annually', 'SET', 'P1Y']]);
});

test('round 8: a weekday range told in the past has ended by the publication date', () => {
  // 2027-01-12 is a Tuesday
  const tue = '2027-01-12';
  assert.deepEqual(tags('The talks ran from Monday to Wednesday.', tue), [['Monday', 'DATE', '2027-01-04'], ['Wednesday', 'DATE', '2027-01-06']]);
  assert.deepEqual(tags('Talks were held Monday through Wednesday.', tue), [['Monday', 'DATE', '2027-01-04'], ['Wednesday', 'DATE', '2027-01-06']]);
  assert.deepEqual(tags('The talks ran from Friday to Sunday.', tue), [['Friday', 'DATE', '2027-01-08'], ['Sunday', 'DATE', '2027-01-10']]);
  assert.deepEqual(tags('The talks will run from Monday to Wednesday.', tue), [['Monday', 'DATE', '2027-01-18'], ['Wednesday', 'DATE', '2027-01-20']]);
});

test('round 8: "fiscal year 2027" and "the 2026 fiscal year" are one expression each', () => {
  const jan = '2027-01-05';
  assert.deepEqual(tags('The budget for fiscal year 2027 was approved.', jan), [['fiscal year 2027', 'DATE', '2027']]);
  assert.deepEqual(tags('In the 2026 fiscal year, revenue rose.', jan), [['the 2026 fiscal year', 'DATE', '2026']]);
  assert.deepEqual(tags('In fiscal 2026, revenue rose.', jan), [['fiscal 2026', 'DATE', '2026']]);
});

test('round 8: year ends, deadlines and ranges around the turn of the year', () => {
  const dec = '2026-12-30';
  assert.equal(v('The law takes effect at the start of next year.', 'the start of next year', dec), '2027');
  assert.equal(v('The tax will rise on Jan. 1.', 'Jan. 1', dec), '2027-01-01');
  assert.equal(v('The offer expires on Dec. 31.', 'Dec. 31', dec), '2026-12-31');
  assert.equal(v('The deal closed last week.', 'last week', dec), '2026-W52');
  assert.equal(v('Exports fell in the first half.', 'the first half', dec), '2026-H1');
  const jan = '2027-01-03';
  assert.equal(v('Sales fell in December.', 'December', jan), '2026-12');
  assert.equal(v('The company will report results in February.', 'February', jan), '2027-02');
  assert.equal(v('Profits rose 3% last year.', 'last year', jan), '2026');
  assert.equal(v('The plant reopened on Dec. 28.', 'Dec. 28', jan), '2026-12-28');
  assert.equal(v('The company cut jobs earlier this year.', 'earlier this year', '2027-01-12'), '2027');
  assert.equal(v('Prices fell late last month.', 'late last month', '2027-01-05'), '2026-12');
  assert.equal(v('The mall will open next spring.', 'next spring', '2027-01-05'), '2027-SP');
  assert.equal(v('Workers will strike until the end of the month.', 'the end of the month', '2027-01-05'), '2027-01');
  assert.equal(v('The union gave the company until Friday to respond.', 'Friday', '2027-01-05'), '2027-01-08');
  assert.equal(v('Lawmakers must pass a budget by Friday.', 'Friday', '2027-01-12'), '2027-01-15');
  // 2026-11-29 is a Sunday: "this weekend" is the one ending that day
  assert.equal(v('Thousands marched this weekend.', 'this weekend', '2026-11-29'), '2026-W48-WE');
  assert.equal(v('Fans will gather this weekend.', 'this weekend', '2026-11-29'), '2026-W48-WE');
  const found = tags('He moved to Paris between 2019 and 2021.', jan);
  assert.deepEqual(found, [['2019', 'DATE', '2019'], ['2021', 'DATE', '2021']]);
});

test('round 8: "the final quarter of 2026" and "the last quarter of 2026" are the fourth quarter', () => {
  const jan = '2027-01-02';
  assert.deepEqual(tags('Sales rose in the final quarter of 2026.', jan), [['the final quarter of 2026', 'DATE', '2026-Q4']]);
  assert.deepEqual(tags('Sales rose in the last quarter of 2026.', jan), [['the last quarter of 2026', 'DATE', '2026-Q4']]);
  assert.deepEqual(tags('Sales rose in the final quarter of last year.', jan), [['the final quarter of last year', 'DATE', '2026-Q4']]);
  assert.deepEqual(tags('He scored in the final quarter of the game.', jan), []);
});

test('round 8: "would" after a day already past counts on from that day', () => {
  // 2027-01-02 is a Saturday; Monday was 2026-12-28
  const sat = '2027-01-02';
  assert.deepEqual(tags('The mayor said Monday that snow would fall on Wednesday.', sat), [['Monday', 'DATE', '2026-12-28'], ['Wednesday', 'DATE', '2026-12-30']]);
  assert.deepEqual(tags('On Monday, officials said talks would resume Friday.', sat), [['Monday', 'DATE', '2026-12-28'], ['Friday', 'DATE', '2027-01-01']]);
  // "will" keeps the speaker's future, still ahead at publication
  assert.equal(v('The mayor said Monday that snow will fall on Wednesday.', 'Wednesday', sat), '2027-01-06');
});

test('round 8: a season with no tense long past gives way to the coming one; winter in January is under way', () => {
  assert.equal(v('Elections in the spring.', 'the spring', '2026-11-25'), '2027-SP');
  assert.equal(v('Prices are high in the summer.', 'the summer', '2026-11-25'), '2026-SU');
  assert.equal(v('The museum reopens in the fall.', 'the fall', '2026-02-10'), '2026-FA');
  assert.equal(v('The winter is harsh.', 'The winter', '2026-02-10'), '2025-WI');
  assert.equal(v('This winter is harsh.', 'This winter', '2026-01-20'), '2025-WI');
  assert.equal(v('This winter is harsh.', 'This winter', '2026-12-10'), '2026-WI');
  assert.equal(v('Next winter will be harsh.', 'Next winter', '2026-02-10'), '2026-WI');
  assert.equal(v('Sales fell in the spring.', 'the spring', '2026-11-25'), '2026-SP');
});

test('round 8: "a deadline of Friday" lies ahead; a planned event with a past relative clause is left to the tense', () => {
  assert.equal(v('Leaders set a deadline of Friday.', 'Friday', R8), '2026-11-27');
  assert.equal(v('They missed a deadline of Friday.', 'Friday', R8), '2026-11-20');
  assert.equal(v('The union announced a strike on Monday that shut schools.', 'Monday', R8), '2026-11-23');
  assert.equal(v('The union announced a strike on Monday that will shut schools.', 'Monday', R8), '2026-11-30');
});

test('round 8: "rose by a quarter" is the size of a change, not three months', () => {
  assert.deepEqual(tags('Sales rose by a quarter.'), []);
  assert.deepEqual(tags('Prices jumped by about a quarter last year.'), [['last year', 'DATE', '2025']]);
  assert.deepEqual(tags('The launch was delayed by a quarter.'), [['a quarter', 'DURATION', 'P1Q']]);
});

test('round 8: "at the end of the month" told in the past, before that end has come, is the month before', () => {
  const mid = '2026-11-15';
  assert.equal(v('Sales jumped at the end of the month.', 'the end of the month', mid), '2026-10');
  assert.equal(v('Prices rose toward the end of the year.', 'the end of the year', '2026-06-15'), '2025');
  assert.equal(v('Prices rose toward the end of the year.', 'the end of the year', mid), '2026');
  assert.equal(v('Sales jumped at the end of the week.', 'the end of the week', '2026-11-11'), '2026-W45');
  // in the month's last week, a reach into the future, a deadline, or a date the text gave: unchanged
  assert.equal(v('Sales jumped at the end of the month.', 'the end of the month', '2026-11-27'), '2026-11');
  assert.equal(v('The court banned him from driving until the end of the year.', 'the end of the year', mid), '2026');
  assert.equal(v('The factory will stay shut until the end of the month.', 'the end of the month', mid), '2026-11');
  assert.equal(v('Rebels seized the town on Oct. 12. By the end of the month they held the province.', 'the end of the month', mid), '2026-10');
});
