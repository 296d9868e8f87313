import { expandInputs } from '../ingest/sources.js';
import { ingestInto, type IngestSummary } from '../store/ingest.js';
import { Store } from '../store/store.js';
import { createProgress } from './progress.js';

export interface IngestCommandOptions {
  db: string;
  jobs?: number;
  published?: string;
  fetchLinks?: boolean;
  allowPrivate?: boolean;
}

/** `dossier ingest`: analyse and store; each failure is one line on stderr. */
export async function runIngest(args: readonly string[], opts: IngestCommandOptions): Promise<IngestSummary & { counts: Record<string, number> }> {
  const inputs = await expandInputs(args);
  const store = new Store(opts.db);
  const progress = createProgress(inputs.length);
  try {
    const summary = await ingestInto(store, inputs, {
      ...(opts.jobs ? { jobs: opts.jobs } : {}),
      published: opts.published ?? null,
      read: { fetchLinks: !!opts.fetchLinks, allowPrivate: !!opts.allowPrivate },
      onDocument: (_source, result) => progress.tick(result === 'failed'),
      onError: (e) => progress.log(`dossier: ${e.message}\n`),
    });
    progress.stop();
    return { ...summary, counts: store.counts() };
  } finally {
    store.close();
  }
}

export function formatIngestSummary(s: IngestSummary & { counts: Record<string, number> }, db: string): string {
  const total = s.added + s.replaced + s.unchanged + s.duplicate + s.failed;
  const rate = s.seconds > 0 ? (total / s.seconds).toFixed(1) : '-';
  const c = s.counts;
  return (
    `dossier: ${total} documents: ${s.added} added, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.duplicate} duplicate, ${s.failed} failed` +
    ` in ${s.seconds.toFixed(2)} s (${rate} docs/s)\n` +
    `dossier: ${db} holds ${c.documents} articles, ${c.actors} actors, ${c.quotes} quotes, ${c.events} events, ${c.stances} stances`
  );
}
