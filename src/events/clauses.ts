/**
 * Shapes of clauses and noun phrases that decide whose arguments are whose: a plural subject after
 * ", and", a verb group after "but" with no subject of its own, and where a noun phrase starts.
 */
import type { Token } from '../document/types.js';
import { AUX, DETERMINERS, isCap } from './words.js';

const POSS = new Set(["'s", '’s', "'", '’']);

const SUBJECT_AUX = new Set(['were', 'are', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);
/**
 * ", and officers detained 120 people": a word in -s right after ", and" is a plural subject, not a
 * verb of the first clause's subject, when a past verb or an auxiliary follows it.
 */
export function pluralSubject(tokens: readonly Token[], lower: readonly string[], k: number, hi: number): boolean {
  const w = lower[k]!;
  if (!/[^s]s$/.test(w) || k + 1 >= hi || tokens[k + 1]!.kind !== 'word') return false;
  const n = lower[k + 1]!;
  return (/ed$/.test(n) && n.length > 4) || SUBJECT_AUX.has(n);
}

/** Between "but" at k and the trigger only auxiliaries and adverbs: "but did not attend", "but later signed". */
export function sharesSubject(tokens: readonly Token[], lower: readonly string[], k: number, start: number): boolean {
  for (let j = k + 1; j < start; j++) if (tokens[j]!.kind !== 'word' || !(AUX.has(lower[j]!) || /ly$/.test(lower[j]!))) return false;
  return true;
}

/** First token of the noun phrase ending at the noun `n`: back over modifiers, names and numbers to its determiner or possessive. */
export function nounPhraseStart(tokens: readonly Token[], lower: readonly string[], n: number, lo: number): number {
  let k = n;
  while (k - 1 >= lo && k > n - 6) {
    const w = lower[k - 1]!;
    const t = tokens[k - 1]!;
    if (DETERMINERS.has(w) || POSS.has(w) || t.kind === 'number' || w === '-' || (t.kind === 'word' && isCap(t.text)) || /(al|ic|ive|ed|an|ese|ern|ly|day)$/.test(w)) k--;
    else break;
    // a determiner opens the phrase: "condemned the attack" stops before the verb in -ed
    if (DETERMINERS.has(w) && w !== 'that') break;
  }
  return k;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);

/**
 * "Italy sent rescue teams and the army deployed troops": a plain "and" followed by a subject of its
 * own (a determiner, a name, a pronoun, a number or a plural noun opening a noun phrase) and then
 * the verb group at `start` opens a second clause, whose subject is not the first clause's. Returns
 * the "and", or -1. The caller checks that a verb comes before it: "Italy and France sent aid" is
 * one coordinated subject.
 */
export function subjectAfterAnd(tokens: readonly Token[], lower: readonly string[], lo: number, start: number): number {
  let k = start - 1;
  while (k > lo && ((AUX.has(lower[k]!) && lower[k] !== 'to') || (/ly$/.test(lower[k]!) && !isCap(tokens[k]!.text)))) k--;
  for (let j = k; j > lo && j >= k - 6; j--) {
    const w = lower[j]!;
    const t = tokens[j]!;
    if (w === 'and') {
      if (j === k || tokens[j - 1]!.text === ',') return -1;
      const f = lower[j + 1]!;
      const opens = DETERMINERS.has(f) || SUBJECT_PRONOUNS.has(f) || isCap(tokens[j + 1]!.text) || tokens[j + 1]!.kind === 'number' || /[^s]s$/.test(f);
      return opens ? j : -1;
    }
    if (t.kind === 'punct' && w !== "'s" && w !== '-') return -1;
    if (w === 'to' || w === 'who' || w === 'which' || w === 'that' || AUX.has(w) || (w !== 'of' && /^(at|in|on|for|from|with|by|after|before|over|against)$/.test(w))) return -1;
  }
  return -1;
}

/** End of a dateline ("WASHINGTON, March 3 (Dossier Wire) -") opening the sentence, else lo. */
export function datelineEnd(tokens: readonly Token[], lo: number, hi: number): number {
  for (let k = lo; k < hi && k < lo + 14; k++) {
    const t = tokens[k]!.text;
    if ((t === '-' || t === '—' || t === '–' || t === '_') && k > lo && /^[A-Z .,]+$/.test(tokens[lo]!.text) && tokens[lo]!.text.length > 2) return k + 1;
  }
  return lo;
}
