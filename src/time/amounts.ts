import { NUMBER_WORDS } from './lexicon.js';
import { glued, intOf, isHyphenAt, isNum, low } from './match.js';
import type { Tok } from './tokens.js';

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
  } else if (w === 'a' || w === 'an') {
    if (low(t, i + 1) === 'few' || low(t, i + 1) === 'couple') {
      e = low(t, i + 2) === 'of' ? i + 3 : i + 2;
      return { n: NaN, e };
    }
    n = 1;
    e = i + 1;
    article = true;
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
    }
    if (low(t, e) === 'hundred') {
      n *= 100;
      e++;
    }
  }
  // "two and a half"
  if (low(t, e) === 'and' && (low(t, e + 1) === 'a' || low(t, e + 1) === 'one') && low(t, e + 2) === 'half') {
    n += 0.5;
    e += 3;
  }
  return article ? { n, e, article } : { n, e };
}
