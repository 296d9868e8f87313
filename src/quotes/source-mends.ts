/**
 * Corrections to the source of one tagged attribution, each for a shape of news the span tagger
 * reads wrong: a time between the subject and its cue, a relative pronoun taken for content, a
 * channel closing the source, a document that others only handled. Each takes the sentence's text
 * and rewrites the attribution's source (and contents) in place.
 */
import type { Sentence, Span } from '../document/types.js';
import { findChannelSpan } from './channel.js';

/** The names of the days and months, as the times below spell them. */
const DAY_OR_MONTH = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';

/** What these corrections read and rewrite of an attribution (learned.ts's Attribution has it). */
export interface SourceParts {
  cue: Span;
  cueText: string;
  source: Span | null;
  contents: Span[];
}

/** Openers of a channel phrase that can close a source after an inverted cue. */
const CHANNEL_TAIL = /,?\s+(?:in|on|via|through)\s+(?:an?|the|his|her|their|its)?\s*[^,;:]{2,40}$/;

/**
 * `"...," said Dan Whitfield, who represents the coalition, [in an email].`: a channel phrase
 * closing the source after an inverted cue tells how the words came, not who spoke; it stays the
 * quote's channel and leaves the source.
 */
export function dropClosingChannelFromSource(text: string, st: SourceParts): void {
  const { source, cue } = st;
  if (!source || source.start < cue.end) return;
  const raw = text.slice(source.start, source.end);
  const tail = CHANNEL_TAIL.exec(raw);
  if (!tail || tail.index === 0) return;
  // (inside a relative clause the phrase goes with its verb: "who participated [in the program]")
  if (!tail[0].startsWith(',') && /\b(?:who|which|that)\b/i.test(raw.slice(0, tail.index))) return;
  const channel = findChannelSpan(raw.slice(tail.index));
  if (!channel || tail.index + channel.end !== raw.length) return;
  st.source = { start: source.start, end: source.start + raw.slice(0, tail.index).replace(/[\s,]+$/, '').length };
}

/** A time between a subject and its verb: "earlier this week", "on Sunday night", "late Monday". */
const TIME_BETWEEN_SUBJECT_AND_CUE = new RegExp(`^\\s+(?:(?:on|in|late|early|earlier|later|last|this|next)\\s+)?(?:(?:this|last|on)\\s+)?(?:${DAY_OR_MONTH}|week|month|year|today|yesterday)(?:\\s+(?:morning|afternoon|evening|night))?\\s+$`);

/**
 * "[The ministry] earlier this week warned that ...": the subject opening the sentence, read as
 * content, with only a time between it and the cue and what was said after the cue, is the source.
 */
export function subjectBeforeTimeAsSource(text: string, s: Sentence, st: SourceParts): void {
  if (st.source || !st.contents.some((c) => c.start >= st.cue.end)) return;
  const k = st.contents.findIndex((c) => c.end <= st.cue.start && /^\s*$/.test(text.slice(s.start, c.start)) && TIME_BETWEEN_SUBJECT_AND_CUE.test(text.slice(c.end, st.cue.start)));
  if (k < 0 || !/^(?:The|A|An|\p{Lu})/u.test(text.slice(st.contents[k]!.start, st.contents[k]!.end)) || text.slice(st.contents[k]!.start, st.contents[k]!.end).split(/\s+/).length > 8) return;
  st.source = st.contents.splice(k, 1)[0]!;
}

/** A time the tagger cut a source inside: "[on] Sunday", "late Monday", "last week". */
const TIME_AFTER_SOURCE = new RegExp(`^(?:on|in|at|late|early|last|this|earlier)\\s+(?:(?:${DAY_OR_MONTH}|week|month|year|night|morning|afternoon|evening|\\d{1,4})[\\s,.]*){1,3}$`, 'i');

/** A time's opening word the tagger left at a source's end: "The ministry [on] Sunday confirmed". */
const TIME_OPENING_AT_END = /\s+(?:on|in|at|late|early|last|this|earlier)$/i;

/**
 * "[The ministry on] Sunday confirmed ...": the tagger cut the source inside the time between it
 * and the cue; the source ends before the time.
 */
export function sourceBeforeItsTime(text: string, st: SourceParts): void {
  const { source, cue } = st;
  if (!source || source.end > cue.start) return;
  const tail = TIME_OPENING_AT_END.exec(text.slice(source.start, source.end));
  if (!tail || tail.index === 0) return;
  const time = text.slice(source.end - tail[0].trimStart().length, cue.start).trim();
  if (!TIME_AFTER_SOURCE.test(time)) return;
  // ("Another poll released [on] Wednesday": the participle went with the time)
  const kept = text.slice(source.start, source.start + tail.index).replace(/\s+(?:released|published|issued)$/, '');
  st.source = { start: source.start, end: source.start + kept.length };
}

/**
 * "The U.N., [which] in March imposed sanctions": a relative pronoun the tagger read as content,
 * right before the cue (a time between at most), is its subject; the speaker resolver ties it to
 * the name before it.
 */
export function relativePronounAsSource(text: string, s: Sentence, st: SourceParts): void {
  if (st.source) return;
  // (a passive or a verb of seeming has its subject spoken of, not speaking; and a relative clause
  // inside a report is the report's: "Traders said that gold, [which] seems ...")
  if (/^(?:is|are|was|were|be|been|being|has\s+been|had\s+been)\b(?!\s+[a-z]+ing\b)|^(?:seem|seems|seemed|appear|appears|appeared)\b|^[a-z]+ly$/i.test(st.cueText)) return;
  if (/\b(?:said|says|told|that)\b/i.test(text.slice(s.start, st.cue.start))) return;
  const k = st.contents.findIndex((c) => c.end <= st.cue.start && /^(?:who|which)$/i.test(text.slice(c.start, c.end)) && RELATIVE_TO_CUE.test(text.slice(c.end, st.cue.start)) && /,\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start)));
  if (k < 0 || !st.contents.some((c) => c.start >= st.cue.end)) return;
  st.source = st.contents.splice(k, 1)[0]!;
}

/** What may stand between a relative pronoun and its verb: nothing, or a time ("in March", "last year"). */
const RELATIVE_TO_CUE = /^\s+(?:(?:in|on|last|this|earlier|later)\s+(?:\p{Lu}\p{Ll}+|\d{4}|week|month|year)(?:\s+\d{4})?\s+)?(?:also\s+|later\s+|has\s+|had\s+|have\s+)?$/u;

/** A document opening the sentence, then a participle of others handling it and "by": "A draft statement being discussed by". */
const DOCUMENT_HANDLED_BY = /^(\s*(?:A|An|The|This)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|report|draft|letter|memo|memorandum|communiqu[eé]|declaration|document|proposal|resolution|study|paper|text))\s+(?:being\s+|to\s+be\s+)?(?:discussed|debated|considered|reviewed|examined|seen|obtained|studied|read)\s+by\s+$/u;

/**
 * "A draft statement being discussed by [senior officials] warned ...": those who discuss, see or
 * obtain a document did not write it; the document is what warned (an author, "a statement issued
 * by the ministry", stays the source).
 */
export function documentSeenByOthers(text: string, s: Sentence, st: SourceParts): void {
  const { source, cue } = st;
  if (!source || source.end > cue.start) return;
  const m = DOCUMENT_HANDLED_BY.exec(text.slice(s.start, source.start));
  if (!m) return;
  const start = s.start + m[1]!.length - m[1]!.trimStart().length;
  st.source = { start, end: s.start + m[1]!.length };
}
