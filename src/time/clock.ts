import { WEEKDAYS, ZONES } from './lexicon.js';
import { capitalisedInName, glued, intOf, isNum, low } from './match.js';
import type { Cand } from './model.js';
import { Kind, type Tok } from './tokens.js';

/*
 * Clock times: "3 p.m.", "10:35 a.m. EST", "15:00 GMT", "0830 GMT", "noon", "midnight",
 * "4 in the morning", "7 o'clock". The day comes from an adjacent date (a refiner joins
 * them) or else the publication date.
 */

/** "a.m." / "am" / "p.m." / "pm" at i: [is pm, index after]. */
function meridiem(t: readonly Tok[], i: number): [boolean, number] | null {
  const w = low(t, i);
  // "9.30am." : the period after a plain "am" / "pm" ends the sentence, it is no abbreviation's
  if (w === 'am' || w === 'pm') return [w === 'pm', i + 1];
  if ((w === 'a' || w === 'p') && low(t, i + 1) === '.' && glued(t, i + 1) && low(t, i + 2) === 'm' && glued(t, i + 2)) {
    const e = low(t, i + 3) === '.' && glued(t, i + 3) ? i + 4 : i + 3;
    return [w === 'p', e];
  }
  return null;
}

/** A zone after a time: "EST", "GMT", "UTC+2", "(0830 GMT)". */
function zone(t: readonly Tok[], i: number): [string, number] | null {
  const k = t[i];
  if (!k || k.kind !== Kind.Word) return null;
  const z = ZONES.get(k.low);
  // Zones are written in capitals.
  if (z === undefined || !k.cap || k.low === 'z') return null;
  return [z, i + 1];
}

function hhmm(h: number, m: number): string {
  return `T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

// ("at lunchtime": the middle of the day, TimeML's MI, as "midday" after a preposition)
const DAWN: ReadonlyMap<string, string> = new Map([['dawn', 'TMO'], ['daybreak', 'TMO'], ['sunrise', 'TMO'], ['dusk', 'TEV'], ['sunset', 'TEV'], ['sundown', 'TEV'], ['nightfall', 'TEV'], ['lunchtime', 'TMI']]);
const DAWN_PREPS = new Set(['at', 'before', 'after', 'by', 'until', 'till', 'since', 'from', 'around', 'near', 'toward', 'towards', 'till']);

/**
 * "Saturday 07:45 The weather service ...", "14:05 Schools will stay closed": a live blog's entry
 * starts with a 24-hour time (two-digit hour), alone or after its weekday, at the start of a line
 * and before a capitalised word.
 */
function liveBlogStamp(t: readonly Tok[], i: number, e: number): boolean {
  if (low(t, i).length !== 2) return false;
  const lineStart = i === 0 || t[i]!.nl || (WEEKDAYS.has(low(t, i - 1)) && (i - 1 === 0 || t[i - 1]!.nl));
  const next = t[e];
  return lineStart && !!next && next.kind === Kind.Word && next.cap;
}

export function parseClock(t: readonly Tok[], i: number): Cand | null {
  const w = low(t, i);
  if (w === 'noon' || w === 'midday' || w === 'midnight') {
    if (w === 'midday' && low(t, i - 1) !== 'at' && low(t, i - 1) !== 'by') return null;
    // "High Noon", "high noon comes today": a figure of speech
    if (w === 'noon' && low(t, i - 1) === 'high') return null;
    // "Midnight Oil", "the Noon Show": part of a name
    if (capitalisedInName(t, i)) return null;
    return { s: i, e: i + 1, type: 'TIME', sem: { k: 'rel', unit: 'D', n: 0, anchor: 'dct' }, tod: w === 'midnight' ? 'T24:00' : 'T12:00' };
  }
  // "at dawn", "before dawn on Sunday", "until dusk": a part of the day, after a preposition only
  // ("the dawn of a new era" is not a time).
  const dawn = DAWN.get(w);
  if (dawn) {
    if (!DAWN_PREPS.has(low(t, i - 1))) return null;
    return { s: i, e: i + 1, type: 'TIME', sem: { k: 'rel', unit: 'D', n: 0, anchor: 'dct' }, tod: dawn };
  }
  if (!isNum(t, i)) return null;
  const prev = low(t, i - 1);
  if (prev === '$' || prev === '€' || prev === '£' || ((prev === '.' || prev === ',' || prev === ':') && glued(t, i))) return null;
  const a = low(t, i);
  let h: number;
  let m = 0;
  let e: number;
  let strong = false;
  let seconds = false;
  if (a.length === 4 && !glued(t, i + 1) && t[i + 1]?.kind === Kind.Word && ['gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'cet', 'bst', 'z'].includes(low(t, i + 1)) && t[i + 1]!.cap) {
    // "0830 GMT" (newswire)
    h = Number(a.slice(0, 2));
    m = Number(a.slice(2));
    e = i + 1;
    strong = true;
  } else {
    if (a.length > 2) return null;
    h = intOf(t, i);
    e = i + 1;
    if ((low(t, e) === ':' || low(t, e) === '.') && glued(t, e) && isNum(t, e + 1) && glued(t, e + 1) && low(t, e + 1).length === 2) {
      m = intOf(t, e + 1);
      e += 2;
      if (low(t, e) === ':' && glued(t, e) && isNum(t, e + 1)) {
        e += 2;
        seconds = true;
      }
      if (low(t, i + 1) === ':') strong = low(t, e) !== ':' ;
    }
  }
  if (h > 24 || m > 59) return null;
  const mer = meridiem(t, e);
  if (mer) {
    if (h > 12 || h === 0) return null;
    if (mer[0] && h < 12) h += 12;
    if (!mer[0] && h === 12) h = 0;
    e = mer[1];
    strong = true;
  } else if (low(t, e) === 'o' && (low(t, e + 1) === "'" || low(t, e + 1) === '’') && low(t, e + 2) === 'clock') {
    e += 3;
    strong = true;
  } else if (h === 12 && m === 0 && (low(t, e) === 'noon' || low(t, e) === 'midnight')) {
    // "12 noon", "12 midnight": one expression
    if (low(t, e) === 'midnight') h = 24;
    e += 1;
    strong = true;
  } else if (low(t, e) === 'in' && low(t, e + 1) === 'the' && ['morning', 'afternoon', 'evening'].includes(low(t, e + 2))) {
    if (low(t, e + 2) !== 'morning' && h < 12) h += 12;
    e += 3;
    strong = true;
  }
  let zoneSuffix = '';
  const z = zone(t, e);
  if (z && t[e]!.low.length <= 4) {
    const raw = t[e]!;
    void raw;
    zoneSuffix = z[0];
    e = z[1];
    strong = true;
  }
  if (!strong) return null;
  // "the record stood at 2:02:57", "won in 2:15:03": with seconds and neither a.m./p.m. nor a
  // zone, a race or lap time, not a time of day
  if (seconds && !mer && !zoneSuffix) return null;
  // A plain "14:30" needs the colon form and a time word before it.
  if (!mer && !zoneSuffix && low(t, i + 1) === ':' && !['at', 'by', 'until', 'from', 'before', 'after', 'around', 'about', 'since', 'till', 'to'].includes(prev) && !liveBlogStamp(t, i, e)) return null;
  const c: Cand = { s: i, e, type: 'TIME', sem: { k: 'rel', unit: 'D', n: 0, anchor: 'dct' }, tod: hhmm(h, m) + zoneSuffix };
  // "at 2:30" with neither a.m./p.m. nor a zone: the half of the day may come from the text (tagger.ts)
  if (!mer && !zoneSuffix && h >= 1 && h <= 11 && low(t, i + 1) === ':') c.noMeridiem = true;
  return c;
}
