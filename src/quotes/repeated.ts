/**
 * A quotation that repeats words another attributed quotation says: a headline or a pull quote
 * lifting a line from the body ("'I never thought I'd see this day': Chile's miners cheer ...",
 * then "“I never thought I'd see this day,” said Huanca"). The repeat has no cue of its own; the
 * speaker is the one the body credits.
 */
import type { Quote } from '../document/types.js';

/** The words of a quotation, lowercased, without marks or punctuation. */
function wordsOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s'’]/gu, ' ').replace(/['’]/g, '').replace(/\s+/g, ' ').trim();
}

/** Fewer words than this could be anyone's ("not dead", "a disgrace"). */
const MIN_WORDS = 4;

/**
 * Gives each direct quotation with no source the speaker of the one attributed quotation whose
 * words contain its words (none when two speakers say them). Changes `quotes` in place.
 */
export function creditRepeatedQuotes(quotes: Quote[]): void {
  // (each attributed quotation's words, made once, and only when some quotation has no source)
  let said: Map<Quote, string> | null = null;
  for (const q of quotes) {
    if (q.kind !== 'direct' || q.speakerText || q.cue) continue;
    const words = wordsOf(q.text);
    if (words.split(' ').length < MIN_WORDS) continue;
    said ??= new Map(quotes.filter((r) => r.speakerText && (r.kind === 'direct' || r.kind === 'mixed')).map((r) => [r, ` ${wordsOf(r.text)} `]));
    const sayers = [...said].filter(([r, w]) => r !== q && w.includes(` ${words} `)).map(([r]) => r);
    const who = new Set(sayers.map((r) => r.speaker ?? r.speakerText));
    if (who.size !== 1) continue;
    const r = sayers[0]!;
    q.speaker = r.speaker;
    q.speakerText = r.speakerText;
    q.sourceSpan = r.sourceSpan ?? null;
    q.confidence = Math.min(r.confidence ?? 0.6, 0.6);
  }
}
