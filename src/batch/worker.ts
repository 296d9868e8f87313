/**
 * A worker thread that analyses documents: the pool sends raw documents, the worker
 * answers with their Analysis, or with the reason it failed.
 */
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../document/types.js';
import { analyze } from '../index.js';

export type WorkerRequest = { seq: number; raw: RawDocument };
export type WorkerReply = { seq: number; ok: true; analysis: ReturnType<typeof analyze> } | { seq: number; ok: false; error: string };

parentPort?.on('message', ({ seq, raw }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq, ok: true, analysis: analyze(raw) };
  } catch (e) {
    reply = { seq, ok: false, error: (e as Error).message };
  }
  parentPort!.postMessage(reply);
});
