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

/** A dash that closes a dateline: "-", "—", "–", "_", or a run of them as one token ("--"). */
function isDatelineDash(t: string): boolean {
  return /^[-—–_]+$/.test(t);
}

/** Words after a live blog's clock time: "1205 GMT -", "9:40 a.m. -". */
const CLOCK_WORDS = new Set(['GMT', 'UTC', 'BST', 'CET', 'ET', 'EST', 'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'hrs', 'local', 'time']);

/**
 * End of a live blog's time stamp opening the sentence ("12:05 - Aid agencies said ...", "0940 GMT
 * - ..."): a clock time, its zone, then a dash; else lo. The stamp tells when the post was made
 * and names no one.
 */
function clockStampEnd(tokens: readonly Token[], lo: number, hi: number): number {
  const first = tokens[lo];
  if (!first || first.kind !== 'number' || !/^\d{1,2}[:.]?\d{2}$/.test(first.text)) return lo;
  let k = lo + 1;
  while (k < hi && k < lo + 4 && CLOCK_WORDS.has(tokens[k]!.text)) k++;
  return k < hi && isDatelineDash(tokens[k]!.text) ? k + 1 : lo;
}

/** End of a dateline ("WASHINGTON, March 3 (Dossier Wire) -") opening the sentence, else lo. */
export function datelineEnd(tokens: readonly Token[], lo: number, hi: number): number {
  const stamp = clockStampEnd(tokens, lo, hi);
  if (stamp > lo) return stamp;
  for (let k = lo; k < hi && k < lo + 14; k++) {
    const t = tokens[k]!.text;
    // (a double dash also sets off an aside, "MOH later announced one of the cases -- a boy --":
    // after a city it needs the comma of a dateline, "HANOI, Nov. 18 (Xinhua) --")
    const dash = t === '-' || t === '—' || t === '–' || t === '_' || (isDatelineDash(t) && tokens[lo + 1]?.text === ',');
    // ("LA PAZ (Wire) -", "DA NANG, Vietnam -": a two-letter first word of a city in capitals)
    if (dash && k > lo && /^[A-Z .,]+$/.test(tokens[lo]!.text) && (tokens[lo]!.text.length > 2 || /^[A-Z]{2,}$/.test(tokens[lo + 1]?.text ?? ''))) return k + 1;
  }
  return headlineDatelineEnd(tokens, lo, hi);
}

/**
 * "Pirates hijack commercial vessel off Somali coast NAIROBI, Nov. 4 (Xinhua) -- Somali pirates
 * have hijacked ...": a headline without a full stop runs into the dateline, and the sentence
 * holds both. The dateline is a city in capitals and a comma, the agency in brackets, then a dash;
 * its end (what the headline and the dateline hold is the article's filing, not the event's), else lo.
 */
function headlineDatelineEnd(tokens: readonly Token[], lo: number, hi: number): number {
  for (let s = lo + 1; s < hi && s < lo + 20; s++) {
    if (!/^[A-Z][A-Z.'-]{2,}$/.test(tokens[s]!.text) || tokens[s + 1]?.text !== ',') continue;
    let bracket = false;
    for (let k = s + 2; k < hi && k < s + 12; k++) {
      const t = tokens[k]!.text;
      if (t === '(') bracket = true;
      else if (isDatelineDash(t)) return bracket ? k + 1 : lo;
    }
    return lo;
  }
  return lo;
}
