import { MONTHS, WEEKDAYS } from './lexicon.js';
import { low } from './match.js';
import { Kind, type Tok } from './tokens.js';

/*
 * Clause shapes that put a date ahead of the publication date whatever the tense of the verb
 * near it: a date modifying a planned event ("sets Friday strike"), what a directive orders ("ordered
 * him to report by Feb. 15"), a warning's period ("issued a warning for Monday"), a judged
 * possibility ("a cut in January was unlikely"), a day that is the subject of a reported modal
 * ("said Monday would be the busiest day"). Used by context.ts, which gives the verb test.
 */

/** Token i is a verb cue of the clause (context.ts `cue`). */
export type VerbAt = (t: readonly Tok[], i: number) => boolean;

/** Adverbs between a modal and "be": "will also be held", "would only be decided". */
export const MODAL_ADVERBS = new Set(['also', 'only', 'then', 'soon', 'still', 'now', 'probably', 'likely', 'again', 'first', 'finally', 'officially', 'formally', 'eventually', 'definitely', 'certainly', 'reportedly']);

/** Nouns of an event that is planned for a day ("a strike", "a rally", "a vote"). */
export const EVENT_NOUNS = new Set(['strike', 'strikes', 'protest', 'protests', 'rally', 'rallies', 'march', 'vote', 'walkout', 'hearing', 'meeting', 'summit', 'referendum', 'election', 'boycott', 'vigil', 'demonstration', 'demonstrations', 'sit-in', 'shutdown', 'session', 'debate', 'ceremony', 'launch', 'press', 'conference', 'news', 'briefing', 'talks', 'parade', 'celebration', 'memorial', 'service', 'funeral']);

/** Words after "to" that are no verb: "to the", "to Berlin", "to 5%". */
export const NOT_VERB_AFTER_TO = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'be', 'date', 'power', 'office', 'court', 'work', 'school', 'market', 'pay', 'rise', 'fall', 'end']);

/** Token i follows "had" or "had been", one adverb allowed: "had given", "had been postponed", "had already extended". */
export function pastPerfect(t: readonly Tok[], i: number, lo: number): boolean {
  let k = i - 1;
  if (low(t, k) === 'been') k--;
  if (k >= lo && (MODAL_ADVERBS.has(low(t, k)) || low(t, k) === 'already' || low(t, k) === 'previously' || low(t, k) === 'originally')) k--;
  return k >= lo && low(t, k) === 'had';
}

/*
 * "The judge ordered him to report to prison by Feb. 15", "police told residents to leave before
 * Sunday": what a directive asks for comes after it, so the infinitive it governs (after an
 * object of up to three words) looks ahead whatever the tense of the directive.
 */
const DIRECTIVES = new Set(['ordered', 'orders', 'told', 'tells', 'asked', 'asks', 'urged', 'urges', 'directed', 'directs', 'instructed', 'instructs', 'required', 'requires', 'advised', 'advises', 'warned', 'warns', 'invited', 'invites', 'called', 'calls']);
export function directiveAhead(t: readonly Tok[], i: number, throughDay = false): boolean {
  if (!DIRECTIVES.has(t[i]!.low)) return false;
  let last = i + (throughDay ? 6 : 4);
  for (let k = i + 1; k <= last; k++) {
    const w = t[k];
    // "urged the bloc's finance ministers to finalise the loans by June": a possessive's mark
    // inside the object is no word of its own, and does not end the object
    if (w && possessiveMark(t, k) && k > i + 1) {
      if (w.low !== "'s") k++;
      last += w.low === "'s" ? 1 : 2;
      continue;
    }
    if (!w || w.kind !== Kind.Word) return false;
    if (w.low === 'to') {
      const v = t[k + 1];
      // (an object is needed: "called to the stand" is no directive)
      return k > i + 1 && !!v && v.kind === Kind.Word && !v.cap && (!NOT_VERB_AFTER_TO.has(v.low) || payOrdered(t, i, k));
    }
    // ("Biden called Netanyahu on Sunday to urge restraint": a day between the verb and "to" dates
    // the call itself, whose infinitive is its purpose, not what it asks for; a date after the
    // infinitive, `throughDay`, is still what is asked for: "ordered Meta on Friday to pay by May")
    if (!throughDay && (WEEKDAYS.has(w.low) || MONTHS.has(w.low) || DAY_WORDS.has(w.low))) return false;
  }
  return false;
}

/** Token k is the mark of a possessive: "'s", or "'"/"’" before "s". */
function possessiveMark(t: readonly Tok[], k: number): boolean {
  const w = low(t, k);
  return w === "'s" || w === '’s' || ((w === "'" || w === '’') && low(t, k + 1) === 's' && !t[k + 1]!.space);
}

/** Objects of a directive that stand for a party that can be made to pay: "ordered him to pay", "ordered Meta to pay". */
const PAYER_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you']);
/**
 * "ordered Meta to pay the fine", "told him to pay": "pay" after "to" is otherwise taken for the
 * noun ("ordered a cut to pay"), but when the directive's object, the word right after it, is a name
 * or a pronoun, "to pay" is the verb of what is asked for. (`k` is the "to".)
 */
function payOrdered(t: readonly Tok[], i: number, k: number): boolean {
  const o = t[i + 1]!;
  return low(t, k + 1) === 'pay' && (PAYER_PRONOUNS.has(o.low) || (o.cap && o.kind === Kind.Word));
}
const DAY_WORDS = new Set(['yesterday', 'today', 'tonight']);

/*
 * "Union sets Friday strike", "the judge set a March 9 trial date", "nurses plan Thursday walkout":
 * a date used as the modifier of a planned event's noun, the object of a verb of planning in any
 * tense, names the day the event will take place; the verb tells only when it was planned. (A
 * headline's present otherwise reports a past act: "Minister resigns Friday".) The past perfect
 * ("had set a Friday deadline") was overtaken and is left to the tense.
 */
const PLAN_VERB_FORMS = new Set(['set', 'sets', 'plan', 'plans', 'planned', 'schedule', 'schedules', 'scheduled', 'call', 'calls', 'called', 'announce', 'announces', 'announced', 'fix', 'fixes', 'fixed', 'slate', 'slates', 'slated', 'order', 'orders', 'ordered', 'face', 'faces', 'agree', 'agrees', 'agreed']);
/** Nouns of a planned event a date may modify ("a Friday deadline", "a March 9 trial date"). */
const PLANNED_NOUNS = new Set([...EVENT_NOUNS, 'deadline', 'date', 'trial', 'start', 'opening', 'kickoff', 'release', 'auction', 'sale', 'showdown', 'ballot', 'poll', 'walkouts', 'votes', 'hearings', 'meetings']);
const PLAN_OBJECT_WORDS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'new']);
export function plannedModifier(t: readonly Tok[], s: number, e: number, lo: number): boolean {
  // the noun right after the date, or after one more modifier ("a Friday general strike", "a March 9 trial date")
  const n1 = t[e];
  if (!n1 || n1.kind !== Kind.Word) return false;
  if (!PLANNED_NOUNS.has(n1.low) && !(t[e + 1]?.kind === Kind.Word && PLANNED_NOUNS.has(t[e + 1]!.low))) return false;
  let i = s - 1;
  if (i >= lo && PLAN_OBJECT_WORDS.has(low(t, i))) i--;
  return i >= lo && PLAN_VERB_FORMS.has(low(t, i)) && !pastPerfect(t, i, lo);
}

/*
 * "Analysts said a cut in late January was unlikely", "a strike on Friday looks likely": the date
 * is in the subject of a judgement of likelihood, a possibility still ahead when it was judged,
 * whatever the tense of the reporting verb before it.
 */
const LIKELIHOOD = new Set(['likely', 'unlikely', 'possible', 'impossible', 'probable', 'improbable', 'imminent', 'inevitable', 'certain', 'uncertain', 'doubtful']);
const JUDGED_BY = new Set(['is', 'are', 'was', 'were', 'seems', 'seemed', 'looks', 'looked', 'appears', 'appeared', 'remains', 'remained']);
const DEGREE_ADVERBS = new Set(['very', 'highly', 'more', 'less', 'most', 'least', 'increasingly', 'still', 'now', 'all', 'but', 'almost', 'nearly', 'quite', 'not', 'fully', 'widely', 'largely', 'already', 'also', 'much']);
export function judgedLikely(t: readonly Tok[], s: number, e: number, lo: number, hi: number, verbAt: VerbAt): boolean {
  for (let i = e, n = 0; i < hi && n < 3; i++, n++) {
    if (t[i]!.kind !== Kind.Word) return false;
    if (JUDGED_BY.has(t[i]!.low)) {
      let k = i + 1;
      if (DEGREE_ADVERBS.has(low(t, k))) k++;
      if (k < hi && LIKELIHOOD.has(low(t, k))) return true;
      if (DEGREE_ADVERBS.has(low(t, k))) k++;
      // ("the September meeting was live": the noun after the date)
      const decisionAfter = PENDING_DECISIONS.has(low(t, i - 1));
      return openQuestionAt(t, k, hi) && hypotheticalSubject(t, s, lo, decisionAfter, verbAt);
    }
    if (verbAt(t, i)) return false;
  }
  return false;
}

/*
 * "Said a cut in September was wide open", "a deal in June remained on the table", "a vote in
 * October was far from certain": judgements that something is still undecided, the same
 * look ahead as "likely" in other words. They are as often said of an event already past when
 * its subject is definite ("the race on Sunday was far from certain until the last lap"), so
 * they count only for an indefinite subject or a decision (hypotheticalSubject).
 */
const OPEN_QUESTIONS: readonly (readonly string[])[] = [
  ['wide', 'open'], ['open'], ['undecided'], ['unclear'], ['unresolved'], ['conceivable'], ['feasible'], ['plausible'], ['premature'],
  ['on', 'the', 'table'], ['off', 'the', 'table'], ['within', 'reach'], ['in', 'play'], ['in', 'doubt'], ['in', 'the', 'balance'],
  ['on', 'the', 'cards'], ['in', 'the', 'cards'], ['up', 'in', 'the', 'air'], ['up', 'for', 'debate'], ['up', 'for', 'grabs'],
  ['a', 'possibility'], ['a', 'real', 'possibility'], ['a', 'distinct', 'possibility'], ['a', 'strong', 'possibility'],
  ['an', 'option'], ['a', 'real', 'option'], ['a', 'live', 'option'], ['an', 'open', 'question'],
  ['a', 'done', 'deal'], ['a', 'given'], ['a', 'foregone', 'conclusion'], ['ruled', 'out'],
  ['far', 'from', 'certain'], ['far', 'from', 'assured'], ['far', 'from', 'guaranteed'], ['far', 'from', 'clear'],
  ['under', 'consideration'], ['under', 'discussion'], ['being', 'considered'], ['being', 'discussed'],
  ['priced', 'in'], ['live'], ['expected'], ['anticipated'], ['some', 'way', 'off'], ['a', 'long', 'way', 'off'], ['weeks', 'away'], ['months', 'away'],
];
function openQuestionAt(t: readonly Tok[], k: number, hi: number): boolean {
  // "a fair in May was open to the public", "open for business", "open on Sundays": a place's opening hours
  if (low(t, k) === 'open' && OPEN_HOURS_AFTER.has(low(t, k + 1))) return false;
  return OPEN_QUESTIONS.some((p) => k + p.length <= hi && p.every((w, j) => t[k + j]!.low === w));
}
const OPEN_HOURS_AFTER = new Set(['to', 'for', 'on', 'at', 'from', 'until', 'till', 'daily', 'every', 'all']);

/** Determiners of a hypothetical subject ("a cut", "another hike", "any decision", "further cuts"). */
const INDEFINITE = new Set(['a', 'an', 'another', 'any', 'further', 'more', 'no', 'fresh', 'new']);
/** Words that open a definite subject ("the race on Sunday", "its meeting in May", "this vote"). */
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 's', 'last']);
/** Words left of a subject that open its clause ("said that ...", "warned ..."), where the subject ends. */
const SUBJECT_OPENERS = new Set(['that', 'said', 'says', 'say', 'warned', 'warns', 'added', 'believed', 'believes', 'thought', 'thinks', 'signalled', 'signaled', 'signals', 'suggested', 'suggests', 'indicated', 'indicates', 'and', 'but', 'while', 'although']);
/**
 * The subject holding the date at [s, ...) is a hypothetical: indefinite (a determiner such as "a"
 * within five words to its left, before any definite one, or none at all before the verb that
 * opens its clause: "Powell says September cut is on the table", a headline drops its articles),
 * or a decision, whose being open means it is still to be taken ("the decision in September",
 * "the September meeting"). A verb of its own before the date ("Services between Valencia and Madrid
 * were halted on Tuesday and are expected to resume") puts the date in a predicate, not in the
 * subject of the judgement.
 */
function hypotheticalSubject(t: readonly Tok[], s: number, lo: number, decisionAfter: boolean, verbAt: VerbAt): boolean {
  let decision = decisionAfter;
  for (let i = s - 1, n = 0; i >= lo && n < 6; i--, n++) {
    const w = t[i]!;
    if (w.kind !== Kind.Word) return false;
    if (INDEFINITE.has(w.low)) return true;
    if (SUBJECT_OPENERS.has(w.low)) return true;
    if (verbAt(t, i)) return false;
    if (PENDING_DECISIONS.has(w.low)) decision = true;
    // ("said the decision in September was wide open": a decision judged open is still to be taken)
    if (DEFINITE.has(w.low)) return decision;
  }
  return false;
}
/** Nouns of a decision still to be taken when it is judged open, even with "the". */
const PENDING_DECISIONS = new Set(['decision', 'decisions', 'meeting', 'move', 'call']);

/*
 * "The weather service issued a warning for snow from 3 p.m. Monday", "declared a state of
 * emergency until Sunday": a warning is issued before the time it warns of, so the day after it
 * lies ahead of the issuing, whose past tense says only when it was issued.
 */
const WARNING_NOUNS = new Set(['warning', 'warnings', 'alert', 'alerts', 'watch', 'advisory', 'advisories', 'curfew', 'emergency', 'ban', 'closure', 'closures', 'restrictions']);
const ISSUING_VERBS = new Set(['issued', 'issues', 'issue', 'declared', 'declares', 'imposed', 'imposes', 'raised', 'raises', 'upgraded', 'upgrades', 'extended', 'extends', 'announced', 'announces', 'ordered', 'orders', 'put', 'puts']);
const WARNED_PREPS = new Set(['for', 'from', 'until', 'till', 'through', 'over']);
export function warnedAhead(t: readonly Tok[], s: number, lo: number, verbAt: VerbAt): boolean {
  if (!WARNED_PREPS.has(low(t, s - 1))) return false;
  let noun = -1;
  for (let i = s - 2, n = 0; i >= lo && n < 10; i--) {
    if (t[i]!.kind === Kind.Punct) {
      if (t[i]!.low !== '-') return false;
      continue;
    }
    n++;
    const w = t[i]!.low;
    if (noun < 0 && WARNING_NOUNS.has(w)) noun = i;
    else if (noun >= 0 && ISSUING_VERBS.has(w)) return !pastPerfect(t, i, lo);
    else if (noun >= 0 && i < noun - 4) return false;
    else if (ISSUING_VERBS.has(w) || verbAt(t, i)) return false;
  }
  return false;
}

/*
 * "Officials said Monday would be the busiest day", "forecasters warned that Sunday could bring
 * snow": a day right after a reporting verb and before a modal is the subject of the reported
 * clause, whose modal gives its tense (not the reporting verb's past). ("said Monday that ..."
 * keeps the day of the saying.)
 */
const REPORTING = new Set(['said', 'says', 'say', 'warned', 'warns', 'predicted', 'predicts', 'expect', 'expects', 'believe', 'believes', 'think', 'thinks', 'that']);
const MODALS = new Set(['will', 'would', 'could', 'should', 'might', 'may', 'must', 'shall']);
export function subjectOfModal(t: readonly Tok[], s: number, e: number, lo: number): boolean {
  return s - 1 >= lo && REPORTING.has(low(t, s - 1)) && MODALS.has(low(t, e));
}
