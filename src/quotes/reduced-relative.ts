/**
 * "The agreement, announced by Economy Minister Nicolás Grau, will direct ...": a participle
 * set off by commas after a noun phrase, with its agent after "by", is a reduced relative clause.
 * The agent said it and the noun phrase is what was said; the clause after the closing comma is
 * the sentence's own (the tagger read the agent as content and found no source).
 */
import type { Span } from '../document/types.js';

/** A time closing the agent: "by the European Commission [on Tuesday]". */
const TIME_TAIL = /\s+(?:on|last|this|late|early)\s+\p{Lu}\p{Ll}+$|\s+(?:on|this|last)\s+(?:morning|afternoon|evening|week|month|year)$/u;

/** A name or a definite description: "Economy Minister Nicolás Grau", "the European Commission". */
const AGENT = /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,6}\p{Lu}[\p{L}.'’&-]*$/u;

/**
 * The agent as source and the noun phrase as content, when the cue is one participle between
 * ", " and " by AGENT," and a noun phrase of at most eight words opens the sentence before it;
 * null otherwise. `sentence` bounds the search.
 */
export function reducedRelativeAgent(text: string, sentence: Span, cue: Span): { source: Span; content: Span } | null {
  const word = text.slice(cue.start, cue.end);
  if (!/^[a-z]+(?:ed|en)$/.test(word) || !/,\s$/.test(text.slice(cue.start - 2, cue.start))) return null;
  const by = /^\s+by\s+([^,;:.!?“”"]{2,80}),/.exec(text.slice(cue.end, sentence.end));
  if (!by) return null;
  const agent = by[1]!.replace(TIME_TAIL, '');
  if (!AGENT.test(agent)) return null;
  const agentStart = cue.end + by[0].indexOf(by[1]!);
  const comma = text.lastIndexOf(',', cue.start - 1);
  const phrase = text.slice(sentence.start, comma);
  if (comma < sentence.start || /[,;:“”"]/.test(phrase) || phrase.trim().split(/\s+/).length > 8 || !/^(?:The|A|An|This|These|Its|Their|His|Her)\s/.test(phrase)) return null;
  return { source: { start: agentStart, end: agentStart + agent.length }, content: { start: sentence.start, end: comma } };
}

/** Participles of proposing, asking and announcing ("a candidate [favored] by X" holds a view, and says nothing). */
const PROPOSING_PARTICIPLE = /^(?:called\s+for|announced|proposed|suggested|demanded|requested|recommended|promised|pledged|offered|urged|sought|put\s+forward|floated|unveiled|outlined|ordered|drafted|tabled)$/;

/** An agent that ends in one lowercase head after capitalised words: "the Japanese embassy", "the UN refugee agency". */
const AGENT_WITH_HEAD = /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){1,5}(?:[a-z]+\s+)?[a-z]+$/u;

/** A short noun phrase opening with a determiner: "an evacuation", "the new rules". */
const DETERMINED_PHRASE = /^(?:a|an|the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+$/iu;

/**
 * "Six Japanese left as part of an evacuation [called for] by the Japanese embassy": the same
 * reduced relative with no commas, the noun phrase right before the participle. The agent called
 * for what the noun phrase names (the tagger took the noun phrase for the source and the agent
 * for what was said). Null unless the participle follows the noun phrase directly and the agent
 * is a name or a named body.
 */
export function closeReducedRelativeAgent(text: string, sentence: Span, cue: Span, source: Span): { source: Span; content: Span } | null {
  if (!PROPOSING_PARTICIPLE.test(text.slice(cue.start, cue.end))) return null;
  if (!/^\s+$/.test(text.slice(source.end, cue.start)) || !DETERMINED_PHRASE.test(text.slice(source.start, source.end))) return null;
  const by = /^\s+by\s+([^,;:.!?“”"()]{2,60})(?=[,;:.!?]|$)/.exec(text.slice(cue.end, sentence.end));
  if (!by) return null;
  const agent = by[1]!.replace(TIME_TAIL, '').trimEnd();
  if (!AGENT.test(agent) && !AGENT_WITH_HEAD.test(agent)) return null;
  const agentStart = cue.end + by[0].indexOf(by[1]!);
  return { source: { start: agentStart, end: agentStart + agent.length }, content: { start: source.start, end: source.end } };
}

/** Irregular participles that take a "by" agent as readily as the "-ed" ones. */
const IRREGULAR_PARTICIPLE = /^(?:sought|brought|bought|held|made|won|seen|taken|written|given|kept|built|paid|sold|drawn|led|run|hit)$/;

/** What follows the reduced relative's closing comma when the clause goes on: its verb. */
export const CLAUSE_VERB_AFTER = /^(?:was|were|is|are|had|has|have|will|would|could|can|may|might|should|must|did|does|do|remain|remains|remained|showed|shows|contained|contain|contains|included|include|includes|appeared|appear|appears)$/;

/** A reduced relative in token terms: the commas around ", PARTICIPLE by AGENT," (sentence-local). */
interface RelativeCommas {
  open: number;
  close: number;
}

/**
 * ", obtained by Reuters," inside a sentence whose clause goes on after the closing comma with its
 * verb ("the documents, obtained by Reuters, were forgeries"); null when there is none. `words`
 * are the sentence's tokens in lower case.
 */
function relativeInsideClause(words: readonly string[]): RelativeCommas | null {
  for (let open = 1; open + 4 < words.length; open++) {
    if (words[open] !== ',' || words[open + 2] !== 'by') continue;
    const part = words[open + 1]!;
    if (!/^[a-z]{3,}(?:ed|en)$/.test(part) && !IRREGULAR_PARTICIPLE.test(part)) continue;
    let close = open + 3;
    while (close < words.length && close < open + 12 && /^[\p{L}\d'’&.-]+$/u.test(words[close]!)) close++;
    if (words[close] === ',' && close > open + 3 && CLAUSE_VERB_AFTER.test(words[close + 1] ?? '')) return { open, close };
  }
  return null;
}

/** The segments a tagged attribution reads, in sentence-local token indices. */
export interface Tagged {
  cue: { a: number; b: number };
  sources: { a: number; b: number }[];
  contents: { a: number; b: number }[];
}

/**
 * "The minister said the documents, [obtained by] Reuters, were forgeries.", "ruled that the
 * records, [sought by] a coalition of newspapers, were protected by privacy law": a reduced
 * relative set in commas inside what a cue before it reports misleads the taggers, who read the
 * participle as a cue of its own, end the report at the first comma, or take the report for a
 * second source. The report runs on through the relative to the sentence's end, and the
 * participle reports nothing. Rewrites `found` in place. `end` is the sentence's token count
 * without its closing stop.
 */
export function mendReportAroundRelative(words: readonly string[], end: number, found: Tagged[]): void {
  const rel = relativeInsideClause(words);
  if (!rel) return;
  // (an attribution after the relative's clause ends the report there; leave such sentences be)
  if (found.some((f) => f.cue.a > rel.close)) return;
  const outer = found.find((f) => f.cue.b <= rel.open - 1 && rel.open - f.cue.b <= 10 && !words.slice(f.cue.b, rel.open).some((w) => /^[,;:"“”]$/.test(w)));
  if (!outer) return;
  const reportStart = (a: number) => a >= outer.cue.b && a < rel.open;
  const before = outer.sources.filter((x) => x.b <= outer.cue.a);
  const misread = before.length ? outer.sources.filter((x) => reportStart(x.a)) : [];
  const cut = outer.contents.filter((y) => reportStart(y.a) && y.b <= rel.close + 1);
  const start = [...misread, ...cut].reduce((a, x) => Math.min(a, x.a), Infinity);
  if (start === Infinity) return;
  outer.sources = outer.sources.filter((x) => !misread.includes(x));
  outer.contents = [...outer.contents.filter((y) => !cut.includes(y) && y.a < start), { a: start, b: end }];
  for (let k = found.length - 1; k >= 0; k--) if (found[k]!.cue.a === rel.open + 1) found.splice(k, 1);
}
