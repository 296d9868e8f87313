import { hashString, mix } from './hash.js';
import { TYPES } from './tags.js';

/**
 * Names seen as entities in training data, looked up as token sequences. Phrases are keyed
 * by a rolling hash of their lowercased tokens, so matching builds no strings.
 */
export const MAX_PHRASE = 8;
const PHRASE_SEED = 0x2545f491;

export class Gazetteer {
  /** Rolling hash of a lowercase token sequence -> bit t set when it is a whole entity of type t. */
  readonly phrases = new Map<number, number>();
  /** Hashes of proper prefixes of phrases, to stop scanning early. */
  readonly prefixes = new Set<number>();
  /** Lowercase token hash -> bit t: in a name of type t; bit 8+t: a one-token name of type t. */
  readonly tokens = new Map<number, number>();
  /** The entries by type, for saving. */
  readonly entries: Array<Set<string>>;

  constructor(readonly numTypes: number = TYPES.length) {
    this.entries = Array.from({ length: numTypes }, () => new Set<string>());
  }

  add(type: number, words: readonly string[]): void {
    if (words.length === 0 || words.length > MAX_PHRASE) return;
    const lower = words.map((w) => w.toLowerCase());
    this.entries[type]!.add(lower.join(' '));
    let h = PHRASE_SEED;
    for (let i = 0; i < lower.length; i++) {
      const th = hashString(lower[i]!);
      h = mix(h, th);
      if (i < lower.length - 1) this.prefixes.add(h);
      this.tokens.set(th, (this.tokens.get(th) ?? 0) | (1 << type) | (lower.length === 1 ? 1 << (8 + type) : 0));
    }
    this.phrases.set(h, (this.phrases.get(h) ?? 0) | (1 << type));
  }

  toJSON(): string[][] {
    return this.entries.map((s) => [...s].sort());
  }

  static fromJSON(data: string[][]): Gazetteer {
    const g = new Gazetteer(Math.max(1, data.length));
    data.forEach((list, type) => {
      for (const e of list) g.add(type, e.split(' '));
    });
    return g;
  }

  /**
   * For each token of a sentence and each type, the position (1 B, 2 I, 3 L, 4 U) in the longest
   * phrase of that type covering it, 0 for none; written into out[i*numTypes+type]. Phrases must
   * start with a capital or a digit.
   */
  match(lwHashes: ArrayLike<number>, capStart: ArrayLike<number>, n: number, out: Uint8Array): void {
    const NT = this.numTypes;
    out.fill(0, 0, n * NT);
    if (MATCH_LEN.length < n * NT) MATCH_LEN = new Uint8Array(n * NT * 2);
    bestLenClear(n * NT);
    const bestLen = MATCH_LEN;
    for (let i = 0; i < n; i++) {
      if (!capStart[i]) continue;
      let h = PHRASE_SEED;
      for (let j = i; j < n && j - i < MAX_PHRASE; j++) {
        h = mix(h, lwHashes[j]!);
        const types = this.phrases.get(h);
        if (types !== undefined) {
          const len = j - i + 1;
          for (let t = 0; t < NT; t++) {
            if (!(types & (1 << t))) continue;
            for (let k = i; k <= j; k++) {
              if (bestLen[k * NT + t]! >= len) continue;
              bestLen[k * NT + t] = len;
              out[k * NT + t] = len === 1 ? 4 : k === i ? 1 : k === j ? 3 : 2;
            }
          }
        }
        if (!this.prefixes.has(h)) break;
      }
    }
  }
}

let MATCH_LEN = new Uint8Array(1024);
function bestLenClear(n: number): void {
  MATCH_LEN.fill(0, 0, n);
}
