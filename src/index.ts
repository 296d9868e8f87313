import { toAnalysis, type Analysis } from './document/analysis.js';
import { Document } from './document/document.js';
import { runStages, runStagesOver, type AnyStage } from './document/pipeline.js';
import type { RawDocument } from './document/types.js';
import { defaultStages } from './pipeline.js';

export type * from './document/types.js';
export { Document } from './document/document.js';
export { runStages, runStagesOver, analyzeWith, type Stage, type AnyStage } from './document/pipeline.js';
export { toAnalysis, ANALYSIS_SCHEMA, type Analysis } from './document/analysis.js';
export { defaultStages } from './pipeline.js';
export { tokenize, splitSentences } from './text/index.js';

export interface AnalyzeInput {
  text: string;
  id?: string;
  source?: string;
  title?: string | null;
  /** Publication date, YYYY-MM-DD or ISO date-time. Relative dates resolve against it. */
  published?: string | null;
  url?: string | null;
  extra?: Record<string, unknown>;
}

export interface AnalyzeOptions {
  stages?: readonly AnyStage[];
}

import { contentId } from './document/id.js';

export { contentId };

export function toRawDocument(input: AnalyzeInput | string): RawDocument {
  const i = typeof input === 'string' ? { text: input } : input;
  return {
    id: i.id ?? contentId(i.text),
    source: i.source ?? 'input',
    title: i.title ?? null,
    published: i.published ?? null,
    url: i.url ?? null,
    text: i.text,
    ...(i.extra ? { extra: i.extra } : {}),
  };
}

/** Runs every stage over one document and returns the analysed Document. */
export function analyzeDocument(input: AnalyzeInput | string, options: AnalyzeOptions = {}): Document {
  return runStages(new Document(toRawDocument(input)), options.stages ?? defaultStages);
}

/**
 * analyzeDocument over several documents at once, stage by stage (runStagesOver): the same
 * Documents, for less CPU time. Every document and its layers are held until the call returns,
 * so give it groups (64 documents is plenty), not a whole corpus.
 */
export function analyzeDocuments(inputs: readonly (AnalyzeInput | string)[], options: AnalyzeOptions = {}): Document[] {
  const docs = inputs.map((input) => new Document(toRawDocument(input)));
  runStagesOver(docs, options.stages ?? defaultStages);
  return docs;
}

/** Analyses one document into the public `dossier.analysis/1` JSON contract. */
export function analyze(input: AnalyzeInput | string, options: AnalyzeOptions = {}): Analysis {
  return toAnalysis(analyzeDocument(input, options));
}
export { schemaErrors, sliceViolations, referenceViolations } from './document/validate.js';
export { analyzeInputs, analyzeExpanded, type BatchItem, type BatchOptions } from './batch/analyze.js';
