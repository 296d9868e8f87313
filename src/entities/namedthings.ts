/**
 * Names of things the tagger reads as people or places because their words are people's or
 * places' names: ships ("the cargo ship Minh Anh 08", "USS George Washington", "BRP Teresa
 * Magbanua"), military and relief operations ("Operation Bayanihan"), and schools, hospitals and
 * airports named for a person or a saint ("Harriet Tubman Elementary School", "Martin Luther King
 * Jr. Community Hospital", "St. Joseph's Medical Center"), school districts and schools "of" a
 * field, products with a model number ("the Switch 2") and acronyms with a lowercase letter
 * ("AfDB"). Pure functions over a sentence's words and spans (type 0 PER, 1 ORG, 2 LOC, 3 MISC),
 * applied by resolve.ts like those of spans.ts.
 */
import { countryOfDemonym, countryOfName } from './demonyms.js';
import type { NameLists } from './retype.js';
import type { TokenSpan } from './tags.js';
import { isTitleWord } from './titles.js';
import { replaceRange } from './namespans.js';

const ORG = 1;
const LOC = 2;
const MISC = 3;


const CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|June|July|August|September|October|November|December)$/;

/** A capitalised word that may be part of a thing's name (no weekday, month or title). */
function isNameWord(x: string): boolean {
  return /^\p{Lu}[\p{L}\d'’.-]*$/u.test(x) && !CALENDAR.test(x) && !isTitleWord(x);
}

/** The end of the run of name words from i, with a hull number or numeral after it ("Minh Anh 08", "Queen Mary 2"). */
function nameRunEnd(w: readonly string[], i: number): number {
  let e = i;
  while (e < w.length && isNameWord(w[e]!)) e++;
  if (e > i && e < w.length && /^(?:\d{1,4}|[IVX]{1,4})$/.test(w[e]!)) e++;
  return e;
}

/** The end of a thing's name from `start`: the run of name words, or a span from there the tagger gave longer ("Operation Grapes of Wrath"). */
function thingEnd(w: readonly string[], spans: readonly TokenSpan[], start: number, first: number): number {
  const e = nameRunEnd(w, first);
  const sp = spans.find((x) => x.start === start);
  return sp && sp.end > e ? sp.end : e;
}

/** Navies' and registers' prefixes to ships' names: "USS", "HMS", "BRP" (Philippine), "MV" (a merchant vessel). */
// (not "JS", "MT", "RV": also a script, a state's and a vehicle's abbreviations)
const SHIP_PREFIXES = new Set(['USS', 'USNS', 'USCGC', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'BRP', 'KRI', 'ROKS', 'MV']);

/** Nouns for a ship that its name follows: "the tanker Eagle S", "the cargo ship Minh Anh 08". */
const SHIP_NOUNS = new Set(['ship', 'vessel', 'tanker', 'freighter', 'frigate', 'destroyer', 'submarine', 'cruiser', 'corvette', 'warship', 'ferry', 'yacht', 'trawler', 'icebreaker', 'supertanker', 'steamer']);

/**
 * "the cargo ship Minh Anh 08" (a person), "USS George Washington" (a person without the
 * prefix), "the aircraft carrier Independence": a ship is named by people and places, and the
 * tagger reads those. A navy's prefix and the capitalised words after it, or the capitalised
 * words right after a noun for a ship (not a country: "the vessel Israel seized"), are the ship's
 * name, MISC as CoNLL marks ships ("the ship Kenda").
 */
export function namedShips(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i + 1 < w.length; i++) {
    const x = w[i]!;
    let start = -1;
    if (SHIP_PREFIXES.has(x)) start = i;
    else if (SHIP_NOUNS.has(x) || (x === 'carrier' && w[i - 1] === 'aircraft')) start = i + 1;
    if (start < 0) continue;
    const first = start === i ? i + 1 : start;
    const e = thingEnd(w, out, start, first);
    if (e === first || SHIP_PREFIXES.has(w[first]!) || countryOfName(w[first]!) || countryOfDemonym(w[first]!)) continue;
    // (a span that opens before the name and runs into it is another name: "the Ship Hotel")
    if (out.some((sp) => sp.start < start && sp.end > start)) continue;
    out = replaceRange(out, start, e, MISC);
    i = e - 1;
  }
  return out;
}

/**
 * "Operation Bayanihan" (a person), "Operation Sindoor": "Operation" and the capitalised words
 * after it name a military or relief operation, MISC as CoNLL marks "Operation Provide Comfort".
 */
export function namedOperations(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i] !== 'Operation') continue;
    const e = thingEnd(w, out, i, i + 1);
    if (e === i + 1 || out.some((sp) => sp.start < i && sp.end > i)) continue;
    out = replaceRange(out, i, e, MISC);
    i = e - 1;
  }
  return out;
}

/** Last words of schools', hospitals' and airports' names, which are often a person's or a saint's name first. */
const NAMED_FOR_HEADS = new Set(['School', 'Hospital', 'Center', 'Centre', 'University', 'College', 'Library', 'Institute', 'Academy', 'Clinic', 'Airport', 'Stadium', 'Arena']);

/** Of those, the heads of places (as CoNLL marks airports and stadiums). */
const NAMED_FOR_PLACES = new Set(['Airport', 'Stadium', 'Arena']);

/** Generational suffixes between a person's name and what is named for them. */
const GENERATIONS = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III']);

/**
 * "Harriet Tubman Elementary School" tagged as a person only, "Martin Luther King Jr. Community
 * Hospital" as a person and a place, "St. Joseph's Medical Center" as a place: a span, a
 * generational suffix or (after a saint's name) "'s", then capitalised words that end in a
 * school's, hospital's or airport's head, is one name: a body, or a place for an airport or a
 * stadium. A country's possessive stays apart ("Nigeria's National Hospital").
 */
export function namedForPeople(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (const a of spans) {
    // ("Shanghai-based Fudan University", "Hamas-dominated Islamic University": a description before the name)
    if (/-\p{Ll}+$/u.test(w[a.end - 1]!)) continue;
    let j = a.end;
    if (GENERATIONS.has(w[j] ?? '')) j++;
    else if ((w[j] === "'s" || w[j] === '’s') && /^(?:St\.?|Saint)$/.test(w[a.start]!)) j++;
    // (to the last head of the run: "Lagos University Teaching Hospital")
    let e = -1;
    // (title words count: "Medical", "Library" also open titles, "Medical Director")
    for (let k = j; k < w.length && /^\p{Lu}[\p{L}'’.-]*$/u.test(w[k]!) && !CALENDAR.test(w[k]!); k++) if (NAMED_FOR_HEADS.has(w[k]!)) e = k;
    if (e < 0) continue;
    // (the words after the span may be a span of their own that goes on past the head: leave those)
    if (spans.some((sp) => sp.start >= j && sp.start <= e && sp.end > e + 1)) continue;
    out = replaceRange(out, a.start, e + 1, NAMED_FOR_PLACES.has(w[e]!) ? LOC : ORG);
  }
  return out;
}

/**
 * "the Riverside Unified School District board" tagged "Riverside Unified School": an American
 * school district's name goes on past "School" with "District" (also "Independent School
 * District"); a span ending in "School" right before a capitalised "District" takes it.
 */
export function schoolDistricts(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (w[sp.end - 1] !== 'School' || w[sp.end] !== 'District' || spans[i + 1]?.start === sp.end) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end + 1, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Words before a product's name with its model number: "the PlayStation 6", "its Helix 2". */
const PRODUCT_DETERMINERS = new Set(['the', 'its', 'a', 'new', 'their', 'rival']);

/**
 * "the PlayStation 6", "the Switch 2 had sold": a one-word name after a determiner with a model
 * number of one or two digits right after it is a product, number and all (MISC, as CoNLL marks
 * products); the tagger leaves the number out and calls the word the company. Not a score or a
 * list ("the Reds 2 Leeds 1": a capitalised word or a number after it).
 */
export function productsWithModelNumbers(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.end - sp.start !== 1 || sp.type === 0 || !/^\d{1,2}$/.test(w[sp.end] ?? '') || !PRODUCT_DETERMINERS.has(w[sp.start - 1] ?? '')) return;
    const after = w[sp.end + 1] ?? '';
    if (/^[\p{Lu}\d]/u.test(after) || after === '-' || after === '–') return;
    // (nor a place, "the Denver 7 yard line", a party's seats, "the Communists 21", a rank, "the No. 2")
    const x = w[sp.start]!;
    if (lists.knownPlace([x]) || /\p{Ll}s$/u.test(x) || /^No\./.test(x)) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end + 1, type: MISC };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Heads of schools' names that go on with "of" and a field: "School of International Studies". */
const FIELD_SCHOOL_HEADS = new Set(['School', 'College', 'Institute', 'Faculty']);

/**
 * "the S. Rajaratnam School of International Studies" tagged as a place and a body: a span ending
 * in a school's head, "of" and the span right after it are one body, whatever each was typed
 * (bodyspans.ts joinBodyOfPlaceOrBody takes a body's head before a place).
 */
export function schoolsOfFields(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    if (b && a.type !== 0 && FIELD_SCHOOL_HEADS.has(w[a.end - 1]!) && w[a.end] === 'of' && b.start === a.end + 1 && b.type !== 0) {
      out.push({ start: a.start, end: b.end, type: ORG });
      i++;
    } else out.push(a);
  }
  return out;
}

/** An acronym with lowercase letters in it: "AfDB", "AfCFTA", "DfID" (two or more capitals, one lowercase or more). */
export function isMixedCaseAcronym(x: string): boolean {
  // (cheap tests first: this runs on every word; not "McCain", "MacLeod")
  if (x.length < 3 || x.length > 8 || x.charCodeAt(0) < 65 || x.charCodeAt(0) > 90 || x === x.toLowerCase() || x === x.toUpperCase()) return false;
  return /^\p{Lu}[\p{Lu}\p{Ll}]+$/u.test(x) && (x.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/^Ma?c\p{Lu}/u.test(x);
}

/**
 * "the African Development Bank (AfDB)": the tagger, which knows acronyms in capitals, leaves one
 * with a lowercase letter untagged. Such a word in parentheses right after a body's span is a
 * body (resolve.ts joins it to the name); its later uses in the article (`known`, filled here) are
 * too.
 */
export function mixedCaseAcronyms(w: readonly string[], spans: readonly TokenSpan[], known: Set<string>): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    if (!isMixedCaseAcronym(x) || out.some((sp) => sp.start <= i && sp.end > i)) continue;
    // (the acronym opens with the body's first letter: "Student Crime Prevention Ambassadors (CPAs)" is no definition)
    const defined = w[i - 1] === '(' && w[i + 1] === ')' && out.some((sp) => sp.end === i - 1 && sp.type === ORG && w[sp.start]!.charAt(0) === x.charAt(0));
    if (!defined && !known.has(x)) continue;
    known.add(x);
    out = replaceRange(out, i, i + 1, ORG);
  }
  return out;
}

/** "HMS Victory", "Operation Bayanihan": a name namedShips or namedOperations made MISC by its first word, which the type rules keep. */
export function opensShipOrOperationName(words: readonly string[]): boolean {
  return words.length > 1 && (SHIP_PREFIXES.has(words[0]!) || words[0] === 'Operation');
}

/** Nouns and verbs before the social network X: "his social media platform X", "posted on X". */
const X_PLATFORM_BEFORE = new Set(['platform', 'network', 'site', 'app']);
const X_POSTED = new Set(['posted', 'wrote', 'said', 'post', 'posts', 'statement', 'message', 'video', 'account', 'tweeted', 'announced', 'shared', 'commented', 'replied', 'written', 'published', 'appeared', 'active', 'ban', 'banned', 'suspended', 'followers']);
const X_AFTER = new Set(['account', 'accounts', 'post', 'posts', 'user', 'users', 'owner', 'feed', 'handle', 'profile']);

/** Whether "X" at i is named as the social network by the words around it (see `socialNetworkX`). */
function namesNetworkX(w: readonly string[], i: number): boolean {
  const prev = w[i - 1]!.toLowerCase();
  return X_PLATFORM_BEFORE.has(prev) || (prev === 'on' && i > 1 && X_POSTED.has(w[i - 2]!.toLowerCase())) || (X_AFTER.has(w[i + 1] ?? '') && /^(?:his|her|its|their|the|on)$/i.test(prev));
}

/** Whether some sentence of the article names the social network X (`namesNetworkX`). */
export function articleNamesNetworkX(sentences: readonly (readonly string[])[]): boolean {
  return sentences.some((w) => w.some((x, i) => x === 'X' && i > 0 && namesNetworkX(w, i)));
}

/** Words before a later bare "X" once the article has named the network: "merged with X", "advertising on X". */
const X_LATER_BEFORE = new Set(['on', 'with', 'to', 'from', 'of', 'and', 'or', 'by', 'at', 'left', 'quit', 'joined', 'owns', 'bought']);

/**
 * "his social media platform X", "wrote on X", "in a post on X", "his X account": the letter X
 * alone is the network formerly called Twitter, which the tagger never marks (a capital letter
 * alone is no name in its training news). After a network's noun, after "on" following a verb
 * or noun of posting, or before "account"/"post"/"users", "X" is an organisation; in an article
 * that names it so (`named`), so is a later "X" after a preposition ("merged with X in March")
 * that no capitalised word follows.
 */
export function socialNetworkX(w: readonly string[], spans: readonly TokenSpan[], named: boolean): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 1; i < w.length; i++) {
    if (w[i] !== 'X' || out.some((sp) => sp.start <= i && sp.end > i)) continue;
    const later = named && X_LATER_BEFORE.has(w[i - 1]!.toLowerCase()) && !/^\p{Lu}/u.test(w[i + 1] ?? '');
    if (later || namesNetworkX(w, i)) out = replaceRange(out, i, i + 1, ORG);
  }
  return out;
}

/**
 * "Channel 4 will cut 200 jobs" tagged "Channel": a broadcaster called "Channel" and a number is
 * one name (and "Channel 4 News"), a body.
 */
export function numberedChannels(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i] !== 'Channel' || !/^\d{1,2}$/.test(w[i + 1]!)) continue;
    // (not "the English Channel 4 times": the word opens the span or stands alone)
    const sp = out.find((x) => x.start <= i && x.end > i);
    if (sp && (sp.start !== i || sp.type === LOC)) continue;
    let end = i + 2;
    if (w[end] === 'News') end++;
    if (out.some((x) => x.start > i && x.start < end && x.end > end)) continue;
    out = replaceRange(out, i, end, ORG);
  }
  return out;
}

/**
 * Armed groups whose names read as a person's ("Boko Haram"), as a people's ("Houthis") or as no
 * name at all ("M23"), all frequent in the news, lowercase. The tagger types them by their words;
 * they are organisations, as CoNLL marks "Hamas" and "Hizbollah". ("Taliban" is left out: CoNLL
 * marks "Taleban" MISC, a movement named like a people, and the tagger follows it.)
 */
const ARMED_GROUPS = new Set(['boko haram', 'al-shabaab', 'al-shabab', 'al shabaab', 'houthis', 'houthi', 'm23', 'hezbollah', 'hizbollah', 'hayat tahrir al-sham', 'jnim', 'iswap', 'al-qaeda', 'al qaeda', 'al-qaida', 'hamas', 'isis', 'isil']);

/** Spans naming an armed group of `ARMED_GROUPS` typed as organisations, and "M23" found alone (before "rebels", "group", ...). */
export function armedGroups(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  out.forEach((sp, i) => {
    if (sp.type === ORG || !ARMED_GROUPS.has(w.slice(sp.start, sp.end).join(' ').toLowerCase())) return;
    if (out === spans) out = spans.slice();
    out[i] = { start: sp.start, end: sp.end, type: ORG };
  });
  for (let i = 0; i < w.length; i++) {
    if (w[i] === 'M23' && !out.some((sp) => sp.start <= i && sp.end > i)) out = replaceRange(out, i, i + 1, ORG);
  }
  return out;
}

/**
 * "Mistral AI raised money", "the founder of Scale AI" (MISC, or "AI" alone: the tagger reads "AI"
 * as the field, as in "the AI Act"): a name of two or three words ending in "AI" is a firm's, an
 * organisation; so is "AI" tagged alone with a capitalised word before it in no span, within the
 * sentence after a lowercase word ("founder of Scale AI").
 */
export function firmsNamedAI(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  out.forEach((sp, i) => {
    let start = sp.start;
    if (sp.end - sp.start === 1 && w[start] === 'AI' && start > 1 && /^\p{Lu}\p{Ll}+$/u.test(w[start - 1]!) && /^\p{Ll}+$/u.test(w[start - 2]!) && !isTitleWord(w[start - 1]!) && !(i > 0 && out[i - 1]!.end > start - 1)) start--;
    const n = sp.end - start;
    if ((sp.type === ORG && start === sp.start) || n < 2 || n > 3 || w[sp.end - 1] !== 'AI' || !/^\p{Lu}\p{Ll}/u.test(w[start]!)) return;
    if (out === spans) out = spans.slice();
    out[i] = { start, end: sp.end, type: ORG };
  });
  return out;
}
