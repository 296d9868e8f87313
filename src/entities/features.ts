/**
 * Feature extraction for the tagger. Every feature is a 32-bit key mixed from a template id
 * and integer values, so the hot loop builds no strings: whatever depends on one word alone
 * (its form, shape, affixes, cluster, gazetteer bits) is computed once per word type and
 * cached in a WordInfo; the rest (word pairs, sentence and document context, gazetteer
 * phrases) is mixed per token from the cached hashes.
 */
import { Gazetteer } from './gazetteer.js';
import { hashString, mix, mix3 } from './hash.js';

export interface FeatureConfig {
  /** Word clusters from unlabelled text. */
  clusters: boolean;
  /** Gazetteer of names learned from training data. */
  gazetteer: boolean;
  /** Document context: is the word seen lowercase / capitalised mid-sentence elsewhere in the document. */
  document: boolean;
  /** How often the word is written lowercase in unlabelled text. */
  caseRatio: boolean;
  /** Name lists from compromise's lexicon (first names, surnames, places, organisations, demonyms). */
  lexicon: boolean;
  /** Longest prefix and suffix. */
  affixes: number;
  /** Word-form window: 1 or 2 tokens either side. */
  window: number;
}

export const DEFAULT_CONFIG: FeatureConfig = { clusters: true, gazetteer: true, lexicon: true, document: true, caseRatio: true, affixes: 4, window: 2 };

export interface Resources {
  /** Lowercase word -> cluster ids, one per granularity (0 = none). */
  clusters: Map<string, ArrayLike<number>>;
  /** Lowercase word -> 1..5, how often unlabelled text writes it lowercase (5 = nearly always). */
  caseBucket: Map<string, number>;
  gazetteer: Gazetteer;
  /** General name lists (see LEXICON_CATEGORIES). */
  lexicon: Gazetteer;
}

export const LEXICON_CATEGORIES = ['first', 'last', 'place', 'org', 'demonym'] as const;

export function emptyResources(): Resources {
  return { clusters: new Map(), caseBucket: new Map(), gazetteer: new Gazetteer(), lexicon: new Gazetteer(LEXICON_CATEGORIES.length) };
}

const F_UPPER_INITIAL = 1, F_ALL_UPPER = 2, F_HAS_LETTER = 4, F_ALL_LOWER = 8;

/** What the featurizer knows about one word type. */
export interface WordInfo {
  word: string;
  lw: number;
  sshape: number;
  caseB: number;
  cluster: number;
  flags: number;
  /** Keys of the features this word contributes when it is at offset o-2 from the tagged token. */
  uni: Uint32Array[];
  /**
   * Runtime cache of the model (src/entities/model.ts): where its arena holds, per stage and
   * offset, the summed weights of `uni[o]` (NUM_TAGS floats each), valid while vecGen matches.
   */
  vecOff: number;
  vecGen: number;
}

// Template ids. Unigram templates are offset by the window position.
const K_BIAS = 1, K_W = 2, K_LW = 3, K_SHAPE = 4, K_SSHAPE = 5, K_PRE = 6, K_SUF = 7, K_CL = 8, K_GAZ = 9, K_CASE = 10, K_LEN = 11, K_LEX = 12;
const C_LW_PREV = 101, C_LW_NEXT = 102, C_SH_PREV = 103, C_SH_NEXT = 104, C_SH_TRI = 105, C_FIRST_SH = 106, C_FIRST_CASE = 107;
const C_HEAD_LW = 108, C_HEAD_CL = 109, C_DOC = 110, C_GAZP = 111, C_HEAD = 112, C_FIRST_LW = 113, C_LEXP = 114, C_NL_TAG = 115, C_NL_MAJ = 116, C_NL_SUP = 117, C_NL_TAG2 = 118;

function tpl(kind: number, o: number): number {
  return kind * 8 + o;
}

function charClass(ch: string): string {
  // ASCII (one code unit): the same classes without case-mapping strings
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return c >= 48 && c <= 57 ? 'd' : c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : ch;
  }
  if (ch >= '0' && ch <= '9') return 'd';
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo !== up) return ch === up ? 'X' : 'x';
  return ch;
}

/** Long shape (runs capped at 3) and short shape (runs collapsed): "McDonald" -> "XxXxxx", "XxXx". */
export function shapes(w: string): [string, string] {
  let long = '';
  let short = '';
  let prev = '';
  let run = 0;
  for (const ch of w) {
    const c = charClass(ch);
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run <= 3) long += c;
    if (run === 1) short += c;
  }
  return [long, short];
}

export interface SentencePrep {
  n: number;
  infos: WordInfo[];
  headline: boolean;
  /** Per token: bit 0 the word is seen lowercase elsewhere in the document; bit 1 seen capitalised mid-sentence. */
  docFlags: Uint8Array;
  /** Per token and type: position in the longest gazetteer phrase covering it (see Gazetteer.match). */
  gaz: Uint8Array;
  /** The same for the lexicon's categories. */
  lex: Uint8Array;
  /**
   * Second-stage features from a first tagging pass over the whole document, or null:
   * per token [own first-pass tag, majority label of the word's other occurrences (0 none,
   * 1 O, 2+type), bitmask of (type, position) of multi-word first-pass names containing the word].
   */
  nl: Uint8Array | null;
}

export class Featurizer {
  private readonly cache = new Map<string, WordInfo>();
  readonly padLeft: WordInfo;
  readonly padRight: WordInfo;

  constructor(
    readonly resources: Resources,
    readonly config: FeatureConfig = DEFAULT_CONFIG,
  ) {
    this.padLeft = this.makeInfo('<S>', true);
    this.padRight = this.makeInfo('</S>', true);
  }

  get cacheSize(): number {
    return this.cache.size;
  }

  clearCache(): void {
    this.cache.clear();
  }

  info(word: string): WordInfo {
    let info = this.cache.get(word);
    if (!info) {
      if (this.cache.size > 400_000) this.cache.clear();
      info = this.makeInfo(word, false);
      this.cache.set(word, info);
    }
    return info;
  }

  private makeInfo(word: string, pad: boolean): WordInfo {
    const cfg = this.config;
    const lower = word.toLowerCase();
    const [long, short] = pad ? [word, word] : shapes(word);
    let flags = 0;
    const hasLetter = lower !== word.toUpperCase();
    if (hasLetter) flags |= F_HAS_LETTER;
    if (hasLetter && word === word.toUpperCase()) flags |= F_ALL_UPPER;
    if (hasLetter && word === lower) flags |= F_ALL_LOWER;
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) flags |= F_UPPER_INITIAL;
    const lw = hashString(lower);
    const sshape = hashString(short);
    const shape = hashString(long);
    const caseB = cfg.caseRatio ? (this.resources.caseBucket.get(lower) ?? 0) : 0;
    const cl = cfg.clusters ? this.resources.clusters.get(lower) : undefined;
    const gazBits = cfg.gazetteer ? (this.resources.gazetteer.tokens.get(lw) ?? 0) : 0;
    const lexBits = cfg.lexicon ? (this.resources.lexicon.tokens.get(lw) ?? 0) : 0;
    const uni: Uint32Array[] = [];
    const window = cfg.window;
    for (let o = 0; o < 5; o++) {
      const d = o - 2;
      const keys: number[] = [];
      if (Math.abs(d) > window) {
        uni.push(new Uint32Array(0));
        continue;
      }
      keys.push(mix(tpl(K_LW, o), lw), mix(tpl(K_SSHAPE, o), sshape));
      if (Math.abs(d) <= 1) {
        keys.push(mix(tpl(K_SHAPE, o), shape));
        if (cl) for (let g = 0; g < cl.length; g++) if (cl[g]) keys.push(mix3(tpl(K_CL, o), g, cl[g]!));
        for (let b = 0; b < 16; b++) if (gazBits & (1 << b)) keys.push(mix3(tpl(K_GAZ, o), b, (flags & F_UPPER_INITIAL) | 2));
        for (let b = 0; b < 16; b++) if (lexBits & (1 << b)) keys.push(mix3(tpl(K_LEX, o), b, (flags & F_UPPER_INITIAL) | 2));
        if (caseB) keys.push(mix3(tpl(K_CASE, o), caseB, flags));
      } else if (cl && cl[0]) {
        keys.push(mix3(tpl(K_CL, o), 0, cl[0]));
      }
      if (d === 0) {
        keys.push(mix(tpl(K_BIAS, o), 1), mix(tpl(K_W, o), hashString(word)), mix(tpl(K_LEN, o), Math.min(word.length, 12)));
        if (!pad) {
          for (let k = 1; k <= cfg.affixes && k < lower.length; k++) {
            keys.push(mix3(tpl(K_PRE, o), k, hashString(lower.slice(0, k))));
            keys.push(mix3(tpl(K_SUF, o), k, hashString(lower.slice(-k))));
          }
        }
      }
      uni.push(Uint32Array.from(keys));
    }
    return { word, lw, sshape, caseB, cluster: cl?.[1] ?? 0, flags, uni, vecOff: 0, vecGen: 0 };
  }

  /** Looks up the words of a document's sentences and computes sentence and document context. */
  prepareDocument(sentences: ReadonlyArray<ReadonlyArray<string>>): SentencePrep[] {
    const preps: SentencePrep[] = [];
    const lowerSeen = new Set<number>();
    const capMid = new Set<number>();
    for (const words of sentences) {
      const n = words.length;
      const infos: WordInfo[] = new Array(n);
      let letters = 0;
      let lowerTokens = 0;
      for (let i = 0; i < n; i++) {
        const info = this.info(words[i]!);
        infos[i] = info;
        if (info.flags & F_HAS_LETTER) {
          letters += words[i]!.length;
          if (!(info.flags & F_ALL_UPPER)) lowerTokens++;
        }
      }
      const headline = lowerTokens === 0 && letters >= 4;
      preps.push({ n, infos, headline, docFlags: new Uint8Array(n), gaz: new Uint8Array(n * 4), lex: new Uint8Array(n * LEXICON_CATEGORIES.length), nl: null });
      if (this.config.document && !headline) {
        for (let i = 0; i < n; i++) {
          const f = infos[i]!.flags;
          if (f & F_ALL_LOWER) lowerSeen.add(infos[i]!.lw);
          else if (i > 0 && f & F_UPPER_INITIAL && !(f & F_ALL_UPPER)) capMid.add(infos[i]!.lw);
        }
      }
    }
    let lws = new Uint32Array(64);
    let caps = new Uint8Array(64);
    for (const p of preps) {
      if (this.config.document) {
        for (let i = 0; i < p.n; i++) {
          const info = p.infos[i]!;
          if (!(info.flags & F_UPPER_INITIAL)) continue;
          p.docFlags[i] = 4 | (lowerSeen.has(info.lw) ? 1 : 0) | (capMid.has(info.lw) ? 2 : 0);
        }
      }
      if (this.config.gazetteer || this.config.lexicon) {
        if (lws.length < p.n) {
          lws = new Uint32Array(p.n * 2);
          caps = new Uint8Array(p.n * 2);
        }
        for (let i = 0; i < p.n; i++) {
          const info = p.infos[i]!;
          lws[i] = info.lw;
          caps[i] = info.flags & F_UPPER_INITIAL || /^\d/.test(info.word) ? 1 : 0;
        }
        if (this.config.gazetteer) this.resources.gazetteer.match(lws, caps, p.n, p.gaz);
        if (this.config.lexicon) this.resources.lexicon.match(lws, caps, p.n, p.lex);
      }
    }
    return preps;
  }

  infoAt(p: SentencePrep, j: number): WordInfo {
    return j < 0 ? this.padLeft : j >= p.n ? this.padRight : p.infos[j]!;
  }

  /** Writes the keys of the features that depend on more than one word; returns the new end. */
  contextKeys(p: SentencePrep, i: number, out: Uint32Array, pos: number): number {
    const cur = p.infos[i]!;
    const prev = this.infoAt(p, i - 1);
    const next = this.infoAt(p, i + 1);
    out[pos++] = mix(mix(C_LW_PREV, prev.lw), cur.lw);
    out[pos++] = mix(mix(C_LW_NEXT, cur.lw), next.lw);
    out[pos++] = mix(mix(C_SH_PREV, prev.sshape), cur.sshape);
    out[pos++] = mix(mix(C_SH_NEXT, cur.sshape), next.sshape);
    out[pos++] = mix(mix(mix(C_SH_TRI, prev.sshape), cur.sshape), next.sshape);
    if (i === 0) {
      out[pos++] = mix(C_FIRST_SH, cur.sshape);
      out[pos++] = mix(C_FIRST_CASE, cur.caseB);
      out[pos++] = mix(C_FIRST_LW, cur.lw);
    }
    if (p.headline) {
      out[pos++] = mix(C_HEAD, 1);
      out[pos++] = mix(C_HEAD_LW, cur.lw);
      if (cur.cluster) out[pos++] = mix(C_HEAD_CL, cur.cluster);
    }
    const df = p.docFlags[i]!;
    if (df) out[pos++] = mix3(C_DOC, df | (i === 0 ? 8 : 0) | (p.headline ? 16 : 0), cur.sshape);
    for (let t = 0; t < 4; t++) {
      const g = p.gaz[i * 4 + t]!;
      if (g) out[pos++] = mix(C_GAZP, t * 8 + g);
    }
    const NL = LEXICON_CATEGORIES.length;
    for (let t = 0; t < NL; t++) {
      const g = p.lex[i * NL + t]!;
      if (g) out[pos++] = mix(C_LEXP, t * 8 + g);
    }
    return p.nl ? this.nonLocalKeys(p, i, out, pos) : pos;
  }

  /** The second-pass keys of token i (from `p.nl`, which must be set): the tail of contextKeys. */
  nonLocalKeys(p: SentencePrep, i: number, out: Uint32Array, pos: number): number {
    const cur = p.infos[i]!;
    const nl = p.nl;
    if (nl) {
      const b = i * 3;
      out[pos++] = mix(C_NL_TAG, nl[b]!);
      out[pos++] = mix3(C_NL_TAG2, i > 0 ? nl[b - 3]! : 255, i + 1 < p.n ? nl[b + 3]! : 255);
      if (nl[b + 1]) out[pos++] = mix3(C_NL_MAJ, nl[b + 1]!, cur.flags & (F_UPPER_INITIAL | F_ALL_UPPER));
      const sup = nl[b + 2]!;
      for (let k = 0; k < 8; k++) if (sup & (1 << k)) out[pos++] = mix3(C_NL_SUP, k, cur.flags & F_UPPER_INITIAL);
    }
    return pos;
  }

  /**
   * Fills each sentence's `nl` from first-pass tags of the whole document: the word's own
   * tag, the majority label of its other capitalised occurrences, and whether it is the first
   * or a later word of a multi-word name found elsewhere (which makes a lone surname a person).
   */
  addNonLocal(preps: SentencePrep[], tags: ReadonlyArray<ArrayLike<number>>): void {
    const counts = new Map<number, Int32Array>();
    const sup = new Map<number, number>();
    preps.forEach((p, si) => {
      const t = tags[si]!;
      let start = -1;
      for (let i = 0; i < p.n; i++) {
        const info = p.infos[i]!;
        const tag = t[i]!;
        const type = tag === 0 ? -1 : (tag - 1) >> 2;
        const posn = tag === 0 ? -1 : (tag - 1) & 3;
        if (info.flags & F_UPPER_INITIAL) {
          let c = counts.get(info.lw);
          if (!c) counts.set(info.lw, (c = new Int32Array(5)));
          c[type + 1]!++;
        }
        if (posn === 0) start = i;
        if (posn === 2 && start >= 0) {
          for (let k = start; k <= i; k++) {
            const where = k === start ? 0 : 1;
            const lw = p.infos[k]!.lw;
            sup.set(lw, (sup.get(lw) ?? 0) | (1 << (type * 2 + where)));
          }
          start = -1;
        }
        if (posn === 3 || tag === 0) start = -1;
      }
    });
    preps.forEach((p, si) => {
      const t = tags[si]!;
      const nl = new Uint8Array(p.n * 3);
      for (let i = 0; i < p.n; i++) {
        const info = p.infos[i]!;
        const tag = t[i]!;
        nl[i * 3] = tag;
        const c = counts.get(info.lw);
        if (c && info.flags & F_UPPER_INITIAL) {
          const own = tag === 0 ? 0 : ((tag - 1) >> 2) + 1;
          let best = -1;
          let arg = 0;
          for (let k = 0; k < 5; k++) {
            const v = c[k]! - (k === own ? 1 : 0);
            if (v > best) {
              best = v;
              arg = k;
            }
          }
          if (best > 0) nl[i * 3 + 1] = arg + 1;
        }
        nl[i * 3 + 2] = sup.get(info.lw) ?? 0;
      }
      p.nl = nl;
    });
  }

  /** Upper bound of context keys per token. */
  static readonly MAX_CONTEXT_KEYS = 48;
}
