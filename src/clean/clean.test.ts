import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { Document } from '../document/document.js';
import type { RawDocument } from '../document/types.js';
import { datasetPath, skipWithoutData } from '../eval/data.js';
import { demoCorpus, dossierExtract, shingleScore } from '../eval/article.js';
import { textStage } from '../text/index.js';
import { cleanStage } from './stage.js';
import { ANAPHORA, anaphoraNouns } from './topic.js';
import { contentKey, vocabOf, keyName } from './words.js';

const raw = (text: string, extra?: Record<string, unknown>): RawDocument => ({ id: 't', source: 't', title: null, published: null, url: null, text, ...(extra ? { extra } : {}) });

function clean(text: string, extra?: Record<string, unknown>) {
  const doc = new Document(raw(text, extra));
  const layer = cleanStage.run(doc).body;
  // Invariants: spans inside the text, the body one span, exclusions in order and not overlapping.
  assert.ok(layer.body.start >= 0 && layer.body.start <= layer.body.end && layer.body.end <= text.length);
  layer.excluded.forEach((x, i) => {
    assert.ok(x.start < x.end && x.end <= text.length);
    if (i) assert.ok(layer.excluded[i - 1]!.end <= x.start);
  });
  const out = layer.excluded.map((x) => `${x.reason}: ${text.slice(x.start, x.end)}`);
  return { layer, out, bodyText: text.slice(layer.body.start, layer.body.end), doc };
}

const story = `Library lends out garden tools to residents

HEXLEY, Jan. 9 — The public library in Hexley has started lending spades, shears and wheelbarrows alongside its books, and librarians say the garden shelf has become its busiest section in a month.

Members can borrow up to three tools for a week at no cost. The collection of about 80 tools was donated by residents and a hardware shop, librarian Owen Pritchard said.

"People need a hedge trimmer twice a year," Pritchard said. "It makes no sense for every household to buy one."

Only one tool has come back broken so far, and a volunteer repaired it.`;

test('one-line teasers of other stories after the story are excluded; the story is not', () => {
  const text = `${story}\n\nMinisters agree new fishing quotas after all-night talks\nPop star announces farewell stadium tour\nShares in chipmakers tumble on export fears\n`;
  const { out, bodyText } = clean(text);
  assert.deepEqual(out, ['teaser: Ministers agree new fishing quotas after all-night talks\nPop star announces farewell stadium tour\nShares in chipmakers tumble on export fears']);
  assert.ok(bodyText.endsWith('a volunteer repaired it.'));
});

test('a story ending on a short paragraph, or one that changes subject, keeps it', () => {
  assert.deepEqual(clean(`${story}\n`).out, []);
  const turn = `${story}\n\nSeparately, the council said the library would close for two days in March for repairs to its roof.\n`;
  assert.deepEqual(clean(turn).out, []);
});

test('a last paragraph that opens a quotation and never closes it is speech cut off, not a teaser', () => {
  assert.deepEqual(clean(`${story}\n\n"We will take this to the council again\n`).out, []);
  assert.deepEqual(clean(`${story}\n\n“Next year we want a lawnmower\n`).out, []);
});

test('teasers between the headline and the lead are excluded, the headline kept', () => {
  const [headline, ...rest] = story.split('\n');
  const text = `${headline}\n\nTrain strike called off after late pay offer\nRecord heat forecast for the weekend\n${rest.join('\n')}`;
  const { out, layer } = clean(text);
  assert.deepEqual(out, ['teaser: Train strike called off after late pay offer\nRecord heat forecast for the weekend']);
  assert.equal(layer.body.start, 0);
});

test('the text stage analyses the story only', () => {
  const text = `${story}\n\nMore from the Gazette\n\nMinisters agree new fishing quotas after all-night talks\n\nPop star announces farewell stadium tour\n`;
  const { layer, doc } = clean(text);
  doc.add('body', layer);
  const sentences = textStage.run(doc).sentences.map((s) => text.slice(s.start, s.end));
  assert.ok(sentences.some((s) => s.includes('volunteer repaired')));
  assert.ok(!sentences.some((s) => /Pop star|fishing quotas|More from/.test(s)));
});

test('page layout marks captions, link lists and prompts; bylines go when the page named its authors', () => {
  const paras = [
    'By Jo Marsh',
    'The ferry leaves Port Ellis at dawn.',
    'PORT ELLIS — Residents voted by a wide margin on Saturday to keep the town ferry, ending a two-year dispute between the council and islanders.',
    'The council said it would fund the ferry through a small rise in the harbour levy, and the operator said it would need a new engine.',
    'Sign up for our morning newsletter to get the news in your inbox.',
    'Related',
    'Chip shop wins national award',
    'Lifeboat crew rescues kayakers off the point',
  ];
  const text = paras.join('\n\n');
  let pos = 0;
  const kinds = ['p', 'caption', 'p', 'p', 'p', 'heading', 'li', 'li'];
  const layout = paras.map((p, i) => {
    const b = { start: pos, end: pos + p.length, kind: kinds[i], linkDensity: i >= 6 ? 1 : 0 };
    pos += p.length + 2;
    return b;
  });
  const { out } = clean(text, { layout, authors: ['Jo Marsh'] });
  assert.deepEqual(out.map((o) => o.split(':')[0]), ['byline', 'caption', 'newsletter', 'related']);
  assert.match(out[3]!, /^related: Related\n\nChip shop/);
  // In plain text without author metadata the byline is the story's own line.
  assert.deepEqual(clean(`Ferry saved\n\nBy Jo Marsh\n\n${paras[2]}\n\n${paras[3]}`).out, []);
});

test('a byline with a middle dot before its date goes when the page named its author', () => {
  const paras = ['By Jo Marsh · March 10, 2026', 'PORT ELLIS — Residents voted by a wide margin on Saturday to keep the town ferry, ending a two-year dispute.', 'The council said it would fund the ferry through a small rise in the harbour levy.'];
  const text = paras.join('\n\n');
  let pos = 0;
  const layout = paras.map((p) => {
    const b = { start: pos, end: pos + p.length, kind: 'p', linkDensity: 0 };
    pos += p.length + 2;
    return b;
  });
  assert.deepEqual(clean(text, { layout, authors: ['Jo Marsh'] }).out.map((o) => o.split(':')[0]), ['byline']);
});

test('empty and one-line texts do not break the stage', () => {
  assert.deepEqual(clean('   \n ').out, []);
  assert.deepEqual(clean('Just one line').out, []);
});

test('demo corpus: the manifest\'s teaser lines are excluded, and nothing else', () => {
  const manifest = demoCorpus();
  manifest.forEach((d, i) => {
    const { layer } = clean(d.text);
    const lines = d.text.split('\n');
    let pos = 0;
    const excludedLines: string[] = [];
    for (const line of lines) {
      const s = pos;
      pos += line.length + 1;
      if (!line.trim()) continue;
      const e = s + line.length;
      if (e <= layer.body.start || s >= layer.body.end || layer.excluded.some((x) => x.start <= s && x.end >= e)) excludedLines.push(line.trim());
    }
    assert.deepEqual(excludedLines, manifest[i]!.teasers, manifest[i]!.file);
  });
});

test('article benchmark pages: extraction gives text close to the truth', { skip: skipWithoutData('article-extraction') }, () => {
  const dir = datasetPath('article-extraction')!;
  const gt = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const keys = Object.keys(gt).sort().slice(0, 10);
  const f = keys.map((k) => {
    const html = gunzipSync(readFileSync(path.join(dir, 'html', `${k}.html.gz`))).toString('utf8');
    return shingleScore(dossierExtract(html, gt[k]!.url), gt[k]!.articleBody, (s) => s.split(/\s+/).filter(Boolean)).f;
  });
  assert.ok(f.reduce((a, b) => a + b, 0) / f.length > 0.85, `mean F1 ${f.join(', ')}`);
});

test('anaphoraNouns finds what the ANAPHORA expression finds', () => {
  const ref = (t: string) => [...t.matchAll(ANAPHORA)].map((m) => m[1]);
  const fixed = ['The fire spread. Those new talks-x failed; its  people’s', 'theatre this\u00a0big cat, thoſe men, itthe dog', 'THE  -  x the ab-cd 5 their é'];
  for (const t of fixed) assert.deepEqual(anaphoraNouns(t), ref(t), t);
  const parts = ['the', 'The', 'THE', 'this', 'these', 'those', 'its', 'their', 'thoſe', ' ', '  ', '\n', '\u00a0', 'a', 'é', '-', "'", '’', '1', '_', '.', 'ſ', 'it', 'ab-cd'];
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let k = 0; k < 20000; k++) {
    let s = '';
    for (let i = 1 + Math.floor(rnd() * 10); i > 0; i--) s += parts[Math.floor(rnd() * parts.length)];
    assert.deepEqual(anaphoraNouns(s), ref(s), JSON.stringify(s));
  }
});

test('vocabOf: content keys once each in order of first use, names only mid-sentence', () => {
  const v = vocabOf('Strikes hit Valencia. Dockers said the strike at Valencia’s port would go on, Dockers warned.');
  // (the same as the regular-expression scan it replaced gave)
  assert.equal(v.count, 15);
  assert.deepEqual(v.keys.map(keyName), ['strik', 'hit', 'valencia', 'dock', 'strike', 'port', 'warn']);
  assert.deepEqual(v.names.map(keyName), ['valencia', 'dock']);
  assert.equal(contentKey('Strikes'), 'strik');
  assert.equal(contentKey('the'), null);
});

test('a short Q&A keeps its headline, its introduction and its questions', () => {
  const text = "Q&A: Climate envoy says finance deal within reach\n\nDossier Wire spoke to Amara Okoye, Nigeria's climate envoy, ahead of the talks in Baku.\n\n" +
    'Q: Will rich countries meet the new finance goal?\n\nOkoye: I think they will, but only if the private sector is counted. The public money alone will not get us there.\n\n' +
    'Q: What happens if talks fail?\n\nOkoye: Then the most vulnerable countries pay again. We cannot accept another year of promises.\n';
  assert.deepEqual(clean(text).out, []);
});
