import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toAnalysis } from '../document/analysis.js';
import type { RawDocument } from '../document/types.js';
import { projectRoot } from '../eval/data.js';
import { analyzeDocument } from '../index.js';
import { OutputWriter, type Format } from './output.js';

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

/** `dossier demo`: analyses the bundled corpus, prints the digest and exits. */
export async function runDemo(opts: { format: Format; out?: string }): Promise<number> {
  const docs = loadDemoDocuments();
  const out = new OutputWriter(opts.format, opts.out ?? null, false);
  const t0 = process.hrtime.bigint();
  let sentences = 0;
  for (const raw of docs) {
    const analysis = toAnalysis(analyzeDocument(raw));
    sentences += analysis.sentences.length;
    out.add(analysis);
  }
  await out.close();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stderr.write(`dossier demo: ${docs.length} articles, ${sentences} sentences analysed in ${ms.toFixed(0)} ms\n`);
  return docs.length;
}
