import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../index.js';

const split = (text: string) => {
  const doc = analyzeDocument(text);
  return doc.get('sentences').map((s) => text.slice(s.start, s.end));
};

test('no split inside "U.S. Vice President", "Gen. Mark Milley" or "J.D. Salinger"', () => {
  const s = 'U.S. Vice President Ann Lee praised Gen. Mark Milley. She quoted J.D. Salinger at length.';
  assert.deepEqual(split(s), ['U.S. Vice President Ann Lee praised Gen. Mark Milley.', 'She quoted J.D. Salinger at length.']);
});

test('a sentence-final "U.S." ends the sentence', () => {
  assert.deepEqual(split('She held talks with the U.S. The meeting lasted an hour.'), [
    'She held talks with the U.S.',
    'The meeting lasted an hour.',
  ]);
});

test('titles, months and numbers abbreviated before a name or number never end a sentence', () => {
  assert.deepEqual(split('Sen. Ruiz spoke on Jan. 5 about No. 10 and Dr. Hale. Then he left.'), [
    'Sen. Ruiz spoke on Jan. 5 about No. 10 and Dr. Hale.',
    'Then he left.',
  ]);
});

test('company abbreviations end a sentence only before a sentence opener', () => {
  assert.deepEqual(split('He joined Acme Inc. Chairman Bo Li approved. He sold Acme Corp. It was 3 p.m. The end.'), [
    'He joined Acme Inc. Chairman Bo Li approved.',
    'He sold Acme Corp.',
    'It was 3 p.m.',
    'The end.',
  ]);
});

test('quotes spanning sentences keep their marks with the first and last sentence', () => {
  assert.deepEqual(split('"We will fight. We will win," he said. “Why?” she asked. He said: "Enough." Then he left.'), [
    '"We will fight.',
    'We will win," he said.',
    '“Why?” she asked.',
    'He said: "Enough."',
    'Then he left.',
  ]);
});

test('ellipses and dashes split only before a new sentence', () => {
  assert.deepEqual(split('We waited… and waited. It was over… The rain — heavy — fell.'), [
    'We waited… and waited.',
    'It was over…',
    'The rain — heavy — fell.',
  ]);
});

test('headlines, datelines, list items and paragraphs', () => {
  const text = 'Leaders meet in Geneva\n\nGENEVA (Dossier Wire) — Talks began on Monday. They ended late.\n\nThe demands:\n- a ceasefire\n- aid corridors\nOfficials agreed';
  assert.deepEqual(split(text), [
    'Leaders meet in Geneva',
    'GENEVA (Dossier Wire) — Talks began on Monday.',
    'They ended late.',
    'The demands:',
    '- a ceasefire',
    '- aid corridors',
    'Officials agreed',
  ]);
});

test('hard-wrapped paragraphs join their lines into sentences', () => {
  const text = 'The minister said the\ntalks would resume in\nthe spring. Diplomats\nwere less sure of it.\n\nA second paragraph.';
  assert.deepEqual(split(text), [
    'The minister said the\ntalks would resume in\nthe spring.',
    'Diplomats\nwere less sure of it.',
    'A second paragraph.',
  ]);
});

test('a question or exclamation inside a sentence does not split it', () => {
  assert.deepEqual(split('"Why now?" asked Lee. "Go!" he shouted.'), ['"Why now?" asked Lee.', '"Go!" he shouted.']);
});

test('sentences carry token ranges and paragraph indices', () => {
  const doc = analyzeDocument('One two. Three.\n\nFour.');
  const tokens = doc.get('tokens');
  const s = doc.get('sentences');
  assert.deepEqual(s.map((x) => x.paragraph), [0, 0, 1]);
  for (const x of s) {
    assert.equal(tokens[x.tokenStart]!.start, x.start);
    assert.equal(tokens[x.tokenEnd - 1]!.end, x.end);
  }
});

test('empty and whitespace-only text give no sentences', () => {
  assert.deepEqual(split(''), []);
  assert.deepEqual(split(' \n\n \t'), []);
});

test('a party label with initials ("D-N.C.") stays inside its sentence', () => {
  assert.deepEqual(split('Sen. Ann Lee (D-N.C.) said the bill would pass. Rep. Bo Li (R-Texas) disagreed.'), [
    'Sen. Ann Lee (D-N.C.) said the bill would pass.',
    'Rep. Bo Li (R-Texas) disagreed.',
  ]);
});

test('a quoted question or exclamation keeps its attribution; anything else after it starts a sentence', () => {
  assert.deepEqual(split('“Why would we do that?” Clinton said. “It makes no sense.”'), ['“Why would we do that?” Clinton said.', '“It makes no sense.”']);
  assert.deepEqual(split('“Enough!” Prime Minister Ana Ribeiro told reporters.'), ['“Enough!” Prime Minister Ana Ribeiro told reporters.']);
  assert.deepEqual(split('“Why?” Mr. Smith asked.'), ['“Why?” Mr. Smith asked.']);
  assert.deepEqual(split('He asked: “Why now?” Nobody answered.'), ['He asked: “Why now?”', 'Nobody answered.']);
  assert.deepEqual(split('“Is it over?” The answer came late.'), ['“Is it over?”', 'The answer came late.']);
});

test('"on X." ends a sentence before a quotation or a capital; an initial after a verb in results stays in its name', () => {
  assert.deepEqual(split('He dismissed the claim in a post on X. "Eritrea has no interest in conflict," he wrote.'), [
    'He dismissed the claim in a post on X.',
    '"Eritrea has no interest in conflict," he wrote.',
  ]);
  assert.deepEqual(split('Petro wrote on X. Colombia will not extradite him.'), ['Petro wrote on X.', 'Colombia will not extradite him.']);
  assert.deepEqual(split('Graf bt M. Seles 6-2 6-4.'), ['Graf bt M. Seles 6-2 6-4.']);
});
