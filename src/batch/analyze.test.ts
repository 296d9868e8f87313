import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { AnyStage } from '../document/pipeline.js';
import { analyzeDocument } from '../index.js';
import { defaultStages } from '../pipeline.js';
import { analyzeInputs, type BatchItem } from './analyze.js';

/** Text files in a fresh directory, in order; their paths. */
function textFiles(texts: readonly string[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-batch-'));
  return texts.map((t, i) => {
    const file = path.join(dir, `doc${String(i).padStart(3, '0')}.txt`);
    writeFileSync(file, t);
    return file;
  });
}

async function collect(args: readonly string[], stages?: readonly AnyStage[]): Promise<BatchItem[]> {
  const items: BatchItem[] = [];
  for await (const item of analyzeInputs(args, stages ? { stages } : {})) items.push(item);
  return items;
}

test('a batch of more documents than one group keeps the inputs\' order, read errors in place, and each analysis as analyzeDocument gives it', async () => {
  const texts = Array.from({ length: 70 }, (_, i) => `Ana Ribeiro met officials in Lisbon on Friday, talk number ${i}, the ministry said.`);
  const files = textFiles(texts);
  const args = [...files.slice(0, 3), path.join(tmpdir(), 'no-such-dossier-file.txt'), ...files.slice(3)];
  const items = await collect(args);
  assert.equal(items.length, 71);
  assert.ok(!items[3]!.ok);
  const ok = items.filter((x) => x.ok);
  assert.equal(ok.length, 70);
  ok.forEach((x, i) => {
    assert.ok(x.doc.text.includes(`talk number ${i},`));
    assert.deepEqual(x.analysis.entities, analyzeDocument(x.doc.text).get('entities'));
  });
});

test('a document that makes a stage throw fails alone; the rest of its group is analysed', async () => {
  const boom: AnyStage = { name: 'boom', requires: [], produces: [], run: (doc) => { if (doc.text.includes('BOOM')) throw new Error('boom'); return {}; } };
  const items = await collect(textFiles(['Ana Ribeiro spoke.', 'BOOM went the talks.', 'Officials met in Lisbon.']), [...defaultStages, boom]);
  assert.deepEqual(items.map((x) => x.ok), [true, false, true]);
  assert.match(!items[1]!.ok ? items[1]!.error.message : '', /analysis failed: boom/);
});
