import { ALLOWED, CAN_END, NUM_TAGS } from './tags.js';

const T = NUM_TAGS;
/** For each tag, the previous tags that may precede it (start excluded). */
const PREVS: Uint8Array[] = [];
for (let cur = 0; cur < T; cur++) {
  const list: number[] = [];
  for (let prev = 0; prev < T; prev++) if (ALLOWED[prev * T + cur]) list.push(prev);
  PREVS.push(Uint8Array.from(list));
}
let score = new Float32Array(64 * T);
let back = new Uint8Array(64 * T);

/**
 * First-order Viterbi over emission scores emit[i*T+tag], transition scores trans[prev*T+cur]
 * (prev = T for the sentence start) and end scores; ill-formed BILOU transitions are excluded.
 */
export function viterbi(emit: Float32Array, trans: Float32Array, end: Float32Array, n: number, out: Uint8Array): void {
  if (n === 0) return;
  if (score.length < n * T) {
    score = new Float32Array(n * T * 2);
    back = new Uint8Array(n * T * 2);
  }
  const NEG = -1e30;
  for (let t = 0; t < T; t++) score[t] = ALLOWED[T * T + t] ? emit[t]! + trans[T * T + t]! : NEG;
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const pbase = base - T;
    for (let cur = 0; cur < T; cur++) {
      let best = NEG;
      let arg = 0;
      const prevs = PREVS[cur]!;
      for (let q = 0; q < prevs.length; q++) {
        const prev = prevs[q]!;
        const s = score[pbase + prev]! + trans[prev * T + cur]!;
        if (s > best) {
          best = s;
          arg = prev;
        }
      }
      score[base + cur] = best + emit[base + cur]!;
      back[base + cur] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (!CAN_END[t]) continue;
    const s = score[last + t]! + end[t]!;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
}
