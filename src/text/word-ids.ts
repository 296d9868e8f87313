/**
 * Small integer ids of token texts, shared by the stages that keep tables per word form (the
 * entity featurizer's word infos, the quote taggers' word features). A string-keyed map of tens
 * of thousands of words is out of the CPU's caches by the time a stage comes back to it, so each
 * lookup costs several cache misses (about 0.4 µs per token in the pipeline); looked up once here,
 * a token's id then indexes each stage's own array.
 *
 * Ids are by exact text and dense in order of first sight. The table starts over (a new
 * generation) when it has grown past MAX_WORDS, at a document's start only, so that the ids of
 * one document all belong to one generation. A document's ids are kept with its tokens array,
 * which no stage changes after the text stage made it.
 */
import type { Token } from '../document/types.js';
import { doubledTable, findRow, NOT_FOUND, placeRow } from './hash-rows.js';

const MAX_WORDS = 400_000;

/**
 * Text -> id, an open-addressing table looked up by a token's code units, so that no string
 * hashing or string comparison goes through V8's Map: per slot (stride 4) the text's hash, its
 * length + 1, its id and the offset of its code units in `pool` (0: the slot is empty).
 */
let table = new Int32Array(4 << 14);
let pool = new Uint16Array(1 << 17);
let poolTop = 0;
let count = 0;
let generation = 0;

function hashOf(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The id of a text, a new one on first sight. */
function idOf(text: string): number {
  const h = hashOf(text);
  const len = text.length;
  const found = findRow(table, pool, h, len + 1, text, 0, len);
  if (found !== NOT_FOUND) return found;
  // a new text
  if ((count + 1) * 2 > table.length >> 2) grow();
  if (poolTop + len > pool.length) {
    const p = new Uint16Array(Math.max(pool.length * 2, poolTop + len));
    p.set(pool);
    pool = p;
  }
  for (let k = 0; k < len; k++) pool[poolTop + k] = text.charCodeAt(k);
  placeRow(table, h, len + 1, count, poolTop);
  poolTop += len;
  return count++;
}


function grow(): void {
  table = doubledTable(table);
}

/** Forgets every text: ids start over in a new generation. */
function startOver(): void {
  table.fill(0);
  poolTop = 0;
  count = 0;
  generation++;
}

/** The ids of a document's tokens (`ids[i]` is token i's), valid while `generation` is current. */
export interface TokenWordIds {
  ids: Int32Array;
  generation: number;
}

/** Per tokens array (one per document, shared by its stages), its ids. */
const byTokens = new WeakMap<readonly Token[], TokenWordIds>();

/** The word ids of a document's tokens, computed once for all the stages that ask. */
export function tokenWordIds(tokens: readonly Token[]): TokenWordIds {
  const known = byTokens.get(tokens);
  if (known && known.generation === generation) return known;
  if (count > MAX_WORDS) startOver();
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = idOf(tokens[i]!.text);
  const r = { ids: out, generation };
  byTokens.set(tokens, r);
  return r;
}

/** How many ids the current generation has given (every id is below it). */
export function wordIdCount(): number {
  return count;
}
