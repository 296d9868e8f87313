/**
 * `npm run eval -- events [--split dev|test|all] [--errors] [--misses] [--no-data] [--docs N]`
 *
 * Each split scores its own part of every data set: the gold set's dev or test file, ECB+'s
 * development topics or the others, WikiEvents' dev.jsonl or test.jsonl. `--misses` (dev only)
 * lists the most frequent missed and false trigger words.
 *
 * 1. The project's gold set (src/events/gold/{dev,test}.json), scored field by field over
 *    events matched by trigger overlap: event P/R/F1, type accuracy, participants F1, place,
 *    date, status and attribution accuracy.
 * 2. Trigger detection on ECB+ (action mentions in the sentences ECB+ annotated) and on
 *    WikiEvents (dev + test; triggers of the KAIROS types that correspond to ours, with
 *    participant arguments), with the verb-lexicon-only baseline in the same run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeDocument } from '../index.js';
import { countryOfDemonym, countryOfName } from '../entities/index.js';
import { verbBaseline } from '../events/index.js';
import type { DossierEvent, Entity, Timex } from '../document/types.js';
import { datasetPath, projectRoot } from './data.js';

interface GoldEvent {
  trigger: string;
  context?: string;
  type: string;
  participants: string[];
  place: string | null;
  date: string | null;
  status: string;
  source: string | null;
}
interface GoldArticle {
  id: string;
  published: string;
  text: string;
  events: GoldEvent[];
}

const norm = (s: string) => s.toLowerCase().replace(/^the /, '').replace(/[’']s$/, '').trim();

function entityMatches(e: Entity, g: string): boolean {
  const n = norm(g);
  const names = [e.name, ...e.mentions.map((m) => m.text)].map(norm);
  if (names.includes(n)) return true;
  const c = countryOfDemonym(e.name) ?? countryOfName(e.name) ?? e.name;
  if (norm(c) === n || norm(countryOfName(g) ?? g) === norm(c)) return true;
  if (e.type === 'PERSON') {
    const last = (s: string) => s.split(/\s+/).pop()!;
    if (last(norm(e.name)) === last(n)) return true;
  }
  return false;
}

function triggerSpan(a: GoldArticle, ev: GoldEvent): [number, number] {
  const base = ev.context ? a.text.indexOf(ev.context) : 0;
  const hay = ev.context ? ev.context : a.text;
  const re = new RegExp(`\\b${ev.trigger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  const m = re.exec(hay);
  if (base < 0 || !m) throw new Error(`gold ${a.id}: trigger "${ev.trigger}" not found`);
  return [base + m.index, base + m.index + ev.trigger.length];
}

const prf = (tp: number, np: number, ng: number) => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const f3 = (x: number) => x.toFixed(3);

function scoreGold(articles: GoldArticle[], showErrors: boolean): void {
  let tp = 0;
  let np = 0;
  let ng = 0;
  let typeOk = 0;
  let pTp = 0;
  let pNp = 0;
  let pNg = 0;
  let placeOk = 0;
  let dateOk = 0;
  let statusOk = 0;
  let attrOk = 0;
  const errors: string[] = [];
  for (const a of articles) {
    const doc = analyzeDocument({ text: a.text, published: a.published, id: a.id });
    const events = doc.get('events') as readonly DossierEvent[];
    const ents = new Map((doc.get('entities') as readonly Entity[]).map((e) => [e.id, e]));
    const times = new Map((doc.get('times') as readonly Timex[]).map((t) => [t.id, t]));
    const used = new Set<DossierEvent>();
    np += events.length;
    ng += a.events.length;
    for (const g of a.events) {
      const [gs, ge] = triggerSpan(a, g);
      const ev = events.find((e) => !used.has(e) && e.start < ge && gs < e.end);
      if (!ev) {
        if (showErrors) errors.push(`${a.id} MISS ${g.type} "${g.trigger}"`);
        continue;
      }
      used.add(ev);
      tp++;
      const name = (id: string | null) => (id ? (ents.get(id)?.name ?? id) : null);
      if (ev.type === g.type) typeOk++;
      else if (showErrors) errors.push(`${a.id} TYPE "${g.trigger}" ${ev.type} ≠ ${g.type}`);
      const pe = ev.participants.map((id) => ents.get(id)!).filter(Boolean);
      const matchedG = new Set<string>();
      let ok = 0;
      for (const e of pe) {
        const gm = g.participants.find((x) => !matchedG.has(x) && entityMatches(e, x));
        if (gm) { matchedG.add(gm); ok++; }
      }
      pTp += ok;
      pNp += pe.length;
      pNg += g.participants.length;
      if (showErrors && (ok !== pe.length || ok !== g.participants.length)) errors.push(`${a.id} PART "${g.trigger}" [${pe.map((e) => e.name).join(', ')}] ≠ [${g.participants.join(', ')}]`);
      const pl = ev.place ? ents.get(ev.place) : null;
      const placeGood = g.place === null ? !pl : !!pl && entityMatches(pl, g.place);
      if (placeGood) placeOk++;
      else if (showErrors) errors.push(`${a.id} PLACE "${g.trigger}" ${name(ev.place)} ≠ ${g.place}`);
      const tv = ev.time ? (times.get(ev.time)?.value ?? null) : null;
      if (tv === g.date) dateOk++;
      else if (showErrors) errors.push(`${a.id} DATE "${g.trigger}" ${tv} ≠ ${g.date}`);
      if (ev.status === g.status) statusOk++;
      else if (showErrors) errors.push(`${a.id} STATUS "${g.trigger}" ${ev.status} ≠ ${g.status}`);
      let attrGood: boolean;
      const at = ev.attributedTo;
      if (g.source === null) attrGood = at === null;
      else if (g.source === 'unnamed') attrGood = !!at && at.startsWith('unnamed');
      else if (!at || at.startsWith('unnamed')) attrGood = false;
      else if (ents.has(at)) attrGood = entityMatches(ents.get(at)!, g.source);
      else attrGood = norm(at).includes(norm(g.source)) || norm(g.source).includes(norm(at));
      if (attrGood) attrOk++;
      else if (showErrors) errors.push(`${a.id} SOURCE "${g.trigger}" ${at ? (ents.get(at)?.name ?? at) : null} ≠ ${g.source}`);
    }
    if (showErrors) for (const e of events) if (!used.has(e)) errors.push(`${a.id} FALSE ${e.type} "${e.text}" in “${e.sentence?.text.slice(0, 90) ?? ''}”`);
  }
  const ev = prf(tp, np, ng);
  const pa = prf(pTp, pNp, pNg);
  console.log(`articles ${articles.length}, gold events ${ng}, found ${np}, matched ${tp}`);
  console.log(`event      P ${f3(ev.p)} R ${f3(ev.r)} F1 ${f3(ev.f)}`);
  console.log(`type       acc ${f3(tp ? typeOk / tp : 0)}   (over matched events)`);
  console.log(`participants P ${f3(pa.p)} R ${f3(pa.r)} F1 ${f3(pa.f)}`);
  console.log(`place      acc ${f3(tp ? placeOk / tp : 0)}`);
  console.log(`date       acc ${f3(tp ? dateOk / tp : 0)}`);
  console.log(`status     acc ${f3(tp ? statusOk / tp : 0)}`);
  console.log(`attribution acc ${f3(tp ? attrOk / tp : 0)}`);
  if (showErrors) for (const e of errors) console.log(`  ${e}`);
}

export async function main(args: string[]): Promise<void> {
  const si = args.indexOf('--split');
  const split = si >= 0 ? args[si + 1]! : 'dev';
  const showErrors = args.includes('--errors');
  const goldDir = path.join(projectRoot, 'src/events/gold');
  const splits = split === 'all' ? ['dev', 'test'] : [split];
  for (const s of splits) {
    const articles = JSON.parse(readFileSync(path.join(goldDir, `${s}.json`), 'utf8')) as GoldArticle[];
    console.log(`\n== dossier events gold set, ${s} split`);
    scoreGold(articles, showErrors);
  }
  if (args.includes('--no-data')) return;
  const di = args.indexOf('--docs');
  const limit = di >= 0 ? Number(args[di + 1]) : Infinity;
  const { evalEcb, evalWikiEvents, ECB_DEV_TOPICS } = await import('./_events-data.js');
  const misses = args.includes('--misses');
  const ecb = datasetPath('ecbplus');
  const wiki = datasetPath('wikievents');
  for (const s of splits) {
    // ECB+: the customary development topics for dev, every other topic for test
    if (ecb) {
      const all = readdirSync(path.join(ecb, 'docs'));
      const topics = new Set(all.filter((t) => ECB_DEV_TOPICS.has(t) === (s === 'dev')));
      evalEcb(ecb, limit, verbBaseline, topics, `${s} topics (${[...topics].sort((a, b) => Number(a) - Number(b)).join(' ')})`, misses && s === 'dev');
    } else console.log('\nECB+ absent; skipped');
    if (wiki) evalWikiEvents(wiki, limit, verbBaseline, [`${s}.jsonl`], misses && s === 'dev');
    else console.log('\nWikiEvents absent; skipped');
  }
}
