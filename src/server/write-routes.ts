import type { FastifyInstance } from 'fastify';
import { analyze } from '../index.js';
import type { RawDocument } from '../document/types.js';
import { InputError } from '../ingest/errors.js';
import { normalizePublished } from '../ingest/published.js';
import type { ReadResult } from '../ingest/reader.js';
import type { IngestOptions } from '../ingest/options.js';
import { readInput } from '../ingest/sources.js';
import { mergeActors, splitActor } from '../store/decisions.js';
import type { Queries } from '../store/queries.js';
import type { Store } from '../store/store.js';
import { requireToken } from './auth.js';
import { actorParam, date, error, text } from './schemas.js';

const MAX_ARTICLE = 1_000_000;

/** Write routes: ingest an article, merge and split actors. All need the operator's token. */
/** The first document a URL yields (a page; for a feed, its first item), or why there is none. */
async function fetchDocument(url: string, read: Readonly<IngestOptions>): Promise<ReadResult> {
  let first: ReadResult | null = null;
  for await (const r of readInput({ kind: 'url', source: url }, read)) {
    if (r.ok) return r;
    first ??= r;
  }
  return first ?? { ok: false, error: new InputError(url, 'no document found at this address') };
}

export function writeRoutes(
  app: FastifyInstance,
  store: Store,
  q: Queries,
  token: string | null,
  changed: () => void,
  read: Readonly<IngestOptions>,
): void {
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

  app.post<{ Body: { text?: string; fetch?: string; id?: string; title?: string; url?: string; published?: string } }>('/api/articles', {
    preHandler: guard,
    schema: {
      summary: 'Analyse an article, given as text or as a URL to fetch, and store it (idempotent by content)',
      tags: ['write'],
      security,
      body: {
        type: 'object',
        additionalProperties: false,
        // Either the text itself, or a page to fetch (through the same SSRF guard as the CLI).
        oneOf: [{ required: ['text'] }, { required: ['fetch'] }],
        properties: {
          text: { type: 'string', minLength: 1, maxLength: MAX_ARTICLE },
          fetch: { type: 'string', pattern: '^https?://', maxLength: 2000, description: 'http(s) URL of a page to fetch and analyse' },
          id: text(500),
          title: text(2000),
          url: text(2000),
          published: date,
        },
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
    let raw: RawDocument = { id: b.id ?? '', source: 'api', title: b.title ?? null, url: b.url ?? null, published: b.published ?? null, text: b.text ?? '' };
    if (b.fetch) {
      const fetched = await fetchDocument(b.fetch, read);
      if (!fetched.ok) return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: fetched.error.message });
      const d = fetched.doc;
      raw = { ...d, id: b.id ?? d.id, title: b.title ?? d.title, url: b.url ?? d.url, published: b.published ?? d.published };
    }
    const analysis = analyze({ ...raw, id: raw.id || undefined });
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
