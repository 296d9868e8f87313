import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../document/analysis.js';
import { analyze, toRawDocument } from '../index.js';
import { AnalysisPool } from './pool.js';

const testingWorker = new URL('./worker-testing.js', import.meta.url);

/** Short news texts with their own ids, `doc0` to `doc<n-1>`; `at` replaces some texts. */
function documents(n: number, at: Record<number, string> = {}) {
  return Array.from({ length: n }, (_, i) =>
    toRawDocument({ id: `doc${i}`, text: at[i] ?? `Ana Ribeiro met officials in Lisbon on Friday, talk number ${i}, the ministry said.` }),
  );
}

/** Every document through the pool at once, as a batch queues them: each one's analysis or error. */
async function settleAll(pool: AnalysisPool, raws: ReturnType<typeof documents>): Promise<Array<Analysis | Error>> {
  try {
    return await Promise.all(raws.map((raw) => pool.analyze(raw).catch((e: Error) => e)));
  } finally {
    await pool.close();
  }
}

const groupSize = (a: Analysis | Error) => (a instanceof Error ? 0 : Number(/group of (\d+)/.exec(a.document.title ?? '')?.[1]));

test('the pool sends queued documents in groups of at most its group size, a short queue at once, and each gets its own analysis', async () => {
  const raws = documents(40);
  const out = await settleAll(new AnalysisPool(2, { group: 8, worker: testingWorker }), raws);
  out.forEach((a, i) => {
    assert.ok(!(a instanceof Error), String(a));
    assert.equal(a.document.id, `doc${i}`);
    assert.deepEqual(a.entities, analyze(raws[i]!).entities);
  });
  const sizes = out.map(groupSize);
  // the first document goes out alone (nothing else was queued yet), later ones in groups
  assert.equal(sizes[0], 1);
  assert.ok(sizes.every((s) => s >= 1 && s <= 8), sizes.join(' '));
  assert.ok(sizes.some((s) => s === 8), sizes.join(' '));
});

test('a document that makes its group throw fails alone; the rest of its group gets what it gets alone', async () => {
  const raws = documents(24, { 13: 'BOOM went the talks in Lisbon, officials said.' });
  const out = await settleAll(new AnalysisPool(2, { group: 8, worker: testingWorker }), raws);
  out.forEach((a, i) => {
    if (i === 13) return assert.match(a instanceof Error ? a.message : 'analysed', /^boom$/);
    assert.ok(!(a instanceof Error), `doc${i}: ${String(a)}`);
    assert.equal(a.document.id, `doc${i}`);
    assert.deepEqual(a.quotes, analyze(raws[i]!).quotes);
  });
  assert.ok(groupSize(out[12]!) > 1, 'the bad document was analysed in a group');
});

test('a document that kills its worker in a group: the others are retried alone, only it fails, and the pool goes on', async () => {
  const raws = documents(30, { 10: 'DIE, said the talks in Lisbon.' });
  const pool = new AnalysisPool(2, { group: 8, worker: testingWorker });
  const out = await settleAll(pool, raws);
  out.forEach((a, i) => {
    if (i === 10) return assert.match(a instanceof Error ? a.message : 'analysed', /exited with code 7/);
    assert.ok(!(a instanceof Error), `doc${i}: ${String(a)}`);
    assert.equal(a.document.id, `doc${i}`);
  });
  assert.ok(out.some((a, i) => i !== 10 && groupSize(a) === 1 && i > 1), 'the dead group\'s documents were retried alone');
});

test('group 1 sends one document per message, as the pool did before', async () => {
  const out = await settleAll(new AnalysisPool(2, { group: 1, worker: testingWorker }), documents(6));
  assert.deepEqual(out.map(groupSize), [1, 1, 1, 1, 1, 1]);
});
