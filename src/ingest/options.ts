/** Options of the input layer that the command line sets: link fetching and the SSRF guard. */
export interface IngestOptions {
  /** Fetch each feed item's page and analyse it instead of the feed's summary. */
  fetchLinks: boolean;
  /** Let URL fetches reach loopback, private and link-local addresses. */
  allowPrivate: boolean;
}

export const ingestOptions: IngestOptions = { fetchLinks: false, allowPrivate: false };

export function setIngestOptions(o: Partial<IngestOptions>): void {
  Object.assign(ingestOptions, o);
}
