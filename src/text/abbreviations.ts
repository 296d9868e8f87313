/**
 * Abbreviations that keep their period as part of the token. They differ in whether a
 * sentence may end on them: "talks with the U.S. The meeting" ends a sentence, while
 * "Gen. Mark Milley" never does, because a title or a month always has something after it.
 */

/** Abbreviations that stand before a name, a number or a date and so never end a sentence. */
export const PREFIX_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt',
  'adm', 'cmdr', 'cdr', 'brig', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'pres', 'supt', 'rev', 'hon',
  'fr', 'msgr', 'sr', 'sra', 'st', 'mt', 'ft', 'no', 'nos', 'vol', 'vols', 'fig', 'art', 'sec', 'ch',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'vs', 'v', 'approx', 'ca', 'cf', 'atty', 'amb', 'insp', 'det', 'gens', 'pp', 'op',
]);

/** Abbreviations that can also be the last word of a sentence ("... at Acme Inc."). */
export const FINAL_ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros', 'jr', 'esq', 'etc', 'al', 'dept', 'univ', 'assn',
  'ave', 'blvd', 'rd', 'hwy', 'calif', 'fla', 'ga', 'ill', 'mass', 'mich', 'minn', 'pa', 'tex', 'va',
  'wash', 'wis', 'ariz', 'colo', 'conn', 'del', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mo', 'mont',
  'neb', 'nev', 'okla', 'ore', 'tenn', 'vt', 'wyo', 'ala', 'ark', 'miss', 'ok', 'min', 'max', 'pct',
  'yr', 'yrs', 'hr', 'hrs', 'km', 'kg', 'oz', 'lb', 'lbs', 'ft',
]);

export function isKnownAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return PREFIX_ABBREVIATIONS.has(w) || FINAL_ABBREVIATIONS.has(w);
}

/**
 * True when a period-final token can end a sentence. Prefix abbreviations and single
 * initials ("J.") cannot; everything else ("U.S.", "Inc.", "a.m.") can.
 */
export function abbreviationCanEndSentence(token: string): boolean {
  const bare = token.slice(0, -1);
  if (/^\p{Lu}$/u.test(bare)) return false;
  return !PREFIX_ABBREVIATIONS.has(bare.toLowerCase());
}
