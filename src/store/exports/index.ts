import type Database from 'better-sqlite3';
import type { Analysis } from '../../document/analysis.js';
import { bratStandoff } from './brat.js';
import { actorGraphml } from './graph.js';
import { scheduledIcs } from './ics.js';
import { analysesJsonl, eventsCsv, quotesCsv } from './tables.js';

export const EXPORTS = {
  jsonl: { contentType: 'application/x-ndjson', ext: 'jsonl', run: analysesJsonl },
  'events-csv': { contentType: 'text/csv; charset=utf-8', ext: 'csv', run: eventsCsv },
  'quotes-csv': { contentType: 'text/csv; charset=utf-8', ext: 'csv', run: quotesCsv },
  ics: { contentType: 'text/calendar; charset=utf-8', ext: 'ics', run: (db: Database.Database) => scheduledIcs(db) },
  graphml: { contentType: 'application/graphml+xml', ext: 'graphml', run: (db: Database.Database) => actorGraphml(db) },
} as const;

export type ExportKind = keyof typeof EXPORTS | 'brat';
export const EXPORT_KINDS: readonly ExportKind[] = [...(Object.keys(EXPORTS) as Array<keyof typeof EXPORTS>), 'brat'];

/** brat standoff of one stored article, by its id or key. */
export function bratFor(db: Database.Database, article: string): { txt: string; ann: string } | null {
  const row = db.prepare('SELECT analysis FROM documents WHERE doc_id = ? OR doc_key = ? ORDER BY id LIMIT 1').get(article, article) as { analysis: string } | undefined;
  return row ? bratStandoff(JSON.parse(row.analysis) as Analysis) : null;
}

export { bratStandoff, actorGraphml, scheduledIcs, analysesJsonl, eventsCsv, quotesCsv };
