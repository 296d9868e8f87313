import type { Token } from '../document/types.js';

/** A half-open token range [a, b). */
export interface TokRange {
  a: number;
  b: number;
}

const CLAUSE_BREAK_PUNCT = new Set([',', ';', ':', '“', '”', '"', '(', ')', '—', '–', '--', '[', ']', '‘', '’']);
const CLAUSE_BREAK_WORDS = new Set([
  'that', 'and', 'but', 'because', 'while', 'as', 'when', 'if', 'since', 'although', 'though', 'so', 'or',
  'where', 'after', 'before', 'whereas', 'until', 'unless', 'than', 'whether', 'yet', 'nor',
]);
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
const LEADING_PREPS = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'last', 'earlier', 'later', 'yesterday', 'today', 'then',
  'now', 'meanwhile', 'also', 'still', 'however', 'instead', 'separately', 'tonight', 'this', 'by', 'from',
  'over', 'for', 'within', 'speaking', 'asked', 'but', 'and', 'so', 'yet', 'moreover', 'here', 'there',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'several', 'many', 'most', 'two', 'three', 'one', 'other', 'another', 'senior', 'both', 'all', 'few', 'no', 'these', 'those', 'this', 'that']);

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : '';
}

function isCap(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return t.text.toLowerCase() !== t.text && !(c >= 48 && c <= 57);
}

/** Walks left from `b` to the clause break; returns the start of the segment. */
function segmentStart(tokens: readonly Token[], lo: number, b: number): number {
  let a = b;
  while (a - 1 >= lo) {
    const t = tokens[a - 1]!;
    const l = t.text.toLowerCase();
    if (CLAUSE_BREAK_PUNCT.has(t.text) || CLAUSE_BREAK_WORDS.has(l)) break;
    a--;
  }
  return a;
}

/**
 * The source before a cue that starts at token `cs`, in a sentence starting at token `lo`:
 * "Hugh Hill, a doctor," / "she" / "the minister" / "who". Null when the words before the cue
 * do not look like a subject.
 */
export function sourceBefore(tokens: readonly Token[], lo: number, cs: number): TokRange | null {
  if (cs <= lo) return null;
  const prev = tokens[cs - 1]!;
  const pl = prev.text.toLowerCase();
  if (RELATIVES.has(pl)) {
    // "Trump, who said ..." / "a report that said ...": the relative pronoun is the source
    return { a: cs - 1, b: cs };
  }
  let a: number;
  if (prev.text === ',') {
    // appositive: "Hugh Hill, a doctor, said" / "Clinton, who ..., said"
    const inner = segmentStartCommaOnly(tokens, lo, cs - 1);
    if (inner <= lo || tokens[inner - 1]!.text !== ',') return null;
    const head = segmentStart(tokens, lo, inner - 1);
    if (head >= inner - 1) return null;
    a = head;
  } else {
    if (CLAUSE_BREAK_PUNCT.has(prev.text) || CLAUSE_BREAK_WORDS.has(pl)) return null;
    a = segmentStart(tokens, lo, cs);
  }
  // trim leading adverbials: "On Monday Trump said" -> "Trump"
  let guard = 0;
  while (a < cs - 1 && LEADING_PREPS.has(lower(tokens[a])) && guard++ < 8) {
    let k = a + 1;
    while (k < cs - 1 && !isCap(tokens[k]) && !PRONOUNS.has(lower(tokens[k])) && k - a < 6) k++;
    if (k >= cs || !(isCap(tokens[k]) || PRONOUNS.has(lower(tokens[k])))) break;
    // skip capitalised words of the adverbial itself ("On Monday", "In March")
    while (k < cs - 1 && isCap(tokens[k]) && isTimeWord(tokens[k]!.text)) k++;
    a = k;
  }
  if (cs - a > 30) return null;
  const first = tokens[a];
  if (!first) return null;
  // a source begins with a name, a pronoun, a determiner or a noun, never with a verb-like word
  if (!(isCap(first) || PRONOUNS.has(lower(first)) || DETERMINERS.has(lower(first)) || /^[a-z]/.test(first.text) || first.kind === 'number')) return null;
  return { a, b: cs };
}

/** Like segmentStart but only commas (and strong punctuation) break: for appositives. */
function segmentStartCommaOnly(tokens: readonly Token[], lo: number, b: number): number {
  let a = b;
  while (a - 1 >= lo) {
    const t = tokens[a - 1]!.text;
    if (t === ',' || t === ';' || t === ':' || t === '“' || t === '”' || t === '"' || t === '(' || t === ')') break;
    a--;
  }
  return a;
}

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.',
  'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
]);
export function isTimeWord(w: string): boolean {
  return TIME_WORDS.has(w.toLowerCase());
}

const STOP_AFTER = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'to', 'that', 'as', 'from', 'last', 'this', 'earlier', 'today', 'yesterday', 'tonight', 'via', 'through']);

/**
 * The source after an inverted cue: "..., said Hugh Hill, a doctor at the clinic." Stops at
 * the sentence's end, a quotation mark or an adverbial ("in a statement", "on Monday").
 */
export function sourceAfter(tokens: readonly Token[], from: number, hi: number): TokRange | null {
  let b = from;
  while (b < hi) {
    const t = tokens[b]!;
    const l = t.text.toLowerCase();
    if (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';' || t.text === ':' || t.text === '“' || t.text === '”' || t.text === '"') break;
    if (t.text === ',') {
      const n = lower(tokens[b + 1]);
      if (n === 'a' || n === 'an' || n === 'the' || n === 'who' || (tokens[b + 1] && isCap(tokens[b + 1]) && !isTimeWord(tokens[b + 1]!.text) && b + 2 < hi && lower(tokens[b + 2]) !== 'said')) {
        b++;
        continue;
      }
      break;
    }
    if (b > from && STOP_AFTER.has(l)) break;
    if (b > from && isTimeWord(t.text)) break;
    b++;
    if (b - from > 30) return null;
  }
  // drop a trailing comma
  while (b > from && tokens[b - 1]!.text === ',') b--;
  if (b <= from) return null;
  const first = tokens[from]!;
  if (!(isCap(first) || PRONOUNS.has(first.text.toLowerCase()) || DETERMINERS.has(first.text.toLowerCase()))) return null;
  return { a: from, b };
}

/** Noun phrase after "according to": up to a comma or the sentence's end. */
export function sourceAccording(tokens: readonly Token[], from: number, hi: number): TokRange | null {
  let b = from;
  while (b < hi) {
    const t = tokens[b]!.text;
    if (t === ',' || t === '.' || t === ';' || t === ':' || t === '“' || t === '”' || t === '"' || t === '?' || t === '!') break;
    b++;
  }
  if (b <= from || b - from > 30) return null;
  return { a: from, b };
}

export function tokensIsCap(t: Token | undefined): boolean {
  return isCap(t);
}

/**
 * A stop inside a span: a semicolon, or a full stop, "!" or "?" after a lowercase word and before
 * a capital (the sentence splitter missed it, as in headlines). Abbreviations of four lowercase
 * letters or more that take a capital after them are listed ("Calif. Gov."); shorter ones ("Sen.",
 * "Corp.") have too few lowercase letters to match.
 */
const CLAUSE_STOP = /;\s*|(?:(?<!\b(?:Calif|Conn|Penn|Tenn|Minn|Mich|Ariz|Okla|Nebr|Wisc|Blvd|Mont|Colo))(?<=[a-z]{4})\.|(?<=[a-z])[!?])["”’]?\s+(?=["“]?[A-Z])/g;

/**
 * The part of a span (a source; a headline's content) in the clause of its cue: a source never
 * reaches across a semicolon or a sentence-internal stop ("Polls close in tight Dutch election;
 * [exit poll] shows"). `beforeCue` says the span comes before the cue: then its last clause
 * counts, else its first.
 */
export function inCueClause(text: string, src: { start: number; end: number }, beforeCue: boolean): { start: number; end: number } {
  const body = text.slice(src.start, src.end);
  const stops = [...body.matchAll(CLAUSE_STOP)].filter((m) => m.index! > 0 && m.index! + m[0].length < body.length);
  if (!stops.length) return src;
  if (beforeCue) {
    const m = stops[stops.length - 1]!;
    return { start: src.start + m.index! + m[0].length, end: src.end };
  }
  return { start: src.start, end: src.start + stops[0]!.index! };
}
