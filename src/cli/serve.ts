import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.js';
import { Store } from '../store/store.js';
import { webInterface } from '../server/web.js';

export interface ServeOptions {
  db: string;
  host: string;
  port: number;
  token?: string | null;
  /** Let articles posted by URL reach loopback, private and link-local addresses. */
  allowPrivate?: boolean;
  plugins?: Array<(app: FastifyInstance) => Promise<void> | void>;
}

/** `dossier serve`: the API (and the web interface, where built) until stopped. */
export async function runServe(opts: ServeOptions): Promise<FastifyInstance> {
  const store = new Store(opts.db);
  const app = await buildApp({ store, token: opts.token ?? null, allowPrivate: opts.allowPrivate ?? false, plugins: opts.plugins ?? [webInterface()] });
  app.addHook('onClose', async () => store.close());
  const address = await app.listen({ host: opts.host, port: opts.port });
  const mode = opts.token ? 'writes need the token' : 'read-only (no token set)';
  process.stderr.write(`dossier: serving ${opts.db} at ${address}/ (${mode}); API description at ${address}/openapi.json\n`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return app;
}
