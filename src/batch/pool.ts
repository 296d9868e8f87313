import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../document/analysis.js';
import type { RawDocument } from '../document/types.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

/**
 * Most documents a worker takes in one message. A worker analyses its group stage by stage,
 * which costs less CPU than one document at a time (docs/events.md, "Session 11 (speed)": groups
 * of 16 already get most of the gain); small, so a group's analyses reach the store soon and
 * the last groups of a batch spread over the workers (docs/events.md, "Session 11 (ingest in groups)").
 */
export const POOL_GROUP = 16;

export interface PoolOptions {
  /** Most documents per message; POOL_GROUP by default, 1 for one document at a time. */
  group?: number;
  /** The worker script; tests give one whose stages can be made to throw or die. */
  worker?: URL;
}

/** A document waiting for its analysis; `alone` when its group's worker died and it is retried by itself. */
type Job = { raw: RawDocument; resolve: (a: Analysis) => void; reject: (e: Error) => void; alone: boolean };

/**
 * A fixed pool of analysis workers, one per core by default. `analyze` resolves with the
 * document's Analysis; a document that makes its worker throw rejects alone, and a worker
 * that dies is replaced, so one bad document never stops a batch. Queued documents go to an
 * idle worker in groups (what is queued, up to `group`), never waiting for a group to fill.
 */
export class AnalysisPool {
  readonly group: number;
  private readonly script: URL;
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly pending = new Map<Worker, { seq: number; jobs: Job[] }>();
  private seq = 0;
  private closed = false;

  constructor(readonly size: number = availableParallelism(), options: PoolOptions = {}) {
    this.group = Math.max(1, options.group ?? POOL_GROUP);
    this.script = options.worker ?? new URL('./worker.js', import.meta.url);
    for (let i = 0; i < Math.max(1, size); i++) this.spawn();
  }

  private spawn(): void {
    const w = new Worker(this.script);
    w.on('message', (m: WorkerReply) => this.settle(w, m));
    w.on('error', (err) => this.replace(w, err));
    w.on('exit', (code) => {
      if (!this.closed) this.replace(w, new Error(`analysis worker exited with code ${code}`));
    });
    this.workers.push(w);
    this.idle.push(w);
  }

  /** Hands each document of a group its own result, in the order the group was sent. */
  private settle(w: Worker, m: WorkerReply): void {
    const sent = this.pending.get(w);
    if (!sent || sent.seq !== m.seq) return;
    this.pending.delete(w);
    sent.jobs.forEach((job, i) => {
      const r = m.results[i];
      if (r?.ok) job.resolve(r.analysis);
      else job.reject(new Error(r ? r.error : 'analysis worker gave no result'));
    });
    this.release(w);
  }

  private replace(w: Worker, err: Error): void {
    const sent = this.pending.get(w);
    this.pending.delete(w);
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    this.workers.splice(i, 1);
    const j = this.idle.indexOf(w);
    if (j >= 0) this.idle.splice(j, 1);
    void w.terminate();
    if (sent) this.retryAlone(sent.jobs, err);
    if (!this.closed) {
      this.spawn();
      this.drain();
    }
  }

  /**
   * The documents of a group whose worker died. Which one killed it cannot be told, so each is
   * queued again to be analysed by itself (first, in order); one that was already alone fails.
   */
  private retryAlone(jobs: readonly Job[], err: Error): void {
    if (jobs.length === 1 || this.closed) {
      for (const job of jobs) job.reject(err);
      return;
    }
    this.queue.unshift(...jobs.map((job) => ({ ...job, alone: true })));
  }

  private release(w: Worker): void {
    this.idle.push(w);
    this.drain();
  }

  private drain(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const jobs = this.takeGroup();
      const seq = ++this.seq;
      this.pending.set(w, { seq, jobs });
      const request: WorkerRequest = { seq, raws: jobs.map((job) => job.raw) };
      w.postMessage(request);
    }
  }

  /**
   * The next group: a document to retry alone, else the queue's head up to `group` documents and
   * at most a fair share of the queue per worker, so that the last documents of a batch spread
   * over the workers instead of one worker taking them all while the others wait.
   */
  private takeGroup(): Job[] {
    if (this.queue[0]!.alone) return this.queue.splice(0, 1);
    const share = Math.ceil(this.queue.length / this.workers.length);
    let n = 0;
    while (n < Math.min(this.group, share) && !this.queue[n]!.alone) n++;
    return this.queue.splice(0, n);
  }

  /** Documents waiting or being analysed. */
  get load(): number {
    let analysing = 0;
    for (const sent of this.pending.values()) analysing += sent.jobs.length;
    return this.queue.length + analysing;
  }

  analyze(raw: RawDocument): Promise<Analysis> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ raw, resolve, reject, alone: false });
      this.drain();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
