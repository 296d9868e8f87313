/*
 * JSON Schemas of the API. Every route declares its querystring, params, body and replies,
 * so Fastify validates input (a clear 400) and the OpenAPI document is generated from them.
 */

export const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' } as const;
const str = (maxLength = 200, description?: string) => ({ type: 'string', minLength: 1, maxLength, ...(description ? { description } : {}) }) as const;

export const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
} as const;

export const actorRef = {
  type: 'object',
  required: ['id', 'type', 'name'],
  properties: { id: { type: 'integer' }, type: { type: 'string' }, name: { type: 'string' } },
} as const;

export const evidence = {
  type: 'object',
  description: 'where the fact comes from: the article, the sentence and the offsets (UTF-16) in the article text',
  properties: {
    document: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        key: { type: 'string' },
        title: { type: ['string', 'null'] },
        url: { type: ['string', 'null'] },
        published: { type: ['string', 'null'] },
      },
    },
    sentence: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } } },
    start: { type: 'integer' },
    end: { type: 'integer' },
  },
} as const;

export const paged = (item: object) =>
  ({
    type: 'object',
    required: ['total', 'limit', 'offset', 'items'],
    properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: item } },
  }) as const;

export const quote = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    kind: { type: 'string' },
    text: { type: 'string' },
    speaker: { anyOf: [actorRef, { type: 'null' }] },
    speakerText: { type: ['string', 'null'] },
    cue: { type: ['string', 'null'] },
    channel: { type: ['string', 'null'] },
    date: { type: ['string', 'null'] },
    evidence,
  },
} as const;

export const event = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    type: { type: 'string' },
    cameo: { type: ['string', 'null'] },
    text: { type: 'string' },
    status: { type: 'string' },
    date: { type: ['string', 'null'] },
    time: { type: ['string', 'null'] },
    participants: { type: 'array', items: actorRef },
    place: { anyOf: [actorRef, { type: 'null' }] },
    attributedTo: { type: ['string', 'null'] },
    evidence,
  },
} as const;

export const stance = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    holder: actorRef,
    issue: { type: 'string' },
    polarity: { type: 'string' },
    date: { type: ['string', 'null'] },
    evidence,
  },
} as const;

export const article = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    key: { type: 'string' },
    title: { type: ['string', 'null'] },
    url: { type: ['string', 'null'] },
    published: { type: ['string', 'null'] },
    source: { type: 'string' },
    quotes: { type: 'integer' },
    events: { type: 'integer' },
  },
} as const;

export const error = {
  type: 'object',
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
} as const;

export const actorParam = str(200, 'actor id or name');
export const text = str;
