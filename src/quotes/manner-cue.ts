/**
 * `“His lack of discipline can not be excused,” fumed Kovac.`: news writers put a verb of manner
 * in the inverted frame (fumed, snapped, scoffed, beamed) far more often than any lexicon lists
 * them. The frame itself says it is an attribution: a quotation closing on a comma, question or
 * exclamation mark, one past-tense verb, a capitalised name, and the clause's end. Without it the
 * quotation would fall to the previous speaker's turn and be credited to the wrong person.
 */
import type { Span } from '../document/types.js';

const AFTER_CLOSE = /^[^\S\n]+([a-z]{3,}ed)[^\S\n]+([A-Z][\p{L}'’-]*(?:[^\S\n]+[A-Z][\p{L}'’-]*){0,3})(?=[.,;!?]|[^\S\n]*(?:\n|$))/u;

/** Words that open a capitalised run but name nobody. */
const NOT_A_NAME = /^(?:The|A|An|He|She|They|It|We|I|This|That|These|Those|His|Her|Their|Its|On|In|At|By|For|From|With)$/;

/** The cue and source of `“...,” <verb>ed <Name>.` right after the closing mark at `end`, or null. */
export function mannerCueAfter(text: string, innerEnd: number, end: number): { cue: Span; source: Span } | null {
  if (!/[,?!]/.test(text[innerEnd - 1] ?? '')) return null;
  const m = AFTER_CLOSE.exec(text.slice(end, end + 80));
  if (!m || NOT_A_NAME.test(m[2]!.split(/\s/)[0]!)) return null;
  const cs = end + m[0].indexOf(m[1]!);
  const ss = cs + m[1]!.length + m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length).indexOf(m[2]!);
  return { cue: { start: cs, end: cs + m[1]!.length }, source: { start: ss, end: ss + m[2]!.length } };
}
