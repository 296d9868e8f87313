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
