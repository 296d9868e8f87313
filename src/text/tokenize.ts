import type { Token, TokenKind } from '../document/types.js';
import { isKnownAbbreviation } from './abbreviations.js';

/*
 * One sticky regular expression scans the text left to right; each alternative is one
 * token shape. Order matters: URLs before words, dotted abbreviations ("U.S.", "J.D.",
 * "a.m.") before words, numbers with their inner separators ("1,999", "3.5", "2026-03-12")
 * before punctuation. Tokens follow the CoNLL/PTB convention that NER models are trained
 * on: possessive "'s" and "n't" are split off, hyphenated words stay whole.
 */
const URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]'’]`;
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
// "U.S.", "J.D.", "a.m.", and a party label such as "D-N.C." (party, hyphen, state initials).
const DOTTED = String.raw`(?:\p{Lu}-)?(?:\p{L}\.){2,}(?![\p{L}\d])`;
const NUMBER = String.raw`(?:\d+|(?<![\p{L}\d.])\.\d+)(?:[.,:\/]\d+)*\p{L}*(?:[-‐‑][\p{L}\d]+)*`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-‐‑'’&][\p{L}\p{M}\d]+)*`;
const ELLIPSIS = String.raw`\.{3,}|…|(?:\. ){2}\.`;
const DASH = String.raw`-{2,}|[—–]`;
const OTHER = String.raw`\S`;

const TOKEN_RE = new RegExp(
  `(${URL}|${EMAIL})|(${DOTTED})|(${NUMBER})|(${WORD})|(${ELLIPSIS}|${DASH})|(${OTHER})`,
  'guy',
);

const SPLIT_SUFFIX = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;
const PUNCT = /^[\p{P}]$/u;
const NUMERIC = /^[\d.,:\/-]+(?:st|nd|rd|th|s)?$/;

function kindOf(group: number, text: string): TokenKind {
  if (group === 1) return 'url';
  if (group === 3) return NUMERIC.test(text) ? 'number' : 'word';
  if (group === 2 || group === 4) return 'word';
  if (group === 5) return 'punct';
  return PUNCT.test(text) ? 'punct' : 'symbol';
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || code === 12 || code === 11 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0x202f || code === 0x205f || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

/** The code unit at i, or -1 outside the string (reading past the end would deoptimise tokenize). */
function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Code units after a run of ASCII letters that end the token there as a plain word: not a
 * letter, digit or mark (WORD goes on), not - ‐ ‑ ' ’ & (WORD joins), not _ . + - @ (EMAIL
 * may match instead), not : or . (a URL's "http:" or "www.", a DOTTED "U.S."; a word before
 * a period may be an abbreviation). Whitespace, and ASCII punctuation other than those, and
 * a few common marks.
 */
function plainWordEnd(c: number): boolean {
  if (c < 128) return PLAIN_END[c] === 1;
  return isSpace(c) || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013 || c === 0x2026;
}

/** Whether [\w.+-]* from i leads to an @ (where EMAIL might match). */
function atAhead(text: string, i: number): boolean {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 43 || c === 45) i++;
    else return c === 64;
  }
  return false;
}

const PLAIN_END = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  PLAIN_END[c] = /[A-Za-z0-9_.+\-@:'&]/.test(ch) ? 0 : 1;
}
PLAIN_END[127] = 0;

/** Single characters that only the \S alternative matches and that are punctuation (\p{P}). */
const PLAIN_PUNCT = new Uint8Array(0x2020);
for (const ch of [',', ';', ':', '(', ')', '"', '?', '!', '[', ']', '\'', '“', '”', '‘', '’']) PLAIN_PUNCT[ch.charCodeAt(0)] = 1;

/*
 * The shapes below each push the token at pos and return where the next one starts, or -1 when
 * the shortcut does not apply. They are functions of their own so that the JIT recompiles one
 * shape, not all of `tokenize`, when a rare branch (an abbreviation, a split "n't") is first taken.
 */

/** A run of ASCII letters that nothing can extend or reshape (see plainWordEnd), or one before a period. */
function asciiWordAt(tokens: Token[], text: string, pos: number, spaceBefore: boolean): number {
  const n = text.length;
  let e = pos + 1;
  while (e < n && isAsciiLetter(text.charCodeAt(e))) e++;
  const d = e < n ? text.charCodeAt(e) : -1;
  if (d < 0 || plainWordEnd(d)) {
    tokens.push({ start: pos, end: e, text: text.slice(pos, e), kind: 'word', spaceBefore });
    return e;
  }
  // Two or more letters before a period: not DOTTED (a period would follow the first), not a
  // URL unless "www.", not an email unless an @ follows; the word, or a known abbreviation.
  if (d === 46 && e - pos >= 2 && !(e - pos === 3 && text.startsWith('www', pos)) && !atAhead(text, e)) {
    let word = text.slice(pos, e);
    let end = e;
    if (codeAt(text, e + 1) !== 46 && isKnownAbbreviation(word)) {
      word += '.';
      end++;
    }
    tokens.push({ start: pos, end, text: word, kind: 'word', spaceBefore });
    return end;
  }
  return -1;
}

/** A lone period before a space, a closer or the end: no number, ellipsis or email starts here. */
function lonePeriodAt(tokens: Token[], text: string, pos: number, spaceBefore: boolean): number {
  const d = pos + 1 < text.length ? text.charCodeAt(pos + 1) : -1;
  if (d < 0 || (isSpace(d) && !(d === 32 && codeAt(text, pos + 2) === 46)) || d === 34 || d === 39 || d === 41 || d === 93 || d === 0x201d || d === 0x2019) {
    tokens.push({ start: pos, end: pos + 1, text: '.', kind: 'punct', spaceBefore });
    return pos + 1;
  }
  return -1;
}

/** The rest of a dotted abbreviation after its first letter: ".S." of "U.S.", ".K." of "U.K.". */
const DOTTED_TAIL = /^\.(?:\p{L}\.)+(?![\p{L}\d])/u;

/**
 * A WORD match: with its period when it is a known abbreviation ("Gen.", "Inc.") or an initial
 * ("J. K. Rowling"), split before "'s" or "n't", else as matched.
 */
function wordMatchAt(tokens: Token[], text: string, pos: number, word: string, spaceBefore: boolean): number {
  let end = pos + word.length;
  // "the Japan-U.S. alliance": a dotted abbreviation after a hyphen is part of the word (split at
  // its first period, "Japan-U" and "S." would end a sentence between them)
  const dotted = codeAt(text, end) === 46 && /[-‐‑]\p{Lu}$/u.test(word) ? DOTTED_TAIL.exec(text.slice(end, end + 12)) : null;
  if (dotted) {
    word += dotted[0];
    end += dotted[0].length;
  } else if (codeAt(text, end) === 46 && codeAt(text, end + 1) !== 46 && isKnownAbbreviation(word)) {
    word += '.';
    end++;
  } else if (codeAt(text, end) === 46 && /^\p{Lu}$/u.test(word) && codeAt(text, end + 1) !== 46) {
    word += '.';
    end++;
  } else {
    // SPLIT_SUFFIX needs an apostrophe two or three code units from the end
    const L = word.length;
    const a2 = codeAt(word, L - 2);
    const a3 = codeAt(word, L - 3);
    const split = a2 === 39 || a2 === 0x2019 || a3 === 39 || a3 === 0x2019 ? SPLIT_SUFFIX.exec(word) : null;
    if (split && split[1] && split[2] && !/^['’]/.test(split[1])) {
      const head = split[1];
      tokens.push({ start: pos, end: pos + head.length, text: head, kind: 'word', spaceBefore });
      tokens.push({ start: pos + head.length, end, text: split[2], kind: 'word', spaceBefore: false });
      return end;
    }
  }
  tokens.push({ start: pos, end, text: word, kind: 'word', spaceBefore });
  return end;
}

/** The token TOKEN_RE matches at pos; pos + 1 when it matches none. */
function regexTokenAt(tokens: Token[], text: string, pos: number, spaceBefore: boolean): number {
  TOKEN_RE.lastIndex = pos;
  const m = TOKEN_RE.exec(text);
  if (!m) return pos + 1;
  let group = 1;
  while (group < 7 && m[group] === undefined) group++;
  const word = m[0];
  if (group === 4) return wordMatchAt(tokens, text, pos, word, spaceBefore);
  const end = pos + word.length;
  tokens.push({ start: pos, end, text: word, kind: kindOf(group, word), spaceBefore });
  return end;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    // Skip whitespace by hand: cheaper than letting the regex fail on every space.
    const c = text.charCodeAt(pos);
    if (isSpace(c)) {
      pos++;
      continue;
    }
    const spaceBefore = pos === 0 || isSpace(text.charCodeAt(pos - 1));
    let next = -1;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) next = asciiWordAt(tokens, text, pos, spaceBefore);
    else if (c === 46) next = lonePeriodAt(tokens, text, pos, spaceBefore);
    else if (PLAIN_PUNCT[c] === 1) {
      // Punctuation no other alternative starts with: the \S alternative, one punct token.
      tokens.push({ start: pos, end: pos + 1, text: text.charAt(pos), kind: 'punct', spaceBefore });
      next = pos + 1;
    }
    pos = next >= 0 ? next : regexTokenAt(tokens, text, pos, spaceBefore);
  }
  return tokens;
}
