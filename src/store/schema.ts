/*
 * The knowledge base schema. Documents own their facts (sentences, entity links, quotes,
 * events, stances): deleting a document cascades, so replacing a changed article is one
 * delete and one insert inside one transaction. Actors outlive documents, and manual
 * decisions refer to actors and document keys, so they survive re-ingest.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  doc_key TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  title TEXT,
  url TEXT,
  published TEXT,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);

CREATE TABLE IF NOT EXISTS sentences (
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS actors (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  merged_into INTEGER REFERENCES actors(id),
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS actors_key ON actors(type, name_key);

-- Acronyms an organisation or place was seen under beside its full name ("EU" for the European
-- Union), so an article that uses only one of the two finds the same actor.
CREATE TABLE IF NOT EXISTS actor_acronyms (
  acronym TEXT NOT NULL,
  actor INTEGER NOT NULL REFERENCES actors(id),
  PRIMARY KEY (acronym, actor)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS entity_links (
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  actor INTEGER NOT NULL REFERENCES actors(id),
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  titles TEXT NOT NULL,
  aliases TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  first_start INTEGER NOT NULL,
  first_end INTEGER NOT NULL,
  context TEXT NOT NULL,
  PRIMARY KEY (doc, entity)
);
CREATE INDEX IF NOT EXISTS entity_links_actor ON entity_links(actor);
CREATE INDEX IF NOT EXISTS entity_links_key ON entity_links(type, name_key);

CREATE TABLE IF NOT EXISTS quotes (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  speaker INTEGER REFERENCES actors(id),
  speaker_text TEXT,
  cue TEXT,
  channel TEXT,
  time_value TEXT,
  date TEXT,
  sent_start INTEGER NOT NULL,
  sent_end INTEGER NOT NULL,
  sentence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker, date);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, content='quotes', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  cameo TEXT,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  place INTEGER REFERENCES actors(id),
  time_value TEXT,
  date TEXT,
  status TEXT NOT NULL,
  attributed_to TEXT,
  sent_start INTEGER NOT NULL,
  sent_end INTEGER NOT NULL,
  sentence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_type_date ON events(type, date);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);

CREATE TABLE IF NOT EXISTS event_participants (
  event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  actor INTEGER NOT NULL REFERENCES actors(id),
  pos INTEGER NOT NULL,
  PRIMARY KEY (event, actor)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_participants_actor ON event_participants(actor);

CREATE TABLE IF NOT EXISTS stances (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  holder INTEGER NOT NULL REFERENCES actors(id),
  issue TEXT NOT NULL,
  polarity TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  date TEXT,
  sent_start INTEGER NOT NULL,
  sent_end INTEGER NOT NULL,
  sentence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stances_issue ON stances(issue, date);
CREATE INDEX IF NOT EXISTS stances_holder ON stances(holder);

CREATE TABLE IF NOT EXISTS decisions (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  actor INTEGER NOT NULL REFERENCES actors(id),
  target INTEGER NOT NULL REFERENCES actors(id),
  doc_key TEXT,
  name_key TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_split ON decisions(kind, doc_key, name_key);

CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
`;
