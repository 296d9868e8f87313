/** Calendar arithmetic on plain numbers (no Date, no time zone): days, ISO weeks, quarters. */

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function toDays(y: number, m: number, d: number): number {
  const a = m <= 2 ? 1 : 0;
  const yy = y - a;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function weekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-year and week number of a day. */
export function isoWeek(days: number): [number, number] {
  const thursday = days - weekday(days) + 4;
  const [y] = fromDays(thursday);
  const week = Math.floor((thursday - toDays(y, 1, 1)) / 7) + 1;
  return [y, week];
}

/** The Monday of ISO week `w` of week-year `y`. */
export function isoWeekStart(y: number, w: number): number {
  const jan4 = toDays(y, 1, 4);
  return jan4 - weekday(jan4) + 1 + (w - 1) * 7;
}

/** Number of ISO weeks in a week-year: 52 or 53. */
export function weeksInYear(y: number): number {
  return isoWeek(toDays(y, 12, 28))[1];
}

export function addMonths(y: number, m: number, n: number): [number, number] {
  const t = y * 12 + (m - 1) + n;
  return [Math.floor(t / 12), (((t % 12) + 12) % 12) + 1];
}

export function pad(n: number, w = 2): string {
  const s = String(Math.abs(n)).padStart(w, '0');
  return n < 0 ? `-${s}` : s;
}

export function ymd(days: number): string {
  const [y, m, d] = fromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Easter Sunday (Anonymous Gregorian algorithm). */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toDays(y, month, day);
}

/** The nth (1-based; -1 = last) given weekday of a month. */
export function nthWeekday(y: number, m: number, wd: number, nth: number): number {
  if (nth > 0) {
    const first = toDays(y, m, 1);
    return first + ((wd - weekday(first) + 7) % 7) + (nth - 1) * 7;
  }
  const last = toDays(y, m, daysInMonth(y, m));
  return last - ((weekday(last) - wd + 7) % 7);
}
