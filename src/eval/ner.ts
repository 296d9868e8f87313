/**
 * `npm run eval -- ner [--model PATH] [--no-compromise] [--sets eng.testb,conllpp.testb]`:
 * entity-level exact-match P/R/F1 per type (as conlleval counts) on CoNLL-2003 test and
 * CoNLL++ test, with compromise scored on the same text in the same run, and tagging speed.
 * The tagger is scored alone, then the whole entity stage (the tagger with the rules after it,
 * which follow news conventions where CoNLL's differ, e.g. "Ministry of X" is one organisation).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readConll, type ConllDocument } from '../entities/conll.js';
import { DEFAULT_MODEL_PATH, NerModel } from '../entities/model.js';
import { SpanScore } from '../entities/score.js';
import { spansFromBilou, spansFromIob, TYPES, type TokenSpan } from '../entities/tags.js';
import type { Sentence, Token } from '../document/types.js';
import { findEntities } from '../entities/index.js';
import { datasetPath } from './data.js';

function opt(args: string[], name: string, dflt: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : dflt;
}

const pct = (x: number) => (x * 100).toFixed(2).padStart(6);

export function report(title: string, sc: SpanScore, types: readonly number[] = [0, 1, 2, 3]): string {
  const lines = [`${title}`, `  type      P      R      F1     gold   pred`];
  for (const t of types) {
    const r = sc.prf(t);
    lines.push(`  ${TYPES[t]!.padEnd(5)} ${pct(r.p)} ${pct(r.r)} ${pct(r.f)}  ${String(r.tp + r.fn).padStart(6)} ${String(r.tp + r.fp).padStart(6)}`);
  }
  const all = sc.prf();
  lines.push(`  all   ${pct(all.p)} ${pct(all.r)} ${pct(all.f)}  ${String(all.tp + all.fn).padStart(6)} ${String(all.tp + all.fp).padStart(6)}`);
  return lines.join('\n');
}

/** Scores the model on CoNLL documents; returns the score and tagging time. */
export function scoreModel(model: NerModel, docs: readonly ConllDocument[]): { score: SpanScore; ms: number; tokens: number } {
  const score = new SpanScore();
  let tokens = 0;
  const t0 = performance.now();
  const tagged = docs.map((d) => model.tagDocument(d.sentences.map((s) => s.words)));
  const ms = performance.now() - t0;
  docs.forEach((d, di) =>
    d.sentences.forEach((s, si) => {
      tokens += s.words.length;
      score.add(spansFromIob(s.tags), spansFromBilou(tagged[di]![si]!));
    }),
  );
  return { score, ms, tokens };
}

const TYPE_INDEX: Record<string, number> = { PERSON: 0, ORG: 1, LOC: 2, MISC: 3 };

/**
 * The whole entity stage (the tagger and the rules after it, `findEntities`) on CoNLL documents:
 * what users get, not the tagger alone. Each document becomes one text, a sentence a line, its
 * words joined by spaces; mentions are scored as token spans.
 */
export function scoreStage(model: NerModel, docs: readonly ConllDocument[]): SpanScore {
  const score = new SpanScore();
  for (const d of docs) {
    let text = '';
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    const gold: TokenSpan[] = [];
    d.sentences.forEach((s, si) => {
      if (si) text += '\n';
      const first = tokens.length;
      const start = text.length;
      s.words.forEach((w, wi) => {
        if (wi) text += ' ';
        tokens.push({ start: text.length, end: text.length + w.length, text: w, kind: /^\p{L}/u.test(w) ? 'word' : /^\d/.test(w) ? 'number' : 'punct', spaceBefore: wi > 0 || si > 0 });
        text += w;
      });
      sentences.push({ start, end: text.length, tokenStart: first, tokenEnd: tokens.length, paragraph: si });
      for (const g of spansFromIob(s.tags)) gold.push({ ...g, start: g.start + first, end: g.end + first });
    });
    const startAt = new Map(tokens.map((t, i) => [t.start, i]));
    const endAt = new Map(tokens.map((t, i) => [t.end, i + 1]));
    const pred: TokenSpan[] = [];
    for (const e of findEntities(text, tokens, sentences, model)) {
      for (const m of e.mentions) {
        const a = startAt.get(m.start);
        const b = endAt.get(m.end);
        if (a !== undefined && b !== undefined) pred.push({ start: a, end: b, type: TYPE_INDEX[e.type]! });
      }
    }
    score.add(gold, pred);
  }
  return score;
}

type Nlp = (text: string) => {
  people(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
  places(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
  organizations(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
};

/** compromise's people, places and organisations on the same tokens, mapped to token spans. */
export function scoreCompromise(nlp: Nlp, docs: readonly ConllDocument[]): { score: SpanScore; ms: number } {
  const score = new SpanScore();
  let ms = 0;
  for (const d of docs) {
    const starts: number[] = [];
    const ends: number[] = [];
    const sentOf: number[] = [];
    const tokOf: number[] = [];
    let text = '';
    d.sentences.forEach((s, si) => {
      if (si) text += '\n';
      s.words.forEach((w, ti) => {
        if (ti) text += ' ';
        starts.push(text.length);
        text += w;
        ends.push(text.length);
        sentOf.push(si);
        tokOf.push(ti);
      });
    });
    const t0 = performance.now();
    const doc = nlp(text);
    const found: Array<[number, Array<{ offset: { start: number; length: number } }>]> = [
      [0, doc.people().json({ offset: true })],
      [1, doc.organizations().json({ offset: true })],
      [2, doc.places().json({ offset: true })],
    ];
    ms += performance.now() - t0;
    const pred: TokenSpan[][] = d.sentences.map(() => []);
    for (const [type, list] of found) {
      for (const m of list) {
        const a = m.offset.start;
        const b = a + m.offset.length;
        let first = -1;
        let last = -1;
        for (let k = 0; k < starts.length; k++) {
          if (starts[k]! >= a && ends[k]! <= b) {
            if (first < 0) first = k;
            last = k;
          }
        }
        if (first < 0 || sentOf[first] !== sentOf[last]) continue;
        // compromise includes trailing punctuation in some matches; conlleval would not.
        while (last > first && /^[^\p{L}\p{N}]+$/u.test(d.sentences[sentOf[first]!]!.words[tokOf[last]!]!)) last--;
        pred[sentOf[first]!]!.push({ start: tokOf[first]!, end: tokOf[last]! + 1, type });
      }
    }
    d.sentences.forEach((s, si) => score.add(spansFromIob(s.tags), pred[si]!, [0, 1, 2]));
  }
  return { score, ms };
}

export async function main(args: string[]): Promise<void> {
  const conll = datasetPath('conll2003');
  if (!conll) throw new Error('eval ner: conll2003 dataset not found (set DOSSIER_DATA)');
  const modelPath = opt(args, 'model', DEFAULT_MODEL_PATH);
  const sets = opt(args, 'sets', 'eng.testb,conllpp.testb').split(',');
  const t0 = performance.now();
  const model = NerModel.load(modelPath);
  const loadMs = performance.now() - t0;
  console.log(`model ${path.relative(process.cwd(), modelPath)}: ${model.numFeatures} feature rows, loaded in ${loadMs.toFixed(0)} ms`);
  const nlp = args.includes('--no-compromise') ? null : ((await import('compromise')).default as unknown as Nlp);
  for (const set of sets) {
    const docs = readConll(path.join(conll, set));
    // Warm the word caches once so the timing is of steady-state tagging, then measure.
    scoreModel(model, docs);
    model.featurizer.clearCache();
    const r = scoreModel(model, docs);
    console.log(`\n${report(`${set}: dossier (${r.tokens} tokens, ${Math.round(r.tokens / (r.ms / 1000))} tokens/s, cold word cache)`, r.score)}`);
    console.log(report(`${set}: dossier entity stage (the tagger and the rules after it, as analyze runs them)`, scoreStage(model, docs)));
    if (nlp) {
      const c = scoreCompromise(nlp, docs);
      console.log(report(`${set}: compromise (PER/ORG/LOC only; ${Math.round(r.tokens / (c.ms / 1000))} tokens/s)`, c.score, [0, 1, 2]));
      const m3 = new SpanScore();
      // dossier on the same three types, for a like-for-like overall figure.
      docs.forEach((d) => {
        const tagged = model.tagDocument(d.sentences.map((s) => s.words));
        d.sentences.forEach((s, si) => m3.add(spansFromIob(s.tags), spansFromBilou(tagged[si]!), [0, 1, 2]));
      });
      console.log(`  dossier on PER/ORG/LOC only: F1 ${pct(m3.f1())}`);
    }
  }
}
