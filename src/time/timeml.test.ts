import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { dataDir, skipWithoutData } from '../eval/data.js';
import { readTimeML } from './timeml.js';

test('readTimeML: offsets of gold TIMEX3 match the stripped text', () => {
  const doc = readTimeML('<DCT><TIMEX3 tid="t0" type="DATE" value="2025-08-15">Aug 15</TIMEX3></DCT><TEXT>It rained <TIMEX3 tid="t1" type="DATE" value="2025-08-14">yesterday</TIMEX3> &amp; today.</TEXT>');
  assert.equal(doc.dct, '2025-08-15');
  assert.equal(doc.text, 'It rained yesterday & today.');
  assert.deepEqual(doc.timexes.map((t) => [t.text, t.value]), [['yesterday', '2025-08-14']]);
});

test('readTimeML reads the TempEval-3 platinum gold: 138 TIMEX3', { skip: skipWithoutData('tempeval3', 'platinum') }, () => {
  const dir = path.join(dataDir(), 'tempeval3', 'platinum');
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.tml'))) {
    const d = readTimeML(readFileSync(path.join(dir, f), 'utf8'));
    for (const t of d.timexes) assert.equal(d.text.slice(t.start, t.end), t.text);
    n += d.timexes.length;
  }
  assert.equal(n, 138);
});
