import { hashString, mix } from './hash.js';
import { TYPES } from './tags.js';

/**
 * Names seen as entities in training data, looked up as token sequences. Phrases are keyed
 * by a rolling hash of their lowercased tokens, so matching builds no strings.
 */
export const MAX_PHRASE = 8;
const PHRASE_SEED = 0x2545f491;

/**
 * uint32 key -> bits, open addressing over typed arrays (a Map of uint32 keys above 2^30 boxes
 * each key). Absent keys read as 0.
 */
class BitsTable {
  private keys = new Uint32Array(256);
  private vals = new Int32Array(256);
  private mask = 255;
  private size = 0;
  /** The bits of key 0, which marks an empty slot. */
  private zero = 0;

  get(key: number): number {
    key >>>= 0;
    if (key === 0) return this.zero;
    const keys = this.keys;
    const mask = this.mask;
    for (let s = (key ^ (key >>> 16)) & mask; ; s = (s + 1) & mask) {
      const k = keys[s]!;
      if (k === key) return this.vals[s]!;
      if (k === 0) return 0;
    }
  }

  or(key: number, bits: number): void {
    key >>>= 0;
    if (key === 0) {
      this.zero |= bits;
      return;
    }
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    let s = (key ^ (key >>> 16)) & mask;
    while (keys[s] !== 0 && keys[s] !== key) s = (s + 1) & mask;
    if (keys[s] === 0) {
      keys[s] = key;
      this.size++;
    }
    this.vals[s]! |= bits;
  }

  private grow(): void {
    const { keys, vals } = this;
    const cap = (this.mask + 1) * 2;
    this.keys = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.or(keys[i]!, vals[i]!);
  }
}

/** In `lookup`: the key is a proper prefix of a phrase (the low bits are the phrase's types). */
const PREFIX = 1 << 30;

export class Gazetteer {
  /** Rolling hash of a lowercase token sequence -> bit t set when it is a whole entity of type t. */
  readonly phrases = new Map<number, number>();
  /** Hashes of proper prefixes of phrases, to stop scanning early. */
  readonly prefixes = new Set<number>();
  /** Lowercase token hash -> bit t: in a name of type t; bit 8+t: a one-token name of type t. */
  readonly tokens = new Map<number, number>();
  /** The entries by type, for saving. */
  readonly entries: Array<Set<string>>;
  /** phrases and prefixes in one typed table, for match; and tokens. */
  private readonly lookup = new BitsTable();
  private readonly tokenBits = new BitsTable();

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
      if (i < lower.length - 1) {
        this.prefixes.add(h);
        this.lookup.or(h, PREFIX);
      }
      const tb = (1 << type) | (lower.length === 1 ? 1 << (8 + type) : 0);
      this.tokens.set(th, (this.tokens.get(th) ?? 0) | tb);
      this.tokenBits.or(th, tb);
    }
    this.phrases.set(h, (this.phrases.get(h) ?? 0) | (1 << type));
    this.lookup.or(h, 1 << type);
  }

  /** tokens.get(hash) ?? 0. */
  tokenTypes(hash: number): number {
    return this.tokenBits.get(hash);
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
   * phrase of that type covering it, 0 for none; written into out[outOff+i*numTypes+type]. Phrases must
   * start with a capital or a digit.
   */
  match(lwHashes: ArrayLike<number>, capStart: ArrayLike<number>, n: number, out: Uint8Array, outOff = 0): void {
    const NT = this.numTypes;
    out.fill(0, outOff, outOff + n * NT);
    if (MATCH_LEN.length < n * NT) MATCH_LEN = new Uint8Array(n * NT * 2);
    bestLenClear(n * NT);
    const bestLen = MATCH_LEN;
    const lookup = this.lookup;
    for (let i = 0; i < n; i++) {
      if (!capStart[i]) continue;
      let h = PHRASE_SEED;
      for (let j = i; j < n && j - i < MAX_PHRASE; j++) {
        h = mix(h, lwHashes[j]!);
        const v = lookup.get(h);
        const types = v & ~PREFIX;
        if (types !== 0) {
          const len = j - i + 1;
          for (let t = 0; t < NT; t++) {
            if (!(types & (1 << t))) continue;
            for (let k = i; k <= j; k++) {
              if (bestLen[k * NT + t]! >= len) continue;
              bestLen[k * NT + t] = len;
              out[outOff + k * NT + t] = len === 1 ? 4 : k === i ? 1 : k === j ? 3 : 2;
            }
          }
        }
        if (!(v & PREFIX)) break;
      }
    }
  }
}

let MATCH_LEN = new Uint8Array(1024);
function bestLenClear(n: number): void {
  MATCH_LEN.fill(0, 0, n);
}
