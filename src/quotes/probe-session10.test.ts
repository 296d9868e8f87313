/**
 * Session 10 probe articles: a product recall, a bushfire, a corruption trial. Every sentence
 * here is written for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';

test('a description with an aside after it stands for the company the article introduced', () => {
  const doc = analyze('Ferrovia Nord recalls 40,000 e-bikes over battery fire risk\n\nItalian bicycle maker Ferrovia Nord said on Tuesday it would recall 40,000 electric bikes.\n\n' +
    'The company, based in Bergamo, said it had received 27 reports of batteries swelling.');
  assert.equal(speakerOf(doc, 'it had received 27 reports'), 'Ferrovia Nord', show(doc.get('quotes')));
});

test('the tail of a measurement before "and" is no part of the next clause\'s source', () => {
  const doc = analyze('Firefighters battled a bushfire on Sunday as temperatures passed 42 degrees Celsius and authorities ordered about 6,000 residents to leave.\n\n' +
    'Prices rose 3 percent and economists said the trend would continue.');
  const sources = doc.get('quotes').map((q) => q.sourceSpan?.text);
  assert.ok(sources.includes('authorities') && sources.includes('economists'), show(doc.get('quotes')));
  // a counted subject is a subject: "The 27 nations and Britain" stays whole
  const counted = analyze('The 27 nations and Britain said they would meet in May.');
  assert.equal(counted.get('quotes')[0]?.sourceSpan?.text, 'The 27 nations and Britain', show(counted.get('quotes')));
});

test('a cue in a clause of circumstance after the closing cue does not say the quotation again', () => {
  const doc = analyze('"The defendant betrayed the trust of the citizens," presiding judge Marieke Smit said as she read out the verdict.');
  const withQuotation = doc.get('quotes').filter((q) => q.text.includes('betrayed the trust'));
  assert.equal(withQuotation.length, 1, show(doc.get('quotes')));
});

test('showing no emotion says nothing; a poll that shows a lead reports one', () => {
  const doc = analyze('Van Dam showed no emotion. The poll showed that Smith leads.');
  assert.deepEqual(doc.get('quotes').map((q) => q.text), ['that Smith leads'], show(doc.get('quotes')));
});
