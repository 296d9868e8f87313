import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { bratFor, EXPORT_KINDS, EXPORTS, type ExportKind } from '../store/exports/index.js';
import type { Queries } from '../store/queries.js';
import type { Store } from '../store/store.js';
import { actorParam, article, date, error, event, pageQuery, paged, quote, stance, text } from './schemas.js';

interface PageQ {
  limit: number;
  offset: number;
}

class NotFound extends Error {
  statusCode = 404;
}

/** Read-only routes: every answer carries its evidence. */
export function readRoutes(app: FastifyInstance, store: Store, q: Queries): void {
  const actorId = (ref: string | undefined): number | undefined => {
    if (ref === undefined) return undefined;
    const a = q.findActor(ref);
    if (!a) throw new NotFound(`no actor matches ${JSON.stringify(ref)}`);
    return a.id;
  };

  app.get('/healthz', { schema: { hide: true, response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } } } } } }, async () => ({ ok: true }));

  app.get('/api/stats', {
    schema: {
      summary: 'What the knowledge base holds',
      tags: ['read'],
      response: { 200: { type: 'object', additionalProperties: { type: 'integer' } } },
    },
  }, async () => store.counts());

  app.get<{ Querystring: PageQ & { q: string } }>('/api/actors', {
    schema: {
      summary: 'Find actors by name',
      tags: ['read'],
      querystring: { type: 'object', required: ['q'], additionalProperties: false, properties: { q: text(200), ...pageQuery } },
      response: { 200: paged({ type: 'object', properties: { id: { type: 'integer' }, type: { type: 'string' }, name: { type: 'string' }, articles: { type: 'integer' } } }) },
    },
  }, async (req) => q.searchActors(req.query.q, req.query));

  app.get<{ Params: { actor: string }; Querystring: { limit: number } }>('/api/actors/:actor', {
    schema: {
      summary: "An actor's dossier: names, titles over time, quotes, stances, events, co-occurring actors, timeline",
      tags: ['read'],
      params: { type: 'object', required: ['actor'], properties: { actor: actorParam } },
      querystring: { type: 'object', additionalProperties: false, properties: { limit: pageQuery.limit } },
      response: { 200: { type: 'object', additionalProperties: true }, 404: error },
    },
  }, async (req) => {
    const d = q.dossier(actorId(req.params.actor)!, req.query.limit);
    if (!d) throw new NotFound(`no actor ${req.params.actor}`);
    return d;
  });

  app.get<{ Querystring: PageQ & { speaker?: string; q?: string; from?: string; to?: string } }>('/api/quotes', {
    schema: {
      summary: 'Quotes by speaker, full text and date range',
      tags: ['read'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { speaker: actorParam, q: text(500, 'full-text search'), from: date, to: date, ...pageQuery },
      },
      response: { 200: paged(quote), 404: error },
    },
  }, async (req) => {
    const { speaker, q: textQuery, from, to } = req.query;
    return q.quotes({ speaker: actorId(speaker), text: textQuery, from, to }, req.query);
  });

  app.get<{ Querystring: PageQ & Record<string, string | undefined> }>('/api/events', {
    schema: {
      summary: 'Events by type, participant, place, status and date range; upcoming scheduled events',
      tags: ['read'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          type: text(40),
          participant: actorParam,
          place: actorParam,
          status: { type: 'string', enum: ['occurred', 'ongoing', 'scheduled', 'hypothetical', 'negated'] },
          from: date,
          to: date,
          upcoming: { ...date, description: 'scheduled events on or after this date' },
          ...pageQuery,
        },
      },
      response: { 200: paged(event), 404: error },
    },
  }, async (req) => {
    const f = req.query;
    return q.events(
      { type: f.type, participant: actorId(f.participant), place: actorId(f.place), status: f.status, from: f.from, to: f.to, upcoming: f.upcoming },
      req.query,
    );
  });

  app.get<{ Querystring: PageQ & { entity?: string; q?: string } }>('/api/articles', {
    schema: {
      summary: 'Articles by entity or full text',
      tags: ['read'],
      querystring: { type: 'object', additionalProperties: false, properties: { entity: actorParam, q: text(500), ...pageQuery } },
      response: { 200: paged(article), 404: error },
    },
  }, async (req) => q.articles({ actor: actorId(req.query.entity), text: req.query.q }, req.query));

  app.get<{ Params: { id: string } }>('/api/articles/:id', {
    schema: {
      summary: 'One article: its dossier.analysis/1, plus kb.actors mapping each entity id to its knowledge-base actor',
      tags: ['read'],
      params: { type: 'object', required: ['id'], properties: { id: text(2000) } },
      response: { 200: { type: 'object', additionalProperties: true }, 404: error },
    },
  }, async (req) => {
    const a = q.article(req.params.id);
    if (!a) throw new NotFound(`no article ${JSON.stringify(req.params.id)}`);
    return { ...a.analysis, kb: { actors: a.actors } };
  });

  app.get<{ Params: { kind: ExportKind }; Querystring: { article?: string } }>('/api/export/:kind', {
    schema: {
      summary: 'Exports: analyses as JSON Lines, events as GDELT-style CSV, quotes as CSV, scheduled events as iCalendar, the actor graph as GraphML, one article as brat standoff',
      tags: ['read'],
      params: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: [...EXPORT_KINDS] } } },
      querystring: { type: 'object', additionalProperties: false, properties: { article: { ...text(2000), description: 'article id or key, for brat' } } },
    },
  }, async (req, reply) => {
    const kind = req.params.kind;
    if (kind === 'brat') {
      if (!req.query.article) return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: 'brat export needs ?article=' });
      const b = bratFor(store.db, req.query.article);
      if (!b) throw new NotFound(`no article ${JSON.stringify(req.query.article)}`);
      return reply.type('text/plain; charset=utf-8').send(b.ann);
    }
    const x = EXPORTS[kind];
    reply.type(x.contentType).header('content-disposition', `attachment; filename="dossier-${kind}.${x.ext}"`);
    return reply.send(Readable.from(x.run(store.db)));
  });

  app.get<{ Querystring: PageQ & { issue?: string; holder?: string; from?: string; to?: string } }>('/api/stances', {
    schema: {
      summary: "Actors' stances on an issue over time",
      tags: ['read'],
      querystring: { type: 'object', additionalProperties: false, properties: { issue: text(200), holder: actorParam, from: date, to: date, ...pageQuery } },
      response: { 200: paged(stance), 404: error },
    },
  }, async (req) => q.stances({ issue: req.query.issue, holder: actorId(req.query.holder), from: req.query.from, to: req.query.to }, req.query));
}
