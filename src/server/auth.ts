import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Guards write routes. Without an operator token the server is read-only, so every write
 * is refused; with one, the request must carry it as a Bearer token. Digests are compared in
 * constant time so the token cannot be guessed byte by byte from response times.
 */
export function requireToken(token: string | null) {
  const expected = token ? digest(token) : null;
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!expected) {
      return reply.code(401).send({ statusCode: 401, error: 'Unauthorized', message: 'this server is read-only: start it with --token (or DOSSIER_TOKEN) to allow writes' });
    }
    const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!given || !timingSafeEqual(digest(given), expected)) {
      return reply.code(401).send({ statusCode: 401, error: 'Unauthorized', message: 'a valid Bearer token is required for writes' });
    }
  };
}
