import { parseAmount, rateAfterQuantity } from './amounts.js';
import { MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, WEEKDAYS_PLURAL } from './lexicon.js';
import { capitalisedInName, isHyphenAt, isNum, low } from './match.js';
import { durationValue } from './durations.js';
import type { Cand } from './model.js';
import { newspaperNoun } from './names.js';
import { Kind, type Tok } from './tokens.js';

/*
 * Sets, times that repeat: "daily", "every week", "each year", "every Monday", "twice a week",
 * "on Tuesdays". Rates after a quantity ("$5 a year") are not sets (amounts.ts, rateAfterQuantity).
 */

const ADVERBS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['yearly', 'P1Y'], ['annually', 'P1Y'], ['hourly', 'PT1H'], ['quarterly', 'P1Q'], ['nightly', 'P1D'], ['biweekly', 'P2W'], ['biannually', 'P6M'],
  // session 10: the less common ones ("published fortnightly", "paid semiannually", "held biennially")
  ['fortnightly', 'P2W'], ['semiannually', 'P6M'], ['biennially', 'P2Y'],
]);

/** Units that repeat in "year after year", "day after day", "week after week". */
const REPEATED_UNITS = new Set(['day', 'week', 'month', 'year', 'night']);

/**
 * "year after year", "day after day", "night after night": a unit after itself is a repetition,
 * every such unit (a SET, as "every year"), session 10. "half-yearly" joins its "half" (P6M).
 */
function repeatedUnit(t: readonly Tok[], i: number): Cand | null {
  const w = low(t, i);
  if (w === 'half' && isHyphenAt(t, i + 1) && low(t, i + 2) === 'yearly') return { s: i, e: i + 3, type: 'SET', sem: { k: 'lit', v: 'P6M' } };
  if (!REPEATED_UNITS.has(w) || low(t, i + 1) !== 'after' || low(t, i + 2) !== w) return null;
  return { s: i, e: i + 3, type: 'SET', sem: { k: 'lit', v: w === 'night' ? 'XXXX-XX-XXTNI' : durationValue(1, UNITS.get(w)!) } };
}

export function parseSet(t: readonly Tok[], i: number): Cand | null {
  const w = low(t, i);
  const repeated = repeatedUnit(t, i);
  if (repeated) return repeated;
  const adv = ADVERBS.get(w);
  // "a quarterly dividend", "quarterly results": the accounting period names a kind of report, not a repetition (TimeBank tags none).
  if (w === 'quarterly' && (t[i + 1]?.kind === Kind.Word || low(t, i + 1) === 'of')) return null;
  // "the Daily Telegraph": part of a newspaper's name
  if (adv && capitalisedInName(t, i)) return null;
  // "the Greek daily Kathimerini", "the weekly Der Spiegel", "the French daily said": a paper (names.ts)
  if (adv && newspaperNoun(t, i)) return null;
  // "rise 8.5% annually", "10,000 units annually": the adverb after a quantity is a rate's
  // denominator, like "8.5% a year" (train leaves 3 of 4 untagged); "average daily volume" a measure
  if (adv && (rateAfterQuantity(t, i) || low(t, i - 1) === 'average')) return null;
  if (adv) return { s: i, e: i + 1, type: 'SET', sem: { k: 'lit', v: adv } };
  const pl = WEEKDAYS_PLURAL.get(w);
  if (pl !== undefined && t[i]!.cap) return { s: i, e: i + 1, type: 'SET', sem: { k: 'lit', v: `XXXX-WXX-${pl}` } };
  // "Tuesday nights", "on Sunday mornings": that part of every such day (train: XXXX-WXX-2TNI)
  const wd1 = WEEKDAYS.get(w);
  if (wd1 !== undefined && t[i]!.cap && w.endsWith('day')) {
    const nx = low(t, i + 1);
    const pod = nx.endsWith('s') ? PARTS_OF_DAY.get(nx.slice(0, -1)) : undefined;
    if (pod) return { s: i, e: i + 2, type: 'SET', sem: { k: 'lit', v: `XXXX-WXX-${wd1}T${pod}` } };
  }
  // "on weekends", "at weekends": every weekend, like "on Sundays"
  if (w === 'weekends' && (low(t, i - 1) === 'on' || low(t, i - 1) === 'at')) return { s: i, e: i + 1, type: 'SET', sem: { k: 'lit', v: 'XXXX-WXX-WE' } };
  if (w === 'every' || w === 'each') {
    let j = i + 1;
    if (low(t, j) === 'other') j++;
    // "every half hour", "every half-hour"
    if (low(t, j) === 'half') {
      const he = isHyphenAt(t, j + 1) ? j + 2 : j + 1;
      return low(t, he) === 'hour' ? { s: i, e: he + 1, type: 'SET', sem: { k: 'lit', v: 'PT30M' } } : null;
    }
    const wd = WEEKDAYS.get(low(t, j));
    if (wd !== undefined) {
      const pod = PARTS_OF_DAY.get(low(t, j + 1));
      return { s: i, e: j + (pod ? 2 : 1), type: 'SET', sem: { k: 'lit', v: `XXXX-WXX-${wd}${pod ? `T${pod}` : ''}` } };
    }
    const m = MONTHS.get(low(t, j));
    if (m !== undefined && t[j]!.cap && low(t, j).length > 3) return { s: i, e: j + 1, type: 'SET', sem: { k: 'lit', v: `XXXX-${String(m).padStart(2, '0')}` } };
    const se = SEASONS.get(low(t, j));
    if (se) return { s: i, e: j + 1, type: 'SET', sem: { k: 'lit', v: `XXXX-${se}` } };
    const pod = PARTS_OF_DAY.get(low(t, j));
    if (pod) return { s: i, e: j + 1, type: 'SET', sem: { k: 'lit', v: `XXXX-XX-XXT${pod}` } };
    const amount = parseAmount(t, j);
    let n = low(t, i + 1) === 'other' ? 2 : 1;
    if (amount && !amount.article) {
      n = amount.n;
      j = amount.e;
    }
    const u = UNITS.get(low(t, j));
    if (!u) return null;
    // "every weekend" is a weekday-like set (XXXX-WXX-WE), not a duration letter
    if (u === 'WE') return n === 1 ? { s: i, e: j + 1, type: 'SET', sem: { k: 'lit', v: 'XXXX-WXX-WE' } } : null;
    return { s: i, e: j + 1, type: 'SET', sem: { k: 'lit', v: durationValue(n, u) } };
  }
  // "twice a week", "three times a year", "once a month"
  let j = i;
  let lead = false;
  // "the twice-yearly change", "a once-weekly dose": one set, the count word with it
  if ((w === 'once' || w === 'twice') && isHyphenAt(t, i + 1) && ADVERBS.has(low(t, i + 2))) return { s: i, e: i + 3, type: 'SET', sem: { k: 'lit', v: ADVERBS.get(low(t, i + 2))! } };
  if (w === 'once' || w === 'twice') {
    j = i + 1;
    lead = true;
  } else if ((isNum(t, i) || parseAmount(t, i)) && low(t, i + 1) === 'times') {
    const a = parseAmount(t, i);
    if (a && low(t, a.e) === 'times') {
      j = a.e + 1;
      lead = true;
    }
  } else {
    // "six days a week", "24 hours a day": a count of units in each larger unit, one SET of that unit
    const a = parseAmount(t, i);
    const u0 = a && !a.article ? UNITS.get(low(t, a.e)) : undefined;
    if (a && u0 && low(t, a.e).endsWith('s') && (low(t, a.e + 1) === 'a' || low(t, a.e + 1) === 'per')) {
      const u1 = UNITS.get(low(t, a.e + 2));
      const after = low(t, a.e + 3);
      if (u1 && u1 !== u0 && !low(t, a.e + 2).endsWith('s') && after !== 'ago' && after !== 'later' && after !== 'earlier') {
        j = a.e + 1;
        lead = true;
      }
    }
  }
  const art = low(t, j);
  if (art === 'a' || art === 'an' || art === 'per' || art === 'each') {
    const u = UNITS.get(low(t, j + 1));
    if (!u || low(t, j + 1).endsWith('s')) return null;
    // "a year" with nothing counting occasions before it is no SET: after a quantity it is the
    // denominator of a rate ("$5 a year", "4,000 steps a day"; see rateAfterQuantity), and
    // elsewhere a duration or nothing.
    if (!lead) return null;
    return { s: lead ? i : j, e: j + 2, type: 'SET', sem: { k: 'lit', v: durationValue(1, u) } };
  }
  return null;
}
