/**
 * Features learned from unlabelled text: word clusters (spherical k-means over PPMI
 * vectors of left and right neighbours) and how often each word is written lowercase.
 */
import { rng } from '../learn/perceptron.js';

/** Sentences of lowercase-able word forms; isInitial marks tokens that start a sentence. */
export interface UnlabelledCorpus {
  sentences: string[][];
}

const BOUNDARY = new Set(['.', '!', '?', '"', '“', '”', "'", '``', "''", ':', ';', '-', '--', '—', '–', '(', ')', '[', ']']);

/**
 * How often each word is written lowercase when it is not at a sentence start and not in an
 * all-caps line: bucket 1 (almost always capitalised) .. 5 (almost always lowercase).
 */
export function caseBuckets(corpus: UnlabelledCorpus, minCount = 3): Map<string, number> {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const s of corpus.sentences) {
    let letters = 0;
    let hasLower = false;
    for (const w of s) {
      if (w.toLowerCase() !== w.toUpperCase()) {
        letters++;
        if (w !== w.toUpperCase()) hasLower = true;
      }
    }
    if (!hasLower || letters === 0) continue;
    for (let i = 1; i < s.length; i++) {
      const w = s[i]!;
      const prev = s[i - 1]!;
      if (BOUNDARY.has(prev)) continue;
      const lw = w.toLowerCase();
      if (lw === w.toUpperCase()) continue;
      if (w === lw) lower.set(lw, (lower.get(lw) ?? 0) + 1);
      else if (w !== w.toUpperCase() || w.length === 1) upper.set(lw, (upper.get(lw) ?? 0) + 1);
    }
  }
  const out = new Map<string, number>();
  const words = new Set([...lower.keys(), ...upper.keys()]);
  for (const w of words) {
    const l = lower.get(w) ?? 0;
    const u = upper.get(w) ?? 0;
    if (l + u < minCount) continue;
    const r = l / (l + u);
    out.set(w, r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5);
  }
  return out;
}

export interface ClusterOptions {
  granularities: number[];
  minCount: number;
  contextWords: number;
  iterations: number;
  seed: number;
}

/**
 * Clusters lowercase words by their neighbours. Returns word -> one cluster id per
 * granularity (1-based).
 */
export function clusterWords(corpus: UnlabelledCorpus, opt: ClusterOptions, log: (m: string) => void = () => {}): Map<string, Int32Array> {
  const freq = new Map<string, number>();
  for (const s of corpus.sentences) for (const w of s) {
    const lw = w.toLowerCase();
    freq.set(lw, (freq.get(lw) ?? 0) + 1);
  }
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([, c]) => c >= opt.minCount).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const ctxId = new Map(byFreq.slice(0, opt.contextWords).map(([w], i) => [w, i]));
  const C = opt.contextWords;
  const D = 2 * C + 2; // left contexts, right contexts, plus <s> and </s>
  // Co-occurrence counts: word -> Map<dim, count>
  const rows: Array<Map<number, number>> = vocab.map(() => new Map());
  for (const s of corpus.sentences) {
    for (let i = 0; i < s.length; i++) {
      const v = vid.get(s[i]!.toLowerCase());
      if (v === undefined) continue;
      const row = rows[v]!;
      const l = i > 0 ? ctxId.get(s[i - 1]!.toLowerCase()) : 2 * C;
      const r = i < s.length - 1 ? ctxId.get(s[i + 1]!.toLowerCase()) : undefined;
      const rd = i < s.length - 1 ? (r === undefined ? -1 : C + r) : 2 * C + 1;
      if (l !== undefined) row.set(l, (row.get(l) ?? 0) + 1);
      if (rd >= 0) row.set(rd, (row.get(rd) ?? 0) + 1);
    }
  }
  // PPMI, then L2-normalised sparse vectors in CSR form.
  const colSum = new Float64Array(D);
  let total = 0;
  for (const row of rows) for (const [d, c] of row) {
    colSum[d]! += c;
    total += c;
  }
  const off = new Int32Array(vocab.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  rows.forEach((row, v) => {
    off[v] = idx.length;
    let rowSum = 0;
    for (const c of row.values()) rowSum += c;
    const entries: Array<[number, number]> = [];
    let norm = 0;
    for (const [d, c] of row) {
      const pmi = Math.log((c * total) / (rowSum * Math.pow(colSum[d]!, 0.75) * Math.pow(total, 0.25)));
      if (pmi > 0) {
        entries.push([d, pmi]);
        norm += pmi * pmi;
      }
    }
    norm = Math.sqrt(norm) || 1;
    entries.sort((a, b) => a[0] - b[0]);
    for (const [d, x] of entries) {
      idx.push(d);
      val.push(x / norm);
    }
  });
  off[vocab.length] = idx.length;
  const I = Int32Array.from(idx);
  const V = Float32Array.from(val);
  log(`clusters: ${vocab.length} words, ${I.length} non-zeros`);
  const result = new Map<string, Int32Array>();
  for (const w of vocab) result.set(w, new Int32Array(opt.granularities.length));
  opt.granularities.forEach((k, gi) => {
    const assign = kmeans(vocab.length, D, off, I, V, k, opt.iterations, opt.seed + gi, log);
    vocab.forEach((w, v) => {
      result.get(w)![gi] = assign[v]! + 1;
    });
  });
  return result;
}

function kmeans(N: number, D: number, off: Int32Array, I: Int32Array, V: Float32Array, k: number, iters: number, seed: number, log: (m: string) => void): Int32Array {
  const rand = rng(seed);
  k = Math.min(k, N);
  const cent = new Float32Array(k * D);
  // Seed centroids with distinct random words among the more frequent ones.
  const pool = Math.min(N, k * 4);
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(rand() * pool));
  [...chosen].forEach((v, c) => {
    for (let j = off[v]!; j < off[v + 1]!; j++) cent[c * D + I[j]!] = V[j]!;
  });
  const assign = new Int32Array(N).fill(-1);
  for (let it = 0; it < iters; it++) {
    let changed = 0;
    for (let v = 0; v < N; v++) {
      let best = -Infinity;
      let arg = 0;
      const a = off[v]!, b = off[v + 1]!;
      for (let c = 0; c < k; c++) {
        const base = c * D;
        let s = 0;
        for (let j = a; j < b; j++) s += V[j]! * cent[base + I[j]!]!;
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assign[v] !== arg) changed++;
      assign[v] = arg;
    }
    cent.fill(0);
    for (let v = 0; v < N; v++) {
      const base = assign[v]! * D;
      for (let j = off[v]!; j < off[v + 1]!; j++) cent[base + I[j]!]! += V[j]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += cent[c * D + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) cent[c * D + d]! /= norm;
    }
    log(`k-means k=${k} iteration ${it + 1}: ${changed} moved`);
    if (changed < N / 1000) break;
  }
  return assign;
}
