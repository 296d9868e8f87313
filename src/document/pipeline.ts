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
  for (const stage of stages) runStage(doc, stage);
  return doc;
}

/** Runs one stage over a document and adds the layers it produces. */
function runStage(doc: Document, stage: AnyStage): void {
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

/**
 * runStages over several documents, stage-major: each stage runs over every document before the
 * next stage starts. Each document gets the same layers as runStages gives it alone (no stage
 * keeps per-document state across calls; the word tables they share are caches). Why: a stage's
 * compiled code and its tables stay in the CPU's caches over a group of documents, where
 * document-major order cycles through all six stages' code for every document; on the newswire
 * corpus a warm pass costs about a third less CPU in groups of 64 (docs/events.md, "Session 11
 * (speed)"). A stage that throws stops the whole group.
 */
export function runStagesOver(docs: readonly Document[], stages: readonly AnyStage[]): readonly Document[] {
  for (const stage of stages) for (const doc of docs) runStage(doc, stage);
  return docs;
}

export function analyzeWith(raw: RawDocument, stages: readonly AnyStage[]): Document {
  return runStages(new Document(raw), stages);
}
