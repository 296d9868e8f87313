/**
 * Runs one system over the newswire corpus in this process and prints one JSON line, so
 * each system's peak RSS is its own. Not a test: `npm run bench` drives it.
 */
import { loadNewswire } from './corpus.js';
import { systems } from './systems.js';

const name = process.argv[2] ?? '';
const system = systems[name];
if (!system) throw new Error(`unknown system ${name}`);
const docs = loadNewswire();
const run = await system.setup();
// Warm up on a slice so the timed pass measures steady-state code, not the JIT.
for (const d of docs.slice(0, 50)) run(d);
run.flush?.();
let bytes = 0;
for (const d of docs) bytes += Buffer.byteLength(d.text);
// CPU time is what one core spent, whatever else the machine is doing; wall time is shown too.
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (const d of docs) run(d);
run.flush?.();
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const used = process.cpuUsage(cpu0);
const cpuSeconds = (used.user + used.system) / 1e6;
// The first pass still pays the JIT compiling code paths that the short warm-up never reached
// (background compiler threads count in CPU time); a second pass over the same texts is the
// steady state a long-running server or a large batch sees. Both are reported, never mixed.
const cpu1 = process.cpuUsage();
for (const d of docs) run(d);
run.flush?.();
const used1 = process.cpuUsage(cpu1);
const steadyCpuSeconds = (used1.user + used1.system) / 1e6;
console.log(JSON.stringify({ name, docs: docs.length, bytes, seconds, cpuSeconds, steadyCpuSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
