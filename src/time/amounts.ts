import { NUMBER_WORDS } from './lexicon.js';
import { glued, intOf, isHyphenAt, isNum, low } from './match.js';
import { Kind, type Tok } from './tokens.js';

export interface Amount {
  /** The amount; NaN when vague ("several", "a few"). */
  n: number;
  /** Token index after the amount. */
  e: number;
  /** The amount was "a" or "an". */
  article?: boolean;
}

const VAGUE = new Set(['several', 'few', 'many', 'numerous', 'some']);
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** A fraction "1/2", "3/4" (the numerator, a glued slash, a glued denominator 2, 3 or 4) at i. */
function fraction(t: readonly Tok[], i: number): { v: number; e: number } | null {
  if (!isNum(t, i) || low(t, i + 1) !== '/' || !glued(t, i + 1) || !isNum(t, i + 2) || !glued(t, i + 2)) return null;
  const a = intOf(t, i);
  const b = intOf(t, i + 2);
  if (!(b === 2 || b === 3 || b === 4) || a < 1 || a >= b) return null;
  if (low(t, i + 3) === '/' && glued(t, i + 3)) return null; // a date: 1/2/2020
  return { v: a / b, e: i + 3 };
}

/** Number words and digits: "two", "twenty-five", "2.5", "1,000", "two and a half", "a few", "several". */
export function parseAmount(t: readonly Tok[], i: number): Amount | null {
  const w = low(t, i);
  let n: number;
  let e: number;
  let article = false;
  if (isNum(t, i)) {
    n = intOf(t, i);
    e = i + 1;
    // 2.5 or 1,000
    if ((low(t, e) === '.' || low(t, e) === ',') && glued(t, e) && isNum(t, e + 1) && glued(t, e + 1)) {
      const frac = low(t, e + 1);
      if (low(t, e) === '.') n = Number(`${n}.${frac}`);
      else if (frac.length === 3) n = n * 1000 + Number(frac);
      else return { n, e };
      e += 2;
    }
    if (Number.isNaN(n)) return null;
    // "2 1/2", "5 3/4": a whole number and a fraction
    const fr = fraction(t, e);
    if (fr && t[e]!.space) {
      n += fr.v;
      e = fr.e;
    }
  } else if (w === 'a' || w === 'an') {
    // "a dozen years": twelve, the article in the extent
    if (low(t, i + 1) === 'dozen') return { n: 12, e: i + 2 };
    if (low(t, i + 1) === 'few' || low(t, i + 1) === 'couple') {
      e = low(t, i + 2) === 'of' ? i + 3 : i + 2;
      // "a couple of years" is two (TimeBank: P2Y); "a few" stays vague
      return { n: low(t, i + 1) === 'couple' ? 2 : NaN, e };
    }
    n = 1;
    e = i + 1;
    article = true;
  } else if (w === 'couple' && low(t, i + 1) === 'of') {
    // "the next couple of years"
    return { n: 2, e: i + 2 };
  } else if (VAGUE.has(w)) {
    return { n: NaN, e: i + 1 };
  } else {
    const v = NUMBER_WORDS.get(w);
    if (v === undefined || w === 'half' || w === 'a' || w === 'an') return null;
    n = v;
    e = i + 1;
    if (TENS.has(w) && isHyphenAt(t, e)) {
      const u = NUMBER_WORDS.get(low(t, e + 1));
      if (u !== undefined && u < 10 && u >= 1 && low(t, e + 1) !== 'a') {
        n += u;
        e += 2;
      }
    } else if (TENS.has(w)) {
      // "twenty four hours", as transcripts write it
      const u = NUMBER_WORDS.get(low(t, e));
      if (u !== undefined && u < 10 && u >= 1 && low(t, e) !== 'a' && low(t, e) !== 'an') {
        n += u;
        e += 1;
      }
    }
    if (low(t, e) === 'hundred') {
      n *= 100;
      e++;
    }
    // "more than two thousand years" (train misses it), "three thousand years": as "2,000 years"
    if (low(t, e) === 'thousand' && w !== 'thousand') {
      n *= 1000;
      e++;
    }
  }
  // "two and a half"; hyphenated "five-and-a-half"
  if (low(t, e) === 'and' && (low(t, e + 1) === 'a' || low(t, e + 1) === 'one') && low(t, e + 2) === 'half') {
    n += 0.5;
    e += 3;
  } else if (isHyphenAt(t, e) && low(t, e + 1) === 'and' && isHyphenAt(t, e + 2) && low(t, e + 3) === 'a' && isHyphenAt(t, e + 4) && low(t, e + 5) === 'half') {
    n += 0.5;
    e += 6;
    // "five-and-a-half years": the hyphen after "half" goes with an adjective ("-year"), handled by the caller
  }
  return article ? { n, e, article } : { n, e };
}

/** Units of money that may lead a rate compound: "a $15 dollar-an-hour wage". */
const MONEY_UNITS = new Set(['dollar', 'euro', 'pound', 'cent', 'penny']);
const MONEY_WORDS = new Set(['$', '€', '£', '¥', 'million', 'billion', 'trillion', 'thousand', 'dollars', 'euros', 'pounds', 'yuan', 'yen', 'cents', '%', 'percent']);
/** Plural words that count occasions, not things: "three times a week" is a frequency (a SET). */
const OCCASIONS = new Set(['times', 'days', 'weeks', 'months', 'years', 'hours', 'nights', 'shifts', 'sessions']);

/**
 * True when the "a"/"an"/"per" at j follows a quantity, making "a year" the denominator of a rate:
 * "$2 million a year", "3 percent a year", "358,000 a month", "4,000 steps a day", "600 new jobs a
 * year". A rate measures an amount; it does not say when anything happens or recurs, and TempEval
 * train leaves most such rates untagged (7 of 9). Frequencies of occasions ("twice a week", "three
 * times a year", "six days a week") are SETs and are not rates here.
 */
export function rateAfterQuantity(t: readonly Tok[], j: number): boolean {
  // "$12-an-hour workers", "a $10-a-day pass": the rate as a compound adjective
  if (isHyphenAt(t, j - 1) && j - 2 >= 0 && (t[j - 2]!.kind === Kind.Num || MONEY_UNITS.has(t[j - 2]!.low))) return true;
  const p = low(t, j - 1);
  if (MONEY_WORDS.has(p) || isNum(t, j - 1)) return true;
  if (!p.endsWith('s') || OCCASIONS.has(p) || t[j - 1]?.cap) return false;
  // a counted plural noun: a number one or two words before it ("700 seats", "600 new jobs", "four flights")
  for (let k = j - 2; k >= j - 3 && k >= 0; k--) {
    const w = low(t, k);
    if (isNum(t, k) || (NUMBER_WORDS.has(w) && w !== 'a' && w !== 'an' && w !== 'one')) return true;
  }
  return false;
}
