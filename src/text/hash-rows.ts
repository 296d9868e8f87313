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
