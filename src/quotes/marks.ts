import type { Span } from '../document/types.js';

/** A stretch of text between quotation marks, marks included. */
export interface QuoteMarks extends Span {
  /** Offsets of the inner text (after the opening mark, before the closing one). */
  innerStart: number;
  innerEnd: number;
  /** False when no closing mark was found: the quote ends at its paragraph's end. */
  closed: boolean;
  /** True when the quote runs over more than one paragraph. */
  multiParagraph: boolean;
}

const OPEN_CURLY = 0x201c; // “
const CLOSE_CURLY = 0x201d; // ”
const LOW_OPEN = 0x201e; // „
const STRAIGHT = 0x22; // "

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || Number.isNaN(c);
}

/**
 * Pairs quotation marks, paragraph by paragraph, in one left-to-right pass. Curly marks say
 * which way they face; a straight mark toggles (opens when none is open, else closes). A paragraph that ends inside a quote continues it when the next paragraph
 * opens with a quotation mark (the newswire convention for multi-paragraph quotes); otherwise
 * the quote is left unclosed at the paragraph's end. A stray closing mark is ignored, and an
 * opening mark inside an open quote ends the open one unclosed, so any number of marks pairs.
 */
export function findQuoteMarks(text: string, paragraphs: readonly Span[]): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  let open = -1; // offset of the open mark, or -1
  let multi = false;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    if (open >= 0) {
      // Continuing a quote from the previous paragraph: this paragraph must open with a mark.
      let k = p.start;
      while (k < p.end && isSpace(text.charCodeAt(k))) k++;
      const c = text.charCodeAt(k);
      if (c === OPEN_CURLY || c === STRAIGHT || c === LOW_OPEN) {
        multi = true;
        // the mark re-opens the continuing quote; skip it
        scan(k + 1, p.end);
      } else {
        const prev = paras[pi - 1]!;
        out.push({ start: open, end: prev.end, innerStart: open + 1, innerEnd: prev.end, closed: false, multiParagraph: multi });
        open = -1;
        multi = false;
        scan(p.start, p.end);
      }
    } else scan(p.start, p.end);

    if (open >= 0) {
      const next = paras[pi + 1];
      let continues = false;
      if (next) {
        let k = next.start;
        while (k < next.end && isSpace(text.charCodeAt(k))) k++;
        const c = text.charCodeAt(k);
        continues = c === OPEN_CURLY || c === STRAIGHT || c === LOW_OPEN;
      }
      if (!continues) {
        out.push({ start: open, end: p.end, innerStart: open + 1, innerEnd: p.end, closed: false, multiParagraph: multi });
        open = -1;
        multi = false;
      }
    }
  }
  return out;

  function scan(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c !== OPEN_CURLY && c !== CLOSE_CURLY && c !== STRAIGHT && c !== LOW_OPEN) continue;
      let opens: boolean;
      if (c === OPEN_CURLY || c === LOW_OPEN) opens = true;
      else if (c === CLOSE_CURLY) opens = false;
      else opens = open < 0; // a straight mark toggles
      if (opens) {
        if (open >= 0) {
          // an opening mark inside an open quote: the open one was never closed
          out.push({ start: open, end: i, innerStart: open + 1, innerEnd: trimEnd(text, open + 1, i), closed: false, multiParagraph: multi });
          multi = false;
        }
        open = i;
      } else if (open >= 0) {
        out.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, closed: true, multiParagraph: multi });
        open = -1;
        multi = false;
      }
    }
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
