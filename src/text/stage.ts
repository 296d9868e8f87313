import type { Stage } from '../document/pipeline.js';
import { findParagraphs, isHardWrapped } from './lines.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/**
 * The text stage: tokens, paragraphs and sentences over the story body. Text outside the
 * body (teasers, boilerplate) gets no sentences, so no later stage takes facts from it.
 */
export const textStage: Stage<'tokens' | 'paragraphs' | 'sentences'> = {
  name: 'text',
  requires: ['body'],
  produces: ['tokens', 'paragraphs', 'sentences'],
  run(doc) {
    const { body, excluded } = doc.get('body');
    const text = doc.text;
    const wrapped = isHardWrapped(text.slice(body.start, body.end));
    const paragraphs = findParagraphs(text, wrapped).filter(
      (p) => p.start >= body.start && p.end <= body.end && !excluded.some((x) => p.start >= x.start && p.end <= x.end),
    );
    const tokens = tokenize(text);
    return { tokens, paragraphs, sentences: splitSentences(text, tokens, paragraphs) };
  },
};
