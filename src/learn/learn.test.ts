import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bioViterbi, LinearTagger, saveLinear } from './linear.js';
import { Perceptron, type CompiledSentence } from './perceptron.js';
import { Viterbi } from './viterbi.js';

test('BIO Viterbi never opens a span with I', () => {
  const v = bioViterbi(2);
  const T = v.T;
  const emit = new Float32Array(3 * T);
  emit[0 * T + 2] = 10; // I-0 at the start is not allowed
  emit[1 * T + 2] = 10;
  emit[2 * T + 0] = 1;
  const out = new Uint8Array(3);
  v.decode(emit, new Float32Array((T + 1) * T), new Float32Array(T), 3, out);
  assert.notEqual(out[0], 2);
  for (let i = 1; i < 3; i++) if (out[i] === 2) assert.ok(out[i - 1] === 1 || out[i - 1] === 2);
});

test('the perceptron learns a separable toy task and survives saving', () => {
  const v = bioViterbi(1);
  const rows = 16;
  const s: CompiledSentence = { n: 3, off: Int32Array.from([0, 1, 2, 3]), rows: Int32Array.from([1, 2, 3]), gold: Uint8Array.from([0, 1, 2]) };
  const p = new Perceptron(rows, v);
  for (let e = 0; e < 5; e++) p.learn(s);
  const w = p.averaged();
  const out = new Uint8Array(3);
  p.decode(s, w.weights, w.trans, w.end, out);
  assert.deepEqual([...out], [0, 1, 2]);
  void LinearTagger;
  assert.equal(saveLinear(w, v.T, 4).T, 3);
});

test('the BIO Viterbi written out tag by tag decides as the general one, ties included', () => {
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (const kinds of [1, 2]) {
    const v = bioViterbi(kinds);
    const general = new Viterbi(v.T, v.allowed, v.canEnd);
    const T = v.T;
    for (let run = 0; run < 300; run++) {
      const n = 1 + Math.floor(rand() * 40);
      // coarse values make ties common
      const coarse = () => Math.round(rand() * 8 - 4) / 2;
      const emit = Float32Array.from({ length: n * T }, coarse);
      const trans = Float32Array.from({ length: (T + 1) * T }, run % 2 ? coarse : () => rand() * 3 - 1.5);
      const end = Float32Array.from({ length: T }, coarse);
      const a = new Uint8Array(n);
      const b = new Uint8Array(n);
      v.decode(emit, trans, end, n, a);
      general.decode(emit, trans, end, n, b);
      assert.deepEqual([...a], [...b]);
    }
  }
});
