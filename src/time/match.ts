import { Kind, type Tok } from './tokens.js';

/** Small helpers the parsers share for looking at tokens. */

export const low = (t: readonly Tok[], i: number): string => t[i]?.low ?? '';

export const isNum = (t: readonly Tok[], i: number): boolean => t[i]?.kind === Kind.Num;
export const isWord = (t: readonly Tok[], i: number): boolean => t[i]?.kind === Kind.Word;

/** True when token i is glued to the token before it (no whitespace between). */
export const glued = (t: readonly Tok[], i: number): boolean => i < t.length && !t[i]!.space;

/** The index after an optional period glued to token i-1 ("Sept." "Jr."). */
export function optDot(t: readonly Tok[], i: number): number {
  return low(t, i) === '.' && glued(t, i) ? i + 1 : i;
}

const HYPHENS = new Set(['-', '‐', '‑', '–']);

/** Index of the word after token i-1 when a hyphen or a space joins them ("third-quarter"). */
export function joined(t: readonly Tok[], i: number): number {
  if (HYPHENS.has(low(t, i)) && glued(t, i) && glued(t, i + 1)) return i + 1;
  return i;
}

/** True when token i is a hyphen between two glued words. */
export function isHyphenAt(t: readonly Tok[], i: number): boolean {
  return HYPHENS.has(low(t, i)) && glued(t, i) && glued(t, i + 1);
}

/** Integer value of a digit token, or NaN. */
export function intOf(t: readonly Tok[], i: number): number {
  const k = t[i];
  if (!k || k.kind !== Kind.Num || k.low.length > 9) return NaN;
  return Number(k.low);
}

/** Ordinal suffixes glued to a number: "15th", "1st". */
export function ordSuffix(t: readonly Tok[], i: number): number {
  const s = low(t, i);
  return (s === 'st' || s === 'nd' || s === 'rd' || s === 'th') && glued(t, i) ? i + 1 : i;
}
