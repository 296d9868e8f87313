/**
 * Repairs to spans found by session 15's second probe round, most read from a cue beside the name
 * rather than from its own words: a common noun that opens a sentence ("Airlines fell", "Health
 * officials said"), a name the pronoun after its verb makes a person's ("Lahcen Ait Brahim lost his
 * wife"), a company named by a nationality ("Swiss Re"), a body run into the country owning the next
 * ("... and Brazil's BNDES"), a word of race before people ("a Black woman"), a firm after "mining
 * company", before ", which owns" or before "chief executive", "No. 2" and feasts ("by Easter"),
 * and the family names that Chinese, Vietnamese and Korean names put first ("Xi Jinping" -> "Xi").
 * Pure functions over a sentence's words and spans (type 0 PER, 1 ORG, 2 LOC, 3 MISC), applied by
 * resolve.ts like those of namespans.ts.
 */
import { countryOfDemonym, countryOfName } from './demonyms.js';
import type { NameLists } from './retype.js';
import { stateOfName } from './states.js';
import { isRegionOrPeopleAdjective } from './spans.js';
import type { TokenSpan } from './tags.js';
import { isTitleWord } from './titles.js';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

/** What may stand right before a sentence's first word: a dateline's dash, an opening quote or a colon. */
const OPENERS = new Set(['—', '–', '--', '-', ':', '“', '"', "'", '‘', '(']);

/** Whether token `i` opens its sentence (or the text after a dateline's dash). */
export function opensSentence(w: readonly string[], i: number): boolean {
  return i === 0 || OPENERS.has(w[i - 1]!);
}

/** People in the plural whose trade or field a capitalised noun before them names: "Health officials", "Transport workers". */
const STAFF_AFTER_FIELD = new Set(['officials', 'workers', 'experts', 'authorities', 'ministers', 'chiefs', 'inspectors', 'regulators', 'staff']);

/** The case-ratio bucket from which news writes a word lowercase as often as not (see unlabelled.ts). */
const COMMON_BUCKET = 3;
/** The bucket of words news writes lowercase almost always. */
const LOWERCASE_BUCKET = 4;

/** The singular of a plural noun, or null: "airlines" -> "airline", "ferries" -> "ferry". */
function singularOf(lower: string): string | null {
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss')) return null;
  if (lower.endsWith('ies')) return lower.slice(0, -3) + 'y';
  return lower.slice(0, -1);
}

/**
 * "Airlines fell on higher fuel prices", "Ferries between Hong Kong and Macau were suspended",
 * "ACCRA, Ghana — Health officials said": a common noun capitalised only because it opens the
 * sentence, which the tagger took for a body. A one-word span there, before a lowercase word, is
 * no name when
 * - it is a plural whose singular news writes lowercase (and not the plural itself mostly
 *   capitalised: "Rangers", "Celtics"), outside sports stories (clubs are named in the plural:
 *   "Giants beat the Cowboys"), or
 * - it is a word news writes lowercase as often as not, before people in the plural its field
 *   employs ("Health officials", "Transport workers"; "Boeing officials" keeps its firm),
 * and the article never names the word alone inside a sentence (`namedInside`).
 */
export function commonNounsOpeningSentences(
  w: readonly string[],
  spans: readonly TokenSpan[],
  caseBucket: ReadonlyMap<string, number>,
  namedInside: ReadonlySet<string>,
  sportsStory: boolean,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (const sp of spans) {
    if (sp.end - sp.start !== 1 || sp.type === PER || !opensSentence(w, sp.start)) continue;
    const word = w[sp.start]!;
    const next = w[sp.end] ?? '';
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/^\p{Ll}/u.test(next)) continue;
    const lower = word.toLowerCase();
    if (namedInside.has(lower) || countryOfName(word)) continue;
    const bucket = caseBucket.get(lower);
    const singular = singularOf(lower);
    const plural = !sportsStory && singular !== null && (caseBucket.get(singular) ?? 0) >= LOWERCASE_BUCKET && (bucket === undefined || bucket >= COMMON_BUCKET);
    const field = (bucket ?? 0) >= COMMON_BUCKET && STAFF_AFTER_FIELD.has(next);
    if (!plural && !field) continue;
    out ??= spans.slice();
    out.splice(out.indexOf(sp), 1);
  }
  return out ?? (spans as TokenSpan[]);
}

/** The lowercase words the tagger names alone somewhere not at a sentence's opening: the article's own names. */
export function namesTaggedInside(words: readonly (readonly string[])[], spans: readonly (readonly TokenSpan[])[]): Set<string> {
  const out = new Set<string>();
  words.forEach((w, si) => {
    for (const sp of spans[si]!) if (sp.end - sp.start === 1 && !opensSentence(w, sp.start)) out.add(w[sp.start]!.toLowerCase());
  });
  return out;
}

/** A possessive pronoun only a person (or an animal) takes. */
const GENDERED = new Set(['his', 'her']);

/** Kin and home a person loses, buries, leaves, which follow the pronoun: "lost his wife", "buried her son". */
const PERSONAL_AFTER = new Set([
  'wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'children', 'child', 'mother', 'father', 'parents', 'brother',
  'brothers', 'sister', 'sisters', 'family', 'home', 'house', 'life', 'job', 'grandson', 'granddaughter', 'grandchildren',
  'baby', 'leg', 'legs', 'arm', 'arms', 'eyes', 'father-in-law', 'mother-in-law', 'fiancee', 'fiancée', 'partner', 'widow',
]);

/**
 * "Lahcen Ait Brahim lost his wife and three children": the tagger typed a name it does not know
 * an organisation. A span of two or three capitalised words, then one lowercase verb, then "his"
 * or "her" and a kin noun or a person's home or body ("lost his wife", "buried her son") names a
 * person: a body or a place takes "its" and has no wife. Not a known organisation or place.
 */
export function personsBeforeKinPossessive(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const n = sp.end - sp.start;
    if (sp.type === PER || n < 2 || n > 3) return;
    const verb = w[sp.end] ?? '';
    if (!/^\p{Ll}+$/u.test(verb) || !GENDERED.has(w[sp.end + 1] ?? '') || !PERSONAL_AFTER.has(w[sp.end + 2] ?? '')) return;
    const name = w.slice(sp.start, sp.end);
    if (!name.every((x) => /^\p{Lu}\p{Ll}/u.test(x)) || lists.knownOrganisation(name.join(' ').toLowerCase()) || lists.knownPlace(name) || countryOfName(name.join(' '))) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Companies whose own name opens with a demonym, often written whole: "Saudi Aramco" (not "Saudi" and "Aramco"). */
const DEMONYM_FIRMS = new Set(['Saudi Aramco', 'Saudi Electricity', 'Turkish Airlines', 'Qatari Diar']);

/** A market's head, no body's name by itself: "the Nigerian Exchange", "the Saudi Exchange" name the country's market. */
const MARKET_HEADS_ALONE = new Set(['Exchange', 'Bourse']);

/**
 * "Swiss Re said ...": a company named by a nationality and a short word. The tagger
 * types the demonym MISC and the word alone an organisation (which then joins "Munich Re" by its
 * last word). A one-word demonym span right before a one-word organisation span is one company when
 * that word is short (three letters or fewer) and one news writes lowercase as often as not, so no
 * body of its own: "German Bundesbank", "Dutch ING", "Australian Navy" stay two names. Also a
 * demonym before a market's head ("the Nigerian Exchange") and the few firms of `DEMONYM_FIRMS`.
 */
export function firmsNamedByNationality(w: readonly string[], spans: readonly TokenSpan[], caseBucket: ReadonlyMap<string, number>): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (a.type !== MISC || a.end - a.start !== 1 || b.type !== ORG || b.start !== a.end || b.end - b.start !== 1) continue;
    const word = w[b.start]!;
    if (!countryOfDemonym(w[a.start]!) || !/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    const pair = `${w[a.start]} ${word}`;
    if (!DEMONYM_FIRMS.has(pair) && !MARKET_HEADS_ALONE.has(word) && (word.length > 3 || (caseBucket.get(word.toLowerCase()) ?? 0) < COMMON_BUCKET)) continue;
    out ??= spans.slice();
    out.splice(out.indexOf(a), 2, { start: a.start, end: b.end, type: ORG });
  }
  return out ?? (spans as TokenSpan[]);
}

/**
 * Family names of China, Taiwan, Hong Kong, Vietnam and Korea, which those names put first ("Xi
 * Jinping" is Mr Xi, "Wang Yi" Mr Wang, "Pham Minh Chinh" Mr Chinh by Vietnamese use but Pham by
 * the wire's). Not those that are English words or Western given names too ("He", "Do", "To",
 * "Le", "Bo", "Long", "Lee", "Kim", "Park"): a name opening with one of those may be written in
 * Western order ("Lee Anderson").
 */
const FAMILY_NAMES_FIRST = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng
  Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Fan Jin Shi Xi Qin Bai Kong Mao Hou
  Meng Qian Qiu Xiong Yan Xue Lei Duan Hao Gu Kang Wen Yin Fu Dai Xia Hua Zou Shao Geng Guan Lai Niu Gong Jia Chan Cheung Leung
  Wong Lam Lau Chow Ng Tsang Yip Tse Kwok Tsai Hsu Chiang Kuo Hsieh Tseng Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo
  Duong Trinh Dinh Doan Choi Yoon Jang Kwon Hwang Ahn`.split(/\s+/),
);

/**
 * The family name of a two-word person's name written family name first ("Xi Jinping" -> "Xi",
 * "Li Qiang" -> "Li"), or null: the first word one of `FAMILY_NAMES_FIRST`, the second one
 * capitalised word that is no given name the lists know ("Wong Kar-wai" and "Lee Jae-myung", with
 * hyphens, are read elsewhere; "Lam Alex"-like reversals are not news style).
 */
export function familyNameWrittenFirst(full: readonly string[], lists: NameLists): string | null {
  if (full.length !== 2 || !FAMILY_NAMES_FIRST.has(full[0]!) || !/^\p{Lu}\p{Ll}+$/u.test(full[1]!) || lists.givenName(full[1]!)) return null;
  return full[0]!;
}

/**
 * "The China Development Bank and Brazil's BNDES signed ...": the tagger ran one body's name over
 * "and" into the country that owns the next one. A span that ends in "and" and a country, right
 * before "'s", is the name before "and" and the country, each of its own type.
 */
export function splitCountryOwnerAfterAnd(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (const sp of spans) {
    if (sp.type === PER || (w[sp.end] !== "'s" && w[sp.end] !== '’s')) continue;
    const and = w.lastIndexOf('and', sp.end - 2);
    if (and <= sp.start || sp.end - and > 3) continue;
    if (!countryOfName(w.slice(and + 1, sp.end).join(' '))) continue;
    out ??= spans.slice();
    out.splice(out.indexOf(sp), 1, { start: sp.start, end: and, type: sp.type }, { start: and + 1, end: sp.end, type: LOC });
  }
  return out ?? (spans as TokenSpan[]);
}

/** What a name after "company" or "firm" may not be followed by: a verb whose object the company is ("the company Smith founded"). */
const OWNER_VERBS = new Set(['founded', 'co-founded', 'started', 'bought', 'owns', 'owned', 'runs', 'ran', 'built', 'created', 'sold', 'joined', 'left', 'leads', 'led', 'heads', 'headed', 'chairs']);

/**
 * "Mining company Trans Hex declined to comment", "energy firm Kestrel Power": a name right after
 * "company" or "firm" and a lowercase word of its trade names the company, though the tagger
 * types an unknown name of two words a person. Not a name that opens with a given name the lists
 * know, nor one followed by a verb the company is the object of ("the company Elena Ruiz founded").
 */
export function firmsAfterCompanyNoun(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== PER || sp.start < 2 || (w[sp.start - 1] !== 'company' && w[sp.start - 1] !== 'firm')) return;
    // (the trade word is lowercase, or capitalised as the sentence's first: "Mining company Trans Hex")
    const trade = opensSentence(w, sp.start - 2) ? w[sp.start - 2]!.toLowerCase() : w[sp.start - 2]!;
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(trade) || ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'whose', 'this', 'that'].includes(trade)) return;
    if (lists.givenName(w[sp.start]!) || OWNER_VERBS.has(w[sp.end] ?? '')) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "The official surnamed Fu was sentenced", "a man surnamed He" (session 18): Chinese news names
 * people the law keeps anonymous by the surname alone, which the tagger types a body, or leaves
 * out when it is an English word. One capitalised word right after "surnamed" is a person's name.
 */
export function personsAfterSurnamed(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 1; i < w.length; i++) {
    if (w[i - 1] !== 'surnamed' || !/^\p{Lu}\p{Ll}*$/u.test(w[i]!)) continue;
    const cur = out ?? spans;
    const k = cur.findIndex((x) => x.start <= i && x.end > i);
    if (k >= 0 && (cur[k]!.type === PER || cur[k]!.start !== i || cur[k]!.end !== i + 1)) continue;
    out ??= spans.slice();
    if (k >= 0) out[k] = { start: i, end: i + 1, type: PER };
    else {
      const at = out.findIndex((x) => x.start > i);
      out.splice(at < 0 ? out.length : at, 0, { start: i, end: i + 1, type: PER });
    }
  }
  return out ?? (spans as TokenSpan[]);
}

/** Nouns of a body an appositive name may follow: "the national water commission, Conagua,", "the peronist coalition Fuerza Patria". */
const BODY_NOUNS_BEFORE_NAME = new Set(['commission', 'regulator', 'watchdog', 'agency', 'coalition', 'alliance', 'movement', 'militia', 'broadcaster', 'lender', 'insurer', 'carrier', 'airline', 'utility', 'bloc']);

/**
 * "The national water commission, Conagua, said" and "The peronist coalition Fuerza Patria, led by
 * Axel Kicillof," typed persons (session 18): a name of one to three words set off after "the",
 * lowercase words and a body's noun (`BODY_NOUNS_BEFORE_NAME`), with or without a comma before it
 * and with one after it, is that body. Not a name opening with a given name the lists know, nor a
 * place the lists know or a country (a place typed so stays: "the bloc, Brussels,").
 */
export function bodiesNamedAfterBodyNoun(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if ((sp.type !== PER && sp.type !== LOC) || sp.end - sp.start > 3 || w[sp.end] !== ',') return;
    const noun = w[sp.start - 1] === ',' ? sp.start - 2 : sp.start - 1;
    if (noun < 1 || !BODY_NOUNS_BEFORE_NAME.has(w[noun]!)) return;
    let k = noun - 1;
    while (k > 0 && k > noun - 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(w[k]!) && w[k] !== 'the') k--;
    if (w[k]?.toLowerCase() !== 'the') return;
    const words = w.slice(sp.start, sp.end);
    if (lists.givenName(words[0]!) || lists.knownPlace(words) || countryOfName(words.join(' '))) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Nouns of a business written after its name and its trade: "the Tatneft oil company", "the Vostra mining group". */
const FIRM_NOUNS_AFTER_TRADE = new Set(['company', 'firm', 'group', 'giant', 'conglomerate', 'producer', 'maker']);

/** Lowercase words that are no trade between a name and a business's noun: "the Champions League with group wins". */
const NOT_A_TRADE = new Set(['with', 'and', 'or', 'of', 'in', 'on', 'at', 'for', 'to', 'from', 'by', 'as', 'the', 'a', 'an', 'its', 'their', 'was', 'is', 'has', 'had']);

/**
 * "the Tatneft oil company" typed a place or MISC: a name of one or two words between "the" and a
 * lowercase trade word (or two) and a noun of a business is the company; not a country's, a
 * people's or a place's the lists know ("the Russian oil company", "the Texas oil company" say whose).
 */
export function firmsBeforeTradeAndCompanyNoun(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type === ORG || sp.type === PER || sp.end - sp.start > 2 || sp.start === 0 || w[sp.start - 1]!.toLowerCase() !== 'the') return;
    // (no adjective: "the Victorian state banking group", "the Chicago-based company", "the pro-Syrian group")
    if (w.slice(sp.start, sp.end).some((x) => x.includes('-') || /(?:an|ese|ish|ic)$/.test(x))) return;
    let k = sp.end;
    while (k < sp.end + 2 && /^\p{Ll}[\p{Ll}-]+$/u.test(w[k] ?? '') && !FIRM_NOUNS_AFTER_TRADE.has(w[k]!) && !NOT_A_TRADE.has(w[k]!)) k++;
    if (k === sp.end || !FIRM_NOUNS_AFTER_TRADE.has(w[k] ?? '')) return;
    const name = w.slice(sp.start, sp.end).join(' ');
    if (countryOfName(name) || countryOfDemonym(name) || w.slice(sp.start, sp.end).some((x) => countryOfDemonym(x)) || lists.knownPlace(w.slice(sp.start, sp.end))) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Verbs of what a business does, after ", which": "De Beers, which owns land near the site". */
const BUSINESS_VERBS = new Set(['owns', 'operates', 'runs', 'makes', 'sells', 'employs', 'produces', 'controls', 'supplies', 'manufactures', 'mines', 'builds', 'funded', 'funds', 'owned', 'operated', 'ran', 'made', 'sold', 'employed', 'produced', 'controlled', 'supplied']);

/** Verbs of a party or a body in power, after ", which" (and "has"): "Frelimo, which has governed since 1975". */
const RULING_VERBS = new Set(['governs', 'governed', 'rules', 'ruled']);

/**
 * "De Beers, which owns land near the site, said ...": the tagger read "De" as a surname's particle
 * and typed the company a person. A person's span followed by ", which" (a person is "who") and a
 * verb of what a business does is the company. Not a name that opens with a given name the lists
 * know.
 */
export function businessesBeforeWhich(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== PER || w[sp.end] !== ',' || w[sp.end + 1] !== 'which') return;
    // (", which has governed since 1975": a party in power, session 18's "Frelimo")
    const verb = w[sp.end + 2] === 'has' || w[sp.end + 2] === 'had' ? w[sp.end + 3] ?? '' : w[sp.end + 2] ?? '';
    if (!BUSINESS_VERBS.has(verb) && !RULING_VERBS.has(verb)) return;
    if (lists.givenName(w[sp.start]!)) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** What a body has and a person has not, after ", whose": "Renovación Popular, whose leader ...". */
const BODYS_OWN_AFTER_WHOSE = new Set(['leader', 'leaders', 'chairman', 'chairwoman', 'members', 'founder', 'fighters', 'headquarters', 'shares', 'lawmakers', 'candidate', 'candidates']);

/**
 * "as did Renovación Popular, whose leader Rafael López Aliaga is mayor" typed a person: a person's
 * span followed by ", whose" and what only a body has (a leader, members, fighters, shares) is the
 * body. Not a name that opens with a given name the lists know.
 */
export function bodiesBeforeWhose(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== PER || w[sp.end] !== ',' || w[sp.end + 1] !== 'whose' || !BODYS_OWN_AFTER_WHOSE.has(w[sp.end + 2] ?? '')) return;
    if (lists.givenName(w[sp.start]!)) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** The posts only a company has, between its name and its holder's: "De Beers chief executive Al Cook". */
const EXECUTIVE_POSTS: readonly (readonly string[])[] = [['chief', 'executive'], ['CEO'], ['chief', 'financial', 'officer'], ['CFO'], ['chairman'], ['chairwoman']];

/**
 * "De Beers chief executive Al Cook said": the tagger typed the company a person, as a person
 * before a person. A name of two or more words typed a person, then a post only a company has and
 * a person's span, is the company (a spokesman or an adviser may be a person's: "Trump spokeswoman
 * Karoline Leavitt"). Not a name opening with a given name the lists know.
 */
export function employersBeforeExecutivePosts(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const next = spans[i + 1];
    if (sp.type !== PER || sp.end - sp.start < 2 || !next || next.type !== PER || lists.givenName(w[sp.start]!)) return;
    const between = w.slice(sp.end, next.start);
    if (!EXECUTIVE_POSTS.some((p) => p.length === between.length && p.every((x, k) => between[k] === x))) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "Zverev, the world No. 2, said": the tagger takes the abbreviation "No." (number) for a body's
 * name. A span that is "No." alone, or "No." and a number, is no name.
 */
export function dropNumberAbbreviations(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  if (!spans.some((sp) => w[sp.start] === 'No.')) return spans as TokenSpan[];
  return spans.filter((sp) => !(w[sp.start] === 'No.' && (sp.end - sp.start === 1 || (sp.end - sp.start === 2 && /^\d+$/.test(w[sp.start + 1]!)))));
}

/** Words of race and origin that style guides capitalise before people: "a Black woman", "Indigenous leaders". */
const PEOPLE_ADJECTIVES = new Set(['Black', 'White', 'Indigenous', 'Aboriginal', 'Latino', 'Latina', 'Latinx', 'Hispanic']);

/** Nouns of people such an adjective describes. */
const PEOPLE_NOUNS = new Set([
  'woman', 'women', 'man', 'men', 'person', 'people', 'voters', 'residents', 'students', 'children', 'families', 'community',
  'communities', 'leaders', 'workers', 'americans', 'officers', 'teenager', 'girl', 'boy', 'mother', 'father', 'patients', 'groups',
]);

/**
 * "the fatal shooting of Sonya Massey, a Black woman who had called 911": a capitalised adjective
 * of race or origin before a noun of people (typed a place by the tagger) is a word like a
 * demonym, MISC, as CoNLL types "Asian" and "Jewish".
 */
export function peopleAdjectivesAsMisc(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type === MISC || sp.end - sp.start !== 1 || !PEOPLE_ADJECTIVES.has(w[sp.start]!) || !PEOPLE_NOUNS.has((w[sp.end] ?? '').toLowerCase())) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: MISC };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Feasts and seasons the calendar names, which CoNLL leaves untagged ("Christmas" is O in its training set). */
const HOLIDAYS = new Set(['Easter', 'Christmas', 'Thanksgiving', 'Diwali', 'Hanukkah', 'Passover', 'Lent', 'Advent', 'Pentecost']);

/**
 * "form a government by Easter", "after Christmas": the tagger, reading "by" or "after" before a
 * capitalised word, types the feast a place. A one-word span naming a feast (typed anything but
 * MISC) is no name: CoNLL leaves "Christmas" untagged, and the time stage reads the date.
 */
export function dropHolidays(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  if (!spans.some((sp) => sp.type !== MISC && sp.end - sp.start === 1 && HOLIDAYS.has(w[sp.start]!))) return spans as TokenSpan[];
  return spans.filter((sp) => !(sp.type !== MISC && sp.end - sp.start === 1 && HOLIDAYS.has(w[sp.start]!)));
}

/**
 * "the Peronist opposition", "a Maoist rebel", "Islamist fighters": an adjective of a creed or a
 * movement, one word ending "-ist" before a lowercase word, is MISC as CoNLL types "Islamist",
 * "Maoist" and "Stalinist", though the tagger reads it as a place or a person. Swedish surnames
 * ("Enqvist", "Lindkvist", "Engquist") and "Christ" are no such adjectives.
 */
export function creedAdjectivesAsMisc(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (!/^\p{Ll}/u.test(w[sp.end] ?? '')) return;
    // ("Assyrian Christian leaders", "Sunni Arab politicians", "Shiite Muslim cleric": a people's and a faith's adjectives together)
    if (sp.end - sp.start === 2 && sp.type !== MISC && isFaithAndPeopleAdjectives(w[sp.start]!, w[sp.start + 1]!)) {
      out ??= spans.slice();
      out[i] = { ...sp, type: MISC };
      return;
    }
    if (sp.end - sp.start !== 1) return;
    const word = w[sp.start]!;
    // (a faith's adjective typed a body too: "Iraq's largest Shiite party" spoke as ORG "Shiite", session 18)
    if (!(((sp.type === LOC || sp.type === PER) && isCreedAdjective(word)) || (sp.type !== MISC && FAITH_ADJECTIVES.has(word)))) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: MISC };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Nouns for the faithful as a group or its leaders, after a faith's adjective opening a sentence. */
const FAITHFUL_NOUNS = new Set(['leaders', 'leader', 'clerics', 'cleric', 'scholars', 'groups', 'group', 'community', 'communities', 'women', 'men',
  'worshippers', 'pilgrims', 'voters', 'families', 'residents', 'students', 'organisations', 'organizations', 'militants', 'minority', 'majority',
  'countries', 'nations', 'parties', 'clergy', 'villagers', 'protesters', 'refugees', 'politicians', 'lawmakers', 'youths', 'converts']);

/**
 * "Muslim leaders met the minister" with nothing tagged (session 18): the tagger leaves a faith's
 * adjective out when it opens the sentence (or follows a dateline's dash or an opening quotation
 * mark, `opensSentence`), where any word is capitalised. Before a noun for the
 * faithful or their leaders it is MISC, as CoNLL types it elsewhere; a given name ("Christian said")
 * has a verb after it.
 */
export function faithAdjectivesOpeningSentences(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let at = 0; at + 1 < w.length; at++) {
    if (!FAITH_ADJECTIVES.has(w[at]!) || !opensSentence(w, at) || !FAITHFUL_NOUNS.has(w[at + 1]!) || out.some((x) => x.start <= at && x.end > at)) continue;
    out = [...out, { start: at, end: at + 1, type: MISC }].sort((x, y) => x.start - y.start);
  }
  return out;
}

/** Adjectives of a faith or its branch, MISC in CoNLL before a noun ("Shiite party", "Muslim cleric"), which the tagger may type a body. */
const FAITH_ADJECTIVES = new Set(['Shiite', "Shi'ite", 'Shia', 'Sunni', 'Muslim', 'Christian', 'Catholic', 'Protestant', 'Jewish', 'Hindu', 'Buddhist', 'Sikh', 'Alawite', 'Druze', 'Coptic', 'Evangelical', 'Anglican']);

/** A faith's adjective, alone or with a people's (`isFaithAndPeopleAdjectives`): a MISC name the heads after it do not make a body ("Assyrian Christian leaders"). */
export function isFaithAdjectivePhrase(words: readonly string[]): boolean {
  return words.length === 1 ? FAITH_ADJECTIVES.has(words[0]!) : words.length === 2 && isFaithAndPeopleAdjectives(words[0]!, words[1]!);
}

/** Two adjectives, one a faith's and the other a faith's or a people's: "Assyrian Christian", "Sunni Arab", "Shiite Muslim". */
function isFaithAndPeopleAdjectives(a: string, b: string): boolean {
  const people = (x: string) => FAITH_ADJECTIVES.has(x) || isRegionOrPeopleAdjective(x) || /^\p{Lu}\p{Ll}+(?:ian|ish)$/u.test(x);
  return (FAITH_ADJECTIVES.has(a) || FAITH_ADJECTIVES.has(b)) && people(a) && people(b);
}

/** "Peronist", "Gaullist", "Kemalist": a capitalised word of six letters or more ending "-ist", not a surname in "-qvist", "-kvist", "-quist". */
function isCreedAdjective(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}ist$/u.test(word) && !/(?:qv|kv|qu|ch|e)ist$/.test(word) && word !== 'Christ';
}

/** Members' letters after a party's name: "the Conservative MP for Warrington South", "a Labour MEP". */
export const MEMBERS_LETTERS = new Set(['MP', 'MPs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'MLA', 'MLAs', 'MNA', 'TD', 'TDs']);

/** Words that end a company's name, which no member's name has: "MP Materials Corp". */
const CORPORATE_WORDS = new Set(['corp', 'inc', 'ltd', 'plc', 'llc', 'co', 'group', 'holdings', 'materials', 'capital', 'partners', 'energy', 'resources', 'technologies', 'systems']);

/** Members' letters that are no firm's too ("TD Securities" is a bank's). */
const MEMBER_TITLES = new Set(['MP', 'MEP', 'MSP', 'MLA', 'MNA']);

/**
 * "Andy Carter, the Conservative MP for Warrington South": the tagger takes the member's letters
 * into the party's span ("Conservative MP", an organisation). A span of two words or more ending in
 * a member's letters is the party; the letters are the post.
 */
export function dropMembersLetters(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    // "Druze MP Walid Jumblatt" typed a body from the letters on (session 18): a member's letters
    // opening a span before two or three name words, none a word the lists know from bodies'
    // names ("MP Materials Corp" is a miner), are the member's post, the rest the member
    const rest = w.slice(sp.start + 1, sp.end);
    if (sp.type !== PER && rest.length >= 2 && rest.length <= 3 && MEMBER_TITLES.has(w[sp.start]!) && rest.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x) && !lists.organisationWord(x) && !CORPORATE_WORDS.has(x.toLowerCase()))) {
      out ??= spans.slice();
      out[i] = { start: sp.start + 1, end: sp.end, type: PER };
      return;
    }
    if (sp.type === PER || sp.end - sp.start < 2 || !MEMBERS_LETTERS.has(w[sp.end - 1]!)) return;
    out ??= spans.slice();
    out[i] = { ...sp, end: sp.end - 1 };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Members' letters a seat follows with "for": "MP for", "MSP for" (singular: "MPs for" names many seats). */
const SEAT_LETTERS = new Set(['MP', 'MSP', 'MLA', 'TD', 'MNA', 'AM']);

/**
 * "Labour MP for Rotherham" (ORG, a town the lists know from its club), "the MP for Rawmarsh and
 * Conisbrough" (a place and a body): a member's seat is a place. The name right after "<letters>
 * for" or "Member of Parliament for", typed anything but a person, is one place, with a second
 * name after "and" that the seat's name joins ("Rawmarsh and Conisbrough", "Brighton Kemptown and
 * Peacehaven") when no capitalised word follows it.
 */
export function seatsAfterMembersLetters(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    const k = sp.start - 1;
    if (sp.type === PER || k < 1 || w[k] !== 'for') continue;
    const member = SEAT_LETTERS.has(w[k - 1]!) || (w[k - 1] === 'Parliament' && w[k - 2] === 'of' && w[k - 3] === 'Member');
    if (!member) continue;
    const next = spans[i + 1];
    // (not a post after the seat: "the MP for Rawmarsh and Conisbrough and Defence Secretary")
    const joins = next && next.type !== PER && w[sp.end] === 'and' && next.start === sp.end + 1 && !/^\p{Lu}/u.test(w[next.end] ?? '') && !w.slice(sp.start, sp.end).includes('and') && !w.slice(next.start, next.end).some(isTitleWord);
    if (sp.type === LOC && !joins) continue;
    out ??= spans.slice();
    const at = out.indexOf(sp);
    out.splice(at, joins ? 2 : 1, { start: sp.start, end: joins ? next!.end : sp.end, type: LOC });
  }
  return out ?? (spans as TokenSpan[]);
}

/** Plural nouns of a trade that introduce a list of companies: "Italian lenders UniCredit and Intesa Sanpaolo". */
const FIRMS_PLURALS = new Set([
  'lenders', 'banks', 'carmakers', 'automakers', 'retailers', 'insurers', 'airlines', 'carriers', 'chipmakers', 'drugmakers',
  'brewers', 'supermarkets', 'grocers', 'firms', 'companies', 'conglomerates', 'miners', 'refiners', 'utilities', 'telecoms',
]);

/**
 * "Italian lenders UniCredit and Intesa Sanpaolo led gains": the tagger types an unknown name of two
 * words a person. A person's span in a list (names joined by commas and "and") that a plural noun
 * of a trade opens names a company. Not a name that opens with a given name the lists know.
 */
export function firmsListedAfterTradePlural(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== PER || lists.givenName(w[sp.start]!)) return;
    // walk back over the list's earlier names to the word before the first
    let first = i;
    while (first > 0 && spans[first - 1]!.end === spans[first]!.start - 1 && (w[spans[first]!.start - 1] === ',' || w[spans[first]!.start - 1] === 'and')) first--;
    const before = spans[first]!.start - 1;
    if (before < 0 || !FIRMS_PLURALS.has(w[before]!)) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Posts one person holds, ending a title after a possessive: "Phnom Penh's Deputy Governor", "Britain's Ambassador". */
const HOLDERS_POSTS = new Set(['Governor', 'Minister', 'Secretary', 'Mayor', 'President', 'Director', 'Chairman', 'Chairwoman', 'Commissioner', 'Spokesman', 'Spokeswoman', 'Ambassador', 'Envoy', 'Premier', 'Prosecutor', 'Chancellor', 'Consul', 'Attorney', 'Administrator', 'Representative']);

/**
 * "Pa Socheatvong, Phnom Penh's Deputy Governor, said" (session 17, second round): the tagger typed
 * the title a place ("Deputy Governor") and cut the name to an organisation ("Pa"). A span whose
 * words are all title words right after a name's possessive is the holder's title, no name; and
 * the two or three capitalised words opening the sentence before ", <Name>'s <title>," are the
 * holder, a person, when they are no place the lists know, whole or by the last word, and no word
 * of them is a country's, a people's or a title's.
 */
export function holdersBeforePossessiveTitle(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  // titles after a possessive ("Phnom Penh's Deputy Governor") are no names
  // (ending in a post a person holds: "Blair's Labour Party" is a body whose words are titles' too)
  let out = spans.filter((sp) => !(sp.start > 0 && (w[sp.start - 1] === "'s" || w[sp.start - 1] === '’s') && HOLDERS_POSTS.has(w[sp.end - 1]!) && w.slice(sp.start, sp.end).every((x) => /^\p{Lu}/u.test(x) && isTitleWord(x))));
  const c = w.indexOf(',');
  if (c < 2 || c > 3 || !w.slice(0, c).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x))) return out.length === spans.length ? (spans as TokenSpan[]) : out;
  const name = w.slice(0, c);
  // (a word of it may be a place's too, "Pa"; not the last, "New Delhi, India's capital,")
  if (lists.knownPlace([name.join(' ')]) || lists.knownPlace([name[name.length - 1]!]) || name.some((x) => countryOfName(x) || countryOfDemonym(x) || isTitleWord(x))) return out.length === spans.length ? (spans as TokenSpan[]) : out;
  // ", <one to three capitalised words>'s <title words>,"
  let k = c + 1;
  while (k < c + 4 && /^\p{Lu}/u.test(w[k] ?? '')) k++;
  if (k === c + 1 || (w[k] !== "'s" && w[k] !== '’s')) return out.length === spans.length ? (spans as TokenSpan[]) : out;
  let t = k + 1;
  while (t < w.length && isTitleWord(w[t]!)) t++;
  if (t === k + 1 || w[t] !== ',') return out.length === spans.length ? (spans as TokenSpan[]) : out;
  out = out.filter((sp) => sp.start >= c);
  out.unshift({ start: 0, end: c, type: PER });
  return out;
}

/** Words that name a party alone, so that "<one> and <other> party" names two: "the Labour and Green party leaders". */
const PARTIES_BY_ONE_WORD = new Set(['Labour', 'Labor', 'Green', 'Greens', 'Tory', 'Tories', 'Democrat', 'Democrats', 'Liberals', 'Conservatives', 'Socialists', 'Communists', 'Reform', 'Likud']);

/**
 * "the Law and Justice party", "the Freedom and Justice party" (session 17, second round): a
 * party named by two nouns joined by "and" before a lowercase "party" is one name, where the
 * tagger split it into two bodies or left the nouns out. Each side is one or two capitalised
 * words; sides that are adjectives or name a party alone name two parties ("the Labour and Green
 * party leaders").
 */
export function partiesOfTwoNouns(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let p = 3; p < w.length; p++) {
    if (w[p] !== 'party') continue;
    const cap = (x: string | undefined) => x !== undefined && /^\p{Lu}\p{Ll}+$/u.test(x) && !/^(?:The|A|An|This|That|Its|His|Her|Their)$/.test(x) && !PARTIES_BY_ONE_WORD.has(x) && !/(?:ive|ic|an|ist|al)$/.test(x) && !countryOfName(x) && !countryOfDemonym(x);
    let b = p;
    while (b > p - 2 && cap(w[b - 1])) b--;
    if (b === p || w[b - 1] !== 'and') continue;
    let a = b - 1;
    while (a > b - 3 && cap(w[a - 1])) a--;
    if (a === b - 1) continue;
    // (the name's start: after a lowercase word, a possessive or the sentence's start, as in "the
    // opposition Law and Justice party"; not after a capitalised word that may be a third name)
    if (a > 0 && /^\p{Lu}/u.test(w[a - 1]!)) continue;
    const cur: TokenSpan[] = out ?? (spans as TokenSpan[]);
    if (cur.some((sp) => sp.start < a && sp.end > a) || cur.some((sp) => sp.start < p && sp.end > p)) continue;
    out = cur.filter((sp) => sp.end <= a || sp.start >= p);
    out.push({ start: a, end: p, type: ORG });
    out.sort((x, y) => x.start - y.start);
  }
  return out ?? (spans as TokenSpan[]);
}

/** Lowercase words for people who comment on markets and firms, before their names: "AG Edwards analyst Al Goldman". */
const COMMENTATORS = new Set(['analyst', 'economist', 'strategist', 'spokesman', 'spokeswoman', 'spokesperson', 'trader', 'dealer']);

/**
 * "said AG Edwards analyst Al Goldman" typed a body (session 17, second round): the tagger reads
 * "Al" as the Arabic article of "Al Jazeera". A name of two or three capitalised words right after a
 * lowercase commentator's noun, opening with a given name or ending in a name the lists know from
 * people's names, and ending in no body's word, is the commentator.
 */
export function commentatorsTypedAsBodies(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type === PER || sp.type === MISC || sp.end - sp.start < 2 || sp.end - sp.start > 3 || sp.start === 0 || !COMMENTATORS.has(w[sp.start - 1]!)) return;
    const words = w.slice(sp.start, sp.end);
    if (!(lists.givenName(words[0]!) || lists.personNamePart(words[words.length - 1]!)) || !words.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x)) || lists.knownPlace([words.join(' ')]) || lists.organisationWord(words[words.length - 1]!)) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Last words of the names of great scientific machines and works: "Large Hadron Collider", "Hubble Space Telescope". */
const FACILITY_HEADS = new Set(['Collider', 'Telescope', 'Observatory', 'Reactor', 'Accelerator', 'Synchrotron', 'Interferometer', 'Tokamak']);

/**
 * "the Large Hadron Collider" cut to PERSON "Hadron Collider" (session 17, second round): the
 * tagger leaves out a capitalised adjective opening a machine's name. A span ending in a facility's
 * head takes the capitalised words in no span between it and "the" before it (not a country's or a
 * people's word, which says whose), and a machine is no person: typed so, it is the site, a place.
 */
export function facilitiesNamedWhole(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (!FACILITY_HEADS.has(w[sp.end - 1]!) || sp.type === ORG) return;
    let a = sp.start;
    while (a > 0 && /^\p{Lu}\p{Ll}+$/u.test(w[a - 1]!) && !/^(?:The|A|An)$/.test(w[a - 1]!) && !countryOfName(w[a - 1]!) && !countryOfDemonym(w[a - 1]!) && !(i > 0 && spans[i - 1]!.end > a - 1)) a--;
    if (a < sp.start && !(a > 0 && /^(?:the|The)$/.test(w[a - 1]!))) a = sp.start;
    const type = sp.type === PER ? LOC : sp.type;
    if (a === sp.start && type === sp.type) return;
    out ??= spans.slice();
    out[i] = { start: a, end: sp.end, type };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "Law and Justice governed Poland from 2015" after "the Law and Justice party" (session 17, second
 * round): a party's name of two nouns that the article has named whole before "party" (`named`,
 * lowercase names) is that party wherever its words recur, where the tagger split it. Adds the
 * names this sentence's `partiesOfTwoNouns` found to `named` for the sentences after it.
 */
export function partiesOfTwoNounsNamedBefore(w: readonly string[], spans: readonly TokenSpan[], named: Set<string>): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (const sp of spans) if (sp.type === ORG && w.slice(sp.start, sp.end).includes('and') && w[sp.end] === 'party') named.add(w.slice(sp.start, sp.end).join(' ').toLowerCase());
  if (!named.size || !w.includes('and')) return spans as TokenSpan[];
  for (const name of named) {
    const parts = name.split(' ');
    for (let a = 0; a + parts.length <= w.length; a++) {
      if (!parts.every((x, j) => w[a + j]!.toLowerCase() === x) || !/^\p{Lu}/u.test(w[a]!)) continue;
      const b = a + parts.length;
      const cur: TokenSpan[] = out ?? (spans as TokenSpan[]);
      if (cur.some((sp) => sp.start === a && sp.end === b) || cur.some((sp) => (sp.start < a && sp.end > a) || (sp.start < b && sp.end > b))) continue;
      out = cur.filter((sp) => sp.end <= a || sp.start >= b);
      out.push({ start: a, end: b, type: ORG });
      out.sort((x, y) => x.start - y.start);
    }
  }
  return out ?? (spans as TokenSpan[]);
}

/** Lowercase nouns of a firm's market commentators, after the firm's name: "Nirmal Bang analyst Sunny Agrawal". */
const FIRMS_COMMENTATORS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists']);

/**
 * "said Nirmal Bang analyst Sunny Agrawal", "Raymond James analyst ..." typed a person (session 17,
 * second round): brokerages are often named after people. A person's span right before a lowercase
 * analyst's, economist's or strategist's noun and a capitalised name is the firm that employs them
 * (a spokesman may speak for a person: "Trump spokesman").
 */
export function firmsBeforeAnalysts(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== PER || !FIRMS_COMMENTATORS.has(w[sp.end] ?? '') || !/^\p{Lu}\p{Ll}/u.test(w[sp.end + 1] ?? '')) return;
    // (not the name's possessive owner: "Smith's analyst")
    if (sp.start > 0 && /^(?:'s|’s)$/.test(w[sp.start - 1]!)) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Prepositions joining a market commentator to the firm that employs them: "an analyst at Jefferies", "economist with Capital Economics". */
const EMPLOYER_LINKS = new Set(['at', 'with']);

/**
 * "Mark Moore, an analyst at Jefferies," typed a place (session 18): the name right after a
 * commentator's noun (analyst, economist, strategist; `FIRMS_COMMENTATORS`) and "at" or "with" is
 * the firm that employs them, a body. Not a place the lists know or a country ("an economist at
 * ING in London" names the firm first; "analysts in Tokyo" take "in").
 */
export function firmsAfterAnalystAt(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if ((sp.type !== LOC && sp.type !== PER) || sp.start < 2 || !EMPLOYER_LINKS.has(w[sp.start - 1]!) || !FIRMS_COMMENTATORS.has(w[sp.start - 2]!)) return;
    const words = w.slice(sp.start, sp.end);
    if (lists.knownPlace(words) || lists.knownPlace([words.join(' ')]) || countryOfName(words.join(' '))) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * '"The guidance was weak," said Stacy Rasgon of Bernstein.' typed a place (session 18): after a
 * person's name and "of", a name the lists know from no place, no country and no state is where
 * the person works, a firm or a body, in a sentence that quotes them (a verb of saying before the
 * person, right after a comma or a quotation mark). A place the lists know stays ("Jones of Ohio").
 */
export function employersAfterQuotedPerson(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== LOC || i === 0 || w[sp.start - 1] !== 'of') return;
    const person = spans[i - 1]!;
    if (person.type !== PER || person.end !== sp.start - 1 || person.start < 2 || !SAYING_VERBS.has(w[person.start - 1]!)) return;
    const before = w[person.start - 2]!;
    if (before !== ',' && before !== '"' && before !== '”' && before !== "''") return;
    const words = w.slice(sp.start, sp.end);
    const name = words.join(' ');
    if (lists.knownPlace(words) || lists.knownPlace([name]) || countryOfName(name) || stateOfName(name)) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Verbs of saying a quoted commentator follows: '..., said Stacy Rasgon of Bernstein'. */
const SAYING_VERBS = new Set(['said', 'says', 'added', 'wrote', 'writes', 'noted', 'notes']);

/** First words of a body's name that a regional adjective may open: "Inter-American Commission on Human Rights". */
const BODY_FIRST_HEADS = new Set(['Commission', 'Court', 'Council', 'Committee', 'Development', 'Investment', 'Bank', 'Union', 'Agency', 'Parliament', 'Assembly', 'Institute', 'Foundation', 'Federation', 'Association', 'League', 'Organisation', 'Organization']);

/**
 * "the Inter-American Commission on Human Rights" cut into MISC "Inter-American" and a body (session
 * 17, second round): a one-word MISC span of a hyphenated adjective ("Inter-American", "Pan-African",
 * "Afro-Asian") right before a body's span opening with a body's head is that body's first word.
 */
export function joinHyphenatedAdjectiveToBody(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (a.type !== MISC || a.end - a.start !== 1 || b.start !== a.end || b.type !== ORG || !/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(w[a.start]!) || !BODY_FIRST_HEADS.has(w[b.start]!)) continue;
    out ??= spans.slice();
    const k = out.indexOf(a);
    out.splice(k, 2, { start: a.start, end: b.end, type: ORG });
  }
  return out ?? (spans as TokenSpan[]);
}
