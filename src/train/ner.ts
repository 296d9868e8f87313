/**
 * `npm run train -- ner [options]`: trains the entity tagger, an averaged structured
 * perceptron over BILOU tags, on CoNLL-2003 eng.train, picks the epoch by F1 on eng.testa,
 * and writes models/entities/ner.json.gz. Seeded and single-threaded.
 *
 *   --epochs N        maximum epochs (default 15); the best epoch on testa is kept
 *   --seed N          shuffling and clustering seed (default 1)
 *   --min-count N     keep features seen at least N times in training (default 1)
 *   --no-clusters --no-gazetteer --no-lexicon --no-document --no-case   feature ablations
 *   --affixes N --window N
 *   --clusters 64,256,1024   cluster granularities
 *   --stages 1|2     two: a second pass that sees the first pass's tags across the document (default 2)
 *   --out PATH | --out none
 */
import path from 'node:path';
import { datasetPath, projectRoot } from '../eval/data.js';
import { readConll, type ConllDocument } from '../entities/conll.js';
import { DEFAULT_CONFIG, Featurizer, LEXICON_CATEGORIES, type FeatureConfig, type Resources, type SentencePrep } from '../entities/features.js';
import { Gazetteer } from '../entities/gazetteer.js';
import { compromiseLexicon } from '../entities/lexicon.js';
import { NerModel, type ModelWeights } from '../entities/model.js';
import { compile, Perceptron, rng, sentenceKeys, shuffle, type CompiledSentence, type KeyedSentence } from '../entities/perceptron.js';
import { gazetteerFrom, unlabelledResources } from '../entities/resources.js';
import { SpanScore } from '../entities/score.js';
import { bilouFromSpans, NUM_TAGS, spansFromBilou, spansFromIob, TYPES } from '../entities/tags.js';

function opt(args: string[], name: string, dflt: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : dflt;
}

interface TrainDoc {
  fz: Featurizer;
  preps: SentencePrep[];
  gold: Uint8Array[];
}

function prepare(fz: Featurizer, docs: readonly ConllDocument[]): TrainDoc[] {
  return docs.map((d) => ({
    fz,
    preps: fz.prepareDocument(d.sentences.map((s) => s.words)),
    gold: d.sentences.map((s) => bilouFromSpans(s.words.length, spansFromIob(s.tags))),
  }));
}

function keyed(docs: readonly TrainDoc[]): KeyedSentence[] {
  const out: KeyedSentence[] = [];
  for (const d of docs) d.preps.forEach((p, i) => out.push(sentenceKeys(d.fz, p, d.gold[i]!)));
  return out;
}

type Averaged = ReturnType<Perceptron['averaged']>;

function scoreSet(p: Perceptron, set: readonly CompiledSentence[], w: Averaged): SpanScore {
  const sc = new SpanScore();
  const pred = new Uint8Array(512);
  for (const s of set) {
    p.decode(s, w.weights, w.trans, w.end, pred);
    sc.add(spansFromBilou(s.gold), spansFromBilou(pred, s.n));
  }
  return sc;
}

/** Trains one perceptron; with a dev set, keeps the epoch with the best dev F1 (stopping after 4 without gain). */
function trainStage(rows: number, train: readonly CompiledSentence[], dev: readonly CompiledSentence[] | null, epochs: number, rand: () => number, log: (m: string) => void, label: string) {
  const p = new Perceptron(rows);
  const order = train.map((_, i) => i);
  let best = { f: -1, epoch: 0, w: null as Averaged | null };
  let sinceBest = 0;
  for (let e = 1; e <= epochs; e++) {
    shuffle(order, rand);
    let wrong = 0;
    for (const i of order) if (p.learn(train[i]!)) wrong++;
    if (!dev) {
      if (e === epochs) best = { f: 0, epoch: e, w: p.averaged() };
      continue;
    }
    const avg = p.averaged();
    const sc = scoreSet(p, dev, avg);
    const f = sc.f1();
    log(`${label} epoch ${e}: ${wrong} sentences wrong; testa F1 ${(f * 100).toFixed(2)} (${TYPES.map((t, i) => `${t} ${(sc.prf(i).f * 100).toFixed(1)}`).join(', ')})`);
    if (f > best.f) {
      best = { f, epoch: e, w: avg };
      sinceBest = 0;
    } else if (++sinceBest >= 4) break;
  }
  return { p, ...best, w: best.w! };
}

function rowMap(sentences: readonly KeyedSentence[], minCount: number): { rowOf: Map<number, number>; keys: Uint32Array } {
  const counts = new Map<number, number>();
  for (const s of sentences) for (const k of s.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  for (const [k, c] of counts) if (c >= minCount) {
    rowOf.set(k, keys.length);
    keys.push(k);
  }
  return { rowOf, keys: Uint32Array.from(keys) };
}

function decodeAll(p: Perceptron, w: Averaged, compiled: readonly CompiledSentence[]): Uint8Array[] {
  return compiled.map((s) => {
    const out = new Uint8Array(s.n);
    p.decode(s, w.weights, w.trans, w.end, out);
    return out;
  });
}

export async function main(args: string[]): Promise<void> {
  const t0 = Date.now();
  const log = (m: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  const conll = datasetPath('conll2003');
  const newswire = datasetPath('newswire');
  if (!conll) throw new Error('train ner: conll2003 dataset not found (set DOSSIER_DATA)');
  const epochs = Number(opt(args, 'epochs', '15'));
  const seed = Number(opt(args, 'seed', '1'));
  const minCount = Number(opt(args, 'min-count', '1'));
  const folds = Number(opt(args, 'folds', '5'));
  const numStages = Number(opt(args, 'stages', '2'));
  const config: FeatureConfig = {
    ...DEFAULT_CONFIG,
    clusters: !args.includes('--no-clusters') && newswire !== null,
    gazetteer: !args.includes('--no-gazetteer'),
    lexicon: !args.includes('--no-lexicon'),
    document: !args.includes('--no-document'),
    caseRatio: !args.includes('--no-case') && newswire !== null,
    affixes: Number(opt(args, 'affixes', String(DEFAULT_CONFIG.affixes))),
    window: Number(opt(args, 'window', String(DEFAULT_CONFIG.window))),
  };
  const granularities = opt(args, 'clusters', '64,256,1024').split(',').map(Number).filter((x) => x > 0);
  const out = opt(args, 'out', path.join(projectRoot, 'models/entities/ner.json.gz'));
  log(`config ${JSON.stringify(config)} epochs=${epochs} seed=${seed} minCount=${minCount} clusters=${granularities}`);

  const train = readConll(path.join(conll, 'eng.train'));
  const dev = readConll(path.join(conll, 'eng.testa'));
  const unl =
    (config.clusters || config.caseRatio) && newswire
      ? unlabelledResources(newswire, train, { granularities: config.clusters ? granularities : [], minCount: 3, contextWords: 1000, iterations: 12, seed }, log)
      : { clusters: new Map<string, Int32Array>(), caseBucket: new Map<string, number>() };
  const lexicon = config.lexicon ? await compromiseLexicon() : new Gazetteer(LEXICON_CATEGORIES.length);
  const resources = (gaz = gazetteerFrom(train)): Resources => ({
    lexicon,
    clusters: config.clusters ? unl.clusters : new Map(),
    caseBucket: config.caseRatio ? unl.caseBucket : new Map(),
    gazetteer: gaz,
  });

  // Jackknifed gazetteers: each training document sees only names from the other folds,
  // so the tagger learns how far to trust a gazetteer hit on unseen text.
  const rand = rng(seed);
  const fold = shuffle(train.map((_, i) => i % folds), rand);
  const trainDocs: TrainDoc[] = [];
  const docFold: number[] = [];
  for (let f = 0; f < folds; f++) {
    const docs = train.filter((_, i) => fold[i] === f);
    const others = train.filter((_, i) => fold[i] !== f);
    const fz = new Featurizer(resources(gazetteerFrom(others)), config);
    for (const d of prepare(fz, docs)) {
      trainDocs.push(d);
      docFold.push(f);
    }
  }
  const full = resources();
  const devDocs = prepare(new Featurizer(full, config), dev);

  // Stage 1: local and document-surface features.
  let trainKeyed = keyed(trainDocs);
  let devKeyed = keyed(devDocs);
  const m1 = rowMap(trainKeyed, minCount);
  log(`stage 1: ${m1.keys.length} features`);
  let trainC = trainKeyed.map((s) => compile(s, m1.rowOf));
  let devC = devKeyed.map((s) => compile(s, m1.rowOf));
  const s1 = trainStage(m1.keys.length, trainC, devC, epochs, rand, log, 'stage 1');
  log(`stage 1 best epoch ${s1.epoch}: testa F1 ${(s1.f * 100).toFixed(2)}`);
  const stages: ModelWeights[] = [{ keys: m1.keys, weights: s1.w.weights, trans: s1.w.trans, end: s1.w.end }];

  if (numStages > 1) {
    // Stage 2 sees first-pass tags of the whole document. Training documents get theirs from
    // models trained without their fold, so the second stage learns how far to trust them.
    const sentFold: number[] = [];
    const sentDoc: number[] = [];
    trainDocs.forEach((d, di) => d.preps.forEach(() => (sentFold.push(docFold[di]!), sentDoc.push(di))));
    const firstPass: Uint8Array[] = new Array(trainC.length);
    for (let f = 0; f < folds; f++) {
      const sub = trainStage(m1.keys.length, trainC.filter((_, i) => sentFold[i] !== f), null, s1.epoch, rand, log, `fold ${f}`);
      const idx = trainC.map((_, i) => i).filter((i) => sentFold[i] === f);
      const tags = decodeAll(sub.p, sub.w, idx.map((i) => trainC[i]!));
      idx.forEach((i, k) => (firstPass[i] = tags[k]!));
      log(`fold ${f}: first-pass tags for ${idx.length} sentences`);
    }
    let k = 0;
    for (const d of trainDocs) {
      d.fz.addNonLocal(d.preps, d.preps.map(() => firstPass[k++]!));
    }
    const devTags = decodeAll(s1.p, s1.w, devC);
    k = 0;
    for (const d of devDocs) d.fz.addNonLocal(d.preps, d.preps.map(() => devTags[k++]!));
    trainKeyed = keyed(trainDocs);
    devKeyed = keyed(devDocs);
    const m2 = rowMap(trainKeyed, minCount);
    log(`stage 2: ${m2.keys.length} features`);
    trainC = trainKeyed.map((s) => compile(s, m2.rowOf));
    devC = devKeyed.map((s) => compile(s, m2.rowOf));
    const s2 = trainStage(m2.keys.length, trainC, devC, epochs, rand, log, 'stage 2');
    log(`stage 2 best epoch ${s2.epoch}: testa F1 ${(s2.f * 100).toFixed(2)}`);
    stages.push({ keys: m2.keys, weights: s2.w.weights, trans: s2.w.trans, end: s2.w.end });
  }
  if (out !== 'none') {
    const model = new NerModel(full, config, stages);
    const bytes = model.save(out);
    log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB, ${stages.length} stages, ${NUM_TAGS} tags)`);
  }
}
