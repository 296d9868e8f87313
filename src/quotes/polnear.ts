import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One gold attribution relation; discontinuous spans are kept as their outer span. */
export interface GoldAttribution {
  cue: { start: number; end: number } | null;
  source: { start: number; end: number } | null;
  content: { start: number; end: number } | null;
  /** The pieces of each span as annotated (one piece unless discontinuous). */
  parts: { cue: Span[]; source: Span[]; content: Span[] };
}

interface Span {
  start: number;
  end: number;
}

export interface PolnearDoc {
  name: string;
  annotator: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Brat records may span lines: a record starts with an id and a tab. */
function records(ann: string): string[] {
  const out: string[] = [];
  for (const line of ann.split('\n')) {
    if (/^[A-Z#]+\d+\t/.test(line)) out.push(line);
    else if (out.length) out[out.length - 1] += `\n${line}`;
  }
  return out;
}

function pieces(spec: string): Span[] {
  const out: Span[] = [];
  for (const part of spec.split(';')) {
    const [a, b] = part.trim().split(/\s+/).map(Number);
    if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) return [];
    out.push({ start: a, end: b });
  }
  return out.sort((x, y) => x.start - y.start);
}

function outer(spec: string): { start: number; end: number } | null {
  let start = Infinity;
  let end = -1;
  for (const part of spec.split(';')) {
    const [a, b] = part.trim().split(/\s+/).map(Number);
    if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) return null;
    start = Math.min(start, a);
    end = Math.max(end, b);
  }
  return end >= 0 ? { start, end } : null;
}

/**
 * Reads a PolNeAR split. Documents annotated twice keep the first annotator's file (sorted by
 * name), so every document counts once.
 */
export function readPolnear(dir: string): PolnearDoc[] {
  const annDir = path.join(dir, 'attributions');
  const files = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const docs: PolnearDoc[] = [];
  for (const f of files) {
    const m = /^(.*)_([0-9a-f]+)\.ann$/.exec(f);
    if (!m) continue;
    const name = m[1]!;
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(path.join(dir, 'text', `${name}.txt`), 'utf8');
    const spans = new Map<string, { type: string; span: { start: number; end: number } | null; parts: Span[] }>();
    const rels: string[] = [];
    for (const r of records(readFileSync(path.join(annDir, f), 'utf8'))) {
      const [id, body] = r.split('\t');
      if (!id || !body) continue;
      if (id.startsWith('T')) {
        const sp = body.indexOf(' ');
        spans.set(id, { type: body.slice(0, sp), span: outer(body.slice(sp + 1)), parts: pieces(body.slice(sp + 1)) });
      } else if (id.startsWith('E')) rels.push(body);
    }
    const attributions: GoldAttribution[] = [];
    for (const body of rels) {
      const args = body.trim().split(/\s+/).slice(1);
      const g: GoldAttribution = { cue: null, source: null, content: null, parts: { cue: [], source: [], content: [] } };
      for (const a of args) {
        const [role, ref] = a.split(':');
        const x = ref ? spans.get(ref) : undefined;
        const s = x?.span ?? null;
        const ps = x?.parts ?? [];
        if (role === 'Cue') (g.cue = s), (g.parts.cue = ps);
        else if (role === 'Source') (g.source = s), (g.parts.source = ps);
        else if (role === 'Content') (g.content = s), (g.parts.content = ps);
      }
      if (g.cue || g.content) attributions.push(g);
    }
    docs.push({ name, annotator: m[2]!, text, attributions });
  }
  return docs;
}
