/**
 * The learned quote taggers (trained by src/train/quotes.ts on PolNeAR train): a cue tagger (BIO
 * over the tokens of a sentence) and a span tagger that, given one cue, tags the sentence's tokens
 * as source or content (BIO each). Both are averaged structured perceptrons decoded with Viterbi.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Sentence } from '../document/types.js';
import { bioViterbi, LinearTagger, type SavedLinear } from '../learn/linear.js';
import { CueContextSums, SpanContextSums } from './context-sums.js';
import { cueRestKeys, spanRestKeys } from './decode-keys.js';
import { KeyBuf, prepSentence, type DocPrep, type SentPrep } from './features.js';
import { cueBase, cueWordSums, spanBase, spanWordSums, type WordSums } from './word-sums.js';

export const DEFAULT_TAGGER_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../models/quotes/taggers.json.gz');

/** Cue tags: O, B-cue, I-cue. Span tags: O, B-source, I-source, B-content, I-content. */
export const CUE_VITERBI = bioViterbi(1);
export const SPAN_VITERBI = bioViterbi(2);

export interface SavedTaggers {
  version: 1;
  trainedOn: string;
  cue: SavedLinear;
  span: SavedLinear;
  /** Added to the B-cue score of every token (tuned on dev for cue F). */
  cueBias?: number;
}

/** A token range [a, b) within one sentence (sentence-local indices). */
export interface Seg {
  a: number;
  b: number;
}

/** Segments of one BIO kind (0-based) in a tag sequence. */
export function segments(tags: Uint8Array, n: number, kind: number): Seg[] {
  const B = 1 + 2 * kind;
  const I = 2 + 2 * kind;
  const out: Seg[] = [];
  let a = -1;
  for (let i = 0; i <= n; i++) {
    const t = i < n ? tags[i]! : 0;
    if (a >= 0 && t !== I) {
      out.push({ a, b: i });
      a = -1;
    }
    if (t === B) a = i;
  }
  return out;
}

export interface TaggedAttribution {
  cue: Seg;
  sources: Seg[];
  contents: Seg[];
}

export class QuoteTaggers {
  readonly cue: LinearTagger;
  readonly span: LinearTagger;
  private kb = new KeyBuf();
  private tags = new Uint8Array(256);
  /** Each tagger's sums of the keys of one word form (word-sums.ts), and a buffer for a sentence's. */
  private readonly cueWords: WordSums;
  private readonly spanWords: WordSums;
  /** Each tagger's sums of the keys over small alphabets and of one cue (context-sums.ts). */
  private readonly cueContext: CueContextSums;
  private readonly spanContext: SpanContextSums;
  private base = new Int32Array(256 * 5);

  constructor(readonly saved: SavedTaggers) {
    this.cue = new LinearTagger(saved.cue, CUE_VITERBI);
    this.span = new LinearTagger(saved.span, SPAN_VITERBI);
    this.cue.bias[1] = Number(process.env.DOSSIER_CUE_BIAS ?? saved.cueBias ?? 0);
    this.cueWords = cueWordSums(this.cue);
    this.spanWords = spanWordSums(this.span);
    this.cueContext = new CueContextSums(this.cue);
    this.spanContext = new SpanContextSums(this.span);
  }

  static load(file = DEFAULT_TAGGER_PATH): QuoteTaggers | null {
    if (!existsSync(file)) return null;
    return new QuoteTaggers(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as SavedTaggers);
  }

  /** Cue segments of one prepared sentence. */
  cues(p: SentPrep): Seg[] {
    if (p.n === 0) return [];
    this.room(p.n);
    // the keys of cueKeys: the word forms' sums, the small alphabets' sums, then the other keys
    cueBase(this.cueWords, p, this.base);
    this.cueContext.add(p, this.base);
    cueRestKeys(p, this.kb);
    this.cue.decode(p.n, this.kb.off, this.kb.keys, this.tags, this.base);
    return segments(this.tags, p.n, 0);
  }

  /** Source and content segments of one cue. */
  spans(p: SentPrep, cue: Seg): { sources: Seg[]; contents: Seg[] } {
    this.room(p.n);
    spanBase(this.spanWords, p, cue.a, cue.b, this.base);
    this.spanContext.add(p, cue.a, cue.b, this.base);
    spanRestKeys(p, cue.a, cue.b, this.kb);
    this.span.decode(p.n, this.kb.off, this.kb.keys, this.tags, this.base);
    return { sources: segments(this.tags, p.n, 0), contents: segments(this.tags, p.n, 1) };
  }

  /** Buffers for a sentence of n tokens. */
  private room(n: number): void {
    if (this.tags.length < n) this.tags = new Uint8Array(n * 2);
    if (this.base.length < n * 5) this.base = new Int32Array(n * 10);
  }

  /** Every attribution of one sentence. */
  sentence(s: Sentence, dp: DocPrep): { prep: SentPrep; found: TaggedAttribution[] } {
    const prep = prepSentence(s.tokenStart, s.tokenEnd, dp);
    const found: TaggedAttribution[] = [];
    for (const cue of this.cues(prep)) {
      const { sources, contents } = this.spans(prep, cue);
      found.push({ cue, sources, contents });
    }
    return { prep, found };
  }
}

let shared: QuoteTaggers | null | undefined;

/** The committed taggers (models/quotes/taggers.json.gz), loaded once; null when absent. */
export function defaultTaggers(): QuoteTaggers | null {
  if (shared === undefined) {
    try {
      shared = QuoteTaggers.load();
    } catch {
      shared = null;
    }
  }
  return shared;
}

/** For tests and tuning: install taggers (or null for the rules alone). */
export function setDefaultTaggers(t: QuoteTaggers | null): void {
  shared = t;
}
