/**
 * Features of the learned quote taggers (src/quotes/tagger.ts): hashed string templates over the
 * tokens of one sentence. The cue tagger sees words, suffixes, shapes, context and whether a token
 * sits inside quotation marks; the span tagger (source and content of one cue) adds the distance
 * and direction to the cue, the punctuation between, the cue's word and entity mentions.
 */
import type { Entity, Token } from '../document/types.js';
import { hashKey } from '../learn/linear.js';
import { tokenWordIds, wordIdCount } from '../text/word-ids.js';
import { isSpeechVerb } from './cues.js';
import { isStanceWord } from './stance.js';
import { isParenVerb, PAREN_FLAG } from './parenthetical.js';
import { FINDING_FLAG, isFindingVerb } from './findings.js';

/**
 * The per-token arrays both taggers read, prepared once per document (src/quotes/features.ts
 * prepDocument); a sentence is a window [lo, lo + n) of them. Indices are document-wide.
 */
export interface TokenPrep {
  /** 1 when the token lies inside quotation marks (marks excluded). */
  inq: Uint8Array;
  /** 0 none, 1 opening quotation mark, 2 closing mark. */
  mark: Uint8Array;
  /**
   * Hashes of the lowercased word, its lemma, last three and two characters, and shape, as signed
   * 32-bit integers: the keys take them through `^` and Math.imul, which see the same bits, and
   * signed values stay small integers in V8 where unsigned ones above 2^31 are boxed as doubles.
   */
  hw: Int32Array;
  hl: Int32Array;
  hs3: Int32Array;
  hs2: Int32Array;
  hsh: Int32Array;
  /** 1 when the word is in the hand lexicon of speech verbs (src/quotes/cues.ts), else 2 when it is a stance or attribution word (src/quotes/stance.ts). */
  speech: Uint8Array;
  /** Punctuation class: 1 comma, 2 clause word, 4 sentence-internal stop (. ; : ? !), 8 a parenthetical speech verb (src/quotes/parenthetical.ts), 16 a finding verb (src/quotes/findings.ts); 8 and 16 are no tagger features. */
  pc: Uint8Array;
  /** Entity mention flags: 0 none, 1 PERSON start, 2 PERSON inside, 3 ORG start, 4 ORG inside, 5 other start, 6 other inside. */
  ent: Uint8Array;
  /** The word form's id: equal ids, equal word features (ids are dense, and stay valid while `wordGen` does). */
  wid: Int32Array;
  /** The generation of the word ids (it changes when the table of word forms is emptied). */
  wordGen: number;
}

/**
 * One sentence, prepared for both taggers: its tokens are [lo, lo + n) of the document's arrays
 * (one set per document rather than eleven small arrays per sentence: the allocations cost more
 * than the features).
 */
export interface SentPrep extends TokenPrep {
  lo: number;
  n: number;
  /** 1 when the sentence holds a quotation mark. */
  hasMark: number;
}

export function shapeOf(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length && out.length < 6; i++) {
    const c = s.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : c > 127 ? (s[i]!.toLowerCase() !== s[i] ? 'X' : s[i]!.toUpperCase() !== s[i] ? 'x' : s[i]!) : s[i]!;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** A crude lemma: strips -s, -es, -ed, -ing, -d. */
export function lemmaOf(l: string): string {
  if (l.length > 5 && l.endsWith('ing')) return l.slice(0, -3);
  if (l.length > 4 && l.endsWith('ied')) return `${l.slice(0, -3)}y`;
  if (l.length > 4 && l.endsWith('ies')) return `${l.slice(0, -3)}y`;
  if (l.length > 4 && l.endsWith('ed')) return l.slice(0, -2);
  if (l.length > 3 && l.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(l)) return l.slice(0, -2);
  if (l.length > 3 && l.endsWith('s') && !l.endsWith('ss')) return l.slice(0, -1);
  return l;
}

export class KeyBuf {
  keys = new Uint32Array(4096);
  pos = 0;
  off = new Int32Array(257);
  reset(n: number): void {
    this.pos = 0;
    if (this.off.length < n + 1) this.off = new Int32Array(n * 2 + 1);
  }
  /** Makes room for `m` keys from position 0. */
  ensure(m: number): void {
    if (this.keys.length < m) this.keys = new Uint32Array(m * 2);
  }
  push(k: number): void {
    if (this.pos >= this.keys.length) {
      const b = new Uint32Array(this.keys.length * 2);
      b.set(this.keys);
      this.keys = b;
    }
    this.keys[this.pos++] = k;
  }
}

/** The word hashes standing for the neighbours of a sentence's first and last tokens. */
export const BOS = 0x5b05;
export const EOS = 0xe05;

/** Combines two 32-bit values into a feature key (FNV-style over words; rows take the key's top bits after a multiplicative hash). */
export function mix(a: number, b: number): number {
  return (Math.imul(a + 0x2545f491, 0x01000193) ^ b) >>> 0;
}
/** The seed of template t: mix(t, x) === (seed(t) ^ x) >>> 0. */
export function seed(t: number): number {
  return Math.imul(t + 0x2545f491, 0x01000193);
}
/** Template seeds: mix(t, x) === (S<t> ^ x) >>> 0; the key code below inlines mix by hand (V8 stops inlining calls in long functions). */
const S0 = Math.imul(0 + 0x2545f491, 0x01000193);
const S1 = Math.imul(1 + 0x2545f491, 0x01000193);
const S2 = Math.imul(2 + 0x2545f491, 0x01000193);
const S3 = Math.imul(3 + 0x2545f491, 0x01000193);
const S4 = Math.imul(4 + 0x2545f491, 0x01000193);
const S5 = Math.imul(5 + 0x2545f491, 0x01000193);
const S6 = Math.imul(6 + 0x2545f491, 0x01000193);
const S7 = Math.imul(7 + 0x2545f491, 0x01000193);
const S8 = Math.imul(8 + 0x2545f491, 0x01000193);
const S9 = Math.imul(9 + 0x2545f491, 0x01000193);
const S10 = Math.imul(10 + 0x2545f491, 0x01000193);
const S11 = Math.imul(11 + 0x2545f491, 0x01000193);
const S12 = Math.imul(12 + 0x2545f491, 0x01000193);
const S13 = Math.imul(13 + 0x2545f491, 0x01000193);
const S14 = Math.imul(14 + 0x2545f491, 0x01000193);
const S15 = Math.imul(15 + 0x2545f491, 0x01000193);
const S16 = Math.imul(16 + 0x2545f491, 0x01000193);
const S17 = Math.imul(17 + 0x2545f491, 0x01000193);
const S18 = Math.imul(18 + 0x2545f491, 0x01000193);
const S19 = Math.imul(19 + 0x2545f491, 0x01000193);
const S20 = Math.imul(20 + 0x2545f491, 0x01000193);
const S21 = Math.imul(21 + 0x2545f491, 0x01000193);
const S22 = Math.imul(22 + 0x2545f491, 0x01000193);
const S23 = Math.imul(23 + 0x2545f491, 0x01000193);
const S24 = Math.imul(24 + 0x2545f491, 0x01000193);
const S25 = Math.imul(25 + 0x2545f491, 0x01000193);
const S26 = Math.imul(26 + 0x2545f491, 0x01000193);
const S30 = Math.imul(30 + 0x2545f491, 0x01000193);
const S31 = Math.imul(31 + 0x2545f491, 0x01000193);
const S32 = Math.imul(32 + 0x2545f491, 0x01000193);
const S33 = Math.imul(33 + 0x2545f491, 0x01000193);
const S34 = Math.imul(34 + 0x2545f491, 0x01000193);
const S35 = Math.imul(35 + 0x2545f491, 0x01000193);
const S36 = Math.imul(36 + 0x2545f491, 0x01000193);
const S37 = Math.imul(37 + 0x2545f491, 0x01000193);
const S38 = Math.imul(38 + 0x2545f491, 0x01000193);
const S39 = Math.imul(39 + 0x2545f491, 0x01000193);
const S40 = Math.imul(40 + 0x2545f491, 0x01000193);
const S41 = Math.imul(41 + 0x2545f491, 0x01000193);
const S42 = Math.imul(42 + 0x2545f491, 0x01000193);
const S43 = Math.imul(43 + 0x2545f491, 0x01000193);
const S44 = Math.imul(44 + 0x2545f491, 0x01000193);
const S45 = Math.imul(45 + 0x2545f491, 0x01000193);
const S46 = Math.imul(46 + 0x2545f491, 0x01000193);
const S47 = Math.imul(47 + 0x2545f491, 0x01000193);
const S48 = Math.imul(48 + 0x2545f491, 0x01000193);
const S49 = Math.imul(49 + 0x2545f491, 0x01000193);
const S50 = Math.imul(50 + 0x2545f491, 0x01000193);
/** The keys below are mix3(t, a, b) = mix(mix(t, a), b) and mix4(t, a, b, c) = mix(mix3(t, a, b), c), written out inline. */

const CLAUSE = new Set(['that', 'and', 'but', 'because', 'while', 'as', 'when', 'if', 'although', 'who', 'which', 'whether', 'after', 'before', 'since']);

/**
 * Cue tagger keys for every token of a sentence into `kb` (off[i]..off[i+1]); without the keys
 * of one word form alone (CUE_ROLE: the templates of cueWordKeys) when `words` is false.
 */
export function cueKeys(p: SentPrep, kb: KeyBuf, words = true): void {
  const n = p.n;
  const lo = p.lo;
  kb.reset(n);
  kb.ensure(n * CUE_KEYS);
  const keys = kb.keys;
  const off = kb.off;
  const H = p.hw;
  const HL = p.hl;
  const HS = p.hsh;
  const MK = p.mark;
  const EN = p.ent;
  const SP = p.speech;
  const hm = p.hasMark;
  let pos = 0;
  for (let i = 0; i < n; i++) {
    off[i] = pos;
    const j = lo + i;
    const w0 = H[j]!;
    const lem = HL[j]!;
    const q = p.inq[j]!;
    const first = i === 0;
    const last = i === n - 1;
    const wm1 = first ? BOS : H[j - 1]!;
    const wp1 = last ? EOS : H[j + 1]!;
    const wm2 = i < 2 ? BOS : H[j - 2]!;
    const wp2 = i + 2 >= n ? EOS : H[j + 2]!;
    const sh0 = HS[j]!;
    const lmm1 = first ? BOS : HL[j - 1]!;
    const lmp1 = last ? EOS : HL[j + 1]!;
    const mkm1 = first ? 9 : MK[j - 1]!;
    const mkp1 = last ? 9 : MK[j + 1]!;
    const enm1 = first ? 9 : EN[j - 1]!;
    const enp1 = last ? 9 : EN[j + 1]!;
    const sp0 = SP[j]!;
    keys[pos++] = ((S0 ^ (0)) >>> 0);
    if (words) {
      keys[pos++] = ((S1 ^ (w0)) >>> 0);
      keys[pos++] = ((S2 ^ (wm1)) >>> 0);
      keys[pos++] = ((S3 ^ (wp1)) >>> 0);
      keys[pos++] = ((S4 ^ (wm2)) >>> 0);
      keys[pos++] = ((S5 ^ (wp2)) >>> 0);
    }
    keys[pos++] = ((Math.imul((((S6 ^ (wm1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
    keys[pos++] = ((Math.imul((((S7 ^ (w0)) >>> 0)) + 0x2545f491, 0x01000193) ^ (wp1)) >>> 0);
    if (words) {
      keys[pos++] = ((S8 ^ (p.hs3[j]!)) >>> 0);
      keys[pos++] = ((S9 ^ (p.hs2[j]!)) >>> 0);
      keys[pos++] = ((S10 ^ (lem)) >>> 0);
      keys[pos++] = ((S11 ^ (sh0)) >>> 0);
    }
    keys[pos++] = ((Math.imul((((Math.imul((((S12 ^ (first ? BOS : HS[j - 1]!)) >>> 0)) + 0x2545f491, 0x01000193) ^ (sh0)) >>> 0)) + 0x2545f491, 0x01000193) ^ (last ? EOS : HS[j + 1]!)) >>> 0);
    if (words) {
      keys[pos++] = ((Math.imul((((S13 ^ (q)) >>> 0)) + 0x2545f491, 0x01000193) ^ (lem)) >>> 0);
    }
    keys[pos++] = ((S14 ^ (q)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S15 ^ (mkm1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (MK[j]!)) >>> 0)) + 0x2545f491, 0x01000193) ^ (mkp1)) >>> 0);
    keys[pos++] = ((Math.imul((((S16 ^ (lem)) >>> 0)) + 0x2545f491, 0x01000193) ^ (wp1)) >>> 0);
    keys[pos++] = ((Math.imul((((S17 ^ (wm1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (lem)) >>> 0);
    keys[pos++] = ((S18 ^ (first ? 0 : last ? 1 : i < 3 ? 2 : 3)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S19 ^ (lem)) >>> 0)) + 0x2545f491, 0x01000193) ^ (enm1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (enp1)) >>> 0);
    keys[pos++] = ((S20 ^ (EN[j]!)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S21 ^ (lmm1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (lem)) >>> 0)) + 0x2545f491, 0x01000193) ^ (lmp1)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S22 ^ (sp0)) >>> 0)) + 0x2545f491, 0x01000193) ^ (q)) >>> 0)) + 0x2545f491, 0x01000193) ^ (hm)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S23 ^ (first ? 9 : SP[j - 1]!)) >>> 0)) + 0x2545f491, 0x01000193) ^ (sp0)) >>> 0)) + 0x2545f491, 0x01000193) ^ (last ? 9 : SP[j + 1]!)) >>> 0);
    if (words) {
      keys[pos++] = ((Math.imul((((Math.imul((((S24 ^ (lem)) >>> 0)) + 0x2545f491, 0x01000193) ^ (hm)) >>> 0)) + 0x2545f491, 0x01000193) ^ (q)) >>> 0);
    }
    // the word with its neighbours' lexicon flags: what goes with a speech verb before or after it
    // ("has also said", "said in"; issue 6 round 4, dev cue tagger F 68.5 -> 68.9)
    if (words) {
      keys[pos++] = ((Math.imul((((S25 ^ (first ? 9 : SP[j - 1]!)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
      keys[pos++] = ((Math.imul((((S26 ^ (last ? 9 : SP[j + 1]!)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
    }
  }
  off[n] = pos;
  kb.pos = pos;
}

/**
 * The groups of cue keys that depend on one word form alone, by the role the form plays for the
 * token being tagged (cueWordKeys). A token's cue keys (cueKeys) are its context keys
 * (cueKeys with `words` false) and, from its own word form: OWN, QUOTE + (q * 2 + hasMark) * CUE_VARIANT,
 * PREV_FLAG + slot * CUE_VARIANT of the previous token's lexicon flag and NEXT_FLAG + slot * CUE_VARIANT
 * of the next one's (flagSlot); from the forms one and two before it: PREV1 and PREV2; one and
 * two after: NEXT1 and NEXT2 (BOS and EOS past the sentence's edges). The cue tagger sums each
 * form's groups once (word-sums.ts).
 */
export const CUE_ROLE = { OWN: 0, PREV1: 1, PREV2: 2, NEXT1: 3, NEXT2: 4, QUOTE: 5, PREV_FLAG: 6, NEXT_FLAG: 7 } as const;
/**
 * The four variants of QUOTE, PREV_FLAG and NEXT_FLAG interleave, so that the commonest of each
 * (outside quotes in a sentence without marks, no lexicon word on either side) sit next to OWN:
 * a token's own groups then mostly lie in the first two cache lines of its form's sums.
 */
export const CUE_VARIANT = 3;
export const CUE_WORD_ROLES = 17;

/** A lexicon flag (0, 1, 2, or 9 past the sentence's edge) as 0..3. */
export function flagSlot(flag: number): number {
  return flag === 9 ? 3 : flag;
}

/** The CUE_WORD_ROLES groups of cue keys of one word form, given its hashes, into `kb` (off[g]..off[g+1]). */
export function cueWordKeys(w0: number, lem: number, hs3: number, hs2: number, sh0: number, kb: KeyBuf): void {
  kb.reset(CUE_WORD_ROLES);
  kb.ensure(64);
  const keys = kb.keys;
  const off = kb.off;
  let pos = 0;
  // OWN
  off[0] = pos;
  keys[pos++] = ((S1 ^ (w0)) >>> 0);
  keys[pos++] = ((S8 ^ (hs3)) >>> 0);
  keys[pos++] = ((S9 ^ (hs2)) >>> 0);
  keys[pos++] = ((S10 ^ (lem)) >>> 0);
  keys[pos++] = ((S11 ^ (sh0)) >>> 0);
  // PREV1, PREV2, NEXT1, NEXT2: the form as the tagged token's neighbour
  off[1] = pos;
  keys[pos++] = ((S2 ^ (w0)) >>> 0);
  off[2] = pos;
  keys[pos++] = ((S4 ^ (w0)) >>> 0);
  off[3] = pos;
  keys[pos++] = ((S3 ^ (w0)) >>> 0);
  off[4] = pos;
  keys[pos++] = ((S5 ^ (w0)) >>> 0);
  // variant v of QUOTE (q * 2 + hm = v), PREV_FLAG and NEXT_FLAG (slot v), in the order of their groups
  for (let v = 0; v < 4; v++) {
    const q = v >> 1;
    const hm = v & 1;
    const flag = v === 3 ? 9 : v;
    off[CUE_ROLE.QUOTE + v * CUE_VARIANT] = pos;
    keys[pos++] = ((Math.imul((((S13 ^ (q)) >>> 0)) + 0x2545f491, 0x01000193) ^ (lem)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S24 ^ (lem)) >>> 0)) + 0x2545f491, 0x01000193) ^ (hm)) >>> 0)) + 0x2545f491, 0x01000193) ^ (q)) >>> 0);
    off[CUE_ROLE.PREV_FLAG + v * CUE_VARIANT] = pos;
    keys[pos++] = ((Math.imul((((S25 ^ (flag)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
    off[CUE_ROLE.NEXT_FLAG + v * CUE_VARIANT] = pos;
    keys[pos++] = ((Math.imul((((S26 ^ (flag)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
  }
  off[CUE_WORD_ROLES] = pos;
  kb.pos = pos;
}

/** Keys per token of each tagger (the buffer is sized for them up front). */
const CUE_KEYS = 27;
const SPAN_KEYS = 21;

/** Signed distance bucket: 0 inside the cue, ±1..±4 exact, then wider bands. */
export function bucket(d: number): number {
  const a = Math.abs(d);
  const b = a <= 4 ? a : a <= 7 ? 5 : a <= 12 ? 6 : a <= 20 ? 7 : 8;
  return d < 0 ? 16 + b : b;
}

let commas = new Int32Array(256);
let between = new Uint8Array(256);

/**
 * The groups of span keys that depend on one word form alone, by role (spanWordKeys): for a
 * token in direction `dir` from the cue (1 before, 2 after, 3 inside), OWN + (dir - 1) * SPAN_DIR
 * of its own form, PREV1 + (dir - 1) * SPAN_DIR of the form before it and NEXT1 + (dir - 1) *
 * SPAN_DIR of the form after it (BOS and EOS past the sentence's edges). The rest are spanKeys
 * with `words` false. (The roles of one direction sit together: the groups a token reads of its
 * form and the ones its neighbours read of it share a cache line.)
 */
export const SPAN_ROLE = { OWN: 0, PREV1: 1, NEXT1: 2 } as const;
export const SPAN_DIR = 3;
export const SPAN_WORD_ROLES = 9;

/** The SPAN_WORD_ROLES groups of span keys of one word form, given its hashes, into `kb`. */
export function spanWordKeys(w0: number, hs3: number, kb: KeyBuf): void {
  kb.reset(SPAN_WORD_ROLES);
  kb.ensure(32);
  const keys = kb.keys;
  const off = kb.off;
  let pos = 0;
  for (let dir = 1; dir <= 3; dir++) {
    off[SPAN_ROLE.OWN + (dir - 1) * SPAN_DIR] = pos;
    keys[pos++] = ((Math.imul((((S31 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
    keys[pos++] = ((Math.imul((((S47 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (hs3)) >>> 0);
    off[SPAN_ROLE.PREV1 + (dir - 1) * SPAN_DIR] = pos;
    keys[pos++] = ((Math.imul((((S32 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
    off[SPAN_ROLE.NEXT1 + (dir - 1) * SPAN_DIR] = pos;
    keys[pos++] = ((Math.imul((((S33 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
  }
  off[SPAN_WORD_ROLES] = pos;
  kb.pos = pos;
}

/**
 * Span tagger keys for every token of a sentence, given a cue over tokens [cs, ce) of it;
 * without the keys of one word form alone (SPAN_ROLE: the templates of spanWordKeys) when
 * `words` is false.
 */
export function spanKeys(p: SentPrep, cs: number, ce: number, kb: KeyBuf, words = true): void {
  const n = p.n;
  const lo = p.lo;
  kb.reset(n);
  kb.ensure(n * SPAN_KEYS);
  const keys = kb.keys;
  const off = kb.off;
  const H = p.hw;
  const MK = p.mark;
  const EN = p.ent;
  const PC = p.pc;
  const cueLem = p.hl[lo + ce - 1]!;
  const cueFirst = H[lo + cs]!;
  const cueInq = p.inq[lo + cs]!;
  if (commas.length < n) {
    commas = new Int32Array(n * 2);
    between = new Uint8Array(n * 2);
  }
  // punctuation between each token and the cue, counted outward from the cue:
  // between = quote mark (1) | clause word (2) | sentence-internal stop (4)
  let c = 0;
  let bt = 0;
  for (let i = cs - 1; i >= 0; i--) {
    commas[i] = c;
    between[i] = bt;
    const f = PC[lo + i]!;
    if (f & 1) c++;
    if (MK[lo + i]) bt |= 1;
    bt |= f & 6;
  }
  c = 0;
  bt = 0;
  for (let i = ce; i < n; i++) {
    commas[i] = c;
    between[i] = bt;
    const f = PC[lo + i]!;
    if (f & 1) c++;
    if (MK[lo + i]) bt |= 1;
    bt |= f & 6;
  }
  let pos = 0;
  for (let i = 0; i < n; i++) {
    off[i] = pos;
    const j = lo + i;
    const d = i < cs ? i - cs : i >= ce ? i - ce + 1 : 0;
    const dir = d < 0 ? 1 : d > 0 ? 2 : 3;
    const db = bucket(d);
    const w0 = H[j]!;
    const q = p.inq[j]!;
    const sh = p.hsh[j]!;
    const inCue = i >= cs && i < ce;
    const cm = inCue ? 0 : Math.min(commas[i]!, 3);
    const b = inCue ? 0 : between[i]!;
    const first = i === 0;
    const last = i === n - 1;
    const wm1 = first ? BOS : H[j - 1]!;
    const wp1 = last ? EOS : H[j + 1]!;
    keys[pos++] = ((S30 ^ (db)) >>> 0);
    if (words) {
      keys[pos++] = ((Math.imul((((S31 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
      keys[pos++] = ((Math.imul((((S32 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (wm1)) >>> 0);
      keys[pos++] = ((Math.imul((((S33 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (wp1)) >>> 0);
    }
    keys[pos++] = ((Math.imul((((S34 ^ (db)) >>> 0)) + 0x2545f491, 0x01000193) ^ (sh)) >>> 0);
    keys[pos++] = ((Math.imul((((S35 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cueLem)) >>> 0);
    keys[pos++] = ((Math.imul((((S36 ^ (db)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cueLem)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S37 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (q)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cueInq)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S38 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (MK[j]!)) >>> 0)) + 0x2545f491, 0x01000193) ^ (((Math.imul((last ? 9 : MK[j + 1]!) + 0x2545f491, 0x01000193) ^ (first ? 9 : MK[j - 1]!)) >>> 0))) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S39 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cm)) >>> 0)) + 0x2545f491, 0x01000193) ^ (b)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S40 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cm)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cueLem)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S41 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (EN[j]!)) >>> 0)) + 0x2545f491, 0x01000193) ^ (first ? 9 : EN[j - 1]!)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S42 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cueLem)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S43 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (wm1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (w0)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S44 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (sh)) >>> 0)) + 0x2545f491, 0x01000193) ^ (first ? 1 : 0)) >>> 0);
    keys[pos++] = ((Math.imul((((S45 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cueFirst)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S46 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (b & 4)) >>> 0)) + 0x2545f491, 0x01000193) ^ (last ? 1 : 0)) >>> 0);
    if (words) {
      keys[pos++] = ((Math.imul((((S47 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (p.hs3[j]!)) >>> 0);
    }
    keys[pos++] = ((Math.imul((((Math.imul((((S48 ^ (db)) >>> 0)) + 0x2545f491, 0x01000193) ^ (q)) >>> 0)) + 0x2545f491, 0x01000193) ^ (b & 1)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S49 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (wp1)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cm)) >>> 0);
    keys[pos++] = ((Math.imul((((Math.imul((((S50 ^ (dir)) >>> 0)) + 0x2545f491, 0x01000193) ^ (p.speech[j]!)) >>> 0)) + 0x2545f491, 0x01000193) ^ (cm)) >>> 0);
  }
  off[n] = pos;
  kb.pos = pos;
}

/** Per-token quotation state (0 outside, 1 inside, 2 opening mark, 3 closing mark) and the taggers' arrays of a document. */
export interface DocPrep extends TokenPrep {
  qstate: Uint8Array;
}

/** One pass over the tokens with the paired quotation marks and the entity mentions, then the words. */
export function prepDocument(tokens: readonly Token[], marks: readonly { start: number; end: number; innerStart: number; innerEnd: number; closed: boolean }[], entities: readonly Entity[]): DocPrep {
  const n = tokens.length;
  const qstate = new Uint8Array(n);
  let mi = 0;
  for (let i = 0; i < n; i++) {
    const s = tokens[i]!.start;
    while (mi < marks.length && marks[mi]!.end <= s) mi++;
    const m = marks[mi];
    if (!m || s < m.start) continue;
    // (a mark of two apostrophes is two tokens, both marks)
    qstate[i] = s < m.innerStart ? 2 : m.closed && s >= m.innerEnd ? 3 : 1;
  }
  const ms: Array<{ start: number; end: number; k: number }> = [];
  for (const e of entities) {
    const k = e.type === 'PERSON' ? 1 : e.type === 'ORG' ? 3 : 5;
    for (const m of e.mentions) ms.push({ start: m.start, end: m.end, k });
  }
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const ent = new Uint8Array(n);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    while (j < ms.length && ms[j]!.end <= t.start) j++;
    const m = ms[j];
    if (m && m.start <= t.start && t.end <= m.end) ent[i] = m.start === t.start ? m.k : m.k + 1;
  }
  return { qstate, ent, ...prepWords(tokens, qstate) };
}

/**
 * The word-form table: each form's id (by its text), and per id WORD_FIELDS integers in one
 * typed array (its hashes, lexicon flag and punctuation class; see wordFeaturesOf). An id and a
 * row of one array, rather than an object per form, keep the lookup of every token to one cache
 * line of features, and the hashes as small integers.
 */
const WORDS = new Map<string, number>();

/** Single ASCII characters (punctuation, mostly: a sixth of all tokens) by code, as id + 1 (0 not seen), skipping the map's string hashing. */
const ASCII1 = new Int32Array(128);

const WORD_FIELDS = 8;
const F_HW = 0;
const F_HL = 1;
const F_HS3 = 2;
const F_HS2 = 3;
const F_HSH = 4;
const F_SPEECH = 5;
const F_PC = 6;
let wordFeatures = new Int32Array(4096 * WORD_FIELDS);

let nextWordId = 0;
let wordGen = 0;

/** Empties the word table when full, at a document's start (a document's ids are all of one generation). */
function boundWords(): void {
  if (WORDS.size < 200_000) return;
  WORDS.clear();
  ASCII1.fill(0);
  nextWordId = 0;
  wordGen++;
}

/** Per shared word id, the form's id here + 1 (0 not looked up yet), for the generations below. */
let localByShared = new Int32Array(4096);
let localSharedGen = -1;
let localWordGen = -1;

/** localByShared with room for every shared id, emptied when either table has started over. */
function localIdsFor(sharedGen: number): Int32Array {
  if (sharedGen !== localSharedGen || wordGen !== localWordGen) {
    localByShared.fill(0);
    localSharedGen = sharedGen;
    localWordGen = wordGen;
  }
  const count = wordIdCount();
  if (localByShared.length < count) {
    const grown = new Int32Array(Math.max(count, localByShared.length * 2));
    grown.set(localByShared);
    localByShared = grown;
  }
  return localByShared;
}

/** The id of a word form, given a new id (and its features) on first sight. */
function wordId(text: string): number {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    if (c < 128) {
      const known = ASCII1[c]!;
      if (known) return known - 1;
      const id = addWord(text);
      ASCII1[c] = id + 1;
      return id;
    }
  }
  const known = WORDS.get(text);
  if (known !== undefined) return known;
  const id = addWord(text);
  WORDS.set(text, id);
  return id;
}

/** A new id with the features of `text` in its row. */
function addWord(text: string): number {
  const id = nextWordId++;
  if ((id + 1) * WORD_FIELDS > wordFeatures.length) {
    const grown = new Int32Array(wordFeatures.length * 2);
    grown.set(wordFeatures);
    wordFeatures = grown;
  }
  wordFeaturesOf(text, wordFeatures, id * WORD_FIELDS);
  return id;
}

/** The features of one word form into out[at..at + WORD_FIELDS). */
function wordFeaturesOf(text: string, out: Int32Array, at: number): void {
  const l = text.toLowerCase();
  const shape = shapeOf(text);
  // (hashes as signed integers: TokenPrep.hw)
  out[at + F_HW] = hashKey(1, l);
  out[at + F_HL] = hashKey(2, lemmaOf(l));
  out[at + F_HS3] = hashKey(3, l.length > 3 ? l.slice(-3) : l);
  out[at + F_HS2] = hashKey(4, l.length > 2 ? l.slice(-2) : l);
  out[at + F_HSH] = hashKey(5, shape);
  out[at + F_SPEECH] = isSpeechVerb(l) || l === 'according' ? 1 : isStanceWord(l) ? 2 : 0;
  out[at + F_PC] = (l === ',' ? 1 : 0) | (CLAUSE.has(l) ? 2 : 0) | (l === '.' || l === ';' || l === ':' || l === '?' || l === '!' ? 4 : 0) | (isParenVerb(l) ? PAREN_FLAG : 0) | (isFindingVerb(text) ? FINDING_FLAG : 0);
}

/** The word features of every token of a document, with its quotation state split into inside and mark. */
function prepWords(tokens: readonly Token[], qstate: Uint8Array): Omit<TokenPrep, 'ent'> {
  boundWords();
  const shared = tokenWordIds(tokens);
  const byShared = localIdsFor(shared.generation);
  const n = tokens.length;
  const wid = new Int32Array(n);
  const inq = new Uint8Array(n);
  const mark = new Uint8Array(n);
  const hw = new Int32Array(n);
  const hl = new Int32Array(n);
  const hs3 = new Int32Array(n);
  const hs2 = new Int32Array(n);
  const hsh = new Int32Array(n);
  const speech = new Uint8Array(n);
  const pc = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    // the form's id by its shared id (src/text/word-ids.ts), looked up by its text the first time
    const g = shared.ids[i]!;
    let id = byShared[g]! - 1;
    if (id < 0) {
      id = wordId(tokens[i]!.text);
      byShared[g] = id + 1;
    }
    // (read after wordId: a new form may have grown the table)
    const W = wordFeatures;
    const at = id * WORD_FIELDS;
    wid[i] = id;
    hw[i] = W[at + F_HW]!;
    hl[i] = W[at + F_HL]!;
    hs3[i] = W[at + F_HS3]!;
    hs2[i] = W[at + F_HS2]!;
    hsh[i] = W[at + F_HSH]!;
    speech[i] = W[at + F_SPEECH]!;
    pc[i] = W[at + F_PC]!;
    const m = qstate[i]!;
    inq[i] = m === 1 ? 1 : 0;
    mark[i] = m >= 2 ? m - 1 : 0;
  }
  return { inq, mark, hw, hl, hs3, hs2, hsh, speech, pc, wid, wordGen };
}

/** One sentence's tokens [lo, hi): a window onto the document's prepared arrays. */
export function prepSentence(lo: number, hi: number, dp: DocPrep): SentPrep {
  let hasMark = 0;
  for (let i = lo; i < hi; i++) if (dp.qstate[i]) hasMark = 1;
  const { inq, mark, ent, hw, hl, hs3, hs2, hsh, speech, pc, wid, wordGen } = dp;
  return { lo, n: hi - lo, inq, mark, ent, hw, hl, hs3, hs2, hsh, speech, pc, wid, wordGen, hasMark };
}
