import type Database from 'better-sqlite3';
import type { Analysis } from '../document/analysis.js';
import { contentId } from '../document/id.js';
import { entityContext } from './context.js';
import { dayOf, sentenceOf } from './evidence.js';
import { nameKey } from './names.js';
import type { Resolver } from './resolve.js';

export type PutResult = 'added' | 'replaced' | 'unchanged' | 'duplicate';

/** What makes an article the same article: its URL when it has one, else its id. */
export function documentKey(a: Analysis): string {
  return a.document.url ?? a.document.id;
}

export function contentHash(text: string): string {
  return contentId(text);
}

/**
 * Writes one analysis with all its facts. The caller runs it in a transaction, so a
 * document is stored whole or not at all; an interrupted ingest leaves no half article.
 */
export function createWriter(db: Database.Database, resolver: Resolver, now: () => string) {
  const byHash = db.prepare<[string], { id: number; doc_key: string }>('SELECT id, doc_key FROM documents WHERE content_hash = ?');
  const byKey = db.prepare<[string], { id: number }>('SELECT id FROM documents WHERE doc_key = ?');
  const del = db.prepare<[number]>('DELETE FROM documents WHERE id = ?');
  const insDoc = db.prepare(
    `INSERT INTO documents (doc_key, doc_id, content_hash, source, title, url, published, text, analysis, ingested_at)
     VALUES (@doc_key, @doc_id, @content_hash, @source, @title, @url, @published, @text, @analysis, @ingested_at)`,
  );
  const insSentence = db.prepare('INSERT INTO sentences (doc, idx, start, "end") VALUES (?, ?, ?, ?)');
  const insLink = db.prepare(
    `INSERT INTO entity_links (doc, entity, actor, type, name, name_key, titles, aliases, mentions, first_start, first_end, context)
     VALUES (@doc, @entity, @actor, @type, @name, @name_key, @titles, @aliases, @mentions, @first_start, @first_end, @context)`,
  );
  const insQuote = db.prepare(
    `INSERT INTO quotes (doc, local_id, kind, text, start, "end", speaker, speaker_text, cue, channel, time_value, date, sent_start, sent_end, sentence)
     VALUES (@doc, @local_id, @kind, @text, @start, @end, @speaker, @speaker_text, @cue, @channel, @time_value, @date, @sent_start, @sent_end, @sentence)`,
  );
  const insEvent = db.prepare(
    `INSERT INTO events (doc, local_id, type, cameo, text, start, "end", place, time_value, date, status, attributed_to, sent_start, sent_end, sentence)
     VALUES (@doc, @local_id, @type, @cameo, @text, @start, @end, @place, @time_value, @date, @status, @attributed_to, @sent_start, @sent_end, @sentence)`,
  );
  const insParticipant = db.prepare('INSERT OR IGNORE INTO event_participants (event, actor, pos) VALUES (?, ?, ?)');
  const insStance = db.prepare(
    `INSERT INTO stances (doc, local_id, holder, issue, polarity, start, "end", date, sent_start, sent_end, sentence)
     VALUES (@doc, @local_id, @holder, @issue, @polarity, @start, @end, @date, @sent_start, @sent_end, @sentence)`,
  );

  return function put(a: Analysis): PutResult {
    const hash = contentHash(a.document.text);
    const key = documentKey(a);
    const same = byHash.get(hash);
    if (same) return same.doc_key === key ? 'unchanged' : 'duplicate';
    const old = byKey.get(key);
    if (old) del.run(old.id);

    const d = a.document;
    const doc = Number(
      insDoc.run({
        doc_key: key,
        doc_id: d.id,
        content_hash: hash,
        source: d.source,
        title: d.title,
        url: d.url,
        published: d.published,
        text: d.text,
        analysis: JSON.stringify(a),
        ingested_at: now(),
      }).lastInsertRowid,
    );
    a.sentences.forEach((s, i) => insSentence.run(doc, i, s.start, s.end));

    const actorOf = new Map<string, number>();
    for (const e of a.entities) {
      const context = entityContext(a, e);
      const actor = resolver.resolve(key, e, context);
      actorOf.set(e.id, actor);
      const first = e.mentions[0] ?? { start: 0, end: 0 };
      insLink.run({
        doc,
        entity: e.id,
        actor,
        type: e.type,
        name: e.name,
        name_key: nameKey(e.name),
        titles: JSON.stringify(e.titles),
        aliases: JSON.stringify([...new Set(e.mentions.map((m) => m.text))]),
        mentions: e.mentions.length,
        first_start: first.start,
        first_end: first.end,
        context: JSON.stringify(context),
      });
    }
    const actor = (id: string | null) => (id ? (actorOf.get(id) ?? null) : null);
    const timeValue = new Map(a.times.map((t) => [t.id, t.value]));
    const published = dayOf(d.published);

    for (const q of a.quotes) {
      const s = sentenceOf(a, q.start);
      const value = q.time ? (timeValue.get(q.time) ?? null) : null;
      insQuote.run({
        doc,
        local_id: q.id,
        kind: q.kind,
        text: q.text,
        start: q.start,
        end: q.end,
        speaker: actor(q.speaker),
        speaker_text: q.speakerText,
        cue: q.cue?.text ?? null,
        channel: q.channel,
        time_value: value,
        // A statement without its own date was made by the time of publication.
        date: dayOf(value) ?? published,
        sent_start: s.start,
        sent_end: s.end,
        sentence: d.text.slice(s.start, s.end),
      });
    }
    for (const ev of a.events) {
      // a headline's restatement of a body event is the same happening, and the body's mention is the
      // fuller one (its date, its source): stored once, so a timeline does not show it twice
      if (ev.sameAs) continue;
      const s = sentenceOf(a, ev.start);
      const value = ev.time ? (timeValue.get(ev.time) ?? null) : null;
      const id = Number(
        insEvent.run({
          doc,
          local_id: ev.id,
          type: ev.type,
          cameo: ev.cameo,
          text: ev.text,
          start: ev.start,
          end: ev.end,
          place: actor(ev.place),
          time_value: value,
          date: dayOf(value) ?? (ev.status === 'scheduled' ? null : published),
          status: ev.status,
          attributed_to: ev.attributedTo === null ? null : String(actor(ev.attributedTo) ?? ev.attributedTo),
          sent_start: s.start,
          sent_end: s.end,
          sentence: d.text.slice(s.start, s.end),
        }).lastInsertRowid,
      );
      ev.participants.forEach((p, pos) => {
        const pa = actor(p);
        if (pa !== null) insParticipant.run(id, pa, pos);
      });
    }
    for (const st of a.stances) {
      const holder = actor(st.holder);
      if (holder === null) continue;
      const s = sentenceOf(a, st.start);
      insStance.run({
        doc,
        local_id: st.id,
        holder,
        issue: st.issue,
        polarity: st.polarity,
        start: st.start,
        end: st.end,
        date: published,
        sent_start: s.start,
        sent_end: s.end,
        sentence: d.text.slice(s.start, s.end),
      });
    }
    return old ? 'replaced' : 'added';
  };
}
