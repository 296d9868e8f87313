import type Database from 'better-sqlite3';
import { nameKey } from './names.js';

/*
 * Manual decisions about actors. They are recorded, not just applied, because re-ingesting
 * an article re-resolves its entities: a merge redirects the merged actor for good, and a
 * split pins (article, name) to the new actor, which the resolver checks first.
 */

const now = () => new Date().toISOString();

function moveFacts(db: Database.Database, from: number, to: number, docFilter: string, args: unknown[]): void {
  db.prepare(`UPDATE entity_links SET actor = ? WHERE actor = ? ${docFilter}`).run(to, from, ...args);
  db.prepare(`UPDATE quotes SET speaker = ? WHERE speaker = ? ${docFilter}`).run(to, from, ...args);
  db.prepare(`UPDATE events SET place = ? WHERE place = ? ${docFilter}`).run(to, from, ...args);
  db.prepare(`UPDATE stances SET holder = ? WHERE holder = ? ${docFilter}`).run(to, from, ...args);
  const eventFilter = docFilter ? `AND event IN (SELECT id FROM events WHERE 1 ${docFilter})` : '';
  db.prepare(`UPDATE OR IGNORE event_participants SET actor = ? WHERE actor = ? ${eventFilter}`).run(to, from, ...args);
  db.prepare(`DELETE FROM event_participants WHERE actor = ? ${eventFilter}`).run(from, ...args);
}

/** Merges actor `from` into `into`: every fact moves, and later ingests follow the merge. */
export function mergeActors(db: Database.Database, from: number, into: number): void {
  if (from === into) throw new Error('cannot merge an actor into itself');
  db.transaction(() => {
    const exists = db.prepare('SELECT id FROM actors WHERE id IN (?, ?) AND merged_into IS NULL');
    if (exists.all(from, into).length !== 2) throw new Error(`no such actors to merge: ${from}, ${into}`);
    moveFacts(db, from, into, '', []);
    db.prepare('UPDATE actors SET merged_into = ? WHERE id = ?').run(into, from);
    db.prepare("INSERT INTO decisions (kind, actor, target, created_at) VALUES ('merge', ?, ?, ?)").run(from, into, now());
  })();
}

/**
 * Splits the given articles' mentions of an actor off into a new actor, and returns its id.
 * Articles are named by their id or key.
 */
export function splitActor(db: Database.Database, actor: number, articles: readonly string[]): number {
  return db.transaction(() => {
    const row = db.prepare('SELECT type, name, name_key FROM actors WHERE id = ? AND merged_into IS NULL').get(actor) as
      | { type: string; name: string; name_key: string }
      | undefined;
    if (!row) throw new Error(`no such actor: ${actor}`);
    const docs = articles.map((a) => {
      const d = db.prepare('SELECT id, doc_key FROM documents WHERE doc_id = ? OR doc_key = ?').get(a, a) as { id: number; doc_key: string } | undefined;
      if (!d) throw new Error(`no such article: ${a}`);
      return d;
    });
    const target = Number(
      db.prepare('INSERT INTO actors (type, name, name_key, created_at) VALUES (?, ?, ?, ?)').run(row.type, row.name, row.name_key, now()).lastInsertRowid,
    );
    for (const d of docs) {
      const names = db.prepare('SELECT DISTINCT name FROM entity_links WHERE doc = ? AND actor = ?').all(d.id, actor) as Array<{ name: string }>;
      moveFacts(db, actor, target, 'AND doc = ?', [d.id]);
      for (const n of names.length ? names : [{ name: row.name }]) {
        db.prepare("INSERT INTO decisions (kind, actor, target, doc_key, name_key, created_at) VALUES ('split', ?, ?, ?, ?, ?)").run(
          actor,
          target,
          d.doc_key,
          nameKey(n.name),
          now(),
        );
      }
    }
    return target;
  })();
}
