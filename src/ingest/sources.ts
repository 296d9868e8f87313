import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzip, isGzip } from './encoding.js';
import { describeFsError, InputError } from './errors.js';
import { feedReader } from './feed-reader.js';
import { fetchUrl } from './fetch.js';
import { htmlReader } from './html-reader.js';
import { jsonlReader } from './jsonl-reader.js';
import { DEFAULT_INGEST_OPTIONS, type IngestOptions } from './options.js';
import type { InputReader, InputRef, ReadResult } from './reader.js';
import { textReader } from './text-reader.js';
import { timemlReader } from './timeml-reader.js';

/** Readers in the order they are tried; the text reader accepts anything, so it is last. */
export const readers: InputReader[] = [jsonlReader, timemlReader, feedReader, htmlReader, textReader];

/** File names a directory walk picks up; a file named on its own is read whatever its name. */
const DOCUMENT_FILE = /\.(txt|text|md|jsonl|ndjson|tml|te3input|xml|x?html?|json|rss|atom|html?\.gz)$/i;

export type Expanded = { ok: true; ref: InputRef } | { ok: false; error: InputError };

async function walk(dir: string, out: Expanded[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ ok: false, error: new InputError(dir, describeFsError(e)) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (DOCUMENT_FILE.test(e.name)) out.push({ ok: true, ref: { kind: 'file', source: p } });
  }
}

/** Turns command-line arguments into inputs: files, directories (walked), `-` and URLs. */
export async function expandInputs(args: readonly string[]): Promise<Expanded[]> {
  const out: Expanded[] = [];
  for (const arg of args) {
    if (arg === '-') out.push({ ok: true, ref: { kind: 'stdin', source: 'stdin' } });
    else if (/^https?:\/\//i.test(arg)) out.push({ ok: true, ref: { kind: 'url', source: arg } });
    else {
      let isDir = false;
      try {
        isDir = (await stat(arg)).isDirectory();
      } catch (e) {
        // A dangling link or a missing path is that input's error, reported in the batch.
        const reason = (await lstat(arg).then(() => 'broken symbolic link', () => null)) ?? describeFsError(e);
        out.push({ ok: false, error: new InputError(arg, reason) });
        continue;
      }
      if (isDir) await walk(arg, out);
      else out.push({ ok: true, ref: { kind: 'file', source: arg } });
    }
  }
  return out;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Fetches a URL's bytes (and what the server said about them). */
export type UrlLoader = (ref: InputRef, options: Readonly<IngestOptions>) => Promise<{ bytes: Uint8Array; head?: string; contentType?: string | null; finalUrl?: string }>;

/** The default loader: the guarded fetcher of fetch.ts, honouring allowPrivate. */
let urlLoader: UrlLoader = async (ref, options) => fetchUrl(ref.source, { allowPrivate: options.allowPrivate });
export function setUrlLoader(loader: UrlLoader): void {
  urlLoader = loader;
}

async function loadBytes(ref: InputRef, options: Readonly<IngestOptions>): Promise<{ bytes: Uint8Array; ref: InputRef }> {
  if (ref.kind === 'stdin') return { bytes: await readStdin(), ref };
  if (ref.kind === 'url') {
    const r = await urlLoader(ref, options);
    const out: InputRef = { ...ref };
    if (r.contentType !== undefined) out.contentType = r.contentType;
    if (r.finalUrl !== undefined) out.finalUrl = r.finalUrl;
    return { bytes: r.bytes, ref: out };
  }
  return { bytes: await readFile(ref.source), ref };
}

/** Reads one input into documents; every failure becomes an error result, never an exception. */
export async function* readInput(input: InputRef, options: Readonly<IngestOptions> = DEFAULT_INGEST_OPTIONS): AsyncGenerator<ReadResult> {
  let bytes: Uint8Array;
  let ref = input;
  try {
    ({ bytes, ref } = await loadBytes(input, options));
  } catch (e) {
    yield { ok: false, error: e instanceof InputError ? e : new InputError(input.source, describeFsError(e)) };
    return;
  }
  // A gzip file (a saved .html.gz, a compressed feed) is read as what it holds.
  let truncated = false;
  if (isGzip(bytes)) {
    const g = gunzip(bytes);
    if (!g.ok) {
      yield { ok: false, error: new InputError(ref.source, g.reason) };
      return;
    }
    bytes = g.bytes;
    truncated = g.truncated;
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const reader = readers.find((r) => r.accepts(ref, head)) ?? textReader;
  try {
    for await (const r of reader.read(ref, bytes, options)) {
      // A cut-off gzip stream still gives the documents it held, flagged as partial.
      if (truncated && r.ok) yield { ok: true, doc: { ...r.doc, extra: { ...r.doc.extra, truncated: true } } };
      else yield r;
    }
  } catch (e) {
    yield { ok: false, error: new InputError(ref.source, `could not be read as ${reader.name}: ${(e as Error).message}`) };
  }
}

/** All documents of all inputs, in order, with errors in place. */
export async function* readInputs(expanded: readonly Expanded[], options: Readonly<IngestOptions> = DEFAULT_INGEST_OPTIONS): AsyncGenerator<ReadResult> {
  for (const x of expanded) {
    if (!x.ok) yield x;
    else yield* readInput(x.ref, options);
  }
}
