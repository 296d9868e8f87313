import type { Span } from '../document/types.js';
import { isSpeechVerb } from './cues.js';
import { findSingleQuoteMarks, hasDoubleMarks } from './single-marks.js';

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
const APOSTROPHE = 0x27; // ' (doubled: '')

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || Number.isNaN(c);
}

/**
 * Pairs quotation marks, paragraph by paragraph, in one left-to-right pass. Curly marks say
 * which way they face (a mark facing the wrong way at a word's edge is read as meant); a straight
 * mark, or two apostrophes (''), toggles (opens when none is open, else closes). A paragraph that ends inside a quote continues it when the next paragraph
 * opens with a quotation mark (the newswire convention for multi-paragraph quotes); otherwise
 * the quote is left unclosed at the paragraph's end. A stray closing mark is ignored, and an
 * opening mark inside an open quote ends the open one unclosed, so any number of marks pairs.
 */
/**
 * `'We are going to get Britain building again,' he told workers.` in an article that quotes in
 * double marks elsewhere: a paragraph with no double mark that opens on a single quotation mark
 * (or gives one after a colon: `said: 'Without social housing, ...'`) quotes in single marks. Only
 * closed pairs count, so an apostrophe never opens a quotation here.
 */
function withSingleQuotedParagraphs(text: string, paras: readonly Span[], doubles: QuoteMarks[]): QuoteMarks[] {
  // (most articles have no such mark: a test over the text before any paragraph is sliced)
  if (!SINGLE_AFTER_COLON.test(text) && !paras.some((p) => opensOnSingleMark(text, p))) return doubles;
  const plain = paras.filter((p) => !hasDoubleMarks(text.slice(p.start, p.end)));
  if (!plain.length) return doubles;
  const singles = findSingleQuoteMarks(text, plain).filter((m) => m.closed && !m.multiParagraph && opensQuotation(text, m.start, plain));
  if (!singles.length) return doubles;
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

/** A single mark after a colon and a space, anywhere: `said: 'Without ...'`. */
const SINGLE_AFTER_COLON = /:\s['‘’]/;

/** The paragraph's first character after white space is a single mark. */
function opensOnSingleMark(text: string, p: Span): boolean {
  let k = p.start;
  while (k < p.end && /\s/.test(text[k]!)) k++;
  return k < p.end && /['‘’]/.test(text[k]!);
}

/** A single mark at its paragraph's first character or right after a colon and a space. */
function opensQuotation(text: string, at: number, paras: readonly Span[]): boolean {
  if (/:\s$/.test(text.slice(Math.max(0, at - 2), at))) return true;
  // (the mark's own paragraph: a paragraph after it would give an empty slice)
  return paras.some((p) => p.start <= at && at < p.end && text.slice(p.start, at).trim() === '');
}

export function findQuoteMarks(text: string, paragraphs: readonly Span[]): QuoteMarks[] {
  // an article without double marks may quote in single ones ('We will not be deterred,' he said);
  // at least one closed pair is asked for, so a stray apostrophe never opens a quotation
  if (!hasDoubleMarks(text)) {
    const singles = findSingleQuoteMarks(text, paragraphs);
    if (singles.some((m) => m.closed)) return singles;
  }
  const out: QuoteMarks[] = [];
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  let open = -1; // offset of the open mark, or -1
  let openW = 1; // its width: 2 for a doubled apostrophe ('')
  let nest = 0; // curly pairs nested inside the open curly quote
  let straightNest = 0; // straight pairs nested inside the open straight quote
  let multi = false;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    if (open >= 0) {
      // Continuing a quote from the previous paragraph: this paragraph must open with a mark.
      let k = p.start;
      while (k < p.end && isSpace(text.charCodeAt(k))) k++;
      const c = text.charCodeAt(k);
      if (c === OPEN_CURLY || c === STRAIGHT || c === LOW_OPEN || isDoubled(k)) {
        multi = true;
        // the mark re-opens the continuing quote; skip it
        scan(k + (isDoubled(k) ? 2 : 1), p.end);
      } else {
        const prev = paras[pi - 1]!;
        out.push({ start: open, end: prev.end, innerStart: open + openW, innerEnd: prev.end, closed: false, multiParagraph: multi });
        open = -1;
        nest = 0;
        straightNest = 0;
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
        continues = (c === OPEN_CURLY || c === STRAIGHT || c === LOW_OPEN || isDoubled(k)) && (multi || !isUnclosedPartialQuote(text, open, p.end));
      }
      if (!continues) {
        out.push({ start: open, end: p.end, innerStart: open + openW, innerEnd: p.end, closed: false, multiParagraph: multi });
        open = -1;
        nest = 0;
        straightNest = 0;
        multi = false;
      }
    }
  }
  return withSingleQuotedParagraphs(text, paras, out);

  function scan(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      // most characters are neither marks nor apostrophes: one range test skips them
      if (c < STRAIGHT || (c > APOSTROPHE && c < OPEN_CURLY)) continue;
      if (c === APOSTROPHE) {
        // two apostrophes stand for a straight double mark in some archives: ''It's here,'' he said
        if (text.charCodeAt(i + 1) !== APOSTROPHE || i + 1 >= to || text.charCodeAt(i + 2) === APOSTROPHE || text.charCodeAt(i - 1) === APOSTROPHE) continue;
        if (open < 0) {
          open = i;
          openW = 2;
        } else {
          out.push({ start: open, end: i + 2, innerStart: open + openW, innerEnd: i, closed: true, multiParagraph: multi });
          open = -1;
          nest = 0;
          multi = false;
        }
        i++;
        continue;
      }
      if (c !== OPEN_CURLY && c !== CLOSE_CURLY && c !== STRAIGHT && c !== LOW_OPEN) continue;
      if (c === STRAIGHT && isSecondsOrInchesMark(text, i)) continue;
      let opens: boolean;
      if (c === OPEN_CURLY || c === LOW_OPEN) opens = open < 0 || !facesBack(i, from, to);
      else if (c === CLOSE_CURLY) opens = open < 0 && facesForward(i, from, to);
      else opens = open < 0; // a straight mark toggles
      if (c === STRAIGHT && open >= 0 && text.charCodeAt(open) === STRAIGHT) {
        // `"People told me, "Do not give up," and we did not.`: straight marks cannot say which
        // way they face, but one after a space and glued to a word opens (a quotation inside the
        // open one), and the next one then closes that inner quotation, not the outer
        if (opensInnerStraight(i, to)) {
          straightNest++;
          continue;
        }
        if (straightNest > 0) {
          straightNest--;
          continue;
        }
      }
      if (opens && open >= 0 && c === OPEN_CURLY && text.charCodeAt(open) === OPEN_CURLY && closingAhead(i + 1, to)) {
        // “... what he calls “hell” than ...”: the same marks nested, closed twice before the
        // next opening mark; the inner pair stays inside the outer quotation
        nest++;
        continue;
      }
      if (c === CLOSE_CURLY && nest > 0 && open >= 0) {
        nest--;
        continue;
      }
      if (opens) {
        nest = 0;
        straightNest = 0;
        if (open >= 0) {
          // an opening mark inside an open quote: the open one was never closed
          out.push({ start: open, end: i, innerStart: open + openW, innerEnd: trimEnd(text, open + 1, i), closed: false, multiParagraph: multi });
          multi = false;
        }
        open = i;
        openW = 1;
      } else if (open >= 0) {
        out.push({ start: open, end: i + 1, innerStart: open + openW, innerEnd: i, closed: true, multiParagraph: multi });
        open = -1;
        multi = false;
      }
    }
  }

  /** A straight mark after a space (or the paragraph's start) and right before a letter or digit: it can only open. */
  function opensInnerStraight(i: number, to: number): boolean {
    return isSpace(text.charCodeAt(i - 1)) && i + 1 < to && isWordChar(text.charCodeAt(i + 1));
  }

  /** True when two closing curly marks follow in [from, to) before any opening one. */
  function closingAhead(from: number, to: number): boolean {
    let n = 0;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === OPEN_CURLY) return false;
      if (c === CLOSE_CURLY && ++n === 2) return true;
    }
    return false;
  }

  /** Two apostrophes (not three or more) at `k`. */
  function isDoubled(k: number): boolean {
    return text.charCodeAt(k) === APOSTROPHE && text.charCodeAt(k + 1) === APOSTROPHE && text.charCodeAt(k + 2) !== APOSTROPHE && text.charCodeAt(k - 1) !== APOSTROPHE;
  }

  /**
   * A closing mark typed the wrong way round (`” Fear. I am afraid.”`, a common autocorrect slip):
   * with no quote open, a ” after a space or the paragraph start and before a letter or digit
   * opens the quote.
   */
  function facesForward(i: number, from: number, to: number): boolean {
    return (i === from || isSpace(text.charCodeAt(i - 1))) && i + 1 < to && isWordChar(text.charCodeAt(i + 1));
  }

  /** The other slip (`“Yes.“ she said`): with a quote open, a “ right after a word or stop and before a space or the paragraph end closes it. */
  function facesBack(i: number, from: number, to: number): boolean {
    return i > from && !isSpace(text.charCodeAt(i - 1)) && (i + 1 >= to || isSpace(text.charCodeAt(i + 1)));
  }
}

/**
 * `saying it was "a cowardly act.` closing its paragraph, the next one opening on a mark: a few words
 * quoted mid-sentence, after narration in lowercase, that the writer forgot to close. A quotation
 * running on over paragraphs opens on a statement of its own (after a colon, a comma or the
 * paragraph's start), so the next paragraph's mark opens a new quotation here.
 */
function isUnclosedPartialQuote(text: string, open: number, paragraphEnd: number): boolean {
  // (after a verb of saying, or its "that", the quotation is a statement: `saying “Iraq can only
  // rebuild itself ...` runs on over the paragraphs)
  const before = /\s(\p{Ll}[\p{Ll}'’-]*)\s$/u.exec(text.slice(Math.max(0, open - 30), open))?.[1];
  return !!before && before !== 'that' && !isSpeechVerb(before) && text.slice(open + 1, paragraphEnd).trim().split(/\s+/).length <= 8;
}

/**
 * `a mark of 10'40"48`, `the 6'2" centre`: a straight mark after the digits of a minutes' or feet's
 * figure (digits, an apostrophe, digits) or between two digits measures time or length; taken
 * for a quotation mark it would open a quote that swallows the rest of the paragraph.
 */
function isSecondsOrInchesMark(text: string, i: number): boolean {
  if (!isDigit(text.charCodeAt(i - 1))) return false;
  if (isDigit(text.charCodeAt(i + 1))) return true;
  let k = i - 1;
  while (k > 0 && isDigit(text.charCodeAt(k - 1))) k--;
  const c = text.charCodeAt(k - 1);
  return (c === APOSTROPHE || c === 0x2032 || c === 0x2019) && isDigit(text.charCodeAt(k - 2));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter or digit (ASCII or any non-ASCII letter-like code unit). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 0xbf && c !== 0x201c && c !== 0x201d && c !== 0x2018 && c !== 0x2019 && c !== 0x2014 && c !== 0x2013 && c !== 0x2015 && c !== 0x2026);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
