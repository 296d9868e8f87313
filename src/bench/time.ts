/**
 * Speed of the time tagger: `node dist/bench/time.js` (or `npm run bench -- time` once a bench
 * dispatcher exists). Throughput in MB/s on one core over the newswire corpus (tags stripped,
 * text between <TEXT> and </TEXT>, the <DCT> TIMEX3 value as the publication date), then the
 * per-byte cost of one 5 MB text against the same bytes cut into 5 KB documents.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { datasetPath } from '../eval/data.js';
import { tagTimes } from '../time/index.js';
import { readTimeML } from '../time/timeml.js';

function* walk(dir: string): Generator<string> {
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (f.endsWith('.tml')) yield p;
  }
}

function time(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best / 1000;
}

export async function main(args: string[]): Promise<void> {
  const dir = datasetPath('newswire');
  if (!dir) throw new Error('newswire dataset is needed');
  const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
  const docs = [...walk(dir)].sort().map((f) => {
    const d = readTimeML(readFileSync(f, 'utf8'));
    return { text: d.text, dct: d.dct };
  });
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  let found = 0;
  const all = (): void => {
    found = 0;
    for (const d of docs) found += tagTimes(d.text, d.dct).length;
  };
  all(); // warm up
  const s = time(all, runs);
  console.log(`newswire: ${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB, ${found} expressions`);
  console.log(`throughput: ${(bytes / 1e6 / s).toFixed(2)} MB/s on one core (best of ${runs}: ${s.toFixed(2)} s)`);

  // One 5 MB text against the same bytes as 5 KB documents.
  let big = '';
  for (let i = 0; big.length < 5_000_000 && docs.length; i = (i + 1) % docs.length) big += docs[i]!.text + '\n\n';
  big = big.slice(0, 5_000_000);
  const dct = docs[0]?.dct ?? null;
  const chunks: string[] = [];
  for (let i = 0; i < big.length; i += 5000) chunks.push(big.slice(i, i + 5000));
  // Runs alternate (5 MB, then the 5 KB texts, then again) so that load on a shared machine falls
  // on both alike; the best and the median of the runs are reported.
  tagTimes(big, dct);
  for (const c of chunks) tagTimes(c, dct);
  const bigRuns: number[] = [];
  const smallRuns: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now();
    tagTimes(big, dct);
    bigRuns.push(performance.now() - t0);
    t0 = performance.now();
    for (const c of chunks) tagTimes(c, dct);
    smallRuns.push(performance.now() - t0);
  }
  const median = (xs: number[]): number => {
    const s = [...xs].sort((x, y) => x - y);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const bestBig = Math.min(...bigRuns);
  const bestSmall = Math.min(...smallRuns);
  const ratios = bigRuns.map((x, i) => x / smallRuns[i]!);
  console.log(`5 MB text: best ${bestBig.toFixed(0)} ms, median ${median(bigRuns).toFixed(0)} ms; the same as ${chunks.length} texts of 5 KB: best ${bestSmall.toFixed(0)} ms, median ${median(smallRuns).toFixed(0)} ms`);
  console.log(`per-byte cost ratio 5 MB / 5 KB (goal ≤ 1.2): best-to-best ${(bestBig / bestSmall).toFixed(2)}, median of the ${runs} paired runs ${median(ratios).toFixed(2)} (runs: ${ratios.map((x) => x.toFixed(2)).join(' ')})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
