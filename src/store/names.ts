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

