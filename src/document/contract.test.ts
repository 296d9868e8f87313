import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDemoDocuments } from '../cli/demo.js';
import { analyze } from '../index.js';
import { toAnalysis } from './analysis.js';
import { Document } from './document.js';
import { runStages, type Stage } from './pipeline.js';
import { defaultStages } from '../pipeline.js';
import { referenceViolations, schemaErrors, sliceViolations } from './validate.js';

const demo = loadDemoDocuments();

test('the demo corpus has 20 to 30 articles', () => {
  assert.ok(demo.length >= 20 && demo.length <= 30, `${demo.length} articles`);
});

for (const raw of demo) {
  test(`contract holds on demo article ${raw.id}: schema, slice property, references`, () => {
    const a = analyze(raw);
    assert.deepEqual(schemaErrors(a), []);
    assert.deepEqual(sliceViolations(a), []);
    assert.deepEqual(referenceViolations(a), []);
    assert.equal(a.document.published, raw.published);
    assert.ok(a.sentences.length > 0);
    // Round-trips through JSON unchanged: no undefined, no class instances.
    assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
  });
}

test('the validators catch what they exist to catch', () => {
  const a = analyze({ text: 'Ana Ribeiro spoke.', id: 'x' });
  a.entities.push({ id: 'e1', type: 'PERSON', name: 'Ana Ribeiro', titles: [], mentions: [{ start: 0, end: 4, text: 'Ana Ribeiro' }] });
  a.quotes.push({ id: 'q1', kind: 'direct', text: 'Ana', start: 0, end: 3, speaker: 'e9', speakerText: null, cue: null, channel: null, time: 't4' });
  assert.equal(sliceViolations(a).length, 1);
  assert.equal(referenceViolations(a).length, 2);
  assert.ok(schemaErrors({ ...a, schema: 'dossier.analysis/2' }).length > 0);
  assert.ok(schemaErrors({ ...a, sentences: [{ start: -1, end: 2 }] }).length > 0);
});

test('layers are write-once and frozen: a stage cannot edit another stage\'s layer', () => {
  const doc = new Document({ id: 'd', source: 's', title: null, published: null, url: null, text: 'Hello.' });
  doc.add('paragraphs', [{ start: 0, end: 6 }]);
  assert.throws(() => doc.add('paragraphs', []), /already exists/);
  assert.throws(() => (doc.get('paragraphs') as Array<{ start: number; end: number }>).push({ start: 0, end: 1 }));
  assert.throws(() => doc.get('sentences'), /has not been added/);
});

test('the pipeline refuses a stage whose required layer is missing', () => {
  const orphan: Stage<'stances'> = { name: 'orphan', requires: ['quotes'], produces: ['stances'], run: () => ({ stances: [] }) };
  const doc = new Document({ id: 'd', source: 's', title: null, published: null, url: null, text: 'x' });
  assert.throws(() => runStages(doc, [orphan]), /needs layer "quotes"/);
});

test('every layer of the contract is present, as an array, in every analysis', () => {
  const a = toAnalysis(runStages(new Document({ id: 'd', source: 's', title: null, published: '2026-01-01', url: null, text: 'One. Two.' }), defaultStages));
  for (const k of ['sentences', 'entities', 'times', 'quotes', 'events', 'stances'] as const) assert.ok(Array.isArray(a[k]), k);
  assert.deepEqual(a.sentences, [{ start: 0, end: 4 }, { start: 5, end: 9 }]);
});
