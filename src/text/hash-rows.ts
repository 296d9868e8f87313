/**
 * The open-addressing tables that intern strings (src/text/word-ids.ts, src/clean/words.ts): rows
 * of four int32s — hash, length field (0 marks an empty row), id, offset of the text in a pool of
 * UTF-16 codes. One place for the probing so that both tables grow and fill alike.
 */

/** Puts a row for hash `h` in the first empty slot from h's (the table's length is a power of two times 4). */
export function placeRow(tab: Int32Array, h: number, lengthField: number, id: number, off: number): void {
  const mask = (tab.length >> 2) - 1;
  let s = h & mask;
  while (tab[(s << 2) + 1] !== 0) s = (s + 1) & mask;
  const r = s << 2;
  tab[r] = h;
  tab[r + 1] = lengthField;
  tab[r + 2] = id;
  tab[r + 3] = off;
}

/** A table twice the size holding every row of `old`. */
export function doubledTable(old: Int32Array): Int32Array<ArrayBuffer> {
  const table = new Int32Array(old.length * 2);
  for (let r = 0; r < old.length; r += 4) if (old[r + 1] !== 0) placeRow(table, old[r]!, old[r + 1]!, old[r + 2]!, old[r + 3]!);
  return table;
}

/** What findRow returns for a text no row holds (a row's id may itself be -1). */
export const NOT_FOUND = -2;

/** The id in the row holding text[a, a + len) under hash h and `lengthField`, or NOT_FOUND. */
export function findRow(tab: Int32Array, pool: Uint16Array, h: number, lengthField: number, text: string, a: number, len: number): number {
  const mask = (tab.length >> 2) - 1;
  let s = h & mask;
  for (;;) {
    const r = s << 2;
    const l = tab[r + 1]!;
    if (l === 0) return NOT_FOUND;
    if (l === lengthField && tab[r]! === h) {
      const p = tab[r + 3]!;
      let k = 0;
      while (k < len && pool[p + k] === text.charCodeAt(a + k)) k++;
      if (k === len) return tab[r + 2]!;
    }
    s = (s + 1) & mask;
  }
}
