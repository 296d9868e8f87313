import { addMonths, daysInMonth, fromDays, isoWeek, isoWeekStart, pad, toDays, weeksInYear, ymd } from './calendar.js';
import type { Unit } from './lexicon.js';

/*
 * A point on the calendar at some granularity, and the arithmetic that shifts and coarsens it.
 * Every resolved DATE value is a formatted Point.
 */

export type Gran = 'C' | 'DE' | 'Y' | 'H' | 'Q' | 'SE' | 'M' | 'W' | 'WE' | 'D';

export interface Point {
  g: Gran;
  /** Year; for DE the decade (199), for C the century (19); for W/WE the ISO week-year. */
  y: number;
  /** Month, quarter, half or week number. */
  n?: number;
  /** Season code. */
  s?: string;
  /** Day number (days since 1970-01-01) for D. */
  days?: number;
}

const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];

export function dayPoint(days: number): Point {
  const [y] = fromDays(days);
  return { g: 'D', y, days };
}

export function formatPoint(p: Point): string {
  switch (p.g) {
    case 'C':
      return pad(p.y, 2);
    case 'DE':
      return pad(p.y, 3);
    case 'Y':
      return pad(p.y, 4);
    case 'Q':
      return `${pad(p.y, 4)}-Q${p.n}`;
    case 'H':
      return `${pad(p.y, 4)}-H${p.n}`;
    case 'SE':
      return `${pad(p.y, 4)}-${p.s}`;
    case 'M':
      return `${pad(p.y, 4)}-${pad(p.n!)}`;
    case 'W':
      return `${pad(p.y, 4)}-W${pad(p.n!)}`;
    case 'WE':
      return `${pad(p.y, 4)}-W${pad(p.n!)}-WE`;
    case 'D':
      return ymd(p.days!);
  }
}

/** First day of a point (for converting to a finer or other granularity). */
function firstDay(p: Point): number {
  switch (p.g) {
    case 'D':
      return p.days!;
    case 'W':
    case 'WE':
      return isoWeekStart(p.y, p.n!);
    case 'M':
      return toDays(p.y, p.n!, 1);
    case 'Q':
      return toDays(p.y, (p.n! - 1) * 3 + 1, 1);
    case 'H':
      return toDays(p.y, (p.n! - 1) * 6 + 1, 1);
    case 'SE':
      return toDays(p.y, [12, 3, 6, 9][SEASON_ORDER.indexOf(p.s!)] ?? 1, 1);
    case 'Y':
      return toDays(p.y, 1, 1);
    case 'DE':
      return toDays(p.y * 10, 1, 1);
    case 'C':
      return toDays(p.y * 100, 1, 1);
  }
}


/** The point at granularity g that contains p (only coarser or equal granularities). */
export function coarsen(p: Point, g: Gran): Point {
  if (p.g === g) return p;
  // A granularity finer than p's takes p's first day at that granularity.
  const day = firstDay(p);
  const [y, m] = fromDays(day);
  switch (g) {
    case 'D':
      return dayPoint(day);
    case 'W': {
      const [wy, w] = isoWeek(day);
      return { g: 'W', y: wy, n: w };
    }
    case 'WE': {
      const [wy, w] = isoWeek(day);
      return { g: 'WE', y: wy, n: w };
    }
    case 'M':
      return { g: 'M', y, n: m };
    case 'Q':
      return { g: 'Q', y, n: Math.floor((m - 1) / 3) + 1 };
    case 'H':
      return { g: 'H', y, n: m <= 6 ? 1 : 2 };
    case 'SE': {
      const s = m === 12 || m <= 2 ? 'WI' : m <= 5 ? 'SP' : m <= 8 ? 'SU' : 'FA';
      return { g: 'SE', y, s };
    }
    case 'Y':
      return { g: 'Y', y };
    case 'DE':
      return { g: 'DE', y: Math.floor(y / 10) };
    case 'C':
      return { g: 'C', y: Math.floor(y / 100) };
  }
}

/** Units in months, for shifting month-like points. */
const MONTHS_OF: Partial<Record<Unit, number>> = { Y: 12, H: 6, Q: 3, M: 1, DE: 120, C: 1200, SE: 3 };
const DAYS_OF: Partial<Record<Unit, number>> = { W: 7, WE: 7, D: 1 };

/** Shifts a point by n units, keeping its granularity. */
export function shift(p: Point, unit: Unit, n: number): Point {
  if (n === 0) return p;
  const months = MONTHS_OF[unit];
  const days = DAYS_OF[unit];
  switch (p.g) {
    case 'D': {
      if (days !== undefined) return dayPoint(p.days! + n * days);
      if (months !== undefined) {
        const [y, m, d] = fromDays(p.days!);
        const [y2, m2] = addMonths(y, m, Math.round(n * months));
        return dayPoint(toDays(y2, m2, Math.min(d, daysInMonth(y2, m2))));
      }
      return p;
    }
    case 'W':
    case 'WE': {
      if (unit === 'Y' && Number.isInteger(n)) {
        const y = p.y + n;
        return { g: p.g, y, n: Math.min(p.n!, weeksInYear(y)) };
      }
      const d = days !== undefined ? n * days : months !== undefined ? Math.round(n * months * 30.44) : 0;
      const [wy, w] = isoWeek(isoWeekStart(p.y, p.n!) + d);
      return { g: p.g, y: wy, n: w };
    }
    case 'M':
    case 'Q':
    case 'H':
    case 'SE': {
      const per = p.g === 'M' ? 1 : p.g === 'H' ? 6 : 3;
      let mshift = months !== undefined ? n * months : days !== undefined ? Math.round((n * days) / 30.44) : 0;
      mshift = Math.round(mshift / per) * per;
      if (p.g === 'SE') {
        const idx = SEASON_ORDER.indexOf(p.s!) + mshift / 3;
        // winter belongs to the year it starts in December... keep TimeML's convention: year of January
        const y = p.y + Math.floor(idx / 4);
        return { g: 'SE', y, s: SEASON_ORDER[((idx % 4) + 4) % 4]! };
      }
      const base = p.y * 12 + ((p.n! - 1) * per);
      const t = base + mshift;
      return { g: p.g, y: Math.floor(t / 12), n: Math.floor((((t % 12) + 12) % 12) / per) + 1 };
    }
    case 'Y':
      return { g: 'Y', y: p.y + Math.trunc((months ?? (days ?? 0) / 30.44) * n / 12) };
    case 'DE':
      return { g: 'DE', y: p.y + Math.trunc(((months ?? 0) * n) / 120) };
    case 'C':
      return { g: 'C', y: p.y + Math.trunc(((months ?? 0) * n) / 1200) };
  }
}

export function unitGran(u: Unit): Gran {
  switch (u) {
    case 'h':
    case 'm':
    case 's':
      return 'D';
    default:
      return u as Gran;
  }
}
