/**
 * Research findings as attributions: "A 2014 study by the university found 31 cases of ...",
 * "Surveys show that ...". Verbs like "found" and "shows" are attributions mostly when their
 * subject is a study, poll, report or the like (on PolNeAR train about 85% of such verb uses
 * are annotated as cues), so the rule asks for such a noun in the subject. Pure function over one
 * sentence's tokens.
 */
import type { Token } from '../document/types.js';

const FINDING_VERBS = new Set([
  'found', 'finds', 'find', 'showed', 'shows', 'show', 'concluded', 'concludes', 'estimated', 'estimates', 'suggests',
  'suggested', 'indicates', 'indicated', 'revealed', 'reveals',
]);
/** A finding verb as written (lowercase; src/quotes/features.ts caches this per word form). */
export function isFindingVerb(text: string): boolean {
  return FINDING_VERBS.has(text);
}
/** The bit of the prepared punctuation-class flags (src/quotes/features.ts `pc`) marking such a verb. */
export const FINDING_FLAG = 16;
const RESEARCH_NOUNS = /^(?:study|studies|report|reports|survey|surveys|poll|polls|polling|analysis|analyses|research|investigation|investigations|review|audit|data|panel|probe|inquiry|census|findings|experiment|experiments)$/i;
/** Tokens that end a subject when scanning back from the verb. */
const SUBJECT_STOP = new Set([',', ';', ':', '(', ')', '“', '”', '"', 'that', 'and', 'but', 'because', 'while', 'as', 'if', 'when', 'although', 'since', 'which', 'who']);
/**
 * Verbs of hearing and saying that end a subject scanned back from the verb, their clause's "that"
 * left out: "The commission also heard [a preliminary audit] had found ...".
 */
const CLAUSE_VERB_STOP = new Set(['said', 'says', 'say', 'told', 'heard', 'hears', 'learned', 'learnt', 'noted', 'added', 'argued', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'know', 'knows', 'knew', 'claimed', 'claims', 'insisted']);
/** "can be found", "was found", "to find": not a finding reported by the subject. */
const NOT_BEFORE = new Set(['be', 'been', 'is', 'was', 'were', 'are', 'being', 'to', 'not', "n't"]);
const TERMINAL = new Set(['.', '!', '?']);

export interface Finding {
  /** Token indices: the verb, the subject [srcA, srcB), the content [conA, conB). */
  cue: number;
  srcA: number;
  srcB: number;
  conA: number;
  conB: number;
}

/** Findings in the sentence [lo, hi): the verb, its research-noun subject and what follows it. */
export function findFindings(tokens: readonly Token[], lo: number, hi: number, flags?: Uint8Array): Finding[] {
  const out: Finding[] = [];
  for (let v = lo + 1; v < hi; v++) {
    // (the prepared flags, indexed by document token, say which tokens are such verbs, when given)
    if (flags ? !(flags[v]! & FINDING_FLAG) : !isFindingVerb(tokens[v]!.text)) continue;
    if (NOT_BEFORE.has(tokens[v - 1]!.text.toLowerCase())) continue;
    let a = v;
    let research = false;
    while (a - 1 >= lo && v - a < 14 && !SUBJECT_STOP.has(tokens[a - 1]!.text.toLowerCase()) && !CLAUSE_VERB_STOP.has(tokens[a - 1]!.text.toLowerCase())) {
      a--;
      if (RESEARCH_NOUNS.test(tokens[a]!.text)) research = true;
    }
    if (!research || a === v) continue;
    // "[Demand hit a record], government data showed, straining the grid": set off by commas after
    // the clause it reports, the finding reports that clause
    // (an auxiliary before the verb is no part of the subject: "a new study by the World Bank [has] found")
    const srcB = /^(?:has|have|had)$/i.test(tokens[v - 1]!.text) && v - 1 > a ? v - 1 : v;
    if (a - 1 > lo && tokens[a - 1]!.text === ',' && (v + 1 >= hi || tokens[v + 1]!.text === ',' || TERMINAL.has(tokens[v + 1]!.text))) {
      if (a - 1 - lo >= 3) out.push({ cue: v, srcA: a, srcB, conA: lo, conB: a - 1 });
      continue;
    }
    // (a leading "that" stays in the content, as the learned taggers and PolNeAR have it)
    const c = v + 1;
    let e = hi;
    while (e > c && TERMINAL.has(tokens[e - 1]!.text)) e--;
    if (e - c < 3) continue;
    out.push({ cue: v, srcA: a, srcB, conA: c, conB: e });
  }
  return out;
}
