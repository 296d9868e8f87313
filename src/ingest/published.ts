/**
 * Publication dates are kept as ISO 8601 text: a calendar date (2026-03-12) or a date-time
 * with its zone. Relative dates resolve against them, so a malformed one must be refused
 * rather than passed on.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The date in canonical form, or null when it is not a real ISO 8601 date. */
export function normalizePublished(value: string): string | null {
  const s = value.trim();
  const m = ISO.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null;
  return s.replace(' ', 'T');
}
