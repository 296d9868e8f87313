import type { Stage } from '../document/pipeline.js';

/** Events and stances. The layers stay empty until event extraction lands. */
export const eventsStage: Stage<'events' | 'stances'> = {
  name: 'events',
  requires: ['tokens', 'sentences', 'entities', 'times', 'quotes'],
  produces: ['events', 'stances'],
  run: () => ({ events: [], stances: [] }),
};
