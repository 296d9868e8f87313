/**
 * Arguments of an event from its own clause: participants (entity mentions, each member of a
 * coordinated group, demonyms as their country), place (the first place a locative
 * preposition attaches, the object of a visit, or a place naming a nominal trigger), and time
 * (the DATE/TIME expression of the clause, after the trigger first).
 */
import type { Entity, Timex, Token } from '../document/types.js';
import { countryOfDemonym, countryOfName, isTitleWord } from '../entities/index.js';
import type { MentionRef } from './attribution.js';
import type { Trigger } from './detect.js';
import { lightVerb, nounEntry, verbEntry } from './lexicon.js';
import { AUX, CALENDAR_NAMES, armedSubjectBefore, CLAUSE_OPENERS, CURRENCIES, DETERMINERS, LOCATIVE, MODAL_HYPO, PREPOSITIONS, SPEECH, isCap, ofBeforeCrime, relativeAsideOpen } from './words.js';
import { datelineEnd, nounPhraseStart, pluralSubject, sharesSubject, subjectAfterAnd } from './clauses.js';
import { WHEN_WORDS, calledFrom, leftFrom, listGoesOn, placeNounApposition, routeFrom } from './places.js';
import { describesOrganisation, namesBranchOf } from './owners.js';
import { reducedPassiveAfterNoun } from './roles.js';

const POSS = new Set(["'s", '’s', "'", '’']);
const PREP = new Set([...PREPOSITIONS].filter((w) => !LOCATIVE.has(w) && w !== 'of' && w !== 'to'));

export interface Region {
  lo: number;
  hi: number;
  /** Token ranges inside [lo, hi) that do not belong to the event (sources, other contents, relative clauses). */
  holes: Array<[number, number]>;
  /**
   * Token ranges that hold no participant but may hold the event's place or time: adjunct
   * phrases about something else ("amid tensions with Somalia", "over its decision to ...",
   * ", citing the arrest of ...").
   */
  argHoles?: Array<[number, number]>;
  /** Token ranges that hold no participant but do hold the event's place and time ("marched on Congress demanding"). */
  partyHoles?: Array<[number, number]>;
  /**
   * Token ranges whose place and time are another happening's but whose names may take part: a
   * participle phrase on the subject ("An aid worker [kidnapped by JNIM in Mali last year] was
   * freed": JNIM may be who frees, Mali and last year are the kidnapping's).
   */
  sceneHoles?: Array<[number, number]>;
  /**
   * The act a threat, pledge, demand or agreement is about ("threatened to impose sanctions on
   * Lithuania"): outside the clause, but the target of that act ("on/against Lithuania") is a
   * participant.
   */
  target?: [number, number];
  /**
   * The comma before a subject relative clause that holds the trigger ("Anton Breyer, who is due to
   * visit Berlin"): the name ending there is the clause's subject.
   */
  antecedent?: number;
  /** The event noun of the trigger, or -1: a place naming it is its place, not a modifier of another event. */
  noun?: number;
  /** "to X" names who receives (aid), not where something goes: X takes part. */
  recipientTo?: boolean;
}

/** Token k lies in a range whose place and time are another happening's. */
function inSceneHole(r: Region, k: number): boolean {
  return !!r.sceneHoles?.some(([x, y]) => k >= x && k < y);
}

export function inRegion(r: Region, a: number, b: number): boolean {
  if (a < r.lo || b > r.hi) return false;
  for (const [x, y] of r.holes) if (a < y && b > x) return false;
  return true;
}

const FINITE = new Set(['remain', 'remains', 'remained', 'continue', 'continues', 'continued', 'says', 'say', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'broke', 'began', 'came', 'went', 'took', 'made', 'said', 'gave', 'fell', 'rose', 'won', 'lost', 'left', 'met', 'held', 'sent', 'struck', 'fought', 'saw', 'became', 'ran', 'told', 'found', 'brought', 'kept', 'led']);
const PLACE_FILLERS = new Set(['the', 'a', 'an', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'border', 'city', 'town', 'village', 'capital', 'province', 'region', 'state', 'district', 'of', 'island', 'port', 'coastal', 'rebel-held', 'neighbouring', 'neighboring', 'nearby', 'occupied', 'disputed', 'breakaway', 'restive', 'frontier', 'areas', 'area', 'outskirts', 'suburb', 'suburbs', 'centre', 'center', 'heart', 'streets', 'parts', 'part', 'county', 'downtown', 'upper', 'lower', 'far', 'remote', 'country', 'new', 'town', 'villages', 'cities', 'towns',
  // ("visited flooded areas of Cebu City": a disaster's mark on the area is no other thing visited)
  'flooded', 'flood-hit', 'quake-hit', 'storm-hit', 'hard-hit', 'worst-hit', 'affected', 'devastated', 'ravaged', 'damaged', 'stricken',
]);
const AFTER_PLACE_OK = new Set(['and', 'or', 'where', 'which', 'who', 'that', 'last', 'this', 'next', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'overnight', 'early', 'late', 'on', 'in', 'at', 'for', 'to', 'from', 'with', 'after', 'before', 'during', 'since', 'until', 'by', 'as', 'over', 'amid', 'ahead', 'when', 'while', 'but', 'of', 'near', 'against']);
// ("if"/"unless": a condition is a clause of its own: "threatened sanctions if the talks collapsed")
// ("expired without the regional leader handing over the port": "without" before a subject and a
// gerund opens the gerund's own clause, whose subject is not the expiring's)
const SUBORDINATORS = new Set(['after', 'before', 'because', 'when', 'while', 'as', 'since', 'until', 'once', 'although', 'though', 'but', 'if', 'unless', 'without']);

/**
 * The clause of a trigger while `clauseOf` narrows it: each step below is a function of its own
 * that narrows it in place, so that the JIT compiles (and, after a deoptimisation, recompiles) one
 * small step at a time rather than one function of some 250 lines (0.5 s of compiling per first
 * pass over the newswire corpus).
 */
interface ClauseDraft {
  a: number;
  b: number;
  holes: Array<[number, number]>;
  sceneHoles: Array<[number, number]>;
  /** The comma before a subject relative clause that holds the trigger, or -1. */
  antecedent: number;
  /** "but" before a verb group that shares the first clause's subject, or -1. */
  butShared: number;
  coordinated: boolean;
  firstConjunct: [number, number] | null;
  target: [number, number] | undefined;
}

/** A boundary at k: the piece from `from` on. */
function cutAt(d: ClauseDraft, tr: Trigger, k: number, from: number): void {
  if (k < tr.start) d.a = Math.max(d.a, from);
  else if (k >= tr.end) d.b = Math.min(d.b, k);
}

/** ", where/while/who ...": a clause opened after a comma, the trigger's own or another. */
function commaClauseCut(d: ClauseDraft, tokens: readonly Token[], lower: readonly string[], hi: number, tr: Trigger, k: number): void {
  let e = k + 2;
  while (e < hi && tokens[e]!.text !== ',' && tokens[e]!.text !== ';') e++;
  if (tr.start > k && tr.start < e) {
    d.a = Math.max(d.a, k + 1);
    d.b = Math.min(d.b, e);
    // "who" as the subject: a verb group follows it, not another subject ("who she met")
    const n = lower[k + 2] ?? '';
    if ((lower[k + 1] === 'who' || lower[k + 1] === 'which') && tokens[k + 2]?.kind === 'word' && !isCap(tokens[k + 2]!.text) && !DET.has(n) && !PRONOUNS.has(n)) d.antecedent = k;
  } else if (lower[k + 1] === 'who' || lower[k + 1] === 'which' || lower[k + 1] === 'whose') {
    d.holes.push([k, e]);
  } else if (k >= tr.end) d.b = Math.min(d.b, k);
  else d.a = Math.max(d.a, e);
}

/**
 * The aside set off by commas after a subject that holds the subordinator at `k` and closes right
 * before the trigger at `trStart` (", speaking in Copenhagen after talks with X,"): its token
 * range from the opening comma through the closing one, or null. The aside opens with a
 * participle or with the subordinator itself.
 */
function asideAround(tokens: readonly Token[], lower: readonly string[], lo: number, k: number, trStart: number): [number, number] | null {
  if (k >= trStart) return null;
  let close = -1;
  for (let j = k + 1; j < trStart; j++) if (tokens[j]!.text === ',') close = j;
  // (at most an adverb or an auxiliary between the closing comma and the trigger)
  if (close < 0 || trStart - close > 3) return null;
  for (let j = k + 1; j < close; j++) if (tokens[j]!.text === ',' || tokens[j]!.text === ';') return null;
  let open = k - 1;
  while (open > lo && tokens[open]!.text !== ',' && tokens[open]!.kind === 'word') open--;
  if (open <= lo || tokens[open]!.text !== ',') return null;
  // (also a relative aside on the subject: "Petro, who suspended the talks in October after the
  // attack killed two soldiers, welcomed the agreement")
  if (open + 1 !== k && !/^[a-z]+ing$/.test(lower[open + 1]!) && lower[open + 1] !== 'who' && lower[open + 1] !== 'which') return null;
  return [open, close + 1];
}

/**
 * "without the regional leader handing over the port": "without" opens a clause of its own only
 * before a gerund (a subject may stand between, at most four words); "without papal approval" is a
 * phrase of the clause it stands in.
 */
function gerundClauseAfter(tokens: readonly Token[], lower: readonly string[], k: number, hi: number): boolean {
  for (let j = k + 1; j < hi && j <= k + 5; j++) {
    // (the subject is a noun phrase: a preposition ends it, "without approval in the spring")
    if (tokens[j]!.kind !== 'word' || (j > k + 1 && PREPOSITIONS.has(lower[j]!))) return false;
    // (a lowercase gerund: "Beijing" is a name, "spring", "morning", "ruling" are nouns)
    if (/^[a-z]{3,}ing$/.test(tokens[j]!.text) && !ING_NOUNS.has(lower[j]!)) return true;
  }
  return false;
}
/** Nouns in -ing, no gerunds: "without a ruling", "without a warning". */
const ING_NOUNS = new Set(['spring', 'string', 'morning', 'evening', 'building', 'buildings', 'ceiling', 'thing', 'nothing', 'something', 'anything', 'everything', 'king', 'ring', 'wing', 'sibling', 'funding', 'meeting', 'briefing', 'hearing', 'ruling', 'wedding', 'clothing', 'housing', 'training', 'warning', 'offering', 'opening', 'feeling', 'understanding', 'backing', 'blessing', 'financing', 'permission', 'swing', 'bearing']);

/** A subordinator at k ("after Washington imposed ...") that opens another clause, or "but" before a shared subject's verb group. */
function subordinatorCut(d: ClauseDraft, tokens: readonly Token[], lower: readonly string[], lo: number, hi: number, tr: Trigger, all: readonly Trigger[], k: number): void {
  const w = lower[k]!;
  // only when a verb follows within six tokens (a new clause, not a PP: "after the talks")
  // ("Machado, who has been in hiding since August, welcomed the sanctions": inside an aside on
  // the subject, a comma before any verb ends the phrase, and what follows is the main clause,
  // not a clause the subordinator opens)
  const comma = asideOpenedBefore(tokens, lower, k) ? phraseComma(tokens, k, hi) : hi;
  let verb = false;
  for (let j = k + 1; j < comma && j <= k + 6 && !verb; j++) verb = FINITE.has(lower[j]!) || (/ed$/.test(lower[j]!) && j > k + 1);
  // ("after the collapse of a railway station canopy in Novi Sad killed 15 people": a long
  // subject, then a past verb of the lexicon, with no punctuation between)
  // (the subject opens with a determiner; a pronoun before the verb makes it the main clause's:
  // "after 5 p.m. on April 15 she took an order")
  for (let j = k + 7; DETERMINERS.has(lower[k + 1] ?? '') && j < hi && j <= k + 12 && !verb && tokens[j - 1]!.kind !== 'punct'; j++) verb = tokens[j]!.kind !== 'punct' && !PRONOUNS.has(lower[j - 1]!) && (FINITE.has(lower[j]!) || (/ed$/.test(lower[j]!) && !!verbEntry(lower[j]!)));
  const opens = verb || all.some((o) => o !== tr && o.start > k && o.start <= k + 6) || ((w === 'but' || w === 'if' || w === 'unless') && k + 1 < hi);
  // ("will fly to Nairobi after the summit to meet Ruto": an infinitive after a phrase with no verb
  // is the main clause's purpose, not inside what the subordinator opens)
  const mine = tr.start > k && tr.start <= k + 6 && (tr.start < comma || verb) && !purposeAfterPhrase(lower, k, tr, verb);
  // "Daltas backs the reform but did not attend the vote": "but" and the trigger's verb group
  // with no subject of its own share the first clause's subject (its verb phrase is left out below)
  const aside = opens && !mine ? asideAround(tokens, lower, lo, k, tr.start) : null;
  if (w === 'but' && tr.start > k && tr.head !== tr.noun && sharesSubject(tokens, lower, k, tr.start)) d.butShared = k;
  // "Zelenskyy, speaking in Copenhagen after talks with Frederiksen, called for ...": a
  // clause inside an aside on the subject is left out, and the subject is the trigger's
  else if (aside) d.holes.push(aside);
  else if (opens && !mine && participleAfterTrailingClause(tokens, lower, lo, k, tr)) d.holes.push([k, tr.start]);
  else if (opens || mine) cutAt(d, tr, k, k + 1);
}

/**
 * "upheld a law banning the app unless its owner sells it, rejecting an appeal": a participle
 * right after the comma that closes a condition trailing a main clause (the subordinator
 * not at the sentence's or a comma's start) is the main clause's, whose subject it keeps; the
 * subordinate clause is a hole in its region.
 */
export function participleAfterTrailingClause(tokens: readonly Token[], lower: readonly string[], lo: number, k: number, tr: Trigger): boolean {
  // (a condition only: after "after the plane crashed in Abuja, killing 98" the participle tells the
  // subordinate clause's own outcome)
  if (lower[k] !== 'if' && lower[k] !== 'unless') return false;
  if (tr.nominal || k <= lo || tokens[k - 1]!.kind === 'punct' || tr.start - 1 <= k) return false;
  if (tokens[tr.start - 1]!.text !== ',' || !/^[a-z]{3,}ing$/.test(tokens[tr.start]!.text)) return false;
  for (let j = k + 1; j < tr.start - 1; j++) if (tokens[j]!.kind === 'punct') return false;
  // (a main clause of what will or may be lends the participle its mood: "will attack if talks
  // fail, killing hundreds" stays what the condition holds)
  for (let j = lo; j < k; j++) if (MODAL_HYPO.has(lower[j]!) || lower[j] === 'will' || lower[j] === "'ll") return false;
  return true;
}

/** Words that open an aside on a subject after its comma: "Machado, who ...", "Haniya, on his first trip to Iran as prime minister, met". */
const ASIDE_OPENERS = new Set(['who', 'which', 'on', 'in', 'at', 'during']);

/** Whether the token k lies in an aside opened by a comma and one of ASIDE_OPENERS within the ten tokens before it. */
function asideOpenedBefore(tokens: readonly Token[], lower: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - 10; j--) {
    if (tokens[j]!.kind !== 'punct') continue;
    return tokens[j]!.text === ',' && ASIDE_OPENERS.has(lower[j + 1] ?? '') && tokens[j - 1]!.kind === 'word' && isCap(tokens[j - 1]!.text);
  }
  return false;
}

/**
 * "will fly to Nairobi after [the summit] to meet Ruto": an infinitive right after a short noun
 * phrase (a determiner and at most two words, the last not in -s: "as the bloc struggles to reach")
 * that the subordinator governs, with no verb in it, is the main clause's purpose.
 */
function purposeAfterPhrase(lower: readonly string[], k: number, tr: Trigger, verb: boolean): boolean {
  const to = tr.start - 1;
  if (verb || lower[to] !== 'to' || !DETERMINERS.has(lower[k + 1] ?? '') || to - (k + 2) > 2 || to <= k + 2) return false;
  return !lower[to - 1]!.endsWith('s');
}

/** The first comma within six tokens after a subordinator at k (hi when none): where a bare phrase like "since August," ends. */
function phraseComma(tokens: readonly Token[], k: number, hi: number): number {
  for (let j = k + 1; j < hi && j <= k + 6; j++) if (tokens[j]!.text === ',') return j;
  return hi;
}

/** Words of a schedule before "to" in an absolute clause: "with X due to travel", "with talks set to resume". */
const ABSOLUTE_PLAN = new Set(['due', 'set', 'expected', 'scheduled', 'slated', 'poised', 'likely']);

/**
 * The end (the next punctuation) of an absolute clause opened by "with" at w whose verb is a word
 * of a schedule before "to" ("with Takaichi due to travel to Seoul later this year"): a plan of its
 * own, with its own subject, place and time. Else -1: "with aides present", and "with Qatar
 * mediating", which happens where and when the clause before it does.
 */
function absoluteWithEnd(tokens: readonly Token[], lower: readonly string[], w: number, hi: number): number {
  let verb = false;
  let j = w + 1;
  for (; j < hi && j <= w + 12 && tokens[j]!.kind !== 'punct'; j++) {
    const x = lower[j]!;
    if (ABSOLUTE_PLAN.has(x) && lower[j + 1] === 'to') verb = true;
  }
  return verb ? j : -1;
}

/**
 * The "that" at k opens a clause, not a noun phrase ("and that deal"): a capitalised word, a
 * pronoun or a determiner follows it.
 */
function secondThatClause(tokens: readonly Token[], lower: readonly string[], k: number, hi: number): boolean {
  const next = tokens[k + 1];
  if (!next || k + 1 >= hi) return false;
  return isCap(next.text) || SUBJECT_PRONOUNS_AFTER_THAT.has(lower[k + 1]!) || lower[k + 1] === 'the' || lower[k + 1] === 'a' || lower[k + 1] === 'an';
}
const SUBJECT_PRONOUNS_AFTER_THAT = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'there', 'its', 'their', 'his', 'her']);

/**
 * The sentence's boundaries: ";", ", where/while/but ...", ", and <clause>", subordinators, and
 * "If the government refuses to negotiate, a general strike will begin on December 2": a
 * condition opening the sentence ends at the first comma after its verb.
 */
function sentenceCuts(d: ClauseDraft, tokens: readonly Token[], lower: readonly string[], lo: number, hi: number, tr: Trigger, all: readonly Trigger[]): void {
  for (let k = lo; k < hi; k++) {
    const t = tokens[k]!.text;
    const w = lower[k]!;
    if (t === ';' || t === '—' || t === '–') cutAt(d, tr, k, k + 1);
    else if (t === ',' && k + 1 < hi && CLAUSE_OPENERS.has(lower[k + 1]!)) commaClauseCut(d, tokens, lower, hi, tr, k);
    else if (t === ',' && lower[k + 1] === 'and' && k + 2 < hi && (!verbLike(lower[k + 2]!) || pluralSubject(tokens, lower, k + 2, hi))) cutAt(d, tr, k, k + 2);
    // "said the two sides would meet on March 18 and that Venezuela, Norway and Cuba would act as
    // guarantors": a second "that" clause of a report is a clause of its own
    else if (w === 'and' && lower[k + 1] === 'that' && k > lo && secondThatClause(tokens, lower, k + 1, hi)) cutAt(d, tr, k, k + 2);
    // ", with Prime Minister Takaichi due to travel to Seoul": an absolute clause has its own
    // subject, that of the trigger inside it
    else if (t === ',' && lower[k + 1] === 'with' && tr.start > k + 2 && absoluteWithEnd(tokens, lower, k + 1, hi) > tr.start) d.a = Math.max(d.a, k + 2);
    else if (SUBORDINATORS.has(w) && k > lo && (w !== 'without' || gerundClauseAfter(tokens, lower, k, hi))) subordinatorCut(d, tokens, lower, lo, hi, tr, all, k);
  }
  if (lower[lo] === 'if' || lower[lo] === 'unless') {
    let verb = false;
    for (let k = lo + 1; k < hi; k++) {
      if (tokens[k]!.text === ',' && verb) { cutAt(d, tr, k, k + 1); break; }
      const w = lower[k]!;
      if (FINITE.has(w) || AUX.has(w) || (/(ed|s)$/.test(w) && !!verbEntry(w)) || (k > lo + 1 && /ed$/.test(w))) verb = true;
    }
  }
}

/**
 * Nouns whose infinitive is their own content: "the decision to suspend talks", "a plan to raise the
 * pension age". (Not "an attempt to kill", "a bid to reach a deal": what is tried happens where and
 * when the trying does.)
 */
const INFINITIVE_NOUNS = new Set(['decision', 'plan', 'plans', 'move', 'proposal', 'proposals', 'threat', 'threats', 'promise', 'pledge', 'order', 'ultimatum', 'right', 'intention', 'readiness', 'refusal', 'failure', 'offer']);

/** Where the trigger's own clause starts when what comes before it is another phrase's: a reduced relative, a suspicion, a noun's argument. */
function ownClauseStart(tokens: readonly Token[], lower: readonly string[], lo: number, tr: Trigger, all: readonly Trigger[], d: ClauseDraft): void {
  d.a = Math.max(d.a, reducedRelativeStart(tokens, lower, d.a, tr));
  // "would not accept any migrants rejected by Italy": a participle with its agent after a noun
  // belongs to that noun's phrase; the sentence's subject is not its participant
  if (!tr.nominal && lower[tr.end] === 'by' && /ed$/.test(lower[tr.start]!) && tr.start > d.a && /^[a-z]+s$/.test(lower[tr.start - 1]!) && !AUX.has(lower[tr.start - 1]!)) {
    d.a = Math.max(d.a, nounPhraseStart(tokens, lower, tr.start - 1, lo));
  }
  // "arrested two men on suspicion of planning an attack", "on charges of": the act the suspects are
  // held to have done is theirs, not that of the clause's subject
  if (suspectedOf(lower, tr.start, lo)) d.a = Math.max(d.a, tr.start);
  // "protested in Tbilisi on Tuesday against the government's decision to suspend talks": the act a
  // noun of decision or plan holds is that noun's: the place and time of the clause before "to" are
  // not its own (a scene hole; its names may still take part: "Russia made an offer to release")
  if (lower[tr.start - 1] === 'to' && INFINITIVE_NOUNS.has(lower[tr.start - 2] ?? '') && tr.start - 1 > d.a) d.sceneHoles.push([d.a, tr.start - 1]);
  // a bare event noun ("condemned the attacks", "the explosion in Kabul") is an argument of another
  // verb: that verb's subject is not its participant; its own modifiers and what follows it are
  if (tr.nominal && tr.head === tr.noun && tr.predicate < 0 && tr.verb === undefined) {
    d.a = Math.max(d.a, nounPhraseStart(tokens, lower, tr.start, lo));
    // ("the ringleader of Saturday's attack are reported to have been asylum seekers from Pakistan":
    // when the noun's phrase is a subject, its verb group says something else of it)
    d.b = Math.min(d.b, verbGroupAfter(tokens, lower, tr.end, d.b));
  }
  if (d.butShared >= d.a) {
    const prev = [...all].reverse().find((o) => o.end <= d.butShared && o.start >= d.a && !o.nominal && o !== tr);
    const v = prev ? prev.start : firstConjunctVerb(tokens, lower, d.a, d.butShared);
    if (v > 0) d.holes.push([v, d.butShared + 1]);
  }
}

/**
 * A verb coordinated with an earlier one: "phoned Y and urged restraint" shares the subject but
 * not the earlier verb phrase; the infinitive of an appeal ("urged the authorities to release")
 * is asked of the object, not of the one who asks. Returns the token the verb group starts at.
 */
function coordinationStart(tokens: readonly Token[], lower: readonly string[], lo: number, hi: number, tr: Trigger, all: readonly Trigger[], d: ClauseDraft): number {
  // the infinitive of a coordinated governor shares its subject, not the first verb's object:
  // "accused Ondure of sending militias and threatened to expel its ambassador"
  const governor = lower[tr.start - 1] === 'to' ? all.find((o) => o !== tr && !o.nominal && o.end === tr.start - 1) : undefined;
  // "Amnesty urged the authorities to release the protesters": the infinitive of an appeal with an
  // object is the act asked of that object, whose subject it is; the one who asks takes no part
  // ("called on both sides to stop targeting civilians": the act asked to stop is theirs too)
  const to = lower[tr.start - 1] === 'to' ? tr.start - 1 : ASPECTUAL.has(lower[tr.start - 1] ?? '') && lower[tr.start - 2] === 'to' ? tr.start - 2 : -1;
  // (a light verb with its noun is asked for too: "urged both sides to resume negotiations")
  if ((!tr.nominal || tr.head !== tr.noun) && to > lo) {
    const asker = askerOf(tokens, lower, to, tr, all);
    if (asker) d.a = Math.max(d.a, asker.end, askedOfObject(tokens, lower, asker.end, to));
  }
  // "thanked the United States and Britain for sending vaccines", "criticised Moscow for
  // deploying troops": the one praised or blamed did the act in -ing, not the one who reacts
  const reaction = reactionOfGerund(tokens, lower, tr, all);
  if (reaction) d.a = Math.max(d.a, reaction.end);
  const vs = governor ? governor.start : tr.start;
  // (a light verb with its event noun is a verb phrase too: "plan a march on Monday and have called for ...")
  // (the second verb group may have auxiliaries of its own: "and have called for")
  let and = vs - 1;
  while (and > lo && and >= vs - 3 && AUX.has(lower[and]!) && lower[and] !== 'to' && !lower[and]!.endsWith('ly')) and--;
  if (vs > lo && lower[and] === 'and' && (!tr.nominal || tr.head !== tr.noun)) {
    const prev = [...all].reverse().find((o) => o.end <= and && (!o.nominal || o.head !== o.noun) && o !== tr && o !== governor);
    if (prev && prev.start >= d.a) {
      d.holes.push([prev.start, and + 1]);
      d.coordinated = !governor;
    } else if (and === vs - 1) {
      // "Rovers play Hollin City at home and travel to Dunmere": the first verb is no trigger,
      // but its object is still no participant of the second
      // (the clause's subject comes after a dateline: "BRUSSELS, Nov 27 (Wire) - The Commission fined X
      // on Thursday ... and ordered": the first verb's object is no participant, its date is shared)
      const v = firstConjunctVerb(tokens, lower, Math.max(d.a, datelineEnd(tokens, lo, hi)), and);
      if (v > 0) d.firstConjunct = [v, and + 1];
    }
  }
  return vs;
}

/**
 * A purpose or complement infinitive after the trigger ("met ... to discuss the crisis in the
 * Sahel", "visited Kyiv to show support for Ukraine", "urged Venezuela to release ...") is
 * another act: its own event when it is one, never this event's participants
 * ("threatened to impose sanctions on Lithuania": an infinitive right after the trigger is the
 * act itself, so its object is the target, except for a meeting's purpose; "the talks are
 * expected to continue in Beijing": a nominal trigger's predicate is part of it).
 */
function infinitiveEnd(tokens: readonly Token[], lower: readonly string[], tr: Trigger, d: ClauseDraft): void {
  if (tr.predicate >= 0) return;
  for (let k = tr.end; k < d.b - 1; k++) {
    if (lower[k] === 'to' && isInfinitive(tokens, lower, k + 1)) {
      if (k === tr.end && !(tr.type === 'MEET' || tr.type === 'CALL' || tr.type === 'VISIT')) d.target = [k + 1, d.b];
      d.b = k;
      break;
    }
  }
}

/** Later triggers with clauses of their own end this one: "met Y and urged Z", "sent aid and the army deployed troops to Sarn". */
function laterTriggersEnd(tokens: readonly Token[], lower: readonly string[], tr: Trigger, all: readonly Trigger[], d: ClauseDraft): void {
  // a later verb coordinated with this one ("met Y and urged Z"): its object is not ours
  // (nor is a later clause with its own subject: "sent aid and the army deployed troops to Sarn")
  for (const o of all) {
    if (o === tr || (o.nominal && o.head === o.noun) || o.start <= tr.end || o.start - 1 >= d.b) continue;
    const k = subjectAfterAnd(tokens, lower, tr.end, o.start);
    if (k >= tr.end && verbBefore(lower, all, o, d.a, k)) { d.b = Math.min(d.b, k); break; }
  }
  for (const o of all) {
    if (o === tr || (o.nominal && o.head === o.noun) || o.start <= tr.end || o.start - 1 >= d.b) continue;
    if (lower[o.start - 1] === 'and' || lower[o.start - 1] === 'but') { d.b = Math.min(d.b, o.start - 1); break; }
  }
  // a participle trigger right after the event noun describes it and has its own arguments: "issued
  // a joint statement calling for freedom of navigation in the South China Sea"
  for (const o of all) {
    if (o !== tr && !o.nominal && o.start === tr.end && o.start < d.b && /ing$/.test(lower[o.start]!) && tr.noun >= 0) { d.b = o.start; break; }
  }
}

const FUTURE_MODALS = new Set(['will', 'would', 'shall']);

/**
 * "cancelled a trip to Argentina and will travel to the mine on Wednesday": after "and" at k, a
 * verb group in the future following a trigger with no modal of its own tells of a later act;
 * its time is not the trigger's. ("will meet ... and will discuss" share their modal and time.)
 */
function futureAfterPast(lower: readonly string[], tr: Trigger, k: number): boolean {
  if (!FUTURE_MODALS.has(lower[k + 1] ?? '')) return false;
  for (let j = tr.start - 1; j >= 0 && j >= tr.start - 3; j--) if (MODAL_HYPO.has(lower[j]!) || FUTURE_MODALS.has(lower[j]!) || lower[j] === 'to') return false;
  return true;
}

/**
 * A coordinated verb phrase that is no trigger ("condemned the vote and said it would hold a
 * protest on Saturday", "arrived in Velden and was welcomed by Brandt") has its own object,
 * place and time.
 */
function laterVerbPhraseEnd(lower: readonly string[], tr: Trigger, all: readonly Trigger[], d: ClauseDraft): void {
  for (let k = tr.end; k < d.b - 1; k++) {
    if (lower[k] !== 'and' || all.some((o) => o.start === k + 1)) continue;
    const n = lower[k + 1]!;
    const speech = SPEECH.has(n) && (/ed$/.test(n) || n === 'said' || n === 'says' || n === 'told' || n === 'wrote');
    const passive = PASSIVE_AUX.has(n) && k + 2 < d.b && (/ed$/.test(lower[k + 2]!) || lower[k + 2] === 'met' || lower[k + 2] === 'held');
    if (speech || passive || futureAfterPast(lower, tr, k)) { d.b = k; break; }
    // "ordered him released on bail and set a trial date in January": a second verb with an object of
    // its own after this one's has its own time and place (not "attacked and killed the soldiers")
    if (k > tr.end + 1 && secondVerbPhrase(lower, k)) { d.b = k; break; }
    if (pastAfterInfinitive(lower, tr, k)) { d.b = k; break; }
  }
}

/** Irregular past forms of a verb coordinated after an infinitive. */
const PAST_FORMS = new Set(['broke', 'began', 'came', 'went', 'took', 'made', 'gave', 'fell', 'rose', 'won', 'lost', 'left', 'met', 'held', 'sent', 'struck', 'fought', 'saw', 'became', 'ran', 'told', 'found', 'brought', 'kept', 'led']);
/**
 * "has refused to begin negotiations on the second phase and halted the entry of aid into Gaza on
 * Sunday": an infinitive is no conjunct of a past verb after "and"; that verb goes with the one
 * governing the infinitive, and its object, place and time are not the infinitive's.
 */
function pastAfterInfinitive(lower: readonly string[], tr: Trigger, and: number): boolean {
  if (lower[tr.head - 1] !== 'to' || tr.head === tr.noun) return false;
  const v = lower[and + 1] ?? '';
  const past = PAST_FORMS.has(v) || IRREGULAR_PAST.has(v) || (/ed$/.test(v) && v.length > 4);
  return past && OBJECT_DETERMINERS.has(lower[and + 2] ?? '');
}

/**
 * "accused the army of attacking a hospital in Besra", "blamed X for shelling Y": what the
 * accused is said to have done is another act, with its own place and its own target
 * (so is the offence of a charge or a conviction: "charged two men with spying for Russia",
 * "convicted of smuggling arms to Libya", "arrested for attacking a police officer").
 */
function accusedActEnd(tokens: readonly Token[], lower: readonly string[], tr: Trigger, d: ClauseDraft): void {
  const charge = tr.type === 'ARREST';
  if (!tr.nominal && tr.type === 'PRAISE') reasonForEnd(lower, tr, d);
  if (tr.nominal || !(tr.type === 'ACCUSE' || tr.type === 'CRITICIZE' || charge)) return;
  if (!charge) reasonForEnd(lower, tr, d);
  // (a charge's "with" may follow a long object and its apposition: "charged the former head of
  // the port authority, Willem de Boer, with accepting bribes")
  for (let k = tr.end; k < d.b - 1 && k <= tr.end + (charge ? 14 : 8); k++) {
    if (tokens[k]!.kind === 'punct' && !(charge && tokens[k]!.text === ',')) break;
    if ((lower[k] === 'of' || lower[k] === 'for' || (charge && lower[k] === 'with')) && /ing$/.test(lower[k + 1]!) && tokens[k + 1]!.kind === 'word') { d.b = k; break; }
  }
}

/** Determiners that open the noun phrase of a reason after "for": "for their response", "for its role". */
const REASON_DETERMINERS = new Set(['their', 'his', 'her', 'its', 'our', 'the']);

/**
 * "praised his players for their response after last week's defeat to Liverpool", "criticised the
 * bank for its decision to ...": the reason for praise or blame, a noun phrase after "for" and the
 * object (eight tokens at most after the trigger), tells of other acts, whose names take no part in
 * the reaction ("praised Qatar for mediating" is cut at the -ing as before).
 */
function reasonForEnd(lower: readonly string[], tr: Trigger, d: ClauseDraft): void {
  // (not right after the trigger: "laid blame for the failures with the government", "is blamed for
  // the mess" name what is blamed, and who for it after)
  for (let k = tr.end + 1; k < d.b - 1 && k <= tr.end + 8; k++) {
    if (lower[k] === ',' || lower[k] === ';' || lower[k] === 'and') return;
    if (lower[k] === 'for' && REASON_DETERMINERS.has(lower[k + 1]!)) {
      // (a hole up to the next punctuation: a source after a quotation's end keeps its part, "'I
      // thank them for their support,' Nie said")
      let e = k + 1;
      while (e < d.b && /^[\p{L}\p{N}'’-]/u.test(lower[e]!)) e++;
      d.holes.push([k, e]);
      return;
    }
  }
}

/**
 * A relative clause without a comma ("a man who had attacked ...", "an agreement that the
 * World Bank had proposed") belongs to its own verb.
 */
function relativeClauses(tokens: readonly Token[], lower: readonly string[], lo: number, tr: Trigger, d: ClauseDraft): void {
  for (let k = Math.max(d.a, lo + 1); k < d.b; k++) {
    if (!isRelative(tokens, lower, k)) continue;
    let e = k + 1;
    while (e < d.b && tokens[e]!.text !== ',' && tokens[e]!.text !== ';') e++;
    if (tr.start > k && tr.start < e) {
      // the trigger is inside: the clause is the antecedent + the relative clause
      d.a = Math.max(d.a, k - 1);
      d.b = Math.min(d.b, e);
    } else if (k >= tr.end) d.holes.push([k, e]);
  }
}

/** Past participles without -ed that open a reduced relative ("two nationals held in Niger since January"). */
const IRREGULAR_PARTICIPLES = new Set(['held', 'taken', 'caught', 'shot', 'sent', 'seen', 'found', 'hit', 'struck', 'born', 'kept', 'built', 'made']);
/** What may follow such a participle when it opens a reduced relative: a place, a time or an agent. */
const PARTICIPLE_ADJUNCTS = new Set(['in', 'at', 'near', 'on', 'off', 'outside', 'during', 'last', 'earlier', 'since', 'by', 'from', 'two', 'three', 'several', 'months', 'weeks', 'days', 'years']);
const SUBJECT_AUX = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'will', 'would', 'could', 'may', 'might', 'later', 'also', 'finally', 'eventually', 'reportedly']);

/**
 * "An aid worker [kidnapped in northern Mali last year] was freed overnight": a participle phrase
 * after the subject's noun, before the trigger's verb group, tells of another happening (the
 * kidnapping), whose place and time are not this one's; its names may still take part ("kidnapped
 * by JNIM": the captor may be who frees). Pushes the scene hole [participle, verb group).
 * Only when auxiliaries stand right before the trigger, so that the participle cannot be the main
 * verb ("Gunmen kidnapped a worker in Mali": no hole).
 */
function subjectParticipleHole(tokens: readonly Token[], lower: readonly string[], d: ClauseDraft, tr: Trigger): void {
  if (tr.nominal && tr.head === tr.noun) return;
  let v = tr.head;
  while (v - 1 > d.a && SUBJECT_AUX.has(lower[v - 1]!)) v--;
  if (lower[v - 1] === ',') { subjectAsideHole(tokens, lower, d, v - 1); return; }
  if (v === tr.head) return;
  for (let k = v - 1; k > d.a; k--) {
    const t = tokens[k]!;
    const w = lower[k]!;
    // (the subject's phrase: no punctuation, relative pronoun, conjunction or infinitive inside it)
    if (t.kind === 'punct' || RELATIVE_OR_AND.has(w) || SUBORDINATORS.has(w) || w === 'where' || w === 'to') return;
    if (!(/[a-z]ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w)) || !PARTICIPLE_ADJUNCTS.has(lower[k + 1]!)) continue;
    const p = tokens[k - 1]!;
    const pw = lower[k - 1]!;
    // (after a noun of the subject: "worker kidnapped", not "was kidnapped" or "the kidnapped")
    // ("A meeting of the council held in Bhaktapur on Wednesday agreed": where and when an event
    // noun was held is where and when it acted)
    if (!subjectNounBefore(p, pw) || heldEventBefore(lower, k, d.a)) return;
    d.sceneHoles.push([k, v]);
    return;
  }
}

/**
 * The word before a participle may end the subject's noun phrase ("worker", "Troops", "Conti"): no
 * auxiliary, determiner, preposition, verb of the lexicon, participle or adverb. (A name may stand
 * there: the finite auxiliary the callers ask for after the phrase keeps "Gunmen kidnapped ..." out.)
 */
function subjectNounBefore(p: Token, pw: string): boolean {
  return p.kind === 'word' && !AUX.has(pw) && !DET.has(pw) && !PREPOSITIONS.has(pw) && !verbEntry(pw) && !lightVerb(pw) && !/(ed|ly)$/.test(pw);
}

/**
 * "The proposal, [presented in Cairo last Thursday,] calls for a six-week truce": an aside opened
 * by a participle and its adjunct between the subject and the verb (the comma closing it at
 * `close`) tells of another happening; its place and time are not the verb's. ("A meeting of the
 * council, held in Bhaktapur on Wednesday, agreed": an event noun's stay.)
 */
function subjectAsideHole(tokens: readonly Token[], lower: readonly string[], d: ClauseDraft, close: number): void {
  for (let o = close - 1; o > d.a && o >= close - 14; o--) {
    if (tokens[o]!.kind !== 'punct') continue;
    if (lower[o] !== ',') return;
    const w = lower[o + 1] ?? '';
    if (!(/[a-z]ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w)) || !PARTICIPLE_ADJUNCTS.has(lower[o + 2] ?? '')) return;
    if (tokens[o - 1]!.kind !== 'word' || heldEventBefore(lower, o, d.a)) return;
    d.sceneHoles.push([o + 1, close]);
    return;
  }
}

/** An event noun ("meeting", "summit", "talks") heads the subject phrase before the participle at k. */
function heldEventBefore(lower: readonly string[], k: number, a: number): boolean {
  for (let j = k - 1; j >= a && j >= k - 8; j--) if (nounEntry(lower[j]!)?.type === 'MEET') return true;
  return false;
}

const FINITE_AUX = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would']);
const RELATIVE_OR_AND = new Set(['who', 'which', 'that', 'whom', 'whose', 'and', 'or', 'but']);

/**
 * The converse: "Troops [deployed in the north] were attacked on Sunday": a participle trigger
 * after the subject's noun, followed (over its own adjuncts only, no punctuation, no relative
 * pronoun or "and") by a finite auxiliary, is a reduced relative; the clause after that auxiliary
 * is the sentence's main verb's, so the trigger's clause ends there.
 */
function reducedRelativeEnd(tokens: readonly Token[], lower: readonly string[], d: ClauseDraft, tr: Trigger): void {
  if (tr.nominal || tr.start <= d.a || !(/[a-z]ed$/.test(lower[tr.start]!) || IRREGULAR_PARTICIPLES.has(lower[tr.start]!))) return;
  const p = tokens[tr.start - 1]!;
  const pw = lower[tr.start - 1]!;
  if (!subjectNounBefore(p, pw)) return;
  if (!PARTICIPLE_ADJUNCTS.has(lower[tr.end] ?? '')) return;
  for (let j = tr.end; j < d.b - 1; j++) {
    if (tokens[j]!.kind === 'punct' || RELATIVE_OR_AND.has(lower[j]!)) return;
    if (FINITE_AUX.has(lower[j]!)) { d.b = j; return; }
  }
}

/**
 * Nouns of a person's relation to another who is not thereby in what the first does: "Ekrem
 * Imamoglu, the main rival of President Erdogan, was detained" (Erdogan detained nobody).
 */
const RELATION_NOUNS = new Set([
  'rival', 'rivals', 'critic', 'critics', 'opponent', 'opponents', 'foe', 'challenger', 'son', 'daughter', 'wife', 'husband',
  'brother', 'sister', 'widow', 'widower', 'father', 'mother', 'nephew', 'niece', 'cousin', 'friend', 'lawyer', 'biographer',
  'successor', 'predecessor',
]);

/** ", the (main) rival of ...": after a name, "the", at most two lowercase words and a relation noun with "of". */
function relationApposition(tokens: readonly Token[], lower: readonly string[], k: number, b: number): boolean {
  const pt = tokens[k - 1];
  if (!pt || pt.kind !== 'word' || !isCap(pt.text) || lower[k + 1] !== 'the') return false;
  for (let j = k + 2; j < b && j <= k + 4; j++) {
    if (RELATION_NOUNS.has(lower[j]!)) return lower[j + 1] === 'of';
    if (!/^[a-z-]+$/.test(tokens[j]!.text)) return false;
  }
  return false;
}

/** An apposition describing a name (", a militant group blamed for the 2002 Bali bombings"): no participant. */
function appositionHoles(tokens: readonly Token[], lower: readonly string[], lo: number, a: number, b: number, tr: Trigger, argHoles: Array<[number, number]>): void {
  for (let k = Math.max(a, lo + 1); k < b - 2; k++) {
    if (tokens[k]!.text === ',' && relationApposition(tokens, lower, k, b)) {
      let e = k + 2;
      while (e < b && tokens[e]!.text !== ',' && tokens[e]!.text !== ';') e++;
      if (!(tr.start > k && tr.start < e)) argHoles.push([k + 1, e]);
      continue;
    }
    if (tokens[k]!.text !== ',' || !(lower[k + 1] === 'a' || lower[k + 1] === 'an') || isCap(tokens[k + 2]!.text)) continue;
    const pt = tokens[k - 1]!;
    // (after the trigger also one describing the clause or its object: "voted to reject the reform,
    // a defeat for Prime Minister Ana Corvel")
    if (!(pt.kind === 'word' && (isCap(pt.text) || k >= tr.end))) continue;
    let e = k + 2;
    while (e < b && tokens[e]!.text !== ',' && tokens[e]!.text !== ';') e++;
    if (tr.start > k && tr.start < e) continue;
    argHoles.push([k + 1, e]);
  }
}

/**
 * A reduced relative or participle phrase about another act: "three men suspected of
 * smuggling weapons from Libya", "nationals wanted by French authorities", "Rebels, backed by
 * Rwanda, attacked ..."; participles that describe the event itself stay ("a summit attended by").
 */
function participleHoles(tokens: readonly Token[], lower: readonly string[], lo: number, a: number, b: number, tr: Trigger, all: readonly Trigger[], argHoles: Array<[number, number]>): void {
  for (let k = Math.max(a, lo + 1); k < b - 1; k++) {
    const w = lower[k]!;
    if (k >= tr.start && k < tr.end) continue;
    // (a participle describes this event only right after its trigger: "a summit attended by", but
    // "released hostages under a deal mediated by Egypt" describes the deal)
    const describesTrigger = k === tr.end || k - 1 === tr.noun;
    if (!/ed$/.test(w) || ((EVENT_PARTICIPLES.has(w) || all.some((o) => o.head === k)) && (describesTrigger || k < tr.start))) continue;
    const nx = lower[k + 1]!;
    if (nx !== 'by' && nx !== 'of' && nx !== 'from' && nx !== 'with') continue;
    const pw = lower[k - 1]!;
    const prevTok = tokens[k - 1]!;
    const afterComma = prevTok.text === ',';
    const afterNoun = prevTok.kind === 'word' && !isCap(prevTok.text) && !AUX.has(pw) && !DET.has(pw) && !PREPOSITIONS.has(pw) && !verbEntry(pw) && !lightVerb(pw) && !/(ed|ly)$/.test(pw) && !['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got'].includes(pw);
    if (!afterComma && !(afterNoun && k > tr.end)) continue;
    if (afterComma && k < tr.start) {
      let e = k + 1;
      while (e < tr.start && tokens[e]!.text !== ',') e++;
      if (e < tr.start) argHoles.push([k, e]);
      continue;
    }
    if (k < tr.end) continue;
    let e = k + 1;
    while (e < b && tokens[e]!.text !== ',' && tokens[e]!.text !== ';') e++;
    argHoles.push([k, e]);
  }
}

/**
 * "a joint EU statement on Israel and Gaza", "an emergency meeting on Haiti": the topic of a
 * noun; "sanctions on Belarus", "an attack on Kyiv" take a target instead.
 */
function isTopicOn(tokens: readonly Token[], lower: readonly string[], k: number, tr: Trigger): boolean {
  return k > tr.start && tokens[k - 1]!.kind === 'word' && !isCap(tokens[k - 1]!.text) && !TARGET_NOUNS.has(lower[k - 1]!) && (!verbEntry(lower[k - 1]!) || !!nounEntry(lower[k - 1]!)) && !lightVerb(lower[k - 1]!) && (k - 1 !== tr.head || tr.nominal) && isCap(tokens[k + 1]?.text ?? '') && !/ed$/.test(lower[k - 1]!) && !CALENDAR_NAMES.has(lower[k + 1] ?? ''); // ("held talks on Monday in Geneva": when, not what about)
}


/** Adjuncts after the trigger about something else ("amid tensions with Somalia", ", citing ..."): no participant. */
function adjunctHoles(tokens: readonly Token[], lower: readonly string[], tr: Trigger, d: ClauseDraft, argHoles: Array<[number, number]>): void {
  const b = d.b;
  for (let k = Math.max(d.a, tr.end); k < b; k++) {
    const w = lower[k]!;
    const participle = tokens[k - 1]!.text === ',' && /ing$/.test(w) && !NOT_ADJUNCT_ING.has(w);
    const inReaction = w === 'in' && IN_REACTION.has(lower[k + 1] ?? '');
    const atRequest = w === 'at' && lower[k + 1] === 'the' && (lower[k + 2] === 'request' || lower[k + 2] === 'urging');
    const topicOn = w === 'on' && isTopicOn(tokens, lower, k, tr);
    // ", with each side accusing the other of ...": an absolute clause about something else
    const absolute = w === 'with' && tokens[k - 1]!.text === ',' && lower.slice(k + 1, Math.min(b, k + 5)).some((x) => /ing$/.test(x) && x.length > 5);
    if (!ADJUNCT.has(w) && !participle && !inReaction && !atRequest && !topicOn && !absolute) continue;
    if (w === 'over' && (tokens[k + 1]?.kind === 'number' || lower[k + 1] === 'the' && /^(weekend|past|last|next|years?|months?|weeks?|days?)$/.test(lower[k + 2] ?? ''))) continue;
    let e = k + 1;
    while (e < b && tokens[e]!.text !== ',' && tokens[e]!.text !== ';') e++;
    // ", saying the tariffs should have come a year ago": what a speech participle reports is
    // another statement, whose time and place are not this event's either
    if (participle && SPEECH_PARTICIPLES.has(w)) d.holes.push([k, e]);
    else argHoles.push([k, e]);
    k = e;
  }
}

/**
 * The clause around a trigger: bounded by ";", ", where/while/but ...", ", and <clause>",
 * subordinators that open another event's clause ("after Washington imposed ..."), and for a
 * verb coordinated with an earlier trigger ("phoned Y and urged restraint") the earlier verb
 * phrase is left out, so the subject is shared but not the object.
 */
export function clauseOf(tokens: readonly Token[], lower: readonly string[], lo: number, hi: number, tr: Trigger, all: readonly Trigger[]): Region & { coordinated: boolean } {
  const d: ClauseDraft = { a: lo, b: hi, holes: [], sceneHoles: [], antecedent: -1, butShared: -1, coordinated: false, firstConjunct: null, target: undefined };
  sentenceCuts(d, tokens, lower, lo, hi, tr, all);
  ownClauseStart(tokens, lower, lo, tr, all, d);
  const vs = coordinationStart(tokens, lower, lo, hi, tr, all, d);
  // "Poland expelled 45 Russian diplomats, accusing them of spying": a participle after a comma
  // shares the clause's subject, not the earlier verb's object
  const lead = participleLead(tokens, lower, tr, all, d.a);
  // "Italy sent rescue teams and the army deployed troops": a second clause with a subject of its own
  if (!d.coordinated && (!tr.nominal || tr.head !== tr.noun)) {
    const k = subjectAfterAnd(tokens, lower, d.a, vs);
    if (k > d.a && verbBefore(lower, all, tr, d.a, k)) d.a = k + 1;
  }
  infinitiveEnd(tokens, lower, tr, d);
  laterTriggersEnd(tokens, lower, tr, all, d);
  laterVerbPhraseEnd(lower, tr, all, d);
  accusedActEnd(tokens, lower, tr, d);
  relativeClauses(tokens, lower, lo, tr, d);
  subjectParticipleHole(tokens, lower, d, tr);
  reducedRelativeEnd(tokens, lower, d, tr);
  // (the noun before the aside stays: "The 2004 agreement, signed by the ECB," is what was signed)
  const aside = participleAside(tokens, lower, d.a, d.b, tr);
  if (aside) d.b = Math.min(d.b, aside[1]);
  // adjuncts about something else hold no participant
  const argHoles: Array<[number, number]> = d.firstConjunct ? [d.firstConjunct] : [];
  if (lead) argHoles.push(lead);
  appositionHoles(tokens, lower, lo, d.a, d.b, tr, argHoles);
  participleHoles(tokens, lower, lo, d.a, d.b, tr, all, argHoles);
  adjunctHoles(tokens, lower, tr, d, argHoles);
  // ("provide aid to Sudan", "pledged aid to Chad": the country aid goes to is its recipient)
  // (aid stopped, CAMEO 162, is stopped to its recipient: "suspended development aid to Niger")
  const recipientTo = tr.type === 'AID' || (tr.type === 'PLEDGE' && tr.cameo === '033') || (tr.type === 'SANCTION' && tr.cameo === '162');
  const a = d.a;
  const partyHoles = [marchersParticiple(tokens, lower, tr, all, d.a), beforeParticipleNoun(tokens, lower, tr, d.a), marchersOwnParticiple(tokens, lower, tr, all, d.a, d.b)].filter((h): h is [number, number] => !!h);
  return { lo: a, hi: d.b, holes: d.holes, argHoles, partyHoles: partyHoles.length ? partyHoles : undefined, sceneHoles: d.sceneHoles, target: d.target, coordinated: d.coordinated, noun: tr.noun, recipientTo, antecedent: d.antecedent >= 0 && d.antecedent + 1 >= a ? d.antecedent : undefined };
}

/** What follows a participle opening an aside: its agent or an adjunct ("announced by", "held in", "signed last year"). */
const ASIDE_PARTICIPLE_NEXT = new Set(['by', 'in', 'on', 'at', 'last', 'earlier', 'this', 'during', 'after', 'before', 'with', 'from', 'for', 'since']);

/**
 * A past participle opening an aside between commas after a noun: "The deal, [announced by the
 * union on Saturday,] includes ...". The aside is the event's clause: a date or a place in the
 * main clause ("until 2028") belongs to what the sentence says of the noun, not to the announcing.
 * Returns [the participle, the closing comma), or null.
 */
function participleAside(tokens: readonly Token[], lower: readonly string[], a: number, b: number, tr: Trigger): [number, number] | null {
  if (tr.nominal || tr.start - 2 < a || lower[tr.start - 1] !== ',' || !/^[a-z]+ed$/.test(lower[tr.start]!)) return null;
  if (tokens[tr.start - 2]!.kind !== 'word' || !ASIDE_PARTICIPLE_NEXT.has(lower[tr.end] ?? '')) return null;
  // (the comma must open the aside: after an earlier one it may close another, "The rebels, who
  // fled, killed two soldiers, the army said")
  for (let k = a; k < tr.start - 1; k++) if (lower[k] === ',') return null;
  for (let k = tr.end; k < b && k <= tr.end + 12; k++) {
    if (lower[k] === ',') return [tr.start, k];
    if (tokens[k]!.kind === 'punct' && lower[k] !== '.' && lower[k] !== '-') return null;
  }
  return null;
}

/** Forms of "be" and "have" that open a verb group after a noun phrase. */
const GROUP_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might']);

/** The first auxiliary after `from` that opens the sentence's verb group, within the noun's phrase, else `hi`. */
function verbGroupAfter(tokens: readonly Token[], lower: readonly string[], from: number, hi: number): number {
  for (let k = from; k < hi && k <= from + 8; k++) {
    if (tokens[k]!.kind === 'punct') return hi;
    // ("survived an assassination attempt in May 2024": the month, no modal)
    if (GROUP_AUX.has(lower[k]!) && tokens[k]!.text !== 'May') return k;
  }
  return hi;
}

/** A trigger or a finite verb between a and b: what comes before "and" is a clause, not a subject. */
function verbBefore(lower: readonly string[], all: readonly Trigger[], tr: Trigger, a: number, b: number): boolean {
  if (all.some((o) => o !== tr && o.start >= a && o.end <= b && (!o.nominal || o.head !== o.noun))) return true;
  for (let k = a; k < b; k++) if (FINITE.has(lower[k]!)) return true;
  return false;
}

/**
 * The verb of the first conjunct in "SUBJECT VERB OBJECT ... and <trigger>": the first lowercase
 * word right after a name or a pronoun opening the clause at `a` (before `and`), or -1.
 */
function firstConjunctVerb(tokens: readonly Token[], lower: readonly string[], a: number, and: number): number {
  const isVerb = (k: number) => {
    const w = lower[k]!;
    // (a possessive after the name is no verb: "Russia's foreign ministry spokeswoman, ..., and vowed")
    if (tokens[k]!.kind !== 'word' || isCap(tokens[k]!.text) || POSS.has(w) || DET.has(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w) || AUX.has(w) || w === 'and' || w === 'or' || /^(?:who|which|that)$/.test(w)) return false;
    // "Third-placed candidate Ilse Morrow, who ..., endorsed X and urged ...": a role before a name is no verb
    if ((isTitleWord(w) || ROLE_NOUNS.has(w)) && k + 1 < and && isCap(tokens[k + 1]!.text)) return false;
    // ("The Spanish regulator CNMV fined X and ordered": a noun before a name that a past verb follows)
    let j = k + 1;
    while (j < and && isCap(tokens[j]!.text)) j++;
    return !(j > k + 1 && j < and && /ed$/.test(lower[j]!));
  };
  for (let k = a + 1; k < and && k <= a + 6; k++) {
    const prev = tokens[k - 1]!;
    if (!(isCap(prev.text) || ['he', 'she', 'they', 'we', 'it'].includes(lower[k - 1]!))) continue;
    // "Ilse Morrow, who took 11 percent, endorsed ...": the verb comes after the relative clause
    if (tokens[k]!.text === ',' && (lower[k + 1] === 'who' || lower[k + 1] === 'which')) {
      let e = k + 2;
      while (e < and && e <= k + 16 && tokens[e]!.text !== ',') e++;
      if (e + 1 < and && tokens[e]!.text === ',' && isVerb(e + 1)) return e + 1;
      continue;
    }
    if (isVerb(k)) return k;
  }
  return -1;
}

/** Words that may follow a passive participle with no object: "signed in 2024", "reached on Monday", "agreed." */
const AFTER_PASSIVE = new Set(['in', 'on', 'at', 'by', 'during', 'last', 'earlier', 'this', 'under', 'after', 'before', 'since', '.', ',', ';']);

/**
 * A trigger that is a passive participle modifying a noun inside a prepositional phrase
 * ("paid to three firms, most of it under contracts signed in 2024"): the event is the noun's,
 * and what the sentence says before the preposition (the pitches in Ghana) is not about it.
 * Returns the token after that preposition, or lo. A participle with an object ("troops from
 * the north attacked the town") is a main verb and is left alone.
 */
function reducedRelativeStart(tokens: readonly Token[], lower: readonly string[], lo: number, tr: Trigger): number {
  // "failed to adopt a resolution calling for a ceasefire", "signed a letter urging ...": the
  // document does the calling, not the clause's subject
  if (!tr.nominal && tr.start > lo && /ing$/.test(lower[tr.start]!) && DOCUMENT_NOUNS.has(lower[tr.start - 1]!)) return tr.start;
  if (tr.nominal || tr.end !== tr.start + 1 || tr.start - lo < 2) return lo;
  const w = lower[tr.start]!;
  if (!/ed$/.test(w) && w !== 'held' && w !== 'met' && w !== 'made' && w !== 'struck' && w !== 'signed') return lo;
  const next = lower[tr.start + 1];
  // ("sanctions on eight companies accused of supplying drones": the charge follows the participle)
  const reduced = reducedPassiveAfterNoun(lower, tr, lo);
  const charge = reduced && (next === 'of' || next === 'with');
  if (next !== undefined && !AFTER_PASSIVE.has(next) && !charge) return lo;
  const prev = tokens[tr.start - 1]!;
  const pw = lower[tr.start - 1]!;
  if (prev.kind !== 'word' || isCap(prev.text) || AUX.has(pw) || /ly$/.test(pw) || PRONOUNS.has(pw) || /ed$/.test(pw)) return lo;
  for (let k = tr.start - 2; k >= lo && k >= tr.start - 4; k--) {
    const x = lower[k]!;
    if (tokens[k]!.kind !== 'word' || AUX.has(x)) return lo;
    if (PREPOSITIONS.has(x) && x !== 'to') return k + 1;
    // ("Spain extradited a Colombian man accused of running a network": the charge's clause opens
    // with the phrase of the one charged; the subject before it neither accuses nor is accused;
    // "a French aid worker kidnapped in Mali" likewise, `roles.ts` `reducedPassiveAfterNoun`)
    if (reduced && (x === 'a' || x === 'an' || x === 'the')) return k;
    if (!DETERMINERS.has(x) && !/^[a-z-]+$/.test(x)) return lo;
  }
  return lo;
}
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);
/** Documents that call, urge or demand by themselves: "a resolution calling for". */
const DOCUMENT_NOUNS = new Set(['resolution', 'resolutions', 'letter', 'letters', 'bill', 'bills', 'statement', 'motion', 'petition', 'report', 'law', 'measure', 'decree', 'text', 'draft', 'proposal', 'declaration', 'communique', 'communiqué', 'amendment', 'order', 'memo', 'memorandum']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);

const EVENT_PARTICIPLES = new Set(['attended', 'hosted', 'led', 'organised', 'organized', 'chaired', 'brokered', 'mediated', 'joined', 'accompanied', 'convened', 'sponsored', 'co-hosted', 'co-chaired', 'headed']);

/** Adjunct words after the trigger whose phrase is about something else than the event's participants. */
const ADJUNCT = new Set(['amid', 'amidst', 'despite', 'over', 'citing', 'aimed', 'designed', 'intended', 'following', 'regarding', 'concerning', 'about', 'because', 'ahead']);
const TARGET_NOUNS = new Set(['sanctions', 'sanction', 'tariffs', 'tariff', 'embargo', 'levy', 'levies', 'duties', 'restrictions', 'ban', 'attack', 'attacks', 'strike', 'strikes', 'airstrikes', 'raid', 'raids', 'assault', 'offensive', 'war', 'crackdown', 'pressure', 'fire', 'rockets', 'missiles', 'drones', 'shells', 'bombs', 'demands', 'demand', 'call', 'calls', 'ultimatum', 'deadline', 'freeze', 'curbs', 'controls', 'measures', 'penalties', 'fines', 'pressure', 'focus']);
const IN_REACTION = new Set(['retaliation', 'response', 'reaction', 'protest', 'revenge', 'solidarity', 'support', 'memory', 'honour', 'honor', 'connection']);
const SPEECH_PARTICIPLES = new Set(['saying', 'adding', 'noting', 'arguing', 'insisting', 'warning', 'claiming', 'stressing', 'telling', 'explaining', 'declaring', 'stating', 'asserting', 'writing']);
const NOT_ADJUNCT_ING = new Set(['including', 'according', 'representing', 'involving', 'killing', 'wounding', 'injuring']);

/** A "to" at k-1 opens an infinitive: a lowercase verb-like word follows ("to discuss", not "to talks", "to the capital"). */
function isInfinitive(tokens: readonly Token[], lower: readonly string[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || isCap(t.text)) return false;
  const w = lower[k]!;
  if (DET.has(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w) || w === 'date' || w === 'power' || w === 'office' || w === 'jail' || w === 'prison') return false;
  // ("sent troops to parliament on December 3", "taken to hospital": a place reached without an article)
  if (BARE_DESTINATIONS.has(w)) return false;
  // "sentenced to six years", "to life", "to death": a term, no verb
  if (NUMBER_WORD.test(w) || w === 'life' || w === 'death') return false;
  // "to call a general strike", "to hold talks": a light verb in its base form is a verb
  if (lightVerb(w) === w && !/s$/.test(w)) return true;
  if (nounEntry(w) && !verbEntry(w)) return false;
  if (/[^s]s$/.test(w) || /ing$/.test(w)) return false; // "to talks", "to sanctions"; "committed to holding" stays
  return true;
}

/** Places named without an article after "to": "sent troops to parliament", "went to court", "taken to hospital". */
const BARE_DESTINATIONS = new Set(['parliament', 'court', 'hospital', 'school', 'town', 'church', 'sea', 'war', 'safety', 'hospitals', 'market', 'congress', 'exile']);

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|dozens|several|many|more|less|fewer)$/;

/**
 * 1 when the token at k is a quotation mark that closes a quotation (set right after the word it
 * ends: `a law on "foreign agents" that ...`), else 0: the noun the relative pronoun after it
 * refers to stands inside the quotation.
 */
function closingQuoteAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  const w = tokens[k - 1];
  if (!t || !w || t.kind !== 'punct' || !(t.text === '"' || t.text === '”') || w.kind !== 'word') return 0;
  return w.end === t.start ? 1 : 0;
}

/** A relative pronoun at k without a comma before it ("a man who ...", "the deal that ..."), also after a quotation that closes on its noun. */
function isRelative(tokens: readonly Token[], lower: readonly string[], k: number): boolean {
  const w = lower[k]!;
  const q = k - 1 - closingQuoteAt(tokens, k - 1);
  const p = tokens[q]!;
  if (p.kind !== 'word') return false;
  const pw = lower[q]!;
  if (w === 'who' || w === 'whom' || w === 'whose' || w === 'which') return !SPEECH.has(pw) && !AUX.has(pw) && !PREPOSITIONS.has(pw);
  if (w !== 'that') return false;
  // "that" after a noun is relative; after a verb ("said that", "insisted that") it opens a complement
  if (SPEECH.has(pw) || AUX.has(pw) || PREPOSITIONS.has(pw) || DETERMINERS.has(pw) || verbEntry(pw) || lightVerb(pw)) return false;
  if (/(ed|en)$/.test(pw) && !nounEntry(pw)) return false;
  if (NOT_RELATIVE_BEFORE.has(pw)) return false;
  return true;
}
const NOT_RELATIVE_BEFORE = new Set(['so', 'such', 'now', 'fact', 'hopes', 'fears', 'concern', 'concerns', 'warning', 'warnings', 'claim', 'claims', 'assurances', 'news', 'reports', 'evidence', 'sign', 'signs', 'given', 'ensure', 'show', 'shows', 'suggest', 'suggests', 'know', 'knew', 'think', 'thinks', 'thought', 'feel', 'felt', 'hope', 'fear', 'mean', 'means', 'meant', 'admit', 'admits', 'deny', 'denies', 'ruled', 'clear', 'sure', 'aware', 'believe', 'believes', 'say', 'says', 'agree', 'agrees', 'argue', 'argues', 'insist', 'insists', 'note', 'notes', 'realise', 'realize', 'announce', 'announces', 'confirm', 'confirms', 'warn', 'warns', 'added', 'noting', 'saying', 'adding', 'warning', 'arguing', 'insisting', 'claiming', 'stressing', 'stressed', 'stress', 'than', 'except', 'provided']);

const DET = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
function verbLike(w: string): boolean {
  return /(ed|s)$/.test(w) && !DET.has(w);
}
/** ", where ..." clauses take the place named right before the comma. */
export function wherePlace(lower: readonly string[], region: Region, mentions: readonly MentionRef[]): MentionRef | null {
  if (lower[region.lo] !== 'where') return null;
  for (const m of mentions) if (m.end === region.lo - 1 && m.entity.type === 'LOC') return m;
  // "travel to Sennich on Thursday, where she will meet ...": a date between the place and the comma
  const comma = region.lo - 1;
  for (let j = mentions.length - 1; j >= 0; j--) {
    const m = mentions[j]!;
    if (m.end >= comma) continue;
    if (m.end < comma - 4 || m.entity.type !== 'LOC') return null;
    for (let k = m.end; k < comma; k++) if (!WHEN_WORDS.has(lower[k]!)) return null;
    return m;
  }
  return null;
}

/**
 * Nouns for what a person is that news puts between a country and a name, and that are no
 * titles of office: "Ghana midfielder David Mensah", "the Danish lawmaker Zoë Østergaard".
 */
const ROLE_NOUNS = new Set([
  'midfielder', 'striker', 'forward', 'defender', 'goalkeeper', 'winger', 'player', 'international', 'athlete', 'runner',
  'sprinter', 'cyclist', 'boxer', 'golfer', 'swimmer', 'skier', 'lawmaker', 'legislator', 'mp', 'politician', 'activist',
  'journalist', 'reporter', 'author', 'novelist', 'writer', 'actor', 'actress', 'singer', 'rapper', 'star', 'champion',
  'tycoon', 'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'scientist', 'researcher', 'engineer', 'lawyer',
  'diplomat', 'negotiator', 'dissident', 'investor', 'banker', 'filmmaker', 'director', 'artist', 'historian', 'opposition',
  'candidate', 'nominee', 'challenger', 'incumbent', 'frontrunner', 'front-runner', 'contender',
  // ("his Azerbaijani counterpart, Elnur Mammadov")
  'counterpart', 'counterparts',
]);
/** Lowercase words inside a title between a country and a name: "Russia's foreign ministry spokeswoman, ...". */
const OFFICE_WORDS = new Set(['of', 'central', 'bank', 'foreign', 'policy', 'deputy', 'ministry', 'department', 'office']);
/** Words after a role that continue an appositive rather than the sentence: "the lawmaker who ...", "the lawmaker from ...". */
const APPOSITIVE_GOES_ON = new Set(['who', 'whose', 'from', 'for', 'of', 'at', 'with', 'in', 'behind']);

/** A country-modifier before a title and a person ("Italian Foreign Minister Carla Bettini", "Japan's ..."). */
function isModifier(tokens: readonly Token[], lower: readonly string[], m: MentionRef, personStarts: ReadonlySet<number>, hi: number, personEnds?: ReadonlySet<number>): boolean {
  if (m.entity.type === 'PERSON') return false;
  // "Marco Ferri, Italy's foreign minister, ...", "Marco Ferri, the Italian foreign minister, ...":
  // the country of an apposition to a named person
  {
    let j = m.start - 1;
    if (j >= 0 && lower[j] === 'the') j--;
    if (j >= 1 && tokens[j]!.text === ',' && personEnds?.has(j)) {
      let k = m.end;
      if (lower[k] === "'s" || lower[k] === "'") k++;
      let titled = false;
      for (; k < hi && k < m.end + 6; k++) {
        if (isTitleWord(tokens[k]!.text) || ROLE_NOUNS.has(lower[k]!)) titled = true;
        else if (!(lower[k] === 'foreign' || lower[k] === 'deputy' || lower[k] === 'defence' || lower[k] === 'defense' || lower[k] === 'of' || isCap(tokens[k]!.text))) break;
      }
      // the appositive may go on after the role: "the Danish lawmaker steering the bill,"
      if (titled && (k >= hi || tokens[k]!.kind === 'punct' || APPOSITIVE_GOES_ON.has(lower[k]!) || /ing$/.test(lower[k]!))) return true;
    }
  }
  // "Richard Durbin of Illinois": a person's state, city or country
  if (m.start >= 2 && lower[m.start - 1] === 'of' && personEnds?.has(m.start - 1)) return true;
  // "the UN envoy for Varnia, Ingrid Moe,", "ambassador to France Jean Roux": the place an office is
  // for, when a name follows
  // ("the emir of Qatar, Sheikh Tamim bin Hamad,": also after "of", and with an honorific first)
  const named = personStarts.has(m.end) || (tokens[m.end]?.text === ',' && (personStarts.has(m.end + 1) || (isTitleWord(tokens[m.end + 1]?.text ?? '') && personStarts.has(m.end + 2))));
  if (m.start >= 2 && (lower[m.start - 1] === 'for' || lower[m.start - 1] === 'to' || lower[m.start - 1] === 'of') && isTitleWord(tokens[m.start - 2]!.text) && named) return true;
  // "an Ohio Republican", "the London-based institute": a place used as an adjective
  const before = lower[m.start - 1];
  if ((before === 'an' || before === 'a') && m.end < hi && (isCap(tokens[m.end]!.text) || tokens[m.end]!.text === '-')) return true;
  // "a Paris court", "an Ankara prosecutor": after "a" a place names where its noun sits, not who acts
  if ((before === 'an' || before === 'a') && m.entity.type === 'LOC' && m.end < hi && tokens[m.end]!.kind === 'word' && !isCap(tokens[m.end]!.text) && !POSS.has(lower[m.end]!)) return true;
  let k = m.end;
  if (lower[k] === "'s" || lower[k] === '’s' || lower[k] === 's' || lower[k] === "'" || lower[k] === '’') k++;
  if (lower[k] === 's') k++;
  const start = k;
  let comma = false;
  for (; k < hi && k < start + 7; k++) {
    // "South Africa's Cyril Ramaphosa hosted ...": a possessive right before the name says whose
    // leader he is, as a title between them would ("in Kenya William Ruto said" has none)
    if (personStarts.has(k)) return k > start || possessiveBefore(lower, start);
    // "Italy's foreign minister, Marco Ferri, ..."
    // ("Qatar's prime minister, Sheikh Mohammed ...": an honorific or title may open the name's apposition)
    if (tokens[k]!.text === ',' && !comma && k > start && (personStarts.has(k + 1) || (isTitleWord(tokens[k + 1]?.text ?? '') && personStarts.has(k + 2)))) { comma = true; continue; }
    const w = tokens[k]!.text;
    // ("The United Nations envoy for Varnia, Ingrid Moe": the office's "for"/"to" goes on to its place)
    const officeFor = (lower[k] === 'for' || lower[k] === 'to') && k > start && isTitleWord(tokens[k - 1]!.text);
    if (!(isCap(w) || isTitleWord(w) || ROLE_NOUNS.has(lower[k]!) || officeFor || OFFICE_WORDS.has(lower[k]!) || lower[k] === '-' || (k === start && portfolioWord(tokens, lower, k)))) return false;
  }
  return false;
}

/** The token before `k` is a possessive ending ("'s", "’s", or a bare apostrophe after a plural). */
function possessiveBefore(lower: readonly string[], k: number): boolean {
  const w = lower[k - 1];
  return w === "'s" || w === '’s' || w === "'" || w === '’' || (w === 's' && (lower[k - 2] === "'" || lower[k - 2] === '’'));
}

/**
 * "Swedish climate minister Romina Pourmokhtari": a lower-case word naming a portfolio between the
 * country and the title. Not a verb ("Russia accused minister X"): no -ed, -ing or -s, no lexicon verb.
 */
export function portfolioWord(tokens: readonly Token[], lower: readonly string[], k: number): boolean {
  const w = lower[k]!;
  const next = tokens[k + 1];
  return /^[a-z]+$/.test(tokens[k]!.text) && !/(ed|ing|s)$/.test(w) && !verbEntry(w) && !lightVerb(w) && !AUX.has(w) && !!next && (isTitleWord(next.text) || ROLE_NOUNS.has(lower[k + 1]!));
}

/**
 * A place inside an organisation's name or used as its modifier: "the University of Lagos",
 * "the Central Bank of Nigeria" (a capitalised word before "of"), "the Kenya Red Cross" (an
 * organisation right after it).
 */
function partOfName(tokens: readonly Token[], lower: readonly string[], m: MentionRef, mentions: readonly MentionRef[]): boolean {
  if (m.entity.type === 'ORG') return false;
  // ("Presidents of Kenya, Uganda and Tanzania": a plural title is a title too)
  const before = tokens[m.start - 2]?.text ?? '';
  if (m.start >= 2 && lower[m.start - 1] === 'of' && isCap(before) && !isTitleWord(before) && !isTitleWord(before.replace(/s$/, '')) && !mentions.some((o) => o.end === m.start - 1)) return true;
  return mentions.some((o) => o !== m && o.start === m.end && o.entity.type === 'ORG');
}

/** "a referendum on EU membership", "talks about the Iran deal": a name modifying the topic noun of a phrase. */
function topicModifier(tokens: readonly Token[], lower: readonly string[], m: MentionRef, hi: number): boolean {
  if (m.entity.type !== 'LOC' && m.entity.type !== 'ORG') return false;
  let k = m.start - 1;
  if (k >= 0 && DET.has(lower[k]!)) k--;
  if (k < 0 || !TOPIC_PREP.has(lower[k]!)) return false;
  const nx = tokens[m.end];
  if (m.end >= hi || !nx || nx.kind !== 'word' || isCap(nx.text)) return false;
  const w = lower[m.end]!;
  return !AFTER_PLACE_OK.has(w) && !AUX.has(w) && !FINITE.has(w) && !/(ed|ing)$/.test(w) && !verbEntry(w) && !lightVerb(w) && !SPEECH.has(w);
}
/**
 * The verb phrase before ", <verb>ing" when that verb is a trigger of the same clause
 * ("expelled 45 Russian diplomats on Wednesday, accusing them"): from the earlier verb up to the
 * comma, which holds its object and no participant of the participle.
 */
export function participleLead(tokens: readonly Token[], lower: readonly string[], tr: Trigger, all: readonly Trigger[], lo: number): [number, number] | null {
  if (tr.nominal || !lower[tr.start]!.endsWith('ing') || tr.start - 1 <= lo || tokens[tr.start - 1]!.text !== ',') return null;
  const prev = [...all].reverse().find((o) => o !== tr && !o.nominal && o.end <= tr.start - 1 && o.start >= lo);
  return prev ? [prev.start, tr.start] : null;
}

/**
 * "Protesters marched on Congress demanding the president's resignation": after a protest verb a
 * participle with no comma tells what the marchers do; the march's goal ("Congress") is no one who
 * demands, though the march's place is the demand's ("in Lima"). Returns [the protest verb, the
 * participle), or null. (After other verbs a bare participle may describe the object: "arrested
 * protesters demanding reforms".) Only with no word of another clause between the two.
 */
function marchersParticiple(tokens: readonly Token[], lower: readonly string[], tr: Trigger, all: readonly Trigger[], lo: number): [number, number] | null {
  if (tr.nominal || !lower[tr.start]!.endsWith('ing') || tr.start - 1 <= lo || tokens[tr.start - 1]!.kind !== 'word') return null;
  const prev = [...all].reverse().find((o) => o !== tr && !o.nominal && o.end <= tr.start - 1 && o.start >= lo);
  // (a goal or a place, not an object: "protesting a German court ruling accusing Iran" has the
  // ruling accuse)
  if (!prev || prev.type !== 'PROTEST' || tr.start - prev.end > 8 || !MARCH_GOAL_PREP.has(lower[prev.end] ?? '')) return null;
  for (let k = prev.end; k < tr.start; k++) if (tokens[k]!.kind !== 'word' || OTHER_CLAUSE_WORDS.has(lower[k]!)) return null;
  return [prev.start, tr.start];
}
/**
 * The other side of `marchersParticiple`: "Thousands rallied outside the Kremlin calling for
 * Navalny's release": the participle is the marchers' own act, so what it asks for (or about)
 * takes no part in the march itself. Returns [the participle's start, the region's end], or null.
 */
function marchersOwnParticiple(tokens: readonly Token[], lower: readonly string[], tr: Trigger, all: readonly Trigger[], lo: number, hi: number): [number, number] | null {
  if (tr.nominal || tr.type !== 'PROTEST') return null;
  const next = all.find((o) => o !== tr && o.start > tr.end && o.start < hi && !o.nominal);
  if (!next) return null;
  const hole = marchersParticiple(tokens, lower, next, all, lo);
  return hole && hole[0] === tr.start ? [next.start, hi] : null;
}
/**
 * "Kenyan police fired tear gas at hundreds of students protesting outside parliament": a
 * participle right after a plural noun, with no comma, is a relative on that noun, whose people act;
 * what stands before their noun phrase (the police who fire) takes no part. Returns [the clause
 * start, the start of that noun phrase), or null.
 */
function beforeParticipleNoun(tokens: readonly Token[], lower: readonly string[], tr: Trigger, lo: number): [number, number] | null {
  const n = tr.start - 1;
  // ("the African guests attending the conference": a participle with its event noun is one
  // nominal trigger whose head is the participle)
  if ((tr.nominal && tr.head !== tr.start) || !lower[tr.start]!.endsWith('ing') || n <= lo || tokens[n]!.kind !== 'word' || isCap(tokens[n]!.text)) return null;
  const w = lower[n]!;
  if (!(PEOPLE_PLURALS.has(w) || (/[^s]s$/.test(w) && w.length > 4 && !verbEntry(w) && !lightVerb(w) && !SPEECH.has(w) && !AUX.has(w)))) return null;
  let start = objectPhraseStart(tokens, lower, n, lo);
  // ("hundreds of students", "thousands of workers")
  if (lower[start - 1] === 'of' && start - 2 >= lo && QUANTITY_NOUNS.has(lower[start - 2]!)) start = nounPhraseStart(tokens, lower, start - 2, lo);
  // ("WFP ... were two of the organisations appealing": a predicate noun is the subject's; "with
  // both sides agreeing", "the two sides": sides named before)
  let predicate = false;
  for (let j = start - 1; j >= lo && j >= start - 5 && tokens[j]!.kind === 'word'; j--) if (COPULAS.has(lower[j]!)) predicate = true;
  if (predicate || w === 'sides' || lower[start] === 'both') return null;
  // ("Leaders of Chinese and Russian oil companies attending the meeting were optimistic": with no
  // verb before it the noun phrase is the subject's own, and what it names takes part)
  if (!lower.slice(lo, start).some((x) => FINITE.has(x) || AUX.has(x) || !!verbEntry(x))) return null;
  return start > lo ? [lo, start] : null;
}
/**
 * The noun phrase ending at n, but not past the clause's verb: in "Li Qiang welcomed delegates
 * attending" a bare plural object has no determiner to stop at, and a past verb of the lexicon
 * with no determiner before it in the phrase is the verb whose object the phrase is.
 */
function objectPhraseStart(tokens: readonly Token[], lower: readonly string[], n: number, lo: number): number {
  const start = nounPhraseStart(tokens, lower, n, lo);
  for (let j = n - 1; j >= start; j--) {
    if (DETERMINERS.has(lower[j]!)) break;
    if (/ed$/.test(lower[j]!) && !isCap(tokens[j]!.text) && !!verbEntry(lower[j]!)) return j + 1;
  }
  return start;
}
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'became', 'become', 'remain', 'remained']);
const PEOPLE_PLURALS = new Set(['people', 'men', 'women', 'children', 'youths', 'residents', 'villagers']);
const QUANTITY_NOUNS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions', 'group', 'crowd', 'crowds', 'number']);
const MARCH_GOAL_PREP = new Set(['on', 'to', 'in', 'outside', 'through', 'towards', 'toward', 'near', 'at', 'past', 'into', 'across', 'along', 'around']);
const OTHER_CLAUSE_WORDS = new Set(['and', 'but', 'who', 'which', 'that', 'as', 'while', 'when', 'after', 'before']);

/**
 * "and set a trial date", "and scheduled a hearing": after "and" a past verb whose object is a thing
 * with a date of its own opens a verb phrase whose time is that object's. Other second verbs share
 * the first one's adjuncts ("killed two civilians and injured a child in Helmand province").
 */
export function secondVerbPhrase(lower: readonly string[], and: number): boolean {
  const v = lower[and + 1] ?? '';
  const pastVerb = (FINITE.has(v) && !AUX.has(v)) || IRREGULAR_PAST.has(v) || (/ed$/.test(v) && v.length > 4);
  if (lower[and] !== 'and' || !pastVerb || !OBJECT_DETERMINERS.has(lower[and + 2] ?? '')) return false;
  for (let k = and + 3; k <= and + 5; k++) if (DATED_OBJECTS.has(lower[k] ?? '')) return true;
  return false;
}
const IRREGULAR_PAST = new Set(['set', 'put', 'fixed', 'scheduled', 'called', 'announced', 'gave', 'named']);
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'new', 'fresh']);
/** Objects that carry a date of their own: "a trial date in January", "a hearing for March 3". */
const DATED_OBJECTS = new Set(['date', 'deadline', 'hearing', 'trial', 'timetable', 'schedule', 'vote', 'referendum', 'election', 'elections', 'sentencing']);

const TOPIC_PREP = new Set(['on', 'of', 'about', 'over', 'regarding', 'concerning']);

/**
 * "was detained in Batumi", "positions outside Bakhmut": a name right after "in", "near",
 * "outside" (over a "the") names where something is, whatever type the name tagger gave it (a
 * town taken for an organisation or a person is still no actor or target). "at" is left out: "fired
 * at police" names a target.
 */
export function afterPlacePreposition(lower: readonly string[], m: MentionRef, lo: number): boolean {
  let k = m.start - 1;
  if (k >= lo && lower[k] === 'the') k--;
  return k >= lo && PLACE_ONLY_PREP.has(lower[k]!);
}
const PLACE_ONLY_PREP = new Set(['in', 'near', 'outside', 'inside', 'throughout']);

/**
 * "at the US embassy in Baghdad", "outside the Israeli consulate": the country an embassy is
 * named after is the state it represents, not where it stands; the embassy's city is the place.
 */
function sendsEmbassy(lower: readonly string[], m: MentionRef): boolean {
  const next = lower[m.end] ?? '';
  return (next === 'embassy' || next === 'consulate' || next === 'embassies' || next === 'consulates') && !!countryOfName(m.entity.name);
}

/** Sites named after a place of their own that no one owns: "the Litoral prison", "the Serena hotel". */
const NAMED_SITES = new Set(['prison', 'jail', 'stadium', 'hotel', 'airport', 'station', 'camp', 'square', 'market', 'mosque', 'church', 'cathedral', 'temple', 'synagogue', 'hospital']);

/**
 * An organisation whose name is a site's ("the Port of Santos", "Heathrow Airport", "Jomo
 * Kenyatta International Airport"): after "at", "in", "outside" it is where something happened,
 * the operator taking no part ("went on strike at the Port of Santos"); elsewhere it may act
 * ("Heathrow Airport cancelled flights").
 */
export function siteByItsName(m: MentionRef): boolean {
  return m.entity.type === 'ORG' && (/^Port of [A-Z]/.test(m.entity.name) || /\s(?:Airport|Airfield|Air Base|Harbour|Harbor|Stadium)$/.test(m.entity.name));
}

/**
 * "rioted at the Litoral prison": a name before a site noun after "at" (or "in", "outside",
 * "from") names where it happened, no actor. Embassies, headquarters and factories are left out: "protested at
 * the US embassy" is a protest against the United States.
 */
function namedSiteAt(lower: readonly string[], m: MentionRef, lo: number): boolean {
  if (m.entity.type === 'PERSON' || !(NAMED_SITES.has(lower[m.end] ?? '') || siteByItsName(m))) return false;
  let k = m.start - 1;
  if (k >= lo && lower[k] === 'the') k--;
  // ("freed 90 prisoners from the Ofer jail", "fired from the Jabalia camp": where from, no actor either)
  return k >= lo && (lower[k] === 'at' || lower[k] === 'from' || PLACE_ONLY_PREP.has(lower[k]!));
}

/** Heads of a leader's people: "supporters of Morales", "loyalists of the former president". */
const FOLLOWER_HEADS = new Set(['supporters', 'followers', 'loyalists', 'sympathisers', 'sympathizers', 'partisans', 'fans', 'backers', 'admirers', 'devotees']);

/**
 * "Supporters of Evo Morales blocked roads", "Thousands of supporters of Bolsonaro gathered": the
 * name after "of" a noun of followers is whom they follow, not who acts (he may not be there, and
 * the act is theirs).
 */
function followersOf(lower: readonly string[], m: MentionRef, mentions: readonly MentionRef[]): boolean {
  // ("Thousands of Bolsonaro supporters gathered": a person's name right before the followers' noun
  // is whom they follow, as after "supporters of"; a party's supporters act for it, "Hamas
  // supporters clashed with Fatah supporters", as CAMEO codes them)
  if (FOLLOWER_HEADS.has(lower[m.end] ?? '') && m.entity.type === 'PERSON') return true;
  // ("clashes between supporters of BNP and AL": each leader of a coordination)
  if ((lower[m.start - 1] === 'and' || lower[m.start - 1] === ',') && mentions.some((o) => o.end === m.start - 1 && o !== m && followersOf(lower, o, mentions))) return true;
  // ("followers of the cleric Moqtada al-Sadr", "supporters of former president Bolsonaro": a
  // determiner and the leader's title may stand between)
  // (read before the clause's region too: the region of "Supporters of the president marched"
  // may start at "the president")
  let k = m.start - 1;
  while (k > 0 && k >= m.start - 4 && (FOLLOWED_TITLES.has(lower[k]!) || isTitleWord(lower[k]!) || ROLE_NOUNS.has(lower[k]!))) k--;
  // ("members and supporters of the Russian Communist Party": members act for their party)
  return k >= 1 && lower[k] === 'of' && FOLLOWER_HEADS.has(lower[k - 1]!) && lower[k - 2] !== 'and' && lower[k - 2] !== 'or';
}
/** Words before a leader's name after "supporters of" besides titles. */
const FOLLOWED_TITLES = new Set(['the', 'former', 'ex', 'jailed', 'exiled', 'ousted', 'late', 'cleric', 'preacher', 'populist', 'leftist', 'rightist', 'opposition']);

/**
 * "will visit Ankara on Friday to meet Erdogan": the place right after a visit verb is where the
 * visitor goes; it takes no part in another event of the sentence (the visit's own place is taken
 * by placeOf before participants are read).
 */
export function visitedPlace(lower: readonly string[], m: MentionRef, lo: number): boolean {
  return m.entity.type === 'LOC' && m.start - 1 >= lo && VISIT_FORMS.has(lower[m.start - 1]!);
}
const VISIT_FORMS = new Set(['visit', 'visits', 'visited', 'visiting', 'toured', 'tour', 'tours', 'touring']);

/**
 * A mention that the clause holds but that acts for no one there: inside a hole, in the dateline,
 * the event's place, part of a name, a topic, or a place naming another event noun.
 */
function outsideActors(tokens: readonly Token[], lower: readonly string[], region: Region, m: MentionRef, mentions: readonly MentionRef[], placeMention: MentionRef | null, datelineEnd: number, statesTakePart = false): boolean {
  if (!inRegion(region, m.start, m.end)) return true;
  if (region.argHoles?.some(([x, y]) => m.start < y && m.end > x)) return true;
  if (region.partyHoles?.some(([x, y]) => m.start < y && m.end > x)) return true;
  if (m.start < datelineEnd) return true;
  if (placeMention && m.start === placeMention.start) return true;
  if (m.entity.type !== 'PERSON' && partOfName(tokens, lower, m, mentions)) return true;
  if (topicModifier(tokens, lower, m, region.hi)) return true;
  if (afterPlacePreposition(lower, m, region.lo)) return true;
  if (!statesTakePart && stateOfTown(lower, m, mentions, placeMention, region.lo)) return true;
  if (namedSiteAt(lower, m, region.lo)) return true;
  if (visitedPlace(lower, m, region.lo)) return true;
  if (followersOf(lower, m, mentions)) return true;
  // "signs a pact during Hanoi visit", "at the Geneva talks": a place naming another event noun
  // locates that event (after a determiner or a preposition, so that "Coravia bans ..." stays a subject)
  if (m.entity.type === 'LOC' && m.end < region.hi && m.end !== region.noun && nounEntry(lower[m.end]!) && !isCap(tokens[m.end]!.text) && m.start > 0 && (DETERMINERS.has(lower[m.start - 1]!) || PREPOSITIONS.has(lower[m.start - 1]!))) return true;
  // "Gaza ceasefire talks resumed", "held Gaza aid talks": a place before a singular event noun
  // that modifies the trigger's noun is where that other act (the ceasefire, the aid) would be, the
  // talks' topic, not a party to them ("Kenya trade talks" and "Iran nuclear talks" keep theirs:
  // "trade" and "nuclear" are no event nouns; "Coravia bans talks" has a plural verb-like word)
  if (ceasefirePlaceBeforeNoun(tokens, lower, m, region.noun ?? -1)) return true;
  // "New Taiwan dollars", "the Songhua River": a currency's or a landform's name acts for no one
  return CURRENCIES.has(lower[m.end] ?? '') || NO_ACTOR_HEADS.has(m.entity.name.split(' ').pop()!);
}

/** A place, then a lowercase singular event noun, then the trigger's own noun: "Gaza ceasefire talks". */
function ceasefirePlaceBeforeNoun(tokens: readonly Token[], lower: readonly string[], m: MentionRef, noun: number): boolean {
  if (m.entity.type !== 'LOC' || noun < 0 || m.end + 1 !== noun) return false;
  const w = tokens[m.end];
  return !!w && w.kind === 'word' && !isCap(w.text) && !/s$/.test(lower[m.end]!) && !!nounEntry(lower[m.end]!);
}

/**
 * "met in Belem, Brazil, on Monday", "held in Da Nang, Vietnam": a place after the comma that
 * follows the event's place (or a place after "in"/"near"...) is the state of that town, part of
 * where it happened, not a party to it.
 */
// ("In Jenin, Israeli soldiers raided ...", "in Helsinki, Russia agreed to ...": a name before its
// clause's verb is the subject, no state; the state is followed by punctuation or a relative)
// ("in Africa, South Africa earlier this week hosted": only punctuation or a relative pronoun)
const AFTER_STATE = new Set([',', '.', ';', ')', 'that', 'which', 'where']);
function stateOfTown(lower: readonly string[], m: MentionRef, mentions: readonly MentionRef[], placeMention: MentionRef | null, lo: number): boolean {
  if (m.entity.type !== 'LOC' || lower[m.start - 1] !== ',' || !AFTER_STATE.has(lower[m.end] ?? '.') || countryOfDemonym(m.entity.name)) return false;
  const town = placeMention && placeMention.end === m.start - 1 ? placeMention : mentions.find((o) => o.end === m.start - 1 && o.entity.type === 'LOC');
  return !!town && (town === placeMention || afterPlacePreposition(lower, town, lo));
}

/** Verbs of people or vehicles moving in numbers: "drove tractors into central Brussels". */
const CROWD_MOTION = new Set(['drove', 'driven', 'driving', 'marched', 'marching', 'poured', 'pouring', 'streamed', 'streaming', 'flocked', 'flooded', 'swarmed', 'converged', 'gathered', 'gathering', 'massed', 'descended']);

/**
 * "into" at k after a verb of a crowd moving, within four words ("drove tractors into central
 * Brussels", "marched into the capital"): where they went is a place, not an actor. "into" in
 * general is no locative: "a probe into the killing", "fired rockets into Israel" (a target).
 */
function crowdMovesInto(lower: readonly string[], k: number, lo: number): boolean {
  if (lower[k] === 'on' || lower[k] === 'to') return crowdMovesOnOrTo(lower, k, lo);
  if (lower[k] !== 'into') return false;
  for (let j = k - 1; j >= lo && j >= k - 4; j--) if (CROWD_MOTION.has(lower[j]!)) return true;
  return false;
}

/**
 * "marched on Islamabad", "converged on Brussels", "marched to the capital": the town a crowd
 * moves on or to is where it protests, not a target. "on" only right after the verb (else it is
 * a date's: "marched peacefully on Sunday"); "to" a word or two after ("drove tractors to Paris").
 */
function crowdMovesOnOrTo(lower: readonly string[], k: number, lo: number): boolean {
  const reach = lower[k] === 'on' ? 1 : 3;
  for (let j = k - 1; j >= lo && j >= k - reach; j--) if (CROWD_MOTION.has(lower[j]!)) return true;
  return false;
}

/**
 * Who aid sent "to" a place goes to: a country or a body ("aid to Sudan", "loans to Ukraine"). A
 * town or a region is where the aid goes ("send relief supplies to Sylhet"), no recipient acting.
 */
function receivesAid(m: MentionRef): boolean {
  return m.entity.type !== 'LOC' || !!countryOfName(m.entity.name) || /\b(?:Republic|Kingdom|Federation)$/.test(m.entity.name);
}

const ENVOY_NOUNS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomats', 'diplomat']);
const OWN_DETERMINERS = new Set(['its', 'their', 'his', 'her']);

/** A place (or a demonym's country) that the clause uses as a location, not as an actor. */
function placeAsLocation(tokens: readonly Token[], lower: readonly string[], region: Region, m: MentionRef, mentions: readonly MentionRef[]): boolean {
  // a place after a locative preposition is a location, not an actor
  // (not the state that sends an embassy: "protested at the US embassy" is against the US)
  if (sendsEmbassy(lower, m)) return false;
  let k = m.start - 1;
  while (k >= region.lo && k >= m.start - 5 && !LOCATIVE.has(lower[k]!) && lower[k] !== 'to' && (tokens[k]!.kind === 'word' || POSS.has(lower[k]!) || placeNounApposition(tokens, lower, k, m.start)) && (!PREP.has(lower[k]!) || (lower[k] === 'with' && (lower[k - 1] === 'border' || lower[k - 1] === 'frontier'))) && (!isCap(tokens[k]!.text) || POSS.has(lower[k + 1]!) || isPlaceAdjective(tokens[k]!.text)) && lower[k] !== 'and') k--;
  // ("recalled its ambassador to Washington": the subject's own envoy's "to" names the state he is
  // sent to, a party; not a title, "Former Cambodian Ambassador to Germany", nor another state's
  // envoy, "summoned Beijing's ambassador to Manila", whose "to" is the subject's own capital)
  if (k - 2 >= region.lo && lower[k] === 'to' && ENVOY_NOUNS.has(lower[k - 1]!) && OWN_DETERMINERS.has(lower[k - 2]!)) return false;
  if (k >= region.lo && (LOCATIVE.has(lower[k]!) || (lower[k] === 'to' && !(region.recipientTo && receivesAid(m))) || crowdMovesInto(lower, k, region.lo))) return true;
  // "in Iraq and Afghanistan", "in the south and Manila": the second of two places after a locative
  // ("in Ravello, Porto Lune and Casteldoro": a comma in a list that goes on with "and"; a bare
  // "in Helmand, Afghanistan" is no list and stays as it was)
  if (k > region.lo && (lower[k] === 'and' || (lower[k] === ',' && listGoesOn(tokens, lower, m.end, region.hi))) && locativeConjunct(tokens, lower, k, region.lo)) return true;
  // "in Puerto Alto, Costa Brava's largest port": a description apposed to a place says where
  // that place is, and its possessor acts for no one (a bare "in Helmand, Afghanistan" is
  // left as it was: WikiEvents counts such a country as the event's place argument)
  if (m.start >= 2 && tokens[m.start - 1]!.text === ',' && POSS.has(lower[m.end] ?? '') && mentions.some((o) => o.end === m.start - 1 && o.entity.type === 'LOC' && locativeBefore(lower, o.start, region.lo))) return true;
  // "withdrew from Halvik", "the withdrawal of fighters from the city of Halvik": the place left is no actor
  // ("march from Belgrade to Kragujevac": where a route starts is a place too)
  // ("called Erdogan on Monday from Berlin": where a caller was is no participant either)
  if (k > region.lo && lower[k] === 'from' && (leftFrom(tokens, lower, k, region.lo) || routeFrom(tokens, lower, m.end, region.hi) || calledFrom(tokens, lower, k, region.lo))) return true;
  // "Hallein, south of Salzburg": a place that locates another is no actor
  if (m.start >= 2 && lower[m.start - 1] === 'of' && DIRECTIONS.has(lower[m.start - 2]!)) return true;
  return examplePlace(tokens, lower, region, m);
}

/** Nouns of a stretch of land or a way between two places: "an area between X and Y", "the road between". */
const STRETCHES = new Set(['area', 'areas', 'road', 'highway', 'border', 'frontier', 'region', 'corridor', 'route', 'stretch', 'zone', 'line', 'towns', 'villages', 'cities']);

/**
 * The mention is one end of a stretch: "between" before it over place words, names and "and"
 * ("between the towns of Khan Younis and Deir el-Ballah"), with a noun of STRETCHES before it.
 */
function betweenPlaces(tokens: readonly Token[], lower: readonly string[], region: Region, m: MentionRef): boolean {
  // back over the list ("the towns of Khan Younis and"), place words and names only
  let k = m.start - 1;
  while (k > region.lo && k >= m.start - 10 && lower[k] !== 'between' && (isCap(tokens[k]!.text) || PLACE_FILLERS.has(lower[k]!) || lower[k] === 'and' || lower[k] === ',')) k--;
  return k > region.lo && lower[k] === 'between' && STRETCHES.has(lower[k - 1]!);
}

/** Plural place nouns a list of examples may follow: "in other regions and cities, such as ...". */
// (not "countries", "states", "nations": "leaders of several countries, including France" act for them)
const PLACE_PLURALS = new Set(['cities', 'towns', 'regions', 'provinces', 'areas', 'villages', 'districts', 'capitals', 'places', 'parts', 'neighbourhoods', 'neighborhoods', 'suburbs']);

/**
 * "were held in other regions and cities, such as St. Petersburg, Kirov and Tula": names after
 * "such as" or "including" that follow a plural place noun are examples of those places, none an
 * actor. Looks back from the mention over the list (names, commas, "and") to "such as" /
 * "including", then at most two words back to the place noun.
 */
function examplePlace(tokens: readonly Token[], lower: readonly string[], region: Region, m: MentionRef): boolean {
  let k = m.start - 1;
  // (the full stop of "St. Petersburg" too)
  while (k > region.lo && (isCap(tokens[k]!.text) || lower[k] === ',' || lower[k] === 'and' || lower[k] === '.')) k--;
  let head = -1;
  if (lower[k] === 'as' && lower[k - 1] === 'such') head = k - 2;
  else if (lower[k] === 'including') head = k - 1;
  if (head < region.lo) return false;
  if (lower[head] === ',') head--;
  return head >= region.lo && (PLACE_PLURALS.has(lower[head]!) || PLACE_PLURALS.has(lower[head - 1] ?? ''));
}

/** The entity a mention acts for, or null: a demonym ("Russian") acts for its country, other MISC for no one. */
function actorEntity(m: MentionRef, countryEntity: (e: Entity) => Entity): Entity | null {
  const e = m.entity;
  if (e.type !== 'MISC') return e;
  return countryOfDemonym(e.name) ? countryEntity(e) : null;
}

/**
 * The subject of a relative clause is its antecedent: "Anton Breyer, who is due to visit Berlin"
 * ("The African Union, which brokered the truce": "which" refers to an organisation or a country).
 */
function addAntecedent(lower: readonly string[], antecedent: number, mentions: readonly MentionRef[], ids: string[], positions: number[]): void {
  const which = lower[antecedent + 1] === 'which';
  const fits = (o: MentionRef) => o.entity.type === 'ORG' || (which ? o.entity.type === 'LOC' : o.entity.type === 'PERSON');
  const m = mentions.find((o) => o.end === antecedent && fits(o));
  if (!m) return;
  for (const o of [m, ...conjunctsBefore(lower, m, mentions, fits)]) {
    if (ids.includes(o.entity.id)) continue;
    ids.unshift(o.entity.id);
    positions.unshift(o.start);
  }
}

/**
 * The names joined to a mention by "and" or a list comma right before it: "Egypt and Saudi
 * Arabia, which mediated", "The United States and Britain, which carried out strikes": the
 * relative clause is about both, not only the name next to "which".
 */
function conjunctsBefore(lower: readonly string[], m: MentionRef, mentions: readonly MentionRef[], fits: (o: MentionRef) => boolean): MentionRef[] {
  const out: MentionRef[] = [];
  let cur = m;
  for (;;) {
    const sep = lower[cur.start - 1];
    if (sep !== 'and' && sep !== ',') break;
    // (a list comma only before a later "and": "Egypt, Qatar and Turkey")
    if (sep === ',' && out.length === 0 && cur === m) break;
    const prev = mentions.find((o) => o.end === cur.start - 1 && fits(o));
    if (!prev) break;
    out.push(prev);
    cur = prev;
  }
  return out;
}

/** The targets of the act a threat or a demand is about: "threatened to impose sanctions on Lithuania". */
function addTargets(tokens: readonly Token[], lower: readonly string[], target: [number, number], mentions: readonly MentionRef[], countryEntity: (e: Entity) => Entity, ids: string[], positions: number[]): void {
  const [x, y] = target;
  for (const m of mentions) {
    if (m.start < x || m.end > y || false) continue;
    if (!TARGET_PREP.has(lower[m.start - 1]!) && !(DET.has(lower[m.start - 1]!) && TARGET_PREP.has(lower[m.start - 2]!))) continue;
    // "a referendum on EU membership": a name used as a modifier is no target
    const nx = tokens[m.end];
    if (m.end < y && nx && nx.kind === 'word' && !isCap(nx.text) && !AFTER_PLACE_OK.has(lower[m.end]!)) continue;
    const e = actorEntity(m, countryEntity);
    if (!e) continue;
    if (!ids.includes(e.id)) {
      ids.push(e.id);
      positions.push(m.start);
    }
  }
}

// (the tests are functions of their own so that the JIT recompiles one of them, not the whole
// loop, when a rare branch is first reached)
export function participantsOf(
  tokens: readonly Token[],
  lower: readonly string[],
  region: Region,
  mentions: readonly MentionRef[],
  personStarts: ReadonlySet<number>,
  placeMention: MentionRef | null,
  countryEntity: (e: Entity) => Entity,
  datelineEnd: number,
  /**
   * The state after the event's town ("attacked Camp Shorabak in Helmand Province, Afghanistan")
   * stays a participant: an attack or fighting in a country is coded against it (its people), as
   * CAMEO codes it and WikiEvents counts it; a meeting's or a visit's state is only where it was.
   */
  statesTakePart = false,
): { ids: string[]; before: string[]; after: string[]; tr?: never } & { positions: number[] } {
  const ids: string[] = [];
  const positions: number[] = [];
  const personEnds = new Set<number>();
  const orgStarts = new Map<number, MentionRef>();
  for (const m of mentions) if (m.entity.type === 'PERSON') personEnds.add(m.end);
  for (const m of mentions) if (m.entity.type === 'ORG') orgStarts.set(m.start, m);
  const orgEnds = new Set<number>();
  for (const m of mentions) if (m.entity.type === 'ORG') orgEnds.add(m.end);
  for (const m of mentions) {
    if (m.start < region.lo) continue;
    if (m.start >= region.hi) break;
    if (outsideActors(tokens, lower, region, m, mentions, placeMention, datelineEnd, statesTakePart)) continue;
    const e = actorEntity(m, countryEntity);
    if (!e) continue;
    if ((e.type === 'LOC' || m.entity.type === 'MISC') && placeAsLocation(tokens, lower, region, m, mentions)) continue;
    if (isModifier(tokens, lower, m, personStarts, region.hi, personEnds)) continue;
    if (describesOrganisation(tokens, lower, m, orgStarts, region.hi)) continue;
    if (namesBranchOf(lower, m, orgEnds)) continue;
    if (employerOfIndividual(lower, m, region.lo)) continue;
    if (e.type !== 'LOC' && placeListMember(lower, m, mentions, region.lo)) continue;
    if (personPossessor(tokens, lower, m, region.hi)) continue;
    if (nonStateOwnedBy(tokens, lower, m, region.hi)) continue;
    // "in an area between Khan Younis and Deir el-Ballah": the ends of a stretch of land are
    // places, whatever type the name tagger gave them (countries may be sides: "the border
    // between Sudan and South Sudan")
    if (!countryOfName(m.entity.name) && betweenPlaces(tokens, lower, region, m)) continue;
    if (!ids.includes(e.id)) {
      ids.push(e.id);
      positions.push(m.start);
    }
  }
  if (region.antecedent !== undefined) addAntecedent(lower, region.antecedent, mentions, ids, positions);
  if (region.target) addTargets(tokens, lower, region.target, mentions, countryEntity, ids, positions);
  return { ids, before: [], after: [], positions };
}
const TARGET_PREP = new Set(['on', 'against']);

/** People who work at or use a body without speaking or acting for it. */
const INDIVIDUALS_OF = new Set([
  'employee', 'employees', 'worker', 'workers', 'supervisor', 'supervisors', 'staffer', 'staffers', 'customer', 'customers',
  'student', 'students', 'resident', 'residents', 'guard', 'guards', 'teacher', 'teachers', 'nurse', 'nurses', 'doctor', 'doctors',
  'engineer', 'engineers', 'driver', 'drivers', 'passenger', 'passengers', 'clerk', 'accountant', 'contractor', 'contractors',
  'trader', 'traders', 'analyst', 'analysts', 'researcher', 'researchers', 'professor', 'technician', 'technicians', 'patient', 'patients',
  'client', 'clients', 'shareholder', 'shareholders', 'volunteer', 'volunteers', 'inmate', 'inmates', 'pupil', 'pupils',
]);

/**
 * "A former customs supervisor at the Port of Rotterdam was sentenced", "an employee of Siemens was
 * arrested": the body someone works at or for is where the person is from; it takes no part in
 * what happens to or is done by that person. (Those who act for it stay: "officials from France",
 * "a spokesman for the ministry".)
 */
function employerOfIndividual(lower: readonly string[], m: MentionRef, lo: number): boolean {
  if (m.entity.type !== 'ORG') return false;
  let k = m.start - 1;
  if (k > lo && lower[k] === 'the') k--;
  if (k <= lo || !['at', 'of', 'for', 'with'].includes(lower[k]!)) return false;
  return INDIVIDUALS_OF.has(lower[k - 1]!);
}

/**
 * "Conti's party condemned the trial", "Reyes's lawyers said", "Putin's spokesman": a person who
 * owns the phrase's head does not act in its place (a country may: "Russia's army attacked" keeps
 * Russia).
 */
export function personPossessor(tokens: readonly Token[], lower: readonly string[], m: MentionRef, hi: number): boolean {
  if (m.entity.type !== 'PERSON' || !POSS.has(lower[m.end] ?? '') || m.end + 1 >= hi) return false;
  const head = tokens[m.end + 1]!;
  // (what a state owns, "Velmar's government", "X's army": the owner is a country the name tagger took for a person)
  return head.kind === 'word' && !isCap(head.text) && !STATE_HEADS.has(lower[m.end + 1]!);
}
/**
 * "Colombia's opposition backs ...", "the country's farmers": a place owning a head that is no
 * part of its state is not who acts ("France's government" and "Russia's army" are).
 */
export function placePossessorOfOthers(tokens: readonly Token[], lower: readonly string[], m: MentionRef, hi: number): boolean {
  if (m.entity.type !== 'LOC' || !POSS.has(lower[m.end] ?? '') || m.end + 1 >= hi) return false;
  const head = tokens[m.end + 1]!;
  return head.kind === 'word' && !isCap(head.text) && !STATE_HEADS.has(lower[m.end + 1]!) && !STATE_AGENTS.has(lower[m.end + 1]!);
}
/**
 * Bodies that act for themselves, not for the country that owns them in a phrase: unions,
 * opposition parties, companies, rebels.
 */
const NON_STATE_BODIES = new Set([
  'opposition', 'union', 'unions', 'federation', 'confederation', 'unionists', 'workers', 'farmers', 'teachers', 'doctors', 'nurses',
  'students', 'rebels', 'insurgents', 'militants', 'company', 'companies', 'firms', 'firm', 'bank', 'banks', 'lender', 'lenders',
  'airline', 'airlines', 'carrier', 'insurer', 'retailer', 'carmaker', 'automaker', 'producers', 'employers', 'exporters',
  // ("Iraq's warring parties" may include its government: the plural stays)
  'party', 'church', 'clergy', 'club', 'clubs', 'newspaper', 'newspapers', 'broadcaster', 'miners', 'truckers',
]);

/**
 * "Argentina's main labor federation called a strike", "Britain's biggest union", "Colombia's
 * opposition": a place owning such a body (after at most three lowercase modifiers) takes no part
 * in what the body does. The state's own bodies keep it ("Russia's army", "France's central bank",
 * "Ukraine's air force": a first word of the state's is checked first).
 */
function nonStateOwnedBy(tokens: readonly Token[], lower: readonly string[], m: MentionRef, hi: number): boolean {
  if (m.entity.type !== 'LOC' || !POSS.has(lower[m.end] ?? '')) return false;
  const first = m.end + 1;
  if (first >= hi || STATE_HEADS.has(lower[first]!) || STATE_AGENTS.has(lower[first]!) || lower[first] === 'state' || lower[first] === 'state-run' || lower[first] === 'state-owned') return false;
  for (let k = first; k < hi && k <= first + 3; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || isCap(t.text)) return false;
    // ("China's opposition to imposing a deadline": a stance of the country's, no body)
    if (NON_STATE_BODIES.has(lower[k]!)) return !(lower[k] === 'opposition' && lower[k + 1] === 'to');
  }
  return false;
}

/** Who else speaks or acts for a place: "Europe's leaders", "Japan's top diplomat". */
const STATE_AGENTS = new Set(['leaders', 'leader', 'officials', 'diplomats', 'diplomat', 'envoy', 'ambassador', 'minister', 'ministers', 'delegation', 'negotiators', 'spokesman', 'spokeswoman', 'regulators', 'regulator', 'lawmakers', 'legislators', 'senate', 'congress', 'state', 'top', 'chief', 'new', 'former', 'king', 'queen', 'national', 'finance', 'trade', 'health', 'economy', 'justice']);
const STATE_HEADS = new Set(['government', 'army', 'military', 'forces', 'troops', 'police', 'parliament', 'ministry', 'embassy', 'authorities', 'navy', 'regime', 'cabinet', 'central', 'foreign', 'defence', 'defense', 'interior', 'capital', 'border', 'president', 'prime']);

/**
 * "in Vila Alta and Santa Rosa": a name joined by "and"/"or" to a place after a locative is a place
 * too, whatever type the name tagger gave it; it takes no part in the event.
 */
function placeListMember(lower: readonly string[], m: MentionRef, mentions: readonly MentionRef[], lo: number): boolean {
  const k = m.start - 1;
  if (k <= lo || (lower[k] !== 'and' && lower[k] !== 'or')) return false;
  const o = mentions.find((x) => x.end === k && x.entity.type === 'LOC');
  return !!o && locativeBefore(lower, o.start, lo);
}

/** A locative preposition (or "to") right before a place, over a "the": "in Puerto Alto", "to the Hague". */
function locativeBefore(lower: readonly string[], at: number, lo: number): boolean {
  let k = at - 1;
  if (k >= lo && lower[k] === 'the') k--;
  return k >= lo && (LOCATIVE.has(lower[k]!) || lower[k] === 'to');
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'outside']);

/** Last words of landforms and of holidays and events, which act for no one: "the Songhua River", "the Spring Festival". */
const NO_ACTOR_HEADS = new Set([
  'River', 'Lake', 'Sea', 'Ocean', 'Mountains', 'Mountain', 'Valley', 'Strait', 'Canal', 'Desert', 'Peninsula', 'Bay', 'Plateau',
  'Glacier', 'Delta', 'Festival', 'Festivals', 'Day', 'Games', 'Olympics', 'Cup', 'Championship', 'Championships', 'Award', 'Awards',
  'Prize', 'Expo', 'Fair', 'Eve', 'Holiday', 'Marathon', 'Tournament',
]);

/**
 * The conjunct before "and" at k is a place phrase governed by a locative preposition: from k
 * back over place words and names to "in", "at", "near" ("in the south and Manila").
 */
function locativeConjunct(tokens: readonly Token[], lower: readonly string[], k: number, lo: number): boolean {
  for (let j = k - 1; j >= lo && j >= k - 5; j--) {
    const w = lower[j]!;
    // ("spread to Orvin and Tallemar": "to" governs a place as the first check in participantsOf has it)
    // ("will visit Warsaw and Vilnius": the places a visit's verb takes are where it goes, no actors)
    if (LOCATIVE.has(w) || w === 'to' || VISIT_FORMS.has(w)) return j < k - 1;
    if (!(PLACE_FILLERS.has(w) || isCap(tokens[j]!.text) || w === ',')) return false;
  }
  return false;
}

/**
 * "visited [the flooded] district of Buner", "shelled [the besieged] city of Mariupol": a
 * participle between a determiner and a place noun tells the state of the place, and the phrase
 * still names it.
 */
function stateOfPlace(lower: readonly string[], k: number): boolean {
  const w = lower[k]!;
  return w.length > 4 && w.endsWith('ed') && DET.has(lower[k - 1] ?? '') && PLACE_FILLERS.has(lower[k + 1] ?? '') && !DET.has(lower[k + 1]!) && lower[k + 1] !== 'of';
}

/**
 * A nationality adjective right before the noun of a visit, an attack, a deployment or aid names who
 * travels, strikes, deploys or gives ("An Israeli delegation is due to arrive in Cairo", "Russian
 * strikes on Kharkiv"), not where it happens.
 */
const ACTOR_NATIONALITY_TYPES = new Set(['VISIT', 'ASSAULT', 'FIGHT', 'MOBILIZE', 'AID']);
function nationalityOfActor(tokens: readonly Token[], m: MentionRef, tr: Trigger): boolean {
  return ACTOR_NATIONALITY_TYPES.has(tr.type) && m.end - m.start === 1 && isPlaceAdjective(tokens[m.start]!.text);
}

/** "the western Kenyan city of Kisumu": a nationality adjective inside a place phrase. */
function isPlaceAdjective(word: string): boolean {
  return isCap(word) && !!countryOfDemonym(word);
}

/** Buildings and sites a place name may modify: "Leeds railway station", "Kabul airport". */
const SITES = new Set(['station', 'airport', 'port', 'harbour', 'harbor', 'stadium', 'hospital', 'prison', 'jail', 'courthouse', 'court', 'tribunal', 'bridge', 'square', 'market', 'mosque', 'church', 'cathedral', 'temple', 'synagogue', 'hotel', 'university', 'campus', 'school', 'camp', 'base', 'checkpoint', 'embassy', 'consulate', 'headquarters', 'mall', 'plant', 'factory', 'refinery', 'mine', 'museum', 'zoo', 'park', 'terminal', 'docks']);

/** The word at k, or the one after it, is a site the place before k names: "Leeds [railway station]". */
function namesSiteIn(lower: readonly string[], k: number): boolean {
  return SITES.has(lower[k] ?? '') || (SITES.has(lower[k + 1] ?? '') && /^[a-z-]+$/.test(lower[k] ?? ''));
}

/**
 * "killed three Palestinians in a raid on Jenin": a town an attack is made on is where it happened
 * as well as what it struck. The participant place after "on" or "against", or right after an
 * attacking verb ("attacked Kharkiv"), that names no country (a country attacked is an actor's
 * target, not a pin on the map), or null.
 */
export function attackedPlace(lower: readonly string[], tr: Trigger, ids: readonly string[], mentions: readonly MentionRef[]): MentionRef | null {
  if (tr.type !== 'ASSAULT' && tr.type !== 'FIGHT') return null;
  for (const m of mentions) {
    if (m.entity.type !== 'LOC' || m.start < tr.end || !ids.includes(m.entity.id) || countryOfName(m.entity.name) || /\b(?:Republic|Kingdom|Federation)$/.test(m.entity.name)) continue;
    // ("the Kivu town of Sake", "the Red Sea port of Hodeidah": the first name only says where the town is)
    if (PLACE_FILLERS.has(lower[m.end] ?? '') && lower[m.end + 1] === 'of' && !DET.has(lower[m.end]!) && lower[m.end] !== 'of') continue;
    // (past the words of a place phrase: "an attack on [the town of] Goma")
    let k = m.start - 1;
    for (;;) {
      while (k >= tr.end && ((PLACE_FILLERS.has(lower[k]!) && lower[k] !== 'country') || stateOfPlace(lower, k))) k--;
      // ("struck [the Red Sea] port of Hodeidah": a place name that modifies a place noun)
      const modifier = k >= tr.end && PLACE_FILLERS.has(lower[k + 1] ?? '') ? mentions.find((o) => o.entity.type === 'LOC' && o.end === k + 1 && o.start >= tr.end) : undefined;
      if (!modifier) break;
      k = modifier.start - 1;
    }
    if (lower[k] === 'on' || lower[k] === 'against') return m;
    // "shelled Kharkiv", "attacked the town of Goma": the object town of a verb of armed attack
    // (a bare name after "attacked" may be a government: "attacked Washington for its arms sales")
    if (!tr.nominal && k === tr.end - 1 && tr.head === tr.end - 1 && (k < m.start - 1 || ARMED_ATTACK_VERBS.test(lower[tr.head]!) || armedSubjectBefore(lower, tr.start))) return m;
  }
  return null;
}

/** Verbs that attack with arms only: "shelled Kharkiv", "bombed Mogadishu", "stormed Ramallah". */
const ARMED_ATTACK_VERBS = /^(?:shell|bomb|raid|storm|invad|besieg|overr[au]n|pound|strafe)/;

/** Verbs of leaving whose "for" names where one goes: "a delegation ... left for New Delhi". */
const LEAVING = new Set(['left', 'leave', 'leaves', 'leaving', 'departed', 'depart', 'departs', 'departing', 'headed', 'heads', 'set']);

/** A verb of seizing or capturing ("seized the town of Goma", "captured Bakhmut"): its object place is where it happened. */
function seizesPlace(lower: readonly string[], tr: Trigger): boolean {
  return tr.type === 'FIGHT' && !tr.nominal && (lower[tr.head]!.startsWith('seiz') || lower[tr.head]!.startsWith('captur'));
}

export function placeOf(
  tokens: readonly Token[],
  lower: readonly string[],
  region: Region,
  mentions: readonly MentionRef[],
  tr: Trigger,
  datelineEnd: number,
): MentionRef | null {
  let after: MentionRef | null = null;
  let before: MentionRef | null = null;
  // ("rebels seized the town of Goma": a place taken is where the taking was, as a place visited)
  const reached = tr.type === 'VISIT' || seizesPlace(lower, tr);
  for (const m of mentions) {
    if (m.start < region.lo) continue;
    if (m.start >= region.hi) break;
    if ((m.entity.type !== 'LOC' && !siteByItsName(m)) || !inRegion(region, m.start, m.end) || m.start < datelineEnd) continue;
    if (region.argHoles?.some(([x, y]) => m.start < y && m.end > x) || inSceneHole(region, m.start)) continue;
    // "the Geneva meeting": a place naming the nominal trigger, inside the trigger's span
    // (not "an Israeli delegation", "Russian strikes", "Chinese aid": a nationality says whose)
    if (tr.noun >= 0 && m.end === tr.noun && nationalityOfActor(tokens, m, tr)) continue;
    if (tr.noun >= 0 && m.end === tr.noun && m.start > tr.start - 2) return m;
    if (tr.noun >= 0 && m.end === tr.noun && tr.noun === tr.head) return m;
    if (reached && m.start === tr.end && !tr.nominal) return m;
    if (sendsEmbassy(lower, m)) continue;
    let k = m.start - 1;
    let ok = false;
    for (; k >= region.lo && k >= m.start - 6; k--) {
      const w = lower[k]!;
      // ("a delegation ... left for New Delhi on Monday": where a visit's own verb leaves for is
      // where it goes; not another verb's, "visit the board before leaving for China")
      // ("took to the streets of Tbilisi": the town whose streets they are is where the protest was)
      if (LOCATIVE.has(w) || crowdMovesInto(lower, k, region.lo) || (w === 'of' && k === tr.end && lower[k - 1] === 'streets') || (reached && w === 'to') || (reached && w === 'for' && k - 1 >= tr.start && k - 1 < tr.end && LEAVING.has(lower[k - 1] ?? ''))) { ok = true; break; }
      if (placeNounApposition(tokens, lower, k, m.start)) continue;
      // ("seized control of Goma")
      if (reached && w === 'control' && k === tr.end) continue;
      // "visited the town of Hallein": what a visit's verb reaches through place words is where it was
      if (reached && !tr.nominal && k === tr.end - 1 && k > m.start - 6 && k < m.start - 1) { ok = true; break; }
      if ((!PLACE_FILLERS.has(w) && !POSS.has(w) && !(isCap(tokens[k]!.text) && POSS.has(lower[k + 1]!)) && !isPlaceAdjective(tokens[k]!.text) && !stateOfPlace(lower, k)) || (k >= tr.start && k < tr.end)) break;
    }
    if (!ok) continue;
    // "in Russia's Samara region": the possessor is less specific than the place it owns
    if (POSS.has(lower[m.end] ?? '') && mentions.some((o) => o.entity.type === 'LOC' && o.start > m.end && o.start <= m.end + 3)) continue;
    // "in a further US effort": a place used as an adjective is no place
    const nx = m.end < region.hi ? tokens[m.end]! : null;
    // ("outside Leeds railway station": a place naming a building or site in it is still where)
    if (nx && nx.kind === 'word' && !isCap(nx.text) && !namesSiteIn(lower, m.end) && !AFTER_PLACE_OK.has(lower[m.end]!) && !(m.start >= tr.end && countsTimeAgo(lower, m.end)) && !PLACE_FILLERS.has(lower[m.end]!) && !/(ed|ing)$/.test(lower[m.end]!) && !FINITE.has(lower[m.end]!) && !verbEntry(lower[m.end]!) && !lightVerb(lower[m.end]!) && !['went', 'go', 'goes', 'said', 'says'].includes(lower[m.end]!)) continue;
    // "called for a ceasefire in Sarnia", "urged both sides to return to talks in Doha": after an
    // appeal or a demand the place locates what is asked for, not the asking
    if (m.start >= tr.end && !tr.nominal && (tr.type === 'APPEAL' || tr.type === 'DEMAND')) continue;
    // "condemned the attack on the hospital in Dorvan", "welcomed the release of prisoners in
    // Ostra": a place after the event noun a reaction is about locates that event, not the reaction
    if (m.start >= tr.end && !tr.nominal && REACTIONS.has(tr.type) && eventNounBetween(lower, tr.end, m.start)) continue;
    // "a summit on the war in Sudan", "talks about the crisis in Haiti": the place of a topic is
    // where the topic is, not where the meeting is
    // (a nominal trigger's span runs on to its predicate: the topic starts after the noun)
    const topicFrom = tr.nominal && tr.noun >= 0 ? tr.noun + 1 : tr.end;
    if (TALK_TYPES.has(tr.type) && m.start >= topicFrom && topicPlace(lower, topicFrom, m.start)) continue;
    // "officials in Brussels", "lawmakers in Buenos Aires" before the trigger stay (they locate the actors)
    if (m.start >= tr.end) {
      if (!after) after = m;
    } else before = m;
  }
  return after ?? before ?? courtTown(tokens, lower, region, mentions, tr);
}

/**
 * "A Dhaka tribunal sentenced Hasina", "a Paris court ruled": with no other place, the town that
 * names the court (after "a" or "the", before the trigger) is where it sat.
 */
function courtTown(tokens: readonly Token[], lower: readonly string[], region: Region, mentions: readonly MentionRef[], tr: Trigger): MentionRef | null {
  for (const m of mentions) {
    if (m.start < region.lo || m.end >= tr.start || m.entity.type !== 'LOC' || countryOfName(m.entity.name)) continue;
    const before = lower[m.start - 1] ?? '';
    if ((before === 'a' || before === 'the') && COURT_NOUNS.has(lower[m.end] ?? '') && !isCap(tokens[m.end]!.text)) return m;
  }
  return null;
}
const COURT_NOUNS = new Set(['court', 'tribunal']);

/**
 * Nouns whose "of" names an act someone else is held to have done: "arrested two men on suspicion
 * of ...", "on charges of ...". (After "suspected of", "accused of" the passive subject is the one
 * held to have done it, and keeps its part.)
 */
const SUSPICION_NOUNS = new Set(['suspicion', 'charges', 'allegations', 'accusations']);

/** The trigger at `start` is the complement of a suspicion or charge: "... on suspicion of [planning an attack]". */
function suspectedOf(lower: readonly string[], start: number, lo: number): boolean {
  const p = ofBeforeCrime(lower, start, lo);
  return p - 1 >= lo && SUSPICION_NOUNS.has(lower[p - 1]!);
}

/** Verbs that take an act as a gerund after "to": "to stop targeting", "to end fighting". */
const ASPECTUAL = new Set(['stop', 'end', 'cease', 'halt', 'resume', 'keep', 'continue', 'start', 'begin', 'quit']);

/**
 * The praise or criticism whose object the trigger in -ing follows after "for" ("thanked the United
 * States for sending vaccines"), within eight tokens and no punctuation but a possessive between.
 */
function reactionOfGerund(tokens: readonly Token[], lower: readonly string[], tr: Trigger, all: readonly Trigger[]): Trigger | undefined {
  if (lower[tr.start - 1] !== 'for' || !lower[tr.start]!.endsWith('ing')) return undefined;
  const o = all.find((x) => x !== tr && !x.nominal && (x.type === 'PRAISE' || x.type === 'CRITICIZE') && x.end < tr.start - 1 && tr.start - 1 - x.end <= 8);
  if (!o) return undefined;
  for (let k = o.end; k < tr.start - 1; k++) if (tokens[k]!.kind === 'punct' && !POSS.has(lower[k]!)) return undefined;
  return o;
}

/** Types of triggers that ask an act of their object: "urged X to", "called on X to", "ordered X to". */
const ASKING = new Set(['APPEAL', 'DEMAND']);

/**
 * "called on the United States and France to pressure Israel to withdraw": an infinitive asked
 * inside another asked one is asked of the object of the outer verb, whose subject it is. Returns
 * where that object starts (after the outer "to" and its verb), or -1 when no "to" and a lowercase
 * verb stand between the asking (ending at `from`) and the trigger's "to".
 */
function askedOfObject(tokens: readonly Token[], lower: readonly string[], from: number, to: number): number {
  for (let k = to - 3; k >= from; k--) {
    if (lower[k] === 'to' && tokens[k + 1]!.kind === 'word' && /^[a-z]+$/.test(tokens[k + 1]!.text) && !DET.has(lower[k + 1]!)) return k + 2;
  }
  return -1;
}

/** Tokens in relative asides (", which ... ,") among [from, to). */
function asideLength(lower: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let k = to - 1; k >= from; k--) {
    const aside = relativeAsideOpen(lower, k, from);
    if (aside >= 0) { n += k - aside + 1; k = aside; }
  }
  return n;
}

/**
 * The appeal or demand whose object the infinitive's "to" (at `to`) follows ("urged the authorities
 * to release"), with an object between and no punctuation, at most eight tokens back; else undefined.
 */
function askerOf(tokens: readonly Token[], lower: readonly string[], to: number, tr: Trigger, all: readonly Trigger[]): Trigger | undefined {
  // (a relative aside on the object is skipped: "called on the United States and France, which
  // brokered the ceasefire, to pressure Israel to withdraw")
  const o = all.find((x) => x !== tr && !x.nominal && ASKING.has(x.type) && x.end < to && to - x.end - asideLength(lower, x.end, to) <= 8);
  if (!o) return undefined;
  for (let k = to - 1; k >= o.end; k--) {
    const aside = relativeAsideOpen(lower, k, o.end);
    if (aside >= 0) k = aside;
    else if (tokens[k]!.kind === 'punct' && !POSS.has(lower[k]!)) return undefined;
  }
  return o;
}

/** Words between a trigger and a place that make the place a topic's: "on the war in", "about the crisis in". */
function topicPlace(lower: readonly string[], from: number, to: number): boolean {
  if (to - from < 4 || to - from > 6 || (lower[to - 1] !== 'in' && lower[to - 1] !== 'of')) return false;
  const p = TOPIC_PREPS.has(lower[from]!) ? from : TOPIC_PREPS.has(lower[from + 1] ?? '') ? from + 1 : -1;
  // (a topic is a determiner and a noun: "on the war in"; "on Monday in", "on the sidelines of" are no topics)
  return p >= 0 && DET.has(lower[p + 1] ?? '') && /^[a-z]+$/.test(lower[p + 2] ?? '') && !NOT_TOPICS.has(lower[p + 2]!);
}
const TOPIC_PREPS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
/** Events that have a topic ("a summit on ..."); an attack "on a street in Jedeide" has a target, which is where it was. */
const TALK_TYPES = new Set(['MEET', 'CALL', 'STATEMENT', 'AGREE', 'APPEAL', 'DEMAND', 'CONSULT']);
const NOT_TOPICS = new Set(['sidelines', 'margins', 'eve', 'day', 'morning', 'evening', 'night', 'weekend', 'way', 'phone', 'telephone', 'ground', 'edge', 'outskirts', 'border', 'island', 'coast']);

/** Acts of taking a position on something that happened: what they are about has a place of its own. */
const REACTIONS = new Set(['CRITICIZE', 'PRAISE', 'ACCUSE', 'REJECT']);

/** An event noun ("attack", "arrests", "release", "elections") among the tokens [a, b). */
function eventNounBetween(lower: readonly string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (nounEntry(lower[k]!) || lower[k] === 'release' || lower[k] === 'killing' || lower[k] === 'detention') return true;
  return false;
}

/**
 * "met Rutte in Brussels [two weeks ago]", "in Kabul days ago": a count of time after a place (a
 * number word, or a plural unit with "ago" after it) tells when, so the place is no modifier of a
 * noun after it ("in a further US effort"). Only after the trigger: before it ("his role in the
 * riot at Detroit two years ago, Jackson was arrested") the place and its time are another event's.
 */
function countsTimeAgo(lower: readonly string[], k: number): boolean {
  const w = lower[k] ?? '';
  return (NUMBER_WORD.test(w) || /^(?:hours|days|weeks|months|years)$/.test(w)) && (lower[k + 1] === 'ago' || lower[k + 2] === 'ago' || lower[k + 3] === 'ago');
}

/**
 * The DATE/TIME of the event's clause, after the trigger first. A date inside the dateline
 * ("GENEVA, Nov 24 (Wire) -") is when the story was filed, not when anything in it happened.
 */
export function timeOf(times: readonly Timex[], tokens: readonly Token[], region: Region, tr: Trigger, timeTok: ReadonlyMap<string, number>, datelineEnd = 0): Timex | null {
  let after: Timex | null = null;
  let before: Timex | null = null;
  for (const t of times) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const k = timeTok.get(t.id);
    if (k === undefined || k < datelineEnd || !inRegion(region, k, k + 1) || inSceneHole(region, k)) continue;
    // "won Sunday's parliamentary election", "Monday's attack": the event's own date
    if (k >= tr.start - 2 && k < tr.end && datesNounAfter(tokens, t, k)) return t;
    if (k >= tr.end && datesEarlierMark(tokens, k, tr.end)) continue;
    if (k >= tr.end && datesNounAfter(tokens, t, k) && !SITUATING.has(tokens[k - 1]?.text.toLowerCase() ?? '') && !possessedOwnKind(tokens, t, k, tr)) continue;
    if (k >= tr.end && finiteTrigger(tokens, tr) && datesNounParticiple(tokens, k, tr)) continue;
    if (k >= tr.end && datesEventAheadOf(tokens, k, tr.end)) continue;
    if (k < tr.start && datesGovernorOfInfinitive(tokens, k, tr)) continue;
    // "agreed on a [2027] budget": a year between a determiner and the noun it modifies names the
    // object, not when the event happened (the noun trigger's own year stays: "the 2024 election")
    if (k >= tr.end && k !== tr.noun - 1 && yearModifier(tokens, t, k)) continue;
    if (k >= tr.end) {
      if (!after) after = t;
    } else before = t;
  }
  return after ?? before;
}

/** Verbs whose infinitive tells of a later act: "agreed on Sunday to resume talks". */
const LATER_ACT_GOVERNORS = new Set(['agreed', 'decided', 'promised', 'pledged', 'vowed', 'threatened', 'planned', 'offered', 'refused', 'declined', 'announced', 'resolved', 'undertook', 'committed']);
const TIME_LEADS = new Set(['on', 'in', 'at', 'late', 'early', 'earlier']);

/**
 * "China and South Korea agreed on Sunday to resume trilateral talks", "The rebels agreed last week
 * to release the hostages": a time between a verb of deciding or promising and the "to" of the
 * trigger dates the decision; the act decided on comes later. (Not "voted": "Chechens voted on
 * Sunday to elect a parliament" elected it by that vote.)
 */
function datesGovernorOfInfinitive(tokens: readonly Token[], k: number, tr: Trigger): boolean {
  if (tokens[tr.start - 1]?.text.toLowerCase() !== 'to' || tr.start - k > 6) return false;
  for (let j = k; j < tr.start - 1; j++) if (tokens[j]!.kind === 'punct') return false;
  let g = k - 1;
  if (TIME_LEADS.has(tokens[g]?.text.toLowerCase() ?? '')) g--;
  return LATER_ACT_GOVERNORS.has(tokens[g]?.text.toLowerCase() ?? '');
}

/**
 * "met on Saturday, their first meeting since a summit in Addis Ababa [last year]", "the highest
 * since [2019]": a time after "since" that a first or a superlative measures from dates an earlier
 * event, not this one. ("has been held since March" keeps its date: no "first" before it.)
 */
const MEASURED_FROM = new Set(['first', 'last', 'highest', 'lowest', 'biggest', 'largest', 'smallest', 'worst', 'best', 'deadliest', 'strongest', 'weakest', 'longest', 'sharpest', 'steepest', 'fastest', 'heaviest', 'bloodiest']);
function datesEarlierMark(tokens: readonly Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= from && j >= k - 8; j--) {
    const x = tokens[j]!;
    if (x.kind === 'punct') return false;
    if (x.text.toLowerCase() !== 'since') continue;
    for (let m = j - 1; m >= from && m >= j - 4; m--) {
      const y = tokens[m]!.text.toLowerCase();
      if (tokens[m]!.kind === 'punct') return false;
      if (MEASURED_FROM.has(y)) return true;
    }
    return false;
  }
  return false;
}

/**
 * "held talks on climate finance ahead of the COP31 summit in Turkey in November": a time in an
 * "ahead of" phrase after an event noun dates that later event, not the trigger. ("arrived ahead
 * of schedule on Monday" keeps Monday: no event noun between.)
 */
function datesEventAheadOf(tokens: readonly Token[], k: number, from: number): boolean {
  let noun = false;
  for (let j = k - 1; j >= from && j >= k - 10; j--) {
    const x = tokens[j]!;
    if (x.kind === 'punct' && x.text !== "'s" && x.text !== '-') return false;
    const w = x.text.toLowerCase();
    if (w === 'of' && tokens[j - 1]?.text.toLowerCase() === 'ahead') return noun;
    if (nounEntry(w)) noun = true;
  }
  return false;
}

/** Participles in -ing that tell when a thing named before them starts or lasts: "a truce starting on Friday". */
const SPAN_PARTICIPLES = new Set(['starting', 'beginning', 'ending', 'lasting', 'running', 'expiring']);
/** Words that may stand between such a participle and its time: "agreed in November", "passed earlier this month". */
const PARTICIPLE_TO_TIME = new Set(['in', 'on', 'at', 'from', 'until', 'since', 'during', 'last', 'earlier', 'this', 'next', 'the', 'early', 'late', 'later']);

/**
 * "carried out air strikes despite a ceasefire [agreed in November 2024]", "agreed to a truce
 * [starting on Friday]": a participle after a noun that comes after the trigger tells when that
 * noun's own act happened (or begins), not when the trigger's did. From is the trigger's end: a
 * participle right after an event noun trigger ("talks held in Geneva on Monday") stays its own.
 */
function datesNounParticiple(tokens: readonly Token[], k: number, tr: Trigger): boolean {
  const from = tr.end;
  for (let j = k - 1; j > from && j >= k - 4; j--) {
    const x = tokens[j]!;
    if (x.kind !== 'word') return false;
    const w = x.text.toLowerCase();
    if (PARTICIPLE_TO_TIME.has(w)) continue;
    // ("a car bomb parked near the area exploded Wednesday": a verb of the trigger's own kind is the
    // same happening told again, and its time is the trigger's)
    // (not when the trigger's object opens with a determiner: "approved a free trade agreement
    // signed last year" names another signing)
    if (j === tr.predicate || (verbEntry(w)?.type === tr.type && !DET.has(tokens[tr.end]?.text.toLowerCase() ?? ''))) return false;
    const participle = (/[a-z]ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w) || SPAN_PARTICIPLES.has(w)) && !AUX.has(w);
    // ("was killed and eight others injured Saturday": a participle of a clause joined by "and"
    // shares the trigger's time)
    return participle && j - 1 >= from && commonNounAt(tokens, j - 1) && !andBetween(tokens, from, j);
  }
  return false;
}

/**
 * A trigger with its own finite verb: a verb not in -ing, a light verb with its noun, or a noun with
 * its predicate. After any other (a bare noun: "a car bomb parked near the area exploded
 * Wednesday"; "visiting diplomats agreed on Monday") an -ed word after a noun may be the main verb.
 */
function finiteTrigger(tokens: readonly Token[], tr: Trigger): boolean {
  if (tr.nominal) return tr.head !== tr.noun || tr.predicate >= 0;
  return !/ing$/i.test(tokens[tr.head]!.text);
}

/** Whether "and" stands among the tokens [a, b). */
function andBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (tokens[j]!.text === 'and') return true;
  return false;
}

/** A lowercase word that is a noun rather than an auxiliary, determiner, preposition, adverb or verb: "ceasefire", "truce", "law". */
function commonNounAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const w = t.text.toLowerCase();
  return t.kind === 'word' && !isCap(t.text) && !AUX.has(w) && !DET.has(w) && !PREPOSITIONS.has(w) && !/(ed|ly|ing)$/.test(w) && (!verbEntry(w) || !!nounEntry(w)) && !['is', 'are', 'was', 'were', 'be', 'been', 'being', 'it', 'they', 'he', 'she', 'we', 'and', 'or', 'but'].includes(w);
}

/** A bare year between a determiner and a lowercase noun: "a 2027 budget", "its 2025 forecast". */
function yearModifier(tokens: readonly Token[], t: Timex, k: number): boolean {
  if (!/^\d{4}$/.test(t.text) || k < 1) return false;
  const prev = tokens[k - 1]!.text.toLowerCase();
  const next = tokens[k + 1];
  return DET.has(prev) && !!next && next.kind === 'word' && /^\p{Ll}/u.test(next.text);
}

/** Words before a possessive time that put the trigger at the owned event: "killed during January's election", "meet in Sunday's final". */
const SITUATING = new Set(['during', 'on', 'in', 'at', 'before', 'until', 'by', 'the']);

/**
 * After the trigger, "rejected the results of last week's election", "condemned Monday's attack": a
 * time in the possessive dates the noun it owns, not the trigger; unless that noun is an event of the
 * trigger's own kind ("voted in Sunday's referendum": the vote is the referendum). (Not after a
 * word that situates the trigger at that event: `SITUATING`.)
 */
function possessedOwnKind(tokens: readonly Token[], t: Timex, k0: number, tr: Trigger): boolean {
  let j = k0;
  while (j < tokens.length && tokens[j]!.start < t.end) j++;
  for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
    const e = nounEntry(tokens[k]!.text.toLowerCase());
    if (e) return e.type === tr.type;
  }
  return false;
}

/** Whether a time expression at token k is a possessive before a noun: "Sunday's election". */
function datesNounAfter(tokens: readonly Token[], t: Timex, k: number): boolean {
  for (let j = k; j < tokens.length && j <= k + 4; j++) {
    const x = tokens[j]!;
    if (x.start >= t.end) return POSS.has(x.text) && x.start === t.end;
  }
  return false;
}

/** The country entity a demonym stands for, when the document names that country. */
export function countryResolver(entities: readonly Entity[]): (e: Entity) => Entity {
  const byCountry = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== 'LOC') continue;
    const c = countryOfName(e.name) ?? e.name;
    if (!byCountry.has(c)) byCountry.set(c, e);
  }
  return (e) => {
    const c = countryOfDemonym(e.name);
    return (c && byCountry.get(c)) || e;
  };
}
