import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { Queries } from '../store/queries.js';
import type { Store } from '../store/store.js';
import { responseCache } from './cache.js';
import { readRoutes } from './read-routes.js';
import { writeRoutes } from './write-routes.js';

export interface AppOptions {
  store: Store;
  /** The operator's token; without it the API is read-only. */
  token?: string | null;
  logger?: boolean;
  /** Let articles to fetch reach loopback, private and link-local addresses (refused by default). */
  allowPrivate?: boolean;
  /** Extra routes (the web interface) registered on the same server. */
  plugins?: Array<(app: FastifyInstance) => Promise<void> | void>;
}

export const BODY_LIMIT = 2 * 1024 * 1024;

/** The HTTP API over a knowledge base. Listening is the caller's business. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Query strings are parsed flat: no nested objects for validators to trip over.
    routerOptions: { maxParamLength: 2000 },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'dossier', version: '1', description: 'A sourced knowledge base from news: every fact with its evidence.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown }, _req, reply) => {
    const status = err.validation ? 400 : (err.statusCode ?? 500);
    if (status >= 500) app.log.error(err);
    reply.code(status).send({
      statusCode: status,
      error: status === 400 ? 'Bad Request' : status === 404 ? 'Not Found' : status === 413 ? 'Payload Too Large' : status === 401 ? 'Unauthorized' : 'Error',
      message: status >= 500 ? 'internal error' : err.message,
    });
  });
  const queries = new Queries(options.store.db);
  const cache = responseCache(app, options.store);
  readRoutes(app, options.store, queries);
  writeRoutes(app, options.store, queries, options.token ?? null, () => cache.invalidate(), { fetchLinks: false, allowPrivate: options.allowPrivate ?? false });
  for (const plugin of options.plugins ?? []) await plugin(app);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
