/**
 * Quote stage throughput on the newswire corpus: the upstream layers (text, entities, time) are
 * built first, untimed; then the quote stage alone runs over every document, timed, on one core.
 * `npm run bench -- quotes` (or `node dist/bench/cli.js quotes`); `--docs N` limits the corpus.
 */
import { performance } from 'node:perf_hooks';
import { Document } from '../document/document.js';
import { runStages } from '../document/pipeline.js';
import { defaultStages } from '../pipeline.js';
import { loadNewswire } from './corpus.js';

export async function main(args: string[]): Promise<void> {
  const i = args.indexOf('--docs');
  const limit = i >= 0 ? Number(args[i + 1]) : 600;
  const raws = loadNewswire().slice(0, limit);
  const upstream = defaultStages.filter((s) => ['clean', 'text', 'entities', 'time'].includes(s.name));
  const quotes = defaultStages.find((s) => s.name === 'quotes')!;
  const docs = raws.map((r) => runStages(new Document(r), upstream));
  const bytes = raws.reduce((a, r) => a + Buffer.byteLength(r.text, 'utf8'), 0);
  // warm-up, then three timed rounds; report the best
  for (const d of docs.slice(0, 50)) quotes.run(d);
  let best = Infinity;
  let bestCpu = Infinity;
  let count = 0;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    count = 0;
    for (const d of docs) count += quotes.run(d).quotes.length;
    const c = process.cpuUsage(c0);
    best = Math.min(best, performance.now() - t0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
  }
  // wall time suffers when other processes share the cores; CPU time (of this process) less so
  console.log(`quotes stage: ${docs.length} newswire documents, ${(bytes / 1e6).toFixed(2)} MB, ${count} quotes; ${(bytes / 1e6 / (best / 1000)).toFixed(2)} MB/s per core by wall time, ${(bytes / 1e6 / (bestCpu / 1000)).toFixed(2)} MB/s by CPU time (best of 5; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
}
