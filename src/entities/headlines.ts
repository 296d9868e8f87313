/**
 * Names in title-case headlines. "Thousands March in Belgrade Against Government": a headline
 * capitalises ordinary words, so case, the tagger's best cue, says little there, and it takes
 * "Belgrade Against Government" or "Corruption Probe" for names. The body of the same article
 * writes the same words in running text, where case does tell: a headline word stays in a name
 * when the body also writes it as a name, or when nothing says it is an ordinary word.
 */
import type { Sentence } from '../document/types.js';
import type { Resources } from './features.js';
import { hashString } from './hash.js';
import type { TokenSpan } from './tags.js';
import { isTitleWord } from './titles.js';

/** Words title case capitalises that are never a name's on their own. */
const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet for of in on at to by as up via vs vs. with from into onto over
  under after before amid against about across among between during despite without within off out
  than that this these those is are was were be been it its his her their our`.split(/\s+/),
);

/** The case-ratio bucket from which news writes a word lowercase as often as not. */
const COMMON_BUCKET = 3;

/** Tokens of a sentence that makes running text, not a dateline or a byline. */
const MIN_BODY_SENTENCE = 8;

/** The lexicon's bits for a given name, within a name and alone (category 0). */
const GIVEN_NAME_BITS = 1 | (1 << 8);

function isCapitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

function hasLetters(w: string): boolean {
  return w.toLowerCase() !== w.toUpperCase();
}

function isBlankBetween(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/** A line ends a sentence or a heading (not a line wrapped inside a paragraph). */
const CLOSING = /[.!?:"”’')\]]\s*$|^\s*$/;

/**
 * The sentence is where a heading stands: alone on its line, and that line either the first of
 * the text (the title) or a paragraph of its own after a closed one (a subhead). A line among
 * lines, as in a table or a list of results, or a line wrapped inside a paragraph, is not.
 */
function standsAsHeading(text: string, s: Sentence): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  let lineEnd = text.indexOf('\n', s.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (!isBlankBetween(text, lineStart, s.start) || !isBlankBetween(text, s.end, lineEnd)) return false;
  // what follows opens a sentence of its own ("The Islamic Resistance Movement\n\non Tuesday urged" is wrapped)
  if (/^\s*\p{Ll}/u.test(text.slice(lineEnd, lineEnd + 40))) return false;
  if (isBlankBetween(text, 0, lineStart)) return true;
  // a blank line before, and before that a line that closes its sentence
  const before = text.lastIndexOf('\n', lineStart - 2);
  if (before < 0 || !isBlankBetween(text, before + 1, lineStart - 1)) return false;
  const previous = text.slice(text.lastIndexOf('\n', before - 1) + 1, before);
  if (!CLOSING.test(previous)) return false;
  if (lineEnd >= text.length) return true;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  return isBlankBetween(text, lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
}

const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/** A fixture or a score ("Hawks 3 Warriors 1", "Valencia v Real Mallorca"): a table's line, not a heading. */
function isResultLine(w: readonly string[]): boolean {
  let numbers = 0;
  for (const x of w) if (VERSUS.has(x) || (/^\d/.test(x) && ++numbers > 1)) return true;
  return false;
}

/** Kickers a heading opens with before a colon: "Live: Ceasefire Takes Hold", "Analysis: ...". A label ("Sources: ...") is no heading. */
const KICKERS = new Set(['Live', 'LIVE', 'Analysis', 'Explainer', 'Exclusive', 'Factbox', 'Opinion', 'Update', 'Watch', 'Breaking', 'Interview', 'Review', 'Editorial', 'Timeline', 'Q&A']);

/** Longest heading, in tokens. */
const MAX_HEADING = 20;

/**
 * A title-case heading: a heading's line of at most 20 tokens, not closed by a full stop or an
 * abbreviation, not a label ("Sources: ...", though a kicker "Live: ..." opens one) nor a score,
 * whose content words (at least three) are all capitalised but one, and not in capitals
 * throughout (the tagger has its own features for all-caps lines).
 */
export function isTitleCaseLine(text: string, s: Sentence, w: readonly string[]): boolean {
  if (w.length < 3 || w.length > MAX_HEADING || w[w.length - 1]!.endsWith('.') || (w[1] === ':' && !KICKERS.has(w[0]!)) || isResultLine(w) || !standsAsHeading(text, s)) return false;
  let capitalised = 0;
  let lowercase = 0;
  let lower = false;
  for (const x of w) {
    if (!hasLetters(x)) continue;
    if (x !== x.toUpperCase()) lower = true;
    if (FUNCTION_WORDS.has(x.toLowerCase())) continue;
    if (isCapitalised(x)) capitalised++;
    else lowercase++;
  }
  return lower && capitalised >= 3 && lowercase <= 1;
}

/** What the rest of the article says about the words of its headings. */
interface BodyUse {
  /** Lowercase words written lowercase somewhere in the article ("the tribes", "a pipeline"). */
  lowercase: Set<string>;
  /** Lowercase words the body writes capitalised inside a sentence, or inside a tagged name. */
  named: Set<string>;
  /** Lowercase names the tagger found in the body, with how often it gave each type. */
  types: Map<string, number[]>;
  /** The article has running text beyond its headings to judge them by. */
  hasBody: boolean;
}

function bodyUseOf(words: readonly (readonly string[])[], spans: readonly (readonly TokenSpan[])[], heading: readonly boolean[]): BodyUse {
  const lowercase = new Set<string>();
  const named = new Set<string>();
  const counts = new Map<string, number[]>();
  words.forEach((w, si) => {
    for (let i = 0; i < w.length; i++) {
      const x = w[i]!;
      if (!hasLetters(x)) continue;
      if (!isCapitalised(x)) lowercase.add(x.toLowerCase());
      // inside a sentence, after a word (not after a quote or a colon, which may open one)
      else if (!heading[si] && i > 0 && /^\p{L}/u.test(w[i - 1]!) && x !== x.toUpperCase()) named.add(x.toLowerCase());
    }
    if (heading[si]) return;
    for (const sp of spans[si]!) {
      const key = w.slice(sp.start, sp.end).join(' ').toLowerCase();
      for (let i = sp.start; i < sp.end; i++) named.add(w[i]!.toLowerCase());
      const c = counts.get(key) ?? [0, 0, 0, 0];
      c[sp.type]!++;
      counts.set(key, c);
    }
  });
  const hasBody = words.some((w, si) => !heading[si] && w.length >= MIN_BODY_SENTENCE);
  return { lowercase, named, types: counts, hasBody };
}

/** Whether the article or news at large writes the word lowercase: "Probe", "Pipeline", "Against". */
function isCommonWord(l: string, use: BodyUse, caseBucket: ReadonlyMap<string, number>): boolean {
  return FUNCTION_WORDS.has(l) || use.lowercase.has(l) || (caseBucket.get(l) ?? 0) >= COMMON_BUCKET;
}

/** Capitalised ordinary words after the first: what makes a line title case rather than a list of names. */
/** The type the body gives a name most often, the heading's own type among equals; -1 when the body does not tag it. */
function bodyType(use: BodyUse, w: readonly string[], a: number, b: number, own: number): number {
  const c = use.types.get(w.slice(a, b).join(' ').toLowerCase());
  if (!c) return -1;
  const max = Math.max(...c);
  return c[own] === max ? own : c.indexOf(max);
}

function capitalisedCommonWords(w: readonly string[], use: BodyUse, caseBucket: ReadonlyMap<string, number>): number {
  let n = 0;
  for (let i = 1; i < w.length; i++) {
    const x = w[i]!;
    if (isCapitalised(x) && x !== x.toUpperCase() && isCommonWord(x.toLowerCase(), use, caseBucket)) n++;
  }
  return n;
}

/**
 * Whether a heading word can stay in a name: the body names it, or nothing says it is a common
 * word and either news mostly capitalises it, the name lists know it or there is no body to ask.
 * A word the body never names and no list knows ("Tribes Sue") is the heading's capital; a
 * given name alone ("Sue") is no heading's subject either.
 */
function canBeNameWord(x: string, use: BodyUse, res: Resources): boolean {
  const l = x.toLowerCase();
  if (isTitleWord(x)) return true; // the title rules split titles off names later
  if (use.named.has(l)) return true;
  if (isCommonWord(l, use, res.caseBucket)) return false;
  if (!use.hasBody || (res.caseBucket.get(l) ?? COMMON_BUCKET) < COMMON_BUCKET) return true;
  const h = hashString(l);
  return res.gazetteer.tokenTypes(h) !== 0 || (res.lexicon.tokenTypes(h) & ~GIVEN_NAME_BITS) !== 0;
}

/** Longest name, in words, looked for in a heading. */
const MAX_NAME = 5;

/**
 * Where a name the body tags ends when the heading writes it from `a` on, past `b`: "Sheffield"
 * tagged alone in "Sends Wrexham Top as Sheffield Wednesday Slip" is the body's "Sheffield
 * Wednesday". Not into the heading's next span (`limit`); else `b`.
 */
function bodyNameEnd(use: BodyUse, w: readonly string[], a: number, b: number, limit: number): number {
  for (let e = Math.min(limit, a + MAX_NAME); e > b; e--) if (use.types.has(w.slice(a, e).join(' ').toLowerCase())) return e;
  return b;
}

/** The runs of a span's words that can be a name's, lowercase connectors inside a run kept. */
function nameRuns(w: readonly string[], sp: TokenSpan, nameWord: (x: string) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  let last = -1;
  for (let i = sp.start; i < sp.end; i++) {
    const x = w[i]!;
    if (!isCapitalised(x) && hasLetters(x)) continue; // a connector: decided by the words around it
    if (nameWord(x)) {
      if (start < 0) start = i;
      last = i;
    } else if (start >= 0) {
      runs.push([start, last + 1]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, last + 1]);
  return runs;
}

/**
 * The tagger's spans in title-case headings, judged word by word against the body: a name the
 * body also tags is kept whole and takes the body's type; otherwise a span keeps only its runs
 * of words that can be a name's ("Belgrade Against Government" -> "Belgrade"; "Corruption
 * Probe" -> nothing). Lowercase connectors stay inside a run ("Bank of England").
 */
export function judgeHeadlineSpans(text: string, sentences: readonly Sentence[], words: readonly (readonly string[])[], spans: TokenSpan[][], res: Resources): TokenSpan[][] {
  const candidate = sentences.map((s, si) => isTitleCaseLine(text, s, words[si]!));
  if (!candidate.some((h) => h)) return spans;
  const use = bodyUseOf(words, spans, candidate);
  // a line of names is no headline: a headline capitalises ordinary words too
  const heading = candidate.map((h, si) => h && capitalisedCommonWords(words[si]!, use, res.caseBucket) >= 2);
  return spans.map((list, si) => {
    if (!heading[si] || !list.length) return list;
    const w = words[si]!;
    const out: TokenSpan[] = [];
    list.forEach((sp, k) => {
      const limit = k + 1 < list.length ? list[k + 1]!.start : w.length;
      const whole = bodyType(use, w, sp.start, sp.end, sp.type);
      if (whole >= 0) {
        out.push({ start: sp.start, end: sp.end, type: whole });
        return;
      }
      for (const [a, b0] of nameRuns(w, sp, (x) => canBeNameWord(x, use, res))) {
        // a title kept for a name after it is nothing alone: "Mayor Arrested", "Over Welfare Cuts"
        if (w.slice(a, b0).every((x) => isTitleWord(x) || !isCapitalised(x))) continue;
        const b = bodyNameEnd(use, w, a, b0, limit);
        const type = bodyType(use, w, a, b, sp.type);
        out.push({ start: a, end: b, type: type >= 0 ? type : sp.type });
      }
    });
    return out;
  });
}

/**
 * "Central bank holds rates" over a story about the European Central Bank: the tagger, seeing the
 * word inside a name in the body, takes a sentence-case heading's capitalised first word for a name
 * of its own. A heading's first word alone (with any lowercase words the tagger took after it),
 * before a lowercase word, that news mostly writes lowercase and the body never tags alone, is the
 * heading's capital, not a name.
 */
export function dropCommonHeadingOpeners(text: string, sentences: readonly Sentence[], words: readonly (readonly string[])[], spans: TokenSpan[][], res: Resources): TokenSpan[][] {
  const alone = new Set<string>();
  words.forEach((w, si) => {
    for (const sp of spans[si]!) if (sp.end - sp.start === 1 && sp.start > 0) alone.add(w[sp.start]!.toLowerCase());
  });
  return spans.map((list, si) => {
    const w = words[si]!;
    const first = list[0];
    // (the tagger may take the lowercase noun in: "Central bank")
    if (!first || first.start !== 0 || w.length < 3 || !w.slice(1, Math.max(2, first.end)).every((x) => /^\p{Ll}/u.test(x))) return list;
    // (an acronym is no capitalised ordinary word: "US investors mull ...")
    if (!/^\p{Lu}\p{Ll}+$/u.test(w[0]!)) return list;
    const l = w[0]!.toLowerCase();
    if (alone.has(l) || (res.caseBucket.get(l) ?? 0) < COMMON_BUCKET || !standsAsHeading(text, sentences[si]!)) return list;
    return list.slice(1);
  });
}

/** Rubrics that label a story's kind before a colon or a dash: "Q&A:", "Factbox -", "EXCLUSIVE:". */
const RUBRICS = new Set(['q&a', 'factbox', 'explainer', 'analysis', 'exclusive', 'breaking', 'live', 'update', 'opinion', 'editorial', 'timeline', 'instant view', 'fact check', 'fact-check', 'wrapup', 'snap analysis', 'corrected', 'refile']);

const RUBRIC_ENDS = new Set([':', '-', '—', '–']);

/** A rubric the tagger took for a name ("Q&A" typed a place) is no name: dropped before a colon or a dash. */
export function dropRubrics(words: readonly (readonly string[])[], spans: TokenSpan[][]): TokenSpan[][] {
  return spans.map((list, si) => {
    const w = words[si]!;
    // (the word after the span first: most spans are followed by no colon or dash, and build no string)
    return list.filter((sp) => !(RUBRIC_ENDS.has(w[sp.end] ?? '') && RUBRICS.has(w.slice(sp.start, sp.end).join(' ').toLowerCase())));
  });
}
