import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../document/analysis.js';
import type { RawDocument } from '../document/types.js';
import type { WorkerReply } from './worker.js';

/**
 * A fixed pool of analysis workers, one per core by default. `analyze` resolves with the
 * document's Analysis; a document that makes its worker throw rejects alone, and a worker
 * that dies is replaced, so one bad document never stops a batch.
 */
export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ raw: RawDocument; resolve: (a: Analysis) => void; reject: (e: Error) => void }> = [];
  private readonly pending = new Map<Worker, { seq: number; resolve: (a: Analysis) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private closed = false;

  constructor(readonly size: number = availableParallelism()) {
    for (let i = 0; i < Math.max(1, size); i++) this.spawn();
  }

  private spawn(): void {
    const w = new Worker(new URL('./worker.js', import.meta.url));
    w.on('message', (m: WorkerReply) => {
      const job = this.pending.get(w);
      if (!job || job.seq !== m.seq) return;
      this.pending.delete(w);
      if (m.ok) job.resolve(m.analysis);
      else job.reject(new Error(m.error));
      this.release(w);
    });
    w.on('error', (err) => this.replace(w, err));
    w.on('exit', (code) => {
      if (!this.closed) this.replace(w, new Error(`analysis worker exited with code ${code}`));
    });
    this.workers.push(w);
    this.idle.push(w);
  }

  private replace(w: Worker, err: Error): void {
    const job = this.pending.get(w);
    this.pending.delete(w);
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    this.workers.splice(i, 1);
    const j = this.idle.indexOf(w);
    if (j >= 0) this.idle.splice(j, 1);
    void w.terminate();
    job?.reject(err);
    if (!this.closed) {
      this.spawn();
      this.drain();
    }
  }

  private release(w: Worker): void {
    this.idle.push(w);
    this.drain();
  }

  private drain(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      const seq = ++this.seq;
      this.pending.set(w, { seq, resolve: job.resolve, reject: job.reject });
      w.postMessage({ seq, raw: job.raw });
    }
  }

  /** Documents waiting or being analysed. */
  get load(): number {
    return this.queue.length + this.pending.size;
  }

  analyze(raw: RawDocument): Promise<Analysis> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ raw, resolve, reject });
      this.drain();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
