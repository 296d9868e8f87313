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

test('the digest lists a happening once when the headline restates the lead', () => {
  const a = analyze({ text: 'Canada and Mexico sign new fisheries pact\n\nOTTAWA — Canada and Mexico signed a fisheries agreement on Tuesday in Ottawa, officials said.', published: '2026-03-05' });
  assert.ok(a.events.some((e) => e.sameAs), JSON.stringify(a.events));
  const events = formatDigest(a).split('Events:\n')[1]!.split(/\n(?=\S)/)[0]!.split('\n').filter((l) => /^ {2}\S/.test(l));
  assert.equal(events.filter((l) => l.includes('AGREE')).length, 1, events.join('\n'));
  assert.match(events.find((l) => l.includes('AGREE'))!, /also in the headline/);
});
