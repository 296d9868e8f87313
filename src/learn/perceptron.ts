/**
 * Averaged structured perceptron (Collins 2002) with first-order Viterbi decoding, over any tag
 * set. Averaging uses the usual trick: keep w and a running sum of c*update, so the average is
 * w - sum/c and every update stays O(features).
 */
import { Viterbi } from './viterbi.js';

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
  readonly T: number;
  readonly w: Float32Array;
  readonly acc: Float64Array;
  readonly trans: Float32Array;
  readonly transAcc: Float64Array;
  readonly end: Float32Array;
  readonly endAcc: Float64Array;
  private c = 1;
  private emit: Float32Array;
  private pred = new Uint8Array(256);

  constructor(readonly numRows: number, readonly viterbi: Viterbi) {
    const T = viterbi.T;
    this.T = T;
    this.w = new Float32Array(numRows * T);
    this.acc = new Float64Array(numRows * T);
    this.trans = new Float32Array((T + 1) * T);
    this.transAcc = new Float64Array((T + 1) * T);
    this.end = new Float32Array(T);
    this.endAcc = new Float64Array(T);
    this.emit = new Float32Array(256 * T);
  }

  decode(s: CompiledSentence, w: Float32Array, trans: Float32Array, end: Float32Array, out: Uint8Array): void {
    const T = this.T;
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
    this.viterbi.decode(emit, trans, end, n, out);
  }

  /** One perceptron step on a sentence; true when the prediction was wrong. */
  learn(s: CompiledSentence): boolean {
    const T = this.T;
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
