/*
 * How much a paragraph looks like a teaser of another story rather than part of this one.
 * Three kinds of evidence, each weak alone: form (a short headline-shaped line, no reported
 * speech), topic (no words in common with the story), layout (mostly link text in the page).
 */
import type { Coherence, StoryVocabulary } from './topic.js';
import type { Unit } from './units.js';

/** A line shaped like a headline: short and not ending as a sentence does. */
export const headlineShaped = (u: Unit) => !u.terminal && u.nWords <= 20;

export function teaserScore(u: Unit, c: Coherence, vocab: StoryVocabulary): number {
  let s = 0;
  if (headlineShaped(u)) s += 1.5;
  else if (u.sentences === 1 && u.nWords <= 16) s += 1;
  else if (u.sentences === 1 && u.nWords <= 28) s += 0.5;
  else if (u.nWords > 35 || u.sentences >= 3) s -= 3;
  else s -= 1;
  if (u.attribution) s -= 1.5;
  if (u.quote) s -= 1;
  if (u.openQuote) s -= 2;
  if (c.n === 0) s += 0.5;
  else if (c.shared === 0) s += 2;
  else if (c.weighted === 0) s += 2;
  else s += 1.5 - 6 * c.ratio - 0.75 * Math.min(c.sharedNames, 3);
  // Story sentences refer back and report in the past; headlines and teasers do neither.
  if (vocab.refersBack(u)) s -= 1.5;
  if (u.pronounStart < 0) u.pronounStart = /^(?:he|she|it|they|his|her|its|their|this|these|those)\b/i.test(u.text) ? 1 : 0;
  if (u.pronounStart) s -= 2;
  if (u.pastTense < 0) u.pastTense = /\b(?:was|were|had|did)\b/i.test(u.text) ? 1 : 0;
  if (u.pastTense) s -= 1;
  if (u.linkDensity >= 0.5) s += 3;
  else if (u.linkDensity >= 0.25) s += 1;
  return s;
}

export const TEASER = 2;
