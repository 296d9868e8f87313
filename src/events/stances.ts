/**
 * Stances from explicit statements and descriptions ("has long opposed X", "backs X",
 * "rejected any talk of X", "is opposed to X", "a critic of X") and from quotes whose content
 * takes a side in the first person ("we will never accept X", "I support X"). The holder is
 * the entity of the clause's subject (or the quote's speaker); the issue is normalised.
 */
import type { Quote, Stance, Token } from '../document/types.js';
import type { MentionRef } from './attribution.js';
import { normalizeIssue, phraseWords } from './issue.js';
import { refersToMeasure } from './proposals.js';
import { inflect } from './lexicon.js';
import { INTENT_NOUNS, intentAbandoned, isCap, wordAt } from './words.js';
import { personPossessor, placePossessorOfOthers } from './arguments.js';
import { namesPassage } from './acts.js';
import { datelineEnd, nounPhraseStart } from './clauses.js';

/**
 * "Beijing has not said whether it backs the initiative", "asked if they support the plan": a
 * stance asked about or left open is held by no one. A comma ends the question's clause.
 */
function openQuestion(lower: readonly string[], lo: number, at: number): boolean {
  for (let k = at - 1; k >= lo; k--) {
    const w = lower[k]!;
    if (w === ',' || w === ';') return false;
    if (w === 'whether' || w === 'if') return true;
  }
  return false;
}

/** Verbs of refusing before "to" and a cue: "refused to back", "declined to endorse". */
const REFUSALS = new Set(['refused', 'refuses', 'refuse', 'refusing', 'declined', 'declines', 'decline', 'declining']);
/**
 * The cue at i is negated: "not"/"n't"/"never" right before it or one word before that ("would not
 * support"), or "no longer" ("Turkey no longer opposes Sweden's membership": the side is given up).
 */
function negatedCue(lower: readonly string[], i: number): boolean {
  const neg = (w: string) => w === 'not' || w === "n't" || w === 'never';
  if (neg(wordAt(lower, i - 1)) || neg(wordAt(lower, i - 2))) return true;
  // "Spain refused to support an EU motion": a refusal to take a side takes the other
  if (wordAt(lower, i - 1) === 'to' && REFUSALS.has(wordAt(lower, i - 2))) return true;
  if (supportWithdrawn(lower, i)) return true;
  return wordAt(lower, i - 1) === 'longer' && wordAt(lower, i - 2) === 'no';
}

/** Verbs that take a backing back or keep it: "withdrew its support", "withholding support". */
const WITHDRAWALS = new Set([
  'withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing', 'withhold', 'withholds', 'withheld', 'withholding', 'pulled',
  'pull', 'pulls', 'pulling',
]);
/**
 * "the NDP, which withdrew its support for the Liberals", "the countries withholding support for
 * Thursday's motion": the noun "support" or "backing" taken back or held back is a side no longer
 * (or not) taken, as "not" makes it; a possessive may stand between.
 */
function supportWithdrawn(lower: readonly string[], i: number): boolean {
  const w = lower[i]!;
  if (w !== 'support' && w !== 'backing') return false;
  const p = wordAt(lower, i - 1);
  return WITHDRAWALS.has(p) || (POSSESSIVES_OF_OWN.has(p) && WITHDRAWALS.has(wordAt(lower, i - 2)));
}

/**
 * A stance whose issue is a person or an organisation (`SIDE_CUES`): the holder is the subject
 * before the cue, the issue the entity's name; null when the cue is asked about or has no holder.
 */
function sideStance(text: string, tokens: readonly Token[], lower: readonly string[], lo: number, i: number, side: MentionRef, pol: 'support' | 'oppose', ms: readonly MentionRef[], n: number): Stance | null {
  if (openQuestion(lower, lo, i)) return null;
  const holder = holderBefore(tokens, lower, i, lo, ms);
  if (!holder || holder === side.entity.id) return null;
  const negated = negatedCue(lower, i);
  const polarity = negated ? (pol === 'support' ? 'oppose' : 'support') : pol;
  const start = tokens[Math.max(lo, i - 3)]!.start;
  const end = tokens[side.end - 1]!.end;
  return { id: `st${n}`, start, end, text: text.slice(start, end), holder, issue: side.entity.name, polarity };
}

/**
 * "Former president Rafael Correa, Gonzalez's mentor, endorsed her at a rally": a side taken for
 * or against a person named by "him" or "her" that ends the object (a clause word, a preposition
 * or punctuation after it: not "endorsed her candidacy"). The person is the one the pronoun can
 * stand for besides the holder (`objectReferent`, through `objectPerson`); with none, or two, no side.
 */
function sideOfPronoun(tokens: readonly Token[], lower: readonly string[], lo: number, hi: number, i: number, objStart: number, ms: readonly MentionRef[], objectPerson: (pronoun: string, at: number, holder: string) => MentionRef['entity'] | null): MentionRef | null {
  const pr = lower[objStart];
  if (pr !== 'him' && pr !== 'her') return null;
  const next = tokens[objStart + 1];
  if (objStart + 1 < hi && next && next.kind !== 'punct' && !ENTITY_OBJECT_ENDS.has(lower[objStart + 1]!)) return null;
  const holder = holderBefore(tokens, lower, i, lo, ms);
  if (!holder) return null;
  const entity = objectPerson(pr, objStart, holder);
  return entity ? { entity, start: objStart, end: objStart + 1 } : null;
}

/** Verbs of asking that put their subject behind the act they ask for: "urged Congress to pass the bill". */
const APPEAL_GOVERNORS = new Set(['urge', 'urged', 'urges', 'urging', 'press', 'pressed', 'presses', 'pressing', 'ask', 'asked', 'asks', 'asking', 'encourage', 'encouraged', 'encourages', 'call', 'called', 'calls', 'calling', 'implored', 'exhorted']);
/** Acts on a measure that take a side on it when one is urged to do them. */
const PASSING_ACTS = new Map<string, 'support' | 'oppose'>([
  ['pass', 'support'], ['approve', 'support'], ['adopt', 'support'], ['ratify', 'support'], ['sign', 'support'], ['enact', 'support'],
  ['reject', 'oppose'], ['block', 'oppose'], ['scrap', 'oppose'], ['repeal', 'oppose'], ['drop', 'oppose'], ['abandon', 'oppose'], ['veto', 'oppose'],
  ['stop', 'oppose'], ['halt', 'oppose'], ['overturn', 'oppose'],
]);
/** "threatened to block roads": the act blocks a way through (a protest, no side on a measure). */
function blocksPassage(lower: readonly string[], i: number): boolean {
  return namesPassage(lower, [i + 1, i + 2, i + 3].filter((k) => k < lower.length));
}

/**
 * Verbs of one's own intent before "to": "vowed to block the pipeline", "plans to repeal the law"
 * take a side on the measure just as an appeal to others does, held by their own subject.
 */
const INTENT_GOVERNORS = new Set([
  'vowed', 'vows', 'vow', 'pledged', 'pledges', 'promised', 'promises', 'threatened', 'threatens', 'plans', 'planned', 'intends',
  'intended', 'wants', 'wanted', 'sought', 'seeks', 'tried', 'tries', 'moved', 'moves', 'voted', 'votes', 'decided', 'decides',
  'aims', 'hopes', 'hoped', 'promising', 'vowing', 'pledging', 'threatening', 'seeking', 'trying', 'voting',
]);

/**
 * The verb at `i` is the infinitive after an appeal ("urged Congress to pass", "called on lawmakers
 * to reject"): the token of the appeal verb, whose subject holds the stance, or -1.
 */
function appealGovernor(tokens: readonly Token[], lower: readonly string[], i: number, lo: number): number {
  if (lower[i - 1] !== 'to') return -1;
  if (INTENT_GOVERNORS.has(lower[i - 2] ?? '')) return i - 2;
  for (let k = i - 2; k >= lo && k >= i - 8; k--) {
    if (tokens[k]!.kind === 'punct') return -1;
    if (APPEAL_GOVERNORS.has(lower[k]!)) return (lower[k]!.startsWith('call') && lower[k + 1] !== 'on') ? -1 : k;
  }
  return -1;
}

const cue = new Map<string, 'support' | 'oppose'>();
for (const b of ['support', 'endorse', 'favour', 'favor', 'champion', 'advocate', 'defend']) for (const f of inflect(b)) cue.set(f, 'support');
for (const b of ['oppose', 'reject', 'criticise', 'criticize', 'condemn', 'denounce', 'resist', 'fight', 'veto']) for (const f of inflect(b, b === 'fight' ? ['fought'] : [])) cue.set(f, 'oppose');
for (const f of ['backs', 'backed']) cue.set(f, 'support'); // a bare "back" only as a verb (`backAsVerb`): "get them back up"
/**
 * Words before a bare "back" that make it the verb of backing: a modal, "to", a negation or an
 * adverb of degree ("would back", "did not back", "strongly back"), a subject pronoun or relative
 * ("they back", "those who back"), or a plural of governments and voters ("the Baltic states back").
 */
const BACK_VERB_BEFORE = new Set([
  'to', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'not', "n't", 'never', 'also', 'strongly', 'firmly', 'fully',
  'broadly', 'largely', 'still', 'now', 'all', 'both', 'they', 'we', 'who', 'states', 'countries', 'members', 'governments', 'allies',
  'lawmakers', 'legislators', 'voters', 'ministers', 'leaders', 'parties', 'unions', 'democrats', 'republicans', 'nations', 'capitals',
]);
/** Words after "back" that make it an adverb or a particle: "came back to", "back down", "back in power". */
const BACK_PARTICLE_AFTER = new Set([
  'to', 'in', 'into', 'from', 'on', 'onto', 'down', 'up', 'away', 'off', 'out', 'at', 'home', 'for', 'with', 'and', 'or', 'then', 'when',
  'after', 'before', 'by', 'over', 'there', 'here', 'again', 'inside', 'across', 'through', 'toward', 'towards', 'as', 'since', 'until',
  'later', 'now', 'soon', 'where', 'behind', 'under', 'within', 'of', 'is', 'was', 'are', 'were',
]);
/** What backs a claim rather than a side: "no evidence to back the charges". */
const EVIDENCE_NOUNS = new Set(['evidence', 'proof', 'data', 'facts', 'figures', 'documents', 'grounds', 'numbers', 'studies', 'research']);
/**
 * "back" is the verb of backing a measure or a side ("Poland and the Baltic states back tougher
 * sanctions", "would not back the bill", "agreed to back Smith"): only "backs"/"backed" were cues,
 * as a bare "back" is far more often an adverb ("get them back up", "came back the next day").
 * The word before must be a modal, "to", a negation, a subject pronoun or a plural of states or
 * voters, or end a name ("Germany back ..." is rare but "France and Spain back" is not); the word
 * after must begin the object, not a particle.
 */
function backAsVerb(tokens: readonly Token[], lower: readonly string[], i: number, ms: readonly MentionRef[]): boolean {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || BACK_PARTICLE_AFTER.has(lower[i + 1]!)) return false;
  const prev = lower[i - 1] ?? '';
  // "back to back titles"; "insufficient proof to back charges" (to substantiate, no side)
  if (prev === 'to' && (lower[i - 2] === 'back' || EVIDENCE_NOUNS.has(lower[i - 2] ?? ''))) return false;
  if (BACK_VERB_BEFORE.has(prev)) return true;
  // "Poland and Lithuania back": a name right before, and a coordinated subject (a single name
  // before a bare "back" is more often a headline's "X back in ...")
  return ms.some((m) => m.end === i) && lower.slice(Math.max(0, i - 6), i).includes('and');
}
const NOUN_CUES = new Map<string, 'support' | 'oppose'>([
  ['supporter', 'support'], ['proponent', 'support'], ['advocate', 'support'], ['champion', 'support'],
  ['opponent', 'oppose'], ['critic', 'oppose'], ['foe', 'oppose'],
]);
/** Verbs of accepting: a side only when negated ("will never accept X"). */
const ACCEPT_FORMS = new Set(['accept', 'tolerate', 'countenance']);
const STANCE_FIRST = new Set([...ACCEPT_FORMS, ...cue.keys(), 'opposed', 'against', 'for', 'in', 'behind', ...NOUN_CUES.keys(), ...PASSING_ACTS.keys()]);
/** A vote cast for or against a measure takes a side on it: "voted against the bill", "will vote for the motion". */
const VOTE_FORMS = new Set(['vote', 'votes', 'voted', 'voting']);
/**
 * Pressing for or against a measure takes a side on it: "pushed for the sanctions", "lobbied
 * against the bill". Verb forms only: the nouns ("a push for peace", "the Anfal campaign against
 * the Kurds", "its campaign for the title") name an effort, not who holds a view.
 */
const CAMPAIGN_FORMS = new Set([
  'pushes', 'pushed', 'pushing', 'lobbied', 'lobbying', 'campaigned', 'campaigning', 'argue', 'argues', 'argued', 'arguing', 'pressed', 'pressing',
]);
/** What is pressed for on the field, not in politics, and spans of time: "pressed for an equaliser", "argued for years". */
const NOT_CAMPAIGN_ISSUES = new Set(['equaliser', 'equalizer', 'goal', 'goals', 'runs', 'win', 'victory', 'title', 'lead', 'points', 'wickets', 'years', 'months', 'weeks', 'days', 'hours', 'decades', 'time']);
const FIRST_PERSON = new Set(['we', 'i']);
/** What a "defending" holder holds: "the defending champion". */
const TITLES_HELD = new Set(['champion', 'champions', 'titleholder', 'titleholders', 'title-holder', 'holder', 'holders', 'winner', 'winners']);
const POSSESSIVE = new Set(["'s", "'", '’s', '’']);
const SUPPORT_NOUN_BEFORE = new Set(['their', 'his', 'her', 'its', 'our', 'my', 'your', 'the', 'a', 'an', 'enough', 'popular', 'public', 'broad', 'strong', 'grass-root', 'grassroots', 'financial', 'military', 'more', 'less', 'much', 'little', 'no', 'any', 'some', 'wide', 'widespread', 'full', 'international', 'political', 'technical', 'moral', 'air', 'income', 'price', 'life', 'tech']);
/** Issues that are only a frame ("efforts", "the move") or a pronoun: they say nothing of what is at stake. */
// ("condemned the vote": what was voted on is the issue, the vote itself says nothing of it)
export const BARE_FRAMES = new Set(['vote', 'ballot', 'result', 'outcome', 'time', 'effort', 'plan', 'move', 'attempt', 'decision', 'proposal', 'idea', 'action', 'step', 'bid', 'measure', 'choice', 'call', 'policy', 'statement', 'remark', 'comment', 'claim', 'allegation', 'report', 'view', 'position', 'stance', 'way', 'approach', 'thing', 'one', 'it', 'them', 'this', 'that',
  // ("criticised what he calls ideological energy politics": the issue is in the clause, unnamed)
  'what', 'whatever']);
/** Heads of people and forces: supporting or fighting them is backing a side, not a stance on an issue. */
const PEOPLE_HEADS = new Set(['police', 'officer', 'protester', 'protestor', 'demonstrator', 'striker', 'prisoner', 'detainee', 'refugee', 'migrant', 'victim', 'soldier', 'troop', 'troops', 'force', 'friend', 'people', 'rebel', 'leader', 'government', 'regime', 'president', 'party', 'team', 'army', 'militia', 'fighter', 'ally', 'candidate', 'member', 'coalition', 'administration', 'country', 'nation', 'player', 'family', 'worker', 'student', 'farmer', 'child', 'children', 'woman', 'women', 'man', 'men', 'colleague', 'opponent', 'supporter']);

/**
 * The object is an entity and nothing more: after determiners and title words a mention starts
 * at objStart and the phrase ends with it ("condemned Beijing at the session", "opponent of
 * President Mobutu"). "an EU motion", "France's policy" keep their issue.
 */
function entityIsObject(tokens: readonly Token[], lower: readonly string[], objStart: number, hi: number, ms: readonly MentionRef[]): boolean {
  return objectEntity(tokens, lower, objStart, hi, ms) !== null;
}

/** The mention that is the whole object (see `entityIsObject`), or null. */
function objectEntity(tokens: readonly Token[], lower: readonly string[], objStart: number, hi: number, ms: readonly MentionRef[]): MentionRef | null {
  let k = objStart;
  while (k < hi && (lower[k] === 'the' || lower[k] === 'a' || lower[k] === 'an' || (isCap(tokens[k]!.text) && TITLE_LIKE.has(lower[k]!)))) k++;
  // (a named law, treaty or plan is an issue: "pass the Karvia Accountability Act")
  const m = ms.find((x) => x.start === k);
  if (!m || m.entity.type === 'MISC') return null;
  const after = lower[m.end] ?? '';
  return m.end >= hi || tokens[m.end]!.kind === 'punct' || ENTITY_OBJECT_ENDS.has(after) ? m : null;
}

/**
 * Cues of taking a side for or against someone: "has backed Jovic", "endorsed the Greens", "opposes
 * Hale". A person or an organisation backed or opposed is the issue itself, by name (an election's
 * candidates and parties are what voters and allies side with). Criticising, condemning or
 * rejecting a person is an act against them (an event), not a side on an issue, and stays none.
 */
const SIDE_CUES = new Set([...['support', 'endorse', 'favour', 'favor', 'oppose'].flatMap((b) => inflect(b)), 'back', 'backs', 'backed']);
const TITLE_LIKE = new Set(['president', 'prime', 'minister', 'chancellor', 'king', 'queen', 'premier', 'general', 'senator', 'governor', 'mayor', 'dr.', 'mr.', 'mrs.', 'ms.', 'mr', 'ms']);
const ENTITY_OBJECT_ENDS = new Set(['at', 'in', 'on', 'for', 'over', 'and', 'or', 'but', 'as', 'after', 'before', 'during', 'because', 'while', 'when', 'since', 'to', 'by', 'with', 'from', 'if', 'who', 'which', 'that', 'said', 'says', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would']);
/** Objects that name no side when the cue is negated: "has not endorsed any candidate". */
const NO_CHOICE = new Set(['either', 'neither', 'any', 'anyone', 'anybody', 'anything', 'whichever']);

function holderBefore(tokens: readonly Token[], lower: readonly string[], at: number, lo: number, ms: readonly MentionRef[]): string | null {
  // nearest PERSON/ORG (else LOC) mention before the cue in the clause; "X, who has long backed ..." → X
  let best: MentionRef | null = null;
  const from = coordinatedClauseStart(lower, at, lo, ms);
  for (const m of ms) {
    if (m.end > at || m.start < from) continue;
    if (m.entity.type === 'MISC') continue;
    // "Indigenous groups, which backed Paredes in the first round, threatened to ...": a name inside
    // a relative clause that closes before the cue is not its subject
    if (inClosedRelative(tokens, lower, m, at, lo)) continue;
    // skip place modifiers inside "in X"
    if (m.start > lo && (lower[m.start - 1] === 'in' || lower[m.start - 1] === 'at')) continue;
    // (and "workers at the Escondida mine": a name after "in the"/"at the" that modifies a noun)
    if (nameModifiesNounAfterIn(tokens, lower, m, lo, at)) continue;
    // ("workers at the Escondida mine, operated by BHP, began a strike after rejecting the
    // company's offer": the agent of a participle is no subject of the clause)
    if (agentOfParticiple(lower, m, lo)) continue;
    if (placeConjunctAfterIn(lower, m, ms, lo)) continue;
    // ("ANTWERP, Belgium - Thousands of dockworkers ... pushed for": the dateline's town says where, not who)
    if (m.end <= datelineEnd(tokens, lo, at)) continue;
    // "Conti's party opposes ...": the party holds the stance, not the person who owns it
    if (personPossessor(tokens, lower, m, at)) continue;
    // "Colombia's opposition backs ...": the opposition holds it, not the country
    if (placePossessorOfOthers(tokens, lower, m, at)) continue;
    // "..., but the date slipped after Eritrea rejected a draft text": a name that a clause word
    // opens, right before the cue's verb group, is its subject, whatever names come before
    if (clauseSubjectAt(lower, m, at, lo)) { best = m; break; }
    const rank = (x: MentionRef) => (x.entity.type === 'LOC' ? 0 : 1);
    if (!best || rank(m) > rank(best) || (rank(m) === rank(best) && m.start > best.start)) best = m;
  }
  void tokens;
  if (!best || !subjectReaches(lower, best.end, at)) return null;
  if (objectBeforeParticiple(tokens, lower, best, at, lo)) return null;
  return best.entity.id;
}

/**
 * The mention follows "by" after a past participle that opens an aside ("the Escondida mine,
 * operated by BHP, ..."). A passive main verb keeps its agent ("were echoed by China, long a critic
 * of ...": China holds it).
 */
function agentOfParticiple(lower: readonly string[], m: MentionRef, lo: number): boolean {
  return m.start - 3 >= lo && lower[m.start - 1] === 'by' && /^[a-z]+(?:ed|en|wn)$/.test(lower[m.start - 2]!) && lower[m.start - 3] === ',';
}

/**
 * "workers at the Escondida mine": a name after "in the"/"at the" followed by a lowercase noun
 * modifies that noun; it is no subject. (A name right before the cue, "Protesters in the United
 * States oppose", or before a comma, is left to the other rules.)
 */
function nameModifiesNounAfterIn(tokens: readonly Token[], lower: readonly string[], m: MentionRef, lo: number, at: number): boolean {
  if (m.start - 2 < lo || lower[m.start - 1] !== 'the' || (lower[m.start - 2] !== 'in' && lower[m.start - 2] !== 'at')) return false;
  const next = tokens[m.end];
  return m.end < at && !!next && next.kind === 'word' && !isCap(next.text) && !AUX_WORDS.has(lower[m.end]!) && !/ly$/.test(lower[m.end]!) && !ENTITY_OBJECT_ENDS.has(lower[m.end]!);
}

/** Words that open a clause of time, cause or contrast, so that the name after them is its subject. */
const SUBORDINATE_OPENERS = new Set(['after', 'when', 'because', 'since', 'while', 'before', 'until', 'once', 'as', 'although', 'though', 'whereas']);

/**
 * The mention m opens a clause (after a clause word: "after Eritrea", or a verb of saying: "Tusk
 * said Poland supports the delivery") and ends right before the cue's verb group at `at`.
 */
function clauseSubjectAt(lower: readonly string[], m: MentionRef, at: number, lo: number): boolean {
  const before = lower[m.start - 1]!;
  return m.start > lo && (SUBORDINATE_OPENERS.has(before) || NEW_CLAUSE_CUES.has(before)) && subjectSlot(lower, at, lo) === m.end - 1;
}

/**
 * "Farmers protested outside the European Parliament on Monday, and Poland said it would vote
 * against ratification": a clause coordinated by ", and" / ", but" with a name of its own right
 * after the conjunction has that name as its subject; names in the clause before it hold nothing
 * (the rank of an organisation over a place would otherwise give the stance to the Parliament).
 * The token the last such clause before `at` opens at (its conjunction), else `lo`.
 */
function coordinatedClauseStart(lower: readonly string[], at: number, lo: number, ms: readonly MentionRef[]): number {
  for (let k = at - 1; k > lo; k--) {
    if ((lower[k] === 'and' || lower[k] === 'but') && lower[k - 1] === ',' && ms.some((m) => m.start === k + 1 && m.end <= at)) return k;
  }
  return lo;
}

/**
 * "The court upheld the conviction of Eduardo Prates, rejecting his appeal": a participle after a
 * comma has the main clause's subject; a name that ends right before the comma after a verb of
 * that clause is its object, and holds nothing.
 */
const IRREGULAR_FINITE = new Set(['upheld', 'held', 'met', 'won', 'told', 'took', 'gave', 'struck', 'sent', 'made', 'hit', 'beat', 'threw']);
function objectBeforeParticiple(tokens: readonly Token[], lower: readonly string[], m: MentionRef, at: number, lo: number): boolean {
  if (lower[at - 1] !== ',' || m.end !== at - 1 || !lower[at]!.endsWith('ing')) return false;
  for (let k = lo; k < m.start; k++) {
    const w = lower[k]!;
    if (tokens[k]!.kind !== 'word' || isCap(tokens[k]!.text)) continue;
    // (a past form after an article is an adjective: "the elected mayor")
    const pastForm = /[a-z]{3}ed$/.test(w) && lower[k - 1] !== 'the' && lower[k - 1] !== 'a';
    if (IRREGULAR_FINITE.has(w) || pastForm) return true;
  }
  return false;
}

/** "She also urged parliament to pass ...", "he has long opposed ...": the person a subject "he"/"she" right before the verb group stands for. */
function subjectPronounHolder(lower: readonly string[], at: number, lo: number, resolve: (pronoun: string, at: number) => string | null): string | null {
  let k = at - 1;
  while (k > lo && (AUX_WORDS.has(lower[k]!) || lower[k]!.endsWith('ly') || lower[k] === 'also' || lower[k] === 'long')) k--;
  const w = lower[k] ?? '';
  return k >= lo && (w === 'he' || w === 'she') ? resolve(w, k) : null;
}

/**
 * "Farmers in Ireland and Poland oppose the deal": a name joined by "and" or a comma to a place
 * after "in" or "at" modifies the subject's noun as that place does; it holds nothing.
 */
function placeConjunctAfterIn(lower: readonly string[], m: MentionRef, ms: readonly MentionRef[], lo: number): boolean {
  // (a comma alone may set off an apposition: "Russia's negotiator in Chechnya, Ivan Rybkin, opened")
  const listGoesOn = (lower[m.end] === 'and' || lower[m.end] === 'or' || lower[m.end] === ',') && ms.some((x) => x.start === m.end + 1);
  let joined = listGoesOn;
  let k = m.start - 1;
  for (let guard = 0; guard < 6 && k > lo && (lower[k] === 'and' || lower[k] === 'or' || lower[k] === ','); guard++) {
    if (lower[k] !== ',') joined = true;
    const before = ms.find((x) => x.end === k);
    if (!before) return false;
    k = before.start - 1;
    if (k >= lo && (lower[k] === 'in' || lower[k] === 'at')) return joined;
  }
  return false;
}

/** The mention stands in a ", who/which ... ," clause or a ", a/an ... ," appositive that closes before `at`. */
function inClosedRelative(tokens: readonly Token[], lower: readonly string[], m: MentionRef, at: number, lo: number): boolean {
  let open = false;
  // (and an appositive after the subject: "Washington, [a treaty ally of Manila], condemned ...")
  for (let k = m.start - 1; k > lo; k--) {
    // (also "Kast, whose Republican Party led the council, urged ...": the name after "whose" is the owned one)
    if (tokens[k]!.text === ',') { open = lower[k + 1] === 'who' || lower[k + 1] === 'which' || lower[k + 1] === 'whose' || ((lower[k + 1] === 'a' || lower[k + 1] === 'an') && k + 1 < m.start); break; }
  }
  if (!open) return false;
  // ("a move criticised by President Trump, who has long pushed for ...": the name the relative
  // clause of the cue hangs on is its subject, though an aside holds the name)
  if (tokens[m.end]?.text === ',' && (lower[m.end + 1] === 'who' || lower[m.end + 1] === 'which')) {
    let closes = false;
    for (let k = m.end + 1; k < at; k++) if (tokens[k]!.text === ',') closes = true;
    if (!closes) return false;
  }
  for (let k = m.end; k < at; k++) if (tokens[k]!.text === ',') return true;
  return false;
}

/** Words that open a new clause with its own subject: "Beijing warned that all countries supporting ...". */
const NEW_CLAUSE_CUES = new Set(['that', 'said', 'says', 'warned', 'warns', 'told', 'added', 'argued', 'insisted', 'stressed', 'noted', 'claimed', ';']);
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i']);

/**
 * The name before a stance cue holds the stance unless a new clause opens between them with a
 * subject of its own: "France said it would not support" keeps France; "Beijing warned that all
 * countries supporting the motion" does not give Beijing the support.
 */
function subjectReaches(lower: readonly string[], from: number, at: number): boolean {
  // "..., and she rejected": a pronoun subject right before the cue stands for the name
  let p = at - 1;
  while (p > from && (AUX_WORDS.has(lower[p]!) || lower[p]!.endsWith('ly') || lower[p] === 'long' || lower[p] === 'also')) p--;
  if (p >= from && SUBJECT_PRONOUNS.has(lower[p]!)) return true;
  for (let k = at - 1; k >= from; k--) {
    if (!NEW_CLAUSE_CUES.has(lower[k]!)) continue;
    let j = k + 1;
    if (lower[j] === 'that') j++;
    return j >= at || SUBJECT_PRONOUNS.has(lower[j]!) || (j + 1 < at && AUX_WORDS.has(lower[j]!));
  }
  return true;
}
const AUX_WORDS = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'must', 'had', 'has', 'have', 'was', 'is', 'did', 'does', 'do', 'not']);

/** A stance cue's polarity and the token its object starts at. */
interface Cue {
  pol: 'support' | 'oppose';
  objStart: number;
}

/** True when what follows "pushed for" at i is a span of time or a sporting aim, within three words. */
function campaignsForNothing(lower: readonly string[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < lower.length; k++) if (NOT_CAMPAIGN_ISSUES.has(lower[k]!)) return true;
  return false;
}

/**
 * "came out against the measure", "has come out strongly against it": declaring oneself against
 * an issue (an adverb may stand between; "came out of talks against" has no "out" before it).
 */
const COME_FORMS = new Set(['came', 'come', 'comes', 'coming']);
const DECLARING_ADVERBS = new Set(['strongly', 'firmly', 'publicly', 'openly', 'squarely', 'forcefully', 'also', 'now']);
function cameOutBefore(lower: readonly string[], i: number): boolean {
  let k = i - 1;
  if (DECLARING_ADVERBS.has(wordAt(lower, k))) k--;
  return wordAt(lower, k) === 'out' && COME_FORMS.has(wordAt(lower, k - 1));
}

/**
 * "threw her weight behind the bill", "has put its full weight behind the plan": lending one's
 * weight to an issue is backing it.
 */
const WEIGHT_VERBS = new Set(['threw', 'throw', 'throws', 'throwing', 'thrown', 'put', 'puts', 'putting']);
const WEIGHT_OWNERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'full', 'considerable', 'political']);
function weightThrownBefore(lower: readonly string[], i: number): boolean {
  if (wordAt(lower, i - 1) !== 'weight') return false;
  let k = i - 2;
  while (k >= i - 4 && WEIGHT_OWNERS.has(wordAt(lower, k))) k--;
  return WEIGHT_VERBS.has(wordAt(lower, k));
}

/**
 * The polarity of the cue word at i and where its object starts, or null when it takes no side
 * here. `governor` is the appeal verb that governs it ("urged Congress to pass"), or -1.
 */
function cueAt(lower: readonly string[], i: number, governor: number): Cue | null {
  const w = lower[i]!;
  // (a bare "back" reaches here only as a verb, see `backAsVerb`)
  let pol = cue.get(w) ?? (w === 'back' ? 'support' : null);
  let objStart = i + 1;
  if (!pol && governor >= 0 && !blocksPassage(lower, i)) pol = PASSING_ACTS.get(w) ?? null;
  // "we will never accept a pipeline", "will not tolerate": refusing to accept is opposing (the
  // negation below turns the side); "accepted the award" takes none
  if (!pol && ACCEPT_FORMS.has(w) && ['not', "n't", 'never'].includes(wordAt(lower, i - 1))) pol = 'support';
  if (!pol && (w === 'opposed' || w === 'against') && (wordAt(lower, i - 1) === 'is' || wordAt(lower, i - 1) === 'are' || wordAt(lower, i - 1) === 'was' || wordAt(lower, i - 1) === 'remains')) {
    pol = 'oppose';
    if (wordAt(lower, i + 1) === 'to') objStart = i + 2;
  } else if (!pol && (w === 'against' || w === 'for') && (VOTE_FORMS.has(wordAt(lower, i - 1)) || (CAMPAIGN_FORMS.has(wordAt(lower, i - 1)) && !campaignsForNothing(lower, i)))) {
    pol = w === 'for' ? 'support' : 'oppose';
  } else if (!pol && ((w === 'against' && cameOutBefore(lower, i)) || (w === 'behind' && weightThrownBefore(lower, i)))) {
    pol = w === 'behind' ? 'support' : 'oppose';
  } else if (!pol && w === 'in' && (wordAt(lower, i + 1) === 'favour' || wordAt(lower, i + 1) === 'favor') && wordAt(lower, i + 2) === 'of') {
    pol = 'support';
    objStart = i + 3;
  } else if (!pol && NOUN_CUES.has(w) && wordAt(lower, i + 1) === 'of') {
    pol = NOUN_CUES.get(w)!;
    objStart = i + 2;
  } else if (pol && w === 'opposed' && wordAt(lower, i + 1) === 'to') objStart = i + 2;
  return pol ? { pol, objStart } : null;
}

/**
 * "Google had favoured its own services at the expense of rivals", "favours their own
 * companies in tenders": a firm or a state favouring what is its own treats others unfairly, an act
 * of conduct a regulator or a rival reports, no side taken on an issue.
 */
function favoursItsOwn(lower: readonly string[], i: number): boolean {
  return /^favou?r(s|ed|ing)?$/.test(lower[i]!) && POSSESSIVES_OF_OWN.has(wordAt(lower, i + 1)) && wordAt(lower, i + 2) === 'own';
}
const POSSESSIVES_OF_OWN = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * "take all necessary measures to defend its territory", "promised to defend French interests",
 * "will defend his title", "defended themselves": guarding one's land, people, interests or title
 * is an act of protection or of sport, no side taken on an issue ("defended the decision" is one).
 * The defended noun is the first word of the object (four tokens at most, past determiners and
 * adjectives), or a reflexive right after the verb.
 */
function defendsWhatItHolds(lower: readonly string[], i: number): boolean {
  if (!/^defend(s|ed|ing)?$/.test(lower[i]!)) return false;
  if (REFLEXIVES.has(wordAt(lower, i + 1))) return true;
  for (let k = i + 1; k <= i + 4 && k < lower.length; k++) {
    const w = lower[k]!;
    // (the head of the object, no modifier of another noun: "defended the capital controls" is a side)
    if (HELD_GROUND.has(w)) return !/^[a-z]+$/.test(wordAt(lower, k + 1)) || AFTER_HELD_GROUND.has(wordAt(lower, k + 1));
    if (!/^[a-z][a-z'’-]*$/.test(w) || w === 'of' || w === 'and' || w === 'against') return false;
  }
  return false;
}
/** Words that may follow what is defended: "defend the city against rebels", "his title in Paris". */
const AFTER_HELD_GROUND = new Set(['against', 'in', 'at', 'on', 'from', 'and', 'or', 'with', 'by', 'for', 'as', 'if', 'when', 'until', 'after', 'before', 'this', 'next', 'last', 'today', 'tomorrow']);
const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself', 'ourselves', 'myself', 'yourself']);
const HELD_GROUND = new Set([
  'territory', 'territories', 'border', 'borders', 'country', 'homeland', 'soil', 'sovereignty', 'land', 'lands', 'city', 'citizens',
  'people', 'population', 'interests', 'title', 'titles', 'crown', 'belt', 'seat', 'lead', 'base', 'bases',
  'airspace', 'waters', 'coast', 'capital', 'nation',
]);

/**
 * Where the cue's issue starts, or -1 when the cue is asked about, is a contrast or a bare noun
 * ("as opposed to", "their support"). `objStart` is where the cue itself puts it.
 */
function issueStart(lower: readonly string[], i: number, lo: number, objStart: number): number {
  const w = lower[i]!;
  if (openQuestion(lower, lo, i)) return -1;
  // "as opposed to": a contrast; "most favoured nation": a trade status
  if ((w === 'opposed' && wordAt(lower, i - 1) === 'as') || ((w === 'favoured' || w === 'favored') && wordAt(lower, i - 1) === 'most')) return -1;
  if (favoursItsOwn(lower, i) || defendsWhatItHolds(lower, i)) return -1;
  // "their support", "enough support": the noun; it has a side only with "for" ("their support for the plan")
  if (w === 'support' && i > lo && (SUPPORT_NOUN_BEFORE.has(lower[i - 1]!) || /(ed|ing|ful|al|ive)$/.test(lower[i - 1]!))) {
    if (wordAt(lower, i + 1) !== 'for') return -1;
    objStart = i + 2;
  }
  // "the fight against terrorism": the issue is what is fought
  if ((w === 'fight' || w === 'fighting' || w === 'fights') && wordAt(lower, i + 1) === 'against') objStart = i + 2;
  return objStart;
}

/**
 * "has opposed Lindgren's plan to raise the wealth tax": a person's or an organisation's
 * possessive says whose the issue is; the issue is what it owns.
 */
function pastOwner(tokens: readonly Token[], lower: readonly string[], hi: number, ms: readonly MentionRef[], objStart: number): number {
  const owner = ms.find((m) => m.start === objStart && (m.entity.type === 'PERSON' || m.entity.type === 'ORG'));
  if (owner && POSSESSIVE.has(lower[owner.end] ?? '') && owner.end + 1 < hi && tokens[owner.end + 1]!.kind === 'word' && !isCap(tokens[owner.end + 1]!.text)) return owner.end + 1;
  return objStart;
}

/**
 * The object at `objStart` is no issue: a person ("welcomed Smith"), a clause ("backed away"),
 * a pronoun, a verb or a conjunction, or no choice at all ("has not endorsed either finalist").
 */
function notAnIssue(tokens: readonly Token[], lower: readonly string[], hi: number, ms: readonly MentionRef[], objStart: number, negated: boolean): boolean {
  if (ms.some((m) => m.start === objStart && m.entity.type === 'PERSON')) return true;
  const next = lower[objStart]!;
  if (['away', 'down', 'off', 'up', 'the', 'a', 'an'].includes(next) === false && /ed$/.test(next)) return true;
  if (['also', 'comes', 'came', 'is', 'was', 'for', 'from', 'of', 'has', 'had', 'to', 'by', 'as', 'in', 'on'].includes(next)) return true;
  if (next === 'that' || next === 'it' || next === 'them' || next === 'him' || next === 'her' || next === 'this') return true;
  // "against being lied to" is no issue; "has not endorsed either finalist" takes no side
  if (next === 'being' || next === 'either' || next === 'neither' || (negated && NO_CHOICE.has(next))) return true;
  // "support or incite threats", "resist ... be stopped": a verb or a conjunction, not a noun phrase
  if (next === 'or' || next === 'and' || next === 'nor' || next === 'be' || next === 'to' || next === '--') return true;
  // "would resume support once reforms began", "backs it if": a clause of time or condition, no noun phrase
  if (SUBORDINATE_OPENERS.has(next) || next === 'if' || next === 'unless') return true;
  // a person, an organisation or a place is no issue ("condemned Beijing", "a critic of the Federal Reserve Board")
  return entityIsObject(tokens, lower, objStart, hi, ms);
}

/**
 * "The government unveiled a plan to raise the retirement age on Monday. Senator Ruiz said she would
 * vote against it.": a bare "it" that ends the stance's clause, right after the sentence that
 * introduced a measure (`proposals.ts` `introducedMeasure`), stands for that measure. Only then: a
 * pronoun with no measure just before it, or with words after it ("opposed it because ..." aside),
 * may stand for anything, and stays no issue.
 */
function measureAsIt(tokens: readonly Token[], lower: readonly string[], hi: number, objStart: number): boolean {
  if (lower[objStart] !== 'it') return false;
  const next = tokens[objStart + 1];
  return objStart + 1 >= hi || (!!next && (next.text === '.' || next.text === ',' || next.text === ';'));
}

/** The issue the words name, or null: "opposes the plan" is the measure the story introduced before. */
function issueOf(words: readonly string[], measure: string | null): string | null {
  const issue = measure && refersToMeasure(words) ? measure : normalizeIssue(words);
  // ("We don't condemn the 27th of April": a day or a bare number is no issue; "the 90-day proposal" is one)
  if (!issue || issue.split(' ').length > 5 || /^\d+(?:st|nd|rd|th)?(?: |$)/.test(issue)) return null;
  // "criticised efforts by ...", "support the European soldiers": a frame or people, not an issue
  if (BARE_FRAMES.has(issue) || PEOPLE_HEADS.has(issue.split(' ').pop()!)) return null;
  return issue;
}

/** What is fought as combat or a contest, not opposed: "fought three wars", "fought a bitter election campaign", "fought back". */
const COMBAT_HEADS = new Set(['war', 'battle', 'duel', 'back', 'campaign', 'election', 'fire', 'bout', 'match', 'fight', 'way', 'tear', 'tears', 'clash', 'skirmish', 'skirmishes']);

/** A fight cue whose issue is a war or a contest: those fighting take part in it, they take no side against it. */
function foughtCombat(cueWord: string, issue: string): boolean {
  return /^fou?ght|^fighting$|^fights$/.test(cueWord) && COMBAT_HEADS.has(issue.split(' ').pop()!);
}

/** Words before "fight"/"fighting" that make it the noun of combat: "as fighting rages", "amid heavy fighting". */
const FIGHTING_NOUN_BEFORE = new Set(['as', 'amid', 'after', 'when', 'while', 'since', 'despite', 'where', 'heavy', 'fierce', 'renewed', 'intense', 'street', 'factional']);

/**
 * "junta sets election date as fighting rages": "fighting" there is combat, the subject of a verb
 * of its own, not a side taken against what follows ("rages"). "the fight against corruption" and
 * "fighting for independence" keep theirs.
 */
function fightingAsNoun(lower: readonly string[], i: number, lo: number): boolean {
  const w = lower[i]!;
  if (w !== 'fighting' && w !== 'fight' && w !== 'fights') return false;
  const next = lower[i + 1] ?? '';
  return i > lo && FIGHTING_NOUN_BEFORE.has(lower[i - 1]!) && next !== 'against' && next !== 'for';
}

/**
 * The names joined to the holder's mention by "and" (or a list's commas) right before it, when
 * the holder is the last name of the subject before the cue: "Germany and Spain strongly support".
 * Not a name after "in" or "at" ("farmers in Ireland and Poland").
 */
function conjointHolders(lower: readonly string[], ms: readonly MentionRef[], holder: string, at: number, lo: number): MentionRef[] {
  let cur: MentionRef | undefined;
  for (const m of ms) if (m.entity.id === holder && m.end <= at && m.start >= lo && (!cur || m.start > cur.start)) cur = m;
  if (!cur) return [];
  // (only a subject: the verb group alone between the name and the cue)
  // ("Germany and France have signalled support for": a verb that shows the side named by the cue's noun)
  for (let k = cur.end; k < at; k++) if (!AUX_WORDS.has(lower[k]!) && !lower[k]!.endsWith('ly') && lower[k] !== 'long' && lower[k] !== 'also' && !(SHOWING_VERBS.has(lower[k]!) && k >= at - 2)) return [];
  const out: MentionRef[] = [];
  for (;;) {
    // ("The United States and the European Union criticised the ruling": a name's own "the" stands between)
    const at0: number = lower[cur.start - 1] === 'the' ? cur.start - 2 : cur.start - 1;
    const sep = lower[at0];
    if (sep !== 'and' && !(sep === ',' && out.length > 0)) break;
    const prev: MentionRef | undefined = ms.find((o) => o.end === at0 && o.entity.type !== 'MISC');
    if (!prev || prev.start < lo || lower[prev.start - 1] === 'in' || lower[prev.start - 1] === 'at') break;
    if (prev.entity.id !== holder && !out.some((o) => o.entity.id === prev.entity.id)) out.push(prev);
    cur = prev;
  }
  return out;
}

/**
 * "the mission, which the United States backs", "a plan that Hungary has long opposed": the cue's
 * object is the noun the relative pronoun stands for, and the name between the pronoun and the cue
 * holds the stance. Only a verb cue with nothing after it but punctuation or a conjunction (its
 * object slot is empty), and only a holder named in full (no pronoun, whose referent may be the
 * antecedent itself). The issue is the noun phrase before the pronoun (and its comma).
 */
function objectRelative(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number, ms: readonly MentionRef[]): { holder: string; others: string[]; issueStart: number; issueEnd: number } | null {
  if (!RELATIVE_CUE_FORMS.test(lower[i]!)) return null;
  const next = lower[i + 1];
  if (i + 1 < hi && !(tokens[i + 1]!.kind === 'punct' || next === 'and' || next === 'but')) return null;
  let j = i - 1;
  while (j > lo && (AUX_WORDS.has(lower[j]!) || lower[j]!.endsWith('ly') || lower[j] === 'long' || lower[j] === 'also')) j--;
  const m = ms.find((x) => x.end === j + 1 && x.start > lo + 1 && x.entity.type !== 'MISC');
  if (!m) return null;
  let p = m.start - 1;
  if (lower[p] === 'the') p--;
  // ("the migration pact, which Poland and Hungary oppose": each name of the subject holds it)
  const others: string[] = [];
  while (lower[p] === 'and' || lower[p] === ',') {
    const prev = ms.find((x) => x.end === p && x.entity.type !== 'MISC');
    if (!prev || prev.start <= lo + 1) break;
    if (prev.entity.id !== m.entity.id && !others.includes(prev.entity.id)) others.push(prev.entity.id);
    p = prev.start - 1;
    if (lower[p] === 'the') p--;
  }
  if (lower[p] !== 'which' && lower[p] !== 'that') return null;
  const end = lower[p - 1] === ',' ? p - 1 : p;
  const head = end - 1;
  if (head < lo || tokens[head]!.kind !== 'word' || isCap(tokens[head]!.text)) return null;
  const start = nounPhraseStart(tokens, lower, head, lo);
  return { holder: m.entity.id, others, issueStart: start, issueEnd: end };
}
/**
 * Verb forms of a stance cue (not the nouns, "support", "opposition"). (The plural present too:
 * "which Poland and Hungary oppose"; its noun reading, "the support", has no name before it.)
 */
const RELATIVE_CUE_FORMS = /^(?:back|backs|backed|support|supports|supported|oppose|opposes|opposed|reject|rejects|rejected|endorse|endorses|endorsed|favour|favor|favours|favors|favoured|favored|condemn|condemns|condemned|criticise|criticize|criticises|criticizes|criticised|criticized)$/;

/** Verbs that show a side the noun after them names: "signalled support for", "voiced their support for". */
const SHOWING_VERBS = new Set(['signalled', 'signaled', 'signal', 'signals', 'expressed', 'express', 'expresses', 'voiced', 'voice', 'voices', 'reiterated', 'reaffirmed', 'pledged', 'declared', 'their', 'its']);

/** The token before the verb group that ends before k ("we [will never] support"): where its subject stands. */
function subjectSlot(lower: readonly string[], k: number, lo: number): number {
  let j = k - 1;
  while (j > lo && j >= k - 4 && (AUX_WORDS.has(lower[j]!) || lower[j] === 'never' || lower[j] === "n't" || lower[j] === 'also' || lower[j] === 'still' || lower[j]!.endsWith('ly'))) j--;
  return j;
}

/** Holder: the quote's speaker for first-person content, else the subject before the cue (or its governor). */
function stanceHolder(
  tokens: readonly Token[],
  lower: readonly string[],
  i: number,
  lo: number,
  ms: readonly MentionRef[],
  quotes: readonly Quote[],
  governor: number,
  pronounHolder: (pronoun: string, at: number) => string | null,
): string | null {
  let holder: string | null = null;
  // ("We call on China to stop ...": the first person before the verb of asking)
  const firstPerson = (k: number) => FIRST_PERSON.has(wordAt(lower, k - 1)) || FIRST_PERSON.has(wordAt(lower, k - 2)) || FIRST_PERSON.has(wordAt(lower, subjectSlot(lower, k, lo)));
  if (firstPerson(i) || (governor >= 0 && firstPerson(governor))) {
    const at = tokens[i]!.start;
    const q = quotes.find((q) => q.start <= at && at < q.end);
    holder = q?.speaker ?? null;
  }
  // (with a verb of asking, a name between it and the cue is the one asked, never the holder:
  // "He urged Congress to pass ...")
  if (governor >= 0) holder ??= holderBefore(tokens, lower, governor, lo, ms);
  else holder ??= holderBefore(tokens, lower, i, lo, ms);
  holder ??= subjectPronounHolder(lower, governor >= 0 ? governor : i, lo, pronounHolder);
  return holder;
}

// (each step of reading a stance is a function of its own so that the JIT recompiles one small
// step, not the whole loop, when a rare branch is first reached)
export function findStances(
  text: string,
  tokens: readonly Token[],
  lower: readonly string[],
  lo: number,
  hi: number,
  ms: readonly MentionRef[],
  quotes: readonly Quote[],
  offset: number,
  pronounHolder: (pronoun: string, at: number) => string | null = () => null,
  /** The issue of the measure "the plan" refers back to, if the story introduced one. */
  measure: string | null = null,
  /** The measure the sentence just before introduced, which a bare "it" may stand for. */
  recentMeasure: string | null = null,
  /** The one person an object pronoun ("endorsed her") can stand for, other than the holder, or null. */
  objectPerson: (pronoun: string, at: number, holder: string) => MentionRef['entity'] | null = () => null,
): Stance[] {
  const out: Stance[] = [];
  for (let i = lo; i < hi; i++) {
    const w = lower[i]!;
    if (!(STANCE_FIRST.has(w) || (w === 'back' && backAsVerb(tokens, lower, i, ms))) || isCap(tokens[i]!.text)) continue;
    // "beating defending champion Carlos Alcaraz": the title of a holder, no side taken
    if (w === 'defending' && TITLES_HELD.has(lower[i + 1] ?? '')) continue;
    if (fightingAsNoun(lower, i, lo)) continue;
    // "urged Congress to pass the bill": the one who urges holds the stance, not the one urged
    const governor = appealGovernor(tokens, lower, i, lo);
    const c = cueAt(lower, i, governor);
    if (!c) continue;
    // "Hungary dropped its threat to veto the rollover": a side given up is no side held
    if (lower[i - 1] === 'to' && INTENT_NOUNS.has(lower[i - 2] ?? '') && intentAbandoned(lower, lo, i - 2)) continue;
    let pol = c.pol;
    let objStart = issueStart(lower, i, lo, c.objStart);
    const rel = governor < 0 ? objectRelative(tokens, lower, i, lo, hi, ms) : null;
    if (rel) {
      const issue = issueOf(phraseWords(tokens.slice(rel.issueStart, rel.issueEnd).map((t) => t.text)), measure);
      if (issue) {
        const start = tokens[rel.issueStart]!.start;
        const end = tokens[i]!.end;
        for (const h of [rel.holder, ...rel.others]) out.push({ id: `st${offset + out.length + 1}`, start, end, text: text.slice(start, end), holder: h, issue, polarity: pol });
      }
      continue;
    }
    if (objStart < 0 || objStart >= hi) continue;
    objStart = pastOwner(tokens, lower, hi, ms, objStart);
    // "who has backed Jovic": a side taken for or against a person or an organisation
    const side = SIDE_CUES.has(w) && governor < 0 ? objectEntity(tokens, lower, objStart, hi, ms) : null;
    if (side && (side.entity.type === 'PERSON' || side.entity.type === 'ORG')) {
      const st = sideStance(text, tokens, lower, lo, i, side, pol, ms, offset + out.length + 1);
      if (st) out.push(st);
      // ("Brazil, Argentina and Chile expressed support for Arce": each name of the subject holds it)
      if (st) for (const m of conjointHolders(lower, ms, st.holder, i, lo)) if (m.entity.id !== side.entity.id) out.push({ ...st, id: `st${offset + out.length + 1}`, holder: m.entity.id });
      i = side.end - 1;
      continue;
    }
    const pronounSide = SIDE_CUES.has(w) && governor < 0 ? sideOfPronoun(tokens, lower, lo, hi, i, objStart, ms, objectPerson) : null;
    if (pronounSide) {
      const st = sideStance(text, tokens, lower, lo, i, pronounSide, pol, ms, offset + out.length + 1);
      if (st) out.push(st);
      i = objStart;
      continue;
    }
    const negated = negatedCue(lower, i);
    const itIssue = recentMeasure && measureAsIt(tokens, lower, hi, objStart) ? recentMeasure : null;
    if (!itIssue && notAnIssue(tokens, lower, hi, ms, objStart, negated)) continue;
    const words = phraseWords(tokens.slice(objStart, Math.min(hi, objStart + 10)).map((t) => t.text));
    const issue = itIssue ?? issueOf(words, measure);
    if (!issue || foughtCombat(w, issue)) continue;
    const holder = stanceHolder(tokens, lower, i, lo, ms, quotes, governor, pronounHolder);
    if (!holder) continue;
    // "would not support X" takes the other side
    if (negated) pol = pol === 'support' ? 'oppose' : 'support';
    const start = tokens[Math.max(lo, i - 3)]!.start;
    const endTok = Math.min(hi, objStart + words.length) - 1;
    const end = tokens[endTok]!.end;
    // "Germany and Spain strongly support the deal": each name of the subject holds it (the
    // evidence then starts at the first name)
    const others = governor < 0 ? conjointHolders(lower, ms, holder, i, lo) : [];
    const from = others.length ? Math.min(start, tokens[others[others.length - 1]!.start]!.start) : start;
    for (const h of [holder, ...others.map((m) => m.entity.id)]) out.push({ id: `st${offset + out.length + 1}`, start: from, end, text: text.slice(from, end), holder: h, issue, polarity: pol });
    i = endTok;
  }
  return out;
}
