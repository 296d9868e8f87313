/**
 * `npm run eval -- quotes [--split dev|test|train] [--limit N] [--rules] [--speaker-errors|--speaker-all] [--dump FILE]` (--rules: the
 * hand rules without the learned taggers, for comparison; --speaker-errors: print each missed direct-quote
 * speaker): attribution spans on PolNeAR
 * scored as citron scores PARC (cue, source, content: exact and overlap P/R/F1; all spans
 * together), speaker accuracy on direct quotes (strict, over self-naming gold sources, and with gold
 * sources resolved in gold context; the error listing judges against the last), and the baseline (text between quotation marks,
 * attributed to the nearest PERSON in its sentence) in the same run.
 *
 * Each document gets its whole text as the body (no clean stage: PolNeAR texts are already
 * article bodies), then the default text, entities, time and quote stages.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Document } from '../document/document.js';
import { runStages, type AnyStage } from '../document/pipeline.js';
import type { Quote } from '../document/types.js';
import { entitiesStage } from '../entities/index.js';
import { quotesStage } from '../quotes/stage.js';
import { textStage } from '../text/index.js';
import { timeStage } from '../time/index.js';
import { sentenceIndexAt } from '../text/index.js';
import { findQuoteMarks } from '../quotes/marks.js';
import { readPolnear, type PolnearDoc } from '../quotes/polnear.js';
import { SpanTally, TripleTally, overlaps, type S, type Triple } from '../quotes/score.js';
import { indexEntities, resolveSpeaker } from '../quotes/speaker.js';
import { setDefaultTaggers } from '../quotes/tagger.js';
import { datasetPath } from './data.js';

function opt(args: string[], name: string, dflt: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : dflt;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

interface System {
  cue: SpanTally;
  source: SpanTally;
  content: SpanTally;
  all: TripleTally;
  speakerRight: number;
  speakerSpanRight: number;
  speakerTotal: number;
  /** Gold direct quotes whose gold source resolves to an entity on its own (a name or a unique title). */
  speakerNamed: number;
  /** The same with gold pronouns resolved in gold context (the previous gold attribution's speaker). */
  speakerCtxRight: number;
  speakerCtxNamed: number;
}
const newSystem = (): System => ({ cue: new SpanTally(), source: new SpanTally(), content: new SpanTally(), all: new TripleTally(), speakerRight: 0, speakerSpanRight: 0, speakerTotal: 0, speakerNamed: 0, speakerCtxRight: 0, speakerCtxNamed: 0 });

/** Groups our quotes sharing one cue into one attribution (a broken quote is one content). */
function triplesOf(quotes: readonly Quote[]): Triple[] {
  const byCue = new Map<string, Triple>();
  const out: Triple[] = [];
  for (const q of quotes) {
    const src = q.sourceSpan ? { start: q.sourceSpan.start, end: q.sourceSpan.end } : null;
    if (q.cue) {
      const k = `${q.cue.start}:${q.cue.end}`;
      const t = byCue.get(k);
      if (t && t.content) {
        t.content = { start: Math.min(t.content.start, q.start), end: Math.max(t.content.end, q.end) };
        continue;
      }
      const nt: Triple = { cue: { start: q.cue.start, end: q.cue.end }, source: src, content: { start: q.start, end: q.end } };
      byCue.set(k, nt);
      out.push(nt);
    } else out.push({ cue: null, source: src, content: { start: q.start, end: q.end } });
  }
  return out;
}

const isDirect = (text: string, c: S) => /^["“]/.test(text.slice(c.start, c.end));

/** `--speaker-all`: `--speaker-errors` with the right ones too (tagged RIGHT), to compare two versions. */
let allSpeakers = false;

/** One gold direct quote whose speaker we got wrong (for `--speaker-errors`). */
interface SpeakerError {
  doc: string;
  gold: S;
  goldSource: S;
  goldEntity: string | null;
  pred: Triple | null;
  predEntity: string | null;
}

function scoreDoc(sys: System, doc: PolnearDoc, pred: Triple[], speakerOf: (t: Triple) => string | null, goldSpeakerOf: (s: S, content: S) => string | null, errors?: SpeakerError[], goldCtxOf?: (s: S) => string | null): void {
  const gold: Triple[] = doc.attributions.map((a) => ({ cue: a.cue, source: a.source, content: a.content }));
  const spans = (xs: Triple[], k: keyof Triple) => xs.map((x) => x[k]).filter((x): x is S => !!x);
  sys.cue.add(spans(pred, 'cue'), spans(gold, 'cue'));
  sys.source.add(spans(pred, 'source'), spans(gold, 'source'));
  sys.content.add(spans(pred, 'content'), spans(gold, 'content'));
  sys.all.add(pred, gold);
  for (const g of gold) {
    if (!g.content || !g.source || !isDirect(doc.text, g.content)) continue;
    sys.speakerTotal++;
    const ge = goldSpeakerOf(g.source, g.content);
    if (ge) sys.speakerNamed++;
    const p = pred.find((t) => t.content && overlaps(t.content, g.content!));
    const gc = goldCtxOf ? goldCtxOf(g.source) : ge;
    if (gc) sys.speakerCtxNamed++;
    if (gc && p && speakerOf(p) === gc) sys.speakerCtxRight++;
    // the error listing (--speaker-errors) judges against the gold-context entity
    const ref = goldCtxOf ? gc : ge;
    if (!p) {
      if (ref) errors?.push({ doc: doc.name, gold: g.content, goldSource: g.source, goldEntity: ref, pred: null, predEntity: null });
      continue;
    }
    if (p.source && overlaps(p.source, g.source)) sys.speakerSpanRight++;
    const pe = speakerOf(p);
    if (ge && pe && ge === pe) sys.speakerRight++;
    if (ref && pe && ref === pe) {
      if (errors && allSpeakers) errors.push({ doc: doc.name, gold: g.content, goldSource: g.source, goldEntity: ref, pred: p, predEntity: pe });
    } else errors?.push({ doc: doc.name, gold: g.content, goldSource: g.source, goldEntity: ref, pred: p, predEntity: pe });
  }
}

/**
 * The gold quotation a gold source follows ("“If Trump is elected ...,” he said"), which the quote
 * stage also keeps out of a pronoun's antecedents: a name inside it is spoken of, not speaking.
 */
function quotationBefore(text: string, source: S, content: S | undefined): S | undefined {
  if (!content || content.start >= source.start || !/^[“"‘']/.test(text.slice(content.start, content.start + 1))) return undefined;
  // (a broken quote, `“X,” she said. “Y.”`, is one outer gold span around its source: the part
  // before the source is the quotation the pronoun follows, as the quote stage takes it)
  return content.end <= source.start ? content : { start: content.start, end: source.start };
}

/**
 * Gold sources resolved in gold context: the gold attributions in text order, each source
 * resolved as the quote stage resolves its own (src/quotes/extract.ts `finish`), with the
 * previous *gold* attribution's speaker as the antecedent a pronoun may take (within the next
 * paragraph; "earlier" within three) and the previous sentence as the window. PolNeAR has no
 * gold coreference, so this stands in for it: the antecedent chain is gold, the pronoun rules
 * (gender, only person in the window) are ours, on both sides.
 */
function goldInContext(d: PolnearDoc, doc: Document, index: ReturnType<typeof indexEntities>): Map<string, string | null> {
  const sentences = doc.get('sentences');
  const out = new Map<string, string | null>();
  const srcs = d.attributions.map((a) => a.source).filter((s): s is S => !!s).sort((a, b) => a.start - b.start);
  const contentOf = new Map(d.attributions.filter((a) => a.source && a.content).map((a) => [`${a.source!.start}:${a.source!.end}`, a.content!]));
  let prev: string | null = null;
  let prevPara = -10;
  for (const s of srcs) {
    const si = sentenceIndexAt(sentences, s.start);
    const para = si >= 0 ? sentences[si]!.paragraph : prevPara;
    const windowStart = sentences[Math.max(0, si - 1)]?.start ?? 0;
    const r = resolveSpeaker(s, { text: d.text, index, previous: para - prevPara <= 1 ? prev : null, windowStart, earlier: para - prevPara <= 3 ? prev : null, quotation: quotationBefore(d.text, s, contentOf.get(`${s.start}:${s.end}`)) });
    out.set(`${s.start}:${s.end}`, r.speaker);
    prev = r.speaker;
    prevPara = para;
  }
  return out;
}

function baseline(doc: Document): Array<Triple & { speaker: string | null }> {
  const text = doc.text;
  const sentences = doc.get('sentences');
  const people = doc
    .get('entities')
    .filter((e) => e.type === 'PERSON')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id })));
  const out: Array<Triple & { speaker: string | null }> = [];
  for (const m of findQuoteMarks(text, doc.get('paragraphs'))) {
    const s = sentences.find((x) => x.start <= m.start && m.start < x.end);
    let best: { start: number; end: number; id: string } | null = null;
    let bestD = Infinity;
    if (s) {
      for (const p of people) {
        if (p.start < s.start || p.end > Math.max(s.end, m.end) || (p.start >= m.start && p.end <= m.end)) continue;
        const d = p.end <= m.start ? m.start - p.end : p.start - m.end;
        if (d >= 0 && d < bestD) {
          bestD = d;
          best = p;
        }
      }
    }
    out.push({ cue: null, source: best ? { start: best.start, end: best.end } : null, content: { start: m.start, end: m.end }, speaker: best?.id ?? null });
  }
  return out;
}

function print(name: string, sys: System): void {
  console.log(`\n${name}`);
  console.log('  span      exact P   R     F   | overlap P   R     F   | gold  pred');
  for (const [label, t] of [['cue', sys.cue], ['source', sys.source], ['content', sys.content]] as const) {
    const e = t.prf('exact');
    const o = t.prf('overlap');
    console.log(`  ${label.padEnd(8)}  ${pct(e.p)} ${pct(e.r)} ${pct(e.f)} |  ${pct(o.p)} ${pct(o.r)} ${pct(o.f)} | ${String(t.gold).padStart(5)} ${String(t.pred).padStart(5)}`);
  }
  const e = sys.all.prf('exact');
  const o = sys.all.prf('overlap');
  console.log(`  all spans ${pct(e.p)} ${pct(e.r)} ${pct(e.f)} |  ${pct(o.p)} ${pct(o.r)} ${pct(o.f)} | ${String(sys.all.gold).padStart(5)} ${String(sys.all.pred).padStart(5)}`);
  const n = sys.speakerTotal || 1;
  console.log(`  direct-quote speaker: entity accuracy ${pct(sys.speakerRight / n)}  source-span overlap ${pct(sys.speakerSpanRight / n)}  (of ${sys.speakerTotal} gold direct quotes with a source)`);
  console.log(`    entity accuracy where the gold source names an entity by itself: ${pct(sys.speakerRight / (sys.speakerNamed || 1))} (of ${sys.speakerNamed}; the other ${sys.speakerTotal - sys.speakerNamed} gold sources are pronouns or descriptions the resolver cannot tie to an entity without context, so they never count as right)`);
  console.log(`    gold pronouns resolved in gold context (previous gold attribution's speaker): entity accuracy ${pct(sys.speakerCtxRight / n)} (of ${sys.speakerTotal}; ${sys.speakerCtxNamed} resolve; over those ${pct(sys.speakerCtxRight / (sys.speakerCtxNamed || 1))})`);
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');

/**
 * `--speaker-errors`: one block per gold direct quote whose speaker we miss: the gold source and the
 * entity it resolves to (or "-" when it names none by itself), our source and speaker, and the
 * text from 200 characters before the gold content to its first 120.
 */
function printSpeakerErrors(text: string, errs: readonly SpeakerError[], index: ReturnType<typeof indexEntities>): void {
  const name = (id: string | null) => (id ? `${index.byId.get(id)?.name ?? id} [${id}]` : '-');
  for (const e of errs) {
    const tag = e.goldEntity && e.goldEntity === e.predEntity ? 'RIGHT' : !e.goldEntity ? 'UNRESOLVABLE' : !e.pred ? 'NO-QUOTE' : !e.predEntity ? 'NULL' : 'WRONG';
    const ps = e.pred?.source ? text.slice(e.pred.source.start, e.pred.source.end) : '-';
    console.log(`\n[${tag}] ${e.doc}@${e.gold.start}`);
    console.log(`  gold source: ${clip(text.slice(e.goldSource.start, e.goldSource.end), 60)} -> ${name(e.goldEntity)}`);
    console.log(`  our source:  ${clip(ps, 60)} -> ${name(e.predEntity)}`);
    console.log(`  context: ${clip(text.slice(Math.max(0, e.gold.start - 200), e.gold.start), 200)} ⟦${clip(text.slice(e.gold.start, e.gold.end), 120)}⟧`);
  }
}

export async function main(args: string[]): Promise<void> {
  if (args.includes('--rules')) setDefaultTaggers(null);
  const split = opt(args, 'split', 'dev');
  const limit = Number(opt(args, 'limit', '0'));
  const dir = datasetPath('polnear', split);
  if (!dir) {
    console.error(`needs PolNeAR under $DOSSIER_DATA (polnear/${split})`);
    process.exit(2);
  }
  let docs = readPolnear(dir);
  if (limit > 0) docs = docs.slice(0, limit);
  // the stages the quote stage needs, imported directly (not through src/pipeline.ts, so that a
  // later stage being rebuilt elsewhere cannot break this evaluation)
  const upstream: AnyStage[] = [textStage, entitiesStage, timeStage];
  const quotes = quotesStage;
  const names = [...upstream, quotes].map((s) => s.name);
  console.log(`PolNeAR ${split}: ${docs.length} documents, ${docs.reduce((a, d) => a + d.attributions.length, 0)} gold attributions; stages ${names.join(' > ')}`);
  const ours = newSystem();
  const base = newSystem();
  allSpeakers = args.includes('--speaker-all');
  const showErrors = allSpeakers || args.includes('--speaker-errors');
  const dumpPath = opt(args, 'dump', '');
  const dump: unknown[] = [];
  let persons = 0;
  let quoteMs = 0;
  let bytes = 0;
  for (const d of docs) {
    const doc = new Document({ id: d.name, source: d.name, title: null, published: null, url: null, text: d.text });
    doc.add('body', { body: { start: 0, end: d.text.length }, excluded: [] });
    runStages(doc, upstream);
    const t0 = performance.now();
    runStages(doc, [quotes]);
    quoteMs += performance.now() - t0;
    bytes += Buffer.byteLength(d.text, 'utf8');
    const entities = doc.get('entities');
    persons += entities.filter((e) => e.type === 'PERSON').length;
    const index = indexEntities(entities);
    const q = doc.get('quotes');
    const goldSpeakerOf = (s: S, content?: S) => resolveSpeaker(s, { text: d.text, index, previous: null, windowStart: Math.max(0, s.start - 300), quotation: quotationBefore(d.text, s, content) }).speaker;
    const goldCtx = goldInContext(d, doc, index);
    const goldCtxOf = (s: S) => goldCtx.get(`${s.start}:${s.end}`) ?? null;
    const tri = triplesOf(q);
    const spk = new Map<Triple, string | null>();
    tri.forEach((t) => spk.set(t, q.find((x) => t.content && x.start >= t.content.start && x.end <= t.content.end)?.speaker ?? null));
    const errs: SpeakerError[] = [];
    scoreDoc(ours, d, tri, (t) => spk.get(t) ?? null, goldSpeakerOf, showErrors ? errs : undefined, goldCtxOf);
    if (showErrors) printSpeakerErrors(d.text, errs, index);
    if (dumpPath) {
      const sents = doc.get('sentences').map((x) => [x.start, x.end]);
      dump.push({ name: d.name, text: d.text, sentences: sents, gold: d.attributions.map((a) => ({ cue: a.cue, source: a.source, content: a.content, parts: a.parts })), pred: tri.map((t) => ({ ...t, speaker: spk.get(t) ?? null })), entities: entities.map((e) => ({ id: e.id, type: e.type, name: e.name, mentions: e.mentions.map((m) => [m.start, m.end]) })), goldSpeaker: d.attributions.map((a) => (a.source ? [goldSpeakerOf(a.source, a.content ?? undefined), goldCtxOf(a.source)] : null)) });
    }
    const b = baseline(doc);
    scoreDoc(base, d, b, (t) => (t as (typeof b)[number]).speaker, goldSpeakerOf, undefined, goldCtxOf);
  }
  print('dossier quotes', ours);
  print('baseline (quotation marks + nearest PERSON in the sentence)', base);
  console.log(`\nPERSON entities from the entities stage: ${persons}${persons === 0 ? ' (the entities layer is empty: speaker entity accuracy cannot be measured yet)' : ''}`);
  console.log(`quote stage alone: ${(bytes / 1e6 / (quoteMs / 1000)).toFixed(2)} MB/s on this split`);
  if (dumpPath) writeFileSync(dumpPath, JSON.stringify(dump));
  void path;
}
