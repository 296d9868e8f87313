/** Helpers the time probe tests share: the value the time stage gives one expression of a text. */
import assert from 'node:assert/strict';
import { tagTimes } from './index.js';

/** The value of the time expression `expr` in `text`, told on `published` (Wednesday 4 March 2026 unless said). */
export const valueOf = (text: string, expr: string, published = '2026-03-04') => {
  const times = tagTimes(text, published);
  const t = times.find((x) => x.text === expr);
  assert.ok(t, `no "${expr}" in ${JSON.stringify(times)}`);
  return t.value;
};
