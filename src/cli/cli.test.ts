import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { schemaErrors, sliceViolations } from '../document/validate.js';
import type { Analysis } from '../document/analysis.js';
import { projectRoot } from '../eval/data.js';

const bin = path.join(projectRoot, 'bin', 'dossier.js');

function dossier(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: projectRoot });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const article = `Ministers agree to meet again in Geneva

GENEVA (Dossier Wire) — Foreign Minister Ana Ribeiro met her U.S. counterpart on Friday. "We made progress," she said.

The talks will resume next week, officials said.
`;

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'dossier-cli-'));
}

test('analyze --format json prints one valid Analysis whose spans all slice the text', () => {
  const dir = tmp();
  const file = path.join(dir, 'geneva.txt');
  writeFileSync(file, article);
  const r = dossier(['analyze', file, '--format', 'json', '--published', '2026-03-06']);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout) as Analysis;
  assert.deepEqual(schemaErrors(a), []);
  assert.deepEqual(sliceViolations(a), []);
  assert.equal(a.document.id, 'geneva');
  assert.equal(a.document.published, '2026-03-06');
  assert.equal(a.document.text, article);
  assert.ok(a.sentences.length >= 4);
});

test('stdin and jsonl: each line is a document with its own id and date', () => {
  const dir = tmp();
  const file = path.join(dir, 'corpus.jsonl');
  writeFileSync(file, '{"id":"a","text":"One. Two.","published":"2026-01-02"}\n\n{"id":"b","text":"Three."}\n');
  const r = dossier(['analyze', file, '-f', 'jsonl']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Analysis);
  assert.deepEqual(lines.map((a) => [a.document.id, a.document.published, a.sentences.length]), [['a', '2026-01-02', 2], ['b', null, 1]]);
  const s = dossier(['analyze', '-', '-f', 'json'], 'Read from stdin. Twice.');
  assert.equal(s.code, 0, s.stderr);
  assert.equal((JSON.parse(s.stdout) as Analysis).sentences.length, 2);
});

test('a batch with bad files reports one line each, finishes the rest and exits 1', () => {
  const dir = tmp();
  writeFileSync(path.join(dir, 'good.txt'), article);
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 0, 0, 0, 0]));
  symlinkSync(path.join(dir, 'gone'), path.join(dir, 'unreadable.txt'));
  const locked = path.join(dir, 'locked.txt');
  writeFileSync(locked, 'Locked.');
  chmodSync(locked, 0o000);
  // root reads a mode-000 file anyway, so the dangling link above is the unreadable case that always holds.
  const rootReadsAnyway = process.getuid?.() === 0;
  writeFileSync(path.join(dir, 'zz-good.txt'), 'Last one.');
  const r = dossier(['analyze', dir, '-f', 'jsonl']);
  assert.equal(r.code, 1);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('dossier: ') && !l.includes('documents:'));
  const byFile = (name: string) => errors.filter((l) => l.includes(`${name}: `));
  assert.equal(byFile('latin1.txt').length, 1);
  assert.match(byFile('latin1.txt')[0]!, /not valid UTF-8/);
  assert.match(byFile('empty.txt')[0]!, /empty file/);
  assert.match(byFile('binary.txt')[0]!, /binary file/);
  assert.match(byFile('unreadable.txt')[0]!, /no such file|unreadable/);
  if (!rootReadsAnyway) assert.match(byFile('locked.txt')[0]!, /permission denied/);
  const ids = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Analysis).document.id);
  assert.deepEqual(ids, rootReadsAnyway ? ['good', 'locked', 'zz-good'] : ['good', 'zz-good']);
  assert.match(r.stderr, /documents: \d+ analysed, [45] failed/);
});

test('--out writes the whole output or nothing; usage errors exit 2', () => {
  const dir = tmp();
  const file = path.join(dir, 'a.txt');
  writeFileSync(file, article);
  const out = path.join(dir, 'out.jsonl');
  const r = dossier(['analyze', file, '-f', 'jsonl', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).schema, 'dossier.analysis/1');
  assert.equal(existsSync(`${out}.partial`), false);
  assert.equal(dossier(['analyze', file, '--published', 'soon']).code, 2);
  assert.equal(dossier(['analyze', file, '--published', '2026-02-30']).code, 2);
  assert.equal(dossier(['analyze', file, '--format', 'xml']).code, 1 + 1);
  const missing = dossier(['analyze', path.join(dir, 'nope.txt')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nope\.txt: no such file or directory/);
});

test('--format text is a digest naming the document and its sections', () => {
  const dir = tmp();
  const file = path.join(dir, 'a.txt');
  writeFileSync(file, article);
  const r = dossier(['analyze', file, '--published', '2026-03-06']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^== a\n/);
  for (const section of ['People and organisations:', 'Quotes:', 'Events:', 'Dates:']) assert.ok(r.stdout.includes(section), section);
});
