/** Builds the featurizer's resources from training data and unlabelled newswire. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findParagraphs, splitSentences, tokenize } from '../text/index.js';
import type { ConllDocument } from './conll.js';
import { Gazetteer } from './gazetteer.js';
import { readNewswire } from './newswire.js';
import { spansFromIob } from './tags.js';
import { caseBuckets, clusterWords, type ClusterOptions, type UnlabelledCorpus } from './unlabelled.js';

export function gazetteerFrom(docs: readonly ConllDocument[]): Gazetteer {
  const g = new Gazetteer();
  for (const d of docs) for (const s of d.sentences) for (const sp of spansFromIob(s.tags)) g.add(sp.type, s.words.slice(sp.start, sp.end));
  return g;
}

/** Sentences of words from the newswire corpus, split by the project's own text stage. */
export function newswireSentences(dir: string): string[][] {
  const out: string[][] = [];
  for (const text of readNewswire(dir)) {
    const tokens = tokenize(text);
    const paragraphs = findParagraphs(text, false);
    for (const s of splitSentences(text, tokens, paragraphs)) out.push(tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  }
  return out;
}

export interface Unlabelled {
  clusters: Map<string, Int32Array>;
  caseBucket: Map<string, number>;
}

/** Clusters and case ratios, cached in the temp folder by their options (the computation is seeded). */
export function unlabelledResources(newswireDir: string, train: readonly ConllDocument[], opt: ClusterOptions, log: (m: string) => void): Unlabelled {
  const key = `dossier-ner-unlabelled-${opt.granularities.join('_')}-${opt.minCount}-${opt.contextWords}-${opt.iterations}-${opt.seed}.json`;
  const cacheDir = path.join(os.tmpdir(), 'dossier-cache');
  const cache = path.join(cacheDir, key);
  if (existsSync(cache)) {
    log(`unlabelled resources from cache ${cache}`);
    const d = JSON.parse(readFileSync(cache, 'utf8')) as { clusters: Array<[string, number[]]>; caseBucket: Array<[string, number]> };
    return { clusters: new Map(d.clusters.map(([w, c]) => [w, Int32Array.from(c)])), caseBucket: new Map(d.caseBucket) };
  }
  const sentences = newswireSentences(newswireDir);
  log(`newswire: ${sentences.length} sentences, ${sentences.reduce((a, s) => a + s.length, 0)} tokens`);
  for (const d of train) for (const s of d.sentences) sentences.push(s.words);
  const corpus: UnlabelledCorpus = { sentences };
  const caseBucket = caseBuckets(corpus);
  const clusters = opt.granularities.length ? clusterWords(corpus, opt, log) : new Map<string, Int32Array>();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cache, JSON.stringify({ clusters: [...clusters].map(([w, c]) => [w, [...c]]), caseBucket: [...caseBucket] }));
  return { clusters, caseBucket };
}
