import { toAnalysis, type Analysis } from '../document/analysis.js';
import type { AnyStage } from '../document/pipeline.js';
import type { RawDocument } from '../document/types.js';
import { analyzeEach } from './group.js';

/** A group of documents for one worker; `seq` pairs the reply with the request. */
export type WorkerRequest = { seq: number; raws: RawDocument[] };
export type DocumentReply = { ok: true; analysis: Analysis } | { ok: false; error: string };
/** One reply per request: a result for each document of the group, in the group's order. */
export type WorkerReply = { seq: number; results: DocumentReply[] };

/** The reply to one request: the group analysed stage by stage, a document that throws failing alone. */
export function replyTo({ seq, raws }: WorkerRequest, stages?: readonly AnyStage[]): WorkerReply {
  const results = analyzeEach(raws, stages ? { stages } : {}).map((doc): DocumentReply => {
    if (doc instanceof Error) return { ok: false, error: doc.message };
    try {
      return { ok: true, analysis: toAnalysis(doc) };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  });
  return { seq, results };
}
