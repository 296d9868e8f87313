import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';

/*
 * A response cache for read routes. The knowledge base changes only when something is
 * ingested, merged or split, so a GET answer stays right until the next write. Writes are
 * noticed however they happen: through this server (its own counter) or by another process
 * such as `dossier ingest` (SQLite's data_version changes when another connection commits).
 */

const MAX_ENTRIES = 5000;
const MAX_BYTES = 64 * 1024 * 1024;

export function responseCache(app: FastifyInstance, store: Store): { invalidate(): void } {
  const dataVersion = store.db.prepare('PRAGMA data_version').pluck();
  let ownWrites = 0;
  let generation = '';
  const entries = new Map<string, { body: string; type: string }>();
  let bytes = 0;

  const current = () => `${dataVersion.get() as number}:${ownWrites}`;
  const clearIfStale = () => {
    const g = current();
    if (g !== generation) {
      generation = g;
      entries.clear();
      bytes = 0;
    }
  };

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' || !req.url.startsWith('/api/') || req.url.startsWith('/api/export/')) return;
    clearIfStale();
    const hit = entries.get(req.url);
    if (!hit) return;
    // Refresh its place: the map's order is the eviction order.
    entries.delete(req.url);
    entries.set(req.url, hit);
    reply.header('x-cache', 'hit').type(hit.type).send(hit.body);
    return reply;
  });

  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string' || reply.getHeader('x-cache')) return payload;
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/export/')) return payload;
    entries.set(req.url, { body: payload, type: String(reply.getHeader('content-type') ?? 'application/json') });
    bytes += payload.length;
    while (entries.size > MAX_ENTRIES || bytes > MAX_BYTES) {
      const [k, v] = entries.entries().next().value as [string, { body: string }];
      entries.delete(k);
      bytes -= v.body.length;
    }
    return payload;
  });

  return {
    invalidate() {
      ownWrites++;
    },
  };
}
