import { MONTHS } from './lexicon.js';
import { glued, isHyphenAt, low, onHeadline } from './match.js';
import { Kind, type Tok } from './tokens.js';

/*
 * Session 10: time words that are part of a name or of another noun, which TimeML does not mark:
 * a newspaper's title ("the Sunday Times"), an award ("Person of the Year"), a round of a
 * tournament ("the quarter-finals"), the sun or a person written "Sun.".
 */

/** Title words of newspapers that carry a weekday: "the Sunday Times", "the Saturday Star", "Sunday Punch". */
const PAPER_WORDS = new Set([
  'times', 'telegraph', 'mirror', 'express', 'mail', 'post', 'herald', 'tribune', 'independent', 'observer', 'star', 'sport', 'punch', 'standard',
  'argus', 'mercury', 'chronicle', 'gazette', 'journal', 'record', 'nation',
]);
/** The titles safe without "the" before them: a bare "Sunday Post" may be "on Sunday Post offices ...". */
const BARE_PAPER_WORDS = new Set(['times', 'telegraph', 'mirror', 'express', 'herald', 'tribune', 'punch', 'observer']);
/** Papers named "X on Sunday": "the Mail on Sunday", "the Independent on Sunday". */
const ON_SUNDAY_PAPERS = new Set(['mail', 'independent']);

/**
 * The capitalised weekday at i is part of a newspaper's title: "the Sunday Times", "Sunday
 * Telegraph reported", "the Mail on Sunday". A title word with a capital after it is some other
 * name ("on Sunday Times Square was packed"), and a bare "Sunday Post" needs "the" before it.
 */
export function newspaperWeekday(t: readonly Tok[], i: number): boolean {
  const w = t[i];
  if (!w || !w.cap) return false;
  if (w.low === 'sunday' && low(t, i - 1) === 'on' && ON_SUNDAY_PAPERS.has(low(t, i - 2)) && t[i - 2]!.cap && low(t, i - 3) === 'the') return true;
  const n = t[i + 1];
  if (!n || n.kind !== Kind.Word || !n.cap || n.nl || !PAPER_WORDS.has(n.low) || onHeadline(t, i)) return false;
  const after = t[i + 2];
  if (after && after.kind === Kind.Word && after.cap && !after.nl) return false;
  return low(t, i - 1) === 'the' || BARE_PAPER_WORDS.has(n.low);
}

/**
 * "Sun." closing a sentence after anything but a preposition of time is the sun or a name ("the
 * mass of the Sun.", "Kim Sun. It was"): an abbreviated weekday in running text comes with a
 * date or a preposition ("Sun., March 24", "open Mon. through Fri.", "until Sun.").
 */
export function sentenceEndingSun(t: readonly Tok[], i: number, e: number): boolean {
  if (low(t, i) !== 'sun' || e !== i + 2) return false;
  const n = t[e];
  if (n && !(n.kind === Kind.Word && n.cap && !MONTHS.has(n.low))) return false;
  return !DAY_PREPS.has(low(t, i - 1));
}
const DAY_PREPS = new Set(['on', 'until', 'till', 'through', 'thru', 'before', 'after', 'since', 'from', 'to', '-', '–', ',']);

/** Nouns TimeML names a time with, which also end the titles of awards. */
const AWARD_UNITS = new Set(['year', 'month', 'week', 'day', 'decade', 'century']);

/**
 * Tokens [s, e) are "the Year" of an award: "Person of the Year", "Player of the Month", "Goal of
 * the Week". A capitalised unit after "of the" and a capitalised word is a title, not this year;
 * on a headline every word has a capital, so there it proves nothing.
 */
export function awardTitle(t: readonly Tok[], s: number, e: number): boolean {
  if (e !== s + 2 || low(t, s) !== 'the' || !AWARD_UNITS.has(low(t, s + 1)) || !t[s + 1]!.cap) return false;
  const held = t[s - 2];
  return low(t, s - 1) === 'of' && !!held && held.kind === Kind.Word && held.cap && !onHeadline(t, s + 1);
}

/**
 * Token e, after an expression ending in "quarter" or "semi", opens "-final(s)": "the
 * quarter-finals", "a quarter-final place" are a round of a tournament, no quarter of the year.
 */
export function tournamentRoundAt(t: readonly Tok[], e: number): boolean {
  const last = low(t, e - 1);
  if (last !== 'quarter' && last !== 'quarters') return false;
  const k = isHyphenAt(t, e) ? e + 1 : glued(t, e) ? -1 : e;
  const w = low(t, k);
  return w === 'final' || w === 'finals' || w === 'finalist' || w === 'finalists';
}

/** Words for a paper that a frequency adjective before them names by how often it comes out. */
const PAPER_NOUNS = new Set(['newspaper', 'newspapers', 'paper', 'papers', 'tabloid', 'broadsheet', 'magazine', 'magazines']);
/** What a paper does in a report: "the French daily said", "the business daily reported". */
const PAPER_VERBS = new Set(['said', 'says', 'reported', 'reports', 'wrote', 'writes', 'quoted', 'quotes', 'cited', 'cites', 'added', 'warned', 'noted', 'claimed', 'carried', 'published', 'which', 'that']);
/** Words before "daily" as a noun: an article or a kind of paper ("the daily", "the business daily"). */
const PAPER_KINDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'local', 'national', 'regional', 'official', 'business', 'financial', 'economic', 'government', 'independent', 'leading',
  'biggest', 'largest', 'popular', 'influential', 'liberal', 'conservative', 'opposition', 'state-run', 'state-owned', 'pro-government', 'sports', 'evening',
  'morning', 'mass-circulation', 'top-selling', 'respected', 'centrist', 'leftist', 'rightist', 'tabloid', 'party', 'army', 'news', 'language',
]);

/**
 * "daily" or "weekly" at i names a newspaper or a magazine: "the Greek daily Kathimerini", "the
 * weekly Der Spiegel", "the daily newspaper Phileleftheros", "the French daily said", "the business
 * daily reported". A paper is no time, whatever it is called; "daily flights", "the daily tally",
 * "held almost daily" stay sets.
 */
export function newspaperNoun(t: readonly Tok[], i: number): boolean {
  const w = low(t, i);
  if (w !== 'daily' && w !== 'weekly') return false;
  const n = t[i + 1];
  if (!n) return false;
  if (n.kind === Kind.Word && PAPER_NOUNS.has(n.low)) return true;
  // ("a backdrop of daily Sunni-Shiite violence": a capital after it alone proves nothing)
  const p = t[i - 1];
  const capital = !!p && p.kind === Kind.Word && p.cap;
  if (!p || !(PAPER_KINDS.has(p.low) || capital)) return false;
  // a name after it on the same line: "the daily Granma", "Czech daily Lidove Noviny", "local daily The Nation"
  if (n.kind === Kind.Word && n.cap && !n.nl && !MONTHS.has(n.low) && !WEEKDAY_NAMES.has(n.low)) return true;
  // ("Almost daily, ..." opens a sentence with an adverb)
  if (capital && !PAPER_KINDS.has(p.low) && isSentenceStartAt(t, i - 1)) return false;
  return PAPER_VERBS.has(n.low) || n.low === ',' || n.low === '.' || n.low === ')' || n.low === ';';
}
const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Token i opens a sentence: the text's start, a line's start, or after a full stop. */
function isSentenceStartAt(t: readonly Tok[], i: number): boolean {
  const k = t[i];
  if (!k || i === 0 || k.nl) return true;
  const p = low(t, i - 1);
  return p === '.' || p === '!' || p === '?' || p === '"' || p === '“';
}

/** Titles before a person's name: "Ms. April Ryan", "Dr. June Osborne". */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'sir', 'dame', 'lady', 'judge', 'justice']);

/**
 * Token s, a capitalised word, follows a title of a person ("Ms. April Ryan", "Dr. Summer Jones"):
 * a given name, no month or season.
 */
export function givenNameAt(t: readonly Tok[], s: number): boolean {
  const w = t[s];
  if (!w || !w.cap || w.kind !== Kind.Word) return false;
  const k = low(t, s - 1) === '.' ? s - 2 : s - 1;
  return HONORIFICS.has(low(t, k)) && !!t[k]!.cap;
}
