/*
 * Turns an article element into plain text that keeps its paragraph breaks, and notes what
 * each paragraph was in the page (heading, list item, caption, ...) and how much of it was
 * link text: the clean stage uses these as form signals for what is not the story.
 */
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

export type BlockKind = 'p' | 'heading' | 'li' | 'caption' | 'quote' | 'pre' | 'cell' | 'other';

/** One paragraph of the text as it was laid out in the HTML. */
export interface LayoutBlock {
  start: number;
  end: number;
  kind: BlockKind;
  /** Share of the paragraph's characters that are inside links, 0..1. */
  linkDensity: number;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OBJECT', 'EMBED', 'CANVAS', 'MATH', 'HEAD', 'TITLE']);

function kindOf(tag: string): BlockKind | null {
  switch (tag) {
    case 'P':
      return 'p';
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6':
      return 'heading';
    case 'LI': case 'DT': case 'DD':
      return 'li';
    case 'FIGCAPTION': case 'CAPTION':
      return 'caption';
    case 'BLOCKQUOTE':
      return 'quote';
    case 'PRE':
      return 'pre';
    case 'TD': case 'TH':
      return 'cell';
    default:
      return null;
  }
}

export interface HtmlText {
  text: string;
  blocks: LayoutBlock[];
}

/** The text of `root`: blocks separated by a blank line, whitespace inside a block collapsed. */
export function htmlToText(root: DomNode): HtmlText {
  const parts: string[] = [];
  const blocks: LayoutBlock[] = [];
  let length = 0;
  let cur = '';
  let curLink = 0;
  const kinds: BlockKind[] = [];
  let inCaption = 0;
  let inLink = 0;
  let inPre = 0;

  const flush = () => {
    const t = cur.replace(/[ \t]+\n/g, '\n').replace(/\n[ \t]+/g, '\n').trim();
    if (t) {
      if (parts.length) {
        parts.push('\n\n');
        length += 2;
      }
      const kind: BlockKind = inCaption ? 'caption' : (kinds[kinds.length - 1] ?? 'other');
      blocks.push({ start: length, end: length + t.length, kind, linkDensity: cur.trim().length ? Math.min(1, curLink / cur.trim().length) : 0 });
      parts.push(t);
      length += t.length;
    }
    cur = '';
    curLink = 0;
  };

  const append = (s: string) => {
    if (!inPre) {
      s = s.replace(/[\s\u00a0]+/g, ' ');
      if (s === ' ' && (cur === '' || cur.endsWith(' ') || cur.endsWith('\n'))) return;
      if (cur.endsWith(' ') || cur.endsWith('\n') || cur === '') s = s.replace(/^ /, '');
    }
    if (!s) return;
    cur += s;
    if (inLink) curLink += s.trim().length;
  };

  const walk = (node: DomNode) => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (c.nodeType === TEXT_NODE) {
        append(c.textContent ?? '');
        continue;
      }
      if (c.nodeType !== ELEMENT_NODE) continue;
      const el = c as DomElement;
      const tag = (el.tagName ?? el.nodeName).toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        if (inPre) cur += '\n';
        else flush();
        continue;
      }
      if (tag === 'IMG' || tag === 'HR') {
        if (tag === 'HR') flush();
        continue;
      }
      const block = BLOCK.has(tag);
      const kind = kindOf(tag);
      if (block) flush();
      if (kind) kinds.push(kind);
      if (kind === 'caption') inCaption++;
      if (tag === 'A') inLink++;
      if (tag === 'PRE') inPre++;
      walk(el);
      if (tag === 'PRE') inPre--;
      if (tag === 'A') inLink--;
      if (block) flush();
      if (kind === 'caption') inCaption--;
      if (kind) kinds.pop();
    }
  };
  walk(root);
  flush();
  return { text: parts.join(''), blocks };
}
