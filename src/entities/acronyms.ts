/**
 * Acronyms and the names they stand for: "EU" and "European Union", "FBI" and "Federal Bureau of
 * Investigation". Used to join them within an article (resolve.ts) and across articles (the store).
 */

/** Words an acronym skips: "Federal Bureau of Investigation" is FBI. */
const ACRONYM_SKIPS = new Set(['of', 'the', 'for', 'and', 'on', 'in', '&']);

/** "EU", "U.N.", "NATO": an acronym's letters (two to six capitals, dots allowed); '' for anything else. */
export function acronymKey(text: string): string {
  return /^(?:[A-Z]\.?){2,6}$/.test(text) ? text.replace(/\./g, '') : '';
}

/** The capitals an acronym of these name words would have ("European Union" -> "EU"); '' when a word is lowercase or fewer than two count. */
export function initialsOf(words: readonly string[]): string {
  let out = '';
  for (const w of words) {
    if (ACRONYM_SKIPS.has(w.toLowerCase())) continue;
    const c = w.charAt(0);
    if (c === c.toLowerCase()) return '';
    out += c;
  }
  return out.length >= 2 ? out : '';
}

/**
 * Whether the text around an acronym makes it the alias a name defines for itself: the name, then
 * the acronym in parentheses ("Centers for Disease Control and Prevention (CDC)"), or a stock
 * ticker with its exchange ("Acme Holdings Ltd (NYSE: ACM)"). `between` is the text from the
 * name's end to the acronym, `after` the text following the acronym.
 */
export function definesAlias(between: string, after: string): boolean {
  return /^\s*\(\s*(?:[A-Z][A-Za-z]{1,9}\s*:\s*)?$/.test(between) && /^\s*\)/.test(after);
}
