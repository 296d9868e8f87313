/*
 * One HTML page to one article: Readability on linkedom finds the main content, we keep its
 * paragraph breaks and layout hints, and the page's metadata comes along. When Readability
 * finds nothing usable, JSON-LD articleBody or the page's visible text is the fallback, and
 * the result says so.
 */
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomNode } from './dom.js';
import { parsePage } from './dom.js';
import { htmlToText, type LayoutBlock } from './html-text.js';
import { readPageMeta, type PageMeta } from './metadata.js';

export interface ExtractedArticle {
  text: string;
  blocks: LayoutBlock[];
  meta: PageMeta;
  /** How the text was found: Readability's article, the JSON-LD body, or the whole page. */
  method: 'readability' | 'json-ld' | 'page';
  parser: 'linkedom' | 'jsdom';
  /** Readability found no article: the text is the page's visible text, likely not a story. */
  notArticle: boolean;
}

/** Characters of HTML we parse; a larger page is cut there (a partial result, flagged). */
export const MAX_HTML_CHARS = 3_000_000;

/** Removes what can never be text before parsing: it makes huge pages parse much faster. */
export function stripInert(html: string): string {
  if (html.length < 2_000_000) return html;
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, (m) => (/application\/ld\+json/i.test(m.slice(0, 200)) ? m : ''))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function pageText(doc: DomDocument): ReturnType<typeof htmlToText> {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { text: '', blocks: [] };
  for (const sel of ['nav', 'header', 'footer', 'aside', 'form', '[role="navigation"]', '[aria-hidden="true"]']) {
    const els = body.querySelectorAll(sel);
    for (let i = els.length - 1; i >= 0; i--) els[i]!.remove();
  }
  return htmlToText(body);
}

export interface ExtractOptions {
  url?: string | null;
}

export function extractArticle(html: string, opts: ExtractOptions = {}): ExtractedArticle & { truncated: boolean } {
  let truncated = false;
  let src = stripInert(html);
  if (src.length > MAX_HTML_CHARS) {
    src = src.slice(0, MAX_HTML_CHARS);
    truncated = true;
  }
  const { document, parser } = parsePage(src, opts.url);
  const meta = readPageMeta(document, opts.url ?? null);
  let article: { content: DomNode | null | undefined } | null = null;
  try {
    // Our metadata already read the JSON-LD; Readability need not parse it again.
    const reader = new Readability(document as never, { serializer: (el: unknown) => el as DomNode, disableJSONLD: true });
    article = reader.parse() as { content: DomNode | null | undefined } | null;
  } catch {
    article = null;
  }
  const extracted = article?.content ? htmlToText(article.content) : { text: '', blocks: [] };
  const n = words(extracted.text);
  if (meta.ldBody && words(meta.ldBody) > Math.max(80, n * 1.5)) {
    // The publisher's own article text, when Readability clearly fell short of it.
    const paras = meta.ldBody.split(/\s*\n\s*/).filter(Boolean);
    return { ...fromParagraphs(paras), meta, method: 'json-ld', parser, notArticle: false, truncated };
  }
  // A short post is still an article: Readability's few lines beat the whole page's text.
  if (n >= 8) return { ...extracted, meta, method: 'readability', parser, notArticle: false, truncated };
  // No article: the page's visible text, flagged, so a caller can report it rather than guess.
  // Readability has changed the DOM by now, so the page is parsed again (a rare case).
  const page = pageText(parsePage(src, opts.url).document);
  const best = words(page.text) > n ? page : extracted;
  return { ...best, meta, method: best === page ? 'page' : 'readability', parser, notArticle: true, truncated };
}

function fromParagraphs(paras: string[]): { text: string; blocks: LayoutBlock[] } {
  const blocks: LayoutBlock[] = [];
  let pos = 0;
  const clean = paras.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  for (const p of clean) {
    blocks.push({ start: pos, end: pos + p.length, kind: 'p', linkDensity: 0 });
    pos += p.length + 2;
  }
  return { text: clean.join('\n\n'), blocks };
}
