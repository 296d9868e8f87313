import type { Stage } from '../document/pipeline.js';

/** Entity recognition and resolution. The layer stays empty until the tagger lands. */
export const entitiesStage: Stage<'entities'> = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  produces: ['entities'],
  run: () => ({ entities: [] }),
};
