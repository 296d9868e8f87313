import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CueContextSums, SpanContextSums } from './context-sums.js';
import { cueRestKeys, spanRestKeys } from './decode-keys.js';
import { cueKeys, KeyBuf, prepDocument, prepSentence, spanKeys, type SentPrep } from './features.js';
import { findQuoteMarks } from './marks.js';
import { defaultTaggers } from './tagger.js';
import { analyze } from './testing.js';
import { cueBase, cueWordSums, spanBase, spanWordSums } from './word-sums.js';
import type { LinearTagger } from '../learn/linear.js';

const TEXT = [
  '“We will not back down,” Mayor Ana Ruiz said on Tuesday, adding that the council “has heard enough.”',
  'The company, which declined to comment, told Reuters in a statement that sales had risen.',
  'Police said. Officials in the region, however, have repeatedly warned against travel, according to a report.',
].join('\n\n');

/** Each token's integer sums over all its keys, item by item. */
function sumsOf(tagger: LinearTagger, n: number, kb: KeyBuf): Int32Array {
  const out = new Int32Array(n * tagger.T);
  tagger.sumRows(n, kb.off, kb.keys, out, 0);
  return out;
}

test('the word forms’ sums and the other keys add up to every key of the taggers, token by token', () => {
  const taggers = defaultTaggers();
  if (!taggers) return; // (no committed model: nothing to compare)
  const doc = analyze(TEXT);
  const tokens = doc.get('tokens');
  const dp = prepDocument(tokens, findQuoteMarks(doc.text, doc.get('paragraphs')), doc.get('entities'));
  const cw = cueWordSums(taggers.cue);
  const sw = spanWordSums(taggers.span);
  const kb = new KeyBuf();
  let sentences = 0;
  for (const s of doc.get('sentences')) {
    const p: SentPrep = prepSentence(s.tokenStart, s.tokenEnd, dp);
    if (p.n === 0) continue;
    sentences++;
    cueKeys(p, kb, true);
    const all = sumsOf(taggers.cue, p.n, kb);
    const split = new Int32Array(p.n * 3);
    cueBase(cw, p, split);
    cueKeys(p, kb, false);
    const rest = sumsOf(taggers.cue, p.n, kb);
    assert.deepEqual([...split.map((x, i) => x + rest[i]!)], [...all]);
    for (const [cs, ce] of [[0, 1], [Math.floor(p.n / 2), Math.floor(p.n / 2) + 2], [p.n - 1, p.n]] as const) {
      if (ce > p.n) continue;
      spanKeys(p, cs, ce, kb, true);
      const allSpan = sumsOf(taggers.span, p.n, kb);
      const splitSpan = new Int32Array(p.n * 5);
      spanBase(sw, p, cs, ce, splitSpan);
      spanKeys(p, cs, ce, kb, false);
      const restSpan = sumsOf(taggers.span, p.n, kb);
      assert.deepEqual([...splitSpan.map((x, i) => x + restSpan[i]!)], [...allSpan]);
    }
  }
  assert.ok(sentences >= 4);
});

test('the word forms’ sums, the small alphabets’ and the cue’s sums and the rest keys add up to every key of the taggers', () => {
  const taggers = defaultTaggers();
  if (!taggers) return; // (no committed model: nothing to compare)
  const doc = analyze(TEXT);
  const tokens = doc.get('tokens');
  const dp = prepDocument(tokens, findQuoteMarks(doc.text, doc.get('paragraphs')), doc.get('entities'));
  const cw = cueWordSums(taggers.cue);
  const sw = spanWordSums(taggers.span);
  const cc = new CueContextSums(taggers.cue);
  const sc = new SpanContextSums(taggers.span);
  const kb = new KeyBuf();
  let spans = 0;
  for (const s of doc.get('sentences')) {
    const p: SentPrep = prepSentence(s.tokenStart, s.tokenEnd, dp);
    if (p.n === 0) continue;
    cueKeys(p, kb, true);
    const all = sumsOf(taggers.cue, p.n, kb);
    const split = new Int32Array(p.n * 3);
    cueBase(cw, p, split);
    cc.add(p, split);
    cueRestKeys(p, kb);
    const rest = sumsOf(taggers.cue, p.n, kb);
    assert.deepEqual([...split.map((x, i) => x + rest[i]!)], [...all]);
    // every cue position and width up to three tokens: all distance buckets and comma counts
    for (let cs = 0; cs < p.n; cs++) {
      for (let ce = cs + 1; ce <= Math.min(p.n, cs + 3); ce++) {
        spanKeys(p, cs, ce, kb, true);
        const allSpan = sumsOf(taggers.span, p.n, kb);
        const splitSpan = new Int32Array(p.n * 5);
        spanBase(sw, p, cs, ce, splitSpan);
        sc.add(p, cs, ce, splitSpan);
        spanRestKeys(p, cs, ce, kb);
        const restSpan = sumsOf(taggers.span, p.n, kb);
        assert.deepEqual([...splitSpan.map((x, i) => x + restSpan[i]!)], [...allSpan]);
        spans++;
      }
    }
  }
  assert.ok(spans >= 100);
});
