import type Database from 'better-sqlite3';
import { nameKey } from './names.js';

/*
 * Read queries over the knowledge base. Every fact comes back with its evidence: the
 * article, the sentence (text and offsets) and the fact's own offsets in the article text.
 * All values reach SQL as bound parameters; FTS queries are quoted term by term, so no
 * input can change a statement's meaning.
 */

export interface Page {
  limit: number;
  offset: number;
}

export interface Evidence {
  document: { id: string; key: string; title: string | null; url: string | null; published: string | null };
  sentence: { start: number; end: number; text: string };
  start: number;
  end: number;
}

export interface ActorRef {
  id: number;
  type: string;
  name: string;
}

export interface QuoteResult {
  id: number;
  kind: string;
  text: string;
  speaker: ActorRef | null;
  speakerText: string | null;
  cue: string | null;
  channel: string | null;
  date: string | null;
  evidence: Evidence;
}

export interface EventResult {
  id: number;
  type: string;
  cameo: string | null;
  text: string;
  status: string;
  date: string | null;
  time: string | null;
  participants: ActorRef[];
  place: ActorRef | null;
  attributedTo: string | null;
  evidence: Evidence;
}

export interface StanceResult {
  id: number;
  holder: ActorRef;
  issue: string;
  polarity: string;
  date: string | null;
  evidence: Evidence;
}

export interface Paged<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

interface FactRow {
  id: number;
  start: number;
  end: number;
  sent_start: number;
  sent_end: number;
  sentence: string;
  doc_id: string;
  doc_key: string;
  title: string | null;
  url: string | null;
  published: string | null;
}

const FACT_DOC = 'd.doc_id, d.doc_key, d.title, d.url, d.published';

function evidence(r: FactRow): Evidence {
  return {
    document: { id: r.doc_id, key: r.doc_key, title: r.title, url: r.url, published: r.published },
    sentence: { start: r.sent_start, end: r.sent_end, text: r.sentence },
    start: r.start,
    end: r.end,
  };
}

/** A free-text search as an FTS5 query that matches all its words, each quoted. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words?.length ? words.map((w) => `"${w}"`).join(' ') : null;
}

export class Queries {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  /** Statements are prepared once and reused: queries are built from a few fixed shapes. */
  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private actorRef(id: number | null): ActorRef | null {
    if (id === null) return null;
    return (this.stmt('SELECT id, type, name FROM actors WHERE id = ?').get(id) as ActorRef | undefined) ?? null;
  }

  /** An actor by id or by name (exact key first, then any alias); follows merges. */
  findActor(ref: string | number): ActorRef | null {
    let id: number | undefined;
    if (typeof ref === 'number' || /^\d+$/.test(ref)) id = Number(ref);
    else {
      const key = nameKey(ref);
      id =
        (this.stmt('SELECT id FROM actors WHERE name_key = ? AND merged_into IS NULL ORDER BY id LIMIT 1').get(key) as { id: number } | undefined)?.id ??
        (this
          .stmt(
            `SELECT l.actor AS id, count(*) AS n FROM entity_links l WHERE l.name_key = ? OR l.aliases LIKE ? ESCAPE '\\'
             GROUP BY l.actor ORDER BY n DESC LIMIT 1`,
          )
          .get(key, `%${JSON.stringify(ref).slice(1, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`) as { id: number } | undefined)?.id;
    }
    for (let hops = 0; id !== undefined && hops < 100; hops++) {
      const row = this.stmt('SELECT id, type, name, merged_into FROM actors WHERE id = ?').get(id) as
        | (ActorRef & { merged_into: number | null })
        | undefined;
      if (!row) return null;
      if (row.merged_into === null) return { id: row.id, type: row.type, name: row.name };
      id = row.merged_into;
    }
    return null;
  }

  searchActors(text: string, page: Page): Paged<ActorRef & { articles: number }> {
    const key = nameKey(text);
    if (!key) return { total: 0, limit: page.limit, offset: page.offset, items: [] };
    const like = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const where = "a.merged_into IS NULL AND a.name_key LIKE ? ESCAPE '\\'";
    const total = (this.stmt(`SELECT count(*) AS n FROM actors a WHERE ${where}`).get(like) as { n: number }).n;
    const items = this
      .stmt(
        `SELECT a.id, a.type, a.name, (SELECT count(DISTINCT doc) FROM entity_links l WHERE l.actor = a.id) AS articles
         FROM actors a WHERE ${where} ORDER BY articles DESC, a.id LIMIT ? OFFSET ?`,
      )
      .all(like, page.limit, page.offset) as Array<ActorRef & { articles: number }>;
    return { total, limit: page.limit, offset: page.offset, items };
  }

  quotes(f: { speaker?: number; text?: string; from?: string; to?: string }, page: Page): Paged<QuoteResult> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.speaker !== undefined) (where.push('q.speaker = ?'), args.push(f.speaker));
    if (f.from) (where.push('q.date >= ?'), args.push(f.from));
    if (f.to) (where.push('q.date <= ?'), args.push(f.to));
    const fts = f.text ? ftsQuery(f.text) : null;
    if (f.text && !fts) return { total: 0, limit: page.limit, offset: page.offset, items: [] };
    if (fts) (where.push('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)'), args.push(fts));
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.stmt(`SELECT count(*) AS n FROM quotes q ${w}`).get(...args) as { n: number }).n;
    const rows = this
      .stmt(
        `SELECT q.*, ${FACT_DOC} FROM quotes q JOIN documents d ON d.id = q.doc ${w}
         ORDER BY q.date DESC, q.id DESC LIMIT ? OFFSET ?`,
      )
      .all(...args, page.limit, page.offset) as Array<FactRow & Record<string, unknown>>;
    const items = rows.map((r) => ({
      id: r.id,
      kind: r.kind as string,
      text: r.text as string,
      speaker: this.actorRef(r.speaker as number | null),
      speakerText: r.speaker_text as string | null,
      cue: r.cue as string | null,
      channel: r.channel as string | null,
      date: r.date as string | null,
      evidence: evidence(r),
    }));
    return { total, limit: page.limit, offset: page.offset, items };
  }

  events(
    f: { type?: string; participant?: number; place?: number; from?: string; to?: string; status?: string; upcoming?: string },
    page: Page,
  ): Paged<EventResult> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.type) (where.push('e.type = ?'), args.push(f.type.toUpperCase()));
    if (f.participant !== undefined) (where.push('e.id IN (SELECT event FROM event_participants WHERE actor = ?)'), args.push(f.participant));
    if (f.place !== undefined) (where.push('e.place = ?'), args.push(f.place));
    if (f.from) (where.push('e.date >= ?'), args.push(f.from));
    if (f.to) (where.push('e.date <= ?'), args.push(f.to));
    if (f.status) (where.push('e.status = ?'), args.push(f.status));
    // Upcoming: scheduled for the given day or later.
    if (f.upcoming) (where.push("e.status = 'scheduled' AND e.date >= ?"), args.push(f.upcoming));
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.stmt(`SELECT count(*) AS n FROM events e ${w}`).get(...args) as { n: number }).n;
    const order = f.upcoming ? 'e.date ASC, e.id ASC' : 'e.date DESC, e.id DESC';
    const rows = this
      .stmt(`SELECT e.*, ${FACT_DOC} FROM events e JOIN documents d ON d.id = e.doc ${w} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...args, page.limit, page.offset) as Array<FactRow & Record<string, unknown>>;
    const participants = this.stmt('SELECT a.id, a.type, a.name FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = ? ORDER BY p.pos');
    const items = rows.map((r) => ({
      id: r.id,
      type: r.type as string,
      cameo: r.cameo as string | null,
      text: r.text as string,
      status: r.status as string,
      date: r.date as string | null,
      time: r.time_value as string | null,
      participants: participants.all(r.id) as ActorRef[],
      place: this.actorRef(r.place as number | null),
      attributedTo: r.attributed_to as string | null,
      evidence: evidence(r),
    }));
    return { total, limit: page.limit, offset: page.offset, items };
  }

  stances(f: { issue?: string; holder?: number; from?: string; to?: string }, page: Page): Paged<StanceResult> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.issue) (where.push("s.issue LIKE ? ESCAPE '\\'"), args.push(`%${f.issue.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
    if (f.holder !== undefined) (where.push('s.holder = ?'), args.push(f.holder));
    if (f.from) (where.push('s.date >= ?'), args.push(f.from));
    if (f.to) (where.push('s.date <= ?'), args.push(f.to));
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.stmt(`SELECT count(*) AS n FROM stances s ${w}`).get(...args) as { n: number }).n;
    const rows = this
      .stmt(`SELECT s.*, ${FACT_DOC} FROM stances s JOIN documents d ON d.id = s.doc ${w} ORDER BY s.date ASC, s.id ASC LIMIT ? OFFSET ?`)
      .all(...args, page.limit, page.offset) as Array<FactRow & Record<string, unknown>>;
    const items = rows.map((r) => ({
      id: r.id,
      holder: this.actorRef(r.holder as number)!,
      issue: r.issue as string,
      polarity: r.polarity as string,
      date: r.date as string | null,
      evidence: evidence(r),
    }));
    return { total, limit: page.limit, offset: page.offset, items };
  }

  articles(f: { actor?: number; text?: string }, page: Page) {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.actor !== undefined) (where.push('d.id IN (SELECT doc FROM entity_links WHERE actor = ?)'), args.push(f.actor));
    const fts = f.text ? ftsQuery(f.text) : null;
    if (f.text && !fts) return { total: 0, limit: page.limit, offset: page.offset, items: [] };
    if (fts) (where.push('d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)'), args.push(fts));
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.stmt(`SELECT count(*) AS n FROM documents d ${w}`).get(...args) as { n: number }).n;
    const items = this
      .stmt(
        `SELECT d.doc_id AS id, d.doc_key AS key, d.title, d.url, d.published, d.source,
           (SELECT count(*) FROM quotes q WHERE q.doc = d.id) AS quotes,
           (SELECT count(*) FROM events e WHERE e.doc = d.id) AS events
         FROM documents d ${w} ORDER BY d.published DESC, d.id DESC LIMIT ? OFFSET ?`,
      )
      .all(...args, page.limit, page.offset);
    return { total, limit: page.limit, offset: page.offset, items };
  }

  /** One stored article with its full analysis, by id or key, and the actor of each entity. */
  article(idOrKey: string): { analysis: Record<string, unknown>; actors: Record<string, number> } | null {
    const row = this.stmt('SELECT id, analysis FROM documents WHERE doc_id = ? OR doc_key = ? ORDER BY id LIMIT 1').get(idOrKey, idOrKey) as
      | { id: number; analysis: string }
      | undefined;
    if (!row) return null;
    const links = this.stmt('SELECT entity, actor FROM entity_links WHERE doc = ?').all(row.id) as Array<{ entity: string; actor: number }>;
    return { analysis: JSON.parse(row.analysis) as Record<string, unknown>, actors: Object.fromEntries(links.map((l) => [l.entity, l.actor])) };
  }

  /** An actor's dossier: names, titles over time, quotes, stances, events, companions, timeline. */
  dossier(actorId: number, limit = 20) {
    const actor = this.actorRef(actorId);
    if (!actor) return null;
    const links = this
      .stmt(
        `SELECT l.name, l.titles, l.aliases, d.published FROM entity_links l JOIN documents d ON d.id = l.doc
         WHERE l.actor = ? ORDER BY d.published, d.id`,
      )
      .all(actorId) as Array<{ name: string; titles: string; aliases: string; published: string | null }>;
    const titles = new Map<string, { title: string; first: string | null; last: string | null; articles: number }>();
    const aliases = new Set<string>();
    for (const l of links) {
      aliases.add(l.name);
      for (const a of JSON.parse(l.aliases) as string[]) aliases.add(a);
      for (const t of JSON.parse(l.titles) as string[]) {
        const cur = titles.get(t) ?? { title: t, first: l.published, last: l.published, articles: 0 };
        cur.articles++;
        cur.last = l.published ?? cur.last;
        titles.set(t, cur);
      }
    }
    const page = { limit, offset: 0 };
    const quotes = this.quotes({ speaker: actorId }, page);
    const events = this.events({ participant: actorId }, page);
    const stances = this.stances({ holder: actorId }, page);
    const coActors = this
      .stmt(
        `SELECT a.id, a.type, a.name, count(DISTINCT o.doc) AS articles
         FROM entity_links mine JOIN entity_links o ON o.doc = mine.doc AND o.actor != mine.actor
         JOIN actors a ON a.id = o.actor
         WHERE mine.actor = ? AND a.type != 'MISC' GROUP BY a.id ORDER BY articles DESC, a.name LIMIT ?`,
      )
      .all(actorId, limit);
    const timeline = [
      ...quotes.items.map((q) => ({ date: q.date, kind: 'quote' as const, text: q.text, evidence: q.evidence })),
      ...events.items.map((e) => ({ date: e.date, kind: 'event' as const, type: e.type, status: e.status, text: e.text, evidence: e.evidence })),
    ].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    return {
      actor,
      aliases: [...aliases].sort(),
      titles: [...titles.values()],
      articles: (this.stmt('SELECT count(DISTINCT doc) AS n FROM entity_links WHERE actor = ?').get(actorId) as { n: number }).n,
      quotes,
      events,
      stances,
      coActors,
      timeline,
    };
  }
}
