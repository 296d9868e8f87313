/*
 * The units the clean stage judges: the text's paragraphs (each line, unless the text is
 * hard-wrapped), with the form features that tell a story paragraph from a headline, a
 * teaser, a caption or a prompt, and the HTML layout of the paragraph when it came from a page.
 */
import type { Document } from '../document/document.js';
import { findParagraphs, isHardWrapped } from '../text/index.js';
import { trimKeys, vocabOf, type Vocab } from './words.js';

export interface LayoutHint {
  start: number;
  end: number;
  kind: string;
  linkDensity: number;
}

export interface Unit {
  start: number;
  end: number;
  text: string;
  nWords: number;
  /** Ends as a sentence does. */
  terminal: boolean;
  sentences: number;
  quote: boolean;
  /** Opens with a quotation mark that it never closes: speech cut off or going on, which a headline never is. */
  openQuote: boolean;
  /** Reports speech the way a story does: "said", "told reporters", "according to". */
  attribution: boolean;
  vocab: Vocab;
  /** A blank line separates it from the unit before. */
  blankBefore: boolean;
  kind: string | null;
  linkDensity: number;
  /** Found on first use (see topic.ts, rules.ts): the content keys after "the", "this"..., and two text tests (-1 not yet known). */
  anaphoraKeys: number[] | null;
  pronounStart: number;
  pastTense: number;
}

const TERMINAL_CHARS = '.!?…:;"”’\')]';

/** /[.!?…:;"”’')\]]$/u.test(t), by the last character (every mark is one code unit). */
function endsTerminal(t: string): boolean {
  return t.length > 0 && TERMINAL_CHARS.includes(t.charAt(t.length - 1));
}
const ATTRIBUTION = /\b(?:said|told|according to|added|explained|noted|wrote|declined to|confirmed|insisted|warned|argued|acknowledged)\b/i;
const QUOTE = /["“”«»]|(?:^|\s)['‘][A-Z]/u;

/** `"We will take this to court` (and no closing mark): an opening mark with none after it. */
function opensUnclosedQuote(t: string): boolean {
  const s = t.trimStart();
  if (s.startsWith('“')) return !s.includes('”');
  if (s.startsWith('"')) return s.indexOf('"', 1) < 0;
  return false;
}

function layoutOf(doc: Document): LayoutHint[] | null {
  const l = doc.meta.extra?.layout;
  return Array.isArray(l) ? (l as LayoutHint[]) : null;
}

export function unitsOf(doc: Document): Unit[] {
  trimKeys();
  const text = doc.text;
  const spans = findParagraphs(text, isHardWrapped(text));
  const layout = layoutOf(doc);
  let li = 0;
  return spans.map((s, i) => {
    const t = text.slice(s.start, s.end);
    const vocab = vocabOf(t);
    const prevEnd = i ? spans[i - 1]!.end : 0;
    let kind: string | null = null;
    let linkDensity = 0;
    if (layout) {
      while (li < layout.length && layout[li]!.end <= s.start) li++;
      const b = layout[li];
      if (b && b.start <= s.start && b.end >= s.end) {
        kind = b.kind;
        linkDensity = b.linkDensity;
      }
    }
    return {
      start: s.start,
      end: s.end,
      text: t,
      nWords: vocab.count,
      terminal: endsTerminal(t),
      sentences: 1 + (t.match(/[.!?]["”’)]?\s+["“‘(]?\p{Lu}/gu)?.length ?? 0),
      quote: QUOTE.test(t),
      openQuote: opensUnclosedQuote(t),
      attribution: ATTRIBUTION.test(t),
      vocab,
      blankBefore: i > 0 && /\n[ \t\r]*\n/.test(text.slice(prevEnd, s.start)),
      kind,
      linkDensity,
      anaphoraKeys: null,
      pronounStart: -1,
      pastTense: -1,
    };
  });
}
