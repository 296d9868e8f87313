import { parseAmount, rateAfterQuantity, type Amount } from './amounts.js';
import { ORDINALS, UNITS, type Unit } from './lexicon.js';
import { glued, isHyphenAt, isNum, low, onHeadline } from './match.js';
import type { Cand } from './model.js';
import { Kind, type Tok } from './tokens.js';

/*
 * Durations: "two and a half years" (P2Y6M), "the past two months" (P2M), "a two-year
 * contract" (P2Y), "half an hour" (PT30M), "the first nine months" (P9M), "for years" (PXY),
 * "recent months" (PXM).
 */

const LETTER: Record<Unit, string> = { C: 'Y', DE: 'Y', Y: 'Y', H: 'M', Q: 'Q', SE: 'SE', M: 'M', W: 'W', WE: 'WE', D: 'D', h: 'H', m: 'M', s: 'S' };
const SCALE: Partial<Record<Unit, number>> = { C: 100, DE: 10, H: 6 };
/** How a fraction of a unit spills into the next smaller one. */
const SPILL: Partial<Record<Unit, [Unit, number]>> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['h', 24], h: ['m', 60], m: ['s', 60], DE: ['Y', 10], C: ['Y', 100], Q: ['M', 3] };

const isTimeUnit = (u: Unit): boolean => u === 'h' || u === 'm' || u === 's';

/** A TIMEX3 duration value for n units: 2.5 years = P2Y6M, 1.5 hours = PT1H30M; NaN = PXY. */
export function durationValue(n: number, unit: Unit): string {
  if (Number.isNaN(n)) {
    const l = unit === 'DE' || unit === 'C' ? 'Y' : LETTER[unit];
    return isTimeUnit(unit) ? `PTX${l}` : `PX${l}`;
  }
  // decades and centuries are written in years, so a fraction stays one number: 2.5 decades = P25Y
  if (unit === 'DE' || unit === 'C') return `P${Math.round(n * SCALE[unit]!)}Y`;
  // whole millennia in TimeML's own unit, as train writes "two thousand years" (P2L)
  if (unit === 'Y' && n >= 1000 && n % 1000 === 0) return `P${n / 1000}L`;
  const parts: [number, Unit][] = [];
  const whole = Math.floor(n + 1e-9);
  const frac = n - whole;
  // ("0 minutes" of a race time is PT0M, not the empty "P")
  if (whole > 0 || frac <= 1e-9) parts.push([whole * (SCALE[unit] ?? 1), unit]);
  if (frac > 1e-9) {
    const s = SPILL[unit];
    if (!s) return isTimeUnit(unit) ? `PT${n}${LETTER[unit]}` : `P${n}${LETTER[unit]}`;
    parts.push([Math.round(frac * s[1]), s[0]]);
  }
  let date = '';
  let time = '';
  for (const [k, u] of parts) {
    if (isTimeUnit(u)) time += `${k}${LETTER[u]}`;
    else date += `${k}${LETTER[u]}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

const LEADS = new Set(['past', 'last', 'next', 'first', 'coming', 'previous', 'latest', 'final', 'recent', 'following', 'initial', 'remaining', 'preceding', 'subsequent', 'ensuing']);
/** Words that cannot be the noun of "a five year ...". */
const NOT_NOUN_AFTER = new Set(['and', 'or', 'of', 'ago', 'later', 'earlier', 'before', 'after', 'old', 'to', 'in', 'on', 'at', 'from', 'the', 'a', 'an', 'for', 'with', 'by', 'that', 'this', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'since', 'than', 'as', 'but', 'back', 'hence', 'prior', 'period', 'term']);
const UNIT_QUALIFIERS = new Set(['trading', 'business', 'working', 'calendar', 'consecutive', 'straight', 'full', 'long', 'whole', 'additional', 'extra', 'further']);
/** Words after which "last" is a verb ("to last", "will last", "could last"), not "the last two years". */
const LAST_AS_VERB_AFTER = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'not', 'll', 'usually', 'typically', 'normally', 'often', 'generally']);
/** Words after which "a quarter" is a fraction compared: "a quarter less", "a quarter higher". */
const COMPARATIVES = new Set(['less', 'more', 'fewer', 'lower', 'higher', 'smaller', 'larger', 'bigger', 'cheaper', 'greater', 'faster', 'slower', 'longer', 'shorter', 'above', 'below', 'than', 'likelier', 'percent']);
/** Verbs of change whose "by" gives a size: "rose by a quarter", "was cut by a quarter". */
const CHANGE_VERBS = new Set(['rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'jumped', 'jump', 'climbed', 'climb', 'dropped', 'drop', 'grew', 'grow', 'grown', 'increased', 'increase', 'decreased', 'decrease', 'declined', 'decline', 'cut', 'cuts', 'reduced', 'reduce', 'raised', 'raise', 'lowered', 'lower', 'shrank', 'shrink', 'shrunk', 'slumped', 'plunged', 'soared', 'surged', 'gained', 'lost', 'slashed', 'boosted', 'expanded', 'contracted', 'up', 'down', 'higher', 'lower']);
/** Approximators between "by" and the amount: "by about a quarter", "by more than a quarter". */
const BY_APPROX = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'around', 'over', 'more', 'less', 'than', 'just', 'only', 'at', 'least', 'up', 'to']);

/** The amount at i follows "by" after a verb of change: "rose by a quarter", "cut by nearly a quarter". */
function changedBy(t: readonly Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k < 5 && BY_APPROX.has(low(t, k))) k--;
  return low(t, k) === 'by' && CHANGE_VERBS.has(low(t, k - 1));
}
const BARE_PREPS = new Set(['for', 'over', 'in', 'within', 'during', 'took', 'takes', 'take', 'taking', 'spent', 'lasted', 'last', 'after']);

/** One-word duration adjectives: "a yearlong inquiry", "the weeklong strike". */
export const LONG_WORDS: ReadonlyMap<string, Unit> = new Map([
  ['yearlong', 'Y'], ['monthlong', 'M'], ['weeklong', 'W'], ['daylong', 'D'], ['hourlong', 'h'], ['decadelong', 'DE'], ['centurylong', 'C'],
]);

/**
 * "the 61 -year-old cleric", "one four- year-old boy": an age whose number a stray space split
 * from "-year-old"; a singular unit after a loose hyphen or a number is no "a year-old proposal".
 */
function isSpacedAgeTail(t: readonly Tok[], i: number): boolean {
  if (low(t, i).endsWith('s') || low(t, i + 2) !== 'old') return false;
  const prev = low(t, i - 1);
  return prev === '-' || prev === '‐' || prev === '‑' || prev === '–' || isNum(t, i - 1);
}

/**
 * "the 17-year- old girl": an age whose "-old" a stray space split from the unit (the hyphen
 * glued to the unit, a space before "old").
 */
function looseOldTail(t: readonly Tok[], i: number): boolean {
  return HYPHEN_WORDS.has(low(t, i)) && glued(t, i) && !glued(t, i + 1) && low(t, i + 1) === 'old';
}
const HYPHEN_WORDS = new Set(['-', '‐', '‑', '–']);

/** "-long" / "-old" glued to a unit at i: "day-long", "decades-old", "two-year-old". */
function isUnitAdjectiveTail(t: readonly Tok[], i: number): boolean {
  return isHyphenAt(t, i) && (low(t, i + 1) === 'old' || low(t, i + 1) === 'long');
}

/**
 * "two to three weeks", "12 to 18 months": one duration over the whole range, valued by its first
 * number (train writes "two to three weeks" as P2W). Returns the index after the second number,
 * or k when no second number and plural unit follow.
 */
function rangeEnd(t: readonly Tok[], first: { n: number; article?: boolean }, k: number): number {
  if (first.article || Number.isNaN(first.n) || low(t, k) !== 'to') return k;
  const second = parseAmount(t, k + 1);
  if (!second || second.article || Number.isNaN(second.n) || second.n <= first.n) return k;
  const w = low(t, second.e);
  const u = UNITS.get(w);
  return u && u !== 'SE' && u !== 'WE' && w.endsWith('s') ? second.e : k;
}

const SOMEDAY_BEFORE = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'he', 'she', 'they', 'we', 'i', 'you', 'it']);

/** Tokens [i, e) are "one day" right after a modal or a subject pronoun and before a lower-case word: "will one day be". */
function someday(t: readonly Tok[], i: number, e: number, unit: string): boolean {
  if (unit !== 'D' || e !== i + 2 || low(t, i) !== 'one' || !SOMEDAY_BEFORE.has(low(t, i - 1))) return false;
  const nx = t[e];
  return !!nx && nx.kind === Kind.Word && !nx.cap && !AFTER_A_LENGTH.has(nx.low);
}
/** Words after "one day" that make it a length or a point counted from another: "one day later", "one day of talks". */
const AFTER_A_LENGTH = new Set(['later', 'earlier', 'ago', 'after', 'before', 'of', 'and', 'or', 'to', 'in', 'at', 'for', 'a', 'per', 'each', 'off', 'long', 'old']);

/** Token i starts ", 26 percent" / "(26%)": a share spelled out after a fraction. */
function sharePercentAfter(t: readonly Tok[], i: number): boolean {
  const p = low(t, i);
  if (p !== ',' && p !== '(' && p !== '—' && p !== '–') return false;
  return isNum(t, i + 1) && (low(t, i + 2) === '%' || low(t, i + 2) === 'percent');
}

export function parseDuration(t: readonly Tok[], i: number): Cand | null {
  const lw = LONG_WORDS.get(low(t, i));
  if (lw) return { s: i, e: i + 1, type: 'DURATION', sem: { k: 'lit', v: durationValue(1, lw) } };
  let j = i;
  let the = false;
  if (low(t, j) === 'the') {
    the = true;
    j++;
  }
  // "expected to last several months", "will last two weeks": "last" is the verb; the duration follows it
  if (!the && low(t, j) === 'last' && LAST_AS_VERB_AFTER.has(low(t, j - 1))) return null;
  let lead = false;
  if (LEADS.has(low(t, j)) || (the && ORDINALS.has(low(t, j)) && low(t, j) !== 'second')) {
    lead = true;
    j++;
  }
  // "a half-hour", "a half hour" (30 minutes)
  if ((low(t, j) === 'a' || low(t, j) === 'an') && low(t, j + 1) === 'half' && j === i) {
    const he = isHyphenAt(t, j + 2) ? j + 3 : j + 2;
    if (low(t, he) === 'hour') return { s: i, e: he + 1, type: 'DURATION', sem: { k: 'lit', v: 'PT30M' } };
  }
  // "half an hour", "half a year"
  if (low(t, j) === 'half' && (low(t, j + 1) === 'a' || low(t, j + 1) === 'an')) {
    const u = UNITS.get(low(t, j + 2));
    if (!u || low(t, j + 2).endsWith('s')) return null;
    return { s: i, e: j + 3, type: 'DURATION', sem: { k: 'lit', v: durationValue(0.5, u) } };
  }
  // "for a while", "for some time": a vague duration
  if (low(t, i - 1) === 'for' && j === i && ((low(t, j) === 'a' && low(t, j + 1) === 'while') || (low(t, j) === 'some' && low(t, j + 1) === 'time')) && t[j + 2]?.kind !== Kind.Word) {
    return { s: i, e: j + 2, type: 'DURATION', sem: { k: 'lit', v: 'PXX' }, approx: true };
  }
  const amount = parseAmount(t, j);
  let n: number;
  let k: number;
  if (amount) {
    n = amount.n;
    k = amount.e;
    if (amount.article && (the || lead)) return null;
    // "20 more years", "two more weeks"
    if (low(t, k) === 'more' && !Number.isNaN(n) && UNITS.has(low(t, k + 1)) && low(t, k + 1).endsWith('s')) k++;
    k = rangeEnd(t, amount, k);
  } else if ((lead || the) && UNITS.has(low(t, j)) && low(t, j).endsWith('s')) {
    // "recent years", "the past months"
    n = NaN;
    k = j;
  } else {
    // "decades-long", "day-long", "years-long", "centuries-old": a duration adjective. After a
    // hyphen it is the tail of an age ("10-year-old"), which TimeBank leaves untagged.
    const lu = UNITS.get(low(t, j));
    if (lu && lu !== 's' && lu !== 'WE' && j === i && !isHyphenAt(t, i - 1) && isUnitAdjectiveTail(t, j + 1)) {
      if (isSpacedAgeTail(t, i)) return null;
      const plural = low(t, j).endsWith('s');
      return { s: i, e: j + 3, type: 'DURATION', sem: { k: 'lit', v: durationValue(plural ? NaN : 1, lu) }, approx: plural };
    }
    // bare plural after "for", "over", "in": "for years"
    const u = UNITS.get(low(t, j));
    if (!u || !low(t, j).endsWith('s') || u === 's' || j !== i) return null;
    if (!BARE_PREPS.has(low(t, i - 1)) && !(low(t, j + 1) === 'ago')) return null;
    if (low(t, j + 1) === 'of' || low(t, j + 1) === 'ago' || low(t, j + 1) === 'later' || low(t, j + 1) === 'earlier') return null;
    if (u === 'WE') return null;
    // "for days or weeks": one vague duration in the first unit (train: "weeks or months" = PXW)
    const u2 = low(t, j + 1) === 'or' ? UNITS.get(low(t, j + 2)) : undefined;
    const e = u2 && u2 !== 's' && u2 !== 'WE' && low(t, j + 2).endsWith('s') ? j + 3 : j + 1;
    return { s: i, e, type: 'DURATION', sem: { k: 'lit', v: durationValue(NaN, u) }, approx: true };
  }
  return durationOfAmount(t, i, j, n, k, amount, the, lead);

}

/**
 * The duration whose amount (n, null `amount` for a vague plural) runs from token j to token k,
 * from token i ("the" and a lead word such as "past" before it). (A function of its own so that V8 compiles
 * it apart from parseDuration's openings: as one function each first rare case recompiled both.)
 */
function durationOfAmount(t: readonly Tok[], i: number, j: number, n: number, k: number, amount: Amount | null, the: boolean, lead: boolean): Cand | null {
  // "two-year", "30-day", "three-and-a-half-year"
  let adjective = false;
  if (isHyphenAt(t, k)) {
    k++;
    adjective = true;
  }
  // "eight trading days", "five business days", "three working weeks": still days and weeks
  if (!adjective && UNIT_QUALIFIERS.has(low(t, k)) && UNITS.has(low(t, k + 1)) && UNITS.get(low(t, k + 1)) !== 'SE' && UNITS.get(low(t, k + 1)) !== 's') k++;
  const w = low(t, k);
  // "a fortnight" (two weeks); "a quarter-century", "a half-century" (25 and 50 years, not a quarter)
  if (w === 'fortnight' || w === 'fortnights') return { s: i, e: k + 1, type: 'DURATION', sem: { k: 'lit', v: durationValue(n * 2, 'W') } };
  if ((w === 'quarter' || w === 'half') && !adjective) {
    const ce = isHyphenAt(t, k + 1) ? k + 2 : k + 1;
    if (low(t, ce) === 'century' || low(t, ce) === 'centuries') return { s: i, e: ce + 1, type: 'DURATION', sem: { k: 'lit', v: durationValue(n * (w === 'quarter' ? 25 : 50), 'Y') } };
  }
  const unit = UNITS.get(w);
  if (!unit || unit === 'SE') return null;
  // "finished twenty-second", "the twenty-second of March": a spelled ordinal, not 20 seconds
  // ("a thirty-second advert" keeps its article and noun: a length)
  if (w === 'second' && adjective && t[j]?.kind === Kind.Word && !(low(t, i - 1) === 'a' || low(t, i - 1) === 'an')) return null;
  // "a millennium", "two millennia": a thousand years each (P1L), not the century the unit map gives
  if (w === 'millennium' || w === 'millennia') n *= 1000;
  const valueUnit: Unit = w === 'millennium' || w === 'millennia' ? 'Y' : unit;
  // "CBS's '60 Minutes'", "the film '13 Hours'": a capitalised unit inside a sentence is a title
  if (t[k]!.cap && !onHeadline(t, k)) return null;
  if (!adjective && !Number.isNaN(n) && n > 1 && !w.endsWith('s') && UNITS.has(w + 's') && !['hr', 'min'].includes(w)) {
    // "a five year low", "a two day rally": an unhyphenated adjective (transcripts write them so) before its noun.
    const nx = t[k + 1];
    if (!nx || nx.kind !== Kind.Word || NOT_NOUN_AFTER.has(nx.low)) return null;
    adjective = true;
  }
  if (amount?.article && unit === 's') return null; // "a second" is ordinal as often as not
  // "three-quarters of its food", "more than a quarter of the market": a fraction, not three months
  if (unit === 'Q' && n <= 3 && low(t, k + 1) === 'of' && !isNum(t, k + 2)) return null;
  // "about a quarter less likely", "a quarter more expensive", "a quarter as many": a fraction
  // compared, not three months
  if (unit === 'Q' && (COMPARATIVES.has(low(t, k + 1)) || (low(t, k + 1) === 'as' && low(t, k + 2) !== 'of'))) return null;
  // "sales rose by a quarter", "cut by nearly a quarter": the size of a change, a fraction
  if (unit === 'Q' && changedBy(t, i)) return null;
  // "just over a quarter, 26 percent, say ...": a share the figure after it spells out
  if (unit === 'Q' && sharePercentAfter(t, k + 1)) return null;
  // "one of several weekend rallies": a vague count with a singular unit is the unit as an
  // adjective of the noun after it, no stretch of time
  if (amount && !amount.article && Number.isNaN(n) && !adjective && !w.endsWith('s')) return null;
  // "a cut of a quarter point", "three quarters of a percentage point": a fraction of a rate
  // ("a quarter-point cut", "a half-point rise" hyphenated too)
  const rateWord = isHyphenAt(t, k + 1) ? k + 2 : k + 1;
  if (unit === 'Q' && (low(t, rateWord) === 'point' || low(t, rateWord) === 'points' || low(t, rateWord) === 'percentage')) return null;
  // the amount word must agree: "a year", "two years"; "one day" is fine; "a few days".
  let e = k + 1;
  if (low(t, e) === 'and' && (low(t, e + 1) === 'a' || low(t, e + 1) === 'one') && low(t, e + 2) === 'half') {
    n += 0.5;
    e += 3;
  }
  if (adjective && isUnitAdjectiveTail(t, e)) e += 2;
  // "a year-earlier loss", "a year-ago quarter": the adjective is a date (relative.ts), not "a year".
  if (!adjective && isHyphenAt(t, e) && (low(t, e + 1) === 'earlier' || low(t, e + 1) === 'ago')) return null;
  // "a year-end rally", "the world No. 1 year-end ranking": "year-end" is a date adjective of its
  // own (relative.ts), and the article or number before it belongs to the noun
  if (isHyphenAt(t, e) && low(t, e + 1) === 'end') return null;
  // "a day-long meeting", "a decades-old song", "the centuries-long feud", "two decades-old
  // rivals": the adjective is "day-long", "decades-old" alone (as train tags "years-old",
  // "decades-long"); a word before it unhyphenated ("a", "the", "two") belongs to the noun, not the
  // adjective. The adjective itself is found from its own first word.
  if (!adjective && isUnitAdjectiveTail(t, e)) return null;
  // "a day" right after a number or money is a rate (a SET), handled by the set parser.
  if (amount?.article && !lead && !the) {
    const p = low(t, i - 1);
    if (p === 'once' || p === 'twice' || p === 'times' || p === 'per') return null;
    // "600 jobs a year", "four flights a week": the denominator of a rate, not a stretch of time
    if (rateAfterQuantity(t, i)) return null;
  }
  // A year of age: "a 10-year-old", "Mr. Reupke, 52 years old," are not durations (TimeBank tags no ages).
  if (adjective && (low(t, e - 1) === 'old' || looseOldTail(t, e))) return null;
  if (!adjective && low(t, e) === 'old' && (unit === 'Y' || unit === 'M' || unit === 'W' || unit === 'D' || unit === 'DE' || unit === 'C')) return null;
  // "one day" at the start of a story is a vague DATE; keep as DURATION anyway.
  // "will one day be", "he one day hopes to": "one day" between a modal or a subject and its verb
  // is "someday", a time still to come (FUTURE_REF), no length of time
  if (someday(t, i, e, unit)) return { s: i, e, type: 'DATE', sem: { k: 'lit', v: 'FUTURE_REF' } };
  // "the weeks ahead", "the two years ahead": "ahead" belongs to the phrase (train: "the weeks ahead" PXW)
  if (low(t, e) === 'ahead' && (the || lead) && !adjective) e++;
  // "the eight-year war": the adjective alone is the expression, not its article
  const c: Cand = { s: adjective && the && !lead ? i + 1 : i, e, type: 'DURATION', sem: { k: 'lit', v: durationValue(n, valueUnit) } };
  if (Number.isNaN(n)) c.approx = true;
  if (t[e]?.kind === Kind.Word && (low(t, e) === 'ago')) return null;
  return c;
}

/** The parts of a TIMEX3 duration value, largest unit first (weeks left out: ISO 8601 does not mix them). */
const DURATION_PARTS = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const DURATION_LETTERS = ['Y', 'M', 'D', 'H', 'M', 'S'];

/**
 * "two years and three months" (P2Y3M), "an hour and 20 minutes" (PT1H20M), "three days and 12
 * hours" (P3DT12H): two exact durations joined by "and", every unit of the second smaller than
 * those of the first, are one length of time. Null for anything else ("two years and a half" is
 * parsed whole; "five days and five nights" repeats a unit).
 */
export function joinDurations(a: Cand, b: Cand): string | null {
  if (a.type !== 'DURATION' || b.type !== 'DURATION' || a.sem.k !== 'lit' || b.sem.k !== 'lit' || a.mod === 'EQUAL_OR_LESS' || b.mod) return null;
  const pa = DURATION_PARTS.exec(a.sem.v);
  const pb = DURATION_PARTS.exec(b.sem.v);
  if (!pa || !pb || a.sem.v === 'P' || b.sem.v === 'P') return null;
  const lastA = Math.max(...[1, 2, 3, 4, 5, 6].filter((k) => pa[k] !== undefined));
  const firstB = Math.min(...[1, 2, 3, 4, 5, 6].filter((k) => pb[k] !== undefined));
  if (!Number.isFinite(lastA) || !Number.isFinite(firstB) || firstB <= lastA) return null;
  let date = '';
  let time = '';
  for (let k = 1; k <= 6; k++) {
    const n = pa[k] ?? pb[k];
    if (n === undefined) continue;
    if (k <= 3) date += `${n}${DURATION_LETTERS[k - 1]}`;
    else time += `${n}${DURATION_LETTERS[k - 1]}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}
