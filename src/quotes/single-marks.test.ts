import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../index.js';
import { findQuoteMarks } from './marks.js';

const para = (text: string) => {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return out;
};
const inner = (text: string) => findQuoteMarks(text, para(text)).map((m) => text.slice(m.innerStart, m.innerEnd));

test('single marks quote where an article has no double ones; apostrophes are no marks', () => {
  const t = "'I make no apology for the players' pay,' she said. 'It's fair.' The union's rock 'n' roll '90s anthem played.";
  assert.deepEqual(inner(t), ["I make no apology for the players' pay,", "It's fair."]);
  // curly singles
  assert.deepEqual(inner('‘We will not be deterred,’ he told the BBC.'), ['We will not be deterred,']);
  // a quotation over two paragraphs: the inner paragraph has no closing mark
  const m = "'If the plan fails, there could be more pain.\n\n'Investors want to see the numbers,' he said.";
  assert.deepEqual(inner(m), ["If the plan fails, there could be more pain.\n\n'Investors want to see the numbers,"]);
  // double marks are the main ones when present: singles inside stay inside
  assert.deepEqual(inner('"He called it \'a disgrace\' on Monday," she said.'), ["He called it 'a disgrace' on Monday,"]);
  // apostrophes alone open nothing
  assert.deepEqual(inner("The players' union met the clubs' owners on Monday."), []);
});

test('a quotation in single marks is direct and has its speaker', () => {
  const d = analyzeDocument({ text: "The chancellor, Rachel Moreton, defended the budget.\n\n'The fiscal rules are being met,' Moreton told reporters on Wednesday.", published: '2025-01-09' });
  const q = d.get('quotes').find((x) => x.kind === 'direct');
  assert.ok(q, JSON.stringify(d.get('quotes')));
  assert.equal(q.text, "'The fiscal rules are being met,'");
  const e = d.get('entities').find((x) => x.id === q.speaker);
  assert.equal(e?.name, 'Rachel Moreton');
});
