import type { Stage } from '../document/pipeline.js';
import { extractQuotes } from './extract.js';
import { loadDefaultCues } from './model.js';

loadDefaultCues();

/** Quotes and attribution: direct, mixed and reported speech, with cue, source, speaker, channel and time. */
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'paragraphs', 'entities', 'times'],
  produces: ['quotes'],
  run(doc) {
    const quotes = extractQuotes({
      text: doc.text,
      tokens: doc.get('tokens'),
      sentences: doc.get('sentences'),
      paragraphs: doc.get('paragraphs'),
      entities: doc.get('entities'),
      times: doc.get('times'),
    });
    return { quotes };
  },
};
