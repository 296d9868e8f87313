import { AnalysisPool } from '../batch/pool.js';
import type { RawDocument } from '../document/types.js';
import type { InputError } from '../ingest/errors.js';
import type { IngestOptions as ReadOptions } from '../ingest/options.js';
import type { ReadResult } from '../ingest/reader.js';
import { readInputs, type Expanded } from '../ingest/sources.js';
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
 * workers while this thread writes each finished document in its own transaction.
 */
export function ingestInto(store: Store, inputs: readonly Expanded[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestDocuments(store, readInputs(inputs, options.read), options);
}

/** Ingests documents from any source of read results (files, feeds, a corpus in memory). */
export async function ingestDocuments(
  store: Store,
  documents: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, replaced: 0, unchanged: 0, duplicate: 0, failed: 0, seconds: 0 };
  const t0 = process.hrtime.bigint();
  const pool = new AnalysisPool(options.jobs);
  const inflight = new Set<Promise<void>>();
  const maxInflight = pool.size * 4;
  const fail = (e: InputError | { message: string }, source: string) => {
    summary.failed++;
    options.onError?.(e);
    options.onDocument?.(source, 'failed');
  };
  const submit = (raw: RawDocument) => {
    const p = pool
      .analyze(raw)
      .then((analysis) => {
        let result: PutResult;
        try {
          result = store.put(analysis);
        } catch (e) {
          fail({ message: `${raw.source}: could not be stored: ${(e as Error).message}` }, raw.source);
          return;
        }
        summary[result]++;
        options.onDocument?.(raw.source, result);
      })
      .catch((e: Error) => fail({ message: `${raw.source}: analysis failed: ${e.message}` }, raw.source))
      .finally(() => inflight.delete(p));
    inflight.add(p);
  };
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
      submit(raw);
      while (inflight.size >= maxInflight) await Promise.race(inflight);
    }
    await Promise.all(inflight);
  } finally {
    await pool.close();
  }
  summary.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return summary;
}
