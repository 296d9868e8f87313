/**
 * Status from tense, modality and negation around a trigger: the auxiliary chain before the
 * verb (or light verb), the governing verb of an infinitive ("threatened to", "agreed to",
 * "refused to"), the predicate chain after a nominal trigger, "if"/"unless", denials, and
 * the time of the event against the publication date.
 */
import type { EventStatus, Token } from '../document/types.js';
import type { Trigger } from './detect.js';
import { lightVerb, measureStopped, nounEntry } from './lexicon.js';
import { participleAfterTrailingClause } from './arguments.js';
import {
  AUX, BE_PRESENT, DENY, INTENT_NOUNS, FUTURE, HYPO_GOVERNORS, MODAL_HYPO, NEG_GOVERNORS, NEGATORS, PAST_AUX, REPORTING_VERBS, SCHEDULE, SCHED_GOVERNORS,
  denialObjectEnd, intentAbandoned, ofBeforeCrime, relativeAsideOpen, withheldPermission,
} from './words.js';

export interface StatusCues {
  neg: boolean;
  hypo: boolean;
  sched: boolean;
  ongoing: boolean;
  past: boolean;
  /** "would" was the chain's only modal: hypothetical, or a plan in reported speech. */
  would: boolean;
}

/** Past-tense reporting verbs: "would" in their complement reports a plan (future in the past). */
const REPORTED_PAST = new Set(['said', 'told', 'announced', 'confirmed', 'stated', 'added', 'reported', 'wrote', 'indicated', 'signalled', 'signaled']);

/**
 * "Ribeiro said talks would resume next week": "would" after a past reporting verb is the
 * future seen from the past, so the event is scheduled, not imagined. It stays hypothetical
 * with a condition anywhere in the sentence ("would resume if …") or a perfect ("would have
 * met"), which are counterfactual.
 */
function isReportedPlan(lower: readonly string[], lo: number, hi: number, chainStart: number, head: number): boolean {
  for (let k = chainStart; k < head; k++) if (lower[k] === 'have') return false;
  for (let k = lo; k < hi; k++) if (lower[k] === 'if' || lower[k] === 'unless' || lower[k] === 'whether') return false;
  for (let k = lo; k < chainStart; k++) if (REPORTED_PAST.has(lower[k]!)) return true;
  return false;
}

/** Plans whose past perfect says they were overtaken (not agreements: "had agreed to meet"). */
const OVERTAKEN_PLAN_WORDS = new Set(['planned', 'scheduled', 'due', 'expected', 'set', 'arranged']);

function chainBefore(lower: readonly string[], lo: number, at: number, cues: StatusCues): number {
  let j = at - 1;
  for (; j >= lo && j >= at - 7; j--) {
    const w = lower[j]!;
    if (!AUX.has(w) && !/ly$/.test(w)) break;
    if (NEGATORS.has(w)) cues.neg = true;
    // ("are unlikely to meet before the summit", "is likely to sign": a likelihood, not the event)
    else if ((w === 'likely' || w === 'unlikely') && lower[j + 1] === 'to') cues.hypo = true;
    else if (w === 'would') cues.would = true;
    else if (MODAL_HYPO.has(w)) cues.hypo = true;
    // ("had planned to visit Tokyo in January", "had been due to meet on Monday": a plan told in the
    // past perfect was overtaken; whether it came about is not said)
    else if (OVERTAKEN_PLAN_WORDS.has(w) && (lower[j - 1] === 'had' || (lower[j - 1] === 'been' && lower[j - 2] === 'had'))) cues.hypo = true;
    else if (FUTURE.has(w) || SCHEDULE.has(w)) cues.sched = true;
    else if (PAST_AUX.has(w)) cues.past = true;
    else if (BE_PRESENT.has(w)) cues.ongoing = true;
    // "has yet to be ratified", "is yet to meet": not done so far
    else if (w === 'yet' && lower[j + 1] === 'to') cues.hypo = true;
  }
  return j;
}

/**
 * "whether" opens the trigger's clause: the event is asked or undecided, not reported. A comma
 * between them ends that clause ("Whether or not the talks succeed, the leaders met").
 */
function openQuestionBefore(lower: readonly string[], lo: number, at: number): boolean {
  for (let k = at - 1; k >= lo; k--) {
    if (lower[k] === ',' || lower[k] === ';') return false;
    if (lower[k] === 'whether') return true;
  }
  return false;
}

const BELIEF = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'expect', 'expects']);
const DOUBT = new Set(['doubt', 'doubts', 'doubted']);

/**
 * A verb of belief under negation ("do not believe", "did not think") or of doubt governs the
 * trigger's clause: the speaker does not hold that the event will happen. A comma between them
 * ends that clause.
 */
function doubtedBefore(lower: readonly string[], lo: number, at: number): boolean {
  for (let k = at - 1; k >= lo; k--) {
    const w = lower[k]!;
    if (w === ',' || w === ';') return false;
    if (DOUBT.has(w)) return true;
    if (!BELIEF.has(w)) continue;
    for (let j = k - 1; j >= lo && j >= k - 3 && AUX.has(lower[j]!); j--) if (NEGATORS.has(lower[j]!)) return true;
  }
  return false;
}

/** Words that end the clause an infinitive of purpose could belong to, looking back. */
const PURPOSE_STOP = new Set([';', ':', '.', 'and', 'but', 'while', 'who', 'which', 'that', 'said', 'says', 'after', 'before', 'because', '"', '“', '”']);

/**
 * "Marquez will travel on Friday to Lindor, in northern Valdoria, to visit a terminal": an
 * infinitive of purpose happens only as its clause's main verb does, so a future or a modal
 * before that verb (`to` is the infinitive's marker) holds for it too.
 */
function purposeOf(tokens: readonly Token[], lower: readonly string[], lo: number, to: number, cues: StatusCues): void {
  for (let k = to - 1; k >= lo && k >= to - 14; k--) {
    const w = lower[k]!;
    if (PURPOSE_STOP.has(w)) return;
    if (FUTURE.has(w)) { cues.sched = true; return; }
    if (MODAL_HYPO.has(w) && w !== 'would') { cues.hypo = true; return; }
    // (a finite verb of another tense ends the search: "met X on Friday to discuss")
    if (PAST_AUX.has(w) || BE_PRESENT.has(w) || (tokens[k]!.kind === 'word' && /ed$/.test(w) && k < to - 1)) return;
  }
}

/** Modals of what may come to be ("should" and "must" are left out: "it was decided that the meeting should be postponed"). */
const POSSIBLE = new Set(['could', 'might', 'may', 'would', 'can']);

/** A modal of possibility among the tokens [a, b): "the trip [could be] postponed". */
function possibleBefore(lower: readonly string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (POSSIBLE.has(lower[k]!)) return true;
  return false;
}

/** Light verbs that call an event off or keep their subject out of it. */
const CALLED_OFF = new Set(['postpone', 'cancel', 'suspend', 'boycott', 'skip']);

/** Light verbs that make an event known before it happens: "announced a strike", "called elections", "sets election date". */
const ANNOUNCING = new Set(['announce', 'call', 'set']);
/** Types of event that an announcement puts ahead (sanctions or a ceasefire announced take effect with it). */
const ANNOUNCED_AHEAD = new Set(['PROTEST', 'MEET', 'ELECTION', 'VISIT']);

/** Light verbs that put their event ahead of them. */
const PLANNING = new Set(['plan', 'schedule']);

/**
 * A denial before the trigger governs it unless another report opens between them: in "The army
 * denied targeting civilians and said rebels had attacked a checkpoint" the attack is what the army
 * says happened, not what it denies; a ";" ends the denial's sentence too.
 */
function deniedBefore(tokens: readonly Token[], lower: readonly string[], lo: number, at: number): boolean {
  for (let k = at - 1; k >= lo; k--) {
    const w = lower[k]!;
    // ("denied the charges and would cooperate": the denial's object ended before the trigger)
    if (DENY.has(w)) return !(denialObjectEnd(lower, k, at + 1) >= 0);
    if (tokens[k]!.text === ';' || REPORTING_VERBS.has(w)) return false;
  }
  return false;
}

// ("nothing was agreed", "Nothing has been signed": no thing was the object of the act)
const NO_ONE = new Set(['nobody', 'noone', 'none', 'nothing']);

/**
 * The subject ending at `k` is a noun phrase opened by "no": "No foreign aid has been requested",
 * "no formal complaint was filed". At most three lowercase words after "no", which opens the
 * clause (the sentence's start, after punctuation, or after "that"/"but"/"and"/"as").
 * ("no longer": an adverb of the verb group, no subject.)
 */
const CLAUSE_OPENERS = new Set(['that', 'but', 'and', 'as', 'while', 'although', 'though']);
function noDeterminerSubject(tokens: readonly Token[], lower: readonly string[], lo: number, k: number): boolean {
  for (let j = k - 1; j >= lo && j >= k - 3; j--) {
    if (lower[j] === 'no') {
      if (lower[j + 1] === 'longer' || lower[j + 1] === 'one') return false;
      return j === lo || tokens[j - 1]!.kind === 'punct' || CLAUSE_OPENERS.has(lower[j - 1]!);
    }
    if (tokens[j]!.kind === 'punct' || !/^[a-z][a-z-]*$/.test(tokens[j]!.text)) return false;
  }
  return false;
}

/** Prepositions that open the phrase of "nobody"/"no one": "Nobody from the government". */
const NO_ONE_PHRASE = new Set(['from', 'of', 'in', 'at', 'on', 'among', 'inside', 'within']);

/**
 * The subject right before the verb group (at `k`) is "nobody", "no one", "none of ..." or
 * "neither ...": the act was done by no one, so it did not happen.
 */
function noOneSubject(tokens: readonly Token[], lower: readonly string[], lo: number, k: number): boolean {
  if (k < lo) return false;
  if (NO_ONE.has(lower[k]!) || (lower[k] === 'one' && k > lo && lower[k - 1] === 'no')) return true;
  if (tokens[k]!.kind !== 'punct' && /^[a-z]/.test(tokens[k]!.text) && noDeterminerSubject(tokens, lower, lo, k)) return true;
  // "None of the three envoys": back over the "of" phrase to "none"; "Neither side", "Neither
  // Ostra nor Belgrava": a subject that denies each of its members
  for (let j = k; j >= lo && j >= k - 6; j--) {
    if (tokens[j]!.kind === 'punct') return false;
    if (lower[j] === 'none' && lower[j + 1] === 'of') return true;
    // ("Nobody from the government attended", "No one in the cabinet was told": its own phrase after it)
    if ((lower[j] === 'nobody' || (lower[j] === 'one' && lower[j - 1] === 'no')) && NO_ONE_PHRASE.has(lower[j + 1] ?? '')) return true;
    if (lower[j] === 'neither' && (j === lo || tokens[j - 1]!.kind === 'punct')) return true;
  }
  return false;
}

/** Words that join the names of a headline's subject: "Russia and Ukraine", "US, China", "Leaders of G7". */
const NAME_JOINERS = new Set(['and', '&', ',', 'of', 'the']);

/** The sentence opens with names and their joiners only, up to token `to` (at least one name). */
function onlyNamesBefore(tokens: readonly Token[], lower: readonly string[], lo: number, to: number): boolean {
  if (to <= lo) return false;
  for (let k = lo; k < to; k++) if (!NAME_JOINERS.has(lower[k]!) && !/^\p{Lu}/u.test(tokens[k]!.text)) return false;
  return true;
}

/**
 * "M23 rebels seize Goma airport; UN council to meet": in a headline (no full stop at its end) a
 * subject and "to" with no verb of its own in its part (after a ";" or ":") is what will be. The
 * subject may have common nouns ("council", "rebels"), unlike `onlyNamesBefore` in running text.
 */
function headlineInfinitive(tokens: readonly Token[], lower: readonly string[], lo: number, hi: number, to: number): boolean {
  const last = tokens[hi - 1]!.text;
  if (/[.?!"”']$/.test(last)) return false;
  let k = to - 1;
  for (; k >= lo && lower[k] !== ';' && lower[k] !== ':'; k--) {
    const w = lower[k]!;
    if (tokens[k]!.kind === 'punct' || AUX.has(w) || REPORTING_VERBS.has(w) || /ed$/.test(w)) return false;
  }
  return k + 1 < to;
}

/** "is to launch", "are to meet", "was to be prosecuted": a form of "be" right before "to" (and "be") before the head. */
function beToBefore(lower: readonly string[], lo: number, head: number): boolean {
  let k = head - 1;
  if (lower[k] === 'be') k--;
  if (lower[k] !== 'to' || k - 1 < lo) return false;
  const b = lower[k - 1]!;
  return b === 'is' || b === 'are' || b === 'was' || b === 'were' || b === 'am';
}

/** Words before "to" + gerund that put an act near, not done: "close to agreeing", "closer to reaching". */
const NEARLY = new Set(['close', 'closer', 'near', 'nearer']);

/**
 * "Kadima is on course to win 41 seats", "the rebels are on track to capture Goma": a forecast of
 * the act, which has not happened.
 */
function onCourseTo(lower: readonly string[], head: number): boolean {
  return lower[head - 1] === 'to' && (lower[head - 2] === 'course' || lower[head - 2] === 'track') && lower[head - 3] === 'on';
}

/** Verbs that keep someone from an act: "prevent them from launching", "barred from attending". */
const KEEP_FROM = new Set(['prevent', 'prevents', 'prevented', 'preventing', 'stop', 'stops', 'stopped', 'stopping', 'bar', 'bars', 'barred', 'barring', 'ban', 'bans', 'banned', 'banning', 'deter', 'deterred', 'keep', 'kept', 'discourage', 'discouraged', 'refrain', 'refrained']);

/** A verb of keeping from before "from" at `from`, within five words: "prevent them [from]". */
function keptFrom(lower: readonly string[], from: number, lo: number): boolean {
  for (let k = from - 1; k >= lo && k >= from - 5; k--) if (KEEP_FROM.has(lower[k]!)) return true;
  return false;
}

/**
 * "expired without the regional leader handing over the port", "the talks ended without a deal":
 * what "without" governs did not happen. The trigger is a gerund or a bare event noun, at most
 * five words after "without" (a subject or determiners between), with no punctuation, conjunction,
 * participle or other gerund between ("without waiting for the talks" says nothing of the talks).
 */
function withoutBefore(tokens: readonly Token[], lower: readonly string[], lo: number, tr: Trigger): boolean {
  const head = tr.head;
  // (a light verb's gerund with its noun too: "without reaching an agreement")
  const gerund = lower[head]!.endsWith('ing');
  const bareNoun = tr.nominal && tr.head === tr.noun;
  if (!gerund && !bareNoun) return false;
  for (let k = head - 1; k >= lo && k >= head - 6; k--) {
    if (lower[k] === 'without') return true;
    // (a verb or a conjunction between ends what "without" governs: "resumed without safety
    // measures and caused the explosion")
    const w = lower[k]!;
    if (tokens[k]!.kind === 'punct' || (w.length > 4 && (w.endsWith('ing') || w.endsWith('ed'))) || w === 'and' || w === 'or' || w === 'but') return false;
  }
  return false;
}

/** Participles of a schedule that a noun's predicate may be a reduced relative of: "talks scheduled for Friday". */
const SCHEDULE_PARTICIPLES = new Set(['scheduled', 'planned', 'set', 'due', 'slated', 'expected']);
const CALLED_OFF_FORMS = new Set(['cancelled', 'canceled', 'postponed', 'scrapped', 'shelved']);

/**
 * "Talks between the two Koreas [scheduled for Friday in Panmunjom] were cancelled": a schedule's
 * participle after the noun, with its adjuncts, is no predicate of the sentence; the verb group after
 * it (a finite "be" within twelve words, no punctuation between) may call the event off.
 */
function calledOffLater(tokens: readonly Token[], lower: readonly string[], p: number, hi: number): boolean {
  if (!SCHEDULE_PARTICIPLES.has(lower[p]!) || AUX.has(lower[p - 1] ?? '')) return false;
  for (let k = p + 1; k < hi && k <= p + 12; k++) {
    if (tokens[k]!.kind === 'punct') return false;
    const w = lower[k]!;
    if (w !== 'was' && w !== 'were' && w !== 'been' && w !== 'is' && w !== 'are') continue;
    const n = lower[k + 1] === 'been' ? k + 2 : k + 1;
    return CALLED_OFF_FORMS.has(lower[n] ?? '') || (lower[n] === 'called' && lower[n + 1] === 'off');
  }
  return false;
}

/**
 * "The summit had been planned for February but was postponed", "talks were scheduled for Monday
 * but have been cancelled": a plan that "but" turns into a calling off did not take place as
 * planned. The "but" within twelve words after the noun's predicate at p, no punctuation between;
 * then a "be" or "have been" (an adverb or "later" may stand before the participle: "but was
 * later postponed").
 */
const REFERRING_DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their']);
function butCalledOff(tokens: readonly Token[], lower: readonly string[], p: number, hi: number): boolean {
  for (let k = p + 1; k < hi && k <= p + 12; k++) {
    if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== ',') return false;
    if (lower[k] !== 'but') continue;
    let n = k + 1;
    // (the event named again as the subject: "but the visit was postponed", "but it was called off")
    if (lower[n] === 'it' || lower[n] === 'they') n++;
    else if (REFERRING_DETERMINERS.has(lower[n] ?? '') && tokens[n + 1]?.kind === 'word') n += 2;
    if (lower[n] === 'has' || lower[n] === 'have' || lower[n] === 'had') n++;
    if (!['was', 'were', 'been', 'is', 'are'].includes(lower[n] ?? '')) return false;
    n++;
    if (/ly$/.test(lower[n] ?? '') || lower[n] === 'later' || lower[n] === 'then') n++;
    return CALLED_OFF_FORMS.has(lower[n] ?? '') || (lower[n] === 'called' && lower[n + 1] === 'off');
  }
  return false;
}

/**
 * Between `from` and the event noun at `noun`, a word of how long the event has lasted: "seven-week",
 * "three-day", "month-long", "weeks-long", "ongoing": an event under way when it was called off.
 */
function lastedBefore(tokens: readonly Token[], from: number, noun: number): boolean {
  for (let k = from; k < noun; k++) {
    const w = tokens[k]!.text.toLowerCase();
    if (/^[a-z0-9]+-(?:day|week|month|year|hour)$|^[a-z]+-long$/.test(w) || w === 'ongoing') return true;
    // (tokens may split at the hyphen: "seven", "-", "week")
    if (w === '-' && /^(?:day|week|month|year|hour|long)$/.test(tokens[k + 1]?.text.toLowerCase() ?? '')) return true;
  }
  return false;
}

const THREATENED_ACTS = new Set(['PROTEST', 'ASSAULT', 'FIGHT']);
function threatenedAct(lower: readonly string[], tr: Trigger): boolean {
  return tr.nominal && tr.noun >= 0 && tr.head !== tr.noun && THREATENED_ACTS.has(tr.type) && lightVerb(lower[tr.head]!) === 'threaten' && !lower[tr.head]!.endsWith('ing');
}

/** Active forms that call a plan off: "but cancelled the trip", "but put off the visit". */
const CALLING_OFF_ACTIVE = new Set(['cancelled', 'canceled', 'postponed', 'scrapped', 'shelved', 'abandoned', 'dropped']);

/**
 * A "but" within fourteen words after the planned verb at `head` (only commas between), then within
 * five words a calling off: passive ("but the trip was put off", "but the visit was cancelled") or
 * active ("but cancelled the trip", "but he called it off"). A plan that "but" undoes did not happen.
 */
function planButCalledOff(tokens: readonly Token[], lower: readonly string[], head: number, hi: number): boolean {
  for (let k = head + 1; k < hi && k <= head + 14; k++) {
    if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== ',') return false;
    if (lower[k] !== 'but') continue;
    for (let n = k + 1; n < hi && n <= k + 5; n++) {
      if (tokens[n]!.kind === 'punct') return false;
      const w = lower[n]!;
      if (CALLED_OFF_FORMS.has(w) || CALLING_OFF_ACTIVE.has(w)) return true;
      if ((w === 'called' || w === 'put' || w === 'pushed') && (lower[n + 1] === 'off' || lower[n + 2] === 'off' || (w === 'pushed' && lower[n + 1] === 'back'))) return true;
    }
    return false;
  }
  return false;
}

/** "stopped short of imposing sanctions", "stops short of calling for": the gerund at k is held back from. */
function stoppedShortOf(lower: readonly string[], k: number): boolean {
  return lower[k - 1] === 'of' && lower[k - 2] === 'short' && /^(?:stop|stops|stopped|stopping|fell|fall|falls|falling)$/.test(lower[k - 3] ?? '');
}

const DEADLINE_NOUNS = new Set(['deadline', 'deadlines', 'ultimatum', 'ultimatums']);
const GIVE_FORMS = new Set(['gave', 'given', 'give', 'gives', 'giving', 'has', 'have', 'had']);

/**
 * The infinitive's "to" at `to` follows a deadline: "until <date>" (at most six words back), with a
 * form of "give" or "have" at most ten words before "until" and no punctuation between; or "a
 * deadline for <subject> to" (the subject at most five words).
 */
function deadlineInfinitive(lower: readonly string[], lo: number, to: number): boolean {
  for (let k = to - 1; k >= lo && k >= to - 6; k--) {
    if (lower[k] === ',' || lower[k] === ';') return false;
    // ("after a deadline for Ethiopian troops to withdraw": what a deadline is set for is asked, not done)
    if (lower[k] === 'for' && DEADLINE_NOUNS.has(lower[k - 1] ?? '')) return true;
    if (lower[k] !== 'until' && lower[k] !== 'till') continue;
    for (let j = k - 1; j >= lo && j >= k - 10; j--) {
      if (lower[j] === ',' || lower[j] === ';') return false;
      if (GIVE_FORMS.has(lower[j]!)) return true;
    }
    return false;
  }
  return false;
}

/** Nouns of a capacity whose infinitive names what could be done: "the ability to strike". */
const ABILITY_NOUNS = new Set(['ability', 'capacity', 'capability', 'capabilities', 'means', 'power', 'readiness']);

/** An "until" after a negator at k, up to `to`: "will not resume until March" puts the event off, it does not deny it. */
function untilAfter(lower: readonly string[], k: number, to: number, hi: number): boolean {
  for (let j = k + 1; j < hi && j <= to + 2; j++) if (lower[j] === 'until' || lower[j] === 'till') return true;
  return false;
}

/**
 * The trigger at `start` is in an "until" clause (within six words after "until", no punctuation
 * between) whose main clause looks ahead with a modal ("will", "would", "won't"). ("did not leave
 * until police arrived" is past and left alone.)
 */
const UNTIL_MODALS = new Set(['will', 'would', 'wo', 'll', 'shall']);
/**
 * (Also "once": "vowed to resume the war once the truce ends" awaits the truce's end; and a vow,
 * a pledge, a promise or a threat before "to" looks ahead as a modal does.)
 */
const AWAITING_CONJUNCTIONS = new Set(['until', 'till', 'once']);
const INTENT_BEFORE_TO = new Set(['vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'threatened', 'threatens', 'plans', 'planned']);
function awaitedByFuture(tokens: readonly Token[], lower: readonly string[], lo: number, start: number): boolean {
  for (let k = start - 1; k >= lo && k >= start - 6; k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (!AWAITING_CONJUNCTIONS.has(lower[k]!)) continue;
    for (let j = k - 1; j >= lo && j >= k - 15; j--) {
      if (lower[j] === ';' || lower[j] === '.') return false;
      if (UNTIL_MODALS.has(lower[j]!) || (INTENT_BEFORE_TO.has(lower[j]!) && lower[j + 1] === 'to')) return true;
    }
    return false;
  }
  return false;
}

/** The trigger at `start` opens the subject of an "until"/"once" clause: "once the truce ends". */
function clauseSubjectAfterConjunction(lower: readonly string[], start: number): boolean {
  let k = start - 1;
  if (lower[k] === 'the' || lower[k] === 'a' || lower[k] === 'its' || lower[k] === 'their') k--;
  return AWAITING_CONJUNCTIONS.has(lower[k] ?? '');
}

/** Modals after an event noun that suppose it: "a strike could ...", "an attack would ...". */
const SUPPOSING_MODALS = new Set(['could', 'might', 'may', 'would']);
const INDEFINITES = new Set(['a', 'an', 'any', 'another']);

/** An indefinite determiner opens the noun phrase of the noun at k, at most two modifiers before it: "a long strike", "any attack". */
function indefiniteBefore(lower: readonly string[], lo: number, k: number): boolean {
  for (let j = k - 1; j >= lo && j >= k - 3; j--) {
    if (INDEFINITES.has(lower[j]!)) return true;
    if (!/^[a-z-]+$/.test(lower[j]!) || DETERMINER_LIKE.has(lower[j]!)) return false;
  }
  return false;
}
const DETERMINER_LIKE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/** Nouns after an act's noun that order it done: "an arrest warrant", "an extradition order". */
const WARRANTS = new Set(['warrant', 'warrants', 'order', 'orders']);

/** Nouns of talking something over: "talks on extending the truce", "a vote on ending the mission". */
const DISCUSSION_NOUNS = new Set(['talks', 'negotiations', 'discussions', 'consultations', 'meeting', 'meetings', 'summit', 'debate', 'vote', 'referendum', 'proposal', 'proposals', 'dialogue']);
/** Verbs of talking something over, right before an act in -ing: "discussed ending the war". */
const DISCUSSION_VERBS = new Set(['discuss', 'discussed', 'discusses', 'discussing', 'debate', 'debated', 'debating', 'considered', 'considering', 'considers', 'weighing', 'mulling', 'mulled']);

/**
 * The act in -ing at `head` is the subject of talks: "talks on extending the ceasefire" (the noun
 * "talks" within ten tokens before "on"/"about", its modifiers and dates between),
 * "discussed ending the war". Talking it over does not do it.
 */
function discussedAct(tokens: readonly Token[], lower: readonly string[], lo: number, head: number): boolean {
  const p = lower[head - 1] ?? '';
  if (DISCUSSION_VERBS.has(p)) return true;
  if (p !== 'on' && p !== 'about') return false;
  for (let k = head - 2; k >= lo && k >= head - 12; k--) {
    if (tokens[k]!.kind === 'punct' || lower[k] === 'that' || lower[k] === 'which' || lower[k] === 'who') return false;
    if (DISCUSSION_NOUNS.has(lower[k]!)) return true;
  }
  return false;
}

/**
 * The "to" at k opens an infinitive before the one of the trigger at `head`: a lowercase word that
 * is no determiner or pronoun follows it, and a name or a pronoun (its object) stands between that
 * word and the trigger's "to" ("to pressure Israel to withdraw", "to press them to release"); "went
 * to court to seek" has no name between.
 */
function outerInfinitive(tokens: readonly Token[], lower: readonly string[], k: number, head: number): boolean {
  if (lower[k] !== 'to' || k >= head - 3 || lower[head - 1] !== 'to') return false;
  const verb = tokens[k + 1];
  if (!verb || verb.kind !== 'word' || !/^[a-z]+$/.test(verb.text) || DETERMINER_WORDS.has(lower[k + 1]!)) return false;
  for (let j = k + 2; j < head - 1; j++) {
    const t = tokens[j]!;
    // ("failed to blow herself up when accompanying her husband to attack": another clause's infinitive)
    if (t.kind === 'punct' || INFINITIVE_CHAIN_BREAKS.has(lower[j]!)) return false;
    if (/^[A-Z]/.test(t.text) || OBJECT_PRONOUNS.has(lower[j]!)) return true;
  }
  return false;
}
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'all', 'any', 'each', 'every', 'no']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'it', 'me']);
const INFINITIVE_CHAIN_BREAKS = new Set(['when', 'while', 'after', 'before', 'as', 'because', 'if', 'and', 'but', 'or', 'who', 'which', 'that', 'since', 'until']);

export function statusOf(
  tokens: readonly Token[],
  lower: readonly string[],
  lo: number,
  hi: number,
  tr: Trigger,
  future: boolean | null,
): EventStatus {
  const cues: StatusCues = { neg: false, hypo: false, sched: false, ongoing: false, past: false, would: false };
  const headWord = lower[tr.head]!;
  const j = chainBefore(lower, lo, tr.head, cues);
  const beforeChain = j;
  // "had not reached agreement until last week", "will not resume until March": a negation that
  // "until" bounds puts the event at that time (or off to it); it does not deny it
  // (ahead, it waits on what "until" names: "will not lift the sanctions until the prisoners are freed")
  // (not after a modal of possibility: "could not be ruled out until the last minute" says nobody ruled it out)
  if (cues.neg && !cues.hypo && untilAfter(lower, tr.end - 1, tr.end + 2, hi)) {
    cues.neg = false;
    if (cues.sched || cues.would) cues.hypo = true;
  }

  if (cues.ongoing && !headWord.endsWith('ing')) cues.ongoing = false; // "is scheduled", "are due"
  // "is on a state visit to Japan" (`detect.ts` `onAVisitAt`): a visit under way at the telling
  if (headWord === 'on' && (lower[tr.head - 1] === 'is' || lower[tr.head - 1] === 'are')) cues.ongoing = true;
  // a subject that names no one: "Nobody was arrested", "No one attended", "None of the envoys met him"
  // (the head is a verb, also of "attended a meeting"; "no deal was reached" is handled below)
  if (tr.head !== tr.noun && noOneSubject(tokens, lower, lo, beforeChain)) cues.neg = true;
  // "stopped short of imposing sanctions": an act held back from did not take place
  if (stoppedShortOf(lower, tr.head)) cues.neg = true;
  // infinitive complement: "threatened to impose", "urged Rojas to press", "agreed to meet"
  if (lower[tr.head - 1] === 'to' || lower.slice(Math.max(lo, beforeChain + 1), tr.head).includes('to')) {
    let governed = false;
    // ("asked a labour court in Brussels to order ...": the governor's object may be long; a verb
    // group or a clause word in between belongs to another verb)
    // (an infinitive inside another's complement is governed by what governs that one: "called on
    // the United States and France to pressure Israel to withdraw": the search starts again before
    // the outer "to")
    let base = beforeChain;
    for (let k = beforeChain; k >= lo && k >= base - 8; k--) {
      const w = lower[k]!;
      if (outerInfinitive(tokens, lower, k, tr.head)) { base = k - 1; continue; }
      // (across a relative aside on the governor's object: "called on the United States and France,
      // which brokered the ceasefire, to pressure Israel to withdraw")
      const aside = relativeAsideOpen(lower, k, lo);
      if (aside >= 0) { base -= k - aside; k = aside; continue; }
      if (k < base - 4 && (AUX.has(w) || w === 'that' || w === 'who' || w === 'which')) break;
      if (HYPO_GOVERNORS.has(w)) { cues.hypo = governed = true; break; }
      if (NEG_GOVERNORS.has(w)) { cues.neg = governed = true; break; }
      // "will not allow the rebels to attack": a withheld permission keeps its complement from happening
      if (withheldPermission(lower, k, lo)) { cues.neg = governed = true; break; }
      if (SCHED_GOVERNORS.has(w)) { cues.sched = governed = true; break; }
      if (tokens[k]!.kind === 'punct') break;
    }
    // "gave Madobe until March 11 to hand over the port", "has until Sunday to respond": what a
    // deadline asks for has not happened by the deadline's telling
    if (!governed && lower[tr.head - 1] === 'to' && deadlineInfinitive(lower, lo, tr.head - 1)) cues.hypo = governed = true;
    // "Russia and Ukraine to swap prisoners": a headline's subject and "to", no verb, is what will be
    if (!governed && lower[tr.head - 1] === 'to' && (onlyNamesBefore(tokens, lower, lo, tr.head - 1) || headlineInfinitive(tokens, lower, lo, hi, tr.head - 1))) cues.sched = governed = true;
    if (!governed && lower[tr.head - 1] === 'to') purposeOf(tokens, lower, lo, tr.head - 1, cues);
  }
  // "had been expected to travel to Cairo on Monday but cancelled the trip", "had planned to visit
  // Tokyo in January, but the trip was put off": a plan that "but" calls off did not take place
  if ((cues.sched || cues.hypo) && lower[tr.head - 1] === 'to' && !tr.nominal && planButCalledOff(tokens, lower, tr.head, hi)) cues.neg = true;
  // "Police arrested no one", "signed nothing": an act with no object did not take place
  if (!tr.nominal && (NO_ONE.has(lower[tr.head + 1] ?? '') || (lower[tr.head + 1] === 'no' && lower[tr.head + 2] === 'one'))) cues.neg = true;
  // "to prevent them from launching rockets", "barred him from visiting": what is kept from
  // happening has not happened
  if (headWord.endsWith('ing') && lower[tr.head - 1] === 'from' && keptFrom(lower, tr.head - 1, lo)) cues.hypo = true;
  // "FIFA is to launch a full investigation", "the politician was to be prosecuted": "be to" is a plan
  if (beToBefore(lower, lo, tr.head)) cues.sched = true;
  // "dropped its threat to veto the rollover", "abandoned plans to merge": an intent given up did
  // not come to pass; a threat still held ("its threat to veto") has not yet
  if (lower[tr.head - 1] === 'to' && INTENT_NOUNS.has(lower[tr.head - 2] ?? '')) {
    if (intentAbandoned(lower, lo, tr.head - 2)) cues.neg = true;
    else if (lower[tr.head - 2] === 'threat' || lower[tr.head - 2] === 'threats') cues.hypo = true;
  }
  // "would test the army's ability to blockade key ports": a capacity is no act
  if (lower[tr.head - 1] === 'to' && ABILITY_NOUNS.has(lower[tr.head - 2] ?? '')) cues.hypo = true;
  // "the US refusal to condemn Israel", "its failure to cooperate": a noun of not doing
  if (lower[tr.head - 1] === 'to' && (lower[tr.head - 2] === 'refusal' || lower[tr.head - 2] === 'failure')) cues.neg = true;
  // "leaders were close to agreeing a joint declaration": near to it, not there yet
  if (headWord.endsWith('ing') && lower[tr.head - 1] === 'to' && NEARLY.has(lower[tr.head - 2] ?? '')) cues.hypo = true;
  if (onCourseTo(lower, tr.head)) cues.hypo = true;
  // "held talks in Cairo on Monday on extending the ceasefire", "discussed ending the war": what
  // talks are about is not done by talking
  if (headWord.endsWith('ing') && discussedAct(tokens, lower, lo, tr.head)) cues.hypo = true;
  // "faces an arrest warrant", "issued an arrest warrant for the minister": a warrant orders an
  // arrest that has not been made
  if (WARRANTS.has(lower[(tr.noun >= 0 ? tr.noun : tr.head) + 1] ?? '')) cues.hypo = true;
  // "a long strike could push prices above $10,000", "an attack would trigger a regional war": an
  // event noun as the subject of a modal of possibility is supposed, not told
  // (a verb reading before a modal is the noun misread: "A long strike could push")
  // (only an indefinite one: "the bombings would not prevent him from visiting" tells of bombings
  // that took place)
  if ((tr.nominal ? tr.head === tr.noun && tr.predicate < 0 : tr.end === tr.head + 1) && SUPPOSING_MODALS.has(lower[tr.end] ?? '') && indefiniteBefore(lower, lo, tr.head)) cues.hypo = true;
  if (tr.nominal && tr.head >= lo) {
    // "no deal was reached"
    for (let k = tr.head - 1; k >= lo && k >= tr.head - 3; k--) if (lower[k] === 'no') cues.neg = true;
    if (tr.predicate >= 0) {
      for (let k = tr.head + 1; k < hi && k <= tr.predicate + 4; k++) {
        if (k > tr.predicate && tokens[k]!.kind === 'punct') break;
        const w = lower[k]!;
        // ("would not take effect until 2008": put off to a later date, not called off)
        if (NEGATORS.has(w)) { if (!untilAfter(lower, k, tr.predicate + 4, hi)) cues.neg = true; }
        else if (w === 'would') cues.would = true;
        else if (w === 'have' && cues.would) cues.hypo = true; // "talks would have resumed"
        // ("The vote was held in May": the month, no modal)
        else if (MODAL_HYPO.has(w) && tokens[k]!.text !== 'May') cues.hypo = true;
        else if (FUTURE.has(w) || SCHEDULE.has(w)) cues.sched = true;
        else if (PAST_AUX.has(w)) cues.past = true;
        // ("the trip could be postponed": a modal before the calling off leaves the event as planned,
        // only possibly off; it stays hypothetical, as "could postpone the talks" does)
        else if (w === 'cancelled' || w === 'canceled' || w === 'postponed' || (w === 'called' && lower[k + 1] === 'off')) { if (!possibleBefore(lower, tr.head + 1, k)) cues.neg = true; }
        else if (w === 'continue' || w === 'continues' || w === 'underway') cues.ongoing = true;
        // ("an estimates vote is to be held": "be to" is a plan)
        else if (w === 'to' && (BE_PRESENT.has(lower[k - 1]!) || lower[k - 1] === 'was' || lower[k - 1] === 'were')) cues.sched = true;
      }
      if (calledOffLater(tokens, lower, tr.predicate, hi) || butCalledOff(tokens, lower, tr.predicate, hi)) cues.neg = true;
    }
  }
  // "postponed the talks", "cancelled the march", "boycotted the vote": the light verb says the
  // event did not take place (or not with its subject); a modal keeps it hypothetical
  // ("suspended development aid", "suspended the sanctions" are acts of their own, which happened:
  // `detect.ts` `measureStopped` gives them the stopping's type)
  const calledOff = tr.nominal && tr.noun >= 0 && tr.head !== tr.noun && (CALLED_OFF.has(lightVerb(lower[tr.head]!) ?? '') || (lightVerb(lower[tr.head]!) === 'call' && lower[tr.head + 1] === 'off')) && !measureStopped(lightVerb(lower[tr.head]!) ?? '', nounEntry(lower[tr.noun]!)?.type ?? '');
  // ("called off a seven-week strike", "suspended their month-long protest": what had lasted for
  // a while took place; it is ended, not called off before it began)
  // (a length planned is no length lasted: "a three-day strike planned for next week")
  const lasted = future !== true && !SCHEDULE_PARTICIPLES.has(lower[tr.noun + 1] ?? '') && lastedBefore(tokens, tr.head + 1, tr.noun);
  if (calledOff && !lasted) cues.neg = true;
  // "planned a protest", "scheduled talks for Friday": the light verb says the event is still ahead
  const planned = tr.nominal && tr.noun >= 0 && tr.head !== tr.noun && PLANNING.has(lightVerb(lower[tr.head]!) ?? '');
  if (planned) cues.sched = true;
  // "threatened a general strike", "has threatened non-stop protests": a threatened act has not
  // happened (only an act the subject would do: "the deadlock threatens the talks" endangers talks
  // that take place, and "the threatening statement" was issued)
  if (threatenedAct(lower, tr)) cues.hypo = true;
  // "a planned march": the participle before the noun says the same ("the postponed summit"
  // will still take place, later)
  const adjective = tr.nominal && tr.head === tr.noun && tr.start < tr.noun ? lightVerb(lower[tr.start]!) ?? '' : '';
  if (PLANNING.has(adjective) && tr.predicate < 0) cues.sched = true;
  // "announced a general strike for Wednesday", "called a summit": a walkout, meeting, visit or
  // vote made known is ahead of the announcement unless its date has passed
  if (!planned && future !== false && tr.nominal && tr.noun >= 0 && tr.head !== tr.noun && ANNOUNCED_AHEAD.has(tr.type) && ANNOUNCING.has(lightVerb(lower[tr.head]!) ?? '') && lower[tr.head + 1] !== 'off') cues.sched = true;
  if (cues.would) {
    if (!cues.hypo && isReportedPlan(lower, lo, hi, Math.min(beforeChain + 1, tr.start), tr.head)) cues.sched = true;
    else cues.hypo = true;
  }
  // denials: "X denied that ...", "denied a report that ..."
  if (deniedBefore(tokens, lower, lo, tr.start)) cues.neg = true;
  if (withoutBefore(tokens, lower, lo, tr)) cues.neg = true;
  // conditionals ("if no deal is reached by Friday": a negation inside the condition is part of
  // what is supposed, so the event stays hypothetical)
  let conditional = lower[lo] === 'if' || lower[lo] === 'unless';
  for (let k = lo + 1; k < tr.start; k++) if ((lower[k] === 'if' || lower[k] === 'unless') && tokens[k - 1]!.text !== 'as' && !participleAfterTrailingClause(tokens, lower, lo, k, tr)) conditional = true;
  if (conditional) cues.hypo = true;
  // "would not lift its measures until political prisoners were freed": what a future waits for
  // has not happened yet
  // (an event noun waited for is still expected: "until the conference next February")
  // (a noun may head the awaited clause: "once the truce ends", "until the ceasefire takes effect")
  // (a light verb is the clause's verb: "would not intervene until the two sides resumed direct talks")
  const verbHeaded = !tr.nominal || (tr.noun >= 0 && tr.head !== tr.noun && tr.head === tr.start);
  if ((verbHeaded || clauseSubjectAfterConjunction(lower, tr.start)) && awaitedByFuture(tokens, lower, lo, tr.start)) cues.hypo = true;
  // an open question: "has not said whether he would sign", "will decide whether to meet"
  if (openQuestionBefore(lower, lo, tr.start)) cues.hypo = true;
  // a belief denied or doubted: "I do not believe the army will attack", "doubts talks will resume"
  if (!cues.neg && doubtedBefore(lower, lo, tr.start)) cues.hypo = true;
  // "arrested on suspicion of planning an attack", "suspected of attacking": held, not known, to be so
  const of = ofBeforeCrime(lower, tr.start, lo);
  if (of - 1 >= lo && (lower[of - 1] === 'suspicion' || lower[of - 1] === 'suspected')) cues.hypo = true;
  // a noun's tense is its predicate's: "Fighting broke out", "the ultimatum expired"
  const tenseWord = tr.nominal && tr.predicate >= 0 ? lower[tr.predicate]! : headWord;
  if (/ed$/.test(tenseWord) || ['met', 'held', 'began', 'fought', 'struck', 'flew', 'made', 'gave', 'sent', 'set', 'won', 'withdrew', 'went', 'sat', 'spoke', 'broke'].includes(tenseWord)) {
    if (!cues.sched && !cues.hypo) cues.past = true;
    // (the announcement is past, its event ahead: "have announced a strike for Wednesday")
  }
  if (cues.neg && !(cues.hypo && (calledOff || conditional))) return 'negated';
  if (cues.hypo) return 'hypothetical';
  if (cues.sched) return 'scheduled';
  if (cues.ongoing) return 'ongoing';
  if (!cues.past && future) return 'scheduled';
  return 'occurred';
}

/** Whether a TIMEX3 value lies after the publication date (null when unknown). */
export function isFuture(value: string, published: string | null): boolean | null {
  if (!published || !/^\d{4}/.test(value)) return null;
  const pub = published.slice(0, 10);
  let start = value;
  const w = /^(\d{4})-W(\d{2})/.exec(value);
  if (w) {
    // Monday of ISO week
    const y = Number(w[1]);
    const jan4 = Date.UTC(y, 0, 4);
    const dow = (new Date(jan4).getUTCDay() + 6) % 7;
    const monday = jan4 - dow * 864e5 + (Number(w[2]) - 1) * 7 * 864e5;
    start = new Date(monday).toISOString().slice(0, 10);
  }
  // a coarser value is in the future only when it starts after the publication date's period
  const n = Math.min(start.length, 10);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(start.slice(0, n))) return null;
  return start.slice(0, n) > pub.slice(0, n);
}
