import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../index.js';
import { formatDigest } from './digest.js';

test('the digest lists who said what and only counts reported statements that name no source', () => {
  const a = analyze({ text: 'The meeting seemed to clear the air after weeks of tension. “We are ready,” said Ana Ribeiro, the party leader. “It is late,” one delegate whispered to another. “Go home.”', published: '2026-03-06' });
  const out = formatDigest(a);
  assert.match(out, /Ana Ribeiro: “We are ready,” \(direct, said/);
  const sourceless = a.quotes.filter((q) => q.kind !== 'direct' && !q.speaker && !q.speakerText);
  assert.ok(sourceless.length > 0, 'the probe sentence should give a statement with no source');
  for (const q of sourceless) assert.ok(!out.includes(`“${q.text}”`), q.text);
  assert.match(out, new RegExp(`\\(and ${sourceless.length} reported statements? naming no source`));
  // a quotation with nobody to credit is still shown
  for (const q of a.quotes.filter((x) => x.kind === 'direct')) assert.ok(out.includes(q.text.slice(0, 10)), q.text);
});

test('the digest names a channel once when the cue already holds it', () => {
  const a = analyze({ text: 'Foreign Minister Ana Ribeiro said in a post on X that the ruling was a victory for shared data.', published: '2026-03-06' });
  const line = formatDigest(a).split('\n').find((l) => l.includes('shared data')) ?? '';
  assert.equal(line.split('in a post on X').length - 1, 1, line);
});
