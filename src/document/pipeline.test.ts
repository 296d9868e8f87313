import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDemoDocuments } from '../cli/demo.js';
import { analyzeDocument, analyzeDocuments } from '../index.js';
import { defaultStages } from '../pipeline.js';
import type { Document } from './document.js';

/** Every layer of a document, as JSON. */
function layersOf(doc: Document): string {
  return JSON.stringify(defaultStages.flatMap((s) => s.produces.map((name) => [name, doc.get(name)])));
}

test('analyzeDocuments (stage by stage) gives each document the layers analyzeDocument gives it alone', () => {
  const demo = loadDemoDocuments();
  const together = analyzeDocuments(demo);
  assert.equal(together.length, demo.length);
  demo.forEach((raw, i) => {
    const doc = together[i]!;
    assert.equal(doc.meta.id, raw.id);
    assert.equal(layersOf(doc), layersOf(analyzeDocument(raw)), raw.id);
  });
});

test('analyzeDocuments reports a missing layer as runStages does', () => {
  const [, text] = defaultStages;
  assert.throws(() => analyzeDocuments(['Ana Ribeiro spoke.'], { stages: [text!] }), /needs layer/);
});
