/**
 * API load benchmark: the knowledge base of the newswire corpus served on 127.0.0.1, and
 * autocannon with 200 concurrent connections against an actor dossier and a quote search.
 * Only loopback is ever targeted; each run is bounded in time.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { datasetPath, projectRoot } from '../eval/data.js';
import { expandInputs } from '../ingest/sources.js';
import { ingestInto } from '../store/ingest.js';
import { Store } from '../store/store.js';

const CONNECTIONS = 200;
const SECONDS = 10;

/** Load on a rotating set of paths, so cold answers (cache misses) are part of the measure. */
async function load(base: string, paths: readonly string[]): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    pipelining: 1,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
}

const DISTINCT = 200;

export async function main(args: string[] = []): Promise<void> {
  const corpus = args[0] ?? datasetPath('newswire');
  if (!corpus) throw new Error('needs the newswire corpus under $DOSSIER_DATA');
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-api-'));
  const db = path.join(dir, 'kb.db');
  const store = new Store(db);
  await ingestInto(store, await expandInputs([corpus]));
  const actors = (
    store.db
      .prepare("SELECT actor FROM entity_links WHERE type = 'PERSON' GROUP BY actor ORDER BY count(*) DESC LIMIT ?")
      .all(DISTINCT) as Array<{ actor: number }>
  ).map((r) => `/api/actors/${r.actor}`);
  const counts = new Map<string, number>();
  for (const { text } of store.db.prepare('SELECT text FROM quotes').iterate() as IterableIterator<{ text: string }>) {
    for (const w of text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const searches = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, DISTINCT)
    .map(([w]) => `/api/quotes?q=${encodeURIComponent(w)}`);
  const articles = store.counts().documents;
  store.close();
  // The server runs in its own process, as `dossier serve` does: the load generator must not
  // share its event loop.
  const server = spawn(process.execPath, [path.join(projectRoot, 'bin', 'dossier.js'), 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let err = '';
    server.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    server.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  try {
    console.log(`api: ${articles} articles; ${CONNECTIONS} connections for ${SECONDS} s each, on loopback; server in its own process`);
    for (const [name, paths] of [
      [`actor dossiers (the ${actors.length} most mentioned people, in turn)`, actors],
      [`quote searches (${searches.length} frequent words, in turn)`, searches],
    ] as const) {
      const r = await load(base, paths);
      console.log(
        `api: ${name}: ${r.requests.average.toFixed(0)} req/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ${r.non2xx} non-2xx, ${r.errors} errors`,
      );
    }
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
