import assert from 'node:assert/strict';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { decodeUtf8Text } from './decode.js';
import { parseJsonlLine } from './jsonl-reader.js';
import { normalizePublished } from './published.js';
import { expandInputs, readInputs } from './sources.js';
import { parseTimeML } from './timeml-reader.js';

const reasons = (r: ReturnType<typeof decodeUtf8Text>) => (r.ok ? 'ok' : r.reason);

test('decoding refuses empty, binary and non-UTF-8 bytes with a reason', () => {
  assert.match(reasons(decodeUtf8Text(new Uint8Array())), /empty/);
  assert.match(reasons(decodeUtf8Text(Buffer.from('  \n\t'))), /empty/);
  assert.match(reasons(decodeUtf8Text(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]))), /binary/);
  assert.match(reasons(decodeUtf8Text(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f]))), /UTF-8 \(byte offset 3\)/);
  const ok = decodeUtf8Text(Buffer.from('\ufeffZoë said.'));
  assert.ok(ok.ok && ok.text === 'Zoë said.');
});

test('publication dates must be real ISO dates', () => {
  assert.equal(normalizePublished('2026-03-12'), '2026-03-12');
  assert.equal(normalizePublished('2026-03-12 10:30:00Z'), '2026-03-12T10:30:00Z');
  assert.equal(normalizePublished('2026-02-30'), null);
  assert.equal(normalizePublished('12 March 2026'), null);
});

test('a JSON line keeps its id and date; a bad line is its own error', () => {
  const ok = parseJsonlLine('{"id": 7, "text": "Hi.", "published": "2026-01-05", "title": "T"}', 'f.jsonl:1', 'f:1');
  assert.ok(ok.ok);
  assert.equal(ok.doc.id, '7');
  assert.equal(ok.doc.published, '2026-01-05');
  assert.equal(ok.doc.title, 'T');
  const noId = parseJsonlLine('{"text": "Hi."}', 'f.jsonl:2', 'f:2');
  assert.ok(noId.ok && noId.doc.id === 'f:2' && noId.doc.published === null);
  for (const [line, why] of [
    ['{oops', /invalid JSON/],
    ['[1]', /JSON object/],
    ['{"id": "x"}', /missing "text"/],
    ['{"text": 5}', /missing "text"/],
    ['{"text": "a", "published": "yesterday"}', /not an ISO date/],
    ['{"text": "a", "title": 3}', /"title" must be a string/],
  ] as const) {
    const r = parseJsonlLine(line, 'f.jsonl:9', 'f:9');
    assert.ok(!r.ok);
    assert.match(r.error.message, /^f\.jsonl:9: /);
    assert.match(r.error.reason, why);
  }
});

test('TimeML gives its creation time as the date and its TEXT without tags', () => {
  const xml = '<TimeML><DOCID>X1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">Feb 27</TIMEX3></DCT><TITLE>A &amp; B</TITLE><TEXT>\nTalks <EVENT eid="e1">ended</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-02-26">Thursday</TIMEX3> &quot;late&quot;.\n</TEXT></TimeML>';
  const r = parseTimeML(xml, 'x.tml');
  assert.ok(r.ok);
  assert.deepEqual([r.doc.id, r.doc.published, r.doc.title, r.doc.text], ['X1', '1998-02-27', 'A & B', 'Talks ended on Thursday "late".']);
});

test('directories are walked in order; missing paths and broken links are errors, not exceptions', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-ingest-'));
  writeFileSync(path.join(dir, 'b.txt'), 'Second.');
  writeFileSync(path.join(dir, 'a.txt'), 'First.');
  writeFileSync(path.join(dir, 'skip.bin'), 'not walked');
  symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'c.txt'));
  const inputs = await expandInputs([dir, path.join(dir, 'missing.txt')]);
  const results = [];
  for await (const r of readInputs(inputs)) results.push(r.ok ? r.doc.id : r.error.message);
  assert.deepEqual(results.slice(0, 2), ['a', 'b']);
  assert.match(results[2]!, /c\.txt: /);
  assert.match(results[3]!, /missing\.txt: no such file or directory/);
  assert.equal(results.length, 4);
});
