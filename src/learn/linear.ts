/**
 * A trained linear sequence model: hashed feature keys, per-key weights over T tags, transition
 * and end scores; decoded with the constrained Viterbi. Saved with weights quantised to 16-bit
 * integers (rows that quantise to zero are dropped).
 */
import { BioViterbi } from './bio-viterbi.js';
import { Viterbi } from './viterbi.js';

export interface LinearWeights {
  keys: Uint32Array;
  /** keys.length * T, row-major. */
  weights: Float32Array;
  /** (T + 1) * T; the last row is the sequence start. */
  trans: Float32Array;
  end: Float32Array;
}

export interface SavedLinear {
  T: number;
  /** Feature keys are hashed into 2^bits rows (the hashing trick: no key table). */
  bits: number;
  scale: number;
  /** Row-major int16 weights, base64. */
  q: string;
  trans: number[];
  end: number[];
}

function b64<A extends ArrayBufferView>(a: A): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/** The row of a feature key in a table of 2^bits rows. */
export function rowOfKey(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

/** Saves hashed weights (rows = 2^bits) quantised to 16-bit integers. */
export function saveLinear(w: Omit<LinearWeights, 'keys'>, T: number, bits: number): SavedLinear {
  let max = 0;
  for (let i = 0; i < w.weights.length; i++) max = Math.max(max, Math.abs(w.weights[i]!));
  const scale = max / 32767 || 1;
  const q = new Int16Array(w.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(w.weights[i]! / scale);
  const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
  return { T, bits, scale, q: b64(q), trans: [...w.trans].map(r6), end: [...w.end].map(r6) };
}

/** A loaded model, ready to decode key lists. */
export class LinearTagger {
  readonly T: number;
  private readonly bits: number;
  /** Quantised weights, kept as 16-bit integers (half the memory traffic of floats). */
  private readonly q: Int16Array;
  private readonly scale: number;
  private readonly trans: Float32Array;
  private readonly end: Float32Array;
  private emit = new Float32Array(0);
  /** Added to every item's score of each tag (a recall/precision knob tuned on dev). */
  bias: Float32Array;

  constructor(d: SavedLinear, readonly viterbi: Viterbi) {
    this.T = d.T;
    this.bits = d.bits;
    const qBuf = Buffer.from(d.q, 'base64');
    this.q = new Int16Array(qBuf.buffer.slice(qBuf.byteOffset, qBuf.byteOffset + qBuf.byteLength));
    this.scale = d.scale;
    this.trans = Float32Array.from(d.trans);
    this.end = Float32Array.from(d.end);
    this.bias = new Float32Array(d.T);
  }

  /**
   * Tags a sequence of n items; item i owns keys[off[i]..off[i+1]). `base`, when given, holds
   * integer weight sums item i already has (base[i * T + tag], from sumRows): the sums of keys
   * a caller computed once and reuses, added exactly as the keys themselves would be.
   */
  decode(n: number, off: Int32Array, keys: Uint32Array, out: Uint8Array, base?: Int32Array): void {
    const T = this.T;
    if (this.emit.length < n * T) this.emit = new Float32Array(n * T * 2);
    if (T === 3 || T === 5) {
      this.emitSmall(n, off, keys, base ?? this.zeros(n));
      this.viterbi.decode(this.emit, this.trans, this.end, n, out);
      return;
    }
    const emit = this.emit;
    if (base) for (let i = 0; i < n * T; i++) emit[i] = base[i]!;
    else emit.fill(0, 0, n * T);
    const w = this.q;
    const shift = 32 - this.bits;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let k = off[i]!; k < off[i + 1]!; k++) {
        const rb = (Math.imul(keys[k]!, 0x9e3779b1) >>> shift) * T;
        for (let t = 0; t < T; t++) emit[base + t]! += w[rb + t]!;
      }
    }
    // integer sums are exact in float32 (|sum| < 2^24); scale them back to weights
    const scale = this.scale;
    const bias = this.bias;
    for (let i = 0; i < n; i++) for (let t = 0; t < T; t++) emit[i * T + t] = emit[i * T + t]! * scale + bias[t]!;
    this.viterbi.decode(emit, this.trans, this.end, n, out);
  }

  private zero = new Int32Array(0);

  /** n * T zeros: the base of items with no precomputed sums. */
  private zeros(n: number): Int32Array {
    if (this.zero.length < n * this.T) this.zero = new Int32Array(n * this.T * 2);
    return this.zero;
  }

  /**
   * The integer weight sums of n key groups (group i owns keys[off[i]..off[i+1])) into
   * out[at + i * T + tag]: what decode's `base` takes. Exact (|sum| < 2^24, as in decode).
   */
  sumRows(n: number, off: Int32Array, keys: Uint32Array, out: Int32Array, at: number): void {
    const T = this.T;
    const w = this.q;
    const shift = 32 - this.bits;
    for (let i = 0; i < n; i++) {
      const o = at + i * T;
      for (let t = 0; t < T; t++) out[o + t] = 0;
      for (let k = off[i]!; k < off[i + 1]!; k++) {
        const rb = (Math.imul(keys[k]!, 0x9e3779b1) >>> shift) * T;
        for (let t = 0; t < T; t++) out[o + t]! += w[rb + t]!;
      }
    }
  }

  /**
   * The emission scores for T = 3 or 5, summed in integer locals from `init` (decode's `base`): the same exact
   * integer sums as decode's float32 accumulation (|sum| < 2^24), then the same float32
   * `sum * scale + bias`.
   */
  private emitSmall(n: number, off: Int32Array, keys: Uint32Array, init: Int32Array): void {
    const emit = this.emit;
    const w = this.q;
    const shift = 32 - this.bits;
    const scale = this.scale;
    const bias = this.bias;
    if (this.T === 3) {
      const b0 = bias[0]!;
      const b1 = bias[1]!;
      const b2 = bias[2]!;
      for (let i = 0; i < n; i++) {
        let e0 = init[i * 3]!;
        let e1 = init[i * 3 + 1]!;
        let e2 = init[i * 3 + 2]!;
        const ke = off[i + 1]!;
        for (let k = off[i]!; k < ke; k++) {
          const rb = (Math.imul(keys[k]!, 0x9e3779b1) >>> shift) * 3;
          e0 += w[rb]!;
          e1 += w[rb + 1]!;
          e2 += w[rb + 2]!;
        }
        const base = i * 3;
        emit[base] = e0 * scale + b0;
        emit[base + 1] = e1 * scale + b1;
        emit[base + 2] = e2 * scale + b2;
      }
      return;
    }
    const b0 = bias[0]!;
    const b1 = bias[1]!;
    const b2 = bias[2]!;
    const b3 = bias[3]!;
    const b4 = bias[4]!;
    for (let i = 0; i < n; i++) {
      let e0 = init[i * 5]!;
      let e1 = init[i * 5 + 1]!;
      let e2 = init[i * 5 + 2]!;
      let e3 = init[i * 5 + 3]!;
      let e4 = init[i * 5 + 4]!;
      const ke = off[i + 1]!;
      for (let k = off[i]!; k < ke; k++) {
        const rb = (Math.imul(keys[k]!, 0x9e3779b1) >>> shift) * 5;
        e0 += w[rb]!;
        e1 += w[rb + 1]!;
        e2 += w[rb + 2]!;
        e3 += w[rb + 3]!;
        e4 += w[rb + 4]!;
      }
      const base = i * 5;
      emit[base] = e0 * scale + b0;
      emit[base + 1] = e1 * scale + b1;
      emit[base + 2] = e2 * scale + b2;
      emit[base + 3] = e3 * scale + b3;
      emit[base + 4] = e4 * scale + b4;
    }
  }
}

/** BIO constraints over `kinds` span kinds: tag 0 = O, 1 + 2k = B-k, 2 + 2k = I-k. */
export function bioViterbi(kinds: number): Viterbi {
  const T = 1 + 2 * kinds;
  const allowed = new Uint8Array((T + 1) * T);
  for (let prev = 0; prev <= T; prev++) {
    for (let cur = 0; cur < T; cur++) {
      const isI = cur > 0 && cur % 2 === 0;
      const ok = !isI || (prev < T && prev > 0 && Math.ceil(prev / 2) === cur / 2);
      allowed[prev * T + cur] = ok ? 1 : 0;
    }
  }
  const canEnd = new Uint8Array(T).fill(1);
  // (one or two kinds, the quote taggers': the same decisions, written out tag by tag)
  return kinds === 1 || kinds === 2 ? new BioViterbi(kinds, allowed, canEnd) : new Viterbi(T, allowed, canEnd);
}

/** 32-bit FNV-1a of a string, seeded by a feature-template id. */
export function hashKey(template: number, s: string): number {
  let h = (0x811c9dc5 ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
