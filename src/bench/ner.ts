/**
 * `node dist/bench/ner.js` (or `npm run bench -- ner` once src/bench/cli.ts dispatches):
 * tokens/s per core for tagging the newswire corpus with the committed model. Text is
 * tokenised and split into sentences first (not timed); the timed part is the entity
 * tagger itself (featurisation, both perceptron passes and Viterbi), single-threaded.
 */
import { performance } from 'node:perf_hooks';
import { datasetPath } from '../eval/data.js';
import { NerModel } from '../entities/model.js';
import { readNewswire } from '../entities/newswire.js';
import { normalizeToken } from '../entities/resolve.js';
import { findParagraphs, splitSentences, tokenize } from '../text/index.js';

export async function main(args: string[]): Promise<void> {
  const dir = datasetPath('newswire');
  if (!dir) throw new Error('bench ner: newswire dataset not found (set DOSSIER_DATA)');
  const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 3) || 3;
  const docs = readNewswire(dir).map((text) => {
    const tokens = tokenize(text);
    return splitSentences(text, tokens, findParagraphs(text, false)).map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => normalizeToken(t.text)));
  });
  const tokens = docs.reduce((a, d) => a + d.reduce((b, s) => b + s.length, 0), 0);
  const t0 = performance.now();
  const model = NerModel.load();
  const loadMs = performance.now() - t0;
  const heap0 = process.memoryUsage().heapUsed;
  console.log(`newswire: ${docs.length} documents, ${tokens} tokens; model loaded in ${loadMs.toFixed(0)} ms`);
  for (let r = 1; r <= rounds; r++) {
    if (r === 1) model.featurizer.clearCache();
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    for (const d of docs) model.tagDocument(d);
    const ms = performance.now() - w0;
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(`round ${r}${r === 1 ? ' (cold word cache)' : ''}: ${Math.round(tokens / (ms / 1000))} tokens/s wall, ${Math.round(tokens / (cpuMs / 1000))} tokens/s per core (CPU time)`);
  }
  const mem = process.memoryUsage();
  console.log(`memory: rss ${(mem.rss / 1e6).toFixed(0)} MB, heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB (model + corpus + word cache; heap after load ${(heap0 / 1e6).toFixed(0)} MB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
