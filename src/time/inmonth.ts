import { daysInMonth, nthWeekday, toDays } from './calendar.js';
import { MONTHS } from './lexicon.js';
import { isNum, low, optDot } from './match.js';
import type { Cand, InMonth, Sem } from './model.js';
import { coarsen, dayPoint, formatPoint, type Point } from './points.js';
import { weekdayAt } from './relative.js';
import type { Resolved } from './resolve.js';
import type { Tok } from './tokens.js';

/*
 * A day, week or weekend counted within a month: "the first Tuesday of next month", "the second
 * Sunday in May", "the last week of June", "the first weekend of August", "the last day of March",
 * and the vague "the first days of May". The parser proposes the month (resolved as any month is:
 * by tense, or relative to the publication date for "next month") and which part of it; the
 * part is placed once the month is known (`placeInMonth`).
 */

const NTH: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['last', -1], ['final', -1],
]);

/** "next month", "the month", "the following month": [direction, anchored on the text's date]. */
const MONTH_SHIFTERS: ReadonlyMap<string, readonly [number, boolean]> = new Map([
  ['next', [1, false]], ['coming', [1, false]], ['this', [0, false]], ['last', [-1, false]], ['past', [-1, false]],
]);
const THE_MONTH_SHIFTERS: ReadonlyMap<string, readonly [number, boolean]> = new Map([
  ['following', [1, true]], ['next', [1, true]], ['previous', [-1, true]], ['preceding', [-1, true]], ['coming', [1, false]],
]);

/**
 * The month a phrase at i names, as a month meaning: "March", "Feb. 2012", "next month", "this
 * month", "last month", "the month" (the publication month, as in "the end of the month"), "the
 * following month" (after the month the text gave). `theMonth` false leaves "the month" out.
 */
export function monthPhraseAt(t: readonly Tok[], i: number, theMonth: boolean): { sem: Sem; e: number } | null {
  const w = low(t, i);
  const m = MONTHS.get(w);
  if (m !== undefined) {
    // a capital keeps "may" the verb out; only an abbreviation takes a period ("of Feb."), "of June." ends the sentence
    if (!t[i]!.cap || w.length < 3) return null;
    const e = w.length <= 4 && w !== 'may' && w !== 'june' && w !== 'july' ? optDot(t, i + 1) : i + 1;
    if (isNum(t, e) && low(t, e).length === 4) return { sem: { k: 'date', y: Number(low(t, e)), m }, e: e + 1 };
    return { sem: { k: 'date', m }, e };
  }
  const shifter = MONTH_SHIFTERS.get(w);
  if (shifter && low(t, i + 1) === 'month') return { sem: { k: 'rel', unit: 'M', n: shifter[0], anchor: 'dct' }, e: i + 2 };
  if (w !== 'the') return null;
  if (low(t, i + 1) === 'month') return theMonth ? { sem: { k: 'rel', unit: 'M', n: 0, anchor: 'dct' }, e: i + 2 } : null;
  const the = THE_MONTH_SHIFTERS.get(low(t, i + 1));
  if (the && low(t, i + 2) === 'month') return { sem: { k: 'rel', unit: 'M', n: the[0], anchor: the[1] ? 'ref' : 'dct' }, e: i + 3 };
  return null;
}

/** What the ordinal counts: a weekday, the week, the weekend, the day, or vague "days" / "weeks". */
function countedAt(t: readonly Tok[], i: number, nth: number): { what: InMonth['what'] | 'vague'; wd?: number; e: number } | null {
  const wd = weekdayAt(t, i);
  if (wd) return { what: 'wd', wd: wd.wd, e: wd.e };
  const w = low(t, i);
  if (w === 'week' || w === 'weekend') return { what: w, e: i + 1 };
  // only the first and the last day: "the second day of March" is rare, "the second day of the strike" a story's day
  if (w === 'day') return nth === 1 || nth === -1 ? { what: 'day', e: i + 1 } : null;
  // "the first days of May", "the last few weeks of June": the start or end of the month, not a count
  const k = w === 'few' ? i + 1 : i;
  if ((low(t, k) === 'days' || low(t, k) === 'weeks') && (nth === 1 || nth === -1)) return { what: 'vague', e: k + 1 };
  return null;
}

/**
 * "the first Tuesday of next month", "the second Sunday in May", "the last Friday of the month",
 * "the first week of April", "the last weekend in June", "the last day of March", "the first days
 * of May"; "the first Monday of every month" is a SET. "the last ..." needs the article ("last
 * Monday of all days" is last Monday).
 */
export function parseNthOfMonth(t: readonly Tok[], i: number): Cand | null {
  const article = low(t, i) === 'the';
  const j = article ? i + 1 : i;
  const nth = NTH.get(low(t, j));
  if (nth === undefined || (nth < 0 && !article)) return null;
  const counted = countedAt(t, j + 1, nth);
  if (!counted) return null;
  const prep = low(t, counted.e);
  // "the first day in March" reads as an event's first day; the other shapes take "in" ("the second Sunday in May")
  if (prep !== 'of' && !(prep === 'in' && counted.what !== 'day')) return null;
  // "the first Monday of every month": a monthly habit, a SET like "every month", not a date
  if ((low(t, counted.e + 1) === 'every' || low(t, counted.e + 1) === 'each') && low(t, counted.e + 2) === 'month' && counted.what !== 'vague') {
    return { s: i, e: counted.e + 3, type: 'SET', sem: { k: 'lit', v: 'P1M' } };
  }
  // "the first day of the month" is most often a habit ("rent is due on ..."); a weekday or week of it is dated
  const month = monthPhraseAt(t, counted.e + 1, counted.what !== 'day');
  if (!month) return null;
  const c: Cand = { s: i, e: month.e, type: 'DATE', sem: month.sem };
  if (counted.what === 'vague') {
    c.mod = nth === 1 ? 'START' : 'END';
    return c;
  }
  c.inMonth = counted.wd === undefined ? { nth, what: counted.what } : { nth, what: counted.what, wd: counted.wd };
  return c;
}

/** First day (days since 1970) of the ISO week, Saturday of the weekend, or the day the part names in month m of y. */
function dayInMonth(y: number, m: number, part: InMonth): number | null {
  const last = daysInMonth(y, m);
  switch (part.what) {
    case 'wd': {
      const day = nthWeekday(y, m, part.wd!, part.nth);
      // "the fifth Friday of February" may not exist: no day
      return day >= toDays(y, m, 1) && day <= toDays(y, m, last) ? day : null;
    }
    case 'day':
      return part.nth === 1 ? toDays(y, m, 1) : toDays(y, m, last);
    case 'week':
      // the week that holds the month's nth Thursday: the one with most of its days in the month
      // (ISO's own rule for a year's first week), so "the first week of April" is never mostly March
      return nthWeekday(y, m, 4, part.nth);
    case 'weekend': {
      // the Saturday on or after the 1st (nth weeks on), or on or before the last day
      if (part.nth < 0) return nthWeekday(y, m, 6, -1);
      const day = nthWeekday(y, m, 6, part.nth);
      return day <= toDays(y, m, last) ? day : null;
    }
  }
}

/** The value of a month part when the month could not be placed: "XXXX-03-XX", "XXXX-WXX", "XXXX-WXX-WE". */
function underspecifiedPart(monthValue: string, part: InMonth): string {
  if (part.what === 'week') return 'XXXX-WXX';
  if (part.what === 'weekend') return 'XXXX-WXX-WE';
  return /^[\dX]{4}-[\dX]{2}$/.test(monthValue) ? `${monthValue}-XX` : 'XXXX-XX-XX';
}

/**
 * Places the part of the month once the month is resolved: a day, an ISO week or a weekend. A
 * month not placed (no publication date) gives an underspecified value, never a guess; a part
 * the month does not have ("the fifth Monday of February") stays the month.
 */
export function placeInMonth(r: Resolved, part: InMonth): Resolved {
  if (!r.point || r.point.g !== 'M') return { value: underspecifiedPart(r.value, part), point: null };
  const day = dayInMonth(r.point.y, r.point.n!, part);
  if (day === null) return r;
  const p: Point = part.what === 'week' ? coarsen(dayPoint(day), 'W') : part.what === 'weekend' ? coarsen(dayPoint(day), 'WE') : dayPoint(day);
  return { value: formatPoint(p), point: p };
}

/** The part names one day ("the first Monday of March", "the last day of June"), so a clock time may join it. */
export const namesDayInMonth = (c: Cand): boolean => c.inMonth !== undefined && (c.inMonth.what === 'wd' || c.inMonth.what === 'day');
