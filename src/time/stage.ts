import type { Stage } from '../document/pipeline.js';

/** Time expressions. The layer stays empty until the time tagger lands. */
export const timeStage: Stage<'times'> = {
  name: 'time',
  requires: ['tokens', 'sentences'],
  produces: ['times'],
  run: () => ({ times: [] }),
};
