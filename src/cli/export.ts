import { once } from 'node:events';
import { createWriteStream, renameSync, writeFileSync } from 'node:fs';
import { bratFor, EXPORTS, type ExportKind } from '../store/exports/index.js';
import { dbPath, Store } from '../store/store.js';
import { QueryError } from './query.js';

/** `dossier export <kind>`: streams an export to stdout or, written whole, to --out. */
export async function runExport(kind: ExportKind, opts: { db?: string; out?: string; article?: string }): Promise<void> {
  const file = dbPath(opts.db);
  let store: Store;
  try {
    store = new Store(file, { readonly: true });
  } catch (e) {
    throw new QueryError(`${file}: cannot open the knowledge base (${(e as Error).message})`);
  }
  try {
    if (kind === 'brat') {
      if (!opts.article) throw new QueryError('brat export needs --article <id>');
      const b = bratFor(store.db, opts.article);
      if (!b) throw new QueryError(`no article ${JSON.stringify(opts.article)}`);
      if (opts.out) {
        writeFileSync(`${opts.out}.txt`, b.txt);
        writeFileSync(`${opts.out}.ann`, b.ann);
      } else process.stdout.write(b.ann);
      return;
    }
    const out = opts.out ? createWriteStream(`${opts.out}.partial`) : process.stdout;
    for (const chunk of EXPORTS[kind].run(store.db)) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (opts.out) {
      const file = out as ReturnType<typeof createWriteStream>;
      file.end();
      await once(file, 'finish');
      renameSync(`${opts.out}.partial`, opts.out);
    }
  } finally {
    store.close();
  }
}
