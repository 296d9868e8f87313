import type { Span } from '../document/types.js';

/*
 * Line structure decides many sentence boundaries in news: a headline, a dateline line,
 * a list item or a table row ends at its line break without any punctuation. But some
 * sources hard-wrap paragraphs at a fixed width, and there a single line break is just
 * a space. We tell the two apart per document.
 */

const STARTS_LOWER = /^\s*[\p{Ll}\d(]/u;
const BULLET = /^\s*(?:[-*•▪◦‣–—]\s|\d{1,2}[.)]\s|\(\w\)\s)/u;

/** \s (what trim() and \s strip). */
function isSpaceJs(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** line.trim() === '' */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpaceJs(line.charCodeAt(i))) return false;
  return true;
}

/** /[.!?:;"”’')\]…]\s*$/u.test(line), from the end: trailing \s, then one of the terminal marks. */
function terminalAtEnd(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && isSpaceJs(line.charCodeAt(i))) i--;
  return i >= 0 && TERMINAL_CHARS.includes(line.charAt(i));
}
const TERMINAL_CHARS = '.!?:;"”’\')]…';

/** True when single line breaks inside paragraphs are wrapping, not structure. */
export function isHardWrapped(text: string): boolean {
  const lines = text.split('\n');
  let singleBreaks = 0;
  let midSentence = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (isBlank(line) || isBlank(next)) continue;
    singleBreaks++;
    if (!terminalAtEnd(line) && STARTS_LOWER.test(next) && !BULLET.test(next)) midSentence++;
  }
  return midSentence >= 2 && midSentence >= singleBreaks * 0.25;
}

/**
 * Paragraphs: blocks separated by blank lines, and in text that is not hard-wrapped each
 * non-empty line too, since scraped and pasted news often separates paragraphs by one break.
 */
export function findParagraphs(text: string, hardWrapped: boolean): Span[] {
  const out: Span[] = [];
  const splitter = hardWrapped ? /\n[ \t\r\f\v\u00a0]*\n\s*/g : /\n\s*/g;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of text.matchAll(splitter)) {
    push(start, m.index!);
    start = m.index! + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** Whether a line starts like a list item, which starts a sentence even in wrapped text. */
export function startsListItem(lineText: string): boolean {
  return BULLET.test(lineText);
}
