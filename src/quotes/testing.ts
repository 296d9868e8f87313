/** Helpers the quote tests share: analyse a text, print its quotes, name a quote's speaker. */
import type { Document } from '../document/document.js';
import { analyzeDocument } from '../index.js';

export const analyze = (text: string): Document => analyzeDocument({ text, published: '2026-11-25' });

export const show = (qs: readonly { text: string; cue: { text: string } | null; speakerText?: string | null }[]) => JSON.stringify(qs.map((q) => [q.speakerText, q.cue?.text, q.text]));

/** The name of the speaker of the first quote whose text includes `t`, or null. */
export function speakerOf(doc: Document, t: string): string | null {
  const names = new Map(doc.get('entities').map((e) => [e.id, e.name]));
  const q = doc.get('quotes').find((x) => x.text.includes(t));
  return q?.speaker ? names.get(q.speaker) ?? null : null;
}
