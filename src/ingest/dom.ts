/*
 * The few DOM shapes the HTML code uses. The project compiles without the DOM lib, and
 * linkedom and jsdom each bring their own classes, so we type what we touch ourselves.
 */
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomNode {
  documentElement: DomElement | null;
  body: DomElement | null;
  head: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface ParsedPage {
  document: DomDocument;
  parser: 'linkedom' | 'jsdom';
}

const require = createRequire(import.meta.url);

/** Parses HTML with linkedom; jsdom (slower, stricter) only when linkedom throws. */
export function parsePage(html: string, url?: string | null): ParsedPage {
  try {
    const { document } = parseHTML(html) as unknown as { document: DomDocument };
    if (!document.documentElement) throw new Error('no document element');
    return { document, parser: 'linkedom' };
  } catch {
    return { document: parseWithJsdom(html, url), parser: 'jsdom' };
  }
}

/** jsdom is loaded lazily: it costs ~200 ms to import and is rarely needed. */
export function parseWithJsdom(html: string, url?: string | null): DomDocument {
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string, opts: object) => { window: { document: DomDocument } } };
  const opts: Record<string, unknown> = {};
  if (url && /^https?:/i.test(url)) opts.url = url;
  return new JSDOM(html, opts).window.document;
}
