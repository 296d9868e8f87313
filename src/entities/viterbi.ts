import { backtrace, Viterbi } from '../learn/viterbi.js';
import { ALLOWED, CAN_END, NUM_TAGS, O, posOfTag } from './tags.js';

/** Viterbi over the entity BILOU tags; ill-formed transitions are excluded (src/learn/viterbi.ts). */
export const NER_VITERBI = new Viterbi(NUM_TAGS, ALLOWED, CAN_END);

const T = NUM_TAGS;
const TYPES = (T - 1) / 4;
/** Tags that close an entity or are outside one (O, L-x, U-x), and the tags they may precede (O, B-x, U-x); ascending. */
const CLOSED: number[] = [];
const STARTS: number[] = [];
for (let t = 0; t < T; t++) {
  if (t === O || posOfTag(t) === 2 || posOfTag(t) === 3) CLOSED.push(t);
  if (t === O || posOfTag(t) === 0 || posOfTag(t) === 3) STARTS.push(t);
}
const NC = CLOSED.length;
const NS = STARTS.length;

/** Per transition table: the start block's scores, and for each closed tag m the reach R[m] (see decode). */
interface Prepared {
  /** trans[CLOSED[a] * T + STARTS[b]] at a * NS + b. */
  block: Float64Array;
  reach: Float64Array;
}

/**
 * First-order Viterbi specialised to the BILOU constraints, with the same arithmetic and tie
 * breaking as Viterbi.decode (the lowest previous tag wins a tie), so its output is identical.
 * A tag after O, L or U is one of O, B, U, and its best predecessor is found among the closed
 * tags of the previous token; a closed tag p far below the best one m can win for no tag
 * (score[p] < score[m] - reach[m], where reach[m] = max over cur of (max_p trans[p][cur] -
 * trans[m][cur])), so only the others are tried.
 */
export class BilouViterbi {
  private score = new Float32Array(64 * T);
  private back = new Uint8Array(64 * T);
  private readonly prepared = new Map<Float32Array, Prepared>();
  private readonly viable = new Int32Array(NC);

  private prepare(trans: Float32Array): Prepared {
    let p = this.prepared.get(trans);
    if (p) return p;
    const block = new Float64Array(NC * NS);
    for (let a = 0; a < NC; a++) for (let b = 0; b < NS; b++) block[a * NS + b] = trans[CLOSED[a]! * T + STARTS[b]!]!;
    const maxIn = new Float64Array(NS).fill(-Infinity);
    for (let a = 0; a < NC; a++) for (let b = 0; b < NS; b++) maxIn[b] = Math.max(maxIn[b]!, block[a * NS + b]!);
    const reach = new Float64Array(NC);
    for (let a = 0; a < NC; a++) {
      let r = 0;
      for (let b = 0; b < NS; b++) r = Math.max(r, maxIn[b]! - block[a * NS + b]!);
      // a margin for rounding: a wider reach only tries more tags
      reach[a] = r + 1e-3 + r * 1e-6;
    }
    p = { block, reach };
    if (this.prepared.size > 16) this.prepared.clear();
    this.prepared.set(trans, p);
    return p;
  }

  decode(emit: Float32Array, trans: Float32Array, end: Float32Array, n: number, out: Uint8Array): void {
    if (n === 0) return;
    if (this.score.length < n * T) {
      this.score = new Float32Array(n * T * 2);
      this.back = new Uint8Array(n * T * 2);
    }
    const { block, reach } = this.prepare(trans);
    const score = this.score;
    const back = this.back;
    const viable = this.viable;
    const NEG = -1e30;
    for (let t = 0; t < T; t++) score[t] = ALLOWED[T * T + t] ? emit[t]! + trans[T * T + t]! : NEG;
    for (let i = 1; i < n; i++) {
      const base = i * T;
      const pbase = base - T;
      // the best closed tag of the previous token, and the closed tags that may still win
      // (and the runner-up M2: when it is below the threshold, only the best may win)
      let M = score[pbase + CLOSED[0]!]!;
      let ma = 0;
      let M2 = -Infinity;
      for (let a = 1; a < NC; a++) {
        const s = score[pbase + CLOSED[a]!]!;
        if (s > M) {
          M2 = M;
          M = s;
          ma = a;
        } else if (s > M2) M2 = s;
      }
      const thr = M - reach[ma]! - Math.abs(M) * 1e-6;
      let nv = 0;
      if (M2 < thr) viable[nv++] = ma;
      else for (let a = 0; a < NC; a++) if (score[pbase + CLOSED[a]!]! >= thr) viable[nv++] = a;
      if (nv === 1) {
        // the usual case: one closed tag can win
        const a = viable[0]!;
        const sa = score[pbase + CLOSED[a]!]!;
        const row = a * NS;
        const ta = CLOSED[a]!;
        for (let b = 0; b < NS; b++) {
          const s = sa + block[row + b]!;
          const cur = STARTS[b]!;
          if (s > NEG) {
            score[base + cur] = s + emit[base + cur]!;
            back[base + cur] = ta;
          } else {
            score[base + cur] = NEG + emit[base + cur]!;
            back[base + cur] = 0;
          }
        }
      } else for (let b = 0; b < NS; b++) {
        let best = NEG;
        let arg = 0;
        for (let v = 0; v < nv; v++) {
          const a = viable[v]!;
          const s = score[pbase + CLOSED[a]!]! + block[a * NS + b]!;
          if (s > best) {
            best = s;
            arg = CLOSED[a]!;
          }
        }
        const cur = STARTS[b]!;
        score[base + cur] = best + emit[base + cur]!;
        back[base + cur] = arg;
      }
      // inside an entity: I-x and L-x follow B-x or I-x
      for (let ty = 0; ty < TYPES; ty++) {
        const B = 1 + 4 * ty;
        const I = B + 1;
        const sb = score[pbase + B]!;
        const si = score[pbase + I]!;
        for (let cur = I; cur <= I + 1; cur++) {
          let best = NEG;
          let arg = 0;
          const s1 = sb + trans[B * T + cur]!;
          if (s1 > best) {
            best = s1;
            arg = B;
          }
          const s2 = si + trans[I * T + cur]!;
          if (s2 > best) {
            best = s2;
            arg = I;
          }
          score[base + cur] = best + emit[base + cur]!;
          back[base + cur] = arg;
        }
      }
    }
    backtrace(score, back, end, CAN_END, n, T, out);
  }
}

const BILOU = new BilouViterbi();

export function viterbi(emit: Float32Array, trans: Float32Array, end: Float32Array, n: number, out: Uint8Array): void {
  BILOU.decode(emit, trans, end, n, out);
}
