import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { datasetPath, projectRoot, skipWithoutData } from '../eval/data.js';

test('the 2,452 newswire documents all finish as one batch with a summary', { skip: skipWithoutData('newswire') }, () => {
  const r = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'dossier.js'), 'analyze', datasetPath('newswire')!, '-f', 'jsonl'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  assert.equal(r.status, 0, r.stderr.slice(0, 2000));
  assert.match(r.stderr, /dossier: 2452 documents: 2452 analysed, 0 failed/);
  let lines = 0;
  for (let i = r.stdout.indexOf('\n'); i >= 0; i = r.stdout.indexOf('\n', i + 1)) lines++;
  assert.equal(lines, 2452);
});
