/**
 * A small tokenizer of its own, so the tagger runs on raw text as fast as it can be scanned:
 * letter runs, digit runs and single punctuation marks, each with its offsets and whether
 * whitespace precedes it. Hyphens and periods are tokens, so "third-quarter" and "Sept." are
 * matched piecewise by the parsers. One pass over the characters; no regular expression.
 */
export const enum Kind {
  Word = 0,
  Num = 1,
  Punct = 2,
}

export interface Tok {
  start: number;
  end: number;
  /** Lower-cased text. */
  low: string;
  kind: Kind;
  /** Whitespace (or the start of the text) right before the token. */
  space: boolean;
  /** A line break right before the token. */
  nl: boolean;
  /** The token starts with a capital letter. */
  cap: boolean;
}

const LETTER = /\p{L}|\p{M}/u;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

function isLetterCode(text: string, c: number, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  return LETTER.test(text[i]!);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Splits text[from, to) into word, number and punctuation tokens in one linear pass; offsets stay those of `text`. */
export function scan(text: string, from = 0, to = text.length): Tok[] {
  const toks: Tok[] = [];
  const n = Math.min(to, text.length);
  let i = from;
  let space = true;
  let nl = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      space = true;
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) nl = true;
      i++;
      continue;
    }
    const start = i;
    let kind: Kind;
    if (isDigit(c)) {
      kind = Kind.Num;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    } else if (isLetterCode(text, c, i)) {
      kind = Kind.Word;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetterCode(text, d, i)) i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        else break;
      }
    } else {
      kind = Kind.Punct;
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const raw = text.slice(start, i);
    const c0 = raw.charCodeAt(0);
    const cap = kind === Kind.Word && (c0 >= 65 && c0 <= 90 ? true : c0 >= 128 && raw[0] !== raw[0]!.toLowerCase());
    toks.push({ start, end: i, low: kind === Kind.Word ? raw.toLowerCase() : raw, kind, space, nl, cap });
    space = false;
    nl = false;
  }
  return toks;
}
