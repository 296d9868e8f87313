/**
 * Feature extraction for the tagger. Every feature is a 32-bit key mixed from a template id
 * and integer values, so the hot loop builds no strings: whatever depends on one word alone
 * (its form, shape, affixes, cluster, gazetteer bits) is computed once per word type and
 * cached in a WordInfo; the rest (word pairs, sentence and document context, gazetteer
 * phrases) is mixed per token from the cached hashes.
 */
import { Gazetteer } from './gazetteer.js';
import { hashString, mix, mix3 } from './hash.js';
import { KeyIndex } from './keyindex.js';
import { wordIdCount } from '../text/word-ids.js';

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
  /** 1 when the word starts with an ASCII digit (/^\d/), for the gazetteer's capitalisation test. */
  digit: number;
  /**
   * Keys of the features this word contributes when it is at offset o-2 from the tagged token:
   * uni[uniOff[o] .. uniOff[o+1]), o = 0..4 (`uni` is a chunk shared by many words).
   */
  uni: Uint32Array;
  uniOff: number[];
  /**
   * Runtime cache of the model (src/entities/model.ts): where its arena holds, per stage and
   * offset, the summed weights of the offset's `uni` keys (NUM_TAGS floats each), valid while vecGen matches.
   */
  vecOff: number;
  vecGen: number;
  /** contextKeys' first mixes of this word as the earlier word of a pair: mix(C_LW_PREV, lw), mix(C_LW_NEXT, lw), and the same for shapes and the shape trigram. */
  hLwPrev: number;
  hLwNext: number;
  hShPrev: number;
  hShNext: number;
  hShTri: number;
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

/** hashString of the long and short shapes, set by shapeHashes. */
let longHash = 0;
let shortHash = 0;

/** One FNV-1a step (hashString's) over a code unit. */
function fnv(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/**
 * hashString(shapes(w)[0]) and hashString(shapes(w)[1]) into longHash and shortHash, without
 * building the shape strings: the classes of charClass as numbers (the code of 'd', 'X' or 'x',
 * else the character's own code point), hashed by their UTF-16 code units.
 */
function shapeHashes(w: string): void {
  let hl = 0x811c9dc5;
  let hs = 0x811c9dc5;
  let prev = -1;
  let run = 0;
  const n = w.length;
  for (let i = 0; i < n; ) {
    const c = w.charCodeAt(i);
    let cls: number;
    let len = 1;
    if (c < 128) cls = c >= 48 && c <= 57 ? 100 : c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c;
    else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = w.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) len = 2;
      }
      const k = charClass(len === 1 ? w.charAt(i) : w.slice(i, i + 2));
      cls = k.length === 1 ? k.charCodeAt(0) : k.codePointAt(0)!;
    }
    run = cls === prev ? run + 1 : 1;
    prev = cls;
    if (run <= 3) {
      if (cls > 0xffff) {
        hl = fnv(fnv(hl, c), w.charCodeAt(i + 1));
      } else hl = fnv(hl, cls);
    }
    if (run === 1) {
      if (cls > 0xffff) {
        hs = fnv(fnv(hs, c), w.charCodeAt(i + 1));
      } else hs = fnv(hs, cls);
    }
    i += len;
  }
  longHash = hl >>> 0;
  shortHash = hs >>> 0;
}

/** Keys of one window offset of one word, at most, with the default config (model buffers start this big). */
export const UNI_MAX = 512;
const UNI_CHUNK = 1 << 16;
/** The chunk makeInfo writes words' keys into, and its fill. A full chunk is left to the words that use it. */
let uniChunk = new Uint32Array(UNI_CHUNK);
let uniTop = 0;

/** hashString(s.slice(a, b)) without the slice. */
function hashRange(s: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface SentencePrep {
  n: number;
  infos: WordInfo[];
  headline: boolean;
  /**
   * The document index of the sentence's first token: the arrays below are the whole
   * document's (shared by its sentences), token i of the sentence at index tok + i.
   */
  tok: number;
  /** Per token: bit 0 the word is seen lowercase elsewhere in the document; bit 1 seen capitalised mid-sentence. */
  docFlags: Uint8Array;
  /** Per token and type (4 a token): position in the longest gazetteer phrase covering it (see Gazetteer.match). */
  gaz: Uint8Array;
  /** The same for the lexicon's categories (LEXICON_CATEGORIES.length a token). */
  lex: Uint8Array;
  /**
   * Second-stage features from a first tagging pass over the whole document, or null:
   * per token (3 a token) [own first-pass tag, majority label of the word's other occurrences
   * (0 none, 1 O, 2+type), bitmask of (type, position) of multi-word first-pass names containing the word].
   */
  nl: Uint8Array | null;
}

/**
 * The shared word ids (src/text/word-ids.ts) of a document's words, in the order prepareDocument
 * reads them (sentence after sentence), and the generation they belong to.
 */
export interface DocumentWordIds {
  ids: Int32Array;
  generation: number;
}

export class Featurizer {
  private readonly cache = new Map<string, WordInfo>();
  /** prepareDocument's per-document set of lowercase-word hashes, bits in docBits (1 seen lowercase, 2 capitalised mid-sentence). */
  private readonly docIndex = new KeyIndex();
  private docBits = new Uint8Array(1024);
  /** addNonLocal's per-document tallies by lowercase-word hash: 5 label counts and the name-position bits. */
  private readonly nlIndex = new KeyIndex();
  private nlCounts = new Int32Array(5 * 1024);
  private nlSup = new Int32Array(1024);
  readonly padLeft: WordInfo;
  readonly padRight: WordInfo;
  /** Word infos by shared word id, for the id generation `byIdGen` (see infoOfId). */
  private byId: Array<WordInfo | undefined> = [];
  private byIdGen = -1;

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

  /** info(word) for a word whose shared id is `id`: an array read once the id has been seen. */
  private infoOfId(word: string, id: number): WordInfo {
    let info = this.byId[id];
    if (info === undefined) {
      info = this.info(word);
      this.byId[id] = info;
    }
    return info;
  }

  /** Makes room in byId for every id of the current generation (undefined: not looked up yet). */
  private prepareIds(wordIds: DocumentWordIds): void {
    if (wordIds.generation !== this.byIdGen) {
      this.byId = [];
      this.byIdGen = wordIds.generation;
    }
    const count = wordIdCount();
    while (this.byId.length < count) this.byId.push(undefined);
  }

  private makeInfo(word: string, pad: boolean): WordInfo {
    const cfg = this.config;
    const lower = word.toLowerCase();
    if (pad) longHash = shortHash = hashString(word);
    else shapeHashes(word);
    let flags = 0;
    const hasLetter = lower !== word.toUpperCase();
    if (hasLetter) flags |= F_HAS_LETTER;
    if (hasLetter && word === word.toUpperCase()) flags |= F_ALL_UPPER;
    if (hasLetter && word === lower) flags |= F_ALL_LOWER;
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) flags |= F_UPPER_INITIAL;
    const lw = hashString(lower);
    const sshape = shortHash;
    const shape = longHash;
    const caseB = cfg.caseRatio ? (this.resources.caseBucket.get(lower) ?? 0) : 0;
    const cl = cfg.clusters ? this.resources.clusters.get(lower) : undefined;
    const gazBits = cfg.gazetteer ? this.resources.gazetteer.tokenTypes(lw) : 0;
    const lexBits = cfg.lexicon ? this.resources.lexicon.tokenTypes(lw) : 0;
    // every offset's keys, one after another in the current chunk (room: the most makeInfo writes)
    const room = 5 * (4 + (cl ? cl.length : 0) + 32) + 3 + 2 * cfg.affixes;
    if (uniTop + room > uniChunk.length) {
      uniChunk = new Uint32Array(Math.max(UNI_CHUNK, room));
      uniTop = 0;
    }
    const buf = uniChunk;
    let pos = uniTop;
    const uniOff = [pos];
    const window = cfg.window;
    for (let o = 0; o < 5; o++) {
      const d = o - 2;
      if (Math.abs(d) > window) {
        uniOff.push(pos);
        continue;
      }
      buf[pos++] = mix(tpl(K_LW, o), lw);
      buf[pos++] = mix(tpl(K_SSHAPE, o), sshape);
      if (Math.abs(d) <= 1) {
        buf[pos++] = mix(tpl(K_SHAPE, o), shape);
        if (cl) for (let g = 0; g < cl.length; g++) if (cl[g]) buf[pos++] = mix3(tpl(K_CL, o), g, cl[g]!);
        for (let b = 0; b < 16; b++) if (gazBits & (1 << b)) buf[pos++] = mix3(tpl(K_GAZ, o), b, (flags & F_UPPER_INITIAL) | 2);
        for (let b = 0; b < 16; b++) if (lexBits & (1 << b)) buf[pos++] = mix3(tpl(K_LEX, o), b, (flags & F_UPPER_INITIAL) | 2);
        if (caseB) buf[pos++] = mix3(tpl(K_CASE, o), caseB, flags);
      } else if (cl && cl[0]) {
        buf[pos++] = mix3(tpl(K_CL, o), 0, cl[0]);
      }
      if (d === 0) {
        buf[pos++] = mix(tpl(K_BIAS, o), 1);
        buf[pos++] = mix(tpl(K_W, o), hashString(word));
        buf[pos++] = mix(tpl(K_LEN, o), Math.min(word.length, 12));
        if (!pad) {
          const L = lower.length;
          let hp = 0x811c9dc5;
          for (let k = 1; k <= cfg.affixes && k < L; k++) {
            // the prefix hash runs on by one code unit; the suffix is hashed afresh (k <= affixes)
            hp = Math.imul(hp ^ lower.charCodeAt(k - 1), 0x01000193);
            buf[pos++] = mix3(tpl(K_PRE, o), k, hp >>> 0);
            buf[pos++] = mix3(tpl(K_SUF, o), k, hashRange(lower, L - k, L));
          }
        }
      }
      uniOff.push(pos);
    }
    const uni = buf;
    uniTop = pos;
    const c0 = word.charCodeAt(0);
    const digit = c0 >= 48 && c0 <= 57 ? 1 : 0;
    return {
      word,
      lw,
      sshape,
      caseB,
      cluster: cl?.[1] ?? 0,
      flags,
      digit,
      uni,
      uniOff,
      vecOff: 0,
      vecGen: 0,
      hLwPrev: mix(C_LW_PREV, lw),
      hLwNext: mix(C_LW_NEXT, lw),
      hShPrev: mix(C_SH_PREV, sshape),
      hShNext: mix(C_SH_NEXT, sshape),
      hShTri: mix(C_SH_TRI, sshape),
    };
  }

  /**
   * Looks up the words of a document's sentences and computes sentence and document context.
   * (Each pass is a method of its own so that the JIT compiles them apart: compiled as one, a
   * deoptimisation in any pass recompiled all of them.)
   */
  prepareDocument(sentences: ReadonlyArray<ReadonlyArray<string>>, wordIds?: DocumentWordIds): SentencePrep[] {
    const preps: SentencePrep[] = [];
    if (wordIds) this.prepareIds(wordIds);
    const seen = this.docIndex;
    seen.reset();
    let total = 0;
    for (const words of sentences) total += words.length;
    const NL = LEXICON_CATEGORIES.length;
    const docFlags = new Uint8Array(total);
    const gaz = new Uint8Array(total * 4);
    const lex = new Uint8Array(total * NL);
    let tok = 0;
    for (const words of sentences) {
      const p = this.sentencePrep(words, tok, docFlags, gaz, lex, wordIds);
      preps.push(p);
      tok += p.n;
      if (this.config.document && !p.headline) this.markSentenceWords(p.infos);
    }
    this.matchDocument(preps);
    return preps;
  }

  /** A sentence's word infos; a headline is all capitals. */
  private sentencePrep(words: ReadonlyArray<string>, tok: number, docFlags: Uint8Array, gaz: Uint8Array, lex: Uint8Array, wordIds: DocumentWordIds | undefined): SentencePrep {
    const n = words.length;
    const infos: WordInfo[] = new Array(n);
    let letters = 0;
    let lowerTokens = 0;
    const ids = wordIds?.ids;
    for (let i = 0; i < n; i++) {
      const info = ids ? this.infoOfId(words[i]!, ids[tok + i]!) : this.info(words[i]!);
      infos[i] = info;
      if (info.flags & F_HAS_LETTER) {
        letters += words[i]!.length;
        if (!(info.flags & F_ALL_UPPER)) lowerTokens++;
      }
    }
    const headline = lowerTokens === 0 && letters >= 4;
    return { n, infos, headline, tok, docFlags, gaz, lex, nl: null };
  }

  /** Marks how the sentence writes each word: lowercase (1), or capitalised mid-sentence (2). */
  private markSentenceWords(infos: readonly WordInfo[]): void {
    for (let i = 0; i < infos.length; i++) {
      const f = infos[i]!.flags;
      if (f & F_ALL_LOWER) this.markSeen(infos[i]!.lw, 1);
      else if (i > 0 && f & F_UPPER_INITIAL && !(f & F_ALL_UPPER)) this.markSeen(infos[i]!.lw, 2);
    }
  }

  /** The document flags of capitalised words, and the gazetteer's and the lexicon's matches. */
  private matchDocument(preps: readonly SentencePrep[]): void {
    const seen = this.docIndex;
    const NL = LEXICON_CATEGORIES.length;
    let lws = new Uint32Array(64);
    let caps = new Uint8Array(64);
    for (const p of preps) {
      if (this.config.document) {
        for (let i = 0; i < p.n; i++) {
          const info = p.infos[i]!;
          if (!(info.flags & F_UPPER_INITIAL)) continue;
          const j = seen.get(info.lw);
          p.docFlags[p.tok + i] = 4 | (j >= 0 ? this.docBits[j]! : 0);
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
          caps[i] = info.flags & F_UPPER_INITIAL || info.digit ? 1 : 0;
        }
        if (this.config.gazetteer) this.resources.gazetteer.match(lws, caps, p.n, p.gaz, p.tok * 4);
        if (this.config.lexicon) this.resources.lexicon.match(lws, caps, p.n, p.lex, p.tok * NL);
      }
    }
  }

  private markSeen(lw: number, bit: number): void {
    const before = this.docIndex.size;
    const j = this.docIndex.add(lw);
    if (j >= this.docBits.length) {
      const b = new Uint8Array(this.docBits.length * 2);
      b.set(this.docBits);
      this.docBits = b;
    }
    if (j === before) this.docBits[j] = bit;
    else this.docBits[j]! |= bit;
  }

  /** addNonLocal's number of a word hash, its tallies zeroed when new. */
  private nlId(lw: number): number {
    const ix = this.nlIndex;
    const before = ix.size;
    const j = ix.add(lw);
    if (j === before) {
      if (j >= this.nlSup.length) {
        const s = new Int32Array(this.nlSup.length * 2);
        s.set(this.nlSup);
        this.nlSup = s;
        const c = new Int32Array(this.nlCounts.length * 2);
        c.set(this.nlCounts);
        this.nlCounts = c;
      }
      this.nlSup[j] = 0;
      this.nlCounts.fill(0, j * 5, j * 5 + 5);
    }
    return j;
  }

  infoAt(p: SentencePrep, j: number): WordInfo {
    return j < 0 ? this.padLeft : j >= p.n ? this.padRight : p.infos[j]!;
  }

  /** Writes the keys of the features that depend on more than one word; returns the new end. */
  contextKeys(p: SentencePrep, i: number, out: Uint32Array, pos: number): number {
    const cur = p.infos[i]!;
    const prev = this.infoAt(p, i - 1);
    const next = this.infoAt(p, i + 1);
    // mix(mix(C_LW_PREV, prev.lw), cur.lw) and so on, the first mix kept per word
    out[pos++] = mix(prev.hLwPrev, cur.lw);
    out[pos++] = mix(cur.hLwNext, next.lw);
    out[pos++] = mix(prev.hShPrev, cur.sshape);
    out[pos++] = mix(cur.hShNext, next.sshape);
    out[pos++] = mix(mix(prev.hShTri, cur.sshape), next.sshape);
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
    const at = p.tok + i;
    const df = p.docFlags[at]!;
    if (df) out[pos++] = mix3(C_DOC, df | (i === 0 ? 8 : 0) | (p.headline ? 16 : 0), cur.sshape);
    for (let t = 0; t < 4; t++) {
      const g = p.gaz[at * 4 + t]!;
      if (g) out[pos++] = mix(C_GAZP, t * 8 + g);
    }
    const NL = LEXICON_CATEGORIES.length;
    for (let t = 0; t < NL; t++) {
      const g = p.lex[at * NL + t]!;
      if (g) out[pos++] = mix(C_LEXP, t * 8 + g);
    }
    return p.nl ? this.nonLocalKeys(p, i, out, pos) : pos;
  }

  /** The second-pass keys of token i (from `p.nl`, which must be set): the tail of contextKeys. */
  nonLocalKeys(p: SentencePrep, i: number, out: Uint32Array, pos: number): number {
    const cur = p.infos[i]!;
    const nl = p.nl;
    if (nl) {
      const b = (p.tok + i) * 3;
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
    // per word hash (numbered by nlIndex): capitalised occurrences by label (nlCounts) and name positions (nlSup)
    const ix = this.nlIndex;
    ix.reset();
    preps.forEach((p, si) => {
      const t = tags[si]!;
      let start = -1;
      for (let i = 0; i < p.n; i++) {
        const info = p.infos[i]!;
        const tag = t[i]!;
        const type = tag === 0 ? -1 : (tag - 1) >> 2;
        const posn = tag === 0 ? -1 : (tag - 1) & 3;
        if (info.flags & F_UPPER_INITIAL) {
          const j = this.nlId(info.lw); // before reading this.nlCounts, which nlId may replace
          this.nlCounts[j * 5 + type + 1]!++;
        }
        if (posn === 0) start = i;
        if (posn === 2 && start >= 0) {
          for (let k = start; k <= i; k++) {
            const where = k === start ? 0 : 1;
            const lw = p.infos[k]!.lw;
            const j = this.nlId(lw);
            this.nlSup[j]! |= 1 << (type * 2 + where);
          }
          start = -1;
        }
        if (posn === 3 || tag === 0) start = -1;
      }
    });
    let total = 0;
    for (const p of preps) total = Math.max(total, p.tok + p.n);
    const nl = new Uint8Array(total * 3);
    preps.forEach((p, si) => {
      const t = tags[si]!;
      for (let i = 0; i < p.n; i++) {
        const info = p.infos[i]!;
        const tag = t[i]!;
        const b = (p.tok + i) * 3;
        nl[b] = tag;
        const j = ix.get(info.lw);
        const c = this.nlCounts;
        if (j >= 0 && info.flags & F_UPPER_INITIAL) {
          const own = tag === 0 ? 0 : ((tag - 1) >> 2) + 1;
          let best = -1;
          let arg = 0;
          for (let k = 0; k < 5; k++) {
            const v = c[j * 5 + k]! - (k === own ? 1 : 0);
            if (v > best) {
              best = v;
              arg = k;
            }
          }
          if (best > 0) nl[b + 1] = arg + 1;
        }
        nl[b + 2] = j >= 0 ? this.nlSup[j]! : 0;
      }
      p.nl = nl;
    });
  }

  /** Upper bound of context keys per token. */
  static readonly MAX_CONTEXT_KEYS = 48;
}

/** [hashString(long shape), hashString(short shape)] of a word as makeInfo computes them (for tests). */
export function shapeHashPair(w: string): [number, number] {
  shapeHashes(w);
  return [longHash, shortHash];
}
