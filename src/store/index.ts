export { Store, dbPath, DEFAULT_DB, type StoreOptions } from './store.js';
export { Queries, ftsQuery, type Page, type Paged, type Evidence, type ActorRef, type QuoteResult, type EventResult, type StanceResult } from './queries.js';
export { mergeActors, splitActor } from './decisions.js';
export { ingestInto, ingestDocuments, type IngestSummary, type IngestOptions } from './ingest.js';
export { nameKey } from './names.js';
export type { PutResult } from './write.js';
