/**
 * "China will train 15,000 African professionals ... ¶ Chinese President Hu Jintao made the remarks
 * here Saturday ...": wire copy often states what was said first and names who said it in a
 * sentence of its own after it. The sentence right before "X made the remarks" is X's statement
 * when no attribution covers it already. Pure functions over the text, its sentences and the
 * candidates found so far.
 */
import type { Sentence, Span } from '../document/types.js';
import { sentenceIndexAt } from '../text/index.js';
import type { Cand } from './candidate.js';

/** A short subject opening the sentence, then "made the remarks" (or comments, statement). */
const MADE_REMARKS = /^(\s*)((?:[\p{L}.'’-]+\s+){0,7}?[\p{L}.'’-]+)\s+(made\s+(?:the|these|those)\s+(?:remarks|comments|statement))\b/u;

/** A subject ending in a name of two capitalised words or more: "Chinese President Hu Jintao". */
const NAME_END = /\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}.'’-]*$/u;

/** Where "made the remarks" (comments, statement) stands in the text: one scan of the whole text. */
const REMARKS_CUE = /\bmade\s+(?:the|these|those)\s+(?:remarks|comments|statement)\b/g;

/** Candidates for statements a later "X made the remarks" sentence attributes. */
export function remarksCandidates(text: string, sentences: readonly Sentence[], cands: readonly Cand[]): Cand[] {
  const out: Cand[] = [];
  let done = -1;
  // (one pass over the cue's occurrences, not a search from every sentence: most texts have none)
  for (const hit of text.matchAll(REMARKS_CUE)) {
    const si = sentenceIndexAt(sentences, hit.index!);
    const s = sentences[si];
    if (si < 1 || si === done || !s || hit.index! >= s.start + 200) continue;
    done = si;
    const m = MADE_REMARKS.exec(text.slice(s.start, Math.min(s.end, s.start + 200)));
    // (only after a name: "The senior U.S. official made the comments" may point back to a
    // sentence about the official rather than to what he said)
    if (!m || !NAME_END.test(m[2]!)) continue;
    const content = statementBefore(text, sentences[si - 1]!);
    if (!content || cands.some((c) => c.contents.some((x) => x.start < content.end && content.start < x.end))) continue;
    const sourceStart = s.start + m[1]!.length;
    const cueStart = s.start + m[0].length - m[3]!.length;
    out.push({ contents: [content], cue: { start: cueStart, end: cueStart + m[3]!.length }, source: { start: sourceStart, end: sourceStart + m[2]!.length }, sentence: si, inherited: false, confidence: 0.7 });
  }
  return out;
}

/** The sentence before as a statement: its words without the closing stop; null for a line with no stop (a headline). */
function statementBefore(text: string, s: Sentence): Span | null {
  const body = text.slice(s.start, s.end);
  const start = s.start + (body.length - body.trimStart().length);
  const trimmed = body.trimEnd();
  if (!/[.!?]["”’]?$/.test(trimmed)) return null;
  const end = s.start + trimmed.replace(/[.!?]$/, '').length;
  return end - start >= 20 ? { start, end } : null;
}
