/**
 * Attributions from the learned cue and span taggers (src/quotes/tagger.ts), sentence by
 * sentence: each predicted cue with its source and content pieces, then the rules that correct
 * what the taggers get wrong in news (each step below), then the parenthetical attributions and
 * research findings the taggers miss.
 *
 * The steps are separate functions rather than one loop body so that each stays readable and
 * V8 compiles them one by one: as a single 400-line function the optimising compiler spent
 * 0.5 to 0.9 s per (re)compile on it, three times per process.
 */
import type { Sentence, Span, Timex, Token } from '../document/types.js';
import { dropCircumstancePieces, dropCueAdjuncts, dropDurationAfterCue, isAddresseeTail } from './adjunct.js';
import { type Cand, markAt, type QuoteInput, TERMINAL } from './candidate.js';
import { beforeClosingChannel, endBeforeJoinedRefusal, isCallNounObject, isDispositionTopic, isWeighedAction, objectBeforeCoordinatedVerb, namesBeforeAnd, listedNamesBefore, restBeforeSourceComma, isInSourceRelative, partOfDayBeforeTime, endBeforeNamedClause, isAmountOnly, isAnonymityReason, isCircumstanceClause, isPassiveAdverbialOnly, isReducedPassiveQuestion, isAttributiveParticiple, isParticipleBeforeMainVerb, isAuthoredWork, isBareAddressee, isBareAppearance, isNegatedTopic, isNoComment, isParticipleApposition, isDocumentParticiple, isPassiveQuestion, isPassiveSubject, isPerformativeAct, isPurposeParticiple, isProductRecall, isPronounOnly, isNameOnly, isTimeOnly, isTimeAndPlaceOnly, isPassiveAgentGap, isFinancialResult, isMarketMove, isCitedSource, citingLeadLength, isQuestionObject, isInQuestionLead, isProgrammeTitleAfter, isQuestionTopic, isQuestionTopicRest, isReducedRelative, isRefusedCommentTopic, isRememberedThing, isSharedMedia, isOpeningSubjectPhrase, isSubjectOfCue, isUnansweredQuestion, isChannelRemnant } from './content.js';
import { attachesPreposition, CUE_PREPOSITIONS, isSpeechVerb, isStrongSpeechVerb } from './cues.js';
import { cueEndsInsideChannel, findChannelSpan, goBetweenTailAt, isChannelParticiple, verbBeforeChannel } from './channel.js';
import { lemmaOf, prepDocument, type DocPrep, type SentPrep } from './features.js';
import { contentAfterAddressee, findToldClauses } from './told.js';
import { closeReducedRelativeAgent, mendReportAroundRelative, reducedRelativeAgent } from './reduced-relative.js';
import { mendReportReadAsSource } from './report-read-as-source.js';
import { findFindings } from './findings.js';
import { isRubric, rubricPrefixLength } from './labels.js';
import type { QuoteMarks } from './marks.js';
import { findParentheticals } from './parenthetical.js';
import { perAttribution } from './per.js';
import { documentSeenByOthers, dropClosingChannelFromSource, relativePronounAsSource, sourceBeforeItsTime, subjectBeforeTimeAsSource } from './source-mends.js';
import { inCueClause, sourceAccording } from './source.js';
import { antecedentPhrase } from './speaker.js';
import { beforeAnonymityClause, unnamedSubjectBeforeAside, unnamedOpeningSubject, openingPronoun, clauseSubject, DATELINE, documentBeforeParticiple, LEADING_ADVERBIAL, LIVE_STAMP, LY_NOUNS, nameAfter, openingSubject, subjectBeforeAside, withSubject, sourceHeadPhrase, sourceEndWithoutTail, subjectBefore, subjectOfVerbBefore, trimSourceEdges, withDeterminer } from './source-phrase.js';
import { clauseBeforeSource, dropCircumstanceAfterClosingCue, dropContentsOfLaterCues, dropQuotationOfCircumstanceCue, endContentsAtNextAttribution, endContentsBeforeClosingSource, endContentsBeforeQuotedAttribution, extendContentsEndingInAuxiliary, extendContentsOverClosingConjunct, nameAfterInvertedCue, predicateAfterAside, keepAccordingInsideRelative, quotedAsSayingAfter, reportBeforeFinalAttribution, reportBeforeClosingAttribution, reportBeforeMidAttribution, reportsReachingBeforeCue, startAccordingInsideOtherReport, statementBeforeInvertedCue, takeChannelObjectIntoCue } from './sentence-report.js';
import type { QuoteTaggers, Seg, TaggedAttribution } from './tagger.js';

/** What the steps read of the document and of the sentence at hand (one object per document). */
interface Ctx {
  input: QuoteInput;
  text: string;
  tokens: readonly Token[];
  marks: readonly QuoteMarks[];
  dp: DocPrep;
  /** The lowercase text of token i ('' past the end). */
  lw: (i: number) => string;
  /** A cursor into `marks` that moves with the content pieces. */
  mi: number;
  s: Sentence;
  si: number;
  /** The sentence's first token: the taggers' segments are relative to it. */
  lo: number;
  found: TaggedAttribution[];
  /** The sentence's candidates so far. */
  here: Cand[];
}

/** One tagged cue as the steps correct it. */
interface Attribution {
  f: TaggedAttribution;
  /** The cue's tokens, [ca, cb), document-wide. */
  ca: number;
  cb: number;
  cue: Span;
  /** The verb a lone adverb cue took ("repeatedly [linked]"), or -1. */
  verbAt: number;
  /** The preposition the cue took ("warned [against]"), or -1. */
  attachAt: number;
  /** The cue's text as the tagger gave it, with the verb and preposition it took. */
  cueText: string;
  source: Span | null;
  contents: Span[];
  /** A refusal to comment (or a figure that moved: isMarketMove) stood among the pieces: nothing was said. */
  nothingSaid: boolean;
  /** A figure moved or was scored by the cue ("added nine rebounds"): the cue reports nothing, not even a quotation before it. */
  scored: boolean;
  /** The cue's subject given as content ("the [company] expected"): who holds the view. */
  subject: Span | null;
}

/**
 * Adds the learned taggers' candidates to `cands`; a cue with a source and no content goes to
 * `dangling` (by sentence), for a quotation in the previous sentence.
 */
export function learnedCandidates(input: QuoteInput, taggers: QuoteTaggers, marks: readonly QuoteMarks[], cands: Cand[], dangling: Map<number, Cand>): void {
  const { text, tokens, sentences, entities } = input;
  const dp = prepDocument(tokens, marks, entities);
  const lw = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  const ctx: Ctx = { input, text, tokens, marks, dp, lw, mi: 0, s: sentences[0]!, si: 0, lo: 0, found: [], here: [] };
  // every sentence is tagged before the rules run: the taggers' weight tables stay in the CPU's
  // caches through the document instead of being evicted by the rules between sentences
  const tagged = sentences.map((s) => (s.tokenEnd > s.tokenStart ? taggers.sentence(s, dp) : null));
  let nextBy = -2;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const t = tagged[si];
    if (!t) continue;
    const { found, prep } = t;
    // (the next " by " is looked up once and kept while it lies ahead: a search from every sentence
    // would scan the rest of a document that has none)
    if (nextBy !== -1 && nextBy < s.start) nextBy = text.indexOf(' by ', s.start);
    const hasBy = nextBy >= 0 && nextBy < s.end;
    const misread = found.some((f) => !f.contents.length && f.sources.length > 1);
    if (hasBy || misread) {
      const words = sentenceWords(ctx, s);
      const end = sentenceEndBeforeStop(tokens, s);
      if (hasBy) mendReportAroundRelative(words, end, found);
      if (misread) mendReportReadAsSource(words, tokens.slice(s.tokenStart, s.tokenEnd).map((k) => k.text), end, found, isStrongSpeechVerb);
    }
    const here: Cand[] = [];
    ctx.s = s;
    ctx.si = si;
    ctx.lo = s.tokenStart;
    ctx.found = found;
    ctx.here = here;
    for (const f of found) {
      const c = candidateOf(ctx, f, dangling);
      if (!c) continue;
      here.push(c);
      cands.push(c);
    }
    endContentsAtNextAttribution(text, here);
    endContentsBeforeClosingSource(text, here);
    endContentsBeforeQuotedAttribution(text, here);
    dropContentsOfLaterCues(text, here);
    startAccordingInsideOtherReport(text, here);
    keepAccordingInsideRelative(text, s, here);
    extendContentsEndingInAuxiliary(text, s, here);
    extendContentsOverClosingConjunct(text, s, here);
    dropQuotationOfCircumstanceCue(text, here);
    dropCircumstanceAfterClosingCue(text, here);
    for (const c of here) takeChannelObjectIntoCue(text, c);
    addParentheticals(ctx, prep, cands);
    addFindings(ctx, prep, cands);
    addToldClauses(ctx, cands);
    addQuotedAsSaying(ctx, cands);
    addPassiveAccusations(ctx, cands);
    addPerAttribution(ctx, cands);
  }
}

/** "Per the union, ..." and "..., per court filings." when the tagger found no cue there (per.ts). */
function addPerAttribution(ctx: Ctx, cands: Cand[]): void {
  const { text, s, si, here } = ctx;
  const per = perAttribution(text, s.start, s.end);
  if (!per) return;
  if (here.some((c) => c.cue && c.cue.start < per.cue.end && per.cue.start < c.cue.end)) return;
  const c: Cand = { contents: [per.content], cue: per.cue, source: per.source, sentence: si, inherited: false, confidence: 0.7 };
  here.push(c);
  cands.push(c);
}

/** The lowercase words of a sentence, sentence-local. */
function sentenceWords(ctx: Ctx, s: Sentence): string[] {
  const out: string[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) out.push(ctx.lw(i));
  return out;
}

/** A sentence's token count without its closing stop (and the marks after it). */
function sentenceEndBeforeStop(tokens: readonly Token[], s: Sentence): number {
  let b = s.tokenEnd;
  while (b > s.tokenStart && (TERMINAL.has(tokens[b - 1]!.text) || /^["”’]$/.test(tokens[b - 1]!.text))) b--;
  return b - s.tokenStart;
}

/** A passive accusation: "is accused of", "were accused of", "has been accused of". */
const PASSIVE_ACCUSATION = /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being)\s+(?:also\s+|widely\s+|repeatedly\s+)?accused\s+of\s+/gi;

/**
 * "The former minister [is accused of] siphoning off 271 million dollars" when the tagger found no
 * cue there: an accusation made by someone unnamed, its content the gerund clause to the
 * sentence's end (PolNeAR marks such passives, with no source).
 */
function addPassiveAccusations(ctx: Ctx, cands: Cand[]): void {
  const { text, s, si, here } = ctx;
  const sentence = text.slice(s.start, s.end);
  if (!sentence.includes('accused')) return;
  for (const m of sentence.matchAll(PASSIVE_ACCUSATION)) {
    const cue = { start: s.start + m.index!, end: s.start + m.index! + m[0].trimEnd().length };
    if (here.some((c) => (c.cue && c.cue.start < cue.end && cue.start < c.cue.end) || c.contents.some((x) => x.start <= cue.start && cue.end <= x.end))) continue;
    const start = s.start + m.index! + m[0].length;
    let end = s.end;
    while (end > start && /[\s.!?"”’]/.test(text[end - 1]!)) end--;
    if (!/^[a-z]+ing\b/.test(text.slice(start, end)) || end - start < 10) continue;
    const c: Cand = { contents: [{ start, end }], cue, source: null, sentence: si, inherited: false, confidence: 0.6 };
    here.push(c);
    cands.push(c);
  }
}

/**
 * A passive "quoted" cue before "as saying": "..., a colleague [was quoted] as saying." (the
 * outlet may stand between: "was quoted by the DPA news agency as saying").
 */
const QUOTED_CUE = /\b(?:was|were|is|are|has\s+been|had\s+been)\s+quoted(?=(?:\s+by\s+[^,;:“”"]{2,50}?)?\s+as\s+saying\b)/gi;

/**
 * `X did Y, a colleague was quoted as saying.` when the tagger found no cue there: the closing
 * attribution's form says who said what (`quotedAsSayingAfter`).
 */
function addQuotedAsSaying(ctx: Ctx, cands: Cand[]): void {
  const { text, s, si, here } = ctx;
  const sentence = text.slice(s.start, s.end);
  if (!sentence.includes('quoted')) return;
  for (const m of sentence.matchAll(QUOTED_CUE)) {
    const cue = { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
    if (here.some((c) => c.cue && c.cue.start < cue.end && cue.start < c.cue.end)) continue;
    const q = quotedAsSayingAfter(text, cue, s);
    if (!q) continue;
    const c: Cand = { contents: [q.content], cue: { start: cue.start, end: q.cueEnd }, source: q.source, sentence: si, inherited: false, confidence: 0.7 };
    here.push(c);
    cands.push(c);
  }
  for (const m of sentence.matchAll(ACTIVE_QUOTED)) {
    const at = s.start + m.index!;
    const cue = { start: at, end: at + 'quoted'.length };
    if (here.some((c) => c.cue && c.cue.start < at + m[0].length && cue.start < c.cue.end)) continue;
    const q = activeQuotedAsSaying(text, s, m, at);
    if (!q) continue;
    const c: Cand = { contents: [q.content], cue, source: q.source, ...(q.channel ? { channel: q.channel } : {}), sentence: si, inherited: false, confidence: 0.7 };
    here.push(c);
    cands.push(c);
  }
}

/** An active "quoted PERSON as saying" with the clause said after it. */
const ACTIVE_QUOTED = /\bquoted\s+(?!by\s)([^,;:“”"]{2,80}?)\s+as\s+(?:saying|telling\s+\S+(?:\s+\S+)?)(?:\s*,)?\s+(?:that\s+)?/g;

/**
 * "State media quoted [President Xi Jinping] as saying [China would never accept interference]."
 * when the tagger found no cue: the person after "quoted" spoke, the clause to the sentence's end
 * is what they said, and a short subject before "quoted" is the outlet that carried it. A clause
 * opening with a quotation mark is left to the quotation's own candidate.
 */
function activeQuotedAsSaying(text: string, s: Sentence, m: RegExpMatchArray, at: number): { source: Span; content: Span; channel: Span | null } | null {
  const start = at + m[0].length;
  let end = s.end;
  while (end > start && /[\s.!?]/.test(text[end - 1]!)) end--;
  const said = text.slice(start, end);
  if (/^["“']/.test(said) || said.split(/\s+/).length < 3) return null;
  const sourceStart = at + m[0].indexOf(m[1]!);
  const subject = /(?:^|,\s*)((?:[\p{L}\d.'’&-]+\s+){0,5}[\p{L}\d.'’&-]+)\s+$/u.exec(text.slice(s.start, at));
  const channel = subject ? { start: s.start + subject.index! + subject[0].indexOf(subject[1]!), end: s.start + subject.index! + subject[0].indexOf(subject[1]!) + subject[1]!.length } : null;
  return { source: { start: sourceStart, end: sourceStart + m[1]!.length }, content: { start, end }, channel };
}

/** The candidate of one tagged cue, or null when it attributes nothing. */
function candidateOf(ctx: Ctx, f: TaggedAttribution, dangling: Map<number, Cand>): Cand | null {
  const st = cueOf(ctx, f);
  if (!st) return null;
  takeNearestSource(ctx, st);
  sourceBeforeItsTime(ctx.text, st);
  keepNestedSourceInside(ctx, st);
  if (!isStatementCue(ctx, st)) return null;
  takeContents(ctx, st);
  subjectBeforeTimeAsSource(ctx.text, ctx.s, st);
  timeAfterCuePreposition(ctx, st);
  relativePronounAsSource(ctx.text, ctx.s, st);
  if (!shapeContents(ctx, st)) return null;
  refineSource(ctx, st);
  dropClosingChannelFromSource(ctx.text, st);
  if (st.source && st.source.end <= st.cue.start) st.source = { start: st.source.start, end: sourceEndWithoutTail(ctx.text, st.source) };
  documentSeenByOthers(ctx.text, ctx.s, st);
  extendCueLeft(ctx, st);
  passiveAndAccording(ctx, st);
  if (!isAttributionKept(ctx, st)) return null;
  inheritSource(ctx, st);
  deniedReports(ctx.text, st);
  return finishCandidate(ctx, st, dangling);
}

/** A person called, then why: "[called] Alicia Machado on Friday to express gratitude". */
const PHONED_TO = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:(?:on|late|early|last)\s+\p{L}+\s+)?to\s+(?:express|discuss|congratulate|offer|thank|apologi[sz]e|convey|check\s+on|wish|extend|console|reassure)\b/u;

/** "says something about X" (a fact revealing), "Let's say ..." and an opening "Say ..." (a supposition). */
function isFigurativeSay(before: string, cueText: string, after: string): boolean {
  if (/^(?:say|says|said)$/i.test(cueText) && /^\s+(?:something|a\s+lot|a\s+great\s+deal|much|little|more|less|everything|nothing|volumes|plenty)\s+about\b/i.test(after)) return true;
  return /^say$/i.test(cueText) && (/^\s*$/.test(before) || /\blet(?:['’]s|\s+us)\s+$/i.test(before));
}

/**
 * "agreed on [Friday to push the EU ...]": the tagger took the time after the cue's preposition into
 * what was said. The time dates the cue, and what was agreed starts at the infinitive after it.
 */
function timeAfterCuePreposition(ctx: Ctx, st: Attribution): void {
  const { text, input } = ctx;
  const first = st.contents.find((c) => c.start >= st.cue.end);
  if (!first || !/^\s+(?:on|in|at)\s+$/i.test(text.slice(st.cue.end, first.start))) return;
  const t = input.times.find((x) => x.start === first.start && x.end < first.end);
  const to = t ? /^\s+(?=to\s+[a-z])/.exec(text.slice(t.end, first.end)) : null;
  if (!t || !to) return;
  st.contents[st.contents.indexOf(first)] = { start: t.end + to[0].length, end: first.end };
}

/** Nouns of what others said, which a verb of denial takes as its object: "denied [reports] that ...". */
const REPORT_NOUN = /^(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|speculation)$/i;
const DENIAL_VERB = /^(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)$/i;

/**
 * "Ukraine's foreign minister, Andrii Sybiha, denied reports that he had met ...": the tagger may
 * make the noun the cue, the verb before it the source and the subject content. The verb is the
 * cue, the subject before it the source, and the noun with its clause what was denied. Rewrites
 * `st` in place.
 */
function deniedReports(text: string, st: Attribution): void {
  const { cue, source, contents } = st;
  if (!source || source.end > cue.start || !REPORT_NOUN.test(text.slice(cue.start, cue.end))) return;
  if (!DENIAL_VERB.test(text.slice(source.start, source.end)) || !/^\s+$/.test(text.slice(source.end, cue.start))) return;
  const subject = contents.find((c) => c.end <= source.start && /^\s*,?\s*$/.test(text.slice(c.end, source.start)));
  const after = contents.filter((c) => c.start >= cue.end);
  if (!subject || !after.length) return;
  st.cue = { start: source.start, end: source.end };
  st.source = subject;
  st.contents = [{ start: cue.start, end: after[after.length - 1]!.end }];
}

/**
 * Where a content piece after its cue ends when a date or time closes the sentence right after
 * it ("... would announce a relief package [on Monday]."): at the time's end. The piece's own end
 * otherwise, and always for a quotation (its marks bound it).
 */
function closingTimeEnd(text: string, times: readonly Timex[], piece: Span, s: Sentence): number {
  if (/^[“"‘']/.test(text.slice(piece.start, piece.start + 1))) return piece.end;
  // (indexed loops over the times here and in afterOpeningTime: V8 kept the iterator's result
  // objects of `for ... of`, once per time for every content piece)
  for (let k = 0; k < times.length; k++) {
    const t = times[k]!;
    if (t.start < piece.end || t.end > s.end || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    if (!/^\s+(?:(?:on|in|at|by|from|until|before|after|within|as\s+early\s+as|as\s+soon\s+as)\s+)?$/i.test(text.slice(piece.end, t.start))) return piece.end;
    return /^\s*[.!?]?\s*$/.test(text.slice(t.end, s.end)) ? t.end : piece.end;
  }
  return piece.end;
}


/**
 * What opens a reported clause after a time that dates its cue: a determiner, a pronoun, "that" or a
 * name ("said last week [it had ...]"). Anything else leaves the time in the content: a verb makes it
 * the subject ("said [2019 was the hottest year]"), a participle its modifier ("[recently released
 * polls]"), a possessive its owner ("[last year's figures]").
 */
const CLAUSE_OPENER = /^,?\s+(?:the|a|an|it|he|she|they|we|I|his|her|its|their|this|these|those|that|there|some|many|no|[A-Z][a-z]+(?!['’]s))\b/;

/**
 * Where a content after its cue starts when a date or time opens it ("said last [week it had
 * tightened ...]", "said [last month the plan was dead]"): after the time, which dates the
 * statement, when what follows the time opens a clause (`CLAUSE_OPENER`).
 */
function afterOpeningTime(text: string, times: readonly Timex[], piece: Span): number {
  for (let k = 0; k < times.length; k++) {
    const t = times[k]!;
    if (t.end <= piece.start || t.start > piece.start) {
      // "vowed [on Saturday to retaliate ...]": a time after "on" dates the cue when an infinitive follows it
      if (t.start > piece.start && t.end < piece.end && /^(?:on|in|at)\s+$/i.test(text.slice(piece.start, t.start)) && /^\s+to\s+[a-z]/.test(text.slice(t.end, t.end + 8))) return t.end + /^\s*/.exec(text.slice(t.end))![0].length;
      continue;
    }
    if (t.end >= piece.end || !CLAUSE_OPENER.test(text.slice(t.end, t.end + 12))) return piece.start;
    return t.end + /^\s*,?\s*/.exec(text.slice(t.end))![0].length;
  }
  return piece.start;
}

/** "were expected to arrive", "is set to", "were ordered to leave": no attribution. */
function isBeParticipleTo(ctx: Ctx, ca: number, cb: number): boolean {
  return BE.has(ctx.lw(ca)) && cb - ca >= 2 && ctx.lw(cb) === 'to';
}

/**
 * "failed to adopt [a resolution calling for] a ceasefire": a noun phrase the tagger took into a
 * participle's cue is who calls (the document), not part of the cue. The cue starts at the
 * participle and the phrase becomes the tagged source. Changes `f` in place.
 */
function nounPhraseOutOfCue(ctx: Ctx, f: TaggedAttribution): void {
  const { lw, lo } = ctx;
  if (f.cue.b - f.cue.a < 3 || !DETS.has(lw(lo + f.cue.a))) return;
  for (let k = f.cue.a + 2; k < f.cue.b; k++) {
    if (!/^[a-z]{3,}ing$/.test(lw(lo + k))) continue;
    f.sources = [{ a: f.cue.a, b: k }];
    f.cue = { a: k, b: f.cue.b };
    return;
  }
}

/** How something was said, after "with": "a laugh", "a wry smile", "a shrug". */
const MANNER_AFTER_WITH = /^\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:laugh|smile|shrug|sigh|grin|chuckle|nod|wink|frown|smirk)\b/;

/** The cue of a tagged attribution, with the verb or preposition it takes; null when it is no cue. */
function cueOf(ctx: Ctx, f: TaggedAttribution): Attribution | null {
  const { text, tokens, lw, s, lo } = ctx;
  if (!cueBeforeChannel(ctx, f)) return null;
  nounPhraseOutOfCue(ctx, f);
  const ca = lo + f.cue.a;
  // "said in a statement [on] the club's website", "wrote [on] X:": the channel's rest is no part of the cue
  if (f.cue.b - f.cue.a > 1 && cueEndsInsideChannel(text.slice(tokens[ca]!.end, s.end), tokens[lo + f.cue.b - 1]!.end - tokens[ca]!.end)) f.cue = { a: f.cue.a, b: f.cue.b - 1 };
  // "He accused [opposition] politicians of funding the protests": a verb that takes a person
  // before what it reports; the tagger took the object's first word into the cue
  if (f.cue.b - f.cue.a === 2 && OBJECT_FIRST_CUES.has(lw(lo + f.cue.a)) && /^[a-z]+$/.test(tokens[lo + f.cue.a + 1]!.text) && !NOT_OBJECT_WORD.test(lw(lo + f.cue.a + 1))) {
    const next = f.contents.find((x) => x.a === f.cue.b);
    if (next) {
      next.a = f.cue.b - 1;
      f.cue = { a: f.cue.a, b: f.cue.b - 1 };
    }
  }
  const cb = lo + f.cue.b;
  // not attributions: "were expected to arrive", "is set to", "asked not to be named"
  if (isBeParticipleTo(ctx, ca, cb)) return null;
  if (lw(cb - 1) === 'asked' && ANONYMITY.test(text.slice(tokens[cb - 1]!.end, tokens[cb - 1]!.end + 40))) return null;
  // "The measure passed by 412 votes to 187", "approved by 27 votes": a margin, not an agent
  if (cb + 1 < s.tokenEnd && lw(cb) === 'by' && tokens[cb + 1]!.kind === 'number') return null;
  const cue = { start: tokens[ca]!.start, end: tokens[cb - 1]!.end };
  // "says [with] a laugh": the manner it was said in is neither cue nor content
  if (cb - ca > 1 && lw(cb - 1) === 'with' && MANNER_AFTER_WITH.test(text.slice(tokens[cb - 1]!.end, s.end))) {
    cue.end = tokens[cb - 2]!.end;
    const after = tokens[cb - 1]!.end;
    f.contents = f.contents.filter((x) => tokens[lo + x.a]!.start < after || !MANNER_AFTER_WITH.test(text.slice(after, tokens[lo + x.b - 1]!.end + 1)));
  } else if (cb < s.tokenEnd && lw(cb) === 'with' && MANNER_AFTER_WITH.test(text.slice(tokens[cb]!.end, s.end))) {
    // (and when the tagger left "with" out of the cue and gave the manner as content)
    const after = tokens[cb]!.end;
    f.contents = f.contents.filter((x) => tokens[lo + x.a]!.start < after || !MANNER_AFTER_WITH.test(text.slice(after, tokens[lo + x.b - 1]!.end + 1)));
  }
  // "said in a statement [on] Monday": a preposition that opens a time is the time's, not the cue's
  if (cb - ca > 1 && /^(?:on|in|at)$/.test(lw(cb - 1)) && cb < s.tokenEnd && TIME_OPENER.test(tokens[cb]!.text)) cue.end = tokens[cb - 2]!.end;
  // a lone adverb the tagger took for the cue takes the verb after it: "He repeatedly linked X
  // to Y" (hedges such as "reportedly" are cues by themselves)
  const verbAt = cb - ca === 1 && cb < s.tokenEnd && /^[a-z]{3,}ly$/.test(tokens[ca]!.text) && !LY_NOUNS.test(` ${tokens[ca]!.text}`) && !HEDGE_ADVERB.test(tokens[ca]!.text) && /^[a-z]+$/.test(tokens[cb]!.text) && !DETS.has(lw(cb)) && !f.sources.some((x) => lo + x.a <= cb && cb < lo + x.b) ? cb : -1;
  if (verbAt >= 0) cue.end = tokens[verbAt]!.end;
  const ce = verbAt >= 0 ? cb + 1 : cb;
  // a preposition the training set puts in the cue after this word: "warned against", "asked about"
  // (nor one inside the channel phrase the cue opens: "said in a statement [on] the club's website")
  const attachAt = ce < s.tokenEnd && CUE_PREPOSITIONS.has(lw(ce)) && attachesPreposition(lemmaOf(lw(ce - 1)), lw(ce)) && !f.sources.some((x) => lo + x.a <= ce && ce < lo + x.b) && !(ce + 1 < s.tokenEnd && TIME_OPENER.test(tokens[ce + 1]!.text)) && !cueEndsInsideChannel(text.slice(tokens[ca]!.end, s.end), tokens[ce]!.end - tokens[ca]!.end) ? ce : -1;
  if (attachAt >= 0) cue.end = tokens[attachAt]!.end;
  return { f, ca, cb, cue, verbAt, attachAt, cueText: '', source: null, contents: [], nothingSaid: false, scored: false, subject: null };
}

/**
 * "He said in a video [posted to Facebook] that ...": a participle after the medium of a channel
 * phrase only says where the medium went. The cue is the verb of speaking before the phrase, and
 * the tagged cue moves there (in place: the tagged attribution is this sentence's own); with no
 * such verb, or with the tagger's own cue on it already, false: the participle attributes nothing.
 */
function cueBeforeChannel(ctx: Ctx, f: TaggedAttribution): boolean {
  const { text, tokens, s, lo, found } = ctx;
  const cue = { start: tokens[lo + f.cue.a]!.start, end: tokens[lo + f.cue.b - 1]!.end };
  const before = text.slice(s.start, cue.start);
  if (!isChannelParticiple(before, text.slice(cue.start, cue.end))) return true;
  const v = verbBeforeChannel(before);
  if (!v || !isSpeechVerb(v.word.toLowerCase())) return false;
  let k = lo + f.cue.a;
  while (k > lo && tokens[k]!.start > s.start + v.at) k--;
  if (tokens[k]!.start !== s.start + v.at || found.some((g) => g !== f && lo + g.cue.a <= k && k < lo + g.cue.b)) return false;
  f.cue = { a: k - lo, b: k - lo + 1 };
  return true;
}

/** The source: the tagged source piece nearest the cue. */
function takeNearestSource(ctx: Ctx, st: Attribution): void {
  const { text, tokens, lw, s, lo } = ctx;
  const { f, cue } = st;
  let source: Span | null = null;
  let bestD = Infinity;
  // "A regular customer, Ewan Pryce, who has bought a loaf every day since [2013], says": a
  // piece ending in ", who" before the cue opens a relative clause, and the pieces inside
  // that clause are no source; the piece with the relative pronoun is
  const opener = f.sources.find((x) => x.b <= f.cue.a && x.b - x.a >= 3 && RELATIVE_WORDS.has(lw(lo + x.b - 1)) && tokens[lo + x.b - 2]!.text === ',');
  for (const x of f.sources) {
    if (opener && x !== opener && x.a >= opener.b && x.b <= f.cue.a) continue;
    const d = x.b <= f.cue.a ? f.cue.a - x.b : x.a - f.cue.b;
    // (a tie goes to a person named right after an inverted cue: "..., including one born to the
    // panda [Lun Lun at the Atlanta Zoo], said [Zhang Zhihe], director of ...")
    // (not when the piece before opens the sentence, its subject: "The report carried by the
    // Times in Hammond, Indiana, said Gabor ..." reports on Gabor)
    if (d < bestD || (d === bestD && x.a >= f.cue.b && lw(lo + f.cue.a - 1) === ',' && ctx.dp.ent[lo + x.a] === 1 && !f.sources.some((y) => y.b === f.cue.a && y.a === 0))) {
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
  // "[A witness, who did] not want to be named, told ...": a relative clause the source cuts
  // short is no part of it; the noun phrase before it is
  if (source && source.end <= cue.start) source = withoutCutRelative(text, source, cue.start);
  st.source = source;
}

/**
 * "Peeters wrote that [residents] had warned about the plant": a cue inside another cue's
 * that-clause reports what someone inside that clause said; a source the tagger took from outside
 * it (the writer) is the outer attribution's. When the clause opens with "that" and a short
 * subject (no punctuation, at most four words before any auxiliary) stands between it and the
 * cue, that subject is the source. (Longer stretches are often the tagger running one content
 * over two coordinated cues, "said that X ... and encouraged", where the outer source is right.)
 */
function keepNestedSourceInside(ctx: Ctx, st: Attribution): void {
  const { tokens, lw, lo, found } = ctx;
  const { f, source } = st;
  if (!source) return;
  for (const g of found) {
    if (g === f) continue;
    const outer = g.contents.find((y) => y.a <= f.cue.a && f.cue.b <= y.b);
    if (!outer || tokens[lo + outer.a]!.start <= source.start || lw(lo + outer.a) !== 'that') continue;
    const a = lo + outer.a + 1;
    let b = lo + f.cue.a;
    while (b > a && AUXILIARIES.has(lw(b - 1))) b--;
    if (b - a < 1 || b - a > 4) return;
    for (let k = a; k < b; k++) if (tokens[k]!.kind === 'punct' || /^(?:and|but|or)$/.test(lw(k))) return;
    st.source = { start: tokens[a]!.start, end: tokens[b - 1]!.end };
    return;
  }
}

/** Auxiliaries a subject may carry before its verb: "residents [had] warned". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do']);

/** False when the cue describes or performs rather than reports: nobody is quoted. */
function isStatementCue(ctx: Ctx, st: Attribution): boolean {
  const { text, s } = ctx;
  const { cue } = st;
  const cueText = text.slice(cue.start, cue.end);
  // "The outbreak, first confirmed on Jan. 20, killed ...": a participle describing the
  // subject; "because no new cases appeared": coming about, not seeming
  if (isParticipleApposition(text.slice(s.start, cue.start), cueText, text.slice(cue.end, s.end))) return false;
  if (isBareAppearance(cueText, text.slice(cue.end, s.end))) return false;
  // "Among the issues [being discussed], senior officials warned ...": a passive participle after
  // a noun describes it
  if (/^being\s+[a-z]+(?:ed|en|wn)$/i.test(cueText) && !/\b(?:is|are|was|were|been|be)\s*$/i.test(text.slice(s.start, cue.start))) return false;
  // "He quoted Ho Chi Minh as [saying], “...”": the "quoted" cue's frame owns the participle
  if (/^(?:saying|telling)$/i.test(cueText) && /\bquoted\b[^.;“”"]*\bas\s+$/i.test(text.slice(s.start, cue.start))) return false;
  // "In Singapore, [added] value of this sector had grown": "added" as an adjective of a noun
  if (/^added$/i.test(cueText) && /^\s+(?:value|benefit|benefits|bonus|pressure|security|protection|cost|costs|incentive|incentives|impetus|urgency|weight|significance)\b/i.test(text.slice(cue.end, s.end))) return false;
  // "Porto Alegre [is known for] hosting the forum": a reputation, not a statement
  if (/^(?:is|are|was|were|be|been|has\s+been|have\s+been)\s+(?:best\s+|well\s+|widely\s+|also\s+)?known\s+(?:for|as)$/i.test(cueText)) return false;
  // "more than [expected]", "as [planned]": a comparison with what was foreseen says nothing
  if (/^(?:expected|anticipated|forecast|predicted|planned|scheduled|feared|hoped)$/i.test(cueText) && /\b(?:than|as)\s+$/i.test(text.slice(Math.max(s.start, cue.start - 6), cue.start))) return false;
  // "reports reaching here said": the noun of the wire's source, not a verb
  if (/^reports?$/i.test(cueText) && /^\s+(?:reaching|received)\s+here\b/i.test(text.slice(cue.end, s.end))) return false;
  // "the state [declared] in 1983 is recognised": a participle describing the noun before it
  if (isParticipleBeforeMainVerb(text.slice(s.start, cue.start), cueText, text.slice(cue.end, s.end))) return false;
  // "after ignoring [repeated] warnings": an adjective
  if (isAttributiveParticiple(text.slice(s.start, cue.start), cueText, text.slice(cue.end, s.end))) return false;
  // "In a statement [read] to the court, ...": the participle describes the document
  if (isDocumentParticiple(text.slice(s.start, cue.start), cueText)) return false;
  // "review 3,000 ballots declared invalid": a participle with its complement after a noun
  if (isVerdictParticiple(text.slice(s.start, cue.start), cueText, text.slice(cue.end, s.end))) return false;
  // "Talks aimed at ending the strike": what a thing is for
  if (isPurposeParticiple(text.slice(s.start, cue.start), cueText)) return false;
  // "considered [firing] her minister": weighing an action says nothing
  if (isWeighedAction(cueText, text.slice(cue.end, s.end))) return false;
  // "Senator rejects [calls] to quit": the noun of asking is what was rejected
  if (isCallNounObject(text.slice(s.start, cue.start), cueText)) return false;
  // "pleaded guilty", "declared a state of emergency", "signed an agreement": acts, not statements
  if (isPerformativeAct(cueText, text.slice(cue.end, s.end))) return false;
  // "[says] something about the media", "Let's [say] you think ...": what a fact reveals, or a
  // supposition, is nobody's statement
  if (isFigurativeSay(text.slice(s.start, cue.start), cueText, text.slice(cue.end, s.end))) return false;
  // "defended his title in 13.21 seconds": a champion keeping a title, in sport, says nothing
  if (/^(?:defended|defends|defend|defending)$/i.test(cueText) && /^\s+(?:(?:his|her|their|its|the)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:title|crown|championship|belt|trophy|gold|medal)s?\b/iu.test(text.slice(cue.end, s.end))) return false;
  // "offered no proof", "gave no details": nothing was offered to report
  if (/^(?:offered|offers|gave|gives|provided|provides|presented|presents)$/i.test(cueText) && /^\s+no\s+(?:proof|evidence|details|explanation|reason|specifics|support|timeline|timetable|figures)\b/i.test(text.slice(cue.end, s.end))) return false;
  // "Clinton called Alicia Machado on Friday to express gratitude": a telephone call, not a name given
  if (/^(?:called|calls|call|phoned|rang)$/i.test(cueText) && PHONED_TO.test(text.slice(cue.end, s.end))) return false;
  // "Lindqvist, asked whether he would complain, said": who was asked asked nothing
  if (isReducedPassiveQuestion(text.slice(s.start, cue.start), cueText, text.slice(cue.end, s.end))) return false;
  st.cueText = cueText;
  return true;
}

/**
 * What was said: the content pieces the tagger gave the cue, less what is no statement (the
 * cue's subject, which becomes `subject`; refusals, which set `nothingSaid`; topics, addressees,
 * channel words), each widened to the quotation marks it runs into.
 */
function takeContents(ctx: Ctx, st: Attribution): void {
  const { text, tokens, lo } = ctx;
  const { f } = st;
  const acc: Pieces = {
    contents: [],
    nothingSaid: false,
    scored: false,
    subject: null,
    mi: ctx.mi,
    // content after the cue, figures aside ("had expected [45 cents]" has none)
    contentAfterCue: f.contents.some((y) => y.a >= f.cue.b && !isAmountOnly(text.slice(tokens[lo + y.a]!.start, tokens[lo + y.b - 1]!.end))),
  };
  for (const x of f.contents) takePiece(ctx, st, x, acc);
  joinTouchingPieces(text, acc.contents);
  reportedSubjectAsContent(ctx, st, acc.contents);
  if (!acc.contents.length) clauseAfterOpeningAccording(ctx, st, acc.contents);
  st.nothingSaid = acc.nothingSaid;
  st.scored = acc.scored;
  st.subject = acc.subject;
  st.contents = acc.contents;
  ctx.mi = acc.mi;
}

/** The length of a rubric opening a piece, the desk's label and not what was said: "[Exclusive: ]Glencore weighs sale ..., sources say". */
function rubricLength(text: string, piece: Span): number {
  // (a rubric is short: only the piece's first words are read, on every candidate)
  const len = rubricPrefixLength(text.slice(piece.start, Math.min(piece.end, piece.start + 40)));
  return len < piece.end - piece.start ? len : 0;
}

/** A source that counts people or bodies: "56", "most", "two of them". */
const COUNTED_SOURCE = /^(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|most|many|some|half|all|none|several|a\s+majority|the\s+majority)\b/i;

/** A cue ending in the channel it went out by: "said in a statement", "wrote in a post". */
const CHANNEL_NOUN_END = /\b(?:statement|post|interview|letter|video|message|note|release|broadcast|speech|comments|remarks)$/i;
/** A participle phrase on such a channel, closed by a comma: "carried by the official WAFA news agency, ". */
const CHANNEL_PARTICIPLE = /^(?:carried|issued|posted|released|published|read|broadcast|aired|shared|distributed|sent|quoted)\s+(?:by|on|in|to|through|via|out)\b[^,;:“”"]{0,80},\s*/i;

/** Finite verbs a main clause goes on with after a relative clause (besides past forms in -ed). */
const MAIN_VERB = /^(?:is|are|was|were|has|have|had|will|would|can|could|said|says|told|won|lost|met|left|became|took|made|went|came|gave|ran|spoke|come|comes|follow|follows|remain|remains|appear|appears|seem|seems|mark|marks|raise|raises|reflect|reflects)$/;

/**
 * "Takaichi, [who] had hoped [to become prime minister, congratulated him]": a source that is the
 * relative pronoun of a clause set off by commas has said what comes before the comma closing
 * that clause; after it, the main clause goes on (a lowercase word after the comma). Changes
 * `contents` in place.
 */
function endAtRelativeClose(text: string, source: Span, cue: Span, contents: Span[]): void {
  if (!/^(?:who|which)$/i.test(text.slice(source.start, source.end)) || !/,\s*$/.test(text.slice(Math.max(0, source.start - 3), source.start))) return;
  for (let k = 0; k < contents.length; k++) {
    const c = contents[k]!;
    if (c.start < cue.end) continue;
    const piece = text.slice(c.start, c.end);
    if (/[“”"]/.test(piece)) return;
    // (the main clause's verb, with no aside after it: in "who said the plan, approved last
    // year, would fail" the comma opens an aside inside what was said)
    const close = /,\s+(\p{Ll}+)\b/u.exec(piece);
    if (close && (/ed$/.test(close[1]!) || MAIN_VERB.test(close[1]!)) && !piece.slice(close.index + 1).includes(',')) contents.splice(k, contents.length - k, { start: c.start, end: c.start + close.index });
    return;
  }
}

/**
 * "defends [judicial] [overhaul]": two pieces the tagger began apart with only a space between
 * are one noun phrase. Changes `contents` (in text order) in place.
 */
function joinTouchingPieces(text: string, contents: Span[]): void {
  for (let k = contents.length - 1; k > 0; k--) {
    const a = contents[k - 1]!;
    const b = contents[k]!;
    // (a relative pronoun opens a clause of its own: "a move [that] drew criticism")
    if (a.end < b.start && /^ +$/.test(text.slice(a.end, b.start)) && !/^(?:that|which|who|whom|whose)\b/i.test(text.slice(b.start, b.end))) contents.splice(k - 1, 2, { start: a.start, end: b.end });
  }
}

/**
 * What takeContents gathers over a cue's content pieces. (Each piece is read by three functions,
 * not one loop body, so that V8 compiles them apart: as one function the first rare case of any
 * rule recompiled all of takeContents, four times in a first pass over the newswire corpus.)
 */
interface Pieces {
  contents: Span[];
  /** A refusal to comment (or a figure that moved: isMarketMove) stood among the pieces: nothing was said. */
  nothingSaid: boolean;
  scored: boolean;
  subject: Span | null;
  /** takeContents' cursor into `marks`. */
  mi: number;
  contentAfterCue: boolean;
}

/** Takes one content piece the tagger gave (x, sentence-local tokens) into `acc`, or drops it. */
function takePiece(ctx: Ctx, st: Attribution, x: Seg, acc: Pieces): void {
  const { text, tokens, lw, s, lo, found } = ctx;
  const { f, cue, verbAt, attachAt, cueText } = st;
  let a = lo + x.a;
  while (a === verbAt || a === attachAt) a++;
  if (a >= lo + x.b) return;
  // a cue inside another attribution's content takes none of that attribution's source:
  // "[She] said the company expected ..."
  if (found.some((g) => g !== f && g.contents.some((y) => y.a <= f.cue.a && f.cue.b <= y.b) && g.sources.some((y) => y.a <= x.a && x.b <= y.b))) return;
  let piece = text.slice(tokens[a]!.start, tokens[lo + x.b - 1]!.end);
  // a figure alone says nothing: "had expected [45 cents]"; nor does an article alone, the
  // tagger's cut of a longer phrase: "called for [a] pullout"
  // (nor does a quotation mark or a stop alone: `"He said has discussed ...`)
  if (isAmountOnly(piece) || /^(?:a|an|the)$/i.test(piece) || /^[\s"“”'‘’.,;:!?—–-]*$/.test(piece)) return;
  // the subject right before the cue is who holds the view, not what it is: "the [company] expected"
  const gap = text.slice(tokens[lo + x.b - 1]!.end, cue.start);
  // nor is the subject of a passive what was said: "as [the vote was] read"
  if (x.b === f.cue.a && /^\s*$/.test(gap) && isPassiveSubject(piece, cueText)) return;
  if (x.b <= f.cue.a && (isSubjectOfCue(piece, gap, cueText, text.slice(s.start, tokens[a]!.start), acc.contentAfterCue) || (!st.source && isOpeningSubjectPhrase(piece, gap, cueText, text.slice(s.start, tokens[a]!.start))))) {
    // (with its modifier: "Economists polled by Reuters")
    if (x.b === f.cue.a || isReducedRelative(gap)) acc.subject = { start: tokens[a]!.start, end: tokens[lo + x.b - 1]!.end + gap.trimEnd().length };
    return;
  }
  // "did not mention [the market]": what someone did not talk about
  // (the negation may be the subject's: "neither side has confirmed [a time]")
  if (x.a >= f.cue.b && isNegatedTopic(NEGATIVE_SUBJECT.test(text.slice(s.start, cue.start)) ? `not ${cueText.replace(/^(?:(?:has|have|had|did|does|do|will|would|could)\s+)+/i, '')}` : cueText, piece)) {
    acc.nothingSaid = true;
    return;
  }
  // a content never starts inside a noun phrase ("said in a statement issued ..."), unless the
  // phrase is an addressee whose name the tagger began it on ("told the [European Parliament's
  // committee that ...]", cut at "that" below)
  // (the piece may go on past the phrase to what was said: "said in a [speech to air force
  // commanders that ...]", "warned in a [statement carried by KCNA that ...]": it starts at "that")
  if (x.a > f.cue.b && DETS.has(lw(a - 1)) && contentAfterAddressee(text.slice(cue.end, tokens[a]!.start), piece, cueText) < 0) {
    let k = a;
    while (k < lo + x.b && lw(k) !== 'that') k++;
    if (k >= lo + x.b - 1 || !CHANNEL_BEFORE_THAT.test(text.slice(cue.end, tokens[k]!.start))) return;
    a = k;
    piece = text.slice(tokens[a]!.start, tokens[lo + x.b - 1]!.end);
  }
  // what a question was about, not what its answer said: "Asked about [the dispute], Voss said ..."
  // (also a piece of it the tagger began mid-phrase: "Asked about the doping case [that hangs over him], Sinner said")
  if (x.b <= f.cue.a && (isQuestionObject(text.slice(s.start, tokens[a]!.start)) || isInQuestionLead(text.slice(s.start, tokens[lo + x.b - 1]!.end)))) return;
  // what a quotation was said of is its topic, not more of it: `“X,” he said of the plan.`
  if (x.a === f.cue.b + 1 && (lw(a - 1) === 'of' || lw(a - 1) === 'about') && f.contents.some((y) => y.b <= f.cue.a)) return;
  const sp = trimmedPiece(ctx, st, x, a, piece, acc);
  if (sp) extendPiece(ctx, st, x, a, sp, acc);
}

/** The span of a piece from token a, trimmed of what is no content (null when nothing is left). */
function trimmedPiece(ctx: Ctx, st: Attribution, x: Seg, a: number, piece: string, acc: Pieces): Span | null {
  const { text, tokens, s, lo } = ctx;
  const { f, cue, cueText } = st;
  const sp = { start: tokens[a]!.start, end: tokens[lo + x.b - 1]!.end };
  // "welcomed [the decision in a post on X]": the channel phrase closing the piece is how it was said
  if (x.a >= f.cue.b) sp.end = beforeClosingChannel(text, sp);
  // "conceded [defeat late] on Sunday": the part of the day belongs to the time after it
  if (x.a >= f.cue.b) sp.end -= partOfDayBeforeTime(text.slice(sp.start, sp.end), text.slice(sp.end, sp.end + 30));
  // `was "the real opposition now," [a]` claim ...: an article opens the next noun phrase, never ends what was said
  // (lowercase: "identified only as witness A" ends in a letter)
  if (x.a >= f.cue.b) sp.end -= /[,\s]+(?:a|an|the)$/.exec(text.slice(sp.start, sp.end))?.[0].length ?? 0;
  // "BaFin, which was criticised [for failing to spot the fraud], said": the source's relative clause
  if (x.b <= f.cue.a && isInSourceRelative(text.slice(s.start, sp.start), text.slice(sp.end, cue.start))) return null;
  // "said last [week it had tightened ...]": when the statement was made is the cue's, not what was said
  if (x.a >= f.cue.b) sp.start = afterOpeningTime(text, ctx.input.times, sp);
  if (sp.start >= sp.end) return null;
  if (ANONYMITY.test(text.slice(sp.start, sp.end)) && sp.end - sp.start < 70) return null;
  // nor is why the source goes unnamed: "who asked not to be named because [the talks are confidential]"
  if (isAnonymityReason(text.slice(s.start, sp.start), text.slice(sp.start, sp.end))) return null;
  // "declined [to comment]", "did not respond to [requests for comment]": no statement at all
  if (isNoComment(text.slice(sp.start, sp.end)) || (x.a >= f.cue.b && (isUnansweredQuestion(cueText, text.slice(sp.start, sp.end)) || isRefusedCommentTopic(text.slice(s.start, cue.end))))) {
    acc.nothingSaid = true;
    return null;
  }
  // "shares in Centrica [added] 2.10 percent", "[added] 16 points": a figure moving or scored, so
  // nothing was said, and no clause before stands in for it
  if (x.a >= f.cue.b && isMarketMove(cueText, text.slice(sp.start, sp.end))) {
    acc.nothingSaid = true;
    acc.scored = true;
    return null;
  }
  return afterCueTrimmed(ctx, st, x, a, piece, sp);

}

/** trimmedPiece's second half: what after the cue tells how or about what it was said, not what. */
function afterCueTrimmed(ctx: Ctx, st: Attribution, x: Seg, a: number, piece: string, sp: Span): Span | null {
  const { text, tokens, s } = ctx;
  const { f, cue, cueText } = st;
  // `“...,” she says, [laughing].`: a lone participle after a comma is how it was said
  if (x.a >= f.cue.b && /^(?:[a-z]+ly\s+)?[a-z]{3,}ing$/.test(piece) && /,\s*$/.test(text.slice(s.start, sp.start)) && /^\s*[.!?;]/.test(text.slice(sp.end, s.end) || '.')) return null;
  // ... and so is a participle clause: `“...,” he said, [smiling for the cameras].`, `..., the
  // person said, [speaking on condition of anonymity]`
  if (x.a >= f.cue.b && /,\s*$/.test(text.slice(tokens[a - 1]?.start ?? sp.start, sp.start)) && isCircumstanceClause(piece, isSpeechVerb, f.contents.some((y) => y.b <= f.cue.a))) return null;
  // "shared [a photo of ...]": a picture is shown, not said; "recalling [12,000 bikes]" calls goods back
  if (x.a >= f.cue.b && (isSharedMedia(cueText, text.slice(sp.start, sp.end)) || isProductRecall(cueText, text.slice(sp.start, sp.end)) || isFinancialResult(cueText, text.slice(sp.start, sp.end)) || isCitedSource(cueText, text.slice(sp.start, sp.end)))) return null;
  // "reported on Tuesday, [citing two officials ..., ]that the government ...": the cited people are the source's
  if (x.a >= f.cue.b) sp.start += citingLeadLength(text.slice(sp.start, sp.end));
  // "warned [the public gallery after an outburst]": whom it was said to, with nothing said
  if (x.a >= f.cue.b && isBareAddressee(cueText, text.slice(sp.start, sp.end))) return null;
  // `told CNN's ["State of the Union"]`: a quoted title after an outlet's possessive is the
  // programme it was said on, not more of what was said
  if (x.a >= f.cue.b && /^["“]/.test(text.slice(sp.start, sp.start + 1)) && isProgrammeTitleAfter(text.slice(Math.max(0, sp.start - 60), sp.start))) return null;
  // "pointing [at] the rubble": a gesture, nothing said
  if (x.a >= f.cue.b && /^pointing$/i.test(cueText) && /^\s+at\s+$/i.test(text.slice(cue.end, sp.start))) return null;
  // "remembers [the day she stopped]", "tells [a different story]": remembered, not said
  if (x.a >= f.cue.b && isRememberedThing(cueText, text.slice(sp.start, sp.end))) return null;
  // "is modest about [her role]": a disposition towards a topic, not a statement
  if (x.a >= f.cue.b && isDispositionTopic(cueText, text.slice(sp.start, sp.end))) return null;
  // what is left of a channel phrase after the cue: "wrote in a post on [X on] Thursday"
  if (x.a >= f.cue.b && inChannelPhrase(text, cue, s, sp)) return null;
  // "said in [a message posted to Instagram on Sunday that the park ...]": the statement is the clause
  if (x.a >= f.cue.b) sp.start = clauseAfterChannel(text, cue, s, sp);
  // "defends [winter fuel cut as unions] revolt": a clause of circumstance the tagger cut short, its
  // verb left outside, is the occasion, not what was defended
  const occasion = x.a >= f.cue.b ? /\s(?:as|while|amid)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+$/u.exec(text.slice(sp.start, sp.end)) : null;
  if (occasion && /^\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*[.!?]?\s*$/u.test(text.slice(sp.end, s.end))) sp.end = sp.start + occasion.index;
  // "said in a statement [carried by the WAFA news agency,] "...": how the channel went out, not what it said
  const carried = x.a >= f.cue.b && CHANNEL_NOUN_END.test(cueText) && /^\s*$/.test(text.slice(cue.end, sp.start)) ? CHANNEL_PARTICIPLE.exec(text.slice(sp.start, sp.end)) : null;
  if (carried) {
    if (carried[0].length >= sp.end - sp.start) return null;
    sp.start += carried[0].length;
  }
  // a dateline before the first sentence's content: "KISUMU, Kenya, March 5 (Wire) — A cholera ..."
  const dl = DATELINE.exec(text.slice(sp.start, Math.min(sp.end, sp.start + 120))) ?? LIVE_STAMP.exec(text.slice(sp.start, Math.min(sp.end, sp.start + 24)));
  if (dl && dl[0].length < sp.end - sp.start) sp.start += dl[0].length;
  // (and a piece that is the dateline alone, "[DUBAI] — Iran vowed", is none)
  else if (x.b <= f.cue.a && (DATELINE.exec(text.slice(sp.start, sp.start + 120))?.[0].length ?? 0) >= sp.end - sp.start) return null;
  return sp;
}

/** A piece's span extended over the quotation it stands in, then added to `acc`. */
function extendPiece(ctx: Ctx, st: Attribution, x: Seg, a: number, sp: Span, acc: Pieces): void {
  const { text, tokens, marks, dp, s, lo } = ctx;
  const { f, cue } = st;
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
      while (acc.mi > 0 && marks[acc.mi - 1]!.end > sp.start) acc.mi--;
      while (acc.mi < marks.length && marks[acc.mi]!.end <= sp.end) acc.mi++;
      const m = marks[acc.mi];
      if (m && m.start <= sp.end && m.end > s.end) sp.end = m.end;
    }
  }
  // a piece the tagger ended inside a quotation it opened, short of the closing mark: `“X,” Y said`
  const q = markAt(marks, sp.start);
  if (q && q.start === sp.start && sp.end < q.end && /^[\s\p{P}]*$/u.test(text.slice(sp.end, q.end))) sp.end = q.end;
  // (and one it started inside a quotation of this sentence, running to its close: `but “efforts
  // to find a solution [that will enable ... will continue.]”` is the quotation whole)
  else if (q && q.start > s.start && q.start < sp.start && /^[\s\p{P}]*$/u.test(text.slice(sp.end, q.end)) && !acc.contents.some((c) => c.end > q.start)) {
    sp.start = q.start;
    sp.end = q.end;
  }
  if (x.b <= f.cue.a && st.source && st.source.end <= cue.start) sp.end += restBeforeSourceComma(text.slice(sp.end, Math.max(sp.end, st.source.start)));
  // "[According to a filing], Lam told ...": the phrase is the other attribution's, not this content
  if (x.b <= f.cue.a && /^according\s+to\s/i.test(text.slice(sp.start, sp.end)) && /,\s*$/.test(text.slice(sp.start, sp.end) + text.slice(sp.end, sp.end + 2))) return;
  // "has agreed [to vote in favour], according to a filing": a trailing "according to" is
  // another attribution of the sentence, not more of this content
  if (sp.start >= cue.end && !/^[“"‘']/.test(text.slice(sp.start, sp.start + 1))) {
    const k = text.slice(sp.start, sp.end).search(/,\s+according\s+to\s/i);
    if (k > 0) sp.end = sp.start + k;
  }
  acc.contents.push(sp);
}

/**
 * "Police said [Jordan Pike, from Bramley,] was found ...": with its source before the cue, a
 * second source piece the tagger put right after "said" (a name and its appositive, read like an
 * inverted cue's) is the subject of the reported clause; the content runs from it to the end of
 * the clause it opens.
 */
function reportedSubjectAsContent(ctx: Ctx, st: Attribution, contents: Span[]): void {
  const { text, tokens, lw, s, lo } = ctx;
  const { f, cue } = st;
  if (!st.source || st.source.end > cue.start || !/^(?:said|says|say)$/.test(lw(lo + f.cue.b - 1))) return;
  const x = f.sources.find((y) => y.a === f.cue.b);
  // (a name's lowercase modifier opens it as well: "He said [former U.S. President Clinton, ...] had")
  if (!x || !(/^\p{Lu}/u.test(tokens[lo + x.a]!.text) || (/^(?:former|late|then|the)$/.test(tokens[lo + x.a]!.text) && x.b - x.a > 1 && /^\p{Lu}/u.test(tokens[lo + x.a + 1]!.text)))) return;
  const start = tokens[lo + x.a]!.start;
  const pieceEnd = tokens[lo + x.b - 1]!.end;
  let end = pieceEnd;
  for (const c of contents) if (c.start >= pieceEnd && c.end > end) end = c.end;
  if (end === pieceEnd) {
    // (nothing tagged after it: the clause runs to the sentence's end)
    end = s.end;
    while (end > pieceEnd && /[\s.!?]/.test(text[end - 1]!)) end--;
  }
  if (end === pieceEnd || !/\p{L}/u.test(text.slice(pieceEnd, end))) return;
  for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.start >= start && contents[k]!.end <= end) contents.splice(k, 1);
  contents.push({ start, end });
  contents.sort((p, q) => p.start - q.start);
}

/**
 * Sorts out the pieces the tagger mixed up around the cue (a speaker named after an inverted cue,
 * a subject given as content, a statement before an inverted cue); false when what is left
 * attributes nothing.
 */
function shapeContents(ctx: Ctx, st: Attribution): boolean {
  const { input, text, tokens, s, lo, found } = ctx;
  const { f, ca, cb, cue, contents, nothingSaid, subject, cueText } = st;
  let { source } = st;
  const onlyAfterCue = contents.length > 0 && contents.every((c) => c.start >= cue.end);
  const otherCues = found.filter((g) => g !== f).map((g) => tokens[lo + g.cue.a]!.start);
  dropDurationAfterCue(text, cue, contents);
  dropCircumstancePieces(text, cue, contents);
  // after a closing cue, a time and the place of speaking are the occasion: `“...,” Fu said [last
  // weekend at the forum in Beijing].`
  // (so are they after a closing attribution with nothing tagged before it: "Members look set to
  // ..., the cartel's chief said on [Saturday ahead of a meeting in Kuwait].")
  const closing = !!source && source.end <= cue.start && /,\s*$/.test(text.slice(s.start, source.start));
  if (contents.some((c) => c.end <= cue.start) || closing) {
    for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.start >= cue.end && isTimeAndPlaceOnly(text.slice(contents[k]!.start, contents[k]!.end))) contents.splice(k, 1);
  }
  // `“Taxes have always been ...,” Roberts told [Solicitor General John Sauer during the argument].`:
  // after a quotation closing on "told", whom and when follow; only a "that" clause is said
  if (/\b(?:told|tells)$/i.test(cueText) && contents.some((c) => c.end <= cue.start && /["”]\s*$/.test(text.slice(c.start, c.end)))) {
    // (the rest of a quotation broken by the attribution stays: `“...,” he told reporters, “...”`)
    for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.start >= cue.end && !/^(?:that\s|["“])/i.test(text.slice(contents[k]!.start, contents[k]!.end))) contents.splice(k, 1);
  }
  // "[Regarding the recognition of Israel], Moussa said recognition should be mutual": the topic
  // opening the sentence says what the statement is about; what was said comes after the cue
  // (so is a participle phrase opening the sentence before the source's comma: "[Using a combination
  // of telescopes], astronomers reported that ...")
  if (contents.some((c) => c.start >= cue.end)) {
    for (let k = contents.length - 1; k >= 0; k--) {
      const piece = text.slice(contents[k]!.start, contents[k]!.end);
      const opening = !!source && source.end <= cue.start && /^\s*$/.test(text.slice(s.start, contents[k]!.start)) && /^\s*,\s*$/.test(text.slice(contents[k]!.end, source.start)) && OPENING_PARTICIPLE.test(piece);
      if (contents[k]!.end <= cue.start && (TOPIC_OPENING.test(piece) || opening)) contents.splice(k, 1);
    }
  }
  if (source) endAtRelativeClose(text, source, cue, contents);
  // "[Of the firms involved], 56 said ...": the group the source is counted from is part of who spoke
  if (source) {
    for (let k = contents.length - 1; k >= 0; k--) {
      const c = contents[k]!;
      if (c.end <= source.start && /^(?:Of|Among)\s[^,;]{1,50}$/.test(text.slice(c.start, c.end)) && /^\s*,\s*$/.test(text.slice(c.end, source.start)) && COUNTED_SOURCE.test(text.slice(source.start, source.end))) contents.splice(k, 1);
    }
  }
  dropCueAdjuncts(text, cue, contents, onlyAfterCue ? clauseBeforeSource(text, s, source, cue, otherCues) : null);
  // "The talks will resume next week, the envoy told Reuters.": with no content tagged and only
  // whom and when after the cue, what the closing attribution reports is the clause before it
  // (also mid-sentence, before another clause with its own attribution: "Temperatures topped 49
  // degrees, [the weather office] said, and at least 12 people have died, officials said")
  if (!contents.length && !nothingSaid && (isAddresseeTail(text.slice(cue.end, s.end)) || (closing && isTimeAndPlaceOnly(text.slice(cue.end, s.end).replace(/[.!?]\s*$/, ''))) || (!!source && source.end <= cue.start && CLAUSE_JOINED_AFTER.test(text.slice(cue.end, s.end))))) {
    // (an attribution wholly inside that clause is part of what is reported: "[Officials privately
    // concede the backlog will grow], two people briefed on the matter said.")
    const at = source ? source.start : -1;
    const nested = ctx.here.filter((c) => c.cue && c.source && c.source.start >= s.start && [c.cue, c.source, ...c.contents].every((x) => x.end <= at)).map((c) => c.cue!.start);
    const before = clauseBeforeSource(text, s, source, cue, otherCues.filter((p) => !nested.includes(p)));
    if (before && !/^according\s+to\s/i.test(text.slice(before.start, before.end))) contents.push(before);
  }
  // "[Switzerland's second largest bank], Credit Suisse, reported ...": a description apposed before
  // the name that opens the sentence is the source's, not what was said
  // (never before an attribution set in commas: "[The results], she said, showed ...", "[The move
  // by the government], Mabiza said, was aimed at ..." give the subject of what was said)
  if (source && source.end <= cue.start && contents.some((c) => c.start >= cue.end) && !/^\s*,/.test(text.slice(cue.end, cue.end + 3))) for (let k = contents.length - 1; k >= 0; k--) {
    const c = contents[k]!;
    if (c.end <= source.start && /^\s*,\s*$/.test(text.slice(c.end, source.start)) && /^\s*$/.test(text.slice(s.start, c.start)) && APPOSED_DESCRIPTION.test(text.slice(c.start, c.end))) contents.splice(k, 1);
  }
  // "While [the move has enjoyed popular support], Russian press reports say that ...": a clause of
  // concession or time opening the sentence, right before the source, is the narration's
  if (source && source.end <= cue.start) for (let k = contents.length - 1; k >= 0; k--) {
    const c = contents[k]!;
    if (c.end <= source.start && /^\s*,\s*$/.test(text.slice(c.end, source.start)) && OPENING_ADVERBIAL_CLAUSE.test(text.slice(s.start, c.start))) contents.splice(k, 1);
  }
  // "[Temperatures topped 49 degrees, the weather office said, and] at least 12 people have died,
  // officials said": a closing attribution's report starts after another one joined before it
  for (let k = 0; k < contents.length; k++) {
    const c = contents[k]!;
    if (c.end > cue.start) continue;
    const inner = INNER_CLOSING_ATTRIBUTION.exec(text.slice(c.start, c.end));
    if (inner && inner.index > 0 && c.start + inner.index + inner[0].length < c.end) contents[k] = { start: c.start + inner.index + inner[0].length, end: c.end };
  }
  // "In Romania, where [18 people have died], Health Minister Alexandru Rafila said ...": a relative
  // clause before the source describes a place or a time; what was said comes after the cue
  if (contents.some((c) => c.start >= cue.end)) {
    for (let k = contents.length - 1; k >= 0; k--) {
      const c = contents[k]!;
      if (c.end <= cue.start && RELATIVE_BEFORE.test(text.slice(Math.max(s.start, c.start - 12), c.start))) contents.splice(k, 1);
    }
  }
  // "said on [the Senate floor before the vote]", "said in [Brussels]": the object of a
  // preposition of place right after the cue is where it was said, not what
  for (let k = contents.length - 1; k >= 0; k--) {
    const c = contents[k]!;
    if (c.start >= cue.end && SAYING_CUE.test(cueText) && PLACE_PREPOSITION_AFTER_CUE.test(text.slice(cue.end, c.start)) && !/\bthat\s/.test(text.slice(c.start, c.end)) && !TIME_OPENER.test(text.slice(c.start, c.end))) contents.splice(k, 1);
    // ("said at [the sidelines of the summit that ...]", "said in [Abu Dhabi on Saturday before
    // leaving for Kuwait that ...]": what was said starts at "that")
    else if (c.start >= cue.end && SAYING_CUE.test(cueText) && PLACE_PREPOSITION_AFTER_CUE.test(text.slice(cue.end, c.start)) && /^(?:the\s|a\s|an\s|\p{Lu})/u.test(text.slice(c.start, c.end))) {
      const that = /^[^,;:“”"]{1,80}?\s(?=that\s)/.exec(text.slice(c.start, c.end));
      if (that) contents[k] = { start: c.start + that[0].length, end: c.end };
    }
  }
  // "wrote on [X: "This plan ..."]": a piece the tagger began inside the channel after the cue
  // starts after the channel and its colon
  // (every channel pattern opens on one of these words; most cues have none right after them)
  const channelAfter = CHANNEL_OPENER.test(text.slice(cue.end, cue.end + 12)) ? findChannelSpan(text.slice(cue.end, s.end)) : null;
  if (channelAfter && /^\s*$/.test(text.slice(cue.end, cue.end + channelAfter.start))) {
    const chEnd = cue.end + channelAfter.end;
    for (let k = contents.length - 1; k >= 0; k--) {
      const c = contents[k]!;
      if (c.start < cue.end || c.start >= chEnd) continue;
      const start = chEnd + (/^\s*:?\s*/.exec(text.slice(chEnd, c.end))?.[0].length ?? 0);
      if (start < c.end) contents[k] = { start, end: c.end };
      else contents.splice(k, 1);
    }
  }
  // "according to the Law Society of Kenya, which condemned what it called [the "excessive use of
  // force."]": after a relative clause on the source, what follows is that clause's
  // (only a source after its cue: "A senior engineer, who asked not to be named, said [...]" keeps its content)
  if (source && source.start >= cue.end) {
    for (let k = contents.length - 1; k >= 0; k--) {
      const c = contents[k]!;
      if (c.start >= source.end && /^\s*,\s*(?:which|who)\b/i.test(text.slice(source.end, c.start))) contents.splice(k, 1);
    }
  }
  // "told the European [Parliament's committee on Tuesday that ...]": the rest of the addressee's
  // name is no part of what was told
  for (let k = 0; k < contents.length; k++) {
    const c = contents[k]!;
    const at = c.start >= cue.end ? contentAfterAddressee(text.slice(cue.end, c.start), text.slice(c.start, c.end), cueText) : -1;
    if (at > 0) contents[k] = { start: c.start + at, end: c.end };
    // "said of [the rescue] that Italy ...": what it was said of is the topic; the report opens at "that"
    const of = c.start >= cue.end && /^\s+(?:of|about)\s+$/i.test(text.slice(cue.end, c.start)) ? TOPIC_BEFORE_THAT.exec(text.slice(c.start, c.end)) : null;
    if (of) contents[k] = { start: c.start + of[0].length, end: c.end };
  }
  // "rejected [the deal] and planned a protest": an object noun phrase ends where the cue's
  // subject goes on with another verb
  for (let k = 0; k < contents.length; k++) {
    const c = contents[k]!;
    if (c.start < cue.end || !/^\s*$/.test(text.slice(cue.end, c.start))) continue;
    const len = objectBeforeCoordinatedVerb(text.slice(c.start, c.end));
    if (len > 0) contents[k] = { start: c.start, end: c.start + len };
  }
  // "When doctors told Amara that [her kidneys were failing], her sister did not hesitate": a cue in
  // a clause that opens the sentence with "When" or "If" reports up to the comma closing that clause
  if (SUBORDINATE_OPENING.test(text.slice(s.start, cue.start))) for (let k = 0; k < contents.length; k++) {
    const c = contents[k]!;
    if (c.start < cue.end) continue;
    const close = MAIN_CLAUSE_AFTER_COMMA.exec(text.slice(c.start, c.end));
    if (close && !/[“"]/.test(text.slice(c.start, c.start + close.index))) contents[k] = { start: c.start, end: c.start + close.index };
  }
  // "said [it was ready to help], and Japan and Australia offered teams": the narrative goes on
  for (let k = 0; k < contents.length; k++) {
    const c = contents[k]!;
    if (c.start < cue.end) continue;
    const len = endBeforeNamedClause(text.slice(c.start, c.end), /ing$/.test(cueText));
    if (len > 0) contents[k] = { start: c.start, end: c.start + len };
  }
  // "said [it had received a complaint] but declined to say whether ...": the refusal is the speaker's
  for (let k = 0; k < contents.length; k++) {
    const c = contents[k]!;
    if (c.start < cue.end) continue;
    const len = endBeforeJoinedRefusal(text.slice(c.start, c.end));
    if (len > 0) contents[k] = { start: c.start, end: c.start + len };
  }
  // a headline's clauses are separate: "Polls close in tight election; [exit poll shows ...]"
  if (isHeadline(text, input.paragraphs, s)) for (let k = 0; k < contents.length; k++) contents[k] = inCueClause(text, contents[k]!, contents[k]!.end <= cue.start);
  // a refusal to comment is no attribution, and attributes no quotation nearby either
  if (nothingSaid && !contents.length) return false;
  // (nor does a figure scored take the quotation before it: `“...,” said Mihm, who scored 14
  // points and [added] nine rebounds`)
  if (st.scored) return false;
  // pronouns alone are who or what is spoken of, never what is said: "put [it]"
  if (contents.length && contents.every((c) => isPronounOnly(text.slice(c.start, c.end)))) return false;
  // ("commenting on the report [in The Independent]": where something appeared, not what was said)
  if (contents.length && contents.every((c) => /^(?:in|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(text.slice(c.start, c.end)))) return false;
  // "popularly [known as] the Volga": a name something goes by, nothing said
  if (!source && /\bknown\s+as$/i.test(cueText)) return false;
  // "The former CIA director, [known for] his professionalism": a reputation, nothing said
  if (/^known\s+for$/i.test(cueText)) return false;
  // "Gates, who [was confirmed] in his job by a Senate vote": a person's relative pronoun alone is
  // no report ("a claim which he has dismissed" reports the claim)
  if (contents.length && contents.every((c) => /^(?:who|whom)$/i.test(text.slice(c.start, c.end)))) return false;
  // ("The report, which [was seen] by Reuters, said": a document seen or obtained is no report of
  // the one who saw it)
  if (contents.length && contents.every((c) => /^(?:which|that)$/i.test(text.slice(c.start, c.end))) && /^(?:was|were|is|are|has\s+been|had\s+been)\s+(?:seen|obtained|reviewed|examined|read)$/i.test(cueText)) return false;
  // "The Pentagon [made] the tentative plan": making says something only when what is made is
  // speech ("made the remarks", "made a pledge", "made the case that")
  if (/^(?:made|makes|make|making)$/i.test(cueText) && contents.length && contents.every((c) => c.start >= cue.end && !MADE_SPEECH.test(text.slice(c.start, c.end)))) return false;
  // "called [off] a strike": calling off is cancelling, nothing said
  if (/^(?:call|calls|called|calling)$/i.test(cueText) && /^\s+off\b/i.test(text.slice(cue.end, cue.end + 5))) return false;
  // "A snow storm [claimed] two lives": a death toll, nothing said
  if (/^(?:claim|claims|claimed|claiming)$/i.test(cueText) && contents.some((c) => c.start >= cue.end && /^(?:the\s+)?(?:[\w-]+\s+){0,2}(?:lives|victims)\b/i.test(text.slice(c.start, c.end)))) return false;
  // `“...,” he says, [pointing to a baobab]`: a participle clause after the cue and its comma
  // tells what the speaker did meanwhile (a participle of saying is a cue of its own)
  if (isSpeechVerb(/(\S+)$/.exec(cueText)?.[1]?.toLowerCase() ?? '')) {
    const doing = contents.filter((c) => c.start >= cue.end && /^\s*,\s*$/.test(text.slice(cue.end, c.start)) && isCircumstanceParticiple(text.slice(c.start, c.end)));
    if (doing.length && doing.length === contents.length) return false;
    for (const c of doing) contents.splice(contents.indexOf(c), 1);
  }
  // "Judge Rosa Delgado [wrote for] a unanimous panel": whom the opinion was written for
  if (/^(?:wrote|writes|writing|written)\s+for$/i.test(cueText)) {
    const panel = contents.filter((c) => c.start >= cue.end && WRITTEN_FOR.test(text.slice(c.start, c.end)));
    if (panel.length && panel.length === contents.length) return false;
    for (const c of panel) contents.splice(contents.indexOf(c), 1);
  }
  // "Asked whether he expected a physical game, [the Italian smiled].": a gesture answers, and
  // what was asked is the question's, not anything the one asked said
  if (source && /^asked$/i.test(cueText) && GESTURE_END.test(text.slice(source.start, source.end))) return false;
  // a preposition alone is no cue ("Rules [for] lending were redefined"), nor is a noun "blast"
  // after an article or "and" ("a fire and [blast] at the facility")
  if (/^(?:for|of|with|to|in|on|at|by|from|about)$/i.test(cueText)) return false;
  if (/^blast$/i.test(cueText) && /\b(?:a|an|the|and|huge|powerful|massive)\s+$/i.test(text.slice(Math.max(s.start, cue.start - 10), cue.start))) return false;
  // "a 2001 tournament, [billed] as the battle of the sexes": a name something was given, set off
  // after its noun; nobody is reported
  if (/^(?:billed|dubbed|touted|branded|nicknamed)$/i.test(cueText) && /,\s*$/.test(text.slice(s.start, cue.start))) return false;
  // "some information [reported] by the Chronicle": a bare participle with its agent after a noun
  // modifies the noun; nobody reports a clause
  if (source && source.end <= cue.start && /^\s*$/.test(text.slice(source.end, cue.start)) && /^(?:reported|quoted|cited|released|published|leaked|obtained)$/i.test(cueText) && /^\s+by\s/i.test(text.slice(cue.end, cue.end + 5)) && /^(?:the|a|an|some|any|this|that|these|those)\s/i.test(text.slice(source.start, source.end))) return false;
  // "Tokyo [raised] penalties for groping": a measure raised is an act ("raised concerns" stays)
  if (/^(?:raise|raises|raised|raising)$/i.test(cueText) && contents.length && contents.every((c) => c.start >= cue.end && RAISED_MEASURE.test(text.slice(c.start, c.end)))) return false;
  // "Pinzi was [dismissed for] a second bookable offence": a player sent off
  if (/\bdismissed\s+for$/i.test(cueText) && contents.some((c) => /\b(?:offence|offense|foul|booking|bookable|challenge|tackle|handball|dissent)\b/i.test(text.slice(c.start, c.end)))) return false;
  // "Bertrand [was invited] by the ministry to kick off his visit": an invitation received, nothing said
  if (/^(?:was|were|had\s+been|has\s+been)\s+invited$/i.test(cueText)) return false;
  // "The conference [concluded] here on Wednesday with a decision ...": a meeting that ended, nothing said
  if (/^concluded$/i.test(cueText) && contents.length && contents.every((c) => c.start >= cue.end && /^(?:here|there|on|in|at|with|after|late|early|its|their)\b/i.test(text.slice(c.start, c.end)))) return false;
  // "Some Parisians [were] less sympathetic": a copula with an adjective says how someone was
  if (/^(?:is|are|was|were)$/i.test(cueText) && contents.length && contents.every((c) => c.start >= cue.end && /^(?:(?:not|less|more|very|too|so|quite|far|much|rather|still|also)\s+)*[a-z]+(?:ful|ous|ive|ic|al|ble|ent|ant|ed|y)$/i.test(text.slice(c.start, c.end)))) return false;
  // "a vote [it] [expected] [to lose]": a relative clause on the noun before with a bare
  // infinitive says what someone hoped of that noun, not anything they said
  if (HOPING_CUE.test(cueText) && contents.some((c) => c.start >= cue.end && BARE_INFINITIVE.test(text.slice(c.start, c.end))) && contents.every((c) => c.end <= cue.start || BARE_INFINITIVE.test(text.slice(c.start, c.end)))) return false;
  // "Boko Haram fighters have [attacked] several islands": an armed attack on a place, nothing said
  if (/^(?:(?:has|have|had)\s+)?(?:attack|attacks|attacked|attacking)$/i.test(cueText) && contents.length && contents.every((c) => c.start >= cue.end && ATTACKED_PLACE.test(text.slice(c.start, c.end)))) return false;
  // "quoting [log 0187]": a reference to give the police, nothing said
  if (/^(?:quote|quotes|quoting|quoted)$/i.test(cueText) && contents.length && contents.every((c) => REFERENCE_NUMBER.test(text.slice(c.start, c.end)))) return false;
  // "paid out [claims] to more than 10 million farmers": with no source, a piece opening on "to"
  // and an amount is where the noun went, not anything said
  if (!source && contents.length && contents.every((c) => c.start >= cue.end && PREPOSITION_THEN_AMOUNT.test(text.slice(c.start, c.end)))) return false;
  // "with debts [estimated] at 35.6 million euros": the estimate of a figure, nobody's statement
  if (/^(?:estimated|valued|pegged)$/i.test(cueText) && ESTIMATED_AT_AMOUNT.test(text.slice(cue.end, cue.end + 40))) return false;
  // "the hosts could not [have asked for] a kinder draw": a modal past is what might have been, not
  // anything asked or said
  if (/^(?:have|has)\s/i.test(cueText) && MODAL_BEFORE.test(text.slice(Math.max(s.start, cue.start - 24), cue.start))) return false;
  // "who was released from custody and [ordered] to pay a fine": a participle coordinated with a
  // passive is passive too; someone else ordered
  // (only where the verb reads as passive by what follows it: "ordered to pay" has lost its object,
  // "refused asylum" its subject; "was opposed to the war and refused to send troops" is active)
  if (PASSIVE_THEN_AND.test(text.slice(Math.max(s.start, cue.start - 90), cue.start)) && PASSIVE_BY_WHAT_FOLLOWS.test(`${cueText}${text.slice(cue.end, cue.end + 20)}`)) return false;
  // "who [declined] to be named": a source's anonymity, nothing said
  if (/^declined$|^(?:has|have|had)\s+declined$/i.test(cueText) && contents.length && contents.every((c) => /^to\s+be\s+(?:named|identified)\b/i.test(text.slice(c.start, c.end)))) return false;
  // "a standoff that has [claimed] around 60 lives": lives lost, nothing claimed in words
  if (/^(?:(?:has|have|had)\s+)?claimed$/i.test(cueText) && contents.length && contents.every((c) => LIVES_CLAIMED.test(text.slice(c.start, c.end)))) return false;
  // "his convoy [was attacked on] a street": an attack on a place, nothing said
  if (/^(?:was|were|is|are|been|being)\s+attacked\s+(?:on|in|at|near|outside)$/i.test(cueText)) return false;
  // nor is a question word alone opening the sentence: a headline's "[What] the candidates said"
  // (mid-sentence, "described what they called ...", "what" stands for the thing named)
  if (contents.length && contents.every((c) => /^(?:what|how|why|where|when)$/i.test(text.slice(c.start, c.end)) && /^\s*$/.test(text.slice(ctx.s.start, c.start)))) return false;
  // "Jane da Mosto puts [it bluntly]. “...,” she said.": how it was put, with the words in the quotation
  if (contents.length && /^(?:puts?|putting)$/i.test(cueText) && contents.every((c) => /^it(?:\s+[a-z]+ly)?$/i.test(text.slice(c.start, c.end)))) return false;
  // nor is a time alone: "In closing arguments [last month], they argued"
  if (contents.length && contents.every((c) => isTimeOnly(text.slice(c.start, c.end)))) return false;
  // "the union's [demands] were unaffordable": a noun cue that is the subject of the verb after it
  // reports nothing; what follows says something about the demands (a verb in the past, or after
  // a relative pronoun, has its subject gapped: "the stroke, which doctors [said] was caused by")
  if (contents.length && /^[a-z]+$/.test(cueText) && !/(?:ed|ly|said|told|wrote|thought|knew|felt)$/.test(cueText) && !(source && /\b(?:it|he|she|they|we|I)$/.test(text.slice(source.start, source.end))) && !RELATIVE_BEFORE_CUE.test(text.slice(Math.max(s.start, cue.start - 60), cue.start)) && contents.every((c) => c.start >= cue.end && /^\s*$/.test(text.slice(cue.end, c.start)) && /^(?:is|are|was|were|will|would|has|have|had)\b/.test(text.slice(c.start, c.end)))) return false;
  // a participle before a noun is an adjective, and what ends in a preposition before it no
  // source: "Philippine vessels collide near [disputed] shoal"
  if (source && source.end <= cue.start && /^[a-z]+ed$/.test(cueText) && ENDS_IN_PREPOSITION.test(text.slice(source.start, source.end))) return false;
  // nor is a name alone after "advised" or "spoke to": "Goldman Sachs advised [Veltrix]" served a
  // client, "Dossier Wire spoke to [Amara Okoye]" met her (after "attacked", "endorsed" a name alone
  // is a stance, and PolNeAR marks it)
  if (contents.length && SERVED_OR_MET.test(cueText) && contents.every((c) => isNameOnly(text.slice(c.start, c.end)))) return false;
  // "The United Steelworkers union, [which had fought the deal], said": a relative clause set off
  // on the source before the cue describes the source, and says nothing of what was said
  if (source) for (let k = contents.length - 1; k >= 0; k--) {
    const c = contents[k]!;
    // (the comma may close the tagged source: "[US President George W. Bush,] whose ...")
    if (c.start >= source.end && c.end <= cue.start && /^(?:which|who|whose)\s/i.test(text.slice(c.start, c.end)) && /,\s*$/.test(text.slice(source.start, c.start)) && /^\s*,\s*$/.test(text.slice(c.end, cue.start))) contents.splice(k, 1);
    // (also when the tagger ran the source into the clause: "[Lindner, whose Free Democrats] had
    // resisted [Scholz's plans to loosen borrowing] rules, said")
    else if (c.start >= source.end && c.end <= cue.start && /,\s*(?:which|who|whose)\b/i.test(text.slice(source.start, source.end)) && /,\s*$/.test(text.slice(c.end, cue.start)) && !/[,;“”"]/.test(text.slice(source.end, c.start))) contents.splice(k, 1);
  }
  // "[The critic] Stanley Crouch once called him ...": a description right before the name is its
  // title, part of who spoke
  if (source && source.end <= cue.start) {
    const k = contents.findIndex((c) => c.end <= source!.start && /^\s+$/.test(text.slice(c.end, source!.start)) && TITLE_BEFORE_NAME.test(text.slice(c.start, c.end)) && /^\p{Lu}/u.test(text.slice(source!.start, source!.end)));
    if (k >= 0 && contents.length > 1) source = { start: contents.splice(k, 1)[0]!.start, end: source.end };
  }
  // "Most economists [who] have studied [the question] agree that ...": a piece between a relative
  // pronoun and its cue is the relative clause's, and the clause with its noun is who spoke
  if (source && /^(?:who|which)$/i.test(text.slice(source.start, source.end)) && contents.some((c) => c.start >= cue.end)) {
    const inside = contents.filter((c) => c.start >= source!.end && c.end <= cue.start);
    const head = inside.length ? antecedentPhrase(text, source.start) : null;
    if (head && head.start >= s.start && !/[,;:]/.test(text.slice(source.end, cue.start))) {
      for (const c of inside) contents.splice(contents.indexOf(c), 1);
      source = { start: head.start, end: inside[inside.length - 1]!.end };
    }
  }
  // `..., Lumintang said, as [quoted] by the Antara news agency`: the outlet that carried the words
  if (!source && /^(?:quoted|cited)$/i.test(cueText) && /\bas\s+$/i.test(text.slice(Math.max(s.start, cue.start - 4), cue.start)) && contents.every((c) => /^by\s/i.test(text.slice(c.start, c.end)))) return false;
  // `“...,” added Tom Okafor, a partner at Northgate, [who will join the board].`: a relative clause
  // on a source after an inverted cue describes the source
  const describing = source && source.start >= cue.end ? contents.filter((c) => c.start >= source!.end && /^\s*,\s*$/.test(text.slice(source!.end, c.start)) && /^(?:who|whose)\s/i.test(text.slice(c.start, c.end))) : [];
  if (describing.length === contents.length && describing.length) return false;
  for (const c of describing) contents.splice(contents.indexOf(c), 1);
  // ... and beside a piece that says something, a lone pronoun is a fragment of the clause around:
  // "She cautioned [that] the study showed [an association]"
  // (so is a relative pronoun before the cue when the clause goes on after it: "the second goal,
  // [which] he said [should have been ruled out]")
  if (contents.length > 1) for (let k = contents.length - 1; k >= 0; k--) if (isPronounOnly(text.slice(contents[k]!.start, contents[k]!.end)) || (contents[k]!.end <= cue.start && /^(?:which|who|whom|that)$/i.test(text.slice(contents[k]!.start, contents[k]!.end)) && contents.some((c) => c.start >= cue.end))) contents.splice(k, 1);
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
  if (contents.some((c) => c.start >= cue.end && /^\s*$/.test(text.slice(cue.end, c.start)) && isAuthoredWork(cueText, text.slice(c.start, c.end)))) return false;
  // "Asked what comes next, [Quillon shrugs].": the clause after the question's comma is the
  // sentence's own, not an answer the question attributes
  if (!source && contents.length === 2 && contents[0]!.start >= cue.end && /^\s*,\s*$/.test(text.slice(contents[0]!.end, contents[1]!.start)) && isQuestionTopic(cueText, text.slice(s.start, cue.start), text.slice(contents[0]!.end, s.end))) contents.pop();
  // "Asked about the timing, she ...": the topic of a question nobody named asked (also when the
  // tagger ran the piece on past the question's comma: "Asked whether [X, Lindqvist shrugged]")
  // ("Asked by reporters whether ...": who asked is no speaker of the question's topic)
  const asker = !!source && source.start >= cue.end && /^\s+by\s+$/.test(text.slice(cue.end, source.start));
  if ((!source || asker) && contents.length === 1 && contents[0]!.start >= cue.end) {
    // (or stopped short of it: "Asked about [the doping] case that has hung over him, Sinner said")
    const comma = text.indexOf(',', contents[0]!.start);
    const questionEnd = comma >= 0 && (comma < contents[0]!.end || (comma < s.end && isQuestionTopicRest(text.slice(contents[0]!.end, comma)))) ? comma : contents[0]!.end;
    if (isQuestionTopic(cueText, text.slice(s.start, cue.start), text.slice(questionEnd, s.end))) return false;
  }
  // a dash credits the quotation before it (`“...” ― Name`), never the one after
  if (cb - ca === 1 && /^[―—–]$/.test(tokens[ca]!.text) && contents.some((c) => c.start >= cue.end)) return false;
  // "The union, which represents ..., said the stoppage ...": a piece before ", <cue>" with
  // content after the cue and no source is the source
  if (!source && contents.length > 1 && contents[contents.length - 1]!.start >= cue.end) {
    const k = contents.findIndex((c) => c.end <= cue.start && /^\s*,\s*$/.test(text.slice(c.end, cue.start)));
    if (k >= 0) source = contents.splice(k, 1)[0]!;
    // (so is a short noun phrase right before the cue inside what another cue reports: "He said
    // [the government] has projected [to spend ...]")
    const reportedBefore = (at: number) => found.some((g) => g !== f && tokens[lo + g.cue.b - 1]!.end <= at);
    const j = source ? -1 : contents.findIndex((c) => c.end <= cue.start && /^\s+$/.test(text.slice(c.end, cue.start)) && SHORT_NOUN_PHRASE.test(text.slice(c.start, c.end)) && reportedBefore(c.start));
    if (j >= 0) source = contents.splice(j, 1)[0]!;
  }
  // "Hundreds were killed, said [the sources].": the tagger may take the statement before an
  // inverted cue for the source and the source after it for content
  const swapped = source && statementBeforeInvertedCue(text, cue, source, contents, s);
  if (swapped) {
    let start = source!.start;
    for (const c of contents) if (c.end <= source!.start) start = Math.min(start, c.start);
    contents.splice(0, contents.length, { start, end: source!.start + text.slice(source!.start, source!.end).replace(/[,\s]+$/, '').length });
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
  // "..., formally opened Friday at MIT, reports reaching here said.": the reports are the source
  const reaching = source && !quotedAs ? reportsReachingBeforeCue(text, s, cue, source) : null;
  if (reaching) {
    source = reaching.source;
    contents.splice(0, contents.length, reaching.content);
  }
  st.source = source;
  return true;
}

/** A short noun phrase opening the sentence, then "polled by" and the like: "Most economists polled by ". */
/** One unnamed person after an inverted cue, before a relative clause or the sentence's end: "one man who asked not to be identified". */
const UNNAMED_PERSON_AFTER_CUE = /^((?:one|a|an|another)\s+(?:[a-z-]+\s+){0,3}?(?:man|woman|resident|witness|official|soldier|officer|diplomat|source|villager|trader|worker|farmer|driver|student|refugee|survivor|doctor|nurse|policeman|teacher|shopkeeper))(?:\s+(?:who|whose|from|in|at|with)\b[\s\S]*)?$/;

/** A lowercase noun, then a capitalised name: "films Paramount". */
const NOUN_THEN_NAME = /^[a-z]+\s+((?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}.'’&-]*)$/u;

/** A phrase opening on a preposition and closing on a capitalised name: "per year of the 14-16 films Paramount". */
const PREPOSITION_THEN_NAME = /^(?:per|of|in|for|with|to|from|at|by|on|about|among|over|under)\s[\s\S]*?\s((?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}.'’&-]*)$/u;

const SURVEYED_BY = /^(\s*)(?:[\p{L}\d'’.%-]+\s+){0,5}?[\p{L}'’-]+\s+(?:polled|surveyed|interviewed|questioned|contacted|consulted)\s+by\s+$/u;

/** Trims the source to who spoke: no dateline, adverbial, relative clause, auxiliary or other cue. */
function refineSource(ctx: Ctx, st: Attribution): void {
  const { text, tokens, lw, s, lo, found } = ctx;
  const { f, cue, contents } = st;
  let { source } = st;
  // "... films per year of the 14-16 films [Paramount] said it expects to make": a source opening
  // on a preposition is no subject; the name closing it, right before the cue, is (a relative
  // clause with no "that")
  // (or a noun closing the phrase before it: "of the 14-16 [films Paramount] said")
  if (source && source.end <= cue.start && /^\s*$/.test(text.slice(source.end, cue.start))) {
    const m = PREPOSITION_THEN_NAME.exec(text.slice(source.start, source.end)) ?? (/\b(?:the|of|these|those|\d+)\s+$/.test(text.slice(Math.max(s.start, source.start - 12), source.start)) ? NOUN_THEN_NAME.exec(text.slice(source.start, source.end)) : null);
    if (m) source = { start: source.end - m[1]!.length, end: source.end };
  }
  if (source) source = withoutAbsoluteWith(text, source, cue);
  // "Veltra Robotics, a maker of ..., [today] announced": a time is when, never who; nor is an
  // adverb alone ("[Highly] praising the relations, Lee ...")
  const adverb = !!source && isAdverbSource(ctx, source);
  if (source && (adverb || isTimeSpan(ctx.input.times, source))) source = null;
  // "Highly praising the relations between the two countries, [Lee] was quoted ...", "Clearly
  // concerned about the damage, [he] said": a clause opening the sentence hangs on the main
  // clause's subject after its comma
  // (the participle itself may open the sentence: "[Pledging] a fair vote, an Interior Ministry
  // spokesman said ...")
  if (!source && (adverb || /^[A-Za-z][a-z]+ing$/.test(text.slice(cue.start, cue.end))) && /^\s*(?:\p{Lu}\p{Ll}+ly\s+)?$/u.test(text.slice(s.start, cue.start))) {
    const comma = text.indexOf(',', cue.end);
    const subject = comma > 0 && comma < s.end ? SUBJECT_AFTER_OPENING_CLAUSE.exec(text.slice(comma, s.end)) : null;
    if (subject) source = { start: comma + subject[0].indexOf(subject[1]!), end: comma + subject[0].indexOf(subject[1]!) + subject[1]!.length };
  }
  // "but [a commander], speaking to a local television channel, denied": the tagger gave no
  // source across the aside
  if (!source) {
    const np = unnamedSubjectBeforeAside(text.slice(s.start, cue.start));
    if (np) source = { start: s.start + np.start, end: s.start + np.end };
  }
  // "Most economists polled by [Reuters] expect": the ones polled hold the view, not the pollster
  if (source && source.end <= cue.start) {
    const polled = SURVEYED_BY.exec(text.slice(s.start, source.start));
    if (polled) source = { start: s.start + polled[1]!.length, end: source.end };
  }
  // "was testifying in [the trial of Gareth Penrose]": the object of a preposition after the
  // cue is where or about what something was said, never who said it
  if (source && source.start >= cue.end && /^\s+(?:in|at|on|during|into|of|before|after|over|under|against|inside|outside|near|throughout)\s+$/i.test(text.slice(cue.end, source.start))) source = null;
  // "Final figures are expected by [Tuesday]": a date after "by" is a deadline, not an agent
  if (source && source.start >= cue.end && /^\s+(?:by|until|till)\s+$/i.test(text.slice(cue.end, source.start)) && isTimeSpan(ctx.input.times, source)) source = null;
  // a clause opener alone is no source: "... before [deciding] his future"
  if (source && /^(?:before|while|when|since|until|if|because|although|though|once|as|without)$/i.test(text.slice(source.start, source.end))) source = null;
  // the dateline's place is where the story was filed, not who spoke: "[STAVANGER], Norway —
  // Fjordvik cut its outlook, blaming ..."
  const sdl = source ? DATELINE.exec(text.slice(s.start, Math.min(s.end, s.start + 120))) : null;
  if (sdl && source!.end <= s.start + sdl[0].length) source = null;
  // (a source the tagger began inside the dateline starts after it: "SAN JOSE, [Calif. — Veltrix Inc] said")
  else if (sdl && source!.start < s.start + sdl[0].length) source = { start: s.start + sdl[0].length, end: source!.end };
  if (source) {
    // `added [the press secretary, the president "is the one ..."]`: a source never runs on into a
    // quotation; it ends at the comma before what follows it
    const mark = text.slice(source.start, source.end).search(/["“”]/);
    const cut = mark > 0 ? text.lastIndexOf(',', source.start + mark) : -1;
    if (cut > source.start) source = { start: source.start, end: cut };
    // `said [Shalom, asserting that he ...]`: a source after an inverted cue ends before a
    // participle that opens what else the speaker did, or a clause of circumstance (`said Wanjiru
    // Kamau, a nursing student, as smoke drifted across the road`)
    if (source.start >= cue.end) {
      const participle = /,\s+(?:(?:[a-z]+ly\s+)?[a-z]+ing\b|(?:as|while|when|after|before|once|because|although|though)\s)/.exec(text.slice(source.start, source.end));
      if (participle && participle.index > 0) source = { start: source.start, end: source.start + participle.index };
    }
    // "health authorities in neighbouring [Uganda] said": the tagger may keep only the place;
    // the people it locates are the source
    const located = PEOPLE_IN_PLACE.exec(text.slice(Math.max(s.start, source.start - 60), source.start));
    if (located && /^\p{Lu}/u.test(text.slice(source.start, source.end)) && source.end <= cue.start) source = { start: source.start - located[0].length, end: source.end };
    const dl = DATELINE.exec(text.slice(source.start, Math.min(source.end, source.start + 120))) ?? DATELINE_DATE.exec(text.slice(source.start, Math.min(source.end, source.start + 40)));
    if (dl && dl[0].length < source.end - source.start) source = { start: source.start + dl[0].length, end: source.end };
    // the object of a leading adverbial is no source: "In an interview with [Wire, Mensah, 29,]"
    const before = text.slice(Math.max(0, source.start - 6), source.start);
    const comma = text.indexOf(', ', source.start);
    // (and a place opening the sentence: "In [Greece's northern city of Salonika, General X,] said")
    const placeOpening = /^\s*(?:In|At)\s+$/.test(text.slice(s.start, source.start));
    if (!(source.start >= cue.end && source.start - cue.end <= 2) && (/\b(?:with|to|from|by|for)\s+$/i.test(before) || placeOpening) && comma > 0 && comma + 2 < source.end) source = { start: comma + 2, end: source.end };
    // a leading adverbial is no part of the source: "In an interview with Wire, Mensah, 29,"
    const adv = LEADING_ADVERBIAL.exec(text.slice(source.start, source.end));
    if (adv && adv[0].length < source.end - source.start) source = { start: source.start + adv[0].length, end: source.end };
    // "Asked about [the report, a White House spokeswoman, Karoline Leavitt,] said": the question's
    // topic ends at its comma, and the source starts after it
    if (source.end <= cue.start && isQuestionObject(text.slice(s.start, source.start))) {
      const comma = text.indexOf(', ', source.start);
      if (comma > 0 && comma + 2 < source.end) source = { start: comma + 2, end: source.end };
    }
    source = trimSourceEdges(text, source, source.end <= cue.start);
    // "A Senate aide, who ..., said [Democrats] hoped to ...": a cue inside what another source
    // said has its subject inside that content, never the outer source
    // (not a participle, which hangs on the clause around: "..., saying ...")
    if (source.end <= cue.start && !/^[a-z]+ing\b/i.test(text.slice(cue.start, cue.end))) source = subjectInsideOuterContent(text, ctx.here, source, cue) ?? source;
  }
  if (source) {
    // "failed to adopt a resolution calling for ...": the document calls, not the subject
    if (source.end <= cue.start) source = documentBeforeParticiple(text, s, cue) ?? source;
    // "Zelenskyy, speaking in Copenhagen after talks with [Mette Frederiksen], called for": the
    // subject before the aside speaks, not the name the aside ends with
    if (source.end <= cue.start) source = subjectBeforeAside(text, s, source, cue.start) ?? source;
    // "The Bar Council and [the Refugee Legal Aid Network] wrote ..., warning": the first of two
    // coordinated subjects opening the sentence is as much the source
    // (after a dateline: "BEIJING/MANILA, Aug 11 (Wire) - China and the Philippines accused")
    const opening = s.start + (DATELINE.exec(text.slice(s.start, source.start))?.[0].length ?? 0);
    if (source.end <= cue.start) source = { start: source.start - namesBeforeAnd(text.slice(opening, source.start)), end: source.end };
    // "after France, [Britain and Germany] threatened": the list's first names are as much the source
    if (source.end <= cue.start && /^\p{Lu}[^,]*\sand\s+(?:[^,]*\s)?\p{Lu}[\p{L}.'’-]*[\s,]*$/u.test(text.slice(source.start, source.end))) source = { start: source.start - listedNamesBefore(text.slice(Math.max(s.start, source.start - 80), source.start)), end: source.end };
    // "a coalition of attorneys general wrote to the companies demanding": the participle's source
    // is the subject of the verb it hangs on
    if (source.end <= cue.start && /^[a-z]+ing$/.test(text.slice(cue.start, cue.end))) source = subjectOfVerbBefore(text, source) ?? source;
    // "A federal appeals court on Thursday upheld the conviction of [Marcus Lin], ..., rejecting":
    // a name after a preposition is the main verb's object; the participle goes with its subject
    if (source.end <= cue.start && /^[a-z]+ing$/.test(text.slice(cue.start, cue.end)) && OBJECT_OF_PREPOSITION.test(text.slice(Math.max(s.start, source.start - 12), source.start))) source = unnamedOpeningSubject(text, s, source.start) ?? source;
    // "[Health] minister defends": a lowercase title right before the cue is the source's head,
    // which the tagger left out
    const head = source.end <= cue.start ? TITLE_BEFORE_CUE.exec(text.slice(source.end, cue.start)) : null;
    if (head && /^\p{Lu}/u.test(text.slice(source.start, source.end))) source = { start: source.start, end: source.end + head[0].trimEnd().length };
    // "..., [a claim] the Conservatives dismissed as ...": the noun the relative clause hangs on is
    // what was dismissed, and the clause's subject who dismissed it
    // (any noun, when people in the plural follow it: "[a turnout] critics said showed ...")
    const object = source.end <= cue.start && /^\s*$/.test(text.slice(source.end, cue.start)) ? RELATIVE_OBJECT.exec(text.slice(source.start, source.end)) ?? RELATIVE_OBJECT_OF_PEOPLE.exec(text.slice(source.start, source.end)) : null;
    if (object) {
      // (a piece before the noun is the main clause's, not what the relative clause reports)
      for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.end <= source.start && contents.some((c) => c.start >= cue.end)) contents.splice(k, 1);
      if (!contents.some((c) => c.end <= source!.start)) contents.unshift({ start: source.start, end: source.start + object[1]!.length });
      source = { start: source.end - object[2]!.length, end: source.end };
    }
    // "said Thomas Berger, 45, [who was] trying to reach a meeting in Madrid.": a relative clause on
    // a source after the cue runs to the sentence's end (as PolNeAR marks such sources)
    // (not past a comma closing the clause, another cue or a piece of content: "who scored 14
    // points and [added] nine rebounds")
    if (source.start >= cue.end && /,\s+(?:who|whose)\s[^,]*$/.test(text.slice(source.start, source.end))) {
      const rest = /^[^“”";:,.!?]+/.exec(text.slice(source.end, s.end))?.[0] ?? '';
      const end = source.end + rest.trimEnd().length;
      const crosses = (x: Span) => x.start < end && source!.end < x.end;
      const inRest = (g: TaggedAttribution) => g !== f && crosses({ start: tokens[lo + g.cue.a]!.start, end: tokens[lo + g.cue.b - 1]!.end });
      if (rest && /^\s*[.!?]?["”’]?\s*$/.test(text.slice(source.end + rest.length, s.end)) && !found.some(inRest) && !contents.some(crosses)) source = { start: source.start, end };
    }
    // "Sean Fraser — [who took over the portfolio in March —] said", "Rail unions, [which are in
    // talks with the government,] said": the relative clause describes the subject before it, who
    // spoke (the clause stays in the source, as PolNeAR keeps a relative clause on a name)
    // (only a clause closed before the cue: in "Gujral, [who] decided not to ...", the cue is the
    // clause's own verb, and "who" stands for Gujral already)
    if (source.end <= cue.start && /^(?:who|which)\s+\S/.test(text.slice(source.start, source.end)) && /[,—–]\s*$/.test(text.slice(source.start, cue.start))) source = withRelativeHead(text, s, source);
    // "Republican lawmakers [who sponsored the bill] criticised the decision": a relative clause
    // with no comma that closes before the cue belongs to the noun before it, which heads the source
    // (not after a preposition: "the council, after [which] Tudjman ...")
    // (nor when a subject follows the pronoun: "fighters [who it] said were regrouping", below)
    else if (source.end <= cue.start && /^(?:who|which)\s+\S/.test(text.slice(source.start, source.end)) && !/^(?:who|which)\s+(?:it|they|he|she|we|police|officials)$/i.test(text.slice(source.start, source.end)) && /^\s*$/.test(text.slice(source.end, cue.start)) && !/(?:[,—–(]|\b(?:after|before|in|on|of|for|with|by|from|to|at|under|during|through|whom)\b)\s*$/i.test(text.slice(s.start, source.start))) {
      const head = antecedentPhrase(text, source.start);
      if (head && head.start >= s.start) source = { start: head.start, end: source.end };
    }
    // "told [supporters that] their own tally showed ...": a nested cue's subject starts after the
    // outer verb's complementizer
    const that = source.end <= cue.start ? /^[^“”"]*?\sthat\s+(?=(?:the|a|an|his|her|its|their|our|this|these|those)\s|\p{Lu})/u.exec(text.slice(source.start, source.end)) : null;
    if (that && that[0].length < source.end - source.start) source = { start: source.start + that[0].length, end: source.end };
    // "Hamas fighters [who] it said were regrouping": the relative pronoun is what was said about,
    // the subject after it who said it
    const relSubject = source.end <= cue.start ? /^(?:who|which|that)\s+(?=(?:it|they|he|she|we|police|officials)$)/i.exec(text.slice(source.start, source.end)) : null;
    if (relSubject) source = { start: source.start + relSubject[0].length, end: source.end };
    // "while [Atlanta Fed] President Raphael Bostic has said": the place or body whose title it is
    if (source.end <= cue.start) source = { start: ownerBeforeTitle(ctx, source), end: source.end };
    if (source.end <= cue.start) source = withTitledPersonAfter(ctx, source, cue.start);
    if (source.end <= cue.start) source = personClosingList(ctx, source) ?? source;
    if (source.end <= cue.start) {
      source = withNameBeforeTitle(ctx, source);
      // (the tagger may have run a piece on to the name: `[“...,” Rovnag Abdullayev]`)
      for (let k = 0; k < contents.length; k++) {
        const c = contents[k]!;
        if (c.start < source.start && c.end > source.start) contents[k] = { start: c.start, end: c.start + text.slice(c.start, source.start).trimEnd().length };
      }
    }
    // a source never holds another cue: in "A spokesman said [the case] showed that ...", the
    // words up to "said" are the outer attribution's
    for (const g of found) {
      const gb = lo + g.cue.b;
      if (g === f || gb >= s.tokenEnd || tokens[lo + g.cue.a]!.start < source.start || tokens[gb - 1]!.end > source.end) continue;
      // (an aside is part of the source: "Caddell, speaking of the plan,")
      // (and only a verb of saying opens a clause there: "Bernie Sanders offered some advice")
      // (after a comma the cue is an aside too, "Ruiz, said the mayor, was ...", unless what it
      // reports holds this cue: "The U.N. envoy, Jonas Ekberg, said [both delegations] had agreed")
      const reportsThisCue = g.contents.some((y) => y.a <= f.cue.a && f.cue.b <= y.b);
      // (nor does a cue in a relative clause on the subject: "Donald Trump, who urged Republicans to
      // kill the bill, said")
      if (/ing$/.test(lw(lo + g.cue.a)) || (lw(lo + g.cue.a - 1) === ',' && !reportsThisCue) || !isStrongSpeechVerb(lw(gb - 1)) || relativeBefore(lw, lo + g.cue.a)) continue;
      const from = lw(gb) === 'that' ? gb + 1 : gb;
      if (tokens[from] && tokens[from]!.start < source.end) source = { start: tokens[from]!.start, end: source.end };
    }
    // "..., whose office said": the relative clause reports nothing of the main clause before it
    if (source.end <= cue.start && /^(?:who|whose|which)\b/i.test(text.slice(source.start, source.end))) {
      for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.end <= source.start) contents.splice(k, 1);
    }
    // "The United States condemned [China's actions and] reaffirmed ...": an object before "and" is
    // no source; the coordinated verb shares the subject of the one before it
    if (source.end <= cue.start && /\s(?:and|or|but)[\s,]*$/.test(text.slice(source.start, source.end))) {
      const at = source.start;
      const shared = ctx.here.filter((c) => c.cue && c.source && c.cue.end <= at && c.source.end <= c.cue.start).pop()?.source;
      if (shared) source = { start: shared.start, end: shared.end };
    }
    // an auxiliary alone is no source ("had refused to ..."), nor a lone participle, which is the
    // reporter's ("[raising] fears of a new war")
    if (/^(?:had|has|have|was|were|is|are|be|been|did|does|do|would|could|should|will|can|may|might|must)$/i.test(text.slice(source.start, source.end)) || /^[a-z]+ing$/.test(text.slice(source.start, source.end))) source = null;
    // an expletive "it" before a passive of knowing is no source: "[It] is understood that ..."
    else if (/^it$/i.test(text.slice(source.start, source.end)) && EXPLETIVE_PASSIVE.test(text.slice(cue.start, cue.end))) source = null;
    // nor a verb in the past whose object the cue is: "but [rejected] calls for the leadership to
    // step aside" (whose calls the sentence does not say; a denial of reports is rewritten whole
    // below: deniedReports)
    else if (source.end <= cue.start && /^[a-z]+ed$/.test(text.slice(source.start, source.end)) && /^\s+$/.test(text.slice(source.end, cue.start)) && !REPORT_NOUN.test(text.slice(cue.start, cue.end))) source = null;
    // nor is an adverb alone right before the cue: it belongs to the cue ("..., forcefully told")
    // (after the cue it is no source either: `Trump said, adding later, “...”`)
    else if (source.start >= cue.end && LONE_ADVERB.test(text.slice(source.start, source.end)) && !LY_NOUNS.test(` ${text.slice(source.start, source.end)}`)) source = null;
    else if (source.end <= cue.start && LONE_ADVERB.test(text.slice(source.start, source.end)) && !LY_NOUNS.test(` ${text.slice(source.start, source.end)}`) && /^\s*$/.test(text.slice(source.end, cue.start))) {
      if (/ly$/.test(text.slice(source.start, source.end)) || /^(?:together|almost)$/.test(text.slice(source.start, source.end))) cue.start = source.start;
      source = null;
    }
    // "according to the consortium [that runs them]": a relative clause closing the sentence right
    // after the source describes it; it is no piece of what was said
    if (source && source.start >= cue.end && !/\b(?:who|which|that)\b/i.test(text.slice(source.start, source.end))) {
      const k = contents.findIndex((c) => c.start >= source!.end && /^\s*$/.test(text.slice(source!.end, c.start)) && /^(?:that|who|which)\s/i.test(text.slice(c.start, c.end)) && /^[\s.!?"”’]*$/.test(text.slice(c.end, s.end)));
      if (k >= 0 && contents.length > 1) source = { start: source.start, end: contents.splice(k, 1)[0]!.end };
    }
    // "Patients who had been turned away during [the strike] expressed relief": a source the tagger
    // began inside a relative clause on the sentence's subject is that whole subject
    // (a day may stand between, which trimming took off the source: "in central China [Monday] said")
    if (source && source.end <= cue.start && /^\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s*)?$/.test(text.slice(source.end, cue.start))) {
      const rel = SUBJECT_WITH_RELATIVE.exec(text.slice(s.start, source.start));
      if (rel) {
        source = { start: s.start + rel[1]!.length, end: source.end };
        // (a piece the tagger gave inside the clause is the clause's: "who came to probe [a case of ...]")
        for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.start >= source.start && contents[k]!.end <= source.end) contents.splice(k, 1);
      }
    }
    // "Trials in Britain, [Iceland and Spain] found": a source the tagger began inside a list of
    // places runs back to the noun the list hangs on
    if (source && source.end <= cue.start) source = { start: listHeadStart(text, s.start, source.start, source.end), end: source.end };
  }
  st.source = source;
}

/** A sentence's opening noun phrase and a relative clause on it, up to a later word: "Patients who had been turned away during ". */
// (a determiner or a plural noun first, and no verb in the noun phrase: "Analysts said that they"
// is a clause)
// (or a name's possessive: "Israel's military body that coordinates aid, COGAT, said")
// (an acronym in brackets may stand in the noun phrase, and a short quotation in the clause: "The
// World Health Organization (WHO) experts who came to probe a case of "pneumonia ..." in central China Monday said")
const SUBJECT_WITH_RELATIVE = /^(\s*)(?:The|A|An|Another|Some|Many|Most|Several|Two|Three|\p{Lu}\p{Ll}+s|\p{Lu}[\p{L}.]*['’]s)(?:\s+(?!(?:said|says|told|explained|believe|believes|believed|confessed|maintained|acknowledged|noted|warned|reported|is|was|were|are|has|have|had|would|will|\p{Ll}+ed)\b)[\p{L}'’-]+){0,3}(?:\s+\(\p{Lu}{2,6}\)\s+[\p{L}'’-]+)?\s+(?:who|that)\s+(?:[^,;:“”"()]*(?:["“][^"“”]{1,60}["”][^,;:“”"()]*)*\s)?$/u;

/** A noun with a preposition and the first items of a list, right before a later item: "Trials in Britain, ". */
// (the head a plural noun opening the sentence or its clause: "Trials", "Protests", "Officials")
const LIST_HEAD_BEFORE = /(?:^\s*|\bthat\s+)((?:\p{Lu}\p{Ll}+s|\p{Ll}+s)\s+(?:in|from|of|across)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,\s+)+)$/u;
/** The list's last items: "Iceland and Spain". */
const LIST_TAIL = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u;

/** Where a source that is the end of a list of names begins once the list's head is taken in; `at` when it is not. */
function listHeadStart(text: string, sentenceStart: number, at: number, end: number): number {
  if (!LIST_TAIL.test(text.slice(at, end))) return at;
  const m = LIST_HEAD_BEFORE.exec(text.slice(sentenceStart, at));
  return m ? at - m[1]!.length : at;
}

/** "a claim the Conservatives", "a figure police", "an offer union negotiator Marvin Reschinsky": a noun of saying, counting or offering, then the subject of a relative clause on it. */
/** Any noun with an article, then people in the plural as the relative clause's subject: "a turnout critics". */
const RELATIVE_OBJECT_OF_PEOPLE = /^(an?\s+(?:[a-z-]+\s+)?[a-z-]+)\s+(police|officials|critics|analysts|experts|observers|economists|diplomats|opponents|supporters|residents|activists|investors|lawmakers)$/;
const RELATIVE_OBJECT = /^(an?\s+(?:[a-z]+\s+)?(?:claim|charge|allegation|assertion|accusation|figure|number|account|version|characterization|characterisation|description|assessment|estimate|suggestion|statement|view|notion|argument|label|comparison|offer|proposal|move|decision|result|outcome|verdict|ruling|finding|report|plan|deal|policy|step|measure|request|demand))\s+((?:the\s+)?\p{Lu}[^,;:]*|(?!(?:made|by|that|which|of|from|in|on|to)\s)(?:[a-z]+\s+){1,3}\p{Lu}[^,;:]*|(?:the|his|her|their|its)\s+[^,;:]+|police|officials|critics|analysts)$/u;

/** A name right before a dash that opens an aside: "Sean Fraser — " (after the sentence's start or a comma). */
const NAME_BEFORE_DASH = /(?:^|,\s+)((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*)\s+[—–]\s*$/u;
/** The sentence's subject before the comma that opens a relative clause: "Rail unions, " (a short phrase, no verb of its own). */
const SUBJECT_BEFORE_COMMA = /^((?:[\p{L}'’.&-]+\s+){0,5}[\p{L}'’.&-]+),\s*$/u;

/**
 * A source that is a relative clause alone (the tagger's cut), widened to start at the subject it
 * describes: a name before a dash anywhere, or the sentence's opening phrase before a comma.
 * `source` itself when neither stands before it.
 */
function withRelativeHead(text: string, s: Sentence, source: Span): Span {
  const clauseEnd = source.start + text.slice(source.start, source.end).replace(/[\s,—–]+$/, '').length;
  if (/[—–]\s*$/.test(text.slice(source.start, source.end))) {
    const name = NAME_BEFORE_DASH.exec(text.slice(s.start, source.start));
    return name ? { start: s.start + name.index + name[0].indexOf(name[1]!), end: clauseEnd } : source;
  }
  const opening = s.start + (DATELINE.exec(text.slice(s.start, source.start))?.[0].length ?? 0);
  const subject = SUBJECT_BEFORE_COMMA.exec(text.slice(opening, source.start));
  // (not a possessor's phrase, "Tehran's Darabad hospital", whose owner the resolver would take)
  return subject && /^\p{Lu}/u.test(subject[1]!) && !/^(?:And|But|Or)\s/.test(subject[1]!) && !/['’]s?\s/.test(subject[1]!) && !/\b(?:is|are|was|were|has|have|had|said|says)\b/.test(subject[1]!) ? { start: opening, end: clauseEnd } : source;
}

/** Titles a place or a body may stand before: "Atlanta Fed President", "Kenya Airways Chief Executive". */
const OWNED_TITLE = /^(?:President|Chairman|Chairwoman|Chair|Governor|Mayor|Chief|CEO|Director|Minister|Secretary|Spokesman|Spokeswoman|Spokesperson|Commissioner|Executive|Head|Leader|Coach|Manager)\b/;

/**
 * Where a source opening with a title starts when the tagger left out the capitalised words of a
 * place or body before it ("Atlanta Fed" in "while Atlanta Fed President Raphael Bostic"): at most
 * three adjacent capitalised words, the first of which opens a place or organisation mention,
 * after a lowercase word. `source.start` otherwise.
 */
function ownerBeforeTitle(ctx: Ctx, source: Span): number {
  const { text, tokens, s, lo, dp } = ctx;
  if (!OWNED_TITLE.test(text.slice(source.start, source.end))) return source.start;
  const k = sentenceTokenFrom(ctx, source.start);
  if (k >= s.tokenEnd || tokens[k]!.start !== source.start) return source.start;
  let j = k;
  while (j > lo && k - j < 3 && /^\p{Lu}[\p{L}.&'’-]*$/u.test(tokens[j - 1]!.text) && tokens[j]!.start - tokens[j - 1]!.end === 1) j--;
  if (j === k || (dp.ent[j] !== 3 && dp.ent[j] !== 5)) return source.start;
  // (after a lowercase word, not at the sentence's start, where the words may be an opener's)
  return j > lo && /^\p{Ll}/u.test(tokens[j - 1]!.text) ? tokens[j]!.start : source.start;
}

/** The conjunction opening a sentence's adverbial clause, right before the piece: "While ", "Although ". */
const OPENING_ADVERBIAL_CLAUSE = /^\s*(?:While|Although|Though|Whereas|Even\s+though|Even\s+if|If|When|Because|Since|After|Before|Once|Until)\s+$/;

/** A clause joined after a closing attribution: ", and at least 12 people have died". */
const CLAUSE_JOINED_AFTER = /^\s*,\s+(?:and|but|while)\s+\S/;
/** A closing attribution inside a longer piece, joined to the next clause: ", the weather office said, and ". */
const INNER_CLOSING_ATTRIBUTION = /,\s+(?:the\s+|a\s+)?[^,;“”"]{1,60}?\s+(?:said|says|reported|added|announced)\s*,\s+(?:and|but)\s+/;

/** A sentence opening with a clause of time or condition, with no comma before the cue: "When doctors told Amara ...". */
const SUBORDINATE_OPENING = /^\s*(?:When|Whenever|After|Before|Once|Since|If|Unless|Although|Though|While|Because|Until)\s[^,;:“”"]*$/;
/** The comma that closes an opening clause, and the main clause's subject after it. */
const MAIN_CLAUSE_AFTER_COMMA = /,\s+(?=(?:the|his|her|their|its|a|an|he|she|they|it|we|I|\p{Lu}[\p{Ll}]+)\s)/u;

/** The main clause's capitalised subject after an opening clause's comma, then its verb: ", Lee was quoted". */
const SUBJECT_AFTER_OPENING_CLAUSE = /^,\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|(?:a|an|the)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:spokes(?:man|woman|person)|official|minister|source|diplomat|officer|statement)|he|she|they|we)\s+(?:was|is|has|had|have|said|says|told|[a-z]+ed)\b/u;

/** True when the tagger's source is one adverb opening the sentence ("[Highly] praising", "[Clearly] concerned"), not a name such as "Ahly". */
function isAdverbSource(ctx: Ctx, source: Span): boolean {
  const { text, s, dp } = ctx;
  // (and the adverbs of time or degree with no -ly: "[long] seen as", "[still] believes")
  if (!/^\p{Lu}?\p{Ll}+ly$|^(?:[Ll]ong|[Ss]till|[Oo]ften|[Ss]oon|[Oo]nce|[Nn]ow|[Aa]lso|[Ee]ven|[Ee]arlier|[Ll]ater|[Mm]eanwhile)$/u.test(text.slice(source.start, source.end))) return false;
  const k = sentenceTokenFrom(ctx, source.start);
  return k < s.tokenEnd && dp.ent[k] === 0;
}

/** The span of another cue's tagged source that holds this cue ("one of the states [suing] the EPA, said"), or null. */
function sourceHolding(ctx: Ctx, st: Attribution): Span | null {
  const { tokens, lo, found } = ctx;
  const { f } = st;
  for (const g of found) {
    if (g === f) continue;
    const y = g.sources.find((x) => x.a <= f.cue.a && f.cue.b <= x.b);
    if (y) return { start: tokens[lo + y.a]!.start, end: tokens[lo + y.b - 1]!.end };
  }
  return null;
}

/** A state or a reputation in the passive, nothing said: "is known for", "was full of", "are divided on". */
const STATE_NOT_SAID = /\b(?:known|full|divided|famous|noted|remembered|fond|aware|proud|afraid|tired|critic)\s+(?:for|of|on|about|over|with)$/i;

/** A preposition right before a name: "the conviction [of] Marcus Lin". ("with a mediator dismissing it": the participle's own subject.) */
const OBJECT_OF_PREPOSITION = /\b(?:of|for|against|to|on)\s+(?:the\s+)?$/i;

/** A definite description of a person's role: "The critic", "the veteran actor". */
const TITLE_BEFORE_NAME = /^(?:The|the)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$/;

/** A phrase of how something was said, between a cue and "that": " in a speech to air force commanders ". */
const CHANNEL_BEFORE_THAT = /^\s+(?:in|via|through)\s+(?:a|an|his|her|their|its|the)\s[^"“”,;:]{1,80}$/i;

/** Words that never make a title between a body and a name: verbs' forms, function words. */
const NOT_TITLE_BETWEEN = /^(?:has|have|had|is|are|was|were|will|would|could|should|may|might|must|can|did|does|do|to|and|or|of|on|in|at|for|with|by|from|as|that|also|then|told|said|says|asked|urged|[a-z]+ed|[a-z]+ing)$/;

/**
 * "[BJP] spokesperson Sambit Patra hit back, saying": the tagger stopped at the body whose title
 * the person after it carries; that person is the source, with the body and the title before.
 */
function withTitledPersonAfter(ctx: Ctx, source: Span, cueStart: number): Span {
  const { text, tokens, s, dp } = ctx;
  if (!/^\p{Lu}/u.test(text.slice(source.start, source.end))) return source;
  const title = /^\s+((?:[a-z]+\s+){1,3})(?=\p{Lu})/u.exec(text.slice(source.end, cueStart));
  if (!title || title[1]!.trim().split(/\s+/).some((w) => NOT_TITLE_BETWEEN.test(w))) return source;
  const nameAt = source.end + title[0].length;
  const k = sentenceTokenFrom(ctx, nameAt);
  // (a person's name begins right there: PERSON mentions are 1 on their first token, 2 after)
  if (k >= s.tokenEnd || tokens[k]!.start !== nameAt || dp.ent[k] !== 1) return source;
  let e = k + 1;
  while (e < s.tokenEnd && dp.ent[e] === 2) e++;
  return tokens[e - 1]!.end <= cueStart ? { start: source.start, end: tokens[e - 1]!.end } : source;
}

/**
 * "found ... by workers in [a residential area of Havre, a suburb of Mons, public prosecutor Pierre
 * Honore] said": a source the tagger ran back over comma-separated phrases of the report is the last
 * of them when that one names a person (after title words at most) and the first names none.
 */
function personClosingList(ctx: Ctx, source: Span): Span | null {
  const { text, tokens, s, dp } = ctx;
  // (three phrases at least: "the adviser, John Nagenda," is a title apposed to its name)
  const raw = text.slice(source.start, source.end).replace(/[,\s]+$/, '');
  const firstComma = raw.indexOf(', ');
  const lastComma = raw.lastIndexOf(', ');
  if (firstComma < 0 || lastComma === firstComma) return null;
  const title = /^(?:[a-z]+\s+){0,3}(?=\p{Lu})/u.exec(raw.slice(lastComma + 2));
  if (!title) return null;
  const nameAt = source.start + lastComma + 2 + title[0].length;
  let personFirst = false;
  let personLast = false;
  for (let k = sentenceTokenFrom(ctx, source.start); k < s.tokenEnd && tokens[k]!.start < source.end; k++) {
    if (tokens[k]!.start < source.start + firstComma && (dp.ent[k] === 1 || dp.ent[k] === 2)) personFirst = true;
    if (tokens[k]!.start === nameAt && dp.ent[k] === 1) personLast = true;
  }
  return !personFirst && personLast ? { start: source.start + lastComma + 2, end: source.end } : null;
}

/**
 * `“...,” Rovnag Abdullayev, [head of Azerbaijan's state oil company SOCAR] said`: a source the
 * tagger began on a lowercase title after a person's name and a comma, the name right after a
 * closing quotation, starts at the name.
 */
function withNameBeforeTitle(ctx: Ctx, source: Span): Span {
  const { text, tokens, s, dp } = ctx;
  if (!/^\p{Ll}/u.test(text.slice(source.start, source.start + 1)) || !/\S\s*,\s*$/.test(text.slice(Math.max(s.start, source.start - 40), source.start))) return source;
  const k = sentenceTokenFrom(ctx, source.start);
  // k is the source's first token; k - 1 the comma; k - 2 the name's last token
  let a = k - 2;
  if (a < s.tokenStart || tokens[k - 1]!.text !== ',' || dp.ent[a] !== 2 && dp.ent[a] !== 1) return source;
  while (a > s.tokenStart && dp.ent[a] === 2) a--;
  // (only right after a quotation closing on its comma, where the name can be nothing else)
  return dp.ent[a] === 1 && /,\s*["”]\s*$/.test(text.slice(Math.max(s.start, tokens[a]!.start - 6), tokens[a]!.start)) ? { start: tokens[a]!.start, end: source.end } : source;
}

/** The index of the sentence's first token starting at or after `pos` (`s.tokenEnd` when none does). */
function sentenceTokenFrom(ctx: Ctx, pos: number): number {
  const { tokens, s } = ctx;
  let k = s.tokenStart;
  while (k < s.tokenEnd && tokens[k]!.start < pos) k++;
  return k;
}

/** True when a DATE or TIME expression covers the span ("Tuesday", "the end of the month"). */
function isTimeSpan(times: QuoteInput['times'], sp: Span): boolean {
  return times.some((t) => (t.type === 'DATE' || t.type === 'TIME') && t.start <= sp.start && sp.end <= t.end);
}

/** Widens the cue over the auxiliaries and adverbs right before it. */
function extendCueLeft(ctx: Ctx, st: Attribution): void {
  const { text, tokens, lw, lo } = ctx;
  const { ca, cue, source } = st;
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
}

/**
 * "According to two officials with knowledge of the talks, Ishiba had considered ...": when the
 * tagger gave the clause after the source's comma to another cue, or to none, it is still what the
 * sentence's opening phrase attributes.
 */
function clauseAfterOpeningAccording(ctx: Ctx, st: Attribution, contents: Span[]): void {
  const { tokens, lw, s } = ctx;
  const { ca, cb } = st;
  if (ca !== s.tokenStart || cb - ca !== 2 || lw(ca) !== 'according' || lw(ca + 1) !== 'to') return;
  const r = sourceAccording(tokens, cb, s.tokenEnd);
  if (!r || tokens[r.b]?.text !== ',') return;
  const rest = clauseToSentenceEnd(tokens, r.b + 1, s.tokenEnd);
  if (rest) contents.push(rest);
}

/** The words from token `a` to the sentence's end (`end`), without its closing punctuation; null when none. */
function clauseToSentenceEnd(tokens: readonly Token[], a: number, end: number): Span | null {
  let b = end;
  while (b > a && tokens[b - 1]!.kind !== 'word') b--;
  return b > a ? { start: tokens[a]!.start, end: tokens[b - 1]!.end } : null;
}

/** A source ending in a form of "be": "The inquiry was". */
const BE_AT_END = /\s(?:was|were|is|are|been|being)\s*$/i;
/** A cue that is a participle, with an adverb before it: "also told", "widely reported". */
const PARTICIPLE_CUE = /^(?:(?:[a-z]+ly|also|first|later)\s+)*(?:told|informed|[a-z]+(?:ed|en|wn))$/;

/** A passive's subject is no source; "according to" names its source after it. */
function passiveAndAccording(ctx: Ctx, st: Attribution): void {
  const { text, tokens, lw, s } = ctx;
  const { ca, cb, cue, contents } = st;
  let { source } = st;
  // the subject of a passive is what was said about, not who said it: "He has been harshly
  // criticized for ...", "Mr. Quiros was accused of ..." (PolNeAR train: 77 of 530 passive cues
  // have a source before them, mostly states such as "are concerned"; those keep it)
  if (source && source.end <= cue.start) {
    const pv = PASSIVE_CUE.exec(text.slice(cue.start, cue.end));
    // ("X is reported to have called": X did the calling, and is the source as PolNeAR marks it)
    if (pv && !STATE_PARTICIPLES.has(pv[1]!) && !/^\s+to\b/.test(text.slice(cue.end, cue.end + 4))) source = null;
    // ("[The inquiry was] also told of ...": the tagger took the auxiliary into the source; the
    // subject of the passive heard it)
    else if (BE_AT_END.test(text.slice(Math.max(source.start, source.end - 10), source.end)) && PARTICIPLE_CUE.test(text.slice(cue.start, cue.end)) && !STATE_PARTICIPLES.has(lw(cb - 1)) && !/^\s+to\b/.test(text.slice(cue.end, cue.end + 4))) source = null;
  }
  // "an evacuation [called for] by the embassy": the agent called for what the noun phrase names
  if (source && source.end <= cue.start) {
    const rel = closeReducedRelativeAgent(text, s, cue, source);
    if (rel) {
      source = rel.source;
      contents.splice(0, contents.length, rel.content);
    }
  }
  // "The agreement, [announced] by the minister, will ...": the agent said what the noun phrase names
  if (!source) {
    const rel = reducedRelativeAgent(text, s, cue);
    if (rel) {
      source = rel.source;
      contents.splice(0, contents.length, rel.content);
    }
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
      // ("..., according to reports, [although the club declined to comment]": a concession is the reporter's)
      else if (c.start >= source.end && CONCESSIVE_OPENER.test(text.slice(c.start, c.end))) contents.splice(k, 1);
    }
  }
  // "According to [exit polls, the Communist Party made gains]": an opening "according to" names its
  // source up to its comma when the tagger ran it on over a clause; the clause is what was said
  if (source && ca === s.tokenStart && source.start >= cue.end && /^according\s+to$/i.test(text.slice(cue.start, cue.end))) {
    const r = sourceAccording(tokens, cb, s.tokenEnd);
    const comma = r && tokens[r.b]?.text === ',' ? tokens[r.b]! : null;
    // (a name with a comma in it, "Santiago, Chile", "Forum for Women, Law and Development", goes
    // on to another comma; a name after the comma followed by a verb, "Prikhodko, Russia is
    // expected", opens the clause)
    const restOfSource = comma ? text.slice(tokens[r!.b + 1]?.start ?? source.end, source.end) : '';
    const nameGoesOn = /^\p{Lu}/u.test(restOfSource) && /^\s*,/.test(text.slice(source.end, s.end));
    if (comma && comma.start < source.end && r!.b + 1 < s.tokenEnd && !nameGoesOn && !isSourceApposition(restOfSource)) {
      source = { start: tokens[r!.a]!.start, end: tokens[r!.b - 1]!.end };
      const rest = clauseToSentenceEnd(tokens, r!.b + 1, s.tokenEnd);
      if (rest) contents.splice(0, contents.length, rest);
    }
  }
  // "According to the commission based in Santiago, [Chile,] poverty affects ...": a place right
  // after the source's own place and its comma names that place's country, and is the source's
  if (source && ca === s.tokenStart && /^according\s+to$/i.test(text.slice(cue.start, cue.end)) && /\p{Lu}[\p{L}'’-]*,?\s*$/u.test(text.slice(source.start, source.end))) {
    const k = contents.findIndex((c) => /^\s*,?\s*$/.test(text.slice(source!.end, c.start)));
    const m = k >= 0 ? /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?),\s+(?=\S)/u.exec(text.slice(contents[k]!.start, contents[k]!.end)) : null;
    if (m && entityFlagAt(ctx, contents[k]!.start) === 5) {
      source = { start: source.start, end: contents[k]!.start + m[1]!.length };
      contents[k] = { start: contents[k]!.start + m[0].length, end: contents[k]!.end };
    }
  }
  // "According to Maria Lopez, [a lawyer for the family,] the police ignored ...": an indefinite
  // description after a name and its comma describes the name, and is no part of what was said
  if (source && ca === s.tokenStart && /^according\s+to$/i.test(text.slice(cue.start, cue.end)) && isPersonOrBodyName(ctx, source)) {
    const k = contents.findIndex((c) => /^\s*,\s*$/.test(text.slice(source!.end, c.start)));
    const m = k >= 0 ? /^(an?\s[^,;:“”"]{1,80}),\s+(?=\S)/.exec(text.slice(contents[k]!.start, contents[k]!.end)) : null;
    if (m && isSourceApposition(m[1]!)) contents[k] = { start: contents[k]!.start + m[0].length, end: contents[k]!.end };
  }
  // "According to the indictment, [Lam] told investigators ...": a source after "according to"
  // ends at its comma when what follows is another cue's source; the sentence goes on with its own
  if (source && source.start >= cue.end && /^according\s+to$/i.test(text.slice(cue.start, cue.end))) source = accordingSourceBeforeOtherSource(ctx, st, source);
  st.source = source;
}

/** The entity flag (src/quotes/features.ts `ent`) of the sentence's token starting at `pos`, else 0. */
function entityFlagAt(ctx: Ctx, pos: number): number {
  const i = sentenceTokenFrom(ctx, pos);
  return i < ctx.s.tokenEnd && ctx.tokens[i]!.start === pos ? ctx.dp.ent[i]! : 0;
}

/** True when the span is one person's or body's name, as the entity flags mark it ("Maria Lopez", "CMS Precis"; not "Ecuadorian law"). */
function isPersonOrBodyName(ctx: Ctx, span: Span): boolean {
  const { tokens, dp, s } = ctx;
  const i = sentenceTokenFrom(ctx, span.start);
  if (i >= s.tokenEnd || tokens[i]!.start !== span.start) return false;
  const kind = dp.ent[i]!;
  if (kind !== 1 && kind !== 3) return false;
  let j = i + 1;
  while (j < s.tokenEnd && dp.ent[j] === kind + 1) j++;
  return tokens[j - 1]!.end === span.end;
}

/** The part of a source after "according to" before a comma, when another cue's source follows that comma. */
function accordingSourceBeforeOtherSource(ctx: Ctx, st: Attribution, source: Span): Span {
  const { text, tokens, lo, found } = ctx;
  const comma = text.slice(source.start, source.end).indexOf(',');
  if (comma <= 0) return source;
  const rest = source.start + comma + 1;
  const other = found.some((g) => g !== st.f && g.sources.some((x) => tokens[lo + x.a]!.start < source.end && tokens[lo + x.b - 1]!.end > rest));
  return other ? { start: source.start, end: source.start + comma } : source;
}

/** False for cues that attribute nothing: a rubric's colon, a passive question or report with no source. */
function isAttributionKept(ctx: Ctx, st: Attribution): boolean {
  const { text, lw } = ctx;
  const { ca, cue, contents, source } = st;
  // `“...,” Scott Pruitt, attorney general of Oklahoma, one of the states [suing] the EPA, said`: a
  // cue inside another cue's source takes no quotation from outside that source: it is the outer cue's
  // "The alarm [sounded] at about noon": an alarm or a siren going off says nothing
  if (source && /^(?:sound|sounds|sounded)$/i.test(text.slice(cue.start, cue.end)) && /\b(?:alarms?|sirens?|bells?|horns?|whistles?)$/i.test(text.slice(source.start, source.end))) return false;
  const holder = sourceHolding(ctx, st);
  if (holder) {
    const outside = contents.filter((c) => (c.start < holder.start || c.end > holder.end) && /^["“]/.test(text.slice(c.start, c.start + 1)));
    if (outside.length === contents.length) return false;
    for (const c of outside) contents.splice(contents.indexOf(c), 1);
  }
  // a rubric before a colon names no one: "WARNING: Video contains graphic images."
  if (source && text.slice(cue.start, cue.end) === ':' && isRubric(text.slice(source.start, source.end))) return false;
  // nor is a passive question ("Ashby was asked about the saga"): the one asked has said nothing yet
  if (!source && isPassiveQuestion(text.slice(cue.start, cue.end))) return false;
  // a headline drops the passive's "is": "Maduro [declared] winner", "Minister [named] envoy"
  if (isHeadline(text, ctx.input.paragraphs, ctx.s) && isHeadlinePassive(text.slice(cue.start, cue.end), contents.map((c) => text.slice(c.start, c.end)))) return false;
  // ("[Man] charged after woman killed": the one the passive is about opens the headline, and nobody spoke)
  if (!source && contents.length && /^[a-z]+ed$/.test(text.slice(cue.start, cue.end)) && contents.every((c) => c.end <= cue.start && /^\s*$/.test(text.slice(c.end, cue.start)) && text.slice(c.start, c.end).split(/\s+/).length <= 4) && isHeadline(text, ctx.input.paragraphs, ctx.s)) return false;
  // "quoted an official as [saying] the deal was close": the "quoted" attribution has it, with its source
  if (!source && /^(?:saying|telling)$/i.test(text.slice(cue.start, cue.end)) && /\bquoted\s+[^,;:“”"]{2,80}?\s+as\s+$/.test(text.slice(Math.max(0, cue.start - 100), cue.start))) return false;
  // a passive report with no source ("The first cases were reported on Feb. 24") is no attribution
  if (!source && BE.has(lw(ca)) && contents.every((c) => c.end <= cue.start)) return false;
  // nor is a state or a reputation ("[is known for] hosting the forum", "[was full of] admiration"),
  // or a report of what followed an event ("damages [were also reported] following a raid"); an
  // accusation or a blame stays, its accusers unnamed
  if (!source && BE.has(lw(ca)) && contents.length && contents.every((c) => c.start >= cue.end && (STATE_NOT_SAID.test(text.slice(cue.start, cue.end)) || /^(?:following|after|before|during|since|amid)\s/i.test(text.slice(c.start, c.end))))) return false;
  // nor one whose subject opens with another verb's "that": in "warned [that more rain] was
  // expected", the clause is what the agency warned of
  if (!source && BE.has(lw(ca)) && contents.some((c) => c.end <= cue.start && /^that\s/i.test(text.slice(c.start, c.end)))) return false;
  // nor is one followed only by when it will happen: "A deal could be announced [as early as next week]"
  if (!source && contents.every((c) => c.start >= cue.end) && isPassiveAdverbialOnly(text.slice(cue.start, cue.end), contents.map((c) => text.slice(c.start, c.end)))) return false;
  return true;
}

/** Speech one makes: "the remarks", "a pledge", "the case that", "no comment". */
const MADE_SPEECH = /^(?:(?:the|a|an|his|her|their|its|these|those|this|that|no|similar|further|several|repeated)\s+)?(?:[\w-]+\s+){0,2}?(?:remarks?|comments?|statements?|announcements?|claims?|pledges?|promises?|calls?|appeals?|case|point|argument|accusations?|allegations?|threats?|offers?|proposals?|demands?|plea|speech|address|assurances?|predictions?|references?|mention|suggestions?|requests?|confessions?|admissions?|vows?|apologies|apology)\b/i;

/** A passive of knowing or saying after an expletive "it": "is understood", "was believed", "has been reported". */
/** A participle opening a clause about what someone did, not what they said: "pointing to a baobab", "shaking his head". */
function isCircumstanceParticiple(piece: string): boolean {
  // ("pointing out that ..." says something; "pointing to a tree" does not)
  // (and a participle with a preposition or an object after it: "developing countries must ..." is a noun phrase)
  // (an absolute phrase as well: "his voice breaking")
  if (/^(?:his|her|their|its)\s+[a-z]+\s+[a-z]+ing$/.test(piece.trim())) return true;
  const w = /^([a-z]+ing)(?=\s+(?:to|at|on|in|into|from|with|toward|towards|across|over|up|down|back|around|his|her|their|its|a|an|the)\b|\s*[.,;]|\s*$)/.exec(piece)?.[1];
  return !!w && !/^(?:adding|saying|noting|insisting|warning|arguing|explaining|telling|asking|urging|calling|claiming|stressing|acknowledging|admitting|referring|describing|speaking|writing|declaring|announcing|recalling|citing|quoting|suggesting|promising|vowing|threatening|accusing|blaming|denying|confirming|rejecting|demanding|praising|criticising|criticizing|dismissing|predicting|questioning|complaining|conceding|estimating|expressing|hoping|expecting|reiterating|repeating|replying|responding|answering|joking|lamenting|boasting)$/.test(w);
}

/** What is raised as a measure, not a matter raised in words: "penalties for groping", "interest rates". */
const RAISED_MEASURE = /^(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:penalties|penalty|fines|taxes|tax|prices|price|rates|rate|fees|fee|wages|wage|salaries|tariffs|tariff|limits?|ceiling|funds|money|capital|stakes?|output|production|forecasts?|guidance|dividends?|fares?|premiums?)\b/iu;

/** What armed men attack, as against a policy or a person they criticise: "several islands", "an army base". */
const ATTACKED_PLACE = /^(?:[\p{L}\d-]+\s+){0,4}(?:villages?|towns?|islands?|bases?|camps?|convoys?|positions?|posts?|checkpoints?|farms?|schools?|hospitals?|churches?|mosques?|markets?|ships?|vessels?|tankers?|troops|soldiers|civilians|homes?|houses?|buildings?|cit(?:y|ies)|districts?|barracks|outposts?|stations?|patrols?)(?:\s+(?:in|on|near|of|off|outside|across|around|along|where|this|last|earlier|overnight|yesterday|today)\b[^;]{0,80})?$/iu;

/** A source the tagger ran into a gesture: "the Italian smiled", "Lindqvist shrugged". */
const GESTURE_END = /\s(?:smiled|smiles|shrugged|shrugs|laughed|laughs|paused|pauses|nodded|nods|grinned|grins|sighed|sighs|hesitated|hesitates|winced|frowned)$/i;

/** Whom a judge writes an opinion for: "a unanimous three-judge panel of the 2nd Circuit", "the majority". */
const WRITTEN_FOR = /^(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,3}(?:panel|majority|minority|court|bench|plurality)\b/iu;

/** A reference to quote to the police or a helpline: "log 0187", "crime reference 13/45821/24". */
const REFERENCE_NUMBER = /^(?:log|reference|ref\.?|crime\s+reference|incident|case|job)\s+(?:number\s+|no\.?\s*)?[\w/-]*\d[\w/-]*$/i;
/** "to more than 10 million farmers", "worth about a billion": "to" or "worth", then an amount. */
/** A topic phrase alone: "Regarding the recognition of Israel", "As for the budget", "On the issue of debt". */
const TOPIC_OPENING = /^(?:regarding|concerning|as\s+(?:for|to|regards)|with\s+(?:regard|respect)\s+to|in\s+regard\s+to|on\s+the\s+(?:issue|question|subject|matter)\s+of|turning\s+to)\s[^,;:]*$/i;

/**
 * A participle phrase with no clause of its own: "Using a combination of telescopes"; or an
 * adjective of knowing or feeling with its complement: "Fully aware of the sectarian tensions".
 */
const OPENING_PARTICIPLE = /^(?:\p{Lu}\p{Ll}+ing|(?:(?:Fully|Well|Keenly|Acutely|Deeply|Increasingly)\s+)?(?:[Aa]ware|[Cc]onscious|[Mm]indful|[Cc]onvinced|[Cc]onfident|[Cc]oncerned|[Ww]orried|[Dd]etermined|[Ee]ager|[Aa]nxious|[Uu]naware|[Ff]earful|[Ww]ary))\s[^,;:]*$/u;

/** A passive verb, words of its own clause, then "and" right before the cue: "was released from custody and ". */
const PASSIVE_THEN_AND = /\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b[^,;.]{0,60}\sand\s+$/;

/** "ordered to", "told to", "refused asylum": a verb read as passive by the words after it. */
const PASSIVE_BY_WHAT_FOLLOWS = /^(?:(?:ordered|told|asked|urged|forced|required|instructed|advised|warned)\s+to\b|(?:refused|denied)\s+(?:asylum|bail|entry|permission|a\s+visa|visas|access|parole)\b)/i;

/** A short noun phrase with no verb: "the government", "the Zambian government", "Ericsson". */
const SHORT_NOUN_PHRASE = /^(?:(?:the|The)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{Ll}'’-]+|\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})$/u;

/** Lives as the object: "around 60 lives", "the lives of three soldiers", "more than 1,000 victims". */
const LIVES_CLAIMED = /^(?:(?:around|about|some|at\s+least|more\s+than|over|nearly|almost|an\s+estimated)\s+)?(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|thousands\s+of|many|several|the)\s+(?:more\s+)?(?:lives|victims)\b/i;

/** A noun phrase of a few words with no verb: "Switzerland's second largest bank". */
const APPOSED_DESCRIPTION = /^(?!.*\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|[a-z]+ed)\b)(?:[\p{L}\d'’-]+\s+){1,6}[\p{L}'’-]+$/u;

/** A modal, and "not" at most, right before a cue: "could not [have asked for]". */
const MODAL_BEFORE = /\b(?:could|would|should|might|must|may)(?:\s+not|n['’]t)?\s+$/i;

/** A subject and a verb in the past: "the group asked for ...", "officials had warned". */
const CLAUSE_WITH_VERB = /^(?:the|a|an|its|their|his|her|\p{Lu}[\p{L}'’-]*)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:[a-z]{3,}ed|had|has|have|was|were|is|are|would|will|could|got|took|made|said|told)\b/u;

/** "at 35.6 million euros", "at about $2bn" (never "at least": "estimated at least 5,000 people came" is a statement). */
const ESTIMATED_AT_AMOUNT = /^\s+at\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|up\s+to)\s+)?[$€£¥]?\d/i;
const PREPOSITION_THEN_AMOUNT = /^(?:to|worth)\s+(?:more\s+than|fewer\s+than|less\s+than|about|nearly|over|some|\d)\b/i;
/** A verb of hoping or expecting as a cue: "expected", "had hoped", "wants". */
const HOPING_CUE = /(?:^|\s)(?:expect|expects|expected|expecting|hope|hopes|hoped|hoping|want|wants|wanted|plan|plans|planned|intend|intends|intended)$/i;
/** An infinitive with nothing after it: "to lose". */
const BARE_INFINITIVE = /^to\s+[a-z]+$/i;
const EXPLETIVE_PASSIVE = /^(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|generally\s+)?(?:understood|believed|thought|expected|known|reported|said|claimed|alleged|feared|rumou?red)$/i;

/** A verb that answers what others said, right before a noun cue: "rejected [calls for]", "dismissed [claims]". */
const ANSWERING_VERB_BEFORE = /\b(?:rejected|rejects|dismissed|dismisses|denied|denies|ignored|ignores|resisted|resists|rebuffed|rebuffs|defied|defies|heeded|heeds|echoed|echoes|answered|answers|brushed\s+aside|brushes\s+aside)\s+$/;

/** A relative pronoun a few words before a cue: "which Tehran [says] is", "which he [hopes] will". */
const RELATIVE_BEFORE_CUE = /\b(?:which|that|who|whom)\s+(?:[\p{L}'’.-]+\s+){0,4}$/u;

/** A phrase ending in a preposition, which no source does: "Philippine vessels collide near". */
const ENDS_IN_PREPOSITION = /\s(?:near|in|at|on|of|to|from|with|by|for|over|off|into|onto|across|after|before)$/i;

/** Cues whose object, when a name alone, was served or met rather than told anything. */
const SERVED_OR_MET = /^(?:advis(?:ed|es|e|ing)|(?:spoke|speaks|speak|speaking|talked|talks|talk|talking)\s+(?:to|with)|interview(?:ed|s|ing)?)$/i;

/** A short subject: one to five words, no punctuation but a possessive, no clause word. */
const SHORT_SUBJECT = /^(?:[\p{L}\d'’.&-]+\s+){0,4}[\p{L}\d'’.&-]+$/u;

/**
 * For a cue nested in an earlier candidate's content whose source stands before that content:
 * the words between the content's start ("that" left out) and the cue when they are a short
 * subject opening with a capital or a determiner ("said [Democrats] hoped"). Null otherwise,
 * when the cue is not so nested or no such subject stands there (the source is left as it is).
 */
function subjectInsideOuterContent(text: string, here: readonly Cand[], source: Span, cue: Span): Span | null {
  for (const c of here) {
    const outer = c.contents.find((x) => x.start <= cue.start && cue.end <= x.end);
    if (!outer || source.end > outer.start) continue;
    let start = outer.start;
    const that = /^that\s+/i.exec(text.slice(start, cue.start));
    if (that) start += that[0].length;
    const words = text.slice(start, cue.start).trimEnd();
    if (words && SHORT_SUBJECT.test(words) && /^(?:\p{Lu}|(?:the|a|an|some|many|most|two|three|several|other)\s)/u.test(words) && !/\b(?:is|are|was|were|has|have|had|will|would|who|which|in|on|at|of)\b/i.test(words)) return { start, end: start + words.length };
    return null;
  }
  return null;
}

/**
 * Where ", NAME," ends when the text from `from` to the cue's first token `ca` is a comma, one
 * person's name (the entity flags `ent`), a comma and at most a time ("on Thursday", "late
 * Monday"); else -1.
 */
function apposedNameBeforeCue(tokens: readonly Token[], ent: Uint8Array, text: string, from: number, ca: number): number {
  let k = ca - 1;
  // (past a time between the name's comma and the cue)
  while (k >= 0 && tokens[k]!.start >= from && /^(?:on|late|early|last|this|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night)$/i.test(tokens[k]!.text)) k--;
  if (k < 1 || tokens[k]!.text !== ',') return -1;
  const close = k;
  let j = k - 1;
  while (j >= 0 && ent[j] === 2) j--;
  if (j < 1 || ent[j] !== 1 || tokens[j - 1]!.text !== ',' || tokens[j - 1]!.start < from) return -1;
  if (!/^\s*$/.test(text.slice(from, tokens[j - 1]!.start))) return -1;
  return tokens[close]!.end;
}

/** A bare plural of people, with at most a quantifier: "Economists", "Many analysts". */
const PEOPLE_PLURAL = /^(?:(?:many|most|some|several|few|other|both)\s+)?(?:economists|analysts|officials|investors|experts|traders|observers|critics|diplomats|residents|lawmakers|legislators|scientists|researchers|doctors|authorities|police|prosecutors|investigators|activists|campaigners|voters|workers|unions|employers|strategists|pollsters)$/i;

/** Adverbs that may stand between a coordinating "and" and the verb after it. */
const AFTER_AND = new Set(['also', 'then', 'later', 'quickly', 'promptly', 'immediately']);

/**
 * The token index of an "and" or "but" right before the cue's first token (past an adverb), else
 * -1: "Nvidia reported record revenue but [warned] that ..." shares the subject.
 */
function andBefore(tokens: readonly Token[], lo: number, ca: number): number {
  let j = ca - 1;
  if (j > lo && AFTER_AND.has(tokens[j]!.text.toLowerCase())) j--;
  if (j <= lo) return -1;
  if (tokens[j]!.text === 'and') return j;
  // ("all but dismissed as loser" is "nearly", no coordination)
  return tokens[j]!.text === 'but' && !/^(?:all|anything|nothing|everything|none)$/i.test(tokens[j - 1]!.text) ? j : -1;
}

/** The comma right before the cue's token `ca` in a headline ("..., warns of drought"), or -1. */
function headlineCommaBefore(ctx: Ctx, ca: number): number {
  const { tokens, lo, text, input, s } = ctx;
  return ca - 1 > lo && tokens[ca - 1]!.text === ',' && /^[a-z]+s$/.test(tokens[ca]!.text) && isHeadline(text, input.paragraphs, s) ? ca - 1 : -1;
}

/** A headline's opening noun phrase up to its first verb in the present ("Kenya's central bank" holds), before `end`. */
function headlineSubject(text: string, s: Sentence, end: number): Span | null {
  const m = /^((?:[\p{Lu}\d][\p{L}\d'’.-]*\s+)(?:[\p{L}\d'’.-]+\s+){0,4}?)(?:[a-z]+s)\s/u.exec(text.slice(s.start, end));
  if (!m) return null;
  const phrase = m[1]!.trimEnd();
  return { start: s.start, end: s.start + phrase.length };
}

/** The coordinating word that opens a second verb sharing the first one's subject: "said ..., but [warned]". */
const COORDINATED_VERB_OPENING = /,? (?:and|but) (?:\S+ ){0,2}$/;

/**
 * "Denktash said he would meet his counterpart, Glafcos Clerides, to forge a solution, but
 * warned ...": a name the tagger took for the second verb's source, inside the first verb's
 * clause and well before the "but" (a comma or three words between), is no subject of it; the
 * second verb shares the first one's source. ("... said Jones and Brown warned": the name right
 * before the "and" may be a subject, and is left alone.)
 */
function isInsideFirstClause(text: string, firstCueEnd: number, source: Span, cueStart: number): boolean {
  if (source.start < firstCueEnd) return false;
  const m = COORDINATED_VERB_OPENING.exec(text.slice(firstCueEnd, cueStart));
  if (!m) return false;
  const conjunctionAt = firstCueEnd + m.index;
  return source.end <= conjunctionAt && /,|(?:\S+\s+){3}/.test(text.slice(source.end, conjunctionAt));
}

/** A name (up to five capitalised words) closing on a comma. */
const AGENT_NAME = String.raw`((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*),\s*`;
/** The agent's name opening the source, then its relative clause: "Le Kha Phieu, who ...". */
const AGENT_THEN_WHO = new RegExp(`^${AGENT_NAME}who\\s`, 'u');
/** "by" and the agent's name, between the cue and a source that is the relative clause. */
const BY_AGENT = new RegExp(`^\\s+by\\s+${AGENT_NAME}$`, 'u');

/**
 * "The remarks were echoed by [Le Kha Phieu], who as head of the Interior Ministry is ...": after
 * a passive's "by", the agent's name is the source, not the relative clause on it.
 */
function agentBeforeRelative(text: string, source: Span | null, cue: Span): Span | null {
  if (!source || source.start < cue.end || !/^\s+by\s/.test(text.slice(cue.end, source.start + 4))) return source;
  const inside = AGENT_THEN_WHO.exec(text.slice(source.start, source.end));
  if (inside) return { start: source.start, end: source.start + inside[1]!.length };
  const before = BY_AGENT.exec(text.slice(cue.end, source.start));
  if (before && /^who\s/i.test(text.slice(source.start, source.end))) return { start: cue.end + before[0].indexOf(before[1]!), end: cue.end + before[0].indexOf(before[1]!) + before[1]!.length };
  return source;
}

/**
 * "[With Gazprom and Belarus both] warning of ...": "with" opens an absolute phrase whose noun does
 * the participle's act, and is no part of the source; before any other cue the phrase is no
 * subject at all ("With 21 reservoirs, the city faces ..., said ...").
 */
function withoutAbsoluteWith(text: string, source: Span, cue: Span): Span | null {
  if (!/^With\s/.test(text.slice(source.start, source.end))) return source;
  return /\b[a-z]+ing\b/.test(text.slice(cue.start, cue.end)) ? { start: source.start + 5, end: source.end } : null;
}

/** A cue with no source takes one from the sentence; a cue with no content, the quotation after its colon. */
function inheritSource(ctx: Ctx, st: Attribution): void {
  const { text, tokens, marks, dp, lw, s, lo, here } = ctx;
  const { f, ca, cb, cue, contents } = st;
  let { source } = st;
  // "[Germany] is considering [sanctions on ...]" with the name tagged as content: a name right
  // before a progressive cue, with what is said after it, is the subject (before a passive or
  // "seems" the name is what is spoken of, and PolNeAR keeps it in the content)
  if (!source && /^(?:is|are|was|were)\s+[a-z]+ing$/i.test(text.slice(cue.start, cue.end))) {
    const k = contents.findIndex((c) => c.end <= cue.start && /^\s*$/.test(text.slice(c.end, cue.start)) && isNameOnly(text.slice(c.start, c.end)));
    if (k >= 0 && contents.some((c) => c.start >= cue.end)) source = contents.splice(k, 1)[0]!;
  }
  // "[Britain's health secretary], Wes Streeting, on Thursday announced [plans ...]": a description
  // tagged as content, then the person's name apposed to it (and a time), before the cue, is the
  // subject, with the name
  if (!source && contents.some((c) => c.start >= cue.end)) {
    for (let k = 0; k < contents.length; k++) {
      const c = contents[k]!;
      const end = c.end <= cue.start ? apposedNameBeforeCue(tokens, dp.ent, text, c.end, ca) : -1;
      if (end < 0) continue;
      contents.splice(k, 1);
      source = { start: c.start, end };
      break;
    }
  }
  // "[Economists] had broadly expected [the hold]": a bare plural of people right before an
  // active cue, with what they hold after it, are those who hold it (before a passive or "seem",
  // "appear", they are what is spoken of)
  if (!source && !/^(?:is|are|was|were|be|been|being|has\s+been|had\s+been|have\s+been)\b|\b(?:seem|seems|seemed|appear|appears|appeared)$/i.test(text.slice(cue.start, cue.end))) {
    const k = contents.findIndex((c) => c.end <= cue.start && /^\s*$/.test(text.slice(c.end, cue.start)) && PEOPLE_PLURAL.test(text.slice(c.start, c.end)));
    if (k >= 0 && contents.some((c) => c.start >= cue.end)) source = contents.splice(k, 1)[0]!;
  }
  // coordination: "The ministry said ... and urged ...": the second cue shares the source
  // (and when the tagger gave the second cue a piece of the first one's source: "The [Alzheimer's]
  // Society said ... and called on ...")
  // (not for a noun cue that is the object of a verb of answering others: "but rejected [calls
  // for] ..." are others' calls; "raised [concerns about]" are the subject's own)
  const objectOfVerb = ANSWERING_VERB_BEFORE.test(text.slice(Math.max(s.start, cue.start - 20), cue.start));
  if ((!source || source.end <= cue.start) && !objectOfVerb) {
    const prev = here.find((c) => c.source && c.cue && c.cue.end <= cue.start && COORDINATED_VERB_OPENING.test(text.slice(c.cue.end, cue.start)));
    if (prev && source && prev.source!.start < source.end && source.start < prev.source!.end) source = prev.source;
    else if (prev && (!source || isInsideFirstClause(text, prev.cue!.end, source, cue.start))) {
      source = prev.source;
      // "X said A, but added B": B only; what comes before belongs to the first cue
      for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.end <= cue.start && contents.length > 1) contents.splice(k, 1);
    }
  }
  // "..., rejecting a proposal floated by [some European officials]": the agent of a passive
  // inside a participle's content proposed, it did not reject; the content runs on over it, and
  // the participle takes the main clause's subject below
  if (source && /^[a-z]+ing$/.test(tokens[ca]!.text) && tokens[ca - 1]?.text === ',') {
    const k = contents.findIndex((c) => c.start >= cue.end && c.end <= source!.start && isPassiveAgentGap(text.slice(c.start, c.end), text.slice(c.end, source!.start)));
    if (k >= 0) {
      contents[k] = { start: contents[k]!.start, end: source.end };
      source = null;
    }
  }
  // `“...,” saying [the group asked for more information]`: a participle after a comma or a
  // closing mark has its subject before it; what the tagger took for a source after it is what
  // was said
  if (source && source.start >= cue.end && cb - ca === 1 && /^[a-z]+ing$/.test(tokens[ca]!.text) && isSpeechVerb(lw(ca)) && ca > lo && (tokens[ca - 1]!.text === ',' || dp.qstate[ca - 1] === 3) && CLAUSE_WITH_VERB.test(text.slice(source.start, source.end))) {
    contents.push(source);
    contents.sort((a, b) => a.start - b.start);
    source = null;
  }
  // an inverted speech verb with no source takes the name after it: `“...,” said Council
  // President Ana Ruiz, adding ...` / `Said Ellis: “...”`
  if (!source && cb - ca === 1 && isSpeechVerb(lw(ca))) source = nameAfter(text, cue.end);
  // `“...,” said [one man who asked not to be identified].`: the tagger read an unnamed person
  // after the inverted cue, with the anonymity clause, as what was said
  if (!source && cb - ca === 1 && isSpeechVerb(lw(ca)) && /["”]\s*$/.test(text.slice(Math.max(s.start, cue.start - 3), cue.start).replace(/,\s*$/, ''))) {
    const k = contents.findIndex((c) => c.start >= cue.end && /^\s+$/.test(text.slice(cue.end, c.start)));
    const m = k >= 0 ? UNNAMED_PERSON_AFTER_CUE.exec(text.slice(contents[k]!.start, contents[k]!.end)) : null;
    if (m) {
      source = { start: contents[k]!.start, end: contents[k]!.start + m[1]!.length };
      contents.splice(k, 1);
    }
  }
  // a participle after a comma ("Clinton had mocked the complaint, saying ...") is said by
  // the main clause's subject: an earlier attribution's source in the sentence, else a name
  // or pronoun opening the sentence
  // (also with an adverb the cue took, "..., even suggesting", or a closing mark before it,
  // `a “strong leader,” comparing him ...`)
  let cas = ca;
  while (cas > lo && tokens[cas]!.start > cue.start) cas--;
  const commaAt = cas > lo + 1 && dp.qstate[cas - 1] === 3 ? cas - 2 : cas - 1;
  if (!source && commaAt >= lo && tokens[commaAt]!.text === ',' && /^[a-z]+ing$/.test(tokens[ca]!.text)) source = clauseSubject(text, tokens, dp.ent, s, commaAt + 1, here, cue) ?? unnamedOpeningSubject(text, s, cue.start);
  // ... and so is it when the tagger took the words right before the comma, an object of the
  // main clause, for the source: `she said in the Oval Office, emphasizing ...`
  else if (source && ca > lo + 1 && tokens[ca - 1]!.text === ',' && /^[a-z]+ing$/.test(tokens[ca]!.text) && source.end >= tokens[ca - 2]!.end && source.end <= tokens[ca - 1]!.end && source.start > s.start) {
    const subj = clauseSubject(text, tokens, dp.ent, s, ca, here, cue) ?? unnamedOpeningSubject(text, s, cue.start);
    if (subj && subj.end <= source.start) source = subj;
  }
  // "Prime Minister Hale flew to Leeds and ordered the army to ...": a cue coordinated after
  // the verb phrase of the sentence's subject is that subject's
  // (a passive's subject is what is spoken of: "... became premier in 1992, but [was widely
  // believed] to have been dismissed")
  if (!source && !/^(?:is|are|was|were|be|been|being)\b/i.test(text.slice(cue.start, cue.end))) {
    // (a headline joins its verbs with a comma: "Kenya's central bank holds rate, warns of drought")
    const coordinated = andBefore(tokens, lo, ca);
    const and = coordinated > lo ? coordinated : headlineCommaBefore(ctx, ca);
    if (and > lo) source = clauseSubject(text, tokens, dp.ent, s, and, here, cue) ?? (tokens[and]!.text === ',' ? headlineSubject(text, s, tokens[and]!.start) : null);
  }
  // ("[Apple cuts prices,] says demand is weak": the tagger's source runs over the first verb)
  if (source && source.end <= cue.start && headlineCommaBefore(ctx, ca) > lo) {
    const h = headlineSubject(text, s, tokens[ca - 1]!.start);
    if (h && h.start === source.start && h.end < source.end) source = h;
  }
  // "Talks collapsed, with the union accusing ...": the noun after "with" does the accusing
  if (!source && /^[a-z]+ing$/.test(tokens[ca]!.text)) source = withSubject(text.slice(s.start, cue.start), s.start);
  // "Local cycling campaign group Ashgrove on Wheels welcomed the vote": the tagger leans on the
  // entity flags, and gives no source when the name went unrecognised; the noun phrase opening
  // the sentence right before the cue is its subject
  if (!source && contents.length && contents.every((c) => c.start >= cue.end)) source = openingSubject(text, s, cue.start, text.slice(cue.start, cue.end)) ?? openingPronoun(text, s, cue.start, text.slice(cue.start, cue.end));
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
  st.source = source ? agentBeforeRelative(text, withoutAbsoluteWith(text, source, cue), cue) : null;
}

/**
 * The candidate, once it has content; a cue with a source and nothing said waits in `dangling`
 * for a quotation in the previous sentence.
 */
/**
 * "continued to favor [a gradual], [phased reduction]": the tagger broke one noun phrase at the
 * comma between its adjectives. Two pieces on the same side of the cue, no quotation either,
 * with only a comma between them, are one piece.
 */
const CLAUSE_AFTER_COMMA = /^(?:[a-z]+ing|said|says|told)\b|\b(?:is|are|was|were|has|have|had|will|would|could|can|did|said|says)\b/;

function joinPiecesAcrossComma(text: string, cue: Span, contents: Span[]): void {
  for (let k = contents.length - 2; k >= 0; k--) {
    const a = contents[k]!;
    const b = contents[k + 1]!;
    if ((a.end <= cue.start) !== (b.end <= cue.start) || !/^\s*,\s*$/.test(text.slice(a.end, b.start))) continue;
    if (/["“”]/.test(text.slice(a.start, b.end))) continue;
    // (a clause of its own after the comma stays apart: "..., [saying ...]", "..., [the force were waiting]")
    if (CLAUSE_AFTER_COMMA.test(text.slice(b.start, b.end)) || (a.end <= cue.start && b.end <= cue.start)) continue;
    contents.splice(k, 2, { start: a.start, end: b.end });
  }
}

function finishCandidate(ctx: Ctx, st: Attribution, dangling: Map<number, Cand>): Cand | null {
  const { text, tokens, s, si, lo, found } = ctx;
  const { f, cue, source, contents } = st;
  // "she cautioned that [the airline] expected ...", "[Most] economists polled by Reuters": a piece
  // opening what a later rule made the source is not also what the source said
  // `The Guardian called the album ["her most daring yet"], while Pitchfork said it sounded ...`: a
  // piece before a conjunction that opens the source's clause is the clause before's
  if (source && source.end <= cue.start && contents.some((c) => c.start >= cue.end)) {
    for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.end <= source.start && CLAUSE_CONJUNCTION_BETWEEN.test(text.slice(contents[k]!.end, source.start))) contents.splice(k, 1);
  }
  // "did not confirm [the deal but] wrote on Facebook that ...": an object of the verb before the
  // conjunction is what that verb took, not what the cue reports
  for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.end <= cue.start && /\s(?:but|and|or)$/.test(text.slice(contents[k]!.start, contents[k]!.end)) && /^\s*$/.test(text.slice(contents[k]!.end, cue.start)) && contents.some((c) => c.start >= cue.end)) contents.splice(k, 1);
  if (source) for (let k = contents.length - 1; k >= 0; k--) if (contents[k]!.start === source.start && contents[k]!.end <= source.end) contents.splice(k, 1);
  // (and when that was the only piece of a closing attribution, "..., noted [NBC's Dante Chinni].",
  // or the tagger gave it none, "..., the government said on Monday, as rescuers dug ...", the
  // clause before the comma is what was said)
  if (source && !contents.length) {
    const others = found.filter((g) => g !== f).map((g) => tokens[lo + g.cue.a]!.start);
    const report = reportBeforeClosingAttribution(text, s, cue, source, others);
    if (report) contents.push(report);
  }
  // "When a developer offered him 3 million zlotys, he [said] no.": the answer is what was said,
  // and the clause before says when
  const answer = /^\s+(no|yes)\s*[.!]?\s*$/i.exec(text.slice(cue.end, s.end));
  if (answer && source && source.end <= cue.start) {
    const at = cue.end + answer[0].indexOf(answer[1]!);
    contents.splice(0, contents.length, { start: at, end: at + answer[1]!.length });
  }
  joinPiecesAcrossComma(text, cue, contents);
  if (!contents.length) {
    if (source && !dangling.has(si)) dangling.set(si, { contents: [], cue, source, sentence: si, inherited: false, confidence: 0.7 });
    return null;
  }
  // "announced his resignation from the government [on] Sunday, accusing ...": a piece the tagger
  // ended on the preposition of a time it left out ends before the preposition
  for (let k = 0; k < contents.length; k++) contents[k] = withoutDanglingTimePreposition(text, ctx.input.times, contents[k]!);
  // "denied the charges [through his lawyer]": the go-between is how it was said, not what
  for (let k = 0; k < contents.length; k++) {
    const c = contents[k]!;
    const via = c.start >= cue.end ? goBetweenTailAt(text.slice(c.start, c.end)) : -1;
    if (via > 0) contents[k] = { start: c.start, end: c.start + via };
  }
  // "told the BBC that the government would announce a relief package [on Monday].": a time
  // closing the sentence after a reported clause is that clause's, as the verb nearest it is
  const last = contents[contents.length - 1]!;
  if (last.start >= cue.end) contents[contents.length - 1] = { start: last.start, end: closingTimeEnd(text, ctx.input.times, last, s) };
  // "criticised the decision [hours later]": a time after a noun phrase says when it was said
  const tail = contents[contents.length - 1]!;
  if (tail.start >= cue.end) {
    const cut = nounPhraseTimeTail(text.slice(tail.start, tail.end));
    if (cut > 0) contents[contents.length - 1] = { start: tail.start, end: tail.start + cut };
  }
  // "Police on Saturday arrested a man ..., killing two people, authorities said.": what a
  // closing ", SOURCE said." reports runs from the sentence's start (after a dateline)
  if (source) {
    // (a cue dropped as no attribution stands in no one's way: "were ordered to leave ..., officials said")
    const others = found.filter((g) => g !== f && !isBeParticipleTo(ctx, lo + g.cue.a, lo + g.cue.b)).map((g) => tokens[lo + g.cue.a]!.start);
    const whole = reportBeforeFinalAttribution(text, s, cue, source, contents, others) ?? reportBeforeMidAttribution(text, s, cue, source, contents, others) ?? predicateAfterAside(text, cue, source, contents, others, s.end);
    if (whole) contents.splice(0, contents.length, whole);
  }
  // (whichever rule gave the first piece, a rubric opening it is no part of it)
  contents[0] = { start: contents[0]!.start + rubricLength(text, contents[0]!), end: contents[0]!.end };
  // "IRNA quoted Foreign Minister Abbas Araqchi as saying that ...": the one quoted spoke; the
  // outlet that quoted them is the channel
  const quoted = source ? quotedPersonAsSaying(text, s, cue, source, contents) ?? quotedPersonInCue(text, cue, source, contents) : null;
  if (quoted) return { contents: quoted.contents, cue, source: quoted.source, channel: source, sentence: si, inherited: false, confidence: 0.8 };
  return { contents, cue, source, sentence: si, inherited: false, confidence: 0.8 };
}

/** A comma and a conjunction opening a new clause, all that stands between a piece and a later source: ", while ". */
const CLAUSE_CONJUNCTION_BETWEEN = /^["”’]?\s*,\s*(?:while|whereas|but|although|though)\s+$/;

/** A preposition of time ending a piece: "... from the government on". */
const DANGLING_TIME_PREPOSITION = /\s+(?:on|in|at|by|until|before|after|since|during)$/i;

/** `piece` without a preposition that ends it when the time it introduces starts right after. */
function withoutDanglingTimePreposition(text: string, times: readonly Timex[], piece: Span): Span {
  const m = DANGLING_TIME_PREPOSITION.exec(text.slice(Math.max(piece.start, piece.end - 12), piece.end));
  if (!m) return piece;
  const after = piece.end + (/^\s*/.exec(text.slice(piece.end, piece.end + 4))?.[0].length ?? 0);
  if (!times.some((t) => t.start === after)) return piece;
  return { start: piece.start, end: piece.end - m[0].length };
}

/** A noun phrase, then a relative time closing it: "the decision hours later", "the plan a day later". */
const NOUN_PHRASE_TIME_TAIL = /^((?:the|a|an|his|her|its|their|this|that)\s+[^,;:“”"]{1,60}?)\s+(?:(?:a\s+few|several|two|three|\d+|a|an)\s+)?(?:hours?|days?|weeks?|minutes?|moments?)\s+(?:later|earlier)$/i;

/**
 * "criticised [the decision hours later]": the length of the noun phrase before a relative time
 * that closes a piece (the time dates the cue, and the piece has no verb of its own), or 0.
 */
function nounPhraseTimeTail(piece: string): number {
  // (a cheap test first: this runs on the last piece of every attribution)
  const last = piece.slice(-7).toLowerCase();
  if (!last.endsWith('later') && !last.endsWith('earlier')) return 0;
  const m = NOUN_PHRASE_TIME_TAIL.exec(piece);
  return m && !/\b(?:is|are|was|were|had|has|have|will|would|could|did)\b/i.test(m[1]!) ? m[1]!.length : 0;
}

/** A topic noun phrase after "said of", up to the "that" opening the report. */
const TOPIC_BEFORE_THAT = /^(?:the|a|an|his|her|their|its)\s+[^,;:“”"]{1,60}?\s+(?=that\s)/i;

/**
 * The quoted person and "as saying" (with a time and "that") opening the piece after an active
 * "quoted"; the person may carry a description set off by a comma ("quoted Xiang Huaicheng,
 * chairman of the council, as saying"), and an occasion may follow ("as saying Thursday at the
 * Fourth International Conference").
 */
const QUOTED_PERSON = /^([^,;:“”"]{2,80}?(?:,\s[^,;:“”"]{2,80}?)?),?\s+as\s+(?:saying|telling\s+\S+(?:\s+\S+)?)(?:\s+(?:on|late|early|last|this)\s+\S+|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?(?:\s+(?:at|in|during)\s[^,;:“”"]{1,100}?(?=\s+that\s|[,.]?\s*$))?\s*[,:]?\s*(?:that\s+)?/;

/**
 * "OUTLET quoted [PERSON] as saying [CONTENT]": with the outlet before an active "quoted", who was
 * quoted and what they said; null otherwise (a passive, "was quoted as saying", is
 * addQuotedAsSaying's). The piece after "quoted" either holds both, or is "PERSON as saying" alone
 * with the words elsewhere: "“...,” the statement quoted Marcos as saying."
 */
function quotedPersonAsSaying(text: string, sentence: Sentence, cue: Span, source: Span, contents: readonly Span[]): { source: Span; contents: Span[] } | null {
  if (!/^(?:(?:also|later|further)\s+)?quoted$/i.test(text.slice(cue.start, cue.end)) || source.end > cue.start) return null;
  // (a passive names the outlet after "by": "[X] was quoted by The Nation as saying")
  if (/\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/i.test(text.slice(source.end, cue.start))) return null;
  const piece = contents.find((c) => c.start >= cue.end && /^\s*$/.test(text.slice(cue.end, c.start)));
  if (!piece || /^by\s/i.test(text.slice(piece.start, piece.end))) return null;
  const m = QUOTED_PERSON.exec(text.slice(piece.start, piece.end));
  if (!m) return null;
  const person = { start: piece.start, end: piece.start + m[1]!.length };
  const others = contents.filter((c) => c !== piece);
  if (m[0].length < piece.end - piece.start) return contents.length === 1 ? { source: person, contents: [{ start: piece.start + m[0].length, end: piece.end }] } : null;
  if (others.length) return { source: person, contents: others };
  // (`He quoted Ho Chi Minh, ..., as saying, “Individualism is a wicked enemy ...”`: the quotation
  // right after is what was said)
  const quotation = /^[\s,:]*(["“][^"“”]{4,}["”])/.exec(text.slice(piece.end, sentence.end));
  if (quotation) {
    const start = piece.end + quotation[0].length - quotation[1]!.length;
    return { source: person, contents: [{ start, end: start + quotation[1]!.length }] };
  }
  // ("Results showed ..., the Itar-Tass news agency quoted the local election chief as saying on
  // Monday.": closing the sentence, with nothing said after it, it reports the clause before its comma)
  const comma = /,\s*$/.exec(text.slice(sentence.start, source.start));
  if (!comma || !/^[\s.!?"”’]*$/.test(text.slice(piece.end, sentence.end))) return null;
  let start = sentence.start;
  while (start < comma.index + sentence.start && /\s/.test(text[start]!)) start++;
  const end = sentence.start + comma.index;
  return end - start >= 10 ? { source: person, contents: [{ start, end }] } : null;
}

/** A cue holding who was quoted: "quoted him as saying:", "quoted the minister as telling reporters". */
const QUOTED_IN_CUE = /^(quoted\s+)([^,;:“”"]{2,60}?)\s+as\s+(?:saying|telling\s+\S+(?:\s+\S+)?)\s*:?$/i;

/** "Tass [quoted him as saying:] “...”": the one inside the cue spoke, the outlet before it is the channel. */
function quotedPersonInCue(text: string, cue: Span, source: Span, contents: Span[]): { source: Span; contents: Span[] } | null {
  if (source.end > cue.start) return null;
  const m = QUOTED_IN_CUE.exec(text.slice(cue.start, cue.end));
  if (!m) return null;
  const start = cue.start + m[1]!.length;
  return { source: { start, end: start + m[2]!.length }, contents };
}

/** Parenthetical attributions the tagger missed: "Too often, Mr. Clarke said, the debate ...". */
function addParentheticals(ctx: Ctx, prep: SentPrep, cands: Cand[]): void {
  const { text, tokens, dp, s, si, lo, here } = ctx;
  for (const p of findParentheticals(tokens, lo, s.tokenEnd, prep.pc)) {
    const v = tokens[p.cue + p.cueLen - 1]!;
    if (dp.qstate[p.cue] !== 0) continue; // a verb inside quotation marks is quoted, not attributing
    if (here.some((c) => (c.cue && c.cue.start <= v.start && v.end <= c.cue.end) || c.contents.some((x) => x.start <= v.start && v.end <= x.end) || (c.source && c.source.start <= v.start && v.end <= c.source.end))) continue;
    const span = (r: readonly [number, number]): Span => ({ start: tokens[r[0]]!.start, end: tokens[r[1] - 1]!.end });
    const contents = p.contents.map(span);
    // ("KINSHASA — The first doses arrived ..., the ministry said": the dateline is where it was filed)
    const dl = DATELINE.exec(text.slice(contents[0]!.start, Math.min(contents[0]!.end, contents[0]!.start + 120)));
    if (dl && dl[0].length < contents[0]!.end - contents[0]!.start) contents[0] = { start: contents[0]!.start + dl[0].length, end: contents[0]!.end };
    const c: Cand = { contents, cue: { start: tokens[p.cue]!.start, end: v.end }, source: span([p.srcA, p.srcB]), sentence: si, inherited: false, confidence: 0.7 };
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
}

/** Research findings the tagger missed: "A 2014 study by the university found ...". */
function addFindings(ctx: Ctx, prep: SentPrep, cands: Cand[]): void {
  const { tokens, dp, s, lo, here } = ctx;
  for (const f of findFindings(tokens, lo, s.tokenEnd, prep.pc)) {
    const v = tokens[f.cue]!;
    if (dp.qstate[f.cue] !== 0) continue;
    if (here.some((c) => (c.cue && c.cue.start < v.end && v.start < c.cue.end) || c.contents.some((x) => x.start <= v.start && v.end <= x.end))) continue;
    pushFoundReport(ctx, f, cands);
  }
}

/** A report a rule found (token ranges of cue, source and content): a candidate, its source without a leading adverbial. */
function pushFoundReport(ctx: Ctx, f: { cue: number; srcA: number; srcB: number; conA: number; conB: number }, cands: Cand[]): void {
  const { text, tokens, si, here } = ctx;
  const v = tokens[f.cue]!;
  let source: Span = { start: tokens[f.srcA]!.start, end: tokens[f.srcB - 1]!.end };
  const adv = LEADING_ADVERBIAL.exec(text.slice(source.start, source.end));
  if (adv && adv[0].length < source.end - source.start) source = { start: source.start + adv[0].length, end: source.end };
  // (a report of the clause before it may open the story: the dateline is no part of it)
  const conStart = tokens[f.conA]!.start;
  const conEnd = tokens[f.conB - 1]!.end;
  const dl = DATELINE.exec(text.slice(conStart, conEnd));
  const c: Cand = { contents: [{ start: conStart + (dl && dl[0].length < conEnd - conStart ? dl[0].length : 0), end: conEnd }], cue: { start: v.start, end: v.end }, source, sentence: si, inherited: false, confidence: 0.7 };
  here.push(c);
  cands.push(c);
}

/** "The pilot told controllers he had lost an engine": a "told" report the tagger missed. */
function addToldClauses(ctx: Ctx, cands: Cand[]): void {
  const { tokens, dp, s, lo, here } = ctx;
  for (const f of findToldClauses(tokens, lo, s.tokenEnd)) {
    const v = tokens[f.cue]!;
    if (dp.qstate[f.cue] !== 0) continue;
    if (here.some((c) => c.cue && c.cue.start < v.end && v.start < c.cue.end)) continue;
    pushFoundReport(ctx, f, cands);
  }
}

/**
 * A source ending inside a relative clause set off by a comma, whose rest lies between the
 * source and the cue ("[A witness, who did] not want to be named, told"), without that clause.
 */
function withoutCutRelative(text: string, source: Span, cueStart: number): Span {
  const raw = text.slice(source.start, source.end);
  const rel = /,\s+(?:who|which)\b/.exec(raw);
  if (!rel || rel.index === 0 || /^[\s,]*$/.test(text.slice(source.end, cueStart))) return source;
  return { start: source.start, end: source.start + rel.index };
}

/** A concessive clause's opening word: what follows qualifies the report, and is the writer's. */
const CONCESSIVE_OPENER = /^(?:although|though|even\s+though|whereas)\b/i;

/** A negative subject right before the cue: "neither side has", "no one has", "nobody". */
const NEGATIVE_SUBJECT = /(?:^|[\s,])(?:neither(?:\s+\S+){1,2}|no\s+one|nobody|none(?:\s+of\s+(?:them|the\s+\S+))?|no\s+\S+)\s+(?:(?:has|have|had|did|would|could|will)\s+)?$/i;

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

const ANONYMITY = /^\W*(?:asked\s+)?(?:not\s+to\s+be\s+(?:named|identified|quoted)|to\s+be\s+(?:identified|named|called)\s+only\s+(?:by|as)\b)/i;

/** Words that open a time after a preposition: weekdays, months, "Thursday's". */
const TIME_OPENER = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/** A lone lowercase adverb the tagger took for a source: "forcefully", "perhaps", "together". */
const LONE_ADVERB = /^(?:[a-z]{3,}ly|perhaps|yet|even|almost|together|really|aside|also|still|later|then|now|just|never|often|always)$/;

/** People located by a place, right before it: "health authorities in neighbouring ", "officials in ". */
const PEOPLE_IN_PLACE = /(?<![\p{L}'’-])(?:[a-z]+\s+)?(?:[a-z]+s|police|staff|personnel)\s+(?:in|from|at|near)\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central|rural|coastal)\s+)?$/u;

/** The date half of a dateline the tagger put in a source: "[Nov 19 — ]Korvane Robotics said". */
const DATELINE_DATE = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|--|-(?=\s))\s*/;

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

/** True when the sentence is the article's first paragraph and that has no final stop: a headline. */
/** "declared [winner]", "named [envoy]", "found [guilty]": one participle, then a bare word or two with no article, as headlines write the passive. */
function isHeadlinePassive(cue: string, pieces: readonly string[]): boolean {
  return /^[a-z]+ed$/.test(cue) && pieces.length === 1 && /^\p{Ll}+(?:\s\p{Ll}+)?$/u.test(pieces[0]!) && !/^(?:the|a|an|his|her|its|their|that|to)\b/.test(pieces[0]!);
}

function isHeadline(text: string, paragraphs: readonly Span[], s: Sentence): boolean {
  const p = paragraphs[0];
  return s.paragraph === 0 && !!p && !/[.!?]["”’)]?\s*$/.test(text.slice(p.start, p.end));
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
 * Where a content piece after a cue really starts when the tagger began it inside the channel
 * phrase: at the "that" after the phrase and any words of time ("said in [a message posted to
 * Instagram on Sunday] that ..."). The piece's own start otherwise.
 */
function clauseAfterChannel(text: string, cue: Span, s: Sentence, piece: Span): number {
  const ch = findChannelSpan(text.slice(cue.start, s.end));
  if (!ch) return piece.start;
  const chStart = cue.start + ch.start;
  const chEnd = cue.start + ch.end;
  if (piece.start < chStart || piece.start >= chEnd || piece.end <= chEnd) return piece.start;
  // ("wrote on [Instagram that ...]": the cue takes its object in later, takeChannelObjectIntoCue)
  if (/\b(?:on|in|to|with|via)$/i.test(text.slice(cue.start, cue.end)) && /^\s*$/.test(text.slice(cue.end, piece.start))) return piece.start;
  const that = /\sthat\s/.exec(text.slice(chEnd, piece.end));
  if (!that || !isChannelRemnant(text.slice(chEnd, chEnd + that.index))) return piece.start;
  return chEnd + that.index + 1;
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

/**
 * Verbs of saying whose "on"/"in"/"at" opens a place or an occasion ("said on the sidelines"); with
 * "agreed on", "blamed on", "commented on" it opens what is agreed, blamed or commented.
 */
const SAYING_CUE = /\b(?:said|says|say|saying|told|tells|added|adds|spoke|speaks|speaking|announced|declared|stated)$/i;
/** Verbs whose object (a person, a group) comes before what they report: "accused X of", "urged X to". */
const OBJECT_FIRST_CUES = new Set(['accused', 'accuses', 'urged', 'urges', 'blamed', 'blames', 'criticised', 'criticized', 'praised', 'thanked', 'warned', 'pressed', 'invited']);
/** Words after such a verb that belong to the cue: prepositions, particles, adverbs, negation. */
const NOT_OBJECT_WORD = /^(?:of|on|for|to|in|at|with|about|against|over|up|out|off|back|not|also|again|repeatedly|[a-z]+ly)$/;

/** The first words of the channel patterns (channel.ts), after the cue's white space. */
const CHANNEL_OPENER = /^\s+(?:in|on|via|through|told|tells|telling|at|during|tweeted|posted|wrote|blogged)\b/i;

/** A preposition of place alone between a cue and a piece: "said [on] the Senate floor". */
const PLACE_PREPOSITION_AFTER_CUE = /^\s+(?:on|in|at|from|during|outside|inside|near|aboard)\s+$/i;

/** Auxiliaries and adverbs between a relative pronoun and its verb: "who has long urged". */
const RELATIVE_VERB_GROUP = /^(?:has|have|had|was|is|also|long|repeatedly|once|never|later|then|[a-z]+ly)$/;

/** The cue at token `a` opens a relative clause inside the source: "who [has repeatedly] urged". */
function relativeBefore(lw: (k: number) => string, a: number): boolean {
  for (let k = a - 1, n = 0; n < 4; k--, n++) {
    const w = lw(k);
    if (w === 'who' || w === 'which' || w === 'whose') return true;
    if (!RELATIVE_VERB_GROUP.test(w)) return false;
  }
  return false;
}

/** A relative word after a comma right before a piece: ", where [...]", ", when [...]". */
const RELATIVE_BEFORE = /,\s*(?:where|when|which|whose)\s+$/i;

/**
 * A lowercase title or group noun between a source and its cue: "Health [minister] defends",
 * "Labour [leader] says", "Trade [unions] welcomed".
 */
const TITLE_BEFORE_CUE = /^\s+(?:minister|leader|president|chief|secretary|spokesman|spokeswoman|spokesperson|governor|mayor|coach|manager|boss|envoy|ambassador|official|officials|chancellor|premier|ministers|leaders|unions|union|groups|parties|lawmakers|activists|campaigners|residents|farmers|workers|doctors|nurses|teachers|investors|analysts|economists|executives|regulators|authorities|prosecutors|police|researchers|scientists)\s*$/;
