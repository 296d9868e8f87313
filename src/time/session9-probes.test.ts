import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';

/*
 * Session 9, probe sentences: news sentences of our own in the styles of wire copy, newspapers
 * and broadcasters, each rule checked on TempEval-3 train and on the newswire corpus after it
 * went in (docs/time.md, "Session 9 (probe sentences)").
 */

/** value of the expression whose text is `text` (first match). */
function v(sentence: string, text: string, published: string): string | undefined {
  return tagTimes(sentence, published).find((x) => x.text === text)?.value;
}

// 2025-03-06 is a Thursday.
const THU = '2025-03-06';

test('probes: a hypothetical judged still open lies ahead of the past "said"', () => {
  assert.equal(v('Policymaker Jane Smith said on Thursday a cut in September was wide open.', 'September', THU), '2025-09');
  assert.equal(v('The opposition leader said on Wednesday that a vote in October was far from certain.', 'October', THU), '2025-10');
  assert.equal(v('The Fed said on Wednesday a hike in December was still on the table.', 'December', THU), '2025-12');
  assert.equal(v('He said an agreement in April was within reach.', 'April', THU), '2025-04');
  assert.equal(v('The board said a sale in the summer was an option.', 'the summer', THU), '2025-SU');
  // a decision judged open is still to be taken, "the" or not
  assert.equal(v('Jane Smith said on Thursday the decision in September was wide open.', 'September', THU), '2025-09');
  assert.equal(v('She said the September meeting was very much live.', 'September', THU), '2025-09');
  // a place open to the public, a definite subject (maybe an event already over): left to the tense
  assert.equal(v('He said a fair in October was open to the public.', 'October', THU), '2024-10');
  assert.equal(v('He said the race in October was far from certain until the last lap.', 'October', THU), '2024-10');
});

test('probes: an election called "on <weekday>" was called that day; it is held weeks later', () => {
  assert.equal(v('The prime minister called a snap election on Tuesday.', 'Tuesday', THU), '2025-03-04');
  assert.equal(v('The president announced a referendum on Monday.', 'Monday', THU), '2025-03-03');
  // a strike can follow within days, and "for" names the event's day
  assert.equal(v('Unions announced a strike on Monday.', 'Monday', THU), '2025-03-10');
  assert.equal(v('The prime minister called a snap election for Sunday.', 'Sunday', THU), '2025-03-09');
});

const found = (sentence: string, published: string): string[] => tagTimes(sentence, published).map((x) => `${x.text}=${x.value}`);

test('probes: "that" opening a reported clause is no demonstrative of the date after it', () => {
  assert.deepEqual(found('The company said that fourth-quarter profit rose 12 percent.', THU), ['fourth-quarter=2024-Q4']);
  assert.deepEqual(found('The company said on Thursday that fourth-quarter profit rose 12 percent.', THU), ['Thursday=2025-03-06', 'fourth-quarter=2024-Q4']);
  assert.deepEqual(found('The agency reported that third-quarter sales fell.', THU), ['third-quarter=2024-Q3']);
  assert.deepEqual(found('She told reporters that March was the wettest month on record.', '2025-04-10'), ['March=2025-03']);
  // a demonstrative after a preposition, before a bare unit or "same"
  assert.deepEqual(found('He said on that day he would resign.', THU).map((x) => x.split('=')[0]), ['that day']);
  assert.deepEqual(found('The network reported that night that the talks had failed.', THU).map((x) => x.split('=')[0]), ['that night']);
  assert.deepEqual(found('The ministry announced that same day a new inquiry.', THU).map((x) => x.split('=')[0]), ['that same day']);
});

test('probes: a clock time told in the past goes on with the past day of the sentence before', () => {
  assert.equal(v('A man was arrested early on Sunday. Police were called to the scene at about 2.30am.', 'about 2.30am', THU), '2025-03-02T02:30');
  assert.equal(v('The talks resumed on Monday. At 9 p.m., negotiators emerged.', '9 p.m.', THU), '2025-03-03T21:00');
  // after a night, an hour before the evening is the morning after
  assert.equal(v('Fire broke out at a block of flats on Tuesday night. The blaze was under control by 3am.', '3am', THU), '2025-03-05T03:00');
  assert.equal(v('The patient deteriorated last night. Just before 1300 GMT, the doctor said he would not survive.', '1300 GMT', THU), '2025-03-06T13:00');
  // a clause that is not past stays on the publication date
  assert.equal(v('Prices fell sharply on Monday. Markets open at 9 a.m.', '9 a.m.', THU), '2025-03-06T09:00');
});

test('probes: a title-case headline\'s "to" and a capitalised verb is its future', () => {
  assert.equal(v('Storm to Hit Coast on Saturday\n\nForecasters warned of gales.', 'Saturday', THU), '2025-03-08');
  assert.equal(v('Fed to Raise Rates in June\n\nThe decision was expected.', 'June', THU), '2025-06');
  // a place after a word of going is no verb
  assert.equal(v('Talks Move to Geneva on Monday\n\nThe delegations met again.', 'Monday', THU), '2025-03-03');
});

test('probes: "a fortnight ago", "half a century ago" are dates, as "two weeks ago", "50 years ago" are', () => {
  assert.deepEqual(found('The deal was signed a fortnight ago.', THU), ['a fortnight ago=2025-02-20']);
  assert.deepEqual(found('The law changed half a century ago.', THU), ['half a century ago=1975']);
  assert.deepEqual(found('She left half a year ago.', THU), ['half a year ago=2024-09']);
  // a length stays a duration
  assert.deepEqual(found('The talks lasted a fortnight.', THU), ['a fortnight=P2W']);
});

test('probes: an intention told in the past looks ahead to what it intends', () => {
  assert.equal(v('He said he hoped to finish the work by June.', 'June', THU), '2025-06');
  assert.equal(v('Officials said they were aiming for a deal in April.', 'April', THU), '2025-04');
  assert.equal(v('Fans said they wanted to see the team win in May.', 'May', THU), '2025-05');
});

test('probes: a date before an intention or a promise dates the promising, a past act', () => {
  assert.equal(v('On Thursday, the opposition leader promised to cut taxes.', 'Thursday', '2025-03-09'), '2025-03-06');
  assert.equal(v('The meeting on Tuesday evening agreed to deploy more troops.', 'Tuesday evening', THU), '2025-03-04TEV');
  // after it, the infinitive's date lies ahead
  assert.equal(v('The two sides agreed to meet again on Tuesday.', 'Tuesday', THU), '2025-03-11');
});

test('probes: the "am" of "8am" is no present verb', () => {
  assert.equal(v('The ceasefire came into effect at 8am (0600 GMT) on Sunday.', 'Sunday', THU), '2025-03-02');
  assert.equal(v('The ceasefire took effect at 8am local time (0600 GMT) on Sunday.', 'Sunday', THU), '2025-03-02');
});

test('probes: a capitalised past form inside a sentence is a name ("the Fed"), no past cue', () => {
  assert.equal(v('Ahead of the November vote, the Fed is not expected to change rates.', 'November', '2016-10-19'), '2016-11');
  assert.equal(v('Markets see the Fed raising rates in December.', 'December', '2016-10-19'), '2016-12');
  // the verb still counts
  assert.equal(v('The bank fed the market cash in November.', 'November', '2016-10-19'), '2015-11');
});

test('probes: a weekday or month before a scheduling word makes it a noun, not a named subject', () => {
  assert.equal(v('Minister quits after row over Tuesday vote\nThe minister resigned last night.', 'Tuesday', THU), '2025-03-04');
});

test('probes: a month after a given name in a list is a surname', () => {
  assert.deepEqual(found('The panel: Drew Ivers, Jill June, Lori Jungling and Jeff Kaufmann.', THU), []);
  // a weekday, a day number or a noun after it keep the month
  assert.deepEqual(found('The ECB June meeting is key.', THU), ['June=2025-06']);
  assert.deepEqual(found('The vote is on Friday June 6.', THU), ['Friday June 6=2025-06-06']);
});

test('probes: results early in a year: an overtaken expectation and "for the full year" look back', () => {
  const JAN = '2013-01-24';
  assert.equal(v('Analysts had expected fourth-quarter earnings of 60 cents a share.', 'fourth-quarter', JAN), '2012-Q4');
  assert.equal(v('For the full year, the company earned $5 billion.', 'the full year', JAN), '2012');
  assert.equal(v('For the year, sales rose 4 percent.', 'the year', JAN), '2012');
  // an outlook is for the year under way
  assert.equal(v('For the full year, the company expects sales to grow.', 'the full year', JAN), '2013');
  assert.equal(v('The company raised its outlook for the full year.', 'the full year', JAN), '2013');
  assert.equal(v('For the full year, the company earned $5 billion.', 'the full year', '2013-10-24'), '2013');
});

test('probes: a reporting frame after a comma does not put a clause in the present into the past', () => {
  const DEC = '2026-12-14';
  assert.equal(v('The composer, who is to receive an honorary award in February, said on Thursday he was delighted.', 'February', DEC), '2027-02');
  assert.equal(v('Peace talks and the economy are to be at the heart of the March ballot, said analysts.', 'March', DEC), '2027-03');
  // a past clause keeps the frame's past
  assert.equal(v('The storm hit the coast in February, officials said.', 'February', DEC), '2026-02');
});

test('probes: more judgements of a decision still open: priced in, some way off, a headline without articles', () => {
  const AUG = '2025-08-12';
  assert.equal(v('Officials said on Tuesday a September rate cut was now fully priced in.', 'September', AUG), '2025-09');
  assert.equal(v('He said on Monday that a decision on a cut in September was still some way off.', 'September', AUG), '2025-09');
  assert.equal(v("Fed's Powell says September cut is on the table\nPowell spoke in Washington.", 'September', AUG), '2025-09');
});

test('probes: a date opening a reported clause takes that clause\'s verb', () => {
  assert.equal(v('He said that on Friday he would resign.', 'Friday', THU), '2025-03-07');
  assert.equal(v('She said that in January prices had fallen.', 'January', THU), '2025-01');
});
