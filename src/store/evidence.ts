import type { Analysis } from '../document/analysis.js';
import type { Span } from '../document/types.js';

/** The sentence that holds a position: the evidence every stored fact points to. */
export function sentenceOf(a: Analysis, pos: number): Span {
  const s = a.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < s[mid]!.start) hi = mid - 1;
    else if (pos >= s[mid]!.end) lo = mid + 1;
    else return s[mid]!;
  }
  // Between sentences (a quote mark before the first token): the next sentence, else the span itself.
  return s[lo] ?? { start: pos, end: pos };
}

/** A TIMEX3 value as a calendar day, when it names one. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return m ? m[1]! : null;
}
