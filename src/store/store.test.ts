import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Analysis } from '../document/analysis.js';
import { loadDemoDocuments } from '../cli/demo.js';
import { analyze } from '../index.js';
import { mergeActors, splitActor } from './decisions.js';
import { ingestDocuments } from './ingest.js';
import { Queries } from './queries.js';
import { Store } from './store.js';

const tmpDb = () => path.join(mkdtempSync(path.join(tmpdir(), 'dossier-store-')), 'kb.db');

/** A hand-made analysis: the store must not depend on what today's stages find. */
function analysis(id: string, text: string, people: Array<[string, string[]]>, url: string | null = null, published = '2026-03-10'): Analysis {
  const a = analyze({ id, text, url, published });
  a.entities = people.map(([name, titles], i) => {
    const start = text.indexOf(name);
    return { id: `e${i + 1}`, type: 'PERSON', name, titles, mentions: [{ start, end: start + name.length, text: name }] };
  });
  a.quotes = [];
  const q = text.indexOf('“');
  if (q >= 0) {
    const end = text.indexOf('”', q) + 1;
    a.quotes.push({ id: 'q1', kind: 'direct', text: text.slice(q, end), start: q, end, speaker: 'e1', speakerText: null, cue: null, channel: null, time: null });
  }
  a.events = [];
  a.stances = [];
  return a;
}

test('putting the same article twice changes nothing; a changed article replaces its facts', () => {
  const store = new Store(tmpDb());
  const v1 = analysis('a', 'Ana Ribeiro said: “We will sign.” Talks went on.', [['Ana Ribeiro', ['Foreign Minister']]], 'https://x.test/a');
  assert.equal(store.put(v1), 'added');
  const before = store.counts();
  assert.equal(store.put(v1), 'unchanged');
  assert.deepEqual(store.counts(), before);
  const v2 = analysis('a', 'Ana Ribeiro said: “We will not sign.” Talks ended.', [['Ana Ribeiro', ['Foreign Minister']]], 'https://x.test/a');
  assert.equal(store.put(v2), 'replaced');
  assert.equal(store.counts().documents, 1);
  const quotes = new Queries(store.db).quotes({}, { limit: 10, offset: 0 });
  assert.deepEqual(quotes.items.map((x) => x.text), ['“We will not sign.”']);
  assert.equal(quotes.items[0]!.evidence.sentence.text, 'Ana Ribeiro said: “We will not sign.”');
  store.close();
});

test('SQL and FTS metacharacters in every query parameter are harmless', () => {
  const store = new Store(tmpDb());
  store.put(analysis('a', 'Ana Ribeiro said: “Tariffs hurt; 100% of exporters agree.”', [['Ana Ribeiro', []]]));
  const q = new Queries(store.db);
  const page = { limit: 5, offset: 0 };
  const nasty = ["'; DROP TABLE documents; --", '"', "' OR '1'='1", '%', '_', '\\', 'NEAR(a b)', 'tariffs*', 'a AND OR NOT', ')(', '\u0000', "Ribeiro' --"];
  for (const s of nasty) {
    q.quotes({ text: s }, page);
    q.articles({ text: s }, page);
    q.stances({ issue: s }, page);
    q.events({ type: s, status: s }, page);
    q.searchActors(s, page);
    q.findActor(s);
    q.quotes({ from: s, to: s }, page);
  }
  assert.equal(store.counts().documents, 1);
  assert.equal(q.quotes({ text: '100%' }, page).total, 1);
  assert.equal(q.quotes({ text: "tariffs'; --" }, page).total, 1);
  assert.equal(q.searchActors('%', page).total, 0);
  store.close();
});

test('two people who share a name stay apart; one person across articles is one actor', () => {
  const store = new Store(tmpDb());
  const econ = (id: string, topic: string) =>
    analysis(id, `David Mensah, an economist at the Hartwell Institute in London, said ${topic} would hurt steel trade between Europe and the United States.`, [['David Mensah', []]]);
  const player = (id: string, topic: string) =>
    analysis(id, `Ghana midfielder David Mensah accused the football federation of ${topic} youth academy funds before the league match in Accra.`, [['David Mensah', ['midfielder']]]);
  for (const a of [econ('e1', 'tariffs'), player('p1', 'diverting'), econ('e2', 'the levy'), player('p2', 'misusing')]) store.put(a);
  const rows = store.db
    .prepare("SELECT l.actor, d.doc_id FROM entity_links l JOIN documents d ON d.id = l.doc WHERE l.name_key = 'david mensah' ORDER BY d.doc_id")
    .all() as Array<{ actor: number; doc_id: string }>;
  const actorOf = Object.fromEntries(rows.map((r) => [r.doc_id, r.actor]));
  assert.equal(actorOf.e1, actorOf.e2);
  assert.equal(actorOf.p1, actorOf.p2);
  assert.notEqual(actorOf.e1, actorOf.p1);
  store.close();
});

test('manual merge and split survive re-ingest of a changed article', () => {
  const store = new Store(tmpDb());
  store.put(analysis('a', 'Hiroshi Tanaka met officials in Tokyo about chip exports and trade rules.', [['Hiroshi Tanaka', []]], 'u:a'));
  store.put(analysis('b', 'H. Tanaka spoke to reporters in Tokyo about chip exports and trade rules.', [['H. Tanaka', []]], 'u:b'));
  const q = new Queries(store.db);
  const full = q.findActor('Hiroshi Tanaka')!.id;
  const short = q.findActor('H. Tanaka')!.id;
  assert.notEqual(full, short);
  mergeActors(store.db, short, full);
  store.put(analysis('b', 'H. Tanaka spoke again to reporters in Tokyo about chip exports.', [['H. Tanaka', []]], 'u:b'));
  assert.equal(q.findActor('H. Tanaka')!.id, full);
  const linked = store.db.prepare("SELECT DISTINCT actor FROM entity_links WHERE name_key IN ('hiroshi tanaka', 'h tanaka')").all();
  assert.deepEqual(linked, [{ actor: full }]);

  const other = splitActor(store.db, full, ['a']);
  store.put(analysis('a', 'Hiroshi Tanaka, a farmer, met officials in Tokyo about rice prices.', [['Hiroshi Tanaka', ['farmer']]], 'u:a'));
  const a = store.db.prepare("SELECT l.actor FROM entity_links l JOIN documents d ON d.id = l.doc WHERE d.doc_key = 'u:a'").get() as { actor: number };
  assert.equal(a.actor, other);
  assert.throws(() => mergeActors(store.db, full, full), /itself/);
  store.close();
});

test('the demo corpus: each person named in several articles is one actor, and the two David Mensahs are two', async () => {
  const store = new Store(tmpDb());
  const docs = loadDemoDocuments();
  const summary = await ingestDocuments(store, docs.map((doc) => ({ ok: true as const, doc })), { jobs: 1 });
  assert.equal(summary.added, docs.length);
  const again = await ingestDocuments(store, docs.map((doc) => ({ ok: true as const, doc })), { jobs: 1 });
  assert.equal(again.unchanged, docs.length);
  const actorsOf = (key: string) =>
    store.db.prepare("SELECT DISTINCT actor FROM entity_links WHERE name_key = ? AND type = 'PERSON'").all(key).length;
  for (const key of ['ana ribeiro', 'karen whitlock', 'grant bishop', 'hiroshi tanaka', 'tomasz wieczorek', 'amara okafor', 'lena vogel', 'jose nunez', 'zoe ostergaard', 'hugh hill']) {
    assert.equal(actorsOf(key), 1, key);
  }
  const mensah = store.db
    .prepare("SELECT l.actor, group_concat(d.doc_id) AS docs FROM entity_links l JOIN documents d ON d.id = l.doc WHERE l.name_key = 'david mensah' GROUP BY l.actor ORDER BY docs")
    .all() as Array<{ docs: string }>;
  assert.deepEqual(mensah.map((m) => m.docs.split(',').sort().join(',')), ['demo-02,demo-18,demo-23', 'demo-05,demo-24']);
  store.close();
});

test('an acronym and its full name are one actor across articles, whichever comes first', () => {
  const full = analyze({ id: 'full', text: 'The European Union will send monitors to the border, officials said. The EU has funded the mission since 2023.', published: '2026-03-10' });
  const short = analyze({ id: 'short', text: 'The EU said on Monday that it would extend the mission by a year.', published: '2026-03-11' });
  const actorOf = (q: Queries, id: string, name: string) => {
    const art = q.article(id)!;
    const e = (art.analysis.entities as Array<{ id: string; name: string }>).find((x) => x.name === name)!;
    return art.actors[e.id];
  };
  for (const order of [[full, short], [short, full]]) {
    const store = new Store(tmpDb());
    for (const a of order) store.put(a);
    const q = new Queries(store.db);
    assert.ok(actorOf(q, 'full', 'European Union') !== undefined);
    assert.equal(actorOf(q, 'short', 'EU'), actorOf(q, 'full', 'European Union'), order.map((a) => a.document.id).join(' then '));
    store.close();
  }
});

test('a headline event restated in the body is stored once, as the body\'s fuller mention', () => {
  const store = new Store(tmpDb());
  const a = analyze({ id: 'pact', text: 'Canada and Mexico sign new fisheries pact\n\nOTTAWA — Canada and Mexico signed a fisheries agreement on Tuesday in Ottawa, officials said.', published: '2026-03-05' });
  const restated = a.events.filter((e) => e.sameAs);
  assert.ok(restated.length > 0, JSON.stringify(a.events));
  store.put(a);
  assert.equal(store.counts().events, a.events.length - restated.length);
});
