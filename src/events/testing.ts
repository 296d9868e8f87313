/** Helpers the events tests share: analyse a text, name an entity, find an event by its trigger. */
import assert from 'node:assert/strict';
import { analyze } from '../index.js';
import type { Analysis } from '../document/analysis.js';

export function run(text: string, published = '2025-03-04'): Analysis {
  return analyze({ text, published });
}

export const nameOf = (a: Analysis, id: string | null) => (id ? (a.entities.find((e) => e.id === id)?.name ?? id) : null);

export const ev = (a: Analysis, trigger: string) => {
  const e = a.events.find((x) => x.text.includes(trigger));
  assert.ok(e, `no event with trigger "${trigger}" in ${JSON.stringify(a.events.map((x) => x.text))}`);
  return e;
};
