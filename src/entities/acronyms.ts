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

/**
 * "WHO declares ...", "WHO chief Tedros": a name's acronym written in the text where the tagger tagged
 * nothing (in capitals a tagger reads "WHO" as the pronoun, "US" as the word). Each token spelling the
 * initials of an organisation or a place of several words named in the same text is a mention of it;
 * not inside a tagged mention, and not among capitals (an all-caps headline: "WHO WILL PAY?").
 * `names` are the tagged names' words and types; `taken` says whether a token is inside a mention.
 */
export function untaggedAcronyms<T extends string>(
  tokens: readonly { text: string; start: number; end: number }[],
  names: readonly { words: readonly string[]; type: T }[],
  taken: (i: number) => boolean,
): Array<{ i: number; type: T }> {
  const byInitials = new Map<string, T>();
  for (const n of names) {
    if (n.words.length < 2) continue;
    const key = initialsOf(n.words);
    // (two names with the same initials: no way to tell which the acronym means)
    if (key.length >= 2) byInitials.set(key, byInitials.has(key) && byInitials.get(key) !== n.type ? ('' as T) : n.type);
  }
  const out: Array<{ i: number; type: T }> = [];
  if (!byInitials.size) return out;
  const capsWord = (k: number) => !!tokens[k] && /^\p{Lu}{2,}$/u.test(tokens[k]!.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    // (runs over every token: two capitals first, before the regex)
    const c0 = t.charCodeAt(0);
    const c1 = t.charCodeAt(1);
    if (!(c0 >= 65 && c0 <= 90) || !((c1 >= 65 && c1 <= 90) || c1 === 46)) continue;
    const key = acronymKey(t);
    const type = key ? byInitials.get(key) : undefined;
    if (!type || taken(i) || capsWord(i - 1) || capsWord(i + 1)) continue;
    out.push({ i, type });
  }
  return out;
}
