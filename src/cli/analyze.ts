import { readFile } from 'node:fs/promises';
import { analyzeExpanded } from '../batch/analyze.js';
import { normalizePublished } from '../ingest/published.js';
import { expandInputs, type Expanded } from '../ingest/sources.js';
import type { Analysis } from '../document/analysis.js';
import { OutputWriter, type Format } from './output.js';
import { createProgress } from './progress.js';

export interface AnalyzeCommandOptions {
  published?: string;
  format: Format;
  out?: string;
  /** Feeds: fetch each item's page. */
  fetchLinks?: boolean;
  /** URLs: allow loopback, private and link-local addresses. */
  allowPrivate?: boolean;
}

export class UsageError extends Error {}

/** How many documents the inputs hold, for the progress bar: one a file, one a JSON line. */
async function estimateDocuments(inputs: readonly Expanded[]): Promise<number> {
  let n = 0;
  for (const x of inputs) {
    if (x.ok && x.ref.kind === 'file' && /\.(jsonl|ndjson)$/i.test(x.ref.source)) {
      // Line breaks are counted in the bytes: no string of the whole file is made.
      const buf = await readFile(x.ref.source).catch(() => null);
      let lines = 0;
      for (let i = buf ? buf.indexOf(10) : -1; i >= 0; i = buf!.indexOf(10, i + 1)) lines++;
      n += Math.max(1, lines);
    } else n++;
  }
  return n;
}

export interface BatchSummary {
  ok: number;
  failed: number;
  bytes: number;
  seconds: number;
}

/** Runs `dossier analyze`: every document is analysed, every failure is one line on stderr. */
export async function runAnalyze(args: readonly string[], opts: AnalyzeCommandOptions): Promise<BatchSummary> {
  let published: string | null = null;
  if (opts.published !== undefined) {
    published = normalizePublished(opts.published);
    if (!published) throw new UsageError(`--published: not an ISO date (YYYY-MM-DD): ${opts.published}`);
  }
  const ingest = { fetchLinks: !!opts.fetchLinks, allowPrivate: !!opts.allowPrivate };
  const inputs = await expandInputs(args);
  const single = inputs.length === 1 && inputs[0]!.ok && !/\.(jsonl|ndjson)$/i.test(inputs[0]!.ref.source);
  // One input can still hold many documents (a feed): the first analysis waits until we know.
  let out: OutputWriter | null = null;
  let first: Analysis | null = null;
  const add = (a: Analysis) => {
    if (out) out.add(a);
    else if (!first) first = a;
    else {
      out = new OutputWriter(opts.format, opts.out ?? null, false);
      out.add(first);
      out.add(a);
      first = null;
    }
  };
  const progress = createProgress(await estimateDocuments(inputs));
  const summary: BatchSummary = { ok: 0, failed: 0, bytes: 0, seconds: 0 };
  const t0 = process.hrtime.bigint();
  try {
    for await (const item of analyzeExpanded(inputs, { published, ingest })) {
      if (item.ok) {
        summary.ok++;
        summary.bytes += item.bytes;
        add(item.analysis);
      } else {
        summary.failed++;
        progress.log(`dossier: ${item.error.message}\n`);
      }
      progress.tick(!item.ok);
    }
  } catch (e) {
    progress.stop();
    (out as OutputWriter | null)?.abort();
    throw e;
  }
  progress.stop();
  const writer: OutputWriter = out ?? new OutputWriter(opts.format, opts.out ?? null, single);
  if (first) writer.add(first);
  await writer.close();
  summary.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return summary;
}

export function formatSummary(s: BatchSummary): string {
  const mb = s.bytes / 1e6;
  const rate = s.seconds > 0 ? (mb / s.seconds).toFixed(2) : '-';
  return `dossier: ${s.ok + s.failed} documents: ${s.ok} analysed, ${s.failed} failed; ${mb.toFixed(2)} MB in ${s.seconds.toFixed(2)} s (${rate} MB/s)`;
}
