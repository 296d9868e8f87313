import type { Span } from '../document/types.js';
import type { QuoteMarks } from './marks.js';

/*
 * Single quotation marks as the main marks, as much of the British press writes them:
 *   'I make no apology,' she said. 'The rules are being met.'
 * A single mark is also an apostrophe ("the players' union", "rock 'n' roll", "'90s", "don't"),
 * so a mark only opens at the start of a word after a space, a paragraph start or an opening
 * bracket or dash, and only closes at the end of a word before a space, punctuation or the
 * paragraph end; a plural possessive ("the players' union") is read as one and skipped. An
 * article is read this way only when it has no double marks at all (double marks are then the
 * main ones, and singles are quotes within quotes).
 */

const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’
const APOSTROPHE = 0x27; // '

function isSingle(c: number): boolean {
  return c === APOSTROPHE || c === LEFT_SINGLE || c === RIGHT_SINGLE;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
}

function isLetterOrDigit(ch: string | undefined): boolean {
  return !!ch && /[\p{L}\p{N}]/u.test(ch);
}

/** True when the text holds a double quotation mark of any kind: those are then the main marks. */
export function hasDoubleMarks(text: string): boolean {
  return /["“”„]|''/.test(text);
}

/** Elisions that start with an apostrophe and are no quotation: 'em, 'n', 'tis, '90s. */
const ELISION = /^(?:em|n|tis|twas|cause|til|round)\b|^\d0s\b|^\d\ds\b/i;

/** Whether the single mark at i opens a quotation. */
function opensAt(text: string, i: number, from: number): boolean {
  const c = text.charCodeAt(i);
  if (c === RIGHT_SINGLE && !(i === from || isSpace(text.charCodeAt(i - 1)))) return false;
  const prev = i > from ? text[i - 1]! : '';
  if (!(i === from || isSpace(prev.charCodeAt(0)) || /[([—–:-]/.test(prev))) return false;
  if (!isLetterOrDigit(text[i + 1]) && text[i + 1] !== '.' && text[i + 1] !== '…') return false;
  return !ELISION.test(text.slice(i + 1, i + 6));
}

/** Whether the single mark at i closes the open quotation (`'..., ' she said`, `... price.'`). */
function closesAt(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i);
  if (c === LEFT_SINGLE) return false;
  const prev = text[i - 1] ?? '';
  if (isSpace(prev.charCodeAt(0))) return false;
  const next = i + 1 < to ? text[i + 1]! : '';
  // a word character after it: an apostrophe inside a word ("don't", "Peel's")
  if (isLetterOrDigit(next)) return false;
  // "the players' union": a plural possessive, unless punctuation closes the sentence or clause in it
  if (/[sS]/.test(prev) && (next === ' ' || next === '\u00a0') && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4))) return /[,.!?]/.test(text[i - 2] ?? '');
  return true;
}

/**
 * Pairs single quotation marks paragraph by paragraph. A paragraph that ends inside a quotation
 * continues it when the next paragraph opens with a single mark (the multi-paragraph convention);
 * else the quotation is left unclosed at its paragraph's end.
 */
export function findSingleQuoteMarks(text: string, paragraphs: readonly Span[]): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  let open = -1;
  let multi = false;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    let from = p.start;
    while (from < p.end && isSpace(text.charCodeAt(from))) from++;
    if (open >= 0) {
      if (isSingle(text.charCodeAt(from)) && opensAt(text, from, from)) {
        multi = true;
        from++;
      } else {
        const prev = paras[pi - 1]!;
        out.push({ start: open, end: prev.end, innerStart: open + 1, innerEnd: prev.end, closed: false, multiParagraph: multi });
        open = -1;
        multi = false;
      }
    }
    for (let i = from; i < p.end; i++) {
      if (!isSingle(text.charCodeAt(i))) continue;
      if (open < 0) {
        if (opensAt(text, i, p.start)) open = i;
      } else if (closesAt(text, i, p.end)) {
        out.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, closed: true, multiParagraph: multi });
        open = -1;
        multi = false;
      }
    }
    if (open >= 0) {
      const next = paras[pi + 1];
      let k = next ? next.start : -1;
      while (next && k < next.end && isSpace(text.charCodeAt(k))) k++;
      if (!next || !isSingle(text.charCodeAt(k)) || !opensAt(text, k, k)) {
        out.push({ start: open, end: p.end, innerStart: open + 1, innerEnd: p.end, closed: false, multiParagraph: multi });
        open = -1;
        multi = false;
      }
    }
  }
  return out;
}
