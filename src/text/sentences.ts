import type { Sentence, Span, Token } from '../document/types.js';
import { abbreviationCanEndSentence } from './abbreviations.js';
import { startsListItem } from './lines.js';
import { isSentenceStarter } from './starters.js';

/*
 * Sentence boundaries are decided on tokens, inside paragraphs (a paragraph break always
 * ends a sentence). A boundary candidate is a terminal mark (. ! ? …) or a period-final
 * abbreviation; what follows it decides. Closing quotes and brackets right after the mark
 * belong to the sentence that ends, so a quote spanning sentences keeps its marks with
 * its first and last sentence.
 */

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '{', '«']);
const TERMINALS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);

/** Whether a token text starts as every one of TERMINALS does (a cheap test before the set's). */
function mayBeTerminal(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function startsUpper(t: Token): boolean {
  const c = t.text.codePointAt(0)!;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase();
}

/** Index of the token after a run of closing quotes and brackets glued to the mark at `i`. */
function skipClosers(tokens: readonly Token[], i: number, end: number): number {
  let j = i + 1;
  while (j < end && CLOSERS.has(tokens[j]!.text) && !tokens[j]!.spaceBefore) j++;
  // A straight quote after a space may still close: `. "` is more often a closing quote
  // when nothing but another space or the paragraph end follows.
  return j;
}

/** The first token that carries content after openers, for looking at how a sentence begins. */
function firstContent(tokens: readonly Token[], j: number, end: number): Token | undefined {
  while (j < end && OPENERS.has(tokens[j]!.text)) j++;
  return tokens[j];
}

function looksLikeSentenceStart(tokens: readonly Token[], j: number, end: number): boolean {
  const t = firstContent(tokens, j, end);
  if (!t) return true;
  if (t.kind === 'number') return true;
  if (t.kind === 'punct' || t.kind === 'symbol') return t.text === '—' || t.text === '-' || t.text === '$' || t.text === '£' || t.text === '€';
  return startsUpper(t);
}

/**
 * After an abbreviation or an ellipsis the next word's capital proves nothing ("U.S. Vice
 * President"); only a word that is capitalised because it starts a sentence does.
 */
/** True when the bracket opening at j closes within six tokens and a lowercase word follows it. */
function lowercaseAfterBracket(tokens: readonly Token[], j: number, end: number): boolean {
  for (let k = j + 1; k < end && k <= j + 6; k++) if (tokens[k]!.text === ')') return k + 1 < end && isLowerWord(tokens[k + 1]!);
  return false;
}

function looksLikeNewSentenceAfterAbbreviation(tokens: readonly Token[], j: number, end: number): boolean {
  const opener = j < end && OPENERS.has(tokens[j]!.text) && tokens[j]!.text !== "'";
  // (a quotation opening on a lowercase word goes on with the sentence: 'the U.S. "war on drugs"';
  // so does a bracket opening on a figure: "by 2 p.m. (1100 GMT) and")
  if (opener) {
    const first = firstContent(tokens, j, end);
    // (or on a name, after an abbreviation closing a body's name, when the sentence goes on in
    // lowercase after the bracket: "Development Corp. (Donen) said"; a dateline's credit, "Calif.
    // (AP) —", stays as it was)
    if (tokens[j]!.text === '(' && first?.kind === 'number') return false;
    if (tokens[j]!.text === '(' && first?.kind === 'word' && lowercaseAfterBracket(tokens, j, end)) return false;
    return !(first?.kind === 'word' && !startsUpper(first));
  }
  const t = tokens[j];
  if (!t) return true;
  return t.kind === 'word' && startsUpper(t) && isSentenceStarter(t.text);
}

/*
 * A question or exclamation in quotation marks followed by its attribution is one sentence:
 * `“Why now?” Clinton said.` The capital after the closing mark only starts a name here, so
 * the attribution stays with the quote it attributes. Up to four capitalised words (a name,
 * a title, "Mr.") then a speech verb; anything else after the quote starts a new sentence.
 */
const SPEECH_VERBS = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'tells', 'added', 'adds', 'replied', 'replies', 'wrote', 'writes',
  'shouted', 'insisted', 'recalled', 'explained', 'continued', 'answered', 'wondered', 'tweeted', 'exclaimed',
  'joked', 'yelled', 'cried', 'warned', 'argued', 'noted', 'declared', 'demanded', 'pleaded', 'posted',
]);

/** Capitalised words that begin a new sentence rather than a speaker's name: "Nobody answered." */
const NOT_A_NAME = new Set(['nobody', 'everybody', 'somebody', 'everyone', 'someone', 'none', 'all', 'many']);
const TITLE_ABBREVIATIONS = new Set(['mr.', 'mrs.', 'ms.', 'dr.']);

function attributionFollows(tokens: readonly Token[], j: number, end: number): boolean {
  const first = tokens[j]!.text.toLowerCase();
  if (NOT_A_NAME.has(first) || (isSentenceStarter(first) && !TITLE_ABBREVIATIONS.has(first))) return false;
  let k = j;
  while (k < end && k < j + 4 && tokens[k]!.kind === 'word' && startsUpper(tokens[k]!)) k++;
  return k > j && k < end && SPEECH_VERBS.has(tokens[k]!.text);
}

/**
 * Words that never follow an initial inside a name, so that after "X." they open a sentence:
 * "Petro wrote on X. He said ..." ("Franklin D. Roosevelt", "A. A. Milne" go on).
 */
const PRONOUN_STARTERS = new Set(['He', 'She', 'It', 'They', 'We', 'I', 'You', 'The', 'This', 'There', 'His', 'Her', 'Their', 'Its', 'But']);

function isLowerWord(t: Token): boolean {
  return t.kind === 'word' && /^\p{Ll}/u.test(t.text);
}

/** “, or a straight quote with a space before it and a word right after. */
function isOpeningMark(t: Token): boolean {
  return t.text === '“' || (t.text === '"' && !!t.spaceBefore);
}

function isInitial(text: string): boolean {
  return text.length === 2 && /^\p{Lu}\.$/u.test(text);
}

function isListNumber(t: Token): boolean {
  return t.kind === 'number' && /^\d{1,3}$/.test(t.text);
}

/** True when a line break separates token i-1 from token i inside one paragraph. */
function lineBreakBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  const end = tokens[i]!.start;
  for (let k = prev.end; k < end; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function lineTextFrom(text: string, pos: number): string {
  const nl = text.indexOf('\n', pos);
  return text.slice(pos, nl < 0 ? text.length : nl);
}

/** Split the tokens of one paragraph [from, to) into sentences, given as token index ranges. */
function splitParagraph(text: string, tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    let boundary = -1;
    if (i > start && lineBreakBefore(text, tokens, i) && startsListItem(lineTextFrom(text, t.start))) {
      out.push([start, i]);
      start = i;
    }
    if (t.text === '.' && i === start + 1 && isListNumber(tokens[start]!)) {
      // "1. Jesper Ronnback (Sweden)": a numbered list item, not a one-word sentence.
    } else if (mayBeTerminal(t.text) && TERMINALS.has(t.text) && t.kind !== 'word') {
      const j = skipClosers(tokens, i, to);
      const ellipsis = t.text === '…' || t.text.startsWith('..');
      const next = j < to ? j : -1;
      if (next < 0) boundary = j;
      else if (t.text !== '.' && !ellipsis && j > i + 1 && attributionFollows(tokens, next, to)) boundary = -1;
      else if (ellipsis ? looksLikeNewSentenceAfterAbbreviation(tokens, next, to) : looksLikeSentenceStart(tokens, next, to)) boundary = j;
    } else if (t.kind === 'word' && t.text.endsWith('.') && t.text.length > 1) {
      const j = skipClosers(tokens, i, to);
      if (j >= to) boundary = j;
      else if (abbreviationCanEndSentence(t.text) && looksLikeNewSentenceAfterAbbreviation(tokens, j, to)) boundary = j;
      else if (isInitial(t.text) && j === i + 1 && tokens[j]!.kind === 'word' && PRONOUN_STARTERS.has(tokens[j]!.text)) boundary = j;
      // "dismissed the claim in a post on X. “Eritrea has ...": after a lowercase word a capital
      // and a stop is no initial inside a name ("Franklin D."), so an opening quotation mark
      // after it opens a sentence; so does a capital after the platform ("on X. Colombia will"),
      // not after a verb ("bt M. Seles" in sports results)
      else if (isInitial(t.text) && j === i + 1 && i > start && isLowerWord(tokens[i - 1]!) && (isOpeningMark(tokens[j]!) || (t.text === 'X.' && /^(?:on|via)$/.test(tokens[i - 1]!.text) && startsUpper(tokens[j]!)))) boundary = j;
    }
    if (boundary > 0) {
      out.push([start, boundary]);
      start = boundary;
      i = boundary;
      continue;
    }
    i++;
  }
  if (start < to) out.push([start, to]);
  return out;
}

/** Sentences over the tokens, never crossing a paragraph boundary. */
export function splitSentences(text: string, tokens: readonly Token[], paragraphs: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  let ti = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    while (ti < tokens.length && tokens[ti]!.start < para.start) ti++;
    const from = ti;
    while (ti < tokens.length && tokens[ti]!.end <= para.end) ti++;
    for (const [a, b] of splitParagraph(text, tokens, from, ti)) {
      sentences.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, tokenStart: a, tokenEnd: b, paragraph: p });
    }
  }
  return sentences;
}

/** Index of the last sentence that starts at or before `pos`, or -1 when none does. */
export function sentenceIndexAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
