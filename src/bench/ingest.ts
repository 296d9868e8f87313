/**
 * Ingest benchmark: the newswire corpus into a fresh knowledge base with every stage,
 * analysis on one worker per core; documents/s end to end and peak RSS of the process
 * (worker threads included). Then a second ingest, which must be a no-op.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { datasetPath } from '../eval/data.js';
import { expandInputs } from '../ingest/sources.js';
import { ingestInto } from '../store/ingest.js';
import { Store } from '../store/store.js';

export async function main(args: string[] = []): Promise<void> {
  const corpus = args[0] ?? datasetPath('newswire');
  if (!corpus) throw new Error('needs the newswire corpus under $DOSSIER_DATA');
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-ingest-'));
  const store = new Store(path.join(dir, 'kb.db'));
  try {
    const inputs = await expandInputs([corpus]);
    const first = await ingestInto(store, inputs);
    const docs = first.added + first.replaced + first.unchanged + first.duplicate + first.failed;
    const second = await ingestInto(store, inputs);
    const rss = process.resourceUsage().maxRSS / 1024;
    const c = store.counts();
    console.log(`ingest: ${docs} documents with every stage, ${availableParallelism()} workers: ${first.seconds.toFixed(2)} s, ${(docs / first.seconds).toFixed(1)} documents/s, peak RSS ${rss.toFixed(0)} MB`);
    console.log(`ingest: stored ${c.documents} articles, ${c.actors} actors, ${c.quotes} quotes, ${c.events} events, ${c.stances} stances; ${first.failed} failed`);
    console.log(`ingest again: ${second.unchanged} unchanged, ${second.added} added, ${second.replaced} replaced in ${second.seconds.toFixed(2)} s`);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
