import { contentId } from '../document/id.js';
import type { RawDocument } from '../document/types.js';
import { extractArticle } from './article.js';
import { decodeWeb } from './encoding.js';
import { InputError } from './errors.js';
import { idFromSource, type InputReader, type InputRef, type ReadResult } from './reader.js';
import { contentTypeKind, looksLikeHtml } from './sniff.js';

/** Refused outright: even truncated, a page this large is not an article. */
export const MAX_HTML_BYTES = 64 * 1024 * 1024;

/** One HTML page as one document: the article text, with the page's metadata. */
export function htmlDocument(ref: InputRef, html: string, opts: { id?: string; source?: string; url?: string | null } = {}): ReadResult {
  const source = opts.source ?? ref.source;
  let a;
  try {
    const url = opts.url ?? ref.finalUrl ?? (ref.kind === 'url' ? ref.source : null);
    a = extractArticle(html, { url });
  } catch (e) {
    return { ok: false, error: new InputError(source, `could not parse the HTML: ${(e as Error).message}`) };
  }
  if (!a.text.trim()) return { ok: false, error: new InputError(source, 'no text found in the page') };
  const m = a.meta;
  const url = m.canonical ?? opts.url ?? ref.finalUrl ?? (ref.kind === 'url' ? ref.source : null);
  const extra: Record<string, unknown> = { format: 'html', extraction: a.method, layout: a.blocks };
  if (m.authors.length) extra.authors = m.authors;
  if (m.modified) extra.modified = m.modified;
  if (m.canonical) extra.canonical = m.canonical;
  if (m.lang) extra.lang = m.lang;
  if (m.siteName) extra.siteName = m.siteName;
  if (m.description) extra.description = m.description;
  if (a.notArticle) extra.notArticle = true;
  if (a.truncated) extra.truncated = true;
  if (a.parser !== 'linkedom') extra.parser = a.parser;
  const doc: RawDocument = {
    id: opts.id ?? (ref.kind === 'file' ? idFromSource(ref.source.replace(/\.gz$/i, '')) : contentId(a.text)),
    source,
    title: m.title,
    published: m.published,
    url,
    text: a.text,
    extra,
  };
  return { ok: true, doc };
}

export const htmlReader: InputReader = {
  name: 'html',
  accepts: (ref, head) => contentTypeKind(ref.contentType) === 'html' || looksLikeHtml(head, ref.source),
  *read(ref, bytes): Iterable<ReadResult> {
    if (bytes.length === 0) {
      yield { ok: false, error: new InputError(ref.source, 'empty file') };
      return;
    }
    if (bytes.length > MAX_HTML_BYTES) {
      yield { ok: false, error: new InputError(ref.source, `page is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_HTML_BYTES / 1048576} MB limit`) };
      return;
    }
    yield htmlDocument(ref, decodeWeb(bytes, ref.contentType).text);
  },
};
