/**
 * `npm run eval -- sentences`: sentence-boundary F1 on the CoNLL-2003 test documents,
 * for dossier's splitter and wink-nlp's in the same run.
 *
 * The gold: each CoNLL-2003 test document is rebuilt as running text. Its sentences are
 * detokenized; a sentence that ends in terminal punctuation (. ! ? or a closing quote after
 * one) is followed by a space, so the splitter must find that boundary inside running text;
 * any other sentence (a headline, a dateline like "LONDON 1996-08-30", a table row) is
 * followed by a line break, as it is in the original wire copy, and so is a sentence that
 * opens like a line of its own there: a sign-off ("-- London Newsroom") or a bullet ("* "). A boundary is the offset
 * where a sentence ends. "Inline" counts only boundaries between sentences joined by a space:
 * the hard cases, with nothing but punctuation and capitals to go on.
 */
import path from 'node:path';
import { readConll } from '../entities/conll.js';
import { tokenize } from '../text/tokenize.js';
import { findParagraphs } from '../text/lines.js';
import { splitSentences } from '../text/sentences.js';
import { datasetPath } from './data.js';
import { detokenize } from './detokenize.js';

export interface GoldDoc {
  text: string;
  /** Offsets where gold sentences end, with whether the boundary is inline (space-joined). */
  ends: Array<{ end: number; inline: boolean }>;
}

const TERMINAL_END = /[.!?]["')]*$|[.!?] ["')]$/;

export function buildGold(file: string): GoldDoc[] {
  return readConll(file).map((doc) => {
    let text = '';
    const ends: GoldDoc['ends'] = [];
    doc.sentences.forEach((s, i) => {
      const { text: sentence } = detokenize(s.words);
      const ownLine = /^(--|\*|@)/.test(sentence);
      const inline = i > 0 && TERMINAL_END.test(text) && !ownLine;
      if (i > 0) text += inline ? ' ' : '\n';
      if (ends.length) ends[ends.length - 1]!.inline = inline;
      text += sentence;
      ends.push({ end: text.length, inline: false });
    });
    return { text, ends };
  });
}

/**
 * The gold text has a line break only where CoNLL ends a sentence without punctuation, so
 * by construction it is not hard-wrapped (CoNLL's sports tables do keep the wire's wrapped
 * lines as "sentences"); both systems are told its lines are structure.
 */
export function dossierEnds(text: string): number[] {
  const tokens = tokenize(text);
  return splitSentences(text, tokens, findParagraphs(text, false)).map((s) => s.end);
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(gold: GoldDoc[], predict: (text: string) => number[], inlineOnly: boolean): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const g of gold) {
    const goldEnds = new Set(g.ends.filter((e) => !inlineOnly || e.inline).map((e) => e.end));
    const lineEnds = new Set(g.ends.filter((e) => !e.inline).map((e) => e.end));
    for (const p of predict(g.text)) {
      // For the inline score, predictions at line-break boundaries are neither right nor wrong.
      if (inlineOnly && lineEnds.has(p)) continue;
      if (goldEnds.has(p)) (c.tp++, goldEnds.delete(p));
      else c.fp++;
    }
    c.fn += goldEnds.size;
  }
  return c;
}

const prf = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
};

/**
 * wink-nlp's sentence ends, aligned back to character offsets through its tokens. wink-nlp
 * ignores line breaks, so it is given one line at a time: the same structure dossier sees.
 */
async function winkSplitter(): Promise<(text: string) => number[]> {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text: string) => {
    const ends: number[] = [];
    let lineStart = 0;
    for (const line of text.split('\n')) {
      for (const e of winkLineEnds(line)) ends.push(lineStart + e);
      lineStart += line.length + 1;
    }
    return ends;
  };
  function winkLineEnds(text: string): number[] {
    const doc = nlp.readDoc(text);
    const ends: number[] = [];
    let cursor = 0;
    doc.sentences().each((s: { tokens: () => { out: (f?: unknown) => string[] } }) => {
      let end = cursor;
      for (const tok of s.tokens().out(its.value)) {
        const at = text.indexOf(tok, cursor);
        if (at >= 0) {
          cursor = at + tok.length;
          end = cursor;
        }
      }
      ends.push(end);
    });
    return ends;
  }
}

export async function main(args: string[]): Promise<void> {
  const file = args[0] ?? datasetPath('conll2003', 'eng.testb');
  if (!file) throw new Error('needs conll2003/eng.testb under $DOSSIER_DATA (default ../shared/datasets)');
  const gold = buildGold(file);
  const boundaries = gold.reduce((n, g) => n + g.ends.length, 0);
  const inline = gold.reduce((n, g) => n + g.ends.filter((e) => e.inline).length, 0);
  console.log(`Sentence boundaries, CoNLL-2003 ${path.basename(file)}: ${gold.length} documents, ${boundaries} boundaries (${inline} inline)`);
  const systems: Array<[string, (t: string) => number[]]> = [
    ['dossier', dossierEnds],
    ['wink-nlp', await winkSplitter()],
  ];
  console.log('system     all P   all R   all F1  | inline P inline R inline F1 | ms');
  for (const [name, fn] of systems) {
    const t0 = performance.now();
    const all = prf(score(gold, fn, false));
    const ms = performance.now() - t0;
    const inl = prf(score(gold, fn, true));
    const f = (x: number) => x.toFixed(4).padStart(7);
    console.log(`${name.padEnd(10)} ${f(all.p)} ${f(all.r)} ${f(all.f)}  | ${f(inl.p)}  ${f(inl.r)}  ${f(inl.f)}  | ${ms.toFixed(0)}`);
  }
}
