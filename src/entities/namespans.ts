/**
 * Repairs to spans of names the tagger cut, ran together, mistyped or left out because a word in
 * them is lowercase or oddly capitalised, or because the name is foreign to it: "Doctors Without
 * Borders", "Dar es Salaam", "Democratic Republic of Congo", "easyJet", "Musaed bin Mohammed
 * Al-Aiban", "Cho Tae-yul", "Tanzania's Samia Suluhu Hassan", "East Japan Railway Co.", "Ministry
 * of Economy, Trade and Industry", two campaign groups in one span ("Human Rights Watch and Amnesty
 * International"), a byline's names, the firms after "shares of", and two touching spans the
 * article names whole elsewhere. Pure functions over a sentence's words and spans (type 0 PER,
 * 1 ORG, 2 LOC, 3 MISC), applied by resolve.ts like those of spans.ts.
 */
import { countryOfDemonym, countryOfName } from './demonyms.js';
import { MEMBERS_LETTERS } from './namecues.js';
import type { NameLists } from './retype.js';
import type { TokenSpan } from './tags.js';
import { stateOfName } from './states.js';
import { isTitleWord, titleAfter } from './titles.js';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

/** Spans with those overlapping [a, b) replaced by one span of that range and type, in order. */
export function replaceRange(spans: readonly TokenSpan[], a: number, b: number, type: number): TokenSpan[] {
  const out = spans.filter((x) => x.end <= a || x.start >= b);
  out.push({ start: a, end: b, type });
  return out.sort((x, y) => x.start - y.start);
}

/** The "without borders" of aid and press groups, in English and French. */
const WITHOUT = new Set(['Without', 'Sans']);
const BORDERS = new Set(['Borders', 'Frontières', 'Frontieres']);

/**
 * "Doctors Without Borders", "Reporters Without Borders", "Médecins Sans Frontières": the tagger
 * reads the capitalised preposition as a name's start and makes "Without Borders" a person, or
 * nothing. A capitalised plural of a trade, then "Without Borders" (or "Sans Frontières"), is a
 * group's name.
 */
export function groupsWithoutBorders(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 1; i + 1 < w.length; i++) {
    if (!WITHOUT.has(w[i]!) || !BORDERS.has(w[i + 1]!) || !/^\p{Lu}\p{Ll}+s$/u.test(w[i - 1]!)) continue;
    out = replaceRange(out, i - 1, i + 2, ORG);
  }
  return out;
}

/**
 * Aid charities and campaign groups whose names are common words (session 18): the tagger reads
 * "Save the Children" as MISC "Children", "Christian Aid" as a faith's adjective. Their words, as
 * written, are one organisation, with a word closing such names right after them ("Save the
 * Children Fund"); "Friends of the Earth" the rules of bodies' nouns before "of" make whole. Words
 * are matched exactly, capitals and all, so "save the children" and "the Christian aid worker"
 * stay common words.
 */
const CHARITIES_OF_COMMON_WORDS: readonly (readonly string[])[] = [
  ['Save', 'the', 'Children'],
  ['Christian', 'Aid'],
  ['Islamic', 'Relief'],
  ['Mercy', 'Corps'],
  ['Action', 'Against', 'Hunger'],
  ['Catholic', 'Relief', 'Services'],
  ['Plan', 'International'],
  ['Care', 'International'],
  ['War', 'Child'],
  ['Refugees', 'International'],
];
/** Words that may close such a charity's name: "Save the Children Fund", "Islamic Relief UK". */
const CHARITY_TAILS = new Set(['Fund', 'International', 'UK', 'US', 'USA']);

export function charitiesOfCommonWords(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i < w.length; i++) {
    for (const name of CHARITIES_OF_COMMON_WORDS) {
      if (w[i] !== name[0] || !name.every((x, k) => w[i + k] === x)) continue;
      let e = i + name.length;
      if (CHARITY_TAILS.has(w[e] ?? '') && w[e] !== name[name.length - 1]) e++;
      // (a body's span already holding the name and more stays: "Friends of the Earth Cymru")
      if (!out.some((x) => x.type === ORG && x.start <= i && x.end >= e)) out = replaceRange(out, i, e, ORG);
      i = e - 1;
      break;
    }
  }
  return out;
}

/** Heads of regulators and public bodies whose remit may be two fields joined by "and". */
const REMIT_BODY_HEADS = new Set(['Authority', 'Commission', 'Agency', 'Council', 'Board', 'Corporation', 'Bureau', 'Regulator', 'Directorate', 'Institute']);

/**
 * "The Nigerian Midstream and Downstream Petroleum Regulatory Authority said" in three pieces
 * (MISC "Nigerian", LOC "Midstream", the body from "Downstream") (session 18): the tagger ends a
 * name at "and". An organisation's span ending in a public body's head right after "and", with one
 * or two capitalised words before "and" that open the sentence or follow "the" (with a people's
 * adjective before them, which the name keeps), is one body, when no word before "and" is a country,
 * a known place or a title ("Kenya and Uganda Revenue Authority" is two countries'; "Securities
 * and Exchange Commission" the tagger keeps whole).
 */
export function bodiesOfTwoFields(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (const sp of spans) {
    if (sp.type !== ORG || !REMIT_BODY_HEADS.has(w[sp.end - 1]!) || w[sp.start - 1] !== 'and') continue;
    let s = sp.start - 1;
    while (s > 0 && s > sp.start - 4 && /^\p{Lu}\p{Ll}+$/u.test(w[s - 1]!) && w[s - 1] !== 'The') s--;
    const fields = w.slice(s, sp.start - 1);
    if (fields.length === 0) continue;
    const first = countryOfDemonym(fields[0]!) && fields.length > 1 ? 1 : 0;
    const field = fields.slice(first);
    if (field.length > 2 || field.some((x) => isTitleWord(x) || countryOfName(x) || countryOfDemonym(x) || stateOfName(x) || lists.knownPlace([x]))) continue;
    const before = w[s - 1];
    if (s > 0 && before !== 'the' && before !== 'The' && !/^["“(]$/u.test(before!)) continue;
    if (spans.some((x) => x !== sp && x.type === PER && x.start >= s && x.end <= sp.start)) continue;
    out = replaceRange(out, s, sp.end, ORG);
  }
  return out;
}

/** Heads of bodies named for what they are "to" do: "Committee to Protect Journalists", "Campaign to Stop Killer Robots". */
const TO_BODY_HEADS = new Set(['Committee', 'Campaign', 'Coalition', 'Council', 'Alliance', 'Foundation', 'Fund', 'Movement', 'Network', 'Initiative', 'Project', 'Commission']);

/**
 * "The Committee to Protect Journalists said": the tagger takes the lowercase "to" for a name's end
 * and makes "The Committee" and "Journalists", or "Protect Journalists", of it. A body's head
 * (with the capitalised words before it, not "The"), "to", and two or more capitalised words (no
 * title, no country or people's adjective) is one organisation: the name of its purpose.
 */
export function bodiesNamedForPurpose(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 1; i + 2 < w.length; i++) {
    if (w[i] !== 'to' || !TO_BODY_HEADS.has(w[i - 1]!)) continue;
    let e = i + 1;
    while (e < w.length && /^\p{Lu}\p{Ll}+$/u.test(w[e]!) && !isTitleWord(w[e]!) && !countryOfName(w[e]!) && !countryOfDemonym(w[e]!)) e++;
    if (e < i + 3) continue;
    let s = i - 1;
    // (back over the capitalised words before the head: "International Campaign to Ban Landmines")
    while (s > 0 && /^\p{Lu}\p{Ll}+$/u.test(w[s - 1]!) && w[s - 1] !== 'The') s--;
    out = replaceRange(out, s, e, ORG);
  }
  return out;
}

/** Last words of campaign groups' and firms' names that never take a list of fields before them. */
const GROUP_ENDINGS = new Set(['International', 'Watch', 'Group', 'Holdings']);

/**
 * "Human Rights Watch and Amnesty International" tagged as one organisation: an "and" between two
 * names of two or more words, the second ending in a word no body's remit ends in (International,
 * Watch, Group, Holdings), joins two organisations. "Securities and Exchange Commission", "Bill
 * and Melinda Gates Foundation" have one word before "and"; "Department of Health and Human
 * Services" has "of" before it, and stays whole.
 */
export function splitGroupsAtAnd(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== ORG || !GROUP_ENDINGS.has(w[sp.end - 1]!)) return;
    const k = w.indexOf('and', sp.start);
    if (k < sp.start + 2 || k > sp.end - 3 || w.slice(sp.start, k).some((x) => /^\p{Ll}/u.test(x))) return;
    out ??= spans.slice();
    out.splice(out.indexOf(spans[i]!), 1, { start: sp.start, end: k, type: ORG }, { start: k + 1, end: sp.end, type: ORG });
  });
  return out ?? (spans as TokenSpan[]);
}

/** Capitalised articles that open Spanish, French and Arabic names: "Los Choneros", "La Paz", "Al Ahly". */
const NAME_ARTICLES = new Set(['Los', 'Las', 'El', 'La', 'Le', 'Les', 'Al']);

/**
 * "Los Lobos and Los Choneros, the country's two biggest gangs" tagged as one name: a span that opens
 * with a name's article and has "and" before the same article later holds two names ("Los Zetas
 * and Los Chapitos", "Los Angeles and Las Vegas" with the articles of one language), split there,
 * each of the span's type. ("Los Alamos National Laboratory" has no "and"; "El Niño and La Niña",
 * articles of one language too, are split the same, rightly.)
 */
export function splitArticledNamesAtAnd(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp) => {
    if (!NAME_ARTICLES.has(w[sp.start]!)) return;
    const k = w.indexOf('and', sp.start + 2);
    if (k < 0 || k > sp.end - 3 || !NAME_ARTICLES.has(w[k + 1]!)) return;
    out ??= spans.slice();
    out.splice(out.indexOf(sp), 1, { start: sp.start, end: k, type: sp.type }, { start: k + 1, end: sp.end, type: sp.type });
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * A brand written with a lowercase first syllable then a capital: "eBay", "easyJet", "iPhone"
 * ("mRNA", "kWh" have no lowercase run after the capital; "mmBtu", a unit, no vowel before it; a
 * surname's particle run into it, "laPena", "deGrom", is no brand).
 */
const LOWER_CAMEL = /^(?!(?:la|le|de|di|da|du|del|van|von|mc|mac)\p{Lu})\p{Ll}*[aeiouy]\p{Ll}*\p{Lu}\p{Ll}{2,}[\p{L}\d]*$/u;

/** Whether the word is written like such a brand (brands are short: "secondAcoordingary" is two words run together). */
export function isLowerCamelBrand(x: string): boolean {
  // (a cheap look first, as this runs on every word: a lowercase ASCII opening, a capital later)
  if (x.length > 10 || x.length < 4) return false;
  const c = x.charCodeAt(0);
  if (c < 97 || c > 122 || !hasCapitalAfterFirst(x)) return false;
  return LOWER_CAMEL.test(x);
}

function hasCapitalAfterFirst(x: string): boolean {
  for (let i = 1; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c > 127 && x[i] !== x[i]!.toLowerCase())) return true;
  }
  return false;
}

/** Apple's products: "iPhone", "iPad", "iMac", "iPod". */
const I_PRODUCT = /^i\p{Lu}/u;

/**
 * "Shares in eBay and easyJet rose": the tagger leaves out names that open with a lowercase letter,
 * a shape it never saw in training. Such a word in no span is a firm, or a product when it is
 * Apple's "i" and a capital; not when the newswire writes the word, lowercased, mostly in lowercase
 * (a typo's capital: "newSpaper") (`caseBucket`: 1 almost always capitalised .. 5 almost always
 * lowercase).
 */
export function lowerCamelBrands(w: readonly string[], spans: readonly TokenSpan[], caseBucket: ReadonlyMap<string, number>): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i < w.length; i++) {
    if (!isLowerCamelBrand(w[i]!) || (caseBucket.get(w[i]!.toLowerCase()) ?? 0) >= 4) continue;
    const product = I_PRODUCT.test(w[i]!);
    const held = out.find((x) => x.start <= i && i < x.end);
    // (the tagger's own one-word span of Apple's product, typed a firm, is the product)
    if (held && !(product && held.start === i && held.end === i + 1 && held.type !== MISC)) continue;
    out = replaceRange(out, i, i + 1, product ? MISC : ORG);
  }
  return out;
}

/**
 * A brand written as two capitalised words run together: "SpaceX", "PayPal", "BlackRock",
 * "AstraZeneca" (a run of two lowercase letters or more before the inner capital: not "PhD",
 * "GmbH", and not a surname with its particle, "DeSantis", "LeBron", "McCain", "MacArthur",
 * "VanDyke", "FitzGerald"), ending in one capital or a lowercase run after it (an index or a
 * series ends in an acronym: "TecDAX", "MotoGP").
 */
const UPPER_CAMEL = /^(?!(?:Mac|Van|Von|Fitz|Della|Del|Des|Les|Las|Los)\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}(?:\p{Ll}[\p{L}\d]*)?$/u;

/**
 * "SpaceX and xAI signed a deal": the tagger, which knows such brands in one sentence, may leave
 * one out in another. Such a word (`UPPER_CAMEL`) in no span and touching none is a firm; not when the newswire
 * writes the word, lowercased, mostly in lowercase (`caseBucket`, as in lowerCamelBrands).
 */
export function upperCamelBrands(w: readonly string[], spans: readonly TokenSpan[], caseBucket: ReadonlyMap<string, number>): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    if (x.length < 5 || x.length > 14 || !UPPER_CAMEL.test(x) || (caseBucket.get(x.toLowerCase()) ?? 0) >= 4) continue;
    // (nor a word right against a span: "Seattle SuperSonics" is the tagger's to join)
    if (out.some((sp) => sp.start <= i + 1 && i <= sp.end)) continue;
    out = replaceRange(out, i, i + 1, ORG);
  }
  return out;
}

/**
 * "Kinshasa, Democratic Republic of Congo": the tagger splits a country's long name at "of" into
 * two places, "Democratic Republic" and "Congo". Two spans joined by "of" (or "of the") that
 * together spell a country's name or alias in the table are one place.
 */
export function joinCountryAcrossOf(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const gap = b && w[a.end] === 'of' ? (w[a.end + 1] === 'the' ? 2 : 1) : 0;
    if (b && gap && b.start === a.end + gap && countryOfName(w.slice(a.start, b.end).join(' '))) {
      out.push({ start: a.start, end: b.end, type: LOC });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * "Dar es Salaam", "Rio de Janeiro" tagged as two places, "Dar" and "Salaam": spans with one
 * lowercase word between them that the lists know whole as a place are that place.
 */
export function joinPlaceAcrossParticle(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    if (b && b.start === a.end + 1 && /^\p{Ll}+$/u.test(w[a.end]!) && lists.knownPlace([w.slice(a.start, b.end).join(' ')])) {
      out.push({ start: a.start, end: b.end, type: LOC });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * "Musaed bin Mohammed Al-Aiban" tagged as a place "Musaed" and a person "Mohammed Al-Aiban":
 * a span right before "bin", "ibn" or "bint" and a person's span right after it are one person's
 * name, whatever the first was typed (the particle means "son of", inside people's names only).
 * (spans.ts joinPersonAcrossParticle takes the case where the first is a person.)
 */
export function joinAcrossPatronymic(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    if (b && a.type !== PER && b.type === PER && b.start === a.end + 1 && /^(?:bin|ibn|bint)$/.test(w[a.end]!)) {
      out.push({ start: a.start, end: b.end, type: PER });
      i++;
    } else out.push(a);
  }
  return out;
}

/** A romanised Korean surname (one short syllable) and a hyphenated given name: "Cho Tae-yul", "Choe Son-hui". */
const KOREAN_SURNAME = /^\p{Lu}\p{Ll}{1,4}$/u;
// (the second syllable may be capitalised too: "Song Il-Ho", "Ri Son-Gwon"; never Arabic's "Al-")
const KOREAN_GIVEN = /^(?!(?:Al|El)-)\p{Lu}\p{Ll}{1,4}-(?:\p{Ll}{2,5}|\p{Lu}\p{Ll}{1,4})$/u;

/** English words after a hyphen that make a compound, not a given name: "Hong Kong-based", "Kim-led". */
const COMPOUND_ENDINGS = /^(?:.*ed|born|run|made|wide|like|style|era|bound|free|owned|based|backed|linked|held|funded|type|class|area|region|level|term|year|old|day|time|scale)$/;

/**
 * "South Korea's Cho Tae-yul" tagged as an organisation: a span of just a short syllable and a
 * hyphenated given name is a Korean person's name written surname first (no body or place is
 * named so; a compound such as "Kong-based" is not a given name).
 */
export function koreanNamesAsPersons(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type === PER || sp.end - sp.start !== 2 || !KOREAN_SURNAME.test(w[sp.start]!)) return;
    const given = w[sp.start + 1]!;
    if (!KOREAN_GIVEN.test(given) || COMPOUND_ENDINGS.test(given.slice(given.indexOf('-') + 1).toLowerCase())) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * Common Korean family names in their usual romanisations. Only a word from this list opens a
 * Korean name the tagger missed altogether (`untaggedKoreanNames`): a short capitalised word
 * before any hyphenated word ("The Post-War") is no name.
 */
const KOREAN_FAMILY_NAMES = new Set(
  `Kim Lee Yi Ri Park Pak Choi Choe Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Ryu Hong
  Jeon Ko Moon Mun Son Bae Baek Heo Nam Shim Noh Roh Ha Kwak Sung Cha Joo Ju Woo Min Jin Chae Won Chun Bang Hyun Byun Yeom Ryang`.split(/\s+/),
);

/**
 * "Song Il-Ho said he would return" with no span at all, "Son Heung-min scored" with the given name
 * alone typed MISC: the tagger, at a sentence's start, has seen neither word. A Korean family name
 * in no span and a hyphenated given name, in no span or in one of its own, are a person's name.
 */
export function untaggedKoreanNames(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i + 1 < w.length; i++) {
    if (!KOREAN_FAMILY_NAMES.has(w[i]!) || !KOREAN_GIVEN.test(w[i + 1]!)) continue;
    const given = w[i + 1]!;
    if (COMPOUND_ENDINGS.test(given.slice(given.indexOf('-') + 1).toLowerCase())) continue;
    const alone = (x: TokenSpan) => x.start === i + 1 && x.end === i + 2;
    if (out.some((x) => x.start < i + 2 && i < x.end && !alone(x))) continue;
    out = [...out.filter((x) => !alone(x)), { start: i, end: i + 2, type: PER }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * "By Asif Shahzad and Gibran Naiyyar Peshimam": a byline names the writers, but the tagger, with
 * no verb around, types unfamiliar names as anything. A sentence that is "By" then only
 * capitalised words, "and" and commas (no full stop, no word from bodies' names: "By The
 * Associated Press" is an agency) holds people's names only.
 */
export function bylineNames(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  if (w[0] !== 'By' || w.length < 3 || w.length > 16 || !spans.length || spans.every((x) => x.type === PER)) return spans as TokenSpan[];
  const names = w.slice(1).filter((x) => x !== 'and' && x !== ',');
  if (!names.every((x) => /^\p{Lu}[\p{L}'’.-]*$/u.test(x)) || names.some((x) => lists.organisationNamePart(x) || lists.organisationWord(x))) return spans as TokenSpan[];
  return spans.map((x) => (x.type === PER ? x : { ...x, type: PER }));
}

/** Heads of parties' and movements' names that take "of the" and a cause: "the Party of the Democratic Revolution". */
const PARTY_HEADS = new Set(['Party', 'Movement', 'Front', 'Alliance', 'Union', 'League', 'Coalition']);

/**
 * "the Party of the Democratic Revolution", "the Party of the Regions": the tagger leaves the head
 * out and types the cause alone (MISC "Democratic Revolution"). "the", a party's head in no span
 * or alone in one, "of the" and a span that is no person's, is one party's name.
 */
export function partyOfTheCause(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 1; i + 3 < w.length; i++) {
    if (!PARTY_HEADS.has(w[i]!) || w[i - 1]!.toLowerCase() !== 'the' || w[i + 1] !== 'of' || w[i + 2] !== 'the') continue;
    const head = out.find((x) => x.start <= i && i < x.end);
    if (head && (head.start !== i || head.end !== i + 1)) continue;
    const b = out.find((x) => x.start === i + 3);
    if (!b || b.type === PER) continue;
    out = replaceRange(out, i, b.end, ORG);
  }
  return out;
}

/**
 * "Tanzania's Samia Suluhu Hassan" tagged "Suluhu Hassan": after a place's or a body's possessive,
 * a capitalised word that no span holds, right before a person's span of two or more words, is
 * the person's given name (the tagger, not knowing it, left it between the owner and the name).
 * Not a title ("Britain's Prince Harry"), a country, a demonym, a place or a body the lists know,
 * nor a word the news mostly writes lowercase ("Cofinec's Global Depositary Receipts").
 */
export function extendPersonOverNameAfterPossessive(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists, caseBucket: ReadonlyMap<string, number>): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((a, i) => {
    const g = a.start - 1;
    const owner = spans[i - 1];
    if (a.type !== PER || a.end - a.start < 2 || g < 2 || !owner || owner.type === PER || owner.end !== g - 1 || (w[g - 1] !== "'s" && w[g - 1] !== '’s')) return;
    const x = w[g]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(x) || (caseBucket.get(x.toLowerCase()) ?? 0) >= 4 || isTitleWord(x) || countryOfName(x) || countryOfDemonym(x) || lists.knownPlace([x]) || lists.organisationWord(x)) return;
    out ??= spans.slice();
    out[i] = { start: g, end: a.end, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Legal forms that end a company's name, capitalised: "Co.", "Corp.", "Inc.", "Ltd". */
const LEGAL_FORM = /^(?:Co|Corp|Inc|Ltd|Plc|PLC|LLC)\.?$/;

/**
 * "East Japan Railway Co. suspended services" tagged as a place "East Japan": one or two
 * capitalised words that no span holds, then a legal form, after a span (not a person's) are the
 * rest of a company's name, which the legal form ends.
 */
export function extendOverLegalForm(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((a, i) => {
    if (a.type === PER) return;
    const next = spans[i + 1]?.start ?? w.length;
    let j = a.end;
    while (j < a.end + 2 && j < next && /^\p{Lu}\p{Ll}+$/u.test(w[j]!) && !LEGAL_FORM.test(w[j]!)) j++;
    if (j === a.end || j >= next || !LEGAL_FORM.test(w[j]!)) return;
    out ??= spans.slice();
    out[i] = { start: a.start, end: j + 1, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Heads of bodies named after a person: "the Alexander von Humboldt Institute", "the Konrad Adenauer Foundation". */
const NAMED_AFTER_HEADS = new Set(['Institute', 'Foundation', 'University', 'Center', 'Centre', 'Museum', 'Prize', 'Hospital', 'School', 'College', 'Society', 'Trust', 'Fund', 'Academy']);

/**
 * "Olympique de Marseille" tagged as a person "Olympique" and a club "Marseille": a one-word
 * person's span that the lists know as no given name, a Romance particle and an organisation's
 * span are one organisation ("Charles de Gaulle" has a given name first); so are a person, a
 * particle and a body ending in an institution's head ("Alexander von Humboldt ... Institute").
 */
export function joinClubAcrossParticle(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const particle = !!b && b.start === a.end + 1 && a.type === PER && b.type === ORG && /^(?:de|del|di|da|do|von|van)$/.test(w[a.end]!);
    // (the name lists are asked only about a person's span before a particle and a body)
    const club = particle && a.end - a.start === 1 && !lists.givenName(w[a.start]!) && !lists.personNamePart(w[a.start]!);
    // (or a body named after a person: "Alexander von Humboldt Biological Resources Research Institute")
    const joins = particle && (club || NAMED_AFTER_HEADS.has(w[b!.end - 1]!));
    if (joins) {
      out.push({ start: a.start, end: b.end, type: ORG });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Words before a list of listed companies: "Shares of Nvidia, Advantest and Tokyo Electron fell". */
const SHARES = new Set(['shares', 'stocks']);

/**
 * "NEW YORK (Reuters) - Shares of Nvidia fell" tagged ORG "Shares of Nvidia" (session 18): after a
 * dateline's dash the tagger takes the sentence's capitalised "Shares" for a body's head, as in
 * "Bank of America". "Shares" or "Stocks" and "of" or "in" opening a span are no part of a name;
 * the rest is the listed company, or a market's place the lists know ("Shares in Asia").
 */
export function sharesOpeningSpans(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.end - sp.start < 3 || (w[sp.start + 1] !== 'of' && w[sp.start + 1] !== 'in') || (w[sp.start] !== 'Shares' && w[sp.start] !== 'Stocks')) return;
    const rest = w.slice(sp.start + 2, sp.end);
    if (!/^\p{Lu}/u.test(rest[0]!)) return;
    const place = lists.knownPlace([rest.join(' ')]) || lists.knownPlace(rest) || countryOfName(rest.join(' '));
    out ??= spans.slice();
    out[i] = { start: sp.start + 2, end: sp.end, type: place ? LOC : ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "Shares of Nvidia, Advantest and Tokyo Electron fell" with the first two tagged places: the
 * names in a list right after "shares of" or "shares in" are companies, unless the lists know
 * them as places ("shares in Asia", "shares in Tokyo" are markets).
 */
export function firmsAfterShares(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 2 < w.length; i++) {
    // (the preposition first: lowercasing every word of every sentence costs more than the rule)
    if ((w[i + 1] !== 'of' && w[i + 1] !== 'in') || !SHARES.has(w[i]!.toLowerCase())) continue;
    let k = spans.findIndex((x) => x.start === i + 2);
    while (k >= 0) {
      const sp = (out ?? spans)[k]!;
      const name = w.slice(sp.start, sp.end);
      // (a person's or a place's span only: "shares in Spanish oil group" opens with an adjective, MISC)
      if ((sp.type === PER || sp.type === LOC) && !/-\p{Ll}+$/u.test(name[name.length - 1]!) && !lists.knownPlace([name.join(' ')]) && !lists.knownPlace(name) && !countryOfName(name.join(' '))) {
        out ??= spans.slice();
        out[k] = { ...sp, type: ORG };
      }
      const next = spans[k + 1];
      // the list goes on over a comma, "and", or ", and"
      const gap = next ? w.slice(sp.end, next.start).join(' ') : '';
      k = next && (gap === ',' || gap === 'and' || gap === ', and') ? k + 1 : -1;
    }
  }
  return out ?? (spans as TokenSpan[]);
}

/** Heads of bodies whose remit is a list of fields: "Ministry of Economy, Trade and Industry". */
const REMIT_HEADS = new Set(['Ministry', 'Department', 'Office', 'Committee', 'Commission', 'Agency', 'Bureau', 'Directorate']);

/**
 * "the Commerce Department's Bureau of Industry and Security" tagged "Bureau of Industry": the
 * tagger stops at "and" before a field it left out. A body's span ending "<head> of <Field>", then
 * "and" and one capitalised word in no span, not a place's, with no capitalised word after it, is
 * the remit's second field ("Bureau of Industry and Security", "Department of Health and Sanitation").
 */
export function extendRemitOverUntaggedField(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((a, i) => {
    const f = a.end + 1;
    if (a.type !== ORG || a.end - a.start < 3 || w[a.end - 2] !== 'of' || !REMIT_HEADS.has(w[a.end - 3]!) || w[a.end] !== 'and') return;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w[f] ?? '') || /^\p{Lu}/u.test(w[f + 1] ?? '') || (spans[i + 1] && spans[i + 1]!.start <= f)) return;
    if (lists.knownPlace([w[f]!]) || countryOfName(w[f]!) || countryOfDemonym(w[f]!)) return;
    out ??= spans.slice();
    out[i] = { start: a.start, end: f + 1, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "Japan's Ministry of Economy, Trade and Industry" tagged as "Ministry of Economy" and "Trade and
 * Industry": a body's span ending "<head> of <Field>", a comma, and a span of two fields joined by
 * "and" right after it ("Water and Ecological Transition") are one body whose remit lists three.
 */
export function joinRemitAcrossComma(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    // (a field of one word or two: "Ministry of Youth Affairs, Creative Economy and Sports")
    const ofField = a.type === ORG && a.end - a.start >= 3 && ((w[a.end - 2] === 'of' && REMIT_HEADS.has(w[a.end - 3]!)) || (a.end - a.start >= 4 && w[a.end - 3] === 'of' && REMIT_HEADS.has(w[a.end - 4]!) && /^\p{Lu}/u.test(w[a.end - 2]!)));
    // (three to five words, "and" after the first or the second: "Trade and Industry", "Water and Ecological Transition", "Creative Economy and Sports")
    const fields = b && b.start === a.end + 1 && w[a.end] === ',' && b.end - b.start >= 3 && b.end - b.start <= 5 && (w[b.start + 1] === 'and' || (w[b.start + 2] === 'and' && b.end - b.start >= 4));
    if (ofField && fields) {
      out.push({ start: a.start, end: b!.end, type: ORG });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * "the Foreign, Commonwealth and Development Office", "the Digital, Culture, Media and Sport
 * Committee": a body whose remit lists fields before its head, with commas, is cut by the tagger at
 * each comma ("Commonwealth" and "Development Office"). After "the", one-word fields with commas
 * (no country or people's adjective), the last field after "and", then one or two capitalised words
 * ending in a remit's head, are one body.
 */
export function fieldsBeforeRemitHead(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  const field = (x: string | undefined) => !!x && /^\p{Lu}\p{Ll}+$/u.test(x) && !countryOfName(x) && !countryOfDemonym(x);
  for (let i = 0; i + 6 < w.length; i++) {
    if (w[i] !== 'the' && w[i] !== 'The') continue;
    let j = i + 1;
    let commas = 0;
    while (field(w[j]) && w[j + 1] === ',') {
      j += 2;
      commas++;
    }
    if (commas === 0 || !field(w[j]) || w[j + 1] !== 'and') continue;
    let e = j + 2;
    while (e < w.length && e < j + 4 && /^\p{Lu}\p{Ll}+$/u.test(w[e]!) && !REMIT_HEADS.has(w[e]!)) e++;
    if (e === j + 2 || !REMIT_HEADS.has(w[e] ?? '')) continue;
    out = replaceRange(out, i + 1, e + 1, ORG);
  }
  return out;
}

/** Posts only people hold, whose appositive after a comma makes the name before it a person's. */
const PEOPLES_POSTS = new Set(['president', 'chairman', 'chairwoman', 'chairperson', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'co-founder', 'secretary-general', 'director', 'director-general', 'analyst', 'economist', 'strategist']);

/**
 * "Faith Odhiambo, president of the LSK, said" tagged a place "Odhiambo" without "Faith": a name
 * of one or two words typed a place or a body, that the lists do not know as a place and is no
 * country, right before a comma and a post only people hold with what it is of ("president of
 * the LSK", `titleAfter`), is a person; and a given name the lists know opening the sentence
 * before it is the person's, though the news mostly writes it lowercase ("Faith", "Grace").
 */
export function personsBeforePostAppositive(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists, caseBucket: ReadonlyMap<string, number> = new Map()): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    // (three words before a possessed post: "Le Cong Phung, Vietnam's deputy foreign minister")
    if ((sp.type !== LOC && sp.type !== ORG) || w[sp.end] !== ',' || sp.end - sp.start > (possessedPeoplesPostAt(w, sp.end) ? 3 : 2)) return;
    const words = w.slice(sp.start, sp.end);
    if (!words.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x)) || lists.knownPlace(words) || countryOfName(words.join(' ')) || countryOfDemonym(words[0]!)) return;
    // (", an analyst at LightShed Partners," too, session 18)
    const head = w[sp.end + 1] === 'the' || w[sp.end + 1] === 'an' || w[sp.end + 1] === 'a' ? sp.end + 2 : sp.end + 1;
    if (!possessedPeoplesPostAt(w, sp.end) && !((sp.start === 0 || sp.start === afterDatelineDash(w)) && theQualifiedPostAt(w, sp.end))) {
      if (!PEOPLES_POSTS.has(w[head] ?? '')) return;
      const t = titleAfter(w, sp.end, () => -1);
      if (!t || t.end === t.runEnd) return;
    }
    const opener = i === 0 && sp.start === 1 && /^\p{Lu}\p{Ll}+$/u.test(w[0]!) && lists.givenName(w[0]!) && !isTitleWord(w[0]!);
    out ??= spans.slice();
    out[i] = { start: opener ? 0 : sp.start, end: sp.end, type: PER };
  });
  return untaggedPersonBeforePossessedPost(w, out ?? (spans as TokenSpan[]), lists, caseBucket);
}

/** Posts people hold that a possessive names the country or body of: "Portugal's manager", "Vietnam's deputy foreign minister". */
const POSSESSED_POSTS = new Set(['minister', 'manager', 'coach', 'ambassador', 'envoy', 'governor', 'mayor', 'captain']);

/**
 * ", its president,", ", the group's executive director,", ", Amnesty's spokeswoman," (session 18):
 * an appositive giving a post only people hold, whose holder's body is named by a possessive, from
 * the comma at `comma`. The post may follow two lowercase words ("its executive director") and
 * closes the appositive with a comma or a verb of saying.
 */
function possessedPeoplesPostAt(w: readonly string[], comma: number): boolean {
  if (w[comma] !== ',') return false;
  let k = comma + 1;
  if (w[k] === 'its' || w[k] === 'their') k++;
  else {
    if (w[k] === 'the' && /^\p{Ll}+$/u.test(w[k + 1] ?? '')) k++;
    else if (!/^\p{Lu}/u.test(w[k] ?? '')) return false;
    if (w[k + 1] !== "'s" && w[k + 1] !== '’s') return false;
    k += 2;
  }
  for (let n = 0; n < 3; n++, k++) {
    if (PEOPLES_POSTS.has(w[k] ?? '') || POSSESSED_POSTS.has(w[k] ?? '')) return w[k + 1] === ',' || w[k + 1] === 'said' || w[k + 1] === 'told' || w[k + 1] === 'and';
    if (!/^\p{Ll}+$/u.test(w[k] ?? '')) return false;
  }
  return false;
}

/**
 * ", the electricity minister," (session 18: "Ramokgopa, the electricity minister, said" typed a
 * place): "the", up to two lowercase words and a post only people hold, closed by a comma. Only
 * for a name opening the sentence, as "in Mbale, the health minister said" has a place before it.
 */
function theQualifiedPostAt(w: readonly string[], comma: number): boolean {
  if (w[comma] !== ',' || w[comma + 1] !== 'the') return false;
  for (let k = comma + 2; k < comma + 5; k++) {
    if (PEOPLES_POSTS.has(w[k] ?? '') || POSSESSED_POSTS.has(w[k] ?? '')) return w[k + 1] === ',';
    if (!/^\p{Ll}+$/u.test(w[k] ?? '')) return false;
  }
  return false;
}

/**
 * "Faith Odhiambo, its president, said" left out by the tagger (session 18): the sentence's capital
 * hides that a virtue name is a name, and nothing else in the sentence is one. Two or three
 * capitalised words opening the sentence, in no span, the first a given name the lists know or a
 * virtue name (`VIRTUE_NAMES`), right
 * before a possessed post only people hold (`possessedPeoplesPostAt`), are the post's holder; not a
 * place, a country, a body the lists know or a title.
 */
function untaggedPersonBeforePossessedPost(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists, caseBucket: ReadonlyMap<string, number>): TokenSpan[] {
  let n = 0;
  while (n < 3 && /^\p{Lu}\p{Ll}+$/u.test(w[n] ?? '')) n++;
  if (n <= 1) return untaggedSurnameBeforePost(w, spans, lists, caseBucket);
  if (n < 2 || w[n] !== ',' || (spans[0] && spans[0].start < n)) return spans as TokenSpan[];
  const words = w.slice(0, n);
  if (!(lists.givenName(words[0]!) || VIRTUE_NAMES.has(words[0]!)) || words.some((x) => isTitleWord(x)) || lists.knownPlace(words) || countryOfName(words.join(' ')) || lists.knownOrganisation(words.join(' ').toLowerCase())) return spans as TokenSpan[];
  if (!possessedPeoplesPostAt(w, n)) return spans as TokenSpan[];
  return [{ start: 0, end: n, type: PER }, ...spans];
}

/**
 * "Tusk, the prime minister, said" with "Tusk" untagged (session 18): one word opening the sentence,
 * or after a dateline's dash, in no span, that reads as a name (`isNameLike`) and is no place, country,
 * body or title the lists know, before a post only people hold (", the prime minister,", ", its
 * president,") is the post's holder ("Meanwhile, the prime minister, said": news writes
 * "meanwhile" lowercase).
 */
function untaggedSurnameBeforePost(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists, caseBucket: ReadonlyMap<string, number>): TokenSpan[] {
  const at = afterDatelineDash(w);
  const word = w[at] ?? '';
  if (w[at + 1] !== ',' || !/^\p{Lu}\p{Ll}+$/u.test(word) || spans.some((x) => x.start <= at && x.end > at) || !isNameLike(word, lists, caseBucket) || isTitleWord(word) || lists.knownPlace([word]) || countryOfName(word) || countryOfDemonym(word) || lists.organisationWord(word)) return spans as TokenSpan[];
  if (!possessedPeoplesPostAt(w, at + 1) && !theQualifiedPostAt(w, at + 1)) return spans as TokenSpan[];
  return [...spans, { start: at, end: at + 1, type: PER }].sort((x, y) => x.start - y.start);
}

/** The news writes it capitalised mostly: a case-ratio bucket below "as often lowercase as not" (see unlabelled.ts). */
const MOSTLY_CAPITALISED_BELOW = 3;

/** Whether the word reads as a name: part of a person's in the lists, or a word news writes capitalised or never ("Tusk", "Ramokgopa"). */
function isNameLike(word: string, lists: NameLists, caseBucket: ReadonlyMap<string, number>): boolean {
  const bucket = caseBucket.get(word.toLowerCase());
  return lists.personNamePart(word) || bucket === undefined || bucket < MOSTLY_CAPITALISED_BELOW;
}

/** Dashes that close a dateline ("WARSAW (Reuters) - Tusk, ..."). */
const DATELINE_DASHES = new Set(['-', '--', '—', '–']);

/** Where the sentence's own words start: after a dateline's dash within its first eight tokens, or 0. */
function afterDatelineDash(w: readonly string[]): number {
  for (let i = 1; i < Math.min(w.length, 8); i++) if (DATELINE_DASHES.has(w[i]!)) return i + 1;
  return 0;
}

/**
 * Given names that are common nouns too, frequent in East Africa, Nigeria and Southern Africa:
 * "Faith Odhiambo", "Mercy Chebet", "Blessing Okagbare". The news writes them lowercase mostly,
 * so the case test below would refuse them; before a lone surname the tagger found they are the
 * person's given name.
 */
const VIRTUE_NAMES = new Set(['Faith', 'Mercy', 'Grace', 'Hope', 'Joy', 'Patience', 'Blessing', 'Precious', 'Gift', 'Charity', 'Purity', 'Prudence', 'Loveness', 'Memory', 'Beauty', 'Godknows', 'Innocent', 'Lucky', 'Happiness',
  // Ghana's and Nigeria's (session 18: "Courage Martey, an economist at Databank" typed a body)
  'Courage', 'Comfort', 'Gifty', 'Goodluck']);

/**
 * "Faith Odhiambo said", '"...," Faith Odhiambo told': a virtue name in no span right before a
 * one-word person's span, not after a preposition or determiner ("in Hope", "the Mercy"), is the
 * person's given name.
 */
export function extendPersonOverVirtueName(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const g = sp.start - 1;
    if (sp.type !== PER || g < 0 || sp.end - sp.start !== 1 || !VIRTUE_NAMES.has(w[g]!)) return;
    if (g > 0 && BEFORE_PLACE.has(w[g - 1]!.toLowerCase())) return;
    if (i > 0 && spans[i - 1]!.end > g) return;
    out ??= spans.slice();
    out[i] = { start: g, end: sp.end, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "María Corina Machado, the opposition leader, praised ..." tagged "Corina Machado": the tagger
 * doubts a capital that opens a sentence. A sentence's first word, in no span, right before a
 * person's span, that the lists know as a given name and the news does not mostly write lowercase
 * ("Will Trump win?" opens with a verb), is the person's.
 */
export function extendPersonOverOpeningGivenName(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists, caseBucket: ReadonlyMap<string, number>): TokenSpan[] {
  const a = spans[0];
  if (!a || a.type !== PER || a.start !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(w[0]!) || isTitleWord(w[0]!)) return spans as TokenSpan[];
  if (!lists.givenName(w[0]!) || (caseBucket.get(w[0]!.toLowerCase()) ?? 0) >= 3) return spans as TokenSpan[];
  return [{ start: 0, end: a.end, type: PER }, ...spans.slice(1)];
}

/** Words before a name that make its first word a place's or a time's, not a given name: "in Kherson Ivan Petrov ...". */
const BEFORE_PLACE = new Set(['in', 'at', 'from', 'to', 'of', 'near', 'for', 'by', 'on', 'into', 'across', 'outside', 'inside', 'around', 'via', 'the', 'a', 'an']);

/**
 * "Defence lawyer Yug Mohit Chaudhry said", "Lenia Batres Guadarrama, a justice since 2023,",
 * "Bilawal Bhutto Zardari of the PPP" tagged without their first word: a given name the news
 * corpus never wrote (no case ratio at all) and the lists do not know is doubted by the tagger.
 * Such a word right before a person's span of two or more words, opening the sentence or after a
 * lowercase word that is no preposition or article ("lawyer", "said"), in no span, and no title,
 * role noun, place, body or nationality, is the person's first given name.
 */
export function extendPersonOverUnknownGivenName(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists, caseBucket: ReadonlyMap<string, number>): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const g = sp.start - 1;
    if (sp.type !== PER || g < 0 || sp.end - sp.start < 2 || sp.end - sp.start > 3) return;
    const x = w[g]!;
    // (nor a title in the plural before a list of holders: "Justices Flávio Dino, Cármen Lúcia and ...")
    if (!/^\p{Lu}\p{Ll}+$/u.test(x) || caseBucket.has(x.toLowerCase()) || isTitleWord(x) || (x.endsWith('s') && isTitleWord(x.slice(0, -1)))) return;
    // (a role's noun capitalised at the sentence's start: "Allrounder Andrew Flintoff hit ...", "Fullback Andre Joubert")
    if (/(?:er|or|ist|back|half)$/.test(x) && !lists.givenName(x)) return;
    if (g > 0 && !(/^\p{Ll}+$/u.test(w[g - 1]!) && !BEFORE_PLACE.has(w[g - 1]!))) return;
    if (i > 0 && spans[i - 1]!.end > g) return;
    if (lists.knownPlace([x]) || lists.organisationWord(x) || countryOfName(x) || countryOfDemonym(x)) return;
    out ??= spans.slice();
    out[i] = { start: g, end: sp.end, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "Real Madrid beat Al-Hilal as Saudi Pro League clubs falter" tagged "Saudi" and "Pro League",
 * where the body tags "the Saudi Pro League's biggest clubs" as one name: two spans that touch,
 * whose words together are a name of two or more words the tagger gives whole elsewhere in the
 * article (`wholeNames`: lowercase name -> type), are that name.
 */
export function joinSpansNamedWholeElsewhere(w: readonly string[], spans: readonly TokenSpan[], wholeNames: ReadonlyMap<string, number>): TokenSpan[] {
  if (spans.length < 2 || !wholeNames.size) return spans as TokenSpan[];
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const type = b && b.start === a.end ? wholeNames.get(w.slice(a.start, b.end).join(' ').toLowerCase()) : undefined;
    if (type !== undefined) {
      out.push({ start: a.start, end: b!.end, type });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Days and months, which the tagger's spans sometimes take in: "Lee Friday". */
const DAYS_AND_MONTHS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "the ruling Georgian Dream party ... the billionaire who founded Georgian Dream": in the second
 * sentence the tagger gives "Georgian" alone (a demonym) and leaves "Dream" out. A span followed
 * by one or two capitalised words no span holds, which with it make a name the tagger gives whole
 * elsewhere in the article (`wholeNames`), is that name, with its type there. (The tagger's whole
 * names are taken before the weekdays are trimmed off them: "Bank Negara Tuesday"; a day or a month
 * never extends a name.)
 */
export function extendSpansToWholeNames(w: readonly string[], spans: readonly TokenSpan[], wholeNames: ReadonlyMap<string, number>): TokenSpan[] {
  if (!spans.length || !wholeNames.size) return spans as TokenSpan[];
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const next = spans[i + 1]?.start ?? w.length;
    for (let add = 2; add >= 1; add--) {
      const end = sp.end + add;
      if (end > next || !w.slice(sp.end, end).every((x) => /^\p{Lu}\p{Ll}/u.test(x) && !DAYS_AND_MONTHS.test(x))) continue;
      const type = wholeNames.get(w.slice(sp.start, end).join(' ').toLowerCase());
      if (type === undefined) continue;
      out ??= spans.slice();
      out[i] = { start: sp.start, end, type };
      return;
    }
  });
  return out ?? (spans as TokenSpan[]);
}

/** The names of two or more words the tagger gives as one span in the article, lowercase, with the type first given. */
export function wholeNamesOf(words: readonly (readonly string[])[], spans: readonly (readonly TokenSpan[])[]): Map<string, number> {
  const out = new Map<string, number>();
  spans.forEach((ss, si) => {
    for (const sp of ss) {
      if (sp.end - sp.start < 2) continue;
      const key = words[si]!.slice(sp.start, sp.end).join(' ').toLowerCase();
      if (!out.has(key)) out.set(key, sp.type);
    }
  });
  return out;
}

/**
 * "Bin Salman and Bin Zayed spoke by phone" (two bodies): "Bin" or "Ibn" (son of) and a
 * capitalised name, alone as a span of two words, is how the news shortens a Gulf ruler's or a
 * militant's name ("Bin Laden"): a person.
 */
export function patronymicShortNamesAsPersons(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type === PER || sp.end - sp.start !== 2 || (w[sp.start] !== 'Bin' && w[sp.start] !== 'Ibn') || !/^\p{Lu}\p{Ll}+$/u.test(w[sp.start + 1]!)) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Capitalised ordinals that open names of features: "Second Thomas Shoal", "First Cataract". */
const NAME_ORDINALS = new Set(['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth']);
/** Heads of features of nature whose names may open with an ordinal. */
const ORDINAL_FEATURE_HEADS = new Set(['Shoal', 'Shoals', 'Reef', 'Atoll', 'Cataract', 'Island', 'Bay', 'Beach']);

/**
 * "near the Second Thomas Shoal" tagged "Thomas Shoal": the tagger reads the ordinal as a plain
 * word. A capitalised ordinal in no span right before a place's span ending in a feature's head
 * is the name's first word.
 */
export function extendPlaceOverOrdinal(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const o = sp.start - 1;
    if (o < 0 || !NAME_ORDINALS.has(w[o]!) || !ORDINAL_FEATURE_HEADS.has(w[sp.end - 1]!) || sp.end - sp.start < 2) return;
    if (i > 0 && spans[i - 1]!.end > o) return;
    out ??= spans.slice();
    out[i] = { start: o, end: sp.end, type: LOC };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * Plural nicknames that close clubs' names, mostly animals: "Warrington Wolves", "Leeds Rhinos",
 * "Penrith Panthers". (Not "Rangers", "Rovers" or "United", which the tagger knows; not "Chiefs"
 * or "Kings", which close officials' and royals' phrases too: "Joint Chiefs", "Spanish Kings".)
 */
const CLUB_NICKNAMES = new Set([
  'Wolves', 'Rhinos', 'Tigers', 'Lions', 'Bears', 'Eagles', 'Sharks', 'Bulls', 'Hawks', 'Falcons', 'Panthers', 'Broncos',
  'Raiders', 'Dragons', 'Warriors', 'Leopards', 'Cheetahs', 'Jaguars', 'Stallions', 'Dolphins', 'Seagulls',
  'Magpies', 'Foxes', 'Owls', 'Knights', 'Titans', 'Vikings', 'Steelers', 'Stormers', 'Crusaders', 'Hurricanes',
  'Blues', 'Pirates', 'Buccaneers', 'Rams', 'Hornets', 'Bees', 'Cobras', 'Elephants', 'Roosters', 'Rabbitohs',
  // national sides' nicknames, used alone after "the" (session 17): "the Proteas named Temba Bavuma"
  'Proteas', 'Springboks', 'Wallabies', 'Socceroos', 'Matildas',
]);

/**
 * "Orlando Pirates stayed second" typed a person: a town or a word that is also a given name, then a
 * club's nickname, reads as a name and a surname. In a sports story a person's span of two or
 * three words ending in a nickname is the club (no player's surname is a plural nickname; outside
 * sport "Hawks" and "Knights" may be surnames, so only there).
 */
export function clubsTypedAsPersons(w: readonly string[], spans: readonly TokenSpan[], sportsStory: boolean): TokenSpan[] {
  if (!sportsStory) return spans as TokenSpan[];
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const n = sp.end - sp.start;
    if (sp.type !== PER || n < 2 || n > 3 || !CLUB_NICKNAMES.has(w[sp.end - 1]!)) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "Warrington Wolves beat Leeds Rhinos" tagged "Warrington" (a body or a place) and "Wolves"
 * apart: a club named for its town and its nickname is one name. A span of one or two words that
 * is no person's, and a nickname right after it (in a span of its own or in none), make one club.
 */
export function joinClubNicknames(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    const n = a.end;
    if (a.type === PER || a.end - a.start > 2 || n >= w.length || !CLUB_NICKNAMES.has(w[n]!)) continue;
    // a people's adjective only after "the" ("the Tamil Tigers"): "African Lions Face Extinction" is a headline's animals
    if (a.type === MISC && (a.start === 0 || w[a.start - 1]!.toLowerCase() !== 'the')) continue;
    const b = out[i + 1];
    if (b && b.start === n && b.end !== n + 1) continue;
    if (b && b.start < n + 1 && b.start !== n) continue;
    const joined = { start: a.start, end: n + 1, type: ORG };
    out = [...out.slice(0, i), joined, ...out.slice(b && b.start === n ? i + 2 : i + 1)];
  }
  return out;
}

/**
 * "Peruvian midfielder Juan Carlos Portugal scored" tagged "Juan Carlos" and the country
 * "Portugal": a person's span of only given names right before a one-word country in a span of
 * its own, with no punctuation between and no capitalised word after, has that country's name
 * as surname ("Portugal", "Chile", "Brasil" are surnames in Latin America).
 */
export function countryAsSurname(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (a.type !== PER || b.type !== LOC || b.start !== a.end || b.end - b.start !== 1 || a.end - a.start < 2) continue;
    if (!w.slice(a.start, a.end).every((x) => lists.givenName(x))) continue;
    if (!countryOfName(w[b.start]!) || /^\p{Lu}/u.test(w[b.end] ?? '')) continue;
    out ??= spans.slice();
    out.splice(out.indexOf(a), 2, { start: a.start, end: b.end, type: PER });
  }
  return out ?? (spans as TokenSpan[]);
}

/**
 * "the Sharks beat the Lions 27-20" with "Sharks" typed a place: a club's plural nickname alone is
 * the club, never a place or a person. Only after "the", which a nickname used alone takes.
 */
export function clubNicknamesAlone(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type === ORG || sp.type > LOC || sp.end - sp.start !== 1 || !CLUB_NICKNAMES.has(w[sp.start]!)) return;
    if (sp.start === 0 || w[sp.start - 1]!.toLowerCase() !== 'the') return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * Generational suffixes written with a stop after a surname: "Ferdinand Marcos Jr.", "Robert F.
 * Kennedy Jr.", "Sr." (only the abbreviated forms: CoNLL leaves a bare "Jr" out of the name, and
 * Roman numerals the tagger already takes in).
 */
const GENERATION_SUFFIXES = new Set(['Jr.', 'Sr.']);

/**
 * "President Ferdinand Marcos Jr. ordered ...", "Marcos Jr. told reporters" came out without the
 * suffix, or with it and typed a body: "Jr." or "Sr." right after a span, or ending one, makes it
 * a person's, suffix and all (no body's or place's name ends so). When a span opens on the suffix
 * ("Martin Luther King" + "Jr. Day"), the two are one name of that span's type (a holiday named
 * for the person).
 */
export function extendPersonOverGenerationSuffix(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  if (!spans.some((sp) => sp.type !== MISC && (GENERATION_SUFFIXES.has(w[sp.end] ?? '') || (sp.end - sp.start > 1 && GENERATION_SUFFIXES.has(w[sp.end - 1]!))))) return spans as TokenSpan[];
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    if (sp.type === MISC) out.push(sp);
    else if (GENERATION_SUFFIXES.has(w[sp.end] ?? '')) {
      if (spans[i + 1]?.start === sp.end) out.push({ start: sp.start, end: spans[++i]!.end, type: spans[i]!.type });
      else out.push({ start: sp.start, end: sp.end + 1, type: PER });
    } else if (sp.end - sp.start > 1 && GENERATION_SUFFIXES.has(w[sp.end - 1]!)) out.push({ ...sp, type: PER });
    else out.push(sp);
  }
  return out;
}

/**
 * Whether the word at k is two or three capitals that name no body, legislature, country, state or
 * place the lists know, right after a title: "Prime Minister KP Sharma Oli".
 */
export function isInitialsAfterTitle(w: readonly string[], k: number, lists: NameLists): boolean {
  const x = w[k];
  // (a member's letters after a party that is a title word too are the post: "Labour MP Meg Hillier", session 18)
  if (k < 1 || !x || !/^\p{Lu}{2,3}$/u.test(x) || !isTitleWord(w[k - 1]!) || MEMBERS_LETTERS.has(x)) return false;
  return !lists.organisationWord(x) && !lists.knownPlace([x]) && !countryOfName(x) && !stateOfName(x);
}

/**
 * "Prime Minister KP Sharma Oli chaired the meeting" tagged "Sharma Oli": South Asian names open with
 * initials written without stops ("KP", "BS", "HD"), which the tagger reads as an acronym and
 * leaves out. Such initials in no span, right after a title and before a person's span of two
 * words or more, are the name's (`isInitialsAfterTitle`; "UN Antonio Guterres", "US Joe Biden"
 * name a body and a country, and a party's letters before a name without a title may be glued to
 * it: "PTI Imran Khan").
 */
export function extendPersonOverInitials(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const k = sp.start - 1;
    if (sp.type !== PER || sp.end - sp.start < 2 || (i > 0 && spans[i - 1]!.end > k) || !isInitialsAfterTitle(w, k, lists)) return;
    out ??= spans.slice();
    out[i] = { start: k, end: sp.end, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Compass words that open more of a place's name, never end one: "New South Wales", "East Java". */
const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

/**
 * "across New South Wales" tagged as two places, "New South" and "Wales": a place's span ending in
 * a compass word, right before another place's span with nothing between, is one place (tables'
 * "Billings MT", "Lillehammer Norway" end in no compass word).
 */
export function joinPlaceAfterCompassWord(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < (out ?? spans).length; i++) {
    const cur = out ?? spans;
    const a = cur[i]!;
    const b = cur[i + 1]!;
    if (a.type !== LOC || b.type !== LOC || b.start !== a.end || a.end - a.start < 2 || !COMPASS_WORDS.has(w[a.end - 1]!)) continue;
    out ??= spans.slice();
    out.splice(i, 2, { start: a.start, end: b.end, type: LOC });
  }
  return out ?? (spans as TokenSpan[]);
}

/**
 * "The United Front of Thai Defenders, a nationalist group," tagged "United Front of Thai": a body's
 * name never ends "of" and a people's adjective, which qualifies what follows ("Confederation of
 * Indian Industry"). A body's span so ending takes the capitalised words in no span right after it
 * (one or two).
 */
export function extendBodyOverNounAfterDemonym(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== ORG || sp.end - sp.start < 3 || w[sp.end - 2] !== 'of' || !countryOfDemonym(w[sp.end - 1]!)) return;
    const next = spans[i + 1]?.start ?? w.length;
    let e = sp.end;
    while (e < next && e < sp.end + 2 && /^\p{Lu}\p{Ll}+$/u.test(w[e]!)) e++;
    if (e === sp.end) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: e, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}
