import type Database from 'better-sqlite3';

/** Scheduled events with a known day, as an iCalendar file (RFC 5545) for any calendar app. */

function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded, as RFC 5545 requires. */
function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  for (const ch of line) {
    if (Buffer.byteLength(cur + ch) > 73) {
      out.push(cur);
      cur = ' ';
    }
    cur += ch;
  }
  out.push(cur);
  return out.join('\r\n');
}

export function* scheduledIcs(db: Database.Database, stamp = new Date()): Generator<string> {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  yield 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//dossier//scheduled events//EN\r\nCALSCALE:GREGORIAN\r\n';
  const participants = db.prepare('SELECT a.name FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = ? ORDER BY p.pos');
  const rows = db
    .prepare(
      `SELECT e.id, e.date, e.type, e.sentence, d.url, d.doc_id, pl.name AS place FROM events e JOIN documents d ON d.id = e.doc
       LEFT JOIN actors pl ON pl.id = e.place WHERE e.status = 'scheduled' AND e.date IS NOT NULL ORDER BY e.date, e.id`,
    )
    .iterate() as IterableIterator<{ id: number; date: string; type: string; sentence: string; url: string | null; doc_id: string; place: string | null }>;
  for (const r of rows) {
    const who = (participants.all(r.id) as Array<{ name: string }>).map((p) => p.name).join(', ');
    const day = r.date.replace(/-/g, '');
    const next = new Date(`${r.date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const lines = [
      'BEGIN:VEVENT',
      `UID:dossier-event-${r.id}@dossier`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replace(/-/g, '')}`,
      `SUMMARY:${escapeText(`${r.type}${who ? `: ${who}` : ''}`)}`,
      `DESCRIPTION:${escapeText(`${r.sentence} (${r.doc_id})`)}`,
      ...(r.place ? [`LOCATION:${escapeText(r.place)}`] : []),
      ...(r.url ? [`URL:${r.url}`] : []),
      'END:VEVENT',
    ];
    yield `${lines.map(fold).join('\r\n')}\r\n`;
  }
  yield 'END:VCALENDAR\r\n';
}
