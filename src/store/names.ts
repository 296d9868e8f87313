/*
 * Name keys: the form in which two spellings of one name compare equal. Accents, case and
 * punctuation vary between outlets ("José Núñez", "Jose Nunez", "JOSE NUNEZ"), so keys drop them.
 */
const SPECIAL: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i', ð: 'd' };

export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøđßæœþıð]/g, (c) => SPECIAL[c] ?? c)
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The last word of a person's name key: what "Ms Ribeiro" alone is known by. */
export function surnameKey(key: string): string {
  const i = key.lastIndexOf(' ');
  return i < 0 ? key : key.slice(i + 1);
}

/** "EU", "U.N.", "NATO": an acronym's letters (two to six capitals, dots allowed); '' for anything else. */
export function acronymKey(text: string): string {
  return /^(?:[A-Z]\.?){2,6}$/.test(text) ? text.replace(/\./g, '') : '';
}

/** Words an acronym skips: "Federal Bureau of Investigation" is FBI. */
const ACRONYM_SKIPS = new Set(['of', 'the', 'for', 'and', 'on', 'in', '&']);

/** The capitals of a multi-word name ("European Union" -> "EU"), or '' when a word is lowercase or the name is one word. */
export function initialsKey(name: string): string {
  const words = name.split(/\s+/).filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase()));
  if (words.length < 2) return '';
  let out = '';
  for (const w of words) {
    const c = w.charAt(0);
    if (c === c.toLowerCase()) return '';
    out += c;
  }
  return out;
}
