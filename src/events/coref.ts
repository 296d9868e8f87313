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
    }
  }
  const out = new Map<string, Gender>();
  for (const [id, v] of votes) if (v) out.set(id, v > 0 ? 'm' : 'f');
  return out;
}

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
