import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Analysis } from '../document/analysis.js';
import { createResolver } from './resolve.js';
import { SCHEMA, SCHEMA_VERSION } from './schema.js';
import { contentHash, createWriter, type PutResult } from './write.js';

export const DEFAULT_DB = 'dossier.db';

/** The knowledge base file: --db, else $DOSSIER_DB, else ./dossier.db. */
export function dbPath(option?: string): string {
  return option ?? process.env.DOSSIER_DB ?? DEFAULT_DB;
}

export interface StoreOptions {
  readonly?: boolean;
  /** Clock for timestamps; tests pin it. */
  now?: () => string;
}

/**
 * The embedded knowledge base (SQLite in WAL mode, so readers never wait for the writer).
 * Every document is written in its own transaction.
 */
export class Store {
  readonly db: Database.Database;
  private readonly putTx: (a: Analysis) => PutResult;
  private readonly knownHash: Database.Statement<[string], { one: number }>;

  constructor(file: string, options: StoreOptions = {}) {
    if (file !== ':memory:' && !options.readonly) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    if (!options.readonly) this.migrate();
    const now = options.now ?? (() => new Date().toISOString());
    const write = createWriter(this.db, createResolver(this.db, now), now);
    this.putTx = this.db.transaction(write);
    this.knownHash = this.db.prepare('SELECT 1 AS one FROM documents WHERE content_hash = ?');
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
    if (row && Number(row.value) > SCHEMA_VERSION) {
      throw new Error(`knowledge base schema ${row.value} is newer than this dossier understands (${SCHEMA_VERSION})`);
    }
    this.db.exec(SCHEMA);
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)").run(String(SCHEMA_VERSION));
  }

  /** True when a text with this content is already stored: ingest skips it unanalysed. */
  hasText(text: string): boolean {
    return this.knownHash.get(contentHash(text)) !== undefined;
  }

  /** Stores one analysis atomically: added, replaced (same article, new text), or unchanged. */
  put(a: Analysis): PutResult {
    return this.putTx(a);
  }

  counts(): Record<string, number> {
    const n = (table: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      documents: n('documents'),
      actors: (this.db.prepare('SELECT count(*) AS n FROM actors WHERE merged_into IS NULL').get() as { n: number }).n,
      quotes: n('quotes'),
      events: n('events'),
      stances: n('stances'),
    };
  }

  close(): void {
    this.db.close();
  }
}
