import { low } from './match.js';
import type { Tok } from './tokens.js';

/*
 * "could not be reached for comment Friday", "officials could not say Thursday how many died",
 * "couldn't immediately confirm", "neither he nor his parents could be located": newswire tells of
 * an attempt to reach or learn something that failed, which is past, not a possibility ahead.
 */
const FAILED_ATTEMPT_VERBS = new Set(['say', 'confirm', 'comment', 'explain', 'specify', 'provide', 'give', 'estimate', 'determine', 'verify', 'identify', 'reach', 'locate', 'contact', 'find', 'recall', 'disclose', 'elaborate']);
const FAILED_ATTEMPT_PARTICIPLES = new Set(['reached', 'located', 'contacted', 'found', 'confirmed', 'verified', 'identified', 'determined']);
/** Participles that tell of a failed attempt even without "not" ("neither he nor she could be reached"). */
const REACH_PARTICIPLES = new Set(['reached', 'located', 'contacted']);
const ATTEMPT_ADVERBS = new Set(['immediately', 'independently', 'yet', 'officially', 'publicly']);

/** Token i is "could" or the "couldn" of "couldn't", opening a failed attempt. */
export function failedAttempt(t: readonly Tok[], i: number): boolean {
  let k = i + 1;
  let negated = false;
  if (t[i]!.low === 'couldn' && (low(t, k) === "'" || low(t, k) === '’') && low(t, k + 1) === 't') {
    negated = true;
    k += 2;
  } else if (t[i]!.low !== 'could') return false;
  else if (low(t, k) === 'not' || low(t, k) === 'never') {
    negated = true;
    k++;
  }
  if (ATTEMPT_ADVERBS.has(low(t, k))) k++;
  if (negated && FAILED_ATTEMPT_VERBS.has(low(t, k))) return true;
  if (low(t, k) !== 'be') return false;
  k++;
  if (ATTEMPT_ADVERBS.has(low(t, k))) k++;
  return negated ? FAILED_ATTEMPT_PARTICIPLES.has(low(t, k)) : REACH_PARTICIPLES.has(low(t, k));
}

/** The participle at i ends a failed attempt opened up to four tokens left ("could not immediately be reached"). */
export function endsFailedAttempt(t: readonly Tok[], i: number, lo: number): boolean {
  for (let k = i - 2; k >= Math.max(lo, i - 6); k--) if ((t[k]!.low === 'could' || t[k]!.low === 'couldn') && failedAttempt(t, k)) return true;
  return false;
}
