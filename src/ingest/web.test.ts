import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../eval/data.js';
import { blockedReason } from './address.js';
import { extractArticle } from './article.js';
import { dateFromUrl, toIsoDate } from './dates.js';
import { parseWithJsdom } from './dom.js';
import { decodeWeb, gunzip } from './encoding.js';
import { parseJsonFeed, parseXmlFeed } from './feed-reader.js';
import { expandInputs, readInputs } from './sources.js';
import { page } from './test-page.js';



test('the SSRF guard refuses loopback, private, link-local and metadata addresses, and allows public ones', () => {
  for (const a of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '169.254.1.1', '0.0.0.0', '100.64.0.1', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::a9fe:a9fe', 'ff02::1']) {
    assert.ok(blockedReason(a), `${a} should be refused`);
  }
  assert.match(blockedReason('169.254.169.254')!, /metadata/);
  assert.match(blockedReason('127.0.0.1')!, /loopback/);
  for (const a of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) assert.equal(blockedReason(a), null, a);
});

test('dates from pages, feeds and URLs become ISO text; doubtful ones null', () => {
  assert.equal(toIsoDate('2019-11-19T08:03:00.000Z'), '2019-11-19T08:03:00Z');
  assert.equal(toIsoDate('2019-11-19T08:03:00+0100'), '2019-11-19T08:03:00+01:00');
  assert.equal(toIsoDate('Tue, 19 Nov 2019 08:03:00 GMT'), '2019-11-19T08:03:00Z');
  assert.equal(toIsoDate('Mon, 04 May 2026 09:30:00 +0100'), '2026-05-04T09:30:00+01:00');
  assert.equal(toIsoDate('March 15, 2024'), '2024-03-15');
  assert.equal(toIsoDate('2019-02-30'), null);
  assert.equal(toIsoDate('yesterday'), null);
  assert.equal(dateFromUrl('https://x.org/2019/11/19/story-slug'), '2019-11-19');
  assert.equal(dateFromUrl('https://x.org/news/20191119-story'), '2019-11-19');
  assert.equal(dateFromUrl('https://x.org/news/story-11865382'), null);
});

test('an HTML page gives its article with paragraph breaks and its metadata', () => {
  const a = extractArticle(page, { url: 'https://gazette.example.org/ferry?ref=rss' });
  assert.equal(a.method, 'readability');
  assert.equal(a.parser, 'linkedom');
  assert.equal(a.meta.title, 'Harbour town votes to keep its ferry');
  assert.deepEqual(a.meta.authors, ['Jo Marsh', 'Sam Reid']);
  assert.equal(a.meta.published, '2026-05-04T09:30:00+01:00');
  assert.equal(a.meta.modified, '2026-05-04T12:00:00Z');
  assert.equal(a.meta.canonical, 'https://gazette.example.org/2026/05/04/ferry-vote');
  assert.equal(a.meta.lang, 'en-GB');
  assert.equal(a.meta.siteName, 'The Coast Gazette');
  assert.match(a.text, /islanders\.\n\nOf the 3,412/);
  assert.match(a.text, /officer said\.\n\nTurnout/);
  assert.ok(!a.text.includes('Home'), 'navigation is not article text');
  const cap = a.blocks.find((b) => a.text.slice(b.start, b.end).startsWith('The ferry leaves'));
  assert.equal(cap?.kind, 'caption');
  const rel = a.blocks.find((b) => a.text.slice(b.start, b.end).startsWith('Chip shop'));
  assert.ok(rel && rel.linkDensity > 0.9);
  for (const b of a.blocks) assert.equal(a.text.slice(b.start, b.end).trim(), a.text.slice(b.start, b.end));
});

test('metadata falls back to OpenGraph, <time> and the URL', () => {
  const og = extractArticle(`<html><head><meta property="og:title" content="Bridge closed"><meta name="author" content="By Kim Lee"></head><body><article><time datetime="2024-04-24T07:00:00Z">24 April</time><p>${'The bridge was closed after inspectors found cracks in its steel beams, the city said. '.repeat(5)}</p></article></body></html>`, { url: 'https://x.org/2020/01/02/bridge' });
  assert.equal(og.meta.title, 'Bridge closed');
  assert.equal(og.meta.published, '2024-04-24T07:00:00Z');
  assert.deepEqual(og.meta.authors, ['Kim Lee']);
  const urlOnly = extractArticle(`<html><body><p>${'Words of a story that has no date in it at all. '.repeat(8)}</p></body></html>`, { url: 'https://x.org/2020/01/02/bridge' });
  assert.equal(urlOnly.meta.published, '2020-01-02');
});

test('malformed HTML and a page that is not an article give a result, flagged, not an exception', () => {
  const broken = extractArticle(`<html><body><div><p>Unclosed <b>bold <i>and italic<p>${'Another paragraph of real words about a council vote on a ferry. '.repeat(6)}<table><tr><td>cell</div></span></body>`);
  assert.ok(broken.text.includes('council vote'));
  const nav = extractArticle('<html><body><ul><li><a href="/a">Home</a></li><li><a href="/b">Contact</a></li></ul><p>Log in</p></body></html>');
  assert.equal(nav.notArticle, true);
});

test('jsdom, the fallback parser, reads the same article', () => {
  const doc = parseWithJsdom(page, 'https://gazette.example.org/x');
  assert.match(doc.body?.textContent ?? '', /3,412 ballots/);
  assert.equal(doc.documentElement?.getAttribute('lang'), 'en-GB');
});

test('encodings: header, <meta charset>, sniffing; gzip, truncated gzip', () => {
  const latin = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>caf'), Buffer.from([0xe9]), Buffer.from('</body></html>')]);
  assert.match(decodeWeb(latin).text, /café/);
  assert.equal(decodeWeb(latin).encoding, 'windows-1252');
  assert.match(decodeWeb(Buffer.from([0x63, 0x61, 0x66, 0xe9])).text, /café/);
  assert.equal(decodeWeb(Buffer.from('café', 'utf8'), 'text/html; charset=utf-8').text, 'café');
  // A page declaring latin-1 that is really UTF-8 is read as UTF-8.
  assert.match(decodeWeb(Buffer.from('<meta charset="iso-8859-1">Zoë', 'utf8')).text, /Zoë/);
  const gz = gzipSync(Buffer.from('x'.repeat(100_000)));
  const whole = gunzip(gz);
  assert.ok(whole.ok && whole.bytes.length === 100_000 && !whole.truncated);
  const cut = gunzip(gz.subarray(0, Math.floor(gz.length / 2)));
  assert.ok(cut.ok && cut.truncated && cut.bytes.length > 0 && cut.bytes.length < 100_000);
  const junk = gunzip(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]));
  assert.ok(!junk.ok && /gzip/.test(junk.reason));
});

test('RSS, Atom and JSON Feed items carry their title, date and link', () => {
  const rss = parseXmlFeed(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Gazette</title>
    <item><title>Ferry saved</title><link>https://g.example.org/ferry</link><pubDate>Mon, 04 May 2026 09:30:00 +0100</pubDate><description>&lt;p&gt;Residents voted.&lt;/p&gt;</description><dc:creator>Jo Marsh</dc:creator></item>
    <item><title>Storm</title><dc:date>2026-05-05</dc:date><content:encoded><![CDATA[<p>A storm closed two bridges.</p>]]></content:encoded></item></channel></rss>`);
  assert.equal(rss.kind, 'rss');
  assert.deepEqual(rss.items.map((i) => [i.title, i.published, i.link]), [['Ferry saved', '2026-05-04T09:30:00+01:00', 'https://g.example.org/ferry'], ['Storm', '2026-05-05', null]]);
  assert.deepEqual(rss.items[0]!.authors, ['Jo Marsh']);
  assert.match(rss.items[1]!.html!, /two bridges/);
  const atom = parseXmlFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:1</id><title>Zoo cubs</title><link rel="alternate" href="https://z.example.org/cubs"/><published>2026-06-11T08:00:00Z</published><updated>2026-06-12T08:00:00Z</updated><summary>Two cubs.</summary><author><name>L. Benn</name></author></entry></feed>`);
  assert.deepEqual([atom.kind, atom.items[0]!.id, atom.items[0]!.link, atom.items[0]!.published, atom.items[0]!.modified, atom.items[0]!.authors[0]], ['atom', 'urn:1', 'https://z.example.org/cubs', '2026-06-11T08:00:00Z', '2026-06-12T08:00:00Z', 'L. Benn']);
  const json = parseJsonFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: 7, url: 'https://j.example.org/7', title: 'Seven', content_text: 'Para one.\n\nPara two.', date_published: '2026-01-02T03:04:05Z' }, 'junk'] }));
  assert.equal(json.items[0]!.id, '7');
  assert.equal(json.items[0]!.published, '2026-01-02T03:04:05Z');
  assert.equal(json.items.length, 2);
});

async function readAll(files: Record<string, string | Buffer>): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-web-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  const out: string[] = [];
  for await (const r of readInputs(await expandInputs(Object.keys(files).map((f) => path.join(dir, f))))) {
    out.push(r.ok ? `ok ${r.doc.id} ${r.doc.published ?? '-'} ${r.doc.text.length}${r.doc.extra?.truncated ? ' truncated' : ''}` : `error ${path.basename(r.error.source)}: ${r.error.reason}`);
  }
  return out;
}

test('files: HTML, gzip HTML, feeds with broken items, truncated gzip, a 50 MB page', async () => {
  const gz = gzipSync(Buffer.from(page));
  const bigScript = `<script>${'var x = "padding";\n'.repeat(2_700_000)}</script>`;
  const big = page.replace('<nav>', `${bigScript}<nav>`);
  assert.ok(big.length > 50_000_000);
  const out = await readAll({
    'ferry.html': page,
    'ferry2.html.gz': gz,
    'cut.html.gz': gz.subarray(0, Math.floor(gz.length * 0.8)),
    'feed.xml': `<rss version="2.0"><channel><item><title>One</title><description>Text one.</description></item><item></item><item><title>Three</title></item></channel></rss>`,
    'notfeed.xml': '<rss><channel></channel></rss>',
    'big.html': big,
  });
  assert.match(out[0]!, /^ok ferry 2026-05-04T09:30:00\+01:00 \d+$/);
  assert.match(out[1]!, /^ok ferry2 2026-05-04/);
  assert.match(out[2]!, /^ok cut .* truncated$/);
  assert.match(out[3]!, /^ok feed#1 - 9$/);
  assert.match(out[4]!, /^error feed\.xml#item-2: feed item has no title, content or summary$/);
  assert.match(out[5]!, /^ok feed#3 - 5$/);
  assert.match(out[6]!, /^error notfeed\.xml: feed has no items$/);
  assert.match(out[7]!, /^ok big 2026-05-04/);
  assert.equal(out.length, 8);
});

test('dossier analyze: HTML on stdin and a feed file', () => {
  const bin = path.join(projectRoot, 'bin', 'dossier.js');
  const r = spawnSync(process.execPath, [bin, 'analyze', '-', '-f', 'json'], { input: page, encoding: 'utf8', cwd: projectRoot });
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout) as { document: { title: string; published: string; text: string; excluded: { reason: string }[] } };
  assert.equal(a.document.title, 'Harbour town votes to keep its ferry');
  assert.equal(a.document.published, '2026-05-04T09:30:00+01:00');
  assert.ok(a.document.excluded.some((x) => x.reason === 'related'));
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-feed-'));
  const feed = path.join(dir, 'feed.xml');
  writeFileSync(feed, '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><title>One</title><updated>2026-01-02T00:00:00Z</updated><content type="html">&lt;p&gt;The first item.&lt;/p&gt;</content></entry><entry><id>b</id><title>Two</title><summary>The second item.</summary></entry></feed>');
  const f = spawnSync(process.execPath, [bin, 'analyze', feed, '-f', 'jsonl'], { encoding: 'utf8', cwd: projectRoot });
  assert.equal(f.status, 0, f.stderr);
  const docs = f.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { document: { id: string; published: string | null; text: string } }).document);
  assert.deepEqual(docs.map((d) => [d.id, d.published, d.text]), [['a', '2026-01-02T00:00:00Z', 'The first item.'], ['b', null, 'The second item.']]);
});
