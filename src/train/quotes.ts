/**
 * `npm run train -- quotes [--epochs 12] [--seed 1] [--runs 8] [--bits 19] [--span-bits 18] [--cue-bias 15] [--out PATH|none]`:
 * trains the learned quote taggers on PolNeAR train and picks each one's epoch on PolNeAR dev:
 *   - the cue tagger, BIO over the tokens of each sentence;
 *   - the span tagger, one instance per gold cue: the cue's sentence tagged as source / content
 *     (BIO each; discontinuous spans as their pieces), with features relative to the cue.
 * Documents go through the default text and entities stages first (entity features). Writes
 * models/quotes/taggers.json.gz. Seeded and single-threaded. `--cue-bias` (tuned on dev with
 * DOSSIER_CUE_BIAS) is added to every token's B-cue score: recall for precision. Each tagger is
 * the mean of `--runs` perceptrons trained on differently shuffled orders (seeds seed, seed + 1,
 * ...; the span tagger's from seed + 1000, so a change to one tagger never reshuffles the other).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { sentenceIndexAt } from '../text/index.js';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Document } from '../document/document.js';
import { runStages, type AnyStage } from '../document/pipeline.js';
import type { Sentence, Span, Token } from '../document/types.js';
import { datasetPath } from '../eval/data.js';
import { rowOfKey, saveLinear } from '../learn/linear.js';
import { Perceptron, rng, shuffle, type CompiledSentence, type KeyedSentence } from '../learn/perceptron.js';
import { entitiesStage } from '../entities/index.js';
import { textStage } from '../text/index.js';
import { cueKeys, KeyBuf, lemmaOf, prepDocument, prepSentence, spanKeys, type SentPrep } from '../quotes/features.js';
import { CUE_PREPOSITIONS } from '../quotes/cues.js';
import { findQuoteMarks } from '../quotes/marks.js';
import type { CueModel } from '../quotes/model.js';
import { readPolnear, type PolnearDoc } from '../quotes/polnear.js';
import { tokenize } from '../text/index.js';
import { CUE_VITERBI, DEFAULT_TAGGER_PATH, segments, SPAN_VITERBI, type SavedTaggers } from '../quotes/tagger.js';

function opt(args: string[], name: string, dflt: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : dflt;
}

interface Prepared {
  cue: KeyedSentence[];
  span: KeyedSentence[];
}

function keyed(kb: KeyBuf, n: number, gold: Uint8Array): KeyedSentence {
  return { n, off: kb.off.slice(0, n + 1), keys: kb.keys.slice(0, kb.pos), gold };
}

/** Marks tokens [lo, hi) of a sentence covered by the pieces with B/I of `kind`. */
function tagPieces(tokens: readonly Token[], s: Sentence, pieces: readonly Span[], kind: number, gold: Uint8Array): void {
  for (const p of pieces) {
    let first = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.start >= p.start && t.end <= p.end) {
        gold[i - s.tokenStart] = first ? 1 + 2 * kind : 2 + 2 * kind;
        first = false;
      } else if (!first && t.start >= p.end) break;
    }
  }
}

export function prepare(docs: readonly PolnearDoc[], upstream: readonly AnyStage[]): Prepared {
  const kb = new KeyBuf();
  const out: Prepared = { cue: [], span: [] };
  for (const d of docs) {
    const doc = new Document({ id: d.name, source: d.name, title: null, published: null, url: null, text: d.text });
    doc.add('body', { body: { start: 0, end: d.text.length }, excluded: [] });
    runStages(doc, upstream);
    const tokens = doc.get('tokens');
    const sentences = doc.get('sentences');
    const dp = prepDocument(tokens, findQuoteMarks(d.text, doc.get('paragraphs')), doc.get('entities'));
    const preps: SentPrep[] = sentences.map((s) => prepSentence(s.tokenStart, s.tokenEnd, dp));
    const cueGold = preps.map((p) => new Uint8Array(p.n));
    for (const a of d.attributions) {
      if (!a.cue) continue;
      const si = sentenceIndexAt(sentences, a.cue.start);
      if (si < 0) continue;
      tagPieces(tokens, sentences[si]!, a.parts.cue, 0, cueGold[si]!);
    }
    sentences.forEach((s, si) => {
      const p = preps[si]!;
      if (p.n === 0) return;
      cueKeys(p, kb);
      out.cue.push(keyed(kb, p.n, cueGold[si]!));
    });
    for (const a of d.attributions) {
      if (!a.cue) continue;
      const si = sentenceIndexAt(sentences, a.cue.start);
      if (si < 0) continue;
      const s = sentences[si]!;
      const p = preps[si]!;
      let cs = -1;
      let ce = -1;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = tokens[i]!;
        if (t.start >= a.cue.start && t.end <= a.cue.end) {
          if (cs < 0) cs = i - s.tokenStart;
          ce = i - s.tokenStart + 1;
        }
      }
      if (cs < 0) continue;
      const gold = new Uint8Array(p.n);
      tagPieces(tokens, s, a.parts.source, 0, gold);
      tagPieces(tokens, s, a.parts.content, 1, gold);
      for (let i = cs; i < ce; i++) gold[i] = 0;
      // repair: an I- right after O (a piece cut by the cue) becomes B-
      for (let i = 0; i < p.n; i++) if (gold[i]! % 2 === 0 && gold[i]! > 0 && (i === 0 || gold[i - 1] === 0 || Math.ceil(gold[i - 1]! / 2) !== gold[i]! / 2)) gold[i] = gold[i]! - 1;
      spanKeys(p, cs, ce, kb);
      out.span.push(keyed(kb, p.n, gold));
    }
  }
  return out;
}

/** Maps each key to its hashed row (the hashing trick; rare keys are kept, collisions allowed). */
function hashed(s: KeyedSentence, bits: number): CompiledSentence {
  const rows = new Int32Array(s.keys.length);
  for (let i = 0; i < rows.length; i++) rows[i] = rowOfKey(s.keys[i]!, bits);
  return { n: s.n, off: s.off, rows, gold: s.gold };
}

/** Segment-level exact F over the given kinds. */
function segF(p: Perceptron, w: ReturnType<Perceptron['averaged']>, set: readonly CompiledSentence[], kinds: number[]): number {
  let tp = 0;
  let np = 0;
  let ng = 0;
  const out = new Uint8Array(1024);
  for (const s of set) {
    p.decode(s, w.weights, w.trans, w.end, out);
    for (const k of kinds) {
      const g = segments(s.gold, s.n, k).map((x) => `${x.a}:${x.b}`);
      const pr = segments(out, s.n, k).map((x) => `${x.a}:${x.b}`);
      const gs = new Set(g);
      np += pr.length;
      ng += g.length;
      for (const x of pr) if (gs.has(x)) tp++;
    }
  }
  const P = np ? tp / np : 0;
  const R = ng ? tp / ng : 0;
  return P + R ? (2 * P * R) / (P + R) : 0;
}

function train(label: string, viterbi: typeof CUE_VITERBI, tr: KeyedSentence[], dv: KeyedSentence[], kinds: number[], epochs: number, bits: number, rand: () => number, log: (m: string) => void) {
  const trainC = tr.map((s) => hashed(s, bits));
  const devC = dv.map((s) => hashed(s, bits));
  log(`${label}: ${trainC.length} training sequences, 2^${bits} hashed rows`);
  const p = new Perceptron(1 << bits, viterbi);
  const order = trainC.map((_, i) => i);
  let best = { f: -1, epoch: 0, w: null as ReturnType<Perceptron['averaged']> | null };
  let since = 0;
  for (let e = 1; e <= epochs; e++) {
    shuffle(order, rand);
    let wrong = 0;
    for (const i of order) if (p.learn(trainC[i]!)) wrong++;
    const avg = p.averaged();
    const f = segF(p, avg, devC, kinds);
    log(`${label} epoch ${e}: ${wrong} wrong; dev segment F ${(f * 100).toFixed(2)}`);
    if (f > best.f) {
      best = { f, epoch: e, w: avg };
      since = 0;
    } else if (++since >= 3) break;
  }
  log(`${label}: best epoch ${best.epoch}, dev F ${(best.f * 100).toFixed(2)}`);
  return { ...best.w!, epoch: best.epoch };
}

/**
 * Averages the weights of `runs` taggers trained on differently shuffled orders. One perceptron's
 * weights depend on the order it saw the sentences in (dev F moved by ±0.3 between seeds); their
 * mean is steadier and scored higher on dev for both taggers (issue 6, session 4: 4 and 8 runs).
 */
function trainRuns(label: string, viterbi: typeof CUE_VITERBI, tr: KeyedSentence[], dv: KeyedSentence[], kinds: number[], epochs: number, bits: number, seed: number, runs: number, log: (m: string) => void) {
  const all: Array<ReturnType<typeof train>> = [];
  for (let r = 0; r < runs; r++) all.push(train(runs > 1 ? `${label}#${r + 1}` : label, viterbi, tr, dv, kinds, epochs, bits, rng(seed + r), log));
  if (runs === 1) return { ...all[0]!, epochs: String(all[0]!.epoch) };
  const mean = (get: (w: (typeof all)[number]) => Float32Array) => {
    const out = new Float32Array(get(all[0]!).length);
    for (const w of all) {
      const a = get(w);
      for (let i = 0; i < out.length; i++) out[i] = out[i]! + a[i]! / runs;
    }
    return out;
  };
  const avg = { weights: mean((w) => w.weights), trans: mean((w) => w.trans), end: mean((w) => w.end), epochs: all.map((w) => w.epoch).join('/') };
  const p = new Perceptron(1 << bits, viterbi);
  log(`${label}: mean of ${runs} runs, dev F ${(segF(p, avg, dv.map((s) => hashed(s, bits)), kinds) * 100).toFixed(2)}`);
  return avg;
}

/**
 * The rules' learned cue lexicon: for each lowercased word, the share of its occurrences that end
 * a gold cue span; words seen at least `minCount` times with a share of at least 0.1.
 */
function cueLexicon(docs: readonly PolnearDoc[], minCount: number): CueModel {
  const seen = new Map<string, number>();
  const cue = new Map<string, number>();
  for (const d of docs) {
    const ends = new Set<number>();
    for (const a of d.attributions) if (a.cue) ends.add(a.cue.end);
    for (const t of tokenize(d.text)) {
      if (t.kind !== 'word') continue;
      const l = t.text.toLowerCase();
      seen.set(l, (seen.get(l) ?? 0) + 1);
      if (ends.has(t.end)) cue.set(l, (cue.get(l) ?? 0) + 1);
    }
  }
  const words: Record<string, number> = {};
  for (const [w, c] of [...cue.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const n = seen.get(w) ?? 0;
    if (n >= minCount && c / n >= 0.1) words[w] = Math.round((c / n) * 1000) / 1000;
  }
  return { version: 1, trainedOn: `PolNeAR train (${docs.length} documents), min-count ${minCount}, seed 1`, words, attach: prepositionPairs(docs) };
}

/**
 * "lemma preposition" pairs of gold cues: how often a cue whose last word has that crude lemma
 * ends in the preposition ("warned against") against how often the preposition follows the cue
 * outside it ("said in"); kept when seen at least 3 times with a share of at least 0.6.
 */
function prepositionPairs(docs: readonly PolnearDoc[]): Record<string, number> {
  const inside = new Map<string, number>();
  const outside = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const d of docs) {
    const toks = tokenize(d.text).filter((t) => t.kind === 'word');
    const byEnd = new Map<number, number>();
    toks.forEach((t, i) => byEnd.set(t.end, i));
    for (const a of d.attributions) {
      const piece = a.parts.cue[a.parts.cue.length - 1] ?? a.cue;
      if (!piece) continue;
      const i = byEnd.get(piece.end);
      if (i === undefined) continue;
      const last = toks[i]!.text.toLowerCase();
      const prev = toks[i - 1];
      if (CUE_PREPOSITIONS.has(last) && prev && prev.start >= piece.start) bump(inside, `${lemmaOf(prev.text.toLowerCase())} ${last}`);
      const next = toks[i + 1];
      if (next && CUE_PREPOSITIONS.has(next.text.toLowerCase()) && /^\s+$/.test(d.text.slice(piece.end, next.start))) bump(outside, `${lemmaOf(last)} ${next.text.toLowerCase()}`);
    }
  }
  const out: Record<string, number> = {};
  for (const k of [...new Set([...inside.keys(), ...outside.keys()])].sort()) {
    const i = inside.get(k) ?? 0;
    const n = i + (outside.get(k) ?? 0);
    if (n >= 3 && i / n >= 0.6) out[k] = Math.round((i / n) * 1000) / 1000;
  }
  return out;
}

export async function main(args: string[]): Promise<void> {
  const t0 = Date.now();
  const log = (m: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  const epochs = Number(opt(args, 'epochs', '12'));
  const seed = Number(opt(args, 'seed', '1'));
  const bits = Number(opt(args, 'bits', '19'));
  const spanBits = Number(opt(args, 'span-bits', '18'));
  const cueBias = Number(opt(args, 'cue-bias', '15'));
  const out = opt(args, 'out', DEFAULT_TAGGER_PATH);
  const trDir = datasetPath('polnear', 'train');
  const dvDir = datasetPath('polnear', 'dev');
  if (!trDir || !dvDir) {
    console.error('needs PolNeAR train and dev under $DOSSIER_DATA');
    process.exit(2);
  }
  const upstream: AnyStage[] = [textStage, entitiesStage];
  const trDocs = readPolnear(trDir);
  const dvDocs = readPolnear(dvDir);
  const tr = prepare(trDocs, upstream);
  const dv = prepare(dvDocs, upstream);
  log(`prepared ${trDocs.length} train and ${dvDocs.length} dev documents`);
  const runs = Number(opt(args, 'runs', '8'));
  const cue = trainRuns('cue', CUE_VITERBI, tr.cue, dv.cue, [0], epochs, bits, seed, runs, log);
  const span = trainRuns('span', SPAN_VITERBI, tr.span, dv.span, [0, 1], epochs, spanBits, seed + 1000, runs, log);
  const model: SavedTaggers = {
    version: 1,
    trainedOn: `PolNeAR train (${trDocs.length} documents), epochs cue ${cue.epochs} span ${span.epochs} picked on dev, 2^${bits} (cue) and 2^${spanBits} (span) hashed rows, seed ${seed}, mean of ${runs} runs`,
    cue: saveLinear(cue, CUE_VITERBI.T, bits),
    span: saveLinear(span, SPAN_VITERBI.T, spanBits),
    cueBias,
  };
  if (out !== 'none') {
    mkdirSync(path.dirname(out), { recursive: true });
    // the rules' cue lexicon (models/quotes/cues.json, used when the taggers are absent or with --rules)
    const lex = cueLexicon(trDocs, 5);
    writeFileSync(path.join(path.dirname(out), 'cues.json'), `${JSON.stringify(lex, null, 0)}\n`);
    log(`wrote ${Object.keys(lex.words).length} cue words to ${path.join(path.dirname(out), 'cues.json')}`);
    const buf = gzipSync(Buffer.from(JSON.stringify(model)), { level: 9 });
    writeFileSync(out, buf);
    log(`wrote ${out} (${(buf.length / 1e6).toFixed(2)} MB)`);
  }
}
