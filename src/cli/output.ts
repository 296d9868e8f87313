import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import type { Analysis } from '../document/analysis.js';
import { formatDigest } from './digest.js';

export type Format = 'text' | 'json' | 'jsonl';

/**
 * Streams analyses to stdout or a file as they are made, so a batch of thousands never
 * sits in memory. A file is written under a temporary name and renamed when complete:
 * an interrupted run never leaves a half-written output behind.
 */
export class OutputWriter {
  private readonly stream: NodeJS.WritableStream;
  private readonly file: WriteStream | null;
  private count = 0;

  constructor(
    private readonly format: Format,
    private readonly outPath: string | null,
    /** json: write a bare object rather than an array when the input is one document. */
    private readonly single: boolean,
  ) {
    this.file = outPath ? createWriteStream(`${outPath}.partial`) : null;
    this.stream = this.file ?? process.stdout;
    if (format === 'json' && !single) this.write('[\n');
  }

  private write(s: string): void {
    this.stream.write(s);
  }

  add(a: Analysis): void {
    if (this.format === 'jsonl') this.write(`${JSON.stringify(a)}\n`);
    else if (this.format === 'json') this.write(`${this.count && !this.single ? ',\n' : ''}${JSON.stringify(a, null, this.single ? 2 : 0)}`);
    else this.write(`${this.count ? '\n' : ''}${formatDigest(a)}`);
    this.count++;
  }

  /** Finishes the output; the file appears under its name only now. */
  async close(): Promise<void> {
    if (this.format === 'json') this.write(this.single ? (this.count ? '\n' : 'null\n') : '\n]\n');
    if (!this.file || !this.outPath) return;
    const file = this.file;
    await new Promise<void>((resolve, reject) => {
      file.on('error', reject);
      file.end(resolve);
    });
    renameSync(`${this.outPath}.partial`, this.outPath);
  }

  abort(): void {
    if (this.file && this.outPath) {
      this.file.destroy();
      rmSync(`${this.outPath}.partial`, { force: true });
    }
  }
}
