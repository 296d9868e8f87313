/* What a web input is, from its first bytes: a feed (RSS, Atom, RDF, JSON Feed) or an HTML page. */

const strip = (head: string) => head.replace(/^\ufeff|^ï»¿/, '').replace(/^\s+/, '');

export function looksLikeFeed(head: string): boolean {
  const h = strip(head);
  if (/^\{/.test(h)) return /jsonfeed\.org\/version/i.test(h);
  if (!/^</.test(h)) return false;
  const body = h.replace(/<\?xml[^>]*\?>/i, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<\?xml-stylesheet[^>]*\?>/gi, '').replace(/^\s+/, '');
  return /^<(?:rss\b|feed\b|rdf:RDF\b)/i.test(body) || (/<rss\b|<feed\s[^>]*xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom/i.test(h) && !/<html\b/i.test(h));
}

export function looksLikeHtml(head: string, source = ''): boolean {
  const h = strip(head);
  if (/^(?:<!doctype html|<html\b|<head\b|<body\b|<meta\b|<title\b|<article\b|<div\b|<p\b|<section\b|<main\b|<h[1-6]\b|<!--)/i.test(h)) return true;
  if (/\.x?html?(?:\.gz)?$/i.test(source) && /^</.test(h)) return true;
  return /^<\?xml[^>]*\?>\s*(?:<!doctype html|<html\b)/i.test(h);
}

export function contentTypeKind(ct: string | null | undefined): 'html' | 'feed' | null {
  if (!ct) return null;
  if (/\b(?:rss|atom)\+xml\b|feed\+json/i.test(ct)) return 'feed';
  if (/\btext\/html\b|application\/xhtml/i.test(ct)) return 'html';
  return null;
}
