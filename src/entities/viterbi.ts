import { Viterbi } from '../learn/viterbi.js';
import { ALLOWED, CAN_END, NUM_TAGS } from './tags.js';

/** Viterbi over the entity BILOU tags; ill-formed transitions are excluded (src/learn/viterbi.ts). */
export const NER_VITERBI = new Viterbi(NUM_TAGS, ALLOWED, CAN_END);

export function viterbi(emit: Float32Array, trans: Float32Array, end: Float32Array, n: number, out: Uint8Array): void {
  NER_VITERBI.decode(emit, trans, end, n, out);
}
