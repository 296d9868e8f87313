import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadDemoDocuments } from '../cli/demo.js';
import { toRawDocument } from '../index.js';
import { InOrder } from './in-order.js';
import { ingestDocuments } from './ingest.js';
import { Store } from './store.js';

const tmpDb = () => path.join(mkdtempSync(path.join(tmpdir(), 'dossier-ingest-')), 'kb.db');

/** The demo corpus behind one long article, which keeps a worker busy while the other finishes the short ones. */
function longFirst() {
  const long = Array.from({ length: 150 }, (_, i) => `Officials in Lisbon said on Friday that talks number ${i} with Ana Ribeiro would resume in Madrid.`).join('\n\n');
  return [toRawDocument({ id: 'long', source: 'long.txt', text: long, published: '2026-03-01' }), ...loadDemoDocuments()];
}

/** What the store holds, in the order it was written: articles, actors and each entity's actor. */
function contents(db: string): string {
  const store = new Store(db, { readonly: true });
  try {
    const all = (sql: string) => JSON.stringify(store.db.prepare(sql).raw().all());
    return [
      all('SELECT id, doc_id FROM documents ORDER BY id'),
      all('SELECT id, type, name FROM actors ORDER BY id'),
      all('SELECT doc, entity, actor FROM entity_links ORDER BY doc, entity'),
    ].join('\n');
  } finally {
    store.close();
  }
}

async function ingest(docs: ReturnType<typeof longFirst>, jobs: number): Promise<{ db: string; written: string[] }> {
  const db = tmpDb();
  const store = new Store(db);
  const written: string[] = [];
  try {
    const summary = await ingestDocuments(store, docs.map((doc) => ({ ok: true as const, doc })), { jobs, onDocument: (source) => written.push(source) });
    assert.equal(summary.added, docs.length);
  } finally {
    store.close();
  }
  return { db, written };
}

test('ingest stores and reports documents in input order whichever worker finishes first, so the store is the same on 1 or 2 workers', async () => {
  const docs = longFirst();
  const one = await ingest(docs, 1);
  const two = await ingest(docs, 2);
  assert.deepEqual(two.written, docs.map((d) => d.source));
  assert.equal(contents(two.db), contents(one.db));
});

test('InOrder takes values in the order they were added, each once every earlier one has settled', async () => {
  const taken: number[] = [];
  const order = new InOrder<number>((v) => taken.push(v));
  const later = (v: number, ms: number) => new Promise<number>((resolve) => setTimeout(() => resolve(v), ms));
  order.add(later(1, 30));
  order.add(Promise.resolve(2));
  order.add(later(3, 5));
  await later(0, 10);
  assert.deepEqual(taken, [], 'the first has not settled, so nothing is taken');
  assert.equal(order.size, 3);
  await order.until(0);
  assert.deepEqual(taken, [1, 2, 3]);
  const failing = new InOrder<number>(() => {
    throw new Error('cannot take');
  });
  failing.add(Promise.resolve(1));
  await assert.rejects(failing.until(0), /cannot take/);
});
