import type { RawDocument } from '../document/types.js';
import type { InputError } from './errors.js';
import type { IngestOptions } from './options.js';

/** One input named on the command line (or given to the library): a file, stdin or a URL. */
export interface InputRef {
  kind: 'file' | 'stdin' | 'url';
  /** How errors and documents name it: the path as given, `stdin`, or the URL. */
  source: string;
  /** For a fetched URL: the response's Content-Type header. */
  contentType?: string | null;
  /** For a fetched URL: the address after redirects. */
  finalUrl?: string;
}

export type ReadResult = { ok: true; doc: RawDocument } | { ok: false; error: InputError };

/**
 * A reader turns the bytes of one input into documents. Readers are tried in order and
 * the first that accepts the input reads it, so a format is added by adding a reader.
 */
export interface InputReader {
  name: string;
  accepts(ref: InputRef, head: string): boolean;
  read(ref: InputRef, bytes: Uint8Array, options: Readonly<IngestOptions>): Iterable<ReadResult> | AsyncIterable<ReadResult>;
}

/** The id of a file's document: its base name without extension. */
export function idFromSource(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.[^.]+$/, '') || base;
}
