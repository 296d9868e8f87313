/**
 * The taggers' weights of the keys that come from one word form alone (features.ts CUE_ROLE and
 * SPAN_ROLE), summed once per form instead of once per token: half a token's cue keys, and a
 * fifth of its span keys, are of its own word and its neighbours', and each is a lookup in a
 * table of megabytes that misses the CPU's caches. The sums are integers, so a token's emission
 * scores are exactly those of its keys one by one (LinearTagger.decode's `base`).
 */
import type { LinearTagger } from '../learn/linear.js';
import { BOS, CUE_ROLE, CUE_VARIANT, CUE_WORD_ROLES, cueWordKeys, EOS, flagSlot, KeyBuf, SPAN_DIR, SPAN_ROLE, SPAN_WORD_ROLES, spanWordKeys, type SentPrep } from './features.js';

/** Rows 0 and 1 stand for the sentence's edges (BOS before, EOS after); word id k is row k + 2. */
const EDGE_ROWS = 2;

/** The groups of keys of one word form (w0 word, lem lemma, hs3 and hs2 suffixes, sh0 shape). */
type WordKeys = (w0: number, lem: number, hs3: number, hs2: number, sh0: number, kb: KeyBuf) => void;

/** Per word id, the tagger's sums of each role's keys (`roles` groups of T int32s). */
export class WordSums {
  readonly stride: number;
  /** The sums, row id + EDGE_ROWS per word form. */
  sums = new Int32Array(0);
  private done = new Uint8Array(0);
  /** The word-id generation the sums belong to (features.ts TokenPrep.wordGen). */
  private gen = -1;
  private readonly kb = new KeyBuf();

  constructor(private readonly tagger: LinearTagger, readonly roles: number, private readonly keysOf: WordKeys) {
    this.stride = roles * tagger.T;
  }

  /** The row of a word id. */
  static row(id: number): number {
    return id + EDGE_ROWS;
  }

  /** Sums the roles of every word form of the sentence not summed yet in this generation. */
  prepare(p: SentPrep): void {
    if (p.wordGen !== this.gen) {
      this.gen = p.wordGen;
      this.done = new Uint8Array(0);
      this.sums = new Int32Array(0);
      this.grow(1024);
    }
    const { n, lo, wid } = p;
    for (let j = lo; j < lo + n; j++) {
      const id = wid[j]!;
      if (id >= this.done.length) this.grow(id + 1);
      if (this.done[id]) continue;
      this.sumRoles(p.hw[j]!, p.hl[j]!, p.hs3[j]!, p.hs2[j]!, p.hsh[j]!, WordSums.row(id));
      this.done[id] = 1;
    }
  }

  private sumRoles(w0: number, lem: number, hs3: number, hs2: number, sh0: number, row: number): void {
    this.keysOf(w0, lem, hs3, hs2, sh0, this.kb);
    this.tagger.sumRows(this.roles, this.kb.off, this.kb.keys, this.sums, row * this.stride);
  }

  /** Room for word ids below `ids`; the edge rows are summed on the first call. */
  private grow(ids: number): void {
    const cap = Math.max(ids, this.done.length * 2);
    const fresh = this.sums.length === 0;
    const sums = new Int32Array((cap + EDGE_ROWS) * this.stride);
    sums.set(this.sums);
    const done = new Uint8Array(cap);
    done.set(this.done);
    this.sums = sums;
    this.done = done;
    if (fresh) {
      // (only the roles of a word before the sentence are read of the BOS row, after it of the EOS row)
      this.sumRoles(BOS, 0, 0, 0, 0, 0);
      this.sumRoles(EOS, 0, 0, 0, 0, 1);
    }
  }
}

/** The cue tagger's sums (T = 3). */
export function cueWordSums(cue: LinearTagger): WordSums {
  if (cue.T !== 3) throw new Error(`cue tagger with ${cue.T} tags`);
  return new WordSums(cue, CUE_WORD_ROLES, cueWordKeys);
}

/** The span tagger's sums (T = 5). */
export function spanWordSums(span: LinearTagger): WordSums {
  if (span.T !== 5) throw new Error(`span tagger with ${span.T} tags`);
  return new WordSums(span, SPAN_WORD_ROLES, (w0, _lem, hs3, _hs2, _sh0, kb) => spanWordKeys(w0, hs3, kb));
}

/** base[i * 3 + tag]: the sums of the word-form cue keys of each token of the sentence (CUE_ROLE). */
export function cueBase(ws: WordSums, p: SentPrep, base: Int32Array): void {
  ws.prepare(p);
  const { n, lo, wid, inq, speech: SP, hasMark } = p;
  const S = ws.sums;
  const R = ws.stride;
  for (let i = 0; i < n; i++) {
    const j = lo + i;
    const own = WordSums.row(wid[j]!) * R;
    const quote = own + (CUE_ROLE.QUOTE + (inq[j]! * 2 + hasMark) * CUE_VARIANT) * 3;
    const prevFlag = own + (CUE_ROLE.PREV_FLAG + flagSlot(i === 0 ? 9 : SP[j - 1]!) * CUE_VARIANT) * 3;
    const nextFlag = own + (CUE_ROLE.NEXT_FLAG + flagSlot(i === n - 1 ? 9 : SP[j + 1]!) * CUE_VARIANT) * 3;
    const prev1 = (i >= 1 ? WordSums.row(wid[j - 1]!) : 0) * R + CUE_ROLE.PREV1 * 3;
    const prev2 = (i >= 2 ? WordSums.row(wid[j - 2]!) : 0) * R + CUE_ROLE.PREV2 * 3;
    const next1 = (i + 1 < n ? WordSums.row(wid[j + 1]!) : 1) * R + CUE_ROLE.NEXT1 * 3;
    const next2 = (i + 2 < n ? WordSums.row(wid[j + 2]!) : 1) * R + CUE_ROLE.NEXT2 * 3;
    for (let t = 0; t < 3; t++) {
      base[i * 3 + t] = S[own + t]! + S[quote + t]! + S[prevFlag + t]! + S[nextFlag + t]! + S[prev1 + t]! + S[prev2 + t]! + S[next1 + t]! + S[next2 + t]!;
    }
  }
}

/** base[i * 5 + tag]: the sums of the word-form span keys of each token, given a cue over [cs, ce) (SPAN_ROLE). */
export function spanBase(ws: WordSums, p: SentPrep, cs: number, ce: number, base: Int32Array): void {
  ws.prepare(p);
  const { n, lo, wid } = p;
  const S = ws.sums;
  const R = ws.stride;
  for (let i = 0; i < n; i++) {
    const j = lo + i;
    const d = i < cs ? 1 : i >= ce ? 2 : 3;
    const own = WordSums.row(wid[j]!) * R + (SPAN_ROLE.OWN + (d - 1) * SPAN_DIR) * 5;
    const prev1 = (i >= 1 ? WordSums.row(wid[j - 1]!) : 0) * R + (SPAN_ROLE.PREV1 + (d - 1) * SPAN_DIR) * 5;
    const next1 = (i + 1 < n ? WordSums.row(wid[j + 1]!) : 1) * R + (SPAN_ROLE.NEXT1 + (d - 1) * SPAN_DIR) * 5;
    for (let t = 0; t < 5; t++) base[i * 5 + t] = S[own + t]! + S[prev1 + t]! + S[next1 + t]!;
  }
}
