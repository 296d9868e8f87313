import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { analyze } from '../index.js';
import { Store } from '../store/store.js';
import { buildApp, BODY_LIMIT } from './app.js';

let app: FastifyInstance;
let store: Store;
const TOKEN = 'test-token-123';
const auth = { authorization: `Bearer ${TOKEN}` };

before(async () => {
  store = new Store(path.join(mkdtempSync(path.join(tmpdir(), 'dossier-api-')), 'kb.db'));
  const text = 'Ana Ribeiro said: “Tariffs hurt exporters.” Talks with Paulo Costa went on.';
  const a = analyze({ id: 'a1', text, published: '2026-03-10', url: 'https://x.test/a1' });
  const name = 'Ana Ribeiro';
  a.entities = [
    { id: 'e1', type: 'PERSON', name, titles: ['Foreign Minister'], mentions: [{ start: 0, end: name.length, text: name }] },
    { id: 'e2', type: 'PERSON', name: 'Paulo Costa', titles: [], mentions: [{ start: text.indexOf('Paulo'), end: text.indexOf('Paulo') + 11, text: 'Paulo Costa' }] },
  ];
  const q = text.indexOf('“');
  const qe = text.indexOf('”') + 1;
  a.quotes = [{ id: 'q1', kind: 'direct', text: text.slice(q, qe), start: q, end: qe, speaker: 'e1', speakerText: null, cue: null, channel: null, time: null }];
  store.put(a);
  app = await buildApp({ store, token: TOKEN });
});

after(async () => {
  await app.close();
  store.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

test('read routes answer with evidence and pagination', async () => {
  const r = await get('/api/quotes?speaker=Ana%20Ribeiro');
  assert.equal(r.statusCode, 200);
  const body = r.json();
  assert.equal(body.total, 1);
  assert.equal(body.items[0].speaker.name, 'Ana Ribeiro');
  assert.equal(body.items[0].evidence.document.id, 'a1');
  assert.equal(body.items[0].evidence.sentence.text, 'Ana Ribeiro said: “Tariffs hurt exporters.”');
  const d = (await get('/api/actors/Ana%20Ribeiro')).json();
  assert.deepEqual(d.titles.map((t: { title: string }) => t.title), ['Foreign Minister']);
  assert.equal(d.coActors[0].name, 'Paulo Costa');
  assert.equal((await get('/api/articles?entity=Paulo%20Costa')).json().total, 1);
  assert.equal((await get('/api/articles/a1')).json().schema, 'dossier.analysis/1');
  assert.equal((await get('/api/quotes?q=tariffs&limit=1&offset=0')).json().items.length, 1);
  assert.equal((await get('/api/quotes?q=tariffs&offset=1')).json().items.length, 0);
});

test('malformed queries get a 400 with a message; unknown things a 404', async () => {
  for (const url of ['/api/quotes?limit=abc', '/api/quotes?limit=0', '/api/quotes?limit=100000', '/api/quotes?from=March', '/api/events?status=maybe', '/api/actors', '/api/quotes?bogus=1', '/api/events?upcoming=2026-13']) {
    const r = await get(url);
    assert.equal(r.statusCode, 400, url);
    assert.ok(r.json().message.length > 0, url);
  }
  assert.equal((await get('/api/actors/Nobody%20Here')).statusCode, 404);
  assert.equal((await get('/api/articles/none')).statusCode, 404);
});

test('SQL and FTS metacharacters in every parameter are harmless', async () => {
  const nasty = ["'; DROP TABLE documents; --", '" OR 1=1 --', '%', '_', 'NEAR(a b)', '*', "a' UNION SELECT * FROM actors --"];
  for (const s of nasty) {
    const v = encodeURIComponent(s);
    for (const url of [
      `/api/quotes?q=${v}`,
      `/api/quotes?speaker=${v}`,
      `/api/events?type=${v}`,
      `/api/events?participant=${v}`,
      `/api/events?place=${v}`,
      `/api/articles?q=${v}`,
      `/api/articles?entity=${v}`,
      `/api/stances?issue=${v}`,
      `/api/stances?holder=${v}`,
      `/api/actors?q=${v}`,
      `/api/actors/${v}`,
      `/api/articles/${v}`,
    ]) {
      const r = await get(url);
      assert.ok([200, 400, 404].includes(r.statusCode), `${url} -> ${r.statusCode}`);
    }
  }
  assert.equal(store.counts().documents, 1);
});

test('writes need the token: 401 without it, accepted with it', async () => {
  const body = { text: 'Paulo Costa met Ana Ribeiro in Geneva on Friday.', id: 'a2', published: '2026-03-12' };
  assert.equal((await app.inject({ method: 'POST', url: '/api/articles', payload: body })).statusCode, 401);
  assert.equal((await app.inject({ method: 'POST', url: '/api/articles', payload: body, headers: { authorization: 'Bearer wrong' } })).statusCode, 401);
  assert.equal((await app.inject({ method: 'POST', url: '/api/actors/merge', payload: { from: '1', into: '2' } })).statusCode, 401);
  const ok = await app.inject({ method: 'POST', url: '/api/articles', payload: body, headers: auth });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().result, 'added');
  assert.equal((await app.inject({ method: 'POST', url: '/api/articles', payload: body, headers: auth })).json().result, 'unchanged');
  const bad = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: '' }, headers: auth });
  assert.equal(bad.statusCode, 400);
  const huge = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'x'.repeat(BODY_LIMIT + 10) }, headers: auth });
  assert.equal(huge.statusCode, 413);
});

test('a server without a token is read-only', async () => {
  const ro = await buildApp({ store, token: null });
  const r = await ro.inject({ method: 'POST', url: '/api/articles', payload: { text: 'x' }, headers: auth });
  assert.equal(r.statusCode, 401);
  assert.match(r.json().message, /read-only/);
  await ro.close();
});

test('/openapi.json describes every API route with its parameters', async () => {
  const doc = (await get('/openapi.json')).json();
  assert.equal(doc.openapi.slice(0, 2), '3.');
  for (const p of ['/api/quotes', '/api/events', '/api/actors', '/api/actors/{actor}', '/api/articles', '/api/articles/{id}', '/api/stances', '/api/stats', '/api/actors/merge', '/api/actors/split']) {
    assert.ok(doc.paths[p], p);
  }
  assert.ok(doc.paths['/api/quotes'].get.parameters.some((x: { name: string }) => x.name === 'speaker'));
});

test('cached answers are dropped after a write, through the API or from another connection', async () => {
  const url = '/api/articles?q=Geneva';
  const first = await get(url);
  const again = await get(url);
  assert.equal(again.headers['x-cache'], 'hit');
  assert.equal(again.body, first.body);
  const before = first.json().total;
  const post = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'Talks in Geneva resumed on Monday.', id: 'g1' }, headers: auth });
  assert.equal(post.statusCode, 200);
  const after1 = await get(url);
  assert.equal(after1.headers['x-cache'], undefined);
  assert.equal(after1.json().total, before + 1);
  // Another process writing the same file: a second connection stands in for it.
  const other = new Store(store.db.name);
  other.put(analyze({ id: 'g2', text: 'Geneva hosted a second round of talks.', published: '2026-03-14' }));
  other.close();
  const after2 = await get(url);
  assert.equal(after2.json().total, before + 2);
});

test('a page to fetch goes through the SSRF guard: loopback is refused by default', async () => {
  const page = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>Paulo Costa met Ana Ribeiro in Geneva on Friday to discuss the steel levy and the next round of talks.</p><p>They will meet again next week, officials said.</p></article></body></html>');
  });
  await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/talks.html`;
  try {
    const refused = await app.inject({ method: 'POST', url: '/api/articles', payload: { fetch: url }, headers: auth });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.json().message, /127\.0\.0\.1/);
    // The guard belongs to the app: an operator's server that allows private addresses
    // does not open them for the default one in the same process.
    const open = await buildApp({ store, token: TOKEN, allowPrivate: true });
    const ok = await open.inject({ method: 'POST', url: '/api/articles', payload: { fetch: url }, headers: auth });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.match(ok.json().analysis.document.text, /Paulo Costa met Ana Ribeiro/);
    assert.equal((await open.inject({ method: 'POST', url: '/api/articles', payload: { fetch: 'file:///etc/passwd' }, headers: auth })).statusCode, 400);
    assert.equal((await app.inject({ method: 'POST', url: '/api/articles', payload: { fetch: url }, headers: auth })).statusCode, 400);
    await open.close();
  } finally {
    page.close();
  }
});
