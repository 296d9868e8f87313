/**
 * Unnamed sources carried through a pronoun. "One resident said the debate had changed her mind.
 * “...,” she said." names no one, yet the reader knows the second quote is the resident's: the
 * digest should say "One resident", not "she". Only the speaker's text is carried; no entity is
 * involved, so nobody named can be wrongly credited.
 */

import { firstAtOrAfter, isUnnamed, type MentionRef } from './speaker.js';

/** Heads that stand for an organisation or a document, which "it" may point back to. */
const THING_HEAD = /^(?:company|firm|group|ministry|agency|department|government|administration|council|committee|commission|board|union|court|police|bank|university|institute|hospital|school|party|campaign|office|authority|service|charity|organi[sz]ation|association|federation|foundation|network|newspaper|broadcaster|study|report|paper|survey|poll|analysis|review|statement|document|letter|filing|lawsuit|suit|complaint|memo|note|audit|inquiry|investigation|team|club|operator|manufacturer|maker|retailer|airline|carrier|regulator|watchdog|exchange|fund|state|city|country|nation|county|region|army|military|navy)$/i;
/**
 * Nouns for one unnamed person that "he"/"she" may carry. Askers (a questioner, an interviewer,
 * a moderator) are left out: the "he" after them is usually the one who answers.
 */
const PERSON_HEAD = /^(?:resident|neighbou?r|official|spokesman|spokeswoman|spokesperson|attendee|supporter|customer|witness|guard|man|woman|teenager|student|teacher|worker|employee|driver|farmer|owner|shopkeeper|passenger|patient|parent|father|mother|son|daughter|husband|wife|friend|relative|doctor|nurse|officer|soldier|lawyer|attorney|aide|adviser|advisor|source|diplomat|analyst|economist|expert|researcher|scientist|voter|fan|member|veteran|survivor|victim|volunteer|organi[sz]er|activist|protester|nominee|candidate|executive|manager|director|engineer|pilot|insider|villager|local|shopper|commuter|tenant|landlord|bystander|eyewitness|dealer|trader|broker|banker|strategist|investor|negotiator|mediator|envoy|observer|monitor|inspector|investigator|prosecutor|judge|coach|player|captain)$/i;

/** Plural heads that are no "-s" words, and "-s" words that are no plurals. */
const IRREGULAR_PLURAL = /^(?:people|police|men|women|children|staff|personnel|crew|both|family)$/i;
const SINGULAR_S = /^(?:news|series|species|analysis|thesis|basis|crisis|bus|boss|press|witness|actress|hostess|business|congress|campus|census|status|virus|apparatus)$/i;

/** The head noun: the last word before a modifier ("[spokesperson] for the union", "[Analysts] at Brightwell"). */
function head(sourceText: string): string {
  const core = sourceText.split(/,|\s(?:for|at|of|in|from|with|on|to|close|familiar|who|which|that|whose)\s/)[0]!;
  return /([\p{L}'’-]+)[^\p{L}]*$/u.exec(core)?.[1] ?? '';
}

function isPlural(word: string): boolean {
  if (IRREGULAR_PLURAL.test(word)) return true;
  if (SINGULAR_S.test(word)) return false;
  return /[^s'’]s$/i.test(word);
}

/**
 * True when `pronoun` (he, she, it, they, we, or "the" and the source's own noun) can stand for the unnamed source `prevText` ("One
 * resident", "The company", "Festival organisers"): number agrees, and "he"/"she" take people,
 * "it" takes an organisation or document. A source opening with a pronoun, or naming no noun,
 * carries nothing.
 */
export function carriesUnnamed(pronoun: string, prevText: string): boolean {
  const p = pronoun.toLowerCase();
  const prev = prevText.trim();
  if (!prev || /^(?:he|she|it|they|we|i|you|who|which|that)$/i.test(prev)) return false;
  const h = head(prev);
  // (a name is no unnamed source: "Jones" is never carried, "Analysts" is)
  if (!h || (/^\p{Lu}/u.test(h) && !(h === prev.split(/\s+/)[0] && isUnnamed(h)))) return false;
  // "A Downing Street source insisted ... “...,” the source said.": the same noun, definite, goes on with it
  const definite = /^the\s+([\p{L}-]+)$/iu.exec(p)?.[1];
  if (definite) return definite === h.toLowerCase() && !/^the\s/i.test(prev);
  const plural = isPlural(h);
  if (p === 'they' || p === 'we') return plural;
  if (plural) return false;
  if (p === 'it') return THING_HEAD.test(h);
  // (only a noun for a person: "the scientific literature" or "her account" is no "she", and a
  // determiner alone, "one", "some", is no noun)
  if (p === 'he' || p === 'she') return PERSON_HEAD.test(h) && prev.split(/\s+/).length > 1;
  return false;
}

/**
 * True when a person or organisation is named between the unnamed source and the pronoun, outside
 * the `quoted` spans: "Obama and Clinton withdrew ... They can't blame this on Bush" points to
 * them, not to the unnamed source before.
 */
export function namesBetween(ms: readonly MentionRef[], from: number, to: number, quoted: readonly { start: number; end: number }[] = []): boolean {
  // (a name inside the quotation is spoken of, not a speaker: `“We wish Lyra well,” they wrote`)
  for (let i = firstAtOrAfter(ms, from); i < ms.length && ms[i]!.start < to; i++) {
    const m = ms[i]!;
    if (m.end <= to && (m.type === 'PERSON' || m.type === 'ORG') && !quoted.some((q) => q.start <= m.start && m.end <= q.end)) return true;
  }
  return false;
}
