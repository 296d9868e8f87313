/*
 * Topical coherence: how much of a paragraph's vocabulary the story's other paragraphs share.
 * The story is its prose paragraphs; a teaser of another story shares almost nothing with them,
 * while a story's own short last line usually names someone or something the story did.
 */
import { GENERIC_WORDS } from './generic-words.js';
import { grown, keyCount, keyEpoch, keyIdOf, keyName } from './words.js';
import type { Unit } from './units.js';

export interface Coherence {
  /** Distinct content words of the unit. */
  n: number;
  /** How many of them other story paragraphs use. */
  shared: number;
  /** The same, a word used by only one other paragraph counting half: chance overlap is weak evidence. */
  weighted: number;
  /** weighted / the unit's own word mass (generic words weigh 0.3). */
  ratio: number;
  /** How many of its names (capitalised mid-sentence words) other story paragraphs use. */
  sharedNames: number;
}

/** Per key id: the document frequency of the newest StoryVocabulary, valid where dfStamp holds its stamp. */
let dfCount = new Int32Array(1024);
let dfStamp = new Uint32Array(1024);
let dfGen = 0;
/** Per key id: 1 generic, 2 not, 0 not yet known. */
let genericOf = new Uint8Array(1024);
let genericEpoch = 0;
/** The nouns (group 1) of ANAPHORA's matches; anaphoraNouns finds the same by hand. */
export const ANAPHORA = /\b(?:the|this|these|those|its|their)\s+(?:[\p{L}-]+\s+)?([\p{L}][\p{L}'’-]+)/giu;
const DETERMINERS = ['the', 'this', 'these', 'those', 'its', 'their'];

/** \s */
function isSpaceJs(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** \w under the i and u flags: [A-Za-z0-9_], and ſ and K (which case-fold into it). */
function isWordCharIU(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;
}

/** Per BMP code unit: 0 unknown, 1 \p{L}, 2 not. */
const L_BMP = new Uint8Array(65536);
const LETTER = /^\p{L}$/u;

/** The length (1 or 2) of the \p{L} code point at i, or 0. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let v = L_BMP[c]!;
  if (v === 0) L_BMP[c] = v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1 ? 1 : 0;
}

/** Whether the code unit c matches the lowercase ASCII letter x under the i and u flags. */
function foldsTo(c: number, x: number): boolean {
  return (c | 0x20) === x && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ? true : x === 115 && c === 0x17f;
}

/** The end of a ([\p{L}][\p{L}'’-]+) match at i, or -1. */
function nounEnd(text: string, i: number): number {
  const l = letterAt(text, i);
  if (l === 0) return -1;
  let j = i + l;
  const from = j;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 39 || c === 0x2019 || c === 45) j++;
    else {
      const m = j < text.length ? letterAt(text, j) : 0;
      if (m === 0) break;
      j += m;
    }
  }
  return j > from ? j : -1;
}

/** Group 1 of every match of ANAPHORA in text, in order, without the regular expression. */
export function anaphoraNouns(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    // every determiner starts with t or i (T or I: nothing else folds to them); \b before it
    const lc = text.charCodeAt(p) | 0x20;
    if ((lc !== 116 && lc !== 105) || (p > 0 && isWordCharIU(text.charCodeAt(p - 1)))) {
      p++;
      continue;
    }
    let q = -1;
    for (const d of DETERMINERS) {
      const e = p + d.length;
      if (e >= n) continue;
      let k = 0;
      while (k < d.length && foldsTo(text.charCodeAt(p + k), d.charCodeAt(k))) k++;
      if (k === d.length && isSpaceJs(text.charCodeAt(e))) {
        q = e;
        break;
      }
    }
    if (q < 0) {
      p++;
      continue;
    }
    while (q < n && isSpaceJs(text.charCodeAt(q))) q++;
    // (?:[\p{L}-]+\s+)? then the noun; else the noun right away
    let start = -1;
    let end = -1;
    let r = q;
    for (;;) {
      if (r < n && text.charCodeAt(r) === 45) r++;
      else {
        const l = r < n ? letterAt(text, r) : 0;
        if (l === 0) break;
        r += l;
      }
    }
    if (r > q && r < n && isSpaceJs(text.charCodeAt(r))) {
      let q2 = r;
      while (q2 < n && isSpaceJs(text.charCodeAt(q2))) q2++;
      const e2 = nounEnd(text, q2);
      if (e2 > 0) {
        start = q2;
        end = e2;
      }
    }
    if (start < 0) {
      const e1 = nounEnd(text, q);
      if (e1 > 0) {
        start = q;
        end = e1;
      }
    }
    if (start < 0) {
      p++;
      continue;
    }
    out.push(text.slice(start, end));
    p = end;
  }
  return out;
}

function ensure(size: number): void {
  if (size <= dfCount.length) return;
  const cap = Math.max(size, dfCount.length * 2);
  dfCount = grown(dfCount, cap);
  dfStamp = grown(dfStamp, cap);
  genericOf = grown(genericOf, cap);
}

/**
 * The story's vocabulary: in how many story paragraphs each content key occurs. Only the
 * newest instance may be queried (the tallies live in shared arrays).
 */
export class StoryVocabulary {
  private readonly members = new Set<Unit>();
  private readonly gen: number;

  constructor(units: readonly Unit[]) {
    if (++dfGen === 0xffffffff) {
      dfStamp.fill(0);
      dfGen = 1;
    }
    this.gen = dfGen;
    if (genericEpoch !== keyEpoch()) {
      genericOf.fill(0);
      genericEpoch = keyEpoch();
    }
    ensure(keyCount());
    const gen = this.gen;
    for (const u of units) {
      this.members.add(u);
      for (const k of u.vocab.keys) {
        if (dfStamp[k] !== gen) {
          dfStamp[k] = gen;
          dfCount[k] = 1;
        } else dfCount[k]!++;
      }
    }
  }

  private df(k: number): number {
    return dfStamp[k] === this.gen ? dfCount[k]! : 0;
  }

  /** A short unit that refers back to the story: "the fire" where the story is about a fire. */
  refersBack(u: Unit): boolean {
    if (this.gen !== dfGen) throw new Error('StoryVocabulary: only the newest instance may be queried');
    if (u.nWords > 40) return false;
    const own = this.members.has(u) ? 1 : 0;
    let ks = u.anaphoraKeys;
    if (!ks) {
      // the content keys of "the fire", "these talks": found once per unit
      ks = u.anaphoraKeys = [];
      for (const w of anaphoraNouns(u.text)) {
        const k = keyIdOf(w);
        if (k >= 0) ks.push(k);
      }
      ensure(keyCount());
    }
    for (const k of ks) if (this.df(k) - own > 0) return true;
    return false;
  }

  coherence(u: Unit): Coherence {
    if (this.gen !== dfGen) throw new Error('StoryVocabulary: only the newest instance may be queried');
    const own = this.members.has(u) ? 1 : 0;
    const keys = u.vocab.keys;
    let shared = 0;
    let weighted = 0;
    let mass = 0;
    for (const k of keys) {
      // Words every news story uses say little about the topic: they weigh less, both ways.
      let g = genericOf[k]!;
      if (g === 0) genericOf[k] = g = GENERIC_WORDS.has(keyName(k)) ? 1 : 2;
      const w = g === 1 ? 0.3 : 1;
      mass += w;
      const df = this.df(k) - own;
      if (df > 0) shared++;
      weighted += df >= 2 ? w : df === 1 ? 0.7 * w : 0;
    }
    let sharedNames = 0;
    for (const k of u.vocab.names) if (this.df(k) - own > 0) sharedNames++;
    return { n: keys.length, shared, weighted, ratio: mass ? weighted / mass : 0, sharedNames };
  }
}

/** A paragraph that reads as story prose: long enough and sentence-shaped, not a link list. */
export function isProse(u: Unit): boolean {
  if (u.kind === 'caption' || u.linkDensity >= 0.5) return false;
  if (!u.terminal) return u.nWords >= 40;
  return u.nWords >= 20 || (u.nWords >= 10 && (u.attribution || u.quote));
}
