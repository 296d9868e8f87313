import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metrics, newCounts, score } from '../eval/time.js';

/*
 * The TempEval-3 scorer as the task paper defines it (src/eval/time.ts): relaxed = overlapping
 * extents, one-to-one; attribute F1 over relaxed matches; accuracy = attribute F1 / relaxed F1.
 */

const g = (start: number, end: number, type: string, value: string) => ({ start, end, text: '', type, value });

test('scorer: strict, relaxed, and attribute F1 = relaxed F1 x attribute accuracy', () => {
  const gold = [g(0, 6, 'DATE', '2025-08-15'), g(10, 20, 'DATE', '2025-W33'), g(30, 35, 'DURATION', 'P3Y'), g(40, 45, 'DATE', '2024')];
  const sys = [
    { start: 0, end: 6, type: 'DATE', value: '2025-08-15' }, // strict, value right
    { start: 12, end: 20, type: 'DATE', value: '2025-W33' }, // relaxed, value right
    { start: 30, end: 35, type: 'DATE', value: 'P3Y' }, // strict, type wrong, value right
    { start: 50, end: 55, type: 'DATE', value: '2025' }, // false alarm
  ];
  const c = newCounts();
  score(gold, sys, c);
  assert.deepEqual([c.gold, c.sys, c.strict, c.relaxed, c.type, c.value], [4, 4, 2, 3, 2, 3]);
  const m = metrics(c);
  assert.equal(m.relaxed.f, 0.75);
  assert.equal(m.value.f, 0.75); // 2*3/(4+4)
  assert.ok(Math.abs(m.value.f - m.relaxed.f * m.value.acc) < 1e-12);
  assert.ok(Math.abs(m.type.f - m.relaxed.f * m.type.acc) < 1e-12);
  assert.equal(m.type.acc, 2 / 3);
});

test('scorer: one-to-one matching, exact extent preferred; values compared as strings', () => {
  // one system span over two gold spans counts once
  const c = newCounts();
  score([g(0, 6, 'DATE', 'XXXX-WXX-4'), g(8, 14, 'DATE', '2000-01-06')], [{ start: 0, end: 14, type: 'DATE', value: '2000-01-06' }], c);
  assert.deepEqual([c.relaxed, c.value], [1, 0]);
  // the exact-extent system span is the one matched
  const d = newCounts();
  score([g(5, 10, 'DATE', '1998')], [{ start: 0, end: 7, type: 'DATE', value: 'x' }, { start: 5, end: 10, type: 'DATE', value: '1998' }], d);
  assert.deepEqual([d.strict, d.relaxed, d.value, d.sys], [1, 1, 1, 2]);
  // no normalisation: "2000-W7" is not "2000-W07" (noted apart, still wrong)
  const e = newCounts();
  score([g(0, 5, 'DATE', '2000-W7')], [{ start: 0, end: 5, type: 'DATE', value: '2000-W07' }], e);
  assert.deepEqual([e.value, e.notation], [0, 1]);
});
