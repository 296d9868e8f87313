/*
 * Lines whose form alone says what they are, in any site's wording: bylines, captions and
 * photo credits, share and newsletter prompts, comment counters, time stamps, copyright
 * notices. Only short lines qualify, so a story sentence that mentions a newsletter stays.
 */
import type { Unit } from './units.js';

export type FormReason = 'byline' | 'caption' | 'share' | 'newsletter' | 'comments' | 'boilerplate';

// (a middle dot or bullet may part the name from the date: "By Ana Torres · March 10, 2026")
const BYLINE = /^(?:[Bb]y|BY|[Ww]ords by|[Ww]ritten by|[Rr]eporting by|[Vv]on|[Pp]or|[Pp]ar)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|da|van|von|der|al)){0,8}[\s,|–—·•-]*(?:[\p{L}\d:,./ –—·•|-]{0,60})?$/u;
const CAPTION = /^(?:photo|image|picture|pictured|video|graphic|illustration|credit|foto)s?\s*[:|]|\((?:image|photo|picture|credit)s?:[^)]*\)\s*$|\b(?:photo|image|picture)s?\s*(?:credit)?\s*:\s*[\p{Lu}][^.]{0,60}$|\bcredit:\s*\S.{0,60}$/iu;
const SHARE = /^(?:share|share this|share on|tweet|email|e-mail|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy link|copy the link|link copied|save|bookmark)(?:\s*(?:this|article|story|on|via|\||,|\/|facebook|twitter|whatsapp|linkedin|email|print|link))*\s*$/i;
const NEWSLETTER = /\b(?:sign up|signup|subscribe|newsletter|in your inbox|your email address|email address)\b/i;
const COMMENTS = /^(?:\d+\s+)?comments?\b.{0,30}$|^(?:leave|post|add|view|show|read)\s+(?:a |all |the )?(?:\d+\s+)?(?:comments?|reply|replies)\b|^join the (?:conversation|discussion)\b/i;
const STAMP = /^(?:published|updated|posted|last updated|last modified|first published|modified)\b[\s:]*(?:on|at)?\s*[\p{L}\p{N}:,./ –—|;+()-]{0,80}$/iu;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i;
const DATE_ONLY = /^[\p{L}\p{N}:,./ –—|-]*\b(?:\d{1,2}:\d{2}|\d{4})\b[\p{L}\p{N}:,./ –—|-]*$/u;
const MONTHISH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:am|pm|gmt|utc|est|edt|cet|bst)\b/i;

/** A reason when the unit's form says it is not story text; null when form says nothing. */
export function formReason(u: Unit): FormReason | null {
  const t = u.text;
  if (u.kind === 'caption') return 'caption';
  if (u.nWords <= 14 && BYLINE.test(t) && !u.attribution) return 'byline';
  // Every alternative of CAPTION needs a colon or a bar.
  if (u.nWords <= 30 && (t.includes(':') || t.includes('|')) && CAPTION.test(t) && !u.quote) return 'caption';
  if (u.nWords <= 8 && SHARE.test(t)) return 'share';
  if (u.nWords <= 35 && NEWSLETTER.test(t) && !u.attribution && !u.quote) return 'newsletter';
  if (u.nWords <= 8 && COMMENTS.test(t)) return 'comments';
  if (u.nWords <= 16 && COPYRIGHT.test(t)) return 'boilerplate';
  if (u.nWords <= 14 && STAMP.test(t) && MONTHISH.test(t)) return 'boilerplate';
  if (u.nWords <= 10 && !u.terminal && DATE_ONLY.test(t) && MONTHISH.test(t)) return 'boilerplate';
  // A bare number or symbol: an image counter, a share count, a stray bullet.
  if (u.nWords <= 1 && u.kind !== 'cell' && u.kind !== 'li' && /^[\p{N}\p{P}\p{S}\s]*$/u.test(t)) return 'boilerplate';
  return null;
}
