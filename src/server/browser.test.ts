import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadDemoDocuments } from '../cli/demo.js';
import { projectRoot } from '../eval/data.js';
import { analyze } from '../index.js';
import { Store } from '../store/store.js';
import { buildApp } from './app.js';
import { webInterface, webRoot } from './web.js';

/*
 * Page-side checks are functions Playwright runs in the page; strings would need eval,
 * which the interface's Content Security Policy rightly forbids.
 *
 * The web interface in a real browser: Debian's chromium, driven by playwright-core, over
 * the demo corpus plus two hand-made articles (one with known events, one with markup in
 * its text). Screenshots of each view go to docs/screenshots for the README.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) ? `needs ${CHROMIUM} (apt-get install chromium)` : !existsSync(path.join(webRoot, 'index.html')) ? 'needs the built web interface (npm run build)' : false;
const shots = path.join(projectRoot, 'docs', 'screenshots');
const TOKEN = 'browser-test-token';

let app: FastifyInstance;
let store: Store;
let browser: Browser;
let page: Page;
let base: string;

function eventsArticle() {
  const text = 'Ana Ribeiro will meet Paulo Costa in Geneva on March 30. Dockers protested in Valencia on Monday.';
  const a = analyze({ id: 'events-fixture', text, published: '2026-03-25', title: 'Fixture: a meeting and a protest' });
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  a.entities = [
    { id: 'e1', type: 'PERSON', name: 'Ana Ribeiro', titles: ['Foreign Minister'], mentions: [at('Ana Ribeiro')] },
    { id: 'e2', type: 'PERSON', name: 'Paulo Costa', titles: [], mentions: [at('Paulo Costa')] },
    { id: 'e3', type: 'LOC', name: 'Geneva', titles: [], mentions: [at('Geneva')] },
    { id: 'e4', type: 'LOC', name: 'Valencia', titles: [], mentions: [at('Valencia')] },
  ];
  a.times = [
    { id: 't1', type: 'DATE', value: '2026-03-30', ...at('March 30') },
    { id: 't2', type: 'DATE', value: '2026-03-23', ...at('Monday') },
  ];
  a.events = [
    { id: 'v1', type: 'MEET', cameo: '040', ...at('meet'), participants: ['e1', 'e2'], place: 'e3', time: 't1', status: 'scheduled', attributedTo: null },
    { id: 'v2', type: 'PROTEST', cameo: '140', ...at('protested'), participants: [], place: 'e4', time: 't2', status: 'occurred', attributedTo: null },
  ];
  return a;
}

/** A story followed by a teaser, with the exclusion given, so the view is tested apart from the clean stage. */
function teaserArticle() {
  const story = 'Port workers in Valencia ended their strike on Thursday after a deal on crane jobs.';
  const teaser = 'Floods force evacuations in northern Italy';
  const a = analyze({ id: 'teaser-fixture', text: `${story}\n\n${teaser}\n`, published: '2026-03-26', title: 'Fixture: a story and a teaser' });
  const start = story.length + 2;
  a.document.body = { start: 0, end: story.length };
  a.document.excluded = [{ start, end: start + teaser.length, reason: 'teaser' }];
  a.sentences = a.sentences.filter((x) => x.end <= story.length);
  return a;
}

before(async () => {
  if (skip) return;
  store = new Store(path.join(mkdtempSync(path.join(tmpdir(), 'dossier-web-')), 'kb.db'));
  for (const raw of loadDemoDocuments()) store.put(analyze(raw));
  store.put(eventsArticle());
  store.put(teaserArticle());
  store.put(analyze({ id: 'xss', title: 'Markup <b>in</b> a title', text: 'A page said <script>window.__xss = 1</script> and <img src=x onerror="window.__xss = 2"> twice.', published: '2026-03-20' }));
  app = await buildApp({ store, token: TOKEN, plugins: [webInterface()] });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await app?.close();
  store?.close();
});

async function open(hash: string, view: string): Promise<void> {
  const url = `${base}/${hash}`;
  // The same address again renders nothing new: its view is the one on screen.
  if (page.url() === url) {
    await page.waitForSelector(`body[data-rendered="${view}"]`);
    return;
  }
  // A new hash on the same page is no reload: the old view's marker must be cleared first, or the
  // wait would return before the new view has rendered.
  await rerendered(async () => {
    await page.goto(url);
  }, view);
}

/** Runs an action and waits until the view has rendered again after it. */
async function rerendered(action: () => Promise<void>, view: string): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document.body.dataset.rendered = '';
  });
  await action();
  await page.waitForSelector(`body[data-rendered="${view}"]`);
}

async function timings(): Promise<Array<{ view: string; ms: number }>> {
  // Page-side code is passed as strings: this file is typed for Node, not the DOM.
  return page.evaluate('window.__dossierTimings ?? []');
}

test('article view: entities, quotes and dates are marked, teasers greyed and labelled, a name leads to its actor', { skip }, async () => {
  await open('#/article/teaser-fixture', 'article');
  assert.deepEqual(await page.locator('.excluded-label').allTextContents(), ['teaser']);
  const excluded = (await page.locator('.text .excluded').allTextContents()).join('').replace(/\s+/g, ' ').trim();
  assert.equal(excluded, 'Floods force evacuations in northern Italy');
  await open('#/article/demo-13', 'article');
  assert.ok((await page.locator('.text a.ent.PERSON').count()) > 3);
  assert.ok((await page.locator('.text .quote').count()) > 0);
  assert.ok((await page.locator('.text time.time').count()) > 0);
  await page.screenshot({ path: path.join(shots, 'article.png') });
  const name = (await page.locator('.text a.ent.PERSON').first().textContent())!;
  await page.locator('.text a.ent.PERSON').first().click();
  await page.waitForSelector('body[data-rendered="actor"]');
  const heading = (await page.locator('h1').textContent())!;
  assert.ok(heading.includes(name.replace(/['’]s$/, '')) || name.includes(heading.split(' ')[0]!), `${name} -> ${heading}`);
});

test('actor page: titles over time, quotes and companions', { skip }, async () => {
  await open('#/actor/Ana%20Ribeiro', 'actor');
  assert.match((await page.locator('h1').textContent())!, /Ana Ribeiro/);
  assert.ok((await page.locator('.quotes li').count()) > 0);
  assert.ok((await page.locator('.chips li').count()) > 0);
  await page.screenshot({ path: path.join(shots, 'actor.png'), fullPage: false });
});

test('search: full text over quotes, then a filter by speaker', { skip }, async () => {
  await open('#/search', 'search');
  await page.fill('input[name=q]', 'tariff');
  await page.click('button[type=submit]');
  await page.waitForSelector('.results');
  const all = await page.locator('.results li').count();
  assert.ok(all > 0);
  assert.match(page.url(), /q=tariff/);
  await page.fill('input[name=speaker]', 'Karen Whitlock');
  await rerendered(() => page.click('button[type=submit]'), 'search');
  assert.match(page.url(), /speaker=Karen/);
  const some = await page.locator('.results li').count();
  assert.ok(some > 0 && some <= all);
  for (const t of await page.locator('.results li a:first-of-type').allTextContents()) assert.equal(t, 'Karen Whitlock');
  await page.screenshot({ path: path.join(shots, 'search.png') });
});

test('timeline: scheduled events set apart, and a type filter narrows the list', { skip }, async () => {
  await open('#/timeline', 'timeline');
  assert.ok((await page.locator('.scheduled li strong', { hasText: 'MEET' }).count()) >= 1);
  assert.ok((await page.locator('section[aria-label=reported] li strong', { hasText: 'PROTEST' }).count()) >= 1);
  await page.screenshot({ path: path.join(shots, 'timeline.png') });
  await page.fill('input[name=type]', 'PROTEST');
  await rerendered(() => page.click('button[type=submit]'), 'timeline');
  assert.match(page.url(), /type=PROTEST/);
  const types = await page.locator('.timeline li strong').allTextContents();
  assert.ok(types.length > 0 && types.every((t) => t === 'PROTEST'), types.join(','));
});

test('article text and titles are escaped: markup shows as text and never runs', { skip }, async () => {
  await open('#/article/xss', 'article');
  const text = (await page.locator('.text').textContent())!;
  assert.ok(text.includes('<script>window.__xss = 1</script>'));
  assert.ok(text.includes('<img src=x onerror="window.__xss = 2">'));
  assert.equal(await page.locator('.text script, .text img, h1 b').count(), 0);
  assert.equal(await page.evaluate('window.__xss'), undefined);
  assert.match((await page.locator('h1').textContent())!, /Markup <b>in<\/b> a title/);
});

test('analyse a pasted text with the operator token, then read it', { skip }, async () => {
  await open('#/analyze', 'analyze');
  await page.screenshot({ path: path.join(shots, 'analyze.png') });
  await page.fill('textarea[name=text]', 'Paulo Costa met Karen Whitlock in Geneva on Friday. "We are close," Costa said.');
  await page.fill('input[name=token]', TOKEN);
  await page.click('button[type=submit]');
  await page.waitForSelector('body[data-rendered="article"]');
  assert.match((await page.locator('.text').textContent())!, /Paulo Costa met Karen Whitlock/);
});

test('home view, and every view rendered in under 300 ms', { skip }, async () => {
  await open('#/', 'home');
  await page.screenshot({ path: path.join(shots, 'home.png') });
  const seen = new Map<string, number>();
  for (const [hash, view] of [['#/', 'home'], ['#/article/demo-02', 'article'], ['#/actor/Ana%20Ribeiro', 'actor'], ['#/search?q=tariff', 'search'], ['#/timeline', 'timeline'], ['#/analyze', 'analyze']] as const) {
    await open(hash, view);
    const t = (await timings()).filter((x) => x.view === view).pop()!;
    seen.set(view, t.ms);
  }
  for (const [view, ms] of seen) assert.ok(ms < 300, `${view} took ${ms.toFixed(0)} ms`);
  console.log(`render times (ms): ${[...seen].map(([v, ms]) => `${v} ${ms.toFixed(0)}`).join(', ')}`);
});

test('keyboard: the skip link and the main navigation are reachable with Tab', { skip }, async () => {
  const fresh = await browser.newPage();
  await fresh.goto(`${base}/#/`);
  await fresh.waitForSelector('body[data-rendered="home"]');
  const focused = () => fresh.evaluate('document.activeElement?.textContent');
  await fresh.keyboard.press('Tab');
  assert.equal(await focused(), 'Skip to content');
  await fresh.keyboard.press('Tab');
  await fresh.keyboard.press('Tab');
  assert.equal(await focused(), 'Articles');
  await fresh.close();
});
