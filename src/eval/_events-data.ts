/**
 * ECB+ and WikiEvents trigger scoring for `npm run eval -- events`.
 *
 * ECB+: the sentences ECB+ annotated (ECBplus_coreference_sentences.csv) of every document,
 * detokenized, one paragraph each; gold = ACTION_OCCURRENCE and NEG_ACTION_OCCURRENCE
 * mentions (ECB+ actions are untyped, so identification only); a prediction is right when it
 * shares a token with a gold mention (one-to-one).
 * Each is scored per split: ECB+ development topics (ECB_DEV_TOPICS) or the others; WikiEvents
 * dev.jsonl or test.jsonl.
 * WikiEvents: gold = triggers whose KAIROS type corresponds to one of ours
 * (table below); predictions of our types that have a KAIROS counterpart. Identification =
 * overlap; classification = overlap and the same family. Arguments: for correctly classified
 * triggers, the mentions of our participants and place in the sentence against the gold
 * arguments' spans (overlap).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeDocument } from '../index.js';
import type { DossierEvent, Entity } from '../document/types.js';
import { detokenize } from './detokenize.js';

import type { Token } from '../document/types.js';

type Baseline = (tokens: readonly Token[]) => Array<{ start: number; end: number; type: string }>;

const prf = (tp: number, np: number, ng: number) => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`;
};

interface Span {
  start: number;
  end: number;
  family?: string;
}

function matchCount(pred: readonly Span[], gold: readonly Span[], typed: boolean): number {
  const used = new Set<number>();
  let tp = 0;
  for (const p of pred) {
    const k = gold.findIndex((g, i) => !used.has(i) && p.start < g.end && g.start < p.end && (!typed || g.family === p.family));
    if (k >= 0) {
      used.add(k);
      tp++;
    }
  }
  return tp;
}

/** ECB+ topics used while developing (the customary ECB+ development topics); the rest are held out. */
export const ECB_DEV_TOPICS: ReadonlySet<string> = new Set(['2', '5', '12', '18', '21', '23', '34', '35']);

/** Missed gold words and false-positive words, most frequent first (development only). */
function tally(label: string, words: Map<string, number>, n = 40): void {
  const top = [...words].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`  ${label}: ${top.map(([w, c]) => `${w} ${c}`).join(', ')}`);
}
const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
function unmatched(pred: readonly Span[], gold: readonly Span[], text: string, misses: Map<string, number>, falses: Map<string, number>): void {
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  pred.forEach((p, pi) => {
    const k = gold.findIndex((g, i) => !usedG.has(i) && p.start < g.end && g.start < p.end);
    if (k >= 0) { usedG.add(k); usedP.add(pi); }
  });
  gold.forEach((g, i) => { if (!usedG.has(i)) bump(misses, text.slice(g.start, g.end).toLowerCase()); });
  pred.forEach((p, i) => { if (!usedP.has(i)) bump(falses, text.slice(p.start, p.end).toLowerCase()); });
}

/**
 * `topics`: which ECB+ topics to score (null = all); `label` names the part.
 */
export function evalEcb(dir: string, limit: number, baseline: Baseline, topics: ReadonlySet<string> | null = null, label = 'all topics', showMisses = false): void {
  const baseOnly = new Map<string, number>();
  const misses = new Map<string, number>();
  const falses = new Map<string, number>();
  const csv = readFileSync(path.join(dir, 'ECBplus_coreference_sentences.csv'), 'utf8').trim().split('\n').slice(1);
  const wanted = new Map<string, Set<number>>();
  for (const line of csv) {
    const [topic, file, sent] = line.split(',');
    const key = `${topic}_${file}.xml`;
    if (!wanted.has(key)) wanted.set(key, new Set());
    wanted.get(key)!.add(Number(sent));
  }
  let np = 0;
  let ng = 0;
  let tp = 0;
  let bnp = 0;
  let btp = 0;
  let docs = 0;
  const all = readdirSync(path.join(dir, 'docs')).sort((a, b) => Number(a) - Number(b));
  outer: for (const t of all) {
    if (topics && !topics.has(t)) continue;
    for (const f of readdirSync(path.join(dir, 'docs', t)).sort()) {
      const sents = wanted.get(f);
      if (!sents) continue;
      if (docs >= limit) break outer;
      docs++;
      const xml = readFileSync(path.join(dir, 'docs', t, f), 'utf8');
      const toks: Array<{ id: string; sent: number; text: string }> = [];
      for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        if (sents.has(Number(m[2]))) toks.push({ id: m[1]!, sent: Number(m[2]), text: m[3]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>') });
      }
      if (!toks.length) continue;
      // one paragraph per sentence
      let text = '';
      const off = new Map<string, [number, number]>();
      let cur = -1;
      let group: typeof toks = [];
      const flush = () => {
        if (!group.length) return;
        const d = detokenize(group.map((g) => g.text));
        const base = text.length;
        group.forEach((g, i) => off.set(g.id, [base + d.offsets[i]![0], base + d.offsets[i]![1]]));
        text += `${d.text}\n\n`;
        group = [];
      };
      for (const tk of toks) {
        if (tk.sent !== cur) flush();
        cur = tk.sent;
        group.push(tk);
      }
      flush();
      const gold: Span[] = [];
      for (const m of xml.matchAll(/<(NEG_)?ACTION_OCCURRENCE m_id="\d+"[^>]*>([\s\S]*?)<\/(NEG_)?ACTION_OCCURRENCE>/g)) {
        const ids = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((x) => x[1]!).filter((id) => off.has(id));
        if (!ids.length) continue;
        gold.push({ start: Math.min(...ids.map((id) => off.get(id)![0])), end: Math.max(...ids.map((id) => off.get(id)![1])) });
      }
      const doc = analyzeDocument({ text, id: f });
      const ev = doc.get('events') as readonly DossierEvent[];
      const base = baseline(doc.get('tokens'));
      np += ev.length;
      ng += gold.length;
      tp += matchCount(ev, gold, false);
      bnp += base.length;
      btp += matchCount(base, gold, false);
      if (showMisses) {
        unmatched(ev, gold, text, misses, falses);
        // gold mentions the verb lexicon finds and dossier does not
        for (const g of gold) {
          if (base.some((b) => b.start < g.end && g.start < b.end) && !ev.some((e) => e.start < g.end && g.start < e.end)) {
            const a = Math.max(0, text.lastIndexOf('\n', g.start) + 1);
            bump(baseOnly, `${text.slice(g.start, g.end)} «${text.slice(Math.max(a, g.start - 50), g.end + 30).replace(/\s+/g, ' ')}»`);
          }
        }
      }
    }
  }
  console.log(`\n== ECB+ action mentions (ACTION_OCCURRENCE + NEG_), ${label}: ${docs} documents, annotated sentences only; untyped identification`);
  console.log(`gold mentions ${ng}`);
  console.log(`dossier          found ${String(np).padStart(5)}  ${prf(tp, np, ng)}`);
  console.log(`verb lexicon     found ${String(bnp).padStart(5)}  ${prf(btp, bnp, ng)}`);
  if (showMisses) {
    tally('missed', misses);
    tally('false', falses);
    for (const [w] of baseOnly) console.log(`  lexicon only: ${w}`);
  }
}

/** KAIROS type prefix → our type family. */
const KAIROS: Array<[string, string]> = [
  ['Conflict.Attack', 'VIOLENCE'],
  ['Conflict.Demonstrate', 'PROTEST'],
  ['Contact.Contact.Meet', 'MEET'],
  ['Contact.Contact.Correspondence', 'CALL'],
  ['Contact.Contact.Broadcast', 'STATEMENT'],
  ['Contact.RequestCommand', 'REQUEST'],
  ['Contact.ThreatenCoerce', 'THREATEN'],
  ['Justice.ArrestJailDetain', 'ARREST'],
  ['Justice.InvestigateCrime', 'INVESTIGATE'],
];
const OURS: Record<string, string> = {
  ASSAULT: 'VIOLENCE', FIGHT: 'VIOLENCE', PROTEST: 'PROTEST', MEET: 'MEET', CALL: 'CALL', STATEMENT: 'STATEMENT',
  APPEAL: 'REQUEST', DEMAND: 'REQUEST', THREATEN: 'THREATEN', ARREST: 'ARREST', INVESTIGATE: 'INVESTIGATE',
};
const familyOf = (kairos: string) => KAIROS.find(([p]) => kairos.startsWith(p))?.[1];

interface WikiDoc {
  doc_id: string;
  text: string;
  tokens: string[];
  sentences: Array<[Array<[string, number, number]>, string]>;
  entity_mentions: Array<{ id: string; start: number; end: number; sent_idx: number }>;
  event_mentions: Array<{ event_type: string; trigger: { start: number; end: number; sent_idx: number }; arguments: Array<{ entity_id: string; role: string }> }>;
}

export function evalWikiEvents(dir: string, limit: number, baseline: Baseline, files: readonly string[] = ['dev.jsonl', 'test.jsonl'], showMisses = false): void {
  const misses = new Map<string, number>();
  const falses = new Map<string, number>();
  const docs: WikiDoc[] = [];
  for (const f of files) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) if (line.trim()) docs.push(JSON.parse(line) as WikiDoc);
  }
  let ng = 0;
  const sys = { np: 0, id: 0, cls: 0 };
  const base = { np: 0, id: 0, cls: 0 };
  let aTp = 0;
  let aNp = 0;
  let aNg = 0;
  let n = 0;
  for (const d of docs.slice(0, Math.min(docs.length, limit))) {
    n++;
    // the token offsets index a text that the file does not carry: rebuild it from the tokens,
    // one paragraph per sentence
    const tokOff: Array<[number, number]> = [];
    let text = '';
    for (const [toks] of d.sentences) {
      if (text.length) text += '\n\n';
      for (const [tok, s, e] of toks) {
        if (s > text.length && text.length && !text.endsWith('\n')) text += ' '.repeat(Math.max(1, s - text.length > 1 ? 1 : s - text.length));
        tokOff.push([text.length, text.length + tok.length]);
        text += tok;
        void e;
      }
    }
    const span = (a: number, b: number): Span => ({ start: tokOff[a]![0], end: tokOff[b - 1]![1] });
    const ents = new Map(d.entity_mentions.map((m) => [m.id, span(m.start, m.end)]));
    const gold: Array<Span & { args: Span[] }> = [];
    for (const e of d.event_mentions) {
      const fam = familyOf(e.event_type);
      if (!fam) continue;
      gold.push({ ...span(e.trigger.start, e.trigger.end), family: fam, args: e.arguments.map((a) => ents.get(a.entity_id)).filter((x): x is Span => !!x) });
    }
    ng += gold.length;
    const doc = analyzeDocument({ text, id: d.doc_id });
    const entities = new Map((doc.get('entities') as readonly Entity[]).map((e) => [e.id, e]));
    const evs = (doc.get('events') as readonly DossierEvent[]).filter((e) => OURS[e.type]).map((e) => ({ ...e, family: OURS[e.type] }));
    sys.np += evs.length;
    sys.id += matchCount(evs, gold, false);
    sys.cls += matchCount(evs, gold, true);
    const b = baseline(doc.get('tokens')).filter((x) => OURS[x.type]).map((x) => ({ ...x, family: OURS[x.type] }));
    base.np += b.length;
    base.id += matchCount(b, gold, false);
    base.cls += matchCount(b, gold, true);
    if (showMisses) unmatched(evs, gold, text, misses, falses);
    // arguments of correctly classified triggers
    const used = new Set<number>();
    for (const e of evs) {
      const k = gold.findIndex((g, i) => !used.has(i) && e.start < g.end && g.start < e.end && g.family === e.family);
      if (k < 0) continue;
      used.add(k);
      const g = gold[k]!;
      const sent = e.sentence ?? { start: 0, end: text.length };
      const mine: Span[] = [];
      for (const id of [...e.participants, ...(e.place ? [e.place] : [])]) {
        const m = entities.get(id)?.mentions.find((x) => x.start >= sent.start && x.end <= sent.end);
        if (m) mine.push(m);
      }
      aNp += mine.length;
      aNg += g.args.length;
      aTp += matchCount(mine, g.args, false);
    }
  }
  console.log(`\n== WikiEvents ${files.map((f) => f.replace('.jsonl', '')).join('+')}, ${n} documents; gold triggers of corresponding KAIROS types: ${ng}`);
  console.log(`   (${KAIROS.map(([k, v]) => `${k}→${v}`).join(', ')})`);
  console.log(`dossier       identification ${prf(sys.id, sys.np, ng)}   classification ${prf(sys.cls, sys.np, ng)}`);
  console.log(`verb lexicon  identification ${prf(base.id, base.np, ng)}   classification ${prf(base.cls, base.np, ng)}`);
  console.log(`dossier arguments (participants + place, of classified triggers): ${prf(aTp, aNp, aNg)}`);
  if (showMisses) {
    tally('missed', misses);
    tally('false', falses);
  }
}
