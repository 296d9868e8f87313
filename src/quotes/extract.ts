import type { Quote, QuoteKind, Sentence, Span, TextSpan, Timex, Token } from '../document/types.js';
import { sentenceIndexAt } from '../text/index.js';
import { findChannelSpan, leadingChannel } from './channel.js';
import { isSpeechVerb } from './cues.js';
import { findQuoteMarks, type QuoteMarks } from './marks.js';
import { mannerCueAfter } from './manner-cue.js';
import { headlineAttribution, headlineTrailingAttribution, interviewAnswers, interviewee, transcriptTurns, unlabelledInterview, type LabelAttribution } from './labels.js';
import { creditRepeatedQuotes } from './repeated.js';
import { antecedentPhrase, indexEntities, resolveSpeaker, sourceHead } from './speaker.js';
import { defaultTaggers } from './tagger.js';
import { type Cand, markAt, type MarkIndex, PREPS, type QuoteInput } from './candidate.js';
import { ruleCandidates } from './rule-candidates.js';
import { signCandidates } from './signs.js';
import { learnedCandidates } from './learned.js';
import { canSpeakOn, gestureSpeaker, turnBroken } from './turn.js';
import { carriesUnnamed, namesBetween } from './unnamed.js';
import { isProgrammeTitleAfter } from './content.js';
import { remarksCandidates } from './remarks.js';

export type { QuoteInput } from './candidate.js';

/** Extracts quotes and their attribution. Linear in the text: one pass over tokens per sentence. */
export function extractQuotes(input: QuoteInput): Quote[] {
  const { text, tokens, sentences, paragraphs } = input;
  const list = findQuoteMarks(text, paragraphs);
  const marks: MarkIndex = { list, opens: new Map(), closes: new Map() };
  for (const m of list) {
    marks.opens.set(m.start, m);
    if (m.closed) marks.closes.set(m.end - 1, m);
  }

  const cands: Cand[] = [];
  const dangling = new Map<number, Cand>(); // sentence index -> attribution with no content

  const taggers = input.useRules ? null : defaultTaggers();
  if (taggers) learnedCandidates(input, taggers, list, cands, dangling);
  else ruleCandidates(input, marks, cands, dangling);

  // Layout attributions: transcript turns ("WALLACE: ...") and a `Name: claim` headline. They
  // replace any tagged attribution whose cue or source falls on the label.
  const labels = labelAttributions(input);
  if (labels.length) replaceByLabels(cands, labels, sentences);
  // "X made the remarks ...": the statement the sentence before made (src/quotes/remarks.ts)
  cands.push(...remarksCandidates(text, sentences, cands));
  const turns = labels.filter((l) => l.kind === 'turn' || l.kind === 'answer');

  // Direct quotes no attribution covered: next-sentence attribution, continuing turns, or none.
  // a candidate whose every piece went to a later cue of its source (dropContentsOfLaterCues) has nothing left to say
  removeEmpty(cands);
  const sentIdxAt = (pos: number) => sentenceIndexAt(sentences, pos);
  cands.push(...signCandidates(text, list, cands, sentIdxAt));
  cands.sort((a, b) => a.contents[0]!.start - b.contents[0]!.start);
  const extra = uncoveredQuotations(input, list, cands, turns, dangling, sentIdxAt);
  const all = [...cands, ...extra].sort((a, b) => a.contents[0]!.start - b.contents[0]!.start);
  const quotes = finish(all, input, marks, sentIdxAt);
  creditRepeatedQuotes(quotes);
  dropSpeakerOfThirdPersonInOwnQuote(quotes);
  return quotes;
}

/**
 * `"He said he was sorry but ...," Prodi said`: a report inside a speaker's own quotation, its
 * source "he" or "she", tells what someone else said; speakers call themselves "I". Such a
 * nested quote never gets the quoting speaker (the resolver, reading the pronoun, would).
 */
function dropSpeakerOfThirdPersonInOwnQuote(quotes: Quote[]): void {
  for (const q of quotes) {
    const src = q.sourceSpan;
    if (!q.speaker || !src || !/^(?:he|she|they)$/i.test(src.text)) continue;
    const outer = quotes.find((o) => o !== q && o.kind === 'direct' && o.speaker === q.speaker && o.start <= src.start && src.end <= o.end);
    if (outer) {
      q.speaker = null;
      q.speakerText = src.text;
    }
  }
}

/** Drops the candidates a layout label's attribution covers and adds the labels' own (all but questions). */
function replaceByLabels(cands: Cand[], labels: readonly LabelAttribution[], sentences: readonly Sentence[]): void {
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

/**
 * The candidates of the quotations no candidate's content covers: a continuation of the
 * sentence before's backward attribution (added to it in place), the attribution left dangling
 * in the next sentence, an epigraph's credit, a lead-in, or none. Inside a transcript turn
 * (`turns`), a quotation is the turn's already.
 */
function uncoveredQuotations(input: QuoteInput, list: readonly QuoteMarks[], cands: readonly Cand[], turns: readonly LabelAttribution[], dangling: ReadonlyMap<number, Cand>, sentIdxAt: (pos: number) => number): Cand[] {
  const { text, tokens, sentences, paragraphs } = input;
  const inTurn = (pos: number) => turns.some((l) => pos >= l.paragraph.start && pos < l.paragraph.end);
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
  for (const m of list) {
    if (covered(m)) continue;
    // a quotation inside a transcript turn is that speaker's already
    if (turns.length && inTurn(m.start)) continue;
    // (and one inside a source describes who spoke: `experts who came to probe a case of “pneumonia
    // of an unknown cause” said`)
    if (cands.some((c) => c.source && c.source.start < m.start && m.end < c.source.end)) continue;
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
    // (a programme's title: `told CNN's "State of the Union"`)
    if (isProgrammeTitleAfter(text.slice(Math.max(0, m.start - 60), m.start))) continue;
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
    const manner = m.closed ? mannerCueAfter(text, m.innerEnd, m.end) : null;
    if (manner) {
      extra.push({ contents: [{ start: m.start, end: m.end }], cue: manner.cue, source: manner.source, sentence: si, inherited: false, confidence: 0.75 });
      continue;
    }
    // `The council “looks forward to further progress ...”`: a quotation that is the predicate of the
    // subject opening its sentence is that subject's
    const subject = s0 >= 0 ? subjectOfQuotedPredicate(text, sentences[s0]!.start, m) : null;
    if (subject) {
      extra.push({ contents: [{ start: m.start, end: m.end }], cue: null, source: subject, sentence: si, inherited: false, confidence: 0.7 });
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
    // `his films “When Father Was Away on Business” and “Time of the Gypsies.”`: a title the
    // narration runs into names a work, nobody's next turn
    const s1 = sentIdxAt(m.start);
    const work = s1 >= 0 && isTitleCase(inner) && narrationLeadsInto(text.slice(sentences[s1]!.start, m.start));
    if (work) continue;
    extra.push({ contents: [{ start: m.start, end: m.end }], cue: null, source: null, sentence: si, inherited: true, confidence: 0.5 });
  }
  return extra;
}

/**
 * The subject right before a quotation that opens on a finite verb: `The council “looks forward
 * ...”`, `Ruiz “remains committed ...”`. Only a short noun phrase opening the sentence: "the" and
 * one or two lowercase words, or up to four capitalised words.
 */
function subjectOfQuotedPredicate(text: string, sentenceStart: number, m: QuoteMarks): Span | null {
  if (!QUOTED_PREDICATE.test(text.slice(m.innerStart, m.innerEnd))) return null;
  const lead = SUBJECT_ONLY.exec(text.slice(sentenceStart, m.start));
  if (!lead || /^(?:It|This|That|There|He|She|They|We|I|You)$/.test(lead[2]!)) return null;
  const start = sentenceStart + lead[1]!.length;
  return { start, end: start + lead[2]!.length };
}
const QUOTED_PREDICATE = /^(?:is|was|are|were|has|have|had|will|would|remains|[a-z]{3,}(?<!s)s)\s/;
const SUBJECT_ONLY = /^(\s*)((?:The|the)\s+[a-z]+(?:\s+[a-z]+)?|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+$/u;

/** Minor words a title leaves in lowercase. */
const TITLE_MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'on', 'in', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is']);

/** True when every word but the minor ones is capitalised, as in a work's title: "Time of the Gypsies", "Beauty With A Purpose". */
function isTitleCase(inner: string): boolean {
  // (a name with its article: "the United Nations Climate Change Conference -- Nairobi 2006")
  const words = inner.replace(/[.,!?;:]+$/, '').replace(/^the\s+/, '').split(/\s+/).filter((w) => w && !/^[-–—]+$/.test(w));
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_MINOR.has(w));
}

/** True for three words or more of a sentence before a quotation, ending on a word or a comma (not a colon or a dash): the narration leads into it. */
function narrationLeadsInto(before: string): boolean {
  const t = before.trim();
  return /[\p{L}\d,]$/u.test(t) && t.split(/\s+/).length >= 3;
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
  const qa = out.some((l) => l.kind === 'turn') ? null : interviewAnswers(text, paragraphs) ?? unlabelledInterview(text, paragraphs);
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

/** A source that shows a body: a definite description, or a name with a body's word ("The Ministry of Public Security"). */
function isShownBody(sourceText: string | null): boolean {
  return !!sourceText && (/^the\s/i.test(sourceText.trim()) || BODY_WORD.test(sourceText));
}
const BODY_WORD = /\b(?:Ministry|Department|Party|Company|Corporation|Office|Agency|Council|Commission|Committee|Bank|Union|Association|Organi[sz]ation|Government|Army|Police|Court|Fund|Institute|University|Group|Board|Bureau|Authority)\b/;

/**
 * The index in `out` of a quote of exactly this span by the same speaker, else -1: a quotation
 * that runs on over a paragraph with no closing mark, attributed at its opening ("told
 * reporters:") and again at its end ("..., she said"), is one statement, not two. `bySpan` lists the
 * indices of `out` by span, so the check is a lookup. (Quotes in `out` are numbered by their
 * index, so the one kept may be replaced in place.)
 */
function sameStatementAt(out: readonly Quote[], bySpan: ReadonlyMap<string, readonly number[]>, content: Span, speaker: string | null, speakerText: string | null): number {
  return bySpan.get(spanKey(content))?.find((k) => (speaker ? out[k]!.speaker === speaker : !!speakerText && out[k]!.speakerText === speakerText)) ?? -1;
}

/** A span's key in the map of quotes by span. */
function spanKey(sp: Span): string {
  return `${sp.start}:${sp.end}`;
}

/** How far a cue stands from what it reports; of two cues for one statement the nearer is its own ("added Wang who [promised] that ..."). */
function cueDistance(cue: Span | null | undefined, content: Span): number {
  if (!cue) return Infinity;
  return cue.end <= content.start ? content.start - cue.end : cue.start >= content.end ? cue.start - content.end : 0;
}

function finish(cands: Cand[], input: QuoteInput, marks: MarkIndex, sentIdxAt: (pos: number) => number): Quote[] {
  const { text, sentences, entities, times, paragraphs } = input;
  const index = indexEntities(entities);
  const paraOf = (pos: number): number => {
    const si = sentIdxAt(pos);
    return si >= 0 ? sentences[si]!.paragraph : -1;
  };
  const stamps = entryStamps(text, times, paragraphs, paraOf);
  const out: Quote[] = [];
  const bySpan = new Map<string, number[]>();
  let prevSpeaker: string | null = null;
  let prevSourceText: string | null = null;
  let prevSource: Span | null = null;
  let prevPara = -10;
  let prevEnd = 0;
  // the last speaker who is a named person, where that attribution ends, and its paragraph: an
  // unnamed or collective source between ("Both the government and the rebels pledged ...") does
  // not take "He said" from that person
  let lastPerson: string | null = null;
  let lastPersonEnd = 0;
  let lastPersonPara = -10;
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
      const sourceSentence = sentIdxAt(source.start);
      const sIdx = Math.max(0, sourceSentence - 1);
      const windowStart = sentences[sIdx]?.start ?? 0;
      const previous = para - prevPara <= 1 ? prevSpeaker : null;
      // (not past an unnamed person, "a witness said ... she said", who goes on: see `carries` below;
      // nor past a name the entities did not resolve, "Ranariddh, son of the former king, said")
      // (nor past a pronoun left unresolved: someone spoke whom the resolver could not name)
      // only a collective source is passed over: plural, or two joined ("Both the government and the
      // Maoists pledged"); a singular description, "A dealer with a European brokerage said", is
      // someone who may speak on)
      const skippable = !prevSourceText || (COLLECTIVE_SOURCE.test(prevSourceText.trim()) && !carriesUnnamed('he', prevSourceText) && !carriesUnnamed('she', prevSourceText) && !NAME_OPENING.test(prevSourceText));
      // (and "he" or "she" after a body spoke goes back to the last person: "The Ministry of Public
      // Security claimed ... “...,” he said" after the vice-minister's words)
      // (only a body the source shows to be one: a bare name typed as a body may be a person's)
      const bodyBefore = !!prevSpeaker && index.byId.get(prevSpeaker)?.type !== 'PERSON' && /^(?:he|she)$/i.test(text.slice(source.start, source.end).trim()) && isShownBody(prevSourceText);
      const earlierPerson = ((!prevSpeaker && skippable) || bodyBefore) && para - lastPersonPara <= 3 ? lastPerson : null;
      const earlier = (para - prevPara <= 3 && !bodyBefore ? prevSpeaker : null) ?? earlierPerson;
      const earlierEnd = earlierPerson && earlier === earlierPerson ? lastPersonEnd : prevEnd;
      const quotation = quotationBeforeSource(text, c.contents, source);
      // names inside the quotation a pronoun source follows are spoken of, never the speaker:
      // "“If Donald Trump is elected ...,” he said" is not Trump
      const paragraphStart = paragraphs[paraOf(source.start)]?.start;
      const sentenceStart = sentences[sourceSentence]?.start;
      // (and so are those named in what this attribution reports before its source: "This was
      // indicative of the importance of President Musharraf, he said")
      const reported = para - prevPara <= 1 ? [...prevContents, ...c.contents.filter((x) => x.end <= source!.start)] : undefined;
      const previousSource = previous && prevSource ? prevSource : undefined;
      let r = resolveSpeaker(source, { text, index, previous, previousSource, windowStart, earlier, earlierEnd, quotation, paragraphStart, sentenceStart, reported });
      // a pronoun after a long quotation ("“...” she said" closing paragraphs of it) that nothing
      // resolved looks back from where the quotation opens
      if (!r.speaker && quotation && first.start <= windowStart) {
        const from = sentences[Math.max(0, sentIdxAt(first.start) - 1)]?.start ?? 0;
        r = resolveSpeaker(source, { text, index, previous, previousSource, windowStart: from, earlier, earlierEnd, quotation, paragraphStart, sentenceStart, reported });
      }
      speaker = r.speaker;
      // "United's sporting director said Ferreira had been the top target. “...,” he said.": a
      // pronoun right after an unnamed person's report goes on with that person, not with a name
      // the report spoke of (unnamed sources are never credited to someone named nearby)
      // (the unnamed source before carries `pronoun` with no one named between, outside what was said)
      const sourceAt = source.start;
      const carries = (pronoun: string): boolean => previous === null && para - prevPara <= 1 && prevSpeakerUnnamed && !!prevSourceText && !!prevSource
        && carriesUnnamed(pronoun, prevSourceText) && !namesBetween(index.mentions, prevSource.end, sourceAt, [...prevContents, ...c.contents]);
      // (only a pronoun for people: "it" after "the group said" is as likely the body named before;
      // and only after a source that is no definite description, which may be a named person's:
      // "Spicer ... The former British soldier told ... He condemned")
      const pronoun = text.slice(source.start, source.end).trim();
      if (speaker && /^(?:he|she|they|we)$/i.test(pronoun) && !/^the\s/i.test(prevSourceText ?? '') && carries(pronoun)) speaker = null;
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
      } else if (carries(speakerText)) {
        // "One resident said ... “...,” she said.": the pronoun goes on with the unnamed source
        // before it (src/quotes/unnamed.ts)
        speakerText = prevSourceText;
      }
      // (resolveSpeaker keeps unnamed sources unnamed; "a spokesman, Ahmed Ali" names him)
    }
    for (const content of c.contents) {
      const k = sameStatementAt(out, bySpan, content, speaker, speakerText);
      if (k < 0) {
        bySpan.set(spanKey(content), [...(bySpan.get(spanKey(content)) ?? []), n]);
        out.push(makeQuote(content, c, source, speaker, speakerText, confidence, text, marks, sentences, times, stamps, sentIdxAt, n++));
      } else if (cueDistance(c.cue, content) < cueDistance(out[k]!.cue, content)) out[k] = makeQuote(content, c, source, speaker, speakerText, confidence, text, marks, sentences, times, stamps, sentIdxAt, k);
    }
    if (c.turn) turn = { span: c.turn, speaker, speakerText };
    // ("One victim said the bank had refused to refund her. “...,” she said.": an attribution
    // inside the previous one's content is part of what was reported; the reporter is still
    // the one speaking)
    const nested = !!c.cue && prevContents.some((x) => x.start <= c.cue!.start && c.cue!.end <= x.end);
    // ("... based on the Commission Report, which stressed ...": a relative clause's attribution
    // describes a thing the sentence names, and the next "He added" is still the last speaker's)
    const relative = !!source && /^(?:which|that)$/i.test(text.slice(source.start, source.end).trim());
    if (!c.inherited && source && !nested && !relative) {
      prevContents = c.contents;
      prevEnd = Math.max(source.end, c.cue?.end ?? 0, ...c.contents.map((x) => x.end));
      prevSpeakerUnnamed = speaker === null;
      prevSpeaker = speaker;
      prevSourceText = speakerText;
      prevSource = source;
      prevPara = lastParagraphOf(c.contents, paraOf);
      if (speaker && index.byId.get(speaker)?.type === 'PERSON') {
        lastPerson = speaker;
        lastPersonEnd = prevEnd;
        lastPersonPara = prevPara;
      }
    } else if (continues) prevPara = lastParagraphOf(c.contents, paraOf);
  }
  return out;
}

/** A source for several: two joined by "and", or a plural at its end ("Korean Air officials"). */
const COLLECTIVE_SOURCE = /\band\b|\p{Ll}{2,}s$/u;

/** A source that opens on a capitalised word other than an article or a quantifier: a name. */
const NAME_OPENING = /^(?!(?:The|A|An|Both|Some|Many|Several|Most|All|Other|Two|Three|Four|Five)\b)\p{Lu}/u;

/**
 * The paragraph where the quote's words end: after a quotation running over three paragraphs,
 * "he said" in the next one is as close to its speaker as after a one-paragraph quote.
 */
function lastParagraphOf(contents: readonly Span[], paraOf: (pos: number) => number): number {
  let end = 0;
  for (const x of contents) end = Math.max(end, x.end);
  return paraOf(end - 1);
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

/** Words after a comma that open a time adjunct of the statement itself (", on Tuesday", ", late on Friday") or a participle of the occasion (", speaking in Paris on Monday"; crossesClause weighs those). */
const APPENDED_PHRASE = /^\s*,\s+(?!(?:on|in|at|late|early|last|this|next|earlier|later|yesterday|today|tonight|when|after|before|during|while|as|asked|interviewed|[a-z]+ing)\b)[\p{L}\d$€£]/iu;

/** True when `between` (from the cue or the content after it, up to a time) opens with a comma and a phrase that is no time adjunct. */
function isAppendedPhrase(between: string): boolean {
  return APPENDED_PHRASE.test(between);
}

/** The end of the last content piece that lies between `from` and `to`, else `from`. */
function lastEndBefore(contents: readonly Span[], from: number, to: number): number {
  let end = from;
  for (const c of contents) if (c.start >= from && c.end <= to && c.end > end) end = c.end;
  return end;
}

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

/** Direct when the content is a quotation from mark to mark, mixed when it holds a mark, else indirect. */
function quoteKind(qText: string, content: Span, marks: MarkIndex): QuoteKind {
  const first = qText.charCodeAt(0);
  const last = qText.charCodeAt(qText.length - 1);
  // (single marks count where the article quotes in them: findQuoteMarks paired them)
  const startsMark = first === 0x201c || first === 0x22 || qText.startsWith("''") || marks.opens.has(content.start);
  const endsMark = last === 0x201d || last === 0x22 || qText.endsWith("''") || marks.closes.has(content.end - 1);
  const hasMark = /["“”]|''/.test(qText) || marks.list.some((m) => m.start >= content.start && m.start < content.end);
  if (startsMark && (endsMark || marks.opens.get(content.start)?.end === content.end)) return 'direct';
  return hasMark ? 'mixed' : 'indirect';
}

/** The channel and time of a quote's attribution (makeQuote; each step apart, so that V8 compiles and recompiles them one by one). */
interface ChannelAndTime {
  channel: string | null;
  time: string | null;
}

const NO_CHANNEL_OR_TIME: ChannelAndTime = { channel: null, time: null };

/** The channel and time of the cue's attribution: its sentence outside the content. */
function channelAndTime(
  content: Span,
  c: Cand,
  cue: Span,
  source: Span | null,
  text: string,
  sentences: readonly Sentence[],
  times: readonly Timex[],
  stamps: ReadonlyMap<number, string>,
  sentIdxAt: (pos: number) => number,
): ChannelAndTime {
  const si = sentIdxAt(cue.start);
  const s = sentences[si];
  if (!s) return NO_CHANNEL_OR_TIME;
  const winStart = Math.max(s.start, Math.min(cue.start, source?.start ?? cue.start));
  const winEnd = Math.min(s.end, cue.end + 160);
  // outside every piece of the content (a broken quote's other half included)
  const cueInContent = inContents(c.contents, cue.start);
  let w = text.slice(winStart, winEnd);
  if (content.start > winStart && content.start < winEnd) w = text.slice(winStart, content.start);
  // (and where it lies: a time inside it is the medium's name, "on the Monday Night
  // Football programme", "told Radio 4's Today programme", not when it was said)
  const chSpan = cueInContent ? null : findChannelSpan(w);
  let channel: string | null = c.channel ? text.slice(c.channel.start, c.channel.end) : chSpan ? chSpan.text : null;
  // "In a post on Facebook, he called the findings ...": a channel opening the sentence
  if (!channel && !cueInContent && winStart > s.start && !c.contents.some((x) => x.start < winStart && x.end > s.start)) channel = leadingChannel(text.slice(s.start, winStart));
  // "Brennan has dismissed reports that ..., in a post on X on Tuesday.": a channel phrase
  // set off by a comma after the content closes the same attribution
  if (!channel && !cueInContent && content.end < s.end && content.end > cue.end) channel = trailingChannel(text.slice(content.end, s.end));
  const channelStart = chSpan ? winStart + chSpan.start : -1;
  const channelEnd = chSpan ? winStart + chSpan.end : -1;
  let time = timeOfCue(c.contents, cue, source, s, text, times, channelStart, channelEnd);
  // a live blog's entry: with no time of its own, a statement is dated by the entry's stamp
  if (!time && !cueInContent) time = stamps.get(s.paragraph) ?? null;
  return { channel, time };
}

/** True when `p` lies inside one of the content's pieces. */
function inContents(contents: readonly Span[], p: number): boolean {
  return contents.some((x) => p >= x.start && p < x.end);
}

/** Prepositions whose time is a deadline, a start or an end, never when something was said. */
const NOT_WHEN_SAID = /\b(?:by|until|till|since|from|through)\s+$/i;

/**
 * The time nearest the cue in its own clause of sentence `s`, outside the content and the channel
 * phrase (at [channelStart, channelEnd), or -1 with none), or null.
 */
/** True when an odd number of double quotation marks stand between `from` and `at`: `at` is inside a quotation. */
function isInsideQuotation(text: string, from: number, at: number): boolean {
  let n = 0;
  for (let i = from; i < at; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 || ch === 0x201c || ch === 0x201d) n++;
  }
  return n % 2 === 1;
}

/** True when `between` opens a participle clause after a comma whose verb is not one of saying. */
function isOtherParticipleClause(between: string): boolean {
  const m = /,\s+([a-z]+ing)\b/.exec(between);
  return !!m && !isSpeechVerb(m[1]!);
}

function timeOfCue(contents: readonly Span[], cue: Span, source: Span | null, s: Sentence, text: string, times: readonly Timex[], channelStart: number, channelEnd: number): string | null {
  let time: string | null = null;
  let best = Infinity;
  // (an indexed loop: this runs for every quote over every time of the document, and V8 kept the
  // iterator's result objects of `for ... of` here)
  for (let k = 0; k < times.length; k++) {
    const t = times[k]!;
    if (t.start < s.start || t.end > s.end) continue;
    if (inContents(contents, t.start) || (channelStart >= 0 && t.start >= channelStart && t.end <= channelEnd)) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    // only the cue's own clause: not "in March" after ", while Kessler said"
    if (t.start >= cue.end ? crossesClause(text.slice(cue.end, t.start)) : opensClauseBefore(text.slice(t.end, cue.start))) continue;
    // nor from a phrase appended after a comma: "Turnout was 38%, the commission said, [down from
    // 41% in 2019]", "said 1,200 people had crossed since January, [four times as many as in the
    // same period last year]"
    if (t.start >= cue.end && isAppendedPhrase(text.slice(lastEndBefore(contents, cue.end, t.start), t.start))) continue;
    // nor from a participle's clause after the attribution: "a ministry spokesman said, [echoing
    // comments by President Macron last month]" dates the comments (a participle of saying goes on
    // with the same occasion: "defended the decision, insisting here Friday ...")
    if (t.start >= cue.end && isOtherParticipleClause(text.slice(cue.end, t.start))) continue;
    // nor from another attribution's "according to" phrase: "According to a filing made public
    // last month, Lam told investigators ..." dates the filing
    if (inOtherAccordingPhrase(text.slice(Math.max(s.start, t.start - 80), t.start), text.slice(cue.start, cue.end))) continue;
    // nor a deadline or a span's end: "promised to build 1.5 million homes [by 2029], saying ...",
    // "in force [until March]" never date the saying
    if (NOT_WHEN_SAID.test(text.slice(Math.max(s.start, t.start - 8), t.start))) continue;
    // nor a time inside a quotation before the cue, someone's words: `cited a "shipment ... blocked
    // in [July 2006]," saying ...`
    if (t.end <= cue.start && isInsideQuotation(text, s.start, t.start)) continue;
    // nor a word of the source's own title: "Current Mayor Sofia Reyes ordered"
    if (source && t.start >= source.start && t.end <= source.end && t.value === 'PRESENT_REF') continue;
    // nor from a relative clause or apposition inside the source
    if (source && t.start > source.start) {
      const beforeCue = source.end <= cue.start;
      const within = beforeCue ? t.end <= cue.start : t.end <= source.end;
      if (within && inSourceInsert(text.slice(source.start, t.start), beforeCue ? text.slice(t.end, cue.start) : null)) continue;
    }
    const d = Math.abs(t.start - cue.end);
    if (d < best && d < 120) {
      best = d;
      time = t.id;
    }
  }
  return time;
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
  const kind = quoteKind(qText, content, marks);
  // The attribution window: the cue's sentence outside the content.
  const when = c.cue ? channelAndTime(content, c, c.cue, source, text, sentences, times, stamps, sentIdxAt) : NO_CHANNEL_OR_TIME;
  const channel = when.channel;
  const time = when.time;
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
