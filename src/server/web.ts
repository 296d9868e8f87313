import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { projectRoot } from '../eval/data.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export const webRoot = path.join(projectRoot, 'dist', 'web');

function listFiles(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) listFiles(p, base, out);
    else out.set(`/${path.relative(base, p).split(path.sep).join('/')}`, p);
  }
  return out;
}

/**
 * Serves the built web interface. Only files that the build produced are served, looked up
 * by exact path in a table made at start-up, so no request path can reach outside it.
 * Everything is local: the page loads nothing from elsewhere (its CSP says so).
 */
export function webInterface(root = webRoot) {
  return (app: FastifyInstance) => {
    if (!existsSync(path.join(root, 'index.html'))) {
      app.get('/', { schema: { hide: true } }, async (_req, reply) =>
        reply.type('text/plain; charset=utf-8').send('dossier: the web interface is not built (run npm run build); the API is at /api and /openapi.json\n'),
      );
      return;
    }
    const files = listFiles(root);
    const bodies = new Map([...files].map(([url, file]) => [url, readFileSync(file)]));
    const csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'";
    const send = (url: string) => async (_req: unknown, reply: import('fastify').FastifyReply) => {
      const body = bodies.get(url)!;
      reply.header('content-security-policy', csp).header('x-content-type-options', 'nosniff');
      reply.header('cache-control', url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.type(TYPES[path.extname(url)] ?? 'application/octet-stream').send(body);
    };
    for (const url of bodies.keys()) app.get(url, { schema: { hide: true } }, send(url));
    app.get('/', { schema: { hide: true } }, send('/index.html'));
  };
}
