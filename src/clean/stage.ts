import type { Stage } from '../document/pipeline.js';

/**
 * The clean stage says which part of the text is the story. Until story/teaser
 * separation lands, the body is the whole text without its surrounding whitespace.
 */
export const cleanStage: Stage<'body'> = {
  name: 'clean',
  requires: [],
  produces: ['body'],
  run(doc) {
    const text = doc.text;
    let start = 0;
    let end = text.length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { body: { body: { start, end }, excluded: [] } };
  },
};
