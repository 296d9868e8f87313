import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document } from '../document/document.js';
import { runStages } from '../document/pipeline.js';
import { cleanStage } from '../clean/stage.js';
import { textStage } from '../text/index.js';
import { timeStage } from './stage.js';

test('the time stage adds TIMEX3 with ids, offsets and values', () => {
  const text = 'The council voted on Tuesday. It will meet again next week, officials said.';
  const doc = runStages(new Document({ id: 'x', source: 'test', title: null, published: '2025-08-15T09:00:00Z', url: null, text }), [cleanStage, textStage, timeStage]);
  const times = doc.get('times');
  assert.deepEqual(times.map((t) => [t.id, t.type, t.value, t.text]), [['t1', 'DATE', '2025-08-12', 'Tuesday'], ['t2', 'DATE', '2025-W34', 'next week']]);
  for (const t of times) assert.equal(doc.text.slice(t.start, t.end), t.text);
});

test('the time stage handles empty text and no publication date', () => {
  const empty = runStages(new Document({ id: 'e', source: 'test', title: null, published: null, url: null, text: '' }), [cleanStage, textStage, timeStage]);
  assert.deepEqual(empty.get('times'), []);
});

test('a time word inside a newspaper\'s or a person\'s name is no date when the entity layer is there', async () => {
  const { entitiesStage } = await import('../entities/index.js');
  const text = 'Kim Soon told the Sunday Times on Saturday that she would retire.';
  const doc = runStages(new Document({ id: 'x', source: 'test', title: null, published: '2026-11-20T09:00:00Z', url: null, text }), [cleanStage, textStage, entitiesStage, timeStage]);
  assert.deepEqual(doc.get('times').map((t) => [t.text, t.value]), [['Saturday', '2026-11-14']]);
  // without the entity layer the stage still runs (the tagger itself knows the paper's title,
  // session 10, names.ts; the person's name it reads as it finds it)
  const alone = runStages(new Document({ id: 'y', source: 'test', title: null, published: '2026-11-20T09:00:00Z', url: null, text }), [cleanStage, textStage, timeStage]);
  assert.ok(alone.get('times').some((t) => t.text === 'Saturday'));
  assert.ok(!alone.get('times').some((t) => t.text === 'Sunday'));
});
