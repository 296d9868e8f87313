/**
 * Repairs to spans of names from news outside the tagger's training ground (CoNLL's 1996 Reuters
 * wire), found by session 15's probe round: countries of several words it leaves out ("Côte
 * d'Ivoire"), Urdu and Persian names joined by hyphenated particles ("Tehreek-e-Insaf",
 * "Waker-Uz-Zaman"), parties named between "ruling" and "party", a body cut before the place its
 * acronym spells ("United Nations Interim Force in Lebanon, known as UNIFIL"), Portuguese places
 * joined by "do" ("Rio Grande do Sul"), firms whose names end in "AI" ("OpenAI", "xAI"), firms the
 * tagger missed before a post ("Banorte chief executive"), a live blog's time zones, two firms in
 * one span, waters named "Strait of ...", streets named first ("Avenue Joseph Anoma"), a dateline's
 * city of two words in capitals, and hyphenated regions. Pure functions over a sentence's words and
 * spans (type 0 PER, 1 ORG, 2 LOC, 3 MISC), applied by resolve.ts like those of namespans.ts.
 */
import { acronymKey } from './acronyms.js';
import { countryOfDemonym, countryOfName } from './demonyms.js';
import { replaceRange } from './namespans.js';
import type { NameLists } from './retype.js';
import type { TokenSpan } from './tags.js';
import { isTitleWord } from './titles.js';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

/** Whether any span holds token `i`. */
function inAnySpan(spans: readonly TokenSpan[], i: number): boolean {
  return spans.some((sp) => sp.start <= i && i < sp.end);
}

/**
 * "Côte d'Ivoire's Alassane Ouattara met ...": the tagger, which has seen the country as "Ivory
 * Coast", leaves "Côte d'Ivoire" out or keeps one word of it ("Côte" MISC). Two or three words that
 * the country table knows whole as a country's name are that place, when no span runs past them
 * (a longer name keeps them: "Sierra Leone Football Association"). One-word countries are left to
 * the tagger: "Chad", "Jordan", "Georgia" are people's names too.
 */
export function countriesOfSeveralWords(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i + 1 < w.length; i++) {
    // ("The US lawmaker": the table takes "The US" for the country, but the article is the phrase's)
    if (!/^\p{Lu}/u.test(w[i]!) || w[i] === 'The') continue;
    // (a state's formal name runs longer, and opens on a word of state: "Democratic People's
    // Republic of Korea", which the tagger cuts into a body and "Korea", read as the South)
    for (let n = FORMAL_NAME_OPENERS.has(w[i]!) ? 7 : 3; n >= 2; n--) {
      const end = i + n;
      if (end > w.length || !countryOfName(w.slice(i, end).join(' '))) continue;
      if (out.some((sp) => sp.start < end && sp.end > i && (sp.start < i || sp.end > end))) break;
      if (out.some((sp) => sp.start === i && sp.end === end && sp.type === LOC)) break;
      out = replaceRange(out, i, end, LOC);
      i = end - 1;
      break;
    }
  }
  return out;
}

/** Words a state's formal name opens on. */
const FORMAL_NAME_OPENERS = new Set(['Democratic', 'Islamic', 'Republic', 'United', 'Federal', 'People', "People's", 'Kingdom', 'Bolivarian', 'Plurinational', 'Socialist']);

/** An Urdu or Persian name of two words joined by the izafat "-e-" or "-i-": "Tehreek-e-Insaf", "Jamaat-e-Islami", "Lashkar-e-Taiba". */
const IZAFAT = /^\p{Lu}\p{Ll}+-(?:e|i)-\p{Lu}\p{Ll}+$/u;
/** An Arabic name joined by the article ("ul", "ud", "uz", ...): "Waker-Uz-Zaman", "Zia-ul-Haq", "Inzamam-ul-Haq". */
const ARTICLE_JOINED = /^\p{Lu}\p{Ll}+-(?:[uU][lrdzsnt]|[aA][lrdzsnt])-\p{Lu}\p{Ll}+$/u;

/**
 * "Pakistan Tehreek-e-Insaf, Khan's party, called protests" tagged as the place "Pakistan" and
 * nothing; "Army chief General Waker-Uz-Zaman met" as nothing. The tagger does not know words
 * joined by hyphenated particles:
 * - two words joined by the izafat ("-e-", "-i-"), in no span, name a movement or a party (news
 *   names people so only with the article: "Zia-ul-Haq"), with a country's span right before or
 *   after it ("Pakistan Tehreek-e-Insaf", "Tehreek-e-Labbaik Pakistan") as part of the name;
 * - two words joined by the Arabic article ("-ul-", "-uz-", "-ud-"), in no span, right after a
 *   title or another capitalised name word, are a person's name (with that word when it is no
 *   title: "Inzamam-ul-Haq" alone, "Shams Zia-ul-Haq").
 */
export function namesJoinedByParticles(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    if (inAnySpan(out, i)) continue;
    if (IZAFAT.test(x)) {
      let a = i;
      let b = i + 1;
      const before = out.find((sp) => sp.end === i && sp.type === LOC && countryOfName(w.slice(sp.start, sp.end).join(' ')));
      const after = out.find((sp) => sp.start === i + 1 && sp.type === LOC && countryOfName(w.slice(sp.start, sp.end).join(' ')));
      if (before) a = before.start;
      else if (after) b = after.end;
      out = replaceRange(out, a, b, ORG);
    } else if (ARTICLE_JOINED.test(x) && i > 0 && (isTitleWord(w[i - 1]!) || /^\p{Lu}\p{Ll}+\.?$/u.test(w[i - 1]!))) {
      const held = out.find((sp) => sp.end === i && sp.type === PER);
      out = replaceRange(out, held ? held.start : i, i + 1, PER);
    }
  }
  return out;
}

/** Words before a party's name that say it governs or opposes, or where it stands. */
const PARTY_STANDING = new Set([
  'ruling', 'governing', 'opposition',
  // where a party stands (session 15, second round): "The populist Sanseito party" was a place
  'populist', 'far-right', 'far-left', 'hard-right', 'hard-left', 'right-wing', 'left-wing', 'nationalist', 'centrist',
  'centre-right', 'center-right', 'centre-left', 'center-left', 'anti-immigration', 'anti-immigrant', 'separatist',
]);

/**
 * "President Javier Milei's La Libertad Avanza party" typed a place (session 18): a person's
 * possessive before a name and "party" says whose party it is, as "ruling" says which. The span
 * before must be a person's, right before the "'s" ("Peru's Fuerza Popular party" is the country's).
 */
function afterLeadersPossessive(w: readonly string[], spans: readonly TokenSpan[], i: number): boolean {
  const s = spans[i]!.start;
  if (w[s - 1] !== "'s" && w[s - 1] !== '’s') return false;
  const before = spans[i - 1];
  return before !== undefined && before.type === PER && before.end === s - 1;
}

/**
 * "The ruling Morena party controls both chambers" with "Morena" a place (it is a Mexican state's
 * name too), "the opposition Odinga party" a person: a name between "ruling", "governing" or
 * "opposition" and a lowercase "party" (or "coalition", "alliance") is the party, an organisation.
 * A MISC name keeps its type ("the ruling Socialist party": the adjective of the movement).
 */
export function partiesBetweenStandingAndParty(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if ((sp.type !== LOC && sp.type !== PER) || sp.start === 0) return;
    if (!PARTY_STANDING.has(w[sp.start - 1]!.toLowerCase()) && !afterLeadersPossessive(w, spans, i)) return;
    const after = w[sp.end];
    if (after !== 'party' && after !== 'coalition' && after !== 'alliance') return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "leader of the Bhumjaithai party" typed MISC (session 18): one word between "the" and a lowercase
 * "party" that reads as no adjective (no people's or movement's ending: "the Socialist party", "the
 * Republican party", "the Islamic party" keep MISC) and no country's demonym is the party's own name,
 * as "Likud" or "Kadima" are.
 */
export function partiesNamedBeforeParty(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== MISC || sp.end - sp.start !== 1 || w[sp.end] !== 'party' || (w[sp.start - 1] !== 'the' && w[sp.start - 1] !== 'The')) return;
    const word = w[sp.start]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || ADJECTIVE_ENDING.test(word) || countryOfDemonym(word)) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Endings of adjectives of peoples, creeds and movements: "Socialist", "Republican", "Islamic", "Kurdish", "Sudanese", "Liberal", "Conservative". */
const ADJECTIVE_ENDING = /(?:an|ese|ish|ic|ist|al|ive|ian|ch|sh)$/;

/** Lowercase words between a body's name and the place it serves: "Force in Lebanon", "Mission for Iraq". */
const BODY_PLACE_LINKS = new Set(['in', 'for', 'of', 'on']);

/** The acronym a name defines right after it: "(UNIFIL)" or ", known as UNIFIL" ("also known as", "commonly known as"); '' when none. */
function acronymDefinedAt(w: readonly string[], end: number): string {
  if (w[end] === '(' && w[end + 2] === ')') return acronymKey(w[end + 1]!) || (/^\p{Lu}{2,}$/u.test(w[end + 1]!) ? w[end + 1]! : '');
  if (w[end] !== ',') return '';
  let k = end + 1;
  if (/^\p{Ll}+$/u.test(w[k] ?? '') && w[k + 1] === 'known') k++;
  if (w[k] !== 'known' || w[k + 1] !== 'as') return '';
  const x = w[k + 2] ?? '';
  return acronymKey(x) || (/^\p{Lu}{2,8}$/u.test(x) ? x : '');
}

/** The initials of name words counting every word, a lowercase link word too ("Force in Lebanon" -> "FIL"). */
function initialsWithLinks(words: readonly string[]): string {
  return words.map((x) => x.charAt(0).toUpperCase()).join('');
}

/**
 * "The United Nations Interim Force in Lebanon, known as UNIFIL, said" tagged as a body cut before
 * "in" and the place "Lebanon": a body's span, "in" (or "for", "of", "on") and a span right after
 * it, followed by an acronym the article defines ("(UNIFIL)", ", known as UNIFIL") that spells all
 * their words with the link word, are one body's name.
 */
export function bodiesThroughPlaceTheAcronymSpells(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < (out ?? spans).length; i++) {
    const a = (out ?? spans)[i]!;
    const b = (out ?? spans)[i + 1]!;
    if (a.type !== ORG || b.start !== a.end + 1 || !BODY_PLACE_LINKS.has(w[a.end]!)) continue;
    const acronym = acronymDefinedAt(w, b.end);
    if (acronym.length < 3 || initialsWithLinks(w.slice(a.start, b.end)) !== acronym.toUpperCase()) continue;
    out ??= spans.slice();
    out.splice(i, 2, { start: a.start, end: b.end, type: ORG });
  }
  return out ?? (spans as TokenSpan[]);
}

/** Portuguese particles ("of the") inside places' names: "Rio Grande do Sul", "São José dos Campos", "Praia da Rocha". */
const PORTUGUESE_PARTICLES = new Set(['do', 'da', 'dos', 'das']);

/**
 * "the southern Brazilian state of Rio Grande do Sul" tagged as the place "Rio Grande" and a
 * person "Sul"; "in Eldorado do Sul" as a place and a body. A place's span, a Portuguese particle
 * and a span of one or two words right after it (not a MISC one: "in Ohio do Democrats ...") are
 * one place's name; a person's or a body's span before the particle keeps its own ("Lula da Silva",
 * "Banco do Brasil").
 */
export function placesAcrossPortugueseParticle(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < (out ?? spans).length; i++) {
    const a = (out ?? spans)[i]!;
    const b = (out ?? spans)[i + 1]!;
    if (a.type !== LOC || b.type === MISC || b.start !== a.end + 1 || b.end - b.start > 2 || !PORTUGUESE_PARTICLES.has(w[a.end]!)) continue;
    out ??= spans.slice();
    out.splice(i, 2, { start: a.start, end: b.end, type: LOC });
  }
  return out ?? (spans as TokenSpan[]);
}

/** A firm named for artificial intelligence in one word: "OpenAI", "xAI" (a capitalised word of three letters or more, or one lowercase letter, then "AI"). */
const AI_FIRM = /^(?:\p{Lu}\p{Ll}{2,}|\p{Ll})AI$/u;
/** Such words that name the field, not a firm. */
const AI_TERMS = new Set(['GenAI']);

/** Whether the word names a firm for artificial intelligence ("OpenAI", "xAI"): a name although it may open in lowercase. */
export function isAIFirmWord(x: string): boolean {
  return AI_FIRM.test(x) && !AI_TERMS.has(x);
}

/**
 * "Meanwhile OpenAI and xAI have signed supply deals": the tagger, which reads "AI" as the field,
 * leaves these firms out (or calls one MISC). A word of that form (`AI_FIRM`) in no span, or alone
 * in a MISC one, is a firm. (`upperCamelBrands` takes brands ending in lowercase, "SpaceX"; an
 * ending in capitals is an index's or a series', "TecDAX", except "AI".)
 */
export function firmsEndingInAI(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i < w.length; i++) {
    if (!isAIFirmWord(w[i]!)) continue;
    const held = out.find((sp) => sp.start <= i && i < sp.end);
    if (held && !(held.type === MISC && held.start === i && held.end === i + 1)) continue;
    out = replaceRange(out, i, i + 1, ORG);
  }
  return out;
}

/** Posts in a company that its name opens: "Banorte chief executive", "Cemex CEO", "Grab co-founder", "JPMorgan analyst". */
const COMPANY_POSTS = new Set(['ceo', 'cfo', 'chairman', 'chairwoman', 'founder', 'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'strategist']);

/** The length of a company post opening at `i` ("chief executive", "chief financial officer", "CEO"), 0 when none. */
function companyPostAt(w: readonly string[], i: number): number {
  const x = (w[i] ?? '').toLowerCase();
  if (COMPANY_POSTS.has(x)) return 1;
  if (x !== 'chief') return 0;
  const y = (w[i + 1] ?? '').toLowerCase();
  if (y === 'executive') return 2;
  return /^(?:financial|operating|technology|investment)$/.test(y) && (w[i + 2] ?? '').toLowerCase() === 'officer' ? 3 : 0;
}

/**
 * "Banorte chief executive Marcos Ramírez said": a capitalised word the tagger left out, right
 * before a company post and a person's name, is the company the post is in. Not a title word
 * ("Deputy chief executive"), a demonym or country ("Mexican chairman"), a given name the lists
 * know, nor, first in its sentence, a word the newswire mostly writes in lowercase (`caseBucket`:
 * "Former chief executive"); nor a word after another capitalised one (a longer name the tagger
 * missed whole).
 */
export function companiesOpeningPosts(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists, caseBucket: ReadonlyMap<string, number>): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i + 2 < w.length; i++) {
    const x = w[i]!;
    if (!/^\p{Lu}[\p{L}&-]+$/u.test(x) || inAnySpan(out, i)) continue;
    const n = companyPostAt(w, i + 1);
    if (!n || !out.some((sp) => sp.start === i + 1 + n && sp.type === PER)) continue;
    if (i > 0 && /^\p{Lu}/u.test(w[i - 1]!) && !(i === 1 && /^(?:The|A|An)$/.test(w[0]!))) continue;
    if (isTitleWord(x) || countryOfDemonym(x) || countryOfName(x) || lists.givenName(x) || (caseBucket.get(x.toLowerCase()) ?? 0) >= 4) continue;
    out = replaceRange(out, i, i + 1, ORG);
  }
  return out;
}

/** Time zones written after a clock time: "10:42 HKT", "9 a.m. EDT", "14:00 GMT". */
const TIME_ZONES = new Set(['GMT', 'UTC', 'HKT', 'SGT', 'JST', 'KST', 'IST', 'PKT', 'WIB', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'ET', 'PT', 'CT', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'MSK', 'EAT', 'WAT', 'CAT', 'SAST', 'GST', 'AST', 'BRT', 'ART']);
/** A clock time as the tokenizer gives it: "10:42", "9.30", "a.m.", "pm". */
const CLOCK_TIME = /^(?:\d{1,2}[:.]\d{2}|[ap]\.?m\.?|[AP]M|\d{1,2}(?:[ap]m))$/;

/**
 * "10:15 HKT — Shenzhen authorities evacuate ...": the entries of a live blog open with a clock
 * time and its zone, which the tagger may take for an organisation (a broadcaster's or a
 * telecom's initials) or a place. A time zone right after a clock time is MISC, as CoNLL tags
 * "14:06 GMT".
 */
export function timeZonesAsMisc(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type === MISC || sp.end - sp.start !== 1 || sp.start === 0 || !TIME_ZONES.has(w[sp.start]!) || !CLOCK_TIME.test(w[sp.start - 1]!)) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end, type: MISC };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Last words of a firm's name of two words or more: "Galaxy Entertainment", "Tata Motors", "Wynn Resorts". */
const FIRM_ENDINGS = new Set(['entertainment', 'group', 'holdings', 'resorts', 'energy', 'motors', 'airlines', 'airways', 'industries', 'electronics', 'telecom', 'pharmaceuticals', 'technologies', 'steel', 'petroleum', 'mining', 'securities', 'insurance', 'capital', 'partners']);

/**
 * "casino operators including Sands China and Galaxy Entertainment" tagged as one organisation:
 * an "and" inside an organisation's span between two names of two capitalised words or more, the
 * second ending in a firm's word (`FIRM_ENDINGS`), joins two firms. Not when the words before the
 * "and" are a place the lists know whole ("Hong Kong and Shanghai Banking Corporation"), nor when
 * either side has a lowercase word ("Bank of China and ...", left to the tagger).
 * (`splitOrganisationsAtAnd` takes a second name the lists know alone: "... and Microsoft Azure".)
 */
export function splitFirmsAtAnd(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== ORG || sp.end - sp.start < 5) return;
    const k = w.indexOf('and', sp.start + 2);
    if (k < 0 || k > sp.end - 3) return;
    const left = w.slice(sp.start, k);
    const right = w.slice(k + 1, sp.end);
    if (![...left, ...right].every((x) => /^\p{Lu}/u.test(x)) || !FIRM_ENDINGS.has(right[right.length - 1]!.toLowerCase())) return;
    if (countryOrPlaceWhole(left, lists)) return;
    out ??= spans.slice();
    out.splice(out.indexOf(spans[i]!), 1, { start: sp.start, end: k, type: ORG }, { start: k + 1, end: sp.end, type: ORG });
  });
  return out ?? (spans as TokenSpan[]);
}

/** Whether every word of the name is of a place ("Hong Kong"), not a firm's name with a place in it ("Sands China"). */
function countryOrPlaceWhole(words: readonly string[], lists: NameLists): boolean {
  return !!countryOfName(words.join(' ')) || words.every((x) => lists.knownPlace([x]));
}

/** Heads of names of waters and lands that take "of" and a name: "Strait of Hormuz", "Gulf of Mexico", "Isle of Wight". */
const LANDFORMS_OF = new Set(['Strait', 'Straits', 'Gulf', 'Bay', 'Sea', 'Isle', 'Cape', 'Horn']);

/**
 * "near the Strait of Hormuz" tagged as an organisation, "the Gulf of Mexico" as two places,
 * "Gulf" and "Mexico": a name opening with a head of waters or lands (`LANDFORMS_OF`) and "of" is
 * one place, whether the tagger gave it as one span typed a body or a person, or cut it at "of"
 * into a one-word span and a place. MISC keeps its type ("the Bay of Pigs invasion").
 */
export function landformsOfPlaces(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < (out ?? spans).length; i++) {
    const a = (out ?? spans)[i]!;
    if (a.type === MISC || !LANDFORMS_OF.has(w[a.start]!)) continue;
    if (a.end - a.start > 2 && w[a.start + 1] === 'of' && (a.type === ORG || a.type === PER)) {
      out ??= spans.slice();
      out[i] = { start: a.start, end: a.end, type: LOC };
      continue;
    }
    const b = (out ?? spans)[i + 1];
    if (a.end - a.start !== 1 || !b || w[a.end] !== 'of' || b.start !== a.end + 1 || b.type !== LOC) continue;
    out ??= spans.slice();
    out.splice(i, 2, { start: a.start, end: b.end, type: LOC });
  }
  return out ?? (spans as TokenSpan[]);
}

/** Words for a street written before its name, in French, Spanish, Portuguese, Italian, Malay and Indonesian use: "Avenue Joseph Anoma", "Rue de Rivoli", "Jalan Sudirman". */
const STREETS_BEFORE = new Set(['Avenue', 'Rue', 'Boulevard', 'Avenida', 'Calle', 'Rua', 'Jalan', 'Via', 'Viale', 'Corso']);

/** Those of them that are no English words: "Rue", "Calle", "Jalan". */
const FOREIGN_STREETS = new Set(['Rue', 'Avenida', 'Calle', 'Rua', 'Jalan', 'Viale']);

/**
 * "Avenue Joseph Anoma, Abidjan" tagged as the person "Joseph Anoma": streets named for people are
 * written with the street word first outside English. A name right after such a word (in no
 * span) is the street, a place, with that word; so is a span opening with such a word that is
 * no English one (`FOREIGN_STREETS`: "Rue de Rivoli" typed a body).
 */
export function streetsNamedFirst(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    // ("Rue de Rivoli" typed a body: the street word of a language other than English opens no firm's name, as "Avenue Capital" does)
    if (sp.type !== LOC && sp.end - sp.start > 1 && FOREIGN_STREETS.has(w[sp.start]!)) {
      out ??= spans.slice();
      out[i] = { start: sp.start, end: sp.end, type: LOC };
      return;
    }
    if (sp.start === 0 || !STREETS_BEFORE.has(w[sp.start - 1]!) || (i > 0 && spans[i - 1]!.end >= sp.start)) return;
    out ??= spans.slice();
    out[i] = { start: sp.start - 1, end: sp.end, type: LOC };
  });
  return out ?? (spans as TokenSpan[]);
}

/** A word of a dateline's city in capitals: "PORTO", "ALEGRE", "D'IVOIRE". */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’.-]+$/u;
/** A month as a dateline writes it after the city: "SEOUL, Jan 14". */
const DATELINE_MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|June|Jul|July|Aug|Sep|Sept|Oct|Nov|Dec)\.?$|^(?:January|February|March|April|August|September|October|November|December)$/;

/**
 * "PORTO ALEGRE, Brazil (AP) —" tagged as a body "PORTO" (then a place, as a dateline's city) and
 * nothing: the capitals that open a sentence and end at the comma before a place's span or a
 * month are the dateline's city whole, when the tagger found a name in them.
 */
export function wholeDatelineCities(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const first = spans[0];
  if (!first || first.start !== 0) return spans as TokenSpan[];
  let c = 0;
  while (c < w.length && c < 6 && CAPITALS_WORD.test(w[c]!)) c++;
  if (c < 2 || first.end >= c || w[c] !== ',') return spans as TokenSpan[];
  const next = spans.find((sp) => sp.start === c + 1);
  if (!(next && next.type === LOC) && !DATELINE_MONTH.test(w[c + 1] ?? '')) return spans as TokenSpan[];
  if (spans.some((sp) => sp.start > 0 && sp.start < c && sp.end > c)) return spans as TokenSpan[];
  return replaceRange(spans, 0, c, LOC);
}

/** Singular nouns of administrative areas after a name: "the Benishangul-Gumuz region". */
const AREA_NOUNS = new Set(['region', 'province', 'state', 'district', 'county', 'prefecture', 'oblast', 'governorate']);

/**
 * "in the Benishangul-Gumuz region" tagged MISC (a hyphenated word reads to the tagger like a
 * people's adjective, "Austro-Hungarian"): a name of two capitalised parts joined by a hyphen, not
 * ending as adjectives do ("-ian", "-ish", "-ese", "-an", "-ic", "-i"), right before a singular
 * noun of areas, is the area, a place: "Emilia-Romagna region", "Baden-Württemberg state".
 */
export function hyphenatedAreasTypedMisc(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== MISC || sp.end - sp.start !== 1 || !AREA_NOUNS.has(w[sp.end] ?? '')) return;
    const x = w[sp.start]!;
    if (!/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(x) || /(?:an|ish|ese|ic|i)$/.test(x) || countryOfDemonym(x)) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end, type: LOC };
  });
  return out ?? (spans as TokenSpan[]);
}
