/*
 * Feeds: RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed. Each item is a document with its own
 * title, date and link; its text is the item's content (or summary), or with --fetch-links the
 * linked page. A broken item is that item's error; the other items go on.
 */
import { DOMParser, parseHTML } from 'linkedom';
import type { RawDocument } from '../document/types.js';
import { toIsoDate } from './dates.js';
import { ELEMENT_NODE, type DomDocument, type DomElement } from './dom.js';
import { decodeWeb } from './encoding.js';
import { InputError } from './errors.js';
import { fetchUrl } from './fetch.js';
import { htmlDocument } from './html-reader.js';
import { htmlToText, type LayoutBlock } from './html-text.js';
import type { IngestOptions } from './options.js';
import { idFromSource, type InputReader, type InputRef, type ReadResult } from './reader.js';
import { contentTypeKind, looksLikeFeed } from './sniff.js';

/** An item as the feed gives it, before it becomes a document. */
export interface FeedItem {
  id: string | null;
  title: string | null;
  link: string | null;
  published: string | null;
  modified: string | null;
  authors: string[];
  /** Content or summary, as HTML (or plain text). */
  html: string | null;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  items: FeedItem[];
}

const local = (el: DomElement) => (el.tagName ?? el.nodeName).toLowerCase();

function kids(el: DomElement): DomElement[] {
  const out: DomElement[] = [];
  const c = el.childNodes;
  for (let i = 0; i < c.length; i++) if (c[i]!.nodeType === ELEMENT_NODE) out.push(c[i] as DomElement);
  return out;
}

function child(el: DomElement, ...names: string[]): DomElement | null {
  const ks = kids(el);
  for (const n of names) {
    const hit = ks.find((k) => local(k) === n);
    if (hit) return hit;
  }
  return null;
}

const text = (el: DomElement | null) => {
  const t = el?.textContent?.trim();
  return t ? t : null;
};

function descendants(root: DomElement, name: string, out: DomElement[] = []): DomElement[] {
  for (const k of kids(root)) {
    if (local(k) === name) out.push(k);
    else descendants(k, name, out);
  }
  return out;
}

function atomLink(entry: DomElement): string | null {
  const links = kids(entry).filter((k) => local(k) === 'link');
  const alt = links.find((l) => !l.getAttribute('rel') || l.getAttribute('rel') === 'alternate') ?? links[0];
  return alt?.getAttribute('href') ?? null;
}

export function parseXmlFeed(xml: string): ParsedFeed {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
  const root = doc.documentElement;
  if (!root) throw new Error('not XML');
  const name = local(root);
  if (name === 'feed') {
    return {
      kind: 'atom',
      title: text(child(root, 'title')),
      items: descendants(root, 'entry').map((e) => ({
        id: text(child(e, 'id')),
        title: text(child(e, 'title')),
        link: atomLink(e),
        published: toIsoDate(text(child(e, 'published', 'issued', 'created', 'updated'))),
        modified: toIsoDate(text(child(e, 'updated', 'modified'))),
        authors: kids(e).filter((k) => local(k) === 'author').map((a) => text(child(a, 'name')) ?? text(a)).filter((x): x is string => !!x),
        html: text(child(e, 'content')) ?? text(child(e, 'summary')),
      })),
    };
  }
  if (name === 'rss' || name === 'rdf:rdf' || name.endsWith(':rdf') || name === 'rdf') {
    const channel = child(root, 'channel') ?? root;
    return {
      kind: name === 'rss' ? 'rss' : 'rdf',
      title: text(child(channel, 'title')),
      items: descendants(root, 'item').map((it) => ({
        id: text(child(it, 'guid')) ?? it.getAttribute('rdf:about'),
        title: text(child(it, 'title')),
        link: text(child(it, 'link')) ?? (child(it, 'guid')?.getAttribute('isPermaLink') !== 'false' && /^https?:/i.test(text(child(it, 'guid')) ?? '') ? text(child(it, 'guid')) : null),
        published: toIsoDate(text(child(it, 'pubdate', 'dc:date', 'published', 'date'))),
        modified: toIsoDate(text(child(it, 'dc:modified', 'updated', 'atom:updated'))),
        authors: [text(child(it, 'dc:creator')), text(child(it, 'author'))].filter((x): x is string => !!x),
        html: text(child(it, 'content:encoded', 'encoded')) ?? text(child(it, 'description')),
      })),
    };
  }
  throw new Error(`unknown feed root element <${name}>`);
}

export function parseJsonFeed(json: string): ParsedFeed {
  const f = JSON.parse(json) as Record<string, unknown>;
  if (!Array.isArray(f.items)) throw new Error('JSON Feed without an "items" array');
  const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    kind: 'json',
    title: s(f.title),
    items: f.items.map((raw) => {
      const it = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
      const authors = [...(Array.isArray(it.authors) ? it.authors : []), it.author]
        .map((a) => (a && typeof a === 'object' ? s((a as Record<string, unknown>).name) : null))
        .filter((x): x is string => !!x);
      const textContent = s(it.content_text);
      return {
        id: s(it.id) ?? (typeof it.id === 'number' ? String(it.id) : null),
        title: s(it.title),
        link: s(it.url) ?? s(it.external_url),
        published: toIsoDate(s(it.date_published)),
        modified: toIsoDate(s(it.date_modified)),
        authors,
        html: s(it.content_html) ?? (textContent ? textContent.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('') : null) ?? s(it.summary),
      };
    }),
  };
}

/** The text of an item's HTML content, paragraph breaks kept, with its layout when it was HTML. */
export function itemText(html: string): { text: string; blocks: LayoutBlock[] | null } {
  if (!/[<&]/.test(html)) return { text: html.replace(/\r\n?/g, '\n').trim(), blocks: null };
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: DomDocument };
  return document.body ? htmlToText(document.body) : { text: '', blocks: null };
}

function absolute(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return null;
  }
}

async function itemDocument(ref: InputRef, feed: ParsedFeed, item: FeedItem, n: number, options: Readonly<IngestOptions>): Promise<ReadResult> {
  const source = `${ref.source}#item-${n}`;
  const base = ref.finalUrl ?? (ref.kind === 'url' ? ref.source : null);
  const link = absolute(item.link, base);
  const id = item.id ?? link ?? `${idFromSource(ref.source.replace(/\.gz$/i, ''))}#${n}`;
  const extra: Record<string, unknown> = { format: `feed-${feed.kind}` };
  if (feed.title) extra.feedTitle = feed.title;
  if (item.authors.length) extra.authors = item.authors;
  if (item.modified) extra.modified = item.modified;

  if (options.fetchLinks && link && /^https?:/i.test(link)) {
    try {
      const page = await fetchUrl(link, { allowPrivate: options.allowPrivate });
      const r = htmlDocument({ kind: 'url', source: link, finalUrl: page.finalUrl, contentType: page.contentType }, decodeWeb(page.bytes, page.contentType).text, { id, source, url: link });
      if (r.ok) {
        const doc: RawDocument = {
          ...r.doc,
          title: r.doc.title ?? item.title,
          // The feed's date is the publisher's statement about this item; the page's is a fallback.
          published: item.published ?? r.doc.published,
          extra: { ...extra, ...r.doc.extra, format: `feed-${feed.kind}+html` },
        };
        return { ok: true, doc };
      }
      extra.fetchError = r.error.reason;
    } catch (e) {
      extra.fetchError = e instanceof InputError ? e.reason : (e as Error).message;
    }
  }
  const content = item.html ? itemText(item.html) : { text: '', blocks: null };
  const body = content.text;
  if (body && content.blocks) extra.layout = content.blocks;
  const textOut = body || item.title || '';
  if (!textOut.trim()) {
    const why = extra.fetchError ? `has no text, and its link could not be fetched: ${String(extra.fetchError)}` : 'has no title, content or summary';
    return { ok: false, error: new InputError(source, `feed item ${why}`) };
  }
  if (!body) extra.titleOnly = true;
  return { ok: true, doc: { id, source, title: item.title, published: item.published, url: link, text: textOut, extra } };
}

export const feedReader: InputReader = {
  name: 'feed',
  accepts: (ref, head) => contentTypeKind(ref.contentType) === 'feed' || looksLikeFeed(head),
  async *read(ref, bytes, options): AsyncIterable<ReadResult> {
    const raw = decodeWeb(bytes, ref.contentType).text;
    let feed: ParsedFeed;
    try {
      feed = /^\s*\{/.test(raw) ? parseJsonFeed(raw) : parseXmlFeed(raw);
    } catch (e) {
      yield { ok: false, error: new InputError(ref.source, `not a readable feed: ${(e as Error).message}`) };
      return;
    }
    if (feed.items.length === 0) {
      yield { ok: false, error: new InputError(ref.source, 'feed has no items') };
      return;
    }
    for (let i = 0; i < feed.items.length; i++) {
      try {
        yield await itemDocument(ref, feed, feed.items[i]!, i + 1, options);
      } catch (e) {
        yield { ok: false, error: new InputError(`${ref.source}#item-${i + 1}`, `broken feed item: ${(e as Error).message}`) };
      }
    }
  },
};
