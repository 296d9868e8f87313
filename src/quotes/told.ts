/**
 * "The pilot told controllers he had lost an engine": a report with "told", a bare addressee and
 * a clause with no "that". The learned cue tagger misses some of these (an addressee it has not
 * seen, no quotation mark, no "that"); the shape itself is unambiguous enough to take: a subject
 * before "told", one to four words of addressee, then a clause opening with a subject pronoun, a
 * possessive or "that". Pure function over one sentence's tokens.
 */
import type { Token } from '../document/types.js';

/** Tokens that end a subject when scanning back from the verb. */
const SUBJECT_STOP = new Set([',', ';', ':', '(', ')', '“', '”', '"', '—', '–', 'that', 'and', 'but', 'because', 'while', 'as', 'if', 'when', 'although', 'since', 'which', 'who', 'after', 'before', 'said', 'says', 'say', 'added', 'told']);
/** "was told", "to tell": the subject is told, or no one has told yet. */
const NOT_BEFORE = new Set(['be', 'been', 'is', 'was', 'were', 'are', 'being', 'to', 'not', "n't", 'never']);
/** Words that open the reported clause: "that", a subject pronoun, or a possessive ("told the tribunal [his] client ..."). */
const CLAUSE_OPENER = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'there', 'his', 'her', 'their', 'its', 'our', 'my']);
/** Words an addressee never holds: it would be a clause or a second verb. */
const NOT_ADDRESSEE = /^(?:[,;:.!?()“”"—–-]|that|and|or|but|to|about|of|in|on|at|for|with|was|were|is|are|had|has|have|would|will|could|should|did|not)$/i;
const TERMINAL = new Set(['.', '!', '?']);
/** Words between a subject and "told" that belong to the verb: "had", "also", "allegedly". */
const AUX_OR_ADVERB = /^(?:has|have|had|would|will|could|should|may|might|must|did|also|then|later|once|first|previously|earlier|already|just|never|repeatedly|reportedly|allegedly|apparently|[a-z]+ly)$/i;

export interface ToldClause {
  /** Token indices: the verb, the subject [srcA, srcB), the content [conA, conB). */
  cue: number;
  srcA: number;
  srcB: number;
  conA: number;
  conB: number;
}

/** "told" attributions in the sentence [lo, hi) with their subject and reported clause. */
export function findToldClauses(tokens: readonly Token[], lo: number, hi: number): ToldClause[] {
  const out: ToldClause[] = [];
  for (let v = lo + 1; v < hi; v++) {
    if (tokens[v]!.text !== 'told' || NOT_BEFORE.has(tokens[v - 1]!.text.toLowerCase())) continue;
    let a = v;
    while (a - 1 >= lo && v - a < 10 && !SUBJECT_STOP.has(tokens[a - 1]!.text.toLowerCase())) a--;
    // (a subject longer than that is cut somewhere inside, "[of security for the meetings] told")
    if (a - 1 >= lo && !SUBJECT_STOP.has(tokens[a - 1]!.text.toLowerCase())) continue;
    // ("the rebels [had] told", "who [allegedly] told": auxiliaries and adverbs are no subject)
    let b = v;
    while (b > a && AUX_OR_ADVERB.test(tokens[b - 1]!.text)) b--;
    if (b === a) continue;
    // the addressee: one to four words, then the clause
    let c = v + 1;
    while (c < hi && c - v <= 4 && !CLAUSE_OPENER.has(tokens[c]!.text.toLowerCase()) && !NOT_ADDRESSEE.test(tokens[c]!.text)) c++;
    if (c === v + 1 || c >= hi || !CLAUSE_OPENER.has(tokens[c]!.text.toLowerCase())) continue;
    let e = hi;
    while (e > c && TERMINAL.has(tokens[e - 1]!.text)) e--;
    if (e - c < 3) continue;
    out.push({ cue: v, srcA: a, srcB: b, conA: c, conB: e });
  }
  return out;
}

/** Verbs that take an addressee before what they report: "told the committee that ...". */
const ADDRESSING_CUE = /\b(?:told|tells|tell|telling|informed|assured|reminded)$/i;
/** Between the cue and the piece: the opening of a name ("the European", "the"), capitalised words after an optional "the". */
const NAME_OPENING = /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+)*(?:\p{Lu}[\p{L}.-]*)?$/u;
/** The rest of the addressee up to "that": no comma, quotation mark or clause word before it. */
// (or a programme's title in quotation marks after an outlet's plural possessive: "told CBS
// News[' "Face the Nation" on Sunday] that")
const ADDRESSEE_REST = /^(?:[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,9}?|['’]\s+["“][^"“”]{1,60}["”](?:\s+[\p{L}'’.-]+){0,6}?)\s+(?=that\s)/u;

/**
 * "told the European [Parliament's economic affairs committee on Tuesday that ...]": a content
 * piece the tagger began inside the addressee's name, after the name's first words, starts at the
 * "that" that opens the report. Returns the offset of "that" in the piece, or -1.
 */
export function contentAfterAddressee(between: string, piece: string, cue: string): number {
  if (!ADDRESSING_CUE.test(cue) || !NAME_OPENING.test(between) || !/^(?:\p{Lu}|['’]\s+["“])/u.test(piece)) return -1;
  const m = ADDRESSEE_REST.exec(piece);
  if (!m || /\b(?:he|she|they|it|we|i|was|were|is|are|had|has|have|would|will|said)\b/i.test(m[0])) return -1;
  return m[0].length;
}
