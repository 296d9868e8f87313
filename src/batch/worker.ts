/**
 * A worker thread that analyses documents: the pool sends groups of raw documents, the worker
 * answers with each one's Analysis, or with the reason it failed.
 */
import { parentPort } from 'node:worker_threads';
import { replyTo, type WorkerRequest } from './worker-reply.js';

export type { WorkerReply, WorkerRequest } from './worker-reply.js';

parentPort?.on('message', (req: WorkerRequest) => parentPort!.postMessage(replyTo(req)));
