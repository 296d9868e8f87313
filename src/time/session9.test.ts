import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';

/*
 * Session 9: shapes seen in current news (sentences of our own), each checked on TempEval-3 train
 * (`npm run eval -- time --split train --no-baselines --errors`) after it went in.
 */

/** value of the expression whose text is `text` (first match). */
function v(sentence: string, text: string, published: string): string | undefined {
  return tagTimes(sentence, published).find((x) => x.text === text)?.value;
}
const texts = (sentence: string, published: string): string[] => tagTimes(sentence, published).map((x) => x.text);

// 2026-09-23 is a Wednesday.

test('session 9: a date before a directive dates the directive, not the infinitive after it', () => {
  assert.equal(v('In June, the senator called on fellow Republicans to withdraw their support.', 'June', '2026-09-23'), '2026-06');
  assert.equal(v('In June, the mayor urged residents to conserve water.', 'June', '2026-09-23'), '2026-06');
  assert.equal(v('On Monday, police told residents to stay indoors.', 'Monday', '2026-09-23'), '2026-09-21');
  // a date after the directive still belongs to the infinitive ahead
  assert.equal(v('Police told residents to leave before Sunday.', 'Sunday', '2026-09-23'), '2026-09-27');
});

test('session 9: "can" / "cannot" before a dated verb look ahead', () => {
  assert.equal(v('The party can win in November if it unites.', 'November', '2026-01-19'), '2026-11');
  assert.equal(v('Democrats cannot win in November without those voters.', 'November', '2026-01-19'), '2026-11');
  assert.equal(v('The team can still qualify on Sunday.', 'Sunday', '2026-09-23'), '2026-09-27');
});

test('session 9: US Election Day is the Tuesday after the first Monday of November', () => {
  // 2026: Nov. 1 is a Sunday, so the first Tuesday (Nov. 3) is the Election Day too
  assert.equal(v('Voters go to the polls on Election Day.', 'Election Day', '2026-09-23'), '2026-11-03');
  // 2016 and 2022: Nov. 1 is a Tuesday, and Election Day falls a week later
  assert.equal(v('Voters go to the polls on Election Day.', 'Election Day', '2016-09-22'), '2016-11-08');
  assert.equal(v('Voters go to the polls on Election Day.', 'Election Day', '2022-09-22'), '2022-11-08');
});

test('session 9: a holiday name followed by another capitalised word names a place or a title', () => {
  assert.deepEqual(texts('The expedition studied the statues of Easter Island.', '2026-09-23'), []);
  assert.deepEqual(texts('Flights to Christmas Island were cancelled.', '2026-09-23'), []);
  // the holiday with a word of its period, or a weekday, is still the day
  assert.equal(v('Traffic was heavy over the Labor Day Weekend.', 'the Labor Day Weekend', '2026-09-23'), '2026-W36-WE');
  assert.equal(v('The pope will celebrate Christmas Mass at the Vatican.', 'Christmas', '2026-09-23'), '2026-12-25');
});

test('session 9: "Today", "Now" capitalised inside a sentence are names', () => {
  assert.deepEqual(texts('The senator told USA Today that he would run.', '2026-09-23'), []);
  assert.deepEqual(texts('The ad was paid for by the Liberty Now PAC.', '2026-09-23'), []);
  assert.deepEqual(texts('His late-night show Lopez Tonight was cancelled.', '2026-09-23'), []);
  // at the head of a sentence they are the day and the present
  assert.equal(v('Today, the senate votes on the bill.', 'Today', '2026-09-23'), '2026-09-23');
  assert.equal(v('Now the senate must vote.', 'Now', '2026-09-23'), 'PRESENT_REF');
});

test('session 9: a rate written as a compound adjective is no duration', () => {
  assert.deepEqual(texts('Activists want a $15-an-hour minimum wage.', '2026-09-23'), []);
  assert.deepEqual(texts('A $10-a-day pass costs less than a ticket.', '2026-09-23'), []);
});

test('session 9: "pre-2008", "post-1959": a year with a hyphenated prefix, mod BEFORE / AFTER', () => {
  const pre = tagTimes('Unemployment remains well above pre-2008 levels.', '2026-09-23');
  assert.deepEqual(pre.map((x) => [x.text, x.value, x.mod]), [['pre-2008', '2008', 'BEFORE']]);
  const post = tagTimes('The post-2001 security rules were relaxed.', '2026-09-23');
  assert.deepEqual(post.map((x) => [x.text, x.value, x.mod]), [['post-2001', '2001', 'AFTER']]);
});

test('session 9: a year before the name of a law or an event, or after an article before a singular noun', () => {
  assert.deepEqual(texts('He voted for the 1994 Crime Bill and the 2010 Affordable Care Act.', '2026-09-23'), ['1994', '2010']);
  assert.deepEqual(texts('She hosted the 2007 Oscars.', '2026-09-23'), ['2007']);
  assert.deepEqual(texts("He won't play in the 2011 NFL playoffs.", '2026-09-23'), ['2011']);
  assert.deepEqual(texts('Troops have stayed since the 2003 US-led invasion.', '2026-09-23'), ['2003']);
  assert.deepEqual(texts('The rebels rejected the 1997 Kyoto Protocol.', '2026-09-23'), ['1997']);
  assert.deepEqual(texts('She was sentenced over a 2012 car crash.', '2026-09-23'), ['2012']);
  // counts and models stay numbers
  assert.deepEqual(texts('He drove a 2012 Toyota Camry.', '2026-09-23'), []);
  assert.deepEqual(texts('They bought a 2000 square-foot home.', '2026-09-23'), []);
  assert.deepEqual(texts('The 2000 Americans were evacuated.', '2026-09-23'), []);
  assert.deepEqual(texts('Officials flew the 1500 US troops home.', '2026-09-23'), []);
});

test('session 9: the end of the current year is a boundary, not the year of a day told after it', () => {
  const s = 'A ruling is unlikely before the end of the year and possibly not until after the president leaves office on Jan. 20.';
  assert.equal(v(s, 'Jan. 20', '2026-09-23'), '2027-01-20');
  // a past year still frames the day ("at the end of last year, on Dec. 28")
  assert.equal(v('At the end of last year, on Dec. 28, the plant closed.', 'Dec. 28', '2026-09-23'), '2025-12-28');
});

test('session 9: "set on" / "set in" a date is a participle of what was set, past', () => {
  assert.equal(v('Shares are within 2 percent of the record high set on Aug. 6.', 'Aug. 6', '2027-02-06'), '2026-08-06');
  assert.equal(v('The index is near the peak set in August.', 'August', '2027-02-10'), '2026-08');
  // a schedule is still "set for" / "set to"
  assert.equal(v('The vote is set for Friday.', 'Friday', '2026-09-23'), '2026-09-25');
});

test('session 9: a weekday and a capitalised part of the day before another capitalised word are a programme title', () => {
  assert.deepEqual(texts('He offered analysis on Monday Night Baseball broadcasts.', '2026-09-23'), []);
  assert.deepEqual(texts('The senator appeared on Sunday Morning Futures to defend the plan.', '2026-09-23'), []);
  // the part of the day alone is still a time
  assert.equal(v('Police came Saturday Night and left.', 'Saturday Night', '2026-09-23'), '2026-09-19TNI');
});

test('session 9: "is likely to" / "unlikely to" before a date look ahead; after it they do not', () => {
  assert.equal(v('The suspect is likely to appear in court Wednesday.', 'Wednesday', '2026-09-22'), '2026-09-23');
  assert.equal(v('The bill is unlikely to pass before March.', 'March', '2026-09-22'), '2027-03');
  // the prospect of what follows a date does not move the date
  assert.equal(v("Tuesday's outcome is unlikely to settle the race.", 'Tuesday', '2026-09-24'), '2026-09-22');
});

test('session 9: "can" looks ahead only to a date it governs through a preposition, close by', () => {
  assert.equal(v('Analysts doubt the party can win in November.', 'November', '2026-04-09'), '2026-11');
  // a date modifying a noun is no date of the ability
  assert.equal(v("Critics say they cannot trust the minister's assertion Tuesday night.", 'Tuesday night', '2026-09-24'), '2026-09-22TNI');
});

test('session 9: "the next ..." inside a long opening adverbial gives no tense to the opening date', () => {
  const s = 'On Monday night, in an apparent attempt to influence the tone of the next televised debate, the senator told a rally he would stay away.';
  assert.equal(v(s, 'Monday night', '2026-09-24'), '2026-09-21TNI');
});

test('session 9: a holiday before a capitalised word of a match ("Boxing Day Test") is still the holiday', () => {
  assert.equal(v('He scored a century in the Boxing Day Test.', 'Boxing Day', '2026-12-28'), '2026-12-26');
});

test('session 9: a capitalised "May" inside a sentence is the month, not the modal', () => {
  assert.equal(v('Staff numbers went from 166 in May to 139 in June.', 'June', '2026-08-23'), '2026-06');
  assert.equal(v('From March through May, the show led the ratings.', 'March', '2026-06-22'), '2026-03');
  // the modal still looks ahead, and so does a wish that opens a sentence
  assert.equal(v('He may resign on Friday.', 'Friday', '2026-08-23'), '2026-08-28');
  assert.equal(v('May the best team win on Sunday.', 'Sunday', '2026-08-26'), '2026-08-30');
});

test('session 9: a month before a noun of reported figures is one already begun, whatever the tense', () => {
  assert.equal(v('Officials will get one more data point with the release of the November jobs report.', 'November', '2026-12-01'), '2026-11');
  assert.equal(v('Candidates must file their February campaign finance reports next week.', 'February', '2026-03-20'), '2026-02');
  assert.equal(v('Analysts wonder whether the strong October report represents a blip.', 'October', '2026-11-09'), '2026-10');
  // the month of an event before such a noun is left to the tense
  assert.equal(v('The November election results will be certified.', 'November', '2026-08-20'), '2026-11');
});

test('session 9: "has to" / "have to" is an obligation ahead, not the perfect', () => {
  assert.equal(v('The plan still has to pass a June hearing in a federal court.', 'June', '2026-04-23'), '2026-06');
  assert.equal(v('He will have to win several states in March.', 'March', '2026-02-24'), '2026-03');
  // the perfect is still past
  assert.equal(v('The plan has passed a hearing in June.', 'June', '2026-04-23'), '2025-06');
});

test('session 9: a condition in the present names a date still ahead', () => {
  assert.equal(v('Analysts say he has the better chance if he is the party nominee in November.', 'November', '2026-03-15'), '2026-11');
  assert.equal(v('If the rebels win on Wednesday, the league changes hands.', 'Wednesday', '2026-12-18'), '2026-12-23');
  // "asked if" is "whether"; a date modifying a noun in the condition keeps its own time
  assert.equal(v('She asked if the vote on Friday was fair.', 'Friday', '2026-03-15'), '2026-03-13');
  assert.equal(v('If he follows up his Tuesday wins with a victory, he leads.', 'Tuesday', '2026-03-25'), '2026-03-24');
});

test('session 9: "radio host Hugh Hewitt": a title before a full name is no scheduling verb', () => {
  assert.equal(v('The senator told conservative radio host Mark Jones on Wednesday that he would run.', 'Wednesday', '2026-01-15'), '2026-01-14');
  assert.equal(v('“Late Show” host Jane Doe on Thursday mocked the plan.', 'Thursday', '2026-08-14'), '2026-08-13');
  // a club before "host" is the verb of a fixture
  assert.equal(v('The second legs kick off on Wednesday when Parma host Inter Milan.', 'Wednesday', '2026-11-24'), '2026-11-25');
});

test('session 9: shares and adjectives that look like durations', () => {
  // a share spelled out after "a quarter"
  assert.deepEqual(texts('Just over a quarter, 26 percent, say they will vote for him.', '2026-05-26'), []);
  // a vague count with a singular unit is an adjective of the next noun
  assert.deepEqual(texts('It was one of several weekend rallies in the state.', '2026-01-27'), []);
  assert.deepEqual(texts('Voters gave him too many second chances.', '2026-01-27'), []);
  // a rate after a unit of money
  assert.deepEqual(texts('She backed a $15 dollar-an-hour wage.', '2026-04-26'), []);
  // the durations themselves stay
  assert.equal(v('The talks lasted several days.', 'several days', '2026-01-27'), 'PXD');
  assert.equal(v('The fund was closed for a quarter.', 'a quarter', '2026-01-27'), 'P1Q');
});

test('session 9: "the fall of" a thing is no autumn; a decade is no point to count years from', () => {
  assert.deepEqual(texts('The fall of the regime changed the region.', '2026-11-16'), []);
  assert.equal(v('The vote is in the fall of 2027.', 'the fall of 2027', '2026-11-16'), '2027-FA');
  const s = 'The answer recalled her "1960s" comment. Thirteen years earlier, she had voted for the war.';
  assert.equal(v(s, 'Thirteen years earlier', '2026-11-16'), '2013');
});

test('session 9: "the year to February" is a year ended that month, a duration like "the year ended"', () => {
  const got = tagTimes('Consumer prices rose 2.8 percent in the year to February, the statistics office said.', '2026-03-18');
  assert.deepEqual(got.map((x) => [x.text, x.type, x.value]), [['the year', 'DURATION', 'P1Y'], ['February', 'DATE', '2026-02']]);
});

test('session 9: a capitalised unit after a number inside a sentence is a title', () => {
  assert.deepEqual(texts('The president told CBS\'s "60 Minutes" that he was confident.', '2026-01-12'), []);
  assert.deepEqual(texts('The movie 13 Hours opens in cinemas.', '2026-01-12'), []);
  // lower case, or on a headline, it is still a duration
  assert.equal(v('The talks lasted 13 hours.', '13 hours', '2026-01-12'), 'PT13H');
});
