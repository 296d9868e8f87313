import { MONTHS, WEEKDAYS } from './lexicon.js';
import { glued, intOf, isHyphenAt, isNum, low, optDot, ordSuffix } from './match.js';
import type { Cand } from './model.js';
import { Kind, type Tok } from './tokens.js';

/*
 * Explicit calendar dates: "Sept. 30", "August 7, 1998", "7 August 1998", "July 1997",
 * "2013-03-22", "03/22/2013", bare years ("in 1990"), decades and centuries.
 */

/** A 4-digit number that can be a year in a date ("August 7, 1998"): 1000-2199. */
function yearNumber(t: readonly Tok[], i: number): number {
  const k = t[i];
  if (!k || k.kind !== Kind.Num || k.low.length !== 4) return NaN;
  const y = Number(k.low);
  return y >= 1000 && y < 2200 ? y : NaN;
}

const TEENS: ReadonlyMap<string, number> = new Map([
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS_WORDS: ReadonlyMap<string, number> = new Map([['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90]]);
const UNIT_WORDS: ReadonlyMap<string, number> = new Map([['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9]]);

/** 0-99 in words at i: "ninety-six", "seventy", "oh five", "twelve". */
function wordsBelow100(t: readonly Tok[], i: number): { n: number; e: number } | null {
  const w = low(t, i);
  const teen = TEENS.get(w);
  if (teen !== undefined) return { n: teen, e: i + 1 };
  const tens = TENS_WORDS.get(w);
  if (tens !== undefined) {
    if (isHyphenAt(t, i + 1) && UNIT_WORDS.has(low(t, i + 2))) return { n: tens + UNIT_WORDS.get(low(t, i + 2))!, e: i + 3 };
    return { n: tens, e: i + 1 };
  }
  if ((w === 'oh' || w === 'o') && UNIT_WORDS.has(low(t, i + 1))) return { n: UNIT_WORDS.get(low(t, i + 1))!, e: i + 2 };
  return null;
}

/**
 * A year in words, as broadcast transcripts write them: "nineteen ninety-six" (1996),
 * "eighteen twelve", "two thousand" (2000), "two thousand and five", "twenty twenty-one".
 */
export function spelledYear(t: readonly Tok[], i: number): { y: number; e: number } | null {
  const w = low(t, i);
  if (w === 'two' && low(t, i + 1) === 'thousand') {
    let e = i + 2;
    let y = 2000;
    const j = low(t, e) === 'and' ? e + 1 : e;
    const rest = wordsBelow100(t, j) ?? (UNIT_WORDS.has(low(t, j)) ? { n: UNIT_WORDS.get(low(t, j))!, e: j + 1 } : null);
    if (rest) {
      y += rest.n;
      e = rest.e;
    }
    return { y, e };
  }
  const century = w === 'nineteen' ? 19 : w === 'eighteen' ? 18 : w === 'seventeen' ? 17 : w === 'twenty' && !isHyphenAt(t, i + 1) ? 20 : 0;
  if (!century) return null;
  const rest = wordsBelow100(t, i + 1);
  // "nineteen oh five" is a year; "nineteen five" is not said.
  if (!rest || (rest.n < 10 && low(t, i + 1) !== 'oh' && low(t, i + 1) !== 'o')) return null;
  if (century === 20 && rest.n > 40) return null;
  return { y: century * 100 + rest.n, e: rest.e };
}

/** An apostrophe year: '98 -> 1998, '05 -> 2005. */
function shortYear(t: readonly Tok[], i: number): { y: number; e: number } | null {
  const q = low(t, i);
  if ((q === "'" || q === '’') && isNum(t, i + 1) && glued(t, i + 1) && low(t, i + 1).length === 2) {
    const v = Number(low(t, i + 1));
    return { y: v < 40 ? 2000 + v : 1900 + v, e: i + 2 };
  }
  return null;
}

/** Token i is a month name that may be read as one: a capital, and for short or ambiguous names more evidence. */
export function monthAt(t: readonly Tok[], i: number, afterDay = false): { m: number; e: number } | null {
  const k = t[i];
  if (!k || k.kind !== Kind.Word) return null;
  const m = MONTHS.get(k.low);
  if (m === undefined) return null;
  if (!k.cap) return null;
  let e = i + 1;
  // After a day number ("on 17 March", "by 25 May") the capital word is the month, whatever follows.
  if (afterDay && (k.low === 'march' || k.low === 'may')) return { m, e };
  const full = k.low.length >= 5 || k.low === 'june' || k.low === 'july';
  if (!full) {
    // "Jan." "Sept." or "Mar 3"; "May" needs a day or a year or a preposition before it.
    // "May" is never shortened: "in May." ends the sentence
    const dot = k.low === 'may' ? e : optDot(t, e);
    if (dot > e) e = dot;
    else if (k.low === 'may' || k.low === 'march') {
      if (!isNum(t, e) && !spelledDayAfterMonth(t, e) && !MONTH_PREPS.has(low(t, i - 1)) && !modifiesNoun(t, i) && !asEarlyAs(t, i) && !possessiveMonth(t, i)) return null;
    } else if (!isNum(t, e)) return null;
  } else if (k.low === 'march' && !isNum(t, e) && !spelledDayAfterMonth(t, e) && !MONTH_PREPS.has(low(t, i - 1)) && !modifiesNoun(t, i) && !asEarlyAs(t, i) && !possessiveMonth(t, i)) {
    return null;
  } else {
    e = optDot(t, e) > e && k.low === 'sept' ? e + 1 : e;
  }
  if (surnameMonth(t, i, e)) return null;
  return { m, e };
}

/** Months that are also surnames or given names: "Jill June", "Bill August", "Kirsten April". */
const NAME_MONTHS = new Set(['april', 'june', 'july', 'august']);
/**
 * "Drew Ivers, Jill June, Lori Jungling": a month right after a capitalised given name inside a
 * sentence, with no day or year after it, is a surname. ("Friday June 5", "UK June inflation"
 * stay months: a weekday before it, a day number or a lower-case noun after it.)
 */
function surnameMonth(t: readonly Tok[], i: number, e: number): boolean {
  if (!NAME_MONTHS.has(t[i]!.low) || isNum(t, e)) return false;
  const p = t[i - 1];
  if (!p || p.kind !== Kind.Word || !p.cap || p.nl || !t[i]!.space || p.low.length < 3) return false;
  const q = t[i - 2];
  // a capital that opens the sentence proves no name: "Hot June" may be an adjective
  if (!q || q.low === '.' || q.low === '!' || q.low === '?') return false;
  // "the ECB June meeting", "UK June inflation": a month before a lower-case noun modifies it
  const nx = t[e];
  if (nx && nx.kind === Kind.Word && !nx.cap) return false;
  // no word of a date before it ("Friday June", "Day June")
  return !WEEKDAYS.has(p.low) && !MONTHS.has(p.low) && p.low !== 'day' && p.low !== 'eve';
}

/**
 * "the March accession", "the May elections": after "the", a capitalised March or May before a
 * lower-case noun is the month ("the March for Life", "the May of my youth" are not: a
 * preposition follows).
 */
function modifiesNoun(t: readonly Tok[], i: number): boolean {
  const p = low(t, i - 1);
  if (p !== 'the' && p !== 'a' && p !== 's') return false;
  if (p === 's' && low(t, i - 2) !== "'" && low(t, i - 2) !== '’') return false;
  const nx = t[i + 1];
  return !!nx && nx.kind === Kind.Word && !nx.cap && nx.space && !NOT_NOUNS.has(nx.low);
}
const NOT_NOUNS = new Set(['of', 'for', 'on', 'to', 'through', 'against', 'across', 'from', 'in', 'and', 'or', 'with', 'by', 'at', 'into', 'is', 'was', 'will', 'has', 'be']);

/**
 * "March's figures", "May's elections" opening a clause: a possessive before a lower-case noun is
 * the month. After a name or a title ("Theresa May's cabinet", "Mrs. May's") it is the person's.
 */
function possessiveMonth(t: readonly Tok[], i: number): boolean {
  const q = low(t, i + 1);
  if ((q !== "'" && q !== '’') || low(t, i + 2) !== 's' || !glued(t, i + 1)) return false;
  const nx = t[i + 3];
  if (!nx || nx.kind !== Kind.Word || nx.cap) return false;
  const p = t[i - 1];
  if (!p || t[i]!.nl) return true;
  if (p.kind === Kind.Word) return false;
  // "Mrs. May's", "Dr. March's": a title's dot
  return !(p.low === '.' && t[i - 2]?.kind === Kind.Word && t[i - 2]!.cap && low(t, i - 2).length <= 3);
}

/** "as early as March", "as soon as May", "as late as March": a limit in time ("such as May" is a name). */
function asEarlyAs(t: readonly Tok[], i: number): boolean {
  return low(t, i - 1) === 'as' && AS_LIMITS.has(low(t, i - 2)) && low(t, i - 3) === 'as';
}
const AS_LIMITS = new Set(['early', 'soon', 'late']);

const MONTH_PREPS = new Set(['in', 'since', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'until', 'till', 'by', 'during', 'from', 'through', 'to', 'before', 'after', 'between', 'and', 'on', 'end', 'beginning', 'start', 'middle', 'that', 'coming', 'past', 'previous', '-']);

/** Day of month at i ("30", "30th"), 1-31, not followed by another digit group. */
function dayAt(t: readonly Tok[], i: number): { d: number; e: number } | null {
  if (!isNum(t, i) || low(t, i).length > 2) return null;
  const d = intOf(t, i);
  if (d < 1 || d > 31) return null;
  const e = ordSuffix(t, i + 1);
  // "Sept. 30.5" or "May 3,000" are not dates.
  if ((low(t, e) === '.' || low(t, e) === ',' || low(t, e) === ':') && glued(t, e) && isNum(t, e + 1) && glued(t, e + 1)) return null;
  return { d, e };
}

/** Spelled ordinals of a day, first to thirtieth ("twenty-first" is built from its parts). */
const DAY_ORDINALS: ReadonlyMap<string, number> = new Map(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth',
    'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'].map((w, k) => [w, k < 20 ? k + 1 : 30]),
);

/**
 * A day as a spelled ordinal: "eighth", "twenty-first", "thirty-first" (transcripts write dates
 * so: "March eighth", "the twenty-second of March"), session 10.
 */
function spelledDayAt(t: readonly Tok[], i: number): { d: number; e: number } | null {
  const w = low(t, i);
  const one = DAY_ORDINALS.get(w);
  if (one !== undefined) return { d: one, e: i + 1 };
  if ((w === 'twenty' || w === 'thirty') && isHyphenAt(t, i + 1)) {
    const u = DAY_ORDINALS.get(low(t, i + 2));
    const d = (w === 'twenty' ? 20 : 30) + (u ?? 99);
    return u !== undefined && u <= 9 && d <= 31 ? { d, e: i + 3 } : null;
  }
  return null;
}

/** Words after "March eighth" that leave the ordinal a day: the clause goes on, or a year follows. */
const AFTER_SPELLED_DAY = new Set(['and', 'or', 'at', 'in', 'to', 'through', 'until', 'when', 'of', 'this', 'last', 'next', 'nineteen', 'two']);

/** "March eighth", "April twenty-first": a spelled day after a month, not "in March second homes" or "May first-quarter". */
function spelledDayAfterMonth(t: readonly Tok[], i: number): { d: number; e: number } | null {
  const day = spelledDayAt(t, i);
  if (!day || isHyphenAt(t, day.e)) return null;
  const nx = t[day.e];
  return !nx || nx.kind !== Kind.Word || AFTER_SPELLED_DAY.has(nx.low) ? day : null;
}

/** ", 1998" or " 1998" or " of 1998" after a date. */
function trailingYear(t: readonly Tok[], i: number): { y: number; e: number } | null {
  let j = i;
  if (low(t, j) === ',') j++;
  else if (low(t, j) === 'of') j++;
  const y = yearNumber(t, j);
  if (!Number.isNaN(y)) {
    // "Sept. 30 1998 votes" would still be read; good enough.
    if (isNum(t, j + 2) && (low(t, j + 1) === ',' || low(t, j + 1) === '.') && glued(t, j + 1) && glued(t, j + 2)) return null;
    return { y, e: j + 1 };
  }
  const s = shortYear(t, j);
  if (s) return s;
  return low(t, i) === ',' ? null : spelledYear(t, j);
}

/**
 * "the Sept. 11 attacks", "9/11 victims": the day is the name of the 2001 attacks, as "Christmas"
 * names a day, so its year is known; a noun of the event after it says so ("Sept. 11 is a
 * Thursday this year" stays this year's).
 */
const SEPT11_NOUNS = new Set(['attacks', 'attack', 'terror', 'terrorist', 'terrorists', 'hijackers', 'hijackings', 'commission', 'victims', 'memorial', 'plot', 'plotters', 'mastermind', 'era', 'families']);
function sept11(t: readonly Tok[], m: number, d: number, e: number): boolean {
  return m === 9 && d === 11 && SEPT11_NOUNS.has(low(t, e));
}

/** "9/11" written alone: the 2001 attacks (a month/day with no year is not otherwise written so in news). */
export function parseNineEleven(t: readonly Tok[], i: number): Cand | null {
  if (low(t, i) !== '9' || low(t, i + 1) !== '/' || low(t, i + 2) !== '11' || !glued(t, i + 1) || !glued(t, i + 2)) return null;
  if (low(t, i + 3) === '/' || low(t, i - 1) === '/' || (t[i + 3] && !t[i + 3]!.space && t[i + 3]!.kind !== Kind.Punct)) return null;
  return { s: i, e: i + 3, type: 'DATE', sem: { k: 'date', y: 2001, m: 9, d: 11 } };
}

/** "this year" (0), "last year" (-1), "next year" (1) at token i, else null. */
function relativeYear(t: readonly Tok[], i: number): number | null {
  if (low(t, i + 1) !== 'year') return null;
  const w = low(t, i);
  return w === 'this' ? 0 : w === 'last' ? -1 : w === 'next' ? 1 : null;
}

/** Month-first dates: "Sept. 30", "August 7, 1998", "July 1997", "January of 1990", "March". */
export function parseMonthFirst(t: readonly Tok[], i: number): Cand | null {
  const mo = monthAt(t, i);
  if (!mo) return null;
  const day = dayAt(t, mo.e) ?? (t[i]!.cap ? spelledDayAfterMonth(t, mo.e) : null);
  if (day) {
    const yr = trailingYear(t, day.e);
    if (yr) return { s: i, e: yr.e, type: 'DATE', sem: { k: 'date', y: yr.y, m: mo.m, d: day.d } };
    if (sept11(t, mo.m, day.d, day.e)) return { s: i, e: day.e, type: 'DATE', sem: { k: 'date', y: 2001, m: 9, d: 11 } };
    // "Dec. 5 next year", "March 3 last year": one expression, as "May next year" is
    const yrel = relativeYear(t, day.e);
    if (yrel !== null) return { s: i, e: day.e + 2, type: 'DATE', sem: { k: 'date', m: mo.m, d: day.d, yrel } };
    return { s: i, e: day.e, type: 'DATE', sem: { k: 'date', m: mo.m, d: day.d } };
  }
  const yr = trailingYear(t, mo.e);
  if (yr) return { s: i, e: yr.e, type: 'DATE', sem: { k: 'date', y: yr.y, m: mo.m } };
  // "January this year", "June last year", "May next year"
  const yrel = relativeYear(t, mo.e);
  if (yrel !== null) return { s: i, e: mo.e + 2, type: 'DATE', sem: { k: 'date', m: mo.m, yrel } };
  return { s: i, e: mo.e, type: 'DATE', sem: { k: 'date', m: mo.m } };
}

/** Day-first dates: "7 August 1998", "the 15th of March". */
export function parseDayFirst(t: readonly Tok[], i: number): Cand | null {
  let s = i;
  let j = i;
  if (low(t, j) === 'the' && isNum(t, j + 1)) j++;
  // "the twenty-second of March": a spelled day needs its article and "of"
  const spelled = low(t, j) === 'the' ? spelledDayAt(t, j + 1) : null;
  const day = dayAt(t, j) ?? (spelled && low(t, spelled.e) === 'of' ? spelled : null);
  if (!day) return null;
  let k = day.e;
  if (low(t, k) === 'of') k++;
  const mo = monthAt(t, k, true);
  if (!mo) return null;
  if (s !== i) s = i;
  const yr = trailingYear(t, mo.e);
  // "28 February, 2013." takes its year across the comma when only punctuation follows ("on 3 May, 2000
  // troops ..." keeps the count out)
  if (yr && (low(t, mo.e) !== ',' || !t[yr.e] || t[yr.e]!.kind === Kind.Punct)) return { s, e: yr.e, type: 'DATE', sem: { k: 'date', y: yr.y, m: mo.m, d: day.d } };
  return { s, e: mo.e, type: 'DATE', sem: { k: 'date', m: mo.m, d: day.d } };
}

/** "22.03.2013", "1.5.2024": day, month, four-digit year, with no number glued before (a version "v1.2.2013" or "3.22.03.2013" is none). */
function dottedDate(t: readonly Tok[], i: number): boolean {
  if (low(t, i).length > 2 || low(t, i + 2).length > 2 || low(t, i + 4).length !== 4) return false;
  const before = low(t, i - 1);
  return !(glued(t, i) && i > 0 && (before === '.' || isNum(t, i - 1) || t[i - 1]!.kind === Kind.Word));
}

/** Numeric dates: 2013-03-22, 2013/03/22, 03/22/2013, 3/22/13, 22.03.2013. */
export function parseNumericDate(t: readonly Tok[], i: number): Cand | null {
  if (!isNum(t, i)) return null;
  const a = low(t, i);
  const sep = low(t, i + 1);
  // "22.03.2013": a European date with dots, read only day first before a four-digit year (below)
  if ((sep !== '-' && sep !== '/' && sep !== '.') || !glued(t, i + 1) || !isNum(t, i + 2) || !glued(t, i + 2)) return null;
  if (sep === '.' && !dottedDate(t, i)) return null;
  if (low(t, i + 3) !== sep || !glued(t, i + 3) || !isNum(t, i + 4) || !glued(t, i + 4)) return null;
  // Not part of a longer run like 1-2-3-4 or a phone number.
  // (a dotted date may end its sentence: "dated 22.03.2013.")
  const runOn = sep === '.' ? low(t, i + 5) === '.' && glued(t, i + 5) && isNum(t, i + 6) && glued(t, i + 6) : low(t, i + 5) === sep || low(t, i - 1) === sep;
  if (runOn && (glued(t, i + 5) || glued(t, i))) return null;
  const b = low(t, i + 2);
  const c = low(t, i + 4);
  let y: number, m: number, d: number;
  if (a.length === 4) {
    y = Number(a);
    m = Number(b);
    d = Number(c);
  } else if (sep === '.') {
    y = Number(c);
    d = Number(a);
    m = Number(b);
  } else if (c.length === 4 || c.length === 2) {
    y = c.length === 4 ? Number(c) : Number(c) < 40 ? 2000 + Number(c) : 1900 + Number(c);
    m = Number(a);
    d = Number(b);
    if (m > 12 && d <= 12) [m, d] = [d, m];
  } else return null;
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 && y < 2200)) return null;
  return { s: i, e: i + 5, type: 'DATE', sem: { k: 'date', y, m, d } };
}

const YEAR_PREPS = new Set(['in', 'since', 'by', 'of', 'until', 'till', 'from', 'during', 'early', 'late', 'mid', 'before', 'after', 'through', 'to', 'fiscal', 'between', 'and', 'around', 'circa', 'throughout', 'for', 'year', 'as', 'summer', 'winter', 'spring', 'fall', 'autumn', 'end', 'beginning', 'start', 'middle', 'december', 'november', 'october', 'september', 'august', 'july', 'june', 'april', 'march', 'february', 'january', 'may', 'in-', 'than', 'against', 'over', 'versus', 'vs', 'within', 'season', 'election', 'census', 'model']);
/** Prefixes joined to a year by a hyphen: "mid-1998", "end-2012", "pre-2008", "post-1959". */
const YEAR_PREFIXES = new Set(['mid', 'end', 'pre', 'post']);
/** Words that may stand lower-case inside the name of a law or an event: "Freedom of Access to Clinic Entrances Act". */
const NAME_JOINERS = new Set(['of', 'to', 'for', 'and', 'on', 'the', 'in']);
/** How many words a name after a year may have before its last noun. */
const NAME_WORDS = 8;

/**
 * Tokens from i are a capitalised name ending in a noun of a law or an event ("Crime Bill",
 * "Affordable Care Act", "Summer Olympics"), so a year before them dates it; "a 2020 Toyota Camry"
 * names a model.
 */
function namedEventAfter(t: readonly Tok[], i: number): boolean {
  for (let k = i; k < i + NAME_WORDS && k < t.length; k++) {
    const w = t[k]!;
    if (w.kind !== Kind.Word || w.nl) return false;
    if (!w.cap) {
      if (NAME_JOINERS.has(w.low)) continue;
      // "the 2011 NFL playoffs": the name may end in a lower-case noun
      return k > i && (EVENT_NOUNS.has(w.low) || NAMED_EVENTS.has(w.low));
    }
    if (EVENT_NOUNS.has(w.low) || NAMED_EVENTS.has(w.low)) return true;
  }
  return false;
}

/** How many words after a number are searched for the plural noun it counts. */
const COUNTED_REACH = 3;

/**
 * After "the" and a four-digit number, a capitalised plural ("the 2000 Americans") or a counted
 * noun within three words ("the 2000 US troops") makes the number a count; otherwise the number
 * dates what follows ("the 2003 US-led invasion", "the 1997 Kyoto Protocol", "the 1916 Rising").
 */
function countedName(t: readonly Tok[], i: number): boolean {
  const first = t[i]!;
  if (first.low.length > 3 && first.low.endsWith('s') && !first.low.endsWith('ss') && !EVENT_NOUNS.has(first.low) && !NAMED_EVENTS.has(first.low)) return true;
  for (let k = i, n = 0; k < t.length && n < COUNTED_REACH; k++) {
    if (t[k]!.kind !== Kind.Word) continue;
    n++;
    if (COUNT_NOUNS.test(t[k]!.low)) return true;
  }
  return false;
}

/** Plural or special nouns that end the name of a yearly event or a law: "the 2013 Academy Awards", "the 2011 NFL playoffs". */
const NAMED_EVENTS = new Set(['bill', 'oscars', 'awards', 'playoffs', 'grammys', 'emmys', 'series', 'open', 'marathon', 'derby', 'bowl', 'prix', 'masters', 'festival', 'expo', 'fair']);
/** Words of a measure after a number: "a 2000 square-foot home", "a 1500 horsepower engine". */
const MEASURE_WORDS = new Set(['square', 'sq', 'foot', 'cubic', 'horsepower', 'hp', 'metre', 'meter', 'mile', 'pound', 'ton', 'tonne', 'acre', 'page', 'word', 'seat', 'yard', 'point', 'calorie', 'piece', 'member', 'strong', 'degree', 'percent', 'per', 'population', 'capacity', 'crowd']);

/**
 * Token i is a lower-case singular word that is no measure, so a four-digit number between an
 * article and it is a year ("a 2012 crash", "a 1998 conviction"), not a count.
 */
function datesSingularNoun(t: readonly Tok[], i: number): boolean {
  const w = t[i];
  if (!w || w.kind !== Kind.Word || w.cap || !w.space) return false;
  if (w.low.endsWith('s') && !w.low.endsWith('ss')) return false;
  return !MEASURE_WORDS.has(w.low) && !COUNT_NOUNS.test(w.low);
}

/** Words before a number that make it a label, not a year: "Section 2022", "Flight 1549". */
const LABELS = new Set(['section', 'article', 'rule', 'chapter', 'page', 'pages', 'number', 'no', 'nos', 'flight', 'route', 'room', 'version', 'paragraph', 'item', 'bill', 'resolution', 'form', 'code', 'highway', 'interstate', 'title', 'amendment', 'suite', 'box', 'apartment', 'apt', 'unit', 'platform', 'gate', 'order', 'exhibit', 'case', 'docket', 'lot', 'serial', 'part', 'clause', 'schedule', 'line', 'channel', 'row', 'seat', 'model', 'sec', 'art', 'rev', 'vol', 'volume', 'issue', 'grade', 'level', 'street', 'st', 'avenue', 'ave', 'road', 'rd', 'hr', 'h', 's', 'p', 'pp', 'ch', 'id', 'lot', 'mission', 'galaxy', 'iphone', 'windows', 'office', 'cpu', 'core', 'boeing', 'airbus', 'a', 'an', 'about', 'some', 'nearly', 'almost', 'over', 'under', 'than', 'approximately', 'roughly', 'just', 'only', 'total', 'totaled', 'totalled', 'of', 'to', 'at', 'with', 'by', 'around', 'up', 'down', 'rose', 'fell', 'gained', 'lost', 'dropped', 'closed', 'ended', 'finished', 'reached', 'hit', 'index', 'dow', 'nasdaq', 'nikkei', 'stoxx', 'dax', 'cac', 'ftse', 'points']);
/** Nouns after "the 1996 ..." / "a 1971 ..." that make the number the year of an event, a law or a report. */
const EVENT_NOUNS = new Set([
  'olympics', 'olympic', 'games', 'election', 'elections', 'campaign', 'war', 'budget', 'agreement', 'treaty', 'accord', 'accords', 'summit',
  'convention', 'law', 'act', 'census', 'season', 'protests', 'protest', 'bombing', 'bombings', 'attack', 'attacks', 'ruling', 'decision',
  'report', 'survey', 'study', 'referendum', 'constitution', 'revolution', 'crisis', 'crash', 'merger', 'deal', 'settlement', 'earthquake',
  'flood', 'floods', 'strike', 'championship', 'championships', 'world', 'uprising', 'coup', 'invasion', 'massacre', 'visit', 'trip', 'meeting',
  'conference', 'debate', 'race', 'primary', 'primaries', 'vote', 'legislation', 'statute', 'amendment', 'resolution', 'decree', 'plan', 'reform',
  'reforms', 'recession', 'downturn', 'rally', 'hurricane', 'tsunami', 'cup', 'final', 'finals', 'tournament', 'festival', 'murder', 'killing',
  'killings', 'riots', 'fire', 'explosion', 'incident', 'accident', 'disaster', 'trial', 'verdict', 'indictment', 'filing', 'speech', 'interview',
  'book', 'film', 'movie', 'album', 'novel', 'documentary', 'article', 'letter', 'memo', 'edition', 'contract', 'results', 'period', 'levels', 'level',
]);
/** Words after a number that make it a count: "1999 votes". */
const COUNT_NOUNS = /^(?:votes?|people|persons?|men|women|children|troops|soldiers|points?|times|members|workers|employees|jobs|units|cars|homes|houses|shares|tons?|tonnes?|meters?|metres?|feet|miles?|km|kilometers?|kilometres?|acres|dollars|euros|yuan|yen|pounds|rupees|barrels|cases|deaths|patients|students|seats|pages|words|calories|passengers|vehicles|companies|cities|villages|hectares|percent|pct|kg|lbs?|mw|gw|bn|mn|m|cc|hp|rpm|km\/h|mph)$/;

/**
 * A 4-digit year standing alone ("in 1990", "1990 was", "the 1990 budget"), with the guards
 * that keep counts, labels and model years out: "a 2020 Toyota", "1,999 votes", "Section 2022".
 */
/**
 * "the 2025-26 season", "the 1998-99 budget", "in 1990-91": the two digits after a year and a
 * hyphen are the last year of the span, tagged as a year of its own as "1990-1992" is (the first
 * year is parseYear's). Only a span of up to ten years counts; a longer one is more likely a code.
 */
export function parseYearTail(t: readonly Tok[], i: number): Cand | null {
  const k = t[i];
  if (!k || k.kind !== Kind.Num || k.low.length !== 2 || k.space) return null;
  const dash = low(t, i - 1);
  if ((dash !== '-' && dash !== '–' && dash !== '/') || t[i - 1]!.space) return null;
  const y1 = yearNumber(t, i - 2);
  if (Number.isNaN(y1) || y1 < 1800) return null;
  // "555-1998-42", "3.1998-99": a year inside a longer code or number is none
  const before = t[i - 3];
  if (before && !t[i - 2]!.space && (before.kind === Kind.Num || before.low === '-' || before.low === '.' || before.low === '/')) return null;
  const after = t[i + 1];
  if (after && !after.space && (after.kind === Kind.Num || after.kind === Kind.Word || after.low === '%' || after.low === '-' || after.low === '/' || ((after.low === '.' || after.low === ',') && isNum(t, i + 2) && glued(t, i + 2)))) return null;
  let y2 = y1 - (y1 % 100) + Number(k.low);
  if (y2 <= y1) y2 += 100;
  if (y2 - y1 > 10) return null;
  return { s: i, e: i + 1, type: 'DATE', sem: { k: 'date', y: y2 } };
}

export function parseYear(t: readonly Tok[], i: number): Cand | null {
  // "the year 2000": the phrase, as train tags "the year two thousand"
  if (low(t, i) === 'the' && low(t, i + 1) === 'year' && isNum(t, i + 2)) {
    const c = parseYear(t, i + 2);
    return c && c.e === i + 3 && c.sem.k === 'date' && c.sem.m === undefined ? { ...c, s: i } : null;
  }
  const y = yearNumber(t, i);
  if (Number.isNaN(y)) return null;
  const prev = low(t, i - 1);
  const prevTok = t[i - 1];
  // Glued to something before ($2020, 1,999, 3.1999, #2020, A-2020) or after (2020%, 2020.5, 2020,000).
  if (prevTok && !t[i]!.space && prev !== '(' && prev !== '"' && prev !== '“' && prev !== '-' && prev !== '–') return null;
  // "1990-1992" is a range of years; "555-2013" a phone number
  // ("mid-1998", "end-2012" are years with a modifier)
  // ("mid-1998", "end-2012", "pre-2008 levels", "post-1959 politics" are years with a modifier)
  if (prevTok && !t[i]!.space && (prev === '-' || prev === '–') && !(YEAR_PREFIXES.has(t[i - 2]?.low ?? '') || !Number.isNaN(yearNumber(t, i - 2)))) return null;
  const nx = low(t, i + 1);
  if (t[i + 1] && !t[i + 1]!.space) {
    if (nx === '%' || nx === '°') return null;
    // (but "the 2025/26 season" is a span of years: parseYearTail takes the second)
    if ((nx === '.' || nx === ',' || nx === ':' || nx === '/') && isNum(t, i + 2) && glued(t, i + 2) && !(nx === '/' && parseYearTail(t, i + 2))) return null;
    // "2012's record": a year in the possessive (the apostrophe, then "s" and no more letters)
    const possessive = (nx === "'" || nx === '’') && low(t, i + 2) === 's' && glued(t, i + 2) && !(t[i + 3] && t[i + 3]!.kind === Kind.Word && !t[i + 3]!.space);
    if (nx === 's' || ((nx === "'" || nx === '’') && !possessive)) return null; // decades are another parser
    if (t[i + 1]!.kind === Kind.Word) return null; // 2020km
  }
  if (prev === '$' || prev === '€' || prev === '£' || prev === '#' || prev === '¥' || prev === 'us$') return null;
  const prepared = YEAR_PREPS.has(prev) || prev === '(' || prev === ',' || (prev === '-' && YEAR_PREFIXES.has(low(t, i - 2)));
  // "the 1996 Olympics", "a 1971 convention", "the 1994 law": a year naming an event or an act.
  const after = t[i + 1];
  if (after && after.kind === Kind.Word && EVENT_NOUNS.has(after.low) && (prev === 'a' || prev === 'an' || prev === 'the' || prepared) && y >= 1800) {
    return { s: i, e: i + 1, type: 'DATE', sem: { k: 'date', y } };
  }
  // "a 2012 car crash case", "a 1998 assault conviction": an article and a singular noun after the
  // number leave it no count ("a 2000 square-foot home" measures; "a 2012 Toyota" is a model)
  if ((prev === 'a' || prev === 'an') && y >= 1900 && y < 2100 && datesSingularNoun(t, i + 1)) return { s: i, e: i + 1, type: 'DATE', sem: { k: 'date', y } };
  // "the company's 1989 operating results", "Mixte's 1989 profit": a year after a possessive, before a
  // word that is no plural count ("the firm's 2000 stores" stays a number)
  const possessive = prev === 's' && (low(t, i - 2) === "'" || low(t, i - 2) === '’') && !t[i - 1]!.space;
  if (possessive) {
    const a = t[i + 1];
    if (a && a.kind === Kind.Word && !a.cap && (EVENT_NOUNS.has(a.low) || !a.low.endsWith('s')) && !COUNT_NOUNS.test(a.low) && y >= 1900) return { s: i, e: i + 1, type: 'DATE', sem: { k: 'date', y } };
    return null;
  }
  if (!prepared && LABELS.has(prev)) return null;
  if (prevTok?.cap && prevTok.kind === Kind.Word && !prepared && !prevTok.nl && !isSentenceStartWord(t, i - 1)) {
    // "Toyota 2020", "Windows 2000": a name then a number.
    if (!MONTHS.has(prev)) return null;
  }
  const next = t[i + 1];
  if (next && next.kind === Kind.Word) {
    if (COUNT_NOUNS.test(next.low)) return null;
    // "the 1994 Crime Bill", "the 2010 Affordable Care Act": a year before the name of a law or an event
    if (next.cap && prev === 'the' && ((y >= 1800 && namedEventAfter(t, i + 1)) || (y >= 1900 && y < 2100 && !countedName(t, i + 1)))) return { s: i, e: i + 1, type: 'DATE', sem: { k: 'date', y } };
    if (next.cap && !prepared && (prev === 'a' || prev === 'an' || prev === 'the' || prev === '')) {
      // "a 2020 Toyota": an article, the number, a name.
      return null;
    }
    if (prev === 'a' || prev === 'an') return null;
  }
  if (y < 1900 && !prepared) return null;
  return { s: i, e: i + 1, type: 'DATE', sem: { k: 'date', y } };
}

/** "nineteen ninety-six", "in two thousand", "the year two thousand": a year in words, where a year is expected. */
export function parseSpelledYear(t: readonly Tok[], i: number): Cand | null {
  let j = i;
  if (low(t, j) === 'the' && low(t, j + 1) === 'year') j += 2;
  const sy = spelledYear(t, j);
  if (!sy) return null;
  const prev = low(t, i - 1);
  const next = t[sy.e];
  // "two thousand people" is a count; a century-and-tens pair ("nineteen ninety-six") is a year anyway.
  const isThousand = low(t, j) === 'two';
  if (isThousand && j === i && !YEAR_PREPS.has(prev)) return null;
  if (next && next.kind === Kind.Word && (COUNT_NOUNS.test(next.low) || UNITS_AFTER.has(next.low))) return null;
  if (isNum(t, sy.e) || isHyphenAt(t, sy.e)) return null;
  return { s: i, e: sy.e, type: 'DATE', sem: { k: 'date', y: sy.y } };
}
const UNITS_AFTER = new Set(['years', 'year', 'days', 'day', 'months', 'month', 'weeks', 'week', 'hours', 'hour', 'minutes', 'dollars', 'people', 'times', 'percent', 'of', 'more', 'other', 'others', 'thousand', 'million', 'billion', 'hundred']);

function isSentenceStartWord(t: readonly Tok[], i: number): boolean {
  const p = low(t, i - 1);
  return i === 0 || p === '.' || p === '!' || p === '?' || p === '"' || p === '“' || t[i]!.nl;
}

const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
]);

/** Decades: "the 1990s", "the '90s", "the nineties", "the mid-1990s", "1980s". */
/** Possessives before an age in decades: "a man in his 40s", "she is in her late 50s". */
const AGE_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'your', 'our', 'its']);
/** Words of a temperature reading: "highs in the 30s", "temperatures in the 20s". */
const TEMPERATURE_WORDS = new Set(['temperature', 'temperatures', 'high', 'highs', 'low', 'lows', 'degrees', 'fahrenheit', 'celsius', 'mercury', 'thermometer', 'teens']);
/** How many tokens either side a temperature word is looked for. */
const TEMPERATURE_REACH = 8;

/**
 * A two-digit "40s" with no apostrophe that follows a possessive is an age ("in his 40s", "in her
 * late 50s"), and one near a temperature word a reading ("highs in the 30s"): no decade. The
 * decade starts at token i, its number at j.
 */
function ageOrReading(t: readonly Tok[], i: number, j: number): boolean {
  if (AGE_POSSESSIVES.has(low(t, i - 1))) return true;
  for (let k = Math.max(0, i - TEMPERATURE_REACH); k < Math.min(t.length, j + TEMPERATURE_REACH); k++) if (TEMPERATURE_WORDS.has(t[k]!.low)) return true;
  return false;
}

export function parseDecade(t: readonly Tok[], i: number): Cand | null {
  let j = i;
  if (low(t, j) === 'the') j++;
  let mod: string | undefined;
  const w = low(t, j);
  if ((w === 'early' || w === 'late' || w === 'mid') && (isNum(t, j + 1) || isHyphenAt(t, j + 1) || low(t, j + 1) === "'" || DECADE_WORDS.has(low(t, j + 1)))) {
    mod = w === 'early' ? 'START' : w === 'late' ? 'END' : 'MID';
    j = isHyphenAt(t, j + 1) ? j + 2 : j + 1;
  }
  const dw = DECADE_WORDS.get(low(t, j));
  if (dw !== undefined && j > i) {
    const c: Cand = { s: i, e: j + 1, type: 'DATE', sem: { k: 'decade', v: 190 + dw } };
    if (mod) c.mod = mod;
    return c;
  }
  let v: number;
  let e: number;
  if (isNum(t, j) && low(t, j).length === 4 && low(t, j).endsWith('0') && low(t, j + 1) === 's' && glued(t, j + 1)) {
    v = Math.floor(Number(low(t, j)) / 10);
    e = j + 2;
  } else if (isNum(t, j) && low(t, j).length === 4 && low(t, j).endsWith('0') && (low(t, j + 1) === "'" || low(t, j + 1) === '’') && low(t, j + 2) === 's') {
    v = Math.floor(Number(low(t, j)) / 10);
    e = j + 3;
  } else {
    const q = low(t, j);
    if ((q === "'" || q === '’') && isNum(t, j + 1) && low(t, j + 1).length === 2 && low(t, j + 1).endsWith('0') && low(t, j + 2) === 's' && glued(t, j + 2)) {
      const d = Number(low(t, j + 1));
      v = d < 30 ? 200 + d / 10 : 190 + d / 10;
      e = j + 3;
    } else if (j > i && isNum(t, j) && low(t, j).length === 2 && low(t, j).endsWith('0') && low(t, j + 1) === 's' && glued(t, j + 1) && !ageOrReading(t, i, j)) {
      const d = Number(low(t, j));
      v = d < 30 ? 200 + d / 10 : 190 + d / 10;
      e = j + 2;
    } else return null;
  }
  if (v < 100 || v > 220) return null;
  // "the 1800s", "the early 1900s": a century (18, 19), as they are read; "the 2000s" stays the decade
  const c: Cand = { s: i, e, type: 'DATE', sem: v % 10 === 0 && v < 200 && low(t, j).length === 4 ? { k: 'century', v: v / 10 } : { k: 'decade', v } };
  if (mod) c.mod = mod;
  return c;
}

const CENTURY_ORD: ReadonlyMap<string, number> = new Map([
  ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21], ['seventeenth', 17], ['sixteenth', 16],
]);

/** Centuries: "the 20th century", "the twentieth century" -> 19. */
export function parseCentury(t: readonly Tok[], i: number): Cand | null {
  let j = i;
  if (low(t, j) === 'the') j++;
  let n = NaN;
  if (isNum(t, j) && ordSuffix(t, j + 1) === j + 2) {
    n = intOf(t, j);
    j += 2;
  } else if (CENTURY_ORD.has(low(t, j))) {
    n = CENTURY_ORD.get(low(t, j))!;
    j++;
  } else if (low(t, j) === 'twenty' && isHyphenAt(t, j + 1) && low(t, j + 2) === 'first') {
    n = 21;
    j += 3;
  }
  if (Number.isNaN(n) || n < 1 || n > 30) return null;
  if (isHyphenAt(t, j)) j++;
  if (low(t, j) !== 'century') return null;
  return { s: i, e: j + 1, type: 'DATE', sem: { k: 'century', v: n - 1 } };
}
