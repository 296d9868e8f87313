/**
 * "Per the union, about 1,200 people work at the port." and "Sales fell 4%, per company filings.":
 * "per" in the sense of "according to", which newer news writing uses at a sentence's opening or
 * after its last comma. Anywhere else "per" is a rate ("$5 per share", "per cent"), so only those
 * two places count, and only before a noun phrase that is no unit.
 */
import type { Span } from '../document/types.js';

/** Words after "per" that make it a rate or a Latin phrase, never a source. */
const RATE = /^(?:cent|capita|se|annum|year|month|week|day|night|hour|minute|second|person|head|share|unit|barrel|ton|tonne|kilo|kilogram|gallon|litre|liter|mile|kilometre|kilometer|game|match|season|household|acre|hectare|square|pound|ounce|dollar|euro|visit|click|item|piece|trip)\b/i;

/** A source phrase: a determiner or a capitalised word first, and no clause punctuation. */
const SOURCE = /^(?:(?:the|a|an|its|his|her|their|our|several|two|three|multiple|court|police|company|government|official|internal)\s+|\p{Lu})[^,;:“”"()]{1,70}$/u;

export interface PerAttribution {
  cue: Span;
  source: Span;
  content: Span;
}

/** The "per" attribution of one sentence [start, end) of `text`, or null. */
export function perAttribution(text: string, start: number, end: number): PerAttribution | null {
  const sentence = text.slice(start, end);
  if (!/\bper\s/i.test(sentence)) return null;
  let stop = sentence.length;
  while (stop > 0 && /[\s.!?]/.test(sentence[stop - 1]!)) stop--;
  const opening = /^Per\s+([^,]{2,80}),\s+/.exec(sentence);
  if (opening && isSourcePhrase(opening[1]!) && stop > opening[0].length + 10) {
    return {
      cue: { start, end: start + 3 },
      source: { start: start + 4, end: start + 4 + opening[1]!.length },
      content: { start: start + opening[0].length, end: start + stop },
    };
  }
  const closing = /,\s+(per)\s+([^,]{2,80})$/.exec(sentence.slice(0, stop));
  if (closing && isSourcePhrase(closing[2]!) && closing.index > 10 && !/["“”]/.test(sentence.slice(0, closing.index))) {
    const cueAt = start + closing.index + closing[0].indexOf('per');
    return {
      cue: { start: cueAt, end: cueAt + 3 },
      source: { start: cueAt + 4, end: start + stop },
      content: { start, end: start + closing.index },
    };
  }
  return null;
}

/** A noun phrase of at most nine words that can name who reported, and no rate ("per hour"). */
function isSourcePhrase(phrase: string): boolean {
  return SOURCE.test(phrase) && !RATE.test(phrase) && phrase.split(/\s+/).length <= 9 && !/\bper\b/i.test(phrase);
}
