import type { Stage } from '../document/pipeline.js';
import { defaultModel } from './model.js';
import { findEntities } from './resolve.js';

/**
 * Entity recognition and resolution: the averaged-perceptron tagger (models/entities/)
 * over the text stage's tokens, sentence by sentence with document context, then titles,
 * within-document clustering and demonyms.
 */
export const entitiesStage: Stage<'entities'> = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  produces: ['entities'],
  run(doc) {
    return { entities: findEntities(doc.text, doc.get('tokens'), doc.get('sentences'), defaultModel()) };
  },
};
