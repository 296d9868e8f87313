/**
 * Memory of the analysis itself: a fresh process loads every model, analyses one short
 * text, and reports its RSS and heap, without any corpus in memory.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = `
const { analyzeDocument } = await import(process.argv[1]);
analyzeDocument({ text: 'Chancellor Olaf Scholz met Ana Ribeiro in Lisbon on Friday, officials said.', published: '2026-03-06' });
globalThis.gc?.();
const m = process.memoryUsage();
console.log(JSON.stringify({ rss: m.rss, heap: m.heapUsed, external: m.external + m.arrayBuffers }));
`;

export async function main(): Promise<void> {
  const index = fileURLToPath(new URL('../index.js', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', CHILD, index], { encoding: 'utf8' });
  const m = JSON.parse(out.trim()) as { rss: number; heap: number; external: number };
  const mb = (x: number) => (x / 1048576).toFixed(0);
  console.log(`memory: every model loaded, one text analysed: RSS ${mb(m.rss)} MB (heap ${mb(m.heap)} MB, typed arrays and buffers ${mb(m.external)} MB)`);
}
