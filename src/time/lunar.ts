import { isNum, low } from './match.js';
import type { Cand } from './model.js';
import { Kind, type Tok } from './tokens.js';

/*
 * Feasts of the lunar and lunisolar calendars (session 10, recall): "Ramadan", "Eid al-Fitr",
 * "Passover", "Yom Kippur", "Diwali", "the Lunar New Year", "Lent". TimeML tags a holiday as a
 * DATE whatever its calendar; their days move against the Gregorian year, which the lexicon's
 * tables cannot follow, so the value is the year they fall in (the publication year, or a year
 * written after the name), a coarse but true value.
 */

/** Names in lower case, their words joined as the tokens are (a space, or none before a glued hyphen). */
const LUNAR_NAMES = new Set([
  'ramadan', 'ramadhan', 'eid', 'eid al-fitr', 'eid al-adha', 'eid ul-fitr', 'eid ul-adha', 'eid-al-fitr', 'eid-al-adha', 'hanukkah', 'chanukah', 'hanukah',
  'passover', 'yom kippur', 'rosh hashanah', 'rosh hashana', 'sukkot', 'purim', 'diwali', 'deepavali', 'lunar new year', 'chinese new year',
  'nowruz', 'navruz', 'lent', 'vesak',
]);
/** First words of the names: the tagger's cheap filter of tokens that can start one. */
export const LUNAR_FIRST: readonly string[] = [...new Set([...LUNAR_NAMES].map((n) => n.split(/[ -]/)[0]!))];
const FIRST = new Set(LUNAR_FIRST);

/** Words before "Lent" that make it the season, not the past of "lend" ("during Lent", "the start of Lent"). */
const BEFORE_LENT = new Set(['during', 'for', 'of', 'in', 'before', 'after', 'through', 'throughout', 'until', 'since', 'this', 'last', 'next']);

/** Capitalised words before a feast that are no name: a sentence's first preposition or determiner. */
const NAME_FREE = new Set(['during', 'in', 'for', 'after', 'before', 'since', 'until', 'by', 'this', 'last', 'next', 'the', 'on', 'at', 'through', 'throughout', 'ahead', 'of', 'muslim', 'jewish', 'hindu', 'islamic', 'holy']);

/** Longest name at j: its end, or -1. */
function nameEnd(t: readonly Tok[], j: number): number {
  let key = '';
  let end = -1;
  for (let k = j; k < j + 5 && k < t.length; k++) {
    const tok = t[k]!;
    key += k === j ? tok.low : tok.space ? ` ${tok.low}` : tok.low;
    if (LUNAR_NAMES.has(key)) end = k + 1;
  }
  return end;
}

/** A lunar feast named with a capital ("during Ramadan", "the Lunar New Year holiday", "Passover 2024"). */
export function parseLunarHoliday(t: readonly Tok[], i: number): Cand | null {
  const k = t[i];
  if (!k || !FIRST.has(k.low) || !k.cap) return null;
  const e = nameEnd(t, i);
  if (e < 0) return null;
  const name = t.slice(i, e).map((x) => x.low).join(' ');
  // "Saud Abu Ramadan", "Taha Yassin Ramadan": a surname after a capitalised name word
  const p = t[i - 1];
  if (p && p.cap && p.kind === Kind.Word && !NAME_FREE.has(p.low)) return null;
  // "Lent" is the past of "lend" unless a preposition of time or a determiner frames it
  if (name === 'lent' && !BEFORE_LENT.has(low(t, i - 1))) return null;
  // "Lunar New Year" / "Chinese New Year" need all their capitals ("the Chinese new year plan" may be a plan's year)
  for (let x = i; x < e; x++) if (t[x]!.low.length > 2 && !t[x]!.cap) return null;
  if (isNum(t, e) && low(t, e).length === 4) return { s: i, e: e + 1, type: 'DATE', sem: { k: 'date', y: Number(low(t, e)) } };
  return { s: i, e, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: 0, anchor: 'dct' } };
}
