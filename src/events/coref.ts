/**
 * Who a quote's words and a subject pronoun stand for, read only from the published entity and
 * quote layers: the quote layer's speaker for what is said inside a quotation, the quote layer's
 * resolution of a pronoun that it took as a source ("She has repeatedly rejected calls for ..."),
 * and otherwise the one person of the previous sentence whom the pronoun can mean.
 */
import type { Entity, Quote } from '../document/types.js';
import type { MentionRef } from './attribution.js';

/** The direct or mixed quotation that holds the character offset `at`, if any. */
export function quotationAt(quotes: readonly Quote[], at: number): Quote | null {
  for (const q of quotes) if (q.kind !== 'indirect' && q.start <= at && at < q.end) return q;
  return null;
}

/** The source of a quotation as an event's `attributedTo`: its speaker entity, else its unnamed source. */
export function quotationSource(q: Quote): string {
  return q.speaker ?? (q.speakerText ? `unnamed: ${q.speakerText}` : 'unnamed');
}

export type Gender = 'm' | 'f';

/**
 * The gender the document itself gives a person: the quote layer's "he"/"she" sources resolved to
 * them, and "Mr."/"Mrs."/"Ms." right before a mention. A person with no evidence, or with
 * evidence both ways, is left out (compatible with either pronoun).
 */
export function gendersOf(text: string, entities: readonly Entity[], quotes: readonly Quote[]): Map<string, Gender> {
  const votes = new Map<string, number>();
  const vote = (id: string, v: number) => votes.set(id, (votes.get(id) ?? 0) + v);
  const people = new Set(entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
  for (const q of quotes) {
    const src = q.sourceSpan?.text.toLowerCase();
    if (!q.speaker || !people.has(q.speaker) || (src !== 'he' && src !== 'she')) continue;
    vote(q.speaker, src === 'he' ? 1 : -1);
  }
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      const title = /\b(Mr|Mrs|Ms|Miss)\.?\s*$/.exec(text.slice(Math.max(0, m.start - 6), m.start))?.[1];
      if (title) vote(e.id, title === 'Mr' ? 1 : -1);
      // "Her husband, Karl Voss", "his wife Ana": a kinship or rank noun right before the name
      const kin = /\b([A-Za-z]+),?\s*$/.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1]?.toLowerCase();
      if (kin && MALE_NOUNS.has(kin)) vote(e.id, 1);
      else if (kin && FEMALE_NOUNS.has(kin)) vote(e.id, -1);
    }
  }
  const out = new Map<string, Gender>();
  for (const [id, v] of votes) if (v) out.set(id, v > 0 ? 'm' : 'f');
  return out;
}

/** Nouns of kin and rank that give the gender of the person named right after them. */
const MALE_NOUNS = new Set(['husband', 'father', 'son', 'brother', 'uncle', 'nephew', 'grandson', 'grandfather', 'king', 'prince', 'boyfriend', 'widower', 'sir']);
const FEMALE_NOUNS = new Set(['wife', 'mother', 'daughter', 'sister', 'aunt', 'niece', 'granddaughter', 'grandmother', 'queen', 'princess', 'girlfriend', 'widow', 'dame', 'lady']);

/**
 * The person a subject "he"/"she" at character offset `at` stands for, when the quote layer
 * resolved that very pronoun as a quotation's source: the quote layer weighs gender and the last
 * speaker, which this stage does not repeat.
 */
export function quoteResolvedPronoun(quotes: readonly Quote[], at: number, isPerson: (id: string) => boolean): string | null {
  for (const q of quotes) {
    if (q.sourceSpan && q.sourceSpan.start === at && q.speaker && isPerson(q.speaker)) return q.speaker;
  }
  return null;
}

/**
 * The person the quote layer resolved the same pronoun to as a source in the previous sentence
 * (`start`..`end`): a subject pronoun that continues that sentence's speaker ("'Every delay costs
 * lives,' he said. He is expected to ..."). Null when it resolved none or two different people.
 */
export function samePronounSource(quotes: readonly Quote[], start: number, end: number, pronoun: string, isPerson: (id: string) => boolean): string | null {
  const found = new Set<string>();
  for (const q of quotes) {
    const src = q.sourceSpan;
    if (!src || src.start < start || src.start >= end || src.text.toLowerCase() !== pronoun) continue;
    if (q.speaker && isPerson(q.speaker)) found.add(q.speaker);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The one person named in the previous sentence whom "he"/"she" can mean: the document gives no
 * other gender for them, and no other such person is named there. Null when none or several
 * (a pronoun after "Smith met Jones." is left unresolved).
 */
export function solePersonBefore(previous: readonly MentionRef[], pronoun: string, genders: ReadonlyMap<string, Gender>): string | null {
  const fits = new Set<string>();
  for (const m of previous) if (m.entity.type === 'PERSON' && genderFits(genders, m.entity.id, pronoun)) fits.add(m.entity.id);
  return fits.size === 1 ? [...fits][0]! : null;
}

/** "he" never stands for a person the document calls "she", and the other way round; other words fit anyone. */
export function genderFits(genders: ReadonlyMap<string, Gender>, id: string, pronoun: string): boolean {
  const g = genders.get(id);
  if (!g || (pronoun !== 'he' && pronoun !== 'she')) return true;
  return g === (pronoun === 'he' ? 'm' : 'f');
}

/** Object pronouns this stage resolves: "sentenced him", "met with her", "attacked them". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
/** Words after "her" that leave it an object, not a possessive ("sentenced her to", "met her on Monday"). */
const AFTER_OBJECT = new Set([
  'to', 'for', 'in', 'on', 'at', 'of', 'with', 'from', 'over', 'after', 'before', 'during', 'as', 'and', 'or', 'but', 'again',
  'last', 'this', 'on', 'yesterday', 'today', 'twice', 'once', 'too', 'then', 'later', 'outside', 'inside', 'near', 'until',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'when', 'while', 'because', 'without',
]);

/**
 * The token of an object pronoun right after a trigger, or after "with" following it ("held talks
 * with him", "sat down with her"), else -1. "her" followed by a noun is a possessive ("arrested
 * her husband") and is none.
 */
export function objectPronounAt(lower: readonly string[], tokens: readonly { kind: string }[], end: number, hi: number): number {
  let k = end;
  if (lower[k] === 'with' && k + 1 < hi) k++;
  if (k >= hi || !OBJECT_PRONOUNS.has(lower[k]!)) return -1;
  if (lower[k] === 'her' && k + 1 < hi && tokens[k + 1]!.kind === 'word' && !AFTER_OBJECT.has(lower[k + 1]!)) return -1;
  return k;
}

/** Event types whose object is a party acted on, so "them" can be a group ("met them", "attacked them"); "rejected them" is more often a thing. */
const PARTY_OBJECT_TYPES = new Set(['MEET', 'CALL', 'VISIT', 'PRAISE', 'ACCUSE', 'THREATEN', 'APPEAL', 'ARREST', 'ASSAULT', 'FIGHT', 'SANCTION']);
/** Plural people named by a common noun: "them" may be these rather than a named organisation. */
const PEOPLE_PLURALS = new Set([
  'protesters', 'protestors', 'demonstrators', 'activists', 'prisoners', 'detainees', 'hostages', 'workers', 'students',
  'soldiers', 'troops', 'officers', 'civilians', 'people', 'men', 'women', 'children', 'journalists', 'members', 'supporters',
  'residents', 'migrants', 'refugees', 'fighters', 'militants', 'suspects', 'leaders', 'officials', 'ministers', 'lawmakers',
  'rebels', 'delegates', 'negotiators', 'envoys', 'diplomats', 'villagers', 'farmers', 'nurses', 'doctors', 'teachers',
]);

/**
 * Who an object pronoun stands for, never a guess between two: "him"/"her" the one person named in
 * the sentence before it or in the previous sentence whose gender fits, "them" the one organisation
 * named there when no plural of people is ("the rebels", "protesters") that it could mean instead and
 * the event acts on parties. The event's own participants are left out: a pronoun object is not its
 * clause's subject ("Smith met Ruiz and praised her" is Ruiz).
 */
export function objectReferent(
  pronoun: string,
  type: string,
  candidates: readonly MentionRef[],
  words: readonly string[],
  exclude: ReadonlySet<string>,
  genders: ReadonlyMap<string, Gender>,
): string | null {
  const fits = new Set<string>();
  if (pronoun === 'them') {
    if (!PARTY_OBJECT_TYPES.has(type) || words.some((w) => PEOPLE_PLURALS.has(w))) return null;
    for (const m of candidates) if (m.entity.type === 'ORG' && !exclude.has(m.entity.id)) fits.add(m.entity.id);
  } else {
    const p = pronoun === 'him' ? 'he' : 'she';
    for (const m of candidates) if (m.entity.type === 'PERSON' && !exclude.has(m.entity.id) && genderFits(genders, m.entity.id, p)) fits.add(m.entity.id);
  }
  return fits.size === 1 ? [...fits][0]! : null;
}
