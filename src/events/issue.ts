/**
 * Issue normalisation: a short noun phrase, lowercased, without determiners, quantifiers,
 * framing words ("any talk of", "plans for", "the idea of") or a plural on its head, so
 * that "a carbon tax", "the carbon taxes" and "any talk of a carbon tax" are one issue.
 */
const DROP_LEAD = new Set([
  'a', 'an', 'the', 'any', 'all', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'new', 'proposed',
  'planned', 'further', 'more', 'tougher', 'stronger', 'such', 'some', 'no', 'immediate', 'fresh', 'possible',
]);
const FRAMES = ['talk of', 'talks on', 'calls for', 'call for', 'plans for', 'plan for', 'plans to', 'the idea of', 'idea of', 'efforts to', 'proposals for', 'proposal for', 'moves to', 'attempts to', 'push for'];
const STOP = new Set([
  'because', 'after', 'before', 'since', 'until', 'as', 'while', 'when', 'which', 'that', 'who', 'and', 'but', 'saying', 'said', 'in', 'at',
  'during', 'if', 'unless', 'than', 'despite', 'amid', 'to', 'from', 'by', 'with', 'over', 'for', 'is', 'was', 'were', 'are', 'would', 'will',
]);

const RELATIVE_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'we', 'they', 'he', 'she', 'it', 'i', 'you']);
const PHRASE_PREPS = new Set(['of', 'on', 'about', 'against', 'into', 'toward', 'towards', 'between', 'among']);

function singular(w: string): string {
  if (w.length <= 3 || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ches|shes|xes|ses|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Normalises the words of an issue phrase (already cut at the phrase end); '' when nothing is left. */
export function normalizeIssue(words: readonly string[]): string {
  let ws = words.map((w) => w.toLowerCase().replace(/[’']s$/, '').replace(/[“”"]/g, '')).filter((w) => w && !/^[,.;:!?()]$/.test(w));
  let changed = true;
  while (changed && ws.length) {
    changed = false;
    while (ws.length && DROP_LEAD.has(ws[0]!)) { ws = ws.slice(1); changed = true; }
    const joined = ws.join(' ');
    for (const f of FRAMES) {
      if (joined.startsWith(`${f} `)) { ws = ws.slice(f.split(' ').length); changed = true; break; }
    }
  }
  // "the border levy the EU charges on imports": a determiner after the head opens a relative clause
  // without "that" ("of the pipelines" keeps its article: it is the phrase's own)
  const cut = ws.findIndex((w, i) => STOP.has(w) || (i > 0 && w.endsWith('ing') && w.length > 5) || (i > 0 && RELATIVE_OPENERS.has(w) && !PHRASE_PREPS.has(ws[i - 1]!)));
  if (cut >= 0) ws = ws.slice(0, cut);
  ws = ws.slice(0, 5);
  // "of"-phrases keep their head plural ("reopening of the pipelines" → "reopening of pipeline")
  if (!ws.length) return '';
  ws = ws.filter((w, i) => !(i > 0 && (w === 'the' || w === 'a' || w === 'an')));
  ws[ws.length - 1] = singular(ws[ws.length - 1]!);
  return ws.join(' ');
}

/** Words of a phrase from token texts, stopping at punctuation or after max words. */
export function phraseWords(texts: readonly string[], max = 9): string[] {
  const out: string[] = [];
  for (const t of texts) {
    if (/^[,.;:!?()“”"—–]$/.test(t)) break;
    out.push(t);
    if (out.length >= max) break;
  }
  return out;
}
