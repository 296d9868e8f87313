import { MONTHS, WEEKDAYS } from './lexicon.js';
import { isHyphenAt, low, onHeadline, onTitleLine } from './match.js';
import { directiveAhead, EVENT_NOUNS, judgedLikely, MODAL_ADVERBS, NOT_VERB_AFTER_TO, pastPerfect, plannedModifier, subjectOfModal, warnedAhead } from './ahead.js';
import { endsFailedAttempt, failedAttempt } from './attempt.js';
import { Kind, type Tok } from './tokens.js';

/*
 * The tense of the clause around an expression, from the nearest verb cue: modals and
 * "will" / "is scheduled to" make it future, past forms ("said", "was", "-ed") past.
 */

export type Tense = 'past' | 'future' | 'present' | null;

const FUTURE = new Set(['effective', 'payable', 'await', 'awaits', 'awaiting', 'expects', 'expect', 'predicts', 'forecasts', 'forecast', 'anticipates', 'will', 'shall', 'scheduled', 'expected', 'plans', 'plan', 'planning', 'planned', 'due', 'upcoming', 'intends', 'intend', 'hopes', 'aims', 'would', 'could', 'can', 'cannot', 'may', 'might', 'should', 'must', 'going', 'tomorrow', 'next', 'slated', 'set', 'wants', 'want', 'seeks', 'prepared', 'ready', 'promised', 'vowed', 'pledged', 'threatened', 'agreed', 'decided', 'announced', 'begin', 'start', 'resume', 'meet', 'vote', 'visit', 'hold', 'open', 'return', 'expire', 'expires', 'deadline', 'convene', 'gather', 'travel', 'arrive', 'leave', 'host', 'play', 'go', 'continue', 'face',
  // intentions, and aims in the progressive: "hoped to finish by June", "were aiming for a deal in April"
  'hoped', 'intended', 'aimed', 'wanted', 'aiming', 'hoping']);
// Verbs in a FUTURE list above that are past forms only count as future before an infinitive ("agreed to meet").
const FUTURE_ONLY_BEFORE_TO = new Set(['promised', 'vowed', 'pledged', 'threatened', 'agreed', 'decided', 'planned', 'prepared', 'announced', 'hoped', 'intended', 'aimed', 'wanted']);
const BASE_FORMS = new Set(['face', 'go', 'continue', 'begin', 'start', 'resume', 'meet', 'vote', 'visit', 'hold', 'open', 'return', 'expire', 'expires', 'deadline', 'set', 'convene', 'gather', 'travel']);
const PAST = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'went', 'came', 'made', 'took', 'gave', 'met', 'saw', 'got', 'left', 'won', 'lost', 'rose', 'fell', 'began', 'became', 'held', 'found', 'thought', 'knew', 'sent', 'spent', 'paid', 'sold', 'bought', 'brought', 'kept', 'led', 'ran', 'wrote', 'spoke', 'broke', 'chose', 'flew', 'grew', 'drew', 'shot', 'struck', 'fought', 'caught', 'taught', 'sought', 'stood', 'understood', 'built', 'felt', 'heard', 'meant', 'ate', 'fled', 'quit', 'ago', 'yesterday', 'last', 'earlier', 'since', 'been', 'says', 'has', 'have', 'killed', 'died', 'arrested', 'slid', 'sank', 'swore', 'threw', 'wore', 'woke', 'hung', 'dealt', 'lent', 'bent', 'forgot', 'forgave', 'rang', 'sang', 'began', 'bid', 'overtook', 'withdrew', 'undertook', 'overcame', 'became', 'reported', 'announced',
  // irregular pasts that are no present form
  'lit', 'drove', 'rode', 'stole', 'swept', 'slept', 'wept', 'dug', 'sprang', 'shook', 'froze', 'tore', 'hid', 'fed', 'bled', 'stuck', 'spun', 'swung', 'shrank', 'blew', 'drank', 'swam', 'laid', 'arose', 'awoke', 'upheld', 'withheld', 'mistook', 'underwent', 'oversaw', 'leapt', 'crept', 'knelt', 'sped', 'clung', 'flung', 'shone', 'strove', 'forbade', 'befell', 'stank', 'slew',
]);
const OVERTAKEN_EXPECTATIONS = new Set(['expected', 'expecting', 'forecast', 'forecasted', 'predicted', 'predicting', 'anticipated', 'projected', 'estimated']);
/** Past forms that are no name even when capitalised (after a closing quote, in an all-caps line). */
const ALWAYS_VERB = new Set(['said', 'told', 'was', 'were', 'had', 'did', 'has', 'have', 'been', 'says']);
const PRESENT = new Set(['is', 'are', 'am', "isn't", 'remains', 'continues',
  // scheduling verbs in the present ("the president meets the king on Friday", "trading opens Monday"): a day ahead
  'meets', 'begins', 'starts', 'opens', 'reopens', 'closes', 'holds', 'hosts', 'visits', 'travels', 'heads', 'arrives', 'leaves', 'returns', 'resumes', 'ends', 'faces', 'launches', 'convenes', 'kicks', 'takes', 'goes',
  // round 5: the present of what is announced for a day ("the agency releases its report on Friday")
  'releases', 'publishes', 'unveils', 'announces', 'marks', 'celebrates', 'airs', 'premieres', 'testifies', 'appears', 'speaks', 'hears', 'decides', 'debates', 'votes', 'plays', 'comes',
  // round 6: "the fair runs Monday through Wednesday", "the festival lasts until Sunday"
  'runs', 'lasts']);
/** Present verbs of a scheduled event, whose object often stands between them and the day. */
// ("goes on sale on Friday", "comes into force on Monday": a complement between too)
// ("Parliament votes on the budget on Tuesday")
const SCHEDULING_PRESENT = new Set(['meets', 'holds', 'hosts', 'visits', 'faces', 'launches', 'releases', 'publishes', 'unveils', 'announces', 'hears', 'debates', 'votes', 'goes', 'comes']);
const POSSESSED_DET = new Set(['a', 'an', 'its', 'their', 'another']);
const NOT_PAST_ED = new Set(['need', 'feed', 'seed', 'speed', 'bed', 'red', 'shed', 'bred', 'fled', 'led', 'wed', 'indeed', 'proceed', 'succeed', 'exceed', 'hundred', 'unprecedented', 'limited', 'united', 'based', 'related', 'scheduled', 'expected', 'planned', 'proposed', 'planned', 'anticipated', 'slated']);

/** Words before a plural noun that no verb follows: "41 votes", "the votes", "several meets". */
const COUNTING_WORDS = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'our', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'more', 'fewer', 'few', 'all', 'these', 'those']);
/** The -s form at i follows a number or a determiner: a plural noun ("by 41 votes to 30 on Thursday"). */
function countedNoun(t: readonly Tok[], i: number): boolean {
  const p = t[i - 1];
  return !!p && t[i]!.low.endsWith('s') && (p.kind === Kind.Num || COUNTING_WORDS.has(p.low));
}

/** Verbs of what a decision still lacks: "need approval", "requires a vote". */
const NEED_VERBS = new Set(['need', 'needs', 'require', 'requires']);
/** What a pending decision waits for. */
const APPROVAL_NOUNS = new Set(['approval', 'ratification', 'sign-off', 'signature', 'vote', 'votes', 'endorsement', 'confirmation', 'consent', 'backing']);

/** An approval noun within the four words after a need verb ("need formal approval", "requires a final vote"). */
function pendingDecisionAfter(t: readonly Tok[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < t.length; k++) if (APPROVAL_NOUNS.has(low(t, k))) return true;
  return false;
}

const MODAL_BEFORE_BE = new Set(['will', 'would', 'shall', 'should', 'could', 'may', 'might', 'must', 'to']);

/** Words before "forecasts" that make it the noun: "beat forecasts", "the forecasts", "analysts' forecasts". */
const FORECAST_NOUN_BEFORE = new Set(['beat', 'beating', 'beats', 'missed', 'missing', 'misses', 'topped', 'exceeded', 'than', 'the', 'its', 'their', 'of', 'with', 'below', 'above', "'", '’', 'analyst', 'market', 'earnings', 'growth', 'weather', 'economic', 'official', 'cut', 'raised', 'lowered']);

const AWAIT = new Set(['await', 'awaits', 'awaiting']);
const LAST_AS_VERB_BEFORE = new Set(['until', 'till', 'through', 'into']);

/** Words of a schedule: "due to", "scheduled for", "expected to". */
const PLAN_WORDS = new Set(['due', 'scheduled', 'expected', 'slated', 'set', 'planned', 'supposed']);

/** Token i follows "than", directly or glued by a hyphen ("better-than-expected"). */
function afterThan(t: readonly Tok[], i: number): boolean {
  return low(t, i - 1) === 'than' || (isHyphenAt(t, i - 1) && low(t, i - 2) === 'than');
}

/** Token k (a word of a schedule) follows "had been", an adverb allowed before "been": "previously had been scheduled", "had originally been due". */
function hadBeenPlanned(t: readonly Tok[], k: number): boolean {
  return low(t, k - 1) === 'been' && (low(t, k - 2) === 'had' || low(t, k - 3) === 'had');
}

/**
 * "will stay closed", "remain shuttered": an "-ed" word after a linking verb is an adjective; the
 * linking verb (or the modal before it) carries the tense ("remained closed" is past by itself).
 */
const LINKING_VERBS = new Set(['stay', 'stays', 'remain', 'remains', 'become', 'becomes', 'seem', 'seems', 'appear', 'appears', 'look', 'looks', 'keep', 'keeps', 'get', 'gets']);

const ED_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'these', 'those']);
const ED_ADVERBS = new Set(['still', 'yet', 'newly', 'recently', 'long', 'once', 'previously', 'widely', 'much', 'so-called', 'also',
  // adjectives and adverbs of a noun phrase's participle: "a final televised debate", "the hotly contested seat"
  'final', 'first', 'second', 'third', 'last', 'new', 'special', 'live', 'annual', 'joint', 'rare', 'only', 'heavily', 'closely', 'hotly', 'eagerly', 'keenly', 'highly', 'hastily', 'fully', 'partly', 'nationally', 'internationally']);

/**
 * "a still unspecified date", "the proposed merger", "an unnamed official": an "-ed" word after
 * a determiner (an adverb may stand between) is an adjective, no verb of the clause.
 */
function attributiveParticiple(t: readonly Tok[], i: number): boolean {
  const p = low(t, i - 1);
  return ED_DETERMINERS.has(p) || (ED_ADVERBS.has(p) && ED_DETERMINERS.has(low(t, i - 2)));
}

/** Token i is a verb cue of any tense. */
const isCue = (t: readonly Tok[], i: number): boolean => cue(t, i) !== null;

function cue(t: readonly Tok[], i: number): Tense {
  const k = t[i]!;
  if (k.kind !== Kind.Word) return null;
  const w = k.low;
  if (w === 'll' && low(t, i - 1) === "'") return 'future';
  // "at 8am (0600 GMT) on Sunday": the clock's "am", not the verb
  if (w === 'am' && t[i - 1]?.kind === Kind.Num) return null;
  // "Let us celebrate Christmas", "Let's meet on Friday": a hortative at the head of a clause
  // proposes something still to come ("they let us in" is past, so only clause-initial "let")
  if (w === 'let' && sentenceInitial(t, i) && (low(t, i + 1) === 'us' || ((low(t, i + 1) === "'" || low(t, i + 1) === '’') && low(t, i + 2) === 's'))) return 'future';
  if (w === 'won' && low(t, i + 1) === "'" && low(t, i + 2) === 't') return 'future';
  if ((w === 'could' || w === 'couldn') && failedAttempt(t, i)) return 'past';
  // "from 166 in May to 139 in June": the capitalised month, not the modal (which opens a
  // sentence only as a wish: "May the best team win")
  if (w === 'may' && k.cap && !(sentenceInitial(t, i) && t[i + 1]?.kind === Kind.Word && !t[i + 1]!.cap)) return null;
  // "analysts had expected fourth-quarter earnings of 60 cents": an expectation in the past
  // perfect was overtaken by the outcome, so what it was about is past
  // ("had widely expected": an adverb may stand between)
  if (OVERTAKEN_EXPECTATIONS.has(w) && pastPerfectBefore(t, i)) return 'past';
  // "the measures still need formal approval by ministers on Monday": what a decision still
  // needs lies ahead of it
  if (NEED_VERBS.has(w) && pendingDecisionAfter(t, i)) return 'future';
  if (pollsOpenOrClose(t, i)) return 'future';
  if (FUTURE.has(w)) return futureCue(t, i, w);
  return otherCue(t, i, k, w);
}

/** Subjects of an election day's timetable: "polls close", "polling stations open". */
const POLL_SUBJECTS = new Set(['polls', 'stations', 'booths', 'voting']);

/**
 * "The polls close at 8 p.m. ET on Tuesday", "Polling stations open at 7 a.m. on Sunday": the
 * timetable of a vote, told in the present, lies ahead ("open" and "close" are otherwise left out
 * of the scheduling present: "stocks close lower Friday" reports that day's market).
 */
function pollsOpenOrClose(t: readonly Tok[], i: number): boolean {
  const w = t[i]!.low;
  return (w === 'open' || w === 'close') && POLL_SUBJECTS.has(low(t, i - 1)) && t[i + 1]?.kind !== Kind.Num;
}

/** "had expected", "had been expecting", "had widely expected": a past perfect ends at token i. */
function pastPerfectBefore(t: readonly Tok[], i: number): boolean {
  let k = i - 1;
  if (/^[a-z]{3,}ly$/.test(low(t, k)) && low(t, k) !== 'only') k--;
  return low(t, k) === 'had' || (low(t, k) === 'been' && low(t, k - 1) === 'had');
}

/** Verbs of a plan or an intention that a past perfect tells as overtaken: "had planned to", "had intended to". */
const OVERTAKEN_PLANS = new Set(['planned', 'intended', 'aimed', 'hoped', 'wanted', 'plotted']);

/**
 * A threat or a promise told in the past perfect: "The governors had threatened to sue the ministry
 * in February", "The opposition had threatened to boycott the election in April". Its date may have
 * passed or still lie ahead (a threat stands until it is carried out), so no tense: the nearest one.
 * The date at `s` after "in"/"on"/"by", the threat's "to" at most seven words before it, no punctuation.
 */
const PAST_PERFECT_PROMISES = new Set(['threatened', 'promised', 'pledged', 'vowed']);
function promiseInPastPerfect(t: readonly Tok[], s: number, lo: number): boolean {
  const p = low(t, s - 1);
  if (p !== 'in' && p !== 'on' && p !== 'by') return false;
  for (let k = s - 2; k > lo && k >= s - 8; k--) {
    if (t[k]!.kind === Kind.Punct) return false;
    if (low(t, k) === 'to' && PAST_PERFECT_PROMISES.has(low(t, k - 1)) && pastPerfectBefore(t, k - 1)) return true;
  }
  return false;
}

/**
 * The base verb at i follows "to" and an overtaken plan in the past perfect: "had hoped to visit
 * Paris in May", "had planned to visit Tokyo in January, but the trip was put off". The plan's
 * date has passed, as the plan's verb itself says (the infinitive's "visit" would look ahead).
 */
function overtakenPlanInfinitive(t: readonly Tok[], i: number): boolean {
  return low(t, i - 1) === 'to' && OVERTAKEN_PLANS.has(low(t, i - 2)) && pastPerfectBefore(t, i - 2);
}

/** The tense a word of the future (a modal, a verb of planning) cues at token i. */
/** Modals whose perfect looks back: "could have been prevented", "should have known". */
const BACKWARD_MODALS = new Set(['could', 'would', 'might', 'should', 'must', 'may']);

function futureCue(t: readonly Tok[], i: number, w: string): Tense {
  // "The attack on Monday could have been prevented": a modal perfect tells of what was possible,
  // in the past ("will have finished by Friday" stays ahead)
  // ("Ford would have a deal to announce soon": "have" before a noun is possession, no perfect)
  if (BACKWARD_MODALS.has(w)) {
    const h = low(t, i + 1) === 'not' ? i + 2 : i + 1;
    if (low(t, h) === 'have' && (low(t, h + 1) === 'been' || PAST.has(low(t, h + 1)) || /^[a-z]{3,}(?:ed|en)$/.test(low(t, h + 1)))) return 'past';
  }
  // "the offer had been due to expire Friday evening": a plan told in the past perfect was
  // overtaken (extended, called off), so its day has passed
  if (PLAN_WORDS.has(w) && hadBeenPlanned(t, i)) return 'past';
  // "a slower-than-expected recovery", "sales were weaker than forecast": a comparison with an
  // expectation describes how things turned out, and carries no tense of its own
  if (OVERTAKEN_EXPECTATIONS.has(w) && afterThan(t, i)) return null;
  // (any verb of the future after such a plan's "to": "had been due to arrive in Durban on Sunday")
  if (low(t, i - 1) === 'to' && PLAN_WORDS.has(low(t, i - 2)) && hadBeenPlanned(t, i - 2)) return 'past';
  if (overtakenPlanInfinitive(t, i)) return 'past';
  // "fireworks are planned for July 4": a present passive of planning is a schedule
  if (w === 'planned' && (low(t, i - 1) === 'is' || low(t, i - 1) === 'are')) return 'future';
  // "the storm is forecast to hit": a forecast before an infinitive looks ahead
  if (w === 'forecast') return low(t, i + 1) === 'to' ? 'future' : null;
  // "earnings beat forecasts", "analysts' forecasts": the noun, no tense
  if (w === 'forecasts' && FORECAST_NOUN_BEFORE.has(low(t, i - 1))) return null;
  // "the accession was planned for early March": the plan's date lies ahead, as "scheduled for"
  if (w === 'planned' && low(t, i + 1) === 'for') return 'future';
  // "dismissed the planned peace talks ... this weekend": a planned event named after a determiner
  // is still ahead of its planning (its tense is no past act of planning)
  if (w === 'planned' && ED_DETERMINERS.has(low(t, i - 1)) && t[i + 1]?.kind === Kind.Word) return 'future';
  // "the officers had planned to seize the palace on Sunday night", told after the plot was foiled:
  // a plan told in the past perfect was overtaken, and its day has passed (as "had been due to")
  if (OVERTAKEN_PLANS.has(w) && low(t, i + 1) === 'to' && pastPerfectBefore(t, i)) return 'past';
  if (FUTURE_ONLY_BEFORE_TO.has(w)) return low(t, i + 1) === 'to' ? 'future' : 'past';
  // "the plan", "its plans": nouns; "plans to" is the intention
  if ((w === 'plan' || w === 'plans') && low(t, i + 1) !== 'to') return null;
  // "radio host Hugh Hewitt on Wednesday", "“Daily Show” host Trevor Noah": a title before a
  // full name ("Parma host Inter Milan on Wednesday": a club before it, the verb)
  if (w === 'host' && hostTitle(t, i)) return null;
  // "is set for Tuesday", "set to vote"; "its record high set on Aug. 6", "the mark set in May":
  // a participle of what was set, past ("is set in Paris" tells a place)
  if (w === 'set' && (low(t, i + 1) === 'on' || low(t, i + 1) === 'in') && !PRESENT_BE.has(low(t, i - 1)) && low(t, i - 1) !== 'be') return 'past';
  if (w === 'set') return low(t, i + 1) === 'to' || low(t, i + 1) === 'for' ? 'future' : null;
  if (BASE_FORMS.has(w)) {
    // a base verb counts as future only after "to" or a modal: "to meet Friday"
    if (low(t, i - 1) === 'to') return 'future';
    return scheduledPresent(t, i) ? 'future' : null;
  }
  if (w === 'going' && low(t, i + 1) !== 'to') return null;
  // "next to the embassy" is a place
  if (w === 'next' && low(t, i + 1) === 'to') return null;
  // "due to", "due on", "due by"; "is due in Paris / in court on Tuesday"
  // ("elections were due in April": a schedule told in the past still lies ahead)
  if (w === 'due' && low(t, i + 1) !== 'to' && low(t, i + 1) !== 'on' && low(t, i + 1) !== 'by' && !((low(t, i + 1) === 'in' || low(t, i + 1) === 'at' || low(t, i + 1) === 'back') && (low(t, i - 1) === 'is' || low(t, i - 1) === 'are' || low(t, i - 1) === 'was' || low(t, i - 1) === 'were'))) return null;
  if ((w === 'expected' || w === 'scheduled' || w === 'slated') && low(t, i - 1) !== 'was' && low(t, i - 1) !== 'were') return 'future';
  if ((w === 'expected' || w === 'scheduled' || w === 'slated')) return 'future';
  return 'future';
}

/**
 * The tense of any other word at token i. (cue is split in three so that V8 compiles the parts
 * apart: as one function a first rare case in any part recompiled all of it, eight times in a
 * first pass over the newswire corpus.)
 */
function otherCue(t: readonly Tok[], i: number, k: Tok, w: string): Tense {
  // "is likely to appear in court Wednesday", "is unlikely to vote before March": a prospect
  if ((w === 'likely' || w === 'unlikely') && low(t, i + 1) === 'to') return 'future';
  // "the law takes effect Jan. 1", "will take effect": a date ahead; "took effect" is past
  if (w === 'effect') {
    const p = low(t, i - 1);
    return p === 'takes' || p === 'take' || p === 'taking' ? 'future' : p === 'took' || p === 'taken' ? 'past' : null;
  }
  // "the parade is held on St. Patrick's Day": a participle after "is" / "are" is a present passive, not past
  const passive = low(t, i - 1) === 'is' || low(t, i - 1) === 'are';
  // "the team has a game on Saturday": "has" before a determiner is possession in the present,
  // not the perfect ("has played")
  if ((w === 'has' || w === 'have') && POSSESSED_DET.has(low(t, i + 1))) return 'present';
  // "still has to move through a June hearing", "will have to win states in March": an
  // obligation looks ahead; it is no perfect
  if ((w === 'has' || w === 'have') && low(t, i + 1) === 'to') return 'future';
  // "we have Saturday free", "the squad has Friday off": a perfect needs a participle, so a day
  // right after "has" / "have" is its object, in the present
  if ((w === 'has' || w === 'have') && WEEKDAYS.has(low(t, i + 1))) return 'present';
  // "expected to last until the summer", "will last": the verb, not "last year"'s past
  if (w === 'last' && MODAL_BEFORE_BE.has(low(t, i - 1))) return 'future';
  // "set to begin on Jan. 12 and last until March": "last" before "until" is the verb, whose
  // tense comes from further left
  if (w === 'last' && LAST_AS_VERB_BEFORE.has(low(t, i + 1))) return null;
  if (directiveAhead(t, i)) return 'future';
  // "no earlier than 60 days later": a comparative, no past cue
  if (w === 'earlier' && low(t, i + 1) === 'than') return null;
  // "the left-wing primary", "a left-leaning party": "left" before a hyphen is a side, not the verb
  if (w === 'left' && low(t, i + 1) === '-') return null;
  // "the Fed", "Rose", "Drew", "Lent", "the Left": a capitalised past form inside a sentence is a name
  if (PAST.has(w) && k.cap && !sentenceInitial(t, i) && !onHeadline(t, i) && !ALWAYS_VERB.has(w)) return null;
  if (PAST.has(w)) return passive && w !== 'been' && w !== 'had' ? 'present' : 'past';
  if (PRESENT.has(w)) return 'present';
  if (passive && w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'present';
  // "The reforms, which Tinubu proposed in October, would raise ...": a form that is mostly an
  // adjective ("the proposed law") is the verb of a relative clause after its subject
  if (NOT_PAST_ED.has(w) && w.endsWith('ed') && relativeSubjectBefore(t, i)) return 'past';
  // "-ed" forms are past; a capital is a name ("Ted", "Reed") unless the word starts a sentence ("Rescued on Nov. 25, ...").
  // On a headline every word has a capital: "Bridge to Be Reopened Tuesday" has a participle.
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && (!k.cap || sentenceInitial(t, i) || onHeadline(t, i)) && !attributiveParticiple(t, i) && !LINKING_VERBS.has(low(t, i - 1))) return 'past';
  return null;
}

const RELATIVE_OBJECT_PRONOUNS = new Set(['which', 'that', 'who', 'whom']);
const RELATIVE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/**
 * Token i follows the subject of a relative clause: "which Tinubu proposed", "that he planned",
 * "which the Prime Minister Ana Ruiz proposed" (a pronoun, or capitalised words after an optional
 * "the", at most four, right after the relative pronoun).
 */
function relativeSubjectBefore(t: readonly Tok[], i: number): boolean {
  if (RELATIVE_SUBJECTS.has(low(t, i - 1))) return RELATIVE_OBJECT_PRONOUNS.has(low(t, i - 2));
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && t[k]!.kind === Kind.Word && t[k]!.cap) k--;
  if (k === i - 1 || k < 0) return false;
  if (low(t, k) === 'the') k--;
  return RELATIVE_OBJECT_PRONOUNS.has(low(t, k));
}

/*
 * A plural or named subject right before a scheduling verb in the present ("the two leaders meet
 * Monday", "Smith and Jones meet on Friday", "talks resume Tuesday"): the newswire present of a
 * scheduled event, so the day lies ahead. A determiner or an adjective before the word makes it a
 * noun ("the vote Monday", "a key vote"), and "did not meet" is past, so only a capitalised name,
 * a subject pronoun or a plural noun (not a possessive) qualifies.
 */
// ("open", "close", "end" are left out: "stocks close lower Friday" is a market report of that day)
// "voters go to the polls Sunday"
const SCHEDULED_VERBS = new Set(['face', 'go', 'continue', 'meet', 'begin', 'start', 'resume', 'vote', 'convene', 'gather', 'travel', 'visit', 'return', 'arrive', 'leave', 'host', 'play', 'expires', 'expire']);
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'you', 'i']);
function scheduledPresent(t: readonly Tok[], i: number): boolean {
  if (!SCHEDULED_VERBS.has(t[i]!.low)) return false;
  // "the offer expires Friday": a third-person present is a verb whatever comes before it
  if (t[i]!.low === 'expires') return true;
  const p = t[i - 1];
  if (!p || p.kind !== Kind.Word || !t[i]!.space) return false;
  if (SUBJECT_PRONOUNS.has(p.low)) return true;
  if (low(t, i - 2) === "'" || low(t, i - 2) === '’') return false;
  // (on a headline every word has a capital: "First Visit" is no named subject; "row over
  // Tuesday vote", "the March meeting": a day or month before the word makes it a noun)
  if (p.cap && !sentenceInitial(t, i - 1) && !onHeadline(t, i) && !WEEKDAYS.has(p.low) && !MONTHS.has(p.low)) return true;
  return pluralNoun(p.low) || pluralBeforeModifier(t, i - 1) || namedSubjectOpening(t, i);
}

/** Sentence-initial capitalised words that are no subject of their own: "The meet", "Last visit", "Next play". */
const NOT_OPENING_SUBJECTS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'last', 'next', 'each', 'every', 'no', 'one', 'first', 'final', 'home', 'away', 'state', 'official']);
/*
 * "City travel to Newcastle on Saturday", "Arsenal host Chelsea on Sunday": a sports desk's fixture
 * opens the sentence with the club and the base form of a scheduling verb, the present of a
 * schedule. (The capital of a sentence's first word proves no name, so only a single capitalised
 * word that is no determiner or adjective of time, followed by a lowercase verb, qualifies.)
 */
function namedSubjectOpening(t: readonly Tok[], i: number): boolean {
  const p = t[i - 1]!;
  return p.cap && sentenceInitial(t, i - 1) && !onHeadline(t, i) && !t[i]!.cap && !NOT_OPENING_SUBJECTS.has(p.low) && !WEEKDAYS.has(p.low) && !MONTHS.has(p.low);
}

const pluralNoun = (w: string): boolean => w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us');
const SUBJECT_MODIFIER_PREPS = new Set(['in', 'of', 'from', 'across', 'around', 'at']);
const SUBJECT_MODIFIER_DETS = new Set(['the', 'both', 'all', 'this', 'that', 'each']);

/**
 * "Voters in the state go to the polls", "leaders of both parties meet": a plural subject with a
 * short prepositional phrase after it, whose last word ends at token k (lowercase, so no name).
 */
function pluralBeforeModifier(t: readonly Tok[], k: number): boolean {
  if (t[k]!.cap) return false;
  let j = k - 1;
  if (SUBJECT_MODIFIER_DETS.has(low(t, j))) j--;
  if (!SUBJECT_MODIFIER_PREPS.has(low(t, j))) return false;
  const subj = t[j - 1];
  return !!subj && subj.kind === Kind.Word && pluralNoun(subj.low);
}

/*
 * "postponed until Tuesday", "has given them until 9 a.m. Friday", "extended the deadline to Monday":
 * the verb is past but the day it sets is a deadline still ahead. True when such a verb is the
 * first verb-like word left of the preposition before [s].
 */
const DEADLINE_VERBS = new Set(['postponed', 'delayed', 'deferred', 'extended', 'given', 'gave', 'granted', 'pushed', 'moved', 'adjourned', 'suspended', 'rescheduled', 'set', 'brought',
  // the base and present forms, after "to" or a modal: "had sought to delay the trial until the spring"
  'postpone', 'postpones', 'delay', 'delays', 'defer', 'defers', 'extend', 'extends', 'adjourn', 'adjourns', 'suspend', 'suspends']);
/*
 * "Schools were closed until Friday", "flights were cancelled until Friday": a closure told with the
 * day it lasts until is one still in force (one that ended would be told by its reopening), so the
 * day lies ahead, as a deadline does. Only with "until"/"till": "closed on Friday", "closed by
 * Friday" tell when it happened.
 */
const CLOSURES_UNTIL = new Set(['closed', 'shut', 'cancelled', 'canceled', 'banned', 'halted', 'grounded', 'blocked', 'restricted', 'barred']);
/** Past verbs of need whose "by" sets a deadline ahead of the telling: "needed the money by April". */
const PAST_NEED_VERBS = new Set(['needed', 'required']);
function deadlineAhead(t: readonly Tok[], s: number, lo: number): boolean {
  const p = low(t, s - 1);
  if (p !== 'until' && p !== 'till' && p !== 'by' && p !== 'to') return false;
  // "the government has until Tuesday to decide", "they have until midnight"
  if (p !== 'to' && (low(t, s - 2) === 'has' || low(t, s - 2) === 'have') && s - 2 >= lo) return true;
  for (let i = s - 2, n = 0; i >= lo && n < 6; i--) {
    if (t[i]!.kind !== Kind.Word) continue;
    n++;
    const w = t[i]!.low;
    // "the union had given them until the weekend": a deadline told in the past perfect has
    // passed; the clause's own tense places it
    // ("brought forward to Saturday": a date moved earlier is still ahead; "brought to" alone is no such move)
    if (w === 'brought' && low(t, i + 1) !== 'forward') return false;
    if (DEADLINE_VERBS.has(w)) return !pastPerfect(t, i, lo) && (p !== 'to' || w.startsWith('extend') || w.startsWith('postpone') || w === 'pushed' || w === 'moved' || w.startsWith('delay') || w === 'brought');
    // "said in March that it needed the money by the end of April": what is needed by a day is
    // still ahead of the telling
    if (p === 'by' && PAST_NEED_VERBS.has(w)) return !pastPerfect(t, i, lo);
    if ((p === 'until' || p === 'till') && CLOSURES_UNTIL.has(w)) return !pastPerfect(t, i, lo);
    if (cue(t, i)) return false;
  }
  return false;
}

/*
 * "planned a protest outside the Capitol on Thursday", "set a vote for Friday", "called a strike
 * for Monday", "announced a strike on Monday": a past verb of planning with an event as its object
 * dates the event, which lies ahead; the verb tells only when the plan was made. "for" after such a
 * verb always names the event's date; "on" does so only after ON_PLANNERS with a new event of
 * EVENT_NOUNS as object ("a strike", not "a deal" or "the results", whose "on Monday" tells when
 * they were announced). A plan told in the past perfect ("had planned a march on Friday") was
 * overtaken, and is left to the tense.
 */
const PLANNING_VERBS = new Set(['planned', 'scheduled', 'set', 'slated', 'organized', 'organised', 'arranged', 'booked', 'fixed', 'rescheduled', 'called', 'announced', 'proposed']);
/**
 * Verbs whose "on <day>" may give the event's day ("planned a protest on Thursday"); other verbs of
 * arranging ("organised a conference on Tuesday", "set a record on Monday") mostly tell when they
 * took place, and only "for <day>" dates their object.
 */
const ON_PLANNERS = new Set(['planned', 'scheduled', 'slated', 'called', 'announced']);
const NP_WORDS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'new', 'general', 'national', 'nationwide', 'mass', 'large', 'second', 'third', 'further', 'another', 'outside', 'at', 'in', 'near', 'of', 'final', 'special', 'emergency', 'public', 'snap', 'two-day', 'one-day', 'day-long', 'for']);
/** Events that take weeks to organise once called or announced: a weekday after them is not their day. */
const WEEKS_TO_PREPARE = new Set(['election', 'elections', 'referendum', 'plebiscite', 'poll', 'polls', 'primary', 'primaries', 'runoff']);
const SUBJECT_VERBS = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'have']);
const RELATIVES = new Set(['that', 'which', 'who']);
function plannedEventAhead(t: readonly Tok[], s: number, e: number, lo: number): boolean {
  const prep = low(t, s - 1);
  // "set a deadline of Friday": the deadline's day, like "for"
  const deadlineOf = prep === 'of' && low(t, s - 2) === 'deadline';
  if (prep !== 'on' && prep !== 'for' && !deadlineOf) return false;
  // "a service planned for Saturday was canceled": the plan is the subject of a verb that follows,
  // which tells what became of it; "a strike on Monday that shut schools" may have taken place
  if (SUBJECT_VERBS.has(low(t, e)) || (RELATIVES.has(low(t, e)) && cue(t, e + 1) !== 'future')) return false;
  let eventNoun = false;
  // ("called a snap election on Tuesday": no election is held days after it is called, so a
  // weekday there tells when it was called)
  let slowEvent = false;
  let article = '';
  let newPlural = false;
  for (let i = s - 2, n = 0; i >= lo && n < 9; i--) {
    if (t[i]!.kind === Kind.Punct) {
      if (t[i]!.low === ',' || t[i]!.low === ';' || t[i]!.low === ':') return false;
      continue;
    }
    n++;
    const w = t[i]!.low;
    if (PLANNING_VERBS.has(w) && n > 1 && !pastPerfect(t, i, lo)) {
      // "called for a rally on Saturday": the verb is "called for". "on" needs a new event ("a
      // protest"): "planned the attack on Monday" may tell when a known event took place.
      if (prep !== 'on') return true;
      return ON_PLANNERS.has(w) && eventNoun && (article === 'a' || article === 'an' || article === 'another' || (article === '' && newPlural)) && !(slowEvent && WEEKDAYS.has(low(t, s)));
    }
    if (EVENT_NOUNS.has(w)) eventNoun = true;
    // ("called for protests on Sunday": a plural with no determiner is as new as "a protest")
    if (EVENT_NOUNS.has(w) && w.endsWith('s') && n === 1) newPlural = true;
    if (WEEKS_TO_PREPARE.has(w)) slowEvent = true;
    if (w === 'a' || w === 'an' || w === 'the' || w === 'another' || w === 'its' || w === 'their') article = w;
    // a verb between the object and the day gives the day to that verb ("planned a march that drew 500 on Friday")
    if (cue(t, i) !== null) return false;
    if (!NP_WORDS.has(w) && !EVENT_NOUNS.has(w) && t[i]!.cap !== true && !w.endsWith('s') && n > 4) return false;
  }
  return false;
}

/** A headline's "to" and a lowercase verb before the expression, with no other verb between: "Strike to halt trains from Wednesday". */
function headlineInfinitive(t: readonly Tok[], s: number, lo: number): boolean {
  const titleCase = onHeadline(t, s);
  if (!titleCase && !onTitleLine(t, s)) return false;
  for (let i = s - 1, n = 0; i > lo && n < 10; i--) {
    if (t[i]!.kind !== Kind.Word) continue;
    n++;
    const w = t[i + 1];
    if (t[i]!.low !== 'to' || !w || w.kind !== Kind.Word || NOT_VERB_AFTER_TO.has(w.low)) continue;
    // in title case the verb is capitalised too ("Storm to Hit Coast on Saturday"); a place after
    // a word of going or of a relation is no verb ("Obama Heads to Israel", "Visit to Paris")
    if (!w.cap || (titleCase && !TOWARDS.has(low(t, i - 1)))) return true;
  }
  return false;
}

/** Words before a "to" that points at a place or a party, not at a verb: "Heads to Israel", "Envoy to Iraq". */
const TOWARDS = new Set([
  'head', 'heads', 'headed', 'travel', 'travels', 'return', 'returns', 'returned', 'go', 'goes', 'went', 'come', 'comes', 'came', 'fly', 'flies', 'flew', 'move', 'moves', 'moved',
  'arrive', 'arrives', 'send', 'sends', 'sent', 'bound', 'back', 'trip', 'trips', 'visit', 'visits', 'way', 'road', 'flight', 'flights', 'journey', 'route', 'path', 'next', 'up',
  'close', 'closer', 'nearer', 'due', 'welcome', 'welcomes', 'letter', 'message', 'appeal', 'tribute', 'gift', 'reply', 'response', 'answer', 'envoy', 'ambassador', 'heir',
  'threat', 'blow', 'boost', 'aid', 'access', 'exports', 'imports', 'ties', 'link', 'links', 'relations', 'open', 'opens', 'shift', 'shifts', 'switch', 'switches', 'from', 'talk',
  'talks', 'speak', 'speaks', 'turn', 'turns', 'lose', 'loses', 'lost', 'fall', 'falls', 'fell', 'rise', 'rises', 'rose', 'slip', 'slips', 'sold', 'sells', 'sale', 'bid', 'offer',
]);

function sentenceInitial(t: readonly Tok[], i: number): boolean {
  if (i === 0 || t[i]!.nl) return true;
  const p = t[i - 1]!.low;
  return p === '.' || p === '!' || p === '?' || p === '"' || p === '“' || p === '`' || p === "'";
}

/** A period glued to a short word ("Ill.", "N.J.", "Mr."): an abbreviation, not a sentence end. */
function isAbbrevDot(t: readonly Tok[], i: number): boolean {
  const p = t[i - 1];
  // "Roe v. Wade", "Smith vs. Jones": the versus of a case or a match
  if (p && !t[i]!.space && (p.low === 'v' || p.low === 'vs') && !p.cap && t[i + 1]?.cap) return true;
  return !!p && !t[i]!.space && p.kind === Kind.Word && p.cap && p.low.length <= 3 && !!t[i + 1] && (t[i + 1]!.kind !== Kind.Word || !t[i + 1]!.cap || !t[i + 1]!.space);
}

/*
 * Present verbs of heading for an event ("the country heads toward elections in November",
 * "prepares for", "gears up for", "braces for"), and the present progressive ("is preparing",
 * "are heading"): the clause looks ahead, so the month or day it names has not come yet. Their
 * object ("toward parliamentary elections") often stands between them and the date, so they count
 * further off than a bare present; a habitual present ("the company reports results in November")
 * is no such cue and keeps the nearest month.
 */
const LOOK_AHEAD_PRESENT = new Set(['heads', 'prepares', 'gears', 'braces', 'readies', 'awaits', 'nears', 'approaches']);
/** Prepositions that make a date an adverbial of its clause. */
const TIME_PREPOSITIONS = new Set(['in', 'on', 'for', 'by', 'until', 'till', 'at', 'before', 'through']);
/** How many words a look-ahead verb may stand left of the expression. */
const LOOK_AHEAD_WINDOW = 8;
/** "-ing" words after "is" that are no verb: "the issue is funding", "the thing is nothing new". */
const NOT_PROGRESSIVE = new Set(['thing', 'something', 'nothing', 'anything', 'everything', 'king', 'spring', 'morning', 'evening', 'building', 'meeting', 'ring', 'string', 'ceiling', 'during', 'according', 'outstanding', 'interesting', 'willing', 'missing', 'boring', 'amazing', 'surprising', 'disappointing', 'encouraging', 'worrying', 'troubling', 'exciting', 'promising', 'rising', 'growing', 'ongoing', 'lacking']);
const PRESENT_BE = new Set(['is', 'are', 'am']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'whose']);

function looksAhead(t: readonly Tok[], i: number): boolean {
  const w = t[i]!;
  if (w.kind !== Kind.Word) return false;
  // "the heads of government", "the approaches to the city": plural nouns, not verbs
  if (LOOK_AHEAD_PRESENT.has(w.low)) return low(t, i + 1) !== 'of' && !DETERMINERS.has(low(t, i - 1));
  if (w.low.length < 6 || !w.low.endsWith('ing') || NOT_PROGRESSIVE.has(w.low)) return false;
  // "is heading", "are now preparing": one adverb may stand between
  const b = MODAL_ADVERBS.has(low(t, i - 1)) ? i - 2 : i - 1;
  return PRESENT_BE.has(low(t, b));
}

/*
 * Direct quotations. The words inside a quotation keep their own tense: in "'Let us celebrate
 * Christmas,' Howard wrote" the holiday is the one the hortative proposes, not one before the
 * writing. Quote marks: curly quotes, `` and '' as newswire writes them, and straight quotes read
 * by their spacing (an opening one stands before a glued word, a closing one glued after one).
 * A single straight quote is also an apostrophe ("the players' union", "'90s"), so it counts only
 * when both its ends are found in the sentence.
 */
type QuoteMark = 'double' | 'single' | null;

/** Marks that may stand glued before an opening straight quote: "(\"Christmas\")". */
const BEFORE_OPENING = new Set(['(', '[', '—', '–', ':']);

function opens(t: readonly Tok[], i: number): QuoteMark {
  const w = low(t, i);
  if (w === '“') return 'double';
  // `` is two tokens; either one marks the opening
  if (w === '`') return (low(t, i + 1) === '`' && !t[i + 1]!.space) || (low(t, i - 1) === '`' && !t[i]!.space) ? 'double' : null;
  if (w !== '"' && w !== "'") return null;
  const next = t[i + 1];
  if (!next || next.space || next.kind === Kind.Punct) return null;
  if (!(t[i]!.space || BEFORE_OPENING.has(low(t, i - 1)))) return null;
  if (w === "'") return next.kind === Kind.Word ? 'single' : null;
  return 'double';
}

function closes(t: readonly Tok[], i: number): QuoteMark {
  const w = low(t, i);
  if (w === '”') return 'double';
  // '' is two apostrophes; either one marks the closing
  if (w === "'" && ((low(t, i + 1) === "'" && !t[i + 1]!.space) || (low(t, i - 1) === "'" && !t[i]!.space))) return 'double';
  if (w !== '"' && w !== "'") return null;
  if (t[i]!.space || i === 0) return null;
  const next = t[i + 1];
  if (w === "'") return !next || next.space || next.kind === Kind.Punct ? 'single' : null;
  return 'double';
}

/**
 * How many tokens either side a quote mark is looked for: the search stays linear in the text
 * however long a sentence runs (a quotation longer than this is read as the sentence around it).
 */
const QUOTE_REACH = 80;

/**
 * The quotation [a, b) that holds tokens [s, e) within the sentence [lo, hi), or null when they
 * stand outside any. A double quotation may have opened in an earlier sentence ("We won. Let us
 * celebrate Christmas," he said) or go on into the next: its span is then cut at the sentence.
 */
export function quotationAround(t: readonly Tok[], s: number, e: number, lo: number, hi: number): { a: number; b: number } | null {
  let a = -1;
  let open: QuoteMark = null;
  const from = Math.max(lo, s - QUOTE_REACH);
  const to = Math.min(hi, e + QUOTE_REACH);
  for (let i = s - 1; i >= from; i--) {
    if (closes(t, i) === 'double') return null;
    open = opens(t, i);
    if (open) {
      a = i + 1;
      break;
    }
  }
  let b = -1;
  for (let i = e; i < to; i++) {
    if (opens(t, i) === 'double') break;
    const close = closes(t, i);
    if (close && (close === 'double' || open === 'single')) {
      b = i;
      break;
    }
  }
  if (open === 'single' && b < 0) return null;
  if (a < 0 && b < 0) return null;
  return { a: a < 0 ? from : a, b: b < 0 ? to : b };
}

/** Subject pronouns: a quotation that holds one is a clause of its own ("We celebrate Christmas at home"). */
const QUOTED_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);

/** The quotation [a, b) has a verb of its own: a tense cue, a look-ahead verb or a subject pronoun. */
function hasOwnVerb(t: readonly Tok[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (cue(t, i) || looksAhead(t, i) || QUOTED_SUBJECTS.has(t[i]!.low)) return true;
  return false;
}

const CLAUSE_COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);
/** How many words after an expression the verb of a clause it opens is looked for. */
const OPENER_VERB_WORDS = 4;

/** The tense of a verb within a few words after e, before any punctuation: "on Friday he will address". */
function verbRightAfter(t: readonly Tok[], e: number, hi: number): Tense {
  for (let i = e, n = 0; i < hi && n < OPENER_VERB_WORDS; i++) {
    if (t[i]!.kind === Kind.Punct) return null;
    n++;
    const c = cue(t, i);
    if (c && c !== 'present') return c;
  }
  return null;
}

/** The date at s, after a preposition, opens a clause introduced by "that" ("said that on Friday ..."). */
function opensThatClause(t: readonly Tok[], s: number, lo: number): boolean {
  return s - 2 >= lo && TIME_PREPOSITIONS.has(low(t, s - 1)) && low(t, s - 2) === 'that' && REPORTING_VERBS.has(low(t, s - 3));
}

/** Words that join two adverbials of one verb: "on Thursday and to Jordan on Friday". */
const ADVERBIAL_JOINERS = new Set(['and', 'or']);
/** How many words may stand between two expressions that share their verb. */
const SHARED_VERB_WORDS = 6;

/**
 * "will travel to the West Bank on Thursday and to Jordan on Friday, officials said": tokens
 * [a, b) between two expressions of one sentence join them with "and" / "or" and hold no verb of
 * their own, so the second shares the first's verb and its tense (which may stand too far left for
 * the second's own window, while a reporting verb right of it belongs to another clause).
 */
export function sharesVerbWithPrevious(t: readonly Tok[], a: number, b: number, e: number, hi: number): boolean {
  // ("on Monday, and on Friday they will hold a parade": a verb of its own right after it)
  if (a < 0 || b <= a || verbRightAfter(t, e, hi)) return false;
  let joined = false;
  let n = 0;
  for (let i = a; i < b; i++) {
    const w = t[i]!.low;
    if (w === ';' || w === ':' || (w === '.' && !isAbbrevDot(t, i))) return false;
    if (countsAsWord(t, i) && ++n > SHARED_VERB_WORDS) return false;
    if (ADVERBIAL_JOINERS.has(w)) joined = true;
    else if (isCue(t, i) || looksAhead(t, i) || RELATIVES_AND_SUBJECTS.has(w)) return false;
  }
  return joined;
}
/** Words that open a clause of its own between two expressions: "on Monday and he will ... on Friday". */
const RELATIVES_AND_SUBJECTS = new Set(['that', 'which', 'who', 'when', 'where', 'while', 'he', 'she', 'it', 'they', 'we', 'i', 'you']);

/**
 * Tense around tokens [s, e) within the sentence [lo, hi). Inside a direct quotation with a verb
 * of its own, only the quotation counts: the reporting verb outside ("Howard wrote") tells when it
 * was said, not when what it names happens. A verbless quotation ("called it 'a Christmas
 * miracle'") takes the sentence's tense as before.
 */
export function tenseAround(t: readonly Tok[], s: number, e: number, lo: number, hi: number): Tense {
  const q = quotationAround(t, s, e, lo, hi);
  const tense = q && hasOwnVerb(t, q.a, q.b) ? clauseTense(t, s, e, q.a, q.b) : clauseTense(t, s, e, lo, hi);
  // (a progressive "is trailing at 18%, down from 27% in September" looks ahead, but the base of a
  // comparison was measured before; a modal future keeps its tense: "will fall from 3% in 2027")
  if (tense !== 'past' && (tense !== 'future' || progressiveFuture(t, s, q ? q.a : lo)) && comparisonBase(t, s, q ? q.a : lo)) return 'past';
  return tense;
}

/**
 * The future of the clause left of s comes from a look-ahead verb ("is trailing", "heads toward"),
 * not from a modal or a schedule ("will", "is due to"), within the ten-word window.
 */
function progressiveFuture(t: readonly Tok[], s: number, lo: number): boolean {
  for (let i = s - 1, n = 0; i >= lo && n < 10; i--) {
    if (t[i]!.kind === Kind.Punct) continue;
    n++;
    if (cue(t, i) === 'future') return false;
    if (looksAhead(t, i)) return true;
  }
  return false;
}

/** Words of a quantity: "$29.75", "4%", "3.2 percent", "$1.5 billion", "358,000". */
const QUANTITY_WORDS = new Set(['$', '€', '£', '¥', '%', '.', ',', 'percent', 'million', 'billion', 'trillion', 'cents', 'points', 'a', 'share', 'barrel', 'ounce']);
/** Words that introduce the value a figure is compared with: "up from", "compared with", "against". */
const COMPARED_WITH = new Set(['from', 'with', 'against', 'versus', 'vs', 'than']);

/**
 * "Inflation is 3%, down from 4% in March", "shares trade at $31, against $29.75 in March": the
 * figure a present one is compared with was measured before, so its date is past, though the
 * clause is in the present or has no verb. True for "in"/"on" right after such a figure.
 */
function comparisonBase(t: readonly Tok[], s: number, lo: number): boolean {
  const prep = low(t, s - 1);
  if (prep !== 'in' && prep !== 'on') return false;
  let num = false;
  let i = s - 2;
  for (; i >= lo && s - i < 10; i--) {
    if (t[i]!.kind === Kind.Num) num = true;
    else if (!QUANTITY_WORDS.has(t[i]!.low)) break;
  }
  return num && i >= lo && COMPARED_WITH.has(low(t, i));
}

const RULE_FORMS = new Set(['rule', 'rules', 'ruled', 'ruling']);
const RULE_NEGATORS = new Set(['not', 't', 'never', 'refused', 'refuses', 'refusing', 'declined', 'declines', 'declining', 'cannot']);

/** Token i is "rule(d) out" with a negation just before: "has not been ruled out", "refused to rule out". */
function negatedRuleOut(t: readonly Tok[], i: number): boolean {
  if (!RULE_FORMS.has(t[i]!.low) || low(t, i + 1) !== 'out') return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (RULE_NEGATORS.has(t[k]!.low)) return true;
  return false;
}

/**
 * "A strike over Christmas has not been ruled out", "the minister did not rule out an election in
 * the spring": what is not ruled out is a possibility still ahead, whatever the tense of "has
 * been" or "did". True when a negated "rule(d) out" stands within ten words either side of [s, e).
 * ("The union ruled out a strike on Friday" may say when it was ruled out: left to the tense.)
 */
function ruledOut(t: readonly Tok[], s: number, e: number, lo: number, hi: number): boolean {
  for (let i = s - 1, n = 0; i >= lo && n < 10; i--) {
    if (t[i]!.kind === Kind.Punct) continue;
    n++;
    if (negatedRuleOut(t, i)) return true;
  }
  for (let i = e, n = 0; i < hi && n < 10; i++) {
    if (t[i]!.kind === Kind.Punct) {
      if (t[i]!.low === ';' || (t[i]!.low === '.' && !isAbbrevDot(t, i))) break;
      continue;
    }
    n++;
    if (negatedRuleOut(t, i)) return true;
  }
  return false;
}

/** Negations between a modal and "be": "may not be reconnected", "won't be paid", "will never be held". */
const NEGATIONS = new Set(['not', 'never']);

/**
 * A modal ends at token k, left of a "be" (an adverb and a negation may stand between): "will be
 * paid", "would only be decided", "may not be reconnected", "won't be held".
 */
function modalBeforeBe(t: readonly Tok[], k: number, lo: number): boolean {
  if (MODAL_ADVERBS.has(low(t, k)) && k - 1 >= lo) k--;
  if (NEGATIONS.has(low(t, k)) && k - 1 >= lo) k--;
  // "won't", "can't": the contraction's "t"
  if (low(t, k) === 't' && (low(t, k - 1) === "'" || low(t, k - 1) === '’')) return ['won', 'can', 'wouldn', 'couldn', 'shouldn', 'mustn'].includes(low(t, k - 2));
  return MODAL_BEFORE_BE.has(low(t, k)) || (low(t, k) === 'll' && low(t, k - 1) === "'");
}

/** Token i ("host") is a title: a lower-case word or a closing quote before it, a full name after it. */
function hostTitle(t: readonly Tok[], i: number): boolean {
  const p = t[i - 1];
  const named = !!t[i + 1]?.cap && !!t[i + 2]?.cap && t[i + 1]!.kind === Kind.Word && t[i + 2]!.kind === Kind.Word;
  // ("Macron will host Ukrainian President Volodymyr Zelensky on Friday", "to host President X":
  // after a modal or "to" the verb, whose guest is named)
  return named && !!p && ((p.kind === Kind.Word && !p.cap && !MODAL_BEFORE_BE.has(p.low)) || p.low === '”' || p.low === '"');
}

/**
 * Token i is a capitalised word inside a name, after the name's first word: "host Chinese Premier
 * Li Qiang at a summit on Saturday" counts the name as one word, so that a verb before a long name
 * stays within reach of the date.
 */
function inNameRun(t: readonly Tok[], i: number, lo: number): boolean {
  const p = t[i - 1];
  return i - 1 >= lo && !!t[i]!.cap && t[i]!.kind === Kind.Word && !t[i]!.nl && !!p && p.kind === Kind.Word && !!p.cap;
}

/** Token i counts in the word window: no punctuation, nor the "s" of a possessive ("New Year's Day" is three words). */
function countsAsWord(t: readonly Tok[], i: number): boolean {
  return t[i]!.kind !== Kind.Punct && !(t[i]!.low === 's' && !t[i]!.space && (low(t, i - 1) === "'" || low(t, i - 1) === '’'));
}

/** Prepositions of a deadline: "return to work by Thursday". */
const DEADLINE_PREPS = new Set(['by', 'until', 'before']);
/** Verbs whose "to" looks ahead to a sanction on those who fail a deadline. */
const WARNING_BEFORE_TO = new Set(['threatened', 'threatens', 'vowed', 'vows', 'promised', 'pledged', 'warned', 'warns', 'ordered']);

/**
 * "threatened to sack doctors who did not return to work by Thursday": the past of a relative
 * clause (the cue at i, "who"/"that" at most three words before it) under a threat's infinitive
 * is the threat's future told in the past; the deadline is ahead of the telling.
 */
function threatenedWhoDid(t: readonly Tok[], i: number, lo: number): boolean {
  let r = -1;
  for (let k = i - 1; k >= lo && k >= i - 3; k--) if (t[k]!.low === 'who' || t[k]!.low === 'that') { r = k; break; }
  if (r < 0) return false;
  for (let k = r - 1; k > lo && k >= r - 8; k--) {
    if (t[k]!.kind === Kind.Punct) return false;
    if (t[k]!.low === 'to' && (WARNING_BEFORE_TO.has(low(t, k - 1)) || WARNING_BEFORE_TO.has(low(t, k - 2)))) return true;
  }
  return false;
}

/** Words the left window of `clauseTense` spans; a schedule may stand a few words further. */
const FAR_SCHEDULE_WORDS = 16;

/**
 * "A labour court in Nairobi is due to hear the government's request to halt the strike on
 * Friday": a present schedule ("is due to", "are scheduled to", "is expected to") further left
 * than the ten words `clauseTense` looks at, with no other cue between (the nearer words had
 * none), still governs the date.
 */
function farScheduleBefore(t: readonly Tok[], s: number, lo: number): boolean {
  for (let i = s - 1, n = 0; i > lo && n < FAR_SCHEDULE_WORDS; i--) {
    const w = t[i]!.low;
    if (w === ';' || w === ':') return false;
    if (countsAsWord(t, i) && !inNameRun(t, i, lo)) n++;
    if (n <= 10) continue;
    const c = cue(t, i);
    if (!c) continue;
    return c === 'future' && PLAN_WORDS.has(w) && low(t, i + 1) === 'to' && PRESENT_BE.has(low(t, i - 1));
  }
  return false;
}

/** Tense around tokens [s, e) from the cues within [lo, hi). */
function clauseTense(t: readonly Tok[], s: number, e: number, lo: number, hi: number): Tense {
  // a look-ahead verb dates the event only through an adverbial ("heads toward elections in
  // November"); "is continuing to sell itself under a June agreement" names an agreement made
  const adverbial = TIME_PREPOSITIONS.has(low(t, s - 1));
  // "as soon as Tuesday", "as early as next week": a date not yet reached.
  if (low(t, s - 1) === 'as' && (low(t, s - 2) === 'soon' || low(t, s - 2) === 'early') && low(t, s - 3) === 'as' && s - 3 >= lo) return 'future';
  if (planCalledOff(t, s, e, lo, hi) || promiseInPastPerfect(t, s, lo)) return null;
  if (deadlineAhead(t, s, lo) || ruledOut(t, s, e, lo, hi) || plannedEventAhead(t, s, e, lo) || plannedModifier(t, s, e, lo) || judgedLikely(t, s, e, lo, hi, isCue) || subjectOfModal(t, s, e, lo) || warnedAhead(t, s, lo, isCue)) return 'future';
  // "ahead of Sunday's vote", "in the run-up to Friday's summit": the day has not come yet
  if ((low(t, s - 1) === 'of' && low(t, s - 2) === 'ahead') || (low(t, s - 1) === 'to' && low(t, s - 2) === 'up' && low(t, s - 3) === '-' && low(t, s - 4) === 'run')) return 'future';
  // "Rail strike to halt trains from Wednesday", "Union to strike Friday": a headline's "to" and
  // a verb is its future tense
  if (headlineInfinitive(t, s, lo)) return 'future';
  // "He said that on Friday he would resign": a date that opens a reported clause belongs to that
  // clause's verb right after it, not to the reporting verb before "that"
  if (opensThatClause(t, s, lo)) {
    const own = verbRightAfter(t, e, hi);
    if (own) return own;
  }
  // Left first, nearest cue wins; a clause break (";", ":") stops the search.
  // The window counts words only: "at the Newark, N.J., airport" is four words, not eleven tokens.
  let conditional = false;
  // a present verb of the clause, too far left to date the expression itself
  let presentFar = false;
  for (let i = s - 1, n = 0; i >= lo && n < 10; i--) {
    const w = t[i]!.low;
    if (w === ';') break;
    if (conditionalIf(t, i)) conditional = true;
    // "met them on Wednesday, and on Friday he will address diplomats": a clause of its own opens
    // at ", and": its verb right after the date is its tense, not the verb of the clause before
    if (CLAUSE_COORDINATORS.has(w) && low(t, i - 1) === ',') {
      const own = verbRightAfter(t, e, hi);
      if (own) return own;
    }
    if (countsAsWord(t, i) && !inNameRun(t, i, lo)) n++;
    if (n <= LOOK_AHEAD_WINDOW && adverbial && looksAhead(t, i)) return 'future';
    if (adverbial && !possessiveAt(t, e) && infinitiveOfDirective(t, i, lo)) return 'future';
    const c0 = cue(t, i);
    // "approved by 41 votes on Thursday", "after the talks on Monday": a present form after a count
    // or a determiner is a plural noun, no verb
    const c = c0 === 'present' && countedNoun(t, i) ? null : c0;
    // a present verb counts only right before the expression ("is on Friday", "are meeting Monday");
    // a scheduling verb with its object between may stand two words further ("faces a confidence
    // vote on Monday", "holds its annual meeting on Friday")
    if (c === 'present' && n > (SCHEDULING_PRESENT.has(w) ? 6 : 4)) {
      presentFar = true;
      continue;
    }
    // "await Friday's jobs report" looks ahead to its object only: "awaiting trial after his
    // arrest on Friday" names a day of its own
    if (c === 'future' && AWAIT.has(w) && n > 4) continue;
    // "can win in November", "can still qualify on Sunday": an ability looks ahead to a date it
    // governs, close by and through a preposition ("cannot trust the assertion Tuesday night"
    // names when the assertion was made)
    if (c === 'future' && (w === 'can' || w === 'cannot') && (n > 4 || !adverbial)) continue;
    // a headline's present tells what happened ("Obama Arrives in Israel on Wednesday"); its future
    // says "to" ("Pope to Be Installed Tuesday")
    if (c === 'present' && onHeadline(t, s)) continue;
    if (c) {
      // "will be paid", "would be named", "to be held": a participle after a modal's "be" is future
      // ("will also be elected", "would only be decided": an adverb may stand between modal and "be")
      // ("could not be reached for comment Friday" is a failed attempt, past)
      if (c === 'past' && low(t, i - 1) === 'be' && i - 2 >= lo && modalBeforeBe(t, i - 2, lo) && !endsFailedAttempt(t, i, lo)) return 'future';
      if (c === 'past' && DEADLINE_PREPS.has(low(t, s - 1)) && threatenedWhoDid(t, i, lo)) return 'future';
      return c;
    }
  }
  if (farScheduleBefore(t, s, lo)) return 'future';
  if (scoreBefore(t, s, lo)) return 'past';
  let comma = false;
  for (let i = e, n = 0; i < hi && n < 10; i++) {
    const w = t[i]!.low;
    if (w === ';' || (w === '.' && !isAbbrevDot(t, i))) break;
    if (w === ',') comma = true;
    if (countsAsWord(t, i)) n++;
    const c = cueAfter(t, i);
    if (c === 'present') continue;
    // ", forecasters said Sunday": a reporting frame tells when the words were said; a future
    // verb further left in the reported clause ("is expected to dump snow ... starting Monday
    // night") tells when its content happens
    if (c === 'past' && comma && REPORTING_VERBS.has(w) && farFuture(t, s, lo)) return 'future';
    // "promises an aid package for their January election, the agency reported on Monday": the
    // frame's past is when it was said; the clause it reports is in the present
    if (c === 'past' && comma && REPORTING_VERBS.has(w) && presentFar) return null;
    if (c) return c;
  }
  // ("If he follows up his Tuesday wins": a date that modifies a noun is no time of the condition)
  return sentenceOpenerTense(t, s, e, lo, hi) ?? (conditional && !DETERMINERS.has(low(t, s - 1)) ? 'future' : null);
}

/*
 * "Liverpool beat Brighton 3-1 at Anfield on Saturday to go top": a score ("3-1", "2-2") is a result,
 * so the match it ends was played; with no tense cue on the left ("beat", "held" alone tell none,
 * and "to go top" after the date would look ahead) the day is past. (Only when nothing on the left
 * gave a tense: "will hope for another 3-1 win on Saturday" keeps its "will".)
 */
function scoreBefore(t: readonly Tok[], s: number, lo: number): boolean {
  for (let i = s - 1, n = 0; i - 2 >= lo && n < 10; i--, n++) {
    const w = t[i]!.low;
    if (w === ';' || w === '.' || w === ',') return false;
    if (t[i]!.kind === Kind.Num && low(t, i - 1) === '-' && t[i - 2]!.kind === Kind.Num && !t[i - 1]!.space && !t[i]!.space && t[i - 2]!.low.length <= 2 && w.length <= 2) return AFTER_SCORE.has(low(t, i + 1));
  }
  return false;
}
/** Words after a score ("3-1 at Anfield", "a 2-1 win"); a range has a unit instead ("a 15-20 percent cutback"). */
const AFTER_SCORE = new Set(['at', 'in', 'on', 'win', 'victory', 'defeat', 'loss', 'draw', 'home', 'away', 'against', 'over', 'with', 'after', 'thanks', ',', '.']);

/** Verbs that undo a plan: what was planned for a date did not happen on it. */
const CALLED_OFF = new Set(['postponed', 'cancelled', 'canceled', 'delayed', 'scrapped', 'shelved', 'deferred', 'called', 'put', 'pushed', 'moved', 'rescheduled', 'suspended', 'abandoned']);
/** "called off", "put off", "pushed back": the particle that makes the verb undo a plan. */
const OFF_PARTICLES = new Set(['off', 'back']);
/**
 * "The summit, planned for February, was postponed", "talks scheduled for June were cancelled": the
 * date of a plan called off is on neither side of the text's date by itself ("planned for" looks
 * ahead, the calling off is past), so the nearest such date is meant: February told in March is the
 * last one, June the next. The date follows "planned/scheduled/set/slated for"; a verb that undoes
 * the plan follows it in the sentence (within eight words, "called", "put", "pushed" and "moved"
 * with "off"/"back").
 */
export function planCalledOff(t: readonly Tok[], s: number, e: number, lo: number, hi: number): boolean {
  if (!plannedFor(t, s, lo)) return false;
  for (let i = e, n = 0; i < hi && n < 8; i++) {
    const w = t[i]!.low;
    if (w === ';' || (w === '.' && !isAbbrevDot(t, i))) return false;
    if (countsAsWord(t, i)) n++;
    if (!CALLED_OFF.has(w)) continue;
    if (w === 'called' || w === 'put' || w === 'pushed' || w === 'moved') {
      // ("originally set for December, was moved to February": a plan moved to another date)
      if (OFF_PARTICLES.has(low(t, i + 1)) || (w === 'moved' && low(t, i + 1) === 'to')) return true;
      continue;
    }
    return true;
  }
  return false;
}

/** Verbs that move a plan to a new date: "postponed to February", "moved to Thursday", "pushed back to April". */
const RESCHEDULING = new Set(['postponed', 'delayed', 'deferred', 'moved', 'rescheduled', 'pushed', 'put', 'shifted', 'brought']);
const RESCHEDULED_PARTICLES = new Set(['back', 'off', 'forward']);
/**
 * The date at s is the new date of a plan moved: "was postponed to February", "was pushed back to
 * April", "was moved until May" ("to"/"until"/"till"/"for" right after the verb or its particle).
 */
export function rescheduledTo(t: readonly Tok[], s: number, lo: number): boolean {
  const p = low(t, s - 1);
  if (p !== 'to' && p !== 'until' && p !== 'till' && p !== 'for') return false;
  const particle = RESCHEDULED_PARTICLES.has(low(t, s - 2));
  const k = particle ? s - 3 : s - 2;
  // ("put", "pushed" and "brought" move a date only with their particle: "put to a vote", "pushed for")
  return k >= lo && RESCHEDULING.has(low(t, k)) && (particle || !NEEDS_PARTICLE.has(low(t, k)));
}
const NEEDS_PARTICLE = new Set(['put', 'pushed', 'brought']);

/**
 * The date at `s` is what a plan was made for: "planned for February", or an event the plan is for
 * and a preposition before the date ("planned for a vote in January", at most four words between,
 * no punctuation).
 */
const PLANNED_FOR = new Set(['planned', 'scheduled', 'set', 'slated']);
function plannedFor(t: readonly Tok[], s: number, lo: number): boolean {
  const p = low(t, s - 1);
  if (p === 'for') return s - 2 >= lo && PLANNED_FOR.has(low(t, s - 2));
  if (p !== 'in' && p !== 'on') return false;
  return planForEventBefore(t, s, lo) || overtakenPlanBefore(t, s, lo);
}

/** "planned for a vote in January": a plan's "for" at most four words before the preposition, no punctuation. */
function planForEventBefore(t: readonly Tok[], s: number, lo: number): boolean {
  for (let k = s - 2; k >= lo && k >= s - 6; k--) {
    if (t[k]!.kind === Kind.Punct) return false;
    if (low(t, k) === 'for') return k - 1 >= lo && PLANNED_FOR.has(low(t, k - 1));
  }
  return false;
}

function overtakenPlanBefore(t: readonly Tok[], s: number, lo: number): boolean {
  // ("had planned to visit Lagos in April, but the trip was cancelled", "had planned to fly to Kuala
  // Lumpur for a regional summit on Thursday but cancelled the trip": an overtaken plan's infinitive,
  // `overtakenPlanInfinitive`, at most ten words before; called off, its date may have been ahead)
  for (let k = s - 2; k >= lo && k >= s - 11; k--) {
    if (t[k]!.kind === Kind.Punct) return false;
    if (overtakenPlanInfinitive(t, k)) return true;
  }
  return false;
}

/**
 * "called on both leaders to attend a summit in Dar es Salaam on Saturday": the "to" of an
 * infinitive a directive governs (within its four words after the directive) is reached inside the
 * window even when the directive itself lies beyond it; what is asked for lies ahead. (Only for a
 * date in an adverbial: "asked the minister to investigate the lapses at Friday's trial" names a
 * past trial.)
 */
function infinitiveOfDirective(t: readonly Tok[], i: number, lo: number): boolean {
  if (t[i]!.low !== 'to') return false;
  // (a day between the directive and "to" is the directive's own: "ordered Meta on Friday to pay the fine by May")
  // (two tokens more for a possessive in the object, which `directiveAhead` skips: "urged the bloc's finance ministers to")
  const reach = [i - 1, i - 2, i - 3, i - 4, i - 5].some((k) => k >= lo && (low(t, k) === "'s" || low(t, k) === "'" || low(t, k) === '’')) ? 8 : 6;
  for (let j = i - 2; j >= lo && j >= i - reach; j--) if (directiveAhead(t, j, true)) return true;
  return false;
}

/** The expression ending before token e is a possessive ("at Friday's trial"): it names an event's day, no adverbial. */
function possessiveAt(t: readonly Tok[], e: number): boolean {
  const w = low(t, e);
  return w === "'s" || ((w === "'" || w === '’') && low(t, e + 1) === 's');
}

/** Words before "if" that make it "whether": "asked if", "unclear if". */
const IF_AS_WHETHER = new Set(['asked', 'ask', 'asks', 'asking', 'wondered', 'wonder', 'wonders', 'know', 'knows', 'knew', 'see', 'sure', 'unclear', 'clear', 'decide', 'decided', 'determine', 'check', 'checked', 'said', 'say', 'says', 'tell', 'told']);

/**
 * Token i opens a condition: "if he is the nominee in November", "unless Congress acts by
 * March". A condition put in the present is about what is still to come, so with no other cue a
 * date in it lies ahead ("asked if" is "whether" and opens no condition).
 */
function conditionalIf(t: readonly Tok[], i: number): boolean {
  const w = t[i]!.low;
  return (w === 'if' || w === 'unless') && !IF_AS_WHETHER.has(low(t, i - 1));
}

const REPORTING_VERBS = new Set(['said', 'says', 'told', 'reported', 'announced', 'added', 'warned', 'predicted', 'wrote']);
/** How far left of the ten-word window a reported clause's own verb is looked for. */
const REPORTED_CLAUSE_WORDS = 25;

/**
 * The nearest cue between 10 and REPORTED_CLAUSE_WORDS words left of s, with no other cue nearer
 * (the ten-word window found none) and no clause break, is a future one.
 */
function farFuture(t: readonly Tok[], s: number, lo: number): boolean {
  for (let i = s - 1, n = 0; i >= lo && n < REPORTED_CLAUSE_WORDS; i--) {
    const w = t[i]!.low;
    if (w === ';' || w === ':') return false;
    if (countsAsWord(t, i)) n++;
    const c = cue(t, i);
    if (c === 'present') continue;
    if (c) return c === 'future';
  }
  return false;
}

/**
 * "In January, a week after the 25th anniversary of the ruling, a bomb exploded at a clinic": a
 * date that opens its sentence, with a long adverbial after it, takes the tense of the main verb
 * however far it stands; ten words are too few for such openers.
 */
function sentenceOpenerTense(t: readonly Tok[], s: number, e: number, lo: number, hi: number): Tense {
  const opens = s === lo || (s - 1 === lo && TIME_PREPOSITIONS.has(low(t, lo))) || (s - 1 >= lo && sentenceInitial(t, s - 1) && TIME_PREPOSITIONS.has(low(t, s - 1)));
  if (!opens || low(t, e) !== ',') return null;
  for (let i = e, n = 0; i < hi && n < OPENER_MAIN_VERB_WORDS; i++) {
    const w = t[i]!.low;
    if (w === ';' || (w === '.' && !isAbbrevDot(t, i))) break;
    if (countsAsWord(t, i)) n++;
    // ("to influence the tone of the next debate, Trump told a rally": an adjective of a noun
    // phrase in the adverbial is no verb of the clause)
    if (NOUN_PHRASE_FUTURE.has(w) && DETERMINERS.has(low(t, i - 1))) continue;
    const c = cueAfter(t, i);
    if (c && c !== 'present') return c;
  }
  return null;
}

/** Words of a prospect or an ability, which look ahead only to what follows them. */
const PROSPECT_WORDS = new Set(['likely', 'unlikely', 'can', 'cannot']);
/** Future words that also modify a noun: "the next debate", "its upcoming report". */
const NOUN_PHRASE_FUTURE = new Set(['next', 'upcoming']);

/**
 * The cue of token i right of the expression. A directive there ("In June, the senator called on
 * Republicans to withdraw", "On Friday, police told residents to leave") is the act the date
 * names, so its own tense counts: only a date after the directive belongs to the infinitive
 * ahead of it ("told residents to leave before Sunday").
 */
function cueAfter(t: readonly Tok[], i: number): Tense {
  if (directiveAhead(t, i)) return t[i]!.low.endsWith('s') ? 'present' : 'past';
  // "On Monday, the two sides agreed to meet again", "late Sunday, he hoped to calm the crowd":
  // the date tells when the intention was formed, a past act; only what follows the infinitive
  // lies ahead
  if (FUTURE_ONLY_BEFORE_TO.has(t[i]!.low)) return 'past';
  // "Tuesday's outcome is unlikely to provide clarity", "the team can win": a prospect or an
  // ability after the date looks ahead from it, not to it
  if (PROSPECT_WORDS.has(t[i]!.low)) return null;
  return cue(t, i);
}

/** How far after a sentence-opening date its main verb is looked for. */
const OPENER_MAIN_VERB_WORDS = 30;
