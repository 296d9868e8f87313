import { parseAmount } from './amounts.js';
import { durationValue, parseDuration } from './durations.js';
import { UNITS, type Unit } from './lexicon.js';
import { isHyphenAt, low, onHeadline } from './match.js';
import type { Cand } from './model.js';
import { Kind, type Tok } from './tokens.js';

/*
 * Lengths of time the duration parser does not reach (session 10, recall): a length added to
 * another ("another week", "a few more days") or counted in parts of a second ("10 microseconds",
 * "in milliseconds"). ("hundreds of years" was tried and left out: train leaves its one case untagged.)
 */

/** A singular unit word that can follow "another": not "season" (a sports term), not "second" (an ordinal as often). */
function addableUnit(t: readonly Tok[], i: number): Unit | null {
  const w = low(t, i);
  const u = UNITS.get(w);
  if (!u || u === 'SE' || u === 's' || u === 'WE' || w.endsWith('s') || w === 'yr' || w === 'hr' || w === 'min') return null;
  return u;
}

/** Verbs before "another day" in the idiom of postponing a fight or a question: "live to fight another day". */
const IDIOM_VERBS = new Set(['fight', 'live', 'save', 'leave', 'wait', 'for']);

/**
 * "another week", "another two years", "another few weeks": a length added to one before, a
 * duration like "an additional year" (which TimeBank tags whole). "another day" after "fight",
 * "for", "save" is the idiom of "some other time" and left out.
 */
export function parseAnother(t: readonly Tok[], i: number): Cand | null {
  if (low(t, i) !== 'another' || t[i + 1]?.cap) return null;
  const u = addableUnit(t, i + 1);
  if (u) {
    // "another year-long delay": the compound adjective is parsed from its own first word
    if (isHyphenAt(t, i + 2)) return null;
    if (u === 'D' && IDIOM_VERBS.has(low(t, i - 1))) return null;
    return { s: i, e: i + 2, type: 'DURATION', sem: { k: 'lit', v: durationValue(1, u) } };
  }
  // "another two years", "another few weeks": the duration after it, "another" in the extent
  const d = parseDuration(t, i + 1);
  if (!d || d.s !== i + 1 || d.type !== 'DURATION') return null;
  const a = parseAmount(t, i + 1);
  if (!a || a.article) return null;
  // "another four-year term": the adjective alone is the expression, as "the eight-year war"
  for (let x = d.s; x < d.e; x++) if (isHyphenAt(t, x)) return null;
  return { ...d, s: i };
}

/** Parts of a second, in seconds. */
const SUBSECONDS: ReadonlyMap<string, number> = new Map([
  ['millisecond', 1e-3], ['milliseconds', 1e-3], ['microsecond', 1e-6], ['microseconds', 1e-6], ['nanosecond', 1e-9], ['nanoseconds', 1e-9],
]);
/** Words before a bare plural that make it a length: "in milliseconds", "for microseconds". */
const BARE_BEFORE = new Set(['in', 'for', 'within', 'only', 'just', 'mere', 'few', 'several', 'take', 'takes', 'took', 'lasted', 'lasts']);

/** n seconds as a TIMEX3 value, written out without an exponent: 0.00001 = PT0.00001S. */
function secondsValue(n: number): string {
  const s = n.toFixed(9).replace(/0+$/, '').replace(/\.$/, '');
  return `PT${s}S`;
}

/**
 * "10 microseconds", "a millisecond", "a few nanoseconds", "in milliseconds": a length of time in
 * parts of a second (trading, computing and science news), valued in seconds; vague ones PTXS.
 */
export function parseSubsecond(t: readonly Tok[], i: number): Cand | null {
  const bare = SUBSECONDS.get(low(t, i));
  if (bare !== undefined) {
    if (!low(t, i).endsWith('s') || !BARE_BEFORE.has(low(t, i - 1))) return null;
    return { s: i, e: i + 1, type: 'DURATION', sem: { k: 'lit', v: 'PTXS' }, approx: true };
  }
  const a = parseAmount(t, i);
  if (!a) return null;
  const scale = SUBSECONDS.get(low(t, a.e));
  if (scale === undefined) return null;
  const e = a.e + 1;
  if (Number.isNaN(a.n)) return { s: i, e, type: 'DURATION', sem: { k: 'lit', v: 'PTXS' }, approx: true };
  return { s: i, e, type: 'DURATION', sem: { k: 'lit', v: secondsValue(a.n * scale) } };
}

/**
 * "one more week", "a few more days", "several more months": a count of units still to come, a
 * duration like "two more weeks" (durations.ts reads that one).
 */
export function parseMoreUnits(t: readonly Tok[], i: number): Cand | null {
  const a = parseAmount(t, i);
  if (!a || low(t, a.e) !== 'more') return null;
  const w = low(t, a.e + 1);
  const u = UNITS.get(w);
  if (!u || u === 'SE' || u === 'WE' || u === 's' || u === 'Q') return null;
  // "one more week" takes the singular, "a few more days" the plural; "a more" is no amount
  if (a.article) return null;
  if (a.n === 1 ? w.endsWith('s') : !w.endsWith('s')) return null;
  if (isHyphenAt(t, a.e + 2)) return null;
  const c: Cand = { s: i, e: a.e + 2, type: 'DURATION', sem: { k: 'lit', v: durationValue(a.n, u) } };
  if (Number.isNaN(a.n)) c.approx = true;
  return c;
}

/** Plural units a bare stretch of time is counted in ("months of talks"); not "minutes" (a meeting's record), "seasons", "weekends", "quarters". */
const STRETCH_UNITS = new Set(['hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries']);
/** Words after "of" that make the unit a unit of something, not a stretch: "days of the week", "years of age", "months of his life". */
const OF_NOT_STRETCH = new Set(['the', 'a', 'an', 'age', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'each', 'every', 'which', 'it', 'them']);
/** Words before the unit that make it no time: "light years", "man days", "dog years". */
const NOT_TIME_BEFORE = new Set(['light', 'man', 'person', 'dog', 'school', 'student', 'flight', 'working']);

/**
 * "after months of talks", "weeks of protests", "days after the attack", "hours before the vote":
 * a bare plural unit before "of" or "after"/"before" is a vague stretch of time (PXM), as after
 * "for" ("for months"), which TimeML tags however the sentence frames it (train tags four of the
 * seven it has). Units of something ("days of the week", "years of age") and names ("Days of
 * Thunder", a capital mid-sentence) are left out.
 */
export function parseStretchBefore(t: readonly Tok[], i: number): Cand | null {
  const w = low(t, i);
  if (!STRETCH_UNITS.has(w)) return null;
  const k = t[i]!;
  if (k.cap && i > 0 && !t[i]!.nl && !SENTENCE_ENDS.has(low(t, i - 1)) && !onHeadline(t, i)) return null;
  if (NOT_TIME_BEFORE.has(low(t, i - 1)) || isHyphenAt(t, i - 1)) return null;
  const nx = low(t, i + 1);
  const after = t[i + 2];
  if (!after) return null;
  if (nx === 'of') {
    if (OF_NOT_STRETCH.has(after.low) || after.kind !== Kind.Word || after.cap) return null;
  } else if (nx === 'after' || nx === 'before') {
    // "days after the attack", "hours before he died"; not "years before and after" or a sentence end
    if (after.kind !== Kind.Word && after.kind !== Kind.Num) return null;
    if (after.low === 'and' || after.low === 'or' || after.low === 'that') return null;
  } else return null;
  return { s: i, e: i + 1, type: 'DURATION', sem: { k: 'lit', v: durationValue(NaN, UNITS.get(w)!) }, approx: true };
}
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', '"', '“', '—', '-', '(']);
