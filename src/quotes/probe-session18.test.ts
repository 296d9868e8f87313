/** Session 18 (lead): modern articles and newswire read for the quote stage. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show } from './testing.js';

test('a reduced relative in commas inside a report ("the documents, obtained by Reuters, were forgeries") is part of what was said', () => {
  const doc = analyze('The minister said the documents, obtained by Reuters, were forgeries.');
  const quotes = doc.get('quotes');
  assert.equal(quotes.length, 1, show(quotes));
  assert.equal(quotes[0]!.text, 'the documents, obtained by Reuters, were forgeries');
  const ruled = analyze('Judge Alicia Moreno ruled that the records, sought by a coalition of newspapers, were protected by privacy law.').get('quotes');
  assert.ok(ruled.some((q) => q.cue?.text === 'ruled' && q.text.endsWith('were protected by privacy law')), show(ruled));
  assert.ok(!ruled.some((q) => q.cue?.text === 'sought'), show(ruled));
  // (a relative opening the sentence says who announced it: that reading stays)
  const announced = analyze('The agreement, announced by Economy Minister Nicolás Grau, will direct funds to schools.').get('quotes');
  assert.ok(announced.some((q) => q.cue?.text === 'announced' && q.speakerText === 'Economy Minister Nicolás Grau'), show(announced));
});
