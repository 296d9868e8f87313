/**
 * The taggers' weights of the keys over small alphabets (quotation and mark states, lexicon
 * flags, entity flags, positions, distance buckets, commas between a token and its cue), summed
 * once per combination of values when the taggers load, and of the keys of one cue (its lemma
 * and first word with the direction, distance or commas), summed once per cue: a token adds a few
 * table entries instead of hashing and looking up a dozen keys. The sums are integers, so the
 * emission scores are exactly those of the keys one by one (LinearTagger.decode's `base`); the
 * keys are the templates of cueKeys and spanKeys (features.ts), which word-sums.test.ts checks.
 */
import type { LinearTagger } from '../learn/linear.js';
import { cuePunctuation } from './decode-keys.js';
import { bucket, KeyBuf, mix, type SentPrep } from './features.js';

/** mix over a template and its values: the keys of features.ts written out. */
function key(t: number, ...xs: number[]): number {
  let h = t;
  for (const x of xs) h = mix(h, x);
  return h;
}

/** A neighbour's mark or lexicon flag (0, 1, 2, or 9 past the sentence's edge) as 0..3. */
function slot4(v: number): number {
  return v === 9 ? 3 : v;
}

/** A neighbour's entity flag (0..6, or 9 past the sentence's edge) as 0..7. */
function slot8(v: number): number {
  return v === 9 ? 7 : v;
}

/** The direction of a distance bucket (features.ts bucket): 1 before the cue, 2 after, 3 inside. */
function dirOf(db: number): number {
  return db === 0 ? 3 : db < 16 ? 2 : 1;
}

/** Distance buckets run 0..8 after the cue and 17..24 before it. */
const BUCKETS = 25;
const FLAGS4 = [0, 1, 2, 9];
const ENT_FLAGS = [0, 1, 2, 3, 4, 5, 6, 9];

/** Table `entries` × T of the sums of the keys each entry's index stands for. */
function sumTable(tagger: LinearTagger, entries: number, keysOf: (index: number) => number[]): Int32Array {
  const kb = new KeyBuf();
  kb.reset(entries);
  const off = kb.off;
  for (let e = 0; e < entries; e++) {
    off[e] = kb.pos;
    for (const k of keysOf(e)) kb.push(k);
  }
  off[entries] = kb.pos;
  const out = new Int32Array(entries * tagger.T);
  tagger.sumRows(entries, off, kb.keys, out, 0);
  return out;
}

/** The cue tagger's (T = 3) keys over small alphabets: S0, S14, S18, S20 and S22 (OWN), S15 (MARKS), S23 (FLAGS). */
export class CueContextSums {
  /** By ((((q * 2 + hasMark) * 3 + speech) * 4 + position) * 7 + entity). */
  private readonly own: Int32Array;
  /** By (prev mark slot * 3 + mark) * 4 + next mark slot. */
  private readonly marks: Int32Array;
  /** By (prev flag slot * 3 + flag) * 4 + next flag slot. */
  private readonly flags: Int32Array;

  constructor(cue: LinearTagger) {
    if (cue.T !== 3) throw new Error(`cue tagger with ${cue.T} tags`);
    this.own = sumTable(cue, 2 * 2 * 3 * 4 * 7, (e) => {
      const en = e % 7;
      const pos = Math.floor(e / 7) % 4;
      const sp = Math.floor(e / 28) % 3;
      const hm = Math.floor(e / 84) % 2;
      const q = Math.floor(e / 168);
      return [key(0, 0), key(14, q), key(18, pos), key(20, en), key(22, sp, q, hm)];
    });
    this.marks = sumTable(cue, 4 * 3 * 4, (e) => [key(15, FLAGS4[Math.floor(e / 12)]!, Math.floor(e / 4) % 3, FLAGS4[e % 4]!)]);
    this.flags = sumTable(cue, 4 * 3 * 4, (e) => [key(23, FLAGS4[Math.floor(e / 12)]!, Math.floor(e / 4) % 3, FLAGS4[e % 4]!)]);
  }

  /** Adds to base[i * 3 + tag] the sums of each token's small-alphabet cue keys. */
  add(p: SentPrep, base: Int32Array): void {
    const { n, lo, inq, mark: MK, speech: SP, ent, hasMark } = p;
    const own = this.own;
    const marks = this.marks;
    const flags = this.flags;
    for (let i = 0; i < n; i++) {
      const j = lo + i;
      const first = i === 0;
      const last = i === n - 1;
      const sp = SP[j]!;
      const pos = first ? 0 : last ? 1 : i < 3 ? 2 : 3;
      const o = ((((inq[j]! * 2 + hasMark) * 3 + sp) * 4 + pos) * 7 + ent[j]!) * 3;
      const m = ((first ? 3 : MK[j - 1]!) * 3 + MK[j]!) * 12 + (last ? 3 : MK[j + 1]!) * 3;
      const f = ((first ? 3 : SP[j - 1]!) * 3 + sp) * 12 + (last ? 3 : SP[j + 1]!) * 3;
      for (let t = 0; t < 3; t++) base[i * 3 + t]! += own[o + t]! + marks[m + t]! + flags[f + t]!;
    }
  }
}

/**
 * The span tagger's (T = 5) keys over small alphabets and of one cue: S30, S37 and S48 (NEAR),
 * S39, S46 and S50 (PUNCT), S38 (MARKS), S41 (ENTS); per cue, S35 and S45 (by direction), S36
 * (by distance bucket) and S40 (by direction and commas).
 */
export class SpanContextSums {
  /** By ((bucket * 2 + q) * 2 + (between & 1)) * 2 + the cue's q. */
  private readonly near: Int32Array;
  /** By ((((dir - 1) * 4 + commas) * 8 + between) * 2 + last) * 3 + flag. */
  private readonly punct: Int32Array;
  /** By ((dir - 1) * 3 + mark) * 16 + prev mark slot * 4 + next mark slot. */
  private readonly marks: Int32Array;
  /** By ((dir - 1) * 7 + entity) * 8 + prev entity slot. */
  private readonly ents: Int32Array;
  /** Of the cue at hand: 3 by direction, BUCKETS by bucket, 12 by (dir - 1) * 4 + commas; T each. */
  private cueSums = new Int32Array((3 + BUCKETS + 12) * 5);
  private readonly kb = new KeyBuf();

  constructor(private readonly span: LinearTagger) {
    if (span.T !== 5) throw new Error(`span tagger with ${span.T} tags`);
    this.near = sumTable(span, BUCKETS * 8, (e) => {
      const db = e >> 3;
      const q = (e >> 2) & 1;
      const b1 = (e >> 1) & 1;
      const cueInq = e & 1;
      return [key(30, db), key(37, dirOf(db), q, cueInq), key(48, db, q, b1)];
    });
    this.punct = sumTable(span, 3 * 4 * 8 * 2 * 3, (e) => {
      const sp = e % 3;
      const last = Math.floor(e / 3) % 2;
      const b = Math.floor(e / 6) % 8;
      const cm = Math.floor(e / 48) % 4;
      const dir = Math.floor(e / 192) + 1;
      return [key(39, dir, cm, b), key(46, dir, b & 4, last), key(50, dir, sp, cm)];
    });
    this.marks = sumTable(span, 3 * 3 * 16, (e) => {
      const dir = Math.floor(e / 48) + 1;
      const mk = Math.floor(e / 16) % 3;
      return [mix(key(38, dir, mk), mix(FLAGS4[e % 4]!, FLAGS4[(e >> 2) & 3]!))];
    });
    this.ents = sumTable(span, 3 * 7 * 8, (e) => [key(41, Math.floor(e / 56) + 1, Math.floor(e / 8) % 7, ENT_FLAGS[e % 8]!)]);
  }

  /**
   * Sums the keys of the cue over [cs, ce) for the directions, buckets and comma counts its
   * sentence has (the others' keys would be lookups for nothing; their sums stay unread).
   */
  private sumCue(p: SentPrep, cs: number, ce: number, cm: Uint8Array): void {
    const cueLem = p.hl[p.lo + ce - 1]!;
    const cueFirst = p.hw[p.lo + cs]!;
    const before = cs;
    const after = p.n - ce;
    const kb = this.kb;
    kb.reset(3 + BUCKETS + 12);
    const off = kb.off;
    let g = 0;
    for (let dir = 1; dir <= 3; dir++) {
      off[g++] = kb.pos;
      if (!hasDirection(dir, before, after)) continue;
      kb.push(mix(mix(35, dir), cueLem));
      kb.push(mix(mix(45, dir), cueFirst));
    }
    for (let db = 0; db < BUCKETS; db++) {
      off[g++] = kb.pos;
      if (hasBucket(db, before, after)) kb.push(mix(mix(36, db), cueLem));
    }
    // commas counted outward from the cue: 0 up to the count at the sentence's edge
    const most = [before > 0 ? cm[0]! : -1, after > 0 ? cm[p.n - 1]! : -1, 0];
    for (let dir = 1; dir <= 3; dir++) {
      for (let c = 0; c < 4; c++) {
        off[g++] = kb.pos;
        if (c <= most[dir - 1]!) kb.push(mix(mix(mix(40, dir), c), cueLem));
      }
    }
    off[g] = kb.pos;
    this.span.sumRows(g, off, kb.keys, this.cueSums, 0);
  }

  /** Adds to base[i * 5 + tag] the sums of each token's small-alphabet and cue span keys, given a cue over [cs, ce). */
  add(p: SentPrep, cs: number, ce: number, base: Int32Array): void {
    const { n, lo, inq, mark: MK, speech: SP, ent: EN } = p;
    const { cm, between } = cuePunctuation(p, cs, ce);
    this.sumCue(p, cs, ce, cm);
    const cueInq = inq[lo + cs]!;
    const near = this.near;
    const punct = this.punct;
    const marks = this.marks;
    const ents = this.ents;
    const cue = this.cueSums;
    for (let i = 0; i < n; i++) {
      const j = lo + i;
      const d = i < cs ? i - cs : i >= ce ? i - ce + 1 : 0;
      const db = bucket(d);
      const dir = d < 0 ? 1 : d > 0 ? 2 : 3;
      const first = i === 0;
      const last = i === n - 1;
      const b = between[i]!;
      const c = cm[i]!;
      const a = (((db * 2 + inq[j]!) * 2 + (b & 1)) * 2 + cueInq) * 5;
      const u = (((((dir - 1) * 4 + c) * 8 + b) * 2 + (last ? 1 : 0)) * 3 + SP[j]!) * 5;
      const m = (((dir - 1) * 3 + MK[j]!) * 16 + (first ? 3 : MK[j - 1]!) * 4 + (last ? 3 : MK[j + 1]!)) * 5;
      const e = (((dir - 1) * 7 + EN[j]!) * 8 + (first ? 7 : EN[j - 1]!)) * 5;
      const kd = (dir - 1) * 5;
      const kdb = (3 + db) * 5;
      const kc = (3 + BUCKETS + (dir - 1) * 4 + c) * 5;
      for (let t = 0; t < 5; t++) base[i * 5 + t]! += near[a + t]! + punct[u + t]! + marks[m + t]! + ents[e + t]! + cue[kd + t]! + cue[kdb + t]! + cue[kc + t]!;
    }
  }
}

/** True when some token of a sentence with `before` tokens before its cue and `after` after it lies in direction `dir` (1 before, 2 after, 3 inside). */
function hasDirection(dir: number, before: number, after: number): boolean {
  return dir === 3 || (dir === 1 ? before > 0 : after > 0);
}

/**
 * True when some token of a sentence with `before` tokens before its cue and `after` after it
 * falls in distance bucket `db`: the buckets of 1..k tokens away are all those up to bucket(k).
 */
function hasBucket(db: number, before: number, after: number): boolean {
  if (db === 0) return true;
  if (db < 16) return after >= 1 && db <= bucket(after);
  return before >= 1 && db <= bucket(-before);
}
