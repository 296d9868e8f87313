/**
 * The trained tagger at run time: a table from feature key to weight row, the BILOU
 * transition scores, and the featurizer's resources (clusters, case ratios, gazetteer).
 * Saved as gzip JSON with the weights quantised to 16-bit integers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DEFAULT_CONFIG, Featurizer, type FeatureConfig, type Resources, type SentencePrep, type WordInfo } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { NUM_TAGS } from './tags.js';
import { viterbi } from './viterbi.js';

const T = NUM_TAGS;
export const MODEL_VERSION = 2;

/** models/entities/ner.json.gz, two levels above dist/entities or src/entities. */
export const DEFAULT_MODEL_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../models/entities/ner.json.gz');

export interface ModelWeights {
  keys: Uint32Array;
  /** keys.length * NUM_TAGS weights, row-major. */
  weights: Float32Array;
  /** (NUM_TAGS+1) * NUM_TAGS; the last row is the sentence start. */
  trans: Float32Array;
  end: Float32Array;
}

/** One stage's weights behind an open-addressing table from feature key to row. */
export class WeightTable {
  private readonly slotKeys: Uint32Array;
  private readonly slotRows: Int32Array;
  private readonly mask: number;

  constructor(readonly w: ModelWeights) {
    let cap = 1024;
    while (cap < w.keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slotKeys = new Uint32Array(cap);
    this.slotRows = new Int32Array(cap);
    for (let r = 0; r < w.keys.length; r++) {
      const k = w.keys[r]!;
      let s = k & this.mask;
      while (this.slotKeys[s] !== 0 && this.slotKeys[s] !== k) s = (s + 1) & this.mask;
      this.slotKeys[s] = k;
      this.slotRows[s] = r;
    }
  }

  /** Row of a feature key, or -1 when the model has no weights for it. */
  row(key: number): number {
    let s = key & this.mask;
    for (;;) {
      const k = this.slotKeys[s]!;
      if (k === key) return this.slotRows[s]!;
      if (k === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }
}

export class NerModel {
  readonly featurizer: Featurizer;
  readonly tables: WeightTable[];
  private emit = new Float32Array(128 * T);
  private ctx = new Uint32Array(Featurizer.MAX_CONTEXT_KEYS);

  /** stages: the first-pass weights, then optionally the second pass that sees first-pass tags. */
  constructor(
    readonly resources: Resources,
    readonly config: FeatureConfig,
    readonly stages: ModelWeights[],
  ) {
    this.featurizer = new Featurizer(resources, config);
    this.tables = stages.map((w) => new WeightTable(w));
  }

  get numFeatures(): number {
    return this.stages.reduce((a, w) => a + w.keys.length, 0);
  }

  private vec(info: WordInfo, stage: number): Float32Array {
    const cached = info.vec[stage];
    if (cached) return cached;
    const v = new Float32Array(5 * T);
    const table = this.tables[stage]!;
    const W = table.w.weights;
    for (let o = 0; o < 5; o++) {
      const keys = info.uni[o]!;
      for (let k = 0; k < keys.length; k++) {
        const r = table.row(keys[k]!);
        if (r < 0) continue;
        const base = r * T;
        for (let t = 0; t < T; t++) v[o * T + t]! += W[base + t]!;
      }
    }
    info.vec[stage] = v;
    return v;
  }

  /** Tags one prepared sentence with one stage's weights into out (BILOU tag ids). */
  tagPrepared(p: SentencePrep, out: Uint8Array, stage = 0): void {
    const n = p.n;
    if (n === 0) return;
    if (this.emit.length < n * T) this.emit = new Float32Array(n * T * 2);
    const emit = this.emit;
    emit.fill(0, 0, n * T);
    const table = this.tables[stage]!;
    const W = table.w.weights;
    const fz = this.featurizer;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let o = 0; o < 5; o++) {
        const v = this.vec(fz.infoAt(p, i + o - 2), stage);
        const vo = o * T;
        for (let t = 0; t < T; t++) emit[base + t]! += v[vo + t]!;
      }
      const m = fz.contextKeys(p, i, this.ctx, 0);
      for (let k = 0; k < m; k++) {
        const r = table.row(this.ctx[k]!);
        if (r < 0) continue;
        const rb = r * T;
        for (let t = 0; t < T; t++) emit[base + t]! += W[rb + t]!;
      }
    }
    viterbi(emit, table.w.trans, table.w.end, n, out);
  }

  /** Tags the sentences of one document (document context is part of the features). */
  tagDocument(sentences: ReadonlyArray<ReadonlyArray<string>>): Uint8Array[] {
    const preps = this.featurizer.prepareDocument(sentences);
    let tags = preps.map((p) => {
      const out = new Uint8Array(p.n);
      this.tagPrepared(p, out, 0);
      return out;
    });
    for (let stage = 1; stage < this.stages.length; stage++) {
      this.featurizer.addNonLocal(preps, tags);
      tags = preps.map((p) => {
        const out = new Uint8Array(p.n);
        this.tagPrepared(p, out, stage);
        return out;
      });
    }
    return tags;
  }

  save(file: string): number {
    const buf = gzipSync(Buffer.from(JSON.stringify(serialize(this.resources, this.config, this.stages))), { level: 9 });
    writeFileSync(file, buf);
    return buf.length;
  }

  static load(file: string = DEFAULT_MODEL_PATH): NerModel {
    const data = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as SavedModel;
    return deserialize(data);
  }
}

let shared: NerModel | null = null;
/** The committed model, loaded once. */
export function defaultModel(): NerModel {
  if (!shared) shared = NerModel.load();
  return shared;
}

interface SavedModel {
  version: number;
  config: FeatureConfig;
  numTags: number;
  clusters: { words: string[]; ids: number[] };
  granularities: number;
  caseBuckets: string[][];
  gazetteer: string[][];
  lexicon: string[][];
  stages: SavedStage[];
}

interface SavedStage {
  keys: string;
  scale: number;
  q: string;
  trans: number[];
  end: number[];
}

function b64<T extends ArrayBufferView>(a: T): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function saveStage(w: ModelWeights): SavedStage {
  let max = 0;
  for (let i = 0; i < w.weights.length; i++) max = Math.max(max, Math.abs(w.weights[i]!));
  const scale = max / 32767 || 1;
  // Drop rows whose weights all quantise to zero.
  const keep: number[] = [];
  for (let r = 0; r < w.keys.length; r++) {
    let any = false;
    for (let t = 0; t < T; t++) if (Math.round(w.weights[r * T + t]! / scale) !== 0) any = true;
    if (any) keep.push(r);
  }
  const keys = new Uint32Array(keep.length);
  const q = new Int16Array(keep.length * T);
  keep.forEach((r, j) => {
    keys[j] = w.keys[r]!;
    for (let t = 0; t < T; t++) q[j * T + t] = Math.round(w.weights[r * T + t]! / scale);
  });
  return { keys: b64(keys), scale, q: b64(q), trans: [...w.trans], end: [...w.end] };
}

function loadStage(d: SavedStage): ModelWeights {
  const keyBuf = Buffer.from(d.keys, 'base64');
  const keys = new Uint32Array(keyBuf.buffer.slice(keyBuf.byteOffset, keyBuf.byteOffset + keyBuf.byteLength));
  const qBuf = Buffer.from(d.q, 'base64');
  const q = new Int16Array(qBuf.buffer.slice(qBuf.byteOffset, qBuf.byteOffset + qBuf.byteLength));
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * d.scale;
  return { keys, weights, trans: Float32Array.from(d.trans), end: Float32Array.from(d.end) };
}

function serialize(res: Resources, config: FeatureConfig, stages: ModelWeights[]): SavedModel {
  const words = [...res.clusters.keys()];
  const granularities = words.length ? res.clusters.get(words[0]!)!.length : 0;
  const ids: number[] = [];
  for (const wd of words) {
    const c = res.clusters.get(wd)!;
    for (let k = 0; k < c.length; k++) ids.push(c[k]!);
  }
  const caseBuckets: string[][] = [[], [], [], [], [], []];
  for (const [wd, b] of res.caseBucket) caseBuckets[b]!.push(wd);
  return {
    version: MODEL_VERSION,
    config,
    numTags: T,
    clusters: { words, ids },
    granularities,
    caseBuckets,
    gazetteer: res.gazetteer.toJSON(),
    lexicon: res.lexicon.toJSON(),
    stages: stages.map(saveStage),
  };
}

function deserialize(d: SavedModel): NerModel {
  if (d.version !== MODEL_VERSION || d.numTags !== T) throw new Error(`entities model: unsupported version ${d.version}`);
  const clusters = new Map<string, ArrayLike<number>>();
  const g = d.granularities;
  const ids = Int32Array.from(d.clusters.ids);
  d.clusters.words.forEach((wd, i) => clusters.set(wd, ids.subarray(i * g, i * g + g)));
  const caseBucket = new Map<string, number>();
  d.caseBuckets.forEach((list, b) => list.forEach((wd) => caseBucket.set(wd, b)));
  return new NerModel(
    { clusters, caseBucket, gazetteer: Gazetteer.fromJSON(d.gazetteer), lexicon: Gazetteer.fromJSON(d.lexicon) },
    { ...DEFAULT_CONFIG, ...d.config },
    d.stages.map(loadStage),
  );
}
