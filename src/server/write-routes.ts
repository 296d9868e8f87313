import type { FastifyInstance } from 'fastify';
import { analyze } from '../index.js';
import { normalizePublished } from '../ingest/published.js';
import { mergeActors, splitActor } from '../store/decisions.js';
import type { Queries } from '../store/queries.js';
import type { Store } from '../store/store.js';
import { requireToken } from './auth.js';
import { actorParam, date, error, text } from './schemas.js';

const MAX_ARTICLE = 1_000_000;

/** Write routes: ingest an article, merge and split actors. All need the operator's token. */
export function writeRoutes(app: FastifyInstance, store: Store, q: Queries, token: string | null, changed: () => void): void {
  const guard = requireToken(token);
  // Every successful write may change any read answer.
  // Invalidated before the answer leaves, so a client's next read already sees the write.
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method === 'POST' && reply.statusCode === 200) changed();
    return payload;
  });
  const security = [{ bearer: [] }];
  const actorId = (ref: string): number => {
    const a = q.findActor(ref);
    if (!a) throw Object.assign(new Error(`no actor matches ${JSON.stringify(ref)}`), { statusCode: 404 });
    return a.id;
  };

  app.post<{ Body: { text: string; id?: string; title?: string; url?: string; published?: string } }>('/api/articles', {
    preHandler: guard,
    schema: {
      summary: 'Analyse an article and store it (idempotent by content)',
      tags: ['write'],
      security,
      body: {
        type: 'object',
        required: ['text'],
        additionalProperties: false,
        properties: { text: { type: 'string', minLength: 1, maxLength: MAX_ARTICLE }, id: text(500), title: text(2000), url: text(2000), published: date },
      },
      response: {
        200: { type: 'object', properties: { result: { type: 'string' }, id: { type: 'string' }, analysis: { type: 'object', additionalProperties: true } } },
        400: error,
        401: error,
      },
    },
  }, async (req, reply) => {
    const b = req.body;
    if (b.published && !normalizePublished(b.published)) return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: 'body/published is not a real date' });
    const analysis = analyze({ text: b.text, id: b.id, source: 'api', title: b.title ?? null, url: b.url ?? null, published: b.published ?? null });
    return { result: store.put(analysis), id: analysis.document.id, analysis };
  });

  app.post<{ Body: { from: string; into: string } }>('/api/actors/merge', {
    preHandler: guard,
    schema: {
      summary: 'Merge one actor into another; the decision survives re-ingest',
      tags: ['write'],
      security,
      body: { type: 'object', required: ['from', 'into'], additionalProperties: false, properties: { from: actorParam, into: actorParam } },
      response: { 200: { type: 'object', properties: { merged: { type: 'integer' }, into: { type: 'integer' } } }, 400: error, 401: error, 404: error },
    },
  }, async (req, reply) => {
    const from = actorId(req.body.from);
    const into = actorId(req.body.into);
    if (from === into) return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: 'cannot merge an actor into itself' });
    mergeActors(store.db, from, into);
    return { merged: from, into };
  });

  app.post<{ Body: { actor: string; articles: string[] } }>('/api/actors/split', {
    preHandler: guard,
    schema: {
      summary: "Split the given articles' mentions of an actor into a new actor; the decision survives re-ingest",
      tags: ['write'],
      security,
      body: {
        type: 'object',
        required: ['actor', 'articles'],
        additionalProperties: false,
        properties: { actor: actorParam, articles: { type: 'array', minItems: 1, maxItems: 1000, items: text(2000) } },
      },
      response: { 200: { type: 'object', properties: { actor: { type: 'integer' }, newActor: { type: 'integer' } } }, 401: error, 404: error },
    },
  }, async (req) => {
    const actor = actorId(req.body.actor);
    try {
      return { actor, newActor: splitActor(store.db, actor, req.body.articles) };
    } catch (e) {
      throw Object.assign(new Error((e as Error).message), { statusCode: 404 });
    }
  });
}
