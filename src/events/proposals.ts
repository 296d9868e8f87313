/**
 * What "the plan" is. Stories introduce a measure once, in full ("a bipartisan proposal to gradually
 * raise the full retirement age"), and then take sides on it by a bare head: "AARP also opposes the
 * plan", "Whitfield called the proposal a betrayal". Without the antecedent such a stance's issue is
 * only "plan", which says nothing and is dropped; with it the stance is on "raise full retirement age",
 * found again across articles.
 */
import { normalizeIssue, phraseWords } from './issue.js';

/** Heads that introduce a measure with "to" or "for" after them. */
const PROPOSAL_HEADS = new Set(['plan', 'plans', 'proposal', 'proposals', 'bill', 'bills', 'measure', 'measures', 'scheme', 'legislation', 'move', 'bid', 'push', 'effort', 'efforts', 'initiative']);
/** Heads that refer back to the measure last introduced, after "the", "this" or "that". */
const ANAPHORIC_HEADS = new Set(['plan', 'proposal', 'bill', 'measure', 'scheme', 'legislation', 'idea', 'move', 'change', 'changes', 'initiative', 'reform']);
const DEFINITE = new Set(['the', 'this', 'that']);

/** The issue of the last measure sentence [lo, hi) introduces ("a proposal to raise the retirement age"), or null. */
export function introducedMeasure(texts: readonly { text: string }[], lower: readonly string[], lo: number, hi: number): string | null {
  let found: string | null = null;
  for (let i = lo; i + 2 < hi; i++) {
    if (!PROPOSAL_HEADS.has(lower[i]!) || (lower[i + 1] !== 'to' && lower[i + 1] !== 'for')) continue;
    // (an infinitive frame with an adverb before its verb: "to gradually raise")
    const words = phraseWords(texts.slice(i, Math.min(hi, i + 12)).map((t) => t.text), 12).filter((w, k) => !(k === 2 && /^[a-z]+ly$/.test(w)));
    const issue = normalizeIssue(words);
    // the issue must say more than the frame, and a lone name or date is none: "plans for Monday"
    if (issue && !PROPOSAL_HEADS.has(issue) && !(!issue.includes(' ') && /^[A-Z]/.test(texts[i + 2]!.text))) found = issue;
  }
  return found;
}

/** True when the object words are only "the plan" (or "this proposal"): a reference back to a measure. */
export function refersToMeasure(words: readonly string[]): boolean {
  const ws = words.map((w) => w.toLowerCase());
  return ws.length >= 2 && DEFINITE.has(ws[0]!) && ANAPHORIC_HEADS.has(ws[1]!) && (ws.length === 2 || !/^[a-z]/.test(ws[2]!) || ws[2] === 'as' || ws[2] === 'and' || ws[2] === 'but' || ws[2] === 'because');
}
