/**
 * Session 9 probe articles: a disaster report and a trade story. Every sentence here is written
 * for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';

test('a cue coordinated after the subject\'s first verb phrase is the subject\'s', () => {
  const doc = analyze('Prime Minister John Hale flew to Leeds on Monday and ordered the army to deploy helicopters.');
  assert.equal(speakerOf(doc, 'the army to deploy'), 'John Hale', show(doc.get('quotes')));
  // with no name opening the sentence, nobody is credited
  const crowd = analyze('Thousands protested in the city and demanded his resignation.');
  assert.ok(crowd.get('quotes').every((q) => q.speaker === null), show(crowd.get('quotes')));
});

test('"he" after a quotation of two sentences looks back from where the quotation opens', () => {
  const doc = analyze('Prime Minister Nguyen Van Hai flew to Lao Cai on Monday. ' +
    '"Every life matters. We must reach the isolated villages before nightfall," he told reporters at a relief centre.');
  assert.equal(speakerOf(doc, 'Every life matters'), 'Nguyen Van Hai', show(doc.get('quotes')));
});
