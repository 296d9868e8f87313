import { Kind, type Tok } from './tokens.js';

/** Small helpers the parsers share for looking at tokens. */

// (an index outside the tokens, often -1 or the length, is tested first: reading t[-1] is a
// named-property lookup through the prototypes, and reading past the end deoptimises the caller)
export const low = (t: readonly Tok[], i: number): string => (i >= 0 && i < t.length ? t[i]!.low : '');

export const isNum = (t: readonly Tok[], i: number): boolean => i >= 0 && i < t.length && t[i]!.kind === Kind.Num;
export const isWord = (t: readonly Tok[], i: number): boolean => i >= 0 && i < t.length && t[i]!.kind === Kind.Word;

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

/**
 * Token i stands on a headline line: a short line (at most 16 tokens either side of i, bounded so
 * the check stays linear) with no sentence-final mark, whose words of four letters or more are
 * nearly all capitalised ("Talks Continue Next Week"). There a capital does not make a name or
 * a title of a time phrase.
 */
export function onHeadline(t: readonly Tok[], i: number): boolean {
  let a = i;
  for (let n = 0; a > 0 && !t[a]!.nl; a--) if (++n > 16) return false;
  let b = i + 1;
  for (let n = 0; b < t.length && !t[b]!.nl; b++) if (++n > 16) return false;
  const last = t[b - 1]!.low;
  if (last === '.' || last === '!' || last === '?' || last === '"' || last === '”') return false;
  let words = 0;
  let caps = 0;
  for (let k = a; k < b; k++) {
    if (t[k]!.kind !== Kind.Word || t[k]!.low.length < 4) continue;
    words++;
    if (t[k]!.cap) caps++;
  }
  return words >= 3 && caps >= words * 0.8;
}

/**
 * Token i stands on a short first line with no sentence-final mark: the title of the text,
 * whether written in title case or in sentence case ("Rail strike to halt trains from Wednesday").
 */
export function onTitleLine(t: readonly Tok[], i: number): boolean {
  let a = i;
  for (let n = 0; a > 0 && !t[a]!.nl; a--) if (++n > 16) return false;
  if (a !== 0) return false;
  let b = i + 1;
  for (let n = 0; b < t.length && !t[b]!.nl; b++) if (++n > 16) return false;
  const last = t[b - 1]!.low;
  return b < t.length && last !== '.' && last !== '!' && last !== '?' && last !== '"' && last !== '”';
}

/**
 * A capitalised word inside a sentence (after a word or a comma, on no headline): part of a name
 * ("the Daily Telegraph", "Midnight Oil"), not a time word.
 */
export function capitalisedInName(t: readonly Tok[], i: number): boolean {
  const tok = t[i];
  if (!tok || !tok.cap || tok.nl || i === 0) return false;
  const p = t[i - 1]!;
  return (p.kind === Kind.Word || p.low === ',' || p.low === "'s") && !onHeadline(t, i);
}

const LEAD_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);

/** Adjectives of a holiday's period between the determiner and the holiday: "the long Easter weekend". */
const LEAD_ADJECTIVES = new Set(['long', 'annual', 'traditional', 'usual', 'extended', 'upcoming', 'whole']);

/**
 * The word before token s, read across one determiner and one adjective or hyphenated compound
 * before it: "from the Christmas recess" and "for a two-week Easter recess" give "from" and "for".
 */
export function leadWord(t: readonly Tok[], s: number): string {
  let k = s - 1;
  if (isHyphenAt(t, k - 1) && t[k - 2]?.kind !== Kind.Punct) k -= 3;
  else if (LEAD_ADJECTIVES.has(low(t, k))) k -= 1;
  const p = low(t, k);
  return LEAD_DETERMINERS.has(p) ? low(t, k - 1) : p;
}
