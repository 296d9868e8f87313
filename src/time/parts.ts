import { parseMonthFirst, spelledYear } from './explicit.js';
import { MONTHS, ORDINALS, SEASONS } from './lexicon.js';
import { glued, intOf, isHyphenAt, isNum, joined, low, optDot } from './match.js';
import type { Cand, Dir } from './model.js';
import { Kind, type Tok } from './tokens.js';

/*
 * Parts of a year: fiscal quarters and halves ("the third quarter", "third-quarter", "Q3 2024",
 * "the fiscal first quarter", "the first half of 1989"), seasons ("last fall", "the summer of
 * 1998") and fiscal years ("fiscal 1989").
 */

const RELATIVE: ReadonlyMap<string, Dir | 'latest'> = new Map<string, Dir | 'latest'>([
  // "that quarter": the quarter the text last gave (resolve.ts takes it from the reference)
  ['this', 0], ['that', 0], ['current', 0], ['last', -1], ['previous', -1], ['preceding', -1], ['past', -1], ['next', 1], ['coming', 1], ['latest', 'latest'], ['recent', 'latest'], ['most', 'latest'],
]);

function year4(t: readonly Tok[], i: number): number {
  if (!isNum(t, i) || low(t, i).length !== 4) return NaN;
  const y = intOf(t, i);
  return y >= 1000 && y < 2200 ? y : NaN;
}

/** "of 1989", "of fiscal 1989", "1989" right after a quarter. */
function ofYear(t: readonly Tok[], i: number): { y: number; e: number } | null {
  let j = i;
  if (low(t, j) === 'of' || low(t, j) === 'in' || low(t, j) === ',') j++;
  if (low(t, j) === 'fiscal') j++;
  else if (low(t, j) === 'fy' && !isNum(t, j + 1)) return null;
  const y = year4(t, j);
  if (!Number.isNaN(y)) return { y, e: j + 1 };
  if (low(t, i) === 'of') {
    const sy = spelledYear(t, j);
    if (sy) return sy;
  }
  if (low(t, j) === 'fy' && isNum(t, j + 1)) {
    const v = intOf(t, j + 1);
    if (low(t, j + 1).length === 4) return { y: v, e: j + 2 };
    if (low(t, j + 1).length === 2) return { y: v < 40 ? 2000 + v : 1900 + v, e: j + 2 };
  }
  return null;
}

/**
 * "of the year", "of this year", "of next year", "of last year" after a numbered quarter or half:
 * TimeML takes the whole phrase as one expression ("the second half of next year" = 2026-H2 in
 * a 2025 story). "the year" is the publication year, as in "later in the year".
 */
function ofRelYear(t: readonly Tok[], i: number): { yrel: number; e: number } | null {
  if (low(t, i) !== 'of' || low(t, i + 2) !== 'year') return null;
  const w = low(t, i + 1);
  const yrel = w === 'the' || w === 'this' || w === 'current' ? 0 : w === 'next' || w === 'coming' ? 1 : w === 'last' || w === 'previous' ? -1 : NaN;
  if (Number.isNaN(yrel)) return null;
  // "of the year before", "of the year ended June 30": the year is another's; leave it to the year parsers
  const nx = low(t, i + 3);
  if (w === 'the' && (nx === 'before' || nx === 'after' || nx === 'ended' || nx === 'ending' || nx === 'earlier' || nx === "'" || nx === '’')) return null;
  return { yrel, e: i + 3 };
}

/** Words that make a bare "first half" the first half of a year: results, money, the economy. */
const ECONOMIC = new Set([
  'profit', 'profits', 'earnings', 'sales', 'revenue', 'revenues', 'results', 'growth', 'gdp', 'economy', 'economic', 'fiscal',
  'net', 'loss', 'losses', 'output', 'exports', 'imports', 'production', 'inflation', 'income', 'shares', 'percent', '%', 'deficit',
  'surplus', 'investment', 'investments', 'budget', 'prices', 'price', 'dividend', 'turnover', 'margin', 'margins', 'sold',
  'shipments', 'orders', 'spending', 'unemployment', 'rate', 'rates', 'market', 'markets', 'trade', 'tourists', 'visitors',
  'arrivals', 'year', 'million', 'billion', 'yuan', 'dollars', 'euros', 'tons', 'tonnes', 'barrels', 'rose', 'fell', 'increased',
  'decreased', 'grew', 'declined', 'jumped', 'dropped', 'expected', 'forecast', 'plans', 'planned', 'election', 'elections',
]);

/** One of ECONOMIC within twelve tokens of [i, e). */
function economicNear(t: readonly Tok[], i: number, e: number): boolean {
  for (let k = Math.max(0, i - 12); k < Math.min(t.length, e + 12); k++) if (ECONOMIC.has(low(t, k))) return true;
  return false;
}

const PART_OF_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'a', 'an', 'that', 'this', 'each', 'every']);

/** Quarters and halves. */
export function parseQuarter(t: readonly Tok[], i: number): Cand | null {
  let j = i;
  let the = false;
  if (low(t, j) === 'the') {
    the = true;
    j++;
  }
  let dir: Dir | 'latest' | undefined;
  let yearRel = 0;
  // "the final quarter of 2026", "the final half of the year": the last one of that year
  const finalWord = the && low(t, j) === 'final' && (ofYear(t, j + 2) !== null || ofRelYear(t, j + 2) !== null);
  if (finalWord) j++;
  const lastWord = low(t, j) === 'last' || finalWord;
  const r = finalWord ? undefined : RELATIVE.get(low(t, j));
  if (r !== undefined && (the || r !== 'latest' || low(t, j) === 'latest')) {
    dir = r;
    j++;
    if (low(t, j - 1) === 'most' && low(t, j) === 'recent') j++;
  }
  // "the year-earlier quarter", "the year-ago period"
  if (low(t, j) === 'year' && isHyphenAt(t, j + 1) && (low(t, j + 2) === 'earlier' || low(t, j + 2) === 'ago')) {
    yearRel = -1;
    j += 3;
  }
  // "this year's third quarter", "last year's quarter", "next year's first half"
  let yearsRel: number | undefined;
  if (!the && j === i + 1 && low(t, j) === 'year' && (low(t, j + 1) === "'" || low(t, j + 1) === '’') && low(t, j + 2) === 's') {
    const w = low(t, i);
    yearsRel = w === 'this' ? 0 : w === 'last' ? -1 : w === 'next' ? 1 : undefined;
    if (yearsRel !== undefined) {
      j += 3;
      dir = undefined;
    }
  }
  // "the 1988 third quarter", "the 1988 quarter", "the 1988 period"
  let yPrefix = NaN;
  if (the && dir === undefined && !yearRel && !Number.isNaN(year4(t, j))) {
    yPrefix = year4(t, j);
    j++;
  }
  // a fiscal quarter is named by its fiscal year, which need not have begun in the calendar one:
  // its year is not moved back by a past clause ("earned $5 million in its fiscal second quarter")
  const fiscal = low(t, j) === 'fiscal' || (ORDINALS.has(low(t, j)) && low(t, joined(t, j + 1)) === 'fiscal');
  if (low(t, j) === 'fiscal') j = joined(t, j + 1);
  let code = '';
  let n = NaN;
  let k = j;
  const ord = ORDINALS.get(low(t, k));
  if (ord !== undefined && ord > 0 && ord <= 4) {
    n = ord;
    k = joined(t, k + 1);
    if (low(t, k) === 'fiscal') k = joined(t, k + 1);
  } else if (isNum(t, k) && (low(t, k + 1) === 'st' || low(t, k + 1) === 'nd' || low(t, k + 1) === 'rd' || low(t, k + 1) === 'th') && glued(t, k + 1)) {
    n = intOf(t, k);
    k = joined(t, k + 2);
  }
  const unit = low(t, k);
  if (unit === 'quarter' || unit === 'qtr') {
    if (!Number.isNaN(n) && n > 4) return null;
    code = Number.isNaN(n) ? 'Q' : `Q${n}`;
    // "the last quarter of last year", "the last quarter of 2026": the fourth
    if (lastWord && Number.isNaN(n) && (ofRelYear(t, k + 1) || (low(t, k + 1) === 'of' && ofYear(t, k + 1)))) {
      code = 'Q4';
      dir = undefined;
    }
  } else if (unit === 'half') {
    if (!Number.isNaN(n) && n > 2) return null;
    // "the last half of 1989": the second half
    code = Number.isNaN(n) ? (lastWord && ofYear(t, k + 1) ? 'H2' : 'H') : `H${n}`;
    if (lastWord && Number.isNaN(n) && low(t, k + 1) === 'of' && code !== 'H2' && !ofRelYear(t, k + 1)) return null;
    if (lastWord && Number.isNaN(n) && code === 'H' && ofRelYear(t, k + 1)) {
      code = 'H2';
      dir = undefined;
    }
    if (lastWord && Number.isNaN(n) && low(t, k + 1) === 'of') {
      n = 2;
      dir = undefined;
    }
  } else if (unit === 'period' && (dir === 'latest' || yearRel || !Number.isNaN(yPrefix))) {
    code = 'Q';
  } else if ((t[k]?.low === 'q' || (t[k]?.low === 'h' && isNum(t, k + 2))) && t[k]!.cap === true && isNum(t, k + 1) && glued(t, k + 1)) {
    // Q3, Q3 2024; H1 2013 (a half only with its year: "H1" alone is many other things)
    const q = t[k]!.low === 'q' ? 'Q' : 'H';
    n = intOf(t, k + 1);
    if (n < 1 || n > (q === 'Q' ? 4 : 2)) return null;
    const yr = ofYear(t, k + 2);
    if (q === 'H' && !yr) return null;
    const c: Cand = { s: i, e: yr ? yr.e : k + 2, type: 'DATE', sem: { k: 'part', code: `${q}${n}` } };
    if (yr) c.sem = { k: 'part', code: `${q}${n}`, y: yr.y };
    return c;
  } else return null;
  if (yearsRel !== undefined) {
    if (unit !== 'quarter' && unit !== 'qtr' && unit !== 'half') return null;
    if (code === 'H') return null;
    // the quarter of that year; "last year's quarter": the story's quarter, a year back
    return { s: i, e: k + 1, type: 'DATE', sem: { k: 'part', code, rel: 10 + yearsRel } };
  }
  if (!the && Number.isNaN(n) && dir === undefined && !yearRel) return null;
  if (!Number.isNaN(yPrefix)) {
    // the quarter of that year; "the 1988 quarter" / "the 1988 period" take the quarter number of the period the story reports on
    if (code.startsWith('H') && code.length === 1) return null;
    const c: Cand = { s: i, e: k + 1, type: 'DATE', sem: { k: 'part', code, y: yPrefix } };
    if (unit === 'period') c.sem = { k: 'part', code: 'Q', y: yPrefix, rel: 9 };
    return c;
  }
  if (code === 'Q' && Number.isNaN(n) && !the && dir === undefined) return null;
  let e = k + 1;
  // "the first half of his career", "the third quarter of the game": a part of something else
  // ("the third quarter of $226 million" is still the quarter: only a determiner after "of" counts)
  if (!Number.isNaN(n) && low(t, e) === 'of' && PART_OF_DETERMINERS.has(low(t, e + 1)) && !ofRelYear(t, e)) return null;
  // "the first half of January", "the second half of March 2027": the month's start or end, not a
  // half of the year
  if ((code === 'H1' || code === 'H2') && low(t, e) === 'of') {
    const month = parseMonthFirst(t, e + 1);
    if (month && month.sem.k === 'date' && month.sem.d === undefined) return { ...month, s: i, mod: code === 'H1' ? 'START' : 'END' };
  }
  const yr = ofYear(t, e);
  if (yr && code !== 'Q' && code !== 'H') return { s: i, e: yr.e, type: 'DATE', sem: { k: 'part', code, y: yr.y } };
  const ry = code !== 'Q' && code !== 'H' && yearRel === 0 ? ofRelYear(t, e) : null;
  if (ry) return { s: i, e: ry.e, type: 'DATE', sem: { k: 'part', code, yrel: ry.yrel } };
  // "the first half" with nothing after it is only a date when it names a part (n known).
  if (code === 'H' && Number.isNaN(n)) return null;
  // "a dour first half", "a second-half strike": a half of a match, not of a year, unless the
  // sentence is about money or the economy ("first-half profit")
  if ((code === 'H1' || code === 'H2') && !fiscal && !economicNear(t, i, e)) return null;
  // "the quarter" alone: the quarter the report is about.
  const c: Cand = { s: i, e, type: 'DATE', sem: { k: 'part', code, dir: dir === 'latest' ? -1 : (dir ?? (fiscal && code.length > 1 ? 0 : null)) } };
  if (low(t, i) === 'that' && code === 'Q' && c.sem.k === 'part') c.sem.ana = true;
  // a fiscal quarter is numbered in its own year: no calendar order with the quarters told before
  if (fiscal && c.sem.k === 'part') c.sem.fiscal = true;
  // "the current quarter": the one under way at publication, not the one the story reports on
  if (the && low(t, i + 1) === 'current' && code === 'Q' && c.sem.k === 'part') c.sem.current = true;
  // "up from the previous quarter": the quarter before the story's (resolve.ts), not the publication date's
  if (the && (low(t, i + 1) === 'previous' || low(t, i + 1) === 'preceding') && code === 'Q' && c.sem.k === 'part') c.sem.prev = true;
  if (dir === 'latest' || (code === 'Q' && dir === undefined)) (c.sem as { rel?: number }).rel = dir === 'latest' ? -1 : 0;
  if (yearRel && c.sem.k === 'part') c.sem.rel = -4;
  // "third quarter results" stays a date: TimeBank annotates "third-quarter" as DATE.
  return c;
}

/**
 * A quarter or half named by its months: "the January-March quarter", "the April-June period",
 * "the July-December half" (Asian and business news) = 2013-Q1, -Q2, -H2; the year as for "the
 * first quarter". Spans that are no calendar quarter or half ("the March-May period") are left alone.
 */
export function parseMonthSpan(t: readonly Tok[], i: number): Cand | null {
  if (low(t, i) !== 'the') return null;
  const a = MONTHS.get(low(t, i + 1));
  if (a === undefined || !t[i + 1]!.cap || low(t, i + 1).length < 3) return null;
  const j = optDot(t, i + 2);
  if (!isHyphenAt(t, j) && low(t, j) !== 'to') return null;
  const b = MONTHS.get(low(t, j + 1));
  if (b === undefined || !t[j + 1]!.cap) return null;
  const k = optDot(t, j + 2);
  const unit = low(t, k);
  if (unit !== 'quarter' && unit !== 'period' && unit !== 'half') return null;
  let code = '';
  if (b - a === 2 && a % 3 === 1 && unit !== 'half') code = `Q${(a + 2) / 3}`;
  else if (b - a === 5 && (a === 1 || a === 7) && unit !== 'quarter') code = a === 1 ? 'H1' : 'H2';
  else return null;
  const yr = ofYear(t, k + 1);
  if (yr) return { s: i, e: yr.e, type: 'DATE', sem: { k: 'part', code, y: yr.y } };
  return { s: i, e: k + 1, type: 'DATE', sem: { k: 'part', code, dir: null } };
}

/** Seasons: "this summer", "last fall", "the summer of 1998", "summer 2024", "the winter". */
export function parseSeason(t: readonly Tok[], i: number): Cand | null {
  let j = i;
  let the = false;
  if (low(t, j) === 'the') {
    the = true;
    j++;
  }
  let dir: Dir | undefined;
  const r = RELATIVE.get(low(t, j));
  // ("this past summer" is looked for first: "this" alone would take the season as this year's)
  if (low(t, j) === 'this' && low(t, j + 1) === 'past') {
    dir = -1;
    j += 2;
  } else if (r !== undefined && r !== 'latest') {
    dir = r;
    j++;
  }
  // "the following spring", "the previous winter": counted from the date the text gave (resolve.ts)
  let after: Dir | undefined;
  if (the && dir === undefined && SEASON_SHIFTERS.has(low(t, j))) {
    after = SEASON_SHIFTERS.get(low(t, j))!;
    j++;
  } else if (the && (dir === 1 || dir === -1) && (low(t, j - 1) === 'next' || low(t, j - 1) === 'previous' || low(t, j - 1) === 'preceding')) after = dir;
  if (low(t, j) === 'early' || low(t, j) === 'late') j++;
  const code = SEASONS.get(low(t, j));
  if (!code) return null;
  // "the Summer Olympics", "the Winter Games", "the Spring Festival": a season in a name
  if (t[j]!.cap && t[j + 1]?.kind === Kind.Word && t[j + 1]!.cap && t[j + 1]!.space) return null;
  // "fall" is a verb; only a season with a determiner, a year or a capital.
  const yr = ofYear(t, j + 1);
  if (low(t, j) === 'fall' && !the && dir === undefined && !yr && !t[j]!.cap) return null;
  if (low(t, j) === 'fall' && !the && dir === undefined && !yr && !['in', 'this', 'last', 'next', 'by', 'until', 'since', 'during', 'early', 'late'].includes(low(t, i - 1))) return null;
  if (low(t, j) === 'spring' && !the && dir === undefined && !yr && !['in', 'by', 'until', 'since', 'during', 'early', 'late'].includes(low(t, i - 1))) return null;
  // "the summer" needs no more; "summer" after "in" is fine too.
  if (yr) return { s: i, e: yr.e, type: 'DATE', sem: { k: 'part', code, y: yr.y } };
  // "the fall of the World Trade Center", "the fall of Saddam": the noun of falling, not autumn
  // ("the fall of 2010" took its year above)
  if (low(t, j) === 'fall' && the && dir === undefined && low(t, j + 1) === 'of') return null;
  if (low(t, j) === 'fall' && the && dir === undefined && j === i + 1 && fallOfPrices(t, i, j + 1)) return null;
  // "winter storm", "summer camp": a noun after the season makes it a modifier; still a date in TimeML? Keep only when a determiner or preposition frames it.
  const nx = t[j + 1];
  if (nx && nx.kind === Kind.Word && !the && dir === undefined && !['and', 'or', 'when', 'as', 'before', 'after'].includes(nx.low)) return null;
  const c: Cand = { s: i, e: j + 1, type: 'DATE', sem: { k: 'part', code, dir: dir ?? null } };
  // "that summer": the season of the year the text is on (resolve.ts), like "that quarter"
  if (low(t, i) === 'that' && c.sem.k === 'part') c.sem.ana = true;
  if (after !== undefined && c.sem.k === 'part') {
    c.sem.ana = true;
    c.sem.dir = after;
  }
  return c;
}

/** Words after "the fall" that make it a noun of falling: "the fall in prices", "the fall was led by banks". */
const AFTER_A_FALL = new Set([
  'in', 'from', 'to', 'was', 'is', 'has', 'had', 'could', 'would', 'will', 'may', 'might', 'came', 'comes', 'followed', 'follows', 'reflected', 'reflects',
  'left', 'took', 'wiped', 'pushed', 'brought', 'caused', 'mirrored', 'marked', 'extended', 'deepened', 'accelerated', 'erased', 'sent',
]);
/** Words before "the fall" that make it a time: "in the fall in Congress", "until the fall", "after the fall". */
const BEFORE_A_SEASON = new Set(['in', 'during', 'by', 'until', 'till', 'since', 'before', 'after', 'through', 'throughout', 'over', 'into', 'for', 'from', 'of', 'around', 'early', 'late', 'mid']);

/**
 * "The fall in prices was sharper", "Maybank led the fall in banking stocks", "the fall could end
 * talk of rate rises": "the fall" as a subject or an object, before "in", "from", "to" or a verb,
 * is a drop, no autumn. After a preposition of time it stays the season ("in the fall in
 * Congress", "until the fall").
 */
function fallOfPrices(t: readonly Tok[], the: number, e: number): boolean {
  return !BEFORE_A_SEASON.has(low(t, the - 1)) && AFTER_A_FALL.has(low(t, e));
}

/** After "the", words that count a season on from the text's date: "the following summer". */
const SEASON_SHIFTERS: ReadonlyMap<string, Dir> = new Map<string, Dir>([['following', 1], ['subsequent', 1], ['prior', -1]]);

/**
 * "the December quarter", "the June quarter of 2025": a quarter named by the month it ends in, as
 * results stories write it. The calendar quarter that holds the month, placed like "the fourth
 * quarter" (by tense, or by the year given).
 */
export function parseMonthQuarter(t: readonly Tok[], i: number): Cand | null {
  if (low(t, i) !== 'the') return null;
  const m = MONTHS.get(low(t, i + 1));
  if (m === undefined || !t[i + 1]!.cap) return null;
  const j = low(t, i + 2) === '.' && !t[i + 2]!.space ? i + 3 : i + 2;
  // ("the May Quarter team": a capital makes it a name)
  if (low(t, j) !== 'quarter' || t[j]!.cap || isHyphenAt(t, j + 1)) return null;
  const code = `Q${Math.ceil(m / 3)}`;
  const yr = ofYear(t, j + 1);
  if (yr) return { s: i, e: yr.e, type: 'DATE', sem: { k: 'part', code, y: yr.y } };
  return { s: i, e: j + 1, type: 'DATE', sem: { k: 'part', code, dir: null } };
}

/** "the end of", "the start of", "the rest of" right before token i. */
function partOfBefore(t: readonly Tok[], i: number): boolean {
  return low(t, i - 1) === 'of' && ['end', 'start', 'beginning', 'middle', 'rest', 'remainder', 'close'].includes(low(t, i - 2));
}

/** Fiscal years: "fiscal 1989", "fiscal 2025", "FY2025", "the fiscal year", "the current fiscal year". */
export function parseFiscal(t: readonly Tok[], i: number): Cand | null {
  let j = i;
  let the = false;
  if (low(t, j) === 'the') {
    the = true;
    j++;
  }
  let dir: Dir | undefined;
  const r = RELATIVE.get(low(t, j));
  if (r !== undefined) {
    dir = r === 'latest' ? -1 : r;
    j++;
  }
  // "the 2026 fiscal year", "its 2027 fiscal year": the year named before the noun
  if (the && dir === undefined && low(t, j + 1) === 'fiscal' && low(t, j + 2) === 'year') {
    const y = year4(t, j);
    if (!Number.isNaN(y)) return { s: i, e: j + 3, type: 'DATE', sem: { k: 'date', y } };
  }
  if (low(t, j) === 'fiscal') {
    const y = year4(t, j + 1);
    if (!Number.isNaN(y)) return { s: i, e: j + 2, type: 'DATE', sem: { k: 'date', y } };
    // "fiscal year 2027", "fiscal year 1990": the year after the noun, as "fiscal 2027"
    const y2 = low(t, j + 1) === 'year' ? year4(t, j + 2) : NaN;
    if (!Number.isNaN(y2)) return { s: i, e: j + 3, type: 'DATE', sem: { k: 'date', y: y2 } };
    if (low(t, j + 1) === 'year' && (the || dir !== undefined)) {
      const yr = ofYear(t, j + 2);
      if (yr) return { s: i, e: yr.e, type: 'DATE', sem: { k: 'date', y: yr.y } };
      // "the fiscal year" is as often a duration; left to the duration parser, but "by the end of
      // the fiscal year" names a point of the current one
      if (dir === undefined && !(the && partOfBefore(t, i))) return null;
      return { s: i, e: j + 2, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: dir ?? 0, anchor: 'dct' } };
    }
  }
  if (t[j]?.low === 'fy' && isNum(t, j + 1) && glued(t, j + 1)) {
    const v = intOf(t, j + 1);
    const y = low(t, j + 1).length === 4 ? v : low(t, j + 1).length === 2 ? (v < 40 ? 2000 + v : 1900 + v) : NaN;
    if (!Number.isNaN(y)) return { s: i, e: j + 2, type: 'DATE', sem: { k: 'date', y } };
  }
  return null;
}
