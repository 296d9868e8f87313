import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../eval/data.js';
import { blockedReason } from './address.js';
import { InputError } from './errors.js';
import { fetchUrl } from './fetch.js';
import { page } from './test-page.js';

// Tests talk to a server on 127.0.0.1 only.
let server: http.Server;
let base = '';
let lastAgent = '';

before(async () => {
  server = http.createServer((req, res) => {
    lastAgent = String(req.headers['user-agent'] ?? '');
    const url = req.url ?? '/';
    if (url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.from(page)));
    } else if (url.startsWith('/loop/')) {
      const n = Number(url.slice(6));
      res.writeHead(302, { location: `/loop/${n + 1}` });
      res.end();
    } else if (url === '/to-page') {
      res.writeHead(301, { location: '/page' });
      res.end();
    } else if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(200_000));
    } else if (url === '/slow') {
      // Never answers: the client's deadline has to end it.
    } else if (url === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>Local</title><item><title>Ferry</title><link>${base}/page</link><description>Summary only.</description></item></channel></rss>`);
    } else {
      res.writeHead(404);
      res.end('nope');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function failure(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof InputError, String(e));
    return e;
  }
  assert.fail('expected a failure');
}

test('loopback is refused by default, by address and by name, with the URL and the reason', async () => {
  const e = await failure(fetchUrl(`${base}/page`));
  assert.equal(e.source, `${base}/page`);
  assert.match(e.reason, /refused: 127\.0\.0\.1 is a loopback address \(use --allow-private/);
  const port = (server.address() as AddressInfo).port;
  assert.match((await failure(fetchUrl(`http://localhost:${port}/page`))).reason, /refused: localhost/);
  assert.match((await failure(fetchUrl('http://169.254.169.254/latest/meta-data/'))).reason, /cloud metadata address/);
  assert.match((await failure(fetchUrl('http://[::1]/'))).reason, /loopback/);
  assert.match((await failure(fetchUrl('file:///etc/passwd'))).reason, /unsupported scheme file/);
});

test('a host name that resolves to a private address is refused after DNS resolution', async (t) => {
  const name = hostname();
  const resolved = await lookup(name).catch(() => null);
  if (!resolved || !blockedReason(resolved.address)) return t.skip(`${name} does not resolve to a private address here`);
  const e = await failure(fetchUrl(`http://${name}:9/`));
  assert.match(e.reason, new RegExp(`refused: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} resolves to `));
});

test('with allowPrivate: gzip is undone, redirects followed and capped, size and time limited', async () => {
  const ok = await fetchUrl(`${base}/to-page`, { allowPrivate: true });
  assert.equal(ok.finalUrl, `${base}/page`);
  assert.match(ok.contentType!, /text\/html/);
  assert.match(Buffer.from(ok.bytes).toString('utf8'), /Harbour town/);
  assert.match(lastAgent, /^dossier\//);
  assert.match((await failure(fetchUrl(`${base}/loop/0`, { allowPrivate: true, maxRedirects: 3 }))).reason, /too many redirects \(more than 3\)/);
  assert.match((await failure(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 50_000 }))).reason, /limit/);
  assert.match((await failure(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }))).reason, /timed out after 0\.3 s/);
  assert.match((await failure(fetchUrl(`${base}/missing`, { allowPrivate: true }))).reason, /HTTP 404 Not Found/);
});

function dossier(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(projectRoot, 'bin', 'dossier.js'), ...args], { cwd: projectRoot }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

test('dossier analyze URL: refused by default, analysed with --allow-private; feeds with --fetch-links', async () => {
  const refused = await dossier(['analyze', `${base}/page`, '-f', 'json']);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, new RegExp(`${base.replace(/[.]/g, '\\.')}/page: refused: 127\\.0\\.0\\.1 is a loopback address`));
  const ok = await dossier(['analyze', `${base}/page`, '-f', 'json', '--allow-private']);
  assert.equal(ok.code, 0, ok.stderr);
  const a = JSON.parse(ok.stdout) as { document: { title: string; published: string; url: string } };
  assert.equal(a.document.title, 'Harbour town votes to keep its ferry');
  assert.equal(a.document.published, '2026-05-04T09:30:00+01:00');
  assert.equal(a.document.url, 'https://gazette.example.org/2026/05/04/ferry-vote');
  const feed = await dossier(['analyze', `${base}/feed`, '-f', 'json', '--allow-private', '--fetch-links']);
  assert.equal(feed.code, 0, feed.stderr);
  // One item is one document: --format json prints it as a bare object, as for one file.
  assert.match((JSON.parse(feed.stdout) as { document: { text: string } }).document.text, /3,412 ballots/);
  const summary = await dossier(['analyze', `${base}/feed`, '-f', 'json', '--allow-private']);
  assert.equal((JSON.parse(summary.stdout) as { document: { text: string } }).document.text, 'Summary only.');
});
