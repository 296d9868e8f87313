import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RawDocument } from '../document/types.js';
import { datasetPath } from '../eval/data.js';
import { parseTimeML } from '../ingest/timeml-reader.js';

function listTml(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) listTml(p, out);
    else if (name.endsWith('.tml')) out.push(p);
  }
  return out;
}

/** The newswire corpus as plain documents (TimeML tags stripped, DCT as the date). */
export function loadNewswire(): RawDocument[] {
  const dir = datasetPath('newswire');
  if (!dir) throw new Error('needs the newswire corpus under $DOSSIER_DATA (default ../shared/datasets)');
  const docs: RawDocument[] = [];
  for (const file of listTml(dir)) {
    const r = parseTimeML(readFileSync(file, 'utf8'), file);
    if (r.ok) docs.push(r.doc);
  }
  return docs;
}
