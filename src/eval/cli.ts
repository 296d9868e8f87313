/**
 * `npm run eval -- <harness> [args]`. Each harness is a module src/eval/<harness>.ts
 * exporting `main(args)`, so a stage adds its evaluation without touching this file.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export async function dispatch(kind: string, dir: string, argv: string[]): Promise<void> {
  const available = readdirSync(dir)
    .filter((f) => f.endsWith('.js') && !f.endsWith('.test.js') && !['cli.js', 'data.js'].includes(f) && !f.startsWith('_'))
    .map((f) => f.slice(0, -3));
  const [name, ...args] = argv;
  if (!name || !available.includes(name)) {
    console.error(`usage: npm run ${kind} -- <${available.join('|')}> [args]`);
    process.exit(2);
  }
  const mod = (await import(path.join(dir, `${name}.js`))) as { main?: (args: string[]) => Promise<void> | void };
  if (typeof mod.main !== 'function') {
    console.error(`${kind}: ${name} has no main()`);
    process.exit(2);
  }
  await mod.main(args);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await dispatch('eval', path.dirname(fileURLToPath(import.meta.url)), process.argv.slice(2));
}
