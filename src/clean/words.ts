/*
 * Content words: what a paragraph is about, for measuring whether it shares the story's
 * topic. Function words and words every news story uses ("said", "year", "officials") carry
 * no topic, so they are left out; a crude suffix strip lets "strike" meet "strikes".
 *
 * Content keys are interned: each distinct key has a small integer id (keyName(id) is the
 * key), so per-document tallies are typed arrays indexed by id, not maps of strings.
 */
import { doubledTable, findRow, NOT_FOUND, placeRow } from '../text/hash-rows.js';

const STOP = new Set(
  `a about above after again against all almost also although always am among an and another any are around as at away back be
because been before being below between both but by can cannot could did do does doing done down during each either else even ever
every few for from further get gets got had has have having he her here hers herself him himself his how however i if in into is it
its itself just last least less like made make many may me might more most much must my myself near neither never new next no nor
not now of off often on once one only or other others our ours ourselves out over own per perhaps rather same several she should
since so some still such than that the their theirs them themselves then there these they this those though through thus to today
together too toward towards under until up upon us very was we well were what when where whether which while who whom whose why
will with within without would yet you your yours yourself
said says say saying told tell according added asked announced statement stated reported report reports told
year years month months week weeks day days time times monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december mr mrs ms dr
first second third two three four five six seven eight nine ten hundred thousand million billion percent per cent
people officials official government news group part including expected including around number`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Interned keys: id -> key, key -> id. */
const keyNames: string[] = [];
const keyIds = new Map<string, number>();

/**
 * Word -> key id (-1 for a function word or a short token), an open-addressing table looked
 * up by a range of a text, so a word seen before costs no substring: per slot (stride 4) the
 * word's hash, its length, its key id and the offset of its code units in `pool` (length 0:
 * the slot is empty).
 */
const MAX_WORDS = 1 << 17;
let table = new Int32Array(4 << 12);
let pool = new Uint16Array(1 << 16);
let poolTop = 0;
let wordCount = 0;

/** The key of an id from keyIdOf. */
export function keyName(id: number): string {
  return keyNames[id]!;
}

let epoch = 0;
/** Changes whenever trimKeys starts the ids over. */
export function keyEpoch(): number {
  return epoch;
}

/** Number of interned keys (ids are 0 .. keyCount()-1). */
export function keyCount(): number {
  return keyNames.length;
}

function hashRange(text: string, a: number, b: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The id of the content key of the word text.slice(a, b), or -1 when it has none. */
function keyIdOfRange(text: string, a: number, b: number): number {
  const h = hashRange(text, a, b);
  const len = b - a;
  const found = findRow(table, pool, h, len, text, a, len);
  if (found !== NOT_FOUND) return found;
  const word = a === 0 && b === text.length ? text : text.slice(a, b);
  const key = computeKey(word);
  let id = -1;
  if (key !== null) {
    const known = keyIds.get(key);
    if (known !== undefined) id = known;
    else {
      id = keyNames.length;
      keyNames.push(key);
      keyIds.set(key, id);
    }
  }
  // len > 0 always (a word has a first character)
  if (wordCount >= MAX_WORDS) forgetWords();
  else if ((wordCount + 1) * 2 > table.length >> 2) growWords();
  addWord(text, a, b, h, id);
  return id;
}

/** Forgets the words seen (the key ids stay). */
function forgetWords(): void {
  table.fill(0);
  poolTop = 0;
  wordCount = 0;
}

function addWord(text: string, a: number, b: number, h: number, id: number): void {
  const len = b - a;
  if (poolTop + len > pool.length) {
    const p = new Uint16Array(Math.max(pool.length * 2, poolTop + len));
    p.set(pool);
    pool = p;
  }
  for (let k = 0; k < len; k++) pool[poolTop + k] = text.charCodeAt(a + k);
  placeRow(table, h, len, id, poolTop);
  poolTop += len;
  wordCount++;
}


function growWords(): void {
  table = doubledTable(table);
}

/** The id of a word's content key, or -1 when it has none. */
export function keyIdOf(word: string): number {
  return keyIdOfRange(word, 0, word.length);
}

/**
 * Starts the key table over when it has grown large (call between documents only: ids held
 * in earlier vocabularies become meaningless).
 */
export function trimKeys(): void {
  if (keyNames.length > 400_000) {
    epoch++;
    keyNames.length = 0;
    keyIds.clear();
    forgetWords();
  }
}

/** Lower-cased, crudely stemmed word, or null for a function word or a short token. */
export function contentKey(word: string): string | null {
  const id = keyIdOf(word);
  return id < 0 ? null : keyNames[id]!;
}

function computeKey(word: string): string | null {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’-]/g, '');
  if (w.length < 3 || STOP.has(w) || /^\d+$/.test(w)) return null;
  if (w.length > 5) w = w.replace(/(?:ing|ed|es|s|ly|ers|er|ion|ions)$/, '');
  else if (w.length > 3) w = w.replace(/s$/, '');
  return w;
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface Vocab {
  /** Number of words, content or not. */
  count: number;
  /** Ids of the distinct content keys, in order of first use. */
  keys: number[];
  /** Distinct keys of capitalised words not at a sentence start (names of people, places, organisations), in order of first use. */
  names: number[];
}

/** A copy of a per-key-id table with room for `size` ids, the new ones zero. */
export function grown<T extends Int32Array | Uint32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** Per key id, the stamp of the vocabOf call that last saw it (as a key, as a name). */
let seenKey = new Uint32Array(1024);
let seenName = new Uint32Array(1024);
let stamp = 0;

/** Per BMP code point: 0 not yet known, 1 a letter or number (\p{L}\p{N}), 2 not. */
const LN_BMP = new Uint8Array(65536);
const LN = /^[\p{L}\p{N}]$/u;
const LU_START = /^\p{Lu}/u;
const LU_ALL = /^\p{Lu}+$/u;

function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  if (cp < 65536) {
    let v = LN_BMP[cp]!;
    if (v === 0) LN_BMP[cp] = v = LN.test(String.fromCharCode(cp)) ? 1 : 2;
    return v === 1;
  }
  return LN.test(String.fromCodePoint(cp));
}

/** /^\p{Lu}/u.test(w) && !/^\p{Lu}+$/u.test(w) for w = text.slice(a, b), ASCII words decided by hand. */
function isName(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  if (c >= 128) {
    const w = text.slice(a, b);
    return LU_START.test(w) && !LU_ALL.test(w);
  }
  if (c < 65 || c > 90) return false;
  for (let i = a + 1; i < b; i++) {
    const d = text.charCodeAt(i);
    if (d >= 128) return !LU_ALL.test(text.slice(a, b));
    if (d < 65 || d > 90) return true;
  }
  return false;
}

/**
 * The words of a text (/[\p{L}\p{N}][\p{L}\p{N}'’-]* /u) and their content keys; a word
 * after . ! ? : or ; (quotes aside) starts a sentence.
 */
export function vocabOf(text: string): Vocab {
  const keys: number[] = [];
  const names: number[] = [];
  let count = 0;
  let sentenceStart = true;
  if (++stamp === 0xffffffff) {
    seenKey.fill(0);
    seenName.fill(0);
    stamp = 1;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let len = 1;
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
        // . ! ? : ; end a sentence; a straight quote does not
        if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59) sentenceStart = true;
        i++;
        continue;
      }
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
          len = 2;
        }
      }
      if (!isLetterOrNumber(cp)) {
        i += len;
        continue;
      }
    }
    let j = i + len;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 128) {
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 39 || d === 45) j++;
        else break;
      } else if (d === 0x2019) j++;
      else {
        let cp = d;
        let l = 1;
        if (d >= 0xd800 && d <= 0xdbff && j + 1 < n) {
          const e = text.charCodeAt(j + 1);
          if (e >= 0xdc00 && e <= 0xdfff) {
            cp = (d - 0xd800) * 0x400 + (e - 0xdc00) + 0x10000;
            l = 2;
          }
        }
        if (!isLetterOrNumber(cp)) break;
        j += l;
      }
    }
    const a = i;
    i = j;
    count++;
    const k = keyIdOfRange(text, a, j);
    if (k >= 0) {
      if (k >= seenKey.length) {
        const size = Math.max(k + 1, seenKey.length * 2);
        seenKey = grown(seenKey, size);
        seenName = grown(seenName, size);
      }
      if (seenKey[k] !== stamp) {
        seenKey[k] = stamp;
        keys.push(k);
      }
      if (!sentenceStart && seenName[k] !== stamp && isName(text, a, j)) {
        seenName[k] = stamp;
        names.push(k);
      }
    }
    sentenceStart = false;
  }
  return { count, keys, names };
}
