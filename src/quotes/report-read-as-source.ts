/**
 * "The ministry said [prices rose].", "Police said [the suspect, a 23-year-old man from Lagos,] was
 * arrested": what a saying cue reports, read by the span tagger as a second source beside the
 * subject before the cue. A correction of the taggers' output, sentence by sentence.
 */
import { CLAUSE_VERB_AFTER, type Tagged } from './reduced-relative.js';

/** True when words [a, b) hold a comma followed by a clause's verb: "the company, a subsidiary of Shell, [had] broken". */
function hasVerbAfterComma(words: readonly string[], a: number, b: number): boolean {
  for (let j = a + 1; j + 1 < b; j++) if (words[j] === ',' && CLAUSE_VERB_AFTER.test(words[j + 1]!)) return true;
  return false;
}

/**
 * "The carmaker said [sales fell].": a short report closing the sentence right after its cue, read
 * by the span tagger as a second source beside the one before the cue. With a source already
 * before the cue and no content, the words after the cue are what was said; a name there
 * (its last word capitalised) stays a source. Rewrites `found` in place; `isSaying` tells a verb
 * of saying from the cue's last word.
 */
export function mendReportReadAsSource(words: readonly string[], raw: readonly string[], end: number, found: Tagged[], isSaying: (w: string) => boolean): void {
  for (const f of found) {
    if (f.contents.length || f.sources.length < 2 || !isSaying(words[f.cue.b - 1]!)) continue;
    // (the subject right before the cue: "[The carmaker] said"; an inverted cue's name after it,
    // "..., said Gong Anku, head of the bureau", is the source it looks like)
    if (!f.sources.some((x) => x.b === f.cue.a) || /^[,"”]$/.test(raw[f.cue.a - 1] ?? '')) continue;
    const short = f.sources.find((x) => x.a === f.cue.b && x.b - x.a >= 2 && x.b - x.a <= 8 && x.b >= end);
    if (short && /^[a-z]/.test(raw[short.b - 1]!) && !raw.slice(short.a, short.b).some((w) => /^[,;:()"“”]$/.test(w))) {
      f.sources = f.sources.filter((x) => x !== short);
      f.contents = [short];
      continue;
    }
    // ("Police said [the suspect, a 23-year-old man from Lagos,] was arrested on Tuesday": the
    // subject with its apposition, then its verb; the whole clause to the sentence's end was said)
    const subject = f.sources.find((x) => x.a === f.cue.b && /^(?:the|a|an|his|her|its|their)$/.test(words[x.a]!));
    if (!subject || !(subject.b < end ? CLAUSE_VERB_AFTER.test(words[subject.b] === ',' ? words[subject.b + 1] ?? '' : words[subject.b]!) : hasVerbAfterComma(words, subject.a, subject.b))) continue;
    if (raw.slice(subject.b, end).some((w) => /^[;:"“”]$/.test(w))) continue;
    f.sources = f.sources.filter((x) => x !== subject);
    f.contents = [{ a: subject.a, b: end }];
  }
}
