import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';

/*
 * Session 10, train precision: words TimeML does not mark as time expressions, each a name or a
 * noun that only looks like a time (docs/time.md, "Session 10 (train precision)"). Sentences of
 * our own.
 */

// 2025-03-06 is a Thursday.
const THU = '2025-03-06';

/** the texts of the expressions found. */
function texts(sentence: string): string[] {
  return tagTimes(sentence, THU).map((x) => x.text);
}

test('names: a weekday in a newspaper\'s title is no day', () => {
  assert.deepEqual(texts('The minister told the Sunday Times that the plan was sound.'), []);
  assert.deepEqual(texts('Sunday Telegraph reported the deal; the Sunday Mirror followed.'), []);
  assert.deepEqual(texts('The Mail on Sunday and the Independent on Sunday both ran the story.'), []);
  assert.deepEqual(texts('The Saturday Star said the mayor would quit.'), []);
  // the day itself stays: another name after the title word, "on Sunday" after a verb
  assert.deepEqual(texts('On Sunday Times Square was packed with tourists.'), ['Sunday']);
  assert.deepEqual(texts('The Sunday Herald said on Sunday that talks had failed.'), ['Sunday']);
  assert.deepEqual(texts('The daily Mail reported on Sunday that talks had failed.'), ['Sunday']);
});

test('names: "Person of the Year" is an award, not this year', () => {
  assert.deepEqual(texts('The magazine chose the pope as its Person of the Year.'), []);
  assert.deepEqual(texts('She was voted European Player of the Year, and Coach of the Month went to Lee.'), []);
  // the year of a sentence stays
  assert.deepEqual(texts('Sales fell in the first month of the year.'), ['the year']);
});

test('names: the quarter-finals are a round of a tournament, no quarter of the year', () => {
  assert.deepEqual(texts('The team lost in the quarter-finals to a side from Spain.'), []);
  assert.deepEqual(texts('She won a quarter-final place, and the last quarter-final is next.'), []);
  assert.deepEqual(texts('They reached the quarter finals for the first time.'), []);
  // a quarter of the year stays
  assert.deepEqual(texts('Profits rose in the quarter, the bank said.'), ['the quarter']);
});

test('names: "Sun." ending a sentence is the sun or a name, no Sunday', () => {
  assert.deepEqual(texts('The star is less than a hundredth the mass of the Sun. It is very faint.'), []);
  assert.deepEqual(texts('The gold went to Chen and silver to Kim Sun. It was a first for both.'), []);
  // an abbreviated weekday with a date or after a preposition stays
  assert.deepEqual(texts('The sale ends Sun., March 23.'), ['Sun., March 23']);
  assert.deepEqual(texts('The exhibition is open until Sun. Tickets are free.'), ['Sun.']);
});

test('"the fall" before "in" or a verb is a drop, no autumn', () => {
  assert.deepEqual(texts('The fall in prices was sharper than analysts had expected.'), []);
  assert.deepEqual(texts('Exports shrank; the fall could end talk of higher rates.'), []);
  assert.deepEqual(texts('A bank led the fall in shares of lenders.'), []);
  // after a preposition of time, or before a noun, it is the season
  const fall = (s: string): string[] => tagTimes(s, THU).filter((x) => x.text.toLowerCase() === 'the fall').map((x) => x.value);
  assert.deepEqual(fall('The bill will be debated in the fall in Congress.'), ['2025-FA']);
  assert.deepEqual(fall('Voters will decide in the fall, and the fall campaign will be hard.'), ['2025-FA', '2025-FA']);
});

test('"a year-end rally": "year-end" is the date, without the article or a number before it', () => {
  assert.deepEqual(texts('Traders hoped for a year-end rally.'), ['year-end']);
  assert.deepEqual(texts('The world No. 1 year-end ranking is hers again.'), ['year-end']);
});

test('an age whose "-old" a stray space split off is no duration', () => {
  assert.deepEqual(texts('The 17-year- old girl was found safe.'), []);
  // a duration adjective stays
  assert.deepEqual(texts('The 17-year war ended.'), ['17-year']);
});

test('"the past" as an adjective or in "a thing of the past" is no time', () => {
  assert.deepEqual(texts('Long queues at the border are a thing of the past, he said.'), []);
  assert.deepEqual(texts('The dinner was held in honour of the past mayor.'), []);
  // the noun stays
  const past = (s: string): string[] => tagTimes(s, THU).filter((x) => x.text.toLowerCase() === 'the past').map((x) => x.value);
  assert.deepEqual(past('In the past Congress has blocked such bills.'), ['PAST_REF']);
  assert.deepEqual(past('Remembering the past all the time is no way to live.'), ['PAST_REF']);
  assert.deepEqual(past('The party has made such mistakes in the past.'), ['PAST_REF']);
});

test('"daily" or "weekly" naming a paper is no set', () => {
  assert.deepEqual(texts('The Greek daily Kathimerini said the plan was dead.'), []);
  assert.deepEqual(texts('The plan was leaked to the weekly Der Spiegel.'), []);
  assert.deepEqual(texts('The claim was carried by the daily newspaper Al-Akhbar.'), []);
  assert.deepEqual(texts('Le Monde, the French daily, said the minister would resign.'), []);
  assert.deepEqual(texts('The business daily reported that the merger was off.'), []);
  // a repetition stays
  assert.deepEqual(texts('Protesters gathered almost daily outside the court.'), ['daily']);
  assert.deepEqual(texts('The airline plans daily flights and a daily tally of delays.'), ['daily', 'daily']);
  assert.deepEqual(texts('It comes amid daily Israeli raids, officials said.'), ['daily']);
});

test('names: a month or a season after a title of a person is a given name', () => {
  assert.deepEqual(texts('Ms. April Ryan asked the first question.'), []);
  assert.deepEqual(texts('Dr. Summer Jones and Mrs. June Carter spoke to reporters.'), []);
  // the month after a name's end stays
  assert.deepEqual(texts('Mr. Smith said in April that he would quit.'), ['April']);
});

test('a month joined to a dated month after it takes that year', () => {
  const v = (s: string): string[] => tagTimes(s, THU).map((x) => `${x.text}=${x.value}`);
  assert.deepEqual(v('He was economy minister from April to August 2005.'), ['April=2005-04', 'August 2005=2005-08']);
  assert.deepEqual(v('The expo runs from May 1 to October 31, 2010.'), ['May 1=2010-05-01', 'October 31, 2010=2010-10-31']);
  // a later month, or one not joined to it, keeps its own reading
  assert.deepEqual(v('Talks in December and January 2013 failed.'), ['December=2024-12', 'January 2013=2013-01']);
  assert.deepEqual(v('The fair opened in May; prices rose in June 2012.'), ['May=2024-05', 'June 2012=2012-06']);
});
