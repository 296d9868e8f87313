import type { Entity, Quote, QuoteKind, Sentence, Span, TextSpan, Timex, Token } from '../document/types.js';
import { sentenceIndexAt } from '../text/index.js';
import { findChannel, findChannelSpan } from './channel.js';
import { endBeforeCoordination, isAmountOnly, isAnonymityReason, isAuthoredWork, isBareAppearance, isUnansweredQuestion, isChannelRemnant, isNegatedTopic, isNoComment, isParticipleApposition, isPassiveSubject, isPerformativeAct, isPronounOnly, isQuestionObject, isQuestionTopic, isReducedRelative, isBareAddressee, isPassiveQuestion, isRememberedThing, isProductRecall, isRefusedCommentTopic, isSharedMedia, isSubjectOfCue } from './content.js';
import { dropCueAdjuncts } from './adjunct.js';
import { accordingTo, attachesPreposition, CUE_PREPOSITIONS, cueGroupStart, cueScore, isSpeechVerb, isStrongSpeechVerb, takesNoContent } from './cues.js';
import { findQuoteMarks, type QuoteMarks } from './marks.js';
import { findParentheticals } from './parenthetical.js';
import { findFindings } from './findings.js';
import { headlineAttribution, isRubric, transcriptTurns, type LabelAttribution } from './labels.js';
import { inCueClause, isTimeWord, sourceAccording, sourceAfter, sourceBefore, tokensIsCap, type TokRange } from './source.js';
import { antecedentPhrase, indexEntities, resolveSpeaker, sourceHead } from './speaker.js';
import { lemmaOf, prepDocument } from './features.js';
import { defaultTaggers, type QuoteTaggers } from './tagger.js';
import { turnBroken } from './turn.js';
import { carriesUnnamed, namesBetween } from './unnamed.js';

export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Span[];
  entities: readonly Entity[];
  times: readonly Timex[];
  /** Use the hand rules even when the learned taggers are present (for comparison). */
  useRules?: boolean;
}

/** An attribution before speaker resolution. */
interface Cand {
  contents: Span[];
  cue: Span | null;
  source: Span | null;
  sentence: number;
  inherited: boolean;
  confidence: number;
}

const TERMINAL = new Set(['.', '!', '?']);
/** A negative subject right before the cue: "neither side has", "no one has", "nobody". */
const NEGATIVE_SUBJECT = /(?:^|[\s,])(?:neither(?:\s+\S+){1,2}|no\s+one|nobody|none(?:\s+of\s+(?:them|the\s+\S+))?|no\s+\S+)\s+(?:(?:has|have|had|did|would|could|will)\s+)?$/i;
const RECIPIENTS = new Set(['reporters', 'journalists', 'him', 'her', 'them', 'us', 'me', 'you', 'lawmakers', 'supporters', 'voters', 'the', 'a', 'an', 'his', 'their', 'its', 'crowd', 'audience', 'members', 'delegates', 'parliament', 'congress']);
const PREPS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'to', 'via', 'through', 'from', 'late', 'early', 'today', 'yesterday', 'tonight', 'again', 'repeatedly', 'also', 'later', 'previously', 'recently', 'publicly', 'privately', 'separately', 'when', 'while', 'as', 'over', 'with', 'of', 'about', 'for']);
const WEAK_MIN = 0.75;

function isOpenMark(t: Token | undefined, marks: MarkIndex): boolean {
  return !!t && (t.text === '“' || ((t.text === '"' || t.text === "'") && marks.opens.has(t.start)));
}
function isCloseMark(t: Token | undefined, marks: MarkIndex): boolean {
  return !!t && (t.text === '”' || ((t.text === '"' || t.text === "'") && marks.closes.has(t.start)));
}

interface MarkIndex {
  list: QuoteMarks[];
  opens: Map<number, QuoteMarks>;
  closes: Map<number, QuoteMarks>;
}

/** Extracts quotes and their attribution. Linear in the text: one pass over tokens per sentence. */
export function extractQuotes(input: QuoteInput): Quote[] {
  const { text, tokens, sentences, paragraphs } = input;
  const list = findQuoteMarks(text, paragraphs);
  const marks: MarkIndex = { list, opens: new Map(), closes: new Map() };
  for (const m of list) {
    marks.opens.set(m.start, m);
    if (m.closed) marks.closes.set(m.end - 1, m);
  }
  // Inner spans of quotes, to skip cue words said inside a quotation.
  let mi = 0;
  const insideQuote = (pos: number): boolean => {
    while (mi < list.length && list[mi]!.end <= pos) mi++;
    const m = list[mi];
    return !!m && m.start < pos && pos < m.end;
  };

  const cands: Cand[] = [];
  const dangling = new Map<number, Cand>(); // sentence index -> attribution with no content

  const taggers = input.useRules ? null : defaultTaggers();
  if (taggers) learnedCandidates(input, taggers, list, cands, dangling);
  else for (let si = 0; si < sentences.length; si++) {
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

  // Layout attributions: transcript turns ("WALLACE: ...") and a `Name: claim` headline. They
  // replace any tagged attribution whose cue or source falls on the label.
  const labels = labelAttributions(input);
  if (labels.length) {
    const onLabel = (x: Span | null) => !!x && labels.some((l) => x.start < l.cue.end && l.source.start < x.end);
    for (let k = cands.length - 1; k >= 0; k--) {
      const c = cands[k]!;
      if (onLabel(c.cue) || onLabel(c.source) || c.contents.some((x) => labels.some((l) => x.start <= l.cue.start && l.cue.end <= x.end))) cands.splice(k, 1);
    }
    for (const l of labels) cands.push({ contents: [l.content], cue: l.cue, source: l.source, sentence: sentenceIndexAt(sentences, l.content.start), inherited: false, confidence: 0.8 });
  }
  const turns = labels.filter((l) => l.kind === 'turn');
  const inTurn = (pos: number) => turns.some((l) => pos >= l.paragraph.start && pos < l.paragraph.end);

  // Direct quotes no attribution covered: next-sentence attribution, continuing turns, or none.
  // a candidate whose every piece went to a later cue of its source (dropContentsOfLaterCues) has nothing left to say
  removeEmpty(cands);
  cands.sort((a, b) => a.contents[0]!.start - b.contents[0]!.start);
  // One sweep: contents sorted by start, with the furthest end seen so far.
  const spans = cands.flatMap((c) => c.contents).sort((a, b) => a.start - b.start);
  let sj = 0;
  let reach = -1;
  const covered = (m: QuoteMarks): boolean => {
    while (sj < spans.length && spans[sj]!.start <= m.start) reach = Math.max(reach, spans[sj++]!.end);
    return reach >= m.end - 1;
  };
  const extra: Cand[] = [];
  const bySentence = new Map<number, Cand[]>();
  for (const c of cands) {
    const l = bySentence.get(c.sentence);
    if (l) l.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const sentIdxAt = (pos: number) => sentenceIndexAt(sentences, pos);
  for (const m of list) {
    if (covered(m)) continue;
    // a quotation inside a transcript turn is that speaker's already
    if (turns.length && inTurn(m.start)) continue;
    // `“X,” she said, clapping. “Y.”`: a quotation opening the sentence after a backward
    // attribution continues that attribution's content
    const s0 = sentIdxAt(m.start);
    if (s0 > 0 && sentences[s0]!.start === m.start && sentences[s0 - 1]!.paragraph === sentences[s0]!.paragraph) {
      const prev = bySentence.get(s0 - 1)?.find((c) => c.cue && c.contents.length && c.contents[c.contents.length - 1]!.end <= c.cue.start);
      if (prev) {
        prev.contents.push({ start: m.start, end: m.end });
        continue;
      }
    }
    const inner = text.slice(m.innerStart, m.innerEnd);
    const words = inner.split(/\s+/).filter(Boolean).length;
    if (words < 4) continue; // scare quotes and short partial quotes belong to a larger statement
    const si = sentIdxAt(m.end - 1);
    // the attribution in the next sentence: `“...” Núñez, the union leader, was speaking outside ...`
    const d = si >= 0 ? dangling.get(si + 1) ?? dangling.get(si) : undefined;
    if (d && d.source && d.source.start >= m.end - 1) {
      const c: Cand = { ...d, contents: [{ start: m.start, end: m.end }], confidence: 0.75 };
      extra.push(c);
      // (so that a quotation opening the sentence after it continues it: `“X?” Clinton said. “Y.”`)
      const l = bySentence.get(c.sentence);
      if (l) l.push(c);
      else bySentence.set(c.sentence, [c]);
      continue;
    }
    // an epigraph-style credit: “...” ― Pamela Padilla (the name alone up to the line's end)
    const credit = m.closed ? CREDIT.exec(text.slice(m.end, m.end + 80)) : null;
    if (credit) {
      const dash = m.end + credit[0].indexOf(credit[1]!);
      const name = m.end + credit[0].length - credit[3]!.length - credit[2]!.length;
      extra.push({ contents: [{ start: m.start, end: m.end }], cue: { start: dash, end: dash + 1 }, source: { start: name, end: name + credit[2]!.length }, sentence: si, inherited: false, confidence: 0.8 });
      continue;
    }
    // a lead-in ending right before the quotation: `Zero Hedge asked, “...”`, `Said Ellis: “...”`,
    // `Caddell continued:` closing the paragraph before
    const lead = leadIn(text, m.start, paragraphs);
    if (lead) {
      extra.push({ contents: [{ start: m.start, end: m.end }], cue: lead.cue, source: lead.source, sentence: si, inherited: false, confidence: 0.75 });
      continue;
    }
    // a quotation after a colon closing a clause with a speech verb is that clause's subject's,
    // never the previous turn's: unattributed when the subject could not be read (nor is one a
    // clause with another subject introduces)
    if (introducedByColonClause(tokens, sentences, list, m)) {
      extra.push({ contents: [{ start: m.start, end: m.end }], cue: null, source: null, sentence: si, inherited: false, confidence: 0.3 });
      continue;
    }
    extra.push({ contents: [{ start: m.start, end: m.end }], cue: null, source: null, sentence: si, inherited: true, confidence: 0.5 });
  }
  const all = [...cands, ...extra].sort((a, b) => a.contents[0]!.start - b.contents[0]!.start);
  return finish(all, input, marks, sentIdxAt);
}

/**
 * Candidates from the learned taggers: per sentence, each predicted cue with its source (the
 * source piece nearest the cue) and content pieces. A content piece that runs into a quotation
 * going on past the sentence extends to the quotation's end. A cue with a source and no content
 * may attribute a quote in the previous sentence (`dangling`).
 */
function learnedCandidates(input: QuoteInput, taggers: QuoteTaggers, marks: readonly QuoteMarks[], cands: Cand[], dangling: Map<number, Cand>): void {
  const { text, tokens, sentences, entities } = input;
  const dp = prepDocument(tokens, marks, entities);
  const lw = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  let mi = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (s.tokenEnd <= s.tokenStart) continue;
    const lo = s.tokenStart;
    const { found, prep } = taggers.sentence(tokens, s, dp);
    // "were expected to arrive", "is set to", "were ordered to leave": no attribution
    const isBeParticipleTo = (ca: number, cb: number) => BE.has(lw(ca)) && cb - ca >= 2 && lw(cb) === 'to';
    const here: Cand[] = [];
    for (const f of found) {
      const ca = lo + f.cue.a;
      const cb = lo + f.cue.b;
      // not attributions: "were expected to arrive", "is set to", "asked not to be named"
      if (isBeParticipleTo(ca, cb)) continue;
      if (lw(cb - 1) === 'asked' && ANONYMITY.test(text.slice(tokens[cb - 1]!.end, tokens[cb - 1]!.end + 40))) continue;
      const cue = { start: tokens[ca]!.start, end: tokens[cb - 1]!.end };
      // "said in a statement [on] Monday": a preposition that opens a time is the time's, not the cue's
      if (cb - ca > 1 && /^(?:on|in|at)$/.test(lw(cb - 1)) && cb < s.tokenEnd && TIME_OPENER.test(tokens[cb]!.text)) cue.end = tokens[cb - 2]!.end;
      // a lone adverb the tagger took for the cue takes the verb after it: "He repeatedly linked X
      // to Y" (hedges such as "reportedly" are cues by themselves)
      const verbAt = cb - ca === 1 && cb < s.tokenEnd && /^[a-z]{3,}ly$/.test(tokens[ca]!.text) && !LY_NOUNS.test(` ${tokens[ca]!.text}`) && !HEDGE_ADVERB.test(tokens[ca]!.text) && /^[a-z]+$/.test(tokens[cb]!.text) && !DETS.has(lw(cb)) && !f.sources.some((x) => lo + x.a <= cb && cb < lo + x.b) ? cb : -1;
      if (verbAt >= 0) cue.end = tokens[verbAt]!.end;
      const ce = verbAt >= 0 ? cb + 1 : cb;
      // a preposition the training set puts in the cue after this word: "warned against", "asked about"
      const attachAt = ce < s.tokenEnd && CUE_PREPOSITIONS.has(lw(ce)) && attachesPreposition(lemmaOf(lw(ce - 1)), lw(ce)) && !f.sources.some((x) => lo + x.a <= ce && ce < lo + x.b) && !(ce + 1 < s.tokenEnd && TIME_OPENER.test(tokens[ce + 1]!.text)) ? ce : -1;
      if (attachAt >= 0) cue.end = tokens[attachAt]!.end;
      let source: Span | null = null;
      let bestD = Infinity;
      // "A regular customer, Ewan Pryce, who has bought a loaf every day since [2013], says": a
      // piece ending in ", who" before the cue opens a relative clause, and the pieces inside
      // that clause are no source; the piece with the relative pronoun is
      const opener = f.sources.find((x) => x.b <= f.cue.a && x.b - x.a >= 3 && RELATIVE_WORDS.has(lw(lo + x.b - 1)) && tokens[lo + x.b - 2]!.text === ',');
      for (const x of f.sources) {
        if (opener && x !== opener && x.a >= opener.b && x.b <= f.cue.a) continue;
        const d = x.b <= f.cue.a ? f.cue.a - x.b : x.a - f.cue.b;
        if (d < bestD) {
          bestD = d;
          let b = lo + x.b;
          // a sentence's final stop is never part of the source: "... ― Carla Sanchez."
          while (b - 1 > lo + x.a && TERMINAL.has(tokens[b - 1]!.text)) b--;
          // "A senior official, who asked not to be named, said": the source is the official
          if (b - 2 > lo + x.a && RELATIVE_WORDS.has(lw(b - 1)) && tokens[b - 2]!.text === ',' && x.b <= f.cue.a) b -= 2;
          source = { start: tokens[lo + x.a]!.start, end: tokens[b - 1]!.end };
        }
      }
      // "A neighbour who asked not to be named said": the tail of the anonymity clause is no
      // source; the noun phrase the clause hangs on is
      if (source && source.end <= cue.start) source = beforeAnonymityClause(text, source, s.start) ?? source;
      const cueText = text.slice(cue.start, cue.end);
      // "The outbreak, first confirmed on Jan. 20, killed ...": a participle describing the
      // subject; "because no new cases appeared": coming about, not seeming
      if (isParticipleApposition(text.slice(s.start, cue.start), cueText, text.slice(cue.end, s.end))) continue;
      if (isBareAppearance(cueText, text.slice(cue.end, s.end))) continue;
      // "review 3,000 ballots declared invalid": a participle with its complement after a noun
      if (isVerdictParticiple(text.slice(s.start, cue.start), cueText, text.slice(cue.end, s.end))) continue;
      // "pleaded guilty", "declared a state of emergency", "signed an agreement": acts, not statements
      if (isPerformativeAct(cueText, text.slice(cue.end, s.end))) continue;
      const contents: Span[] = [];
      let refusal = false;
      let subject: Span | null = null;
      // content after the cue, figures aside ("had expected [45 cents]" has none)
      const contentAfterCue = f.contents.some((y) => y.a >= f.cue.b && !isAmountOnly(text.slice(tokens[lo + y.a]!.start, tokens[lo + y.b - 1]!.end)));
      for (const x of f.contents) {
        let a = lo + x.a;
        while (a === verbAt || a === attachAt) a++;
        if (a >= lo + x.b) continue;
        // a cue inside another attribution's content takes none of that attribution's source:
        // "[She] said the company expected ..."
        if (found.some((g) => g !== f && g.contents.some((y) => y.a <= f.cue.a && f.cue.b <= y.b) && g.sources.some((y) => y.a <= x.a && x.b <= y.b))) continue;
        const piece = text.slice(tokens[a]!.start, tokens[lo + x.b - 1]!.end);
        // a figure alone says nothing: "had expected [45 cents]"
        if (isAmountOnly(piece)) continue;
        // the subject right before the cue is who holds the view, not what it is: "the [company] expected"
        const gap = text.slice(tokens[lo + x.b - 1]!.end, cue.start);
        // nor is the subject of a passive what was said: "as [the vote was] read"
        if (x.b === f.cue.a && /^\s*$/.test(gap) && isPassiveSubject(piece, cueText)) continue;
        if (x.b <= f.cue.a && isSubjectOfCue(piece, gap, cueText, text.slice(s.start, tokens[a]!.start), contentAfterCue)) {
          // (with its modifier: "Economists polled by Reuters")
          if (x.b === f.cue.a || isReducedRelative(gap)) subject = { start: tokens[a]!.start, end: tokens[lo + x.b - 1]!.end + gap.trimEnd().length };
          continue;
        }
        // "did not mention [the market]": what someone did not talk about
        // (the negation may be the subject's: "neither side has confirmed [a time]")
        if (x.a >= f.cue.b && isNegatedTopic(NEGATIVE_SUBJECT.test(text.slice(s.start, cue.start)) ? `not ${cueText.replace(/^(?:(?:has|have|had|did|does|do|will|would|could)\s+)+/i, '')}` : cueText, piece)) {
          refusal = true;
          continue;
        }
        // a content never starts inside a noun phrase ("said in a statement issued ...")
        if (x.a > f.cue.b && DETS.has(lw(a - 1))) continue;
        // what a question was about, not what its answer said: "Asked about [the dispute], Voss said ..."
        if (x.b <= f.cue.a && isQuestionObject(text.slice(s.start, tokens[a]!.start))) continue;
        // what a quotation was said of is its topic, not more of it: `“X,” he said of the plan.`
        if (x.a === f.cue.b + 1 && (lw(a - 1) === 'of' || lw(a - 1) === 'about') && f.contents.some((y) => y.b <= f.cue.a)) continue;
        const sp = { start: tokens[a]!.start, end: tokens[lo + x.b - 1]!.end };
        if (ANONYMITY.test(text.slice(sp.start, sp.end)) && sp.end - sp.start < 40) continue;
        // nor is why the source goes unnamed: "who asked not to be named because [the talks are confidential]"
        if (isAnonymityReason(text.slice(s.start, sp.start))) continue;
        // "declined [to comment]", "did not respond to [requests for comment]": no statement at all
        if (isNoComment(text.slice(sp.start, sp.end)) || (x.a >= f.cue.b && (isUnansweredQuestion(cueText, text.slice(sp.start, sp.end)) || isRefusedCommentTopic(text.slice(s.start, cue.end))))) {
          refusal = true;
          continue;
        }
        // `“...,” she says, [laughing].`: a lone participle after a comma is how it was said
        if (x.a >= f.cue.b && /^(?:[a-z]+ly\s+)?[a-z]{3,}ing$/.test(piece) && /,\s*$/.test(text.slice(s.start, sp.start)) && /^\s*[.!?;]/.test(text.slice(sp.end, s.end) || '.')) continue;
        // "shared [a photo of ...]": a picture is shown, not said; "recalling [12,000 bikes]" calls goods back
        if (x.a >= f.cue.b && (isSharedMedia(cueText, text.slice(sp.start, sp.end)) || isProductRecall(cueText, text.slice(sp.start, sp.end)))) continue;
        // "warned [the public gallery after an outburst]": whom it was said to, with nothing said
        if (x.a >= f.cue.b && isBareAddressee(cueText, text.slice(sp.start, sp.end))) continue;
        // "remembers [the day she stopped]", "tells [a different story]": remembered, not said
        if (x.a >= f.cue.b && isRememberedThing(cueText, text.slice(sp.start, sp.end))) continue;
        // what is left of a channel phrase after the cue: "wrote in a post on [X on] Thursday"
        if (x.a >= f.cue.b && inChannelPhrase(text, cue, s, sp)) continue;
        // a dateline before the first sentence's content: "KISUMU, Kenya, March 5 (Wire) — A cholera ..."
        const dl = DATELINE.exec(text.slice(sp.start, Math.min(sp.end, sp.start + 120)));
        if (dl && dl[0].length < sp.end - sp.start) sp.start += dl[0].length;
        // a quotation that began in an earlier sentence: “A. B,” said C.
        if (x.a === 0 && (dp.qstate[a] === 1 || dp.qstate[a] === 2)) {
          // (not back to a mark that never closed in an earlier paragraph: a stray mark, or a
          // block of excerpts each opening with an unmatched mark, is no quotation to extend to)
          const m = markAt(marks, sp.start);
          if (m && m.start < s.start && (m.closed || !/\n\s*\n/.test(text.slice(m.start, sp.start)))) sp.start = m.start;
        }
        // a quotation that goes on past the sentence
        const lastQ = dp.qstate[lo + x.b - 1]!;
        if (x.b === s.tokenEnd - lo || (x.b === s.tokenEnd - lo - 1 && TERMINAL.has(tokens[s.tokenEnd - 1]!.text))) {
          if (lastQ === 1 || lastQ === 2 || dp.qstate[s.tokenEnd - 1] === 1) {
            while (mi > 0 && marks[mi - 1]!.end > sp.start) mi--;
            while (mi < marks.length && marks[mi]!.end <= sp.end) mi++;
            const m = marks[mi];
            if (m && m.start <= sp.end && m.end > s.end) sp.end = m.end;
          }
        }
        // a piece the tagger ended inside a quotation it opened, short of the closing mark: `“X,” Y said`
        const q = markAt(marks, sp.start);
        if (q && q.start === sp.start && sp.end < q.end && /^[\s\p{P}]*$/u.test(text.slice(sp.end, q.end))) sp.end = q.end;
        // "has agreed [to vote in favour], according to a filing": a trailing "according to" is
        // another attribution of the sentence, not more of this content
        if (sp.start >= cue.end && !/^[“"‘']/.test(text.slice(sp.start, sp.start + 1))) {
          const k = text.slice(sp.start, sp.end).search(/,\s+according\s+to\s/i);
          if (k > 0) sp.end = sp.start + k;
        }
        contents.push(sp);
      }
      const onlyAfterCue = contents.length > 0 && contents.every((c) => c.start >= cue.end);
      const otherCues = found.filter((g) => g !== f).map((g) => tokens[lo + g.cue.a]!.start);
      dropCueAdjuncts(text, cue, contents, onlyAfterCue ? clauseBeforeSource(text, s, source, cue, otherCues) : null);
      // a headline's clauses are separate: "Polls close in tight election; [exit poll shows ...]"
      if (isHeadline(text, input.paragraphs, s)) for (let k = 0; k < contents.length; k++) contents[k] = inCueClause(text, contents[k]!, contents[k]!.end <= cue.start);
      // a refusal to comment is no attribution, and attributes no quotation nearby either
      if (refusal && !contents.length) continue;
      // pronouns alone are who or what is spoken of, never what is said: "put [it]"
      if (contents.length && contents.every((c) => isPronounOnly(text.slice(c.start, c.end)))) continue;
      // `“...,” said Priya Shah of the charity X, which ...`: a name after an inverted cue is its source
      const after = nameAfterInvertedCue(text, cue, contents);
      if (after) {
        contents.splice(contents.indexOf(after), 1);
        source ??= sourceHeadPhrase(text, after);
        // `“...,” commented X, editor of Y.`: what follows the speaker's name describes the speaker
        for (let k = contents.length - 1; k >= 0; k--) {
          const c = contents[k]!;
          if (c.start > after.end && /^\s*,\s*$/.test(text.slice(after.end, c.start)) && !/[“"‘]/.test(text.slice(c.start, c.start + 1))) contents.splice(k, 1);
        }
      }
      // "the company expected sales to ...": the subject the tagger gave as content is the source
      // (a source the tagger found inside that subject, "polled by [Reuters]", is only part of it)
      if (subject && contents.length && (!source || (subject.start <= source.start && source.end <= subject.end))) source = withDeterminer(text, subject);
      // "who wrote the bill": authoring a work is not saying anything (and any other piece the
      // tagger gave this cue belongs to the next one)
      if (contents.some((c) => c.start >= cue.end && /^\s*$/.test(text.slice(cue.end, c.start)) && isAuthoredWork(text.slice(cue.start, cue.end), text.slice(c.start, c.end)))) continue;
      // "Asked what comes next, [Quillon shrugs].": the clause after the question's comma is the
      // sentence's own, not an answer the question attributes
      if (!source && contents.length === 2 && contents[0]!.start >= cue.end && /^\s*,\s*$/.test(text.slice(contents[0]!.end, contents[1]!.start)) && isQuestionTopic(text.slice(cue.start, cue.end), text.slice(s.start, cue.start), text.slice(contents[0]!.end, s.end))) contents.pop();
      // "Asked about the timing, she ...": the topic of a question nobody named asked
      if (!source && contents.length === 1 && contents[0]!.start >= cue.end && isQuestionTopic(text.slice(cue.start, cue.end), text.slice(s.start, cue.start), text.slice(contents[0]!.end, s.end))) continue;
      // a dash credits the quotation before it (`“...” ― Name`), never the one after
      if (cb - ca === 1 && /^[―—–]$/.test(tokens[ca]!.text) && contents.some((c) => c.start >= cue.end)) continue;
      // "The union, which represents ..., said the stoppage ...": a piece before ", <cue>" with
      // content after the cue and no source is the source
      if (!source && contents.length > 1 && contents[contents.length - 1]!.start >= cue.end) {
        const k = contents.findIndex((c) => c.end <= cue.start && /^\s*,\s*$/.test(text.slice(c.end, cue.start)));
        if (k >= 0) source = contents.splice(k, 1)[0]!;
      }
      // "Hundreds were killed, said [the sources].": the tagger may take the statement before an
      // inverted cue for the source and the source after it for content
      const swapped = source && statementBeforeInvertedCue(text, cue, source, contents, s);
      if (swapped) {
        contents.splice(0, contents.length, source!);
        source = swapped;
      }
      // "The minister resigned, a colleague was quoted as saying.": the clause before the comma is
      // what was said and the phrase after it who said it
      const quotedAs = quotedAsSayingAfter(text, cue, s);
      if (quotedAs) {
        cue.end = quotedAs.cueEnd;
        source = quotedAs.source;
        contents.splice(0, contents.length, quotedAs.content);
      }
      // "was testifying in [the trial of Gareth Penrose]": the object of a preposition after the
      // cue is where or about what something was said, never who said it
      if (source && source.start >= cue.end && /^\s+(?:in|at|on|during|into|of|before|after|over|under|against|inside|outside|near|throughout)\s+$/i.test(text.slice(cue.end, source.start))) source = null;
      if (source) {
        // "health authorities in neighbouring [Uganda] said": the tagger may keep only the place;
        // the people it locates are the source
        const located = PEOPLE_IN_PLACE.exec(text.slice(Math.max(s.start, source.start - 60), source.start));
        if (located && /^\p{Lu}/u.test(text.slice(source.start, source.end)) && source.end <= cue.start) source = { start: source.start - located[0].length, end: source.end };
        const dl = DATELINE.exec(text.slice(source.start, Math.min(source.end, source.start + 120))) ?? DATELINE_DATE.exec(text.slice(source.start, Math.min(source.end, source.start + 40)));
        if (dl && dl[0].length < source.end - source.start) source = { start: source.start + dl[0].length, end: source.end };
        // the object of a leading adverbial is no source: "In an interview with [Wire, Mensah, 29,]"
        const before = text.slice(Math.max(0, source.start - 6), source.start);
        const comma = text.indexOf(', ', source.start);
        if (!(source.start >= cue.end && source.start - cue.end <= 2) && /\b(?:with|to|from|by|for)\s+$/i.test(before) && comma > 0 && comma + 2 < source.end) source = { start: comma + 2, end: source.end };
        // a leading adverbial is no part of the source: "In an interview with Wire, Mensah, 29,"
        const adv = LEADING_ADVERBIAL.exec(text.slice(source.start, source.end));
        if (adv && adv[0].length < source.end - source.start) source = { start: source.start + adv[0].length, end: source.end };
        source = trimSourceEdges(text, source, source.end <= cue.start);
        // a source never holds another cue: in "A spokesman said [the case] showed that ...", the
        // words up to "said" are the outer attribution's
        for (const g of found) {
          const gb = lo + g.cue.b;
          if (g === f || gb >= s.tokenEnd || tokens[lo + g.cue.a]!.start < source.start || tokens[gb - 1]!.end > source.end) continue;
          // (an aside is part of the source: "Caddell, speaking of the plan,")
          // (and only a verb of saying opens a clause there: "Bernie Sanders offered some advice")
          if (/ing$/.test(lw(lo + g.cue.a)) || lw(lo + g.cue.a - 1) === ',' || !isStrongSpeechVerb(lw(gb - 1))) continue;
          const from = lw(gb) === 'that' ? gb + 1 : gb;
          if (tokens[from] && tokens[from]!.start < source.end) source = { start: tokens[from]!.start, end: source.end };
        }
        // "..., whose office said": the relative clause reports nothing of the main clause before it
        if (source.end <= cue.start && /^(?:who|whose|which)\b/i.test(text.slice(source.start, source.end))) {
          for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.end <= source.start) contents.splice(k, 1);
        }
        // an auxiliary alone is no source ("had refused to ...")
        if (/^(?:had|has|have|was|were|is|are|be|been|did|does|do|would|could|should|will|can|may|might|must)$/i.test(text.slice(source.start, source.end))) source = null;
        // nor is an adverb alone right before the cue: it belongs to the cue ("..., forcefully told")
        // (after the cue it is no source either: `Trump said, adding later, “...”`)
        else if (source.start >= cue.end && LONE_ADVERB.test(text.slice(source.start, source.end)) && !LY_NOUNS.test(` ${text.slice(source.start, source.end)}`)) source = null;
        else if (source.end <= cue.start && LONE_ADVERB.test(text.slice(source.start, source.end)) && !LY_NOUNS.test(` ${text.slice(source.start, source.end)}`) && /^\s*$/.test(text.slice(source.end, cue.start))) {
          if (/ly$/.test(text.slice(source.start, source.end)) || /^(?:together|almost)$/.test(text.slice(source.start, source.end))) cue.start = source.start;
          source = null;
        }
      }
      // auxiliaries and adverbs right before the cue belong to it, as PolNeAR marks them ("has
      // also said", "would have described", "often says"; on train "has" is in the cue 727 times
      // of 734, "also" 281 of 302, "often" 21 of 21); lowercase only ("Will wrote" is a name), not
      // before a noun cue ("even a passing promise") and never out of the source
      if (!DETS.has(lw(ca)) && lw(ca) !== 'reportedly') {
        for (let k = ca; k > lo; k--) {
          const t = tokens[k - 1]!;
          // a contraction after a pronoun, too: "It’s denouncing", "who’s called for", "I've suggested"
          const contracted = CONTRACTION.test(t.text) && k - 2 >= lo && tokens[k - 2]!.end === t.start && CONTRACTED_PRONOUN.test(tokens[k - 2]!.text);
          if (!(contracted || CUE_LEFT.has(t.text) || (/^[a-z]{3,}ly$/.test(t.text) && !LY_NOUNS.test(` ${t.text}`))) || !/^ +$/.test(text.slice(t.end, cue.start))) break;
          if (source && source.start < t.end && t.start < source.end) break;
          cue.start = t.start;
          if (contracted) break;
        }
      }
      // the subject of a passive is what was said about, not who said it: "He has been harshly
      // criticized for ...", "Mr. Quiros was accused of ..." (PolNeAR train: 77 of 530 passive cues
      // have a source before them, mostly states such as "are concerned"; those keep it)
      if (source && source.end <= cue.start) {
        const pv = PASSIVE_CUE.exec(text.slice(cue.start, cue.end));
        // ("X is reported to have called": X did the calling, and is the source as PolNeAR marks it)
        if (pv && !STATE_PARTICIPLES.has(pv[1]!) && !/^\s+to\b/.test(text.slice(cue.end, cue.end + 4))) source = null;
      }
      // "according to" names its source after it: "X rose, according to the ministry, ..." (the
      // words before are content, never the source)
      if (cb - ca === 2 && lw(ca) === 'according' && lw(ca + 1) === 'to' && (!source || source.end <= cue.start)) {
        const r = sourceAccording(tokens, cb, s.tokenEnd);
        if (r) {
          const after = { start: tokens[r.a]!.start, end: tokens[r.b - 1]!.end };
          if (source && !contents.some((c) => c.end <= cue.start)) contents.unshift(source);
          for (let k = contents.length - 1; k >= 0; k--) {
            const c = contents[k]!;
            if (!(c.start < after.end && after.start < c.end)) continue;
            // "According to police, officers saw ...": what follows the source stays content
            const skip = /^\s*,?\s*/.exec(text.slice(after.end, c.end))![0].length;
            if (c.end > after.end + skip) contents[k] = { start: after.end + skip, end: c.end };
            else contents.splice(k, 1);
          }
          source = after;
        }
      }
      // "X could matter, according to Dr. Oduya, [an entomologist at ...]": with the statement
      // before the cue, a noun phrase or relative clause after the source and its comma describes
      // the source ("..., according to the CBO, [and the top 10 percent paid ...]" goes on with
      // the statement, and stays)
      if (source && source.start >= cue.end && /^according\s+to$/i.test(text.slice(cue.start, cue.end)) && contents.some((c) => c.end <= cue.start)) {
        for (let k = contents.length - 1; k >= 0; k--) {
          const c = contents[k]!;
          if (c.start >= source.end && /^\s*,\s*$/.test(text.slice(source.end, c.start)) && isSourceApposition(text.slice(c.start, c.end))) contents.splice(k, 1);
        }
      }
      // a rubric before a colon names no one: "WARNING: Video contains graphic images."
      if (source && text.slice(cue.start, cue.end) === ':' && isRubric(text.slice(source.start, source.end))) continue;
      // nor is a passive question ("Ashby was asked about the saga"): the one asked has said nothing yet
      if (!source && isPassiveQuestion(text.slice(cue.start, cue.end))) continue;
      // a passive report with no source ("The first cases were reported on Feb. 24") is no attribution
      if (!source && BE.has(lw(ca)) && contents.every((c) => c.end <= cue.start)) continue;
      // coordination: "The ministry said ... and urged ...": the second cue shares the source
      if (!source) {
        const prev = here.find((c) => c.source && c.cue && c.cue.end <= cue.start && /,? (?:and|but) (?:\S+ ){0,2}$/.test(text.slice(c.cue.end, cue.start)));
        if (prev) {
          source = prev.source;
          // "X said A, but added B": B only; what comes before belongs to the first cue
          for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.end <= cue.start && contents.length > 1) contents.splice(k, 1);
        }
      }
      // an inverted speech verb with no source takes the name after it: `“...,” said Council
      // President Ana Ruiz, adding ...` / `Said Ellis: “...”`
      if (!source && cb - ca === 1 && isSpeechVerb(lw(ca))) source = nameAfter(text, cue.end);
      // a participle after a comma ("Clinton had mocked the complaint, saying ...") is said by
      // the main clause's subject: an earlier attribution's source in the sentence, else a name
      // or pronoun opening the sentence
      // (also with an adverb the cue took, "..., even suggesting", or a closing mark before it,
      // `a “strong leader,” comparing him ...`)
      let cas = ca;
      while (cas > lo && tokens[cas]!.start > cue.start) cas--;
      const commaAt = cas > lo + 1 && dp.qstate[cas - 1] === 3 ? cas - 2 : cas - 1;
      if (!source && commaAt >= lo && tokens[commaAt]!.text === ',' && /^[a-z]+ing$/.test(tokens[ca]!.text)) source = clauseSubject(text, tokens, dp.ent, s, commaAt + 1, here, cue);
      // ... and so is it when the tagger took the words right before the comma, an object of the
      // main clause, for the source: `she said in the Oval Office, emphasizing ...`
      else if (source && ca > lo + 1 && tokens[ca - 1]!.text === ',' && /^[a-z]+ing$/.test(tokens[ca]!.text) && source.end >= tokens[ca - 2]!.end && source.end <= tokens[ca - 1]!.end && source.start > s.start) {
        const subj = clauseSubject(text, tokens, dp.ent, s, ca, here, cue);
        if (subj && subj.end <= source.start) source = subj;
      }
      // "Caddell continued:" and the quotation in the next paragraph; "Whitaker posted on Truth
      // Social late Thursday: “...”": the quotation after the colon closing the cue's clause is
      // what its subject said (a name inside the channel words is no source)
      if (!contents.length && source) {
        const m = quotationAfterColon(tokens, marks, dp.qstate, cb, s.tokenEnd);
        if (m) {
          contents.push({ start: m.start, end: m.end });
          if (source.start >= cue.end) source = subjectBefore(text, tokens, f.sources, lo, f.cue.a);
        }
      }
      if (!contents.length) {
        if (source && !dangling.has(si)) dangling.set(si, { contents: [], cue, source, sentence: si, inherited: false, confidence: 0.7 });
        continue;
      }
      // "Police on Saturday arrested a man ..., killing two people, authorities said.": what a
      // closing ", SOURCE said." reports runs from the sentence's start (after a dateline)
      if (source) {
        // (a cue dropped as no attribution stands in no one's way: "were ordered to leave ..., officials said")
        const others = found.filter((g) => g !== f && !isBeParticipleTo(lo + g.cue.a, lo + g.cue.b)).map((g) => tokens[lo + g.cue.a]!.start);
        const whole = reportBeforeFinalAttribution(text, s, cue, source, contents, others);
        if (whole) contents.splice(0, contents.length, whole);
      }
      const c: Cand = { contents, cue, source, sentence: si, inherited: false, confidence: 0.8 };
      here.push(c);
      cands.push(c);
    }
    endContentsAtNextAttribution(text, here);
    dropContentsOfLaterCues(here);
    for (const c of here) takeChannelObjectIntoCue(text, c);
    // parenthetical attributions the tagger missed: "Too often, Mr. Clarke said, the debate ..."
    for (const p of findParentheticals(tokens, lo, s.tokenEnd, prep.pc)) {
      const v = tokens[p.cue + p.cueLen - 1]!;
      if (dp.qstate[p.cue] !== 0) continue; // a verb inside quotation marks is quoted, not attributing
      if (here.some((c) => (c.cue && c.cue.start <= v.start && v.end <= c.cue.end) || c.contents.some((x) => x.start <= v.start && v.end <= x.end) || (c.source && c.source.start <= v.start && v.end <= c.source.end))) continue;
      const span = (r: readonly [number, number]): Span => ({ start: tokens[r[0]]!.start, end: tokens[r[1] - 1]!.end });
      const c: Cand = { contents: p.contents.map(span), cue: { start: tokens[p.cue]!.start, end: v.end }, source: span([p.srcA, p.srcB]), sentence: si, inherited: false, confidence: 0.7 };
      // a content the tagger ran on into this source ends before it: "which showed [a tear in his
      // hamstring], one of the people said."
      for (const o of here) {
        for (let k = o.contents.length - 1; k >= 0; k--) {
          const x = o.contents[k]!;
          if (!(x.start < c.source!.start && c.source!.start < x.end)) continue;
          let e = c.source!.start;
          while (e > x.start && /[\s,]/.test(text[e - 1]!)) e--;
          if (e > x.start) o.contents[k] = { start: x.start, end: e };
          else o.contents.splice(k, 1);
        }
      }
      here.push(c);
      cands.push(c);
    }
    // research findings the tagger missed: "A 2014 study by the university found ..."
    for (const f of findFindings(tokens, lo, s.tokenEnd, prep.pc)) {
      const v = tokens[f.cue]!;
      if (dp.qstate[f.cue] !== 0) continue;
      if (here.some((c) => (c.cue && c.cue.start < v.end && v.start < c.cue.end) || c.contents.some((x) => x.start <= v.start && v.end <= x.end))) continue;
      let source: Span = { start: tokens[f.srcA]!.start, end: tokens[f.srcB - 1]!.end };
      const adv = LEADING_ADVERBIAL.exec(text.slice(source.start, source.end));
      if (adv && adv[0].length < source.end - source.start) source = { start: source.start + adv[0].length, end: source.end };
      const c: Cand = { contents: [{ start: tokens[f.conA]!.start, end: tokens[f.conB - 1]!.end }], cue: { start: v.start, end: v.end }, source, sentence: si, inherited: false, confidence: 0.7 };
      here.push(c);
      cands.push(c);
    }
  }
}

/**
 * The clause a sentence opens with when its attribution follows it after a comma: "[Drivers were
 * twice as likely to crash], researchers found in a survey." Null when there is no such comma, or
 * a quotation mark or another cue (`otherCues`) stands in the clause.
 */
function clauseBeforeSource(text: string, s: Sentence, source: Span | null, cue: Span, otherCues: readonly number[]): Span | null {
  if (!source || source.end > cue.start || !/^\s*$/.test(text.slice(source.end, cue.start))) return null;
  // (a passive's subject, "X has been criticized for ...", is what it is about, not who spoke)
  if (/\b(?:is|are|was|were|be|been|being)\b|ing$/i.test(text.slice(cue.start, cue.end))) return null;
  const before = text.slice(s.start, source.start);
  const comma = /,\s*$/.exec(before);
  if (!comma) return null;
  const dl = DATELINE.exec(before);
  let start = s.start + (dl ? dl[0].length : 0);
  while (start < source.start && /\s/.test(text[start]!)) start++;
  const end = s.start + comma.index;
  if (end - start < 20 || /["“”]/.test(text.slice(start, end)) || otherCues.some((p) => p >= start && p < end)) return null;
  return { start, end };
}

/**
 * The content of a sentence closed by its attribution (", SOURCE said." with nothing after the
 * cue but the stop): from the sentence's start, after a dateline, to the comma before the source.
 * Null when the contents do not all end there, or a quotation mark or another cue (`otherCues`,
 * their offsets) stands in the way: then the pieces are as the tagger gave them.
 */
export function reportBeforeFinalAttribution(text: string, s: Sentence, cue: Span, source: Span, contents: readonly Span[], otherCues: readonly number[]): Span | null {
  if (!contents.length || source.end > cue.start || !/^[\s.!?]*$/.test(text.slice(cue.end, s.end))) return null;
  const last = contents[contents.length - 1]!;
  // (the tagger may stop a few words short of the comma: "pulled out of a 14 million euro [deal on
  // Monday], two people said"; those words are reported too)
  const gap = /^[^,.;:!?"“”]{0,60}(?=,\s*$)/.exec(text.slice(last.end, source.start));
  if (contents.some((c) => c.end > source.start) || !gap || otherCues.some((p) => p >= last.end && p < source.start)) return null;
  const end = last.end + gap[0].trimEnd().length;
  const dl = DATELINE.exec(text.slice(s.start, Math.min(last.end, s.start + 120)));
  let start = s.start + (dl ? dl[0].length : 0);
  while (start < last.end && /\s/.test(text[start]!)) start++;
  const first = contents[0]!;
  if (start > first.start || (start === first.start && end === last.end)) return null;
  if (/["“”]/.test(text.slice(start, end)) || otherCues.some((p) => p >= start && p < end)) return null;
  return { start, end };
}

/** True when the sentence is the article's first paragraph and that has no final stop: a headline. */
function isHeadline(text: string, paragraphs: readonly Span[], s: Sentence): boolean {
  const p = paragraphs[0];
  return s.paragraph === 0 && !!p && !/[.!?]["”’)]?\s*$/.test(text.slice(p.start, p.end));
}

/** Words that open a source after an inverted cue: a capitalised word (no pronoun but "he"/"she") or an article. */
const SOURCE_OPENER = /^(?:(?!(?:It|This|That|These|Those|There|Then|Now|We|They|I)\b)\p{Lu}|(?:the|a|an)\s)/u;

/**
 * `“This is a victory,” said Priya Shah of the charity X`: the content piece right after an
 * inverted cue (one following a content that ends at a comma or a closing mark) that opens with
 * a name is who spoke. Null when there is no such piece.
 */
function nameAfterInvertedCue(text: string, cue: Span, contents: readonly Span[]): Span | null {
  const before = contents.filter((c) => c.end <= cue.start && /[,”"’']\s*$/.test(text.slice(c.start, c.end)) && /^\s*$/.test(text.slice(c.end, cue.start)));
  if (!before.length) return null;
  const words = text.slice(cue.start, cue.end).trim().split(/\s+/);
  if (words.length !== 1) return null;
  // after a quotation closed by a comma, "!" or "?" any lowercase past verb inverts:
  // `“Nothing works,” commented X`, `“Give him back!” screamed Y`
  const afterQuotation = before.some((c) => /[,!?]\s*[”"’']\s*$/.test(text.slice(c.start, c.end)));
  if (!isSpeechVerb(words[0]!.toLowerCase()) && !(afterQuotation && /^[a-z]+(?:ed|wrote|spoke|told|said|cried|sang|shot|rang|began)$/.test(words[0]!))) return null;
  return contents.find((c) => c.start > cue.end && /^\s+$/.test(text.slice(cue.end, c.start)) && SOURCE_OPENER.test(text.slice(c.start, c.end)) && !isTimeWord(/^\S+/.exec(text.slice(c.start, c.end))![0])) ?? null;
}

/**
 * `Hundreds were killed in the fighting, said the sources.`: a source piece that ends at the comma
 * before a one-word speech verb, with a single short piece after the verb that opens like a
 * source and ends the sentence, is the statement, and that piece is who made it. Returns the
 * piece to take as the source, else null.
 */
function statementBeforeInvertedCue(text: string, cue: Span, source: Span, contents: readonly Span[], s: Sentence): Span | null {
  if (source.end > cue.start || !/^\s*,\s*$/.test(text.slice(source.end, cue.start))) return null;
  const words = text.slice(cue.start, cue.end).trim().split(/\s+/);
  if (words.length !== 1 || !isSpeechVerb(words[0]!.toLowerCase())) return null;
  if (contents.length !== 1) return null;
  const c = contents[0]!;
  const body = text.slice(c.start, c.end);
  if (c.start <= cue.end || !/^\s+$/.test(text.slice(cue.end, c.start)) || !SOURCE_OPENER.test(body)) return null;
  if (body.split(/\s+/).length > 8 || !/^[\s.!?”"’]*$/.test(text.slice(c.end, s.end))) return null;
  // the statement has a verb of its own: more than a name before the comma
  if (text.slice(source.start, source.end).split(/\s+/).length < 4) return null;
  return c;
}

/**
 * `X did Y, a colleague was quoted as saying.`: a passive "quoted" cue followed by "as saying" and
 * nothing more than a time before the sentence ends, with a short phrase between the cue and
 * the comma before it. Gives the cue's new end, the source phrase and the statement before.
 */
function quotedAsSayingAfter(text: string, cue: Span, s: Sentence): { cueEnd: number; source: Span; content: Span } | null {
  if (!/^(?:was|were|is|are|has\s+been|had\s+been)\s+quoted$/i.test(text.slice(cue.start, cue.end))) return null;
  const tail = /^\s+as\s+saying\b/.exec(text.slice(cue.end, s.end));
  if (!tail || !/^(?:\s+(?:on|late|early|last|this)?\s*\p{L}*day)?\s*[.!?]?\s*["”’]?\s*$/u.test(text.slice(cue.end + tail[0].length, s.end))) return null;
  const before = text.slice(s.start, cue.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return null;
  const src = before.slice(comma + 1);
  const words = src.trim().split(/\s+/);
  if (!src.trim() || words.length > 8) return null;
  const lead = src.length - src.trimStart().length;
  const source = { start: s.start + comma + 1 + lead, end: cue.start - (src.length - src.trimEnd().length) };
  let end = s.start + comma;
  let start = s.start;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start < 10) return null;
  return { cueEnd: cue.end + tail[0].length, source, content: { start, end } };
}

/** A source phrase without the relative or participial clause after it: "Priya Shah of the charity X[, which brought ...]", "Donald Tusk[, summing up ...]". */
function sourceHeadPhrase(text: string, piece: Span): Span {
  const body = text.slice(piece.start, piece.end);
  const rel = /,\s*(?:which|who|whose|whom|where|that|[a-z]+ing)\b/.exec(body);
  const end = rel ? piece.start + rel.index : piece.end;
  return { start: piece.start, end: piece.start + text.slice(piece.start, end).replace(/[\s,]+$/, '').length };
}

/** The subject phrase with its article or possessive before it: "company" -> "the company". */
function withDeterminer(text: string, subject: Span): Span {
  const det = /\b(?:the|a|an|its|their|his|her|our)\s+$/i.exec(text.slice(Math.max(0, subject.start - 8), subject.start));
  return det ? { start: subject.start - det[0].length, end: subject.end } : subject;
}

/**
 * True when a content piece after a cue starts inside the channel phrase that follows it and
 * holds nothing beyond it but words of time: "wrote in a post on [X on] Thursday".
 */
function inChannelPhrase(text: string, cue: Span, s: Sentence, piece: Span): boolean {
  const ch = findChannelSpan(text.slice(cue.start, s.end));
  if (!ch) return false;
  const chStart = cue.start + ch.start;
  const chEnd = cue.start + ch.end;
  if (piece.start < chStart || piece.start >= chEnd) return false;
  return piece.end <= chEnd || isChannelRemnant(text.slice(chEnd, piece.end));
}

/**
 * The quotation opening right after a colon that closes the cue's clause: `continued:` at the
 * end of a paragraph, `posted on Truth Social late Thursday: “...”`. Only a few words (a channel,
 * a time) may stand between the cue and the colon; a stop, a quotation mark or "that" ends the
 * search. `cb` is the token after the cue.
 */
function quotationAfterColon(tokens: readonly Token[], marks: readonly QuoteMarks[], qstate: Uint8Array, cb: number, end: number): QuoteMarks | null {
  for (let k = cb; k < end && k - cb <= 10; k++) {
    const t = tokens[k]!;
    if (t.text === ':') {
      const next = tokens[k + 1];
      const m = next ? markAt(marks, next.start) : null;
      return m && m.start === next!.start ? m : null;
    }
    if (TERMINAL.has(t.text) || qstate[k] !== 0 || t.text.toLowerCase() === 'that') return null;
  }
  return null;
}

/** The tagged source piece nearest before the cue (sentence-local `sources`, cue at local `ca`), as a span; null when none. */
function subjectBefore(text: string, tokens: readonly Token[], sources: readonly { a: number; b: number }[], lo: number, ca: number): Span | null {
  let best: { a: number; b: number } | null = null;
  for (const x of sources) if (x.b <= ca && (!best || x.b > best.b)) best = x;
  if (!best) return null;
  return trimSourceEdges(text, { start: tokens[lo + best.a]!.start, end: tokens[lo + best.b - 1]!.end }, true);
}

const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'took', 'gave', 'made', 'put', 'set', 'laid', 'held', 'kept', 'felt', 'knew', 'saw', 'went', 'came', 'got', 'found', 'left', 'meant', 'sent', 'brought', 'taught', 'sought', 'swore', 'stood', 'drew', 'threw', 'forecast', 'foresaw']);

/**
 * The tense of a cue's verb ("past", "present" in -s, or "other"): its last speech verb, else its
 * last word that is no preposition ("said Sunday" is past, "worked with" past).
 */
function verbTense(cue: string): 'past' | 'present' | 'other' {
  const words = cue.toLowerCase().split(/\s+/).filter((w) => !CUE_PREPOSITIONS.has(w));
  const w = words.filter((x) => isSpeechVerb(x)).pop() ?? words[words.length - 1] ?? '';
  if (/ed$/.test(w) || IRREGULAR_PAST.has(w)) return 'past';
  if (/[^s]s$/.test(w)) return 'present';
  return 'other';
}

/** True when two spans (either possibly null) cover the same text. */
function sameSpan(a: Span | null, b: Span | null): boolean {
  return !!a && !!b && a.start === b.start && a.end === b.end;
}

/**
 * `said it would "X" and warned that Y`: when a later cue of the same source starts inside an
 * earlier one's content after "and"/"but", that content ends before the conjunction; the second
 * cue carries its own. A later cue with a source of its own inside the content ("Police say he
 * posed a threat and refused ...", "she knows that ...") is part of what was reported, and stays.
 */
/** Removes, in place, the candidates left with no content piece. */
function removeEmpty(cands: Cand[]): void {
  let k = 0;
  for (const c of cands) if (c.contents.length) cands[k++] = c;
  cands.length = k;
}

/**
 * "The ministry welcomed the resignation and said it would audit the pitches": when the tagger
 * gives an earlier cue a content piece that a later cue of the same source also has, the piece is
 * the later cue's (the nearest cue before it); the earlier keeps what is left.
 */
function dropContentsOfLaterCues(here: readonly Cand[]): void {
  for (const c of here) {
    if (!c.cue || !c.source) continue;
    for (const d of here) {
      if (d === c || !d.cue || d.cue.start <= c.cue.end || !sameSpan(d.source, c.source)) continue;
      c.contents = c.contents.filter((p) => !(p.start >= d.cue!.end && d.contents.some((q) => sameSpan(p, q))));
    }
  }
}

/**
 * "said in a post on X that the bill ...": when the tagger's cue ends in the preposition of a
 * channel and the content opens with its object and "that", the object belongs to the cue (where
 * the channel is read from), not to what was said.
 */
function takeChannelObjectIntoCue(text: string, c: Cand): void {
  if (!c.cue || !/\b(?:on|in|to|with|via)$/i.test(text.slice(c.cue.start, c.cue.end))) return;
  const first = c.contents[0];
  if (!first || first.start < c.cue.end || !/^\s*$/.test(text.slice(c.cue.end, first.start))) return;
  const m = /^(\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*){0,2})\s+(?=that\b|:)/u.exec(text.slice(first.start, first.end));
  if (!m) return;
  c.cue = { start: c.cue.start, end: first.start + m[1]!.length };
  c.contents[0] = { start: first.start + m[0].length, end: first.end };
}

/** A relative clause saying why a source goes unnamed, ending where the source the tagger took ends. */
const ANONYMITY_CLAUSE = /(?:^|\s)(?:who|that)\s+(?:had\s+)?(?:asked|requested|spoke\s+on\s+condition)\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|of\s+anonymity|anonymity)\s*,?\s*$/i;

/**
 * When a source the tagger took is only the end of "who asked not to be named" (no commas), the
 * source is the noun phrase before "who": "[A neighbour] who asked not to be named said ...".
 * Null when the source is not such a tail, or nothing opens a noun phrase before "who".
 */
function beforeAnonymityClause(text: string, source: Span, sentenceStart: number): Span | null {
  const upTo = text.slice(sentenceStart, source.end);
  const m = ANONYMITY_CLAUSE.exec(upTo);
  if (!m) return null;
  const whoAt = sentenceStart + m.index + (m[0].length - m[0].trimStart().length);
  // (a source holding the noun phrase already, "a neighbour who asked not to be named", stays)
  if (source.start < whoAt) return null;
  return antecedentPhrase(text, whoAt);
}

/** Verdicts a participle gives a noun before it: "ballots declared invalid", "a man pronounced dead". */
const VERDICT_PARTICIPLES = /^(?:declared|deemed|ruled|pronounced|found|judged|certified)$/i;
const VERDICTS = /^\s*(?:invalid|void|null|dead|illegal|unlawful|unconstitutional|unfit|guilty|innocent|missing|safe|ineligible|inadmissible|defective)\b/i;

/**
 * "3,000 ballots declared invalid": a past participle right after a plain noun, with the verdict
 * after it, describes the noun (a reduced passive); nobody is quoted. "Officials declared the
 * ballots invalid" has a subject and an object, and stays.
 */
function isVerdictParticiple(before: string, cue: string, after: string): boolean {
  if (!VERDICT_PARTICIPLES.test(cue.trim()) || !VERDICTS.test(after)) return false;
  const prev = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  return /^\p{Ll}+$/u.test(prev) && !/^(?:was|were|is|are|be|been|being|has|have|had|he|she|they|it|we|i|you|who|which|that)$/.test(prev);
}

function endContentsAtNextAttribution(text: string, here: readonly Cand[]): void {
  for (const c of here) {
    if (!c.cue || !c.source) continue;
    for (const d of here) {
      if (d === c || !d.cue || d.cue.start <= c.cue.end || !sameSpan(d.source, c.source)) continue;
      // coordinated verbs share their tense ("said ... and warned"); "Police say he posed a threat
      // and refused ..." joins two verbs of the reported clause
      if (verbTense(text.slice(c.cue.start, c.cue.end)) !== verbTense(text.slice(d.cue.start, d.cue.end))) continue;
      const at = d.cue.start;
      c.contents = c.contents.map((p) => {
        if (!(p.start < at && at < p.end)) return p;
        const len = endBeforeCoordination(text.slice(p.start, at));
        return len > 0 ? { start: p.start, end: p.start + len } : p;
      });
    }
  }
}

/**
 * The subject of the clause a participle cue hangs on (`X had mocked it, saying ...`): the source
 * of an earlier attribution in the sentence, else a pronoun or a PERSON/ORG name (with what
 * precedes it, "Rival Hillary Clinton") in the sentence's first four words after a leading
 * adverbial; null otherwise.
 */
function clauseSubject(text: string, tokens: readonly Token[], ent: Uint8Array, s: Sentence, ca: number, here: readonly Cand[], cue: Span): Span | null {
  for (let k = here.length - 1; k >= 0; k--) {
    const c = here[k]!;
    if (c.source && c.cue && c.cue.end <= cue.start && c.source.end <= cue.start) return c.source;
  }
  let k = s.tokenStart;
  const adv = LEADING_ADVERBIAL.exec(text.slice(s.start, tokens[ca]!.start));
  if (adv) while (k < ca && tokens[k]!.start < s.start + adv[0].length) k++;
  if (k >= ca) return null;
  if (SUBJECT_PRONOUN.test(tokens[k]!.text)) return { start: tokens[k]!.start, end: tokens[k]!.end };
  for (let j = k; j < Math.min(k + 4, ca); j++) {
    const e = ent[j]!;
    if (e !== 1 && e !== 3) continue;
    let b = j + 1;
    while (b < ca && ent[b] === e + 1) b++;
    for (let i = k; i < j; i++) if (tokens[i]!.kind !== 'word') return null;
    return { start: tokens[k]!.start, end: tokens[b - 1]!.end };
  }
  return null;
}

/** Transcript turns and a `Name: claim` headline (src/quotes/labels.ts). */
function labelAttributions(input: QuoteInput): LabelAttribution[] {
  const { text, paragraphs, entities } = input;
  const out = transcriptTurns(text, paragraphs);
  // the label names a person or organisation found there, or named the same way elsewhere
  // ("Pence: ..." in the headline, "Mike Pence" in the body)
  const head = headlineAttribution(text, paragraphs, (s) => {
    const name = text.slice(s.start, s.end);
    return entities.some((e) => (e.type === 'PERSON' || e.type === 'ORG') && (e.name === name || e.name.endsWith(` ${name}`) || e.mentions.some((m) => (m.start >= s.start && m.end === s.end) || m.text === name)));
  });
  if (head && !out.some((t) => t.cue.start === head.cue.start)) out.push(head);
  return out;
}

/** The quotation containing `pos` (marks sorted by start, non-overlapping), if any. */
function markAt(marks: readonly QuoteMarks[], pos: number): QuoteMarks | null {
  let lo = 0;
  let hi = marks.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const m = ans >= 0 ? marks[ans]! : null;
  return m && pos < m.end ? m : null;
}

/**
 * True when the quotation `m` opens right after a colon closing a clause that introduces it as
 * someone's words or writing: a speech verb outside any quotation (`its chief executive, Boudewijn
 * Siemons, wrote on X: “...”`), or a subject that is no pronoun (`The sign on the gate read: “...”`).
 * Such a quotation is the clause's, never a continuing turn of the previous speaker; only a
 * clause opening with a pronoun ("Her answer was short:") may point back to that speaker.
 */
function introducedByColonClause(tokens: readonly Token[], sentences: readonly Sentence[], marks: readonly QuoteMarks[], m: QuoteMarks): boolean {
  const s = sentences[sentenceIndexAt(sentences, m.start)];
  if (!s) return false;
  let k = s.tokenStart;
  while (k < s.tokenEnd && tokens[k]!.start < m.start) k++;
  // the colon is the token before the mark, in this sentence or closing the one before
  const colonAt = k - 1;
  if (colonAt < 0 || tokens[colonAt]!.text !== ':') return false;
  const cs = sentences[sentenceIndexAt(sentences, tokens[colonAt]!.start)];
  if (!cs || cs.tokenStart >= colonAt) return false;
  for (let j = cs.tokenStart; j < colonAt; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word' && /^[a-z]/.test(t.text) && isSpeechVerb(t.text) && !markAt(marks, t.start)) return true;
  }
  return !POINTS_BACK.test(tokens[cs.tokenStart]!.text);
}
/** Words opening a clause that refer back to someone already named. */
const POINTS_BACK = /^(?:he|she|they|it|his|her|their|its|the\s+same)$/i;

/** `... Zero Hedge asked, ` / `... Caddell continued:` ending at a quotation: a capitalised name of one to four words opening a sentence, then a speech verb and a comma or colon. */
const LEAD_SUBJECT = /(?:^|[.!?]["”]?[^\S\n]+|\n[^\S\n]*)((?:The[^\S\n]+)?[A-Z][\p{L}.'’-]*(?:[^\S\n]+[A-Z][\p{L}.'’-]*){0,3})[^\S\n]+([a-z]+)[,:]\s*$/u;
/** `Whitaker posted on Truth Social late Thursday: `: a name, a verb, a few words of channel or time, a colon. */
const LEAD_SUBJECT_ADVERBIAL = /(?:^|[.!?]["”]?[^\S\n]+|\n[^\S\n]*)((?:The[^\S\n]+)?[A-Z][\p{L}.'’-]*(?:[^\S\n]+[A-Z][\p{L}.'’-]*){0,3})[^\S\n]+([a-z]+)[^\S\n]+([a-z]+)((?:[^\S\n]+[\p{L}\d.'’-]+){0,7}):\s*$/u;

/** LEAD_SUBJECT with an adverbial between the verb and the colon, when that opens with a preposition or a word of time. */
function leadWithAdverbial(before: string): RegExpExecArray | null {
  const m = LEAD_SUBJECT_ADVERBIAL.exec(before);
  return m && PREPS.has(m[3]!) ? m : null;
}
/** `Said Ellis: ` */
const LEAD_INVERTED = /(?:^|[.!?]["”]?[^\S\n]+|\n[^\S\n]*)(Said)[^\S\n]+([A-Z][\p{L}.'’-]*(?:[^\S\n]+[A-Z][\p{L}.'’-]*){0,3}):\s*$/u;

/**
 * A source and speech verb introducing the quotation at `at` from just before it: in the same
 * paragraph, or closing the paragraph before with a colon. Only a sentence-opening capitalised
 * name (the resolver decides whether it names anyone) and a verb of the speech lexicon.
 */
function leadIn(text: string, at: number, paragraphs: readonly Span[]): { cue: Span; source: Span } | null {
  let from = Math.max(0, at - 160);
  // the paragraph holding `at` (paragraphs sorted by start)
  let lo = 0;
  let hi = paragraphs.length - 1;
  let pi = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start <= at) {
      pi = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const p = pi >= 0 ? paragraphs[pi]! : null;
  if (p && at < p.end) {
    if (/^\s*$/.test(text.slice(p.start, at))) {
      // the quotation opens its paragraph: the lead-in must close the previous one with a colon
      const prev = paragraphs[pi - 1];
      if (!prev || !/:\s*$/.test(text.slice(prev.start, at))) return null;
      from = Math.max(prev.start, at - 160);
    } else from = Math.max(p.start, at - 160);
  }
  const before = text.slice(from, at);
  const inv = LEAD_INVERTED.exec(before);
  if (inv) {
    const cs = from + inv.index + inv[0].indexOf(inv[1]!);
    const ss = cs + inv[0].slice(inv[0].indexOf(inv[1]!)).indexOf(inv[2]!);
    return { cue: { start: cs, end: cs + 4 }, source: { start: ss, end: ss + inv[2]!.length } };
  }
  const sub = LEAD_SUBJECT.exec(before) ?? leadWithAdverbial(before);
  if (!sub || !isSpeechVerb(sub[2]!)) return null;
  const ss = from + sub.index + sub[0].indexOf(sub[1]!);
  const cs = ss + sub[1]!.length + sub[0].slice(sub[0].indexOf(sub[1]!) + sub[1]!.length).indexOf(sub[2]!);
  // a colon belongs to the cue ("continued:"), as PolNeAR marks it; a comma does not
  const colon = text[cs + sub[2]!.length] === ':' ? 1 : 0;
  return { cue: { start: cs, end: cs + sub[2]!.length + colon }, source: { start: ss, end: ss + sub[1]!.length } };
}

/** After a closing mark: a dash, then a capitalised name of one to five words ending the line (any horizontal space, NBSP included). */
const CREDIT = /^[^\S\r\n]*([―—–])[^\S\r\n]*([A-Z][\p{L}'’-]*(?:\.?[^\S\r\n]+[A-Z][\p{L}'’-]*){0,4})(\.?[^\S\r\n]*)(?=\r?\n|$)/u;

const LEADING_ADVERBIAL = /^(?:In|On|At|During|After|Before|Speaking|Asked|Writing|Earlier|Later|Meanwhile|However|But|And)\b[^,]{0,60},\s*/;

const SUBJECT_PRONOUN = /^(?:He|She|They|We|I|It)$/;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const DETS = new Set(['a', 'an', 'the']);
const RELATIVE_WORDS = new Set(['who', 'which']);
/** A passive cue, "has been harshly criticized for": be, adverbs, a participle, a preposition. */
const PASSIVE_CUE = /\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+|also\s+|not\s+|first\s+|often\s+)*([a-z]+(?:ed|en|wn|ld|id|ght))(?:\s+(?:as|of|for|with|by|about))?$/;
/** Participles of a state whose subject is the one who holds it ("are concerned", "is quoted as"). */
const STATE_PARTICIPLES = new Set(['concerned', 'convinced', 'worried', 'outraged', 'incensed', 'frustrated', 'determined', 'assured', 'dedicated', 'tired', 'unsettled', 'startled', 'interested', 'pleased', 'disappointed', 'surprised', 'encouraged', 'alarmed', 'committed', 'opposed', 'divided', 'split', 'upset', 'angered', 'troubled', 'unconvinced', 'shocked', 'stunned', 'thrilled', 'excited', 'prepared', 'inclined', 'satisfied', 'dismayed', 'puzzled', 'relieved', 'heartened', 'bothered', 'annoyed', 'delighted', 'mystified', 'engaged', 'undecided', 'terrified', 'intrigued', 'quoted', 'disgusted', 'offended', 'embarrassed', 'amazed', 'impressed', 'unimpressed', 'scared', 'frightened', 'confused', 'fascinated', 'disturbed', 'saddened', 'overwhelmed', 'motivated', 'united', 'agreed', 'right']);
/** Adverbs that make a cue by themselves: "has reportedly been chatting". */
const HEDGE_ADVERB = /^(?:reportedly|seemingly|allegedly|apparently|purportedly|supposedly|ostensibly)$/;
/** A contracted auxiliary and the pronouns it joins (PolNeAR puts it in the cue after these: 's 67 of 77 on train, the others all). */
const CONTRACTION = /^['’](?:s|ve|d|ll|re|m)$/i;
const CONTRACTED_PRONOUN = /^(?:it|he|she|who|that|i|we|they|you|there|what)$/i;
/** Auxiliaries and adverbs that join the cue after them (besides lowercase -ly adverbs): "has also said". */
const CUE_LEFT = new Set(['also', 'often', 'still', 'even', 'never', 'repeatedly', 'later', 'once', 'further', 'has', 'have', 'had', 'would', 'could', 'will', 'recently', 'previously', 'already', 'just', 'again', 'now']);
const ANONYMITY = /^\W*(?:asked\s+)?not\s+to\s+be\s+(?:named|identified|quoted)/i;
/** "KISUMU, Kenya, March 5 (Dossier Wire) — ": a place in capitals, then up to a dash. */
const DATELINE = /^(?:[A-Z][A-Z .'’-]{2,}(?:,[^—–\n]{0,60}|\s*\([^)\n]{1,30}\))?|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}\s*\([^)\n]{1,30}\)|(?:March|April|May|June|July)\s+\d{1,2}\s*\([^)\n]{1,30}\))\s*(?:—|–|--|_|-(?=\s))\s*/;

/**
 * A phrase after a source and its comma that describes the source: a relative clause, or a noun
 * phrase with no verb of its own before any comma ("an entomologist at Kessington College, who
 * ..."; "the top 10 percent paid 69 percent" is a clause, and no apposition).
 */
function isSourceApposition(piece: string): boolean {
  if (/^(?:who|whose|which)\s/i.test(piece)) return true;
  if (!/^(?:an?|the)\s/i.test(piece)) return false;
  const head = piece.split(/,|\s(?:who|whose|which|that)\s/)[0]!;
  return !/\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|did|does|do|said|says|paid|pays|rose|fell|grew|got|made|took|saw|went|came|gave|found|told|thought|became|won|lost|spent|led|reached|rises|falls)\b/i.test(head);
}

/** The date half of a dateline the tagger put in a source: "[Nov 19 — ]Korvane Robotics said". */
const DATELINE_DATE = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:—|–|--)\s*/;

/** People located by a place, right before it: "health authorities in neighbouring ", "officials in ". */
const PEOPLE_IN_PLACE = /(?<![\p{L}'’-])(?:[a-z]+\s+)?(?:[a-z]+s|police|staff|personnel)\s+(?:in|from|at|near)\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central|rural|coastal)\s+)?$/u;

/** Words that open a clause, not a source: "that Mayor Bill de Blasio said", "how experts say". */
// (and concessive or hedging openers, which PolNeAR train leaves out of the source: though 47 of
// 47, although 28 of 28, yet 20 of 20, even 29 of 37)
const SOURCE_LEAD = /^(?:that|before|after|how|what|when|while|if|since|because|whether|where|and|but|so|say|says|though|although|yet|even|including|like|perhaps|maybe|whereas)\s+(?=\S)/i;
/** Adverbs and auxiliaries between a source and its cue: "Gingrich cynically", "a reader would", "my father often". */
const SOURCE_TAIL = /\s+(?:[a-z]{3,}ly|further|just|often|also|still|already|now|then|never|always|again|too|so|even|almost|later|earlier|first|once|would|could|will|can|may|might|should|must)$/;
/** A time after a source named before its cue: "The Times on Saturday", "the court this month". */
const SOURCE_TIME_TAIL = /\s+(?:(?:just|only|earlier|later)\s+)?(?:(?:this|last|next)\s+(?:week|month|year|weekend|morning|afternoon|evening)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+(?:19|20)\d\d|(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d+)?|today|yesterday|tonight)$/;
/** A preposition left dangling at a source's end: "Trevor Noah on". */
const SOURCE_PREP_TAIL = /\s+(?:on|for|by|from)$/;
/** A lone lowercase adverb the tagger took for a source: "forcefully", "perhaps", "together". */
const LONE_ADVERB = /^(?:[a-z]{3,}ly|perhaps|yet|even|almost|together|really|aside|also|still|later|then|now|just|never|often|always)$/;

/**
 * A name right after an inverted cue, up to a comma, colon, stop or the line's end: capitalised
 * words (titles and initials with their stops, "Sen.", "J."), one to six; null otherwise.
 */
export function nameAfter(text: string, at: number): Span | null {
  const m = NAME_AFTER.exec(text.slice(at, at + 100));
  if (!m || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(m[2]!)) return null;
  // "said Mr. Burman (...)": a title's stop is no end of the name
  if (/(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Sgt|Prof|Rev|Jr|Sr)$/.test(m[2]!) && text[at + m[0].length] === '.') return null;
  const start = at + m[1]!.length;
  return { start, end: start + m[2]!.length };
}
const NAME_AFTER = /^([^\S\r\n]+)((?:(?:[A-Z][a-z]{0,3}\.|[A-Z]\.)[^\S\r\n]+|[A-Z][\p{L}'’-]+[^\S\r\n]+){0,5}[A-Z][\p{L}'’-]+)(?=[^\S\r\n]*(?:[,:;]|\.(?:\s|$)|$))/u;

/** Lowercase words in -ly that are no adverbs. */
const LY_NOUNS = /\s(?:family|rally|ally|assembly|supply|daily|weekly|monthly|quarterly|yearly|anomaly|monopoly|reply|bully|italy|july|homily|folly)$/;

/**
 * Clause openers before a source and adverbs or auxiliaries after it (when it precedes its cue)
 * are no part of it; names ending in "-ly" are capitalised, so only lowercase words go.
 */
function trimSourceEdges(text: string, src: Span, beforeCue: boolean): Span {
  let { start, end } = inCueClause(text, src, beforeCue);
  const lead = SOURCE_LEAD.exec(text.slice(start, end));
  if (lead && lead[0].length < end - start) start += lead[0].length;
  if (beforeCue) {
    // "she's" is the pronoun and a verb
    if (/^(?:he|she|it|who|they|we|i)['’](?:s|re|ll|d|m)$/i.test(text.slice(start, end))) end = text.slice(start, end).search(/['’]/) + start;
    // "the police department which reported": the relative pronoun is the source (and resolves
    // to the noun before it); with a comma ("X, who") the noun phrase is, as handled before
    const rel = /\s(who|which|that)$/.exec(text.slice(start, end));
    if (rel && !/,\s*$/.test(text.slice(start, start + rel.index + 1)) && !isSpeechVerb(/(\S+)$/.exec(text.slice(start, start + rel.index))?.[1]?.toLowerCase() ?? '')) start += rel.index + 1;
    for (let k = 0; k < 3; k++) {
      const tail = SOURCE_TAIL.exec(text.slice(start, end));
      if (!tail || tail.index === 0 || LY_NOUNS.test(text.slice(start, end))) break;
      end = start + tail.index;
    }
    // a subject pronoun after a noun with no comma between opens a relative clause on that noun,
    // and is the source alone: "far lower than the top rate he has proposed"
    const pron = /[^\s,;:]\s+(?:he|she|they|we|I)$/.exec(text.slice(start, end));
    if (pron && !/\b(?:and|or|nor|but)\s+\S+$/i.test(text.slice(start, end))) start = end - (/\S+$/.exec(text.slice(start, end))![0].length);
    // a time or a dangling preposition between a name and its cue is no part of the source:
    // "The Times on Saturday wrote", "Wells Fargo just this month announced", "Noah on"; after a
    // common noun it is ("A poll released Friday found", as PolNeAR marks it)
    const prep = SOURCE_PREP_TAIL.exec(text.slice(start, end));
    if (prep && prep.index > 0) end = start + prep.index;
    else {
      const when = SOURCE_TIME_TAIL.exec(text.slice(start, end));
      if (when && when.index > 0 && /(?:\b[A-Z][\w.’'&-]*|\)|\bwho)$/.test(text.slice(start, start + when.index))) end = start + when.index;
    }
  }
  // a trailing comma belongs to a source only with an appositive in it ("Ana Ruiz, the mayor,"):
  // PolNeAR train keeps it in 921 of 1027 sources with an inner comma, 5 of 803 without
  if (end - start > 1 && text[end - 1] === ',' && !text.slice(start, end - 1).includes(',')) {
    end--;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
  }
  return { start, end };
}

function finish(cands: Cand[], input: QuoteInput, marks: MarkIndex, sentIdxAt: (pos: number) => number): Quote[] {
  const { text, sentences, entities, times, paragraphs } = input;
  const index = indexEntities(entities);
  const paraOf = (pos: number): number => {
    const si = sentIdxAt(pos);
    return si >= 0 ? sentences[si]!.paragraph : -1;
  };
  const out: Quote[] = [];
  let prevSpeaker: string | null = null;
  let prevSourceText: string | null = null;
  let prevSource: Span | null = null;
  let prevPara = -10;
  let prevEnd = 0;
  let prevSpeakerUnnamed = false;
  let n = 0;
  for (const c of cands) {
    const first = c.contents[0]!;
    const para = paraOf(first.start);
    let speaker: string | null = null;
    let speakerText: string | null = null;
    let confidence = c.confidence;
    let source = c.source;
    let continues = false;
    if (c.inherited) {
      // a quote with no cue continues the previous speaker's turn when it follows it closely
      // (unless the story turned to someone else in between: src/quotes/turn.ts)
      continues = !!prevSource && (para === prevPara || para === prevPara + 1) && !turnBroken(text, sentences, index, prevSpeaker, prevEnd, first);
      if (continues) {
        speaker = prevSpeaker;
        speakerText = prevSourceText;
        source = prevSource;
        confidence = 0.7;
      } else confidence = 0.3;
    } else if (source) {
      const sIdx = Math.max(0, sentIdxAt(source.start) - 1);
      const windowStart = sentences[sIdx]?.start ?? 0;
      const previous = para - prevPara <= 1 ? prevSpeaker : null;
      const earlier = para - prevPara <= 3 ? prevSpeaker : null;
      const last = c.contents[c.contents.length - 1]!;
      const quotation = /^[“"‘']/.test(text.slice(first.start, first.start + 1)) && last.end <= source.start ? { start: first.start, end: last.end } : undefined;
      // names inside the quotation a pronoun source follows are spoken of, never the speaker:
      // "“If Donald Trump is elected ...,” he said" is not Trump
      let r = resolveSpeaker(source, { text, index, previous, windowStart, earlier, quotation });
      // a pronoun after a long quotation ("“...” she said" closing paragraphs of it) that nothing
      // resolved looks back from where the quotation opens
      if (!r.speaker && quotation && first.start < windowStart) {
        const from = sentences[Math.max(0, sentIdxAt(first.start) - 1)]?.start ?? 0;
        r = resolveSpeaker(source, { text, index, previous, windowStart: from, earlier, quotation });
      }
      speaker = r.speaker;
      // an unnamed speaker goes by the head of the source phrase: "Union representatives"
      const named = speaker ? source : sourceHead(text, source, index);
      speakerText = text.slice(named.start, named.end).replace(/[,\s]+$/, '');
      if (speaker) {
        const e = index.byId.get(speaker);
        if (e && /^(?:he|she|i|who|they|it|we|which|that|the former|the latter)$/i.test(speakerText)) speakerText = e.name;
      } else if (/^(?:who|which|that)$/i.test(speakerText)) {
        // "a top official here who told ...": the unnamed speaker is the phrase the pronoun stands for
        const np = antecedentPhrase(text, source.start);
        if (np) speakerText = text.slice(np.start, np.end);
      } else if (previous === null && para - prevPara <= 1 && prevSpeakerUnnamed && prevSourceText && prevSource && carriesUnnamed(speakerText, prevSourceText) && !namesBetween(index.mentions, prevSource.end, source.start, c.contents)) {
        // "One resident said ... “...,” she said.": the pronoun goes on with the unnamed source
        // before it (src/quotes/unnamed.ts)
        speakerText = prevSourceText;
      }
      // (resolveSpeaker keeps unnamed sources unnamed; "a spokesman, Ahmed Ali" names him)
    }
    for (const content of c.contents) {
      const q = makeQuote(content, c, source, speaker, speakerText, confidence, text, marks, sentences, times, paragraphs, sentIdxAt, n++);
      out.push(q);
    }
    if (!c.inherited && source) {
      prevEnd = Math.max(source.end, c.cue?.end ?? 0, ...c.contents.map((x) => x.end));
      prevSpeakerUnnamed = speaker === null;
      prevSpeaker = speaker;
      prevSourceText = speakerText;
      prevSource = source;
      prevPara = para;
    } else if (continues) prevPara = para;
  }
  return out;
}

/** A channel phrase right after the content and its comma, ending the sentence (with a time at most). */
function trailingChannel(tail: string): string | null {
  const lead = /^["”’]?\s*,\s*/.exec(tail);
  if (!lead) return null;
  const rest = tail.slice(lead[0].length);
  if (!/^(?:in|on|via|at|during)\s/.test(rest)) return null;
  const m = findChannelSpan(rest);
  if (!m || m.start !== 0) return null;
  // nothing but a time may follow: no other clause with its own attribution
  return /^\s*(?:(?:on|late|early|last|this)\s+)?[\p{L}\s]{0,24}[.!?]?["”’]?\s*$/u.test(rest.slice(m.end)) ? m.text : null;
}

/** A boundary between two clauses: a semicolon, or a comma and a conjunction opening another clause. */
const CLAUSE_BOUNDARY = /;|,\s*(?:while|whereas|but|although|though|and|or|yet|as|when|after|before|since|because|even\s+as)\s/i;
/** Words that open a time after a preposition: weekdays, months, "Thursday's". */
const TIME_OPENER = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/** A relative clause after the cue's content: "..., which Briggs founded in 1994" dates the founding. */
const RELATIVE_AFTER = /,\s*(?:which|who|whom|whose|where)\s/i;

/** True when the text between a cue and a later time holds a clause boundary: that time belongs to another clause. */
function crossesClause(between: string): boolean {
  return CLAUSE_BOUNDARY.test(between) || RELATIVE_AFTER.test(between);
}

/**
 * True when the text between an earlier time and the cue opens the clause the cue is in ("in
 * June, while Kessler said"); a clause closed before the cue ("On Monday, as talks stalled,
 * Smith said") leaves the time in the cue's clause.
 */
function opensClauseBefore(between: string): boolean {
  if (between.includes(';')) return true;
  const last = between.lastIndexOf(',');
  return last >= 0 && CLAUSE_BOUNDARY.test(between.slice(last));
}

/**
 * True when a time sits in a relative clause or apposition of the source, set off by a comma
 * after the source's head: "The mall, which reopened on Saturday afternoon, said" (the reopening's
 * time, not the statement's). `before` is the text from the source's start to the time; `after`,
 * for a source before its cue, the text from the time to the cue (the insert must close before
 * it), null for a source after its cue (the time is inside the source).
 */
function inSourceInsert(before: string, after: string | null): boolean {
  if (!before.includes(',')) return false;
  return after === null || after.includes(',');
}

function makeQuote(
  content: Span,
  c: Cand,
  source: Span | null,
  speaker: string | null,
  speakerText: string | null,
  confidence: number,
  text: string,
  marks: MarkIndex,
  sentences: readonly Sentence[],
  times: readonly Timex[],
  _paragraphs: readonly Span[],
  sentIdxAt: (pos: number) => number,
  n: number,
): Quote {
  const qText = text.slice(content.start, content.end);
  const first = qText.charCodeAt(0);
  const last = qText.charCodeAt(qText.length - 1);
  // (single marks count where the article quotes in them: findQuoteMarks paired them)
  const startsMark = first === 0x201c || first === 0x22 || qText.startsWith("''") || marks.opens.has(content.start);
  const endsMark = last === 0x201d || last === 0x22 || qText.endsWith("''") || marks.closes.has(content.end - 1);
  const hasMark = /["“”]|''/.test(qText) || marks.list.some((m) => m.start >= content.start && m.start < content.end);
  let kind: QuoteKind = 'indirect';
  if (startsMark && (endsMark || marks.opens.get(content.start)?.end === content.end)) kind = 'direct';
  else if (hasMark) kind = 'mixed';
  // The attribution window: the cue's sentence outside the content.
  let channel: string | null = null;
  let time: string | null = null;
  if (c.cue) {
    const si = sentIdxAt(c.cue.start);
    const s = sentences[si];
    if (s) {
      const winStart = Math.max(s.start, Math.min(c.cue.start, source?.start ?? c.cue.start));
      const winEnd = Math.min(s.end, c.cue.end + 160);
      // outside every piece of the content (a broken quote's other half included)
      const inContent = (p: number) => c.contents.some((x) => p >= x.start && p < x.end);
      let w = text.slice(winStart, winEnd);
      if (content.start > winStart && content.start < winEnd) w = text.slice(winStart, content.start);
      if (!inContent(c.cue.start)) channel = findChannel(w);
      // "Brennan has dismissed reports that ..., in a post on X on Tuesday.": a channel phrase
      // set off by a comma after the content closes the same attribution
      if (!channel && !inContent(c.cue.start) && content.end < s.end && content.end > c.cue.end) channel = trailingChannel(text.slice(content.end, s.end));
      let best = Infinity;
      for (const t of times) {
        if (t.start < s.start || t.end > s.end) continue;
        if (inContent(t.start)) continue;
        if (t.type !== 'DATE' && t.type !== 'TIME') continue;
        // only the cue's own clause: not "in March" after ", while Kessler said"
        if (t.start >= c.cue.end ? crossesClause(text.slice(c.cue.end, t.start)) : opensClauseBefore(text.slice(t.end, c.cue.start))) continue;
        // nor a word of the source's own title: "Current Mayor Sofia Reyes ordered"
        if (source && t.start >= source.start && t.end <= source.end && t.value === 'PRESENT_REF') continue;
        // nor from a relative clause or apposition inside the source
        if (source && t.start > source.start) {
          const beforeCue = source.end <= c.cue.start;
          const within = beforeCue ? t.end <= c.cue.start : t.end <= source.end;
          if (within && inSourceInsert(text.slice(source.start, t.start), beforeCue ? text.slice(t.end, c.cue.start) : null)) continue;
        }
        const d = Math.abs(t.start - c.cue.end);
        if (d < best && d < 120) {
          best = d;
          time = t.id;
        }
      }
    }
  }
  const q: Quote = {
    id: `q${n + 1}`,
    start: content.start,
    end: content.end,
    text: qText,
    kind,
    speaker,
    speakerText,
    cue: c.cue ? { start: c.cue.start, end: c.cue.end, text: text.slice(c.cue.start, c.cue.end) } : null,
    channel,
    time,
    sourceSpan: source ? ({ start: source.start, end: source.end, text: text.slice(source.start, source.end) } as TextSpan) : null,
    confidence: Math.round(confidence * 100) / 100,
  };
  return q;
}
