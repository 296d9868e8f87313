/**
 * The trained tagger at run time: a table from feature key to weight row, the BILOU
 * transition scores, and the featurizer's resources (clusters, case ratios, gazetteer).
 * Saved as gzip JSON with the weights quantised to 16-bit integers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DEFAULT_CONFIG, Featurizer, UNI_MAX, type DocumentWordIds, type FeatureConfig, type Resources, type SentencePrep, type WordInfo } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { NUM_TAGS } from './tags.js';
import { viterbi } from './viterbi.js';

const T = NUM_TAGS;
export const MODEL_VERSION = 2;
/** Floats of per-word weight sums kept before the arena starts over (about 98,000 word types of 2 passes; the array is at most twice this). */
const MAX_ARENA = 1 << 24;

/** models/entities/ner.json.gz, two levels above dist/entities or src/entities. */
export const DEFAULT_MODEL_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../models/entities/ner.json.gz');

export interface ModelWeights {
  keys: Uint32Array;
  /** keys.length * NUM_TAGS weights, row-major. */
  weights: Float32Array;
  /** (NUM_TAGS+1) * NUM_TAGS; the last row is the sentence start. */
  trans: Float32Array;
  end: Float32Array;
  /** When loaded from a model file: the int16 weights and their scale (weights[i] === fround(q[i] * scale)). */
  q?: Int16Array;
  scale?: number;
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

/**
 * One open-addressing table over the keys of every stage: a probe gives the key's row in each
 * stage (-1 where that stage has no weights for it), so a document's context keys are hashed
 * and looked up once for both passes.
 */
class JointTable {
  /**
   * Per slot the key, then its rows: packed (two stages, rows below 0xffff), one int32 holding
   * stage 0's row in the low 16 bits and stage 1's in the high (0xffff where the stage lacks
   * the key); else one int32 per stage (-1 where it lacks the key). A slot is `stride` ints.
   */
  readonly tab: Int32Array;
  readonly stride: number;
  readonly packed: boolean;
  private readonly mask: number;
  /** One bit per value of a key's top 20 bits: set when some key in the table has them. */
  private readonly filter = new Int32Array(1 << 15);

  constructor(stages: readonly ModelWeights[]) {
    const distinct = new Set<number>();
    for (const w of stages) for (let r = 0; r < w.keys.length; r++) distinct.add(w.keys[r]! | 0);
    let cap = 1024;
    while (cap < distinct.size * 2) cap *= 2;
    this.mask = cap - 1;
    const packed = (this.packed = stages.length <= 2 && stages.every((w) => w.keys.length < 0xffff));
    const stride = (this.stride = packed ? 2 : stages.length + 1);
    const tab = (this.tab = new Int32Array(cap * stride));
    for (let s = 0; s < cap; s++) for (let st = 1; st < stride; st++) tab[s * stride + st] = -1;
    stages.forEach((w, st) => {
      for (let r = 0; r < w.keys.length; r++) {
        const k = w.keys[r]! | 0;
        let s = k & this.mask;
        while (tab[s * stride] !== 0 && tab[s * stride] !== k) s = (s + 1) & this.mask;
        tab[s * stride] = k;
        // the last row of a key, as in WeightTable
        if (packed) tab[s * stride + 1] = (tab[s * stride + 1]! & ~(0xffff << (16 * st))) | (r << (16 * st));
        else tab[s * stride + 1 + st] = r;
        const f = k >>> 12;
        this.filter[f >>> 5]! |= 1 << (f & 31);
      }
    });
  }

  /** The row in stage `stage` of the key at slot index `s` (from slot), or -1. */
  row(s: number, stage: number): number {
    if (this.packed) {
      const r = (this.tab[s + 1]! >>> (stage << 4)) & 0xffff;
      return r === 0xffff ? -1 : r;
    }
    return this.tab[s + 1 + stage]!;
  }

  /** Index in `tab` of a feature key's slot, or -1 when no stage has weights for it. */
  slot(key: number): number {
    const k = key | 0;
    // most absent keys are told by the filter, which stays in cache where the table does not
    const f = k >>> 12;
    if (!(this.filter[f >>> 5]! & (1 << (f & 31)))) return -1;
    const tab = this.tab;
    const stride = this.stride;
    let s = k & this.mask;
    for (;;) {
      const x = tab[s * stride]!;
      if (x === k) return s * stride;
      if (x === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }
}

export class NerModel {
  readonly featurizer: Featurizer;
  readonly tables: WeightTable[];
  private readonly joint: JointTable;
  private emit = new Float32Array(128 * T);
  private ctx = new Uint32Array(Featurizer.MAX_CONTEXT_KEYS);
  /** tagWithSlots' weight-row offsets of one token's keys. */
  private rowBuf = new Int32Array(UNI_MAX);
  /** vecOf's joint-table slots of one offset's keys. */
  private uniSlots = new Int32Array(UNI_MAX);
  /** Per document: the joint-table slots (indices in its `tab`) of each token's first-pass context keys, tokens in document order. */
  private slots = new Int32Array(1 << 14);
  private slotOff = new Int32Array(1 << 11);
  /** Per document token, its word's offset in the arena (see vecOf); the pads' offsets. */
  private tokVec = new Int32Array(1 << 11);
  private padLeftVec = 0;
  private padRightVec = 0;
  /** Per word type, summed unigram weights (see vecOf). */
  private arena = new Float32Array(1 << 20);
  private arenaTop = 0;
  private arenaGen = 1;

  /** stages: the first-pass weights, then optionally the second pass that sees first-pass tags. */
  constructor(
    readonly resources: Resources,
    readonly config: FeatureConfig,
    readonly stages: ModelWeights[],
  ) {
    this.featurizer = new Featurizer(resources, config);
    this.tables = stages.map((w) => new WeightTable(w));
    this.joint = new JointTable(stages);
  }

  get numFeatures(): number {
    return this.stages.reduce((a, w) => a + w.keys.length, 0);
  }

  /**
   * Offset in `arena` of a word's summed unigram weights: for each stage, for each window
   * offset o, the sum of the weights of the offset's `info.uni` keys (NUM_TAGS floats), stage after stage.
   * Computed once per word type (float32 sums in key order) and kept until the arena is full.
   */
  /** Starts the arena over when it is full (between sentences: offsets are held within one only). */
  private checkArena(): void {
    if (this.arenaTop > MAX_ARENA) {
      this.arenaGen++;
      this.arenaTop = 0;
    }
  }

  private vecOf(info: WordInfo): number {
    if (info.vecGen === this.arenaGen) return info.vecOff;
    const S = this.stages.length;
    const size = S * 5 * T;
    if (this.arenaTop + size > this.arena.length) {
      const b = new Float32Array(this.arena.length * 2);
      b.set(this.arena);
      this.arena = b;
    }
    const off = this.arenaTop;
    this.arenaTop += size;
    const v = this.arena;
    const keys = info.uni;
    const joint = this.joint;
    const fround = Math.fround;
    for (let o = 0; o < 5; o++) {
      // each key's slot in the joint table (one probe for every stage)
      let m = 0;
      const ke = info.uniOff[o + 1]!;
      if (this.uniSlots.length < ke - info.uniOff[o]!) {
        this.uniSlots = new Int32Array(ke - info.uniOff[o]!);
        this.rowBuf = new Int32Array(Math.max(this.rowBuf.length, ke - info.uniOff[o]!));
      }
      for (let k = info.uniOff[o]!; k < ke; k++) {
        const js = joint.slot(keys[k]!);
        if (js >= 0) this.uniSlots[m++] = js;
      }
      for (let stage = 0; stage < S; stage++) {
        // the float weights: from a model file each is fround(q * scale) of its int16 (loadStage)
        const W = this.tables[stage]!.w.weights;
        const rows = this.rowBuf;
        let nr = 0;
        for (let k = 0; k < m; k++) {
          const r = joint.row(this.uniSlots[k]!, stage);
          if (r >= 0) rows[nr++] = r * T;
        }
        // float32 sums in key order, from 0, four tags at a time: four independent chains of additions
        const so = off + stage * 5 * T + o * T;
        let t = 0;
        for (; t + 4 <= T; t += 4) {
          let e0 = 0;
          let e1 = 0;
          let e2 = 0;
          let e3 = 0;
          for (let k = 0; k < nr; k++) {
            const r = rows[k]! + t;
            e0 = fround(e0 + W[r]!);
            e1 = fround(e1 + W[r + 1]!);
            e2 = fround(e2 + W[r + 2]!);
            e3 = fround(e3 + W[r + 3]!);
          }
          v[so + t] = e0;
          v[so + t + 1] = e1;
          v[so + t + 2] = e2;
          v[so + t + 3] = e3;
        }
        for (; t < T; t++) {
          let e = 0;
          for (let k = 0; k < nr; k++) e = fround(e + W[rows[k]! + t]!);
          v[so + t] = e;
        }
      }
    }
    info.vecOff = off;
    info.vecGen = this.arenaGen;
    return off;
  }

  /** Tags one prepared sentence with one stage's weights into out (BILOU tag ids). */
  tagPrepared(p: SentencePrep, out: Uint8Array, stage = 0): void {
    const n = p.n;
    if (n === 0) return;
    this.checkArena();
    if (this.emit.length < n * T) this.emit = new Float32Array(n * T * 2);
    const emit = this.emit;
    emit.fill(0, 0, n * T);
    const table = this.tables[stage]!;
    const W = table.w.weights;
    const fz = this.featurizer;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let o = 0; o < 5; o++) {
        const vo = this.vecOf(fz.infoAt(p, i + o - 2)) + stage * 5 * T + o * T;
        const v = this.arena;
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

  /**
   * Tags the sentences of one document (document context is part of the features); `wordIds`,
   * when given, are the words' shared ids (see Featurizer.prepareDocument).
   */
  tagDocument(sentences: ReadonlyArray<ReadonlyArray<string>>, wordIds?: DocumentWordIds): Uint8Array[] {
    const preps = this.featurizer.prepareDocument(sentences, wordIds);
    if (!this.stages.every((w) => w.q)) {
      // weights not from a model file (training): the plain path
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
    this.checkArena();
    this.collectSlots(preps);
    let tags = preps.map(() => null as unknown as Uint8Array);
    for (let stage = 0; stage < this.stages.length; stage++) {
      if (stage > 0) this.featurizer.addNonLocal(preps, tags);
      let tok = 0;
      tags = preps.map((p) => {
        const out = new Uint8Array(p.n);
        this.tagWithSlots(p, out, stage, tok);
        tok += p.n;
        return out;
      });
    }
    return tags;
  }

  /** Hashes every token's first-pass context keys once and keeps their joint-table slots. */
  private collectSlots(preps: readonly SentencePrep[]): void {
    let tokens = 0;
    for (const p of preps) tokens += p.n;
    if (this.slotOff.length < tokens + 1) {
      this.slotOff = new Int32Array(tokens * 2 + 1);
      this.tokVec = new Int32Array(tokens * 2 + 1);
    }
    const tokVec = this.tokVec;
    this.padLeftVec = this.vecOf(this.featurizer.padLeft);
    this.padRightVec = this.vecOf(this.featurizer.padRight);
    const fz = this.featurizer;
    const ctx = this.ctx;
    const joint = this.joint;
    let slots = this.slots;
    const off = this.slotOff;
    let pos = 0;
    let tok = 0;
    for (const p of preps) {
      for (let i = 0; i < p.n; i++) {
        tokVec[tok] = this.vecOf(p.infos[i]!);
        off[tok++] = pos;
        if (slots.length < pos + Featurizer.MAX_CONTEXT_KEYS) {
          const b = new Int32Array(slots.length * 2);
          b.set(slots);
          slots = this.slots = b;
        }
        const m = fz.contextKeys(p, i, ctx, 0);
        for (let k = 0; k < m; k++) {
          const s = joint.slot(ctx[k]!);
          if (s >= 0) slots[pos++] = s;
        }
      }
    }
    off[tok] = pos;
  }

  /**
   * tagPrepared with the context keys' slots from collectSlots (tok: the document index of the
   * sentence's first token); the second-pass keys are added after them, as contextKeys orders them.
   * The sums are the same float32 additions in the same order as tagPrepared's.
   */
  private tagWithSlots(p: SentencePrep, out: Uint8Array, stage: number, tok: number): void {
    const n = p.n;
    if (n === 0) return;
    if (this.emit.length < n * T) this.emit = new Float32Array(n * T * 2);
    const emit = this.emit;
    const table = this.tables[stage]!;
    // the float weights (each fround(q * scale) of its int16, as loadStage made them): a load, where
    // the int16 would cost a multiply and a rounding per weight
    const W = table.w.weights;
    const joint = this.joint;
    const slots = this.slots;
    const off = this.slotOff;
    const tv = this.tokVec;
    const fz = this.featurizer;
    const ctx = this.ctx;
    const A = this.arena;
    const fround = Math.fround;
    const so = stage * 5 * T;
    const padR = this.padRightVec + so;
    let o0 = this.padLeftVec + so;
    let o1 = o0 + T;
    let o2 = tv[tok]! + so + 2 * T;
    let o3 = (n > 1 ? tv[tok + 1]! : this.padRightVec) + so + 3 * T;
    const rows = this.rowBuf;
    for (let i = 0; i < n; i++) {
      const o4 = (i + 2 < n ? tv[tok + i + 2]! + so : padR) + 4 * T;
      const base = i * T;
      // the weight rows (offsets in W) of the context keys, then of the second-pass keys
      let m = 0;
      const end = off[tok + i + 1]!;
      for (let k = off[tok + i]!; k < end; k++) {
        const r = joint.row(slots[k]!, stage);
        if (r >= 0) rows[m++] = r * T;
      }
      if (p.nl) {
        const mk = fz.nonLocalKeys(p, i, ctx, 0);
        for (let k = 0; k < mk; k++) {
          const js = joint.slot(ctx[k]!);
          if (js < 0) continue;
          const r = joint.row(js, stage);
          if (r >= 0) rows[m++] = r * T;
        }
      }
      // per tag, the float32 sums in tagPrepared's order: the window's unigram sums, then the rows
      // (four tags at a time: four independent chains of additions)
      let t = 0;
      for (; t + 4 <= T; t += 4) {
        let e0 = 0 + A[o0 + t]!;
        let e1 = 0 + A[o0 + t + 1]!;
        let e2 = 0 + A[o0 + t + 2]!;
        let e3 = 0 + A[o0 + t + 3]!;
        e0 = fround(e0 + A[o1 + t]!);
        e1 = fround(e1 + A[o1 + t + 1]!);
        e2 = fround(e2 + A[o1 + t + 2]!);
        e3 = fround(e3 + A[o1 + t + 3]!);
        e0 = fround(e0 + A[o2 + t]!);
        e1 = fround(e1 + A[o2 + t + 1]!);
        e2 = fround(e2 + A[o2 + t + 2]!);
        e3 = fround(e3 + A[o2 + t + 3]!);
        e0 = fround(e0 + A[o3 + t]!);
        e1 = fround(e1 + A[o3 + t + 1]!);
        e2 = fround(e2 + A[o3 + t + 2]!);
        e3 = fround(e3 + A[o3 + t + 3]!);
        e0 = fround(e0 + A[o4 + t]!);
        e1 = fround(e1 + A[o4 + t + 1]!);
        e2 = fround(e2 + A[o4 + t + 2]!);
        e3 = fround(e3 + A[o4 + t + 3]!);
        for (let k = 0; k < m; k++) {
          const r = rows[k]! + t;
          e0 = fround(e0 + W[r]!);
          e1 = fround(e1 + W[r + 1]!);
          e2 = fround(e2 + W[r + 2]!);
          e3 = fround(e3 + W[r + 3]!);
        }
        emit[base + t] = e0;
        emit[base + t + 1] = e1;
        emit[base + t + 2] = e2;
        emit[base + t + 3] = e3;
      }
      for (; t < T; t++) {
        let e = 0 + A[o0 + t]!;
        e = fround(e + A[o1 + t]!);
        e = fround(e + A[o2 + t]!);
        e = fround(e + A[o3 + t]!);
        e = fround(e + A[o4 + t]!);
        for (let k = 0; k < m; k++) e = fround(e + W[rows[k]! + t]!);
        emit[base + t] = e;
      }
      // the same word's weights at the next window offset
      o0 = o1 - T;
      o1 = o2 - T;
      o2 = o3 - T;
      o3 = o4 - T;
    }
    viterbi(emit, table.w.trans, table.w.end, n, out);
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
  return { keys, weights, trans: Float32Array.from(d.trans), end: Float32Array.from(d.end), q, scale: d.scale };
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
