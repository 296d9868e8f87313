import type Database from 'better-sqlite3';
import { csvRow } from './csv.js';

/*
 * Table exports: every event and quote with the article and offsets it came from.
 * The events file follows GDELT's event table where a column has a counterpart
 * (SQLDATE, Actor1/Actor2, EventCode, EventRootCode, ActionGeo, SOURCEURL).
 */

interface EventRow {
  id: number;
  date: string | null;
  published: string | null;
  type: string;
  cameo: string | null;
  status: string;
  place: string | null;
  attributed_to: string | null;
  url: string | null;
  doc_id: string;
  start: number;
  end: number;
  sentence: string;
  text: string;
}

export function* eventsCsv(db: Database.Database): Generator<string> {
  yield csvRow([
    'GLOBALEVENTID', 'SQLDATE', 'Actor1Name', 'Actor1Type', 'Actor2Name', 'Actor2Type', 'EventCode', 'EventRootCode', 'EventType',
    'Status', 'ActionGeo_FullName', 'AttributedTo', 'SOURCEURL', 'DocumentId', 'Start', 'End', 'Trigger', 'Sentence',
  ]);
  const participants = db.prepare('SELECT a.name, a.type FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = ? ORDER BY p.pos');
  const rows = db
    .prepare(
      `SELECT e.id, e.date, d.published, e.type, e.cameo, e.status, pl.name AS place, e.attributed_to, d.url, d.doc_id, e.start, e."end", e.sentence, e.text
       FROM events e JOIN documents d ON d.id = e.doc LEFT JOIN actors pl ON pl.id = e.place ORDER BY e.date, e.id`,
    )
    .iterate() as IterableIterator<EventRow>;
  for (const r of rows) {
    const [a1, a2] = participants.all(r.id) as Array<{ name: string; type: string }>;
    yield csvRow([
      r.id, (r.date ?? '').replace(/-/g, ''), a1?.name, a1?.type, a2?.name, a2?.type, r.cameo, r.cameo?.slice(0, 2), r.type,
      r.status, r.place, r.attributed_to, r.url, r.doc_id, r.start, r.end, r.text, r.sentence,
    ]);
  }
}

export function* quotesCsv(db: Database.Database): Generator<string> {
  yield csvRow(['id', 'date', 'speaker', 'speaker_type', 'speaker_text', 'kind', 'cue', 'channel', 'text', 'document', 'url', 'start', 'end', 'sentence']);
  const rows = db
    .prepare(
      `SELECT q.id, q.date, a.name AS speaker, a.type AS speaker_type, q.speaker_text, q.kind, q.cue, q.channel, q.text,
              d.doc_id, d.url, q.start, q."end", q.sentence
       FROM quotes q JOIN documents d ON d.id = q.doc LEFT JOIN actors a ON a.id = q.speaker ORDER BY q.date, q.id`,
    )
    .raw()
    .iterate() as IterableIterator<unknown[]>;
  for (const r of rows) yield csvRow(r);
}

export function* analysesJsonl(db: Database.Database): Generator<string> {
  for (const r of db.prepare('SELECT analysis FROM documents ORDER BY id').raw().iterate() as IterableIterator<[string]>) yield `${r[0]}\n`;
}
