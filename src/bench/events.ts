/**
 * Events stage throughput on the newswire corpus: the upstream layers (clean, text, entities,
 * time, quotes) are built first, untimed; then the events stage alone runs over every
 * document, timed, on one core. `npm run bench -- events` (or `node dist/bench/cli.js events`);
 * `--docs N` limits the corpus (default 600).
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
  const upstream = defaultStages.filter((s) => s.name !== 'events');
  const events = defaultStages.find((s) => s.name === 'events')!;
  const docs = raws.map((r) => runStages(new Document(r), upstream));
  const bytes = raws.reduce((a, r) => a + Buffer.byteLength(r.text, 'utf8'), 0);
  for (const d of docs.slice(0, 50)) events.run(d);
  let best = Infinity;
  let count = 0;
  let stances = 0;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    count = 0;
    stances = 0;
    for (const d of docs) {
      const out = events.run(d) as { events: unknown[]; stances: unknown[] };
      count += out.events.length;
      stances += out.stances.length;
    }
    best = Math.min(best, performance.now() - t0);
  }
  console.log(
    `events stage: ${docs.length} newswire documents, ${(bytes / 1e6).toFixed(2)} MB, ${count} events, ${stances} stances; ${(bytes / 1e6 / (best / 1000)).toFixed(2)} MB/s per core (best of 3)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
