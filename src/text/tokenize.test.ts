import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokenize.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

test('abbreviations and initials keep their periods', () => {
  assert.deepEqual(texts('U.S. Sen. Ann Lee met Gen. Mark Milley and J.D. Salinger, J. K. Adeyemi.'), [
    'U.S.', 'Sen.', 'Ann', 'Lee', 'met', 'Gen.', 'Mark', 'Milley', 'and', 'J.D.', 'Salinger', ',', 'J.', 'K.', 'Adeyemi', '.',
  ]);
});

test('an unknown word before a period leaves the period a token of its own', () => {
  assert.deepEqual(texts('It ended.'), ['It', 'ended', '.']);
});

test('possessives and negations are split as NER training data splits them', () => {
  assert.deepEqual(texts("Ribeiro's aides didn't say"), ['Ribeiro', "'s", 'aides', 'did', "n't", 'say']);
  assert.deepEqual(texts('O’Neil’s'), ['O’Neil', '’s']);
});

test('numbers, dates, hyphenated words and URLs stay whole', () => {
  assert.deepEqual(texts('$1,999.50 on 2026-03-12 at 10:30, a 12-year-old COVID-19 case, see https://example.org/a.html.'), [
    '$', '1,999.50', 'on', '2026-03-12', 'at', '10:30', ',', 'a', '12-year-old', 'COVID-19', 'case', ',', 'see', 'https://example.org/a.html', '.',
  ]);
});

test('dashes, ellipses and quotes are separate tokens', () => {
  assert.deepEqual(texts('“No…” — and "yes"...'), ['“', 'No', '…', '”', '—', 'and', '"', 'yes', '"', '...']);
});

test('offsets are UTF-16 indices and the slice property holds, astral characters included', () => {
  const s = 'Zoë Østergaard 👍 said „ja“ in Łódź.\n\nNext.';
  for (const t of tokenize(s)) assert.equal(s.slice(t.start, t.end), t.text);
  assert.ok(tokenize(s).some((t) => t.text === '👍'));
});

test('spaceBefore records whether whitespace precedes a token', () => {
  const t = tokenize('a (b)');
  assert.deepEqual(t.map((x) => x.spaceBefore), [true, true, false, false]);
});

test('the hand-scanned words and periods give what the expression gives: URLs, emails, ellipses, numbers stay whole', () => {
  const pairs = (s: string) => tokenize(s).map((t) => [t.text, t.kind]);
  assert.deepEqual(pairs('Visit www.example.org or mail john.smith@example.com today.'), [
    ['Visit', 'word'], ['www.example.org', 'url'], ['or', 'word'], ['mail', 'word'], ['john.smith@example.com', 'url'], ['today', 'word'], ['.', 'punct'],
  ]);
  assert.deepEqual(pairs('The U.S. deal. Then . . . more... and .5 percent.'), [
    ['The', 'word'], ['U.S.', 'word'], ['deal', 'word'], ['.', 'punct'], ['Then', 'word'], ['. . .', 'punct'], ['more', 'word'], ['...', 'punct'],
    ['and', 'word'], ['.5', 'number'], ['percent', 'word'], ['.', 'punct'],
  ]);
  assert.deepEqual(pairs('http://a.b/c works: yes (really) "quoted" “curly”.').map((p) => p[0]), [
    'http://a.b/c', 'works', ':', 'yes', '(', 'really', ')', '"', 'quoted', '"', '“', 'curly', '”', '.',
  ]);
});

test('a dotted abbreviation after a hyphen stays in its word: "the Japan-U.S. alliance" is no sentence end', () => {
  assert.deepEqual(texts('the Japan-U.S. alliance and pro-U.K. voters'), ['the', 'Japan-U.S.', 'alliance', 'and', 'pro-U.K.', 'voters']);
  // (a hyphenated initial before a name is left as it was)
  assert.deepEqual(texts('met A-T. Jones'), ['met', 'A-T', '.', 'Jones']);
});
