import type { Document } from '../document/document.js';
import type { Stage } from '../document/pipeline.js';
import type { DossierEvent, Entity, Quote, Sentence, Span, Stance, Timex, Token } from '../document/types.js';
import { attackedPlace, countryResolver, clauseOf, participantsOf, placeOf, timeOf, wherePlace } from './arguments.js';
import { datelineEnd } from './clauses.js';
import { findAttributions, type Attribution, type MentionRef } from './attribution.js';
import { genderFits, gendersOf, objectPronounAt, objectReferent, quotationAt, quotationSource, quoteResolvedPronoun, samePronounSource, solePersonBefore } from './coref.js';
import { findTriggers, type Trigger } from './detect.js';
import { nounEntry } from './lexicon.js';
import { linkHeadlineRestatements } from './restatements.js';
import { findStances } from './stances.js';
import { judgementStances } from './judgements.js';
import { introducedMeasure } from './proposals.js';
import { ownActDenied, splitRoles } from './roles.js';
import { isFuture, statusOf } from './status.js';
import { CAMEO_OF } from './types.js';
import { AUX, LOCATIVE, isCap } from './words.js';

export interface EventsInput {
  text: string;
  published: string | null;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** The text stage's paragraphs: without them no headline is recognised. */
  paragraphs?: readonly Span[];
  entities: readonly Entity[];
  times: readonly Timex[];
  quotes: readonly Quote[];
}

const family = (t: string) => (t === 'ASSAULT' || t === 'FIGHT' ? 'VIOLENCE' : t);
const SUBJ = new Set(['he', 'she', 'it', 'they', 'we']);
const REQUESTS = new Set(['APPEAL', 'DEMAND', 'THREATEN', 'PLEDGE']);

/** The quote whose cue covers a token, if any. */
function quoteWithCueAt(quotes: readonly Quote[], t: Token): Quote | null {
  return quotes.find((q) => q.cue && q.cue.start <= t.start && t.end <= q.cue.end) ?? null;
}

/**
 * The quote of a cue coordinated after another cue of the same speaker in the sentence ("X said ...
 * and welcomed Y"), else null. A speaker no earlier cue shares is the first verb's object read as a
 * subject ("Reyes criticized the governor and accused her": not the governor's accusation).
 */
function sharedSpeakerCue(quotes: readonly Quote[], t: Token, sentenceStart: number): Quote | null {
  const q = quoteWithCueAt(quotes, t);
  if (!q?.speaker) return null;
  return quotes.some((o) => o !== q && o.cue && o.cue.start >= sentenceStart && o.cue.end <= q.cue!.start && o.speaker === q.speaker) ? q : null;
}

/** The attribution's cue lies inside the quotation: a frame of the quoted speaker's own words ("I do not believe ..."). */
function cueInside(q: Quote, a: Attribution, tokens: readonly Token[]): boolean {
  const at = tokens[a.cue]!.start;
  return q.start <= at && at < q.end;
}

/** A lowercase adverb in a verb group: "has repeatedly rejected", "had publicly called". */
function isAdverb(tokens: readonly Token[], lower: readonly string[], k: number): boolean {
  return lower[k]!.length > 3 && lower[k]!.endsWith('ly') && !isCap(tokens[k]!.text);
}

/** First token index whose start is >= offset (binary search). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let a = 0;
  let b = tokens.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (tokens[m]!.start < offset) a = m + 1;
    else b = m;
  }
  return a;
}

/** The trigger at `at` is inside a relative clause ", who/which ..." opened after `from`. */
function inRelativeClause(tokens: readonly Token[], lower: readonly string[], from: number, at: number): boolean {
  for (let k = at - 1; k > from; k--) {
    if ((lower[k] === 'who' || lower[k] === 'which') && tokens[k - 1]!.text === ',') return true;
    if (tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/** The token is the cue of an attribution whose source span `a` shares (a cue coordinated with it reuses it). */
function sharedSourceCue(attrs: readonly Attribution[], a: Attribution, head: number): boolean {
  return attrs.some((b) => b !== a && b.cue === head && b.source[0] === a.source[0] && b.source[1] === a.source[1]);
}

/** Auxiliaries that carry a tense or a mood of their own (not adverbs like "also", "later"). */
const TENSED_AUX = new Set(['will', "'ll", 'shall', 'would', 'could', 'might', 'may', 'can', 'must', 'should', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'did', 'does', 'do']);

/** A tensed auxiliary between the "and" of a coordinated verb and the verb: "and have called", "and will meet". */
function ownAuxiliary(lower: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    if (lower[k] === 'and' || lower[k] === 'but') return false;
    if (TENSED_AUX.has(lower[k]!)) return true;
  }
  return false;
}

/** Words that open a clause of time or cause: what follows is no object of a request before them. */
const CLAUSE_OF_CIRCUMSTANCE = new Set(['when', 'after', 'before', 'while', 'because', 'since', 'where', 'as']);

/** A request trigger whose event noun is of another type ("proposed a truce", "offered talks"): what it asks for is inside it. */
function holdsOwnObject(lower: readonly string[], o: Trigger): boolean {
  return o.noun >= 0 && nounEntry(lower[o.noun]!)?.type !== o.type;
}

/**
 * "called for a nationwide strike on Sunday", "urged them to resume talks next week": the act a
 * request asks for starts within four words after it; a date after that act is the act's, not
 * the request's. Returns that act's first token, or -1.
 */
export function requestedActStart(lower: readonly string[], tr: Trigger, triggers: readonly Trigger[]): number {
  if (!REQUESTS.has(tr.type) || holdsOwnObject(lower, tr)) return -1;
  const o = triggers.find((x) => x !== tr && x.start >= tr.end && x.start - tr.end <= 4);
  return o ? o.start : protestAskedFor(lower, tr.end);
}

/**
 * "has called for a march to Parliament on Thursday", "called for another rally on Saturday": a
 * walkout, march or rally asked for (a noun of protest within four words, over its determiner and
 * modifiers), though no event of its own, holds the date that follows it. Its index, or -1.
 */
function protestAskedFor(lower: readonly string[], from: number): number {
  for (let k = from; k < lower.length && k < from + 4; k++) {
    if (lower[k] === ',' || lower[k] === '.' || lower[k] === ';') return -1;
    if (nounEntry(lower[k]!)?.type === 'PROTEST' || dayOfProtest(lower, k)) return k;
  }
  return -1;
}

/** What a "day of ..." may be of when it is a protest: "a national day of action", "a day of rage". */
const DAY_OF_PROTEST = new Set(['action', 'protest', 'protests', 'rage', 'mobilisation', 'mobilization', 'resistance', 'strikes']);

/** "called for a national day of action on March 12": a day of protest named by its "of" phrase. */
function dayOfProtest(lower: readonly string[], k: number): boolean {
  return lower[k] === 'day' && lower[k + 1] === 'of' && DAY_OF_PROTEST.has(lower[k + 2] ?? '');
}

/** What the per-trigger steps read of the document (one object per document). */
interface DocContext {
  input: EventsInput;
  lower: string[];
  mentions: MentionRef[];
  personStarts: ReadonlySet<number>;
  timeTok: ReadonlyMap<string, number>;
  country: ReturnType<typeof countryResolver>;
  entityIds: ReadonlySet<string>;
  entityById: ReadonlyMap<string, Entity>;
  genders: ReturnType<typeof gendersOf>;
  isPerson: (id: string) => boolean;
}

/** What they read of the sentence at hand. */
interface SentenceContext {
  s: Sentence;
  lo: number;
  hi: number;
  /** The sentence's entity mentions, and the previous sentence's. */
  sm: MentionRef[];
  before: MentionRef[];
  prevSentence: { start: number; end: number } | null;
  beforeWords: readonly string[];
  triggers: Trigger[];
  attrs: Attribution[];
  dl: number;
}

/** Lower-cased token texts with typographic apostrophes made straight. */
function lowerTexts(tokens: readonly Token[]): string[] {
  const lower = new Array<string>(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const l = tokens[k]!.text.toLowerCase();
    lower[k] = l.includes('’') ? l.replace(/’/g, "'") : l;
  }
  return lower;
}

/** Whether the characters [start, end) lie inside a DATE or TIME expression of the time layer. */
function insideTime(times: readonly Timex[], start: number, end: number): boolean {
  for (const t of times) if ((t.type === 'DATE' || t.type === 'TIME') && t.start <= start && end <= t.end) return true;
  return false;
}

/** Every entity mention as a token range, in text order. */
function mentionRefs(entities: readonly Entity[], tokens: readonly Token[], times: readonly Timex[]): MentionRef[] {
  const mentions: MentionRef[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      // ("negotiations in Muscat after Ramadan", "will meet after Christmas": a name the time layer
      // reads as a date is when, no participant or place)
      if (insideTime(times, m.start, m.end)) continue;
      const s = tokenAt(tokens, m.start);
      let en = s;
      while (en < tokens.length && tokens[en]!.start < m.end) en++;
      if (en > s) mentions.push({ entity: e, start: s, end: en });
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  return mentions;
}

/** What the events of every sentence read of the document. */
function docContext(input: EventsInput, lower: string[], mentions: MentionRef[]): DocContext {
  const { text, tokens, entities, times, quotes } = input;
  const timeTok = new Map<string, number>();
  for (const t of times) timeTok.set(t.id, tokenAt(tokens, t.start));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  return {
    input,
    lower,
    mentions,
    personStarts: new Set(mentions.filter((m) => m.entity.type === 'PERSON').map((m) => m.start)),
    timeTok,
    country: countryResolver(entities),
    entityIds: new Set(entities.map((e) => e.id)),
    entityById,
    genders: gendersOf(text, entities, quotes),
    isPerson: (id: string) => entityById.get(id)?.type === 'PERSON',
  };
}

/**
 * The sentence's stances, added to `stances`; returns the measure last introduced ("a proposal to
 * raise the retirement age"), for "opposes the plan" in a later sentence.
 */
function sentenceStances(dc: DocContext, lo: number, hi: number, sm: MentionRef[], pronounHolder: (pr: string, k: number) => string | null, measure: string | null, stances: Stance[], recentMeasure: string | null = null, before: readonly MentionRef[] = []): string | null {
  const { text, tokens, quotes } = dc.input;
  const lower = dc.lower;
  // ("Correa endorsed her": the one person of this sentence or the one before the pronoun can mean, not the holder)
  // (one that fits in the sentence itself comes first: "Correa, Gonzalez's mentor, endorsed her")
  const objectPerson = (pr: string, k: number, holder: string): Entity | null => {
    const here = sm.filter((m) => m.end <= k);
    const candidates = [...before, ...here];
    const id = objectReferent(pr, 'PRAISE', here, [], new Set([holder]), dc.genders) ?? objectReferent(pr, 'PRAISE', candidates, [], new Set([holder]), dc.genders);
    return id ? candidates.find((m) => m.entity.id === id)!.entity : null;
  };
  const stanceFound = findStances(text, tokens, lower, lo, hi, sm, quotes, stances.length, pronounHolder, measure, recentMeasure, objectPerson);
  for (const st of stanceFound) stances.push(st);
  // "said the sanctions were illegal", "called the proposal a betrayal": a speaker judging a measure
  for (const st of judgementStances(text, tokens, lower, lo, hi, sm, quotes, stances.length, measure, stanceFound)) stances.push(st);
  return introducedMeasure(tokens, lower, lo, hi) ?? measure;
}

const MODALS_AND_TO = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'shall', 'must', 'to']);
const IRREGULAR_PASTS = new Set(['met', 'held', 'sent', 'made', 'gave', 'took', 'struck', 'fought', 'left', 'won', 'told', 'spoke', 'went', 'came', 'began']);

/**
 * The previous verb at k follows a modal or "to" ("would travel", "to visit") and the trigger is a
 * past verb: the two are no conjuncts of one verb group, so the trigger shares none of its adjuncts.
 */
function pastAfterModal(lower: readonly string[], k: number, tr: Trigger): boolean {
  if (tr.nominal && tr.head === tr.noun) return false;
  const w = lower[tr.head]!;
  if (!/ed$/.test(w) && !IRREGULAR_PASTS.has(w)) return false;
  return MODALS_AND_TO.has(lower[k - 1] ?? '') || (/ly$/.test(lower[k - 1] ?? '') && MODALS_AND_TO.has(lower[k - 2] ?? ''));
}

const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);
/**
 * "condemned the strikes as a violation of the truce agreed in November and called on France to
 * intervene": a time right after a participle that modifies a noun before the trigger ("the truce
 * agreed [in November]") dates that participle's event, not a later verb of the sentence. (A
 * coordinated verb of the subject shares its time: "met on Monday and signed a deal".)
 */
function datesParticipleBefore(lower: readonly string[], triggers: readonly Trigger[], tr: Trigger, k: number): boolean {
  if (k < 0 || k >= tr.start) return false;
  return triggers.some((o) => o !== tr && !o.nominal && o.end <= k && k - o.end <= 1 && o.end <= tr.start && participleOfNoun(lower, o.start));
}

/**
 * The past participle at k modifies the noun before it in an object or a prepositional phrase ("a
 * violation of the truce agreed", "praised the deal signed"): a determiner one or two words before
 * that noun, after a preposition or a past verb (not a subject: "The ministers agreed on Monday").
 */
function participleOfNoun(lower: readonly string[], k: number): boolean {
  if (!/ed$/.test(lower[k] ?? '') || k < 3 || !/^[a-z]+$/.test(lower[k - 1]!) || AUX.has(lower[k - 1]!)) return false;
  const det = NOUN_DETERMINERS.has(lower[k - 2]!) ? k - 2 : NOUN_DETERMINERS.has(lower[k - 3]!) ? k - 3 : -1;
  const before = det > 0 ? lower[det - 1]! : '';
  return det > 0 && (OBJECT_PREPOSITIONS.has(before) || (/^[a-z]{3,}ed$/.test(before) && !AUX.has(before)));
}
const OBJECT_PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'with', 'to', 'against', 'over', 'under', 'from', 'by', 'about', 'into', 'at']);

/** The last person mentioned before mention mi, within 30 mentions. */
function lastPersonBefore(mentions: readonly MentionRef[], mi: number): string | null {
  for (let k = mi - 1; k >= 0 && k >= mi - 30; k--) {
    if (mentions[k]!.entity.type === 'PERSON') return mentions[k]!.entity.id;
  }
  return null;
}

/** The events of a sentence's triggers, added to `events`; returns the last verbal event. */
function sentenceEvents(dc: DocContext, sc: SentenceContext, events: DossierEvent[], seen: Set<string>, lastVerbal: DossierEvent | undefined): DossierEvent | undefined {
  for (const tr of sc.triggers) {
    // "condemned the arrests", "in the strikes": a bare mention refers back to a reported event
    if (tr.mention && seen.has(family(tr.type))) continue;
    seen.add(family(tr.type));
    const event = eventOf(dc, sc, tr, lastVerbal, events.length);
    if (!event) continue;
    events.push(event);
    if (!(tr.nominal && tr.head === tr.noun)) lastVerbal = event;
  }
  return lastVerbal;
}

// (the steps are functions of their own so that the JIT compiles each on its own: compiled as
// one, this function was recompiled after every new object shape one of them met)
export function extractEvents(input: EventsInput): { events: DossierEvent[]; stances: Stance[] } {
  const { text, tokens, sentences, times, quotes } = input;
  const lower = lowerTexts(tokens);
  const mentions = mentionRefs(input.entities, tokens, times);
  const dc = docContext(input, lower, mentions);
  const events: DossierEvent[] = [];
  const stances: Stance[] = [];
  let previousMentions: MentionRef[] = [];
  let previousSentence: { start: number; end: number } | null = null;
  let previousTokens: readonly string[] = [];
  let mi = 0;
  const seen = new Set<string>();
  let lastVerbal: DossierEvent | undefined;
  // the measure last introduced ("a proposal to raise the retirement age"), for "opposes the plan"
  let measure: string | null = null;
  // the measure the sentence before introduced, for a bare "it" ("... vote against it.")
  let recentMeasure: string | null = null;
  for (const s of sentences) {
    const lo = s.tokenStart;
    const hi = s.tokenEnd;
    while (mi < mentions.length && mentions[mi]!.start < lo) mi++;
    let mj = mi;
    while (mj < mentions.length && mentions[mj]!.start < hi) mj++;
    const sm = mentions.slice(mi, mj);
    const before = previousMentions;
    previousMentions = sm;
    const prevSentence = previousSentence;
    previousSentence = { start: s.start, end: s.end };
    const beforeWords = previousTokens;
    previousTokens = lower.slice(lo, hi);
    const triggers = findTriggers(tokens, lower, lo, hi, (k) => sm.some((m) => m.start <= k && k < m.end), (k) => sm.some((m) => m.entity.type === 'PERSON' && m.start <= k && k < m.end));
    // ("She also urged parliament to pass the bill": a pronoun holder is resolved as an event's subject)
    const pronounHolder = (pr: string, k: number) => personForPronoun(dc, { sm, before, prevSentence }, k, pr);
    measure = sentenceStances(dc, lo, hi, sm, pronounHolder, measure, stances, recentMeasure, before);
    recentMeasure = introducedMeasure(tokens, lower, lo, hi);
    if (!triggers.length) continue;
    const attrs = findAttributions(text, tokens, lower, lo, hi, sm, quotes, lastPersonBefore(mentions, mi));
    const sc: SentenceContext = { s, lo, hi, sm, before, prevSentence, beforeWords, triggers, attrs, dl: datelineEnd(tokens, lo, hi) };
    lastVerbal = sentenceEvents(dc, sc, events, seen, lastVerbal);
  }
  if (input.paragraphs) linkHeadlineRestatements(text, sentences, input.paragraphs, times, events);
  walkoutsInStrikeStory(events);
  return { events, stances };
}

/** Forms of the verb of a walkout; "struck" hits something whatever the story. */
const STRIKE_FORMS = new Set(['strike', 'strikes', 'striking']);

/**
 * `"We don't want to strike," the union leader said` in a story of a labour strike: a bare
 * "strike" with no one struck is the walkout the story is about (CAMEO 143), not an attack.
 */
function walkoutsInStrikeStory(events: DossierEvent[]): void {
  if (!events.some((e) => e.cameo === '143')) return;
  for (const e of events) {
    if (e.type === 'ASSAULT' && STRIKE_FORMS.has(e.text.toLowerCase()) && !e.targets?.length && !e.participants.length) {
      e.type = 'PROTEST';
      e.cameo = '143';
    }
  }
}

/**
 * The event of one trigger, with its participants, place, time, status and source; null when the
 * trigger stands inside a source span. `lastVerbal` is the sentence's previous verbal event, whose
 * adjuncts a coordinated verb shares; `n` the number of events before this one.
 */
function eventOf(dc: DocContext, sc: SentenceContext, tr: Trigger, lastVerbal: DossierEvent | undefined, n: number): DossierEvent | null {
  const { input, lower, personStarts, timeTok, country, entityIds } = dc;
  const { text, tokens, times, quotes } = input;
  const { s, lo, hi, sm, triggers, attrs, dl } = sc;
  // the innermost attribution whose content holds the trigger
  let attr: Attribution | null = null;
  for (const a of attrs) {
    if (tr.start >= a.content[0] && tr.start < a.content[1] && !(tr.start >= a.source[0] && tr.start < a.source[1])) {
      if (!attr || a.content[0] >= attr.content[0]) attr = a;
    }
  }
  // "X said ... and welcomed the sentence", "X said ... and called on the government": a verb
  // coordinated after a speech cue that the quote layer took for a cue of the same speaker is
  // that speaker's own act, in the article's voice, not part of what the first cue reported
  const coordinatedCue = lower[tr.start - 1] === 'and' ? sharedSpeakerCue(quotes, tokens[tr.head]!, s.start) : null;
  if (coordinatedCue && attr && attr.who === coordinatedCue.speaker) attr = null;
  // a trigger inside a source span ("according to a statement issued ...") is no event
  // (but one in a relative clause about the speaker is the article's own report: "Grace Mutua,
  // who is expected to travel to Ondure on Friday, said ...")
  // (nor is a cue of its own whose source a coordinated cue shares: "Some of his allies accused
  // the commission of fraud and said ...")
  if (attrs.some((a) => a.cue !== tr.head && tr.start >= a.source[0] && tr.start < a.source[1] && tr.start !== a.cue && !inRelativeClause(tokens, lower, a.source[0], tr.start) && !sharedSourceCue(attrs, a, tr.head))) return null;
  const region = clauseOf(tokens, lower, lo, hi, tr, triggers);
  if (attr) {
    region.lo = Math.max(region.lo, attr.content[0]);
    region.hi = Math.min(region.hi, attr.content[1]);
  }
  for (const a of attrs) {
    if (a === attr) {
      if (!(tr.start >= a.source[0] && tr.start < a.source[1])) region.holes.push(a.source);
      continue;
    }
    if (a.cue !== tr.head && !(tr.start >= a.source[0] && tr.start < a.source[1])) region.holes.push(a.source);
  }
  let attributedTo = attr ? attr.who : null;
  // direct quotes from the quote layer: the speaker reports what the quote says, also through
  // a cue of the speaker's own inside it ("I do not believe ...", "we were told ..."); a cue
  // outside it that frames the quote keeps its own source
  const quotation = quotationAt(quotes, tokens[tr.start]!.start);
  if (quotation && (!attr || cueInside(quotation, attr, tokens))) attributedTo = quotationSource(quotation);
  const report = reportBefore(lower, attrs, tr, attr);
  if (report) region.holes.push(report.content);
  let place = wherePlace(lower, region, sm) ?? placeOf(tokens, lower, region, sm, tr, dl);
  const parts = participantsOf(tokens, lower, region, sm, personStarts, place, country, dl, tr.type === 'ASSAULT' || tr.type === 'FIGHT');
  place ??= attackedPlace(lower, tr, parts.ids, sm);
  const asked = requestedActStart(lower, tr, triggers);
  let time = timeOf(times, tokens, asked > 0 ? { ...region, hi: Math.min(region.hi, asked) } : region, tr, timeTok, dl);
  if (time && datesParticipleBefore(lower, triggers, tr, timeTok.get(time.id) ?? -1)) time = null;
  // the speaker of a statement-like event ("X said ... and accused Y") takes part in it
  const own = attrs.find((a) => a.cue === tr.head);
  if (own?.who && !own.who.includes(' ') && entityIds.has(own.who) && !parts.ids.includes(own.who)) {
    parts.ids.unshift(own.who);
    parts.positions.unshift(own.source[0]);
  }
  // the one who denies an act of their own acts in it: "Moscow denied targeting civilians"
  if (attr?.who && entityIds.has(attr.who) && !parts.ids.includes(attr.who) && ownActDenied(lower, attr.cue, tr)) {
    parts.ids.unshift(attr.who);
    parts.positions.unshift(attr.source[0]);
  }
  const speaker = coordinatedCue?.speaker;
  if (speaker && coordinatedCue.sourceSpan && entityIds.has(speaker) && !parts.ids.includes(speaker)) {
    parts.ids.unshift(speaker);
    parts.positions.unshift(tokenAt(tokens, coordinatedCue.sourceSpan.start));
  }
  addReporterAsSubject(dc, sc, tr, attr, parts);
  addSubjectPronoun(dc, sc, tr, attr, parts);
  addPairSubject(dc, sc, tr, parts);
  addObjectPronoun(dc, sc, tr, parts);
  // coordinated verbs share their adjuncts: "met in Stockholm on Tuesday and agreed ..." (the
  // previous verb's, not those of an event noun in its object: "condemned the attack in Dorvan
  // and called for an inquiry")
  // (not a verb inside a relative clause on the subject: "Meireles, who will host a summit in
  // Brasilia in July, called the deal historic and urged ...")
  // (nor a participle on a noun of the object: "condemned ... the truce agreed in November and called on")
  const prevEv = lastVerbal && !inRelativeClause(tokens, lower, lo, tokenAt(tokens, lastVerbal.start)) && !participleOfNoun(lower, tokenAt(tokens, lastVerbal.start)) ? lastVerbal : undefined;
  if (region.coordinated && prevEv && prevEv.sentence?.start === s.start && !reportedApart(lower, attrs, tokenAt(tokens, prevEv.start), tr.start)) {
    // (a verb group with its own auxiliary has its own tense, time and place: "plan a march on
    // Monday and have called for a strike", "met in Geneva and will meet again")
    // (nor does a past verb share those of a verb under a modal or "to" before it: "said she would
    // travel to Oaxaca on Thursday and ordered the army to deploy": "ordered" goes with "said")
    const ownTense = ownAuxiliary(lower, tr.start) || pastAfterModal(lower, tokenAt(tokens, prevEv.start), tr);
    if (!place && prevEv.place && !ownTense) place = sm.find((m) => m.entity.id === prevEv.place) ?? null;
    if (!time && prevEv.time && !ownTense) time = times.find((t) => t.id === prevEv.time) ?? null;
  }
  let status = statusOf(tokens, lower, lo, hi, tr, time ? isFuture(time.value, input.published) : null);
  // the object of an appeal, demand, threat or pledge has not happened: "called for free elections"
  // (a verb coordinated after the request is an act of its own: "called for a ceasefire and urged ...")
  const coordinatedVerb = !tr.nominal && (lower[tr.start - 1] === 'and' || lower[tr.start - 1] === 'but');
  // (a request that holds its requested event as its own noun has no object after it: in "Rebels
  // propose truce, hand over prisoners" the handover is not what is proposed)
  // (not past a comma that closes the request's aside: "The president, calling for calm, met the leaders")
  // (nor past a clause word: "asked for the missiles when he visited Berlin" tells when the asking was)
  if (status !== 'negated' && !coordinatedVerb && triggers.some((o) => o !== tr && REQUESTS.has(o.type) && !holdsOwnObject(lower, o) && o.end <= tr.start && tr.start - o.end <= 4 && !lower.slice(o.end, tr.start).some((w) => w === ',' || CLAUSE_OF_CIRCUMSTANCE.has(w)))) status = 'hypothetical';
  const start = tokens[tr.start]!.start;
  const end = tokens[tr.end - 1]!.end;
  const { actors, targets } = splitRoles(lower, tr, lo, hi, parts.ids, parts.positions);
  const event: DossierEvent = {
    id: `ev${n + 1}`,
    start,
    end,
    text: text.slice(start, end),
    type: tr.type,
    cameo: tr.cameo === undefined ? (CAMEO_OF.get(tr.type) ?? null) : tr.cameo ?? CAMEO_OF.get(tr.type) ?? null,
    participants: parts.ids,
    place: place ? place.entity.id : null,
    time: time ? time.id : null,
    status,
    attributedTo,
    actors,
    targets,
    sentence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
  };
  return event;
}

/**
 * The verb trigger whose purpose the infinitive trigger `tr` states: "travel to Temuco on Friday to
 * meet", "flew to Paris to attend". A movement or a meeting at most ten tokens before the "to", no
 * punctuation between; not a request (what is asked is the object's act: "urged them to meet").
 */
const PURPOSE_GOVERNORS = new Set(['VISIT', 'MEET', 'MOBILIZE', 'CALL']);
function purposeGovernor(lower: readonly string[], tokens: readonly { kind: string }[], triggers: readonly Trigger[], tr: Trigger): Trigger | undefined {
  const to = tr.start - 1;
  if (lower[to] !== 'to' || tr.nominal) return undefined;
  const o = [...triggers].reverse().find((x) => x !== tr && !x.nominal && PURPOSE_GOVERNORS.has(x.type) && x.end <= to && to - x.end <= 10);
  if (!o) return undefined;
  for (let k = o.end; k < to; k++) if (tokens[k]!.kind === 'punct') return undefined;
  return o;
}

/**
 * A subject pronoun right before the trigger's verb group ("Aliyev said that he would not sign",
 * "Dawson flew to Jakarta, where she will hold talks"): the speaker of the content it stands in,
 * else for he/she the person the quote layer resolved it to, a person named before it in the
 * sentence, or the one person of the previous sentence it can mean (never a guess between two).
 */
function addSubjectPronoun(dc: DocContext, sc: SentenceContext, tr: Trigger, attr: Attribution | null, parts: { ids: string[]; positions: number[] }): void {
  const { lower, entityIds, entityById, genders } = dc;
  const { tokens } = dc.input;
  const { lo } = sc;
  // ("He will travel to Temuco on Friday to meet Mapuche leaders": a purpose infinitive's subject is
  // its governing verb's)
  const from = purposeGovernor(lower, tokens, sc.triggers, tr)?.start ?? tr.verb ?? tr.start;
  let k = from - 1;
  while (k > lo && (AUX.has(lower[k]!) || isAdverb(tokens, lower, k))) k--;
  const pr = lower[k]!;
  if (k >= lo && k < from && SUBJ.has(pr)) {
    let who: string | null = null;
    const person = pr === 'he' || pr === 'she';
    if (attr?.who && entityIds.has(attr.who) && attr.content[0] <= k) {
      const e = entityById.get(attr.who)!;
      if (person === (e.type === 'PERSON') && genderFits(genders, e.id, pr)) who = e.id;
    }
    // "the Mexican government announced it would ...": the one country or organisation the source
    // names stands for it when the source is a text
    if (!who && !person && attr && attr.content[0] <= k) who = soleNonPersonIn(dc, sc.sm, attr.source);
    if (!who && person) who = personForPronoun(dc, sc, k, pr);
    if (who && !parts.ids.includes(who)) {
      parts.ids.push(who);
      parts.positions.push(k);
    }
  }
}

/**
 * "The two leaders spoke by phone on Monday and agreed to ...": a second verb joined by "and" (no
 * comma or other clause between) shares the pair that opens the sentence. The token of the pair's
 * noun, or `and` when the sentence does not open so.
 */
function pairOpeningBefore(lower: readonly string[], tokens: readonly { text: string }[], lo: number, and: number): number {
  for (let j = lo; j < and; j++) if (tokens[j]!.text === ',' || tokens[j]!.text === ';' || lower[j] === 'and' || lower[j] === 'but') return and;
  if (lower[lo] === 'the' && (lower[lo + 1] === 'two' || lower[lo + 1] === 'pair')) return lower[lo + 1] === 'pair' ? lo + 1 : lo + 2;
  if (lower[lo] === 'both') return lo + 1;
  return and;
}

/** People a pair is called by: "the two leaders", "both presidents", "the pair". */
const PAIR_NOUNS = new Set(['leaders', 'men', 'women', 'presidents', 'ministers', 'premiers', 'heads', 'sides', 'rivals', 'counterparts', 'officials']);

/**
 * "..., where the two leaders held talks and signed agreements": the pair noun of a ", where"
 * clause that a second verb joined by "and" shares (no comma between), or undefined.
 */
function pairInWhereClauseBefore(lower: readonly string[], tokens: readonly { text: string }[], lo: number, and: number): number | undefined {
  for (let j = and - 1; j > lo + 3 && j >= and - 12; j--) {
    if (tokens[j]!.text === ',' || tokens[j]!.text === ';') return undefined;
    if (lower[j - 1] === 'two' && lower[j - 2] === 'the' && whereClauseAt(lower, lo, j - 2)) return j;
  }
  return undefined;
}

/** The words at `start` open a ", where" clause of the sentence. */
function whereClauseAt(lower: readonly string[], lo: number, start: number): boolean {
  return start - 2 > lo && lower[start - 1] === 'where' && lower[start - 2] === ',';
}

/**
 * "Abiy Ahmed and Isaias Afwerki met in Asmara. ... The two leaders agreed to ...": a pair named
 * as the subject right before the trigger's verb group stands for the two people named before it,
 * when they are joined by "and" (with a third person named there too, for nobody).
 */
function addPairSubject(dc: DocContext, sc: SentenceContext, tr: Trigger, parts: { ids: string[]; positions: number[] }): void {
  const { lower } = dc;
  const { tokens } = dc.input;
  // (a light verb's noun is its object: "the two leaders held talks")
  if ((tr.nominal && tr.head === tr.noun) || parts.ids.length) return;
  let k = (tr.verb ?? tr.start) - 1;
  while (k > sc.lo && (AUX.has(lower[k]!) || isAdverb(tokens, lower, k))) k--;
  if (lower[k] === 'and') k = pairInWhereClauseBefore(lower, tokens, sc.lo, k) ?? pairOpeningBefore(lower, tokens, sc.lo, k);
  const pair = (PAIR_NOUNS.has(lower[k]!) && (lower[k - 1] === 'two' && lower[k - 2] === 'the' || lower[k - 1] === 'both')) || (lower[k] === 'pair' && lower[k - 1] === 'the');
  if (!pair) return;
  const start = lower[k - 1] === 'two' ? k - 2 : k - 1;
  // "Modi was welcomed by Prabowo at the palace, where the two leaders held talks": the two
  // people the sentence names before ", where" (no third one)
  if (whereClauseAt(lower, sc.lo, start)) {
    const ids = [...new Set(dc.mentions.filter((m) => m.entity.type === 'PERSON' && m.start >= sc.lo && m.end <= start - 2).map((m) => m.entity.id))];
    if (ids.length !== 2) return;
    for (const id of ids) {
      parts.ids.push(id);
      parts.positions.push(start);
    }
    return;
  }
  // (the subject opens the sentence, past a quotation and its comma at most)
  if (start !== sc.lo && !(start > sc.lo && /^[,”"]$/.test(lower[start - 1]!))) return;
  // the last two people named in the sentences before (within about two sentences' length; the
  // mentions count tokens)
  const named = dc.mentions.filter((m) => m.entity.type === 'PERSON' && m.end <= sc.lo && m.start >= sc.lo - 80);
  const [a, b] = named.slice(-2);
  if (!a || !b || a.entity.id === b.entity.id || named.some((m) => m.entity.id !== a.entity.id && m.entity.id !== b.entity.id)) return;
  // (joined by "and", an aside on the first allowed: "Abiy Ahmed and Eritrean President Isaias
  // Afwerki", "Abiy Ahmed, 48, and ...")
  const between = lower.slice(a.end, b.start);
  const and = between.indexOf('and');
  if (and < 0 || between.length - and > 5 || (and > 0 && (between[0] !== ',' || between[and - 1] !== ','))) return;
  for (const id of [a.entity.id, b.entity.id]) {
    parts.ids.push(id);
    parts.positions.push(start);
  }
}

/**
 * The earlier verb at `prev` is told inside a report that the later one at `at` is outside of, in a
 * tense of its own. "The Law Society said police had shot two protesters in Mombasa on Tuesday and
 * demanded an inquiry": the demand is coordinated with "said", in the article's voice, and shares
 * no adjunct of the shooting it reports. (The past perfect or a modal tells the reported verb from
 * the simple past of the later one; "sources said that jeeps stormed Ramallah and arrested three
 * men" stays one clause. A later verb inside a report whose earlier one is not, "withdrew support on
 * March 30, accusing X of ... and accusing him of ...", still shares them.)
 */
function reportedApart(lower: readonly string[], attrs: readonly Attribution[], prev: number, at: number): boolean {
  const inside = (x: Attribution, k: number) => k >= x.content[0] && k < x.content[1];
  const ownTense = [lower[prev - 1], lower[prev - 2]].some((w) => w !== undefined && REPORTED_TENSE.has(w));
  return ownTense && attrs.some((x) => inside(x, prev) && !inside(x, at));
}
/** Auxiliaries of a reported verb's shifted tense: "had shot", "would meet", "had been killed". */
const REPORTED_TENSE = new Set(['had', 'would', "'d", 'could', 'might']);

/**
 * The report whose content ends right before the "and"/"but" of a verb coordinated with its cue, in
 * the article's voice: "Araghchi said Iran would not negotiate under pressure and accused Washington
 * of ...". What it reports is a hole of the verb's clause (Iran takes no part in the accusation), as
 * its source is the verb's subject (`addReporterAsSubject`).
 */
function reportBefore(lower: readonly string[], attrs: readonly Attribution[], tr: Trigger, attr: Attribution | null): Attribution | undefined {
  const link = lower[tr.start - 1];
  if (attr || tr.nominal || (link !== 'and' && link !== 'but')) return undefined;
  const a = attrs.find((x) => x.content[1] === tr.start - 1 && x.cue < tr.start && x.cue !== tr.head);
  // (only a content with a verb group of its own, an auxiliary or a copula: in "claimed that troops
  // infiltrated via Zambia and seized the town", "suggested the United States abducted and detained
  // people", the bare past verbs may share their subject, and the attribution's end is unsure)
  return a && lower.slice(a.content[0], a.content[1]).some((w) => CONTENT_AUX.has(w)) ? a : undefined;
}
const CONTENT_AUX = new Set(['had', 'has', 'have', 'would', 'will', 'could', 'might', 'can', 'may', 'should', 'must', "'d", 'is', 'are', 'was', 'were']);

/**
 * "The ministry said it had opened an inquiry and suspended the firm's licence", "X said the vote was
 * fair but criticised ...": a verb coordinated right after a report's content, in the article's
 * voice, has the reporter as its subject (the source span is a hole of the event's clause).
 */
function addReporterAsSubject(dc: DocContext, sc: SentenceContext, tr: Trigger, attr: Attribution | null, parts: { ids: string[]; positions: number[] }): void {
  const link = dc.lower[tr.start - 1];
  if (attr || tr.nominal || (link !== 'and' && link !== 'but')) return;
  const a = sc.attrs.find((x) => x.content[1] === tr.start - 1 && x.cue < tr.start && x.cue !== tr.head);
  if (!a?.who) return;
  const who = dc.entityIds.has(a.who) ? a.who : soleNonPersonIn(dc, sc.sm, a.source);
  if (who && !parts.ids.includes(who)) {
    parts.ids.unshift(who);
    parts.positions.unshift(a.source[0]);
  }
}

/**
 * "Ruiz met Luis Mora on Monday and criticised the constitution, which she also rejects": a pronoun
 * that is the subject of a relative clause on a thing (right after "which") stands for the person who
 * is the sentence's subject, not the person named last (the thing belongs to the main clause's
 * subject's words). The sentence's subject is its first mention, a person, with at most three words
 * and no punctuation before it ("Opposition leader Ana Ruiz"); null otherwise.
 */
function subjectForRelativePronoun(dc: DocContext, sm: readonly MentionRef[], k: number, pr: string): string | null {
  const { lower, genders } = dc;
  const { tokens } = dc.input;
  if (lower[k - 1] !== 'which') return null;
  const first = sm[0];
  if (!first || first.entity.type !== 'PERSON' || first.end > k || !genderFits(genders, first.entity.id, pr)) return null;
  let lo = first.start;
  while (lo > 0 && first.start - lo < 3 && tokens[lo - 1]!.kind === 'word' && !/[.!?]/.test(tokens[lo - 1]!.text)) lo--;
  if (lo > 0 && tokens[lo - 1]!.kind === 'word') return null;
  return first.entity.id;
}

/**
 * The person a subject "he"/"she" at `k` stands for: the one the quote layer resolved it to as a
 * source, a person named before it in the sentence, the same pronoun's source in the previous
 * sentence, or the one person of the previous sentence its gender fits; null rather than a guess.
 */
function personForPronoun(dc: DocContext, sc: Pick<SentenceContext, 'sm' | 'before' | 'prevSentence'>, k: number, pr: string): string | null {
  const { input, genders, isPerson } = dc;
  const { sm, before, prevSentence } = sc;
  // the quote layer resolved this very pronoun as a source
  let who = quoteResolvedPronoun(input.quotes, input.tokens[k]!.start, isPerson);
  if (!who) who = subjectForRelativePronoun(dc, sm, k, pr);
  for (let j = sm.length - 1; j >= 0 && !who; j--) if (sm[j]!.end <= k && sm[j]!.entity.type === 'PERSON' && genderFits(genders, sm[j]!.entity.id, pr)) who = sm[j]!.entity.id;
  // "'Every delay costs lives,' he said. He is expected to ...": the same pronoun as the
  // previous sentence's source, which the quote layer resolved
  if (!who && prevSentence) who = samePronounSource(input.quotes, prevSentence.start, prevSentence.end, pr, isPerson);
  return who ?? solePersonBefore(before, pr, genders);
}

/** The one entity other than a person named in a source span (a demonym as its country), else null. */
function soleNonPersonIn(dc: DocContext, sm: readonly MentionRef[], span: readonly [number, number]): string | null {
  const ids = new Set<string>();
  // ("an army spokesman told reporters [in Port Sudan]": where the source spoke is not whom "we" stands for)
  // ("officials at Busan Customs" keep their body)
  for (const m of sm) if (m.start >= span[0] && m.end <= span[1] && m.entity.type !== 'PERSON' && !(m.entity.type === 'LOC' && LOCATIVE.has(dc.lower[m.start - 1] ?? ''))) ids.add(dc.country(m.entity).id);
  return ids.size === 1 ? [...ids][0]! : null;
}

/**
 * An object pronoun ("sentenced him", "held talks with her"): the one person (for "them" the one
 * organisation) of this sentence before it or of the previous sentence it can mean.
 */
function addObjectPronoun(dc: DocContext, sc: SentenceContext, tr: Trigger, parts: { ids: string[]; positions: number[] }): void {
  const { input, lower, genders } = dc;
  const { tokens } = input;
  const { lo, hi, sm, before, beforeWords } = sc;
  // ("ordered him released", "handed them over": an object act's pronoun is inside its span)
  const inside = tr.end > tr.head + 2 && !tr.nominal ? objectPronounAt(lower, tokens, tr.head + 1, tr.end - 1) : -1;
  const k = inside >= 0 ? inside : objectPronounAt(lower, tokens, tr.end, hi);
  if (k >= 0) {
    const candidates = [...before, ...sm.filter((m) => m.end <= k)];
    const who = objectReferent(lower[k]!, tr.type, candidates, [...beforeWords, ...lower.slice(lo, k)], new Set(parts.ids), genders);
    if (who) {
      parts.ids.push(who);
      parts.positions.push(k);
    } else {
      const j = contactedForPurpose(lower, tr, lo, k, parts, sm, genders);
      if (j >= 0) parts.positions[j] = k;
    }
  }
}

/** Verbs of contact whose infinitive of purpose is the subject's: "telephoned Modi to congratulate him". */
const CONTACT_VERBS = new Set(['telephoned', 'phoned', 'called', 'rang', 'met', 'visited', 'hosted', 'received', 'wrote']);

/**
 * "Macron telephoned Modi to congratulate him": the one person contacted (the object of a verb of
 * contact right before the infinitive's "to") is whom "him"/"her" in the purpose stands for, so he
 * is the purpose's target, not its actor. Returns the index in `parts` of that person, or -1.
 * ("urged Modi to arrest him" is no contact: the one urged acts.)
 */
function contactedForPurpose(lower: readonly string[], tr: Trigger, lo: number, k: number, parts: { ids: string[]; positions: number[] }, sm: readonly MentionRef[], genders: DocContext['genders']): number {
  const pr = lower[k];
  if ((pr !== 'him' && pr !== 'her') || lower[tr.start - 1] !== 'to') return -1;
  const to = tr.start - 1;
  let verb = -1;
  for (let j = to - 1; j >= lo && j >= to - 6; j--) if (CONTACT_VERBS.has(lower[j]!)) { verb = j; break; }
  if (verb < 0) return -1;
  const between = parts.positions.map((p, j) => (p > verb && p < to ? j : -1)).filter((j) => j >= 0);
  if (between.length !== 1) return -1;
  const id = parts.ids[between[0]!]!;
  const person = sm.some((m) => m.entity.id === id && m.entity.type === 'PERSON');
  return person && genderFits(genders, id, pr === 'him' ? 'he' : 'she') ? between[0]! : -1;
}

/** Events and stances, each from one sentence's evidence. */
export const eventsStage: Stage<'events' | 'stances'> = {
  name: 'events',
  requires: ['tokens', 'sentences', 'paragraphs', 'entities', 'times', 'quotes'],
  produces: ['events', 'stances'],
  run: (doc: Document) =>
    extractEvents({
      text: doc.text,
      published: doc.meta.published,
      tokens: doc.get('tokens'),
      sentences: doc.get('sentences'),
      paragraphs: doc.get('paragraphs'),
      entities: doc.get('entities'),
      times: doc.get('times'),
      quotes: doc.get('quotes'),
    }),
};
