/**
 * Where a name is a place rather than a participant: a list of places after one locative, a name
 * apposed to a place noun, the place a withdrawal leaves, and the date words between a place and
 * ", where".
 */
import type { Token } from '../document/types.js';
import { isCap } from './words.js';

/** Words of a short date or time phrase: "on Thursday", "last week", "next month". */
export const WHEN_WORDS = new Set(['on', 'in', 'last', 'next', 'this', 'early', 'late', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday', 'tonight', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend']);

/** Verbs and nouns of leaving a place: "withdrew from", "the withdrawal of troops from", "fled from". */
const MOVES_AWAY = new Set([
  'withdraw', 'withdrew', 'withdrawn', 'withdraws', 'withdrawing', 'withdrawal', 'pulled', 'pull', 'pulling', 'pullout', 'retreated',
  'retreat', 'fled', 'flee', 'fleeing', 'evacuated', 'evacuation', 'expelled', 'expulsion', 'returned', 'departed', 'left', 'ousted', 'driven',
]);
/** The "from" at k follows a word of leaving, up to four words back without punctuation ("withdrawal of rebel fighters from"). */
export function leftFrom(tokens: readonly Token[], lower: readonly string[], k: number, lo: number): boolean {
  for (let j = k - 1; j >= lo && j >= k - 4; j--) {
    if (tokens[j]!.kind === 'punct') return false;
    if (MOVES_AWAY.has(lower[j]!)) return true;
  }
  return false;
}

/** Place nouns a name is apposed to: "in the capital, Sefa", "near the port city, Mepo". */
const PLACE_NOUNS = new Set(['capital', 'city', 'town', 'village', 'province', 'region', 'port', 'district', 'county']);
/** The comma at k, right before the name at `start`, apposes it to a place noun ("in the capital, Sefa"). */
export function placeNounApposition(tokens: readonly Token[], lower: readonly string[], k: number, start: number): boolean {
  return k === start - 1 && tokens[k]!.text === ',' && k > 0 && PLACE_NOUNS.has(lower[k - 1]!);
}

/** A list of names goes on after `k`: more names and commas, then "and"/"or" and a name ("Porto Lune and Casteldoro"). */
export function listGoesOn(tokens: readonly Token[], lower: readonly string[], k: number, hi: number): boolean {
  for (let j = k; j < hi && j <= k + 8; j++) {
    if ((lower[j] === 'and' || lower[j] === 'or') && j + 1 < hi && isCap(tokens[j + 1]!.text)) return true;
    if (!(lower[j] === ',' || isCap(tokens[j]!.text))) return false;
  }
  return false;
}

/** The place ending at `end` opens a route: "from Belgrade to Kragujevac", "from Kyiv to the port of Odesa". */
export function routeFrom(tokens: readonly Token[], lower: readonly string[], end: number, hi: number): boolean {
  for (let j = end; j < hi && j <= end + 2; j++) {
    if (lower[j] === 'to') return j + 1 < hi && (isCap(tokens[j + 1]!.text) || lower[j + 1] === 'the');
    if (tokens[j]!.kind !== 'word') return false;
  }
  return false;
}

/** Words of calling or speaking from afar: "called Erdogan on Monday from Berlin", "spoke from Kyiv". */
const CALLS_FROM = new Set(['called', 'phoned', 'telephoned', 'call', 'calls', 'spoke', 'speaking']);
/**
 * The "from" at k ends a call's phrase, up to ten words back without punctuation (a titled name and
 * a date between): where the caller was. An appeal is no call: in "called for aid from China" the
 * name after "from" gives.
 */
export function calledFrom(tokens: readonly Token[], lower: readonly string[], k: number, lo: number): boolean {
  for (let j = k - 1; j >= lo && j >= k - 10; j--) {
    if (tokens[j]!.kind === 'punct') return false;
    if (CALLS_FROM.has(lower[j]!)) return !APPEAL_AFTER_CALL.has(lower[j + 1] ?? '');
  }
  return false;
}
const APPEAL_AFTER_CALL = new Set(['for', 'on', 'off', 'up', 'out', 'in']);
