/**
 * Parenthetical attributions set off by commas inside or at the end of the reported sentence:
 * "Too often, Mr. Clarke said, the debate is infected with tribalism." / "The test was its
 * biggest yet, North Korea said." / "..., they say." The verb comes right after a short subject
 * (a pronoun, a capitalised name, or a determiner and a noun or two, which may carry one
 * prepositional phrase: "a spokesman for the ministry"), with a comma before the
 * subject and a comma or the sentence's end after the verb. Pure function over one sentence's
 * tokens.
 */
import type { Token } from '../document/types.js';
import { isCircumstanceClause } from './content.js';
import { isSpeechVerb } from './cues.js';

/** Verbs that take a parenthetical report ("..., she said, ..."); common and unambiguous in this frame. */
const PAREN_VERBS = new Set([
  'said', 'says', 'say', 'added', 'adds', 'argued', 'argues', 'insisted', 'insists', 'noted', 'notes', 'explained',
  'explains', 'warned', 'warns', 'wrote', 'writes', 'contended', 'contends', 'acknowledged', 'acknowledges', 'predicted',
  'predicts', 'believes', 'believe', 'believed', 'suggested', 'suggests', 'maintained', 'maintains', 'asserted', 'asserts',
  'recalled', 'recalls', 'conceded', 'concedes', 'claimed', 'claims', 'stressed', 'stresses', 'reported', 'reports',
]);
/** A parenthetical verb, lowercased (src/quotes/features.ts caches this per word form). */
export function isParenVerb(text: string): boolean {
  return PAREN_VERBS.has(text);
}
/** The bit of the prepared punctuation-class flags (src/quotes/features.ts `pc`) marking such a verb. */
export const PAREN_FLAG = 8;

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'some', 'many', 'most', 'several', 'other', 'his', 'her', 'their', 'its', 'another', 'both', 'two', 'three', 'four', 'few', 'these', 'those', 'our', 'my', 'your', 'each']);
/** Plural nouns that report on their own, without a determiner: ", officials said." */
const BARE_SOURCES = new Set(['officials', 'analysts', 'experts', 'police', 'critics', 'aides', 'sources', 'residents', 'witnesses', 'economists', 'investigators', 'prosecutors', 'authorities', 'researchers', 'scientists', 'lawyers', 'attorneys', 'advocates', 'supporters', 'opponents', 'doctors', 'organizers', 'organisers', 'diplomats', 'historians', 'observers', 'activists', 'democrats', 'republicans', 'officers', 'scholars', 'strategists', 'pollsters']);
/** Adverbs that may sit between the subject and the verb, inside the cue ("Mr. Obama often says,"). */
const MID_ADVERB = /^(?:often|also|later|once|then|still|again|repeatedly|frequently|recently|reportedly|privately|publicly|previously|always|sometimes)$/;
/** A time word that may sit between the verb and the closing comma ("she said Monday,"). */
const TIME_AFTER = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|later|earlier|then)$/;
const TERMINAL = new Set(['.', '!', '?']);
const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);
/** Prepositions that attach a phrase to a subject's head noun ("a spokesman for the ministry"). */
const SUBJECT_PREPS = new Set(['for', 'of', 'at', 'with', 'from']);
const QUANTIFIERS = new Set(['one', 'two', 'three', 'four', 'some', 'many', 'most', 'several', 'both', 'each', 'another', 'none', 'all']);
/** Title abbreviations and name particles inside a capitalised subject ("Mr. King", "Chief Justice Roberts"). */
const NAME_GLUE = new Set(['.', "'s", '’s', '-', 'de', 'van', 'von', 'al']);

export interface Parenthetical {
  /** Token indices: cue [cue, cue + cueLen), source [srcA, srcB), contents as [a, b) ranges. */
  cue: number;
  cueLen: number;
  srcA: number;
  srcB: number;
  contents: Array<[number, number]>;
}

/** The subject ending right before the verb at `v`, starting after a comma: its first index, or -1. */
function subjectStart(tokens: readonly Token[], lo: number, v: number): number {
  const prev = tokens[v - 1];
  if (!prev || v - 1 < lo) return -1;
  const l = prev.text.toLowerCase();
  // a pronoun alone
  if (PRONOUNS.has(l)) return v - 1;
  let a = v;
  if (isCap(prev)) {
    // a capitalised name of up to five tokens, with title stops and particles
    while (a - 1 >= lo && v - a < 5 && (isCap(tokens[a - 1]!) || (a < v && NAME_GLUE.has(tokens[a - 1]!.text.toLowerCase())))) a--;
    while (a < v && NAME_GLUE.has(tokens[a]!.text.toLowerCase())) a++;
    // "the White House", "the group's lawyer"
    if (a - 1 >= lo && DETERMINERS.has(tokens[a - 1]!.text.toLowerCase())) a--;
    return a < v ? a : -1;
  }
  // a bare plural source noun: ", officials said."
  if (BARE_SOURCES.has(l) && v - 2 >= lo && tokens[v - 2]!.text === ',') return v - 1;
  // a determiner and one to three words ending in a lowercase one: "the group", "one slide",
  // "some analysts", "one West Virginia official"
  for (let k = 1; k <= 3 && v - k - 1 >= lo; k++) {
    const w = tokens[v - k]!;
    if (k === 1 ? !/^\p{Ll}+$/u.test(w.text) : !/^\p{L}[\p{L}-]*$/u.test(w.text)) return -1;
    if (PRONOUNS.has(w.text) || DETERMINERS.has(w.text)) return -1;
    if (DETERMINERS.has(tokens[v - k - 1]!.text.toLowerCase())) return v - k - 1;
  }
  return -1;
}

/**
 * Parenthetical attributions of the sentence [lo, hi): the verb, its subject, and the reported
 * words on either side of the commas (the part before at least three tokens when nothing follows).
 */
export function findParentheticals(tokens: readonly Token[], lo: number, hi: number, flags?: Uint8Array): Parenthetical[] {
  const out: Parenthetical[] = [];
  for (let v = lo + 2; v < hi; v++) {
    // (the prepared flags, indexed by document token, say which tokens are such verbs, when given)
    if (flags ? !(flags[v]! & PAREN_FLAG) : !isParenVerb(tokens[v]!.text.toLowerCase())) continue;
    // an adverb between the subject and the verb joins the cue: ", Mr. Obama often says,"
    const adv = v - 1 > lo && MID_ADVERB.test(tokens[v - 1]!.text) ? 1 : 0;
    let a = subjectStart(tokens, lo, v - adv);
    // a head with a prepositional phrase: ", a spokeswoman for the state forestry agency said.",
    // ", a person familiar with the matter said,"
    if (a - 1 > lo && SUBJECT_PREPS.has(tokens[a - 1]!.text)) {
      const head = subjectStart(tokens, lo, a - 1);
      if (head > lo) a = head;
      // a quantifier as the head: ", one of the people said", ", two of the officials said"
      else if (tokens[a - 1]!.text === 'of' && a - 2 > lo && QUANTIFIERS.has(tokens[a - 2]!.text.toLowerCase())) a -= 2;
    }
    if (a <= lo) continue;
    const comma = tokens[a - 1]!;
    if (comma.text !== ',' && comma.text !== '—' && comma.text !== '--') continue;
    let after = v + 1;
    if (after < hi && TIME_AFTER.test(tokens[after]!.text.toLowerCase())) after++;
    const next = tokens[after];
    const atEnd = after >= hi || (TERMINAL.has(next!.text) && after + 1 >= hi) || (TERMINAL.has(next!.text) && /^["”’]$/.test(tokens[after + 1]?.text ?? '') && after + 2 >= hi);
    if (!atEnd && next!.text !== ',' && next!.text !== '—' && next!.text !== '--') continue;
    const contents: Array<[number, number]> = [];
    const before: [number, number] = [lo, a - 1];
    let rest: [number, number] | null = null;
    if (!atEnd) {
      let e = hi;
      while (e > after + 1 && TERMINAL.has(tokens[e - 1]!.text)) e--;
      if (e > after + 1) rest = [after + 1, e];
      // "..., the person said, speaking on condition of anonymity": how it was said, not more of it
      if (rest && isCircumstanceClause(wordsFrom(tokens, rest[0], Math.min(rest[1], rest[0] + 8)), isSpeechVerb, a - 1 > lo)) rest = null;
    }
    if (before[1] - before[0] >= (rest ? 1 : 3)) contents.push(before);
    if (rest) contents.push(rest);
    if (!contents.length || (contents.length === 1 && !atEnd && contents[0] === rest)) continue;
    out.push({ cue: v - adv, cueLen: 1 + adv, srcA: a, srcB: v - adv, contents });
  }
  return out;
}

/** The tokens [a, b) as words separated by spaces (enough to read how a clause opens). */
function wordsFrom(tokens: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let k = a; k < b; k++) out += (k > a ? ' ' : '') + tokens[k]!.text;
  return out;
}
