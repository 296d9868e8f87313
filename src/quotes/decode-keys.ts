/**
 * The keys the quote taggers still look up one by one when decoding (src/quotes/tagger.ts): those
 * of a token's cue and span keys (features.ts cueKeys, spanKeys) that neither one word form alone
 * (word-sums.ts) nor small alphabets and the cue (context-sums.ts) decide. Written out by hand as
 * in features.ts; word-sums.test.ts checks that the three parts add up to every key.
 */
import { BOS, bucket, EOS, KeyBuf, seed, type SentPrep } from './features.js';

const S6 = seed(6);
const S7 = seed(7);
const S12 = seed(12);
const S16 = seed(16);
const S17 = seed(17);
const S19 = seed(19);
const S21 = seed(21);
const S34 = seed(34);
const S42 = seed(42);
const S43 = seed(43);
const S44 = seed(44);
const S49 = seed(49);

/**
 * The cue keys of a sentence that neither one word form alone (cueWordKeys) nor values of a
 * small alphabet (context-sums.ts) decide: pairs and triples of words, lemmas and shapes, the
 * lemma with its neighbours' entity flags. With cueBase and cueContextBase, every key of cueKeys.
 */
export function cueRestKeys(p: SentPrep, kb: KeyBuf): void {
  const n = p.n;
  const lo = p.lo;
  kb.reset(n);
  kb.ensure(n * CUE_REST_KEYS);
  const keys = kb.keys;
  const off = kb.off;
  const H = p.hw;
  const HL = p.hl;
  const HS = p.hsh;
  const EN = p.ent;
  let pos = 0;
  for (let i = 0; i < n; i++) {
    off[i] = pos;
    const j = lo + i;
    const w0 = H[j]!;
    const lem = HL[j]!;
    const first = i === 0;
    const last = i === n - 1;
    const wm1 = first ? BOS : H[j - 1]!;
    const wp1 = last ? EOS : H[j + 1]!;
    const sh0 = HS[j]!;
    const lmm1 = first ? BOS : HL[j - 1]!;
    const lmp1 = last ? EOS : HL[j + 1]!;
    const enm1 = first ? 9 : EN[j - 1]!;
    const enp1 = last ? 9 : EN[j + 1]!;
    keys[pos++] = ((Math.imul((((S6 ^ (wm1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
    keys[pos++] = ((Math.imul((((S7 ^ (w0)) >>> 0)) + 0x2545f491, 0x01000193) ^ (wp1)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S12 ^ (first ? BOS : HS[j - 1]!)) >>> 0)) + 0x2545f491, 0x01000193) ^ (sh0)) >>> 0)) + 0x2545f491, 0x01000193) ^ (last ? EOS : HS[j + 1]!)) >>> 0);
    keys[pos++] = ((Math.imul((((S16 ^ (lem)) >>> 0)) + 0x2545f491, 0x01000193) ^ (wp1)) >>> 0);
    keys[pos++] = ((Math.imul((((S17 ^ (wm1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (lem)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S19 ^ (lem)) >>> 0)) + 0x2545f491, 0x01000193) ^ (enm1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (enp1)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S21 ^ (lmm1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (lem)) >>> 0)) + 0x2545f491, 0x01000193) ^ (lmp1)) >>> 0);
  }
  off[n] = pos;
  kb.pos = pos;
}

/**
 * The span keys of a sentence, given a cue over [cs, ce), that neither one word form alone
 * (spanWordKeys) nor small alphabets and the cue (context-sums.ts) decide: the distance with the
 * shape, the word with the cue's lemma or the word before it, the shape at the sentence's start,
 * the next word with the commas between. With spanBase and spanContextBase, every key of spanKeys.
 */
export function spanRestKeys(p: SentPrep, cs: number, ce: number, kb: KeyBuf): void {
  const n = p.n;
  const lo = p.lo;
  kb.reset(n);
  kb.ensure(n * SPAN_REST_KEYS);
  const keys = kb.keys;
  const off = kb.off;
  const H = p.hw;
  const HS = p.hsh;
  const cueLem = p.hl[lo + ce - 1]!;
  const cm = cuePunctuation(p, cs, ce).cm;
  let pos = 0;
  for (let i = 0; i < n; i++) {
    off[i] = pos;
    const j = lo + i;
    const d = i < cs ? i - cs : i >= ce ? i - ce + 1 : 0;
    const dir = d < 0 ? 1 : d > 0 ? 2 : 3;
    const db = bucket(d);
    const w0 = H[j]!;
    const sh = HS[j]!;
    const first = i === 0;
    const wm1 = first ? BOS : H[j - 1]!;
    const wp1 = i === n - 1 ? EOS : H[j + 1]!;
    keys[pos++] = ((Math.imul((((S34 ^ (db)) >>> 0)) + 0x2545f491, 0x01000193) ^ (sh)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S42 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cueLem)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S43 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (wm1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S44 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (sh)) >>> 0)) + 0x2545f491, 0x01000193) ^ (first ? 1 : 0)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S49 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (wp1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cm[i]!)) >>> 0);
  }
  off[n] = pos;
  kb.pos = pos;
}

/** Per token of a sentence, spanKeys's `cm` and `b` for one cue: cuePunctuation. */
export interface CuePunctuation {
  /** The commas between the token and the cue, at most 3 (0 inside the cue). */
  cm: Uint8Array;
  /** What lies between: quote mark 1 | clause word 2 | sentence-internal stop 4 (0 inside the cue). */
  between: Uint8Array;
}

const punctuation: CuePunctuation = { cm: new Uint8Array(256), between: new Uint8Array(256) };

/**
 * The punctuation between each token of a sentence and the cue over [cs, ce), counted outward
 * from the cue as spanKeys counts it (which keeps its own loop: the templates it trains on are
 * the reference the split keys are tested against). Shared buffers, valid until the next call.
 */
export function cuePunctuation(p: SentPrep, cs: number, ce: number): CuePunctuation {
  const n = p.n;
  const lo = p.lo;
  if (punctuation.cm.length < n) {
    punctuation.cm = new Uint8Array(n * 2);
    punctuation.between = new Uint8Array(n * 2);
  }
  const { cm, between } = punctuation;
  const PC = p.pc;
  const MK = p.mark;
  let c = 0;
  let bt = 0;
  for (let i = cs - 1; i >= 0; i--) {
    cm[i] = c < 3 ? c : 3;
    between[i] = bt;
    const f = PC[lo + i]!;
    if (f & 1) c++;
    if (MK[lo + i]) bt |= 1;
    bt |= f & 6;
  }
  for (let i = cs; i < ce; i++) {
    cm[i] = 0;
    between[i] = 0;
  }
  c = 0;
  bt = 0;
  for (let i = ce; i < n; i++) {
    cm[i] = c < 3 ? c : 3;
    between[i] = bt;
    const f = PC[lo + i]!;
    if (f & 1) c++;
    if (MK[lo + i]) bt |= 1;
    bt |= f & 6;
  }
  return punctuation;
}

/** Keys per token of cueRestKeys and spanRestKeys. */
const CUE_REST_KEYS = 7;
const SPAN_REST_KEYS = 5;
