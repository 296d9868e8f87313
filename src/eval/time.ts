/**
 * `npm run eval -- time [--split platinum|train] [--errors] [--no-baselines]`
 *
 * TempEval-3 Task A (time expressions), scored as the task paper defines it: strict (exact
 * extent) and relaxed (overlapping extent) precision, recall and F1; attribute F1 for type and
 * value over relaxed matches (attribute accuracy = attribute F1 / relaxed F1). The system gets
 * the raw input text and its DCT (tempeval3/platinum-input) and is scored against
 * tempeval3/platinum. chrono-node and compromise-dates run on the same documents in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isoWeek, toDays } from '../time/calendar.js';
import { tagTimes } from '../time/index.js';
import { readTimeML, type GoldTimex } from '../time/timeml.js';
import { datasetPath } from './data.js';

export interface SysTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

interface Doc {
  name: string;
  dct: string | null;
  text: string;
  gold: GoldTimex[];
}

function loadPlatinum(): Doc[] {
  const gold = datasetPath('tempeval3', 'platinum');
  const input = datasetPath('tempeval3', 'platinum-input');
  if (!gold || !input) throw new Error('tempeval3/platinum and tempeval3/platinum-input are needed');
  const docs: Doc[] = [];
  // Inputs are paired with gold files by <DOCID> (one file name differs: sarcozy / sarkozy).
  const docid = (xml: string, f: string): string => /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(xml)?.[1] ?? f.replace(/\.tml.*$/, '');
  const inputs = new Map<string, string>();
  for (const f of readdirSync(input).filter((x) => x.endsWith('.TE3input'))) {
    const xml = readFileSync(path.join(input, f), 'utf8');
    inputs.set(docid(xml, f), xml);
  }
  for (const f of readdirSync(gold).filter((x) => x.endsWith('.tml')).sort()) {
    const gx = readFileSync(path.join(gold, f), 'utf8');
    const g = readTimeML(gx);
    const ix = inputs.get(docid(gx, f));
    if (!ix) throw new Error(`${f}: no input file with its DOCID`);
    const raw = readTimeML(ix);
    if (raw.text !== g.text) throw new Error(`${f}: input text differs from gold text`);
    docs.push({ name: f, dct: raw.dct, text: raw.text, gold: g.timexes });
  }
  return docs;
}

function loadTrain(): Doc[] {
  const dir = datasetPath('tempeval3', 'train');
  if (!dir) throw new Error('tempeval3/train is needed');
  const docs: Doc[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const d = path.join(dir, sub);
    for (const f of readdirSync(d).filter((x) => x.endsWith('.tml')).sort()) {
      const g = readTimeML(readFileSync(path.join(d, f), 'utf8'));
      docs.push({ name: `${sub}/${f}`, dct: g.dct, text: g.text, gold: g.timexes });
    }
  }
  return docs;
}

// ---------------------------------------------------------------- systems

function ours(doc: Doc): SysTimex[] {
  return tagTimes(doc.text, doc.dct);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

async function chronoSystem(): Promise<(doc: Doc) => SysTimex[]> {
  const chrono = await import('chrono-node');
  return (doc) => {
    const [y, m, d] = (doc.dct ?? '2000-01-01').slice(0, 10).split('-').map(Number) as [number, number, number];
    const ref = new Date(y, m - 1, d, 12, 0, 0);
    const out: SysTimex[] = [];
    for (const r of chrono.parse(doc.text, ref)) {
      const s = r.start;
      const yy = s.get('year')!;
      const mm = s.get('month')!;
      const dd = s.get('day')!;
      let value: string;
      let type = 'DATE';
      if (s.isCertain('hour')) {
        type = 'TIME';
        value = `${pad(yy, 4)}-${pad(mm)}-${pad(dd)}T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}`;
      } else if (s.isCertain('day') || s.isCertain('weekday')) value = `${pad(yy, 4)}-${pad(mm)}-${pad(dd)}`;
      else if (s.isCertain('month')) value = `${pad(yy, 4)}-${pad(mm)}`;
      else if (s.isCertain('year')) value = pad(yy, 4);
      else value = `${pad(yy, 4)}-${pad(mm)}-${pad(dd)}`;
      out.push({ start: r.index, end: r.index + r.text.length, type, value });
    }
    return out;
  };
}

async function compromiseSystem(): Promise<(doc: Doc) => SysTimex[]> {
  const nlp = (await import('compromise')).default as unknown as {
    (text: string): any; // eslint-disable-line @typescript-eslint/no-explicit-any
    plugin(p: unknown): void;
  };
  const dates = (await import('compromise-dates')).default;
  nlp.plugin(dates);
  const trim = (text: string, start: number, len: number): [number, number] => {
    let s = start;
    let e = start + len;
    while (e > s && /[\s.,;:!?)"'’”]/.test(text[e - 1]!)) e--;
    while (s < e && /[\s("'“‘]/.test(text[s]!)) s++;
    return [s, e];
  };
  return (doc) => {
    const today = (doc.dct ?? '2000-01-01').slice(0, 10);
    const out: SysTimex[] = [];
    const taken = (s: number, e: number): boolean => out.some((o) => o.start < e && s < o.end);
    try {
      const view = nlp(doc.text);
      for (const x of view.dates({ today, timezone: 'UTC' }).json({ offset: true }) as any[]) { // eslint-disable-line @typescript-eslint/no-explicit-any
        const [s, e] = trim(doc.text, x.offset.start, x.offset.length);
        const st: string | null = x.dates?.start ?? null;
        let value = 'XXXX-XX-XX';
        let type = 'DATE';
        if (st) {
          const [y, m, d] = st.slice(0, 10).split('-').map(Number) as [number, number, number];
          switch (x.dates.unit) {
            case 'week': {
              const [wy, w] = isoWeek(toDays(y, m, d));
              value = `${wy}-W${pad(w)}`;
              break;
            }
            case 'month':
              value = st.slice(0, 7);
              break;
            case 'quarter':
              value = `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
              break;
            case 'year':
              value = String(y);
              break;
            case 'hour':
            case 'minute':
            case 'time':
              type = 'TIME';
              value = st.slice(0, 16);
              break;
            default:
              value = st.slice(0, 10);
          }
        }
        if (!taken(s, e)) out.push({ start: s, end: e, type, value });
      }
      for (const x of view.durations().json({ offset: true }) as any[]) { // eslint-disable-line @typescript-eslint/no-explicit-any
        const [s, e] = trim(doc.text, x.offset.start, x.offset.length);
        const du = x.duration ?? {};
        const letters: [string, string][] = [['years', 'Y'], ['months', 'M'], ['weeks', 'W'], ['days', 'D']];
        let v = 'P';
        for (const [k, l] of letters) if (du[k]) v += `${du[k]}${l}`;
        let tv = '';
        for (const [k, l] of [['hours', 'H'], ['minutes', 'M'], ['seconds', 'S']] as const) if (du[k]) tv += `${du[k]}${l}`;
        if (tv) v += `T${tv}`;
        if (!taken(s, e)) out.push({ start: s, end: e, type: 'DURATION', value: v === 'P' ? 'PXY' : v });
      }
    } catch {
      // compromise-dates throws on some texts; the document then scores what was found before.
      crashes++;
    }
    out.sort((a, b) => a.start - b.start);
    return out;
  };
}
let crashes = 0;

// ---------------------------------------------------------------- scoring

export interface Counts {
  gold: number;
  sys: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
  /** Wrong values that differ from the gold only in notation (gold "2000-W7" for ISO "2000-W07"); still counted wrong. */
  notation: number;
}

/** ISO 8601 / TimeML writes week numbers with two digits; some gold files write "2000-W7". */
const canonical = (v: string): string => v.replace(/-W(\d)(?!\d)/, '-W0$1');

export const newCounts = (): Counts => ({ gold: 0, sys: 0, strict: 0, relaxed: 0, type: 0, value: 0, notation: 0 });

/**
 * Matches system TIMEX3s to gold ones one-to-one: a gold expression takes an exact-extent match
 * when there is one, else an overlapping one (relaxed); type and value are then compared as
 * strings, as the TempEval-3 scorer compares them.
 */
export function score(gold: readonly GoldTimex[], sys: readonly SysTimex[], c: Counts, errors?: string[], text?: string): void {
  c.gold += gold.length;
  c.sys += sys.length;
  const used = new Set<number>();
  for (const g of gold) {
    let hit = -1;
    for (let i = 0; i < sys.length; i++) {
      if (used.has(i)) continue;
      const s = sys[i]!;
      if (s.start < g.end && g.start < s.end) {
        hit = i;
        if (s.start === g.start && s.end === g.end) break;
      }
    }
    if (hit < 0) {
      errors?.push(`MISS  ${g.type.padEnd(8)} ${JSON.stringify(g.text)} = ${g.value}  …${JSON.stringify(text!.slice(Math.max(0, g.start - 40), g.end + 30))}`);
      continue;
    }
    used.add(hit);
    const s = sys[hit]!;
    c.relaxed++;
    if (s.start === g.start && s.end === g.end) c.strict++;
    if (s.type === g.type) c.type++;
    // Values are compared as strings, as the TempEval-3 scorer does: no normalisation either way.
    if (s.value === g.value) c.value++;
    else if (canonical(s.value) === canonical(g.value)) c.notation++;
    if (s.value !== g.value) errors?.push(`VALUE ${g.type.padEnd(8)} ${JSON.stringify(g.text)} gold=${g.value} sys=${s.value} (${JSON.stringify(text!.slice(s.start, s.end))} ${s.type})  …${JSON.stringify(text!.slice(Math.max(0, g.start - 60), g.end + 40))}`);
    if (s.type !== g.type && s.value === g.value) errors?.push(`TYPE  ${JSON.stringify(g.text)} gold=${g.type} sys=${s.type}`);
  }
  if (errors && text) {
    sys.forEach((s, i) => {
      if (!used.has(i)) errors.push(`FALSE ${s.type.padEnd(8)} ${JSON.stringify(text.slice(s.start, s.end))} = ${s.value}  …${JSON.stringify(text.slice(Math.max(0, s.start - 30), s.end + 20))}`);
    });
  }
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export interface Metrics {
  strict: { p: number; r: number; f: number };
  relaxed: { p: number; r: number; f: number };
  /** Attribute F1 (matches with the attribute right, over system and gold counts) and accuracy = attribute F1 / relaxed F1. */
  type: { f: number; acc: number };
  value: { f: number; acc: number };
}

/** The task paper's metrics: attribute P = right/|sys|, R = right/|gold|, F1 of those; accuracy = attribute F1 / relaxed F1. */
export function metrics(c: Counts): Metrics {
  const P = (n: number): number => (c.sys ? n / c.sys : 0);
  const R = (n: number): number => (c.gold ? n / c.gold : 0);
  const F = (n: number): number => f1(P(n), R(n));
  const rf = F(c.relaxed);
  return {
    strict: { p: P(c.strict), r: R(c.strict), f: F(c.strict) },
    relaxed: { p: P(c.relaxed), r: R(c.relaxed), f: rf },
    type: { f: F(c.type), acc: rf ? F(c.type) / rf : 0 },
    value: { f: F(c.value), acc: rf ? F(c.value) / rf : 0 },
  };
}

function row(name: string, c: Counts, ms: number): string[] {
  const m = metrics(c);
  const f = (x: number): string => x.toFixed(3);
  return [
    name, f(m.strict.p), f(m.strict.r), f(m.strict.f), f(m.relaxed.p), f(m.relaxed.r), f(m.relaxed.f),
    f(m.type.f), f(m.type.acc), f(m.value.f), f(m.value.acc), String(c.sys), `${ms.toFixed(0)} ms`,
  ];
}

export async function main(args: string[]): Promise<void> {
  const split = args.includes('--split') ? args[args.indexOf('--split') + 1] ?? 'platinum' : 'platinum';
  const showErrors = args.includes('--errors');
  const docs = split === 'train' ? loadTrain() : loadPlatinum();
  const systems: [string, (d: Doc) => SysTimex[]][] = [['dossier', ours]];
  if (!args.includes('--no-baselines')) {
    systems.push(['chrono-node', await chronoSystem()]);
    systems.push(['compromise-dates', await compromiseSystem()]);
  }
  const goldCount = docs.reduce((n, d) => n + d.gold.length, 0);
  console.log(`TempEval-3 ${split}: ${docs.length} documents, ${goldCount} gold TIMEX3 (DCTs excluded)\n`);
  const header = ['system', 'strict P', 'strict R', 'strict F1', 'relax P', 'relax R', 'relax F1', 'type F1', 'type acc', 'value F1', 'value acc', 'found', 'time'];
  const rows: string[][] = [header];
  const notes: string[] = [];
  for (const [name, run] of systems) {
    const c = newCounts();
    const errors: string[] = [];
    const t0 = performance.now();
    const outs = docs.map((d) => run(d));
    const ms = performance.now() - t0;
    docs.forEach((d, i) => {
      const e = showErrors && name === 'dossier' ? [] : undefined;
      score(d.gold, outs[i]!, c, e, d.text);
      if (e?.length) errors.push(`## ${d.name} (DCT ${d.dct})`, ...e);
    });
    rows.push(row(name, c, ms));
    if (c.notation) notes.push(`${name}: ${c.notation} wrong value(s) differ from the gold only in notation (gold 2000-W7 for ISO 2000-W07); counted wrong, as the official scorer does.`);
    if (errors.length) console.log(errors.join('\n'), '\n');
  }
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  '));
  if (notes.length) console.log(`\n${notes.join('\n')}`);
  if (crashes) console.log(`\ncompromise-dates threw on ${crashes} of ${docs.length} documents (scored with what it found before throwing).`);
  console.log('\nMetrics as in the TempEval-3 task paper: relaxed = overlapping extent; type/value F1 are attribute F1 over relaxed matches; acc = attribute F1 / relaxed F1.');
}
