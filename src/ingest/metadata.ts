/*
 * A page's metadata: title, authors, published and modified dates, canonical URL, language
 * and site name. Sources in order of trust: JSON-LD (schema.org NewsArticle and kin),
 * OpenGraph / article:* / Dublin Core meta tags, <time> elements, then the URL itself.
 * Read before Readability runs, since Readability changes the DOM.
 */
import { dateFromUrl, toIsoDate } from './dates.js';
import type { DomDocument, DomElement } from './dom.js';

export interface PageMeta {
  title: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  canonical: string | null;
  lang: string | null;
  siteName: string | null;
  description: string | null;
  /** The article text a JSON-LD object carries, when it carries one. */
  ldBody: string | null;
}

const ARTICLE_TYPE = /^(?:\w+:)?(?:News|Reportage|Analysis|Opinion|Review|Background|BackgroundNews|AskPublic|Satirical|Scholarly|Tech|Medical)?Article$|^(?:BlogPosting|LiveBlogPosting|Report|SocialMediaPosting|DiscussionForumPosting|WebPage|Posting)$/;

type Json = Record<string, unknown>;

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return str((v as Json)['@value'] ?? (v as Json).name);
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

/** Every object in the JSON-LD blocks, with @graph and nested arrays flattened. */
function jsonLdObjects(scripts: DomElement[]): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ((v as Json)['@graph']) visit((v as Json)['@graph'], depth + 1);
    }
  };
  for (let i = 0; i < scripts.length; i++) {
    const raw = (scripts[i]!.textContent ?? '').trim().replace(/^<!--|-->$/g, '');
    if (!raw || raw.length > 2_000_000) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  return out;
}

function isArticle(o: Json): boolean {
  return asArray(o['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t) && t !== 'WebPage');
}

function personNames(v: unknown): string[] {
  const out: string[] = [];
  for (const a of asArray(v)) {
    const name = typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Json).name) : null;
    if (name) out.push(...name.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean));
  }
  return out;
}

/** The elements metadata comes from, found in one walk of the tree (each linkedom query is a walk). */
interface Sources {
  meta: DomElement[];
  ldScripts: DomElement[];
  time: DomElement[];
  link: DomElement[];
  title: DomElement | null;
  h1: DomElement | null;
}

function collect(doc: DomDocument): Sources {
  const out: Sources = { meta: [], ldScripts: [], time: [], link: [], title: null, h1: null };
  const all = doc.querySelectorAll('meta,script,time,link,title,h1');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    switch ((el.tagName ?? '').toLowerCase()) {
      case 'meta':
        out.meta.push(el);
        break;
      case 'script':
        if (/ld\+json/i.test(el.getAttribute('type') ?? '')) out.ldScripts.push(el);
        break;
      case 'time':
        if (el.getAttribute('datetime')) out.time.push(el);
        break;
      case 'link':
        out.link.push(el);
        break;
      case 'title':
        out.title ??= el;
        break;
      case 'h1':
        out.h1 ??= el;
        break;
    }
  }
  return out;
}

/** All <meta> tags by name, property and itemprop. */
class MetaTags {
  private readonly map = new Map<string, string[]>();
  constructor(els: DomElement[]) {
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      const content = el.getAttribute('content')?.trim();
      if (!content) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const key = el.getAttribute(attr)?.trim().toLowerCase();
        if (!key) continue;
        const list = this.map.get(key);
        if (list) list.push(content);
        else this.map.set(key, [content]);
      }
    }
  }
  first(...keys: string[]): string | null {
    for (const k of keys) {
      const v = this.map.get(k.toLowerCase());
      if (v) return v[0]!;
    }
    return null;
  }
  all(...keys: string[]): string[] {
    return keys.flatMap((k) => this.map.get(k.toLowerCase()) ?? []);
  }
}

const clean = (s: string | null): string | null => (s ? s.replace(/\s+/g, ' ').trim() || null : null);

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base ?? undefined);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** The title without a trailing " | Site name" when the site name is known or the tail is short. */
function trimTitle(title: string, siteName: string | null): string {
  const m = /^(.{12,}?)\s+[|\-–—:·»]\s+([^|\-–—·»]{2,40})$/.exec(title);
  if (m && (!siteName || m[2]!.toLowerCase().includes(siteName.toLowerCase().slice(0, 6)) || m[2]!.split(' ').length <= 4)) return m[1]!;
  return title;
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const c = n.replace(/^by\s+/i, '').replace(/\s+/g, ' ').trim();
    if (!c || c.length > 80 || /^https?:/i.test(c) || seen.has(c.toLowerCase())) continue;
    seen.add(c.toLowerCase());
    out.push(c);
  }
  return out;
}

/** Reads a page's metadata; `url` is where the page came from, used for relative links and URL dates. */
export function readPageMeta(doc: DomDocument, url: string | null): PageMeta {
  const src = collect(doc);
  const tags = new MetaTags(src.meta);
  const meta = (...keys: string[]) => tags.first(...keys);
  const metas = (...keys: string[]) => tags.all(...keys);
  const objects = jsonLdObjects(src.ldScripts);
  const ld = objects.find(isArticle) ?? null;
  const ldStr = (k: string) => (ld ? str(ld[k]) : null);

  const siteName = clean(
    meta('og:site_name', 'application-name', 'publisher') ??
      (ld ? str((ld.publisher as Json | undefined)?.name ?? null) : null) ??
      str(objects.find((o) => asArray(o['@type']).includes('WebSite'))?.name),
  );
  const canonical =
    absolute(src.link.find((l) => /^canonical$/i.test(l.getAttribute('rel') ?? ''))?.getAttribute('href') ?? null, url) ??
    absolute(meta('og:url'), url) ??
    absolute(ldStr('url'), url) ??
    (url && /^https?:/i.test(url) ? url : null);

  const rawTitle = clean(ldStr('headline') ?? meta('og:title', 'twitter:title', 'dc.title', 'title') ?? src.title?.textContent ?? src.h1?.textContent ?? null);
  const title = rawTitle ? trimTitle(rawTitle, siteName) : null;

  const authors = dedupe([
    ...(ld ? personNames(ld.author ?? ld.creator) : []),
    ...metas('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl').filter((a) => !/^https?:/i.test(a)),
  ]);

  const times = src.time;
  const timeEl = times.find((t) => t.getAttribute('pubdate') !== null || /datePublished/i.test(t.getAttribute('itemprop') ?? '')) ?? times[0];
  const timeDate = toIsoDate(timeEl?.getAttribute('datetime') ?? null);

  const published =
    toIsoDate(ldStr('datePublished') ?? ldStr('dateCreated')) ??
    toIsoDate(meta('article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'citation_publication_date', 'article.published')) ??
    timeDate ??
    dateFromUrl(canonical) ??
    dateFromUrl(url);
  const modified = toIsoDate(ldStr('dateModified') ?? meta('article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'));

  const langRaw = doc.documentElement?.getAttribute('lang') ?? ldStr('inLanguage') ?? meta('og:locale', 'content-language', 'language', 'dc.language');
  const lang = langRaw && /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/i.test(langRaw.trim()) ? langRaw.trim().replace('_', '-') : null;

  const ldBody = ld ? str(ld.articleBody) : null;
  return {
    title,
    authors,
    published,
    modified,
    canonical,
    lang,
    siteName,
    description: clean(meta('description', 'og:description')),
    ldBody: ldBody && ldBody.length > 200 ? ldBody : null,
  };
}
