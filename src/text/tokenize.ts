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
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(text);
    if (!m) {
      pos++;
      continue;
    }
    const spaceBefore = pos === 0 || isSpace(text.charCodeAt(pos - 1));
    let group = 1;
    while (group < 7 && m[group] === undefined) group++;
    let word = m[0];
    let end = pos + word.length;
    if (group === 4) {
      // A word followed by a period is an abbreviation when we know it as one ("Gen.", "Inc.").
      if (text.charCodeAt(end) === 46 && text.charCodeAt(end + 1) !== 46 && isKnownAbbreviation(word)) {
        word += '.';
        end++;
      } else if (text.charCodeAt(end) === 46 && /^\p{Lu}$/u.test(word) && text.charCodeAt(end + 1) !== 46) {
        // A single capital before a period is an initial: "J. K. Rowling".
        word += '.';
        end++;
      } else {
        const split = SPLIT_SUFFIX.exec(word);
        if (split && split[1] && split[2] && !/^['’]/.test(split[1])) {
          const head = split[1];
          tokens.push({ start: pos, end: pos + head.length, text: head, kind: 'word', spaceBefore });
          tokens.push({ start: pos + head.length, end, text: split[2], kind: 'word', spaceBefore: false });
          pos = end;
          continue;
        }
      }
    }
    tokens.push({ start: pos, end, text: word, kind: kindOf(group, word), spaceBefore });
    pos = end;
  }
  return tokens;
}
