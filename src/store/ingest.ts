import { AnalysisPool } from '../batch/pool.js';
import type { Analysis } from '../document/analysis.js';
import type { RawDocument } from '../document/types.js';
import type { InputError } from '../ingest/errors.js';
import type { IngestOptions as ReadOptions } from '../ingest/options.js';
import type { ReadResult } from '../ingest/reader.js';
import { readInputs, type Expanded } from '../ingest/sources.js';
import { InOrder } from './in-order.js';
import type { Store } from './store.js';
import type { PutResult } from './write.js';

export interface IngestSummary {
  added: number;
  replaced: number;
  unchanged: number;
  duplicate: number;
  failed: number;
  seconds: number;
}

export interface IngestOptions {
  jobs?: number;
  /** Overrides each document's own publication date. */
  published?: string | null;
  onDocument?: (source: string, result: PutResult | 'failed') => void;
  onError?: (error: InputError | { message: string }) => void;
  /** How inputs are read: feed links, the SSRF guard. Safe defaults when absent. */
  read?: Readonly<ReadOptions>;
}

/**
 * Ingests documents into the store. Texts already stored are skipped before analysis, so a
 * second run is a no-op and a killed run resumes where it stopped; analysis runs on a pool of
 * workers while this thread writes each analysed document, in input order, in its own transaction.
 */
export function ingestInto(store: Store, inputs: readonly Expanded[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestDocuments(store, readInputs(inputs, options.read), options);
}

/** A submitted document's analysis, or why it failed; never a rejection, so none goes unhandled while it waits its turn. */
type Outcome = { raw: RawDocument; analysis: Analysis } | { raw: RawDocument; error: Error };

function analyzeSettled(pool: AnalysisPool, raw: RawDocument): Promise<Outcome> {
  return pool.analyze(raw).then(
    (analysis) => ({ raw, analysis }),
    (error: Error) => ({ raw, error }),
  );
}

/**
 * Ingests documents from any source of read results (files, feeds, a corpus in memory).
 * Analyses are stored in the order of the inputs, not as the workers finish them: the actor a
 * name resolves to depends on the articles stored before it, so this keeps the knowledge base
 * the same whatever the number of workers and however their groups interleave.
 */
export async function ingestDocuments(
  store: Store,
  documents: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, replaced: 0, unchanged: 0, duplicate: 0, failed: 0, seconds: 0 };
  const t0 = process.hrtime.bigint();
  const pool = new AnalysisPool(options.jobs);
  // enough documents submitted and not yet stored for each worker to have a whole group being
  // analysed and the next one queued behind it (the pool sends what is queued, so a short input
  // is not held back waiting for a group to fill)
  const maxWaiting = Math.max(1, pool.size) * pool.group * 2;
  const fail = (e: InputError | { message: string }, source: string) => {
    summary.failed++;
    options.onError?.(e);
    options.onDocument?.(source, 'failed');
  };
  const write = (o: Outcome) => {
    const source = o.raw.source;
    if ('error' in o) return fail({ message: `${source}: analysis failed: ${o.error.message}` }, source);
    let result: PutResult;
    try {
      result = store.put(o.analysis);
    } catch (e) {
      return fail({ message: `${source}: could not be stored: ${(e as Error).message}` }, source);
    }
    summary[result]++;
    options.onDocument?.(source, result);
  };
  const waiting = new InOrder(write);
  try {
    for await (const r of documents) {
      if (!r.ok) {
        fail(r.error, r.error.source);
        continue;
      }
      const raw = options.published ? { ...r.doc, published: options.published } : r.doc;
      if (store.hasText(raw.text)) {
        summary.unchanged++;
        options.onDocument?.(raw.source, 'unchanged');
        continue;
      }
      waiting.add(analyzeSettled(pool, raw));
      await waiting.until(maxWaiting - 1);
    }
    await waiting.until(0);
  } finally {
    await pool.close();
  }
  summary.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return summary;
}
