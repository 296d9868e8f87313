import { daysInMonth, easter, nthWeekday, pad, toDays, weekday } from './calendar.js';
import type { Tense } from './context.js';
import { EASTER_OFFSETS, EASTER_WEEKS, FIXED_HOLIDAYS, NTH_WEEKDAY_HOLIDAYS, type Unit } from './lexicon.js';
import type { Cand, Dir, Sem } from './model.js';
import { coarsen, dayPoint, formatPoint, shift, unitGran, type Gran, type Point } from './points.js';

/*
 * Normalisation: a proposed meaning (Sem) becomes a TIMEX3 value, placed against the
 * publication date (DCT), the tense of its clause, the preposition before it, and the last
 * date the text gave (for "the following day", "a year earlier", "that Friday").
 */

export interface Dct {
  days: number;
  y: number;
  m: number;
  d: number;
  /** "T14:11" when the publication time is known. */
  time?: string;
}

/** Parses a publication date (YYYY-MM-DD or an ISO date-time); null when absent or unreadable. */
export function parseDct(published: string | null | undefined): Dct | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(published.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  const dct: Dct = { days: toDays(y, mo, d), y, m: mo, d };
  if (m[4] !== undefined) dct.time = `T${m[4]}:${m[5]}`;
  return dct;
}

export interface ResolveContext {
  dct: Dct | null;
  tense: Tense;
  /** The word before the expression ("since", "by", "until", "from", ...). */
  prep: string;
  /** Last date the text gave, at any granularity, and at day granularity. */
  ref: Point | null;
  refDay: Point | null;
  /** Day dates the text gave explicitly ("March 3"), for a weekday that names one. */
  explicitDays: readonly number[];
  /** Days earlier weekdays were placed on by their tense, for a weekday with none (optional). */
  weekdayDays?: readonly number[];
  /** Start of a range this expression ends ("from Monday to Wednesday"). */
  rangeFrom: Point | null;
  /** The last quarter the text gave: the period a results story reports on. */
  quarter?: Point | null;
  /** The last date the text gave is a month, given after the last day it gave. */
  monthLast?: boolean;
  /** The preposition before the expression, across one determiner ("from the Christmas recess"). */
  lead?: string;
}

export interface Resolved {
  value: string;
  point: Point | null;
}

/** -1, 0 or 1: where a partial date lies, from its explicit direction, the preposition or the tense. */
function direction(dir: Dir | undefined, ctx: ResolveContext): -1 | 0 | 1 {
  if (dir === -1 || dir === 1 || dir === 0) return dir;
  if (ctx.prep === 'since' || ctx.prep === 'ago') return -1;
  if (ctx.tense === 'future') return 1;
  if (ctx.tense === 'past') return -1;
  return 0;
}

/**
 * The day a weekday ending a range is counted from: the range's start ("from Monday to
 * Wednesday"), but never before the publication date when "next" shifts the weekday ("moved from
 * Friday to next Wednesday", "adjourned from last Friday to next Monday": "next" counts from the
 * publication date). A weekday after "last" is not placed by the range at all.
 */
function rangeEndAnchor(from: number, dir: Dir | undefined, dct: Dct | null): number {
  // (a range that starts in the past may still end on a "next" weekday: "moved from Friday to next
  // Wednesday"; one that starts ahead counts on from its start: "closed from Monday to next Friday")
  return dir === 1 && dct ? Math.max(from, dct.days) : from;
}

/** Year for a month/day that has none: the DCT's, moved by tense when the date falls on the wrong side. */
function yearFor(m: number, d: number, dir: Dir | undefined, ctx: ResolveContext, dct: Dct): number {
  const from = ctx.rangeFrom;
  if (from && from.g === 'D') {
    const [fy] = [from.y];
    const cand = toDays(fy, m, Math.min(d, daysInMonth(fy, m)));
    return cand >= from.days! ? fy : fy + 1;
  }
  // "the deadline is Dec. 31", "the hearing is on May 5": a present verb right before a month-day
  // (tense 'present' counts only within four words) names one ahead, as it does a month or weekday
  const dd = ctx.tense === 'present' && (dir === null || dir === undefined) && ctx.prep !== 'since' ? 1 : direction(dir, ctx);
  const here = m * 100 + d;
  const now = dct.m * 100 + dct.d;
  // "last Oct. 23" / "next May 5": strictly before / after the publication date.
  if (dir === -1) return here >= now ? dct.y - 1 : dct.y;
  if (dir === 1) return here <= now ? dct.y + 1 : dct.y;
  // A future clause moves a date already past into next year, unless it passed within the last two
  // months: "she would bring aid to the places where the Aug. 7 blasts killed 257" (published Aug. 18).
  if (dd === 1 && here < now) return dct.days - toDays(dct.y, m, Math.min(d, daysInMonth(dct.y, m))) <= 60 ? dct.y : dct.y + 1;
  // "to holders of record on Jan. 5, the company announced", told on Dec. 31: a day a few weeks
  // ahead across the new year is the scheduled date the same rule keeps within a year
  if (dd === -1 && here < now && toDays(dct.y + 1, m, Math.min(d, daysInMonth(dct.y + 1, m))) - dct.days <= PAST_CLAUSE_AHEAD) return dct.y + 1;
  if (dd === -1 && here > now && m - dct.m > 2) {
    // A month or two ahead in a past-tense sentence is more often a scheduled date; only far ones move.
    return dct.y - 1;
  }
  if (dd === 0 && dir !== 0) {
    // No tense to go by: the nearest such day, as for a bare month ("Dec. 28" in a January story
    // is the last one, "Jan. 3" in a December story the next).
    const days = toDays(dct.y, m, Math.min(d, daysInMonth(dct.y, m))) - dct.days;
    if (days > 183) return dct.y - 1;
    if (days < -183) return dct.y + 1;
  }
  return dct.y;
}

/** How many days ahead a month-day told in a past clause may lie across the new year and stay ahead. */
const PAST_CLAUSE_AHEAD = 45;

/**
 * A weekday told as the time of a past clause ("said on Tuesday", "were halted Tuesday") names no
 * day the text gave after the publication date: what was said or done cannot have happened on a
 * day still to come. A weekday that modifies a noun ("said the Tuesday summit was vital") names
 * that event, past or not.
 */
const NOUN_DETERMINERS = new Set(['the', 'a', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 's']);
function pastOfLaterDay(ctx: ResolveContext, day: number, anchor: number): boolean {
  return ctx.tense === 'past' && ctx.dct !== null && day > anchor && !NOUN_DETERMINERS.has(ctx.prep);
}

function weekdayFrom(anchor: number, wd: number, dd: -1 | 0 | 1, strict: boolean): number {
  const cur = weekday(anchor);
  if (dd === 1) return anchor + (((wd - cur + 7) % 7) || (strict ? 7 : 0));
  if (dd === -1) return anchor - (((cur - wd + 7) % 7) || (strict ? 7 : 0));
  return anchor - cur + wd;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function holidayDay(name: string, y: number): number | null {
  const f = FIXED_HOLIDAYS.get(name);
  if (f) return toDays(y, f[0], f[1]);
  const nth = NTH_WEEKDAY_HOLIDAYS.get(name);
  if (nth) return nthWeekday(y, nth[0], nth[1], nth[2]) + (nth[3] ?? 0);
  const off = EASTER_OFFSETS.get(name) ?? (EASTER_WEEKS.has(name) ? 0 : undefined);
  if (off !== undefined) return easter(y) + off;
  return null;
}

function underspecified(sem: Sem): string {
  switch (sem.k) {
    case 'date':
      if (sem.yrel !== undefined && sem.m) return `XXXX-${pad(sem.m)}${sem.d ? `-${pad(sem.d)}` : ''}`;
      return sem.y !== undefined
        ? `${pad(sem.y, 4)}${sem.m ? `-${pad(sem.m)}${sem.d ? `-${pad(sem.d)}` : ''}` : ''}`
        : sem.m
          ? `XXXX-${pad(sem.m)}${sem.d ? `-${pad(sem.d)}` : ''}`
          : 'XXXX';
    case 'part':
      return `${sem.y !== undefined ? pad(sem.y, 4) : 'XXXX'}-${sem.code.length === 1 ? `${sem.code}X` : sem.code}`;
    case 'wd':
      return `XXXX-WXX-${sem.wd}`;
    case 'holiday': {
      const f = FIXED_HOLIDAYS.get(sem.name);
      return f ? `${sem.y !== undefined ? pad(sem.y, 4) : 'XXXX'}-${pad(f[0])}-${pad(f[1])}` : 'XXXX-XX-XX';
    }
    case 'rel': {
      const g = sem.gran === 'ref' || sem.gran === undefined ? unitGran(sem.unit) : unitGran(sem.gran);
      if (sem.anchor === 'dct' && sem.n === 0 && sem.unit === 'D') return 'XXXX-XX-XX';
      return g === 'D' ? 'XXXX-XX-XX' : g === 'M' ? 'XXXX-XX' : g === 'W' ? 'XXXX-WXX' : g === 'WE' ? 'XXXX-WXX-WE' : g === 'Q' ? 'XXXX-QX' : g === 'DE' ? 'XXX' : g === 'C' ? 'XX' : 'XXXX';
    }
    default:
      return 'XXXX-XX-XX';
  }
}

/**
 * The year of "last <month>": the latest such month before the publication month, except the
 * month just before it, which a writer calls "last month"; "last February" in a March story is the
 * February a year before (train: 1997-02 in a story of 1998-03-01). "Last December" in January
 * is still the December just past.
 */
function lastMonthYear(m: number, dct: Dct): number {
  return m < dct.m - 1 ? dct.y : dct.y - 1;
}

/** Resolves one candidate's meaning to a TIMEX3 value. */
export function resolveSem(c: Cand, ctx: ResolveContext): Resolved {
  const sem = c.sem;
  if (sem.k === 'lit') return { value: sem.v, point: null };
  if (sem.k === 'decade') return { value: pad(sem.v, 3), point: { g: 'DE', y: sem.v } };
  if (sem.k === 'century') return { value: pad(sem.v, 2), point: { g: 'C', y: sem.v } };
  if (sem.k === 'date' && sem.y !== undefined) {
    const p: Point = sem.m === undefined ? { g: 'Y', y: sem.y } : sem.d === undefined ? { g: 'M', y: sem.y, n: sem.m } : dayPoint(toDays(sem.y, sem.m, Math.min(sem.d, daysInMonth(sem.y, sem.m))));
    return { value: formatPoint(p), point: p };
  }
  if (sem.k === 'part' && sem.yrel !== undefined) {
    // "the first quarter of next year": the year is counted from the publication date
    if (!ctx.dct) return { value: underspecified(sem), point: null };
    const p = partPoint(sem.code, ctx.dct.y + sem.yrel);
    return { value: formatPoint(p), point: p };
  }
  if (sem.k === 'part' && sem.y === undefined && sem.rel !== undefined && sem.rel >= 9 && sem.rel <= 11 && (ctx.dct || ctx.quarter)) {
    // "this year's third quarter" (rel 10), "last year's quarter" (rel 9), "next year's first quarter" (rel 11)
    const base = ctx.dct ? ctx.dct.y : ctx.quarter!.y;
    const y = base + sem.rel - 10;
    if (sem.code === 'Q') {
      if (!ctx.quarter) return { value: `${pad(y, 4)}-QX`, point: null };
      const p: Point = { g: 'Q', y: ctx.quarter.y + sem.rel - 10, n: ctx.quarter.n! };
      return { value: formatPoint(p), point: p };
    }
    const p = partPoint(sem.code, y);
    return { value: formatPoint(p), point: p };
  }
  if (sem.k === 'part' && sem.y !== undefined && (sem.code === 'Q' || sem.code === 'H')) {
    // "the 1988 quarter": the quarter the story reports on, in that year; "the 1988 period" likewise, else the year.
    if (ctx.quarter && sem.code === 'Q') {
      const p: Point = { g: 'Q', y: sem.y, n: ctx.quarter.n! };
      return { value: formatPoint(p), point: p };
    }
    if (sem.rel === 9) return { value: pad(sem.y, 4), point: { g: 'Y', y: sem.y } };
    return { value: `${pad(sem.y, 4)}-${sem.code}X`, point: null };
  }
  if (sem.k === 'part' && sem.y !== undefined) {
    const p = partPoint(sem.code, sem.y);
    return { value: formatPoint(p), point: p };
  }
  if (sem.k === 'rel' && sem.cmp && ctx.quarter) {
    // "from $4 million a year ago" in a story on a quarter: that quarter a year before.
    const p = shift(ctx.quarter, 'Y', -1);
    return { value: formatPoint(p), point: p };
  }
  if (sem.k === 'part' && sem.prev && ctx.quarter) {
    const p = shift(ctx.quarter, 'Q', -1);
    return { value: formatPoint(p), point: p };
  }
  if (sem.k === 'part' && sem.ana && (sem.dir === 1 || sem.dir === -1) && ctx.ref && SEASON_START[sem.code] !== undefined) {
    const p = seasonFrom(sem.code, sem.dir, ctx.ref);
    if (p) return { value: formatPoint(p), point: p };
  }
  if (sem.k === 'part' && sem.ana && ctx.ref && !sem.code.startsWith('Q') && ['D', 'W', 'M', 'Q', 'H', 'SE', 'Y'].includes(ctx.ref.g)) {
    // "In 2009 ... that summer": the season of the year the text gave
    const p = partPoint(sem.code, ctx.ref.g === 'W' || ctx.ref.g === 'D' ? coarsen(ctx.ref, 'M').y : ctx.ref.y);
    return { value: formatPoint(p), point: p };
  }
  if (sem.k === 'part' && sem.ana && ctx.ref && (ctx.ref.g === 'D' || ctx.ref.g === 'M' || ctx.ref.g === 'Q')) {
    // "that quarter": the quarter of the last date the text gave ("Oct. 31 ... that quarter")
    const p = coarsen(ctx.ref, 'Q');
    return { value: formatPoint(p), point: p };
  }
  if (sem.k === 'date' && sem.ana && sem.m !== undefined && ctx.ref) {
    const p = sem.dir === 0 ? monthOfYear(sem.m, ctx.ref) : monthFrom(sem.m, sem.dir === -1 ? -1 : 1, ctx.ref);
    if (p) return { value: formatPoint(p), point: p };
  }
  if (sem.k === 'rel' && sem.anchor === 'ref' && (sem.unit === 'D' || sem.unit === 'W') && Number.isInteger(sem.n) && ctx.monthLast && ctx.ref?.g === 'M') {
    // "won in Boston in April and came second in London three weeks later": counted from the month
    // the text gave last, not from an older day (nor the publication date); which day of the month
    // is unknown, so the result is the month its middle moves into
    const mid = toDays(ctx.ref.y, ctx.ref.n!, 15) + sem.n * (sem.unit === 'W' ? 7 : 1);
    const p = coarsen(dayPoint(mid), 'M');
    // "went up in October ... crossed out that same day", "the next day": a day of that month,
    // which one unknown (TimeML writes 1998-10-XX, a day, not the month)
    if (sem.unit === 'D') return { value: `${formatPoint(p)}-XX`, point: p };
    return { value: formatPoint(p), point: p };
  }
  const dct = ctx.dct;
  const rel = sem.k === 'rel' && sem.anchor === 'ref' && !pastClauseOnComingDay(sem, ctx) ? pickRef(sem.unit, ctx) : null;
  if (!dct && !rel) {
    // No publication date: never guess from the clock.
    if (sem.k === 'rel' && sem.anchor === 'dct' && sem.n === 0 && sem.unit === 'D') return { value: 'PRESENT_REF', point: null };
    return { value: underspecified(sem), point: null };
  }
  switch (sem.k) {
    case 'date': {
      if (sem.d !== undefined) {
        const y = sem.yrel !== undefined ? dct!.y + sem.yrel : yearFor(sem.m!, sem.d, sem.dir, ctx, dct!);
        const p = dayPoint(toDays(y, sem.m!, Math.min(sem.d, daysInMonth(y, sem.m!))));
        return { value: formatPoint(p), point: p };
      }
      if (sem.m !== undefined && sem.yrel !== undefined) {
        const p: Point = { g: 'M', y: dct!.y + sem.yrel, n: sem.m };
        return { value: formatPoint(p), point: p };
      }
      if (sem.m !== undefined) {
        let y = dct!.y;
        // "by February", "until March": a deadline ahead unless the clause is past.
        const deadline = (ctx.prep === 'by' || ctx.prep === 'until' || ctx.prep === 'till') && ctx.tense !== 'past';
        // "the election is in November": a present verb right before a month (tense 'present' only
        // counts within four words) names one ahead, as it does a weekday
        const dd = sem.dir === 0 ? 0 : (deadline || ctx.tense === 'present') && (sem.dir === null || sem.dir === undefined) ? 1 : direction(sem.dir, ctx);
        if (ctx.rangeFrom && (ctx.rangeFrom.g === 'M' || ctx.rangeFrom.g === 'D')) {
          const fm = ctx.rangeFrom.g === 'M' ? ctx.rangeFrom.n! : coarsen(ctx.rangeFrom, 'M').n!;
          y = ctx.rangeFrom.y + (sem.m < fm ? 1 : 0);
        } else if (c.measuredMonth && (sem.dir === null || sem.dir === undefined)) {
          // "will release the November jobs report", "the weak August performance": figures are
          // reported for a month already begun, whatever the tense of the release
          if (sem.m > dct!.m) y--;
        } else if (sem.dir === -1) y = lastMonthYear(sem.m, dct!);
        else if (sem.dir === 1) y = sem.m > dct!.m ? dct!.y : dct!.y + 1;
        else if (dd === 1 && sem.m < dct!.m) y++;
        // a past clause: a month still ahead is last year's ("changed its fiscal year in October"),
        // but "called elections for May" sets a date: after "for" only a far month moves
        else if (dd === -1 && sem.m > dct!.m + (ctx.prep === 'for' ? 2 : 0)) y--;
        else if (dd === 0 && sem.dir !== 0) {
          // No tense to go by: the nearest such month ("in October" in a January story is the last one,
          // "in January" in a November story the next).
          if (sem.m - dct!.m > 6) y--;
          else if (dct!.m - sem.m > 6) y++;
        }
        const p: Point = { g: 'M', y, n: sem.m };
        return { value: formatPoint(p), point: p };
      }
      return { value: 'XXXX', point: null };
    }
    case 'part': {
      const cur = coarsen(dayPoint(dct!.days), sem.code.startsWith('H') ? 'H' : sem.code.startsWith('Q') ? 'Q' : 'SE');
      if (sem.code === 'Q' || sem.code === 'H') {
        // "the quarter", "the latest quarter": the one the story reports on (the last ended quarter it gave), else the last one it gave.
        // ("will name a chief executive by the end of the quarter", in a story on the quarter just
        // ended: a future clause cannot reach an ended quarter, so it is the one under way)
        if (sem.code === 'Q' && ctx.quarter && sem.rel === 0 && ctx.tense === 'future' && ctx.quarter.y * 4 + ctx.quarter.n! < cur.y * 4 + cur.n!) return { value: formatPoint(cur), point: cur };
        if (sem.code === 'Q' && ctx.quarter && (sem.rel === 0 || sem.rel === -1)) return { value: formatPoint(ctx.quarter), point: ctx.quarter };
        if (ctx.ref && ctx.ref.g === (sem.code === 'Q' ? 'Q' : 'H') && sem.rel !== -4 && !sem.current) return { value: formatPoint(ctx.ref), point: ctx.ref };
        if (sem.rel === -4) {
          const base = ctx.quarter ?? (ctx.ref && ctx.ref.g === 'Q' ? ctx.ref : shift(cur, 'Q', -1));
          const p = shift(base, 'Y', -1);
          return { value: formatPoint(p), point: p };
        }
        const dd = sem.dir === 1 ? 1 : sem.dir === 0 ? 0 : sem.rel === -1 || ctx.tense === 'past' ? -1 : 0;
        const p = shift(cur, sem.code === 'Q' ? 'Q' : 'H', dd);
        return { value: formatPoint(p), point: p };
      }
      // "the third quarter", "this summer", "last fall"
      let p = partPoint(sem.code, dct!.y);
      const unit: Unit = sem.code.startsWith('Q') ? 'Q' : sem.code.startsWith('H') ? 'H' : 'SE';
      const start = firstMonthOf(p);
      const cm = dct!.m;
      if (sem.dir === -1) {
        if (start > cm || (unit === 'SE' && containsMonth(p, cm))) p = shift(p, 'Y', -1);
      } else if (sem.dir === 1) {
        if (start <= cm) p = shift(p, 'Y', 1);
      } else if (sem.dir === 0 && unit === 'SE' && p.s === 'WI' && cm <= 2) {
        // "this winter" in January: the one under way, which began the December before
        p = shift(p, 'Y', -1);
      } else if (sem.dir === null || sem.dir === undefined) {
        const dd = direction(null, ctx);
        if (dd === 1 && unit === 'SE' && start + 2 < cm) p = shift(p, 'Y', 1);
        // "the company expects revenue to be flat for the first half", told in December: next
        // year's, as with no tense (a later ended quarter may still be reported on: left alone)
        else if (dd === 1 && cm - start > NEAREST_AHEAD) p = shift(p, 'Y', 1);
        else if (dd === -1 && start > cm) p = shift(p, 'Y', -1);
        // No tense: the nearest such quarter or half ("the fourth quarter" in a March story is last year's).
        else if (dd === 0 && unit !== 'SE' && start - cm > 6) p = shift(p, 'Y', -1);
        // ... and forward: "Q1 looks like the sweet spot" in an October story is next year's
        else if (dd === 0 && unit !== 'SE' && cm - start > NEAREST_AHEAD) p = shift(p, 'Y', 1);
        // ... and a season long past gives way to the coming one: "in the spring" in November
        else if (dd === 0 && unit === 'SE' && !sem.ana) p = nearestSeason(p, cm);
      }
      // "the year-ago third quarter"
      if (sem.rel === -4) p = shift(p, 'Y', -1);
      return { value: formatPoint(p), point: p };
    }
    case 'wd': {
      let anchor = dct ? dct.days : ctx.refDay!.days!;
      let dd: -1 | 0 | 1;
      let strict = false;
      if (ctx.rangeFrom && ctx.rangeFrom.g === 'D' && !(dct && Math.abs(ctx.rangeFrom.days! - dct.days) > 7) && sem.dir !== -1) {
        // "from Monday to Wednesday": the first such day from the start of the range. A start
        // weeks away ("from Sept. 14 to Thursday") does not place the weekday; the DCT does.
        anchor = rangeEndAnchor(ctx.rangeFrom.days!, sem.dir, dct);
        dd = 1;
        strict = sem.dir === 1;
      } else if (sem.dir === 0 && (c as { anaphoric?: boolean }).anaphoric && ctx.refDay) {
        anchor = ctx.refDay.days!;
        dd = direction(null, ctx) === 1 ? 1 : -1;
        // "that Friday": the Friday of the week the text is in.
        const p = dayPoint(weekdayFrom(anchor, sem.wd, 0, false));
        return { value: formatPoint(p), point: p };
      } else if (sem.dir === -1 || sem.dir === 1) {
        dd = sem.dir;
        strict = true;
        if ((c as { anaphoric?: boolean }).anaphoric && ctx.refDay) anchor = ctx.refDay.days!;
      } else if (sem.dir === 0) {
        dd = 0;
      } else {
        // A weekday that names a day the text already gave ("on March 3 ... on Tuesday").
        // On the publication date's own weekday, "said Friday" is today, not the Friday of a deadline a week ahead.
        const today = weekday(anchor) === sem.wd && ctx.tense !== 'future';
        // ("check your flight before you fly on Saturday", told on a Thursday, is two days ahead even
        // when the text named the Saturday after it, nine days ahead: a clause that looks ahead reaches
        // a named day only within the coming week)
        const ahead = ctx.tense === 'future' || ctx.tense === 'present';
        // (and a past clause reaches no named day still ahead: "the talks are set to begin on March
        // 10 ... a spokesman said on Tuesday" is the Tuesday before, not March 10)
        const named = today ? undefined : ctx.explicitDays.find((d) => weekday(d) === sem.wd && Math.abs(d - anchor) <= 10 && !(ahead && d - anchor > 7) && !pastOfLaterDay(ctx, d, anchor));
        // "tickets for Wednesday or Thursday can be used": with no tense of its own, a weekday is
        // the one the text already placed ("the strike from 2 a.m. on Wednesday")
        // (a present verb places the day itself: "the cabinet meets Friday" is ahead)
        const placed = named ?? (ctx.tense === null && ctx.prep !== 'since' && !today ? ctx.weekdayDays?.find((d) => weekday(d) === sem.wd && Math.abs(d - anchor) <= 7) : undefined);
        if (placed !== undefined) {
          const p = dayPoint(placed);
          return { value: formatPoint(p), point: p };
        }
        // "The summit is on Friday", "ministers are meeting Monday": a present clause names a day ahead.
        // "until Sunday", "by Friday": a deadline ahead unless the clause is past ("stayed until Sunday").
        const deadline = (ctx.prep === 'by' || ctx.prep === 'until' || ctx.prep === 'till') && ctx.tense !== 'past';
        dd = ctx.prep === 'since' || (c as { tradedDay?: boolean }).tradedDay ? -1 : ctx.tense === 'future' || ctx.tense === 'present' || deadline ? 1 : -1;
      }
      const p = dayPoint(weekdayFrom(anchor, sem.wd, dd, strict));
      return { value: formatPoint(p), point: p };
    }
    case 'holiday': {
      const y0 = sem.y ?? dct!.y;
      let day = holidayDay(sem.name, y0);
      if (day === null) return { value: 'XXXX-XX-XX', point: null };
      const week = EASTER_WEEKS.has(sem.name);
      const near = sem.y === undefined && (sem.dir === null || sem.dir === undefined) ? nearHoliday(sem.name, dct!, ctx) : null;
      if (near !== null) day = near;
      else if (sem.y === undefined) {
        const dd = sem.dir ?? direction(null, ctx);
        // "as Holy Week began" on Palm Sunday: a week holiday is the nearest one unless told otherwise
        if (dd === 1 && day < dct!.days && !(week && sem.dir === null && dct!.days - day < 7)) day = holidayDay(sem.name, y0 + 1)!;
        else if (dd === -1 && day > dct!.days && !(week && sem.dir === null && day - dct!.days < 14)) day = holidayDay(sem.name, y0 - 1)!;
        else if (dd === 0 && sem.dir !== 0) {
          // no tense: the nearest one ("New Year's Eve" in a March story is the last one)
          if (day - dct!.days > 183) day = holidayDay(sem.name, y0 - 1)!;
          else if (dct!.days - day > 183) day = holidayDay(sem.name, y0 + 1)!;
        }
      }
      const p = week ? coarsen(dayPoint(day), 'W') : dayPoint(day);
      return { value: formatPoint(p), point: p };
    }
    case 'rel': {
      // "The following morning, police arrived", "A day later he was arrested" with no day given
      // before: the day counted from is some unknown day of the past, so the day after it cannot
      // be placed, and the publication date moved forward would put a past event in the future
      if (!rel && laterInThePast(sem, ctx)) return { value: underspecified(sem), point: null };
      // "will travel this week", told on a Sunday: the week that ends that day is all but over,
      // so a week still to come is the one starting the next day
      const sundayAhead = !rel && sem.unit === 'W' && sem.n === 0 && ctx.tense === 'future' && weekday(dct!.days) === 7;
      const base: Point = rel ?? dayPoint(dct!.days + (sundayAhead ? 1 : 0));
      // "four years later" with no date given before: a year, not the publication day moved by four years
      let g: Gran = sem.gran === 'ref' ? (rel ? base.g : unitGran(sem.unit === 'W' ? 'D' : sem.unit)) : unitGran(sem.gran ?? sem.unit);
      if (sem.gran === 'ref' && (sem.unit === 'D' || sem.unit === 'W') && base.g !== 'D') g = 'D';
      if (sem.unit === 'WE') {
        let p = coarsen(base, 'WE');
        if (Number.isNaN(sem.n)) {
          const wd = weekday(base.days ?? dct!.days);
          if (wd < 6 && !weekendAhead(ctx)) p = shift(p, 'W', -1);
          // told on a Sunday, a weekend still to come is next week's: this one is all but over
          else if (wd === 7 && ctx.tense === 'future') p = shift(p, 'W', 1);
        } else p = shift(p, 'W', sem.n);
        // "protesters marched this weekend", told on a weekday: the weekend of this ISO week is
        // still ahead, so a past one is the weekend just gone
        if (sem.n === 0 && ctx.tense === 'past' && weekday(base.days ?? dct!.days) < 6) p = shift(p, 'W', -1);
        return { value: formatPoint(p), point: p };
      }
      if (rel && RANK_OF[g] < RANK_OF[rel.g] && sem.gran === 'ref') g = rel.g;
      const shifted = shiftBy(base, sem.unit, sem.n, g);
      return { value: formatPoint(shifted), point: shifted };
    }
  }
}

/**
 * "the weekend", told on a weekday, is the coming one in the future, as a deadline ("by the
 * weekend", "until the weekend", as a weekday is) and in the present with "for" ("is doubtful for
 * the weekend"); otherwise the one just gone ("clashes over the weekend").
 */
function weekendAhead(ctx: ResolveContext): boolean {
  if (ctx.tense === 'future') return true;
  if (ctx.tense === 'past') return false;
  const prep = ctx.prep === 'the' ? ctx.lead ?? ctx.prep : ctx.prep;
  return prep === 'by' || prep === 'until' || prep === 'till' || (ctx.tense === 'present' && prep === 'for');
}

/** Prepositions of coming back from a holiday just past: "return from the Christmas recess". */
const AFTER_HOLIDAY = new Set(['from', 'after']);
/** Prepositions of something got or done ahead of a holiday: "tickets for New Year's Eve", "before Christmas". */
const TOWARD_HOLIDAY = new Set(['for', 'before', 'until', 'till', 'by']);
/** Days a holiday may lie behind ("back from the Christmas break") or ahead ("booked for Christmas") against the tense. */
const HOLIDAY_BEHIND = 21;
const HOLIDAY_AHEAD = 60;

/**
 * A holiday near the publication date against the clause's tense: "lawmakers return from the
 * Christmas recess", told on Jan. 4, come back from the one just past (not next December's), and
 * "tickets for New Year's Eve sold out in October", told on Dec. 28, were for the one days ahead
 * (the past verb tells when they sold). null when neither applies.
 */
function nearHoliday(name: string, dct: Dct, ctx: ResolveContext): number | null {
  const lead = ctx.lead ?? ctx.prep;
  const back = ctx.tense !== 'past' && AFTER_HOLIDAY.has(lead);
  const ahead = ctx.tense === 'past' && TOWARD_HOLIDAY.has(lead);
  if (!back && !ahead) return null;
  for (const y of back ? [dct.y, dct.y - 1] : [dct.y, dct.y + 1]) {
    const day = holidayDay(name, y);
    if (day === null) return null;
    if (back && day < dct.days && dct.days - day <= HOLIDAY_BEHIND) return day;
    if (ahead && day > dct.days && day - dct.days <= HOLIDAY_AHEAD) return day;
  }
  return null;
}

/** A shift forward by days or weeks from the text's last date, in a past clause ("the next day", "two weeks later"). */
function laterInThePast(sem: Sem & { k: 'rel' }, ctx: ResolveContext): boolean {
  return sem.anchor === 'ref' && sem.n > 0 && ctx.tense === 'past' && (sem.unit === 'D' || sem.unit === 'W');
}

const RANK_OF: Record<Gran, number> = { D: 0, W: 1, WE: 1, M: 2, SE: 3, Q: 3, H: 4, Y: 5, DE: 6, C: 7 };

/** Shift `from` by n units and give the result at granularity g. */
function shiftBy(from: Point, unit: Unit, n: number, g: Gran): Point {
  if (unit === 'h' || unit === 'm' || unit === 's') return coarsen(from, 'D');
  if (from.g === 'D' || RANK_OF[from.g] <= RANK_OF[g]) {
    // shift at the finer of (from, unit) then coarsen
    const ug = unitGran(unit);
    const moved = Number.isInteger(n) && RANK_OF[ug] >= RANK_OF[from.g] && from.g !== 'D' ? shift(coarsen(from, ug === 'WE' ? 'W' : ug), unit, n) : shift(from, unit, n);
    return RANK_OF[moved.g] <= RANK_OF[g] ? coarsen(moved, g) : moved;
  }
  return coarsen(shift(from, unit, n), g);
}

/**
 * "Schools will remain closed until Monday. Aftershocks continued through the morning.": a part of
 * the day told in the past is on no day still to come; the day the text gave last lies ahead of
 * the publication date, so the part is the publication day's.
 */
function pastClauseOnComingDay(sem: { unit: Unit; n: number }, ctx: ResolveContext): boolean {
  return sem.unit === 'D' && sem.n === 0 && ctx.tense === 'past' && !!ctx.dct && !!ctx.refDay && ctx.refDay.days! > ctx.dct.days;
}

function pickRef(unit: Unit, ctx: ResolveContext): Point | null {
  if (unit === 'D' || unit === 'W' || unit === 'h' || unit === 'm') return ctx.refDay ?? null;
  // ("the '1960s' comment ... Thirteen years earlier, she had voted": a decade or a century is no
  // point to count years from; the publication date is)
  if (ctx.ref && (ctx.ref.g === 'DE' || ctx.ref.g === 'C') && unit !== 'DE' && unit !== 'C') return null;
  return ctx.ref;
}

function partPoint(code: string, y: number): Point {
  if (code.startsWith('Q')) return { g: 'Q', y, n: Number(code.slice(1)) };
  if (code.startsWith('H')) return { g: 'H', y, n: Number(code.slice(1)) };
  return { g: 'SE', y, s: code };
}

/**
 * "In 2024 the plant closed. The following spring it reopened": the first such season after (dir
 * 1) or before (-1) the date the text gave, not the one after the publication date (2025-SP).
 * A season starting in the reference's own month is not after it ("June 2024 ... the following
 * summer" is 2025's). null for a reference it cannot count from (a decade).
 */
/**
 * With no tense, a season of the publication year that began more than half a year before it gives
 * way to the next one: "elections in the spring" in November is the coming spring. (Only forward:
 * a season told of the past carries a past verb, and "the fall" in February with no verb is one
 * ahead too, which the publication year's already gives.)
 */
function nearestSeason(p: Point, cm: number): Point {
  // "the winter" in January or February: the one under way, which began the December before
  if (p.s === 'WI' && cm <= 2) return shift(p, 'Y', -1);
  return cm - firstMonthOf(p) > 6 ? shift(p, 'Y', 1) : p;
}

function seasonFrom(code: string, dir: 1 | -1, ref: Point): Point | null {
  if (ref.g === 'Y') return partPoint(code, ref.y + dir);
  if (ref.g === 'DE' || ref.g === 'C') return null;
  const m = coarsen(ref, 'M');
  const start = SEASON_START[code]!;
  const y = dir === 1 ? (start <= m.n! ? m.y + 1 : m.y) : start >= m.n! ? m.y - 1 : m.y;
  return partPoint(code, y);
}

/** "In 1996 ... that April": the month in the year of the text's date; null for a decade or century. */
function monthOfYear(m: number, ref: Point): Point | null {
  if (ref.g === 'DE' || ref.g === 'C') return null;
  return { g: 'M', y: ref.g === 'D' || ref.g === 'W' ? coarsen(ref, 'M').y : ref.y, n: m };
}

/**
 * "In 2023 ... the following February" (2024-02), "on Oct. 12 ... the previous March": the first
 * such month after (dir 1) or before (-1) the text's date; a month is never after or before itself.
 * null for a reference it cannot count from (a decade).
 */
function monthFrom(m: number, dir: 1 | -1, ref: Point): Point | null {
  if (ref.g === 'Y') return { g: 'M', y: ref.y + dir, n: m };
  if (ref.g === 'DE' || ref.g === 'C') return null;
  const r = coarsen(ref, 'M');
  const y = dir === 1 ? (m > r.n! ? r.y : r.y + 1) : m < r.n! ? r.y : r.y - 1;
  return { g: 'M', y, n: m };
}

/**
 * With no tense, a quarter or half that began more than this many months before the publication
 * month gives way to next year's (only the first quarter or half, told in October to December: an
 * ended one is still the likelier topic of a results story a few months on).
 */
const NEAREST_AHEAD = 8;

function firstMonthOf(p: Point): number {
  if (p.g === 'Q') return (p.n! - 1) * 3 + 1;
  if (p.g === 'H') return (p.n! - 1) * 6 + 1;
  return SEASON_START[p.s!] ?? 1;
}

function containsMonth(p: Point, m: number): boolean {
  const s = firstMonthOf(p);
  if (p.s === 'WI') return m === 12 || m <= 2;
  return m >= s && m < s + 3;
}

/** Appends a time of day to a day value: 2025-08-15T15:00, 2025-08-15TMO. */
export function withTimeOfDay(value: string, tod: string | undefined): string {
  if (!tod) return value;
  // "XXXX-03-XX": a day of a known month in an unknown year ("the first Monday of March" with no publication date)
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) || /^XXXX-[\dX]{2}-XX$/.test(value) || /^XXXX-WXX-\d$/.test(value)) return value + tod;
  if (value === 'PRESENT_REF') return `XXXX-XX-XX${tod}`;
  return value;
}
