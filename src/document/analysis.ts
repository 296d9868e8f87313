import type { Document } from './document.js';
import type { DossierEvent, Entity, Excluded, Quote, Span, Stance, Timex } from './types.js';

export const ANALYSIS_SCHEMA = 'dossier.analysis/1';

/**
 * The public JSON contract, `dossier.analysis/1` (schema/dossier.analysis-1.schema.json).
 * Fields may be added; none may be renamed or dropped.
 */
export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  document: {
    id: string;
    source: string;
    title: string | null;
    published: string | null;
    url: string | null;
    text: string;
    body: Span;
    excluded: Excluded[];
  };
  sentences: Span[];
  entities: Entity[];
  times: Timex[];
  quotes: Quote[];
  events: DossierEvent[];
  stances: Stance[];
}

const span = ({ start, end }: Span): Span => ({ start, end });

/** Projects an analysed document onto the public contract; internal layers stay out. */
export function toAnalysis(doc: Document): Analysis {
  const { body, excluded } = doc.get('body');
  return {
    schema: ANALYSIS_SCHEMA,
    document: {
      id: doc.meta.id,
      source: doc.meta.source,
      title: doc.meta.title,
      published: doc.meta.published,
      url: doc.meta.url,
      text: doc.text,
      body: span(body),
      excluded: excluded.map((x) => ({ start: x.start, end: x.end, reason: x.reason })),
    },
    sentences: doc.get('sentences').map(span),
    entities: [...doc.get('entities')],
    times: [...doc.get('times')],
    quotes: [...doc.get('quotes')],
    events: [...doc.get('events')],
    stances: [...doc.get('stances')],
  };
}
