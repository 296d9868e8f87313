/**
 * The entity tagger's use of the shared averaged perceptron (src/learn/): BILOU tags and the
 * entity featurizer's keys. The generic learner, Viterbi and seeded PRNG live in src/learn/.
 */
import { Perceptron as GenericPerceptron, type KeyedSentence } from '../learn/perceptron.js';
import { Featurizer, type SentencePrep } from './features.js';
import { NER_VITERBI } from './viterbi.js';

export { compile, rng, shuffle, type CompiledSentence, type KeyedSentence } from '../learn/perceptron.js';

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
      const info = fz.infoAt(p, i + o - 2);
      const a = info.uniOff[o]!;
      const b = info.uniOff[o + 1]!;
      for (let k = a; k < b; k++) keyBuf[pos++] = info.uni[k]!;
    }
    pos = fz.contextKeys(p, i, keyBuf, pos);
  }
  off[p.n] = pos;
  return { n: p.n, off, keys: keyBuf.slice(0, pos), gold };
}

/** The perceptron over the entity BILOU tags. */
export class Perceptron extends GenericPerceptron {
  constructor(numRows: number) {
    super(numRows, NER_VITERBI);
  }
}
