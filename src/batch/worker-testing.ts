/**
 * The analysis worker for the pool's tests: every stage, then a trap that throws on a document
 * containing BOOM and ends the thread on one containing DIE; each analysis's title tells the size
 * of the group it was analysed in, so a test can see how the pool grouped its documents.
 */
import { parentPort } from 'node:worker_threads';
import type { AnyStage } from '../document/pipeline.js';
import { defaultStages } from '../pipeline.js';
import { replyTo, type DocumentReply, type WorkerRequest } from './worker-reply.js';

const trap: AnyStage = {
  name: 'trap',
  requires: [],
  produces: [],
  run(doc) {
    if (doc.text.includes('BOOM')) throw new Error('boom');
    if (doc.text.includes('DIE')) process.exit(7);
    return {};
  },
};

const withGroupSize = (r: DocumentReply, size: number): DocumentReply =>
  r.ok ? { ok: true, analysis: { ...r.analysis, document: { ...r.analysis.document, title: `group of ${size}` } } } : r;

parentPort?.on('message', (req: WorkerRequest) => {
  const reply = replyTo(req, [...defaultStages, trap]);
  parentPort!.postMessage({ ...reply, results: reply.results.map((r) => withGroupSize(r, req.raws.length)) });
});
