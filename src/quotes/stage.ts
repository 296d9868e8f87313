import type { Stage } from '../document/pipeline.js';

/** Quotes and attribution. The layer stays empty until quote extraction lands. */
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'entities', 'times'],
  produces: ['quotes'],
  run: () => ({ quotes: [] }),
};
