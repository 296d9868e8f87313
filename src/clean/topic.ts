/*
 * Topical coherence: how much of a paragraph's vocabulary the story's other paragraphs share.
 * The story is its prose paragraphs; a teaser of another story shares almost nothing with them,
 * while a story's own short last line usually names someone or something the story did.
 */
import { GENERIC_WORDS } from './generic-words.js';
import { contentKey } from './words.js';
import type { Unit } from './units.js';

export interface Coherence {
  /** Distinct content words of the unit. */
  n: number;
  /** How many of them other story paragraphs use. */
  shared: number;
  /** The same, a word used by only one other paragraph counting half: chance overlap is weak evidence. */
  weighted: number;
  /** weighted / the unit's own word mass (generic words weigh 0.3). */
  ratio: number;
  /** It refers back to the story: "the fire" where the story is about a fire. */
  anaphora: boolean;
  /** How many of its names (capitalised mid-sentence words) other story paragraphs use. */
  sharedNames: number;
}

export class StoryVocabulary {
  private readonly df = new Map<string, number>();
  private readonly members = new Set<Unit>();

  constructor(units: readonly Unit[]) {
    for (const u of units) {
      this.members.add(u);
      for (const k of new Set(u.vocab.keys)) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    }
  }

  private anaphora(u: Unit): boolean {
    const own = this.members.has(u) ? 1 : 0;
    for (const m of u.text.matchAll(/\b(?:the|this|these|those|its|their)\s+(?:[\p{L}-]+\s+)?([\p{L}][\p{L}'’-]+)/giu)) {
      const k = contentKey(m[1]!);
      if (k && (this.df.get(k) ?? 0) - own > 0) return true;
    }
    return false;
  }

  coherence(u: Unit): Coherence {
    const own = this.members.has(u) ? 1 : 0;
    const keys = new Set(u.vocab.keys);
    let shared = 0;
    let weighted = 0;
    let mass = 0;
    for (const k of keys) {
      // Words every news story uses say little about the topic: they weigh less, both ways.
      const w = GENERIC_WORDS.has(k) ? 0.3 : 1;
      mass += w;
      const df = (this.df.get(k) ?? 0) - own;
      if (df > 0) shared++;
      weighted += df >= 2 ? w : df === 1 ? 0.7 * w : 0;
    }
    let sharedNames = 0;
    for (const k of new Set(u.vocab.names)) if ((this.df.get(k) ?? 0) - own > 0) sharedNames++;
    return { n: keys.size, shared, weighted, ratio: mass ? weighted / mass : 0, sharedNames, anaphora: u.nWords <= 40 && this.anaphora(u) };
  }
}

/** A paragraph that reads as story prose: long enough and sentence-shaped, not a link list. */
export function isProse(u: Unit): boolean {
  if (u.kind === 'caption' || u.linkDensity >= 0.5) return false;
  if (!u.terminal) return u.nWords >= 40;
  return u.nWords >= 20 || (u.nWords >= 10 && (u.attribution || u.quote));
}
