/**
 * Titles and roles before a person's name. They are not part of the name but are kept:
 * "U.S. Secretary of State Antony Blinken" -> name "Antony Blinken", title "U.S. Secretary of State".
 */
import { countryOfDemonym, countryOfName } from './demonyms.js';

/** Words that head a title. */
export const TITLE_HEADS = new Set(
  [
    'president', 'chancellor', 'secretary', 'minister', 'premier', 'governor', 'senator', 'sen.', 'rep.', 'representative',
    'congressman', 'congresswoman', 'mayor', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'princess', 'pope', 'emperor',
    'general', 'gen.', 'admiral', 'adm.', 'colonel', 'col.', 'lt.', 'captain', 'capt.', 'major', 'maj.', 'sgt.', 'sergeant', 'commander',
    'judge', 'justice', 'attorney', 'prosecutor', 'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'spokesman', 'spokeswoman',
    'spokesperson', 'leader', 'speaker', 'dr.', 'dr', 'prof.', 'professor', 'sheikh', 'ayatollah', 'cardinal', 'archbishop', 'bishop',
    'rev.', 'reverend', 'chief', 'coach', 'manager', 'officer', 'executive', 'founder', 'gov.', 'lord', 'lady', 'sir', 'dame',
    'commissioner', 'inspector', 'detective', 'superintendent', 'chancellor', 'vice-president', 'deputy', 'treasurer', 'counsel',
    'emir', 'sultan', 'crown', 'head', 'editor', 'economist', 'analyst', 'minister-president',
  ],
);

/** Words that modify or complete a title: "Prime", "Foreign", "Vice", "of State". */
const TITLE_PARTS = new Set(
  [
    'prime', 'foreign', 'vice', 'deputy', 'finance', 'defence', 'defense', 'interior', 'state', 'home', 'health', 'education',
    'justice', 'trade', 'economy', 'economic', 'energy', 'treasury', 'commerce', 'labor', 'labour', 'agriculture', 'transport',
    'transportation', 'homeland', 'security', 'affairs', 'environment', 'culture', 'army', 'navy', 'air', 'force', 'supreme',
    'national', 'federal', 'general', 'attorney', 'executive', 'chief', 'senior', 'acting', 'interim', 'assistant', 'associate',
    'grand', 'high', 'first', 'lord', 'crown', 'opposition', 'party', 'majority', 'minority', 'house', 'senate', 'financial',
    'operating', 'technology', 'information', 'central', 'bank', 'european', 'international', 'development', 'intelligence',
    'press', 'presidential', 'white', 'office', 'staff', 'joint', 'chiefs', 'managing', 'foreign-affairs', 'industry', 'science',
    'technology', 'infrastructure', 'communications', 'social', 'welfare', 'women', 'youth', 'sports', 'tourism', 'police',
  ],
);
const CONNECTORS = new Set(['of', 'for', 'and', 'of the']);

/** Honorifics stand before a name but are not titles; they still mark a person. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'messrs', 'messrs.', 'mme', 'm.']);

export function isTitleWord(w: string): boolean {
  const l = w.toLowerCase();
  return TITLE_HEADS.has(l) || TITLE_PARTS.has(l);
}

function capitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

export interface TitleMatch {
  /** First token index of the title. */
  start: number;
  /** One past its last token. */
  end: number;
}

/**
 * The title directly before token index `nameStart` (skipping an honorific), or null.
 * `words` are the sentence's tokens; `placeStartOf(end)` gives the start of a place or
 * nationality span ending at token `end` (or -1), so "U.S." or "German" can open the title.
 */
export function titleBefore(words: readonly string[], nameStart: number, placeStartOf: (end: number) => number): TitleMatch | null {
  let j = nameStart - 1;
  if (j >= 0 && HONORIFICS.has(words[j]!.toLowerCase())) j--;
  const end = j + 1;
  let start = end;
  let hasHead = false;
  while (j >= 0) {
    const w = words[j]!;
    const l = w.toLowerCase();
    if (TITLE_HEADS.has(l) || TITLE_PARTS.has(l)) {
      if (TITLE_HEADS.has(l)) hasHead = true;
      start = j;
      j--;
      continue;
    }
    if (CONNECTORS.has(l) && start < end && j > 0 && isTitleWord(words[j - 1]!)) {
      start = j;
      j--;
      continue;
    }
    if (start < end && capitalised(w)) {
      // A place or nationality opens the title: "U.S. Secretary of State", "German Chancellor".
      const ps = placeStartOf(j + 1);
      if (ps >= 0) {
        start = ps;
        break;
      }
      if (countryOfDemonym(w) || countryOfName(w)) {
        start = j;
        break;
      }
    }
    break;
  }
  if (!hasHead) return null;
  return { start, end };
}

/** Lowercase key of a title without its place or nationality: "U.S. Secretary of State" -> "secretary of state". */
export function titleKey(title: string): string {
  const words = title.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && !isTitleWord(words[i]!)) i++;
  return words.slice(i).join(' ').toLowerCase();
}
