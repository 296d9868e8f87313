import { parseAmount } from './amounts.js';
import { AMBIGUOUS_WEEKDAYS, EASTER_OFFSETS, EASTER_WEEKS, FIXED_HOLIDAYS, MONTHS, NTH_WEEKDAY_HOLIDAYS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, type Unit } from './lexicon.js';
import { capitalisedInName, glued, isHyphenAt, isNum, low, onHeadline, optDot } from './match.js';
import type { Cand, Dir } from './model.js';
import { newspaperWeekday, sentenceEndingSun } from './names.js';
import { Kind, type Tok } from './tokens.js';

/*
 * Expressions relative to the publication date or to a date the text already gave:
 * "today", "last week", "next Friday", "two years ago", "the following day", "a week later",
 * "Friday night", "that Friday", holidays, PRESENT_REF / PAST_REF / FUTURE_REF words.
 */

const SHIFTERS: ReadonlyMap<string, Dir> = new Map<string, Dir>([
  ['this', 0], ['last', -1], ['previous', -1], ['past', -1], ['next', 1], ['coming', 1], ['following', 1], ['current', 0], ['same', 0], ['that', 0], ['preceding', -1], ['upcoming', 1], ['prior', -1],
]);

/** A weekday name at i, with "Fri." style abbreviations; ambiguous short names need a capital and period. */
export function weekdayAt(t: readonly Tok[], i: number): { wd: number; e: number } | null {
  const k = t[i];
  if (!k || k.kind !== Kind.Word) return null;
  const wd = WEEKDAYS.get(k.low);
  if (wd === undefined) return null;
  if (k.low.length <= 4 && !k.low.endsWith('day')) {
    const e = optDot(t, i + 1);
    if (e === i + 1 || !k.cap) return null;
    if (AMBIGUOUS_WEEKDAYS.has(k.low) && !k.cap) return null;
    if (sentenceEndingSun(t, i, e)) return null;
    return { wd, e };
  }
  if (newspaperWeekday(t, i)) return null;
  return { wd, e: i + 1 };
}

/** "morning", "night" ... after a day word: "Friday night", "yesterday morning". */
function partOfDay(t: readonly Tok[], i: number): { tod: string; e: number } | null {
  const p = PARTS_OF_DAY.get(low(t, i));
  if (p) return { tod: `T${p}`, e: i + 1 };
  return null;
}

/** Nouns a part of day modifies as a compound: "night work", "morning shifts", "evening classes". */
const POD_COMPOUND_HEADS = new Set([
  'work', 'worker', 'workers', 'shift', 'shifts', 'staff', 'nurse', 'nurses', 'club', 'clubs', 'life', 'sky', 'skies', 'vision',
  'flight', 'flights', 'bus', 'buses', 'train', 'trains', 'market', 'markets', 'school', 'class', 'classes', 'owl', 'owls',
  'patrol', 'patrols', 'raid', 'raids', 'sweats', 'terrors', 'routine', 'routines', 'show', 'shows', 'news', 'paper', 'papers',
]);

/** Nouns that make "today's ..." the present age rather than the day. */
const GENERIC_NOUNS = new Set([
  'world', 'youth', 'young', 'society', 'generation', 'generations', 'economy', 'children', 'kids', 'teenagers', 'students', 'standards', 'terms',
  'dollars', 'technology', 'technologies', 'computers', 'culture', 'politics', 'america', 'americans', 'environment', 'climate', 'age', 'era',
  'business', 'businesses', 'consumers', 'families', 'women', 'men', 'people', 'parents', 'workers', 'workplace', 'workforce', 'media', 'music',
  'movies', 'films', 'cars', 'industry', 'marketplace', 'realities', 'reality', 'life', 'lifestyles', 'internet', 'europe', 'china', 'russia', 'africa',
]);
const GENERIC_MODIFIERS = new Set(['global', 'modern', 'personal', 'young', 'american', 'fast', 'changing', 'fast-changing', 'high', 'tech', 'digital', 'new', 'complex', 'competitive', 'interconnected', 'working']);

const REF_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['presently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['today', ''],
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'], ['soon', 'FUTURE_REF'],
]);
// "formerly" ("Perrin, formerly of Portsmouth", "the formerly communist party") is left out: like
// "former" and "ex-" it marks an earlier state of its noun, not a time of the clause, and TimeML
// tags neither (train: 1 of 1 untagged, "former" 31 of 31).

/** Words that can follow the noun "the future" ("the future is", "the future looks", "in the future too"). */
const AFTER_FUTURE_NOUN = new Set([
  'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'has', 'had', 'have', 'does', 'did', 'do', 'are',
  'were', 'be', 'lay', 'and', 'or', 'but', 'nor', 'of', 'that', 'which', 'who', 'as', 'at', 'in', 'on', 'for', 'to', 'from', 'with', 'by',
  'than', 'then', 'too', 'now', 'again', 'here', 'there', 'already', 'alone', 'not', 'if', 'when', 'while', 'because', 'so', 'yet', 'though',
  'although', 'where', 'after', 'before', 'until', 'since', 'through', 'into', 'about', 'without', 'beyond', 'ahead', 'itself', 'more', 'even',
  'only', 'just', 'also', 'ever', 'very', 'remain', 'depend', 'look', 'seem', 'hold', 'belong', 'lie', 'bring', 'a', 'an', 'the', 'we', 'they',
  'he', 'she', 'i', 'you', 'it', 'this', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'unless', 'whether', 'how', 'what',
  'all', 'both', 'each', 'every', 'always', 'never', 'still', 'behind',
]);

const ADVERBS_AFTER_OBJECT = new Set(['together', 'forward', 'well', 'better', 'best', 'anew', 'head-on', 'differently', 'instead', 'first', 'soon', 'today', 'tomorrow', 'yesterday']);
const NOUNS_IN_LY = new Set(['family', 'assembly', 'supply', 'ally', 'monopoly', 'italy']);

/**
 * "the future government", "the future SAR government", "the future 787 Dreamliner", "the future
 * foreign minister": "future" is an adjective of what follows, no time (train leaves 12 of 15
 * adjectives "future" untagged). A word after the noun "the future" is a verb, a function word or
 * an adverb ("the future looks bleak", "the future of the state", "in the future, we ...").
 */
function modifiesNounAt(t: readonly Tok[], j: number): boolean {
  const w = t[j];
  if (!w) return false;
  // "in the future China will ...", "for the future people need ...": after these the adverbial
  // without its comma is the likelier reading
  if (['in', 'into', 'for', 'towards', 'toward'].includes(low(t, j - 3))) return false;
  if (w.kind === Kind.Num) return true;
  if (w.kind !== Kind.Word || AFTER_FUTURE_NOUN.has(w.low)) return false;
  if (w.cap) return !onHeadline(t, j);
  // a verb in the present or past ("the future looks", "the future seemed") or an adverb ("face the
  // future together / squarely")
  if (/(?<![su])s$/.test(w.low) || w.low.endsWith('ed') || ADVERBS_AFTER_OBJECT.has(w.low)) return false;
  return !(w.low.endsWith('ly') && !NOUNS_IN_LY.has(w.low));
}

/** Nouns after "the past" that make it a stretch of time ("over the past generation"), kept as before. */
const PAST_PERIODS = new Set(['generation', 'generations', 'era', 'period', 'term', 'session', 'sessions', 'half', 'half-century', 'while', 'season', 'seasons']);

/**
 * "the past mayor", "compensation for the past problems": "past" is an adjective of its noun (an
 * earlier holder, earlier troubles), no time, as "the future SAR government" (modifiesNounAt).
 * After "in" the adverbial stays ("in the past Congress has ...").
 */
function pastAsAdjective(t: readonly Tok[], i: number): boolean {
  return !PAST_PERIODS.has(low(t, i + 2)) && modifiesNounAt(t, i + 2);
}

/** "a thing of the past": an idiom for what is gone, no time the text refers to. */
function thingOfThePast(t: readonly Tok[], i: number): boolean {
  return low(t, i - 1) === 'of' && (low(t, i - 2) === 'thing' || low(t, i - 2) === 'things');
}

/** "the people of tomorrow", "the world of today": the present or future in general, no day. */
function genericOfDay(t: readonly Tok[], i: number): boolean {
  return low(t, i - 1) === 'of' && GENERIC_NOUNS.has(low(t, i - 2)) && low(t, i + 1) !== "'" && low(t, i + 1) !== '’';
}

/** Single words and fixed phrases: today, yesterday, tomorrow, tonight, now, recently, the past, the future. */
/**
 * "the past three summers", "the last two winters": those seasons of each year, a SET of the
 * season (train: "the past three summers" = XXXX-SU), not the past.
 */
function pastSeasons(t: readonly Tok[], i: number): Cand | null {
  const a = parseAmount(t, i + 2);
  if (!a || a.article || Number.isNaN(a.n)) return null;
  const w = low(t, a.e);
  const se = w.endsWith('s') ? SEASONS.get(w.slice(0, -1)) : undefined;
  return se ? { s: i, e: a.e + 1, type: 'SET', sem: { k: 'lit', v: `XXXX-${se}` } } : null;
}

const THIS_TIME_UNITS: ReadonlyMap<string, Unit> = new Map<string, Unit>([['year', 'Y'], ['month', 'M'], ['week', 'W']]);

/**
 * "this time last year", "this time next year", "this time a year ago", "the same time last year": one expression, the
 * publication day a year (month, week) away, as "last year" alone would only give the year.
 */
export function parseThisTime(t: readonly Tok[], i: number): Cand | null {
  // "the same time last year": the same day a year back ("at the same time" alone is no date)
  const k = low(t, i) === 'the' && low(t, i + 1) === 'same' ? i + 1 : i;
  if ((k === i && low(t, i) !== 'this') || low(t, k + 1) !== 'time') return null;
  const w = low(t, k + 2);
  const unit = THIS_TIME_UNITS.get(low(t, k + 3));
  if (unit === undefined) return null;
  if (w === 'last' || w === 'next') return { s: i, e: k + 4, type: 'DATE', sem: { k: 'rel', unit, n: w === 'last' ? -1 : 1, anchor: 'dct', gran: 'D' } };
  if (w === 'a' && (low(t, k + 4) === 'ago' || low(t, k + 4) === 'earlier')) return { s: i, e: k + 5, type: 'DATE', sem: { k: 'rel', unit, n: -1, anchor: 'dct', gran: 'D' } };
  return null;
}

/** Words after "full-year" that look ahead: "its full-year forecast". */
const OUTLOOK_NOUNS = new Set(['forecast', 'forecasts', 'guidance', 'outlook', 'target', 'targets', 'estimate', 'estimates', 'projection', 'projections', 'expectations']);

/**
 * "full-year revenue", "full-year results": the year a results story reports on. Early in a year
 * (January to March) results are the last year's unless the clause looks ahead or the noun is
 * an outlook ("raised its full-year forecast"); resolved in tagWindow (reportYear).
 */
export function parseFullYear(t: readonly Tok[], i: number): Cand | null {
  if (low(t, i) !== 'full' || !isHyphenAt(t, i + 1) || low(t, i + 2) !== 'year' || isHyphenAt(t, i + 3)) return null;
  const c: Cand = { s: i, e: i + 3, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: 0, anchor: 'dct' } };
  if (!OUTLOOK_NOUNS.has(low(t, i + 3)) || measuredAgainst(t, i)) c.reportYear = true;
  return c;
}

/** "raised its outlook for the full year", "cut its forecast for the year": the year an outlook is for, still under way. */
function outlookFor(t: readonly Tok[], i: number): boolean {
  return low(t, i - 1) === 'for' && OUTLOOK_NOUNS.has(low(t, i - 2));
}

/** Words before an estimate that results are measured against: "beat the full-year forecast". */
const MEASURED_AGAINST = new Set(['beat', 'beats', 'beating', 'missed', 'misses', 'missing', 'topped', 'tops', 'exceeded', 'exceeds', 'above', 'below', 'under', 'than', 'of', 'with', 'matched', 'matches']);
const ESTIMATE_OWNERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'own']);

/**
 * "profit beat the full-year forecast", "in line with its full-year guidance", "short of the
 * full-year target": an outlook that results are measured against is the year reported on.
 */
function measuredAgainst(t: readonly Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k > i - 3 && ESTIMATE_OWNERS.has(low(t, k))) k--;
  const w = low(t, k);
  if (w === 'of') return low(t, k - 1) === 'short';
  if (w === 'with') return low(t, k - 1) === 'line';
  return MEASURED_AGAINST.has(w);
}

/** Verbs that may follow "sales for the year": the year is then the subject's period, not a length. */
const YEAR_VERBS = new Set(['rose', 'fell', 'was', 'were', 'is', 'are', 'will', 'increased', 'decreased', 'declined', 'climbed', 'dropped', 'jumped', 'slipped', 'totaled', 'totalled', 'grew', 'gained']);

const CLAUSE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
const FINITE_VERBS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'can', 'did']);

/**
 * A clause of its own starts at i, a subject and a finite verb ("a recall petition was due", "the
 * election was held"): "the day before" it counts from an event, not from a date of the text.
 */
function eventClauseAt(t: readonly Tok[], i: number): boolean {
  if (!CLAUSE_DETERMINERS.has(low(t, i))) return false;
  for (let k = i + 1; k < i + 5; k++) {
    const w = t[k];
    if (!w || w.kind !== Kind.Word) return false;
    if (FINITE_VERBS.has(w.low)) return k > i + 1;
  }
  return false;
}

export function parseDeictic(t: readonly Tok[], i: number): Cand | null {
  const w = low(t, i);
  const n1 = low(t, i + 1);
  switch (w) {
    case 'today':
    case 'yesterday':
    case 'tomorrow': {
      const n = w === 'today' ? 0 : w === 'yesterday' ? -1 : 1;
      // "USA Today", "told NBC's Today show": capitalised inside a sentence, a title, not a day
      if (capitalisedInName(t, i)) return null;
      // "today's world", "today's youth", "many of today's computers", "tomorrow's world": the
      // present or future in general, not a day; TimeBank leaves these untagged. "today's
      // editions" is the day. "the events of yesterday" stays the day.
      if (w !== 'yesterday' && genericOfDay(t, i)) return null;
      if (w !== 'yesterday' && (n1 === "'" || n1 === '’') && low(t, i + 2) === 's') {
        let k = i + 3;
        while (t[k]?.kind === Kind.Word && GENERIC_MODIFIERS.has(low(t, k))) k++;
        if (GENERIC_NOUNS.has(low(t, k))) return null;
      }
      const pod = partOfDay(t, i + 1);
      if (pod) return { s: i, e: pod.e, type: 'TIME', sem: { k: 'rel', unit: 'D', n, anchor: 'dct' }, tod: pod.tod };
      return { s: i, e: i + 1, type: 'DATE', sem: { k: 'rel', unit: 'D', n, anchor: 'dct' } };
    }
    case 'tonight':
      // "Lopez Tonight", "The Tonight Show": the title of a programme
      if (capitalisedInName(t, i)) return null;
      return { s: i, e: i + 1, type: 'TIME', sem: { k: 'rel', unit: 'D', n: 0, anchor: 'dct' }, tod: 'TNI' };
    case 'overnight':
      // "overnight Thursday" joins its day (tagger.ts refine), so a weekday may follow
      return t[i + 1]?.kind === Kind.Word && !['and', 'or', 'but', 'as', 'in', 'on', 'at', 'to', 'yesterday', 'today'].includes(n1) && !(WEEKDAYS.has(n1) && t[i + 1]!.cap) ? null : { s: i, e: i + 1, type: 'TIME', sem: { k: 'rel', unit: 'D', n: 0, anchor: 'dct' }, tod: 'TNI' };
    case 'the':
      if (n1 === 'past' || n1 === 'last') {
        const seasons = pastSeasons(t, i);
        if (seasons) return seasons;
      }
      if (n1 === 'past' && (pastAsAdjective(t, i) || thingOfThePast(t, i))) return null;
      // "in the past it considered ...": the past, unless a count follows ("the past three summers")
      if (n1 === 'past' && !isNum(t, i + 2) && !parseAmount(t, i + 2)) return { s: i, e: i + 2, type: 'DATE', sem: { k: 'lit', v: 'PAST_REF' } };
      if (n1 === 'past' && (t[i + 2]!.kind === Kind.Punct || ['and', 'or', 'but', 'when', 'as', 'is', 'was', 'were', 'has', 'had', 'have', 'will', 'that', 'because', 'so', 'to'].includes(low(t, i + 2)))) return { s: i, e: i + 2, type: 'DATE', sem: { k: 'lit', v: 'PAST_REF' } };
      if (n1 === 'future' && !(low(t, i + 2) === 'of' && low(t, i + 3) !== 'the') && !modifiesNounAt(t, i + 2)) return { s: i, e: i + 2, type: 'DATE', sem: { k: 'lit', v: 'FUTURE_REF' } };
      if (n1 === 'present' && (t[i + 2]?.kind === Kind.Punct || !t[i + 2])) return { s: i, e: i + 2, type: 'DATE', sem: { k: 'lit', v: 'PRESENT_REF' } };
      // "the year before", "the week after": a shift from the last date the text gave, when nothing
      // follows that the word could govern ("the year before the election" anchors on an event).
      if ((n1 === 'year' || n1 === 'week' || n1 === 'month') && (low(t, i + 2) === 'before' || low(t, i + 2) === 'after') && (!t[i + 3] || t[i + 3]!.kind === Kind.Punct) && low(t, i + 3) !== "'") {
        const c: Cand = { s: i, e: i + 3, type: 'DATE', sem: { k: 'rel', unit: UNITS.get(n1)!, n: low(t, i + 2) === 'before' ? -1 : 1, anchor: 'ref' } };
        // "from $4 million the year before": in a results story, like "a year earlier"
        if (n1 === 'year' && low(t, i + 2) === 'before' && moneyBefore(t, i) && c.sem.k === 'rel') c.sem.cmp = true;
        return c;
      }
      // "the end of the decade", "the turn of the century", "earlier in the decade": the one of the publication date
      // ("the deal of the century", "the trial of the century" are idioms: "of" only after a part word)
      const partOf = low(t, i - 1) === 'of' && ['turn', 'end', 'start', 'beginning', 'middle', 'half', 'rest', 'course', 'remainder'].includes(low(t, i - 2));
      if ((n1 === 'century' || n1 === 'decade') && (partOf || ['in', 'during', 'since', 'until', 'through', 'throughout'].includes(low(t, i - 1))) && !isHyphenAt(t, i + 2)) {
        return { s: i, e: i + 2, type: 'DATE', sem: { k: 'rel', unit: n1 === 'century' ? 'C' : 'DE', n: 0, anchor: 'dct' } };
      }
      // "the night before", "the morning after": that part of the day before / after the last day the
      // text gave, when nothing follows that "before" could govern ("the night before the vote" is an event's)
      if (PARTS_OF_DAY.has(n1) && n1 !== 'overnight' && (low(t, i + 2) === 'before' || low(t, i + 2) === 'after') && (!t[i + 3] || t[i + 3]!.kind === Kind.Punct)) {
        return { s: i, e: i + 3, type: 'TIME', sem: { k: 'rel', unit: 'D', n: low(t, i + 2) === 'before' ? -1 : 1, anchor: 'ref' }, tod: `T${PARTS_OF_DAY.get(n1)!}` };
      }
      if (n1 === 'day' && (low(t, i + 2) === 'before' || low(t, i + 2) === 'after')) {
        const n = low(t, i + 2) === 'before' ? -1 : 1;
        if (low(t, i + 3) === 'yesterday') return { s: i, e: i + 4, type: 'DATE', sem: { k: 'rel', unit: 'D', n: -2, anchor: 'dct' } };
        if (low(t, i + 3) === 'tomorrow') return { s: i, e: i + 4, type: 'DATE', sem: { k: 'rel', unit: 'D', n: 2, anchor: 'dct' } };
        const nx = t[i + 3];
        // "later in the day before returning home": "before" governs the gerund; "the day" is the day of the text
        if (nx && nx.kind === Kind.Word && nx.low.length > 4 && nx.low.endsWith('ing')) return null;
        // "the day before a recall petition was due": counted from an event the text does not date
        if (eventClauseAt(t, i + 3)) return { s: i, e: i + 3, type: 'DATE', sem: { k: 'lit', v: 'XXXX-XX-XX' } };
        if (nx && (nx.kind === Kind.Word || nx.kind === Kind.Num) && !WEEKDAYS.has(nx.low) && !['last', 'next', 'this', 'that'].includes(nx.low)) {
          // "Oct. 12, the day before the crash": "the day" is the day just given; "the day after his death" stays a shift from the last date
          if (low(t, i - 1) === ',') return { s: i, e: i + 2, type: 'DATE', sem: { k: 'rel', unit: 'D', n: 0, anchor: 'ref' } };
        }
        return { s: i, e: i + 3, type: 'DATE', sem: { k: 'rel', unit: 'D', n, anchor: 'ref' } };
      }
      return null;
    case 'earlier':
    case 'later': {
      // "later in the day", "earlier in the year": the day the text is on (else the publication
      // date), the publication week, month or year; TimeML takes the phrase like "earlier this year".
      const u = low(t, i + 3);
      if (n1 !== 'in' || low(t, i + 2) !== 'the' || (u !== 'day' && u !== 'week' && u !== 'month' && u !== 'year')) return null;
      // "later in the year ended June 30", "earlier in the day's trading" belong to other readings
      if (low(t, i + 4) === "'" || low(t, i + 4) === '’' || low(t, i + 4) === 'ended' || low(t, i + 4) === 'of') return null;
      return { s: i, e: i + 4, type: 'DATE', sem: { k: 'rel', unit: UNITS.get(u)!, n: 0, anchor: u === 'day' ? 'ref' : 'dct' } };
    }
    case 'early':
    case 'late': {
      // "early in the year", "late in the week": that period of the publication date, its start or
      // end, as "early this year" is (session 10; "later in the day" above has no modifier)
      const u = low(t, i + 3);
      if (n1 !== 'in' || low(t, i + 2) !== 'the' || (u !== 'day' && u !== 'week' && u !== 'month' && u !== 'year')) return null;
      if (low(t, i + 4) === "'" || low(t, i + 4) === '’' || low(t, i + 4) === 'ended' || low(t, i + 4) === 'of' || isHyphenAt(t, i + 4)) return null;
      // "late in the day" is as often the idiom of "too late"; only with a day the text gave
      if (u === 'day' && w === 'late') return null;
      return { s: i, e: i + 4, type: 'DATE', sem: { k: 'rel', unit: UNITS.get(u)!, n: 0, anchor: u === 'day' ? 'ref' : 'dct' }, mod: w === 'early' ? 'START' : 'END' };
    }
    case 'these':
      // "these days": the present
      return n1 === 'days' && !(low(t, i + 2) === 'of' || t[i + 2]?.kind === Kind.Num) ? { s: i, e: i + 2, type: 'DATE', sem: { k: 'lit', v: 'PRESENT_REF' } } : null;
    case 'right':
      return n1 === 'now' ? { s: i, e: i + 2, type: 'DATE', sem: { k: 'lit', v: 'PRESENT_REF' } } : null;
    case 'future':
      if (low(t, i - 1) === 'near' || low(t, i - 1) === 'foreseeable' || low(t, i - 1) === 'distant') return null;
      return ['in', 'for', 'into'].includes(low(t, i - 1)) ? { s: i, e: i + 1, type: 'DATE', sem: { k: 'lit', v: 'FUTURE_REF' } } : null;
    case 'near':
    case 'foreseeable':
    case 'distant':
      return n1 === 'future' ? { s: i - (low(t, i - 1) === 'the' ? 1 : 0), e: i + 2, type: 'DATE', sem: { k: 'lit', v: 'FUTURE_REF' } } : null;
    case 'current':
    case 'recent': {
      // "current" / "recent" as adjectives on a non-time noun: "the current crisis" is PRESENT_REF in TimeBank.
      const nx = t[i + 1];
      if (!nx || nx.kind !== Kind.Word) return null;
      if (w === 'current' && /^(account|accounts|affairs|events|prices|dollars|liabilities|assets|flows?|density|sources?)$/.test(nx.low)) return null;
      return { s: i, e: i + 1, type: 'DATE', sem: { k: 'lit', v: w === 'current' ? 'PRESENT_REF' : 'PAST_REF' } };
    }
    case 'at':
      return n1 === 'present' && (t[i + 2]?.kind !== Kind.Word) ? { s: i + 1, e: i + 2, type: 'DATE', sem: { k: 'lit', v: 'PRESENT_REF' } } : null;
    default: {
      const v = REF_WORDS.get(w);
      if (v) {
        // "the Liberty Now PAC", "Apocalypse Now": capitalised inside a sentence, part of a name
        if (capitalisedInName(t, i)) return null;
        if (w === 'soon' && (n1 === 'after' || n1 === 'afterward' || n1 === 'thereafter' || low(t, i - 1) === 'as')) return null;
        return { s: i, e: i + 1, type: 'DATE', sem: { k: 'lit', v } };
      }
      return null;
    }
  }
}

const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
  ['eleventh', 11], ['twelfth', 12], ['straight', 0], ['consecutive', 0],
]);

/**
 * "the second day of the offensive", "a third straight day", "his first day in office": the day of
 * a running story, which TimeBank dates as the day reported (DATE); with the article when "the" leads.
 */
export function parseOrdinalDay(t: readonly Tok[], i: number): Cand | null {
  let j = i;
  if (low(t, j) === 'the' || low(t, j) === 'a') j++;
  if (ORDINAL_DAYS.get(low(t, j)) === undefined || ORDINAL_DAYS.get(low(t, j)) === 0) return null;
  let k = j + 1;
  if (ORDINAL_DAYS.get(low(t, k)) === 0) k++;
  if (low(t, k) !== 'day' || isHyphenAt(t, k + 1)) return null;
  const s = low(t, i) === 'a' ? j : i;
  // "on the first day of the month" and the like name the first of a period, not a story's day
  if (low(t, k + 1) === 'of' && (low(t, k + 2) === 'the' || low(t, k + 2) === 'each' || low(t, k + 2) === 'every') && UNITS.has(low(t, k + 3))) return null;
  if (low(t, k + 1) === 'of' && MONTHS.has(low(t, k + 2))) return null;
  // "will meet next week, and on the second day of the meeting": a day of an event still ahead
  // is not the day reported, and which day it is the text does not say
  if (aheadInSentence(t, s)) return { s, e: k + 1, type: 'DATE', sem: { k: 'lit', v: 'XXXX-XX-XX' } };
  return { s, e: k + 1, type: 'DATE', sem: { k: 'rel', unit: 'D', n: 0, anchor: 'dct' } };
}

/** Words that put a clause ahead of the telling: "will", "would" (a future told in the past), "next (week)", "is scheduled". */
const AHEAD_WORDS = new Set(['will', "'ll", 'shall', 'would', 'next', 'scheduled', 'tomorrow', 'upcoming']);
/** Words the look-back of `aheadInSentence` spans. */
const AHEAD_LOOKBACK = 15;

/**
 * A word of the future before `s` in its sentence (at most AHEAD_LOOKBACK tokens back, stopping
 * at a sentence end): the ordinal day of a running story is then a day yet to come.
 */
function aheadInSentence(t: readonly Tok[], s: number): boolean {
  for (let i = s - 1; i >= 0 && i >= s - AHEAD_LOOKBACK; i--) {
    const w = t[i]!.low;
    if (w === '.' || w === '?' || w === '!' || w === ';') return false;
    if (AHEAD_WORDS.has(w)) return true;
  }
  return false;
}

const MID_PARTS: ReadonlyMap<string, string> = new Map([['midmorning', 'TMO'], ['midafternoon', 'TAF'], ['midevening', 'TEV']]);
const FRAME_PREPS = new Set(['in', 'during', 'by', 'until', 'through', 'throughout', 'since']);

/**
 * A part of the publication day on its own: "by mid-afternoon", "at midmorning", "in the morning"
 * (after a preposition, and not before a noun it modifies: "the morning session" is left alone).
 */
// a clause may follow a fronted phrase: "By late afternoon he had left."
const FRAME_FOLLOWERS = new Set(['to', 'and', 'or', 'when', 'as', 'before', 'after', 'while', 'but', 'on', 'at', 'in', 'with', 'for', 'from', 'that', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'there']);

/** Nothing after a part of the day makes it a modifier of a noun ("the late afternoon session"). */
function frameEnds(t: readonly Tok[], e: number): boolean {
  const nx = t[e];
  return !nx || nx.kind !== Kind.Word || FRAME_FOLLOWERS.has(nx.low) || WEEKDAYS.has(nx.low);
}

/** Prepositions that frame "the night" as a time: "during the night", "through the night", "in the night". */
const NIGHT_PREPS = new Set(['during', 'through', 'throughout', 'in']);

/**
 * "shelling continued during the night", "worked through the night": the night of the day the
 * text tells about, as "in the morning" is (session 10). Only after these prepositions and with
 * no "late"/"early": "the night of Oct. 29" and "by the night" stay out.
 */
function nightFramed(t: readonly Tok[], i: number, lateEarly: string | null): boolean {
  return !lateEarly && NIGHT_PREPS.has(low(t, i - 1));
}

export function parsePartOfDayAlone(t: readonly Tok[], i: number): Cand | null {
  const w = low(t, i);
  let tod: string | undefined;
  let e = i + 1;
  if (w === 'mid') {
    let j = i + 1;
    if (isHyphenAt(t, j)) j++;
    const p = PARTS_OF_DAY.get(low(t, j));
    if (!p || p === 'NI' || p === 'MI' || p === 'DT') return null;
    tod = `T${p}`;
    e = j + 1;
  } else if (MID_PARTS.has(w)) {
    tod = `T${MID_PARTS.get(w)}`;
  } else if ((w === 'early' || w === 'late') && FRAME_PREPS.has(low(t, i - 1))) {
    // "by late afternoon", "in early evening": that part of the day, its start or end
    const p = PARTS_OF_DAY.get(low(t, i + 1));
    if (!p || p === 'NI' || p === 'MI' || p === 'DT') return null;
    tod = `T${p}`;
    e = i + 2;
    if (!frameEnds(t, e)) return null;
    return { s: i, e, type: 'TIME', sem: { k: 'rel', unit: 'D', n: 0, anchor: 'ref' }, tod, mod: w === 'early' ? 'START' : 'END' };
  } else if (w === 'the' && FRAME_PREPS.has(low(t, i - 1))) {
    // "in the late afternoon" as "in the afternoon", with its modifier
    const lateEarly = low(t, i + 1) === 'late' || low(t, i + 1) === 'early' ? low(t, i + 1) : null;
    const p = PARTS_OF_DAY.get(low(t, lateEarly ? i + 2 : i + 1));
    if (!p || p === 'MI' || p === 'DT' || (p === 'NI' && !nightFramed(t, i, lateEarly))) return null;
    tod = `T${p}`;
    e = lateEarly ? i + 3 : i + 2;
    if (lateEarly) {
      if (!frameEnds(t, e)) return null;
      return { s: i, e, type: 'TIME', sem: { k: 'rel', unit: 'D', n: 0, anchor: 'ref' }, tod, mod: lateEarly === 'early' ? 'START' : 'END' };
    }
    const nx = t[e];
    if (nx && nx.kind === Kind.Word && !['to', 'and', 'or', 'when', 'as', 'before', 'after', 'while', 'but', 'of', 'on', 'at', 'in', 'with', 'for', 'from', 'that'].includes(nx.low) && !WEEKDAYS.has(nx.low)) return null;
    if (low(t, e) === 'of') return null;
  } else return null;
  // "in the morning" is the morning of the day the text is telling about
  return { s: i, e, type: 'TIME', sem: { k: 'rel', unit: 'D', n: 0, anchor: w === 'the' ? 'ref' : 'dct' }, tod };
}

/** After "the", words that count a month on or back from the text's date: "the following February". */
const MONTH_COUNTERS = new Set(['following', 'next', 'previous', 'preceding', 'prior']);

/** [this|last|next|coming|previous|that|the following ...] + unit / weekday / month / weekend / part of day. */
export function parseShifted(t: readonly Tok[], i: number): Cand | null {
  let j = i;
  let the = false;
  if (low(t, j) === 'the') {
    the = true;
    j++;
  }
  let dir = SHIFTERS.get(low(t, j));
  if (dir === undefined) return null;
  const shifter = low(t, j);
  if (shifter === 'this' && low(t, j + 1) === 'past') {
    dir = -1;
    j++;
  } else if (shifter === 'this' && low(t, j + 1) === 'coming') {
    dir = 1;
    j++;
  } else if (shifter === 'that' && low(t, j + 1) === 'same') {
    // "that same day": that day
    j++;
  }
  j++;
  // Anaphoric ("the following day", "the same day", "that day", "the previous week") vs deictic ("last week").
  const anaphoric = (the && shifter !== 'past' && shifter !== 'last' && shifter !== 'coming' && shifter !== 'current') || shifter === 'that' || shifter === 'following' || shifter === 'same' || shifter === 'preceding' || shifter === 'prior';
  if (!the && (shifter === 'same' || shifter === 'following' || shifter === 'preceding' || shifter === 'prior')) return null;
  const w = low(t, j);
  // weekday
  const wd = weekdayAt(t, j);
  if (wd) {
    const pod = partOfDay(t, wd.e);
    const sem = anaphoric
      ? ({ k: 'wd', wd: wd.wd, dir: shifter === 'that' || shifter === 'same' ? 0 : dir } as const)
      : ({ k: 'wd', wd: wd.wd, dir } as const); // "this past Sunday" is -1, "this coming Sunday" 1, "this Sunday" 0
    const c: Cand = { s: i, e: pod ? pod.e : wd.e, type: pod ? 'TIME' : 'DATE', sem: { ...sem, dir: sem.dir } };
    if (anaphoric) (c as Cand & { anaphoric?: boolean }).anaphoric = true;
    if (pod) c.tod = pod.tod;
    return c;
  }
  // month name
  const m = MONTHS.get(w);
  // "He was indicted in 2023 and resigned the following February": counted from the text's date
  if (m !== undefined && t[j]!.cap && w.length >= 3 && the && (dir === 1 || dir === -1) && MONTH_COUNTERS.has(shifter) && !isNum(t, j + 1)) {
    return { s: i, e: j + 1, type: 'DATE', sem: { k: 'date', m, dir, ana: true } };
  }
  // "In 1996 ... the election was held that April": the month of the year the text gave
  if (m !== undefined && t[j]!.cap && w.length >= 3 && shifter === 'that' && !isNum(t, j + 1) && !isNum(t, optDot(t, j + 1))) {
    return { s: i, e: j + 1, type: 'DATE', sem: { k: 'date', m, dir: 0, ana: true } };
  }
  if (m !== undefined && t[j]!.cap && w.length >= 3 && !the) {
    // only an abbreviation takes the period ("last Feb."); "last February." ends the sentence
    const e = w.length <= 4 && w !== 'may' && w !== 'june' && w !== 'july' ? optDot(t, j + 1) : j + 1;
    // "last Oct. 23", "next May 5": a day of that month, in the direction given.
    if (isNum(t, e) && low(t, e).length <= 2 && Number(low(t, e)) >= 1 && Number(low(t, e)) <= 31 && !(low(t, e + 1) === ',' && isNum(t, e + 2) && low(t, e + 2).length !== 4 && glued(t, e + 2))) {
      const d = Number(low(t, e));
      let e2 = e + 1;
      if (['st', 'nd', 'rd', 'th'].includes(low(t, e2)) && glued(t, e2)) e2++;
      return { s: i, e: e2, type: 'DATE', sem: { k: 'date', m, d, dir } };
    }
    return { s: i, e, type: 'DATE', sem: { k: 'date', m, dir } };
  }
  // part of day: "this morning", "last night", "that evening"; not one modifying a noun after it
  // ("could not prove that night work caused diabetes", "that morning shifts")
  const pod = POD_COMPOUND_HEADS.has(low(t, j + 1)) ? null : partOfDay(t, j);
  if (pod && the && (shifter === 'previous' || shifter === 'preceding')) {
    // "the previous night", "the preceding evening": the day before the last one the text gave
    return { s: i, e: pod.e, type: 'TIME', sem: { k: 'rel', unit: 'D', n: -1, anchor: 'ref' }, tod: pod.tod };
  }
  if (pod && (shifter === 'this' || shifter === 'last' || shifter === 'that' || shifter === 'same' || shifter === 'next' || shifter === 'following')) {
    if (the && shifter === 'last') return null;
    const n = shifter === 'last' || (shifter === 'this' && dir === -1) ? -1 : shifter === 'next' || shifter === 'following' ? 1 : 0;
    if (shifter === 'last' && pod.tod !== 'TNI' && pod.tod !== 'TEV') return null;
    return { s: i, e: pod.e, type: 'TIME', sem: { k: 'rel', unit: 'D', n: shifter === 'last' ? -1 : n, anchor: anaphoric ? 'ref' : 'dct' }, tod: pod.tod };
  }
  const unit = UNITS.get(w);
  if (unit === 'SE') return sportsSeason(t, i, j, shifter, the);
  if (!unit || unit === 'Q' || unit === 'H') return null;
  // "ABC's \"This Week\"": a capitalised unit after a capitalised shifter mid-sentence is a title
  if (t[j]!.cap && t[i]!.cap && i > 0 && !t[i]!.nl && !['.', '!', '?', ':'].includes(low(t, i - 1)) && !(low(t, i - 1) === '"' || low(t, i - 1) === '“') && !onHeadline(t, i)) return null;
  if (t[j]!.cap && t[i]!.cap && (low(t, i - 1) === '"' || low(t, i - 1) === '“') && (low(t, j + 1) === '"' || low(t, j + 1) === '”' || low(t, j + 1) === ',' || (t[j + 1]?.cap ?? false))) return null;
  if (w.endsWith('s') && unit !== 's') return null; // plurals are durations ("the past two years" is elsewhere)
  if (unit === 'h' || unit === 'm') return lastHour(t, i, j, shifter, the);
  if (unit === 's') return null;
  // "over the past year", "in the last week": TimeBank annotates these as the DATE just before
  // the publication date ("the past year" = last year); "the past decade" stays a duration.
  const e = j + 1;
  // "the last day of March", "the last week of the season": a part of what follows, not the day
  // or week before the publication date
  if (the && shifter === 'last' && low(t, e) === 'of') return null;
  if ((shifter === 'past' || (shifter === 'last' && the)) && unit !== 'WE') {
    if (unit === 'C' || unit === 'DE') return { s: i, e, type: 'DURATION', sem: { k: 'lit', v: unit === 'C' ? 'P100Y' : 'P10Y' } };
    return { s: i, e, type: 'DATE', sem: { k: 'rel', unit, n: -1, anchor: 'dct' } };
  }
  if (shifter === 'following' && the && low(t, e) === 'year' ) return null;
  const c: Cand = { s: i, e, type: 'DATE', sem: { k: 'rel', unit, n: dir ?? 0, anchor: anaphoric ? 'ref' : 'dct' } };
  // "from $3 million last year", "last year's $1.55 billion", "last year's results": in a story on a
  // quarter this compares with that quarter a year before, like "a year ago".
  if (shifter === 'last' && !the && unit === 'Y' && c.sem.k === 'rel' && (moneyBefore(t, i) || (isPossessive(t, e) && COMPARED.has(low(t, e + 2))))) c.sem.cmp = true;
  if (unit === 'D' && !anaphoric) return null; // "this day" / "next day" without "the" are rare and ambiguous
  return c;
}

const COMPARED = new Set(['$', 'results', 'figures', 'quarter', 'period', 'earnings', 'profit', 'net', 'sales', 'revenue', 'loss', 'level', 'levels']);
const isPossessive = (t: readonly Tok[], i: number): boolean => (low(t, i) === "'" || low(t, i) === '’') && low(t, i + 1) === 's';

/** A money amount right before i: "$3 million last year", "33 cents a share last year". */
function moneyBefore(t: readonly Tok[], i: number): boolean {
  const a = low(t, i - 1);
  const b = low(t, i - 2);
  return a === 'million' || a === 'billion' || a === 'cents' || (a === 'share' && b === 'a') || (isNum(t, i - 1) && (b === '$' || low(t, i - 3) === '$'));
}

/**
 * "the past hour", "in the last minute", "within the next hour": a length of one hour or minute
 * reaching back or ahead from now (DURATION PT1H), as "the past 24 hours" is; such a span is too
 * short to name a calendar unit the way "the past week" names last week. "this hour" is left out.
 */
function lastHour(t: readonly Tok[], i: number, j: number, shifter: string, the: boolean): Cand | null {
  if (!HOUR_SHIFTERS.has(shifter) || (!the && shifter !== 'past')) return null;
  // "at the last minute", "the last minute accident": the idiom of lateness, no minute's length
  if (shifter === 'last' && low(t, j) !== 'hour') return null;
  // "the last minute of the match", "the last minute changes": a part of something, or an adjective
  if (low(t, j + 1) === 'of' || isHyphenAt(t, j + 1)) return null;
  return { s: i, e: j + 1, type: 'DURATION', sem: { k: 'lit', v: low(t, j) === 'hour' ? 'PT1H' : 'PT1M' } };
}
const HOUR_SHIFTERS = new Set(['past', 'last', 'next', 'coming']);

/**
 * "this season", "last season", "next season's schedule": the sports, fashion or farming season
 * of the year in question, a DATE TimeML tags like "this quarter"; no calendar season, so valued as
 * the year (the publication year, one before or after). "the season", "the following season"
 * (anaphoric or generic) are left out.
 */
function sportsSeason(t: readonly Tok[], i: number, j: number, shifter: string, the: boolean): Cand | null {
  if (the || !SEASON_SHIFTERS_ALONE.has(shifter) || low(t, j) !== 'season') return null;
  // "This Season" in a title; "last season-high" compounds
  if (t[j]!.cap && !onHeadline(t, j)) return null;
  if (isHyphenAt(t, j + 1)) return null;
  const n = shifter === 'last' ? -1 : shifter === 'next' ? 1 : 0;
  return { s: i, e: j + 1, type: 'DATE', sem: { k: 'rel', unit: 'Y', n, anchor: 'dct' } };
}
const SEASON_SHIFTERS_ALONE = new Set(['this', 'last', 'next', 'current']);

/** A weekday alone, with an optional part of day: "Friday", "on Tuesday night", "Fri.". */
export function parseWeekday(t: readonly Tok[], i: number): Cand | null {
  const wd = weekdayAt(t, i);
  if (!wd) return null;
  const pod = partOfDay(t, wd.e);
  if (pod && programmeTitle(t, wd.e, pod.e)) return null;
  if (pod) return { s: i, e: pod.e, type: 'TIME', sem: { k: 'wd', wd: wd.wd, dir: null }, tod: pod.tod };
  const c: Cand = { s: i, e: wd.e, type: 'DATE', sem: { k: 'wd', wd: wd.wd, dir: null } };
  // "a 31% premium to Friday's closing price" names a session already traded, whatever the
  // tense of the clause ("shareholders will receive ...")
  if ((low(t, wd.e) === "'" || low(t, wd.e) === '’') && low(t, wd.e + 1) === 's' && TRADED.has(low(t, wd.e + 2))) c.tradedDay = true;
  return c;
}

/**
 * "Monday Night Football", "Saturday Night Live", "Sunday Morning Futures": a weekday and a
 * capitalised part of the day (tokens [p, e)) before another capitalised word inside a sentence
 * are the title of a programme, not a time. A headline capitalises every word, so not there.
 */
function programmeTitle(t: readonly Tok[], p: number, e: number): boolean {
  const n = t[e];
  return !!t[p]!.cap && !!n && n.kind === Kind.Word && n.cap && n.space && !n.nl && !WEEKDAYS.has(n.low) && !MONTHS.has(n.low) && !onHeadline(t, p);
}

/** What a market did on a day: "Friday's close", "Monday's closing price", "Tuesday's session". */
const TRADED = new Set(['close', 'closing', 'session', 'trading', 'settlement', 'finish']);

/** The weekend: "the weekend", "this weekend", "last weekend", "next weekend". */
export function parseWeekend(t: readonly Tok[], i: number): Cand | null {
  let j = i;
  let dir: Dir = null;
  const w = low(t, j);
  if (w === 'the' || w === 'this' || w === 'last' || w === 'next' || w === 'that' || w === 'past' || w === 'coming') {
    dir = w === 'last' || w === 'past' ? -1 : w === 'next' || w === 'coming' ? 1 : w === 'this' ? 0 : null;
    j++;
    if (low(t, j) === 'past') {
      dir = -1;
      j++;
    }
  } else return null;
  if (low(t, j) !== 'weekend') return null;
  return { s: i, e: j + 1, type: 'DATE', sem: { k: 'rel', unit: 'WE', n: dir === null ? NaN : dir, anchor: w === 'that' ? 'ref' : 'dct' } };
}

/** Prepositions that look ahead to "the new year": "in the new year", "into the new year". */
const INTO_NEW_YEAR = new Set(['in', 'into', 'until', 'till', 'by', 'after']);

/**
 * Lowercase "the new year" after a forward-looking preposition ("talks resume in the new year")
 * is the coming calendar year, as said in the last months of one; the capitalised holiday is
 * parseHoliday's, and other uses ("the new year began badly") stay untagged.
 */
export function parseNewYear(t: readonly Tok[], i: number): Cand | null {
  if (low(t, i) !== 'the' || low(t, i + 1) !== 'new' || low(t, i + 2) !== 'year' || t[i + 1]!.cap) return null;
  if (!INTO_NEW_YEAR.has(low(t, i - 1)) || low(t, i + 3) === "'" || low(t, i + 3) === '’') return null;
  return { s: i, e: i + 3, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: 1, anchor: 'dct' } };
}

const AGO_WORDS = new Set(['ago', 'earlier', 'later', 'before', 'after', 'back', 'hence', 'prior']);

/** "two years ago", "a week later", "three days earlier", "a year from now", "years ago". */
const AGO_OR_SO = new Set(['ago', 'later', 'earlier']);

export function parseAgo(t: readonly Tok[], i: number): Cand | null {
  let j = i;
  // "half a century ago", "half an hour ago"
  const half = low(t, i) === 'half' && (low(t, i + 1) === 'a' || low(t, i + 1) === 'an');
  const amount = half ? { n: 0.5, e: i + 2, article: true } : parseAmount(t, j);
  let n = 1;
  let vague = false;
  if (amount) {
    n = amount.n;
    vague = Number.isNaN(n);
    j = amount.e;
    if (low(t, j) === 'more' && low(t, j + 1) !== 'than') j++;
  }
  // "moments ago", "a few moments ago", "a moment ago": just before the report, like "recently"
  if ((low(t, j) === 'moments' || (low(t, j) === 'moment' && amount?.article)) && low(t, j + 1) === 'ago') {
    return { s: i, e: j + 2, type: 'DATE', sem: { k: 'lit', v: 'PAST_REF' }, approx: true };
  }
  if (!amount) {
    // a bare plural: "years ago", "days later"
    if (!UNITS.has(low(t, j)) || !low(t, j).endsWith('s')) return null;
    vague = true;
  }
  // "a fortnight ago": two weeks
  const fortnight = low(t, j) === 'fortnight' || (low(t, j) === 'fortnights' && !vague);
  if (fortnight) n *= 2;
  const unit = fortnight ? 'W' : UNITS.get(low(t, j));
  if (!unit) return null;
  let e = j + 1;
  // "a year and a half ago"
  if (low(t, e) === 'and' && low(t, e + 1) === 'a' && low(t, e + 2) === 'half') {
    n += 0.5;
    e += 3;
  }
  // "a week or so ago", "two years or so later": an approximate distance, the same day or year
  let approxSo = false;
  if (low(t, e) === 'or' && low(t, e + 1) === 'so' && AGO_OR_SO.has(low(t, e + 2))) {
    e += 2;
    approxSo = true;
  }
  const word = low(t, e);
  let anchor: 'dct' | 'ref';
  let sign: number;
  if (word === 'ago' || word === 'back') {
    anchor = 'dct';
    sign = -1;
  } else if (word === 'from' && low(t, e + 1) === 'now') {
    anchor = 'dct';
    sign = 1;
    e++;
  } else if (word === 'hence') {
    anchor = 'dct';
    sign = 1;
  } else if (AGO_WORDS.has(word)) {
    // "two days before the vote" is an anchor on an event: keep only the amount as a duration.
    const nx = t[e + 1];
    if ((word === 'before' || word === 'after' || word === 'prior') && nx && (nx.kind === Kind.Word || nx.kind === Kind.Num) && !['.', ','].includes(nx.low)) return null;
    if (word === 'prior' && low(t, e + 1) === 'to') return null;
    // "a week earlier than usual", "two days later than planned": the size of a shift, no date
    // (the duration parser reads the amount)
    if ((word === 'earlier' || word === 'later') && low(t, e + 1) === 'than') return null;
    anchor = 'ref';
    sign = word === 'later' || word === 'after' ? 1 : -1;
  } else return null;
  if (vague) {
    // "Hours later", "minutes earlier": still the day of the date the text gave (as "three hours
    // later" is), which an event needs; "days later" may be any later day, so it stays vague.
    if (anchor === 'ref' && (unit === 'h' || unit === 'm')) {
      return { s: i, e: e + 1, type: 'DATE', sem: { k: 'rel', unit, n: sign, anchor, gran: 'ref' }, approx: true };
    }
    return { s: i, e: e + 1, type: 'DATE', sem: { k: 'lit', v: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' }, approx: true };
  }
  if (!Number.isInteger(n)) {
    // "a year and a half ago" -> months
    const sub: Partial<Record<Unit, [Unit, number]>> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['h', 24], DE: ['Y', 10], C: ['Y', 100], h: ['m', 60] };
    const s = sub[unit];
    // ("half an hour later", "a minute and a half later": train tags the duration alone)
    if (!s || (unit === 'h' && anchor === 'ref')) return null;
    if (unit === 'h') return { s: i, e: e + 1, type: 'TIME', sem: { k: 'rel', unit: 'm', n: sign * n * 60, anchor, gran: 'm' } };
    return { s: i, e: e + 1, type: 'DATE', sem: { k: 'rel', unit: s[0], n: sign * n * s[1], anchor, gran: unit === 'Y' || unit === 'DE' || unit === 'C' ? s[0] === 'Y' ? 'Y' : 'M' : unit }, approx: true };
  }
  const timeUnit = unit === 'h' || unit === 'm' || unit === 's';
  // "a decade ago", "a century ago": a year that far back (2015 in a 2025 story), not the decade or century
  // "a week ago", "two weeks ago" still name a day (the same weekday); from three weeks on the
  // distance is counted loosely, so the value is the week, as the expression's unit says (train:
  // "six weeks ago" 1999-W47, "two weeks ago" 1998-03-08)
  const weekGran: Unit = n >= 3 ? 'W' : 'D';
  const gran: Unit | 'ref' = anchor === 'ref' ? 'ref' : unit === 'W' ? weekGran : unit === 'WE' ? 'W' : unit === 'DE' || unit === 'C' ? 'Y' : unit;
  // "a decade later" (after 1998) is 2008 too, counted in years from the text's date, not the 2000s
  const c: Cand = unit === 'DE' || unit === 'C'
    ? { s: i, e: e + 1, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: sign * n * (unit === 'DE' ? 10 : 100), anchor, gran: 'Y' } }
    : { s: i, e: e + 1, type: timeUnit ? 'TIME' : 'DATE', sem: { k: 'rel', unit, n: sign * n, anchor, gran } };
  if (unit === 'Y' && n === 1 && sign < 0 && amount?.article && (word === 'ago' || word === 'earlier') && c.sem.k === 'rel') c.sem.cmp = true;
  if (approxSo) {
    c.approx = true;
    c.mod = 'APPROX';
  }
  return c;
}

/** "year-earlier", "year-ago" adjectives: "the year-earlier period", "year-ago levels". */
export function parseYearEarlier(t: readonly Tok[], i: number): Cand | null {
  if (low(t, i) !== 'year' || !isHyphenAt(t, i + 1)) return null;
  const w = low(t, i + 2);
  if (w !== 'earlier' && w !== 'ago') return null;
  return { s: i, e: i + 3, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: -1, anchor: 'ref', gran: 'ref', cmp: true } };
}

const OTHER_NEW_YEARS = new Set(['lunar', 'chinese', 'jewish', 'persian', 'iranian', 'islamic', 'hijri', 'vietnamese', 'tibetan', 'korean', 'orthodox', 'thai', 'khmer', 'tamil', 'sikh', 'hindu', 'nepali', 'ethiopian']);
const HOLIDAY_FIRST = new Set<string>();
for (const k of [...FIXED_HOLIDAYS.keys(), ...NTH_WEEKDAY_HOLIDAYS.keys(), ...EASTER_OFFSETS.keys(), ...EASTER_WEEKS]) HOLIDAY_FIRST.add(k.split(/[ '.]/)[0]!); // "st. patrick's day" starts with the token "st"

/** Holidays: "Christmas", "Thanksgiving", "New Year's Day", "Easter", "last Christmas", "Christmas 2024". */
/** Capitalised words that may follow a holiday and still leave it the day: "Labor Day Weekend", "Christmas Mass". */
const HOLIDAY_FOLLOWERS = new Set(['weekend', 'holiday', 'holidays', 'week', 'season', 'break', 'recess', 'vacation', 'parade', 'morning', 'afternoon', 'evening', 'night', 'mass', 'service', 'message', 'address', 'speech', 'dinner', 'sale', 'sales', 'shopping', 'travel', 'test', 'tests']);

/**
 * "Easter Island", "Christmas Island", "the Easter Rising": a holiday's name followed by another
 * capitalised word (not a weekday, a month or a word of the holiday's period) names a place or a
 * title, not the day. A headline capitalises every word, so it proves nothing there.
 */
function namesPlaceOrTitle(t: readonly Tok[], e: number): boolean {
  const n = t[e];
  if (!n || n.kind !== Kind.Word || !n.cap || !n.space || n.nl) return false;
  if (WEEKDAYS.has(n.low) || MONTHS.has(n.low) || HOLIDAY_FOLLOWERS.has(n.low)) return false;
  return !onHeadline(t, e);
}

export function parseHoliday(t: readonly Tok[], i: number): Cand | null {
  let j = i;
  let dir: Dir = null;
  const w = low(t, j);
  if (w === 'last' || w === 'next' || w === 'this') {
    dir = w === 'last' ? -1 : w === 'next' ? 1 : 0;
    j++;
  } else if (w === 'the' && low(t, j + 1) === 'fourth' && low(t, j + 2) === 'of') {
    // "the Fourth of July": TimeML keeps the article in the extent
    j++;
  }
  if (!HOLIDAY_FIRST.has(low(t, j)) || !t[j]!.cap) return null;
  // "holy", "ash", "palm" start a feast only with a capital on the next word too ("Palm Sunday")
  if ((low(t, j) === 'holy' || low(t, j) === 'ash' || low(t, j) === 'palm' || low(t, j) === 'maundy' || low(t, j) === 'shrove' || low(t, j) === 'whit' || low(t, j) === 'ascension') && !t[j + 1]?.cap) return null;
  let key = '';
  let best: { name: string; e: number } | null = null;
  for (let k = j; k < j + 6 && k < t.length; k++) {
    const tok = t[k]!;
    const piece = tok.low === '’' ? "'" : tok.low;
    key += k === j ? piece : tok.space ? ` ${piece}` : piece;
    if (FIXED_HOLIDAYS.has(key) || NTH_WEEKDAY_HOLIDAYS.has(key) || EASTER_OFFSETS.has(key) || EASTER_WEEKS.has(key)) {
      best = { name: key, e: k + 1 };
    }
  }
  if (!best) return null;
  if (best.name === 'may day' && !t[j + 1]?.cap) return null;
  // "LIVE: Election day in Ghana's by-elections": the day of the election told of, not the US
  // holiday, which news writes "Election Day" (a capital first word proves nothing at a start)
  if (best.name === 'election day' && !t[j + 1]?.cap) return null;
  if (namesPlaceOrTitle(t, best.e)) return null;
  // "the Lunar New Year", "Chinese New Year", "the Jewish New Year": lunar and other calendars' new
  // years, not Jan. 1 (lunar holidays are not tagged)
  if (best.name.startsWith('new year') && OTHER_NEW_YEARS.has(low(t, j - 1))) return null;
  if (best.name === 'new year' && low(t, best.e) !== "'") {
    // "the new year" as a holiday only with capitals
    if (!t[j + 1]?.cap) return null;
  }
  let e = best.e;
  let y: number | undefined;
  if (isNum(t, e) && low(t, e).length === 4) {
    y = Number(low(t, e));
    e++;
  } else if (low(t, e) === ',' && isNum(t, e + 1) && low(t, e + 1).length === 4) {
    y = Number(low(t, e + 1));
    e += 2;
  } else if (low(t, e) === 'in' && isNum(t, e + 1) && low(t, e + 1).length === 4) {
    // "on Christmas Eve in 2000": that year's, the year tagged on its own
    y = Number(low(t, e + 1));
  }
  const sem = y === undefined ? ({ k: 'holiday', name: best.name, dir } as const) : ({ k: 'holiday', name: best.name, y, dir } as const);
  void glued;
  return { s: i, e, type: 'DATE', sem };
}

/**
 * The year of a results story: "year-end", "year end", "year's end" (the end of the current
 * year; "since year-end" the last one), "the full year" (the current year), "the year ended
 * Sept. 30" / "the fiscal year ending June 30" (a year's duration), "for the year," (the year).
 */
const TERM_LENGTHS = new Set(['near', 'short', 'long', 'longer', 'medium', 'shorter', 'nearer']);

export function parseYearPhrase(t: readonly Tok[], i: number): Cand | null {
  const w = low(t, i);
  const prev = low(t, i - 1);
  // "by midyear", "a mid-year review": the middle of the publication year (session 10)
  if (w === 'midyear' || (w === 'mid' && isHyphenAt(t, i + 1) && low(t, i + 2) === 'year' && !isHyphenAt(t, i + 3))) {
    return { s: i, e: w === 'midyear' ? i + 1 : i + 3, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: 0, anchor: 'dct' }, mod: 'MID' };
  }
  if (w === 'year') {
    // "year-end", "year end", "year's end"
    let e = -1;
    if (isHyphenAt(t, i + 1) && low(t, i + 2) === 'end') e = i + 3;
    else if (low(t, i + 1) === 'end' && t[i + 1]!.space && (prev === 'by' || prev === 'at' || prev === 'since' || prev === 'around' || prev === 'before' || prev === 'until' || prev === 'after')) e = i + 2;
    else if ((low(t, i + 1) === "'" || low(t, i + 1) === '’') && low(t, i + 2) === 's' && low(t, i + 3) === 'end') e = i + 4;
    if (e < 0) return null;
    if (isHyphenAt(t, e)) return null;
    return { s: i, e, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: prev === 'since' ? -1 : 0, anchor: 'dct' }, mod: 'END' };
  }
  if (w !== 'the') return null;
  let j = i + 1;
  // "the end of the month", "the rest of the year": the current one, the modifier comes from the refiner
  if ((low(t, j) === 'year' || low(t, j) === 'month' || low(t, j) === 'week') && prev === 'of' && ['end', 'beginning', 'start', 'middle', 'rest', 'remainder', 'balance'].includes(low(t, i - 2)) && !isHyphenAt(t, j + 1)) {
    const unit = UNITS.get(low(t, j))!;
    return { s: i, e: j + 1, type: 'DATE', sem: { k: 'rel', unit, n: 0, anchor: 'dct' }, periodOf: true };
  }
  // "For the week, the index fell": the week the story reports on.
  if (j === i + 1 && (low(t, j) === 'week' || low(t, j) === 'month') && prev === 'for' && (low(t, j + 1) === ',' || low(t, j + 1) === '.')) {
    return { s: i, e: j + 1, type: 'DATE', sem: { k: 'rel', unit: UNITS.get(low(t, j))!, n: 0, anchor: 'dct' } };
  }
  // "the week's most active session", "the year's biggest deal": the current week / month / year
  // (train tags both "the week's" it has); "the year's end" is the year phrase above
  if ((low(t, j) === 'week' || low(t, j) === 'month' || low(t, j) === 'year') && (low(t, j + 1) === "'" || low(t, j + 1) === '’') && low(t, j + 2) === 's' && glued(t, j + 1) && low(t, j + 3) !== 'end') {
    return { s: i, e: j + 1, type: 'DATE', sem: { k: 'rel', unit: UNITS.get(low(t, j))!, n: 0, anchor: 'dct' } };
  }
  // "in the near term", "over the short term": the future
  // (session 10: "over the long term", "in the medium term", "over the longer term" as well: the
  // horizon ahead, whatever its length)
  if (TERM_LENGTHS.has(low(t, j)) && low(t, j + 1) === 'term' && ['in', 'over', 'for', 'of'].includes(prev) && !isHyphenAt(t, j + 2)) {
    return { s: i, e: j + 2, type: 'DATE', sem: { k: 'lit', v: 'FUTURE_REF' } };
  }
  if (low(t, j) === 'full' || low(t, j) === 'whole' || low(t, j) === 'entire') {
    if (low(t, j + 1) !== 'year' || isHyphenAt(t, j + 2)) return null;
    // "the full year ended June 30" is a duration like any "year ended"
    // ("For the full year, the company earned $5 billion", told in January: the year just
    // closed, as "full-year" is: reportYear)
    if (low(t, j + 2) !== 'ended' && low(t, j + 2) !== 'ending') return { s: i, e: j + 2, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: 0, anchor: 'dct' }, reportYear: !OUTLOOK_NOUNS.has(low(t, j + 2)) && !outlookFor(t, i) };
  }
  if (low(t, j) === 'full' || low(t, j) === 'whole' || low(t, j) === 'entire' || low(t, j) === 'fiscal') j++;
  if (low(t, j) !== 'year') return null;
  const nx = low(t, j + 1);
  if (nx === 'ended' || nx === 'ending') return { s: i, e: j + 1, type: 'DURATION', sem: { k: 'lit', v: 'P1Y' } };
  // "inflation in the year to February", "the year to March 1997": British business news's year
  // ended that month, a year's duration like "the year ended"
  if (nx === 'to' && MONTHS.has(low(t, j + 2)) && t[j + 2]!.cap) return { s: i, e: j + 1, type: 'DURATION', sem: { k: 'lit', v: 'P1Y' } };
  // "For the year, sales rose": the year the story reports on. So is "sales for the year rose",
  // "a high for the year of $42", "lower earnings for the fiscal year." ("the year" after "for"
  // before a verb, an amount or the sentence end).
  const bare = j === i + 1 || (j === i + 2 && low(t, i + 1) === 'fiscal');
  const closes = nx === ',' || nx === '.' || nx === ';' || (prev === 'for' && (YEAR_VERBS.has(nx) || (nx === 'of' && (low(t, j + 2) === '$' || t[j + 2]?.kind === Kind.Num))));
  if (bare && (prev === 'for' || (prev === 'of' && j === i + 1)) && closes && low(t, i - 2) !== 'time' && low(t, i - 2) !== 'end') {
    return { s: i, e: j + 1, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: 0, anchor: 'dct' }, reportYear: prev === 'for' && !outlookFor(t, i) };
  }
  return null;
}
