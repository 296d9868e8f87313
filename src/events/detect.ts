/**
 * Trigger detection in one sentence: phrasal triggers ("sat down with", "called on"), verbs
 * of the lexicon in a verbal reading, light verb + event noun ("held talks", "imposed
 * sanctions", "launched an offensive"), and event nouns that a predicate takes as subject
 * ("the ultimatum expired", "the summit is scheduled to take place"). An event noun that is
 * only mentioned ("at the summit", "condemned the arrests") is not an event.
 * One left-to-right pass; every look-ahead is bounded.
 */
import { CAPTIVES, TRADE_FLOWS, PHRASES, SITUATED_NOUN_TYPES, TRIGGER_WORDS, isPredicate, lightOverride, lightOverrideCameo, lightVerb, measureStopped, nounEntry, verbEntry, type NounEntry, type VerbEntry } from './lexicon.js';
import { DETERMINERS, PREPOSITIONS, AUX, SPEECH, armedMenWithdraw, armedSubjectBefore, endsAmount, isCap, isMonthName, withheldPermission, wordAt } from './words.js';
import { nounPhraseStart } from './clauses.js';
import { objectPronounAt } from './coref.js';
import { OBJECT_ACT_WORDS, objectAct, objectPhrase, passiveSubject } from './acts.js';
import type { Token } from '../document/types.js';
import { TITLE_HEADS } from '../entities/index.js';

export interface Trigger {
  /** Token indices, inclusive start, exclusive end. */
  start: number;
  end: number;
  /** Token that carries tense (a verb, the light verb) or the noun of a nominal trigger. */
  head: number;
  type: string;
  cameo: string | null | undefined;
  nominal: boolean;
  /** Token of the event noun ("the Geneva meeting", "imposed sanctions"), or -1. */
  noun: number;
  /** For nominal triggers with a predicate after them: the predicate token. */
  predicate: number;
  /**
   * A bare mention of a violent event noun ("the explosion", "the arrests"): an event only when
   * the article has not reported an event of its kind before (otherwise it refers back to it).
   */
  mention?: boolean;
  /**
   * The verb whose subject is the event's subject when the trigger is not in its verb group: "He is
   * expected to raise ... at a summit in Vilnius" (the summit's trigger is the noun, its subject is
   * that of "raise"). The pronoun subject is looked for before it.
   */
  verb?: number;
}

/**
 * Every trigger is made here, with every field present in one order, so V8 gives them all one
 * hidden class. With the lexicon's entries and the object acts also of one shape each,
 * `findTriggers` is compiled 7 times instead of 11 in a first pass over the newswire corpus
 * (`node --trace-opt`), 0.6 s of compiling instead of 1.3 s.
 */
function makeTrigger(start: number, end: number, head: number, type: string, cameo: string | null | undefined, nominal: boolean, predicate: number, noun: number, mention = false, verb: number | undefined = undefined): Trigger {
  return { start, end, head, type, cameo, nominal, predicate, noun, mention, verb };
}

const NOUN_VERB_AMBIGUOUS = new Set(['charge', 'charges', 'convicts', 'sentence', 'sentences', 'jail', 'jails', 'visit', 'visits', 'call', 'calls', 'strike', 'strikes', 'attack', 'attacks', 'march', 'protest', 'protests', 'rally', 'raid', 'raids', 'meeting', 'release', 'demand', 'appeal', 'deal', 'vote', 'tour', 'fire', 'shelling', 'fighting', 'bombing', 'assault', 'request', 'pledge', 'promise', 'welcome', 'ambush', 'sanction', 'recall']);
const MODIFIER_SKIP = 4;
const NOUN_BEFORE_VERB = new Set(['remain', 'remained', 'are', 'were', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'took', 'began', 'continue', 'continued', 'came', 'target', 'targeted', 'hit', 'cost', 'imposed', 'announced', 'against', 'and']);
// (also adjectives that come before plural nouns: "will not accept empty promises", "broken promises")
const NOUN_MODIFIERS = new Set(['empty', 'broken', 'false', 'vague', 'hollow', 'terror', 'suicide', 'militant', 'rocket', 'mortar', 'knife', 'gun', 'car', 'bomb', 'grenade', 'chemical', 'cyber', 'terrorist', 'roadside', 'pipe', 'letter', 'cluster', 'nail', 'petrol', 'smoke', 'mobile', 'cell', 'more', 'many', 'few', 'several', 'drop', 'carry', 'use', 'make', 'planted', 'detonated', 'nuclear', 'general', 'national', 'public', 'mass', 'weekly', 'daily',
  // ("after record demand", "on strong demand from China": a market's demand, a noun)
  'record', 'strong', 'weak', 'stronger', 'weaker', 'consumer', 'global', 'domestic']);

/** Verbs in -est, which are no superlatives. */
const EST_VERBS = new Set(['suggest', 'invest', 'attest', 'detest', 'digest', 'manifest', 'test', 'rest', 'contest', 'request', 'arrest', 'protest', 'wrest', 'divest', 'infest', 'ingest']);
function isSuperlative(w: string): boolean {
  return w.length > 4 && w.endsWith('est') && !EST_VERBS.has(w);
}

/**
 * Verbs whose object is an act in -ing: "denied meeting oil lobbyists" is a meeting denied, not a
 * noun "meeting" after an adjective in -ed.
 */
const GERUND_TAKERS = new Set(['deny', 'denies', 'denied', 'denying', 'admit', 'admits', 'admitted', 'admitting']);

function isNounReading(lower: readonly string[], tokens: readonly Token[], i: number, lo: number): boolean {
  const w = lower[i]!;
  if (!NOUN_VERB_AMBIGUOUS.has(w)) return false;
  const p = i > lo ? lower[i - 1]! : '';
  if ((p === 'of' || p === 'by') && w.endsWith('ing')) return false; // "accused the army of shelling"
  if (w.endsWith('ing') && GERUND_TAKERS.has(p)) return false; // "denied meeting lobbyists"
  if (w === 'meeting' || w === 'shelling' || w === 'fighting' || w === 'bombing') {
    return !(p === 'is' || p === 'are' || p === 'was' || p === 'were' || p === 'been' || p === 'be' || p === 'also');
  }
  if (DETERMINERS.has(p) || p === "'s" || p === '’s' || p === 's') return true;
  if (protestCompound(lower, i)) return true;
  if (i > lo && tokens[i - 1]!.kind === 'word' && /(al|ic|ive|ed|ary|ful|ish|an|ern|ese|ly)$/.test(p) && !AUX.has(p)) return true;
  // "the largest protest", "the biggest march": a superlative before it
  if (isSuperlative(p)) return true;
  if (i > lo && (tokens[i - 1]!.kind === 'number' || p.includes('-') || NOUN_MODIFIERS.has(p))) return true; // "48-hour strike", "terror attack"
  if ((p === '“' || p === '"') && i - 2 >= lo && DETERMINERS.has(lower[i - 2]!)) return true;
  if (i > lo && isCap(tokens[i - 1]!.text) && i - 1 > lo) return true; // "the Geneva meeting", "a state visit"
  if (p === 'state' || p === 'official' || p === 'phone' || p === 'hunger' || p === 'general' || p === 'air' || p === 'drone' || p === 'missile') return true;
  return false;
}

/** Words of a protest that modify a noun after them: "protest leaders", "rally organisers". */
const PROTEST_MODIFIERS = new Set(['protest', 'rally', 'march']);
/** Those who lead or hold a protest, and its places and props, which a protest word modifies. */
const PROTEST_COMPOUND_HEADS = new Set([
  'leaders', 'leader', 'organisers', 'organizers', 'organiser', 'organizer', 'movement', 'movements', 'group', 'groups',
  'camp', 'camps', 'site', 'sites', 'songs', 'song', 'signs', 'banners', 'placards', 'slogans', 'route', 'routes',
]);
/**
 * "mediate between the government and protest leaders", "rally organisers said": a protest word
 * right before one of its compound heads is a noun modifier, no verb, even after "and" (a verb
 * "protest" takes what is protested, not its leaders).
 */
function protestCompound(lower: readonly string[], i: number): boolean {
  return PROTEST_MODIFIERS.has(lower[i]!) && PROTEST_COMPOUND_HEADS.has(lower[i + 1] ?? '');
}

/**
 * Words that end a light verb's object by opening another clause: in "could suspend Kirava's
 * membership if fighting continued" the fighting is no object of "suspend".
 */
// ("backed the negotiations since they began": a verb after "since", "after", "before" or "until" is
// that clause's, no predicate of the noun)
const CLAUSE_LINKS = new Set(['if', 'unless', 'when', 'while', 'whether', 'because', 'which', 'who', 'once', 'although', 'though', 'but', 'since', 'after', 'before', 'until']);

/** Words that open a clause of their own inside what looked like a light verb's object. */
const OBJECT_CLAUSE_OPENERS = new Set(['it', 'he', 'she', 'they', 'we', 'would', 'will', 'could', 'might', 'may', 'should', 'must', 'can']);

/** Units that measure an event noun: "four hours of talks", "a second round of negotiations", "days of protests". */
const QUANTITY_UNITS = new Set(['hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'round', 'rounds', 'series', 'wave', 'waves', 'spate', 'string']);

/** Event noun at or after i within the light verb's object (det/adj/name modifiers only). */
function nounAfter(lower: readonly string[], tokens: readonly Token[], i: number, hi: number): number {
  let limit = i + MODIFIER_SKIP + 1;
  for (let j = i; j < hi && j < limit; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '-') return -1;
    // "before the end of March": a capitalised month inside a sentence is a date, no march ("the
    // May 1 elections" go on to their noun)
    if (isMonthName(t.text)) continue;
    const n = nounEntry(lower[j]!);
    if (n) {
      // "a summit meeting": take the last noun of a compound
      if (j + 1 < hi && nounEntry(lower[j + 1]!)) continue;
      return j;
    }
    // "held more than four hours of talks", "two rounds of negotiations": a quantity of the event
    // noun does not count against the modifiers
    if (lower[j] === 'of' && j > i && QUANTITY_UNITS.has(lower[j - 1]!)) {
      limit = j + 4;
      continue;
    }
    // "provided 5 million euros in humanitarian aid", "imposed $300 million in tariffs": a sum of
    // the event noun; the sum's words do not count against the modifiers
    if (lower[j] === 'in' && j > i && endsAmount(lower[j - 1]!, tokens[j - 1]!.kind)) {
      limit = j + 4;
      continue;
    }
    if (PREPOSITIONS.has(lower[j]!) && lower[j] !== 'of') return -1;
    if (CLAUSE_LINKS.has(lower[j]!)) return -1;
    // "announced it would lift tariffs": a subject or a modal opens another verb group, whose own
    // light verb governs the noun
    if (j > i && (OBJECT_CLAUSE_OPENERS.has(lower[j]!) || (lightVerb(lower[j]!) && !/(ed|en)$/.test(lower[j]!) && !DETERMINERS.has(lower[j - 1]!)))) return -1;
    // ("held a phone call with": a bare verb form before an event noun is the first half of a compound)
    if (verbEntry(lower[j]!) && !DETERMINERS.has(lower[j]!) && j > i && !/(ed|al|ary)$/.test(lower[j]!) && !(verbEntry(lower[j]!)!.lemma === lower[j] && nounEntry(lower[j + 1] ?? ''))) return -1;
  }
  return -1;
}

/** Prepositions that open a phrase modifying an event noun: "talks with X", "a ceasefire between X and Y". */
const NOUN_PHRASE_PREPS = new Set(['between', 'with', 'over', 'on', 'about']);

/** The comma that closes an aside opened before `from`, within fifteen tokens and no other punctuation, or -1. */
function closingComma(tokens: readonly Token[], from: number, hi: number): number {
  for (let k = from; k < hi && k <= from + 15; k++) {
    if (tokens[k]!.kind !== 'punct') continue;
    return tokens[k]!.text === ',' ? k : -1;
  }
  return -1;
}

/**
 * The predicate that opens the clause right after the aside closing at `close` ("..., are set to
 * begin", "..., has largely held"), within three words (auxiliaries and adverbs), or -1.
 */
function predicateRightAfter(lower: readonly string[], tokens: readonly Token[], close: number, hi: number): number {
  const p = predicateAfter(lower, tokens, close, hi);
  return p >= 0 && p <= close + 4 ? p : -1;
}

/** A predicate after an event noun that takes it as subject, or -1. */
function predicateAfter(lower: readonly string[], tokens: readonly Token[], i: number, hi: number): number {
  // ("A ceasefire between the Congolese army and M23 rebels collapsed", "talks with port operators
  // over a new pay deal broke down": a prepositional phrase after the noun puts the predicate
  // further on, and the nouns inside it are no subjects of their own)
  let limit = i + 7;
  let inPhrase = false;
  for (let j = i + 1; j < hi && j <= limit; j++) {
    if (j === i + 1 && NOUN_PHRASE_PREPS.has(lower[j]!)) {
      limit = i + 11;
      inPhrase = true;
    }
    // ("An ultimatum issued by Somalia's government to the region of Jubaland expired": a
    // participle with its agent after the noun is a reduced relative, whose phrase may be long)
    if (j === i + 1 && /[a-z]ed$/.test(lower[j]!) && lower[j + 1] === 'by') {
      limit = i + 16;
      inPhrase = true;
    }
    const t = tokens[j]!;
    // "Trade talks between A and B, scheduled for next month in Geneva, were postponed": a
    // participle apposition between commas says what the noun is; the predicate may follow it
    if (t.text === ',' && j + 1 < hi && APPOSED_PARTICIPLES.has(lower[j + 1]!)) {
      // (an organiser's participle is an apposition only with its agent and a predicate after it:
      // "after a 24-hour visit, called on all parties" has the subject's verb)
      const organiser = ORGANISED.has(lower[j + 1]!);
      if (organiser && lower[j + 2] !== 'by') return -1;
      let close = j + 2;
      while (close < hi && close <= j + 12 && tokens[close]!.kind !== 'punct') close++;
      if (close < hi && tokens[close]!.text === ',') {
        const after = predicateAfter(lower, tokens, close, hi);
        return after >= 0 || organiser ? after : j + 1;
      }
      return organiser ? -1 : j + 1;
    }
    // "The talks, which collapsed in December 2023, are set to begin on March 10": a relative
    // clause between commas right after the noun; the predicate after it is the noun's
    if (t.text === ',' && j === i + 1 && lower[j + 1] === 'which') {
      const close = closingComma(tokens, j + 2, hi);
      return close >= 0 ? predicateRightAfter(lower, tokens, close, hi) : -1;
    }
    if (t.kind === 'punct') return -1;
    const w = lower[j]!;
    // ("Talks in Jeddah brokered by Saudi Arabia and the United States collapsed": a participle
    // with its agent inside the noun's phrase is a reduced relative too)
    if (j > i + 2 && /[a-z]ed$/.test(w) && lower[j + 1] === 'by' && (inPhrase || placePhraseBetween(tokens, lower, i + 1, j))) {
      limit = Math.max(limit, j + 10);
      inPhrase = true;
      continue;
    }
    // (a name inside the phrase is no verb: "by Saudi Arabia and the United States")
    if (inPhrase && j > i + 1 && isCap(t.text)) continue;
    // "did not rule out further protests if construction begins": the verb is another clause's
    if (CLAUSE_LINKS.has(w)) return -1;
    if (organisedBy(lower, j)) return j;
    if (isPredicate(w)) {
      if (w === 'took' || w === 'take' || w === 'takes' || w === 'taking') {
        if (lower[j + 1] !== 'place' && lower[j + 1] !== 'effect') return -1;
      }
      if (w === 'set' && lower[j + 1] !== 'to' && lower[j + 1] !== 'for') return -1;
      if (w === 'went' && lower[j + 1] !== 'ahead') return -1;
      if (w === 'called' && lower[j + 1] !== 'off') return -1;
      // ("the ringleader of the attack is reported to have been ...": a report about the subject)
      if (w === 'reported' && lower[j + 1] === 'to') return -1;
      return j;
    }
    if (w === 'broke' && lower[j + 1] === 'down') return j;
    // "Fighting broke out", "protests broke out again": the event noun begins
    if ((w === 'broke' || w === 'break' || w === 'breaks') && lower[j + 1] === 'out') return j;
    if (nounEntry(w) && j > i + 1 && !inPhrase) return -1;
    if (verbEntry(w) && !AUX.has(w) && !(inPhrase && nounEntry(w))) return -1;
    if (w === 'said' || w === 'that' || w === 'which' || w === 'who') return -1;
    // "rejected the deal and planned a protest": a verb after "and" goes on with the clause's
    // subject; it says nothing of the noun
    if ((w === 'and' || w === 'but') && j + 1 < hi && (/ed$/.test(lower[j + 1]!) || !!verbEntry(lower[j + 1]!))) return -1;
  }
  return -1;
}

/** Tokens [a, b) are a place phrase: "in"/"at" and capitalised words ("in Jeddah", "at Camp David"). */
function placePhraseBetween(tokens: readonly Token[], lower: readonly string[], a: number, b: number): boolean {
  if (lower[a] !== 'in' && lower[a] !== 'at') return false;
  for (let k = a + 1; k < b; k++) if (!isCap(tokens[k]!.text)) return false;
  return b > a + 1 && b - a <= 4;
}

/** Participles of who makes a protest or a strike, in the passive with its agent. */
const ORGANISED = new Set(['called', 'organised', 'organized', 'staged', 'led']);
/**
 * "The strike was called by the unions", "The march was organised by students": a passive of
 * calling or organising with its agent after "by" is the noun's predicate, and the agent its actor
 * ("called" alone names: "the strike is called X"; only "called off" was read before).
 */
function organisedBy(lower: readonly string[], j: number): boolean {
  return ORGANISED.has(lower[j]!) && lower[j + 1] === 'by' && (lower[j - 1] === 'was' || lower[j - 1] === 'were' || lower[j - 1] === 'been' || lower[j - 1] === 'is' || lower[j - 1] === 'are');
}

/** Participles that open an apposition about an event noun: "the talks, scheduled for May, ...". */
// ("The truce, brokered by Qatar and Egypt, took effect": who made a deal says what it is)
// ("The strike, called by the CGT union, began on Monday": who calls it, too)
// ("The talks, hosted by Oman, ended on Thursday": who hosts or chairs them, too)
const APPOSED_PARTICIPLES = new Set(['scheduled', 'planned', 'due', 'expected', 'set', 'held', 'postponed', 'cancelled', 'canceled', 'brokered', 'mediated', 'negotiated', 'called', 'organised', 'organized', 'staged', 'hosted', 'chaired']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'last', 'weekend']);
/**
 * A violent event noun the sentence situates: a determiner or possessive before it and a place
 * or date right after ("the explosion in Kabul", "the attack on Tuesday"), or a date or place
 * modifying it ("Monday's shooting", "the Kabul bombing", "last week's raid").
 */
function situated(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number): 0 | 1 | 2 {
  let k = i - 1;
  let mod = false;
  while (k >= lo && k >= i - 3 && !DETERMINERS.has(lower[k]!) && lower[k] !== "'s" && lower[k] !== 's') {
    // ("the treaty with the Philippines covers attacks": a verb in -s is no modifier of the noun)
    if (!isCap(tokens[k]!.text) && /[^su]s$/.test(lower[k]!)) return 0;
    if (isCap(tokens[k]!.text) || MONTHS.has(lower[k]!)) mod = true;
    k--;
  }
  if (k < lo || k < i - 3) return 0;
  if (lower[k] === "'s" || lower[k] === 's') return k > lo && (MONTHS.has(lower[k - 1]!) || isCap(tokens[k - 1]!.text)) ? 2 : 1;
  if (mod && k < i - 1) return 2;
  const n = lower[i + 1];
  const n2 = tokens[i + 2];
  if (n && n2 && i + 2 < hi) {
    if ((n === 'in' || n === 'at' || n === 'near' || n === 'outside') && isCap(n2.text)) return 2;
    if (n === 'on' && MONTHS.has(lower[i + 2]!)) return 2;
  }
  return k >= i - 2 ? 1 : 0;
}

/** A preposition governs the noun at i across determiners, adjectives, names and numbers ("for the 2002 Bali bombings"). */
function inPrepPhrase(tokens: readonly Token[], lower: readonly string[], i: number, lo: number): boolean {
  for (let j = i - 1; j >= lo && j >= i - 5; j--) {
    const w = lower[j]!;
    if (PREPOSITIONS.has(w)) return true;
    if (DETERMINERS.has(w) || w === "'s" || w === 's' || tokens[j]!.kind === 'number' || isCap(tokens[j]!.text) || w === '-' || /(al|ic|ive|ed|an|ese|ern|ly)$/.test(w)) continue;
    return false;
  }
  return false;
}

/** Nouns that modify a meeting noun: "an emergency meeting", "a crisis summit", "a peace conference". */
const MEETING_MODIFIERS = new Set(['emergency', 'crisis', 'peace', 'leaders', 'ministers', 'cabinet', 'security', 'trade', 'climate', 'donor', 'donors', 'budget']);

/** Words that announce an act as arranged: "is expected to", "is due to", "is set to", "will". */
const ARRANGED = new Set(['expected', 'due', 'set', 'scheduled', 'poised']);
/** Words that end the clause of the meeting's verb when looking back from it. */
const ATTENDANCE_BREAKS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'said', 'says', 'after', 'before', 'when', 'while', 'because', 'if', 'unless', 'whether']);

/**
 * A meeting noun after "at" ("at a summit in Vilnius", "on the sidelines of a meeting") in a clause
 * whose verb is arranged for its subject ("is expected/due/set to raise ...", "will speak ..."): the
 * subject attends it, so it is a scheduled meeting even though guideline 2 leaves "at the summit"
 * alone. Returns the arranged verb (the word after "to" or "will"), or -1. A past or present verb
 * ("raised it at the summit") refers to a meeting reported elsewhere and gives none.
 */
function scheduledAttendance(tokens: readonly Token[], lower: readonly string[], i: number, lo: number): number {
  let k = i - 1;
  // (also a noun modifier: "at an emergency meeting", "at a crisis summit")
  while (k >= lo && k >= i - 5 && !PREPOSITIONS.has(lower[k]!) && (DETERMINERS.has(lower[k]!) || lower[k] === "'s" || isCap(tokens[k]!.text) || tokens[k]!.kind === 'number' || /(al|ic|ive|ed|an|ese|ern|ly)$/.test(lower[k]!) || MEETING_MODIFIERS.has(lower[k]!))) k--;
  if (k < lo) return -1;
  const at = lower[k] === 'at' || (lower[k] === 'of' && (lower[k - 1] === 'sidelines' || lower[k - 1] === 'margins'));
  if (!at) return -1;
  for (let j = k - 1; j > lo && j >= k - 15; j--) {
    const w = lower[j]!;
    if (tokens[j]!.kind === 'punct' || ATTENDANCE_BREAKS.has(w)) return -1;
    if (tokens[j + 1]!.kind !== 'word') continue;
    if (w === 'to' && ARRANGED.has(lower[j - 1]!)) return j + 1;
    if (w === 'will' || w === "'ll") return lower[j + 1] === 'be' ? j + 2 : j + 1;
  }
  return -1;
}

function prepositionBefore(lower: readonly string[], i: number, lo: number): boolean {
  for (let j = i - 1; j >= lo && j >= i - 4; j--) {
    const w = lower[j]!;
    if (PREPOSITIONS.has(w)) return true;
    if (DETERMINERS.has(w) || w === "'s" || w === '’s' || /(al|ic|ive|ed|an|ese|ern)$/.test(w)) continue;
    // ("over a new pay deal": the first half of a compound noun)
    if (j === i - 1 && /^[a-z]+$/.test(w) && !verbEntry(w) && !lightVerb(w) && !AUX.has(w) && !SPEECH.has(w)) continue;
    return false;
  }
  return false;
}

function matchPhrase(lower: readonly string[], i: number, hi: number): { end: number; type: string; cameo?: string } | null {
  for (const p of PHRASES) {
    if (i + p.words.length > hi) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = p.words[k]!.includes(lower[i + k]!);
    if (ok) return { end: i + p.words.length, type: p.type, cameo: p.cameo };
  }
  return null;
}

const PHRASE_FIRST = new Set(PHRASES.flatMap((p) => p.words[0]!));
/** Every word a trigger may start at (findTriggers skips any other token with one lookup). */
// ("face" opens a runoff: facesInRunoff)
// ("on" opens "is on a state visit to Japan", `onAVisitAt`)
const TRIGGER_STARTS: ReadonlySet<string> = new Set([...TRIGGER_WORDS, ...PHRASE_FIRST, ...OBJECT_ACT_WORDS, 'face', 'faces', 'faced', 'facing', 'on', 'take', 'takes', 'took', 'taken', 'taking', 'participate', 'participates', 'participated', 'participating', 'spoke', 'speak', 'speaks', 'spoken', 'speaking', 'talked', 'talks', 'talk', 'talking', 'gather', 'gathers', 'gathered', 'gathering']);

const PROPOSALS = new Set(['option', 'proposal', 'idea', 'plan', 'offer', 'request', 'move', 'step', 'suggestion', 'demand', 'deal', 'scenario', 'approach', 'course']);

/** A clause or a possibility after "rule out": "that ...", "whether ...", "the possibility of ...". */
function isEpistemicComplement(lower: readonly string[], k: number): boolean {
  const w = lower[k];
  // ("ruled out that option": a demonstrative before what was proposed)
  if (w === 'that') return !PROPOSALS.has(lower[k + 1] ?? '');
  if (w === 'whether' || w === 'if') return true;
  const n = w === 'the' || w === 'a' || w === 'any' ? lower[k + 1] : w;
  return n === 'possibility' || n === 'chance' || n === 'prospect' || n === 'likelihood';
}
const GIVE = new Set(['give', 'gave', 'given', 'gives', 'giving']);

/**
 * A headline in title case or capitals ("Woman Killed In Queens Hit-And-Run", "POLICE ARREST
 * DRIVER"): most words start with a capital.
 */
function isHeadline(tokens: readonly Token[], lo: number, hi: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = lo; k < hi; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (isCap(t.text)) caps++;
  }
  return words >= 3 && caps >= words * 0.8;
}

/** Nouns after which an event noun is a modifier: "shooting range", "strike force". */
const COMPOUND_HEADS = new Set([
  'range', 'ranges', 'gallery', 'club', 'clubs', 'competition', 'practice', 'season', 'star', 'stars', 'sports', 'force', 'team',
  'squad', 'lesson', 'lessons', 'observers', 'observer', 'monitors', 'commission', 'commissioner', 'commissioners', 'officials',
  'law', 'laws', 'code', 'system', 'authorities', 'authority', 'body', 'board', 'committee', 'tribunal', 'watchdog', 'helicopter',
  'helicopters', 'aircraft', 'dog', 'dogs', 'leaders', 'organisers', 'organizers', 'movement', 'group', 'groups', 'site', 'sites',
]);
/** Words before "operation(s)" that make it a military or security one. */
const OPERATION_CONTEXT = new Set([
  'military', 'army', 'security', 'police', 'counter-terrorism', 'counterterrorism', 'anti-terror', 'anti-terrorist',
  'counter-insurgency', 'counterinsurgency', 'ground', 'air', 'naval', 'combat', 'special', 'joint', 'offensive', 'launched',
  'launch', 'launches', 'launching', 'mounted', 'mount', 'troops', 'forces', 'sweep', 'clearance', 'clearing', 'punitive',
]);
/** Words before "attack" that make it one in words: "a strongly worded attack". */
const VERBAL_ATTACK = new Set(['worded', 'verbal', 'scathing', 'blistering', 'stinging', 'withering', 'personal', 'rhetorical', 'written', 'furious', 'angry']);

/**
 * An event noun's sense where its lexicon type is wrong for it: a "shooting range" is no
 * shooting, an "operation" is a military one only with a word that says so ("their normal
 * operation"), and "a strongly worded attack" is criticism (CAMEO 111), not violence.
 */
function nounSense(lower: readonly string[], n: number, lo: number, hi: number): { type: string; cameo: string | null } | typeof NO_EVENT | null {
  const w = lower[n]!;
  if (n + 1 < hi && COMPOUND_HEADS.has(lower[n + 1]!)) return NO_EVENT;
  const before = (set: ReadonlySet<string>) => {
    for (let k = n - 1; k >= lo && k >= n - 3; k--) if (set.has(lower[k]!)) return true;
    return false;
  };
  if ((w === 'operation' || w === 'operations') && !before(OPERATION_CONTEXT)) return NO_EVENT;
  // "a tax raid on working people", "a raid on pension funds": money taken, not an attack
  if ((w === 'raid' || w === 'raids') && isMoneyRaid(lower, n)) return NO_EVENT;
  // (only with the agent after it: "arrested in a police raid" stays two mentions, the raid and the arrest)
  if (w === 'raid' && policeRaid(lower, n, lo, true)) return { type: 'ARREST', cameo: '173' };
  if ((w === 'attack' || w === 'attacks') && before(VERBAL_ATTACK)) return { type: 'CRITICIZE', cameo: '111' };
  if (ACCIDENT_NOUNS.has(w) && before(ACCIDENT_MODIFIERS)) return NO_EVENT;
  if (isMarketDemand(lower, n, lo)) return NO_EVENT;
  if (isCampaignAgainst(lower, n, hi)) return NO_EVENT;
  if ((w === 'attack' || w === 'attacks' || w === 'assault') && isAttackOnIdea(lower, n, hi)) return NO_EVENT;
  if (isIllnessOrState(lower, n)) return NO_EVENT;
  // "an air strike", "a missile strike", "launched a strike on Kyiv": an attack, not a walkout
  // ("The strike killed three people": a strike that kills is an attack)
  if ((w === 'strike' || w === 'strikes') && (MILITARY_STRIKE.has(lower[n - 1] ?? '') || strikeOnTarget(lower, n, hi) || harmsAfter(lower, n))) return { type: 'ASSAULT', cameo: '180' };
  // "staged rolling strikes", "announced a strike by nurses": a walkout ("strikes" alone is listed as an attack)
  if ((w === 'strike' || w === 'strikes') && isLabourStrike(lower, n, hi)) return { type: 'PROTEST', cameo: '143' };
  if ((w === 'rally' || w === 'rallies') && (marketNear(lower, n, lo) || isSupportersRally(lower, n, lo, hi))) return NO_EVENT;
  if ((w === 'exchange' || w === 'swap') && !isPrisonerExchange(lower, n, lo, hi)) return NO_EVENT;
  if ((w === 'ban' || w === 'bans') && !isTradeBan(lower, n, lo, hi)) return NO_EVENT;
  if ((w === 'vote' || w === 'votes' || w === 'ballot') && isLegislativeVote(lower, n, lo, hi)) return NO_EVENT;
  if (w === 'aid' || w === 'assistance') return aidKind(lower[n - 1] ?? '');
  if (w === 'coup' && !coupAttempt(lower, n)) return NO_EVENT;
  return null;
}

/** Words that make "coup" an attempt at seizing power: "a coup attempt", "an attempted coup", "a failed coup". */
const COUP_ATTEMPT_AFTER = new Set(['attempt', 'attempts', 'bid']);
const COUP_ATTEMPT_BEFORE = new Set(['attempted', 'failed', 'foiled', 'thwarted', 'abortive', 'botched']);
/**
 * A coup as an event is an attempt by force on a government (FIGHT 190, as "seized power"): "A coup
 * attempt in Benin was foiled", "an attempted coup". A bare "coup" is more often a figure of speech
 * ("a boardroom coup", "a coup for Slovenia") or only talked of ("rumours of a coup plot"), and a
 * "military coup" often only dates something else ("imprisoned after the military coup in 1980"),
 * so they are none; so is a coup in a predicate, which names what something else is ("This is an
 * attempted coup", said of a protest).
 */
function coupAttempt(lower: readonly string[], n: number): boolean {
  if (!COUP_ATTEMPT_AFTER.has(lower[n + 1] ?? '') && !COUP_ATTEMPT_BEFORE.has(lower[n - 1] ?? '')) return false;
  const det = COUP_ATTEMPT_BEFORE.has(lower[n - 1] ?? '') ? n - 2 : n - 1;
  return !(DETERMINERS.has(lower[det] ?? '') && BE_FORMS.has(lower[det - 1] ?? ''));
}

/** Those who raid a home or an office to search it or to arrest: the law's officers, not soldiers. */
const LAW_OFFICERS = new Set(['police', 'policemen', 'officers', 'agents', 'detectives', 'investigators', 'prosecutors', 'gendarmes', 'fbi', 'customs', 'inspectors']);
/**
 * "Police raided the opposition leader's home", "the offices were raided by FBI agents", "a raid by
 * police", "the raid consisting of six policemen": a raid by the police is a search or an arrest
 * operation (CAMEO 173, the coercion of legal action), not an assault; a raid by troops or gunmen
 * stays one (180). The law's officers are the head right before the verb group, or the agent after
 * the raid (its own words only: "a raid by gunmen dressed in police uniforms" is no police raid,
 * nor is "Gunmen dressed in police uniforms raided ..."); a noun's only the agent after it.
 */
function policeRaid(lower: readonly string[], i: number, lo: number, nominal = false): boolean {
  let k = i - 1;
  while (k > lo && (AUX.has(lower[k]!) || /ly$/.test(lower[k]!))) k--;
  if (!nominal && k >= lo && LAW_OFFICERS.has(lower[k]!)) return true;
  for (let j = i + 1; j < lower.length && j <= i + 5; j++) {
    if (!/[a-z0-9]/.test(lower[j]!) || (/ed$/.test(lower[j]!) && !AGENT_PARTICIPLES.has(lower[j]!))) return false;
    if (LAW_OFFICERS.has(lower[j]!)) return lower.slice(i + 1, j).some((w) => w === 'by' || w === 'of');
  }
  return false;
}
/** "raid"/"raids" not after "to" or a modal is the noun ("a police raid"), whose agent must follow it. */
function raidAsNoun(lower: readonly string[], i: number): boolean {
  return (lower[i] === 'raid' || lower[i] === 'raids') && !['to', 'will', 'would', 'could', 'might', 'may', 'can', 'did', 'not'].includes(lower[i - 1] ?? '');
}
/** Participles that lead to the agent of a raid: "carried out by", "conducted by", "led by". */
const AGENT_PARTICIPLES = new Set(['carried', 'conducted', 'led', 'staged', 'mounted']);

/** What a raid of public finance takes: "a tax raid", "a raid on pensions". */
const MONEY_RAIDED = new Set(['tax', 'pension', 'pensions', 'cash', 'budget', 'savings', 'stealth', 'reserves', 'funds', 'fund']);

/** "a tax raid", "raided the pension funds" (within two words after): money taken, no attack. */
function isMoneyRaid(lower: readonly string[], i: number): boolean {
  return MONEY_RAIDED.has(lower[i - 1] ?? '') || MONEY_RAIDED.has(lower[i + 1] ?? '') || MONEY_RAIDED.has(lower[i + 2] ?? '');
}

/** Kinds of aid by the word before the noun: economic (CAMEO 071), military (072), humanitarian (073). */
const AID_KINDS: ReadonlyMap<string, string> = new Map([
  ...['economic', 'financial', 'development', 'budget', 'budgetary', 'fiscal', 'reconstruction'].map((w) => [w, '071'] as const),
  ...['military', 'defence', 'defense', 'security', 'lethal'].map((w) => [w, '072'] as const),
  ...['humanitarian', 'relief', 'emergency', 'food', 'medical', 'disaster'].map((w) => [w, '073'] as const),
]);

/** "humanitarian aid" (073), "military assistance" (072); a bare "aid" keeps the root code (070). */
function aidKind(before: string): { type: string; cameo: string } | null {
  const cameo = AID_KINDS.get(before);
  return cameo ? { type: 'AID', cameo } : null;
}

/** What makes a vote a legislature's, not an election: "a final vote", "a vote on the bill". */
const LEGISLATIVE_VOTE_BEFORE = new Set(['final', 'procedural', 'cloture', 'floor', 'committee', 'confidence', 'no-confidence', 'test']);
const LEGISLATIVE_MATTERS = new Set([
  'bill', 'bills', 'measure', 'motion', 'amendment', 'amendments', 'resolution', 'law', 'legislation', 'budget', 'treaty', 'package',
  'nomination', 'impeachment', 'senate', 'house', 'parliament', 'congress', 'assembly', 'committee', 'council', 'chamber', 'lawmakers',
  'senators', 'mps', 'deal', 'proposal', 'plan', 'reform', 'reforms', 'ordinance',
]);

/**
 * "A final vote is expected next week", "a vote on the bill", "the vote in parliament": a
 * legislature deciding a matter, which CAMEO codes no event for; it is no election.
 */
function isLegislativeVote(lower: readonly string[], n: number, lo: number, hi: number): boolean {
  if (n - 1 >= lo && LEGISLATIVE_VOTE_BEFORE.has(lower[n - 1]!)) return true;
  const prep = lower[n + 1];
  if (prep !== 'on' && prep !== 'in' && prep !== 'by' && prep !== 'over') return false;
  for (let k = n + 2; k < hi && k <= n + 5; k++) if (LEGISLATIVE_MATTERS.has(lower[k]!)) return true;
  return false;
}

/** "an export ban", "a ban on imports of grain", "the arms sales ban": a ban on trade, an embargo; "a smoking ban" is none. */
function isTradeBan(lower: readonly string[], i: number, lo: number, hi: number): boolean {
  for (let k = Math.max(lo, i - 2); k < i; k++) if (TRADE_FLOWS.includes(lower[k]!)) return true;
  if (lower[i + 1] !== 'on') return false;
  for (let k = i + 2; k < hi && k <= i + 5; k++) if (TRADE_FLOWS.includes(lower[k]!)) return true;
  return false;
}

/** Words that make a rally a show of support: "a campaign rally", "an election rally", "a victory rally". */
const SUPPORT_RALLY_MODIFIERS = new Set([
  'campaign', 'election', 'electoral', 'pre-election', 're-election', 'reelection', 'victory', 'party', 'fundraising',
  'fund-raising', 'presidential', 'nomination', 'pep', 'pre-poll', 'poll', 'hustings', 'launch', 'homecoming',
]);
/** Who a rally "of"/"for" gathers when it is a show of support: "a rally of his supporters". */
// ("a rally of her party": a party gathering its own; "opposition" or "against" still makes a protest)
const SUPPORTERS = new Set(['supporters', 'supporter', 'followers', 'loyalists', 'faithful', 'voters', 'activists', 'fans', 'members', 'backers', 'party', 'parties', 'campaign']);
/** Words that keep a rally a protest whatever else is said of it: "a protest rally", "a rally against". */
const PROTEST_RALLY_WORDS = new Set(['protest', 'protests', 'protesters', 'protestors', 'demonstrators', 'anti-government', 'opposition', 'against', 'denounce', 'denouncing', 'demanding', 'demand', 'over']);

/**
 * "a campaign rally in Manchester", "a rally of his supporters": a candidate's or a party's gathering
 * is no protest, and the type set has no fitting type (CAMEO codes no campaign event). A protest word
 * before it or "against"/"over" after it keeps it a protest ("a protest rally", "a rally against the
 * war", "rallied over pay").
 */
function isSupportersRally(lower: readonly string[], i: number, lo: number, hi: number): boolean {
  for (let k = Math.max(lo, i - 2); k < i; k++) if (PROTEST_RALLY_WORDS.has(lower[k]!)) return false;
  for (let k = i + 1; k < hi && k <= i + 5; k++) if (PROTEST_RALLY_WORDS.has(lower[k]!)) return false;
  for (let k = Math.max(lo, i - 2); k < i; k++) if (SUPPORT_RALLY_MODIFIERS.has(lower[k]!)) return true;
  if (lower[i + 1] !== 'of' && lower[i + 1] !== 'for' && lower[i + 1] !== 'with') return false;
  for (let k = i + 2; k < hi && k <= i + 5; k++) if (SUPPORTERS.has(lower[k]!)) return true;
  return false;
}

/** "a prisoner exchange", "a swap of detainees": the noun names a release of captives, not a stock exchange or a currency swap. */
function isPrisonerExchange(lower: readonly string[], i: number, lo: number, hi: number): boolean {
  for (let k = Math.max(lo, i - 2); k < i; k++) if (CAPTIVES.includes(lower[k]!)) return true;
  if (lower[i + 1] !== 'of') return false;
  for (let k = i + 2; k < hi && k <= i + 5; k++) if (CAPTIVES.includes(lower[k]!)) return true;
  return false;
}

/** Words after "strike on" that date or place a walkout rather than name a target: "a strike on Monday", "a strike on the railways". */
const STRIKE_ON_NOT_TARGET = new Set([
  'eve', 'day', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'pay', 'wages', 'pensions', 'underground', 'network',
  'lines', 'line', 'buses', 'trains', 'ferries', 'campus', 'campuses', 'sites', 'site', 'payday',
]);
/** What a strike "against" is aimed at when it is an attack: "strikes against militant positions". */
const STRIKE_TARGETS = new Set([
  'civilians', 'civilian', 'targets', 'target', 'positions', 'position', 'bases', 'base', 'sites', 'facilities', 'facility',
  'infrastructure', 'militants', 'militant', 'fighters', 'hideouts', 'hideout', 'camps', 'camp', 'troops', 'forces', 'convoy',
  'convoys', 'depots', 'depot', 'installations', 'hospitals', 'hospital', 'homes', 'residential',
]);

/**
 * "a deliberate strike on civilians", "strikes on Kyiv", "strikes against militant positions": a
 * strike aimed at a target is an attack. "on" takes any object but a date, a day or a walkout's
 * sector ("a strike on Monday", "a strike on the railways"); "against" only a target word, since a
 * walkout is "against" a policy ("a strike against the pension reform").
 */
/** What a strike that is an attack does: "The strike killed three people", "the strikes destroyed". */
// (not "hit": a walkout hits services)
const HARMS = new Set(['killed', 'kills', 'wounded', 'wounds', 'injured', 'injures', 'destroyed', 'destroys', 'damaged', 'damages', 'levelled', 'leveled', 'flattened']);
/** The verb right after the noun, or after one adverb, harms: "the strike [reportedly] killed". */
function harmsAfter(lower: readonly string[], i: number): boolean {
  const next = lower[i + 1] ?? '';
  return HARMS.has(next) || (/ly$/.test(next) && HARMS.has(lower[i + 2] ?? ''));
}

/** "Dec.", "Sept", "Jan.": a month written short ("a strike on Dec. 10"). */
const MONTH_ABBREVIATION = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;
function strikeOnTarget(lower: readonly string[], i: number, hi: number): boolean {
  const p = lower[i + 1];
  if (p !== 'on' && p !== 'against') return false;
  for (let k = i + 2; k < hi && k <= i + 5; k++) {
    const w = lower[k]!;
    if (p === 'against') {
      if (STRIKE_TARGETS.has(w)) return true;
      continue;
    }
    if (MONTHS.has(w) || MONTH_ABBREVIATION.test(w) || /^\d/.test(w) || STRIKE_ON_NOT_TARGET.has(w) || LABOUR_STRIKE_MODIFIERS.has(w)) return false;
    if (!DETERMINERS.has(w)) return true;
  }
  return false;
}

/** Verbs that put someone under house arrest: a detention, not a state. */
const PLACED = new Set(['placed', 'put', 'place', 'puts', 'placing', 'putting']);
const MEDICAL = new Set(['heart', 'panic', 'asthma', 'anxiety', 'epileptic', 'gout', 'migraine']);
/** "a massive heart attack" is an illness; "released from house arrest" a state, not an arrest. */
function isIllnessOrState(lower: readonly string[], i: number): boolean {
  const w = lower[i]!;
  if ((w === 'attack' || w === 'attacks') && MEDICAL.has(lower[i - 1] ?? '')) return true;
  // ("sentenced him to a year under house arrest", "remains under house arrest": a sentence or a
  // state; "was placed under house arrest" is a detention)
  if (w === 'arrest' && lower[i - 1] === 'house' && lower[i - 2] === 'under') return !lower.slice(Math.max(0, i - 7), i - 2).some((x) => PLACED.has(x));
  return w === 'arrest' && lower[i - 1] === 'house' && lower[i - 2] === 'from';
}
/** Words before "strike" that make it an attack: "an air strike", "a missile strike". */
const MILITARY_STRIKE = new Set(['air', 'missile', 'drone', 'rocket', 'military', 'pre-emptive', 'preemptive', 'retaliatory', 'nuclear', 'surgical', 'precision', 'artillery', 'naval', 'israeli', 'us', 'u.s.', 'american', 'russian', 'punitive', 'first', 'deadly', 'fatal', 'lethal', 'deliberate', 'aerial', 'ballistic', 'targeted']);
/** A determiner up to three words before, with no verb between: the word at i is a noun. */
function determinerBefore(lower: readonly string[], i: number, lo: number): boolean {
  // (a hyphenated modifier is one word: "a one-day strike", "a 24-hour strike")
  let hyphens = 0;
  for (let k = i - 1; k >= lo && k >= i - 3 - hyphens; k--) {
    if (lower[k] === '-' && hyphens < 2) {
      hyphens++;
      continue;
    }
    if (DETERMINERS.has(lower[k]!) || lower[k] === "'s") return true;
    if (AUX_OR_MODAL.has(lower[k]!) || lower[k] === 'to') return false;
  }
  return false;
}
const AUX_OR_MODAL = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'do', 'does', 'had', 'has', 'have', 'is', 'are', 'was', 'were', 'be', 'been', 'not', "n't"]);
const ELECTED_NOUNS = new Set(['seats', 'seat', 'officials', 'official', 'leaders', 'leader', 'government', 'governments', 'representatives', 'members', 'body', 'bodies', 'parliament', 'assembly', 'assemblies', 'mayor', 'mayors', 'council', 'councils', 'president', 'legislature', 'lawmakers', 'politicians', 'office']);
const SIGN_MODIFIERS = new Set(['victory', 'peace', 'stop', 'road', 'warning', 'good', 'bad', 'clear', 'positive', 'negative', 'hopeful', 'encouraging', 'first', 'latest', 'another', 'vital', 'neon', 'street', 'exit', 'call', 'no', 'any', 'every', 'sure', 'telltale', 'welcome', 'worrying']);
/** Words of the markets around "rally": a rise in prices, not a demonstration. */
const MARKET_WORDS = new Set(['wall', 'stocks', 'shares', 'prices', 'price', 'market', 'markets', 'dollar', 'yen', 'euro', 'index', 'bonds', 'bond', 'oil', 'gold', 'nasdaq', 'dow', 'equities', 'futures', 'currency', 'points', 'relief', 'year-end', 'bourse', 'stock']);
function marketNear(lower: readonly string[], i: number, lo: number): boolean {
  for (let k = Math.max(lo, i - 6); k <= i + 4 && k < lower.length; k++) if (k !== i && MARKET_WORDS.has(lower[k]!)) return true;
  return false;
}

/**
 * "Macron welcomed President Lula to the Elysee Palace", "Xi welcomed Putin to Beijing": a guest
 * named (or "him", "her", "them") and welcomed to a named place is a visit hosted (CAMEO 043), no
 * praise. The place starts with a capital after "to" (or "the"); a bloc in capitals ("welcomed
 * Finland to NATO") is a membership, not a visit.
 */
function welcomedToPlace(tokens: readonly Token[], lower: readonly string[], i: number): boolean {
  const w = lower[i]!;
  if (w !== 'welcomed' && w !== 'welcomes' && w !== 'welcoming' && w !== 'welcome') return false;
  const first = tokens[i + 1];
  if (!first || !(isCap(first.text) || GUEST_PRONOUNS.has(lower[i + 1]!))) return false;
  let k = i + 1;
  while (k < tokens.length && k <= i + 9 && (isCap(tokens[k]!.text) || GUEST_PRONOUNS.has(lower[k]!) || lower[k] === 'da' || lower[k] === 'de' || lower[k] === "'s" || lower[k] === '-')) k++;
  if (lower[k] !== 'to') return false;
  const p = lower[k + 1] === 'the' ? k + 2 : k + 1;
  const place = tokens[p];
  return !!place && isCap(place.text) && !/^[A-Z]{2,}$/.test(place.text);
}
const GUEST_PRONOUNS = new Set(['him', 'her', 'them']);

/** The subject before the "was" at `be` is a name alone (with its title) or "he"/"she"/"they", not "the decision of the EU". */
function guestNamedBefore(tokens: readonly Token[], lower: readonly string[], be: number): boolean {
  if (['he', 'she', 'they'].includes(lower[be - 1] ?? '')) return true;
  let k = be - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && isCap(tokens[k]!.text)) k--;
  return k < be - 1 && (k < 0 || tokens[k]!.kind === 'punct');
}

/**
 * "Modi was welcomed by Indonesian President Prabowo Subianto at the Merdeka Palace": a guest
 * welcomed by a named host at a named place is a hosted visit (CAMEO 043), told in the passive.
 */
function welcomedByHostAt(tokens: readonly Token[], lower: readonly string[], i: number): boolean {
  if (lower[i] !== 'welcomed' || !['was', 'were', 'been', 'is', 'being'].includes(lower[i - 1] ?? '') || lower[i + 1] !== 'by') return false;
  // (the guest is a name or a person's pronoun: "The decision was welcomed by Amnesty in London" is praise)
  if (!guestNamedBefore(tokens, lower, i - 1)) return false;
  let k = i + 2;
  while (k < tokens.length && k <= i + 10 && (isCap(tokens[k]!.text) || lower[k] === "'s" || lower[k] === '-')) k++;
  if (k === i + 2 || (lower[k] !== 'at' && lower[k] !== 'in' && lower[k] !== 'to')) return false;
  // (the host bears a title: "by President Prabowo", "by King Charles"; not "by Amnesty International")
  let titled = false;
  for (let j = i + 2; j < k; j++) if (TITLE_HEADS.has(lower[j]!)) titled = true;
  if (!titled) return false;
  const p = lower[k + 1] === 'the' ? k + 2 : k + 1;
  const place = tokens[p];
  return !!place && isCap(place.text) && !/^[A-Z]{2,}$/.test(place.text);
}

/** Vehicles on land and flights, whose arrival is no one's visit (a warship's port call is one). */
const VEHICLES = new Set(['bus', 'buses', 'truck', 'trucks', 'lorry', 'lorries', 'convoy', 'convoys', 'train', 'trains', 'vehicles', 'ambulances', 'flight', 'flights', 'coaches']);
const IN_VEHICLE = new Set(['by', 'on', 'aboard', 'in', 'via']);
/**
 * "Buses carrying the prisoners arrived in Ramallah", "A convoy of 28 trucks arrived in El Fasher":
 * a vehicle as the subject of "arrive" carries people or goods; nobody visits. ("The delegation
 * arrived by bus", "travelled on a flight and arrived": a vehicle after a preposition is the means.)
 */
function vehicleSubject(lower: readonly string[], tokens: readonly Token[], i: number, lo: number): boolean {
  for (let k = i - 1; k >= lo && k >= i - 8; k--) {
    if (tokens[k]!.kind === 'punct' || lower[k] === 'and' || lower[k] === 'who' || lower[k] === 'which') return false;
    if (VEHICLES.has(lower[k]!)) return !IN_VEHICLE.has(lower[k - 1] ?? '');
  }
  return false;
}

/** What a "fight" or "war" is waged on without anyone to fight: "the fight against AIDS", "a war on drugs". */
const ABSTRACT_FOES = new Set([
  'aids', 'hiv', 'hiv/aids', 'poverty', 'corruption', 'inflation', 'cancer', 'drugs', 'crime', 'disease', 'diseases', 'hunger',
  'malaria', 'obesity', 'climate', 'pollution', 'graft', 'illiteracy', 'unemployment', 'racism', 'tuberculosis', 'epidemic',
  'pandemic', 'desertification', 'deforestation', 'smuggling', 'piracy', 'fraud', 'counterfeiting', 'addiction', 'inequality',
  'disinformation', 'misinformation', 'propaganda', 'censorship', 'hate', 'extremism', 'radicalisation', 'radicalization',
  // ("planes to help fight the fires": firefighting)
  'fire', 'fires', 'wildfire', 'wildfires', 'blaze', 'blazes', 'flames', 'floods', 'flooding',
]);
function isCampaignAgainst(lower: readonly string[], i: number, hi: number): boolean {
  const w = lower[i]!;
  if (!(w === 'fight' || w === 'fights' || w === 'fought' || w === 'battle' || w === 'war' || w === 'struggle' || w === 'fighting')) return false;
  const p = lower[i + 1];
  // "needed to fight disinformation": the verb with the foe as its direct object
  // ("Firefighters fought the blaze for ten hours": any form, with a foe that is no one)
  if ((w === 'fight' || w === 'fought' || w === 'fights' || w === 'fighting') && (ABSTRACT_FOES.has(p ?? '') || (DETERMINERS.has(p ?? '') && ABSTRACT_FOES.has(lower[i + 2] ?? '')))) return true;
  if ((w === 'fight' || w === 'fighting' || w === 'fought' || w === 'fights') && legalFight(lower, i, hi)) return true;
  if (p !== 'against' && p !== 'on') return false;
  for (let k = i + 2; k < hi && k <= i + 4; k++) if (ABSTRACT_FOES.has(lower[k]!)) return true;
  return againstMeasures(lower, i, hi);
}

/** Measures and practices one fights by argument and in trade: "unfair trade practices", "the tariffs". */
const MEASURE_FOES = new Set(['practices', 'practice', 'policies', 'policy', 'tariffs', 'tariff', 'duties', 'sanctions', 'measures', 'rules', 'regulations', 'restrictions', 'subsidies', 'levies', 'quotas']);

/**
 * "The White House vows to fight on against what it calls unfair trade practices": a fight
 * (after the particle "on" too) against measures or practices is a campaign, no combat. The
 * measure closes the "against" phrase within six words, before any punctuation.
 */
function againstMeasures(lower: readonly string[], i: number, hi: number): boolean {
  let j = i + 1;
  if (lower[j] === 'on' && lower[j + 1] === 'against') j++;
  if (lower[j] !== 'against') return false;
  for (let k = j + 1; k < hi && k <= j + 6; k++) {
    if (MEASURE_FOES.has(lower[k]!)) return true;
    if (lower[k] === ',' || lower[k] === '.' || lower[k] === ';') return false;
  }
  return false;
}

/** What is attacked only in words: "an attack on democracy", "an assault on press freedom". */
const ABSTRACT_TARGETS = new Set([
  'democracy', 'freedom', 'freedoms', 'liberty', 'sovereignty', 'constitution', 'law', 'justice', 'judiciary', 'rights', 'speech',
  'values', 'truth', 'science', 'reason', 'dignity', 'independence', 'autonomy', 'privacy', 'institutions', 'federalism', 'secularism',
]);

/**
 * "This is an attack on democracy", "an assault on the rule of law": an attack on an idea or an
 * institution's standing is a charge made in words, no armed attack (the word within four after
 * "on" or "against").
 */
function isAttackOnIdea(lower: readonly string[], i: number, hi: number): boolean {
  const p = lower[i + 1];
  if (p !== 'on' && p !== 'against' && p !== 'upon') return false;
  for (let k = i + 2; k < hi && k <= i + 5; k++) {
    if (ABSTRACT_TARGETS.has(lower[k]!)) return true;
    if (lower[k] === ',' || lower[k] === '.' || lower[k] === ';') return false;
  }
  return false;
}

/** What is fought in court: "fight the charges", "fighting extradition", "fight the ruling". */
const LEGAL_FOES = new Set([
  'charge', 'charges', 'case', 'cases', 'ruling', 'rulings', 'verdict', 'extradition', 'deportation', 'conviction', 'lawsuit',
  'suit', 'indictment', 'allegations', 'accusations', 'ban', 'order', 'decision', 'eviction', 'fine', 'fines', 'sentence',
  // and measures opposed in public: "the union, which had fought the deal", "fought the takeover"
  'deal', 'merger', 'takeover', 'acquisition', 'bid', 'plan', 'plans', 'bill', 'law', 'proposal', 'reform', 'reforms', 'closure', 'cuts',
]);

/**
 * "would fight them in court", "vowed to fight the charges", "is fighting extradition to Spain": a
 * legal battle, no armed one. The object within three words is a legal matter, or "in court" follows.
 */
function legalFight(lower: readonly string[], i: number, hi: number): boolean {
  for (let k = i + 1; k < hi && k <= i + 3; k++) {
    if (LEGAL_FOES.has(lower[k]!)) return true;
    if ((lower[k] === 'in' || lower[k] === 'through') && (lower[k + 1] === 'court' || lower[k + 1] === 'the' && (lower[k + 2] === 'courts' || lower[k + 2] === 'court'))) return true;
    if (lower[k] === '.' || lower[k] === ',' || lower[k] === ';') return false;
  }
  return false;
}

/** "a gas explosion", "the colliery blast": an industrial accident, nobody's attack. */
const ACCIDENT_NOUNS = new Set(['blast', 'blasts', 'explosion', 'explosions', 'fire', 'fires']);
const ACCIDENT_MODIFIERS = new Set([
  'gas', 'colliery', 'mine', 'coal', 'coalmine', 'pipeline', 'boiler', 'factory', 'plant', 'chemical', 'industrial', 'fireworks',
  'methane', 'dust', 'tanker', 'refinery', 'warehouse', 'accidental', 'kitchen', 'cylinder', 'furnace',
]);
/** Words that make "demand" a market's: "the growing demand of the coal market". */
const MARKET_DEMAND = new Set([
  'growing', 'strong', 'weak', 'rising', 'falling', 'sluggish', 'market', 'consumer', 'domestic', 'global', 'energy', 'oil',
  'housing', 'seasonal', 'winter', 'summer', 'higher', 'lower', 'increased', 'robust', 'soft', 'weaker', 'stronger', 'slack',
  'booming', 'surging', 'export', 'import', 'power', 'electricity', 'travel', 'credit', 'weakening', 'firm', 'overseas', 'supply',
]);

/** "demand" that is a market's, not anyone's claim. */
function isMarketDemand(lower: readonly string[], i: number, lo: number): boolean {
  const w = lower[i]!;
  if (w !== 'demand' && w !== 'demands') return false;
  for (let k = i - 1; k >= lo && k >= i - 2; k--) if (MARKET_DEMAND.has(lower[k]!)) return true;
  return marketVerbAfter(lower, i);
}

/** What a market's demand does: "as demand from European carmakers recovered", "demand for steel fell". */
const MARKET_MOVES = new Set([
  'recovered', 'recovers', 'recovering', 'rose', 'rises', 'rising', 'fell', 'falls', 'falling', 'slowed', 'slows', 'slowing',
  'weakened', 'weakens', 'weakening', 'strengthened', 'picked', 'picks', 'surged', 'surges', 'slumped', 'slumps', 'dropped',
  'drops', 'increased', 'increases', 'decreased', 'grew', 'grows', 'growing', 'outstripped', 'outpaced', 'softened', 'cooled',
  'rebounded', 'rebounds', 'dried', 'collapsed', 'plunged', 'soared', 'declined', 'declines', 'remained', 'remains', 'stayed',
]);

/** A market's verb after "demand" and its short complement ("demand from European carmakers recovered"), before any punctuation. */
function marketVerbAfter(lower: readonly string[], i: number): boolean {
  for (let k = i + 1; k < lower.length && k <= i + 6; k++) {
    const x = lower[k]!;
    if (MARKET_MOVES.has(x)) return true;
    if (!/^[a-z][a-z'-]*$/.test(x) || x === 'that' || x === 'to') return false;
  }
  return false;
}

/** Who goes on strike: a "strike" by them is a walkout, not an attack. */
const LABOUR_NOUNS = new Set([
  'workers', 'worker', 'dockworkers', 'dockers', 'union', 'unions', 'staff', 'employees', 'teachers', 'nurses', 'doctors',
  'drivers', 'pilots', 'miners', 'farmers', 'crews', 'crew', 'controllers', 'firefighters', 'journalists',
  'lecturers', 'porters', 'cabin', 'guards', 'strikers', 'members', 'truckers', 'unionists', 'stevedores',
]);
/** Sectors and kinds of walkout that name a strike: "a port strike", "Rail strike enters third day", "a wildcat strike". */
const LABOUR_STRIKE_MODIFIERS = new Set([
  'port', 'dock', 'docks', 'rail', 'railway', 'railways', 'transport', 'transit', 'postal', 'bus', 'metro', 'subway', 'tube',
  'train', 'airport', 'airline', 'school', 'schools', 'hospital', 'health', 'public-sector', 'sector', 'industrial', 'labour',
  'labor', 'pay', 'wildcat', 'sympathy', 'general', 'nationwide', 'national', 'indefinite', 'rolling', 'warning', 'token',
  'factory', 'refinery', 'mine', 'coal', 'steel', 'garbage', 'refuse', 'university', 'civil', 'service', 'teachers', 'nurses',
  'doctors', 'union', 'unions', 'workers',
]);
/** Nouns that "strike" modifies in a labour dispute: "strike talks", "strike action", "a strike ballot". */
const LABOUR_STRIKE_HEADS = new Set([
  'talks', 'negotiations', 'action', 'actions', 'ballot', 'ballots', 'vote', 'votes', 'pay', 'notice', 'threat', 'threats',
  'fund', 'funds', 'breakers', 'breaker', 'wave', 'committee', 'committees', 'leader', 'leaders', 'organisers', 'organizers',
  'mandate', 'day', 'days', 'picket', 'pickets', 'demands',
]);

/**
 * "strike" at i names a labour walkout by the words around it: a sector or kind before it ("Port
 * strike", "rail strike", "general strike", "teachers' strike"), a labour noun it modifies after it
 * ("strike talks", "strike action"), or workers after "by" ("a strike by nurses"). A weapon before it
 * ("air strike", "drone strike") is checked by the callers first.
 */
function isLabourStrike(lower: readonly string[], i: number, hi: number): boolean {
  const prev = lower[i - 1] ?? '';
  if (LABOUR_STRIKE_MODIFIERS.has(prev) || lastsAPeriod(lower, i)) return true;
  // "teachers' strike", "the union's strike"
  if ((prev === "'" || prev === "'s") && LABOUR_NOUNS.has(lower[i - 2] ?? '')) return true;
  if (i + 1 < hi && LABOUR_STRIKE_HEADS.has(lower[i + 1]!)) return true;
  if (lower[i + 1] === 'by') {
    for (let k = i + 2; k < hi && k <= i + 5; k++) if (LABOUR_NOUNS.has(lower[k]!)) return true;
  }
  return false;
}

/**
 * "brokered the truce", "brokered a deal": the broker mediates between the sides (CAMEO 045, under
 * consult); it neither yields nor signs anything itself.
 */
function mediationOf(light: string, nounType: string): { type: string; cameo: string } | null {
  return light === 'broker' && (nounType === 'YIELD' || nounType === 'AGREE' || nounType === 'MEET') ? { type: 'MEET', cameo: '045' } : null;
}

/**
 * "a 48-hour strike", "a three-day strike", "a one-week strike": a walkout is called for a length
 * of time; an air strike never is.
 */
const STRIKE_LENGTHS = /^(?:\d+|one|two|three|four|five|six|seven|ten|half)-(?:hour|day|week|month)$/;
function lastsAPeriod(lower: readonly string[], i: number): boolean {
  const prev = lower[i - 1] ?? '';
  if (STRIKE_LENGTHS.test(prev)) return true;
  return (prev === 'hour' || prev === 'day' || prev === 'week' || prev === 'month') && lower[i - 2] === '-' && /^(?:\d+|one|two|three|four|five|six|seven|ten|half)$/.test(lower[i - 3] ?? '');
}

/** Light verbs whose "strikes" are walkouts: one stages, holds or calls off a strike, but launches or carries out an air strike. */
const WALKOUT_VERBS = new Set(['stage', 'hold', 'call', 'join', 'end', 'organise', 'organize', 'threaten', 'postpone', 'cancel', 'suspend', 'begin', 'start']);
/** "staged strikes", "called off strikes": the plural noun (listed as an attack) is a walkout after these light verbs. */
function labourStrikeOf(light: string, noun: string): { type: string; cameo: string } | null {
  return (noun === 'strike' || noun === 'strikes') && WALKOUT_VERBS.has(light) ? { type: 'PROTEST', cameo: '143' } : null;
}

/**
 * Light verbs whose "strike" is an armed one: "carried out the strike", "conducted a strike" (not
 * "launched": "More than 10,000 teachers launched their strike" walked out).
 */
const ARMED_STRIKE_VERBS = new Set(['carry', 'conduct']);
/**
 * "denied that it had carried out the strike": the singular noun (listed as a walkout) is an
 * attack after these light verbs; not a "hunger strike" or a "general strike".
 */
function armedStrikeOf(light: string, lower: readonly string[], n: number): { type: string; cameo: string } | null {
  return lower[n] === 'strike' && ARMED_STRIKE_VERBS.has(light) && lower[n - 1] !== 'hunger' && lower[n - 1] !== 'general' ? { type: 'ASSAULT', cameo: '180' } : null;
}

/** What kills or strikes without being anyone's act: a disease, a disaster, an accident. */
const NATURAL_CAUSES = new Set([
  'outbreak', 'cholera', 'disease', 'virus', 'epidemic', 'pandemic', 'flood', 'floods', 'flooding', 'storm', 'storms',
  'hurricane', 'hurricanes', 'typhoon', 'typhoons', 'cyclone', 'cyclones', 'earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors', 'aftershock', 'aftershocks', 'tsunami', 'landslide', 'avalanche', 'heatwave', 'heat', 'drought',
  'fire', 'fires', 'wildfire', 'wildfires', 'blaze', 'lightning', 'crash', 'accident', 'collision', 'illness', 'cancer',
  'measles', 'malaria', 'ebola', 'covid-19', 'flu', 'influenza', 'tornado', 'eruption', 'mudslide', 'famine', 'rain', 'rains',
  'rainfall', 'snow', 'snowfall', 'river', 'rivers', 'landslides', 'mudslides', 'waves', 'cold', 'lava', 'floodwaters',
  // (structures giving way and crowds crushing: "the collapse of a canopy killed 15")
  'collapse', 'derailment', 'stampede', 'crush', 'capsizing', 'sinking',
]);
/**
 * Natural causes but road crashes and earthquakes, for a relative clause ("an outbreak that
 * killed four", "a roof collapse that killed 15"): "a hit-and-run crash that killed a woman" is told
 * in crime news, where the killing is charged to a driver, and ECB+ counts it as an action, as it
 * does "an earthquake ... that killed 10 people" and "the quake, which struck Sumatra" (its
 * earthquake topics); those keep their mention as before.
 */
const NOT_IN_RELATIVE = new Set(['crash', 'accident', 'collision', 'earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors', 'aftershock', 'aftershocks']);
const DISASTERS: ReadonlySet<string> = new Set([...NATURAL_CAUSES].filter((w) => !NOT_IN_RELATIVE.has(w)));
/** What things do by accident: "a tree fell", "the boat capsized", "a wall collapsed". */
const ACCIDENT_VERBS = new Set(['fell', 'collapsed', 'crashed', 'overturned', 'capsized', 'sank', 'toppled', 'derailed', 'slipped', 'drowned', 'caught']);
const NO_EVENT = 'none' as const;
/** What is met when a demand or a target is: "the conditions were met". */
/** "met by the minister at the airport": a "by" agent within three words after a passive. */
function byAgentAfter(lower: readonly string[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < lower.length; k++) if (lower[k] === 'by') return true;
  return false;
}

const MEET_OBJECTS = new Set(['demand', 'demands', 'conditions', 'condition', 'requirements', 'requirement', 'criteria', 'targets', 'target', 'goals', 'goal', 'needs', 'expectations', 'standards', 'deadline', 'obligations', 'terms']);

/** A participle after a form of "be", with "not" allowed between: "are not met", "was met". */
function isPassive(lower: readonly string[], i: number, lo: number): boolean {
  let k = i - 1;
  if (k >= lo && (lower[k] === 'not' || lower[k] === "n't" || lower[k] === 'never' || lower[k] === 'fully')) k--;
  return k >= lo && BE_FORMS.has(lower[k]!);
}
const PHONE_COMPOUNDS = new Set(['services', 'service', 'call', 'calls', 'line', 'lines', 'number', 'numbers', 'records', 'company', 'companies', 'network', 'networks', 'vouchers', 'bill', 'bills', 'booth', 'card', 'cards', 'hacking', 'tapping', 'conversation', 'conversations', 'interview', 'lines', 'users', 'makers', 'maker']);
const PHONE_MODIFIERS = new Set(['mobile', 'cell', 'smart', 'satellite', 'pay', 'home', 'office', 'landline', 'camera', 'video', 'his', 'her', 'their', 'my', 'your', 'our']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'re", "'s"]);

/** "killed ... in a road accident": "in" within four words after the verb, and one of NATURAL_CAUSES within three after it. */
function causeAfter(lower: readonly string[], i: number): boolean {
  for (let k = i + 1; k < lower.length && k <= i + 4; k++) {
    if (lower[k] === '.' || lower[k] === ';') return false;
    // "killed when a tree fell on a house", "when their boat capsized": an accident, nobody's attack
    if (lower[k] === 'when') {
      for (let j = k + 1; j < lower.length && j <= k + 6; j++) if (NATURAL_CAUSES.has(lower[j]!) || ACCIDENT_VERBS.has(lower[j]!)) return true;
      return false;
    }
    if (lower[k] !== 'in' && lower[k] !== 'by') continue;
    for (let j = k + 1; j < lower.length && j <= k + 3; j++) if (NATURAL_CAUSES.has(lower[j]!)) return true;
    // ("were killed in Veracruz when a wall collapsed": a place before the "when" of an accident)
    if (lower[k + 2] === 'when') continue;
    return false;
  }
  return false;
}

/** What many sign without agreeing with anyone: "a petition signed by 12,000 residents". */
const PETITIONS = new Set(['petition', 'petitions']);

/** Subordinators that may open the clause of what caused a death: "killed after floods hit". */
const CAUSE_CLAUSE_OPENERS = new Set(['after', 'as', 'when']);

/**
 * "At least 32 people were killed and dozens are missing after Typhoon Mawar swept across the
 * islands", "died or were killed as floods tore through": the first clause of time after the killing
 * (ten tokens on at most, within the sentence's report) opens on a disaster (three words at most
 * after it, and no fire that people set), which killed them: nobody's attack. "were killed after
 * gunmen stormed" and "killed after rebels set fire to" stay attacks, and so, as in a relative
 * clause (`NOT_IN_RELATIVE`), do deaths "when an earthquake struck" or "after a crash", which ECB+
 * counts as actions.
 */
function disasterClauseAfter(lower: readonly string[], i: number, lo: number): boolean {
  for (let k = i + 1; k < lower.length && k <= i + 10; k++) {
    const w = lower[k]!;
    if (w === '.' || w === ';' || w === ':' || w === 'said') return false;
    if (!CAUSE_CLAUSE_OPENERS.has(w)) continue;
    for (let j = k + 1; j < lower.length && j <= k + 3; j++) if (DISASTERS.has(lower[j]!) && !isFireOpened(lower, j, lo)) return true;
    return false;
  }
  return false;
}

/** Words that start another clause or conjunct: a subject is not looked for beyond them. */
const CLAUSE_BREAKS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'after', 'before', 'when', 'while', 'as', 'because', 'said', 'says']);

/**
 * The verb's subject is one of `nouns`: one of them is in the clause before it, looking back at
 * most ten tokens and not across punctuation or a word that opens another clause ("set fire to
 * the village and killed ten": the fire is not the subject).
 */
function subjectIn(lower: readonly string[], tokens: readonly Token[], i: number, lo: number, nouns: ReadonlySet<string>, wholeClause = false): boolean {
  for (let k = i - 1; k >= lo && (wholeClause || k >= i - 10); k--) {
    if ((tokens[k]!.kind === 'punct' && !wholeClause) || (CLAUSE_BREAKS.has(lower[k]!) && !(wholeClause && joinsWords(lower, k)))) return false;
    if (nouns.has(lower[k]!) && !isFireOpened(lower, k, lo)) return true;
  }
  return false;
}

/**
 * "in southern and eastern Spain", "homes and roads": an "and" or "or" between two lowercase words
 * that is no verb's, inside the clause whose subject a participle after it shares ("Floods tore
 * through southern and eastern Spain, killing 14").
 */
function joinsWords(lower: readonly string[], k: number): boolean {
  if (lower[k] !== 'and' && lower[k] !== 'or') return false;
  const next = lower[k + 1] ?? '';
  return /^[a-z]+$/.test(next) && !/ed$/.test(next) && !PAST_VERBS_AFTER_AND.has(next);
}
/** Irregular past forms that open a second clause after "and": "and set fire to", "and shot". */
const PAST_VERBS_AFTER_AND = new Set(['set', 'shot', 'hit', 'struck', 'tore', 'threw', 'blew', 'took', 'left', 'burnt', 'began', 'opened', 'fled', 'fought', 'stole', 'broke', 'drove', 'ran', 'cut']);

/** Fire that people open, set or come under is gunfire or arson: "opened fire", "set fire to", "came under fire". */
const FIRE_OPENERS = new Set(['opened', 'open', 'opening', 'opens', 'set', 'sets', 'setting', 'under', 'returned', 'return', 'exchanged', 'cross', 'sniper', 'gun', 'artillery', 'heavy']);
function isFireOpened(lower: readonly string[], k: number, lo: number): boolean {
  return lower[k] === 'fire' && k > lo && FIRE_OPENERS.has(lower[k - 1]!);
}

/** Spans of time that a determiner may open after "strike" without being its object: "strike this week". */
const TIME_SPANS = new Set(['week', 'weekend', 'month', 'day', 'days', 'morning', 'afternoon', 'evening', 'night', 'year', 'spring', 'summer', 'autumn', 'winter', 'time']);
/**
 * A walkout takes no object: "workers would strike the gates" hits something, while "strike this
 * week", "strike again", "strike on Monday" name when. A determiner right after the verb opens an
 * object unless a span of time follows it.
 */
function hasDirectObject(lower: readonly string[], i: number): boolean {
  const n = lower[i + 1] ?? '';
  if (!DETERMINERS.has(n)) return false;
  return !TIME_SPANS.has(lower[i + 2] ?? '') && !MONTHS.has(lower[i + 2] ?? '');
}

/** Pronouns that stand for the speaker of the clause that reports them: "the union said it would ...". */
const SPEAKER_PRONOUNS = new Set(['it', 'they', 'we']);

/**
 * The verb's subject is a pronoun in reported speech whose speaker is one of `nouns`: "The union
 * said it would strike", "Nurses warned that they will strike", "the union told reporters it would
 * strike". The pronoun is right before the verb group; the speech verb at most three words before it.
 */
function reportedSubjectIn(lower: readonly string[], tokens: readonly Token[], i: number, lo: number, nouns: ReadonlySet<string>): boolean {
  let k = i - 1;
  while (k > lo && (AUX.has(lower[k]!) || lower[k]!.endsWith('ly'))) k--;
  if (k <= lo || !SPEAKER_PRONOUNS.has(lower[k]!)) return false;
  for (let j = k - 1; j > lo && j >= k - 3; j--) {
    if (tokens[j]!.kind === 'punct') return false;
    if (SPEECH.has(lower[j]!)) return subjectIn(lower, tokens, j, lo, nouns);
  }
  return false;
}

/**
 * For a verb right after "and" (", and"), the past-tense verb of the first conjunct it shares a
 * subject with: "destroyed" in "the fires destroyed 500 homes and killed four", at most twelve
 * tokens back and not across other punctuation; -1 when there is none.
 */
function verbSharingSubject(lower: readonly string[], tokens: readonly Token[], i: number, lo: number): number {
  if (i - 1 <= lo || lower[i - 1] !== 'and') return -1;
  let k = i - 2;
  if (lower[k] === ',') k--;
  for (; k > lo && k >= i - 14; k--) {
    if (tokens[k]!.kind === 'punct' || CLAUSE_BREAKS.has(lower[k]!)) return -1;
    if (/^[a-z]{3,}ed$/.test(lower[k]!)) return k;
  }
  return -1;
}

/**
 * The verb's subject is one of `nouns` across an apposition between commas right before it: "The
 * outbreak, first confirmed on Jan. 20, killed 10 people", "The storm, the worst in decades,
 * struck". Only a comma opens the apposition; a semicolon or a colon ends the search.
 */
function subjectBeforeApposition(lower: readonly string[], tokens: readonly Token[], i: number, lo: number, nouns: ReadonlySet<string>): boolean {
  if (i - 1 <= lo || lower[i - 1] !== ',') return false;
  for (let k = i - 2; k > lo && k >= i - 16; k--) {
    const w = lower[k]!;
    // ("The storm, which formed on Monday, killed 10 people": a relative clause right after the
    // opening comma is an aside too)
    if (w === ';' || w === ':' || (CLAUSE_BREAKS.has(w) && !((w === 'which' || w === 'that') && lower[k - 1] === ','))) return false;
    if (w === ',') return subjectIn(lower, tokens, k, lo, nouns);
  }
  return false;
}

const RELATIVE_AUX = new Set(['has', 'have', 'had', 'reportedly', 'also', 'already']);
const HEAD_PREPOSITIONS = new Set(['in', 'at', 'near', 'on', 'of', 'across', 'outside']);
/**
 * The verb at i opens a relative clause ("that"/"which", past "has"/"had") on one of `nouns`: "a
 * roof collapse that killed 15 people", "an Ebola outbreak in Uganda that killed four people". The
 * head is the word before the pronoun (a comma between is allowed), or the word before a place
 * phrase of at most three words.
 */
function relativeOn(lower: readonly string[], i: number, lo: number, nouns: ReadonlySet<string>): boolean {
  let k = i - 1;
  while (k > lo && RELATIVE_AUX.has(lower[k]!)) k--;
  if (k <= lo || (lower[k] !== 'that' && lower[k] !== 'which')) return false;
  let h = k - 1;
  if (lower[h] === ',') h--;
  if (h >= lo && headOrOfHead(lower, h, lo, nouns)) return true;
  for (let p = h - 1; p > lo && p >= h - 3; p--) {
    if (lower[p] === ',' || lower[p] === '.' || lower[p] === ';') return false;
    if (HEAD_PREPOSITIONS.has(lower[p]!)) return headOrOfHead(lower, p - 1, lo, nouns);
  }
  return false;
}

/**
 * The noun at c is one of `nouns`, or ends an "of" phrase of at most four words after one: "the
 * collapse of a railway station canopy (in Novi Sad) that killed 15 people".
 */
function headOrOfHead(lower: readonly string[], c: number, lo: number, nouns: ReadonlySet<string>): boolean {
  if (nouns.has(lower[c]!)) return true;
  for (let q = c - 1; q > lo && q >= c - 4; q--) {
    const w = lower[q]!;
    if (w === 'of') return nouns.has(lower[q - 1]!);
    if (w === ',' || w === '.' || w === ';' || w === 'that' || w === 'which') return false;
  }
  return false;
}

const FIXTURES = new Set(['game', 'games', 'match', 'matches', 'fixture', 'fixtures', 'race', 'races', 'round', 'rounds', 'tournament', 'tournaments']);
/**
 * "The league suspended defender Jordi Alba for two games", "UEFA suspended the striker for three
 * matches": a player's ban counted in fixtures is sport's discipline, no sanction between actors.
 * "for", a count or "a"/"one", then a fixture noun within eight words after the verb.
 */
function suspendedForGames(lower: readonly string[], i: number): boolean {
  for (let k = i + 1; k < lower.length && k <= i + 8; k++) {
    if (lower[k] === '.' || lower[k] === ';') return false;
    if (lower[k] === 'for' && (FIXTURES.has(lower[k + 2] ?? '') || FIXTURES.has(lower[k + 3] ?? ''))) return true;
  }
  return false;
}

/** Subjects that endanger without acting: "the case threatens", "inflation threatens". */
const THREATENING_THINGS = new Set([
  'case', 'lawsuit', 'move', 'decision', 'law', 'bill', 'plan', 'crisis', 'policy', 'rule', 'rules', 'storm', 'virus', 'outbreak',
  'drought', 'floods', 'flooding', 'inflation', 'shortage', 'shortages', 'conflict', 'war', 'dispute', 'row', 'tariffs', 'measure',
  'proposal', 'deal', 'ruling', 'scandal', 'debt', 'recession', 'fire', 'fires', 'wildfire', 'wildfires', 'pandemic', 'disease',
]);
/** The word before the verb group (over quotation marks, auxiliaries and -ly adverbs) is such a thing. */
function thingBefore(lower: readonly string[], i: number, lo: number): boolean {
  let k = i - 1;
  while (k > lo && (lower[k] === '"' || lower[k] === '“' || AUX_OR_MODAL.has(lower[k]!) || /ly$/.test(lower[k]!))) k--;
  return k >= lo && THREATENING_THINGS.has(lower[k]!);
}

/** "into the sea", "into the Sea of Japan", "into waters off": within eight words after the verb at i, before any punctuation. */
function intoTheSea(lower: readonly string[], i: number): boolean {
  for (let k = i + 1; k < lower.length && k <= i + 8; k++) {
    if (lower[k] === '.' || lower[k] === ',' || lower[k] === ';') return false;
    if (lower[k] === 'into' && (lower[k + 2] === 'sea' || lower[k + 1] === 'waters' || lower[k + 2] === 'waters' || lower[k + 1] === 'sea')) return true;
  }
  return false;
}

/** What follows "stormed" when it takes a place by force: "stormed the embassy", "stormed into a school". */
const STORMED = new Set(['the', 'a', 'an', 'into', 'its', 'their', 'his', 'her', 'several', 'two', 'three']);
/** What a side storms into on the sports pages: "stormed into a two-goal lead", "into the final". */
const STANDINGS = new Set(['lead', 'final', 'finals', 'semi-final', 'semi-finals', 'semifinal', 'semifinals', 'quarter-final', 'quarter-finals', 'quarterfinal', 'quarterfinals', 'round', 'top', 'victory', 'win', 'title', 'playoffs', 'play-offs']);

/**
 * A verb's sense where its lexicon type is wrong for it: "dockworkers will strike" is a walkout
 * (CAMEO 143), "the outbreak has killed 14" and "the storm struck" are nobody's attack, and "is
 * welcome to" is an adjective. Null keeps the lexicon's type; NO_EVENT drops the trigger.
 */
function verbSense(lemma: string, lower: readonly string[], tokens: readonly Token[], i: number, lo: number): { type: string; cameo: string | null } | typeof NO_EVENT | null {
  if (lemma === 'riot' && !riotsAsVerb(lower, i)) return NO_EVENT;
  if (lemma === 'suspend' && suspendedForGames(lower, i)) return NO_EVENT;
  if (lemma === 'vote' && !votesInElection(lower, i)) return NO_EVENT;
  if (heldAsAdjective(lower, i)) return NO_EVENT;
  // "despite a petition signed by 12,000 residents": names put down on a petition, as when one
  // "signed a petition" (the lexicon's `notWithin`), are no agreement
  if (lemma === 'sign' && PETITIONS.has(lower[i - 1] === ',' ? (lower[i - 2] ?? '') : (lower[i - 1] ?? ''))) return NO_EVENT;
  // "they seized hundreds of hostages": taking hostages (CAMEO 181), an assault, not a battle
  if (lemma === 'seize' && lower.slice(i + 1, i + 5).some((x) => x === 'hostages' || x === 'hostage')) return { type: 'ASSAULT', cameo: '181' };
  // "the Revolutionary Guards test fired ballistic missiles": a weapons test attacks no one
  if (lemma === 'fire' && (lower[i - 1] === 'test' || lower[i - 1] === 'test-fired')) return NO_EVENT;
  // "a massive oil strike", "the general strike": a noun after a determiner is a walkout, unless
  // a weapon or a military word says it is an attack ("an air strike", "a pre-emptive strike")
  if (lemma === 'strike' && (lower[i] === 'strike' || lower[i] === 'strikes') && determinerBefore(lower, i, lo)) {
    return MILITARY_STRIKE.has(lower[i - 1] ?? '') || strikeOnTarget(lower, i, lower.length) ? null : { type: 'PROTEST', cameo: '143' };
  }
  // "Port strike talks collapse", "a strike by nurses": the noun of a labour dispute, even with no
  // determiner before it (headlines drop theirs)
  if (lemma === 'strike' && (lower[i] === 'strike' || lower[i] === 'strikes') && !MILITARY_STRIKE.has(lower[i - 1] ?? '') && isLabourStrike(lower, i, lower.length)) {
    return { type: 'PROTEST', cameo: '143' };
  }
  // "Striking nurses march on Parliament", "the striking workers": the adjective of those on strike
  if (lower[i] === 'striking' && LABOUR_NOUNS.has(lower[i + 1] ?? '')) return { type: 'PROTEST', cameo: '143' };
  // "Fabregas' shot", "a low shot into the corner": the noun, a kick or a throw
  if (lemma === 'shoot' && (lower[i] === 'shot' || lower[i] === 'shots') && determinerBefore(lower, i, lo)) return NO_EVENT;
  // "shot down 52 drones", "shoot down a jet": air defence, conventional military force (190), no assault
  if (lemma === 'shoot' && lower[i + 1] === 'down') return { type: 'FIGHT', cameo: '190' };
  if (lemma === 'strike' || lemma === 'kill') {
    if (subjectIn(lower, tokens, i, lo, NATURAL_CAUSES) || subjectBeforeApposition(lower, tokens, i, lo, NATURAL_CAUSES) || relativeOn(lower, i, lo, DISASTERS)) return NO_EVENT;
    // "the fires destroyed 500 homes and killed four people": the subject of the first verb
    const first = verbSharingSubject(lower, tokens, i, lo);
    // (also across an aside before the first verb: "The outbreak, which began in September,
    // infected 66 people and killed 15")
    if (first >= 0 && (subjectIn(lower, tokens, first, lo, NATURAL_CAUSES) || subjectBeforeApposition(lower, tokens, first, lo, NATURAL_CAUSES))) return NO_EVENT;
    // "were killed in a road accident": the cause after the verb
    if (lemma === 'kill' && (causeAfter(lower, i) || disasterClauseAfter(lower, i, lo))) return NO_EVENT;
    // ", killing three": the participle's subject is the clause before the comma ("floods swept the valley, killing three")
    if (i - 1 > lo && lower[i - 1] === ',' && lower[i]!.endsWith('ing') && subjectIn(lower, tokens, i - 1, Math.max(lo, i - 25), NATURAL_CAUSES, true)) return NO_EVENT;
    if (lemma === 'strike' && lower[i + 1] !== 'by' && !hasDirectObject(lower, i) && (subjectIn(lower, tokens, i, lo, LABOUR_NOUNS) || reportedSubjectIn(lower, tokens, i, lo, LABOUR_NOUNS))) return { type: 'PROTEST', cameo: '143' };
  }
  // "Gunmen stormed a hotel", "threatened to storm the parliament": a building taken by force; the
  // noun ("the storm hit the coast", "storms") is weather
  // ("stormed into a two-goal lead", "stormed to victory": the sports pages' charge)
  if (lemma === 'storm' && (determinerBefore(lower, i, lo) || !STORMED.has(lower[i + 1] ?? '') || lower.slice(i + 1, i + 6).some((x) => STANDINGS.has(x)))) return NO_EVENT;
  // "the case threatens who we are", "the drought threatens crops": a thing that endangers
  // something is no actor's threat
  if (lemma === 'threaten' && thingBefore(lower, i, lo)) return NO_EVENT;
  if (lemma === 'welcome' && (welcomedToPlace(tokens, lower, i) || welcomedByHostAt(tokens, lower, i))) return { type: 'VISIT', cameo: '043' };
  if (lemma === 'welcome' && i > lo && BE_FORMS.has(lower[i - 1]!)) return NO_EVENT;
  if (lemma === 'raid' && isMoneyRaid(lower, i)) return NO_EVENT;
  if (lemma === 'raid' && policeRaid(lower, i, lo, raidAsNoun(lower, i))) return { type: 'ARREST', cameo: '173' };
  // "the freed hostages were flown to Doha": carried there, no visit of theirs
  if (lemma === 'fly' && isPassive(lower, i, lo)) return NO_EVENT;
  if (lemma === 'arrive' && vehicleSubject(lower, tokens, i, lo)) return NO_EVENT;
  // "clashed over water bills in a televised debate": a clash of words, in a place for words
  if (lemma === 'clash' && (verbalArena(lower, i) || politiciansClash(lower, i, lo))) return NO_EVENT;
  if (lemma === 'demand' && isMarketDemand(lower, i, lo)) return NO_EVENT;
  if (isIllnessOrState(lower, i)) return NO_EVENT;
  // "25 ethnically elected seats", "elected officials": a participle before its noun
  if (lower[i] === 'elected' && (ELECTED_NOUNS.has(lower[i + 1] ?? '') || (i > lo && lower[i - 1]!.endsWith('ly') && lower[i - 1] !== 'only'))) return NO_EVENT;
  // "the V victory sign", "a hopeful sign": a noun
  if (lower[i] === 'sign' && i > lo && SIGN_MODIFIERS.has(lower[i - 1]!)) return NO_EVENT;
  if (lemma === 'rally' && (marketNear(lower, i, lo) || isSupportersRally(lower, i, lo, lower.length))) return NO_EVENT;
  if ((lemma === 'fight' || lemma === 'battle') && isCampaignAgainst(lower, i, lower.length)) return NO_EVENT;
  // "would not meet it before 2029", "has yet to meet it": "it" is a thing (a target, a deadline
  // named before), and a thing is met only as something fulfilled; people met are "him", "them"
  if (lemma === 'meet' && lower[i + 1] === 'it') return NO_EVENT;
  // "the North fired a missile into the sea", "launched two rockets into the sea": a weapon
  // fired at no one is a test or a show of force, no attack
  if ((lemma === 'fire' || lemma === 'launch') && intoTheSea(lower, i)) return NO_EVENT;
  // "if their demands are not met": a demand met, not a meeting
  if (lemma === 'meet' && isPassive(lower, i, lo) && subjectIn(lower, tokens, i, lo, MEET_OBJECTS)) return NO_EVENT;
  // "the fiscal rules are being met, and they will be met": a passive "met" with nobody meeting
  // ("by the minister") is something fulfilled; "the delegates were met by the minister" stays a meeting
  if (lemma === 'meet' && lower[i] === 'met' && isPassive(lower, i, lo) && !byAgentAfter(lower, i)) return NO_EVENT;
  // "the shooting range": a gerund modifying a noun
  if (lower[i]!.endsWith('ing') && COMPOUND_HEADS.has(lower[i + 1] ?? '')) return NO_EVENT;
  // "was to blame": who is at fault, said of no one in particular
  if (lemma === 'blame' && i > lo + 1 && lower[i - 1] === 'to' && BE_FORMS.has(lower[i - 2]!)) return NO_EVENT;
  // "mobile phone vouchers": a noun
  if (lemma === 'phone' && ((i > lo && PHONE_MODIFIERS.has(lower[i - 1]!)) || PHONE_COMPOUNDS.has(lower[i + 1] ?? ''))) return NO_EVENT;
  return null;
}

/** People whose clashes are of words: "Ministers clash over migration bill", "rival candidates clashed on tax". */
const WORDY_CLASHERS = new Set(['ministers', 'minister', 'lawmakers', 'legislators', 'mps', 'senators', 'politicians', 'candidates', 'parties', 'officials', 'diplomats', 'economists', 'judges', 'regulators', 'negotiators', 'executives', 'shareholders', 'ministries']);
/**
 * "Ministers clash over migration bill", "Rival candidates clashed over taxes": a clash whose subject,
 * right before the verb, is of people who fight with words is an argument, no fight (no other type
 * holds it). "Protesters clashed with police" stays a fight.
 */
function politiciansClash(lower: readonly string[], i: number, lo: number): boolean {
  return i > lo && WORDY_CLASHERS.has(lower[i - 1]!);
}

/** Settings where people meet to argue, not to fight: a clash there is one of words. */
const VERBAL_ARENAS = new Set(['debate', 'debates', 'interview', 'hearing', 'hearings', 'podcast', 'broadcast', 'press', 'parliament', 'chamber', 'committee', 'tweets', 'posts', 'remarks', 'comments', 'words', 'panel', 'forum']);

/** A setting of argument within the dozen words after `i`, before the sentence's end. */
function verbalArena(lower: readonly string[], i: number): boolean {
  for (let k = i + 1; k < lower.length && k <= i + 12; k++) {
    const w = lower[k]!;
    if (w === '.' || w === ';') return false;
    if (VERBAL_ARENAS.has(w)) return true;
  }
  return false;
}

/** Words that open a predicative complement: "called the vote \"a provocation\"", "called the deal a step". */
const COMPLEMENT_OPENERS = new Set(['"', '“', "'", '‘', 'a', 'an', 'as']);

/**
 * "called the agreement a real step": after "call" + noun, a complement says what the thing is, so
 * the noun names an event that was only commented on; "called a vote for Monday" calls one.
 */
function namesWhatItIs(lower: readonly string[], k: number, hi: number): boolean {
  return k < hi && (COMPLEMENT_OPENERS.has(lower[k]!) || isJudgingAdjective(lower[k]!));
}

/** Words after "called a vote" that say when, not what it is: "called a vote early", "called a strike yesterday". */
const WHEN_WORDS = new Set(['early', 'late', 'later', 'earlier', 'today', 'tonight', 'yesterday', 'tomorrow', 'immediately', 'already', 'only', 'quickly', 'again', 'instead', 'overnight']);
const JUDGING_ADJECTIVES = new Set(['unfair', 'fair', 'dead', 'bad', 'good', 'wrong', 'right', 'void', 'null', 'illegal', 'legal', 'unjust', 'absurd', 'shameful', 'disgraceful', 'premature', 'welcome', 'unacceptable', 'acceptable', 'flawed', 'rigged', 'fake', 'fraudulent', 'meaningless', 'pointless', 'useless', 'worthless', 'vital', 'crucial', 'essential', 'great', 'terrible', 'awful']);

/**
 * "called the deal historic", "called the talks productive": an adjective right after the noun
 * judges it; by its ending, or a short list of judgements without one. Time words are no judgement.
 */
function isJudgingAdjective(w: string): boolean {
  if (WHEN_WORDS.has(w)) return false;
  return JUDGING_ADJECTIVES.has(w) || /^[a-z]{3,}(?:ic|ical|ous|ful|less|ive|able|ible|ant|ent)$/.test(w);
}

/**
 * "suspended visa-free travel for Georgian officials", "suspended visas for Russian tourists": travel
 * a country's people lose is a sanction on that country, while "suspended all sea travel" is a halt.
 */
function visaTravel(lower: readonly string[], from: number, hi: number): boolean {
  return lower.slice(from, Math.min(hi, from + 4)).some((w) => w === 'visa-free' || w === 'visa' || w === 'visas');
}

/**
 * The head of a passive's subject that a preposition follows: "Flights between Lima and Cusco were
 * suspended" gives "Flights" (`passiveSubject` stops at the "and" inside the modifier). The clause
 * runs back from the form of "be" to punctuation (at most ten tokens); the head is the word before
 * its first preposition. -1 when the verb is not passive or no preposition follows a first word.
 */
function passiveHeadBeforePreposition(tokens: readonly Token[], lower: readonly string[], i: number, lo: number): number {
  let k = i - 1;
  while (k >= lo && lower[k]!.endsWith('ly')) k--;
  if (k < lo || !BE_FORMS.has(lower[k]!)) return -1;
  if (k - 1 >= lo && (lower[k - 1] === 'have' || lower[k - 1] === 'has' || lower[k - 1] === 'had')) k--;
  let s = k;
  while (s - 1 >= lo && s - 1 >= k - 10 && tokens[s - 1]!.kind !== 'punct') s--;
  for (let j = s + 1; j < k; j++) if (PREPOSITIONS.has(lower[j]!)) return j - 1;
  return -1;
}

/**
 * A verb's direct object, read as the words from `from` up to four tokens on that come before any
 * preposition or punctuation, contains one of `nouns` ("meet the same strict standards").
 */
function objectIsOneOf(lower: readonly string[], tokens: readonly Token[], from: number, hi: number, nouns: readonly string[]): boolean {
  for (let j = from; j < hi && j < from + 4; j++) {
    if (tokens[j]!.kind === 'punct' || PREPOSITIONS.has(lower[j]!)) return false;
    if (nouns.includes(lower[j]!)) return true;
  }
  return false;
}

/**
 * Words that open a clause of its own: a condition or a concession. (A time or a cause clause may
 * tell the same happening: "were killed when gunmen opened fire" stays one attack.)
 */
const CLAUSE_OPENING = new Set(['if', 'unless', 'whereas', 'although', 'though', ';']);

/**
 * Two triggers of one type are two happenings when a clause opens between them: "sign a truce only
 * if the rebels withdrew" (the truce and the withdrawal), "promised to hold talks ..., and he is due
 * to meet business leaders" (two meetings); ", and"/", but" starts a new clause too.
 */
function clauseBreakBetween(lower: readonly string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (CLAUSE_OPENING.has(lower[k]!)) return true;
    if (lower[k] === ',' && (lower[k + 1] === 'and' || lower[k + 1] === 'but')) return true;
  }
  return false;
}

/**
 * "welcomed the outcome and praised Switzerland": two verbs, each with an object of its own, joined
 * by "and"/"but", are two acts; "welcomed and praised the deal" (nothing between the first verb and
 * "and") stays one.
 */
function secondVerbWithObject(lower: readonly string[], last: Trigger, tr: Trigger): boolean {
  if (last.nominal || tr.nominal) return false;
  const link = lower[tr.start - 1];
  // (an adjunct is no object: "was arrested in March and charged" stays one happening)
  return (link === 'and' || link === 'but') && tr.start - 1 > last.end && !PREPOSITIONS.has(lower[last.end]!);
}

/**
 * "Lourenco, who brokered the truce, spoke with Tshisekedi": the first trigger is in a relative
 * clause that closes (a comma) before the second, which is the main clause's verb: two acts.
 */
function closesRelative(tokens: readonly Token[], lower: readonly string[], lo: number, last: Trigger, tr: Trigger): boolean {
  let comma = false;
  for (let k = last.end; k < tr.start; k++) if (tokens[k]!.text === ',') comma = true;
  if (!comma) return false;
  for (let k = last.start - 1; k > lo && k >= last.start - 4; k--) {
    if ((lower[k] === 'who' || lower[k] === 'which') && tokens[k - 1]!.text === ',') return true;
    if (tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/** Token i follows the dash of a dateline that opens the sentence ("NAIROBI, Nov 19 - ..."): a place in capitals first. */
function afterDateline(tokens: readonly Token[], lo: number, i: number): boolean {
  const d = tokens[i - 1]!.text;
  if (!(d === '-' || d === '—' || d === '–' || d === '_') || i - 1 <= lo || i - lo > 14) return false;
  const first = tokens[lo]!.text;
  return first.length > 2 && /^[A-Z .,]+$/.test(first);
}

/**
 * A verb's required word is within four tokens or in its object noun phrase, however long the
 * phrase's modifiers: "release a group of senior prisoners" has its captives six words on.
 */
function needsMet(tokens: readonly Token[], lower: readonly string[], i: number, hi: number, words: readonly string[]): boolean {
  if (lower.slice(i + 1, Math.min(hi, i + 5)).some((x) => words.includes(x))) return true;
  // ("will vote on Sunday in a referendum": past a day right after the verb)
  const past = timeAdverbialEnd(lower, i + 1);
  if (past > i + 1 && lower.slice(past, Math.min(hi, past + 4)).some((x) => words.includes(x))) return true;
  if (objectPhrase(tokens, lower, i + 1, hi).some((k) => words.includes(lower[k]!))) return true;
  return (words.includes('with') && wordAfterObject(lower, i, hi, 'with')) || (words.includes('to') && wordAfterObject(lower, i, hi, 'to'));
}

/** Verbs of taking a place by force, whose object may be a bare name when armed men take it. */
const TAKING_BY_FORCE = new Set(['seize', 'capture']);

/**
 * "M23 rebels seized Goma", "Troops captured Bakhmut": armed men (the word right before the verb)
 * taking a name (the next token is in an entity mention) take a town by force; the lexicon's words
 * ("the town", "control") are not needed. ("Police seized Smith's car" stays none.)
 */
function armedTakeName(lemma: string, lower: readonly string[], i: number, named: ((k: number) => boolean) | undefined): boolean {
  return TAKING_BY_FORCE.has(lemma) && !!named && named(i + 1) && armedSubjectBefore(lower, i);
}

/**
 * "Sophie Petronin was freed near Gao on Saturday", "Kylie Moore-Gilbert has been released": a
 * person named as the subject, freed or released in the passive, is a captive set free (CAMEO 0841)
 * as "freed hostages" are. ("was released from hospital" is a discharge; "the film was released"
 * names no person.)
 */
function namedSubjectFreed(lemma: string, lower: readonly string[], i: number, lo: number, person: ((k: number) => boolean) | undefined): boolean {
  if ((lemma !== 'release' && lemma !== 'free') || !person) return false;
  const be = lower[i - 1];
  if (be !== 'was' && be !== 'were' && be !== 'been') return false;
  const subj = be === 'been' && (lower[i - 2] === 'has' || lower[i - 2] === 'have' || lower[i - 2] === 'had') ? i - 3 : i - 2;
  if (lower[i + 1] === 'from' && (lower[i + 2] === 'hospital' || lower[i + 3] === 'hospital')) return false;
  return subj >= lo && person(subj);
}

/**
 * Verbs whose passive subject is what they need: people released, freed or exchanged, an envoy
 * recalled, a proposal dismissed. (Not "sales of poultry have been banned": a ban at home, told in
 * the passive, is rarely an embargo on anyone.)
 */
const PASSIVE_NEEDS = new Set(['release', 'free', 'exchange', 'swap', 'recall', 'dismiss']);

/**
 * "The two hostages were released on Sunday", "An aid worker kidnapped in Mali last year was freed
 * overnight", "the ambassador was recalled": in a passive the word a verb needs (the captives, the
 * envoy) is its subject, before the verb. The subject reaches back up to twelve words, over a
 * participle phrase that describes it, to punctuation or a clause word.
 */
function passiveSubjectNeeds(tokens: readonly Token[], lower: readonly string[], lemma: string, i: number, lo: number, words: readonly string[]): boolean {
  if (!lower[i]!.endsWith('ed') || !PASSIVE_NEEDS.has(lemma)) return false;
  return passiveSubject(tokens, lower, i, lo, 12).some((k) => words.includes(lower[k]!));
}

/** Words that end the object a "with" of the verb's could follow: a new clause or verb group. */
const WITH_SEARCH_ENDS = new Set(['.', ';', 'and', 'but', 'who', 'which', 'that', 'said', 'says', 'after', 'before', 'because', 'when', 'while', 'if']);

/**
 * "charged the former head of the port authority, Willem de Boer, with accepting bribes", "asked a
 * labour court in Brussels to order ...": the verb's "with" or "to" after a long object and its
 * apposition, up to fourteen words on, within the clause.
 */
function wordAfterObject(lower: readonly string[], i: number, hi: number, word: string): boolean {
  for (let k = i + 1; k < hi && k <= i + 14; k++) {
    if (lower[k] === word) return true;
    // (a charge names its defendant in an apposition; an order or a request has no comma before its "to")
    if (lower[k] === ',' && word !== 'with') return false;
    if (WITH_SEARCH_ENDS.has(lower[k]!)) return false;
  }
  return false;
}

/**
 * "urged Tiran to release her", "freed him": a release whose object is a personal pronoun releases a
 * person (CAMEO 0841) as surely as one of prisoners ("her report" is a possessive, not an object).
 */
function releasesPerson(lemma: string, lower: readonly string[], tokens: readonly Token[], i: number, hi: number): boolean {
  if (lemma !== 'release') return false;
  const k = objectPronounAt(lower, tokens, i + 1, hi);
  return k === i + 1 && lower[k] !== 'them';
}

/**
 * "Scholz called Erdogan on Monday from Berlin": "called" with a named person as its whole object,
 * then a time, "from" or the call's purpose, is a telephone call. "called Erdogan a dictator" (a
 * complement follows), "a man called John Smith" (a name given) and "the call" are none.
 */
export function phoneCallOf(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number, person: (k: number) => boolean): boolean {
  if (!CALL_VERB_FORMS.has(lower[i]!)) return false;
  const prev = i > lo ? lower[i - 1]! : '';
  if (NAMING_BEFORE.has(prev) || DETERMINERS.has(prev)) return false;
  if (calledCounterpart(tokens, lower, i, hi, person)) return true;
  // (a title before the name: "called Turkish President Recep Tayyip Erdogan")
  let j = i + 1;
  while (j < hi && j <= i + 3 && !person(j) && isCap(tokens[j]!.text)) j++;
  if (j >= hi || !person(j)) return false;
  while (j < hi && person(j)) j++;
  const next = lower[j] ?? '';
  if (next === 'on') return CALL_DAYS.has(lower[j + 1] ?? '');
  if (next === 'to') return CALL_PURPOSES.has(lower[j + 1] ?? '');
  return CALL_AFTER.has(next);
}
const CALL_VERB_FORMS = new Set(['called', 'telephoned']);

const GATHER_FORMS = new Set(['gather', 'gathers', 'gathered', 'gathering']);
/** Meetings one gathers for: "gathered in Brussels for a two-day summit". */
const GATHERED_FOR = new Set(['summit', 'talks', 'meeting', 'conference', 'negotiations', 'session', 'consultations']);

/**
 * "Arab leaders will gather in Cairo on Tuesday for a summit", "ministers gathered in Brussels for
 * talks": a gathering for a meeting is the meeting (MEET 040), "for" within ten tokens, the
 * meeting noun within four more. ("Protesters gathered outside parliament" and "gathered
 * evidence" are none.)
 */
function gatheredForMeeting(tokens: readonly Token[], lower: readonly string[], i: number, hi: number): boolean {
  if (!GATHER_FORMS.has(lower[i]!) || DETERMINERS.has(lower[i - 1] ?? '')) return false;
  for (let j = i + 1; j < hi && j <= i + 10; j++) {
    if (tokens[j]!.kind === 'punct' && tokens[j]!.text !== '.') return false;
    if (lower[j] !== 'for') continue;
    for (let k = j + 1; k < hi && k <= j + 4; k++) {
      if (GATHERED_FOR.has(lower[k]!)) return true;
      if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '-') return false;
    }
    return false;
  }
  return false;
}

const SPEAK_FORMS = new Set(['spoke', 'speak', 'speaks', 'spoken', 'speaking', 'talked', 'talks', 'talk', 'talking']);
const PHONES = new Set(['phone', 'telephone', 'video', 'videolink']);
/** Words that end the one spoken with before "by phone": another clause or phrase opens there. */
const SPOKEN_WITH_STOPS = new Set([',', ';', ':', 'and', 'but', 'about', 'after', 'before', 'when', 'who', 'that']);

/**
 * "spoke with U.S. envoy Steve Witkoff by phone on Tuesday", "talked to Macron by telephone": the
 * phone named after the one spoken with, within ten tokens, makes it a call ("spoke by phone with"
 * is a phrase of the lexicon). "spoke with reporters in Geneva" is none.
 */
function spokeWithByPhone(lower: readonly string[], i: number, hi: number): boolean {
  if (!SPEAK_FORMS.has(lower[i]!) || (lower[i + 1] !== 'with' && lower[i + 1] !== 'to')) return false;
  for (let j = i + 3; j < hi && j <= i + 12; j++) {
    const w = lower[j]!;
    if (SPOKEN_WITH_STOPS.has(w)) return false;
    if (w === 'by' && PHONES.has(lower[j + 1] ?? '')) return true;
    if (w === 'over' && lower[j + 1] === 'the' && PHONES.has(lower[j + 2] ?? '')) return true;
  }
  return false;
}

/**
 * "Gerapetritis called his Turkish counterpart Hakan Fidan", "called her French counterpart on
 * Monday": a minister calling a counterpart (a possessive, at most two capitalised words, then
 * "counterpart", its name if given) is a telephone call when the clause goes on with no complement
 * (punctuation, "and", or what `phoneCallOf` takes after a name). ("called his counterpart a liar"
 * has a complement and is none.)
 */
const COUNTERPART_OWNERS = new Set(['his', 'her', 'their', 'its']);
function calledCounterpart(tokens: readonly Token[], lower: readonly string[], i: number, hi: number, person: (k: number) => boolean): boolean {
  let j = i + 1;
  if (!COUNTERPART_OWNERS.has(lower[j] ?? '')) return false;
  j++;
  while (j < hi && j <= i + 4 && isCap(tokens[j]!.text)) j++;
  if (lower[j] !== 'counterpart' && lower[j] !== 'counterparts') return false;
  j++;
  while (j < hi && (person(j) || (isCap(tokens[j]!.text) && person(j + 1)))) j++;
  if (j >= hi) return true;
  const next = lower[j]!;
  if (tokens[j]!.kind === 'punct') return next !== "'s" && next !== '’s';
  if (next === 'on') return CALL_DAYS.has(lower[j + 1] ?? '');
  if (next === 'to') return CALL_PURPOSES.has(lower[j + 1] ?? '');
  return next === 'and' || CALL_AFTER.has(next);
}

/**
 * "Trump will host Japanese Prime Minister Sanae Takaichi at Camp David on March 20", "Xi hosted
 * Lula in Beijing": a named person (a title may stand before the name) as the whole object of
 * "host", then "at" or "in" and a capitalised place, is a hosted visit (CAMEO 043), the host its
 * actor and the guest its target. "hosted the summit" (an event noun, a light verb's object),
 * "hosts a podcast", "hosted talks in Doha" name no guest.
 */
export function hostsGuestAt(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number, person: (k: number) => boolean): boolean {
  if (!HOST_FORMS.has(lower[i]!) || (i > lo && DETERMINERS.has(lower[i - 1]!))) return false;
  let j = i + 1;
  let titled = false;
  while (j < hi && j <= i + 4 && !person(j) && isCap(tokens[j]!.text)) if (TITLE_HEADS.has(lower[j++]!)) titled = true;
  if (j >= hi || !person(j)) return false;
  // (a state visit is between people of office: the guest bears a title or the host is a named
  // person, "Xi hosted Lula"; "The network hosted Jimmy Kimmel in Los Angeles" is a show)
  if (!titled && !(i - 1 >= lo && person(i - 1)) && !(i - 2 >= lo && person(i - 2))) return false;
  while (j < hi && person(j)) j++;
  if (lower[j] !== 'at' && lower[j] !== 'in') return false;
  const p = lower[j + 1] === 'the' ? j + 2 : j + 1;
  const place = tokens[p];
  return !!place && p < hi && isCap(place.text);
}
const HOST_FORMS = new Set(['host', 'hosts', 'hosted', 'hosting']);

/**
 * "Estonia declared a Russian diplomat persona non grata", "was declared \"persona non grata\"": a
 * diplomat declared unwelcome is expelled (SANCTION, CAMEO 166, as "expelled three diplomats").
 * "persona non grata" within eight tokens after a form of "declare", no clause break between.
 */
export function declaredPersonaNonGrata(tokens: readonly Token[], lower: readonly string[], i: number, hi: number): boolean {
  if (!DECLARE_FORMS.has(lower[i]!)) return false;
  for (let k = i + 1; k < hi && k <= i + 8; k++) {
    if (lower[k] === 'persona') return lower[k + 1] === 'non' && lower[k + 2] === 'grata';
    if (tokens[k]!.text === ',' || tokens[k]!.text === ';' || lower[k] === 'and') return false;
  }
  return false;
}
const DECLARE_FORMS = new Set(['declare', 'declares', 'declared', 'declaring']);

/**
 * "President Lula is on a state visit to Japan", "was on a three-day trip to Kenya": being on a
 * visit to a place is a visit (CAMEO 042), though its noun stands after a preposition. Returns the
 * token of the noun, or -1. ("The talks focused on a visit to Japan" has no "is"/"was" before "on".)
 */
export function onAVisitAt(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number): number {
  if (lower[i] !== 'on' || i - 1 < lo || !VISIT_BE.has(lower[i - 1]!) || (lower[i + 1] !== 'a' && lower[i + 1] !== 'an')) return -1;
  for (let j = i + 2; j < hi && j <= i + 6; j++) {
    if (VISIT_NOUNS.has(lower[j]!)) return lower[j + 1] === 'to' && j + 2 < hi && isCap(tokens[j + 2]!.text) ? j : -1;
    if (tokens[j]!.kind !== 'word' && lower[j] !== '-') return -1;
  }
  return -1;
}
const VISIT_BE = new Set(['is', 'are', 'was', 'were', 'been']);
const VISIT_NOUNS = new Set(['visit', 'trip', 'tour']);
const NAMING_BEFORE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'man', 'woman', 'boy', 'girl', 'person', 'group', 'firm', 'company', 'party', 'movement', 'so', 'also-called']);
const CALL_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const CALL_PURPOSES = new Set(['discuss', 'congratulate', 'express', 'offer', 'thank', 'condole', 'convey']);
const CALL_AFTER = new Set(['from', 'late', 'last', 'yesterday', 'earlier', 'overnight', 'today', 'tonight']);

/**
 * The readings below each look at the word at i and either add its trigger to `out` and return
 * the last token they consumed, or return NOT_HERE. Each is its own function so that the JIT
 * compiles (and, when a rare branch is first reached, recompiles) one reading at a time, not
 * all of `findTriggers`: a first pass over the newswire corpus spent over a second compiling it.
 */
const NOT_HERE = -1;

/** A phrasal trigger at i: "sat down with", "called on", "ruled out". */
function phraseTriggerAt(out: Trigger[], tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number): number {
  const w = lower[i]!;
  const m = matchPhrase(lower, i, hi);
  const pw = i > lo ? lower[i - 1]! : '';
  // ("rejected calls for talks", "growing calls for": a plural noun after a verb or a participle)
  const pluralAfterVerb = w === 'calls' && /(ed|ing)$/.test(pw) && !AUX.has(pw);
  if (!m || pluralAfterVerb || DETERMINERS.has(pw) || pw === "'" || pw === "'s" || (i > lo && tokens[i - 1]!.text === '’')) return NOT_HERE;
  // ("in a phone call on Sunday": "on" dates the call, nobody is called on)
  if (lower[m.end - 1] === 'on' && (CALL_DAYS.has(lower[m.end] ?? '') || MONTHS.has(lower[m.end] ?? ''))) return NOT_HERE;
  // "could not rule out that the drug caused it", "ruled out the possibility of": a judgement
  // of what may be true, not a rejection of anything proposed
  if (m.type === 'REJECT' && lower[m.end - 1] === 'out' && isEpistemicComplement(lower, m.end)) return m.end - 1;
  // "called on Ahmed in the afternoon": a courtesy visit; "called on Ahmed to resign" is an appeal
  const visit = m.type === 'APPEAL' && lower[m.end - 1] === 'on' && isCap(tokens[m.end]?.text ?? '') && !lower.slice(m.end, Math.min(hi, m.end + 10)).includes('to');
  out.push(makeTrigger(i, m.end, i, visit ? 'VISIT' : m.type, visit ? '042' : m.cameo, false, -1, -1));
  return m.end - 1;
}

/**
 * "gave the government of Sarnia and the rebels until Friday": a deadline (the addressees may be
 * a long group). Returns the token of "until", or i when there is none.
 */
function deadlineAt(out: Trigger[], tokens: readonly Token[], lower: readonly string[], i: number, hi: number): number {
  for (let j = i + 1; j < hi && j <= i + 12; j++) {
    if (tokens[j]!.kind === 'punct') break;
    if (lower[j] === 'until') {
      out.push(makeTrigger(i, j + 1, i, 'DEADLINE', null, false, -1, -1));
      return j;
    }
  }
  return i;
}

/**
 * "to protest what it called dangerous manoeuvres", "what officials called a massive attack":
 * "called" after "what" and its subject (at most three words) names a thing as the speaker sees
 * it; nobody calls the event.
 */
function namingWhat(lower: readonly string[], i: number, lo: number): boolean {
  for (let k = i - 1; k >= lo && k >= i - 4; k--) {
    if (lower[k] === 'what') return true;
    if (!/^[a-z'-]+$/.test(lower[k]!)) return false;
  }
  return false;
}

/** Light verb at i + event noun: "held talks", "imposed sanctions", "launched an offensive". */
function lightVerbTriggerAt(out: Trigger[], tokens: readonly Token[], lower: readonly string[], i: number, w: string, lv: string, lo: number, hi: number, from = i + 1): number {
  const n = nounAfter(lower, tokens, from, hi);
  if (n < 0 || (lv === 'call' && (namesWhatItIs(lower, n + 1, hi) || namingWhat(lower, i, lo)))) return NOT_HERE;
  const ne = nounEntry(lower[n]!)!;
  const ve = verbEntry(w);
  const type = lightOverride(lv, ne.type);
  const ns = measureStopped(lv, ne.type) ?? nounSense(lower, n, lo, hi) ?? labourStrikeOf(lv, lower[n]!) ?? armedStrikeOf(lv, lower, n) ?? mediationOf(lv, ne.type);
  if (!type || ns === NO_EVENT) return NOT_HERE;
  const ttype = ns ? ns.type : ve && ve.type !== ne.type && ve.type !== 'AGREE' ? ne.type : type;
  const tcameo = ns ? ns.cameo : (lightOverrideCameo(lv, ne.type) ?? ne.cameo ?? null);
  // "ahead of a planned march", "The postponed summit will take place in May": the participle is
  // the noun's adjective; the noun is the head, with its predicate if it has one, else a bare event
  // noun whose clause is its own phrase (not the sentence's subject, place or time)
  if (participleAfterDeterminer(lower, i, lo)) {
    const p = prepositionBefore(lower, i, lo) ? -1 : predicateAfter(lower, tokens, n, hi);
    const pe = p < 0 ? n + 1 : predicateEnd(lower, p);
    out.push(makeTrigger(i, pe, n, ttype, tcameo, true, p, n));
    return pe - 1;
  }
  out.push(makeTrigger(i, n + 1, i, ttype, tcameo, true, -1, n));
  return n;
}

const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);
const PARTICIPATE_FORMS = new Set(['participate', 'participates', 'participated', 'participating']);

/**
 * "take part in the march", "took part in talks", "participated in the protest": who takes part
 * in an event joins it, so the event noun after "in" is the verb's object as after "join". Returns
 * the index right after "in", or -1.
 */
function takesPartIn(tokens: readonly Token[], lower: readonly string[], i: number, hi: number): number {
  const w = lower[i]!;
  const from = TAKE_FORMS.has(w) && lower[i + 1] === 'part' && lower[i + 2] === 'in' ? i + 3 : PARTICIPATE_FORMS.has(w) && lower[i + 1] === 'in' ? i + 2 : -1;
  if (from < 0 || from >= hi) return -1;
  // ("to participate in the two-day summit scheduled to start on Nov. 4": a noun with a predicate of
  // its own is the event with its predicate, which dates it)
  const n = nounAfter(lower, tokens, from, hi);
  return n >= 0 && predicateAfter(lower, tokens, n, hi) >= 0 ? -1 : from;
}

/**
 * "ahead of a planned march", "the announced strike": a light verb's participle after a
 * determiner is an adjective of the noun, not a verb that makes an event ("that" before it is a
 * relative pronoun: "the union that called a strike").
 */
function participleAfterDeterminer(lower: readonly string[], i: number, lo: number): boolean {
  const prev = i > lo ? lower[i - 1]! : '';
  return lower[i]!.endsWith('ed') && DETERMINERS.has(prev) && prev !== 'that';
}

/** How a word of the verb lexicon reads at i: a verb to try, a word to skip, or maybe a noun. */
const VERB = 0;
const SKIP = 1;
const NOT_VERB = 2;

// (w and t are the word the loop stopped at, which after a deadline ("gave ... until") is not the word at i)
function verbReadingAt(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, w: string, t: Token, ve: VerbEntry, headline: boolean, named: ((k: number) => boolean) | undefined): number {
  const prev = i > lo ? lower[i - 1]! : '';
  // "a crash that killed a woman": "that" before a past form is a relative pronoun
  const relThat = prev === 'that' && w !== ve.lemma && !w.endsWith('s') && !w.endsWith('ing');
  const afterDetOrPrep =
    (DETERMINERS.has(prev) && !relThat) || (PREPOSITIONS.has(prev) && prev !== 'to' && !(w.endsWith('ing') && (prev === 'of' || prev === 'by' || prev === 'for')));
  // a capitalised verb inside a sentence belongs to a name or a title-case headline ("US Bomb Squad")
  // (the first word after a dateline opens the sentence: "NAIROBI, Nov 19 - Fighting broke out ...")
  if (i > lo && isCap(t.text) && !(i === lo + 1 && tokens[lo]!.kind === 'punct') && !afterDateline(tokens, lo, i) && !(headline && !named!(i))) return SKIP;
  // "20 bombs", "car bombs", "mobile phones": a plural noun after a number or a modifier
  // ("the unions' demands": a plural possessor's apostrophe before a plural form)
  if (w.endsWith('s') && w !== ve.lemma && i > lo && ((prev === "'" && i - 1 > lo && lower[i - 2]!.endsWith('s')) || tokens[i - 1]!.kind === 'number' || NOUN_MODIFIERS.has(prev) || /(al|ic|ive|ous|ful|less|ed|ing)$/.test(prev))) return SKIP;
  // "tougher sanctions", "the attacks": a plural noun, not a verb, unless a subject precedes
  // (a capitalised word opening the sentence is a name only if the entity layer says so: "Smaller
  // protests took place", "Violent clashes erupted")
  const capSubject = i > lo && isCap(tokens[i - 1]!.text) && !(i - 1 === lo && !!named && !named(i - 1));
  const pluralNoun = w.endsWith('s') && (!!nounEntry(w) || NOUN_VERB_AMBIGUOUS.has(w)) && !(i > lo && (capSubject || ['he', 'she', 'it', 'who', 'that', 'which'].includes(prev)));
  return !afterDetOrPrep && !pluralNoun && !isNounReading(lower, tokens, i, lo) ? VERB : NOT_VERB;
}

/**
 * "Inmates rioted", "prisoners were rioting": the verb. The nouns ("race riots this week",
 * "inciting labor riots", "shop theft and rioting") and the adjective ("rioting inmates") are
 * left out: they name riots told of elsewhere, or none at all.
 */
function riotsAsVerb(lower: readonly string[], i: number): boolean {
  const w = lower[i]!;
  if (w === 'rioted') return true;
  return w === 'rioting' && ['were', 'was', 'are', 'is', 'been', 'began', 'started'].includes(lower[i - 1] ?? '');
}

/** Verbs whose word, when its verbal reading asks for more than the sentence gives, is tried as an event noun. */
const NOUN_AFTER_FAILED_VERB = new Set(['vote']);

/** Verbs that free people, before whom a participle of holding is an adjective: "release detained activists". */
const FREEING = new Set([
  'release', 'releases', 'released', 'releasing', 'free', 'frees', 'freed', 'freeing',
  // ("Nigerian troops rescued 30 kidnapped schoolgirls": who rescues did not kidnap)
  'rescue', 'rescues', 'rescued', 'rescuing',
]);
/** A count or determiner between the verb of freeing and the participle: "rescued 30 kidnapped", "freed the jailed". */
const FREED_COUNT = /^(\d[\d,]*|the|all|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|some|more|its|their)$/;

/**
 * "called on the government to release detained opposition figures", "freed jailed journalists",
 * "rescued 30 kidnapped schoolgirls": a participle right after a verb of freeing (over a count or a
 * determiner) describes those freed; no arrest or abduction is told there.
 */
function heldAsAdjective(lower: readonly string[], i: number): boolean {
  if (!lower[i]!.endsWith('ed')) return false;
  return FREEING.has(lower[i - 1] ?? '') || (FREED_COUNT.test(lower[i - 1] ?? '') && FREEING.has(lower[i - 2] ?? ''));
}

/** "such" at k opens, after a comma, an apposition: ", the first such", ", the 13th such", ", another such". */
function suchApposition(lower: readonly string[], k: number, lo: number): boolean {
  for (let j = k - 1; j >= lo && j >= k - 3; j--) if (lower[j] === ',') return true;
  return false;
}

/** Nouns of an entitlement before "to": "the right to protest", "freedom to assemble". */
const RIGHT_NOUNS = new Set(['right', 'rights', 'freedom']);

/**
 * "urged Belgrade to respect the right to protest", "defended workers' right to strike": a right
 * to act names no act that took place or is planned.
 */
function aRightTo(lower: readonly string[], i: number, lo: number): boolean {
  return i - 2 >= lo && lower[i - 1] === 'to' && RIGHT_NOUNS.has(lower[i - 2]!);
}

/** Words before "to vote" that make it a right or a registration, no vote cast: "eligible to vote", "registered to vote". */
const VOTER_STATUS = new Set(['eligible', 'registered', 'able', 'unable', 'allowed', 'entitled', 'right', 'age', 'can', 'cannot']);

/**
 * "Kenyans will vote in the referendum on Monday", "are voting in the election": a vote cast. Not
 * the right to one ("eligible to vote", "people who can vote in the election") and not the noun
 * in -ing ("to prevent multiple voting in the elections").
 */
function votesInElection(lower: readonly string[], i: number): boolean {
  const w = lower[i]!;
  if (w === 'voting' && !['are', 'is', 'were', 'was', 'been', 'be', 'began', 'started'].includes(lower[i - 1] ?? '')) return false;
  const before = lower[i - 1] === 'to' ? lower[i - 2] ?? '' : lower[i - 1] ?? '';
  return !VOTER_STATUS.has(before);
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Where the words after a verb continue past a time adverbial at k ("appealed [on Thursday] for
 * aid", "appealed [again on Monday] to donors", "appealed [yesterday] for calm"): the verb's
 * preposition may follow the day. Returns k when no such adverbial starts there.
 */
function timeAdverbialEnd(lower: readonly string[], k: number): number {
  let j = k;
  if (lower[j] === 'again' || lower[j] === 'late' || lower[j] === 'early') j++;
  if (lower[j] === 'yesterday' || lower[j] === 'today') return j + 1;
  if ((lower[j] === 'on' || lower[j] === 'last') && WEEKDAYS.has(lower[j + 1] ?? '')) return DAY_PARTS.has(lower[j + 2] ?? '') ? j + 3 : j + 2;
  if (j > k && lower[j] === 'on') return j + 1;
  return k;
}

const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
/**
 * "the search, which was suspended overnight", "talks that were suspended": the noun a relative
 * pronoun stands for when it is the subject of the passive at i (index of that noun, or -1).
 */
function passiveRelativeAntecedent(tokens: readonly Token[], lower: readonly string[], i: number, lo: number): number {
  let k = i - 1;
  while (k > lo && /ly$/.test(lower[k]!)) k--;
  if (!PASSIVE_BE.has(lower[k] ?? '')) return -1;
  k--;
  if (lower[k] === 'has' || lower[k] === 'have' || lower[k] === 'had') k--;
  if (k <= lo || (lower[k] !== 'which' && lower[k] !== 'that')) return -1;
  k--;
  if (tokens[k]?.text === ',') k--;
  return k >= lo ? k : -1;
}

const CHARGING = new Set(['prosecutors', 'prosecutor', 'police', 'authorities', 'investigators', 'officers', 'court', 'judge', 'magistrates', 'detectives', 'prosecution']);
const CHARGED_PEOPLE = new Set(['people', 'men', 'women', 'persons', 'suspects', 'officials', 'others', 'individuals', 'executives', 'officers', 'soldiers', 'students', 'activists', 'protesters', 'fans', 'workers', 'members', 'engineers', 'managers', 'him', 'her', 'them']);
/**
 * "Prosecutors have charged 13 people over the collapse", "Police charged two men over the attack":
 * charges brought for a matter ("over"), by those who bring them (the word before the verb group),
 * against people (the word right before "over"). Not "riot police charged over the bridge".
 */
function chargedOver(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, lemma: string): boolean {
  if (lemma !== 'charge') return false;
  let k = i - 1;
  while (k > lo && (lower[k] === 'have' || lower[k] === 'has' || lower[k] === 'had' || lower[k] === 'also' || lower[k] === 'formally')) k--;
  // ("Prosecutors in Novi Sad have charged": a place after those who charge)
  if (k >= lo && !CHARGING.has(lower[k]!)) k = beforePlaceAfter(tokens, lower, k, lo);
  if (k < lo || !CHARGING.has(lower[k]!)) return false;
  for (let j = i + 2; j < lower.length && j <= i + 5; j++) if (lower[j] === 'over' || lower[j] === 'for') return CHARGED_PEOPLE.has(lower[j - 1]!);
  return false;
}

/**
 * Token k ends a place phrase of capitalised words after "in" ("Prosecutors in Novi Sad"): the
 * token before "in", or k when there is none.
 */
function beforePlaceAfter(tokens: readonly Token[], lower: readonly string[], k: number, lo: number): number {
  let m = k;
  while (m > lo && m > k - 3 && isCap(tokens[m]!.text)) m--;
  return m < k && lower[m] === 'in' && m - 1 >= lo ? m - 1 : k;
}

/**
 * End of a window of n words from `from`, a run of capitalised words counting as one: "appeal to
 * the Islamabad High Court" reaches "Court" within four words.
 */
function namedWindowEnd(tokens: readonly Token[], from: number, hi: number, n: number): number {
  let k = from;
  for (let words = 0; k < hi && words < n; k++) {
    if (!(k > from && isCap(tokens[k]!.text) && isCap(tokens[k - 1]!.text) && tokens[k - 1]!.kind === 'word')) words++;
  }
  while (k < hi && k < from + 10 && isCap(tokens[k]!.text) && isCap(tokens[k - 1]!.text) && tokens[k - 1]!.kind === 'word') k++;
  return k;
}

/** Words that may follow an intransitive verb: a preposition, a time adverb, the clause's end. */
const AFTER_INTRANSITIVE = new Set(['until', 'on', 'by', 'after', 'before', 'in', 'at', 'last', 'this', 'yesterday', 'today', 'overnight', 'early', 'late', 'later', 'within', 'as', 'and', 'but', 'when', 'under', 'over', 'into', 'across', 'toward', 'towards', 'to', 'back', 'completely', 'fully', 'entirely']);

/**
 * "demonstrated intelligence and maturity", "demonstrated strong growth", "demonstrated new
 * missiles": "demonstrate" with an object shows something; a protest takes none ("demonstrated
 * against the result", "demonstrated outside parliament", "demonstrated peacefully in Tbilisi",
 * "demonstrated Sunday").
 */
function demonstratesWithoutObject(tokens: readonly Token[], lower: readonly string[], i: number, hi: number): boolean {
  if (i + 1 >= hi || tokens[i + 1]!.kind !== 'word' || isCap(tokens[i + 1]!.text)) return true;
  const next = lower[i + 1]!;
  return AFTER_INTRANSITIVE.has(next) || AFTER_PROTEST.has(next) || /ly$/.test(next);
}
const AFTER_PROTEST = new Set(['against', 'outside', 'inside', 'near', 'for', 'through', 'throughout', 'along', 'around', 'during', 'again', 'here', 'there', 'while', 'since', 'in', 'at', 'across', 'nationwide', 'outdoors']);

/** Nothing but a preposition, an adverb of time or the clause's end follows the verb at i ("withdrew on Friday", "withdrew."): it has no object. */
function objectFollows(lower: readonly string[], i: number): boolean {
  const next = lower[i + 1];
  return next !== undefined && /^[a-z]/.test(next) && !AFTER_INTRANSITIVE.has(next);
}

/** What a verb's lexicon entry asks of its context ("appeal to", "ask ... to", "sign" not "sign off"). */
function verbConditionsMet(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number, w: string, ve: VerbEntry, named?: (k: number) => boolean, person?: (k: number) => boolean): boolean {
  if (ve.needsNext) {
    const a = lower[i + 1] ?? '';
    const b = lower[i + 2] ?? '';
    // (not "to" past the day: it may open a purpose, "will fly on Monday to visit", which the
    // purpose's own verb tells of)
    const past = lower[timeAdverbialEnd(lower, i + 1)] ?? '';
    if (!ve.needsNext.includes(a) && !ve.needsNext.includes(b) && !(past !== 'to' && ve.needsNext.includes(past)) && !(armedMenWithdraw(lower, i) && !objectFollows(lower, i))) return false;
  }
  if (ve.notBefore && i + 1 < hi && ve.notBefore.includes(lower[i + 1]!)) return false;
  if (ve.lemma === 'demonstrate' && !demonstratesWithoutObject(tokens, lower, i, hi)) return false;
  if (ve.needsWithin && !needsMet(tokens, lower, i, hi, ve.needsWithin) && !chargedOver(tokens, lower, i, lo, ve.lemma) && !releasesPerson(ve.lemma, lower, tokens, i, hi) && !passiveSubjectNeeds(tokens, lower, ve.lemma, i, lo, ve.needsWithin) && !armedTakeName(ve.lemma, lower, i, named) && !namedSubjectFreed(ve.lemma, lower, i, lo, person)) return false;
  if (ve.notWithin && lower.slice(i + 1, namedWindowEnd(tokens, i + 1, hi, 4)).some((x) => ve.notWithin!.includes(x))) return false;
  if (ve.notObject && objectIsOneOf(lower, tokens, i + 1, hi, ve.notObject) && !visaTravel(lower, i + 1, hi)) return false;
  // ("Classes were suspended", "the offer was withdrawn": the passive's subject is its object)
  if (ve.notObject && passiveSubject(tokens, lower, i, lo).some((k) => ve.notObject!.includes(lower[k]!))) return false;
  // ("the search, which was suspended overnight": the passive's subject is the relative pronoun's noun)
  if (ve.notObject && ve.notObject.includes(lower[passiveRelativeAntecedent(tokens, lower, i, lo)] ?? '')) return false;
  // ("Flights between Lima and Cusco were suspended": the head before the subject's preposition)
  if (ve.notObject && ve.notObject.includes(lower[passiveHeadBeforePreposition(tokens, lower, i, lo)] ?? '')) return false;
  const prev = i > lo ? lower[i - 1]! : '';
  // "US sanctions remain in place": a plural noun before a verb
  if (w.endsWith('s') && w !== ve.lemma && NOUN_BEFORE_VERB.has(lower[i + 1] ?? '')) return false;
  // "showed signs of", "the attacks of": a plural noun before "of" or after a verb
  if (w.endsWith('s') && w !== ve.lemma && (lower[i + 1] === 'of' || /ed$/.test(prev) || ['has', 'have', 'had', 'show', 'shows', 'showing', 'with', 'saw', 'see'].includes(prev))) return false;
  if (i + 1 >= hi && ve.notBefore) return false;
  return true;
}

/** A verb of the lexicon at i in a verbal reading. Returns the last token of its trigger, or i when it is none. */
function verbTriggerAt(out: Trigger[], tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number, w: string, ve: VerbEntry, named?: (k: number) => boolean, person?: (k: number) => boolean): number {
  if (!verbConditionsMet(tokens, lower, i, lo, hi, w, ve, named, person)) return i;
  const sense = verbSense(ve.lemma, lower, tokens, i, lo);
  if (sense === NO_EVENT) return i;
  // "attend the Geneva meeting", "signed an agreement": one event over verb and noun
  let end = i + 1;
  const n = nounAfter(lower, tokens, i + 1, hi);
  // "pledged 5 million euros in aid": intent to give aid (CAMEO 033), one event with its noun
  const pledgedAid = n >= 0 && ve.type === 'PLEDGE' && nounEntry(lower[n]!)!.type === 'AID';
  if (n >= 0 && (nounEntry(lower[n]!)!.type === ve.type || ve.type === 'MEET' || ve.type === 'AGREE' || pledgedAid)) end = n + 1;
  const cameo = pledgedAid ? '033' : sense ? sense.cameo : (ve.cameo ?? null);
  out.push(makeTrigger(i, end, i, sense?.type ?? ve.type, cameo, false, -1, end > i + 1 ? end - 1 : -1));
  return end - 1;
}

/** An event noun of the lexicon at i in the sense it has here, or undefined. */
function eventNounAt(lower: readonly string[], i: number, w: string, lo: number, hi: number): NounEntry | undefined {
  const ne0 = nounEntry(w);
  const ns = ne0 ? nounSense(lower, i, lo, hi) : null;
  return ns === NO_EVENT ? undefined : ns && ne0 ? { ...ne0, type: ns.type, cameo: ns.cameo ?? undefined } : ne0;
}

/**
 * An event noun at i without a predicate that takes it as subject: an event only when its subject
 * is due to attend it or the sentence situates it.
 */
function bareNounTrigger(out: Trigger[], tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number, ne: NounEntry): void {
  // "He is expected to raise it at a summit in Vilnius next month": a meeting its subject is
  // due to attend; the verb carries the status and leads to the subject
  const v = ne.type === 'MEET' ? scheduledAttendance(tokens, lower, i, lo) : -1;
  if (v >= 0) {
    out.push(makeTrigger(i, i + 1, v, ne.type, ne.cameo ?? null, true, -1, i, false, v));
    return;
  }
  // a mention in a prepositional phrase stays no event ("during the clashes in Gaza", guideline 2)
  const sit = SITUATED_NOUN_TYPES.has(ne.type) && !inPrepPhrase(tokens, lower, i, lo) ? situated(tokens, lower, i, lo, hi) : 0;
  if (sit) out.push(makeTrigger(i, i + 1, i, ne.type, ne.cameo ?? null, true, -1, i, sit === 1, undefined));
}

/** An event noun at i ("the ultimatum expired"). Returns the last token of its trigger, or i when it is none. */
function nounTriggerAt(out: Trigger[], tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number, ne: NounEntry): number {
  if (i + 1 < hi && nounEntry(lower[i + 1]!)) return i; // compound: the last noun decides
  const p = predicateAfter(lower, tokens, i, hi);
  if (p < 0 || prepositionBefore(lower, i, lo)) {
    bareNounTrigger(out, tokens, lower, i, lo, hi, ne);
    return i;
  }
  // "would not allow the truce to collapse", "won't let the ceasefire collapse": what is not
  // permitted does not happen, and the noun names no new event of its own
  if (withheldPermission(lower, nounPhraseStart(tokens, lower, i, lo) - 1, lo)) return i;
  const pe = predicateEnd(lower, p);
  out.push(makeTrigger(i, pe, i, ne.type, ne.cameo ?? null, true, p, i));
  return pe - 1;
}

/** The end of a noun's predicate at p: "broke down", "took place" are two words. */
function predicateEnd(lower: readonly string[], p: number): number {
  return lower[p] === 'broke' || lower[p] === 'break' || lower[p] === 'breaks' || ((lower[p] === 'took' || lower[p] === 'take' || lower[p] === 'takes' || lower[p] === 'taking') && (lower[p + 1] === 'place' || lower[p + 1] === 'effect')) ? p + 2 : p + 1;
}

const family = (t: string) => (t === 'ASSAULT' || t === 'FIGHT' ? 'VIOLENCE' : t);

/**
 * One event per happening: a participle right after a comma (", killing four officers") or a
 * trigger of the same type within four tokens joins the earlier trigger.
 */
function oneTriggerPerHappening(tokens: readonly Token[], lower: readonly string[], lo: number, out: readonly Trigger[]): Trigger[] {
  const kept: Trigger[] = [];
  for (const tr of out) {
    const last = kept[kept.length - 1];
    // "summoned the ambassador to protest the incursion": the formal protest's purpose is itself
    if (last && last.type === 'CRITICIZE' && tr.type === 'PROTEST' && !tr.nominal && wordAt(lower, tr.start - 1) === 'to' && !clauseBreakBetween(lower, last.end, tr.start)) continue;
    if (last && family(last.type) === family(tr.type) && !clauseBreakBetween(lower, last.end, tr.start) && !secondVerbWithObject(lower, last, tr) && !closesRelative(tokens, lower, lo, last, tr) && (tr.start - last.end <= 4 || (lower[tr.head]!.endsWith('ing') && wordAt(lower, tr.start - 1) === ',') || wordAt(lower, tr.start - 1) === 'to')) continue;
    kept.push(tr);
  }
  return kept;
}

const WON_FORMS = new Set(['won', 'wins', 'win', 'winning']);
/** What an election gives the one who wins it: "won a second term", "won 160 seats", "won a majority". */
const ELECTED_PRIZES = new Set(['term', 'seat', 'seats', 'majority', 'mandate', 'presidency', 're-election', 'reelection', 'landslide', 'victory', 'vote', 'percent', '%']);
const ELECTION_NOUNS = new Set(['election', 'elections', 'runoff', 'run-off', 'poll', 'polls', 'vote', 'referendum', 'primary', 'ballot']);

/**
 * "won a second term in Sunday's presidential election", "won 160 seats in the parliamentary
 * elections": the election is the event (its winner the subject), though its noun stands in a
 * prepositional phrase that keeps other mentions no event. The prize ends the object within
 * five words and the election noun closes the "in" phrase within five more. The election noun's
 * index, or -1.
 */
function electionWonIn(tokens: readonly Token[], lower: readonly string[], i: number, hi: number): number {
  const round = roundOfElection(tokens, lower, i + 1, hi);
  if (round >= 0) return round;
  let k = i + 1;
  let prize = false;
  while (k < hi && k <= i + 6 && lower[k] !== 'in') {
    if (tokens[k]!.kind === 'punct' && lower[k] !== '%' && lower[k] !== '-') return -1;
    if (ELECTED_PRIZES.has(lower[k]!)) prize = true;
    k++;
  }
  if (!prize || lower[k] !== 'in') return -1;
  for (let j = k + 1; j < hi && j <= k + 5; j++) {
    if (ELECTION_NOUNS.has(lower[j]!)) return lower[j + 1] && nounEntry(lower[j + 1]!) ? -1 : j;
    if (tokens[j]!.kind === 'punct' && lower[j] !== "'s" && lower[j] !== '-') return -1;
  }
  return -1;
}

/**
 * "won the first round of Romania's presidential election", "won the first round of voting": a
 * round of an election is the election (held in rounds). From `from`, "the"/"a" and an ordinal
 * before "round of", then the election noun within five words; its index, or -1. ("won the first
 * round of the cup" names no election.)
 */
const ROUND_ORDINALS = new Set(['first', 'second', 'third', 'final', 'decisive', 'opening']);
function roundOfElection(tokens: readonly Token[], lower: readonly string[], from: number, hi: number): number {
  if ((lower[from] !== 'the' && lower[from] !== 'a') || !ROUND_ORDINALS.has(lower[from + 1] ?? '') || lower[from + 2] !== 'round' || lower[from + 3] !== 'of') return -1;
  for (let j = from + 4; j < hi && j <= from + 9; j++) {
    if (ELECTION_NOUNS.has(lower[j]!) || lower[j] === 'voting') return j;
    if (tokens[j]!.kind === 'punct' && lower[j] !== "'s" && lower[j] !== "'" && lower[j] !== '-') return -1;
  }
  return -1;
}

/**
 * "will face Nicusor Dan in a runoff on March 22": rivals who meet in a runoff contest an
 * election; the index of "runoff", or -1. (Not "in the second round": tennis players face each
 * other there too.)
 */
const FACE_FORMS = new Set(['face', 'faces', 'faced', 'facing']);
function facesInRunoff(tokens: readonly Token[], lower: readonly string[], i: number, hi: number): number {
  if (!FACE_FORMS.has(lower[i]!)) return -1;
  for (let k = i + 1; k < hi && k <= i + 7; k++) {
    if (tokens[k]!.kind === 'punct' && lower[k] !== '-') return -1;
    if (lower[k] !== 'in') continue;
    const d = lower[k + 1] === 'a' || lower[k + 1] === 'the' || lower[k + 1] === 'next' ? k + 2 : k + 1;
    if (lower[d] === 'runoff' || lower[d] === 'run-off') return d;
    return -1;
  }
  return -1;
}

/** `named(k)`: token k is inside an entity mention (a capitalised verb there is part of a name). */
/** `person(k)`: token k is inside a person's mention ("spoke with President Hale" consults). */
export function findTriggers(tokens: readonly Token[], lower: readonly string[], lo: number, hi: number, named?: (k: number) => boolean, person?: (k: number) => boolean): Trigger[] {
  return oneTriggerPerHappening(tokens, lower, lo, wordTriggers(tokens, lower, lo, hi, named, person));
}

/**
 * findTriggers' triggers word by word, before one is kept per happening. (Apart from the merge so
 * that V8 compiles the two apart: inlined into the loop, a first rare case in the merge
 * recompiled the whole loop.)
 */
function wordTriggers(tokens: readonly Token[], lower: readonly string[], lo: number, hi: number, named?: (k: number) => boolean, person?: (k: number) => boolean): Trigger[] {
  const out: Trigger[] = [];
  const headline = !!named && isHeadline(tokens, lo, hi);
  for (let i = lo; i < hi; i++) {
    const w = lower[i]!;
    if (!TRIGGER_STARTS.has(w)) continue;
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // "Shell agreed on Monday to buy ...": a capitalised word the entity layer reads as a name is
    // the name, not a verb, even where a sentence opens ("Shell", "Total", "Target"); an event
    // noun keeps its reading ("the Central Financial Work Conference is expected to open")
    if (named && isCap(t.text) && named(i) && !nounEntry(w)) continue;
    if (aRightTo(lower, i, lo)) continue;
    // "..., the first such visit this year", "..., the third such attack in three days": a noun
    // after "such" in an apposition names the kind of the event told before it, no new one ("The
    // first such talks occurred in Berlin" tells of talks of their own)
    if (i > lo && lower[i - 1] === 'such' && nounEntry(w) && suchApposition(lower, i - 1, lo)) continue;
    if (PHRASE_FIRST.has(w)) {
      const last = phraseTriggerAt(out, tokens, lower, i, lo, hi);
      if (last !== NOT_HERE) {
        i = last;
        continue;
      }
    }
    if (gatheredForMeeting(tokens, lower, i, hi)) {
      out.push(makeTrigger(i, i + 1, i, 'MEET', '040', false, -1, -1));
      continue;
    }
    if (person && phoneCallOf(tokens, lower, i, lo, hi, person)) {
      out.push(makeTrigger(i, i + 1, i, 'CALL', '041', false, -1, -1));
      continue;
    }
    // ("spoke with", "talked to": the verb and its preposition, as the consultation's trigger)
    if (spokeWithByPhone(lower, i, hi)) {
      out.push(makeTrigger(i, i + 2, i, 'CALL', '041', false, -1, -1));
      i++;
      continue;
    }
    const onVisit = w === 'on' ? onAVisitAt(tokens, lower, i, lo, hi) : -1;
    if (onVisit >= 0) {
      out.push(makeTrigger(i, onVisit + 1, i, 'VISIT', '042', false, -1, onVisit));
      i = onVisit;
      continue;
    }
    if (declaredPersonaNonGrata(tokens, lower, i, hi)) {
      out.push(makeTrigger(i, i + 1, i, 'SANCTION', '166', false, -1, -1));
      continue;
    }
    if (person && hostsGuestAt(tokens, lower, i, lo, hi, person)) {
      out.push(makeTrigger(i, i + 1, i, 'VISIT', '043', false, -1, -1));
      continue;
    }
    const won = WON_FORMS.has(w) ? electionWonIn(tokens, lower, i, hi) : facesInRunoff(tokens, lower, i, hi);
    if (won >= 0) {
      out.push(makeTrigger(i, won + 1, i, 'ELECTION', null, true, -1, won));
      i = won;
      continue;
    }
    // "will take part in the march on Saturday", "participated in the talks": as "join"
    const partIn = takesPartIn(tokens, lower, i, hi);
    if (partIn > 0) {
      const last = lightVerbTriggerAt(out, tokens, lower, i, w, 'join', lo, hi, partIn);
      if (last !== NOT_HERE) {
        i = last;
        continue;
      }
    }
    const lv = lightVerb(w);
    if (lv) {
      if (GIVE.has(w)) {
        i = deadlineAt(out, tokens, lower, i, hi);
        if (out.length && out[out.length - 1]!.start === i) continue;
      }
      const last = lightVerbTriggerAt(out, tokens, lower, i, w, lv, lo, hi);
      if (last !== NOT_HERE) {
        i = last;
        continue;
      }
    }
    // "sent troops", "handed over 40 prisoners", "summoned the ambassador", "proposed a truce": a
    // verb typed by its object (a capitalised one belongs to a name: "Hand", "Offer")
    // (in a title-case headline a capitalised verb outside a name acts too: "Police Ban Demonstrations")
    const act = isCap(t.text) && i > lo && !(headline && !named!(i)) ? null : objectAct(tokens, lower, i, lo, hi, person);
    if (act) {
      out.push(makeTrigger(i, act.end, i, act.type, act.cameo, act.noun >= 0, -1, act.noun));
      i = act.end - 1;
      continue;
    }
    const ve = verbEntry(w);
    if (ve) {
      const reading = verbReadingAt(tokens, lower, i, lo, w, t, ve, headline, named);
      if (reading === SKIP) continue;
      if (reading === VERB) {
        const before = out.length;
        const last = verbTriggerAt(out, tokens, lower, i, lo, hi, w, ve, named, person);
        // ("an estimates vote is to be held": a vote that casts no ballot in an election may still
        // be the noun with its predicate)
        if (out.length > before || !NOUN_AFTER_FAILED_VERB.has(ve.lemma)) {
          i = last;
          continue;
        }
      }
    }
    const ne = eventNounAt(lower, i, w, lo, hi);
    if (ne) i = nounTriggerAt(out, tokens, lower, i, lo, hi, ne);
  }
  return out;
}
