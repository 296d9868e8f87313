/** The attribution candidate the extraction steps share, before speaker resolution. */
import type { Entity, Sentence, Span, Timex, Token } from '../document/types.js';
import { sentenceIndexAt } from '../text/index.js';
import type { QuoteMarks } from './marks.js';

export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Span[];
  entities: readonly Entity[];
  times: readonly Timex[];
  /** Use the hand rules even when the learned taggers are present (for comparison). */
  useRules?: boolean;
}

/** An attribution before speaker resolution. */
export interface Cand {
  contents: Span[];
  cue: Span | null;
  source: Span | null;
  sentence: number;
  inherited: boolean;
  confidence: number;
  /**
   * The paragraph a layout turn covers ("WALLACE: ...", an interview's "A: ..."): an "I" saying
   * something inside it is the turn's speaker (optional).
   */
  turn?: Span;
  /** The speaker the layout gives, when the label names no one itself (an interview's "A:"): an entity id or null (optional). */
  speaker?: string | null;
  /** The outlet that carried the statement, where the attribution names it apart: "[IRNA] quoted X as saying" (optional). */
  channel?: Span | null;
}

export const TERMINAL = new Set(['.', '!', '?']);

/** The quotation containing `pos` (marks sorted by start, non-overlapping), if any. */
export function markAt(marks: readonly QuoteMarks[], pos: number): QuoteMarks | null {
  // (the text stage's search for the last span starting at or before a position)
  const i = sentenceIndexAt(marks, pos);
  const m = i >= 0 ? marks[i]! : null;
  return m && pos < m.end ? m : null;
}

/** The paired quotation marks of a document, with each mark by where it opens and closes. */
export interface MarkIndex {
  list: QuoteMarks[];
  opens: Map<number, QuoteMarks>;
  closes: Map<number, QuoteMarks>;
}

/** Words that open an adverbial after a cue: "said [in] a statement", "told reporters [on] Monday". */
export const PREPS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'to', 'via', 'through', 'from', 'late', 'early', 'today', 'yesterday', 'tonight', 'again', 'repeatedly', 'also', 'later', 'previously', 'recently', 'publicly', 'privately', 'separately', 'when', 'while', 'as', 'over', 'with', 'of', 'about', 'for']);
