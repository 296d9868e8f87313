import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokenize.js';
import { tokenWordIds, wordIdCount } from './word-ids.js';

test('equal token texts share an id, different texts do not, across documents', () => {
  const a = tokenize('The cat saw the cat. The end.');
  const ia = tokenWordIds(a).ids;
  const byText = new Map<string, number>();
  a.forEach((t, i) => {
    const known = byText.get(t.text);
    if (known !== undefined) assert.equal(ia[i], known, t.text);
    byText.set(t.text, ia[i]!);
  });
  // "The" and "the" are different forms
  assert.notEqual(byText.get('The'), byText.get('the'));
  assert.equal(new Set(byText.values()).size, byText.size);
  for (const id of ia) assert.ok(id < wordIdCount());
  // a later document finds the same ids for the same texts, and new ones for new texts
  const b = tokenize('cat and dog, an end');
  const ib = tokenWordIds(b).ids;
  b.forEach((t, i) => {
    const known = byText.get(t.text);
    if (known !== undefined) assert.equal(ib[i], known, t.text);
    else assert.ok(![...byText.values()].includes(ib[i]!), t.text);
  });
});

test('the ids of a document are computed once for all the stages that ask', () => {
  const tokens = tokenize('Once is enough.');
  assert.equal(tokenWordIds(tokens), tokenWordIds(tokens));
});
