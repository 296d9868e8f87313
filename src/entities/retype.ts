/**
 * Type corrections that the tagger, looking at a span and its window, cannot make but the rest
 * of the article can: a person tagged as an organisation ("Kenji Fujimori" as ORG, then "Mr.
 * Fujimori, 45, said he ..."), an organisation's acronym glued to a person's name ("UN Wang
 * Guangya"), and a legislature tagged as a person ("the Knesset"). Pure functions over a
 * sentence's words and the tagger's spans; resolve.ts applies them.
 */
import { acronymKey } from './acronyms.js';
import { countryOfDemonym, countryOfName } from './demonyms.js';
import { hashString } from './hash.js';
import type { NerModel } from './model.js';
import type { TokenSpan } from './tags.js';
import { HONORIFICS, isTitleWord, TITLE_HEADS } from './titles.js';

/** The words of a legislature or a chamber's name: a body, never a person. */
const LEGISLATURES = new Set([
  'knesset', 'bundestag', 'bundesrat', 'duma', 'sejm', 'storting', 'stortinget', 'riksdag', 'folketing', 'folketinget', 'dail', 'majlis',
  'mejlis', 'congress', 'parliament', 'senate', 'eduskunta', 'althing', 'althingi', 'seimas', 'saeima', 'riigikogu', 'sabor', 'rada',
  'oireachtas', 'seanad', 'cortes', 'sabha', 'khural', 'sobranie', 'sobranje',
]);

/** Lowercase, accents dropped: "Dáil" -> "dail". */
function plainLower(word: string): string {
  // an ASCII word has no accents to drop (NFD leaves it as it is)
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return word.toLowerCase();
}

export function isLegislatureWord(word: string): boolean {
  return LEGISLATURES.has(plainLower(word));
}

/**
 * "Knesset", "State Duma", "Israeli Knesset", "U.S. Senate": a name whose last word is a
 * legislature's, the words before it capitalised (a place, a demonym, "State"). Such a name is an
 * organisation whatever type the tagger gave it; CoNLL annotates chambers as ORG too.
 */
export function namesLegislature(words: readonly string[]): boolean {
  if (!words.length || words.length > 4 || !isLegislatureWord(words[words.length - 1]!)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w));
}

/** Prepositions that make a building of a chamber's name: "a march to Parliament", "protests outside the Knesset". */
const PLACE_PREPOSITIONS = new Set(['to', 'in', 'at', 'into', 'outside', 'inside', 'near', 'towards', 'toward', 'around', 'across', 'via', 'from']);

/**
 * Whether a legislature the tagger called a place is the building where it stands: after a place
 * preposition ("a march to Parliament") it stays a place; elsewhere it is the body.
 */
export function legislatureAsPlace(w: readonly string[], start: number): boolean {
  const k = start > 0 && w[start - 1]!.toLowerCase() === 'the' ? start - 2 : start - 1;
  return k >= 0 && PLACE_PREPOSITIONS.has(w[k]!.toLowerCase());
}

/** What the rules ask of the model's name lists (the training gazetteer and compromise's lexicon). */
export interface NameLists {
  /** The whole name is a known organisation's ("Morgan Stanley", "Goldman Sachs"). */
  knownOrganisation(lowerName: string): boolean;
  /** The word alone names an organisation in the lists ("UN", "Disney", "Reuters"). */
  organisationWord(word: string): boolean;
  /** The name, or a word of it alone, is a place in the lists ("Lyon", "Hong Kong"). */
  knownPlace(name: readonly string[]): boolean;
  /** The word is a given name in the lexicon ("Helen", "Charles"). */
  givenName(word: string): boolean;
  /** The word alone names a person in the training gazetteer (initials such as "JR" are people's). */
  personWord(word: string): boolean;
  /** The word is part of a person's name in the lists ("Wang", "Peter", "Smith"). */
  personNamePart(word: string): boolean;
  /** The word occurs in organisations' names in the training gazetteer and never in a person's ("Sachs", "Security"). */
  organisationNamePart(word: string): boolean;
}

// gazetteer types: PER 0, ORG 1, LOC 2, MISC 3; lexicon categories: first 0, last 1, place 2, org 3.
const GAZ_ORG = 1;
const GAZ_PER = 0;
const GAZ_LOC = 2;
const LEX_FIRST = 0;
const LEX_LAST = 1;
const LEX_PLACE = 2;
const LEX_ORG = 3;
const ALONE = 8;

/** Whether `test` holds for the lowercase word, or for it without accents when it has some. */
function withoutAccents(word: string, test: (lower: string) => boolean): boolean {
  const l = word.toLowerCase();
  if (test(l)) return true;
  const plain = plainLower(word);
  return plain !== l && test(plain);
}

export function nameListsOf(model: NerModel): NameLists {
  const { gazetteer, lexicon } = model.resources;
  return {
    knownOrganisation: (name) => gazetteer.entries[GAZ_ORG]?.has(name) === true || lexicon.entries[LEX_ORG]?.has(name) === true,
    organisationWord: (word) => {
      const h = hashString(word.toLowerCase());
      return (gazetteer.tokenTypes(h) & (1 << (ALONE + GAZ_ORG))) !== 0 || (lexicon.tokenTypes(h) & (1 << (ALONE + LEX_ORG))) !== 0;
    },
    knownPlace: (name) => {
      const whole = name.join(' ').toLowerCase();
      if (gazetteer.entries[GAZ_LOC]?.has(whole) === true || lexicon.entries[LEX_PLACE]?.has(whole) === true) return true;
      return name.some((word) => {
        const h = hashString(word.toLowerCase());
        return (gazetteer.tokenTypes(h) & (1 << (ALONE + GAZ_LOC))) !== 0 || (lexicon.tokenTypes(h) & (1 << (ALONE + LEX_PLACE))) !== 0;
      });
    },
    // people's names are asked with and without accents: the lists know "Andres", the news writes "Andrés"
    givenName: (word) => withoutAccents(word, (l) => (lexicon.tokenTypes(hashString(l)) & (1 << (ALONE + LEX_FIRST))) !== 0),
    personWord: (word) => (gazetteer.tokenTypes(hashString(word.toLowerCase())) & (1 << (ALONE + GAZ_PER))) !== 0,
    personNamePart: (word) =>
      withoutAccents(word, (l) => {
        const h = hashString(l);
        return (gazetteer.tokenTypes(h) & (1 << GAZ_PER)) !== 0 || (lexicon.tokenTypes(h) & ((1 << LEX_FIRST) | (1 << LEX_LAST))) !== 0;
      }),
    organisationNamePart: (word) => (gazetteer.tokenTypes(hashString(word.toLowerCase())) & ((1 << GAZ_ORG) | (1 << GAZ_PER))) === 1 << GAZ_ORG,
  };
}

/** Words before a name that only a person takes: honorifics and personal titles. */
const PERSONAL_CUES = new Set([
  ...HONORIFICS, 'dr', 'dr.', 'prof.', 'president', 'sen.', 'senator', 'rep.', 'gov.', 'governor', 'premier', 'chancellor', 'minister',
  'mayor', 'judge', 'ambassador', 'congressman', 'congresswoman', 'director-general', 'secretary-general', 'attorney-general',
  'governor-general', 'solicitor-general', 'vice-president', 'vice-premier',
  // nouns for a person in apposition before the name: "businessman Víctor de Aldama", "his aide Koldo Garmendia"
  'businessman', 'businesswoman', 'aide', 'tycoon', 'billionaire', 'activist', 'dissident', 'actor', 'actress', 'singer', 'novelist',
  'poet', 'rapper', 'journalist', 'blogger', 'lawmaker', 'striker', 'midfielder', 'goalkeeper', 'defender',
]);
/** Honorifics that a tagger may take into an organisation's span ("Mr. Fujimori" as ORG). "Dr" is left out: "Dr Pepper". */
const HONORIFICS_IN_NAME = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss',
  // (session 15) the other languages' courtesies of titles.ts HONORIFICS: "Alhaji Aliko Dangote" tagged ORG
  'ibu', 'bapak', 'shri', 'shrimati', 'smt', 'smt.', 'alhaji', 'alhaja', 'hajia', 'mallam', 'herr', 'frau', 'datuk']);
/**
 * Offices only a person holds that the tagger may take, with a full name, into an organisation's
 * span ("backed by Supervisor Sandy Okafor" as ORG). Not "President" ("President Kennedy Airport").
 */
const OFFICES_IN_NAME = new Set([
  'supervisor', 'councillor', 'councilor', 'cllr', 'cllr.', 'councilman', 'councilwoman', 'alderman', 'assemblyman', 'assemblywoman',
  'assemblymember', 'senator', 'sen.', 'rep.', 'congressman', 'congresswoman', 'mayor', 'sheriff', 'judge',
  // clergy: "Cardinal Ignatius Suharyo" tagged ORG ("Bishop" is a surname too, and stays out)
  'cardinal', 'archbishop', 'imam', 'rabbi', 'ayatollah',
  // Ireland's heads of government ("Taoiseach Leo Varadkar" tagged ORG)
  'taoiseach', 'tanaiste', 'tánaiste',
]);

/** "Supervisor Sandy Okafor", "Cllr Rowlands": an office opening a span before at least `min` name words. */
function opensWithOffice(words: readonly string[], a: number, b: number, min: number): boolean {
  return b - a > min && OFFICES_IN_NAME.has(words[a]!.toLowerCase());
}
const SPEECH_VERBS = new Set(['said', 'says', 'added', 'told', 'stated', 'insisted', 'explained', 'replied', 'wrote']);
const PERSONAL_PRONOUNS = new Set(['he', 'she']);
/** "shares of X", "a stake in X", "a unit of X": what precedes an organisation, never a person. */
const HOLDINGS_OF = new Set(['shares', 'stake', 'stock', 'unit', 'units', 'subsidiary', 'division', 'stocks']);
/** "X shares", "X's profit": what follows an organisation. */
const CORPORATE_AFTER = new Set(['shares', 'stock', 'stocks', 'shareholders']);
const CORPORATE_POSSESSIONS = new Set([
  'shares', 'stock', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'subsidiary', 'unit', 'board', 'shareholders',
  'stake', 'headquarters', 'ceo', 'chief', 'employees', 'staff', 'branches', 'clients',
]);
/** "X, the bank,": the noun of an appositive that makes the name an organisation's. */
const CORPORATE_NOUNS = new Set([
  'bank', 'company', 'firm', 'group', 'lender', 'insurer', 'broker', 'brokerage', 'carrier', 'airline', 'maker', 'manufacturer',
  'retailer', 'chain', 'conglomerate', 'automaker', 'carmaker', 'fund', 'party', 'club', 'team', 'newspaper', 'agency', 'house',
  'bank\'s', 'partnership', 'consultancy', 'publisher', 'producer', 'exporter', 'importer', 'operator', 'developer', 'supplier',
]);
/** Nouns for a company only (no party, house, team or agency, which people lead or speak for): "the Danish drugmaker". */
const COMPANY_NOUNS = new Set([
  'company', 'firm', 'bank', 'lender', 'insurer', 'airline', 'carrier', 'carmaker', 'automaker', 'drugmaker', 'chipmaker',
  'retailer', 'conglomerate', 'miner', 'brewer', 'manufacturer', 'maker', 'broadcaster', 'giant', 'startup', 'start-up', 'utility',
]);
/** Words inside names of companies and bodies, never of a person's own name. */
const ORGANISATION_NAME_WORDS = new Set([
  'brothers', 'bros', 'bros.', 'sons', 'partners', 'associates', 'capital', 'investments', 'investment', 'trust', 'fund', 'funds',
  'bank', 'banks', 'group', 'holdings', 'motors', 'motor', 'airlines', 'airways', 'laboratories', 'labs', 'systems', 'technologies',
  'energy', 'oil', 'foods', 'stores', 'media', 'pictures', 'records', 'music', 'insurance', 'financial', 'securities', 'industries',
  'international', 'global', 'ventures', 'enterprises', 'corporation', 'company', 'limited', 'inc', 'inc.', 'corp', 'corp.', 'co',
  'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'party', 'union', 'council', 'committee', 'ministry', 'university',
  'college', 'school', 'institute', 'foundation', 'association', 'federation', 'league', 'club', 'united', 'city', 'rovers', 'wanderers',
  'athletic', 'news', 'times', 'post', 'journal', 'press', 'wire', 'agency', 'service', 'services', 'department', 'office', 'court',
  'army', 'police', 'force', 'forces', 'front', 'movement', 'church', 'hospital', 'hotel', 'airport', 'exchange', 'market', 'markets',
  'assembly', 'commission', 'reserve', 'authority', 'board', 'bureau', 'programme', 'program', 'organisation', 'organization',
  'mission', 'tribunal', 'secretariat', 'panel', 'corps', 'guard', 'navy', 'parliament', 'senate', 'congress', 'cabinet', 'government',
]);

/** Lowercase particles inside people's names. */
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'di', 'van', 'von', 'der', 'den', 'ter', 'ten', 'la', 'le', 'bin', 'ibn', 'bint', 'ben', 'y']);

/** "Kenji", "O'Neill", "Al-Rashid": a capitalised word with lowercase letters, nothing but letters, apostrophes and hyphens. */
function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(word);
}

/** The name words of a span without a leading honorific or office ("Mr. Fujimori" -> "Fujimori") or a trailing possessive. */
export function nameWordsOf(words: readonly string[]): readonly string[] {
  let a = 0;
  let b = words.length;
  if ((b - a > 1 && HONORIFICS_IN_NAME.has(words[a]!.toLowerCase())) || opensWithOffice(words, a, b, 1)) a++;
  if (b - a > 1 && (words[b - 1] === "'s" || words[b - 1] === "'")) b--;
  return a === 0 && b === words.length ? words : words.slice(a, b);
}

/** The keys a name is known by: its lowercase full name and its last word (the surname). */
function nameKeys(name: readonly string[]): string[] {
  const full = name.join(' ').toLowerCase();
  const last = name[name.length - 1]!.toLowerCase();
  return full === last ? [full] : [full, last];
}

/** What the article says of the names in it, gathered before any span is typed. */
export interface PersonEvidence {
  /** Names (full and surname) used as a person's: after an honorific or personal title, "X said he", "X, 45,". */
  personal: Set<string>;
  /** Full names the tagger typed PERSON somewhere. */
  taggedPerson: Set<string>;
  /** Names (full and surname) with an organisation's context: "shares of X", "X said it", "X, the bank,". */
  corporate: Set<string>;
  /** The same without "X said it": "shares of X", "X shares", "X's profit", "X, the bank,". */
  ownedOrTraded: Set<string>;
  /** Every word of the multi-word names the tagger typed PERSON. */
  personWords: Set<string>;
  /** One-word names used as a club's: "Chelsea have agreed", "join Chelsea", "Chelsea sporting director". */
  clubs: Set<string>;
  /** Full names opening a sentence closed by ", the <company noun> said": "Novo Nordisk will cut ..., the Danish drugmaker said". */
  attributedToCompany: Set<string>;
  /** Names (full and surname) right after a quote, before "said" or "told": '"...," Dogra told staff'. Not personal: firms speak so too. */
  quotedSpeakers: Set<string>;
}

/** "Fujimori, 45,": an age in an appositive right after the name. */
function ageAppositiveAt(w: readonly string[], end: number): boolean {
  if (w[end] !== ',' || !/^\d{1,3}$/.test(w[end + 1] ?? '')) return false;
  const age = Number(w[end + 1]);
  return age >= 1 && age <= 120 && (w[end + 2] === ',' || w[end + 2] === '.' || end + 2 === w.length);
}

/** Words after which a name opens a clause and can be its subject. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'as', 'because', 'when', 'that', 'after', 'before', 'although', 'though', 'so', 'then']);

/**
 * Whether the name at `start` can be the subject of what follows: it opens the sentence or a
 * clause. "A spokeswoman for CargoNet said she" is the spokeswoman speaking, not CargoNet.
 */
function opensClause(w: readonly string[], start: number): boolean {
  if (start === 0) return true;
  const prev = w[start - 1]!;
  return !/^\p{L}/u.test(prev) || CLAUSE_OPENERS.has(prev.toLowerCase()) || PERSONAL_CUES.has(prev.toLowerCase());
}

/** "Fujimori said he": the name is the subject of a speech verb followed by a personal pronoun. */
function saidHeAt(w: readonly string[], start: number, end: number): boolean {
  return opensClause(w, start) && SPEECH_VERBS.has(w[end]?.toLowerCase() ?? '') && PERSONAL_PRONOUNS.has(w[end + 1]?.toLowerCase() ?? '');
}

/** Quotation marks that close a quote before its speaker: '"We must move faster," Dogra told staff'. */
const CLOSING_QUOTES = new Set(['"', '”', "''"]);

/**
 * '"We have to move faster to digital," Dogra told staff': the name right after a quote's closing
 * comma and mark, before "said" or "told", is its speaker.
 */
function speakerAfterQuote(w: readonly string[], start: number, end: number): boolean {
  return start > 1 && CLOSING_QUOTES.has(w[start - 1]!) && w[start - 2] === ',' && (w[end] === 'said' || w[end] === 'told' || w[end] === 'says');
}

/** Whether the span at [start, end) is used as a person's name where it stands. */
function personalCueAt(w: readonly string[], start: number, end: number): boolean {
  if (start > 0 && PERSONAL_CUES.has(w[start - 1]!.toLowerCase())) return true;
  if ((end - start > 1 && HONORIFICS_IN_NAME.has(w[start]!.toLowerCase())) || opensWithOffice(w, start, end, 2)) return true;
  return saidHeAt(w, start, end) || ageAppositiveAt(w, end);
}

/**
 * Whether the span at [start, end) is used as an organisation's name where it stands. `strict`
 * leaves out "X said it": people say "it was time" too.
 */
function corporateCueAt(w: readonly string[], start: number, end: number, strict = false): boolean {
  const before = start > 1 ? w[start - 2]!.toLowerCase() : '';
  const prep = start > 0 ? w[start - 1]!.toLowerCase() : '';
  if ((prep === 'of' || prep === 'in') && HOLDINGS_OF.has(before)) return true;
  const next = w[end]?.toLowerCase() ?? '';
  const after = w[end + 1]?.toLowerCase() ?? '';
  if (CORPORATE_AFTER.has(next)) return true;
  if (next === "'s" && CORPORATE_POSSESSIONS.has(after)) return true;
  // "Kakao said its chief executive would testify": what the name says is its own is a company's
  if (SPEECH_VERBS.has(next) && after === 'its' && CORPORATE_POSSESSIONS.has(w[end + 2]?.toLowerCase() ?? '') && opensClause(w, start)) return true;
  if (!strict && SPEECH_VERBS.has(next) && (after === 'it' || after === 'its') && opensClause(w, start)) return true;
  if (next === ',' && (after === 'the' || after === 'a' || after === 'an')) {
    // (as far as "the Boston-based marketing software company")
    for (let k = end + 2; k < Math.min(end + 7, w.length); k++) {
      const x = w[k]!.toLowerCase();
      if (CORPORATE_NOUNS.has(x)) return true;
      if (x === ',' || x === '.') break;
    }
  }
  return false;
}

/**
 * "Novo Nordisk will cut about 9,000 jobs, the Danish drugmaker said on Wednesday": the sentence
 * (or the text after its dateline) the name opens is attributed, after a comma, to "the" (and up
 * to three words) and a company's noun with a speech verb, so the name is the company's.
 */
function closedByCompanyAttribution(w: readonly string[], start: number, end: number): boolean {
  if (start > 0 && /^\p{L}/u.test(w[start - 1]!)) return false;
  // (a possessor is not the subject: in "Taylor Swift's new album was streamed ..., the company
  // said" the company is the platform)
  if (w[end] === "'s" || w[end] === '’s' || w[end] === "'" || w[end] === '’') return false;
  for (let k = end; k + 3 < w.length; k++) {
    if (w[k] !== ',' || w[k + 1]!.toLowerCase() !== 'the') continue;
    for (let j = k + 2; j < Math.min(k + 6, w.length - 1); j++) {
      const x = w[j]!.toLowerCase();
      if (COMPANY_NOUNS.has(x) && SPEECH_VERBS.has(w[j + 1]!.toLowerCase())) return true;
      if (!/^[\p{L}-]+$/u.test(x)) break;
    }
  }
  return false;
}

/**
 * "Novo Nordisk" tagged PERSON in "Novo Nordisk will cut about 9,000 jobs, the Danish drugmaker
 * said": a name of two or three words the article attributes a sentence to as a company
 * (`closedByCompanyAttribution`) and never uses as a person's, none of whose words the lists
 * know as a given name, is the organisation (`isOrganisationTypedAsPerson` takes one-word names).
 */
export function isCompanyNameTypedAsPerson(words: readonly string[], ev: PersonEvidence, lists: NameLists): boolean {
  const name = nameWordsOf(words);
  if (name.length < 2 || name.length > 3 || name.some((x) => lists.givenName(x))) return false;
  const keys = nameKeys(name);
  return ev.attributedToCompany.has(keys[0]!) && !keys.some((k) => ev.personal.has(k));
}

/**
 * Collects, over the whole article, which names are used as people's and which as organisations'.
 * `notAPerson` names spans tagged PERSON that the caller already knows are not ("Chipmaker Veltra").
 */
export function collectPersonEvidence(sentences: readonly (readonly string[])[], spans: readonly (readonly TokenSpan[])[], notAPerson: (w: readonly string[], sp: TokenSpan) => boolean = () => false): PersonEvidence {
  const ev: PersonEvidence = { personal: new Set(), taggedPerson: new Set(), corporate: new Set(), ownedOrTraded: new Set(), personWords: new Set(), clubs: new Set(), attributedToCompany: new Set(), quotedSpeakers: new Set() };
  sentences.forEach((w, si) => {
    for (const sp of spans[si]!) {
      const name = nameWordsOf(w.slice(sp.start, sp.end));
      if (!name.length) continue;
      if (sp.type === 0 && name.length > 1 && !notAPerson(w, sp)) {
        ev.taggedPerson.add(name.join(' ').toLowerCase());
        for (const x of name) ev.personWords.add(x.toLowerCase());
      }
      if (corporateCueAt(w, sp.start, sp.end, true)) for (const k of nameKeys(name)) ev.ownedOrTraded.add(k);
      if (personalCueAt(w, sp.start, sp.end)) for (const k of nameKeys(name)) ev.personal.add(k);
      if (corporateCueAt(w, sp.start, sp.end)) for (const k of nameKeys(name)) ev.corporate.add(k);
      if (sp.end - sp.start === 1 && clubCueAt(w, sp.start)) ev.clubs.add(w[sp.start]!.toLowerCase());
      if (name.length > 1 && closedByCompanyAttribution(w, sp.start, sp.end)) ev.attributedToCompany.add(name.join(' ').toLowerCase());
      if (speakerAfterQuote(w, sp.start, sp.end)) for (const k of nameKeys(name)) ev.quotedSpeakers.add(k);
    }
  });
  return ev;
}

/** What follows a club's name and never a person's: "Chelsea sporting director", "Chelsea fans". */
const CLUB_ROLES = new Set(['sporting', 'manager', 'coach', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'captain', 'fans', 'supporters', 'squad', 'academy', 'chairman', 'owners', 'players', 'teammates']);
/** What a player does to a club: "join Chelsea", "signed for Chelsea", "moved to Chelsea". */
const JOINS = new Set(['join', 'joins', 'joined', 'joining', 'rejoin', 'rejoined']);
const MOVES = new Set(['sign', 'signs', 'signed', 'signing', 'move', 'moves', 'moved', 'moving', 'loaned', 'transferred']);

/**
 * A one-word name used as a club's: before a club's role ("Chelsea sporting director") or a plural
 * verb ("Chelsea have agreed": British usage for a team or a firm; a person "has"), or after
 * "join" or "signed for" / "moved to".
 */
function clubCueAt(w: readonly string[], start: number): boolean {
  const next = w[start + 1] ?? '';
  if (CLUB_ROLES.has(next) || next === 'have' || next === 'are' || next === 'were') return true;
  const prev = (w[start - 1] ?? '').toLowerCase();
  if (JOINS.has(prev)) return true;
  return (prev === 'for' || prev === 'to') && MOVES.has((w[start - 2] ?? '').toLowerCase());
}

/**
 * Whether a name could be a person's at all: one to three capitalised name words, none a title,
 * an organisation's word, a legislature, a country or a demonym, no ampersand or "and" ("Procter
 * & Gamble"), no acronym, and not a name the lists know as an organisation's ("Morgan Stanley")
 * or containing a word they know as one ("Walt Disney").
 */
function couldBePersonalName(name: readonly string[], lists: NameLists): boolean {
  // a particle inside the name is no word of its own: "Víctor de Aldama", "Jorrit van der Wal"
  const words = name.length > 2 ? name.filter((w, i) => i === 0 || i === name.length - 1 || !NAME_PARTICLES.has(w)) : name;
  if (!words.length || words.length > 3) return false;
  for (const w of words) {
    if (!isNameWord(w) || isTitleWord(w) || isLegislatureWord(w)) return false;
    const l = w.toLowerCase();
    if (ORGANISATION_NAME_WORDS.has(l) || countryOfName(w) || countryOfDemonym(w) || lists.organisationWord(w) || lists.organisationNamePart(w)) return false;
  }
  return !lists.knownOrganisation(name.join(' ').toLowerCase());
}

/**
 * "Kenji Fujimori" tagged ORG is a person when the article uses the name, or its surname, as a
 * person's ("Mr. Fujimori", "Fujimori said he", "Fujimori, 45,"), or when the tagger typed the same
 * full name PERSON elsewhere and it opens with a given name. Never when the article also uses it
 * as an organisation's ("shares of Fujimori", "Fujimori said it") or it looks like a company's
 * name; a tagger's ORG is kept unless the article says otherwise.
 */
export function isPersonTypedAsOrganisation(words: readonly string[], ev: PersonEvidence, lists: NameLists): boolean {
  const name = nameWordsOf(words);
  if (!couldBePersonalName(name, lists)) return false;
  const keys = nameKeys(name);
  if (keys.some((k) => ev.corporate.has(k))) return false;
  if (keys.some((k) => ev.personal.has(k))) return true;
  return name.length > 1 && ev.taggedPerson.has(keys[0]!) && lists.givenName(name[0]!);
}

/**
 * "UN Wang Guangya", "EU Commissioner Olli Rehn": the span opens with an organisation's or a
 * country's acronym (or a legislature: "Duma Speaker ...") glued to what follows. Returns true
 * when the first word is such a name of its own: a legislature, an acronym the lists know as an
 * organisation's or that names a country, or an unknown capitals-only acronym of 2-4 letters
 * (no dots: "J.R." is a person's initials) followed by a full name of two or more words ("AJ
 * Styles" stays one name). The word after it must be capitalised and not in capitals.
 */
export function opensWithGluedAcronym(words: readonly string[], lists: NameLists): boolean {
  if (words.length < 2 || !isNameWord(words[1]!)) return false;
  const first = words[0]!;
  if (isLegislatureWord(first)) return true;
  const letters = acronymKey(first);
  if (!letters || lists.personWord(first)) return false;
  if (lists.organisationWord(first) || countryOfName(first)) return true;
  return letters === first && letters.length <= 4 && words.length >= 3;
}

/**
 * Where the person's name starts in the rest of an ORG span after a glued acronym ("UN" + "Kofi
 * Annan", "EU" + "Commissioner Mandelson"), or -1 when the rest is no person's:
 * - a post with a head ("Commissioner", "Secretary General") followed by a name: the post is the
 *   person's title ("UN General Assembly" is no post and a name: "Assembly" is an organisation's word);
 * - or two or three name words that the article uses as a person's (`isPersonTypedAsOrganisation`),
 *   or of which one is a known part of people's names ("Wang", "Kofi") while none is a word of
 *   organisations' names only ("UN Security Council" stays whole).
 */
export function personAfterAcronym(rest: readonly string[], ev: PersonEvidence, lists: NameLists): number {
  let k = 0;
  while (k < rest.length - 1 && isTitleWord(rest[k]!)) k++;
  const name = rest.slice(k);
  if (!couldBePersonalName(name, lists) || nameKeys(name).some((key) => ev.corporate.has(key))) return -1;
  if (k > 0) return rest.slice(0, k).some((x) => TITLE_HEADS.has(x.toLowerCase())) ? k : -1;
  if (name.length < 2) return -1;
  return isPersonTypedAsOrganisation(name, ev, lists) || name.some((x) => lists.personNamePart(x)) ? 0 : -1;
}

/** The type of an acronym split off a name: a country's is a place ("US"), any other an organisation ("UN"). */
export function gluedAcronymType(word: string): 'ORG' | 'LOC' {
  return countryOfName(word) ? 'LOC' : 'ORG';
}

/**
 * "Veltra" tagged PERSON in an article about "Veltra Semiconductor" ("Shares of Veltra fell"): a
 * one-word name the article trades or owns ("shares of X", "X's profit") or that is the short form
 * of a company named in it is the organisation, unless the article uses it as a person's ("Ms.
 * X", "X said she") or it belongs to a fuller person's name ("Lee" of "Lee Teng-hui"). A fuller
 * name stays a person: "Sonia Gandhi said it was time" is no company.
 */
export function isOrganisationTypedAsPerson(words: readonly string[], ev: PersonEvidence, isCompanyShortForm: (lower: string) => boolean): boolean {
  if (words.length !== 1) return false;
  const one = words[0]!.toLowerCase();
  if (ev.personal.has(one) || ev.personWords.has(one)) return false;
  return ev.ownedOrTraded.has(one) || isCompanyShortForm(one);
}

/**
 * "Harbor Glass, based in Toledo," tagged MISC in an article that the tagger elsewhere reads as
 * the company "Harbor Glass": a name of two or more words is one thing within an article, so a
 * MISC mention of a name tagged ORG more often than MISC is the organisation. One-word names are
 * left alone ("Leeds" the club and the city, "Japanese" the demonym).
 */
export function isOrganisationTypedAsWork(words: readonly string[], orgOverMisc: ReadonlyMap<string, number>): boolean {
  return words.length > 1 && (orgOverMisc.get(words.join(' ').toLowerCase()) ?? 0) > 0;
}

/** Who works at an organisation: "a lawyer at Morgan Lewis", "an analyst at Forrester". */
const OCCUPATIONS = new Set([
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists',
  'professor', 'researcher', 'researchers', 'scientist', 'scientists', 'partner', 'engineer', 'engineers', 'banker', 'bankers',
  'trader', 'traders', 'executive', 'executives', 'consultant', 'lecturer', 'fellow', 'physician', 'surgeon', 'employee',
  'employees', 'worker', 'workers', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials',
]);

/**
 * "a lawyer at Morgan Lewis": a name after "<occupation> at" is the employer, an organisation,
 * where the tagger saw a person's name or a work ("Morgan Lewis" as PERSON or MISC). A place keeps
 * its type ("a doctor at Lagos" is rare, "an analyst at Tokyo's ..." is a place's possessive).
 */
export function isEmployerAfterOccupation(w: readonly string[], start: number, end: number): boolean {
  if (start < 2 || w[start - 1]!.toLowerCase() !== 'at' || !isOccupation(w[start - 2]!.toLowerCase())) return false;
  return w[end] !== "'s" && w[end] !== "'";
}

/** Posts a person holds in a body, whose "of" phrase names the body: "president of Lilly Neuroscience". */
const POSTS_OF = new Set(['president', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'founder', 'co-founder', 'officer', 'executive', 'ceo', 'treasurer']);

/**
 * "Anne White, president of Lilly Neuroscience": a name after "<post> of" is what the post is
 * in, a body, where the tagger saw a person (a given name opens "Lilly Neuroscience"). A person
 * after such an "of" is rare in news ("head of John Smith" is no phrase); a place keeps its type
 * ("president of France") since only a tagged person is changed.
 */
export function isBodyAfterPostOf(w: readonly string[], start: number, end: number): boolean {
  // ("director of John Smith's campaign": the possessive's owner is a person)
  return start >= 2 && w[start - 1] === 'of' && POSTS_OF.has(w[start - 2]!.toLowerCase()) && w[end] !== "'s" && w[end] !== "'";
}

/** Posts only a company or a body has, whose "of" phrase names it: "chief executive of Barclays", "founder of Nimbus". */
const COMPANY_POSTS_OF = new Set(['executive', 'ceo', 'chairman', 'chairwoman', 'founder', 'co-founder', 'cofounder']);

/**
 * "The chief executive of Barclays, C.S. Venkatakrishnan, said": a name after "chief executive
 * of" (a company's post) is the company, where the tagger read a place after "of". A place the
 * lists know keeps its type ("Chief Executive of Hong Kong"), as does a possessive's owner
 * ("chief executive of Britain's biggest bank"). The caller checks the lists.
 */
export function isCompanyAfterCompanyPostOf(w: readonly string[], start: number, end: number): boolean {
  return start >= 2 && w[start - 1] === 'of' && COMPANY_POSTS_OF.has(w[start - 2]!.toLowerCase()) && w[end] !== "'s" && w[end] !== "'";
}

/**
 * "Ali Amin Gandapur, the chief minister of Khyber Pakhtunkhwa": what a mayor, a premier or a
 * chief minister is "of" is a city, a province or a state, where the tagger read a body. (Not a
 * governor: "governor of Bank Indonesia" heads a bank.) The caller keeps names with a body's head.
 */
export function isPlaceAfterPlacePostOf(w: readonly string[], start: number, end: number): boolean {
  if (start < 2 || w[start - 1] !== 'of' || w[end] === "'s") return false;
  const post = w[start - 2]!.toLowerCase();
  return post === 'mayor' || post === 'premier' || (post === 'minister' && start >= 3 && w[start - 3]!.toLowerCase() === 'chief');
}

/** An occupation from the list, or a specialist's word: "hepatologist", "paediatrician". */
function isOccupation(lower: string): boolean {
  return OCCUPATIONS.has(lower) || /^\p{Ll}{4,}(?:ologists?|icians?)$/u.test(lower);
}

/**
 * "an analyst at Creative Strategies", "a hepatologist at Karolinska Institutet": a name of two
 * or more words the tagger called a place is the employer too, unless it is a country's name or
 * a state or country follows it after a comma. One word stays a place: "a lecturer at Leeds" may
 * be the city.
 */
export function isEmployerTypedAsPlace(w: readonly string[], start: number, end: number): boolean {
  if (end - start < 2 || !isEmployerAfterOccupation(w, start, end)) return false;
  // "a spokeswoman at Fort Bliss, Texas": a place that a state or country follows is a place
  if (w[end] === ',' && /^\p{Lu}/u.test(w[end + 1] ?? '')) return false;
  return !countryOfName(w.slice(start, end).join(' '));
}

/** What an investor holds in a company: "shares in", "a stake in". */
const STAKE_NOUNS = new Set(['shares', 'stake', 'stakes', 'shareholding', 'shareholdings', 'holding', 'holdings', 'shareholders', 'investors', 'stock']);

/**
 * "Shares in Ferrovia Nord fell": a name after "shares in" or "a stake in". Whether that makes it
 * a company is the document's to say ("Shares in Tokyo fell" is the market there): the caller
 * asks that the name be an organisation elsewhere in the article.
 */
export function isStakeIn(w: readonly string[], start: number): boolean {
  return start >= 2 && w[start - 1] === 'in' && STAKE_NOUNS.has(w[start - 2]!.toLowerCase());
}

/** Verbs of a match's result on the sports pages: "Leeds beat Arsenal", "Chelsea, who drew 1-1 with Everton". */
const RESULT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeat', 'drew', 'draw', 'draws', 'lost', 'lose', 'loses', 'thrashed', 'edged', 'routed', 'held', 'hosted', 'host', 'hosts', 'play', 'plays', 'played', 'face', 'faces', 'faced']);
const RESULT_LINKS = new Set(['with', 'to', 'against', 'over', 'at', 'by']);

/** "1-1", "3-2", "2-0": a football score, a token of digits around a dash. */
function isScore(word: string): boolean {
  return /^\d{1,2}[-–]\d{1,2}$/.test(word);
}

/** Skips a score and a linking preposition after a result verb at i: "drew 1-1 with" -> the index after "with". */
function afterResult(w: readonly string[], i: number): number {
  if (i < w.length && isScore(w[i]!)) i++;
  if (i < w.length && RESULT_LINKS.has(w[i]!.toLowerCase())) i++;
  return i;
}

/**
 * "a point ahead of Chelsea", "three points clear of Arsenal", "two points behind Villa": a gap
 * in points ends right before `at`, and what it is measured against is a side in the table.
 */
function afterPointsGap(w: readonly string[], at: number): boolean {
  let k = at - 1;
  if (w[k] === 'of' && (w[k - 1] === 'ahead' || w[k - 1] === 'clear')) k -= 2;
  else if (w[k] === 'behind') k -= 1;
  else return false;
  return w[k] === 'point' || w[k] === 'points';
}

/**
 * "two points behind Chelsea, who drew 1-1 with Everton": a one-word name the tagger typed PERSON
 * is a club when a match's result joins it to a name the tagger typed ORG ("X drew with <club>",
 * "<club> beat X"), the lists know the word alone as an organisation's, and the article never
 * uses it as a person's (no "Mr. X", no fuller name). "Federer beat Nadal" joins two people and
 * is left alone. In a sports story such a word that no list knows from a person's name is a club
 * wherever it stands.
 */
export function isTeamTypedAsPerson(w: readonly string[], sp: TokenSpan, spans: readonly TokenSpan[], ev: PersonEvidence, lists: NameLists, sportsStory = false): boolean {
  if (sp.end - sp.start !== 1) return false;
  const word = w[sp.start]!;
  const one = word.toLowerCase();
  if (!lists.organisationWord(word) || ev.personal.has(one) || ev.personWords.has(one)) return false;
  // in a match report a club's name the lists know from no person's name needs no result beside it ("Wrexham moved top")
  if (sportsStory && !lists.personNamePart(word) && !lists.personWord(word)) return true;
  // the article uses it as a club's somewhere ("Chelsea have agreed to sign ...", "join Chelsea")
  if (ev.clubs.has(one)) return true;
  // a league table's gap in a match report: "a point ahead of Chelsea" (session 18)
  if (sportsStory && afterPointsGap(w, sp.start)) return true;
  const orgStartsAt = (i: number) => spans.some((x) => x.type === 1 && x.start === i);
  const orgEndsAt = (i: number) => spans.some((x) => x.type === 1 && x.end === i);
  // after: "X beat <club>", "X, who drew 1-1 with <club>"
  let i = sp.end;
  if (w[i] === ',' && w[i + 1]?.toLowerCase() === 'who') i += 2;
  if (i < w.length && RESULT_VERBS.has(w[i]!.toLowerCase()) && orgStartsAt(afterResult(w, i + 1))) return true;
  // before: "<club> beat X", "<club> drew 1-1 with X", "<club>, who drew 1-1 with X"
  for (let v = sp.start - 1; v >= Math.max(1, sp.start - 3); v--) {
    if (!RESULT_VERBS.has(w[v]!.toLowerCase()) || afterResult(w, v + 1) !== sp.start) continue;
    if (orgEndsAt(v) || (v >= 3 && w[v - 1]!.toLowerCase() === 'who' && w[v - 2] === ',' && orgEndsAt(v - 2))) return true;
  }
  return false;
}


/** Nouns whose "of"-phrase is a place: "the mayor of Harrowgate", "the outskirts of Lyon". */
const PLACE_OF = new Set([
  'mayor', 'mayors', 'governor', 'residents', 'inhabitants', 'city', 'town', 'village', 'county', 'province', 'region', 'district',
  'outskirts', 'suburbs', 'centre', 'center', 'streets', 'heart', 'north', 'south', 'east', 'west', 'northeast', 'northwest',
  'southeast', 'southwest', 'port', 'capital',
]);

/**
 * "a former mayor of Harrowgate", "the outskirts of Velden": a name of one or two words right after
 * "<noun of a place> of" is the place, whatever the tagger made of a name it did not know. A
 * determiner ("the governor of the Bank of England") or a third word leaves it alone.
 */
export function isPlaceAfterPlaceNoun(w: readonly string[], start: number, end: number): boolean {
  if (end - start > 2 || start < 2 || w[start - 1]!.toLowerCase() !== 'of') return false;
  return PLACE_OF.has(w[start - 2]!.toLowerCase()) && w[end] !== "'s" && w[end] !== "'";
}

/** What a town has that a possessive before it names: "Alzira's mayor", "the city's residents". */
const PLACE_POSSESSIONS = new Set(['mayor', 'mayors', 'residents', 'inhabitants', 'townspeople', 'outskirts', 'suburbs', 'station', 'airport', 'harbour', 'harbor', 'streets', 'neighbourhoods', 'neighborhoods']);
const OFFICE_MODIFIERS = new Set(['former', 'deputy', 'acting', 'new', 'longtime', 'then', 'main', 'central', 'international', 'railway', 'train', 'bus', 'busiest', 'largest', 'biggest', 'old']);

/**
 * "Alzira's mayor, Carmen Ortiz,", "Velden's residents", "Hamburg's main railway station": a name
 * of one or two words before "'s" and a place's office, people or building is that place. An
 * organisation the lists know, and no place, keeps its type ("Labour's mayor of London").
 */
export function isPlaceOwningPlaceNoun(w: readonly string[], start: number, end: number, lists: NameLists): boolean {
  if (end - start > 2 || (w[end] !== "'s" && w[end] !== "'")) return false;
  let k = end + 1;
  while (k < end + 3 && OFFICE_MODIFIERS.has(w[k] ?? '')) k++;
  if (!PLACE_POSSESSIONS.has(w[k] ?? '')) return false;
  const name = w.slice(start, end);
  // (a name the lists know as a place and a club, "Hamburg's main railway station", is the place here)
  const knownBody = name.length === 1 ? lists.organisationWord(name[0]!) : lists.knownOrganisation(name.join(' ').toLowerCase());
  return (!knownBody || lists.knownPlace(name)) && !/^\p{Lu}+$/u.test(name[name.length - 1]!);
}

/** Lowercase nouns of an administrative area that follow its name: "the Belgorod region", "Rivers state". */
const AREA_AFTER = new Set(['region', 'province', 'district', 'oblast', 'governorate', 'prefecture', 'county', 'state', 'municipality',
  // and of places in a city: "Vienna's Graben shopping street", "the Kreuzberg neighbourhood"
  'street', 'avenue', 'boulevard', 'square', 'neighbourhood', 'neighborhood', 'suburb',
  // "near the Tyler Galleria mall" (a person)
  'mall']);
/** Words between a street's name and "street": "the Graben shopping street". */
const STREET_MODIFIERS = new Set(['shopping', 'main', 'high', 'pedestrian', 'busy']);

/**
 * "Russia's Belgorod region", "the Kherson oblast": a name of one or two words right before a
 * lowercase noun of an administrative area is that area, whatever the tagger made of a name it did
 * not know.
 */
export function isPlaceBeforeAreaNoun(w: readonly string[], start: number, end: number): boolean {
  if (end - start > 2 || end >= w.length) return false;
  return AREA_AFTER.has(w[end]!) || (STREET_MODIFIERS.has(w[end]!) && w[end + 1] === 'street');
}

/** Last words that make a name a sports club's wherever it stands: "Wigan Athletic", "Bristol Rovers". */
const CLUB_ENDINGS = new Set(['athletic', 'rovers', 'wanderers', 'albion', 'hotspur', 'argyle', 'academicals', 'fc', 'afc']);
/** First words of clubs' names, never of a place's: "Athletic Bilbao", "Sporting Lisbon", "Dynamo Kyiv". */
const CLUB_OPENERS = new Set(['Athletic', 'Atletico', 'Atlético', 'Sporting', 'Olympique', 'Dynamo', 'Dinamo', 'Racing', 'Deportivo']);
/** "Athletic Bilbao" tagged as a person: a name of two or more words opening with a club's first word ("Racing Santander", "Dynamo Kyiv"). */
export function opensWithClubWord(w: readonly string[], start: number, end: number): boolean {
  return end - start > 1 && CLUB_OPENERS.has(w[start]!);
}

/** Last words of leagues' names: "La Liga", "Liga Profesional", "Super Lig", "Betway Premiership". */
const LEAGUE_WORDS = new Set(['Liga', 'League', 'Lig', 'Premiership', 'Bundesliga', 'Eredivisie']);

/**
 * "La Liga", "Liga Profesional" typed a place: a league (a name of two or more words opening or
 * ending in a league's word) is the body that runs it, never a place.
 */
function isLeagueName(w: readonly string[], start: number, end: number): boolean {
  return LEAGUE_WORDS.has(w[end - 1]!) || w[start] === 'Liga';
}

/** Last words of clubs that also end places' names ("Exeter City", "Stockport County"): clubs in a sports story. */
const CLUB_OR_PLACE_ENDINGS = new Set(['city', 'county', 'town', 'united']);
/** Words of a match report. */
const MATCH_WORDS = new Set(['drew', 'draw', 'beat', 'league', 'match', 'goal', 'goals', 'striker', 'midfielder', 'defender', 'goalkeeper', 'manager', 'fixture', 'penalty', 'kick-off', 'half-time', 'stoppage', 'relegation', 'promotion', 'substitute', 'scored', 'header']);

/** A story about matches: a score ("3-2") and at least two words of a match report (`sentences`: their words). */
export function isSportsStory(sentences: readonly (readonly string[])[]): boolean {
  let score = false;
  let words = 0;
  for (const w of sentences) {
    for (const x of w) {
      // (runs over every word of every article: a first-character test before anything dearer;
      // a match report's words are lowercase in running text)
      const c = x.charCodeAt(0);
      if (c >= 48 && c <= 57) {
        if (!score && /^\d{1,2}-\d{1,2}$/.test(x)) score = true;
      } else if (c >= 97 && c <= 122 && MATCH_WORDS.has(x)) words++;
      if (score && words >= 2) return true;
    }
  }
  return false;
}

/** Words a club's name follows or precedes in a match report: "joined from", "drew 1-1 at", "beat", "who drew". */
const CLUB_BEFORE = new Set(['from', 'against', 'beat', 'v', 'vs', 'vs.', 'versus', 'at', 'to', 'with', 'over', 'host', 'hosts', 'face', 'faces']);
const CLUB_AFTER = new Set(['drew', 'beat', 'lost', 'won', 'play', 'plays', 'face', 'faces', 'host', 'hosts', 'who', 'have', 'are']);

/**
 * "Wigan Athletic" anywhere, and in a sports story "Stockport County, who drew" or "joined from
 * Exeter City": a name of two or more words in `w` at [start, end) ending in a club's word is the
 * club where the tagger read a place. "Kansas City" and "Atlantic City" keep their place's reading
 * outside a match's words.
 */
export function isClubTypedAsPlace(w: readonly string[], start: number, end: number, sportsStory: boolean): boolean {
  if (end - start < 2) return false;
  const last = w[end - 1]!.toLowerCase();
  if (CLUB_ENDINGS.has(last) || CLUB_OPENERS.has(w[start]!) || isLeagueName(w, start, end)) return true;
  if (!sportsStory || !CLUB_OR_PLACE_ENDINGS.has(last)) return false;
  const after = (w[end] === ',' ? w[end + 1] : w[end])?.toLowerCase() ?? '';
  return CLUB_BEFORE.has(w[start - 1]?.toLowerCase() ?? '') || CLUB_AFTER.has(after);
}

/** Capitalised words that describe people by race or origin, and are also surnames ("Jack White"). */
const PEOPLE_DESCRIPTORS = new Set(['Black', 'White', 'Brown', 'Indigenous', 'Aboriginal']);
const PEOPLE_NOUNS = new Set([
  'residents', 'voters', 'people', 'men', 'women', 'communities', 'community', 'families', 'students', 'workers', 'children',
  'youths', 'neighbourhoods', 'neighborhoods', 'churches', 'businesses', 'homeowners', 'officers', 'candidates', 'lawmakers',
  'leaders', 'citizens', 'patients', 'drivers', 'americans', 'britons', 'canadians', 'australians', 'population', 'groups',
]);

/**
 * "the votes of Black residents": a descriptor of people before the people it describes names
 * no place, body or person; the same word alone or before a verb may be a surname ("White said").
 */
export function isDescriptorOfPeople(w: readonly string[], start: number, end: number): boolean {
  return end === start + 1 && PEOPLE_DESCRIPTORS.has(w[start]!) && end < w.length && PEOPLE_NOUNS.has(w[end]!.toLowerCase());
}

/** "NZ$1.2 billion", "HK$5 billion", "US$700 million": a country's letters glued to a currency sign name a currency, not a place. */
export function isCurrencyPrefix(w: readonly string[], start: number, end: number): boolean {
  return end === start + 1 && end < w.length && w[end] === '$' && /^[A-Z]{1,3}$/.test(w[start]!);
}

/** Words before "from" that say where the people named before come from: "both from Bradford". */
const ORIGIN_BEFORE_FROM = new Set(['both', 'all', 'each', 'originally',
  // (session 17) "a Democrat from Decatur", "a native from Kisumu", "residents from Bekasi"
  'democrat', 'republican', 'native', 'resident', 'residents']);

/**
 * "two men, both from Bradford", "a 22-year-old from Leeds": where people come from is a place,
 * whatever the tagger made of the name (a town's name is often its club's too, and the lists know
 * only the club). "Officials from Google" has no such word before "from", and stays.
 */
export function isOriginTypedAsOrganisation(w: readonly string[], start: number, end: number): boolean {
  if (start < 2) return false;
  // (session 17) "Denise Holloway, 58, from Stockport," "Holloway, who lives in Stockport": a
  // person's age in commas before "from" or "of", a verb of dwelling or birth before "in"
  if (w[start - 1] === 'in' && DWELLING_BEFORE_IN.test(w[start - 2]!)) return true;
  if ((w[start - 1] === 'from' || w[start - 1] === 'of') && w[start - 2] === ',' && /^\d{1,3}$/.test(w[start - 3] ?? '') && w[start - 4] === ',') return true;
  if (w[start - 1] !== 'from') return false;
  const before = w[start - 2]!;
  return ORIGIN_BEFORE_FROM.has(before.toLowerCase()) || /^\d+-year-old$|^(?:teenager|woman|man|boy|girl)$/.test(before);
}

/** Verbs of where a person lives or was born, before "in" and a town: "lives in", "was born in". */
const DWELLING_BEFORE_IN = /^(?:lives|lived|living|born|raised)$/;

/**
 * "Ray Costa and Linda Park", "Linda Park and Ray Costa": a two-word name opening with a given
 * name, joined by "and" to a person, is a person too, though its last word names places
 * ("Park", "Hill", "Street"). "Hyde Park and Central Park" have no given name.
 */
export function isPersonInPairTypedAsPlace(w: readonly string[], sp: TokenSpan, spans: readonly TokenSpan[], lists: NameLists): boolean {
  if (sp.end - sp.start !== 2) return false;
  // (session 16) "Martin Ødegaard and Bukayo Saka": a given name the lists do not know, in a name
  // of two plain words neither of which the lists know as a place, beside a person of two words
  // of a given name the lists know, and not closing a list ("Deer al-Balah, Khan Younis and Beit Hanoun")
  const name = w.slice(sp.start, sp.end);
  const unknownPair = !lists.givenName(name[0]!) && name.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x) && !lists.knownPlace([x])) && !lists.knownPlace(name) && !countryOfName(name.join(' '));
  if (!lists.givenName(name[0]!) && !unknownPair) return false;
  const PER = 0;
  const partner = (o: TokenSpan) => !unknownPair || (o.end - o.start === 2 && lists.givenName(w[o.start]!) && w[Math.min(o.start, sp.start) - 1] !== ',');
  return spans.some((o) => o.type === PER && partner(o) && ((o.end === sp.start - 1 && w[o.end] === 'and') || (o.start === sp.end + 1 && w[sp.end] === 'and')));
}

/** Capitalised titles of office held only by people, right before a name: "Senator Paloma Valencia". */
const PERSON_TITLES_BEFORE = new Set(['Senator', 'Sen.', 'President', 'Minister', 'Governor', 'Gov.', 'Mayor', 'Judge', 'Justice', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Councillor', 'Councilwoman', 'Councilman', 'Ambassador', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Dr']);
/** Kin a name is apposed to: "His daughter, Sofia,". */
const KIN = new Set(['daughter', 'son', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'widow', 'grandson', 'granddaughter', 'partner']);

/** Posts only people hold, written before a comma and the holder's name: "Its leader, Paloma Valencia,". */
const POSTS_APPOSED = new Set(['leader', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'founder', 'candidate', 'lawyer', 'coach', 'secretary', 'president']);

/**
 * "was replaced by Priya Dogra" and '"...," Dogra told staff', both tagged places: a name of one or
 * two words the article uses as a quote's speaker or as a person's (`personalCueAt`), whole or
 * by its last word, that the lists know as no place and that is no country or nationality, is a
 * person.
 */
export function isSpeakerTypedAsPlace(words: readonly string[], ev: PersonEvidence, lists: NameLists): boolean {
  if (words.length > 2 || words.some((x) => !/^\p{Lu}\p{Ll}+$/u.test(x))) return false;
  const name = words.join(' ');
  if (lists.knownPlace(words) || lists.knownPlace([name]) || countryOfName(name) || countryOfDemonym(name) || words.some((x) => countryOfName(x) || countryOfDemonym(x))) return false;
  return nameKeys(words).some((k) => ev.personal.has(k) || ev.quotedSpeakers.has(k));
}

/** "swore in", "sworn in": the verb of taking an oath of office, before whom it is taken by. */
const SWEARS = new Set(['swore', 'sworn', 'swear', 'swears', 'swearing']);

/** Whether the name at i follows "<post>," ("Its leader, Paloma Valencia"). */
function isApposedToPost(w: readonly string[], i: number): boolean {
  return i > 1 && w[i - 1] === ',' && POSTS_APPOSED.has(w[i - 2]!);
}

/**
 * Whether a two-word name follows a country's possessive and ends in a word the lists know from
 * people's names, the last not as a place: "Paraguay's Santiago Peña and Bolivia's Luis Arce" (a
 * country's leader, named the way the news names them; "Chile's Santiago Metropolitan Region" ends
 * in no surname, "China's Hainan Island" opens with none).
 */
function isCountrysFigure(w: readonly string[], sp: TokenSpan, lists: NameLists): boolean {
  const last = w[sp.end - 1]!;
  return sp.start > 1 && (w[sp.start - 1] === "'s" || w[sp.start - 1] === '’s') && countryOfName(w[sp.start - 2]!) !== null && lists.personNamePart(w[sp.start]!) && lists.personNamePart(last) && !lists.knownPlace([last]);
}

/**
 * "Senator Paloma Valencia", "His daughter, Sofia,": a name the tagger called a place (Valencia,
 * Sofia) is a person after a title only people hold, or, opening with a given name, apposed to a
 * word of kinship; so is one apposed to a post ("Its leader, Paloma Valencia,"), a country's
 * figure (`isCountrysFigure`), a name after kin and "of" ("the son of Hun Sen") and one sworn in
 * ("swore in José Jerí"). ("President Kennedy Airport" ends in a place's head, which the heads
 * decide before this.)
 */
export function isTitledPersonTypedAsPlace(w: readonly string[], sp: TokenSpan, lists: NameLists): boolean {
  const first = w[sp.start]!;
  // (after a title, a first word that is no place alone will do: "Senator Paloma Valencia")
  if (sp.end - sp.start >= 2 && sp.start > 0 && PERSON_TITLES_BEFORE.has(w[sp.start - 1]!)) return lists.givenName(first) || !lists.knownPlace([first]);
  if (sp.end - sp.start === 2 && (isApposedToPost(w, sp.start) || isCountrysFigure(w, sp, lists))) return lists.givenName(first) || !lists.knownPlace([first]);
  // ("Congress swore in José Jerí as interim president": whom a body swears in is a person, not where)
  if (sp.end - sp.start >= 2 && sp.start > 1 && w[sp.start - 1] === 'in' && SWEARS.has(w[sp.start - 2]!.toLowerCase())) return !lists.knownPlace([w.slice(sp.start, sp.end).join(' ')]);
  // ("the son of Hun Sen": a name of two or more words after kin and "of", that the lists know as no place whole)
  if (sp.end - sp.start >= 2 && sp.start > 1 && w[sp.start - 1] === 'of' && KIN.has(w[sp.start - 2]!.toLowerCase())) return !lists.knownPlace([w.slice(sp.start, sp.end).join(' ')]) && !countryOfName(w.slice(sp.start, sp.end).join(' '));
  // (session 17) "Its head, Suharyanto, said": one name between commas after a body's post
  if (sp.end - sp.start === 1 && isMononymApposedToPost(w, sp.start) && !lists.knownPlace([first]) && !countryOfName(first)) return true;
  return sp.end - sp.start === 1 && sp.start > 1 && w[sp.start - 1] === ',' && KIN.has(w[sp.start - 2]!.toLowerCase()) && w[sp.end] === ',' && lists.givenName(first);
}

/** Posts a body's person holds, after "its" or a possessive: "Its head,", "the agency's chief,". */
const HEADS_APPOSED = new Set([...POSTS_APPOSED, 'head', 'chief', 'director', 'commander', 'governor']);

/**
 * Whether the one word at i stands between commas after a possessive and a post: "Its head,
 * Suharyanto, said", "the agency's spokesman, Sutopo,". Indonesia and Myanmar name many people by
 * one name, which the tagger, seeing no given name, types a place.
 */
function isMononymApposedToPost(w: readonly string[], i: number): boolean {
  if (i < 3 || w[i - 1] !== ',' || w[i + 1] !== ',' || !HEADS_APPOSED.has(w[i - 2]!)) return false;
  const owner = w[i - 3]!;
  return /^(?:its|his|her|their)$/i.test(owner) || owner === "'s" || owner === '’s';
}

/** Lowercase words that may follow a place in a list: "in Tharwa or Banks on Sunday". */
const AFTER_PLACE = new Set(['on', 'in', 'at', 'with', 'for', 'by', 'during', 'last', 'this', 'next', 'when', 'where', 'after', 'before', 'since', 'until', 'and', 'or', 'to', 'from']);

/** Prepositions that put what follows them on the map: "in Tharwa or Banks", "near Tharwa or Banks". */
const LOCATIVES = new Set(['in', 'near', 'at', 'from', 'to', 'around', 'outside']);

/**
 * "in Tharwa or Banks": a one-word name the tagger called an organisation, joined by "or" or
 * "and" to a place that a locative preposition governs, is a place of the same list. A name the
 * article calls an organisation elsewhere (`orgElsewhere`) stays one: "in Paris and Airbus".
 */
export function isPlaceInPairTypedAsOrganisation(w: readonly string[], sp: TokenSpan, spans: readonly TokenSpan[], orgElsewhere: boolean): boolean {
  if (sp.end - sp.start !== 1 || orgElsewhere) return false;
  const LOC = 2;
  const joiner = w[sp.start - 1];
  if (joiner !== 'or' && joiner !== 'and') return false;
  // ("in Toulouse and Airbus said": a verb after the name makes it the next clause's subject)
  const next = w[sp.end];
  if (next !== undefined && /^\p{Ll}/u.test(next) && !AFTER_PLACE.has(next)) return false;
  return spans.some((o) => o.type === LOC && o.end === sp.start - 1 && o.start > 0 && LOCATIVES.has(w[o.start - 1]!.toLowerCase()));
}
