import type { Span, TimeType } from '../document/types.js';
import { parseClock } from './clock.js';
import { planCalledOff, rescheduledTo, sharesVerbWithPrevious, tenseAround, type Tense } from './context.js';
import { parseCentury, parseDayFirst, parseDecade, parseMonthFirst, parseNineEleven, parseNumericDate, parseSpelledYear, parseYear, parseYearTail } from './explicit.js';
import { joinDurations, LONG_WORDS, parseDuration } from './durations.js';
import { isHyphenAt, leadWord, low } from './match.js';
import { EASTER_OFFSETS, EASTER_WEEKS, FIXED_HOLIDAYS, MONTHS, NTH_WEEKDAY_HOLIDAYS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, WEEKDAYS_PLURAL, ZONES } from './lexicon.js';
import type { Cand } from './model.js';
import { awardTitle, givenNameAt, tournamentRoundAt } from './names.js';
import type { Unit } from './lexicon.js';
import { parseFiscal, parseMonthQuarter, parseMonthSpan, parseQuarter, parseSeason } from './parts.js';
import { coarsen, dayPoint, formatPoint, shift, type Point } from './points.js';
import { daysInMonth, toDays, weekday, ymd } from './calendar.js';
import { parseAgo, parseDeictic, parseHoliday, parseNewYear, parseOrdinalDay, parsePartOfDayAlone, parseShifted, parseThisTime, parseFullYear, parseWeekday, parseWeekend, parseYearEarlier, parseYearPhrase } from './relative.js';
import { namesDayInMonth, parseNthOfMonth, placeInMonth } from './inmonth.js';
import { parseDct, resolveSem, withTimeOfDay, type Dct, type Resolved, type ResolveContext } from './resolve.js';
import { parseSet } from './sets.js';
import { parseAnother, parseMoreUnits, parseStretchBefore, parseSubsecond } from './lengths.js';
import { LUNAR_FIRST, parseLunarHoliday } from './lunar.js';
import { Kind, scan, type Tok } from './tokens.js';

/** One time expression found in a text. */
export interface TaggedTime {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  value: string;
  /** TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, ... */
  mod?: string;
  /** Granularity of the value: C, DE, Y, H, Q, SE, M, W, WE, D, T (time of day), P (duration), REF, SET. */
  granularity: string;
  /** True when the value is vague: a REF, an X, an approximate modifier or amount. */
  approximate: boolean;
  /** How the value was placed: 'absolute' (needs no anchor), 'dct', or 'text' (a date the text gave). */
  anchor: 'absolute' | 'dct' | 'text';
  /** UTC offset of a clock time that named its zone: "-05:00", "Z". */
  zone?: string;
}

type Parser = (t: readonly Tok[], i: number) => Cand | null;

/** Parsers in priority order: on equal length the earlier wins. */
const PARSERS: readonly Parser[] = [
  parseSet, parseClock, parseNumericDate, parseNineEleven, parseMonthFirst, parseDayFirst, parseDecade, parseCentury, parseQuarter, parseMonthQuarter, parseMonthSpan,
  parseSeason, parseFiscal, parseHoliday, parseShifted, parseWeekend, parseNewYear, parseNthOfMonth, parseAgo, parseYearEarlier, parseDuration,
  parseDeictic, parseThisTime, parseFullYear, parseWeekday, parseYear, parseYearTail, parseSpelledYear, parseYearPhrase, parseOrdinalDay, parsePartOfDayAlone,
  parseAnother, parseSubsecond, parseMoreUnits, parseLunarHoliday, parseStretchBefore,
];

/** Words a proposal can start with (numbers and "'" always can); any other token is skipped at once. */
const STARTERS = new Set<string>([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAYS_PLURAL.keys(), ...NUMBER_WORDS.keys(), ...UNITS.keys(), ...ORDINALS.keys(), ...SEASONS.keys(),
  ...PARTS_OF_DAY.keys(), ...[...FIXED_HOLIDAYS.keys(), ...NTH_WEEKDAY_HOLIDAYS.keys(), ...EASTER_OFFSETS.keys(), ...EASTER_WEEKS].map((k) => k.split(/[ '.]/)[0]!),
  'the', 'this', 'last', 'next', 'previous', 'past', 'coming', 'following', 'current', 'same', 'that', 'preceding', 'upcoming', 'prior', 'latest', 'recent', 'most',
  'a', 'an', 'per', 'every', 'each', 'once', 'twice', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'quarterly', 'nightly', 'biweekly', 'biannually',
  'today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'now', 'currently', 'presently', 'nowadays', 'recently', 'lately', 'soon', 'right', 'future',
  'near', 'foreseeable', 'distant', 'full', 'at', 'noon', 'midnight', 'midday', 'half', 'early', 'late', 'mid', 'year', 'fiscal', 'fy', 'q', 'h', 'several', 'few', 'many', 'numerous', 'some',
  'first', 'final', 'initial', 'remaining', 'subsequent', 'ensuing', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties',
  'eighteenth', 'nineteenth', 'twentieth', 'seventeenth', 'sixteenth', 'weekend', 'these', "'", '’', '$',
  'earlier', 'later', 'moments', 'dawn', 'daybreak', ...LONG_WORDS.keys(), 'sunrise', 'dusk', 'sunset', 'nightfall', 'lunchtime', 'midmorning', 'midafternoon', 'midevening',
  // session 10 (recall): lengths.ts, lunar.ts, "sundown"
  'another', 'midyear', 'fortnightly', 'semiannually', 'biennially', 'milliseconds', 'millisecond', 'microseconds', 'nanoseconds', 'sundown', ...LUNAR_FIRST,
]);

/** Words after an article that some parser reads though they cannot start an expression themselves. */
const AFTER_ARTICLE = new Set(['fortnight', 'present', 'full', 'whole', 'entire', 'while', 'short', 'century', 'decade', 'additional', 'extra', 'further', 'moment', ...LONG_WORDS.keys()]);

/** Words after "the" only (not "a"/"an") that some parser reads: "the long term" ("a long weekend" is no term). */
const AFTER_THE = new Set(['long', 'longer', 'medium']);

/** Left to right, the longest proposal at each token. Each parser looks a bounded distance ahead: linear time. */
function propose(t: readonly Tok[]): Cand[] {
  const out: Cand[] = [];
  let i = 0;
  while (i < t.length) {
    const k = t[i]!;
    if (k.kind !== Kind.Num && !STARTERS.has(k.low)) {
      i++;
      continue;
    }
    // "the", "a", "an" start an expression only before a word that can go on one ("the past year", "a year ago")
    if ((k.low === 'the' || k.low === 'a' || k.low === 'an') && t[i + 1]?.kind === Kind.Word && !STARTERS.has(t[i + 1]!.low) && !AFTER_ARTICLE.has(t[i + 1]!.low) && !(k.low === 'the' && AFTER_THE.has(t[i + 1]!.low))) {
      i++;
      continue;
    }
    // "said that Friday's vote would go ahead", "reported that third-quarter sales fell": a
    // conjunction opening a reported clause, not the "that" of "that Friday" / "that quarter"
    if (k.low === 'that' && complementizerThat(t, i)) {
      i++;
      continue;
    }
    let best: Cand | null = null;
    for (const p of PARSERS) {
      const c = p(t, i);
      if (c && c.e > c.s && (!best || c.e > best.e || c.s < best.s)) best = c;
    }
    // "the quarter-to-quarter comparison", "on a year-to-year basis", "day-to-day running": a
    // compound adjective of comparison or routine names no period
    if (best && toCompoundAt(t, best.e)) {
      i = best.e + 3;
      continue;
    }
    // "Person of the Year", "the quarter-finals", "Ms. April Ryan": an award's title, a round of a
    // tournament, a given name (names.ts)
    if (best && (awardTitle(t, best.s, best.e) || tournamentRoundAt(t, best.e) || givenNameAt(t, best.s))) {
      i = best.e;
      continue;
    }
    if (best && best.s >= (out.length ? out[out.length - 1]!.e : 0)) {
      if (out.length) shareYearBack(t, out[out.length - 1]!, best);
      const first = firstDayBefore(t, best, out.length ? out[out.length - 1]!.e : 0);
      if (first) out.push(first);
      out.push(best);
      i = best.e;
      const second = secondDay(t, best);
      if (second) {
        out.push(second);
        i = second.e;
      }
    } else i++;
  }
  return out;
}

/** Verbs and adjectives whose "that" opens a clause ("said that", "expects that", "is likely that"). Verbs of memory are left out: "recalled that Friday" may point at the day. */
const CLAUSE_TAKERS = new Set([
  'said', 'says', 'say', 'saying', 'reported', 'reports', 'announced', 'announces', 'added', 'adds', 'noted', 'notes', 'warned', 'warns', 'stated', 'states',
  'insisted', 'insists', 'confirmed', 'confirms', 'predicted', 'predicts', 'expects', 'expect', 'expected', 'believes', 'believe', 'believed', 'thinks', 'think', 'thought',
  'argued', 'argues', 'claimed', 'claims', 'showed', 'shows', 'suggested', 'suggests', 'indicated', 'indicates', 'estimated', 'estimates', 'hoped', 'hopes', 'hope',
  'feared', 'fears', 'fear', 'agreed', 'agrees', 'acknowledged', 'admitted', 'denied', 'revealed', 'disclosed', 'signalled', 'signaled', 'signals', 'explained', 'wrote',
  'writes', 'concluded', 'decided', 'ruled', 'declared', 'stressed', 'emphasized', 'emphasised', 'forecast', 'projected', 'assumed', 'ensure', 'ensured', 'means', 'meant',
  'clear', 'sure', 'likely', 'unlikely', 'possible', 'so',
]);
/** Verbs of telling, whose "that" comes after their object ("told reporters that", "assured investors that"). */
const TELLING = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'assures', 'reminded', 'informed', 'notified', 'advised', 'warned', 'promised', 'promises']);
/** Words of a date adverbial that may stand between a reporting verb and its "that" ("said on Thursday that", "announced late last week that"). */
const ADVERBIAL_WORDS = new Set(['on', 'in', 'late', 'early', 'last', 'this', 'week', 'month', 'year', 'today', 'yesterday', 'night', 'morning', 'afternoon', 'evening', 'earlier', 'also', 'again', 'repeatedly', 'publicly', 'previously']);
/** Words after "that" that make it a demonstrative: a clause seldom opens with a bare unit ("that day", "that night"). */
const DEMONSTRATED = new Set(['same', 'very', 'day', 'night', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'time', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'quarter', 'decade', 'period', 'date', 'hour', 'moment', 'era']);
/** Token i, "that", opens a clause after a verb of saying or thinking (a date adverbial or a told object between). */
function complementizerThat(t: readonly Tok[], i: number): boolean {
  // "said on that day", "reported that night", "announced that same day": a demonstrative
  if (ADVERBIAL_WORDS.has(low(t, i - 1)) || DEMONSTRATED.has(low(t, i + 1))) return false;
  // "said that Sunday's elections will go ahead", "it's likely that Friday's agreement may reset the
  // clock": the reported clause's verb says nothing of when its subject's day was (the one ahead,
  // the one past); "that" read as a demonstrative dates it by the text, as before
  if (WEEKDAYS.has(low(t, i + 1)) && (low(t, i + 2) === "'" || low(t, i + 2) === '’')) return false;
  let k = i - 1;
  for (let n = 0; k >= 0 && n < 5; n++) {
    const w = t[k]!;
    if (w.kind === Kind.Num || w.low === '.' || w.low === ',' || WEEKDAYS.has(w.low) || MONTHS.has(w.low) || ADVERBIAL_WORDS.has(w.low)) k--;
    else break;
  }
  if (CLAUSE_TAKERS.has(low(t, k))) return true;
  // "told reporters that", "assured the committee that"
  return t[k]?.kind === Kind.Word && (TELLING.has(low(t, k - 1)) || (TELLING.has(low(t, k - 2)) && low(t, k - 1) === 'the'));
}

/** Tokens from i are a glued "-to-" between two words: "quarter-to-quarter", "year-to-date". */
function toCompoundAt(t: readonly Tok[], i: number): boolean {
  return isHyphenAt(t, i) && low(t, i + 1) === 'to' && isHyphenAt(t, i + 2) && t[i + 3]?.kind === Kind.Word;
}

/** Prepositions between a set and the month or day it recurs in: "annually in August", "each year on May 1". */
const SET_DATE_PREPS = new Set(['in', 'on', 'during', 'around', 'by', 'until']);

const DAY_JOINERS = new Set(['and', 'or', 'to', 'through', '-', '–', '&']);
// (a verb may follow the range: "the summit on March 14-15 will focus on growth")
const AFTER_SECOND_DAY = new Set(['and', 'or', 'in', 'at', 'to', 'when', 'as', 'while', 'for', 'with', 'the', 'of', 'on', 'because', 'after', 'before', 'but', 'will', 'would', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'that', 'which', 'from', 'by', 'during']);

/** "April 24 and 25", "March 3 to 5": the second day of the month just given. */
function secondDay(t: readonly Tok[], c: Cand): Cand | null {
  if (c.sem.k !== 'date' || c.sem.m === undefined || c.sem.d === undefined || c.tod) return null;
  const j = c.e;
  if (!DAY_JOINERS.has(low(t, j)) || t[j + 1]?.kind !== Kind.Num || low(t, j + 1).length > 2) return null;
  const d = Number(low(t, j + 1));
  if (d <= c.sem.d || d > 31) return null;
  let e = j + 2;
  if (['st', 'nd', 'rd', 'th'].includes(low(t, e)) && !t[e]!.space) e++;
  const nx = t[e];
  if (nx) {
    if (nx.kind === Kind.Num) return null;
    if (nx.kind === Kind.Punct && (nx.low === '%' || nx.low === '$' || ((nx.low === '.' || nx.low === ',' || nx.low === ':') && !nx.space && t[e + 1]?.kind === Kind.Num && !t[e + 1]!.space))) return null;
    if (nx.kind === Kind.Word && !AFTER_SECOND_DAY.has(nx.low)) return null;
  }
  const sem: Cand['sem'] = c.sem.y !== undefined ? { k: 'date', y: c.sem.y, m: c.sem.m, d } : { k: 'date', m: c.sem.m, d };
  return { s: j + 1, e, type: 'DATE', sem };
}

/**
 * "from 8 to 23 June", "on 14-15 March", "between 2 and 5 May": a day-first date's month and year
 * go back to the bare day number before it, as "April 24 and 25" carries them forward.
 */
function firstDayBefore(t: readonly Tok[], c: Cand, floor: number): Cand | null {
  if (c.sem.k !== 'date' || c.sem.m === undefined || c.sem.d === undefined || c.tod || t[c.s]?.kind !== Kind.Num) return null;
  const j = c.s - 1;
  const k = c.s - 2;
  if (k < floor || !DAY_JOINERS.has(low(t, j)) || low(t, j) === '&' || t[k]!.kind !== Kind.Num || low(t, k).length > 2) return null;
  const d = Number(low(t, k));
  if (d < 1 || d >= c.sem.d) return null;
  // "$8 to 23 June", "3.8 to ...", "1,8": the number is part of an amount or a figure
  const p = t[k - 1];
  if (p && (p.kind === Kind.Num || (!t[k]!.space && p.kind === Kind.Punct) || p.low === '$' || p.low === '£' || p.low === '€')) return null;
  const sem: Cand['sem'] = c.sem.y !== undefined ? { k: 'date', y: c.sem.y, m: c.sem.m, d } : { k: 'date', m: c.sem.m, d };
  return { s: k, e: k + 1, type: 'DATE', sem };
}

/**
 * "between May and September 2008", "from June 3 to August 1, 2012", "January-March 2013": a
 * month (or a month's day) without a year, joined to a dated month after it, is in that year
 * (when it comes first in the calendar), as "April 24 and 25" carries the month forward.
 */
function shareYearBack(t: readonly Tok[], prev: Cand, c: Cand): void {
  if (prev.sem.k !== 'date' || c.sem.k !== 'date' || prev.sem.y !== undefined || prev.sem.m === undefined || prev.tod) return;
  if (c.sem.y === undefined || c.sem.m === undefined || c.sem.m <= prev.sem.m || c.s !== prev.e + 1 || !DAY_JOINERS.has(low(t, prev.e)) || low(t, prev.e) === '&') return;
  prev.sem = { ...prev.sem, y: c.sem.y };
}

const DAYISH = (c: Cand): boolean =>
  c.type === 'DATE' && (c.sem.k === 'wd' || namesDayInMonth(c) || (c.sem.k === 'date' && c.sem.d !== undefined) || (c.sem.k === 'rel' && c.sem.unit === 'D' && c.sem.anchor === 'dct') || c.sem.k === 'holiday');

/** "last week", "next month": a span of the calendar longer than a day, counted from the publication date ("this week" holds that day). */
const spanBeyondDay = (c: Cand): boolean => c.type === 'DATE' && c.sem.k === 'rel' && c.sem.anchor === 'dct' && c.sem.n !== 0 && (c.sem.unit === 'W' || c.sem.unit === 'M');

/** A clock time that named no day ("at 10 p.m.", "0400 GMT"): resolved against the publication date unless told otherwise. */
const bareClock = (c: Cand): boolean =>
  c.type === 'TIME' && c.sem.k === 'rel' && c.sem.unit === 'D' && c.sem.n === 0 && c.sem.anchor === 'dct' && !!c.tod && c.tod.length > 1 && c.tod[1]! >= '0' && c.tod[1]! <= '9';

/** A candidate that names a day ("Friday", "6 a.m. Monday", "March 3", "yesterday"). */
const namesDay = (c: Cand): boolean =>
  c.sem.k === 'wd' || namesDayInMonth(c) || c.sem.k === 'holiday' || (c.sem.k === 'date' && c.sem.d !== undefined) || (c.sem.k === 'rel' && c.sem.unit === 'D' && c.sem.anchor === 'dct' && c.sem.n !== 0);

/** Words that may stand between a clock time and its day: "local time on", "Eastern time on". */
const CLOCK_FILLER = new Set(['(', ')', ',', 'local', 'time', 'on', 'eastern', 'pacific', 'central', 'mountain', 'standard', 'daylight']);

/** Tokens [a, b) hold only brackets, commas and "local time" / "on": "(0735 GMT)", "local time on", "Eastern time on", "New York time on". */
function clockFiller(t: readonly Tok[], a: number, b: number): boolean {
  if (b - a > 4) return false;
  // "New York time on", "London time on": a place's name before "time" (capitalised words only)
  let timeAt = -1;
  for (let i = a; i < b; i++) if (low(t, i) === 'time') timeAt = i;
  for (let i = a; i < b; i++) if (!CLOCK_FILLER.has(low(t, i)) && !(i < timeAt && t[i]!.kind === Kind.Word && t[i]!.cap)) return false;
  return true;
}

/**
 * "from 7 a.m. to 10 p.m. on Sunday", "8 a.m. until noon Friday": the first clock time of a
 * range is on the day its end names. True when [a, b) is one range word and `next` is a clock
 * time with a day.
 */
function clockRangeTo(t: readonly Tok[], a: number, b: number, next: Cand): boolean {
  if (b - a !== 1 || next.type !== 'TIME' || !next.tod || !(next.tod[1]! >= '0' && next.tod[1]! <= '9')) return false;
  const w = low(t, a);
  return w === 'to' || w === 'until' || w === 'till' || w === '-' || w === 'and';
}

function hasOpenBracket(t: readonly Tok[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (low(t, i) === '(') return true;
  return false;
}

/** "7:30 tonight", "8 this evening": a clock time without a.m./p.m. before an evening is p.m. */
function eveningClock(prev: Cand, c: Cand): string | null {
  if (!bareClock(prev) || c.type !== 'TIME' || c.sem.k !== 'rel' || c.sem.unit !== 'D' || (c.tod !== 'TNI' && c.tod !== 'TEV')) return null;
  const h = Number(prev.tod!.slice(1, 3));
  if (!(h >= 1 && h <= 11)) return prev.tod!;
  return `T${String(h + 12).padStart(2, '0')}${prev.tod!.slice(3)}`;
}

/** "T02:30" -> "T14:30". */
function afternoon(tod: string): string {
  return `T${String(Number(tod.slice(1, 3)) + 12).padStart(2, '0')}${tod.slice(3)}`;
}

/** A clock time put on the day another candidate names, with the part of a month it counts ("the first Monday of March"). */
function onDayOf(clock: Cand, day: Cand): Cand {
  const out: Cand = { ...clock, sem: day.sem };
  if (day.inMonth) out.inMonth = day.inMonth;
  // "at 9:15 p.m. on the Sunday after Thanksgiving", "at noon the day after Christmas"
  if (day.weekdayNear) out.weekdayNear = day.weekdayNear;
  if (day.shiftDays) out.shiftDays = day.shiftDays;
  return out;
}

/**
 * A clock time and the day the same phrase gives it across a bracket or "local time":
 * "10:35 a.m. (0735 GMT) Friday", "2:15 p.m. local time on Tuesday", "6 a.m. Monday (0400 GMT)".
 * The clock takes the day's meaning (resolved in its own clause, which is the same one) and keeps
 * its own time of day; the spans stay as they are.
 */
function shareClockDays(t: readonly Tok[], cands: Cand[]): Cand[] {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (!bareClock(c)) continue;
    const prev = cands[i - 1];
    if (prev && namesDay(prev) && low(t, c.s - 1) === '(' && clockFiller(t, prev.e, c.s)) {
      cands[i] = onDayOf(c, prev);
      continue;
    }
    let k = i + 1;
    let from = c.e;
    // skip a bracketed conversion between: "10:35 a.m. (0735 GMT) Friday"
    // (at most two conversions are skipped, so a long list of times stays linear)
    while (k <= i + 2 && cands[k] && bareClock(cands[k]!) && clockFiller(t, from, cands[k]!.s)) {
      from = cands[k]!.e;
      k++;
    }
    const next = cands[k];
    const anyDay = k === i + 1 && next ? clockOnAnyWeekday(t, c, next) : null;
    if (anyDay) {
      cands[i] = anyDay;
      continue;
    }
    // A day inside brackets belongs to a conversion: "4 in the morning (4 a.m. EDT Thursday)" is that
    // day, but "8 p.m. (0100 GMT Thursday)" has crossed midnight: only the same hour carries the day.
    const sameHour = (x: Cand): boolean => !x.tod || x.tod.slice(0, 3) === c.tod!.slice(0, 3);
    if (next && namesDay(next) && clockFiller(t, from, next.s) && (!hasOpenBracket(t, from, next.s) || sameHour(next))) cands[i] = onDayOf(c, next);
    else if (next && k === i + 1 && namesDay(next) && clockRangeTo(t, from, next.s, next)) cands[i] = onDayOf(c, next);
  }
  return cands;
}

/**
 * "at 11:40 p.m. on a Sunday": a clock time on any such weekday (made so by genericWeekday) is that time of
 * any such day, XXXX-WXX-7T23:40, not of the publication date. null otherwise.
 */
function clockOnAnyWeekday(t: readonly Tok[], clock: Cand, day: Cand): Cand | null {
  if (day.type !== 'DATE' || day.sem.k !== 'lit' || !/^XXXX-WXX-\d$/.test(day.sem.v)) return null;
  if (day.s - clock.e !== 2 || low(t, clock.e) !== 'on' || low(t, day.s - 1) !== 'a') return null;
  return { ...clock, sem: day.sem };
}

/**
 * Days by which `prev` moves the day `c` names when they read as one phrase: "the day before"
 * right before it (-1), "the day after" (1). null otherwise.
 */
function shiftBefore(t: readonly Tok[], prev: Cand, between: string | null): number | null {
  if (between === '' && prev.sem.k === 'rel' && prev.sem.unit === 'D' && prev.sem.anchor === 'ref' && (prev.sem.n === 1 || prev.sem.n === -1) && low(t, prev.e - 2) === 'day') return prev.sem.n;
  // "eight trading days after Oct. 12" stays a duration and a date, as TimeBank annotates it
  return null;
}

const SAME_UNITS: ReadonlyMap<string, Unit | 'ref'> = new Map<string, Unit | 'ref'>([['period', 'ref'], ['quarter', 'Q'], ['month', 'M'], ['week', 'W'], ['day', 'D']]);

/**
 * "the same period last year", "the same month a year earlier", "the same quarter a year ago": one
 * expression, that period of the text (or of the publication date) a year back. In a results story
 * the period and the quarter are its quarter a year before, like "the year-ago period".
 */
function sameLastYear(t: readonly Tok[], c: Cand): Cand | null {
  if (c.sem.k !== 'rel' || c.sem.unit !== 'Y' || c.sem.n !== -1 || c.s < 3) return null;
  const u = SAME_UNITS.get(low(t, c.s - 1));
  if (u === undefined || low(t, c.s - 2) !== 'same' || low(t, c.s - 3) !== 'the') return null;
  const w = low(t, c.s);
  if (w !== 'last' && w !== 'a' && w !== 'the') return null; // "last year", "a year earlier / ago", "the previous year"
  const gran: Unit = u === 'ref' ? 'Y' : u;
  // a year back counted in the period's own unit, so a month of the text stays a month (2012-02, not 2012)
  const [unit, n]: [Unit, number] = u === 'M' ? ['M', -12] : u === 'Q' ? ['Q', -4] : ['Y', -1];
  return { s: c.s - 3, e: c.e, type: 'DATE', sem: { k: 'rel', unit, n, anchor: 'ref', gran, cmp: u === 'ref' || u === 'Q' } };
}

/** Refiners: join a weekday with its date, a clock time with its day; add modifiers before. */
function refine(t: readonly Tok[], cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c0 of cands) {
    let c = c0;
    const same = sameLastYear(t, c);
    if (same) {
      // "the same month" was proposed on its own: it is part of the phrase
      if (out.length && out[out.length - 1]!.s === same.s) out.pop();
      c = same;
    }
    const prev = out[out.length - 1];
    if (prev) {
      const gap = c.s - prev.e;
      const between = gap === 0 ? '' : gap === 1 ? low(t, prev.e) : gap === 2 ? `${low(t, prev.e)} ${low(t, prev.e + 1)}` : null;
      // "the day before last Tuesday", "the day after Christmas": one expression, the named day
      // moved (TimeML tags the whole phrase)
      const shift = shiftBefore(t, prev, between);
      if (shift !== null && namesDay(c) && !c.tod) {
        out[out.length - 1] = { ...c, s: prev.s, shiftDays: shift };
        continue;
      }
      // "the Sunday after Thanksgiving", "the Friday before Christmas": one expression, the first
      // such weekday after / before the named day (not the weekday nearest the publication date)
      if ((between === 'after' || between === 'before') && prev.sem.k === 'wd' && (prev.sem.dir === null || prev.sem.dir === undefined) && !prev.tod && prev.e - prev.s === 1 && low(t, prev.s - 1) === 'the' && (c.sem.k === 'holiday' || (c.sem.k === 'date' && c.sem.d !== undefined)) && !c.tod) {
        out[out.length - 1] = { ...c, s: prev.s - 1, weekdayNear: { wd: prev.sem.wd, dir: between === 'after' ? 1 : -1 } };
        continue;
      }
      // "the weekend of Dec. 5": one expression, the weekend that holds the day (parseWeekend
      // alone would read "the weekend" as the nearest one)
      if (between === 'of' && prev.sem.k === 'rel' && prev.sem.unit === 'WE' && low(t, prev.s) === 'the' && c.type === 'DATE' && c.sem.k === 'date' && c.sem.d !== undefined) {
        out[out.length - 1] = { ...c, s: prev.s, weekOf: 'WE' };
        continue;
      }
      // "two years and three months", "an hour and 20 minutes": one duration (P2Y3M)
      // (the end of a comma list "4 hours, 0 minutes and 9 seconds" is left as its parts)
      const before = out[out.length - 2];
      const listed = !!before && before.type === 'DURATION' && before.e === prev.s - 1 && low(t, before.e) === ',';
      const joined = between === 'and' && !listed ? joinDurations(prev, c) : null;
      if (joined) {
        out[out.length - 1] = { ...prev, e: c.e, sem: { k: 'lit', v: joined } };
        continue;
      }
      // "7:30 tonight": the evening's day, the clock's time, after noon
      const pm = between === '' ? eveningClock(prev, c) : null;
      if (pm) {
        out[out.length - 1] = { ...c, s: prev.s, tod: pm };
        continue;
      }
      // "Friday, March 22"
      if (prev.sem.k === 'wd' && !prev.tod && c.sem.k === 'date' && c.sem.d !== undefined && (between === ',' || between === '')) {
        out[out.length - 1] = { ...c, s: prev.s };
        continue;
      }
      // "8 p.m. ET on Tuesday, Nov. 6": the clock already joined its weekday; the date after it is
      // that weekday's, one TIME
      if (prev.type === 'TIME' && prev.tod && prev.sem.k === 'wd' && c.type === 'DATE' && c.sem.k === 'date' && c.sem.d !== undefined && !c.tod && (between === ',' || between === '')) {
        out[out.length - 1] = { ...c, s: prev.s, type: 'TIME', tod: prev.tod };
        continue;
      }
      // "3 p.m. Friday", "noon Thursday", "5 p.m. EST, Nov. 6"
      if (prev.type === 'TIME' && prev.tod && prev.sem.k === 'rel' && DAYISH(c) && (between === '' || between === ',' || between === 'on')) {
        out[out.length - 1] = { ...c, s: prev.s, type: 'TIME', tod: prev.tod };
        continue;
      }
      // "at 2 a.m. last week", "at noon last month": the clock's day is some day of that span, not
      // the publication day; the phrase is the span (its day cannot be told)
      if (prev.type === 'TIME' && prev.tod && prev.sem.k === 'rel' && prev.sem.unit === 'D' && prev.sem.n === 0 && between === '' && spanBeyondDay(c)) {
        out[out.length - 1] = { ...c, s: prev.s };
        continue;
      }
      // "Friday at 3 p.m.", "yesterday at noon"
      if (c.type === 'TIME' && c.tod && c.sem.k === 'rel' && c.sem.n === 0 && c.sem.anchor === 'dct' && DAYISH(prev) && !prev.tod && (between === 'at' || between === ',' || between === '' || between === 'around')) {
        out[out.length - 1] = { ...prev, e: c.e, type: 'TIME', tod: c.tod };
        continue;
      }
    }
    out.push(withModifier(t, holidayWeekend(t, genericWeekday(t, c, prev), prev ? prev.e : 0), prev ? prev.e : 0));
  }
  return out;
}

/**
 * "every Friday and Sunday": a weekday joined to a weekday set is the same kind of set; "on a
 * Sunday", "late on a Friday night": a weekday after "a" is any such day, not one of the
 * calendar (XXXX-WXX-7).
 */
function genericWeekday(t: readonly Tok[], c: Cand, prev: Cand | undefined): Cand {
  if (c.sem.k !== 'wd' || (c.sem.dir !== null && c.sem.dir !== undefined)) return c;
  const wd = c.sem.wd;
  const v = `XXXX-WXX-${wd}${c.tod ?? ''}`;
  if (prev && prev.type === 'SET' && prev.sem.k === 'lit' && /^XXXX-WXX-\d/.test(prev.sem.v) && c.s - prev.e === 1 && WEEKDAY_LIST_JOINERS.has(low(t, prev.e))) {
    return { s: c.s, e: c.e, type: 'SET', sem: { k: 'lit', v } };
  }
  // ("faces a Friday deadline", "a Monday vote": a weekday before a noun is that coming day)
  if (low(t, c.s - 1) === 'a' && !c.tradedDay && !beforeNoun(t, c.e)) return { ...c, sem: { k: 'lit', v }, tod: undefined };
  return c;
}

/** Words after a weekday that are no noun it modifies: "on a Sunday in June", "on a Friday, hours before". */
const AFTER_WEEKDAY = new Set(['in', 'at', 'on', 'and', 'or', 'when', 'before', 'after', 'with', 'for', 'of', 'as', 'while', 'but', 'that', 'which', 'last', 'this', 'so']);

/** A lowercase word other than a preposition or conjunction stands at i: the weekday before it modifies it. */
function beforeNoun(t: readonly Tok[], i: number): boolean {
  const k = t[i];
  return !!k && k.kind === Kind.Word && !k.cap && !AFTER_WEEKDAY.has(k.low);
}

/**
 * "the Easter weekend", "over the Labor Day weekend": one expression, the weekend of the holiday
 * (a Monday holiday's is the one before it; see tagWindow), not the holiday alone.
 */
function holidayWeekend(t: readonly Tok[], c: Cand, floor: number): Cand {
  // ("the New Year's weekend": a possessive may stand between)
  const possessive = (low(t, c.e) === "'" || low(t, c.e) === '’') && low(t, c.e + 1) === 's' ? 2 : 0;
  if (c.sem.k !== 'holiday' || low(t, c.e + possessive) !== 'weekend' || c.tod || c.weekOf) return c;
  const s = low(t, c.s - 1) === 'the' && c.s - 1 >= floor ? c.s - 1 : c.s;
  return { ...c, s, e: c.e + possessive + 1, weekOf: 'WE' };
}

const MODS: ReadonlyMap<string, string> = new Map([
  ['early', 'START'], ['late', 'END'], ['mid', 'MID'], ['earlier', ''], ['later', ''], ['about', 'APPROX'], ['around', 'APPROX'], ['nearly', 'LESS_THAN'],
  ['almost', 'LESS_THAN'], ['roughly', 'APPROX'], ['approximately', 'APPROX'], ['some', 'APPROX'], ['over', 'MORE_THAN'],
]);

/** Token i is a number in digits or words ("40", "eight"), not the article of "a year". */
function countStartsAt(t: readonly Tok[], i: number): boolean {
  return t[i]!.kind === Kind.Num || (NUMBER_WORDS.has(low(t, i)) && low(t, i) !== 'a' && low(t, i) !== 'an');
}

function withModifier(t: readonly Tok[], c: Cand, floor: number): Cand {
  let s = c.s;
  let mod = c.mod;
  const w1 = low(t, s - 1);
  const dateLike = c.type === 'DATE' || c.type === 'TIME';
  const durLike = c.type === 'DURATION' || (c.sem.k === 'rel' && c.sem.gran !== undefined);
  if (s - 1 >= floor) {
    if (w1 === '-' && (low(t, s - 2) === 'pre' || low(t, s - 2) === 'post') && s - 2 >= floor && c.sem.k === 'date') {
      // "pre-2008 levels", "post-1959 politics": before / after the year (TimeBank: mod AFTER)
      mod = low(t, s - 2) === 'pre' ? 'BEFORE' : 'AFTER';
      s -= 2;
    } else if (w1 === '-' && (low(t, s - 2) === 'mid' || (low(t, s - 2) === 'end' && c.sem.k === 'date' && c.sem.d === undefined)) && s - 2 >= floor && dateLike) {
      // "mid-March"; "end-June", "at end-2012" (business newswire) are the end of the month or year
      mod = low(t, s - 2) === 'mid' ? 'MID' : 'END';
      s -= 2;
      // "the mid-19th century", as "the early 20th century" below
      if (c.sem.k === 'century' && low(t, s - 1) === 'the' && s - 1 >= floor) s -= 1;
    } else if ((w1 === 'early' || w1 === 'late' || w1 === 'mid' || w1 === 'earlier' || w1 === 'later') && dateLike && c.sem.k !== 'wd' && !durLike) {
      s -= 1;
      mod = MODS.get(w1) || mod;
      // "the early 20th century": the article goes with the century, as in "the 20th century"
      if (c.sem.k === 'century' && low(t, s - 1) === 'the' && s - 1 >= floor) s -= 1;
    } else if (w1 === 'some' && durLike && countStartsAt(t, c.s)) {
      // "some eight years", "some 40 minutes": about that long
      s -= 1;
      mod = 'APPROX';
    } else if ((w1 === 'about' || w1 === 'around' || w1 === 'nearly' || w1 === 'almost' || w1 === 'roughly' || w1 === 'approximately') && (durLike || c.type === 'TIME') && low(t, c.s) !== 'the') {
      // (not before an article: "worry about the months ahead", "around the clock" take no approximation)
      s -= 1;
      mod = MODS.get(w1);
    } else if (((w1 === 'to' && low(t, s - 2) === 'up') || (w1 === 'than' && low(t, s - 2) === 'more' && low(t, s - 3) === 'no')) && durLike && s - (w1 === 'to' ? 2 : 3) >= floor) {
      // "up to 180 days", "no more than sixty days": TimeBank's EQUAL_OR_LESS, the phrase in the extent
      s -= w1 === 'to' ? 2 : 3;
      mod = 'EQUAL_OR_LESS';
    } else if (w1 === 'than' && (low(t, s - 2) === 'more' || low(t, s - 2) === 'less') && durLike && s - 2 >= floor) {
      s -= 2;
      mod = low(t, s) === 'more' ? 'MORE_THAN' : 'LESS_THAN';
    } else if (w1 === 'least' && low(t, s - 2) === 'at' && durLike && s - 2 >= floor) {
      s -= 2;
      mod = 'EQUAL_OR_MORE';
    } else if (w1 === 'of' && low(t, s - 2) === 'week' && low(t, s - 3) === 'the' && s - 3 >= floor && c.type === 'DATE' && c.sem.k === 'date' && c.sem.d !== undefined) {
      // "the week of March 6": TimeML takes the phrase, valued as the week that holds the day
      s -= 3;
      const out: Cand = { ...c, s, weekOf: 'W' };
      return out;
    } else if (w1 === 'of' && low(t, s - 2) === 'turn' && low(t, s - 3) === 'the' && s - 3 >= floor && isCentury(c)) {
      // "the turn of the century": the phrase, valued as the year the century turns (turnOfCentury)
      return { ...c, s: s - 3, turnOf: true, mod: 'APPROX' };
    } else if (w1 === 'of' && dateLike && !durLike && s - 3 >= floor && low(t, s - 3) === 'the' && ['end', 'beginning', 'start', 'middle'].includes(low(t, s - 2))) {
      mod = low(t, s - 2) === 'end' ? 'END' : low(t, s - 2) === 'middle' ? 'MID' : 'START';
      s -= 3;
    }
  }
  if (s === c.s) return c;
  const out: Cand = { ...c, s };
  if (mod) out.mod = mod;
  return out;
}

// (a bare year is no anchor for "the start of the year": "founded in 1990. Its shares fell at the start of the year")
const PERIOD_REF_GRANS: Partial<Record<string, readonly string[]>> = { M: ['D', 'M'], W: ['D'], Y: ['D', 'M', 'Q', 'H', 'SE'] };

/**
 * "Rebels seized the town on Oct. 12. By the end of the month they held the province": told in
 * the past after the text dated an event, "the month" (week, year) is that date's, not the
 * publication date's. Only a reference at least as fine as the period counts.
 */
function periodOfText(r: Resolved, ref: Point | null): Resolved {
  if (!ref || !r.point || !PERIOD_REF_GRANS[r.point.g]?.includes(ref.g)) return r;
  const p = coarsen(ref, r.point.g);
  return { value: formatPoint(p), point: p };
}

/** Nouns of a report on a period already closed: "full-year results". */
const REPORT_NOUNS = new Set(['results', 'earnings', 'figures', 'accounts', 'report', 'numbers']);

/** "the 20th century", "the century", "this century". */
const isCentury = (c: Cand): boolean => c.sem.k === 'century' || (c.sem.k === 'rel' && c.sem.unit === 'C' && c.sem.n === 0 && c.sem.anchor === 'dct');

/**
 * The year "the turn of the century" names: of a numbered century its first year ("the turn of
 * the 20th century" is 1900); of "the century" the turn before the publication date in a past
 * clause (2000 in a 2026 story, 1900 in a 1998 one), the one after in a future clause ("by the
 * turn of the century" in 1998 is 2000), else the nearest.
 */
function turnOfCentury(c: Cand, dct: Dct | null, tense: ReturnType<typeof tenseAround>): Resolved | null {
  let y: number;
  if (c.sem.k === 'century') y = c.sem.v * 100;
  else if (!dct) return null;
  else if (tense === 'past') y = Math.floor(dct.y / 100) * 100;
  else if (tense === 'future') y = Math.floor(dct.y / 100) * 100 + 100;
  else y = Math.round(dct.y / 100) * 100;
  return { value: String(y).padStart(4, '0'), point: { g: 'Y', y } };
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'rep', 'sen', 'gov', 'prof', 'rev', 'capt', 'maj', 'adm', 'gens', 'reps', 'sens', 'messrs', 'vs',
  // "Roe v. Wade": the versus of a case name
  'v']);

/** Token i, before a period, is an initial ("Daniel P. Davison") or a title ("Mr."): no sentence ends there. */
function isAbbreviation(t: readonly Tok[], i: number): boolean {
  const k = t[i];
  if (!k || k.kind !== Kind.Word) return false;
  // "on Sept. 9, and ...": a month's abbreviation before its day
  return (k.low.length === 1 && k.cap) || TITLES.has(k.low) || (MONTH_ABBREVIATIONS.has(k.low) && t[i + 2]?.kind === Kind.Num);
}

/**
 * "2 p.m. EST on Dec. 17", "9 a.m. Pacific time", "from 6 a.m. Wednesday until midnight": a zone or
 * a weekday after "a.m." / "p.m." goes on with the sentence.
 */
function zoneAfterMeridiem(t: readonly Tok[], i: number): boolean {
  if (!(low(t, i - 2) === 'm' && low(t, i - 3) === '.' && (low(t, i - 4) === 'a' || low(t, i - 4) === 'p') && t[i]!.cap)) return false;
  return ZONES.has(low(t, i)) || WEEKDAYS.has(low(t, i)) || (ZONE_NAMES.has(low(t, i)) && ZONE_NAME_TAILS.has(low(t, i + 1))) || placeTime(t, i);
}

/** "New York time", "Hong Kong time", "London time": one to three capitalised words, then "time". */
function placeTime(t: readonly Tok[], i: number): boolean {
  for (let k = i; k < i + 3 && t[k]?.kind === Kind.Word && t[k]!.cap; k++) if (low(t, k + 1) === 'time') return true;
  return false;
}
const ZONE_NAMES = new Set(['eastern', 'pacific', 'central', 'mountain', 'atlantic', 'greenwich']);
const ZONE_NAME_TAILS = new Set(['time', 'standard', 'daylight', 'mean']);

const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Where the next given sentence span is looked for; kept across windows. */
interface SentenceCursor {
  si: number;
}

/** Sentence bounds per token, from given sentence spans or a simple punctuation rule. */
function sentenceBounds(t: readonly Tok[], sentences: readonly Span[] | undefined, cursor: SentenceCursor): Int32Array {
  // start[i] = index of the first token of token i's sentence; the end is found by scanning for the next start.
  const start = new Int32Array(t.length);
  if (sentences && sentences.length) {
    let cur = 0;
    for (let i = 0; i < t.length; i++) {
      while (cursor.si < sentences.length && sentences[cursor.si]!.end <= t[i]!.start) cursor.si++;
      const s = sentences[cursor.si];
      if (s && t[i]!.start >= s.start && (i === 0 || t[i - 1]!.start < s.start)) cur = i;
      start[i] = cur;
    }
    return start;
  }
  let cur = 0;
  for (let i = 0; i < t.length; i++) {
    const k = t[i]!;
    if (i > 0) {
      const p = t[i - 1]!;
      if (k.nl || ((p.low === '.' || p.low === '!' || p.low === '?') && k.space && (k.cap || k.kind === Kind.Num || k.kind === Kind.Punct) && !(p.low === '.' && (isAbbreviation(t, i - 2) || zoneAfterMeridiem(t, i))))) cur = i;
    }
    start[i] = cur;
  }
  return start;
}

/**
 * Long texts are tagged window by window so that no token array grows with the text (a 5 MB
 * text would otherwise hold about a million token objects at once, and its per-byte cost
 * would rise with garbage-collection pressure). A window ends at a paragraph break (a blank
 * line) after WINDOW_MIN characters, else at a line break, else at a sentence end, else at a
 * space, and never later than WINDOW_MAX. Expressions do not cross blank lines; the
 * resolution state (the last date the text gave) is carried from one window to the next.
 */
export const WINDOW_MIN = 4_000;
export const WINDOW_MAX = 16_000;

const isWs = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/** End of the window that starts at `a`. */
export function windowEnd(text: string, a: number): number {
  const n = text.length;
  if (n - a <= WINDOW_MAX) return n;
  const lim = a + WINDOW_MAX;
  let line = -1;
  let sentence = -1;
  let space = -1;
  for (let i = a + WINDOW_MIN; i < lim; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // a blank line: cut right after it
      let j = i + 1;
      while (j < lim && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (j < lim && text.charCodeAt(j) === 10) return j + 1;
      if (line < 0) line = i + 1;
    } else if (isWs(c)) {
      const p = text.charCodeAt(i - 1);
      if (sentence < 0 && (p === 46 || p === 33 || p === 63)) sentence = i + 1;
      if (space < 0) space = i + 1;
    }
  }
  if (line >= 0) return line;
  if (sentence >= 0) return sentence;
  if (space >= 0) return space;
  // No whitespace at all in WINDOW_MAX characters: cut anywhere outside a surrogate pair.
  const c = text.charCodeAt(lim - 1);
  return c >= 0xd800 && c <= 0xdbff ? lim + 1 : lim;
}

function granularityOf(value: string, type: TimeType): string {
  if (type === 'DURATION') return 'P';
  if (type === 'SET') return 'SET';
  if (value.endsWith('_REF')) return 'REF';
  if (/T/.test(value)) return 'T';
  if (/^\d{4}-\d{2}-\d{2}$|^XXXX-XX-XX$/.test(value)) return 'D';
  if (/-WE$/.test(value)) return 'WE';
  if (/-W/.test(value)) return /-W\w\w-\d$/.test(value) ? 'D' : 'W';
  if (/-Q/.test(value)) return 'Q';
  if (/-H/.test(value)) return 'H';
  if (/-(SP|SU|FA|WI)$/.test(value)) return 'SE';
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return 'M';
  if (/^[\dX]{4}$/.test(value)) return 'Y';
  if (/^[\dX]{3}$/.test(value)) return 'DE';
  if (/^[\dX]{2}$/.test(value)) return 'C';
  return 'D';
}

export interface TagOptions {
  /** Sentence spans (character offsets), when the caller has them. */
  sentences?: readonly Span[];
}

/**
 * Finds time expressions in raw text and normalises each to a TIMEX3 value against the
 * publication date (YYYY-MM-DD or ISO date-time). Without a publication date, relative
 * expressions stay underspecified (XXXX-XX-XX, XXXX-WXX-5): nothing is guessed from the clock.
 */
export function tagTimes(text: string, published: string | null | undefined, options: TagOptions = {}): TaggedTime[] {
  if (!text) return [];
  const published0 = parseDct(published);
  const dct = published0 ? datelineDay(text, published0) ?? published0 : null;
  const out: TaggedTime[] = [];
  const st: ChainState = { ref: null, refDay: null, explicitDays: [], weekdayDays: [], quarter: null };
  const cursor: SentenceCursor = { si: 0 };
  for (let a = 0; a < text.length; ) {
    const b = windowEnd(text, a);
    tagWindow(text, a, b, dct, options.sentences, cursor, st, out);
    a = b;
  }
  return isMatchReport(text) ? out.filter((x) => !isMatchHalf(x)) : out;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** "ASTANA, 3 March 2026 - ", "GENEVA, March 3, 2026 — ": a dateline with a full date opening a line in the first 400 characters. */
const DATELINE_DATE = new RegExp(`(?:^|\n)[A-Z][A-Za-z .'’-]{1,40}(?:, [A-Z][A-Za-z .'’-]{1,30})?, (?:(\\d{1,2}) ${MONTH_RE} (\\d{4})|${MONTH_RE} (\\d{1,2}),? (\\d{4})) ?[-–—]`);

/**
 * "ASTANA, 3 March 2026 - Minister ... held talks today": a press release's dateline gives the day
 * it was written, which "today", "yesterday" and weekdays count from when it is published a few
 * days later. A dateline date from the week before the publication date (and no later) replaces
 * it; any other date, or none, leaves the publication date.
 */
function datelineDay(text: string, published: Dct): Dct | null {
  const m = DATELINE_DATE.exec(text.slice(0, 400));
  if (!m) return null;
  const [d, mon, y] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
  const iso = `${y}-${String(MONTH_NAMES.indexOf(mon.toLowerCase()) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
  const day = parseDct(iso);
  return day && day.days < published.days && published.days - day.days <= 7 ? day : null;
}

/**
 * A match report ("scored in the 89th minute", "just before half-time"): there "the second half"
 * is the match's, not the year's.
 */
function isMatchReport(text: string): boolean {
  return /\b(?:half-time|halftime|half time)\b|\b\d{1,3}(?:st|nd|rd|th)[ -]minute\b/i.test(text);
}

function isMatchHalf(x: TaggedTime): boolean {
  return /^(?:the\s+)?(?:first|second)\s+half$/i.test(x.text) && /-H[12]$/.test(x.value);
}

/** What resolution carries from one expression to the next: the last dates the text gave. */
interface ChainState {
  ref: Point | null;
  refDay: Point | null;
  /** Day dates the text gave explicitly, most recent last (at most EXPLICIT_DAYS kept). */
  explicitDays: number[];
  /** Days the text named by a weekday and a tense ("walk out from 2 a.m. on Wednesday"), most recent last. */
  weekdayDays: number[];
  /** The last quarter the text gave ("the third quarter"): what a results story reports on. */
  quarter: Point | null;
  /** The last date the text gave is a month, given after its last day ("in April ... three weeks later"). */
  monthLast?: boolean;
  /** The day of the vote the text told of ("Ecuadorians vote on Sunday"), for the polls' timetable. */
  voteDay?: Point | null;
}

const EXPLICIT_DAYS = 32;

/** Words that join two weekdays of one list: "on Monday and Tuesday", "Sunday, Monday or Tuesday". */
const WEEKDAY_LIST_JOINERS = new Set(['and', 'or', ',', '&']);

/** A weekday the tense placed (not "last Friday", not "that Friday"): one `keepWeekdayOrder` may move. */
const bareWeekday = (c: Cand): boolean => c.sem.k === 'wd' && (c.sem.dir === null || c.sem.dir === undefined) && !(c as { anaphoric?: boolean }).anaphoric;

/** A weekday of a list ("on Sunday, Monday and Tuesday") already output: where, which weekday, which day. */
interface ListedWeekday {
  out: number;
  wd: number;
  day: number;
}

/**
 * "The talks were held on Monday and Tuesday", published on a Monday: each weekday placed by the
 * tense alone gives Monday = today and Tuesday = last week, but a list of weekdays names days in
 * order within one week. When an earlier-named day falls on or after the next one, a past clause
 * moves the earlier ones back (the last day, nearest today, is the one the tense placed right:
 * Monday and Tuesday of last week); otherwise the new one moves on ("will meet on Tuesday and
 * Wednesday", published on a Wednesday: next Tuesday, then the day after, not today).
 * Returns the day of the new weekday; rewrites earlier entries of `run` and `out` in place.
 */
function keepWeekdayOrder(run: ListedWeekday[], wd: number, day: number, past: boolean, out: TaggedTime[], weekdayDays: number[]): number {
  const last = run[run.length - 1]!;
  // "statements made Friday and Thursday" (published on a Friday): today and yesterday, named in
  // reverse; only a list that its own order packs closer than the tense does is reordered
  if (last.day < day || last.day - day < (((wd - last.wd + 7) % 7) || 7)) return day;
  if (!past) return last.day + (((wd - last.wd + 7) % 7) || 7);
  let next = { wd, day };
  for (let k = run.length - 1; k >= 0 && run[k]!.day >= next.day; k--) {
    const x = run[k]!;
    const moved = next.day - (((next.wd - x.wd + 7) % 7) || 7);
    const o = out[x.out]!;
    const tod = o.value.indexOf('T');
    o.value = withTimeOfDay(formatPoint(dayPoint(moved)), tod >= 0 ? o.value.slice(tod) : undefined);
    const w = weekdayDays.lastIndexOf(x.day);
    if (w >= 0) weekdayDays[w] = moved;
    x.day = moved;
    next = x;
  }
  return day;
}

/** The quarter has ended on or before the publication date. */
function quarterEnded(q: Point, dct: Dct): boolean {
  return q.y * 4 + q.n! < dct.y * 4 + Math.floor((dct.m - 1) / 3) + 1;
}

/** Quarter q comes before the story's quarter so far (of the same or an earlier year). */
function quarterBefore(q: Point, story: Point | null): boolean {
  return !!story && q.y * 4 + q.n! < story.y * 4 + story.n!;
}

/**
 * "Sales rose 2% in February from a year earlier": a comparison a year back from a month its own
 * sentence gave is that month a year before (2012-02), not the year. Only outside a results story
 * (there the story's quarter is the period compared).
 */
function monthAYearBack(c: Cand, r: Resolved, ref: Point | null, sameSentence: boolean, quarter: Point | null): Resolved {
  if (!(c.sem.k === 'rel' && c.sem.cmp) || !sameSentence || !ref || !r.point) return r;
  // "Sales in the December quarter fell 4% from a year earlier": a quarter its own sentence gave is
  // compared, even when it is not (yet) the quarter the story reports on
  if (ref.g === 'Q' && (r.point.g === 'Y' || r.point.g === 'Q')) {
    const q = shift(ref, 'Y', -1);
    return { value: formatPoint(q), point: q };
  }
  if (quarter || ref.g !== 'M' || r.point.g !== 'Y') return r;
  const p = shift(ref, 'Y', -1);
  return { value: formatPoint(p), point: p };
}

/**
 * "The storm hit on Sept. 9, and by the weekend thousands had fled": a bare "the weekend" in a
 * sentence that gave a day far from the publication date is the weekend of that day's week, not
 * the one before the publication date. "since the weekend" / "before the weekend" is the one before
 * a weekday. A day within a week of the publication date leaves the usual reading.
 */
function weekendOfDay(c: Cand, r: Resolved, refDay: Point, dct: Dct | null, prep: string): Resolved {
  if (!(c.sem.k === 'rel' && c.sem.unit === 'WE' && c.sem.anchor === 'dct' && Number.isNaN(c.sem.n))) return r;
  if (!dct || Math.abs(refDay.days! - dct.days) <= 7) return r;
  let p = coarsen(refDay, 'WE');
  if ((prep === 'since' || prep === 'before') && weekday(refDay.days!) < 6) p = shift(p, 'W', -1);
  return { value: formatPoint(p), point: p };
}

/**
 * Prepositions that put an event at the end of a period ("at the end of the month"); "until",
 * "through", "by" may reach from a past act into the future ("banned him until the end of the year").
 */
const AT_END = new Set(['at', 'around', 'near', 'toward', 'towards', 'in']);

/**
 * The publication date lies before the last part of period p, its own month, week or year: before
 * the month's last seven days, before the week's Friday, before the year's last quarter.
 */
function endAhead(p: Point, dct: Dct): boolean {
  if (p.g === 'M') return p.y === dct.y && p.n === dct.m && dct.d < daysInMonth(dct.y, dct.m) - 6;
  if (p.g === 'W') return coarsen(dayPoint(dct.days), 'W').n === p.n && coarsen(dayPoint(dct.days), 'W').y === p.y && weekday(dct.days) < 5;
  if (p.g === 'Y') return p.y === dct.y && dct.m < 10;
  return false;
}

function previousPeriod(p: Point): Resolved {
  const q = shift(p, p.g === 'M' ? 'M' : p.g === 'W' ? 'W' : 'Y', -1);
  return { value: formatPoint(q), point: q };
}

/**
 * "The mayor said Monday that snow would fall on Wednesday": "would" between a day already past and
 * a weekday is the future seen from that day, so the weekday is the first one after it (which may
 * be past by publication), not the one after the publication date. True when "would" stands
 * between the two expressions.
 */
function futureInThePast(t: readonly Tok[], from: number, to: number): boolean {
  for (let i = to - 1; i >= from && i >= 0; i--) if (t[i]!.low === 'would') return true;
  return false;
}

/**
 * "The talks ran from Monday to Wednesday", told on a Tuesday: a range told in the past has ended,
 * so when its last weekday would fall after the publication date, the whole range is the week
 * before (Monday and Wednesday of last week), not yesterday to tomorrow. Moves the range's start,
 * already in `out`, back with it.
 */
function pastWeekdayRange(r: Resolved, out: TaggedTime[]): Resolved {
  const start = out[out.length - 1]!;
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(start.value);
  if (!m) return r;
  start.value = ymd(toDays(Number(m[1]), Number(m[2]), Number(m[3])) - 7) + start.value.slice(10);
  const p = dayPoint(r.point!.days! - 7);
  return { value: formatPoint(p), point: p };
}

/**
 * "Voters go to the polls on Sunday. Polling stations open at 7 a.m.": a day still to come, given
 * in the sentence before, is the day a clock time of a clause that is not past falls on (a past
 * day is left to the publication date: "The bank cut rates on Monday. Shares rose by 11 a.m.").
 */
function comingDayGoesOn(refDay: Point, refDaySent: number, lo: number, sent: Int32Array, dct: Dct | null, tense: Tense): boolean {
  return !!dct && refDay.days! > dct.days && tense !== 'past' && refDaySent >= 0 && sentenceShortlyBefore(refDaySent, lo, sent);
}

/**
 * How many sentences back a day given before still holds a clock time told after it. (Two were
 * tried: a live blog's time stamps then took the days its earlier entries looked ahead to, and a
 * funeral's or a market's clock the day of a story told two sentences before.)
 */
const CLOCK_DAY_SENTENCES = 1;
/** The sentence starting at token `from` is one of the CLOCK_DAY_SENTENCES sentences before the one starting at `lo`. */
function sentenceShortlyBefore(from: number, lo: number, sent: Int32Array): boolean {
  let k = lo;
  for (let n = 0; n < CLOCK_DAY_SENTENCES && k > 0; n++) {
    k = sent[k - 1]!;
    if (k === from) return true;
  }
  return false;
}

/** A clock time of the evening ("T23:45", midnight "T24:00"), which a night named before it still holds; an earlier hour is the morning after. */
const eveningHour = (tod: string): boolean => Number(tod.slice(1, 3)) >= 18;

/**
 * "A man was arrested early on Sunday. Police were called at about 2.30am.": a past narrative goes
 * on with the day its sentence before gave, and so does a clock time told in the past.
 */
function pastDayGoesOn(refDay: Point, refDaySent: number, lo: number, sent: Int32Array, dct: Dct | null, tense: Tense): boolean {
  return !!dct && refDay.days! < dct.days && tense === 'past' && refDaySent >= 0 && sentenceShortlyBefore(refDaySent, lo, sent);
}

/** Nouns of figures reported for a period: "the November jobs report", "the weak August performance". */
const MEASURED_NOUNS = new Set(['report', 'reports', 'figures', 'data', 'numbers', 'statistics', 'sales', 'performance', 'payrolls', 'reading', 'readings', 'inflation', 'unemployment', 'exports', 'imports', 'output', 'index', 'earnings', 'tally', 'survey']);
/** Words of an event that may stand before such a noun and make it the event's ("the November election results"). */
const NOT_MEASURED = new Set(['election', 'elections', 'vote', 'primary', 'referendum', 'summit', 'meeting', 'conference', 'trip', 'visit']);
/** How many words after a month its noun of figures may stand ("the February campaign finance reports"). */
const MEASURED_REACH = 3;

/**
 * A bare month before a noun of reported figures (within three lower-case words) names a period
 * whose figures are in, so one already begun: "the November jobs report" told on Dec. 1, even
 * in a future clause ("will release the November jobs report on Friday").
 */
function measuredMonthAt(t: readonly Tok[], c: Cand): Cand {
  const s = c.sem;
  if (s.k !== 'date' || s.m === undefined || s.d !== undefined || s.y !== undefined || s.yrel !== undefined) return c;
  for (let k = c.e; k < c.e + MEASURED_REACH; k++) {
    const w = t[k];
    if (!w || w.kind !== Kind.Word || w.cap || NOT_MEASURED.has(w.low)) return c;
    if (MEASURED_NOUNS.has(w.low)) return { ...c, measuredMonth: true };
  }
  return c;
}

/** How many tokens a year may stand before the month or day it frames. */
const YEAR_FRAME_TOKENS = 12;

/**
 * "Their last title came in 2011, a 3-0 win on May 14", "Last year, a storm on Christmas Eve
 * grounded 5,000 flights", "on May 14 that year": a month, day or holiday with no year of its own
 * takes the year its sentence gave right before it (the sentence's last expression was a year), or
 * the one "that year" after it names; not the publication date's nearest.
 */
function yearOfSentence(t: readonly Tok[], c: Cand, ref: Point | null, yearJustBefore: boolean): Cand {
  const s = c.sem;
  const open = (s.k === 'date' && s.m !== undefined && s.y === undefined && s.yrel === undefined && !s.ana && (s.dir === undefined || s.dir === null)) || (s.k === 'holiday' && s.y === undefined && s.dir === null);
  if (!open || !ref || ref.g === 'DE' || ref.g === 'C') return c;
  const e = low(t, c.e) === 'of' ? c.e + 1 : c.e;
  const thatYear = low(t, e) === 'that' && low(t, e + 1) === 'year';
  if (!thatYear && !(yearJustBefore && ref.g === 'Y')) return c;
  return { ...c, sem: { ...s, y: coarsen(ref, 'Y').y } };
}

function tagWindow(text: string, from: number, to: number, dct: Dct | null, sentences: readonly Span[] | undefined, cursor: SentenceCursor, st: ChainState, out: TaggedTime[]): void {
  const t = scan(text, from, to);
  if (!t.length) return;
  const cands = shareClockDays(t, refine(t, propose(t)));
  const sent = sentenceBounds(t, sentences, cursor);
  // sentEnd[i]: the token after the last of token i's sentence (one backward pass, so finding a
  // candidate's sentence end costs nothing however long the sentence)
  const sentEnd = new Int32Array(t.length);
  for (let i = t.length - 1; i >= 0; i--) sentEnd[i] = i + 1 < t.length && sent[i + 1] === sent[i] ? sentEnd[i + 1]! : i + 1;
  const walk: WindowWalk = {
    ref: st.ref, refDay: st.refDay, prevEnd: -1, prevPoint: null, prevFrom: false, prevWeekday: false, prevYearEnd: false, prevSet: false,
    refDaySent: -1, refDayNight: false, refSent: -1, run: [], prevTense: null, prevSentence: -1, pmSent: -1, pmHour: 0,
  };
  for (let ci = 0; ci < cands.length; ci++) tagCandidate(text, t, cands, ci, sent, sentEnd, dct, st, walk, out);
  st.ref = walk.ref;
  st.refDay = walk.refDay;
}

/**
 * What tagWindow carries from one candidate to the next. The candidate's steps are functions of
 * their own, not one loop body, so that V8 compiles them one by one: as one function the
 * optimising compiler threw its code away and compiled it anew (0.1 to 0.2 s each time) about
 * seven times in a first pass over the newswire corpus, whenever a new kind of expression (an
 * object of another shape) reached it.
 */
interface WindowWalk {
  ref: Point | null;
  refDay: Point | null;
  prevEnd: number;
  prevPoint: Point | null;
  prevFrom: boolean;
  /** The previous expression was a bare weekday ("Wednesday or Thursday" count on from it). */
  prevWeekday: boolean;
  /** The previous expression was the end of a year ("by the end of the year"). */
  prevYearEnd: boolean;
  /** The previous candidate is a yearly set ("annually"), for a month told right after it. */
  prevSet: boolean;
  /** Sentence (its first token) of the candidate that last set refDay in this window; -1 when none. */
  refDaySent: number;
  /** refDay was named as a night ("on Tuesday night", "last night"), for a clock time told after it. */
  refDayNight: boolean;
  /** Sentence of the candidate that last set ref in this window; -1 when none. */
  refSent: number;
  /** The weekdays of the list the previous candidates form ("on Sunday, Monday and Tuesday"). */
  run: ListedWeekday[];
  /** The tense of the previous candidate and its sentence, for one that shares its verb. */
  prevTense: Tense;
  prevSentence: number;
  /** Sentence and hour of the last afternoon clock time ("2 p.m."), for a later "2:30" in it. */
  pmSent: number;
  pmHour: number;
}

/**
 * "will report fourth-quarter results on March 19", told in March: results are reported for a
 * quarter already under way or over, so a quarter that modifies a results noun and has not begun
 * at publication is last year's (a future tense alone had put it ahead).
 */
const RESULTS_NOUNS = new Set(['results', 'earnings', 'profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'sales', 'figures', 'report', 'numbers', 'income', 'dividend']);
/**
 * "results for the fourth quarter", "earnings for its first quarter": a results noun and "for"/"of"
 * before a quarter named by its ordinal at s ("Net income for the quarter" after a fiscal quarter
 * refers back to that one, which keeps its own calendar).
 */
const QUARTER_ORDINALS = new Set(['first', 'second', 'third', 'fourth']);
function resultsNounBefore(t: readonly Tok[], s: number): boolean {
  if (!QUARTER_ORDINALS.has(low(t, s)) && !QUARTER_ORDINALS.has(low(t, s + 1))) return false;
  let k = s - 1;
  if (low(t, k) === 'its' || low(t, k) === 'their' || low(t, k) === 'the') k--;
  return (low(t, k) === 'for' || low(t, k) === 'of') && RESULTS_NOUNS.has(low(t, k - 1));
}
function resultsOfQuarterAhead(t: readonly Tok[], c: Cand, r: Resolved, dct: Dct): boolean {
  // (a fiscal quarter keeps its own calendar: "its fiscal third-quarter profit" in March)
  if (c.sem.k !== 'part' || c.sem.y !== undefined || c.sem.fiscal || low(t, c.s - 1) === 'fiscal' || !r.point || r.point.g !== 'Q') return false;
  if (!RESULTS_NOUNS.has(low(t, c.e)) && !(t[c.e]?.kind === Kind.Word && RESULTS_NOUNS.has(low(t, c.e + 1)) && /^(net|operating|quarterly|full|pre-tax|pretax)$/.test(low(t, c.e))) && !resultsNounBefore(t, c.s)) return false;
  const startMonth = (r.point.n! - 1) * 3 + 1;
  return r.point.y > dct.y || (r.point.y === dct.y && startMonth > dct.m);
}

const VOTE_WORDS = new Set(['vote', 'votes', 'voting', 'voted', 'elect', 'elects', 'election', 'elections', 'runoff', 'run-off', 'referendum', 'polls', 'ballot', 'ballots']);
/** A word of voting at most four words before the day at s, in its sentence: "vote on Sunday", "the runoff on Sunday", "go to the polls on Sunday". */
function voteWordBefore(t: readonly Tok[], s: number, lo: number): boolean {
  for (let k = s - 1, n = 0; k >= lo && n < 5; k--) {
    if (t[k]!.kind === Kind.Punct) return false;
    n++;
    if (VOTE_WORDS.has(t[k]!.low)) return true;
  }
  return false;
}

const POLLS = new Set(['polls', 'stations', 'booths', 'voting']);
const OPEN_CLOSE = new Set(['open', 'opens', 'opened', 'close', 'closes', 'closed']);
/** "Polls close at 5 p.m.", "Polling stations opened at 6 a.m. and close at 8 p.m.": the polls' opening or closing before the clock at s in its sentence. */
function pollsTimetableBefore(t: readonly Tok[], s: number, lo: number): boolean {
  for (let k = s - 1; k > lo && k >= s - 10; k--) if (OPEN_CLOSE.has(t[k]!.low) && POLLS.has(t[k - 1]!.low)) return true;
  return false;
}

/**
 * "He had planned to fly to Kuala Lumpur on Thursday but cancelled the trip", told on a Wednesday:
 * a plan called off may have been dated ahead or behind, so its weekday is the nearest one (the
 * Thursday of tomorrow, not of six days ago; "on Monday", told on a Wednesday, two days ago). A
 * bare weekday with no tense is otherwise the last one.
 */
function nearestWeekday(p: Point, dct: Dct): Resolved {
  const back = p.days! <= dct.days ? p.days! : p.days! - 7;
  const ahead = back + 7;
  const day = ahead - dct.days < dct.days - back ? ahead : back;
  return { value: formatPoint(dayPoint(day)), point: dayPoint(day) };
}

/**
 * "The vote, originally set for December, was moved to February": the new date of a plan moved
 * comes after the date first set (the December just gone, then the February after it), not after
 * the publication date. A month without a year is placed in the twelve months after the date of
 * the plan told before it in the sentence.
 */
function afterOriginalDate(c: Cand, r: Resolved, original: Point): Resolved {
  if (c.sem.k !== 'date' || c.sem.y !== undefined || c.sem.d !== undefined || r.point?.g !== 'M' || original.g !== 'M') return r;
  const at = (q: Point) => q.y * 12 + q.n!;
  let p = r.point;
  while (at(p) <= at(original)) p = shift(p, 'Y', 1);
  while (at(p) - at(original) > 12) p = shift(p, 'Y', -1);
  return p === r.point ? r : { value: formatPoint(p), point: p };
}

/** Resolves candidate ci of a window and adds it to out. */
function tagCandidate(text: string, t: readonly Tok[], cands: readonly Cand[], ci: number, sent: Int32Array, sentEnd: Int32Array, dct: Dct | null, st: ChainState, walk: WindowWalk, out: TaggedTime[]): void {
  const explicitDays = st.explicitDays;
  const c = cands[ci]!;
  const lo = sent[c.s]!;
  const hi = c.e < t.length && sent[c.e] === lo ? sentEnd[c.e]! : c.e;
  // "goes on sale at 9 a.m. Pacific time on Wednesday": a day that gave its meaning to the clock
  // time before it (shareClockDays) is one phrase with it, so the tense is looked for from the
  // clock on, not across "9 a.m. Pacific time on"
  const clock = cands[ci - 1];
  const from = clock && clock.type === 'TIME' && clock.sem === c.sem && sent[clock.s] === lo ? clock.s : c.s;
  // ("on Thursday and to Jordan on Friday": the second takes the verb, and tense, of the first)
  const tense: Tense = walk.prevTense !== null && walk.prevSentence === lo && sharesVerbWithPrevious(t, walk.prevEnd, from, c.e, hi) ? walk.prevTense : tenseAround(t, from, c.e, lo, hi);
  // (whether the previous expression was told in this sentence, before walk moves on)
  const prevInSentence = walk.prevSentence === lo && walk.prevEnd >= lo && walk.prevEnd <= c.s;
  walk.prevTense = tense;
  walk.prevSentence = lo;
  // "cash that soon became a flood", "he was soon released": in a past narrative "soon" means
  // shortly after the events told, not the future of the publication date; TimeML leaves it.
  if (tense === 'past' && c.sem.k === 'lit' && c.sem.v === 'FUTURE_REF' && low(t, c.s) === 'soon') return;
  const prep = low(t, c.s - 1);
  // "from Monday to Wednesday", "between May and July", "1990-1992"
  const connector = c.s - walk.prevEnd <= 1 && walk.prevEnd >= 0 && (prep === 'to' || prep === 'through' || prep === 'until' || prep === 'till' || prep === '-' || prep === '–' || prep === 'and');
  // "tickets for Wednesday or Thursday", "voting takes place on Friday and Saturday" (the present
  // verb too far to count for the second): with no tense to place it, a weekday of a list counts
  // on from the one before
  const weekdayAlternative = (prep === 'or' || prep === 'and' || prep === ',') && c.s - walk.prevEnd <= 1 && walk.prevWeekday && c.sem.k === 'wd' && tense !== 'past' && tense !== 'future';
  // "said Monday that snow would fall on Wednesday": the future of a day already past
  const pastFuture = tense === 'future' && bareWeekday(c) && dct !== null && walk.refDay !== null && walk.refDaySent === lo && walk.prevPoint === walk.refDay && walk.refDay.days! < dct.days && futureInThePast(t, walk.prevEnd, c.s);
  const ctx: ResolveContext = {
    dct, tense, prep, ref: walk.ref, refDay: walk.refDay, explicitDays, weekdayDays: st.weekdayDays,
    rangeFrom: (connector && walk.prevFrom) || weekdayAlternative ? walk.prevPoint : pastFuture ? walk.refDay : null,
    quarter: st.quarter,
    monthLast: st.monthLast === true,
    lead: leadWord(t, c.s),
  };
  let r = resolveInText(t, c, ctx, tense, lo, sent, dct, st, walk);
  // (the rules below that place an expression on the text's date instead of the publication date say so)
  const beforeText = r;
  // (a date of this sentence or the one before: "founded in 1990" paragraphs earlier is no anchor)
  if (c.periodOf && tense === 'past' && walk.refSent >= 0 && (walk.refSent === lo || (lo > 0 && walk.refSent === sent[lo - 1]))) r = periodOfText(r, walk.ref);
  // (only a day the text dated itself: "two weeks ago ... at the weekend" keeps the usual reading)
  if (walk.refDay && walk.refDaySent === lo && walk.refDaySent >= 0 && explicitDays[explicitDays.length - 1] === walk.refDay.days) r = weekendOfDay(c, r, walk.refDay, dct, prep);
  // "Sales jumped at the end of the month", told in mid-November: the end still to come cannot
  // be past, so it is the end of the month (week, year) before
  const placedByText = r !== beforeText;
  if (c.periodOf && c.mod === 'END' && tense === 'past' && !placedByText && dct && r.point && AT_END.has(prep) && endAhead(r.point, dct)) r = previousPeriod(r.point);
  // "the first Tuesday of next month": the month resolved as any month, then the day in it
  if (c.inMonth) r = placeInMonth(r, c.inMonth);
  if (dct && resultsOfQuarterAhead(t, c, r, dct)) r = { value: formatPoint(shift(r.point!, 'Y', -1)), point: shift(r.point!, 'Y', -1) };
  if (r.point?.g === 'D' && voteWordBefore(t, c.s, lo)) st.voteDay = r.point;
  if (dct && tense === null && bareWeekday(c) && r.point?.g === 'D' && !placedByText && planCalledOff(t, from, c.e, lo, hi)) r = nearestWeekday(r.point, dct);
  if (prevInSentence && walk.prevPoint && rescheduledTo(t, c.s, lo)) r = afterOriginalDate(c, r, walk.prevPoint);
  // the day the phrase names is what later anaphora ("the next morning") and weekdays refer to
  let named: Point | null = r.point;
  if (c.shiftDays && r.point && r.point.g === 'D') {
    const p = dayPoint(r.point.days! + c.shiftDays);
    named = r.point;
    r = { value: formatPoint(p), point: p };
  }
  if (c.weekdayNear && r.point && r.point.g === 'D') {
    const { wd, dir } = c.weekdayNear;
    const d = r.point.days!;
    const p = dayPoint(dir === 1 ? d + (((wd - weekday(d) + 7) % 7) || 7) : d - (((weekday(d) - wd + 7) % 7) || 7));
    r = { value: formatPoint(p), point: p };
    named = p;
  }
  if (ctx.rangeFrom && walk.prevWeekday && tense === 'past' && dct && bareWeekday(c) && r.point?.g === 'D' && r.point.days! > dct.days) r = pastWeekdayRange(r, out);
  const listed = walk.run.length > 0 && bareWeekday(c) && r.point?.g === 'D' && !ctx.rangeFrom && c.s - walk.prevEnd === 1 && WEEKDAY_LIST_JOINERS.has(low(t, walk.prevEnd)) && tense !== null;
  if (listed) {
    const day = keepWeekdayOrder(walk.run, (c.sem as { wd: number }).wd, r.point!.days!, tense === 'past', out, st.weekdayDays);
    if (day !== r.point!.days) {
      r = { value: formatPoint(dayPoint(day)), point: dayPoint(day) };
      named = r.point;
    }
  }
  if (c.weekOf && r.point && r.point.g === 'D') {
    // (a Monday holiday's weekend is the one before it: Labor Day weekend)
    const day = c.sem.k === 'holiday' && c.weekOf === 'WE' && weekday(r.point.days!) === 1 ? dayPoint(r.point.days! - 1) : r.point;
    const w = coarsen(day, c.weekOf);
    r = { value: formatPoint(w), point: w };
  }
  // "held annually in August", "every year on July 4": a month or day right after a set names
  // that month or day of every year, no one year
  if (walk.prevSet && c.s - walk.prevEnd === 1 && SET_DATE_PREPS.has(prep) && c.type === 'DATE' && c.sem.k === 'date' && c.sem.y === undefined && c.sem.m !== undefined) {
    r = { value: `XXXX-${String(c.sem.m).padStart(2, '0')}${c.sem.d !== undefined ? `-${String(c.sem.d).padStart(2, '0')}` : ''}`, point: null };
  }
  // "a statement at 2 p.m., followed by a news conference at 2:30": a clock time with no a.m. /
  // p.m. after an afternoon one of its sentence, and not before it, is in the afternoon too
  const tod = c.noMeridiem && walk.pmSent === lo && Number(c.tod!.slice(1, 3)) + 12 >= walk.pmHour ? afternoon(c.tod!) : c.tod;
  if (c.tod && !c.noMeridiem && /^T\d\d/.test(c.tod)) {
    const h = Number(c.tod.slice(1, 3));
    if (h >= 12 && h < 24) {
      walk.pmSent = lo;
      walk.pmHour = h;
    } else if (walk.pmSent === lo) walk.pmSent = -1;
  }
  const tt = taggedTimeOf(text, t, c, r, tod, walk, placedByText);
  out.push(tt);
  carryChain(c, r, named, lo, tense, dct, st, walk);
  walk.prevEnd = c.e;
  if (!listed) walk.run = [];
  if (bareWeekday(c) && r.point?.g === 'D') walk.run.push({ out: out.length - 1, wd: (c.sem as { wd: number }).wd, day: r.point.days! });
  else walk.run = [];
  walk.prevPoint = r.point;
  walk.prevYearEnd = c.mod === 'END' && r.point?.g === 'Y';
  walk.prevWeekday = c.sem.k === 'wd' && r.point?.g === 'D';
  // (only a yearly one: "rose daily in March" is one March)
  walk.prevSet = c.type === 'SET' && /^P\d+Y$/.test(tt.value);
  // "Wednesday through Friday" is a range without "from": its end counts forward from its start
  walk.prevFrom = ['from', 'between', 'since'].includes(prep) || connector === false && /^\d/.test(tt.value) && (low(t, c.e) === '-' || (low(t, c.e) === 'through' && c.sem.k === 'wd'));
}

const ZONE_WORDS = new Set(['gmt', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'utc', 'local', 'time']);
const STAMP_ENDS = new Set(['—', '–', '-', '--', ':']);

/** A clock time alone at the start of a line, then a dash or a colon: "11:20 GMT — ", "09:02: ". */
function opensLivePost(t: readonly Tok[], c: Cand): boolean {
  if (c.s > 0 && !t[c.s]!.nl) return false;
  let k = c.e;
  while (k < t.length && ZONE_WORDS.has(t[k]!.low)) k++;
  return k < t.length && STAMP_ENDS.has(t[k]!.low);
}

/** A candidate resolved against the publication date and the dates the text gave before it. */
function resolveInText(t: readonly Tok[], c: Cand, ctx: ResolveContext, tense: Tense, lo: number, sent: Int32Array, dct: Dct | null, st: ChainState, walk: WindowWalk): Resolved {
  // "Asian shares fell overnight": told in the past, the night before the publication date
  // (TimeBank: "overnight" in a story of Oct. 27 is 10-26TNI); "will work overnight" is tonight.
  const night = tense === 'past' && c.e - c.s === 1 && low(t, c.s) === 'overnight' && c.sem.k === 'rel' ? { ...c, sem: { ...c.sem, n: -1 } } : c;
  // (a year told a few words before: "approved in 1987 that didn't specify ..., Nashua had bought
  // shares through Sept. 29" is a new clause about another time)
  // ("will publish full-year results on March 11", told in January: a year already over frames
  // no day of a future clause)
  // ("unlikely before the end of the year and possibly not until after he leaves office on Jan.
  // 20": the end of the current year is a boundary the day lies beyond, not a frame)
  const yearNear = walk.refSent === lo && walk.prevPoint === walk.ref && c.s - walk.prevEnd <= YEAR_FRAME_TOKENS && !(tense === 'future' && dct && walk.ref && walk.ref.y < dct.y) && !(walk.prevYearEnd && dct && walk.ref && walk.ref.y === dct.y);
  let r = resolveSem(yearOfSentence(t, measuredMonthAt(t, night), walk.ref, yearNear), ctx);
  // "On Friday, the shooting happened at 10 p.m.": a clock time with no day of its own is on the
  // day its sentence gave before it, not the publication date.
  // ("11:20 GMT — Oil prices rose ...": a live blog's time stamp opening a post is on the day
  // the blog is published, whatever day the post before it told of)
  if (bareClock(c) && opensLivePost(t, c)) return r;
  // ("Ecuadorians vote on Sunday ... observers will publish their report on Tuesday. Polls close at
  // 5 p.m.": the polls close on the day of the vote, not on the last day told)
  if (bareClock(c) && st.voteDay && walk.refDaySent !== lo && pollsTimetableBefore(t, c.s, lo)) return { value: formatPoint(st.voteDay), point: st.voteDay };
  if (bareClock(c) && walk.refDay && ((walk.refDaySent === lo && walk.refDaySent >= 0) || comingDayGoesOn(walk.refDay, walk.refDaySent, lo, sent, dct, tense))) r = { value: formatPoint(walk.refDay), point: walk.refDay };
  else if (bareClock(c) && walk.refDay && pastDayGoesOn(walk.refDay, walk.refDaySent, lo, sent, dct, tense)) {
    const p = walk.refDayNight && !eveningHour(c.tod!) ? dayPoint(walk.refDay.days! + 1) : walk.refDay;
    r = { value: formatPoint(p), point: p };
  }
  else if (bareClock(c) && c.tod!.startsWith('T24') && tense === 'past' && dct && r.point?.days === dct.days) {
    // "The ceasefire began at midnight": told in the past, the midnight that began the
    // publication day, which TimeML writes as the day before at T24:00
    const p = dayPoint(dct.days - 1);
    r = { value: formatPoint(p), point: p };
  }
  r = monthAYearBack(c, r, walk.ref, walk.refSent === lo, st.quarter);
  if (c.turnOf) r = turnOfCentury(c, dct, tense) ?? r;
  if (c.reportYear && dct && dct.m <= 3 && (tense !== 'future' || REPORT_NOUNS.has(low(t, c.e))) && r.point?.g === 'Y') {
    // "full-year revenue fell" in February: the year just closed ("will report full-year
    // results" too; "expects full-year sales to grow" looks at this one)
    const p: Point = { g: 'Y', y: r.point.y - 1 };
    r = { value: formatPoint(p), point: p };
  }
  return r;
}

/** The tagged time of a resolved candidate (tod: its time of day, an afternoon one corrected). */
function taggedTimeOf(text: string, t: readonly Tok[], c: Cand, r: Resolved, tod: string | undefined, walk: WindowWalk, placedByText: boolean): TaggedTime {
  // A zone stays out of the value (TimeBank writes local times) and goes in its own field.
  const zm = tod ? /([+-]\d\d:\d\d|Z)$/.exec(tod) : null;
  const value = withTimeOfDay(r.value, zm ? tod!.slice(0, zm.index) : tod);
  const anchored: TaggedTime['anchor'] =
    (c.sem.k === 'date' && c.sem.y !== undefined) || (c.sem.k === 'part' && c.sem.y !== undefined) || c.sem.k === 'decade' || c.sem.k === 'century' || c.sem.k === 'lit'
      ? 'absolute'
      : (c.sem.k === 'rel' && c.sem.anchor === 'ref' && (walk.ref || walk.refDay)) || (c.sem.k === 'part' && c.sem.ana && walk.ref) || placedByText
        ? 'text'
        : 'dct';
  const granularity = granularityOf(value, c.type);
  const tt: TaggedTime = {
    start: t[c.s]!.start,
    end: t[c.e - 1]!.end,
    text: '',
    type: c.type,
    value,
    granularity,
    approximate: !!c.approx || value.includes('X') || value.endsWith('_REF') || (c.mod !== undefined && c.mod !== 'START' && c.mod !== 'END' && c.mod !== 'MID') || (c.mod !== undefined && c.type !== 'DURATION'),
    anchor: anchored,
  };
  tt.text = text.slice(tt.start, tt.end);
  if (c.mod) tt.mod = c.mod;
  if (zm) tt.zone = zm[1]!;
  return tt;
}

/** What a tagged candidate leaves for the next: the story's quarter, the reference date and day. */
function carryChain(c: Cand, r: Resolved, named: Point | null, lo: number, tense: Tense, dct: Dct | null, st: ChainState, walk: WindowWalk): void {
  const explicitDays = st.explicitDays;
  // The quarter a results story reports on: one that has ended by the publication date ("the
  // fourth quarter" of a forecast is not it), and not "the year-ago quarter", its comparison.
  // An earlier quarter told after it ("After a flat second quarter, ...") is a comparison too: the
  // story's quarter is the latest one it gave. A fiscal quarter ("its fiscal second quarter") is
  // numbered in its own year, so it is the story's whatever its number.
  // Its number need not fit the calendar either ("fiscal third-quarter profit rose", told in
  // March), so outside a future clause it is reported on whether or not the calendar quarter ended.
  const fiscalQuarter = c.sem.k === 'part' && !!c.sem.fiscal && tense !== 'future';
  if (r.point && r.point.g === 'Q' && c.type === 'DATE' && !(c.sem.k === 'rel' && c.sem.cmp) && !(c.sem.k === 'part' && c.sem.rel === -4) && (!dct || fiscalQuarter || quarterEnded(r.point, dct)) && (fiscalQuarter || !quarterBefore(r.point, st.quarter))) st.quarter = r.point;
  if (c.sem.k === 'rel' && c.sem.cmp) {
    // "a year ago" as a comparison points back from the story's period without moving it.
  } else if (r.point && c.type !== 'DURATION' && c.type !== 'SET' && c.sem.k === 'rel' && c.sem.anchor === 'ref') {
    // A narrative chain moves on by days ("the following day ... a week later"), but "a year
    // earlier ... year-ago" both point back from the same date.
    if (r.point.g === 'D') {
      walk.refDay = r.point;
      walk.refDaySent = lo;
      walk.refDayNight = c.tod === 'TNI';
      st.monthLast = false;
    }
  } else if (named && c.type !== 'DURATION' && c.type !== 'SET') {
    walk.ref = named;
    walk.refSent = lo;
    st.monthLast = named.g === 'M';
    if (named.g === 'D') {
      walk.refDay = named;
      walk.refDaySent = lo;
      walk.refDayNight = c.tod === 'TNI';
      if (c.sem.k === 'date' && c.sem.d !== undefined) {
        explicitDays.push(named.days!);
        if (explicitDays.length > EXPLICIT_DAYS) explicitDays.shift();
      }
      // (a weekday a tense placed, for a later weekday with no tense of its own)
      if (c.sem.k === 'wd' && c.sem.dir === null && (tense === 'past' || tense === 'future')) {
        st.weekdayDays.push(named.days!);
        if (st.weekdayDays.length > EXPLICIT_DAYS) st.weekdayDays.shift();
      }
    }
  }
}
