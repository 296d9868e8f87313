/**
 * The hand rules' attributions, for a document without the learned taggers (or when asked for
 * them, QuoteInput.useRules): "according to" phrases, inverted cues (`..., said Hugh Hill`) and
 * sources before a cue, with the content before or after it. A function of its own, apart from
 * extractQuotes: the learned path never runs it, and V8 compiles each separately.
 */
import type { Span, Token } from '../document/types.js';
import { type Cand, type MarkIndex, PREPS, type QuoteInput, TERMINAL } from './candidate.js';
import { accordingTo, cueGroupStart, cueScore, takesNoContent } from './cues.js';
import { sourceAccording, sourceAfter, sourceBefore, tokensIsCap, type TokRange } from './source.js';

const RECIPIENTS = new Set(['reporters', 'journalists', 'him', 'her', 'them', 'us', 'me', 'you', 'lawmakers', 'supporters', 'voters', 'the', 'a', 'an', 'his', 'their', 'its', 'crowd', 'audience', 'members', 'delegates', 'parliament', 'congress']);
const WEAK_MIN = 0.75;

function isOpenMark(t: Token | undefined, marks: MarkIndex): boolean {
  return !!t && (t.text === '“' || ((t.text === '"' || t.text === "'") && marks.opens.has(t.start)));
}
function isCloseMark(t: Token | undefined, marks: MarkIndex): boolean {
  return !!t && (t.text === '”' || ((t.text === '"' || t.text === "'") && marks.closes.has(t.start)));
}

/** Adds the rules' candidates to `cands`; a cue with a source and no content goes to `dangling` (by sentence). */
export function ruleCandidates(input: QuoteInput, marks: MarkIndex, cands: Cand[], dangling: Map<number, Cand>): void {
  const { tokens, sentences } = input;
  const list = marks.list;
  // Inner spans of quotes, to skip cue words said inside a quotation.
  let mi = 0;
  const insideQuote = (pos: number): boolean => {
    while (mi < list.length && list[mi]!.end <= pos) mi++;
    const m = list[mi];
    return !!m && m.start < pos && pos < m.end;
  };

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const lo = s.tokenStart;
    let hi = s.tokenEnd;
    let lastCue = -1;
    for (let v = lo; v < hi; v++) {
      const tok = tokens[v]!;
      const l = tok.text.toLowerCase();
      if (tok.kind !== 'word') continue;
      const acc = l === 'according' ? accordingTo(tokens, v) : -1;
      if (acc >= 0) {
        if (insideQuote(tok.start)) continue;
        const src = sourceAccording(tokens, acc, hi);
        if (!src) continue;
        const cue = { start: tok.start, end: tokens[acc - 1]!.end };
        let content: Span | null = null;
        const afterSrc = tokens[src.b];
        if (v === lo || (v === lo + 1 && isOpenMark(tokens[lo], marks)) || /^(?:but|and|however)$/i.test(tokens[v - 1]?.text ?? '')) {
          if (afterSrc && afterSrc.text === ',') content = spanOf(src.b + 1, hi);
        } else {
          let e = v;
          if (tokens[e - 1]?.text === ',') e--;
          content = spanOf(lo, e);
        }
        if (content && content.end > content.start) {
          cands.push({ contents: [content], cue, source: { start: tokens[src.a]!.start, end: tokens[src.b - 1]!.end }, sentence: si, inherited: false, confidence: 0.9 });
        }
        v = src.b - 1;
        continue;
      }
      const score = cueScore(l);
      if (score <= 0) continue;
      if (insideQuote(tok.start)) continue;
      const cs = cueGroupStart(tokens, v, lo);
      const ce = v + 1;
      const cue = { start: tokens[cs]!.start, end: tok.end };
      const prev = tokens[cs - 1];
      // 1. Inverted: `..., said Hugh Hill` / `“...,” said Hill`
      if (prev && (prev.text === ',' || isCloseMark(prev, marks)) && cs > lo) {
        const next = tokens[ce];
        if (next && next.text.toLowerCase() !== 'that' && (tokensIsCap(next) && !/^(?:the|a|an)$/i.test(next.text) || (isCloseMark(prev, marks) || isCloseMark(tokens[cs - 2], marks)) && /^(?:the|a|an)$/i.test(next.text))) {
          const src = sourceAfter(tokens, ce, hi);
          if (src) {
            const content = backwardContent(cs - 1, lo);
            if (content) {
              const c: Cand = { contents: [content], cue, source: rangeSpan(src), sentence: si, inherited: false, confidence: 0.9 };
              const more = continuation(src.b, hi);
              if (more) c.contents.push(more);
              cands.push(c);
              lastCue = v;
              v = src.b - 1;
              continue;
            }
          }
        }
      }
      // 2. Source before the cue.
      const src = sourceBefore(tokens, lo, cs);
      if (!src) continue;
      if (lastCue >= src.a && lastCue >= lo) continue; // "Mwangi said in a statement": one attribution
      lastCue = v;
      const b4 = tokens[src.a - 1];
      const fwd = takesNoContent(l) ? null : forwardContent(v, ce, hi);
      const strongFwd = fwd && fwd.strong;
      const afterQuote = isCloseMark(b4, marks) || (b4?.text === ',' && isCloseMark(tokens[src.a - 2], marks));
      if (b4 && src.a > lo && (afterQuote || (b4.text === ',' && !strongFwd)) && restIsShort(ce, hi)) {
        const content = backwardContent(src.a - 1, lo);
        if (content) {
          const c: Cand = { contents: [content], cue, source: rangeSpan(src), sentence: si, inherited: false, confidence: 0.9 };
          const more = continuation(ce, hi);
          if (more) c.contents.push(more);
          cands.push(c);
          continue;
        }
      }
      if (fwd && (score >= WEAK_MIN || fwd.strong)) {
        cands.push({ contents: [fwd.span], cue, source: rangeSpan(src), sentence: si, inherited: false, confidence: score >= WEAK_MIN ? 0.85 : 0.6 });
        // a content that runs on as a quote beyond this sentence: skip the sentences it covers
        continue;
      }
      if (!fwd && score >= WEAK_MIN && src.a <= lo + 1) {
        dangling.set(si, { contents: [], cue, source: rangeSpan(src), sentence: si, inherited: false, confidence: 0.8 });
      }
    }
    void hi;
  }

  function spanOf(a: number, b: number): Span | null {
    // trim terminal punctuation that is not inside a quote
    while (b > a && TERMINAL.has(tokens[b - 1]!.text)) b--;
    while (b > a && tokens[b - 1]!.text === ',') b--;
    if (b <= a) return null;
    return { start: tokens[a]!.start, end: tokens[b - 1]!.end };
  }

  function rangeSpan(r: TokRange): Span {
    return { start: tokens[r.a]!.start, end: tokens[r.b - 1]!.end };
  }

  /** Content ending at token `end` (exclusive; a comma or closing mark there is included when it closes a quote). */
  function backwardContent(k: number, lo: number): Span | null {
    // k: index of the comma or closing mark just before the source/cue
    let endTok = k;
    if (tokens[k]!.text === ',' && isCloseMark(tokens[k - 1], marks)) endTok = k - 1;
    const t = tokens[endTok]!;
    if (isCloseMark(t, marks)) {
      const m = marks.closes.get(t.start);
      if (m) return { start: m.start, end: m.end };
    }
    if (tokens[endTok]!.text === ',') endTok--;
    if (endTok < lo) return null;
    // quote without a closing mark before the comma: start at an open mark in the sentence
    return spanOf(lo, endTok + 1);
  }

  /** `“X,” she said, “Y.”`: the second part, when it opens with a quotation mark. */
  function continuation(from: number, hi: number): Span | null {
    let k = from;
    if (tokens[k]?.text === ',' || tokens[k]?.text === ':') k++;
    const t = tokens[k];
    if (!t || !isOpenMark(t, marks)) return null;
    const m = marks.opens.get(t.start);
    if (!m) return null;
    void hi;
    return { start: m.start, end: m.end };
  }

  function restIsShort(ce: number, hi: number): boolean {
    let k = ce;
    const t = tokens[k];
    if (!t) return true;
    if (TERMINAL.has(t.text) || t.text === ',' || isOpenMark(t, marks)) return true;
    // "she said in a statement." / "he told reporters on Monday." -- but not "she said the plan ..."
    if (!PREPS.has(t.text.toLowerCase()) && !/^(?:told|tell|tells)$/i.test(tokens[ce - 1]!.text)) return false;
    let n = 0;
    while (k < hi && !TERMINAL.has(tokens[k]!.text) && tokens[k]!.text !== ',') {
      if (tokens[k]!.text.toLowerCase() === 'that') return false;
      k++;
      n++;
    }
    return n <= 12;
  }

  function forwardContent(v: number, ce: number, hi: number): { span: Span; strong: boolean } | null {
    let k = ce;
    const verb = tokens[v]!.text.toLowerCase();
    if (/^(?:told|tell|tells|telling|asked|ask|asks|urged|warned|assured|reminded)$/.test(verb)) {
      // skip the recipient: "told reporters", "told The Associated Press", "told her"
      let n = 0;
      while (k < hi && n < 6) {
        const t = tokens[k]!;
        const l = t.text.toLowerCase();
        if (l === 'that' || t.kind === 'punct') break;
        if (tokensIsCap(t) || RECIPIENTS.has(l) || (n > 0 && /^[a-z]+s$/.test(l) && RECIPIENTS.has(tokens[k - 1]!.text.toLowerCase()))) {
          k++;
          n++;
        } else break;
      }
    }
    // adverbials before the content: "said in a statement on Monday that ..."
    const t0 = tokens[k];
    if (t0 && PREPS.has(t0.text.toLowerCase())) {
      let j = k;
      let found = -1;
      while (j < hi && j - k < 14) {
        const t = tokens[j]!;
        if (t.text.toLowerCase() === 'that' || t.text === ':' || isOpenMark(t, marks)) {
          found = j;
          break;
        }
        if (t.text === ',') {
          found = j + 1;
          break;
        }
        if (TERMINAL.has(t.text)) return null;
        j++;
      }
      if (found < 0) return null;
      k = found;
    }
    while (k < hi && (tokens[k]!.text === ':' || tokens[k]!.text === ',')) k++;
    if (k >= hi) return null;
    const first = tokens[k]!;
    const strong = first.text.toLowerCase() === 'that' || isOpenMark(first, marks) || tokens[k - 1]?.text === ':';
    if (TERMINAL.has(first.text)) return null;
    if (isOpenMark(first, marks)) {
      const m = marks.opens.get(first.start);
      if (m) {
        const sEnd = tokens[hi - 1]!.end;
        if (m.end >= sEnd - 1 || !m.closed) return { span: { start: m.start, end: m.end }, strong: true };
      }
    }
    const sp = spanOf(k, hi);
    if (!sp) return null;
    // a closing mark right after the terminal punctuation belongs to the content
    let end = sp.end;
    const last = tokens[hi - 1]!;
    if (isCloseMark(last, marks) && last.end > end) end = last.end;
    if (hi - k < 2) return null;
    return { span: { start: sp.start, end }, strong };
  }
}
