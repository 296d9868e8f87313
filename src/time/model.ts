import type { TimeType } from '../document/types.js';
import type { Unit } from './lexicon.js';

/** Direction in which a partial date resolves: -1 before the anchor, 1 after, 0 the anchor's own, null by tense. */
export type Dir = -1 | 0 | 1 | null;

/**
 * What an expression means before it is placed on the calendar. Parsers propose these;
 * resolve.ts turns them into TIMEX3 values against the publication date and the context.
 */
export type Sem =
  /** A calendar date, any part missing: "Sept. 30", "August 7, 1998", "July 1997", "1990". */
  /** ana: "the following February", the first such month after (dir 1) or before (-1) the text's date. */
  | { k: 'date'; y?: number; m?: number; d?: number; dir?: Dir; yrel?: number; ana?: boolean }
  /**
   * A part of a year: quarter (Q1-4), half (H1-2), season (SP, SU, FA, WI); year missing = resolve.
   * code 'Q' with a year is "the 1988 quarter" (rel 9: "the 1988 period"). Without a year, rel
   * 9 / 10 / 11 is "last / this / next year's" quarter or half; rel -4 "the year-ago quarter".
   * yrel is a year relative to the publication date: "the second half of next year" (1).
   * ana: "that quarter", the quarter of the last date the text gave. prev: "the previous
   * quarter", the one before the quarter a results story reports on.
   */
  | { k: 'part'; code: string; y?: number; dir?: Dir; rel?: number; yrel?: number; ana?: boolean; prev?: boolean; current?: boolean; fiscal?: boolean }
  /** A decade (199 = the 1990s) or a century (19 = the 1900s). */
  | { k: 'decade'; v: number }
  | { k: 'century'; v: number }
  /** A weekday, Monday = 1. */
  | { k: 'wd'; wd: number; dir: Dir }
  /** A holiday by name (see lexicon). */
  | { k: 'holiday'; name: string; y?: number; dir: Dir }
  /**
   * A shift of n units from an anchor: the publication date ("yesterday", "last week", "two
   * years ago") or the last date the text gave ("the following day", "a year earlier").
   * `gran` is the granularity of the result when it differs from the unit's. `cmp` marks the
   * comparison "a year ago" / "a year earlier" / "year-ago": in a report on a quarter it names
   * the same quarter a year before ("profit rose to $5 million from $4 million a year ago").
   */
  | { k: 'rel'; unit: Unit; n: number; anchor: 'dct' | 'ref'; gran?: Unit | 'ref'; cmp?: boolean }
  /** A value that needs no anchor: PRESENT_REF, P3Y, XXXX-WXX-1, ... */
  | { k: 'lit'; v: string };

/**
 * A day, week or weekend counted within a month: nth 1-5 from the start, -1 the last. 'wd' is the
 * nth weekday `wd`; 'day' the first or last day; 'week' the ISO week of the nth Thursday; 'weekend'
 * the weekend of the nth Saturday.
 */
export interface InMonth {
  nth: number;
  what: 'wd' | 'day' | 'week' | 'weekend';
  wd?: number;
}

export interface Cand {
  /** Token range [s, e). */
  s: number;
  e: number;
  type: TimeType;
  sem: Sem;
  /** Time of day: "T15:00", "TMO". */
  tod?: string;
  /** TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, ... */
  mod?: string;
  /** Vague amounts ("several years", "recent months"). */
  approx?: boolean;
  /** "the week of March 6", "the weekend of Dec. 5": the ISO week or the weekend that holds the day. */
  weekOf?: 'W' | 'WE';
  /** "the first Tuesday of", "the last week of", "the first weekend in": the part of the month `sem` names. */
  inMonth?: InMonth;
  /** "the day before Thanksgiving", "two days after March 3": days to move the day the rest names. */
  shiftDays?: number;
  /** "the Sunday after Thanksgiving", "the Friday before Christmas": the first such weekday after (1) or before (-1) the day the rest names. */
  weekdayNear?: { wd: number; dir: 1 | -1 };
  /** "the end of the month", "the rest of the week": in a past narrative, the period of the text's date (tagger.ts). */
  periodOf?: boolean;
  /** "full-year results": the year reported on, the last one early in a year (tagger.ts). */
  reportYear?: boolean;
  /** "the turn of the century": the year the century turns, not the century. */
  turnOf?: boolean;
  /** "at 2:30": a clock time from 1 to 11 with no a.m./p.m. or zone, which may be after noon. */
  noMeridiem?: boolean;
  /** "Friday's close", "Monday's session": a day of trading already done, this day or before. */
  tradedDay?: boolean;
  /** "the November jobs report", "the weak August performance": a month whose figures are reported, so one already begun. */
  measuredMonth?: boolean;
}
