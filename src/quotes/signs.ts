/**
 * `some holding signs reading "Rent is not a luxury."`, `a banner that said "No to the mine"`: words
 * on a sign, a banner, a T-shirt or a placard. The sign "says" them, and nobody in the story said
 * them; left to the quotations no cue covers, they would be credited to the speaker of the
 * sentence before or after. Such a quotation gets the sign as its unnamed source.
 */
import type { Cand } from './candidate.js';
import type { QuoteMarks } from './marks.js';

/** The thing with words on it, then the verb that gives them, right before the quotation. */
const SIGN_LEAD = /\b((?:(?:hand-?written|home-?made|giant|large|small|red|white|black|yellow)\s+)?(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|billboards?|graffiti|stickers?|badges?|caps?|hats?|flags?))\s+(?:that\s+|which\s+)?(read(?:ing|s)?|sa(?:ying|id|ys)|proclaim(?:ing|ed|s)?|declar(?:ing|ed|es))\s*:?\s*$/i;

/**
 * Candidates for the quotations set right after a sign's words (`marks` in order), unless a
 * candidate in `cands` already covers them. `sentenceAt` gives a position's sentence index.
 */
export function signCandidates(text: string, marks: readonly QuoteMarks[], cands: readonly Cand[], sentenceAt: (pos: number) => number): Cand[] {
  const out: Cand[] = [];
  for (const m of marks) {
    const from = Math.max(0, m.start - 60);
    const lead = SIGN_LEAD.exec(text.slice(from, m.start));
    if (!lead) continue;
    if (cands.some((c) => c.contents.some((x) => x.start <= m.start && m.end <= x.end))) continue;
    const sourceStart = from + lead.index;
    const cueStart = from + lead.index + lead[0].indexOf(lead[2]!, lead[1]!.length);
    out.push({
      contents: [{ start: m.start, end: m.end }],
      cue: { start: cueStart, end: cueStart + lead[2]!.length },
      source: { start: sourceStart, end: sourceStart + lead[1]!.length },
      sentence: sentenceAt(m.start),
      inherited: false,
      confidence: 0.8,
    });
  }
  return out;
}
