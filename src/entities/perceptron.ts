/**
 * Averaged structured perceptron (Collins 2002) over BILOU tags with Viterbi decoding.
 * Averaging uses the usual trick: keep w and a running sum of c*update, so the average is
 * w - sum/c and every update stays O(features).
 */
import { Featurizer, type SentencePrep } from './features.js';
import { NUM_TAGS } from './tags.js';
import { viterbi } from './viterbi.js';

const T = NUM_TAGS;

/** A sentence's feature keys: token i owns keys[off[i]..off[i+1]). */
export interface KeyedSentence {
  n: number;
  off: Int32Array;
  keys: Uint32Array;
  gold: Uint8Array;
}

/** A sentence with its keys mapped to weight rows (unknown keys dropped). */
export interface CompiledSentence {
  n: number;
  off: Int32Array;
  rows: Int32Array;
  gold: Uint8Array;
}

let keyBuf = new Uint32Array(1 << 16);

/** Keys of every token of one prepared sentence: word features across the window, then context. */
export function sentenceKeys(fz: Featurizer, p: SentencePrep, gold: Uint8Array): KeyedSentence {
  const off = new Int32Array(p.n + 1);
  let pos = 0;
  for (let i = 0; i < p.n; i++) {
    if (keyBuf.length < pos + 512) {
      const b = new Uint32Array(keyBuf.length * 2);
      b.set(keyBuf);
      keyBuf = b;
    }
    off[i] = pos;
    for (let o = 0; o < 5; o++) {
      const uni = fz.infoAt(p, i + o - 2).uni[o]!;
      keyBuf.set(uni, pos);
      pos += uni.length;
    }
    pos = fz.contextKeys(p, i, keyBuf, pos);
  }
  off[p.n] = pos;
  return { n: p.n, off, keys: keyBuf.slice(0, pos), gold };
}

export function compile(s: KeyedSentence, rowOf: Map<number, number>): CompiledSentence {
  const rows = new Int32Array(s.keys.length);
  const off = new Int32Array(s.n + 1);
  let pos = 0;
  for (let i = 0; i < s.n; i++) {
    off[i] = pos;
    for (let k = s.off[i]!; k < s.off[i + 1]!; k++) {
      const r = rowOf.get(s.keys[k]!);
      if (r !== undefined) rows[pos++] = r;
    }
  }
  off[s.n] = pos;
  return { n: s.n, off, rows: rows.slice(0, pos), gold: s.gold };
}

export class Perceptron {
  readonly w: Float32Array;
  readonly acc: Float64Array;
  readonly trans = new Float32Array((T + 1) * T);
  readonly transAcc = new Float64Array((T + 1) * T);
  readonly end = new Float32Array(T);
  readonly endAcc = new Float64Array(T);
  private c = 1;
  private emit = new Float32Array(256 * T);
  private pred = new Uint8Array(256);

  constructor(readonly numRows: number) {
    this.w = new Float32Array(numRows * T);
    this.acc = new Float64Array(numRows * T);
  }

  decode(s: CompiledSentence, w: Float32Array, trans: Float32Array, end: Float32Array, out: Uint8Array): void {
    const n = s.n;
    if (this.emit.length < n * T) this.emit = new Float32Array(n * T * 2);
    const emit = this.emit;
    emit.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let k = s.off[i]!; k < s.off[i + 1]!; k++) {
        const rb = s.rows[k]! * T;
        for (let t = 0; t < T; t++) emit[base + t]! += w[rb + t]!;
      }
    }
    viterbi(emit, trans, end, n, out);
  }

  /** One perceptron step on a sentence; true when the prediction was wrong. */
  learn(s: CompiledSentence): boolean {
    const n = s.n;
    if (this.pred.length < n) this.pred = new Uint8Array(n * 2);
    const pred = this.pred;
    this.decode(s, this.w, this.trans, this.end, pred);
    const c = this.c;
    let wrong = false;
    for (let i = 0; i < n; i++) {
      const g = s.gold[i]!;
      const p = pred[i]!;
      const pg = i ? s.gold[i - 1]! : T;
      const pp = i ? pred[i - 1]! : T;
      if (g !== p) {
        wrong = true;
        for (let k = s.off[i]!; k < s.off[i + 1]!; k++) {
          const rb = s.rows[k]! * T;
          this.w[rb + g]! += 1;
          this.acc[rb + g]! += c;
          this.w[rb + p]! -= 1;
          this.acc[rb + p]! -= c;
        }
      }
      if (g !== p || pg !== pp) {
        this.trans[pg * T + g]! += 1;
        this.transAcc[pg * T + g]! += c;
        this.trans[pp * T + p]! -= 1;
        this.transAcc[pp * T + p]! -= c;
      }
    }
    const g = s.gold[n - 1]!;
    const p = pred[n - 1]!;
    if (g !== p) {
      this.end[g]! += 1;
      this.endAcc[g]! += c;
      this.end[p]! -= 1;
      this.endAcc[p]! -= c;
    }
    this.c++;
    return wrong;
  }

  averaged(): { weights: Float32Array; trans: Float32Array; end: Float32Array } {
    const c = this.c;
    const avg = (w: Float32Array, a: Float64Array) => {
      const out = new Float32Array(w.length);
      for (let i = 0; i < w.length; i++) out[i] = w[i]! - a[i]! / c;
      return out;
    };
    return { weights: avg(this.w, this.acc), trans: avg(this.trans, this.transAcc), end: avg(this.end, this.endAcc) };
  }
}

/** Seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(a: T[], rand: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
