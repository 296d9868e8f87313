/**
 * The verb-lexicon-only baseline: every token that is a verb form of the trigger lexicon is
 * an event of that verb's type, with no context (no nominal triggers, no phrases, no checks).
 */
import type { Token } from '../document/types.js';
import { verbForms } from './lexicon.js';

export interface BaselineTrigger {
  start: number;
  end: number;
  type: string;
}

export function verbBaseline(tokens: readonly Token[]): BaselineTrigger[] {
  const forms = verbForms();
  const out: BaselineTrigger[] = [];
  for (const t of tokens) {
    const e = forms.get(t.text.toLowerCase());
    if (e) out.push({ start: t.start, end: t.end, type: e.type });
  }
  return out;
}
