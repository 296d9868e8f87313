/**
 * The one document model. A document is its text plus metadata; every stage adds a
 * standoff layer of spans whose offsets are UTF-16 code-unit indices into `text`,
 * so `text.slice(span.start, span.end)` is always the span's text.
 */

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** Metadata that comes with a document from its source, before any analysis. */
export interface DocumentMeta {
  /** Stable id: the input's own id (a JSON Lines `id`), else derived from the source. */
  id: string;
  /** Where the document came from: a path, `path:line` for JSON Lines, a URL, or `stdin`. */
  source: string;
  title: string | null;
  /** Publication date (YYYY-MM-DD or an ISO date-time): relative dates resolve against it. */
  published: string | null;
  url: string | null;
  /** Further metadata an ingest adapter found (authors, language, site name, ...). */
  extra?: Record<string, unknown>;
}

/** A raw document as an input adapter yields it. */
export interface RawDocument extends DocumentMeta {
  text: string;
}

export type ExclusionReason =
  | 'teaser'
  | 'related'
  | 'caption'
  | 'newsletter'
  | 'share'
  | 'byline'
  | 'comments'
  | 'boilerplate'
  | 'headline';

export interface Excluded extends Span {
  reason: ExclusionReason | string;
}

/** Layer of the clean stage: which part of the text is the story. */
export interface BodyLayer {
  body: Span;
  excluded: Excluded[];
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  /** True when whitespace (or the start of the text) comes right before the token. */
  spaceBefore: boolean;
}

export interface Sentence extends Span {
  /** Index of the first token, and one past the last, in the tokens layer. */
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'MISC';

export interface Mention extends TextSpan {}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  titles: string[];
  mentions: Mention[];
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends TextSpan {
  id: string;
  type: TimeType;
  /** TimeML TIMEX3 value: 2025-08-15, 2025-W33, P3Y6M, PRESENT_REF, XXXX-XX-XX, ... */
  value: string;
  /** Granularity of the value: C, DE, Y, H, Q, SE, M, W, WE, D, T (time of day), P (duration), REF, SET. */
  granularity?: string;
  /** True when the value is vague: PAST_REF, an X, "recent months", "about two years". */
  approximate?: boolean;
  /** What the value was placed against: 'absolute' (nothing), 'dct' (publication date), 'text' (a date given earlier). */
  anchor?: 'absolute' | 'dct' | 'text';
  /** TIMEX3 mod: START ("early next year"), END, MID, APPROX, LESS_THAN, MORE_THAN, ... */
  mod?: string;
  /** UTC offset of a clock time that named its zone ("-05:00", "Z"); the value stays local. */
  zone?: string;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote extends TextSpan {
  id: string;
  kind: QuoteKind;
  /** Entity id of the speaker, or null when the source is unnamed or unknown. */
  speaker: string | null;
  speakerText: string | null;
  cue: TextSpan | null;
  channel: string | null;
  /** Time id of when the statement was made. */
  time: string | null;
  /** The source span as the text gives it ("Hugh Hill, a doctor,", "she", "a senior official"). */
  sourceSpan?: TextSpan | null;
  /** How sure the attribution is, 0..1; a speaker is only set when it is high. */
  confidence?: number;
}

export type EventStatus = 'occurred' | 'ongoing' | 'scheduled' | 'hypothetical' | 'negated';

export interface DossierEvent extends TextSpan {
  id: string;
  type: string;
  cameo: string | null;
  participants: string[];
  place: string | null;
  time: string | null;
  status: EventStatus;
  attributedTo: string | null;
  /** Participants named before the trigger (who), a subset of `participants` (entity ids). */
  actors?: string[];
  /** Participants named after the trigger (whom), a subset of `participants` (entity ids). */
  targets?: string[];
  /** The sentence the event was found in: its evidence. */
  sentence?: TextSpan;
  /** The id of the event in the story's body that this headline event reports again (one happening). */
  sameAs?: string;
}

export interface Stance extends Span {
  id: string;
  holder: string;
  issue: string;
  polarity: 'support' | 'oppose';
  /** The evidence span's text (`doc.text.slice(start, end)`). */
  text?: string;
}

/** Every layer a stage can add, by name. */
export interface Layers {
  body: BodyLayer;
  tokens: Token[];
  paragraphs: Span[];
  sentences: Sentence[];
  entities: Entity[];
  times: Timex[];
  quotes: Quote[];
  events: DossierEvent[];
  stances: Stance[];
}

export type LayerName = keyof Layers;
