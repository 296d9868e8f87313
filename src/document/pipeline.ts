import { Document } from './document.js';
import type { LayerName, Layers, RawDocument } from './types.js';

/**
 * A pipeline stage: reads the layers it requires and returns the layers it produces.
 * It never receives write access to the document; the pipeline adds what it returns.
 */
export interface Stage<P extends LayerName = LayerName> {
  name: string;
  requires: readonly LayerName[];
  produces: readonly P[];
  run(doc: Document): Pick<Layers, P>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any>;

export function runStages(doc: Document, stages: readonly AnyStage[]): Document {
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!doc.has(need)) throw new Error(`stage "${stage.name}" needs layer "${need}", which no earlier stage added`);
    }
    const out = stage.run(doc);
    for (const name of stage.produces) {
      const layer = (out as Partial<Layers>)[name as LayerName];
      if (layer === undefined) throw new Error(`stage "${stage.name}" did not produce layer "${name}"`);
      doc.add(name, layer);
    }
  }
  return doc;
}

export function analyzeWith(raw: RawDocument, stages: readonly AnyStage[]): Document {
  return runStages(new Document(raw), stages);
}
