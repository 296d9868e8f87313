import { cleanStage } from './clean/stage.js';
import type { AnyStage } from './document/pipeline.js';
import { entitiesStage } from './entities/stage.js';
import { eventsStage } from './events/stage.js';
import { quotesStage } from './quotes/stage.js';
import { textStage } from './text/stage.js';
import { timeStage } from './time/stage.js';

/** The default pipeline, in the order the layers depend on each other. */
export const defaultStages: readonly AnyStage[] = [
  cleanStage,
  textStage,
  entitiesStage,
  timeStage,
  quotesStage,
  eventsStage,
];
