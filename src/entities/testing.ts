/** Helpers the entity probe tests share: the entities of a text, typed names, an entity's mentions. */
import { analyzeDocument } from '../index.js';
import type { Entity } from '../document/types.js';

export function entities(text: string): Entity[] {
  return analyzeDocument({ text }).get('entities') as Entity[];
}

export function typed(text: string): string[] {
  return entities(text).map((e) => `${e.type} ${e.name}`);
}

/** The text of each mention of the entity named `name`, or null when there is none. */
export function mentionsOf(text: string, name: string): string[] | null {
  const e = entities(text).find((x) => x.name === name);
  return e ? e.mentions.map((m) => text.slice(m.start, m.end)) : null;
}
