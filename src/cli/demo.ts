import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toAnalysis } from '../document/analysis.js';
import type { RawDocument } from '../document/types.js';
import { projectRoot } from '../eval/data.js';
import { analyzeDocument } from '../index.js';
import { OutputWriter, type Format } from './output.js';
import { Store } from '../store/store.js';

export interface DemoEntry {
  file: string;
  id: string;
  title: string;
  published: string;
  url: string;
  teasers: string[];
}

export const demoDir = path.join(projectRoot, 'demo');

export function loadDemoManifest(): DemoEntry[] {
  return JSON.parse(readFileSync(path.join(demoDir, 'manifest.json'), 'utf8')) as DemoEntry[];
}

/** The demo corpus as raw documents, with the metadata its manifest gives. */
export function loadDemoDocuments(): RawDocument[] {
  return loadDemoManifest().map((e) => {
    const source = path.join('demo', 'articles', e.file);
    return { id: e.id, source, title: e.title, published: e.published, url: e.url, text: readFileSync(path.join(projectRoot, source), 'utf8') };
  });
}

export const DEMO_DB = 'dossier-demo.db';

export interface DemoOptions {
  format: Format;
  out?: string;
  db: string;
}

/**
 * `dossier demo`: analyses the bundled corpus, prints the digest, fills a knowledge base
 * with it and says what it holds and how to browse it. It always ends on its own; serving
 * is the caller's choice (`--serve`).
 */
export async function runDemo(opts: DemoOptions): Promise<void> {
  const docs = loadDemoDocuments();
  const out = new OutputWriter(opts.format, opts.out ?? null, false);
  const store = new Store(opts.db);
  const t0 = process.hrtime.bigint();
  let sentences = 0;
  const results: Record<string, number> = {};
  try {
    for (const raw of docs) {
      const analysis = toAnalysis(analyzeDocument(raw));
      sentences += analysis.sentences.length;
      out.add(analysis);
      const r = store.put(analysis);
      results[r] = (results[r] ?? 0) + 1;
    }
    await out.close();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = store.counts();
    const people = store.db
      .prepare(
        `SELECT a.name, count(DISTINCT l.doc) AS n FROM actors a JOIN entity_links l ON l.actor = a.id
         WHERE a.type = 'PERSON' AND a.merged_into IS NULL GROUP BY a.id ORDER BY n DESC, a.name LIMIT 5`,
      )
      .all() as Array<{ name: string; n: number }>;
    process.stderr.write(
      [
        `dossier demo: ${docs.length} articles, ${sentences} sentences analysed in ${ms.toFixed(0)} ms`,
        `dossier demo: knowledge base ${opts.db}: ${Object.entries(results).map(([k, v]) => `${v} ${k}`).join(', ')}; it holds ${c.documents} articles, ${c.actors} actors, ${c.quotes} quotes, ${c.events} events, ${c.stances} stances`,
        `dossier demo: most covered people: ${people.map((p) => `${p.name} (${p.n})`).join(', ')}`,
        `dossier demo: browse it with  dossier query actor "${people[0]?.name ?? 'Ana Ribeiro'}" --db ${opts.db}  or  dossier serve --db ${opts.db}  (or dossier demo --serve)`,
        '',
      ].join('\n'),
    );
  } finally {
    store.close();
  }
}
