import type { Quote, QuoteKind, Sentence, Span, TextSpan, Timex, Token } from '../document/types.js';
import { sentenceIndexAt } from '../text/index.js';
import { findChannelSpan, leadingChannel } from './channel.js';
import { accordingTo, cueGroupStart, cueScore, isSpeechVerb, takesNoContent } from './cues.js';
import { findQuoteMarks, type QuoteMarks } from './marks.js';
import { headlineAttribution, headlineTrailingAttribution, interviewAnswers, interviewee, transcriptTurns, type LabelAttribution } from './labels.js';
import { sourceAccording, sourceAfter, sourceBefore, tokensIsCap, type TokRange } from './source.js';
import { antecedentPhrase, indexEntities, resolveSpeaker, sourceHead } from './speaker.js';
import { defaultTaggers } from './tagger.js';
import { type Cand, markAt, type QuoteInput, TERMINAL } from './candidate.js';
import { learnedCandidates } from './learned.js';
import { canSpeakOn, gestureSpeaker, turnBroken } from './turn.js';
import { carriesUnnamed, namesBetween } from './unnamed.js';

export type { QuoteInput } from './candidate.js';

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
    for (const l of labels) {
      if (l.kind === 'question') continue;
      const c: Cand = { contents: [l.content], cue: l.cue, source: l.source, sentence: sentenceIndexAt(sentences, l.content.start), inherited: false, confidence: 0.8 };
      if (l.kind !== 'headline') c.turn = l.paragraph;
      if (l.kind === 'answer') c.speaker = l.speaker ?? null;
      cands.push(c);
    }
  }
  const turns = labels.filter((l) => l.kind === 'turn' || l.kind === 'answer');
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
    // (in the same paragraph: a new paragraph's "Asked whether ..., Lindqvist shrugged." does not
    // reach back to the last one's quotation)
    const nextInParagraph = si >= 0 && si + 1 < sentences.length && sentences[si + 1]!.paragraph === sentences[si]!.paragraph;
    const d = si >= 0 ? (nextInParagraph ? dangling.get(si + 1) : undefined) ?? dangling.get(si) : undefined;
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

/** Transcript turns and a `Name: claim` headline (src/quotes/labels.ts). */
function labelAttributions(input: QuoteInput): LabelAttribution[] {
  const { text, paragraphs, entities } = input;
  const out = transcriptTurns(text, paragraphs);
  // the label names a person or organisation found there, or named the same way elsewhere
  // ("Pence: ..." in the headline, "Mike Pence" in the body)
  const head = headlineAttribution(text, paragraphs, (s) => {
    const name = text.slice(s.start, s.end);
    return entities.some((e) => (e.type === 'PERSON' || e.type === 'ORG') && (e.name === name || e.name.endsWith(` ${name}`) || e.mentions.some((m) => (m.start >= s.start && m.end === s.end) || m.text === name)));
  }) ?? headlineTrailingAttribution(text, paragraphs);
  if (head && !out.some((t) => t.cue.start === head.cue.start)) out.push(head);
  // a written interview's answers are the interviewee's ("Q: ... A: ...")
  const qa = out.some((l) => l.kind === 'turn') ? null : interviewAnswers(text, paragraphs);
  if (qa) {
    const who = interviewee(entities, qa.introEnd);
    for (const a of qa.answers) out.push({ ...a, speaker: who });
    out.push(...qa.questions);
  }
  return out;
}

/**
 * The quotation a source follows, from the first content's opening mark to the end of the last
 * content before the source: a broken quote (`“X,” she said. “Y.”`) has its second part after
 * the source, and the names in its first part are still only spoken of.
 */
function quotationBeforeSource(text: string, contents: readonly Span[], source: Span): Span | undefined {
  const first = contents[0]!;
  if (!/^[“"‘']/.test(text.slice(first.start, first.start + 1))) return undefined;
  let end = -1;
  for (const c of contents) if (c.end <= source.start) end = c.end;
  return end < 0 ? undefined : { start: first.start, end };
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
  const pi = sentenceIndexAt(paragraphs, at);
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

function finish(cands: Cand[], input: QuoteInput, marks: MarkIndex, sentIdxAt: (pos: number) => number): Quote[] {
  const { text, sentences, entities, times, paragraphs } = input;
  const index = indexEntities(entities);
  const paraOf = (pos: number): number => {
    const si = sentIdxAt(pos);
    return si >= 0 ? sentences[si]!.paragraph : -1;
  };
  const stamps = entryStamps(text, times, paragraphs, paraOf);
  const out: Quote[] = [];
  let prevSpeaker: string | null = null;
  let prevSourceText: string | null = null;
  let prevSource: Span | null = null;
  let prevPara = -10;
  let prevEnd = 0;
  let prevSpeakerUnnamed = false;
  let prevContents: readonly Span[] = [];
  // the last layout turn ("WALLACE: ...", "A: ..."), with its speaker
  let turn: { span: Span; speaker: string | null; speakerText: string | null } | null = null;
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
      continues = !!prevSource && canSpeakOn(prevSourceText) && (para === prevPara || para === prevPara + 1) && !turnBroken(text, sentences, index, prevSpeaker, prevEnd, first);
      const gesture: ReturnType<typeof gestureSpeaker> = continues ? null : gestureSpeaker(text, sentences, index, first);
      if (continues) {
        speaker = prevSpeaker;
        speakerText = prevSourceText;
        source = prevSource;
        confidence = 0.7;
      } else if (gesture) {
        // "Almeida shook her head. “Where would I go?”": the one who gestured answers
        speaker = gesture.entity;
        speakerText = index.byId.get(gesture.entity)?.name ?? text.slice(gesture.start, gesture.end);
        source = { start: gesture.start, end: gesture.end };
        confidence = 0.6;
      } else confidence = 0.3;
    } else if (source && c.speaker !== undefined) {
      // the layout says who speaks: an interview's answer
      speaker = c.speaker;
      speakerText = (speaker && index.byId.get(speaker)?.name) || text.slice(source.start, source.end);
    } else if (source && turn && speaksInTurn(text, source, turn.span)) {
      // "I" saying something inside a turn is the turn's speaker: "A: ... I would only point out that ..."
      speaker = turn.speaker;
      speakerText = turn.speakerText;
    } else if (source) {
      const sIdx = Math.max(0, sentIdxAt(source.start) - 1);
      const windowStart = sentences[sIdx]?.start ?? 0;
      const previous = para - prevPara <= 1 ? prevSpeaker : null;
      const earlier = para - prevPara <= 3 ? prevSpeaker : null;
      const quotation = quotationBeforeSource(text, c.contents, source);
      // names inside the quotation a pronoun source follows are spoken of, never the speaker:
      // "“If Donald Trump is elected ...,” he said" is not Trump
      const paragraphStart = paragraphs[paraOf(source.start)]?.start;
      let r = resolveSpeaker(source, { text, index, previous, windowStart, earlier, quotation, paragraphStart });
      // a pronoun after a long quotation ("“...” she said" closing paragraphs of it) that nothing
      // resolved looks back from where the quotation opens
      if (!r.speaker && quotation && first.start <= windowStart) {
        const from = sentences[Math.max(0, sentIdxAt(first.start) - 1)]?.start ?? 0;
        r = resolveSpeaker(source, { text, index, previous, windowStart: from, earlier, quotation, paragraphStart });
      }
      speaker = r.speaker;
      // an unnamed speaker goes by the head of the source phrase: "Union representatives"
      const named = speaker ? source : sourceHead(text, source, index);
      // (an age apposed to the name says nothing of who: "Nowak, 68"; nor does a relative clause
      // after it: "nurse Lorna Abad, 34, who had been on duty for 20 hours")
      speakerText = text.slice(named.start, named.end).replace(/,\s+(?:who|whose|which)\s[\s\S]*$/, '').replace(/[,\s]+$/, '').replace(/,\s*\d{1,3}$/, '');
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
      const q = makeQuote(content, c, source, speaker, speakerText, confidence, text, marks, sentences, times, stamps, sentIdxAt, n++);
      out.push(q);
    }
    if (c.turn) turn = { span: c.turn, speaker, speakerText };
    // ("One victim said the bank had refused to refund her. “...,” she said.": an attribution
    // inside the previous one's content is part of what was reported; the reporter is still
    // the one speaking)
    const nested = !!c.cue && prevContents.some((x) => x.start <= c.cue!.start && c.cue!.end <= x.end);
    if (!c.inherited && source && !nested) {
      prevContents = c.contents;
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

/**
 * Live-blog entries: paragraphs opening with a clock time and a dash or colon ("14:05 GMT —
 * Polls have closed ..."). Maps each such paragraph's index to the time's id; the stamp dates
 * what is said in the entry. One pass over the times.
 */
function entryStamps(text: string, times: readonly Timex[], paragraphs: readonly Span[], paraOf: (pos: number) => number): Map<number, string> {
  const out = new Map<number, string>();
  for (const t of times) {
    if (t.type !== 'TIME') continue;
    const pi = paraOf(t.start);
    const p = paragraphs[pi];
    if (!p || t.start - p.start > 8 || !/^\s*$/.test(text.slice(p.start, t.start)) || !ENTRY_STAMP_END.test(text.slice(t.end, t.end + 4))) continue;
    out.set(pi, t.id);
  }
  return out;
}
/** What follows a live blog's stamp: a dash or a colon, then the entry. */
const ENTRY_STAMP_END = /^\s*[—–:|-]\s/;

/** True when the source "I" stands inside the paragraph of a layout turn, past its label ("we" may be a body the speaker belongs to). */
function speaksInTurn(text: string, source: Span, turn: Span): boolean {
  return source.start > turn.start && source.end <= turn.end && /^I$/.test(text.slice(source.start, source.end).trim());
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

/** A relative clause after the cue's content: "..., which Briggs founded in 1994" dates the founding. */
const RELATIVE_AFTER = /,\s*(?:which|who|whom|whose|where)\s/i;

/** A participle clause after the cue's content: "..., adding that margins should recover from 2027" is another statement, with its own time. */
const PARTICIPLE_AFTER = /,\s*(?:[a-z]+ly\s+)?(?:adding|saying|noting|citing|warning|arguing|insisting|stressing|urging|calling|describing|accusing|claiming|suggesting|predicting|promising|vowing|pointing)\b/i;

/** True when the text between a cue and a later time holds a clause boundary: that time belongs to another clause. */
function crossesClause(between: string): boolean {
  if (CLAUSE_BOUNDARY.test(between) || RELATIVE_AFTER.test(between) || opensCoordinatedStatement(between)) return true;
  const p = PARTICIPLE_AFTER.exec(between);
  // (", insisting here Friday it was vital": a time right after the participle dates its
  // statement, made on the same occasion)
  return !!p && !/^\s+(?:(?:here|there|on|late|early|again|also)\s+)*$/i.test(between.slice(p.index + p[0].length));
}

/**
 * "said the worst had passed but warned that rivers could rise until Tuesday": a second speech verb
 * joined by "but" or "and", with no comma, opens another statement, which the later time dates.
 */
export function opensCoordinatedStatement(between: string): boolean {
  for (const m of between.matchAll(/\s(?:but|and|yet)\s+(?:also\s+|[a-z]+ly\s+)?([a-z]+)\b/gi)) if (isSpeechVerb(m[1]!.toLowerCase())) return true;
  return false;
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

/** True when `lead` (the text before a time) ends inside an "according to" phrase that is not the cue itself. */
function inOtherAccordingPhrase(lead: string, cueText: string): boolean {
  return !/^according\s+to$/i.test(cueText) && /\baccording\s+to\s[^,;:.!?“”"]*$/i.test(lead);
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
  stamps: ReadonlyMap<number, string>,
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
      // (and where it lies: a time inside it is the medium's name, "on the Monday Night
      // Football programme", "told Radio 4's Today programme", not when it was said)
      const chSpan = inContent(c.cue.start) ? null : findChannelSpan(w);
      if (chSpan) channel = chSpan.text;
      const inChannel = (t: Span) => chSpan !== null && t.start >= winStart + chSpan.start && t.end <= winStart + chSpan.end;
      // "In a post on Facebook, he called the findings ...": a channel opening the sentence
      if (!channel && !inContent(c.cue.start) && winStart > s.start && !c.contents.some((x) => x.start < winStart && x.end > s.start)) channel = leadingChannel(text.slice(s.start, winStart));
      // "Brennan has dismissed reports that ..., in a post on X on Tuesday.": a channel phrase
      // set off by a comma after the content closes the same attribution
      if (!channel && !inContent(c.cue.start) && content.end < s.end && content.end > c.cue.end) channel = trailingChannel(text.slice(content.end, s.end));
      let best = Infinity;
      for (const t of times) {
        if (t.start < s.start || t.end > s.end) continue;
        if (inContent(t.start) || inChannel(t)) continue;
        if (t.type !== 'DATE' && t.type !== 'TIME') continue;
        // only the cue's own clause: not "in March" after ", while Kessler said"
        if (t.start >= c.cue.end ? crossesClause(text.slice(c.cue.end, t.start)) : opensClauseBefore(text.slice(t.end, c.cue.start))) continue;
        // nor from another attribution's "according to" phrase: "According to a filing made public
        // last month, Lam told investigators ..." dates the filing
        if (inOtherAccordingPhrase(text.slice(Math.max(s.start, t.start - 80), t.start), text.slice(c.cue.start, c.cue.end))) continue;
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
      // a live blog's entry: with no time of its own, a statement is dated by the entry's stamp
      if (!time && !inContent(c.cue.start)) time = stamps.get(s.paragraph) ?? null;
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
