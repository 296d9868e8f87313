import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { datasetPath, projectRoot, skipWithoutData } from '../eval/data.js';

const bin = path.join(projectRoot, 'bin', 'dossier.js');

function storedDocuments(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

test('an ingest killed with SIGKILL midway resumes without losing or duplicating an article', { skip: skipWithoutData('newswire'), timeout: 300_000 }, async () => {
  const corpus = datasetPath('newswire')!;
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-kill-')), 'kb.db');
  const child = spawn(process.execPath, [bin, 'ingest', corpus, '--db', db], { stdio: 'ignore' });
  let stored = 0;
  for (let i = 0; i < 1200 && stored < 300; i++) {
    await sleep(50);
    stored = storedDocuments(db);
  }
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  const atKill = storedDocuments(db);
  assert.ok(atKill >= 300 && atKill < 2452, `killed with ${atKill} documents stored`);

  const rerun = spawnSync(process.execPath, [bin, 'ingest', corpus, '--db', db], { encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  const unchanged = Number(/(\d+) unchanged/.exec(rerun.stderr)?.[1]);
  assert.ok(unchanged >= atKill, rerun.stderr);

  const conn = new Database(db, { readonly: true });
  const n = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
  assert.equal(n('SELECT count(*) AS n FROM documents'), 2452);
  assert.equal(n('SELECT count(DISTINCT doc_key) AS n FROM documents'), 2452);
  // Every stored article is whole: its facts match the analysis stored with it.
  const rows = conn.prepare('SELECT id, analysis FROM documents').all() as Array<{ id: number; analysis: string }>;
  const sentences = conn.prepare('SELECT count(*) AS n FROM sentences WHERE doc = ?');
  const quotes = conn.prepare('SELECT count(*) AS n FROM quotes WHERE doc = ?');
  const links = conn.prepare('SELECT count(*) AS n FROM entity_links WHERE doc = ?');
  for (const r of rows) {
    const a = JSON.parse(r.analysis) as { sentences: unknown[]; quotes: unknown[]; entities: unknown[] };
    assert.equal((sentences.get(r.id) as { n: number }).n, a.sentences.length);
    assert.equal((quotes.get(r.id) as { n: number }).n, a.quotes.length);
    assert.equal((links.get(r.id) as { n: number }).n, a.entities.length);
  }
  conn.close();
});
