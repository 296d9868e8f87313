/**
 * Who acts and who is acted on. In the active voice the participants before the trigger act and
 * those after it are acted on; a passive turns this round: "war criminals from X had been
 * investigated by Australian officials" has the officials act on the criminals, and "the convoy
 * was attacked near Y" leaves nobody named acting.
 */
import type { Trigger } from './detect.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', 'getting']);
const BETWEEN = new Set(['not', "n't", 'never', 'also', 'reportedly', 'allegedly', 'already', 'later', 'then', 'again', 'all', 'both', 'first', 'recently', 'formally', 'officially']);
/** Irregular participles that can be event triggers; regular ones end in -ed. */
const PARTICIPLES = new Set(['met', 'held', 'struck', 'hit', 'shot', 'beaten', 'taken', 'seized', 'sent', 'fought', 'told', 'given', 'thrown', 'driven', 'bound', 'shut', 'put', 'brought', 'caught', 'kept', 'sold', 'built', 'made', 'won', 'lost', 'stolen', 'slain', 'overthrown', 'withdrawn', 'forbidden', 'sworn']);

/** Token index of the "by" that opens a passive's agent right after the trigger (within three words), else -1. */
function agentBy(lower: readonly string[], from: number, hi: number): number {
  for (let k = from; k < hi && k <= from + 3; k++) {
    if (lower[k] === 'by') return k;
    if (lower[k] === ',' || lower[k] === '.' || lower[k] === ';') return -1;
  }
  return -1;
}

/** True when a verbal trigger is a participle after a form of "be" or "get": "was attacked", "have been investigated". */
export function isPassiveTrigger(lower: readonly string[], tr: Trigger, lo: number): boolean {
  if (tr.nominal) return false;
  const w = lower[tr.start]!;
  if (!(w.endsWith('ed') || PARTICIPLES.has(w))) return false;
  // ("any migrants rejected by Italy": a participle with its agent right after a noun is a reduced
  // passive relative)
  if (tr.start > lo && lower[tr.end] === 'by' && /^[a-z]+s$/.test(lower[tr.start - 1]!) && !BE.has(lower[tr.start - 1]!)) return true;
  if (reducedPassiveAfterNoun(lower, tr, lo)) return true;
  let k = tr.start - 1;
  while (k >= lo && BETWEEN.has(lower[k]!)) k--;
  return (k >= lo && BE.has(lower[k]!)) || passiveConjunct(lower, tr, lo);
}

/** Words that may follow a passive participle (no object): "charged with", "released on bail". */
const AFTER_PASSIVE = new Set(['with', 'by', 'in', 'on', 'at', 'for', 'over', 'after', 'under', 'without', 'to', ',', '.', ';', 'and']);

/**
 * "Zuniga was arrested later that day and charged with terrorism": a participle right after "and",
 * with no object after it, shares the passive of the first conjunct (an -ed verb after a form of
 * "be", at most ten words back, no end of clause nor "and"/"but" between). "Police arrested him and
 * charged him" (active) and "was released and thanked his supporters" (an object) are not.
 */
function passiveConjunct(lower: readonly string[], tr: Trigger, lo: number): boolean {
  const w = lower[tr.start]!;
  if (lower[tr.start - 1] !== 'and' || !w.endsWith('ed') || !AFTER_PASSIVE.has(lower[tr.end] ?? '.')) return false;
  for (let k = tr.start - 2; k >= lo && k >= tr.start - 12; k--) {
    const x = lower[k]!;
    if (x === '.' || x === ';' || x === ':' || x === 'and' || x === 'but') return false;
    if (!x.endsWith('ed') && !PARTICIPLES.has(x)) continue;
    let j = k - 1;
    while (j >= lo && BETWEEN.has(lower[j]!)) j--;
    return j >= lo && BE.has(lower[j]!);
  }
  return false;
}

/**
 * A participle right after a singular noun that a determiner opens, with its agent after "by" ("a
 * move criticised by President Trump", "the plan backed by Washington"), or after a noun with the
 * charge it names ("eight companies accused of supplying drones", "two men charged with murder"):
 * a reduced passive relative, so the subject of the clause around it does not do the act. A past
 * tense right before "by" with a noun before it is rare in news ("the army attacked by night").
 */
export function reducedPassiveAfterNoun(lower: readonly string[], tr: Trigger, lo: number): boolean {
  if (tr.nominal || tr.start - 2 < lo) return false;
  const w = lower[tr.start]!;
  const prev = lower[tr.start - 1]!;
  if (!/^[a-z]+$/.test(prev) || BE.has(prev) || NOT_NOUN_BEFORE.has(prev) || /ly$/.test(prev)) return false;
  const next = lower[tr.end];
  if (CHARGE_PARTICIPLES.has(w) && (next === 'of' || next === 'with') && (/^[a-z]+s$/.test(prev) || nounPhraseOpenedBefore(lower, tr.start - 1, lo))) return true;
  // ("A French aid worker kidnapped in northern Mali in 2024 has been released", "the British
  // journalist detained in Tehran": a verb that needs its object, with a preposition right after
  // it, is the passive of the noun before it)
  if (OBJECT_NEEDED.has(w) && PLACE_OR_TIME_AFTER.has(next ?? '') && nounPhraseOpenedBefore(lower, tr.start - 1, lo)) return true;
  return next === 'by' && DETERMINERS_BEFORE.has(lower[tr.start - 2]!);
}
/**
 * "a Colombian man accused of running a network", "the former minister charged with fraud": a
 * singular noun whose phrase a determiner opens at most three words before it (words only), so
 * the participle after it describes the noun ("Russia accused Kyiv of ..." has a name, no
 * determiner, before its verb).
 */
function nounPhraseOpenedBefore(lower: readonly string[], k: number, lo: number): boolean {
  for (let j = k - 1; j >= lo && j >= k - 3; j--) {
    const x = lower[j]!;
    if (x === 'a' || x === 'an' || x === 'the') return true;
    if (!/^[a-z-]+$/.test(x) || NOT_NOUN_BEFORE.has(x) || BE.has(x)) return false;
  }
  return false;
}
const NOT_NOUN_BEFORE = new Set(['who', 'which', 'that', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'has', 'have', 'had', 'not', 'also', 'then', 'and', 'or', 'but']);
const DETERMINERS_BEFORE = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'any', 'every', 'each']);
const CHARGE_PARTICIPLES = new Set(['accused', 'suspected', 'charged', 'convicted', 'indicted']);
/** Participles of acts that need an object, so that no preposition follows them in the active. */
const OBJECT_NEEDED = new Set(['kidnapped', 'abducted', 'killed', 'detained', 'arrested', 'captured', 'jailed', 'wounded', 'injured', 'seized', 'shot']);
const PLACE_OR_TIME_AFTER = new Set(['in', 'near', 'at', 'on', 'during', 'last', 'outside']);

const PLACING = new Set(['placed', 'put', 'place', 'puts', 'placing', 'putting', 'kept', 'keep', 'keeps', 'keeping']);
/**
 * "Soldiers placed President Bazoum under house arrest": the arrest's noun comes after its
 * detainee, who is no actor. Returns the token of the verb of placing when the trigger is "arrest"
 * after "under" (and "house"), with that verb at most seven tokens before "under"; else -1.
 */
export function placedUnderArrest(lower: readonly string[], tr: Trigger, lo: number): number {
  // (the noun is read as the verb's form, `detect.ts` `isIllnessOrState`, or as a noun)
  const n = tr.noun >= 0 ? tr.noun : tr.head;
  if (lower[n] !== 'arrest') return -1;
  const under = lower[n - 1] === 'house' ? n - 2 : n - 1;
  if (lower[under] !== 'under') return -1;
  for (let k = under - 1; k >= lo && k >= under - 7; k--) if (PLACING.has(lower[k]!)) return k;
  return -1;
}

/**
 * Splits the participants (at token positions) into actors and targets. In a passive the agent
 * after "by" acts, and everyone else is acted on.
 */
export function splitRoles(lower: readonly string[], tr: Trigger, lo: number, hi: number, ids: readonly string[], positions: readonly number[]): { actors: string[]; targets: string[] } {
  const actors: string[] = [];
  const targets: string[] = [];
  if (isPassiveTrigger(lower, tr, lo)) {
    const by = agentBy(lower, tr.end, hi);
    ids.forEach((id, k) => (by >= 0 && positions[k]! > by ? actors : targets).push(id));
  } else {
    const placed = placedUnderArrest(lower, tr, lo);
    const edge = placed >= 0 ? placed : tr.start;
    ids.forEach((id, k) => (positions[k]! < edge ? actors : targets).push(id));
  }
  return { actors, targets };
}

/**
 * "Aasland denied meeting oil lobbyists", "Moscow denied targeting civilians": the act in -ing right
 * after "denied"/"admitted" is the speaker's own (denied or owned up to), so the one who denies is its
 * actor, though the source span is otherwise no part of the event.
 */
export function ownActDenied(lower: readonly string[], cue: number, tr: Trigger): boolean {
  return OWN_ACT_CUES.has(lower[cue] ?? '') && tr.start === cue + 1 && lower[tr.start]!.endsWith('ing');
}
const OWN_ACT_CUES = new Set(['denied', 'denies', 'deny', 'denying', 'admitted', 'admits', 'admit']);
