import type { Analysis } from '../document/analysis.js';
import { toAnalysis } from '../document/analysis.js';
import type { Document } from '../document/document.js';
import type { AnyStage } from '../document/pipeline.js';
import { analyzeDocument } from '../index.js';
import { InputError } from '../ingest/errors.js';
import type { IngestOptions } from '../ingest/options.js';
import { expandInputs, readInputs, type Expanded } from '../ingest/sources.js';

export type BatchItem =
  | { ok: true; analysis: Analysis; doc: Document; bytes: number }
  | { ok: false; error: InputError };

export interface BatchOptions {
  /** Overrides every document's own publication date. */
  published?: string | null;
  stages?: readonly AnyStage[];
  /** How inputs are read: feed links, the SSRF guard. Safe defaults when absent. */
  ingest?: Readonly<IngestOptions>;
}

/**
 * Analyses every document of the given inputs, one at a time. A document that cannot be
 * read or analysed becomes an error item; it never stops the batch.
 */
export async function* analyzeExpanded(inputs: readonly Expanded[], options: BatchOptions = {}): AsyncGenerator<BatchItem> {
  for await (const r of readInputs(inputs, options.ingest)) {
    if (!r.ok) {
      yield r;
      continue;
    }
    const raw = options.published ? { ...r.doc, published: options.published } : r.doc;
    try {
      const doc = analyzeDocument(raw, options.stages ? { stages: options.stages } : {});
      yield { ok: true, analysis: toAnalysis(doc), doc, bytes: Buffer.byteLength(raw.text) };
    } catch (e) {
      yield { ok: false, error: new InputError(raw.source, `analysis failed: ${(e as Error).message}`) };
    }
  }
}

export async function* analyzeInputs(args: readonly string[], options: BatchOptions = {}): AsyncGenerator<BatchItem> {
  yield* analyzeExpanded(await expandInputs(args), options);
}
