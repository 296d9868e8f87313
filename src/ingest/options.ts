/**
 * Options of the input layer: link fetching and the SSRF guard. They are passed down with each
 * read, never kept in module state, so a server and a command in one process cannot change
 * each other's guard.
 */
export interface IngestOptions {
  /** Fetch each feed item's page and analyse it instead of the feed's summary. */
  fetchLinks: boolean;
  /** Let URL fetches reach loopback, private and link-local addresses. */
  allowPrivate: boolean;
}

/** The safe defaults: feeds are read as given and private addresses are refused. */
export const DEFAULT_INGEST_OPTIONS: Readonly<IngestOptions> = Object.freeze({ fetchLinks: false, allowPrivate: false });
