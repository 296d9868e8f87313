/**
 * `npm run bench`: throughput of `analyze` over the newswire corpus (tags stripped), per
 * core, with peak RSS, beside wink-nlp and compromise on the same texts in the same run.
 * Then every stage benchmark (src/bench/<stage>.ts exporting main) runs in turn.
 * Benchmarks measure speed; they are never tests.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Result {
  name: string;
  docs: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  /** CPU seconds of a second pass over the same texts (JIT settled). */
  steadyCpuSeconds: number;
  maxRssMB: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

function runOne(name: string): Result {
  const out = execFileSync(process.execPath, [path.join(here, 'run-one.js'), name], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Result;
}

if (!only.length || only.includes('pipeline')) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${cpus().length} cores, ${cpu}, Node ${process.version}; one process, one core per system.`);
  // (dossier-batch: the same analysis in groups, stage by stage, as `dossier analyze` runs a batch;
  // the per-document figure stays first, as a library caller or the server gets it)
  const results = ['dossier', 'dossier-batch', 'wink-nlp', 'compromise'].map(runOne);
  // Per core = per CPU-second of the (single-threaded) process; wall-clock MB/s beside it.
  const mbps = (r: Result) => r.bytes / 1e6 / r.cpuSeconds;
  console.log(`Corpus: newswire, ${results[0]!.docs} documents, ${(results[0]!.bytes / 1e6).toFixed(2)} MB of text; load average ${loadavg()[0]!.toFixed(1)}`);
  console.log('system          MB/s/core  docs/s/core  wall MB/s  peak RSS MB   dossier speed-up   second pass MB/s/core');
  for (const r of results) {
    const ratio = mbps(results[0]!) / mbps(r);
    console.log(
      `${r.name.padEnd(15)} ${mbps(r).toFixed(2).padStart(9)}  ${(r.docs / r.cpuSeconds).toFixed(0).padStart(11)}  ${(r.bytes / 1e6 / r.seconds).toFixed(2).padStart(9)}  ${r.maxRssMB.toFixed(0).padStart(11)}   ${(r.name.startsWith('dossier') ? '' : `${ratio.toFixed(2)}x`).padEnd(16)}   ${(r.bytes / 1e6 / r.steadyCpuSeconds).toFixed(2)}`,
    );
  }
}

const stageBenches = readdirSync(here)
  .filter((f) => f.endsWith('.js') && !f.endsWith('.test.js') && !['cli.js', 'run-one.js', 'corpus.js', 'systems.js'].includes(f))
  .map((f) => f.slice(0, -3))
  .filter((n) => !only.length || only.includes(n));
for (const name of stageBenches) {
  const mod = (await import(path.join(here, `${name}.js`))) as { main?: (args: string[]) => Promise<void> | void };
  if (typeof mod.main !== 'function') continue;
  console.log(`\n-- ${name}`);
  await mod.main([]);
}
