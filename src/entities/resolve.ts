/**
 * From tagged tokens to entities: titles are split off names, every mention of the same
 * entity within the document is clustered (full name, surname, "Mr X", "President X",
 * "the president"), and demonyms used as actors join their country.
 */
import type { Entity, EntityType, Mention, Sentence, Span, Token } from '../document/types.js';
import { withAccentedGivenNames } from './accented.js';
import { countryOfDemonym, countryOfName, isPeopleDemonym } from './demonyms.js';
import { acronymKey, definesAlias, initialsOf, untaggedAcronyms } from './acronyms.js';
import { namesBeforeDescription, personsAfterKinNouns, personsTakingPosts, typeFromDescription, typeFromWordsBefore, typeOfNameKnownAs } from './appositives.js';
import { backersTypedAsPlaces, employersOfPluralStaff, firmsAfterTradeSourceNoun, lonePersonAmongOrganisations, organisationsInCoordination, splitFirmsAfterPluralStaff } from './coordination.js';
import { hashString } from './hash.js';
import { tokenWordIds } from '../text/word-ids.js';
import { dropCommonHeadingOpeners, dropRubrics, judgeHeadlineSpans } from './headlines.js';
import type { NerModel } from './model.js';
import { stateOfName } from './states.js';
import { businessesBeforeWhich, commonNounsOpeningSentences, dropHolidays, dropNumberAbbreviations, employersBeforeExecutivePosts, familyNameWrittenFirst, firmsAfterCompanyNoun, firmsListedAfterTradePlural, firmsNamedByNationality, namesTaggedInside, peopleAdjectivesAsMisc, splitCountryOwnerAfterAnd, personsBeforeKinPossessive, creedAdjectivesAsMisc, faithAdjectivesOpeningSentences, dropMembersLetters, seatsAfterMembersLetters, bodiesBeforeWhose, firmsBeforeTradeAndCompanyNoun, holdersBeforePossessiveTitle, partiesOfTwoNouns, commentatorsTypedAsBodies, facilitiesNamedWhole, partiesOfTwoNounsNamedBefore, firmsBeforeAnalysts, joinHyphenatedAdjectiveToBody, opensSentence, bodiesNamedAfterBodyNoun, personsAfterSurnamed, firmsAfterAnalystAt, employersAfterQuotedPerson, isFaithAdjectivePhrase } from './namecues.js';
import { dropMembersOfChamber, dropPostNominal, extendBodyAcrossFor, extendBodyBackOverHeadFor, extendBodyBackOverAnd, extendBodyBackOverOf, extendOverPatron, extendPersonOverArticledSurname, extendPersonOverGivenName, extendPersonOverSurname, isOpeningParticiple, joinCompanyAcrossAnd, placesAfterAreaNouns, placesBeforeAreaNouns, joinPersonAcrossParticle, extendPersonOverParticleSurname, joinNameAroundNickname, placesInLists, splitOrganisationsAtAnd, splitPersonFromBody, titlesOfWorks, dropQuotationOpener, dropTrailingTitleOpener, dropTrailingWeekday, dropLeadingWeekday, extendOverInstitutionHead, bodiesTypedAsPersonsByHead, extendOverWorksHead, isRegionOrPeopleAdjective, isBodyOfRegionOrPeople, isPartyName, joinAdjectiveToMisc, extendPersonOverHyphenatedGivenName, splitAcronymAfterComma, dropPortfoliosBeforeHolders } from './spans.js';
import { spansFromBilou, TYPES, type TokenSpan } from './tags.js';
import { personsBeforePostAppositive, bylineNames, extendOverLegalForm, extendPersonOverNameAfterPossessive, extendPersonOverOpeningGivenName, extendPersonOverUnknownGivenName, patronymicShortNamesAsPersons, firmsAfterShares, sharesOpeningSpans, groupsWithoutBorders, charitiesOfCommonWords, bodiesOfTwoFields, bodiesNamedForPurpose, isLowerCamelBrand, extendSpansToWholeNames, joinAcrossPatronymic, joinClubAcrossParticle, joinCountryAcrossOf, joinPlaceAcrossParticle, joinRemitAcrossComma, extendRemitOverUntaggedField, extendBodyOverNounAfterDemonym, fieldsBeforeRemitHead, joinSpansNamedWholeElsewhere, koreanNamesAsPersons, untaggedKoreanNames, extendPersonOverVirtueName, extendPersonOverGenerationSuffix, extendPersonOverInitials, isInitialsAfterTitle, extendPlaceOverOrdinal, joinPlaceAfterCompassWord, joinClubNicknames, clubNicknamesAlone, clubsTypedAsPersons, countryAsSurname, lowerCamelBrands, partyOfTheCause, splitGroupsAtAnd, splitArticledNamesAtAnd, upperCamelBrands, wholeNamesOf } from './namespans.js';
import { armedGroups, articleNamesNetworkX, firmsNamedAI, isMixedCaseAcronym, mixedCaseAcronyms, numberedChannels, socialNetworkX, namedForPeople, namedOperations, namedShips, opensShipOrOperationName, productsWithModelNumbers, schoolDistricts, schoolsOfFields } from './namedthings.js';
import { extendOverAmpersandInitials, firmsNamedByPossessive, placesNamedWithPossessive, campusesAfterUniversities, personsAfterBodysPossessive, bodiesOpeningTitles, numberedConferences, extendOverPatronTitle, extendSchoolOverFields, joinBodyOfPlaceOrBody, joinSpansTheAcronymSpells, bodiesSpelledByHyphenatedAcronym, sportsBodiesOfCountries, splitOwnerFromPossessed } from './bodyspans.js';
import { bodiesThroughPlaceTheAcronymSpells, companiesOpeningPosts, hyphenatedAreasTypedMisc, landformsOfPlaces, streetsNamedFirst, wholeDatelineCities, splitFirmsAtAnd, timeZonesAsMisc, isAIFirmWord, countriesOfSeveralWords, firmsEndingInAI, namesJoinedByParticles, partiesBetweenStandingAndParty, partiesNamedBeforeParty, placesAcrossPortugueseParticle } from './worldnames.js';
import { HONORIFICS, isTitleWord, TITLE_HEADS, titleAfter, titleBefore, titleBeforeComma, titleKey, titleRanks } from './titles.js';
import { collectPersonEvidence, isLegislatureWord, gluedAcronymType, isBodyAfterPostOf, isCompanyAfterCompanyPostOf, isPlaceAfterPlacePostOf, isEmployerAfterOccupation, isEmployerTypedAsPlace, isStakeIn, isPlaceAfterPlaceNoun, isPlaceBeforeAreaNoun, isPlaceOwningPlaceNoun, isClubTypedAsPlace, opensWithClubWord, isCurrencyPrefix, isDescriptorOfPeople, isOriginTypedAsOrganisation, isPersonInPairTypedAsPlace, isTitledPersonTypedAsPlace, isSpeakerTypedAsPlace, isPlaceInPairTypedAsOrganisation, isSportsStory, isOrganisationTypedAsPerson, isCompanyNameTypedAsPerson, isOrganisationTypedAsWork, isPersonTypedAsOrganisation, isTeamTypedAsPerson, legislatureAsPlace, nameListsOf, namesLegislature, opensWithGluedAcronym, personAfterAcronym, type NameLists, type PersonEvidence } from './retype.js';

const TYPE_NAMES: EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];

/** Token text as CoNLL-trained features expect it: straight quotes, ASCII dashes. */
export function normalizeToken(t: string): string {
  if (t.length === 1) {
    if (t === '’' || t === '‘') return "'";
    if (t === '“' || t === '”') return '"';
    if (t === '—' || t === '–') return '--';
  }
  return t.includes('’') ? t.replace(/’/g, "'") : t;
}

interface RawMention {
  start: number;
  end: number;
  type: EntityType;
  /** Name words (titles and honorifics removed). */
  words: string[];
  titles: string[];
  honorific: string | null;
}

interface Cluster {
  type: EntityType;
  mentions: RawMention[];
  titles: string[];
  /** Longest name words seen. */
  full: string[];
  /** The country (or US state) a place names, in full: its name, whatever the mention. */
  country: string | null;
  last: number;
}

const ACTOR_NOUNS = new Set([
  'government', 'governments', 'officials', 'official', 'authorities', 'forces', 'troops', 'army', 'navy', 'police', 'diplomats',
  'negotiators', 'leaders', 'leadership', 'ministry', 'delegation', 'side', 'military', 'administration', 'regime', 'parliament',
  'cabinet', 'team', 'coast', 'embassy', 'prosecutors', 'investigators', 'soldiers', 'ministers', 'envoys', 'delegates',
  'representatives',
]);
const ACTOR_VERBS = new Set([
  'said', 'say', 'says', 'have', 'has', 'had', 'were', 'are', 'will', 'would', 'did', 'do', 'want', 'wanted', 'insisted', 'agreed',
  'refused', 'rejected', 'announced', 'warned', 'claimed', 'denied', 'accused', 'won', 'lost', 'beat', 'called', 'demanded', 'could',
  'may', 'might', 'should', 'must', 'can', 'argued', 'responded', 'replied',
]);

/** Words before a name that put it on the map: "in", "near", "the city of", "province of". */
const PLACE_BEFORE = /\b(?:(?:in|at|near|from|to|into|across|around|outside|inside|via|throughout)\s+(?:the\s+)?|(?:city|town|village|province|region|state|county|district|island|capital|port)\s+of\s+)$/i;
/** Words after a name, or ending it, that say it is an area: "Binh Duong province", "Guangxi Zhuang Autonomous Region". */
const AREA_AFTER_NAME = /^\s+(?:province|region|city|county|district|state|oblast|prefecture)\b/i;
const AREA_IN_NAME = /\b(?:Region|Province|City|County|District|Island|Islands)$/;

/** True when the text around a place mention says it is one ("in Shanxi", "the city of Zhuhai", "Binh Duong province"). */
function hasPlaceEvidence(text: string, m: RawMention): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) || AREA_AFTER_NAME.test(text.slice(m.end, m.end + 14)) || AREA_IN_NAME.test(m.words.join(' ')) || beforeItsCountry(text, m.end);
}

/** Nations of the United Kingdom that datelines name as countries. */
const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** "WIGAN, England", "Paradise, Calif.": a name followed by its country or state after a comma. */
function beforeItsCountry(text: string, end: number): boolean {
  const next = /^\s*,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)/u.exec(text.slice(end, end + 40))?.[1];
  if (!next) return false;
  const first = next.split(/\s+/)[0]!;
  return [next, first].some((x) => HOME_NATIONS.has(x) || !!countryOfName(x) || !!stateOfName(x));
}

/** Last words of the names of land and water: "Qinghai-Tibet Plateau", "Red Sea". */
const LANDFORM_HEADS = new Set(['Plateau', 'Sea', 'Ocean', 'River', 'Lake', 'Mountain', 'Mountains', 'Hills', 'Bay', 'Gulf', 'Coast', 'Delta', 'Plain', 'Plains', 'Forest', 'Highlands', 'Valley', 'Desert', 'Peninsula', 'Island', 'Islands']);

/** Whether a name ends in a landform's head: a place however the tagger typed its mentions. */
function hasLandformHead(words: readonly string[]): boolean {
  return LANDFORM_HEADS.has(words[words.length - 1]!);
}

/** Words before a name that say it is a place and never a club or a person ("at" and "to" also take those). */
const PLACE_ONLY_BEFORE = /\b(?:(?:in|near|across|around|outside|inside|throughout)\s+(?:the\s+)?|(?:city|town|village|province|region|state|county|district|island|capital|port)\s+of\s+)$/i;

/** hasPlaceEvidence without "at", "to", "from", "into", "via" before the name. */
function hasStrictPlaceEvidence(text: string, m: RawMention): boolean {
  return PLACE_ONLY_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) || AREA_AFTER_NAME.test(text.slice(m.end, m.end + 14)) || AREA_IN_NAME.test(m.words.join(' ')) || beforeItsCountry(text, m.end);
}

/**
 * A name of one word in two to six capitals, no dots: "UNRWA", "ICIMOD", "NS" (the Dutch railway;
 * two-letter places, "LA", "NY", are known places or states and keep their type).
 */
function isBareAcronym(words: readonly string[]): boolean {
  return words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!);
}

/** A post right after a name and before a person's: "Conmebol president Alejandro Dominguez". */
const POST_BEFORE_PERSON = /^\s+(?:president|chief|head|chairman|chairwoman|secretary-general|director|spokesman|spokeswoman|spokesperson)\s+\p{Lu}\p{Ll}/u;
/** Of those, the posts of a body that no town or region holds: "Kuomintang chairman Eric Chu". */
const BODYS_POST_BEFORE_PERSON = /^\s+(?:chairman|chairwoman|secretary-general)\s+\p{Lu}\p{Ll}/u;

/**
 * One name, one sense in an article: a name the tagger types an organisation more often than a
 * place ("a change for Alitalia", "restructuring of Alitalia" read as places in an airline story)
 * is the organisation throughout, unless some mention of it says it is a place ("in Shanxi", "the
 * city of Zhuhai": provinces that act are still provinces) or it is a known place ("Barcelona",
 * the club and the city).
 */
function organisationsTypedAsPlaces(raw: readonly RawMention[], lists: NameLists, text: string): void {
  const balance = new Map<string, number>();
  const places = new Set<string>();
  // (names a dateline writes in capitals: a city, whatever the lists know of its club)
  const capitals = new Set<string>();
  for (const m of raw) {
    if (m.type !== 'ORG' && m.type !== 'LOC') continue;
    const key = lowerKey(m.words);
    balance.set(key, (balance.get(key) ?? 0) + (m.type === 'ORG' ? 1 : -1));
    if (m.type === 'LOC' && hasPlaceEvidence(text, m)) places.add(key);
    if (isAllCaps(text, m)) capitals.add(key);
  }
  for (const m of raw) {
    const key = lowerKey(m.words);
    // (a name of two or more words typed each way as often, "Wari Pay", is the body: towns of two
    // words the tagger types as bodies are rare)
    // (so is an acronym of two capitals or more typed each way, "The U.N. agency for refugees,
    // UNRWA, said": places so written are countries and states, which keep their type below)
    // (and a name typed each way once, whose place's mention opens a post before a person, "Conmebol
    // said ... Conmebol president Alejandro Dominguez": a country opens such posts, but a country is
    // known and keeps its type below)
    // (a body's own post, "Kuomintang chairman Eric Chu", outweighs one more place's mention)
    const bodysPost = m.type === 'LOC' && BODYS_POST_BEFORE_PERSON.test(text.slice(m.end, m.end + 40));
    // (session 17: and a one-word name typed each way as often that the lists know as an
    // organisation's and not as a place, "Demand from Nvidia ... Nvidia, whose chips")
    const knownBody = m.words.length === 1 && lists.knownOrganisation(key) && !lists.knownPlace(m.words) && !capitals.has(key);
    const lead = (balance.get(key) ?? 0) + (bodysPost ? 2 : (m.words.length > 1 && !hasLandformHead(m.words)) || isBareAcronym(m.words) || knownBody || (m.type === 'LOC' && POST_BEFORE_PERSON.test(text.slice(m.end, m.end + 40))) ? 1 : 0);
    if (m.type !== 'LOC' || lead <= 0 || places.has(key)) continue;
    const name = m.words.join(' ');
    if (!countryOfName(name) && !stateOfName(name) && !lists.knownPlace(m.words)) m.type = 'ORG';
  }
}

/**
 * "Chidambaram said ... talks between Chidambaram and the unions" with the second typed a place: a
 * one-word name the article types a person more often than a place, and never an organisation or
 * anything else, is the person where nothing says it is a place ("in", "the town of", a country
 * after it), unless the lists know it as a place, or it is a country, a state or a demonym. (A tie
 * is left alone: towns and peoples, "Lumbini", "Turkana", are typed each way once as often.)
 */
function personsTypedAsPlacesElsewhere(raw: readonly RawMention[], text: string, lists: NameLists): void {
  let balance: Map<string, number> | null = null;
  for (const m of raw) {
    if (m.words.length !== 1) continue;
    const w = m.words[0]!;
    // (an organisation's or another type's mention rules the word out: "Golkar", "Muslims")
    const d = m.type === 'PERSON' ? 1 : m.type === 'LOC' ? -1 : -1000;
    (balance ??= new Map()).set(w, (balance.get(w) ?? 0) + d);
  }
  if (!balance) return;
  for (const m of raw) {
    if (m.type !== 'LOC' || m.words.length !== 1) continue;
    const w = m.words[0]!;
    if (balance.get(w)! <= 0 || hasPlaceEvidence(text, m) || lists.knownPlace(m.words) || countryOfName(w) || stateOfName(w) || countryOfDemonym(w) || isAllCaps(text, m)) continue;
    m.type = 'PERSON';
  }
}

/**
 * One name, one sense, for towns that read like people's names: "Mbuji Mayi", "Ha Tien" typed a
 * person in one sentence and a place "in" another. A name of two or more words that some mention
 * typed a place with the text saying so ("in Ha Tien", "Ha Tien province"; not "at", which takes
 * clubs: "a win at Recreativo Huelva") is a place in its mentions typed a person with no title or
 * honorific, unless a given name the lists know opens it.
 */
function placesTypedAsPersonsElsewhere(raw: readonly RawMention[], text: string, lists: NameLists): void {
  let places: Set<string> | null = null;
  for (const m of raw) if (m.type === 'LOC' && m.words.length > 1 && hasStrictPlaceEvidence(text, m)) (places ??= new Set()).add(lowerKey(m.words));
  if (!places) return;
  for (const m of raw) {
    if (m.type !== 'PERSON' || m.words.length < 2 || m.titles.length || m.honorific || lists.givenName(m.words[0]!)) continue;
    if (places.has(lowerKey(m.words))) m.type = 'LOC';
  }
}

/**
 * The same for bodies: "Fighting went on in El Fasher ... El Fasher has been under siege" typed a
 * place, then a body where the name opens a sentence. A name of two or more words that some mention
 * typed a place with the text saying so ("in", "near", "the town of", "province") is a place in its
 * mentions typed an organisation, unless one of those is followed by a body's post before a person
 * ("Santa Cruz chairman ...") or the story is about sport (clubs take their towns' names); not a
 * name ending in a body's head, which names the body and its building ("outside the High Court").
 */
function placesTypedAsOrganisationsElsewhere(raw: readonly RawMention[], text: string, sportsStory: boolean): void {
  if (sportsStory) return;
  let places: Set<string> | null = null;
  for (const m of raw) if (m.type === 'LOC' && m.words.length > 1 && hasStrictPlaceEvidence(text, m)) (places ??= new Set()).add(lowerKey(m.words));
  if (!places) return;
  // (not a body named by its head, "the High Court", whose building is a place: "outside the High Court")
  const bodies = raw.filter((m) => m.type === 'ORG' && places!.has(lowerKey(m.words)) && !ORG_HEADS.has(m.words[m.words.length - 1]!.toLowerCase()) && !BODY_NOUNS.has(m.words[m.words.length - 1]!.toLowerCase()));
  if (bodies.some((m) => POST_BEFORE_PERSON.test(text.slice(m.end, m.end + 40)))) return;
  for (const m of bodies) m.type = 'LOC';
}

/**
 * "VENICE — ... the campaign group We Are Here Venice ... Venice has welcomed fewer visitors":
 * read as a person "Here Venice", the group lends its last word's other mentions a person's type.
 * A lone word typed a person (no title, no honorific) that is a known place the article plainly
 * names as one (`plainPlaceWords`), and that ends only "persons" that cannot own it as a surname
 * (`isNoSurnameOwner`), is the place.
 */
function placesTakenForSurnames(raw: readonly RawMention[], plainPlaces: ReadonlySet<string>, lists: NameLists): void {
  if (!plainPlaces.size) return;
  for (const m of raw) {
    if (m.type !== 'PERSON' || m.words.length !== 1 || m.titles.length || m.honorific) continue;
    const one = m.words[0]!.toLowerCase();
    if (!plainPlaces.has(one) || !lists.knownPlace(m.words)) continue;
    const longer = raw.filter((p) => p.type === 'PERSON' && p.words.length > 1 && p.words[p.words.length - 1]!.toLowerCase() === one);
    if (longer.length && longer.every((p) => isNoSurnameOwner(p, lists))) m.type = 'LOC';
  }
}

/**
 * "Defence Minister Dovile Sakaliene said Vilnius would buy 44 tanks" typed "Vilnius" a person: a
 * capital acting as its government stands where a person would. A one-word person mention with no
 * title or honorific, that the lists know as a place and from no person's name, and that ends no
 * fuller person's name here, is the place.
 */
function knownPlacesTypedAsPersons(raw: readonly RawMention[], lists: NameLists): void {
  let surnames: Set<string> | null = null;
  for (const m of raw) {
    if (m.type !== 'PERSON' || m.words.length !== 1 || m.titles.length || m.honorific) continue;
    const x = m.words[0]!;
    if (!lists.knownPlace(m.words) || lists.personNamePart(x) || lists.givenName(x) || lists.personWord(x)) continue;
    surnames ??= new Set(raw.filter((p) => p.type === 'PERSON' && p.words.length > 1).flatMap((p) => p.words));
    if (!surnames.has(x)) m.type = 'LOC';
  }
}

/** A capitalised word inside a name of three words or more, no particle: "Lula" in "Luiz Inacio Lula da Silva". */
function isInnerNameWord(full: readonly string[], lower: string): boolean {
  if (full.length < 3 || lower.length < 3) return false;
  for (let k = 1; k < full.length - 1; k++) if (full[k]!.toLowerCase() === lower && /^\p{Lu}/u.test(full[k]!)) return true;
  return false;
}

/** An acronym written with stops, "U.N." or "E.U.", is the same name as "UN" or "EU". */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;

function lowerKey(words: readonly string[]): string {
  return words.map((w) => (DOTTED_ACRONYM.test(w) ? w.replace(/\./g, '') : w)).join(' ').toLowerCase().replace(/^the /, '');
}

function capitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

function isAllCaps(text: string, m: RawMention): boolean {
  // ASCII (most names): a capital and no small letter, read in place (betterName asks this of
  // every mention pair it weighs); any other character takes the Unicode test
  let upper = false;
  for (let i = m.start; i < m.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return isAllCapsUnicode(text.slice(m.start, m.end));
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

function isAllCapsUnicode(s: string): boolean {
  return /\p{Lu}/u.test(s) && s === s.toUpperCase();
}

/**
 * A name seen only in capitals (a dateline, an all-caps headline) is tagged with less
 * certainty than the same name in running text, where case tells the tagger more: it joins
 * the entity of that name found in running text and takes its type ("LISBON (Reuters) —" is
 * the Lisbon of the story, not an organisation).
 */
function joinAllCapsToRunningText(clusters: Cluster[], text: string, addTo: (c: Cluster, m: RawMention, order: number) => void): void {
  const inRunningText = new Map<string, Cluster>();
  for (const c of clusters) {
    const key = lowerKey(c.full);
    if (key && !inRunningText.has(key) && c.mentions.some((m) => !isAllCaps(text, m))) inRunningText.set(key, c);
  }
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    if (!c.mentions.every((m) => isAllCaps(text, m))) continue;
    const target = inRunningText.get(lowerKey(c.full));
    if (!target || target === c) continue;
    // a place in a dateline is the city the story is filed from, even where running text names
    // the club or the firm of that city ("MILAN, March 3 -" above "Milan beat Roma"); where running
    // text only ever names it after a place preposition ("told supporters in central Chisinau"),
    // the tagger's organisation is that city
    if (c.type === 'LOC' && target.type !== 'LOC' && c.mentions.some((m) => opensDateline(text, m))) {
      if (target.type !== 'ORG' || !target.mentions.every((m) => isAllCaps(text, m) || afterPlacePreposition(text, m.start))) continue;
      target.type = 'LOC';
      for (const m of target.mentions) m.type = 'LOC';
    }
    for (const m of c.mentions) addTo(target, m, target.last);
    clusters.splice(i, 1);
  }
}

/** "in central Chisinau", "at Kigali", "outside Goma": a place preposition, maybe with a part of the place, right before. */
function afterPlacePreposition(text: string, at: number): boolean {
  return /\b(?:in|at|near|outside|inside|around|across|from)\s+(?:(?:central|northern|southern|eastern|western|downtown|greater|north|south|east|west)\s+)?$/i.test(text.slice(Math.max(0, at - 30), at));
}

const MONTH_OPENING = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(\s|$)/i;

/**
 * Whether a mention opens a dateline: first on its line, then (after ", State" or ", Country")
 * a date, a credit in parentheses or a dash: "NEW YORK 2026-03-04", "LISBON, March 29 (Wire) —",
 * "WIGAN, England -".
 */
function opensDateline(text: string, m: RawMention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  if (text.slice(lineStart, m.start).trim() !== '') return false;
  let rest = text.slice(m.end, Math.min(text.length, m.end + 60));
  const nl = rest.indexOf('\n');
  if (nl >= 0) rest = rest.slice(0, nl);
  // ", Calif." / ", West Bank": the state or country after the city
  const region = /^\s*,\s*(\p{Lu}[\p{L}.'’-]*\s*){1,3}/u.exec(rest);
  const after = (region ? rest.slice(region[0].length) : rest).replace(/^\s*,?\s*/, '');
  if (after === '') return !!region && /^\s*$/.test(after);
  return /^\d/.test(after) || after.startsWith('(') || /^[-—–_]/.test(after) || MONTH_OPENING.test(after);
}

/** A date right after a dateline's city: ", Nov 12", ", March 4", " Sept. 3". */
const DATELINE_DATE = /^\s*,?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s+\d{1,2}\b/i;

/**
 * A name in capitals first on its line, then a region and a dash, a date's month or a credit:
 * "ABERDEEN, Scotland —", "KYIV, Nov. 3 (Wire)", "OSLO (Wire)". A score after the name is no
 * dateline ("ARSENAL 2 CHELSEA 1"), nor a short acronym.
 */
function namesDatelineCity(text: string, m: RawMention): boolean {
  if (!isAllCaps(text, m) || m.words.join('').replace(/\W/g, '').length < 4) return false;
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  if (text.slice(lineStart, m.start).trim() !== '') return false;
  const after = text.slice(m.end, m.end + 60);
  // "SAO PAULO, Nov 12 -": the month is the date's, not a region's name (which the next line would strip)
  if (DATELINE_DATE.test(after)) return true;
  const rest = after.replace(/^\s*,\s*(\p{Lu}[\p{L}.'’-]*\s*){1,3}/u, '');
  // a bare dash also follows a section's heading in capitals ("RUGBY UNION -", "LA PRESSE -"):
  // only a region before it makes the line a dateline
  // a month in parentheses is a futures contract's, not a credit: "EUROLIRA (SEP) 91.37"
  const credit = /^\s*,?\s*\(([^)]*)\)/.exec(rest);
  return (rest !== after && /^\s*[-—–]/.test(rest)) || (!!credit && !MONTH_OPENING.test(credit[1]!.trim())) || MONTH_OPENING.test(rest.replace(/^\s*,?\s*/, ''));
}

/** A one-word place mention that opens the dateline or that a place-only preposition governs ("in Venice"). */
function isPlainlyAPlace(text: string, m: RawMention): boolean {
  return m.type === 'LOC' && m.words.length === 1 && (namesDatelineCity(text, m) || opensDateline(text, m) || hasStrictPlaceEvidence(text, m));
}

/** The lowercase words of the article's plain places (`isPlainlyAPlace`). */
function plainPlaceWords(raw: readonly RawMention[], text: string): Set<string> {
  return new Set(raw.filter((m) => isPlainlyAPlace(text, m)).map((m) => m.words[0]!.toLowerCase()));
}

/**
 * Whether a person whose name ends in a place's word cannot have that word for a surname: no
 * title, no honorific, and a first word that is no part of people's names in the lists ("Here
 * Venice", the tagger's cut of the group "We Are Here Venice"; not "Denzel Washington").
 */
function isNoSurnameOwner(p: { titles: readonly string[]; words: readonly string[]; honorific?: string | null }, lists: NameLists): boolean {
  return !p.titles.length && !p.honorific && p.words.length > 1 && !lists.personNamePart(p.words[0]!);
}

/**
 * "VENICE — ... campaign group We Are Here Venice ... Venice has welcomed": a known place the
 * article plainly names as one (`plainPlaceWords`), typed a place, does not join a "person" by
 * its last word when that person cannot own the word as a surname (`isNoSurnameOwner`): a
 * group's name ending in a city does not take the city's mentions.
 */
function placeOnlyEndingName(m: RawMention, owner: Cluster, plainPlaces: ReadonlySet<string>, lists: NameLists): boolean {
  if (m.type !== 'LOC' || m.words.length !== 1 || !plainPlaces.has(m.words[0]!.toLowerCase()) || !lists.knownPlace(m.words)) return false;
  return isNoSurnameOwner({ titles: owner.titles, words: owner.full }, lists);
}

/** A one-word name that is an acronym ("EU", "U.N."): its letters, else ''. */
function acronymOf(words: readonly string[]): string {
  return words.length === 1 ? acronymKey(words[0]!) : '';
}

/**
 * "the European Union ... the EU": an acronym is the same body as the one name in the article
 * whose initials it spells, whatever type the tagger gave each (it often calls "EU" a place).
 * With two such names ("Energy Union", "European Union") the acronym stays on its own.
 */
function joinAcronymsToNames(clusters: Cluster[], credits: ReadonlySet<string> | null, addTo: (c: Cluster, m: RawMention, order: number) => void): void {
  const byInitials = new Map<string, Cluster | null>();
  for (const c of clusters) {
    if (c.type === 'PERSON' || c.full.length < 2) continue;
    const key = initialsOf(c.full);
    if (key) byInitials.set(key, byInitials.has(key) && byInitials.get(key) !== c ? null : c);
    // "Pakistan Tehreek-e-Insaf ... the PTI": each capitalised part of a hyphenated word counts too
    const parts = key && c.full.some((x) => x.includes('-')) ? initialsOf(c.full.flatMap((x) => x.split('-').filter((p) => /^\p{Lu}/u.test(p)))) : '';
    if (parts && parts !== key) byInitials.set(parts, byInitials.has(parts) && byInitials.get(parts) !== c ? null : c);
  }
  if (!byInitials.size) return;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    if (c.type === 'PERSON' || c.country) continue;
    const key = acronymOf(c.full);
    const target = key ? byInitials.get(key) : null;
    if (!target || target === c) continue;
    // "NEW DELHI, June 4 (AP)" beside "Andhra Pradesh": a dateline's agency is no place it spells
    if (target.type !== 'ORG' && credits?.has(key.toLowerCase())) continue;
    if (bodyBeforePlaceItSpells(c, target)) continue;
    for (const m of c.mentions) addTo(target, m, target.last);
    // the longer name stays the entity's name; the acronym's words must not replace it
    clusters.splice(i, 1);
  }
}

/**
 * "Dutch railway operator NS has cancelled trains ... a code red warning for the North Sea coast":
 * an acronym the article uses as a body before any place or thing whose initials it spells names
 * the body, not that later name (a body's acronym follows its name, or stands alone when readers
 * know it). Ties to organisations and other names ("U.S. IOC member ... the International Olympic
 * Committee's", typed MISC), and to places written before the acronym, stay.
 */
function bodyBeforePlaceItSpells(acronym: Cluster, target: Cluster): boolean {
  if (target.type !== 'LOC' || acronym.type !== 'ORG') return false;
  const first = (c: Cluster) => c.mentions.reduce((a, m) => Math.min(a, m.start), Infinity);
  return first(acronym) < first(target);
}

/** Whether a name opens with the letter, or with an initial and then a word with it ("S. Rajaratnam School ...", RSIS). */
function opensWithLetter(full: readonly string[], letter: string): boolean {
  const first = full[0]!;
  if (first.charAt(0).toUpperCase() === letter) return true;
  return /^\p{Lu}\.$/u.test(first) && full.length > 1 && full[1]!.charAt(0).toUpperCase() === letter;
}

/**
 * "the Centers for Disease Control and Prevention (CDC)", "Acme Holdings Ltd (NYSE: ACM)": an
 * acronym an organisation's name defines in parentheses is that organisation wherever it recurs,
 * even when its letters are not the name's initials ("and Prevention") or it is a ticker. The
 * acronym must start with the name's first letter, so "Madrid (AFP)" and "Bayern (GER)" stay apart.
 */
function joinAliasesInParentheses(clusters: Cluster[], text: string, addTo: (c: Cluster, m: RawMention, order: number) => void): void {
  const owner = new Map<RawMention, Cluster>();
  for (const c of clusters) for (const m of c.mentions) if (m.words.length) owner.set(m, c);
  const mentions = [...owner.keys()].sort((a, b) => a.start - b.start);
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    // the exchange may be tagged too: "(NYSE: ACM)"
    const j = i > 1 && /^\s*:\s*$/.test(text.slice(mentions[i - 1]!.end, m.start)) ? i - 2 : i - 1;
    const name = mentions[j]!;
    const alias = owner.get(m)!;
    const target = owner.get(name)!;
    // ("AfDB": an acronym with a lowercase letter, by its capitals)
    const letters = acronymOf(m.words) || (m.words.length === 1 && isMixedCaseAcronym(m.words[0]!) ? m.words[0]!.replace(/\P{Lu}/gu, '') : '');
    if (!letters || alias === target || alias.country || alias.type === 'PERSON' || target.type !== 'ORG') continue;
    if (countryOfName(m.words[0]!) || !opensWithLetter(target.full, letters[0]!)) continue;
    if (!definesAlias(text.slice(name.end, m.start), text.slice(m.end, m.end + 3))) continue;
    // (and the acronym's mentions the tagger typed otherwise, "working with the AfD" typed MISC: the
    // article defined it, so it is the body wherever it recurs)
    const same = clusters.filter((c) => c === alias || (c !== target && c.type !== 'PERSON' && !c.country && c.full.length === 1 && c.full[0] === m.words[0]));
    for (const c of same) {
      for (const x of c.mentions) {
        addTo(target, x, target.last);
        owner.set(x, target);
      }
      clusters.splice(clusters.indexOf(c), 1);
    }
  }
}

/**
 * "Ukrainian Railways (Ukrzaliznytsia)", "the Polish state mining group (Węglokoks)": a body's own
 * name in its language, one word in parentheses right after the body's English name, tagged a
 * place or a thing (a word the tagger does not know), is that body. Not a word the lists know as
 * a place or a country ("Acme Corp (Germany)", "Gazprom (Moscow)"), nor a person, nor a word the
 * news also writes lowercase ("Nepali Congress (Democratic)", a faction).
 */
function joinNativeNamesInParentheses(clusters: Cluster[], text: string, lists: NameLists, caseBucket: ReadonlyMap<string, number>, addTo: (c: Cluster, m: RawMention, order: number) => void): void {
  const owner = new Map<RawMention, Cluster>();
  for (const c of clusters) for (const m of c.mentions) if (m.words.length) owner.set(m, c);
  const mentions = [...owner.keys()].sort((a, b) => a.start - b.start);
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const name = mentions[i - 1]!;
    const alias = owner.get(m)!;
    const target = owner.get(name)!;
    if (alias === target || target.type !== 'ORG' || name.words.length < 2 || (alias.type !== 'LOC' && alias.type !== 'MISC') || alias.country) continue;
    if (m.words.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(m.words[0]!) || lists.knownPlace(m.words) || countryOfDemonym(m.words[0]!)) continue;
    // (not an English word the news also writes lowercase: "Nepali Congress (Democratic)" is a faction)
    if ((caseBucket.get(m.words[0]!.toLowerCase()) ?? 0) >= 2) continue;
    if (!/^\s*\($/.test(text.slice(name.end, m.start)) || text.charAt(m.end) !== ')') continue;
    for (const x of alias.mentions) {
      addTo(target, x, target.last);
      owner.set(x, target);
    }
    clusters.splice(clusters.indexOf(alias), 1);
  }
}

/**
 * The words between a name and another it is known by: ", known as", ", also known as", ", locally
 * known as", ", now known as" (a nom de guerre given up: "Abu Mohammed al-Julani, now known as Ahmed
 * al-Sharaa"), ", known by its French initials" ("Doctors Without Borders, known by its French
 * initials MSF").
 */
const KNOWN_AS = /^\s*,\s*(?:(?:also|better|now|\p{Ll}+ly)\s+)?known\s+(?:as|by\s+(?:its|their)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:initials|acronym|abbreviation))\s+$/u;

/** "The General Confederation of Labour, known as the CGT": an acronym may take the article (a long name after "the" is no alias). */
const KNOWN_AS_THE = /^\s*,\s*(?:(?:also|better|now|\p{Ll}+ly)\s+)?known\s+as\s+the\s+$/u;

/** The words between a company's short name and its legal one: "Foxconn, formally Hon Hai Precision Industry". */
const FORMALLY = /^\s*,\s*(?:formally|officially|legally)\s+(?:(?:known\s+as|named|called)\s+)?$/;

/**
 * "Foxconn, formally Hon Hai Precision Industry, said ...": the name before ", formally" is the
 * same body as the organisation after it, however the tagger typed it (a person here). A person
 * or place mention so followed by an organisation's is the organisation, and joinNamesKnownAs
 * then makes the two one entity.
 */
function shortNamesBeforeFormalOnes(raw: readonly RawMention[], text: string): void {
  const sorted = [...raw].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const m = sorted[i]!;
    const formal = sorted[i + 1]!;
    if (formal.type !== 'ORG' || (m.type !== 'PERSON' && m.type !== 'LOC') || m.titles.length || m.honorific) continue;
    if (FORMALLY.test(text.slice(m.end, formal.start))) m.type = 'ORG';
  }
}

/**
 * "Petróleos Mexicanos, or Pemex", "Petróleo Brasileiro, or Petrobras": a company's coined short
 * name, one capitalised word opening with the first two letters of a name of two words or more
 * ("Royal Dutch Shell, or Repsol" lists two firms).
 */
function isCoinedShortName(word: string, name: readonly string[]): boolean {
  if (name.length < 2 || !/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return false;
  const opening = (x: string) => x.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 2).toLowerCase();
  return opening(word) === opening(name[0]!);
}

/**
 * "Petróleos Mexicanos, or Pemex, would not be privatised": a name of two words or more typed a
 * person or a place, then ", or" and a company's coined short name typed an organisation, is the
 * company (joinNamesKnownAs then makes the two one entity).
 */
function namesBeforeCoinedShortNames(raw: readonly RawMention[], text: string): void {
  const sorted = [...raw].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const m = sorted[i]!;
    const alias = sorted[i + 1]!;
    if ((m.type !== 'PERSON' && m.type !== 'LOC') || alias.type !== 'ORG' || m.titles.length || m.honorific || alias.words.length !== 1) continue;
    if (isCoinedShortName(alias.words[0]!, m.words) && OR_ACRONYM.test(text.slice(m.end, alias.start))) m.type = 'ORG';
  }
}

/** ", or" between a body's name and its acronym: "the U.N. Relief and Works Agency for Palestine Refugees, or UNRWA,". */
const OR_ACRONYM = /^\s*,\s*or\s+$/;

/**
 * "The National Geology and Mining Service, known as Sernageomin,", "Mohamed Hamdan Dagalo, known
 * as Hemedti,": the name after ", known as" is the organisation's or the person's other name
 * wherever it recurs (a coined short name or a nickname shares no initials or words with the long
 * one, so the acronyms' and surnames' joins miss it). Both names must be of one type. So is a
 * body's acronym after ", or" (`OR_ACRONYM`), which need not spell the name's initials.
 */
function joinNamesKnownAs(clusters: Cluster[], text: string, addTo: (c: Cluster, m: RawMention, order: number) => void): void {
  const owner = new Map<RawMention, Cluster>();
  for (const c of clusters) if ((c.type === 'ORG' && !c.country) || c.type === 'PERSON') for (const m of c.mentions) if (m.words.length) owner.set(m, c);
  const mentions = [...owner.keys()].sort((a, b) => a.start - b.start);
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const alias = owner.get(m)!;
    const target = owner.get(mentions[i - 1]!)!;
    const between = text.slice(mentions[i - 1]!.end, m.start);
    const acronym = alias.type === 'ORG' && m.words.length === 1 && (/^\p{Lu}{3,}$/u.test(m.words[0]!) || isCoinedShortName(m.words[0]!, mentions[i - 1]!.words)) && OR_ACRONYM.test(between);
    const theAcronym = m.words.length === 1 && /^\p{Lu}{2,}$/u.test(m.words[0]!) && KNOWN_AS_THE.test(between);
    if (alias === target || alias.type !== target.type || (!KNOWN_AS.test(between) && !FORMALLY.test(between) && !acronym && !theAcronym)) continue;
    for (const x of alias.mentions) {
      addTo(target, x, target.last);
      owner.set(x, target);
    }
    clusters.splice(clusters.indexOf(alias), 1);
  }
}

/**
 * "Harbor Rovers ... Rovers", "Kingsford City ... City": an organisation named by one word that
 * ends the name of exactly one other organisation in the article is that organisation, as a
 * surname is its person. Two names ending in it ("Manchester City", "Kingsford City") leave it
 * alone, and so does a word that is a country or an acronym. (On the newswire corpus this joins
 * newspapers, clubs and "the Union", "the Commission" to their full names in 116 documents.)
 */
function joinLastWordOfOrganisation(clusters: Cluster[], addTo: (c: Cluster, m: RawMention, order: number) => void): void {
  // (a name that coordinates or takes a complement does not end in its head: "Labour and
  // Likud", "Bishop of Xuzhou")
  joinOneWordToName(clusters, addTo, (full) => (full.some((w) => w === 'and' || w === 'of' || w === '&') ? null : full[full.length - 1]!), () => false);
}

/**
 * The join both ends share: `keyOf` gives the word of a longer organisation's name a one-word name
 * may stand for (null: none), `skip` the one-word names that never do. A word two names share
 * joins neither; countries and acronyms join nothing.
 */
function joinOneWordToName(
  clusters: Cluster[],
  addTo: (c: Cluster, m: RawMention, order: number) => void,
  keyOf: (full: readonly string[]) => string | null,
  skip: (word: string) => boolean,
): void {
  const byKey = new Map<string, Cluster | null>();
  for (const c of clusters) {
    if (c.type !== 'ORG' || c.full.length < 2) continue;
    const key = keyOf(c.full)?.toLowerCase();
    if (key === undefined) continue;
    byKey.set(key, byKey.has(key) && byKey.get(key) !== c ? null : c);
  }
  if (!byKey.size) return;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    if (c.type !== 'ORG' || c.full.length !== 1 || c.country) continue;
    const word = c.full[0]!;
    // an acronym is capitals wherever it stands; "ROVERS" in a headline is "Rovers" in the text
    if (skip(word) || c.mentions.every((m) => /^\p{Lu}{2,}$/u.test(m.words[0] ?? '')) || countryOfName(word)) continue;
    const target = byKey.get(word.toLowerCase());
    if (!target || target === c) continue;
    for (const m of c.mentions) addTo(target, m, target.last);
    clusters.splice(i, 1);
  }
}

/**
 * "Somali President Hassan Sheikh Mohamud" with "Somali" tagged an organisation: a one-word
 * demonym right before a title word is the person's nationality, not a body (an airline called by
 * its demonym, "Thai", "Swiss", is followed by no title).
 */
function demonymBeforeTitle(text: string, m: RawMention): boolean {
  if (m.words.length !== 1 || !countryOfDemonym(m.words[0]!)) return false;
  const next = /^\s+([\p{L}.-]+)/u.exec(text.slice(m.end, m.end + 40));
  return !!next && /^\p{Lu}/u.test(next[1]!) && isTitleWord(next[1]!);
}

/**
 * "Ethiopia's Abiy opens Africa's largest dam" (a headline; "Abiy" tagged an organisation), then
 * "Prime Minister Abiy Ahmed" and "Abiy said": the one word is the name the article calls one
 * person by alone, tagged a person elsewhere, so it is that person. Only a person whose fuller
 * name opens with the word (a given name, or a surname written first: "Shen Guofang"), whose
 * one-word mentions hold it, and only one such person (a surname at the end is surnameOwner's); a
 * country is left to the places, and the caller asks this for organisations only.
 */
function nameUsedAloneBy(persons: readonly Cluster[], ws: readonly string[]): Cluster | null {
  if (ws.length !== 1 || countryOfName(ws[0]!)) return null;
  const word = ws[0]!;
  // (and a person with a title or an honorific: some of the tagger's persons are clubs, "Hertha
  // Berlin", or companies, which joined "Pirelli" to a person on CoNLL)
  const users = persons.filter((p) => p.full.length > 1 && p.full[0] === word && (p.titles.length > 0 || p.mentions.some((m) => m.honorific)) && p.mentions.some((m) => m.words.length === 1 && m.words[0] === word));
  return users.length === 1 ? users[0]! : null;
}

/**
 * "Eli Lilly" (a company) and "Lilly's Alzheimer's drug", "Lilly will compete": a company named
 * after a person ("Eli Lilly", "Charles Schwab", "Estee Lauder": a given name and a surname) goes
 * by the surname alone, which the tagger reads as a person. A one-word person with no title or
 * honorific, whose word is that surname and no fuller person's here, is the company.
 */
function joinSurnameToEponymousCompany(clusters: Cluster[], persons: readonly Cluster[], lists: NameLists, addTo: (c: Cluster, m: RawMention, order: number) => void): void {
  const companies = clusters.filter((c) => c.type === 'ORG' && c.full.length === 2 && lists.givenName(c.full[0]!) && /^\p{Lu}\p{Ll}+$/u.test(c.full[1]!));
  if (!companies.length) return;
  for (const p of persons) {
    if (p.full.length !== 1 || p.titles.length || p.mentions.some((m) => m.honorific)) continue;
    const word = p.full[0]!;
    const owners = companies.filter((c) => c.full[1] === word);
    if (owners.length !== 1 || persons.some((q) => q.full.length > 1 && q.full[q.full.length - 1] === word)) continue;
    const target = owners[0]!;
    for (const m of p.mentions) addTo(target, m, target.last);
    clusters.splice(clusters.indexOf(p), 1);
  }
}

/** First words of many bodies' names, which alone name none of them: "Union", "National", "Bank". */
const GENERIC_FIRST_WORDS = new Set([
  'union', 'united', 'national', 'international', 'federal', 'royal', 'new', 'first', 'general', 'central', 'state', 'world', 'european',
  'american', 'british', 'global', 'bank', 'party', 'council', 'commission', 'committee', 'ministry', 'department', 'court', 'university',
  'church', 'police', 'army', 'government', 'group', 'board', 'league', 'association', 'institute', 'foundation', 'office', 'agency',
  'real', 'sporting', 'athletic', 'inter', 'red', 'green', 'blue', 'democratic', 'republican', 'liberal', 'labour', 'social', 'people',
  'north', 'south', 'east', 'west', 'saint', 'st', 'san', 'los', 'la', 'le', 'de', 'al',
  // legislatures, whose committees open with their names ("Senate Foreign Relations Committee")
  'senate', 'house', 'congress', 'parliament', 'assembly', 'duma', 'knesset',
]);
/** Last words of what belongs to a body without being it: its committees, its grounds, its products. */
// (a council is named for its town, "Warrington Borough Council", and the town alone is the town)
const PART_LAST_WORDS = new Set(['committee', 'subcommittee', 'panel', 'caucus', 'oval', 'stadium', 'arena', 'park', 'ground', 'council',
  // a town's airport and station are named for it ("Brisbane Airport"): the town alone is the town
  'airport', 'airfield', 'station', 'port', 'harbour', 'harbor']);

/**
 * "Bayern Munich ... Bayern", "Goldman Sachs ... Goldman": an organisation named by one word that
 * opens the name of exactly one other organisation in the article is that organisation, the way
 * joinLastWordOfOrganisation joins "Rovers" to "Harbor Rovers". Not a word that opens many names
 * ("Union", "National", "Real") or a legislature's ("Senate"), a country, or an acronym; nor into a
 * committee or a ground that only belongs to the body ("Adelaide Oval").
 */
function joinFirstWordOfOrganisation(clusters: Cluster[], addTo: (c: Cluster, m: RawMention, order: number) => void, units: ReadonlySet<string>): void {
  joinOneWordToName(
    clusters,
    addTo,
    // (nor into a firm's unit in a country, "Safaricom Ethiopia", a body of its own)
    (full) => (full.some((w) => w === 'and' || w === '&') || PART_LAST_WORDS.has(full[full.length - 1]!.toLowerCase()) || units.has(full.join(' ')) ? null : full[0]!),
    (word) => GENERIC_FIRST_WORDS.has(word.toLowerCase()),
  );
}

/**
 * A place named only in a dateline's capitals reads as written in running text: "SAN FRANCISCO"
 * -> "San Francisco", "BERLIN" -> "Berlin". Short all-capital words stay (they are initials: "UAE"),
 * unless the text writes the word in running text elsewhere ("OSLO" beside "Oslo Philharmonic").
 */
function placeNameFromCapitals(name: string, text: string): string {
  // (accented capitals too: a dateline's "BOGOTÁ", "SÃO PAULO", "ASUNCIÓN")
  if (!/^\p{Lu}[\p{Lu} .'’-]*[\p{Lu}.]$/u.test(name)) return name;
  const written = name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  if (name.includes(' ') || name.replace(/\W/g, '').length >= 5) return written;
  // a short one ("OSLO") is read so only when the text writes it so too ("the Oslo Philharmonic")
  return new RegExp(`(?<![\\p{L}])${written.replace(/[.]/g, '\\.')}(?![\\p{L}])`, 'u').test(text) ? written : name;
}

/**
 * Whether mention b names its entity better than a: more name words, then running text over
 * capitals ("Washington", not a dateline's "WASHINGTON"), then the longer span.
 */
function betterName(text: string, b: RawMention, a: RawMention, words: (m: RawMention) => string[]): boolean {
  const wb = words(b).length;
  const wa = words(a).length;
  if (wb !== wa) return wb > wa;
  const capsB = isAllCaps(text, b);
  if (capsB !== isAllCaps(text, a)) return !capsB;
  return b.end - b.start > a.end - a.start;
}

/** Lowercase words that belong inside or at the start of names: "Osama bin Laden", "Charles de Gaulle", "Bank of England". */
const NAME_PARTICLES = new Set([
  'de', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'der', 'den', 'di', 'van', 'von', 'ter', 'ten', 'la', 'le', 'al', 'el', 'bin',
  'ibn', 'bint', 'ben', 'y', 'e', 'of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', '&', 'du', 'des', 'zu', 'af', 'av', 'st',
  'from', 'without', 'against',
  // Italian and German articled particles ("Gazzetta dello Sport", "Bild am Sonntag"), Bantu "wa" ("Kengo wa Dondo")
  'dello', 'dalla', 'dal', 'dei', 'degli', 'delle', 'am', 'im', 'zum', 'zur', 'wa',
  // the Arabic article as written in "Dar es Salaam"
  'es',
  // Filipino surname particles and the genitive in bodies' names ("Ronald dela Rosa", "Bangko Sentral ng Pilipinas")
  'dela', 'delos', 'ng',
  // the Kalenjin "son of" ("Daniel arap Moi")
  'arap',
]);

function isLowercaseWord(x: string): boolean {
  const c = x.charAt(0);
  // elided articles before a capital are particles too: "Giro d'Italia", "Droits de l'Homme"
  // (and brands with a lowercase first syllable: "eBay", "easyJet", "xAI")
  return c !== c.toUpperCase() && !NAME_PARTICLES.has(x.toLowerCase()) && !/^(al|el|ad|as|ash|at|az|ul)-/.test(x) && !/^[dl]['’]\p{Lu}/u.test(x) && !isLowerCamelBrand(x) && !isAIFirmWord(x);
}

/**
 * "left-of-centre Guardian": a lowercase word at either edge of a span is no part of the name.
 * A prefixed name is a name ("anti-American", "ex-Chelsea", "post-Soviet"): the capital after the
 * hyphen makes it one.
 */
function trimLowercaseEdges(w: readonly string[], sp: TokenSpan): void {
  // a prefixed name alone is kept whole; opening a longer name it is trimmed ("pro-Kurdish Democracy Party")
  if (sp.end - sp.start === 1 && isPrefixedName(w[sp.start]!)) return;
  while (sp.start < sp.end && (isLowercaseWord(w[sp.start]!) || isMarkOnly(w[sp.start]!))) sp.start++;
  // a closing parenthesis whose opening one is in the name is the name's: "Mladost (L)", "Foo (Holdings)"
  while (sp.end > sp.start && (isLowercaseWord(w[sp.end - 1]!) || isMarkOnly(w[sp.end - 1]!)) && !closesParenthesisIn(w, sp)) sp.end--;
}

/** Whether the span's last word is a ")" that closes a "(" inside the span. */
function closesParenthesisIn(w: readonly string[], sp: TokenSpan): boolean {
  if (w[sp.end - 1] !== ')') return false;
  for (let k = sp.end - 2; k > sp.start; k--) {
    if (w[k] === ')') return false;
    if (w[k] === '(') return true;
  }
  return false;
}

/** A prefix, a hyphen and a capitalised name: "anti-American", "ex-Chelsea", "post-Soviet" (not "million-US", "video-OK"). */
const NAME_PREFIX = /^(anti|pro|ex|post|pre|neo|non|pan|trans|intra|inter|ultra|mid|counter|cross|sub|semi|quasi|multi)-\p{Lu}/u;
function isPrefixedName(x: string): boolean {
  return NAME_PREFIX.test(x);
}

/** A token of marks alone, never a name's edge: AP's "_" dash in "(AP) _ Police said". */
function isMarkOnly(x: string): boolean {
  return !/[\p{L}\p{N}]/u.test(x);
}

/** The first lowercase word inside a span that is no name particle ("Telegraph quoted Conservative"), or -1. */
function lowercaseBreak(w: readonly string[], sp: TokenSpan): number {
  // a lowercase word in parentheses inside the name glosses it and stays: "Azad (free) Kashmir", "Foo (pvt) Ltd"
  let inParens = false;
  for (let k = sp.start + 1; k < sp.end - 1; k++) {
    if (w[k] === '(') inParens = w.indexOf(')', k + 1) > k && w.indexOf(')', k + 1) < sp.end;
    else if (w[k] === ')') inParens = false;
    else if (!inParens && isLowercaseWord(w[k]!) && /^\p{L}+$/u.test(w[k]!)) return k;
  }
  return -1;
}

/** Days and the months that are no one's name: "Wednesday" tagged as an organisation is a date. */
const CALENDAR_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'september', 'october', 'november', 'december']);
function isCalendarWord(w: readonly string[], sp: TokenSpan): boolean {
  return sp.end - sp.start === 1 && CALENDAR_WORDS.has(w[sp.start]!.toLowerCase());
}

/** Number words that open sentences with a capital: "Twelve states signed ...". */
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'dozens', 'hundreds',
  'thousands', 'several', 'many', 'some', 'both', 'all', 'most', 'few',
]);

/** The sentence's first word after a dateline whose credit is at `credit` ("LISBON, March 29 (Dossier Wire) — Twelve ..."), else 0. */
function firstWordAfter(credit: readonly [number, number] | null, w: readonly string[]): number {
  if (!credit) return 0;
  const dash = credit[1] + 1;
  return dash + 1 < w.length ? dash + 1 : 0;
}

/** Legal forms that end a company's name: "Hitachi Ltd.", "Nissan Motor Co. Ltd.". */
const LEGAL_SUFFIXES = new Set(['inc.', 'inc', 'corp.', 'corp', 'co.', 'co', 'ltd.', 'ltd', 'plc', 'llc', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'gmbh', 'bhd', 'bhd.', 'pty', 'pty.', 'spa', 's.p.a.', 'limited', 'incorporated', 'corporation', 'company', '&', 'and']);
/** A span made only of these is a fragment of a company's name ("Co. Ltd."), never a name. */
const LEGAL_FORMS_ALONE = new Set(['inc.', 'corp.', 'co.', 'co', 'ltd.', 'ltd', 'plc', 'llc', 'gmbh', 'bhd', 'bhd.', 'pty', 'pty.', 'holdings', '&']);
/** Words after a company's own name that the short form leaves out: "Nissan Motor", "Moody's Investors Service". */
/** Words that end only a company's name: a firm's descriptor ("Veltra Semiconductor") and its head (FIRM_HEADS). */
const FIRM_WORDS = ['technologies', 'semiconductor', 'semiconductors', 'micro', 'devices', 'systems', 'software', 'pharmaceuticals', 'therapeutics', 'holdings', 'industries', 'securities', 'airlines', 'electronics', 'networks', 'robotics', 'instruments'];
const COMPANY_DESCRIPTORS = new Set([
  ...FIRM_WORDS,
  'motor', 'motors', 'electric', 'industrial', 'group', 'investors', 'service', 'services', 'airways', 'petroleum', 'steel', 'chemical', 'chemicals', 'telecom', 'communications', 'international', 'manufacturing', 'trading', 'technology', 'pharma', 'energy', 'foods',
  // what the firm makes or does, which the short form drops: "Harbor Glass ... Harbor", "Meta Platforms ... Meta"
  'platforms', 'brands', 'glass', 'paper', 'cement', 'textiles', 'packaging', 'mining', 'minerals', 'resources', 'materials', 'aerospace', 'automotive', 'shipping', 'biosciences', 'biotech', 'entertainment', 'media', 'healthcare', 'utilities', 'brewing', 'breweries',
]);

/** Nouns for a kind of company that a name may follow: "chipmaker Veltra", "lender HSBC". */
const TRADE_NOUNS = new Set(['retailer', 'miner', 'insurer', 'reinsurer', 'lender', 'airline', 'carrier', 'broadcaster', 'brewer', 'shipbuilder', 'conglomerate', 'startup', 'start-up', 'supermarket', 'grocer', 'utility', 'distiller', 'refiner', 'exporter', 'importer', 'manufacturer', 'supplier', 'developer', 'operator', 'publisher', 'streamer', 'chipset',
  // "the investment firm Partech Africa" typed a place
  'firm']);

/** "Chipmaker", "Carmaker", "Drugmaker", "Retailer": a kind of company, not a first name. */
function isTradeNoun(word: string): boolean {
  const l = word.toLowerCase();
  return (l.length > 7 && l.endsWith('maker')) || TRADE_NOUNS.has(l);
}

/** "Chipmaker Veltra": a trade noun at the head of a span and a capitalised name after it ("Insurer of Last Resort" is a title). */
function opensWithTradeNoun(w: readonly string[], sp: TokenSpan): boolean {
  return sp.end - sp.start > 1 && isTradeNoun(w[sp.start]!) && /^\p{Lu}/u.test(w[sp.start + 1]!);
}

/**
 * "food start-up Fjellmat", "German carmaker Voltwerk", "the lender Kestrel": a name right after a
 * trade noun is the company it describes (a country never is: "the world's largest exporter Brazil").
 */
function followsTradeNoun(w: readonly string[], sp: TokenSpan): boolean {
  if (sp.start === 0 || !isTradeNoun(w[sp.start - 1]!)) return false;
  // "the aircraft carrier Independence" is a ship
  return !(w[sp.start - 1] === 'carrier' && w[sp.start - 2] === 'aircraft') && !countryOfName(w.slice(sp.start, sp.end).join(' '));
}

/** Trade nouns that name only firms, never a person by trade ("the developer", "the publisher", "the broadcaster" may be people). */
const FIRM_ONLY_TRADES = new Set(['firm', 'consultancy', 'retailer', 'lender', 'insurer', 'reinsurer', 'conglomerate', 'startup', 'start-up', 'supermarket', 'airline']);

/**
 * "the Tokyo consultancy Kantan Games", "the think tank Agora Policy" tagged as people: a name right
 * after a noun for a kind of company that never names a person's trade is the company, unless a
 * given name the lists know opens it ("the retailer John Lewis" is left to the tagger).
 */
function isFirmAfterTradeNoun(d: ArticleNames, w: readonly string[], sp: TokenSpan): boolean {
  if (sp.start === 0) return false;
  const noun = w[sp.start - 1]!;
  // (not "-maker": "film-maker Emir Kusturica", "playmaker Diego", "bomb-maker Azahari")
  const firmNoun = FIRM_ONLY_TRADES.has(noun) || (noun === 'tank' && w[sp.start - 2] === 'think') || noun === 'think-tank' || isGoodsMaker(w, sp.start - 1);
  return firmNoun && !d.lists.givenName(w[sp.start]!);
}

/** What people make by trade or by habit, before a separate "maker": "film maker", "policy maker", "peace maker". */
const PEOPLE_MAKING = new Set(['film', 'movie', 'documentary', 'programme', 'program', 'music', 'record', 'policy', 'decision', 'peace', 'king', 'bomb', 'deal', 'play', 'match', 'trouble', 'rule', 'law', 'news', 'money', 'wine', 'dress', 'furniture', 'cabinet', 'watch', 'mischief', 'rain', 'haymaker', 'change']);

/**
 * "cement maker Cemex", "drug maker Novo Nordisk": "maker" written apart after a lowercase noun of
 * goods is a company's trade (the run-together forms, "chipmaker", are `isTradeNoun`'s); "film
 * maker", "policy maker" and the like are people's (`PEOPLE_MAKING`).
 */
function isGoodsMaker(w: readonly string[], at: number): boolean {
  const noun = w[at - 1] ?? '';
  return w[at] === 'maker' && /^\p{Ll}{3,}$/u.test(noun) && !PEOPLE_MAKING.has(noun) && noun !== 'the' && noun !== 'a';
}

/** What only a company is "of" another: "a unit of", "the Dutch subsidiary of", "the maker of". */
const CORPORATE_PARTS = new Set(['unit', 'subsidiary', 'division', 'arm', 'affiliate', 'brand', 'maker', 'owner-operator']);

/**
 * "Gojek, part of GoTo Group, said": a name followed by ", part of" (", now part of", ", owned by")
 * and a firm's name (capitalised words ending in a firm's word, `FIRM_HEADS`, or "Group") is a
 * business the firm owns. (A place may be "part of" a place: "Crimea, part of Ukraine" has no
 * firm's word.)
 */
function partOfFirm(w: readonly string[], end: number): boolean {
  if (w[end] !== ',') return false;
  let k = end + 1;
  if (w[k] === 'now') k++;
  if (!((w[k] === 'part' && w[k + 1] === 'of') || (w[k] === 'owned' && w[k + 1] === 'by'))) return false;
  k += 2;
  if (w[k] === 'the') k++;
  const from = k;
  while (k < w.length && /^\p{Lu}/u.test(w[k]!)) k++;
  return k - from >= 2 && (namesAFirm(w.slice(from, k)) || w[k - 1] === 'Group');
}

/**
 * "Albert Heijn, a unit of Ahold Delhaize": a name whose appositive calls it a unit, subsidiary,
 * division, arm, affiliate, brand or maker of something is a company, whatever it sounds like.
 * Up to three words may qualify the noun ("a wholly owned Dutch subsidiary of").
 */
function beforeCorporateAppositive(w: readonly string[], end: number): boolean {
  if (partOfFirm(w, end)) return true;
  if (w[end] !== ',' || !['a', 'an', 'the'].includes(w[end + 1] ?? '')) return false;
  for (let k = end + 2; k < Math.min(w.length - 1, end + 6); k++) {
    if (CORPORATE_PARTS.has(w[k]!) && w[k + 1] === 'of') return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w[k]!) && !/^\p{Lu}/u.test(w[k]!)) return false;
  }
  return false;
}

/** What one company is to another, and no person is to a company (a person may be its rival's boss, not its rival). */
const FIRMS_RELATIONS = new Set(['rival', 'competitor', 'parent', 'subsidiary', 'unit', 'division', 'affiliate', 'supplier', 'peer']);

/**
 * "BYD, Tesla's Chinese rival, reported" with BYD typed a place (session 18): a name whose
 * appositive makes it a company's rival, parent, unit or supplier, the company named by an
 * organisation's span before "'s", is a company too. Up to two words may qualify the noun. A
 * person's possessive is no evidence ("Harris, Trump's Democratic rival"), and a name typed a person
 * stays one, for the tagger may take that person for a body.
 */
function beforeFirmsRelationAppositive(w: readonly string[], spans: readonly TokenSpan[], end: number): boolean {
  return organisationsNounAfter(w, spans, end, (k) => FIRMS_RELATIONS.has(w[k]!));
}

/**
 * ", <Organisation>'s [up to two words] NOUN" right after `end`: whether the first word past the
 * possessive that `isNoun` accepts comes before any word that is neither lowercase nor a demonym.
 */
function organisationsNounAfter(w: readonly string[], spans: readonly TokenSpan[], end: number, isNoun: (k: number) => boolean): boolean {
  if (w[end] !== ',') return false;
  const owner = spans.find((x) => x.start === end + 1);
  if (!owner || owner.type !== 1 || (w[owner.end] !== "'s" && w[owner.end] !== '’s')) return false;
  for (let k = owner.end + 1; k < Math.min(w.length, owner.end + 4); k++) {
    if (isNoun(k)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w[k]!) && !countryOfDemonym(w[k]!)) return false;
  }
  return false;
}

/** An owner may be a person ("Abramovich, Chelsea's Russian owner"), so only an unknown name takes it as a firm's. */
const FIRMS_OWNER = 'owner';

/**
 * "Geely, Volvo's Chinese owner, said" with "Geely" untagged (session 18): one or two capitalised
 * words opening the sentence, in no span, before an appositive that makes them an organisation's
 * rival, parent, unit or (when the lists know no word of them as a person's) owner, are a company.
 */
function untaggedFirmsBeforeRelation(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  const end = w[1] === ',' ? 1 : w[2] === ',' ? 2 : -1;
  if (end < 0 || spans.some((x) => x.start < end)) return spans as TokenSpan[];
  if (!w.slice(0, end).every((x) => /^\p{Lu}[\p{L}\d-]+$/u.test(x) && !isTitleWord(x) && !countryOfName(x) && !countryOfDemonym(x))) return spans as TokenSpan[];
  const unknown = w.slice(0, end).every((x) => !lists.personNamePart(x) && !lists.givenName(x) && !lists.knownPlace([x]));
  if (!beforeFirmsRelationAppositive(w, spans, end) && !(unknown && ownerAppositiveAt(w, spans, end))) return spans as TokenSpan[];
  return [{ start: 0, end, type: 1 }, ...spans];
}

/** ", <Organisation>'s [up to two words] owner" right after `end`. */
function ownerAppositiveAt(w: readonly string[], spans: readonly TokenSpan[], end: number): boolean {
  return organisationsNounAfter(w, spans, end, (k) => w[k] === FIRMS_OWNER && (w[k + 1] === ',' || w[k + 1] === 'said' || w[k + 1] === 'says'));
}

/** Nouns of a business an appositive calls a name: "Deezer, the French streaming service,"; none a person is too ("a hospitalized miner", "a crane operator"). */
const BUSINESS_NOUNS = new Set(['company', 'firm', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'retailer', 'lender', 'insurer', 'airline', 'broadcaster', 'service', 'platform', 'app', 'startup', 'start-up', 'conglomerate', 'brand', 'manufacturer', 'streamer']);
/** What may close an appositive right after its noun. */
const APPOSITIVE_CLOSERS = new Set([',', '.', 'which', 'that', 'said', 'says']);

/**
 * "Glass Lewis, a proxy adviser, recommended" typed a person (session 18): an adviser may be a
 * person, but a proxy adviser, who tells funds how to vote, is a firm.
 */
function isProxyAdviserAt(w: readonly string[], k: number): boolean {
  return w[k - 1] === 'proxy' && /^advis[eo]r$/u.test(w[k]!);
}

/**
 * "Deezer, the French streaming service, said" typed a person (session 18): a name of one or two
 * words whose appositive ("the" or "a", up to three lowercase words or a people's adjective, then a
 * noun of a business closing it) calls it a company, a service or an app is that business. A
 * person's name opening with a given name the lists know stays a person's ("Jones, a former bank
 * executive," has its noun later).
 */
function beforeBusinessAppositive(w: readonly string[], sp: TokenSpan, type: EntityType, lists: NameLists): boolean {
  if (type === 'ORG' || sp.end - sp.start > 2 || w[sp.end] !== ',' || (w[sp.end + 1] !== 'the' && w[sp.end + 1] !== 'a' && w[sp.end + 1] !== 'an')) return false;
  if (type === 'PERSON' && lists.givenName(w[sp.start]!)) return false;
  for (let k = sp.end + 2; k < Math.min(w.length - 1, sp.end + 6); k++) {
    if ((BUSINESS_NOUNS.has(w[k]!) || isProxyAdviserAt(w, k)) && APPOSITIVE_CLOSERS.has(w[k + 1]!)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w[k]!) && !countryOfDemonym(w[k]!)) return false;
  }
  return false;
}

/**
 * The shorter forms of a company's name: each without one more legal form, then the base without
 * descriptors too, shortest last: "Harbor Glass Corp." -> ["harbor glass", "harbor"]. Names without
 * descriptors only are no forms: "Texas Instruments" is not "Texas Instruments Software", its division.
 */
function companyForms(words: readonly string[]): string[] {
  const out: string[] = [];
  let n = words.length;
  while (n > 1 && LEGAL_SUFFIXES.has(words[n - 1]!.toLowerCase())) out.push(words.slice(0, --n).join(' ').toLowerCase());
  const legal = n;
  while (n > 1 && COMPANY_DESCRIPTORS.has(words[n - 1]!.toLowerCase())) n--;
  if (n < legal) out.push(words.slice(0, n).join(' ').toLowerCase());
  return out;
}

/** A company's name without legal form and descriptors: "Nissan Motor Co. Ltd." -> "nissan". */
function companyBase(words: readonly string[]): string {
  return companyForms(words).pop() ?? '';
}

/** The short forms ("veltra") of the companies the tagger found in an article ("Veltra Semiconductor"). */
function companyShortFormsOf(words: readonly (readonly string[])[], spans: readonly (readonly TokenSpan[])[]): Set<string> {
  const out = new Set<string>();
  words.forEach((w, si) => {
    for (const sp of spans[si]!) {
      if (TYPE_NAMES[sp.type] !== 'ORG') continue;
      const base = companyBase(w.slice(sp.start, sp.end));
      if (base) out.add(base);
    }
  });
  return out;
}

/**
 * "the OECD said ... OECD economists expect" with one mention typed MISC: an acronym (two to six
 * letters, capitals at both ends: "OECD", "AfD") the tagger types an organisation at least twice
 * more often than MISC in the article is the organisation there too (once is not enough: a live
 * blog's "10:42 HKT", typed ORG once, is a time zone the rules make MISC).
 */
function isAcronymOfBody(word: string, organisationOverMisc: ReadonlyMap<string, number>): boolean {
  return /^\p{Lu}\p{L}{0,4}\p{Lu}$/u.test(word) && (organisationOverMisc.get(word.toLowerCase()) ?? 0) > 1;
}

/** For each name the tagger typed ORG or MISC in an article ("harbor glass"), how many more times ORG than MISC. */
function organisationOverMiscOf(words: readonly (readonly string[])[], spans: readonly (readonly TokenSpan[])[]): Map<string, number> {
  const out = new Map<string, number>();
  words.forEach((w, si) => {
    for (const sp of spans[si]!) {
      const type = TYPE_NAMES[sp.type];
      if (type !== 'ORG' && type !== 'MISC') continue;
      const key = w.slice(sp.start, sp.end).join(' ').toLowerCase();
      out.set(key, (out.get(key) ?? 0) + (type === 'ORG' ? 1 : -1));
    }
  });
  return out;
}

/**
 * "Hitachi Ltd. ... Hitachi", "Moody's Investors Service ... Moody's": a company's full name and
 * the short form the article goes on with are one organisation. Only a name that drops a legal
 * form or a descriptor joins, and only when one full name in the article shortens to it.
 */
function joinCompanyForms(clusters: Cluster[], addTo: (c: Cluster, m: RawMention, order: number) => void): void {
  const byBase = new Map<string, Cluster | null>();
  const formsOf = new Map<Cluster, string[]>();
  for (const c of clusters) if (c.type === 'ORG') formsOf.set(c, companyForms(c.full));
  const own = (c: Cluster) => c.full.join(' ').toLowerCase();
  for (const [c, forms] of formsOf) {
    for (const f of forms) {
      const seen = byBase.get(f);
      if (seen === undefined || seen === c) byBase.set(f, c);
      else if (seen === null || formsOf.get(seen)!.includes(own(c))) continue;
      // "Harbor Glass Corp." and "Harbor Glass" both shorten to "harbor": one is a form of the other, the fuller one stands for both
      else byBase.set(f, forms.includes(own(seen)) ? c : null);
    }
  }
  if (!byBase.size) return;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    if (c.type !== 'ORG') continue;
    const target = byBase.get(own(c)) ?? byBase.get(companyBase(c.full) || '\u0000');
    if (!target || target === c) continue;
    for (const m of c.mentions) addTo(target, m, target.last);
    clusters.splice(i, 1);
  }
}

/** Mentions for acronyms of tagged names that the tagger left untagged ("WHO declares"); `raw` stays in text order. */
function addUntaggedAcronyms(tokens: readonly Token[], raw: RawMention[]): void {
  const names = raw.filter((m) => m.type === 'ORG' || m.type === 'LOC');
  if (!names.length) return;
  let r = 0;
  const found = untaggedAcronyms(tokens, names, (i) => {
    const t = tokens[i]!;
    while (r < raw.length && raw[r]!.end <= t.start) r++;
    return r < raw.length && raw[r]!.start <= t.start;
  });
  if (!found.length) return;
  for (const { i, type } of found) raw.push({ start: tokens[i]!.start, end: tokens[i]!.end, type, words: [tokens[i]!.text], titles: [], honorific: null });
  raw.sort((a, b) => a.start - b.start);
}

/** Index of the token starting at `start` (tokens are in text order), or -1. */
function tokenIndexAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Dashes after a dateline; AP's wire copy wrote an underscore: "COLUMBUS, Ohio (AP) _ Police ...". */
const DASHES = new Set(['-', '--', '—', '–', '_']);

/**
 * The credit in a dateline opening a sentence, as token indices [open, close) inside its
 * parentheses: "WASHINGTON, March 3 (Dossier Wire) -", "KYIV (Reuters) —". Null when the
 * sentence does not open with an all-caps word and a parenthesis followed by a dash.
 */
function datelineCredit(w: readonly string[]): [number, number] | null {
  const first = w[0];
  if (!first || first.length < 3 || !/^\p{Lu}[\p{Lu}.'’-]+$/u.test(first)) return null;
  const lim = Math.min(w.length - 2, 14);
  for (let k = 1; k < lim; k++) {
    if (w[k] !== '(') continue;
    for (let c = k + 2; c <= k + 6 && c < w.length - 1; c++) {
      if (w[c] === ')') return DASHES.has(w[c + 1]!) ? [k + 1, c] : null;
    }
    return null;
  }
  return null;
}

/**
 * Whether a span opens with an acronym glued to a person's name: a PERSON span whose first word is
 * an organisation's or a country's acronym ("UN Wang Guangya", "EU Commissioner"), or an ORG span
 * whose rest is a post and a name or a person's name (`personAfterAcronym`: "EU Commissioner
 * Mandelson", "UN Wang Guangya" tagged ORG); "UN Security Council" stays whole.
 */
function acronymGluedToPerson(w: readonly string[], sp: TokenSpan, type: EntityType, ev: PersonEvidence, lists: NameLists): boolean {
  const span = w.slice(sp.start, sp.end);
  if (type !== 'PERSON' && type !== 'ORG') return false;
  if (!opensWithGluedAcronym(span, lists)) return false;
  // "opposition leader Duma Boko": a chamber's word as a two-word person's first word is his given name
  // (a chamber glued to a person stands before a post or a whole name: "Knesset Speaker Amir Ohana")
  if (type === 'PERSON' && span.length === 2 && isLegislatureWord(span[0]!) && !/^\p{Lu}+$/u.test(span[0]!)) return false;
  // (unknown initials after a title are the holder's, "Prime Minister KP Sharma Oli": no one writes
  // a party's letters between a post and its holder; `extendPersonOverInitials`)
  if (type === 'PERSON' && isInitialsAfterTitle(w, sp.start, lists)) return false;
  return type === 'PERSON' || (span.length > 2 && personAfterAcronym(span.slice(1), ev, lists) >= 0);
}

/** The Arabic article joined to a surname: "al-Sharaa", "el-Sisi", "Al-Assad". */
const ARABIC_ARTICLE = /^(?:al|el|Al|El)-(?=\p{Lu})/u;

/**
 * "Syria's interim president Ahmed al-Sharaa ... Sharaa, who led the rebels": the wire drops the
 * Arabic article when it calls a person by the surname alone. The lowercase surname of a fuller
 * name without its article, or null when it has none.
 */
function surnameWithoutArticle(full: readonly string[]): string | null {
  const last = full[full.length - 1]!;
  return full.length > 1 && ARABIC_ARTICLE.test(last) ? last.slice(3).toLowerCase() : null;
}

/**
 * The first of two surnames, lowercase, in a name of three capitalised words with an accented
 * word in it ("Koldo García Izaguirre" -> "garcía"): the Spanish and Portuguese usage the news
 * follows ("García said"). A middle word the lists know as a given name is the second of two given
 * names ("José Luis Ábalos"); English names of three words ("Mary Ann Smith") have no accents and
 * keep only the last word; null when there is no first surname.
 */
function firstSurnameOf(full: readonly string[], lists: NameLists): string | null {
  if (full.length !== 3 || !full.every((x) => /^\p{Lu}\p{Ll}/u.test(x)) || !full.some((x) => /[\u00C0-\u024F]/u.test(x))) return null;
  return lists.givenName(full[1]!) ? null : full[1]!.toLowerCase();
}

/**
 * The surname of a Korean name, written first: "Lee Jae-myung", "Han Duck-soo" (a hyphenated given
 * name after it) or "Yoon Suk Yeol", "Moon Jae In" (three short syllables, the last two no given
 * names the lists know), so that "Yoon's party" and a headline's "Yoon" are the person; null for
 * other shapes.
 */
function surnameWrittenFirst(full: readonly string[], lists: NameLists): string | null {
  const family = familyNameWrittenFirst(full, lists);
  if (family) return family.toLowerCase();
  if (full.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(full[0]!) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(full[1]!)) return full[0]!.toLowerCase();
  if (full.length === 3 && full.every((x) => /^\p{Lu}\p{Ll}{1,3}$/u.test(x)) && !lists.givenName(full[1]!) && !lists.givenName(full[2]!)) return full[0]!.toLowerCase();
  return null;
}

/**
 * The one person whose fuller name ends in the words of a shorter mention of two or more words:
 * "López Obrador" after "Andrés Manuel López Obrador", "Sheinbaum Pardo" after "Claudia Sheinbaum
 * Pardo" (two surnames, as Spanish and Portuguese names are shortened); undefined when none or
 * several do.
 */
function ownerOfLastWords<C extends { full: string[] }>(persons: readonly C[], ws: readonly string[]): C | undefined {
  const tail = lowerKey(ws);
  const owners = persons.filter((p) => p.full.length > ws.length && lowerKey(p.full.slice(p.full.length - ws.length)) === tail);
  return owners.length === 1 ? owners[0] : undefined;
}

/** Surname particles that a sentence-initial or later mention may capitalise ("Marieke de Vries" ... "De Vries said"). */
const SURNAME_PARTICLES = new Set(['de', 'dela', 'delos', 'wa', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'der', 'den', 'des', 'di', 'van', 'von', 'ter', 'ten', 'la', 'le', 'bin', 'ibn', 'ben', 'zu', 'af', 'av']);

/** Whether `surname` is a particle and the words after it ("Le Pen") that end the longer `full` ("Marine Le Pen"), compared without case. */
function isParticleSurnameOf(surname: readonly string[], full: readonly string[]): boolean {
  if (surname.length < 2 || surname.length >= full.length || !SURNAME_PARTICLES.has(surname[0]!.toLowerCase())) return false;
  const off = full.length - surname.length;
  return surname.every((x, i) => x.toLowerCase() === full[off + i]!.toLowerCase());
}

/**
 * The person a particle surname ("De Vries", "van der Berg") refers back to: the most recent
 * person whose fuller name ends in the same words, compared without case, since the particle is
 * capitalised at the head of a sentence and lowercase inside the full name.
 */
function particleSurnameOwner<C extends { full: string[]; last: number }>(persons: readonly C[], ws: readonly string[]): C | undefined {
  if (!SURNAME_PARTICLES.has(ws[0]!.toLowerCase())) return undefined;
  const tail = ws.map((x) => x.toLowerCase()).join(' ');
  let best: C | undefined;
  for (const p of persons) {
    if (p.full.length <= ws.length) continue;
    if (p.full.slice(p.full.length - ws.length).map((x) => x.toLowerCase()).join(' ') !== tail) continue;
    if (!best || p.last > best.last) best = p;
  }
  return best;
}

/**
 * "U.S. Trade Representative Karen Whitlock", "EU Trade Commissioner Tomasz Wieczorek": the tagger
 * may also call "U.S. Trade" or "EU Trade" an organisation. A portfolio word is part of the
 * person's title, not of a name: an organisation mention made of title words inside a title is
 * dropped, and one that runs into a title keeps only what comes before it ("EU"). Names that end in
 * an organisation's own noun ("World Bank President") and places ("U.S.", "German") stay.
 */
function dropTitleFragments(text: string, raw: RawMention[], from: number, titleRanges: ReadonlyArray<[number, number]>): void {
  let k = from;
  for (let i = from; i < raw.length; i++) {
    const m = raw[i]!;
    if (m.type === 'ORG' && !ORG_HEADS.has(m.words[m.words.length - 1]!.toLowerCase())) {
      const range = titleRanges.find(([a, b]) => m.end > a && m.end <= b && isPostTitle(text.slice(a, b)));
      // only an organisation that runs into the title's words is a fragment: "U.S. Trade
      // Representative"; "All India Bank Officers Confederation secretary" opens the title whole
      if (range && isTitleWord(m.words[m.words.length - 1]!)) {
        const kept = wordsBefore(text, m, afterLeadingAcronym(text, range[0], range[1]));
        if (!kept) continue;
        // only an acronym or a country is a name of its own ("EU", "BJP"); "Palestinian Civil" is not
        const w = kept.words;
        if (w.length === 1 && (/^[A-Z]{2,6}$/.test(w[0]!) || countryOfName(w[0]!))) {
          raw[k++] = { ...m, end: kept.end, words: w };
          continue;
        }
      }
    }
    raw[k++] = m;
  }
  raw.length = k;
}

/** Where a title's own words start: after the body's acronym that opens it ("EU Trade Commissioner", titles.ts). */
function afterLeadingAcronym(text: string, a: number, b: number): number {
  const m = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,3})\s+/.exec(text.slice(a, b));
  return m ? a + m[0].length : a;
}

/**
 * Titles of a post in a government or firm ("Trade Representative", "Defense Secretary", "Vice
 * President"), whose portfolio words are no organisation; "Labour leader" names a party's leader.
 */
const POST_HEADS = new Set(['minister', 'secretary', 'representative', 'commissioner', 'president', 'director', 'attorney-general', 'adviser', 'advisor']);
function isPostTitle(title: string): boolean {
  const last = /[\p{L}-]+$/u.exec(title)?.[0]?.toLowerCase() ?? '';
  return POST_HEADS.has(last);
}

/**
 * Last words of a news outlet's name, never of a person's: "Dossier Wire", "Kyiv Independent
 * News". ("Post", "Press" and "Herald" are also surnames, so they are left to the tagger.)
 */
const MEDIA_HEADS = new Set(['Wire', 'News', 'Times', 'Journal', 'Tribune', 'Gazette', 'Broadcasting', 'Television', 'TV', 'Radio', 'Agency', 'Newswire', 'Chronicle', 'Bee', 'Herald', 'Inquirer', 'Examiner', 'Enquirer', 'Courier', 'Telegraph', 'Dispatch', 'Sentinel', 'Observer', 'Register']);

/**
 * Last words of a street's name: "Maple Avenue", "Route 20" aside, a street is a place even when
 * the tagger calls it an organisation or a work; so is a square ("Tafawa Balewa Square") and a
 * road in India ("Deen Dayal Upadhyaya Marg").
 */
const STREET_HEADS = new Set(['Avenue', 'Street', 'Road', 'Boulevard', 'Lane', 'Highway', 'Parkway', 'Expressway', 'Turnpike', 'Marg', 'Square']);

/**
 * Last words of a building's or a place's name, never a person's: "Diaoyutai Hotel", "Sun-an
 * Airport", "Moray Firth". ("Bay" and "Lake" are left out: they are surnames too.)
 */
// ("Plaza": "the collapse of Rana Plaza", session 16)
const PLACE_HEADS = new Set(['Plaza', 'Hotel', 'Airport', 'Stadium', 'Theater', 'Theatre', 'Mosque', 'Cathedral', 'Museum', 'Square', 'Bridge', 'Palace', 'Avenue', 'Road', 'Park', 'Tower', 'Port', 'Harbour', 'Harbor', 'Station', 'Beach', 'Island', 'Islands', 'Province', 'County', 'District', 'Region', 'City', 'Village', 'Firth', 'Valley', 'Strait', 'Estuary', 'Peninsula', 'Canyon', 'Glacier', 'Desert', 'Mountains', 'Gorge', 'Reef', 'Basin', 'Shoal', 'Shoals', 'Atoll', 'Lagoon', 'Dam', 'Reservoir', 'Canal']);
/** Heads of works on the map that the tagger calls MISC: "the Cotter Dam", "the Kiel Canal". */
const WORKS_HEADS = new Set(['Dam', 'Reservoir', 'Canal']);
/** Lowercase nouns after a market index's name: "the Ibovespa index", "the Nikkei average". */
const MARKET_INDEX_NOUNS = new Set(['index', 'indexes', 'indices', 'average']);
/** Heads of a market's own name, which its index is named after: "the Karachi Stock Exchange index". */
const MARKET_BODIES = new Set(['Exchange', 'Market', 'Bourse', 'Board']);
/** Heads of features of nature, which no organisation's name ends in: "Scarborough Shoal", "the Strait of Hormuz" is another form. */
const NATURE_HEADS = new Set(['Shoal', 'Shoals', 'Reef', 'Atoll', 'Lagoon', 'Strait', 'Peninsula', 'Valley', 'Canyon', 'Glacier', 'Desert', 'Gorge', 'Estuary', 'Firth', 'Dam', 'Reservoir']);

/**
 * Last words of a building's or a ground's name, never an organisation's: "Dirksen Federal
 * Building", "Silver Dollar Fairgrounds". (An airport may be its operating company, a center a
 * body, "World Bridge" a card game's federation: those are left to the tagger.)
 */
const BUILDING_HEADS = new Set(['Building', 'Fairgrounds', 'Stadium', 'Showground', 'Showgrounds', 'Racecourse', 'Velodrome']);

/** A name of two or more words ending in a building's head ("Dirksen Federal Building") is a place. */
function namesABuilding(w: readonly string[], sp: TokenSpan): boolean {
  return sp.end - sp.start > 1 && BUILDING_HEADS.has(w[sp.end - 1]!);
}

/**
 * Words of organisations' names in other languages, never in a person's: "Deutsche Grammophon",
 * "Banque de France", "Olympique Lyonnais", "Dynamo Kiev". The tagger, reading them as unknown
 * capitalised words, may take the name for a person's.
 */
const FOREIGN_BODY_WORDS = new Set([
  'deutsche', 'deutscher', 'banque', 'banco', 'banca', 'société', 'societe', 'compagnie', 'groupe', 'gruppo', 'grupo', 'instituto',
  'institut', 'institutet', 'universidad', 'université', 'universite', 'universität', 'universitet', 'università', 'verlag',
  'gesellschaft', 'olympique', 'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'atletico', 'atlético', 'sporting', 'partido', 'parti',
  // regional governments of Spain ("Generalitat Valenciana", "Xunta de Galicia") and movements named "supporters" ("Ansar Allah")
  'generalitat', 'xunta', 'ayuntamiento', 'diputación', 'ansar',
]);

/** A person's or a place's name with a word of an organisation's name in another language is that organisation's. */
function hasForeignBodyWord(words: readonly string[]): boolean {
  return words.length > 1 && words.some((x) => FOREIGN_BODY_WORDS.has(x.toLowerCase()));
}

const LOCATIVES = new Set(['in', 'at', 'near', 'via', 'outside', 'across', 'around']);
/** Words after which "to" leads to a destination: "diverted cargo to Barcelona", "flew to Lisbon". */
const MOTION = new Set([
  'cargo', 'diverted', 'travel', 'travelled', 'traveled', 'travels', 'flew', 'fly', 'flies', 'flights', 'flight', 'moved',
  'move', 'sent', 'shipped', 'returned', 'return', 'returning', 'route', 'routes', 'trip', 'visit', 'way', 'bound', 'headed',
  'evacuated', 'fled', 'deported', 'extradited', 'transferred', 'relocated', 'ferry', 'train', 'road',
  'ships', 'ship', 'vessels', 'tankers', 'containers', 'shipments', 'exports', 'troops', 'redirected', 'rerouted', 'sailed',
]);

/**
 * "diverted cargo to Barcelona", "talks in Lisbon": a one-word name the tagger called an
 * organisation (CoNLL's sports pages make many cities clubs) is a place where a locative
 * preposition or a destination's "to" governs it and the gazetteer knows it as a place.
 */
function isPlaceAfterLocative(w: readonly string[], sp: TokenSpan, model: NerModel): boolean {
  if (sp.end - sp.start !== 1 || sp.start === 0) return false;
  if (!governedByLocative(w, sp.start)) return false;
  const LOC_ALONE = 1 << (8 + 2);
  return (model.resources.gazetteer.tokenTypes(hashString(w[sp.start]!.toLowerCase())) & LOC_ALONE) !== 0;
}

/** How far back a destination's "to" may look for its verb of motion: "diverted more than 40 container ships to Antwerp". */
const MOTION_REACH = 6;

/**
 * Whether the one word at i stands where a locative governs it: right after "in"/"at"/..., after a
 * "to" whose clause moves something (a motion word within MOTION_REACH words before it, no
 * punctuation between), or as the second of two such words ("to Antwerp and Hamburg").
 */
function governedByLocative(w: readonly string[], i: number): boolean {
  const prev = w[i - 1]!.toLowerCase();
  if (LOCATIVES.has(prev)) return true;
  if (prev === 'to') {
    for (let j = i - 2; j >= 0 && j >= i - 1 - MOTION_REACH; j--) {
      const x = w[j]!.toLowerCase();
      if (MOTION.has(x)) return true;
      if (!/[\p{L}\d]/u.test(x)) return false;
    }
    return false;
  }
  // the second of a pair: the word before "and"/"or" is a capitalised single word so governed
  return (prev === 'and' || prev === 'or') && i >= 3 && /^\p{Lu}/u.test(w[i - 2]!) && /^\p{Lu}/u.test(w[i]!) && governedByLocative(w, i - 2);
}

/** Nouns that end the name of a body, never of a place: "Pan-Atlantic Football Federation". */
const BODY_NOUNS = new Set([
  'federation', 'association', 'confederation', 'league', 'committee', 'council', 'commission', 'foundation', 'institute', 'university',
  'agency', 'bureau', 'trust', 'society', 'orchestra', 'philharmonic', 'choir', 'faculty', 'academy', 'college', 'ministry',
  // public services: "Sacramento Public Library", "California Highway Patrol", "Mountain Rescue"
  'library', 'police', 'patrol', 'rescue', 'ambulance', 'brigade',
  // "the Planning Inspectorate" (session 16)
  'inspectorate',
  // "chief executive of the Fine Art Group" tagged a place
  'group',
]);

/**
 * "Cal Fire said", "a Metro Fire spokesman": a fire service, typed a person for its given name.
 * With "the" before it, "the Camp Fire" is a fire, left to the tagger.
 */
function namesFireService(w: readonly string[], sp: TokenSpan): boolean {
  return sp.end - sp.start > 1 && w[sp.end - 1] === 'Fire' && (sp.start === 0 || w[sp.start - 1]!.toLowerCase() !== 'the');
}

/**
 * "Law Society of Kenya", "Football Association of Zambia": a body's noun before "of" (a competition
 * such as "Champions League", which CoNLL types MISC, has none).
 */
function bodyOfPlace(words: readonly string[]): boolean {
  const of = words.indexOf('of');
  return of > 1 && BODY_NOUNS.has(words[of - 1]!.toLowerCase());
}

/**
 * A name the tagger called a place that is a body's: its last word is one of BODY_NOUNS ("Greek
 * Football Federation", "Bergen Philharmonic Orchestra") or it is "<body noun> of ..." ("Faculty
 * of Medicine"), unless it is a country's own two-word name ("Russian Federation",
 * "Swiss Confederation"), which stays a place.
 */
function namesAnOrganisation(words: readonly string[]): boolean {
  // "Faculty of Medicine", "Academy of Sciences": the body's noun heads the name
  if (words.length > 2 && words[1] === 'of' && BODY_NOUNS.has(words[0]!.toLowerCase())) return true;
  if (bodyOfPlace(words)) return true;
  // (a continent's union is a body, "the African Union's envoy"; "Soviet Union" is a country)
  if (words.length === 2 && words[1] === 'Union' && CONTINENTS_ADJECTIVES.has(words[0]!)) return true;
  if (words.length < 2 || !BODY_NOUNS.has(words[words.length - 1]!.toLowerCase())) return false;
  const first = words[0]!;
  return !(words.length === 2 && (countryOfDemonym(first) || countryOfName(first)));
}

/** Continents' adjectives, whose "Union" is a body of states: "African Union", "European Union". */
const CONTINENTS_ADJECTIVES = new Set(['African', 'European', 'Eurasian']);

/**
 * Last words of a firm's name, never of a place's or a person's: "Maritime Insight", "Kpler
 * Analytics", "Harbor Research", "Orion Micro". The tagger reads "Maritime" or "Harbor" as a
 * place and "Orion" as a given name.
 */
const FIRM_HEADS = new Set([...FIRM_WORDS, 'energy', 'resources', 'platforms', 'brands', 'biosciences', 'breweries', 'insight', 'insights', 'analytics', 'research', 'partners', 'consulting', 'consultancy', 'consultants', 'intelligence', 'labs', 'advisors', 'advisers', 'associates', 'ventures', 'metrics', 'solutions', 'logistics', 'foods', 'stores', 'motors', 'air', 'airways', 'rail', 'pharma', 'chemicals', 'petroleum', 'mining', 'brewing', 'shipping', 'telecom', 'communications', 'aerospace', 'automotive', 'holding',
  // trades that end chains' and groups' names (session 15, second round: "competes with Luckin Coffee" was a person)
  'coffee', 'beverages', 'restaurants', 'hotels', 'resorts', 'entertainment', 'studios', 'healthcare', 'investments', 'insurance',
  'telecommunications', 'cosmetics', 'apparel', 'textiles', 'cement', 'steel']);

/** Services people post on ("wrote on Telegram"): companies, never places or people, whatever the tagger says. */
const PLATFORMS = new Set(['telegram', 'twitter', 'facebook', 'instagram', 'whatsapp', 'tiktok', 'youtube', 'truth social', 'weibo', 'wechat', 'linkedin', 'bluesky', 'reddit', 'substack', 'snapchat', 'vkontakte', 'threads']);

/**
 * "High Court", "Supreme Court", "International Criminal Court", "Court of Appeal": a court is a
 * body that rules, whatever the tagger says ("Britain's High Court on Friday blocked ..."); after a
 * place preposition ("protesters outside the High Court") it is the building (legislatureAsPlace).
 */
function namesCourt(words: readonly string[]): boolean {
  if (words.length < 2 || !words.every((x) => /^\p{Lu}/u.test(x) || x === 'of' || x === 'the')) return false;
  const last = words[words.length - 1]!.toLowerCase();
  return last === 'court' || (words[0]!.toLowerCase() === 'court' && words[1] === 'of');
}

/** Nouns for a kind of product that a name before them is the brand of: "the Claude chatbot", "its Edge browser". */
const PRODUCT_NOUNS = new Set(['chatbot', 'chatbots', 'app', 'apps', 'browser', 'assistant', 'smartphone', 'smartphones', 'handset', 'tablet', 'laptop', 'console', 'headset', 'airliner', 'drone', 'drones', 'vaccine', 'missile', 'missiles', 'rifle', 'sedan']);

/**
 * "the Claude chatbot", "its Gemini assistant": a name right after an article or a possessive and
 * right before a product noun is a product, not a person or a place. A country stays a place ("the
 * China vaccine"): that is where the product comes from.
 */
function namesAProduct(w: readonly string[], sp: TokenSpan): boolean {
  const det = sp.start > 0 ? w[sp.start - 1]!.toLowerCase() : '';
  if (!PRODUCT_NOUNS.has(w[sp.end]?.toLowerCase() ?? '') || !(det === 'the' || det === 'its' || det === 'a' || det === 'an' || det === "'s")) return false;
  const name = w.slice(sp.start, sp.end).join(' ');
  return !countryOfName(name) && !countryOfDemonym(name);
}

/** Verbs of making that, after a comma, say the name before them is a product: "Leqembi, made by Eisai". */
const MAKING = new Set(['made', 'developed', 'manufactured', 'produced', 'marketed', 'sold']);

/**
 * A product named by the phrase around it: "sold under the brand name Kisunla", "Leqembi, made by
 * Japan's Eisai and Biogen". The tagger reads such coined one-word names as places or persons; a
 * name the lists know as a place is left alone (the caller passes only one-word names not known).
 */
function namedAsProduct(w: readonly string[], sp: TokenSpan): boolean {
  const before = w[sp.start - 1]?.toLowerCase();
  if ((before === 'name' || before === 'names') && /^(?:brand|trade)$/i.test(w[sp.start - 2] ?? '')) return true;
  return w[sp.end] === ',' && MAKING.has(w[sp.end + 1] ?? '') && w[sp.end + 2] === 'by';
}

/** Nouns for a site a name before them is the name of: "its Cerro Alto mine", "the Rio Verde refinery". */
const SITE_NOUNS = new Set(['mine', 'mines', 'refinery', 'smelter', 'oilfield', 'gasfield', 'dam', 'reservoir', 'volcano']);

/**
 * "record output at its Cerro Alto mine": a name of two or more words right before a site's noun
 * is the site, a place, whatever the tagger made of it (often a person: "Cerro Alto"). One word
 * is left alone: "the BHP mine" names the owner.
 */
function namesASite(w: readonly string[], sp: TokenSpan): boolean {
  return sp.end - sp.start > 1 && SITE_NOUNS.has(w[sp.end]?.toLowerCase() ?? '') && !namesAFirm(w.slice(sp.start, sp.end));
}

/**
 * "the Santa Clara, California-based company": a name the tagger called a person before a comma
 * and "<Place>-based" is the city of a "City, State" pair, a place. A demonym's "-based" opens
 * an appositive about a person: "Nadia Perez, Swiss-based leader of ...". (A company tagged as one
 * stays: "Norwest Corp., Ohio-based KeyCorp" is a list.)
 */
function isCityBeforeBasedPlace(w: readonly string[], sp: TokenSpan): boolean {
  const m = w[sp.end] === ',' ? /^(\p{Lu}[\p{L}.]*)-based$/u.exec(w[sp.end + 1] ?? '') : null;
  return !!m && !countryOfDemonym(m[1]!);
}

/** Diseases named after places or rivers, never places themselves in the news. */
const DISEASES = new Set(['ebola', 'zika', 'lassa', 'nipah', 'mpox', 'covid', 'covid-19', 'sars', 'mers', 'chikungunya', 'hantavirus']);
/** Nouns after which a name is a disease's: "the Marburg virus", "a Marburg outbreak". */
const DISEASE_NOUNS = ['virus', 'outbreak', 'outbreaks', 'fever', 'disease', 'vaccine', 'vaccines', 'epidemic'];
const DISEASE_NOUNS_AS_WRITTEN = new Set([...DISEASE_NOUNS, ...DISEASE_NOUNS.map((x) => x[0]!.toUpperCase() + x.slice(1))]);

/**
 * The one-word names an article uses as a disease's ("the Marburg virus outbreak"): the whole
 * article's other mentions of them ("Marburg, a close cousin of Ebola") are the disease too.
 */
function diseaseNamesOf(words: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  // (the noun is tested first, as written or capitalised as in a headline: most words are neither)
  for (const w of words) for (let i = 1; i < w.length; i++) if (DISEASE_NOUNS_AS_WRITTEN.has(w[i]!) && /^\p{Lu}/u.test(w[i - 1]!)) out.add(w[i - 1]!.toLowerCase());
  return out;
}

/** Diseases named after the physician who described them, written with the possessive alone: "Alzheimer's", "Parkinson's". */
const EPONYMOUS_DISEASES = new Set(['alzheimer', 'parkinson', 'huntington', 'crohn', 'asperger', 'tourette', 'hodgkin']);

/** What an eponymous disease's possessive goes with: "Alzheimer's drug", "Parkinson's patients". */
const DISEASE_CONTEXT = new Set(['drug', 'drugs', 'treatment', 'treatments', 'patients', 'sufferers', 'research', 'medication', 'medicine', 'symptoms', 'diagnosis', 'cure', 'therapy', 'therapies', 'care', 'risk', 'cases', 'and', 'or']);

/** Words before such a disease when someone has it: "a long battle with Alzheimer's", "died of Parkinson's". */
const SUFFERED_WITH = new Set(['with', 'from', 'of', 'against']);

/**
 * "Alzheimer's disease", "an Alzheimer's drug", "people with Parkinson's.": a one-word name before
 * the possessive is a disease (MISC), not the person it was named after nor a body whose name
 * opens with it ("the Alzheimer's Association" keeps its capitalised head). Any name before
 * "'s disease" or "'s syndrome" is one; the physicians' names in the list are one before a word
 * of care or research or a mark, unless a person of that surname is named in the article.
 */
function namesEponymousDisease(d: ArticleNames, w: readonly string[], sp: TokenSpan): boolean {
  if (sp.end - sp.start !== 1 || (w[sp.end] !== "'s" && w[sp.end] !== "'")) return false;
  const next = w[sp.end + 1] ?? '';
  if (next === 'disease' || next === 'syndrome') return true;
  const word = w[sp.start]!;
  const suffered = sp.start > 0 && SUFFERED_WITH.has(w[sp.start - 1]!);
  if (!EPONYMOUS_DISEASES.has(word.toLowerCase()) || !(suffered || DISEASE_CONTEXT.has(next) || /^[.,;:)]?$/.test(next))) return false;
  // ("Parkinson's side had won" in a story about the manager Phil Parkinson is the man's)
  return !d.taggedSpans.some((spans, si) => spans.some((x) => x.type === 0 && x.end - x.start > 1 && d.words[si]![x.end - 1] === word));
}

/** Words that name a storm by the name after them: "Hurricane Delia", "Typhoon Haiyan", "Tropical Storm Alberto". */
const STORM_WORDS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'HURRICANE', 'TYPHOON', 'CYCLONE', 'STORM']);

/** A storm's name without the kind of storm before it: "Typhoon Yagi" and "Super Typhoon Yagi" are "Yagi", one storm. */
function withoutStormWord(words: readonly string[]): readonly string[] {
  let i = 0;
  while (i < words.length - 1 && (STORM_WORDS.has(words[i]!) || words[i] === 'Tropical' || words[i] === 'Super')) i++;
  return i > 0 && STORM_WORDS.has(words[i - 1]!) ? words.slice(i) : words;
}

/** The names an article gives storms ("Hurricane Delia" -> "delia"), so "Delia slams the coast" is the storm too. */
function stormNamesOf(words: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (let i = 0; i + 1 < w.length; i++) if (STORM_WORDS.has(w[i]!) && /^\p{Lu}\p{Ll}+$/u.test(w[i + 1]!)) out.add(w[i + 1]!.toLowerCase());
  return out;
}

/** A storm is neither a person nor a body: "Hurricane Delia", and "Delia" alone once the article has named it. */
function namesAStorm(name: readonly string[], storms: ReadonlySet<string>): boolean {
  const last = name[name.length - 1]!.toLowerCase();
  if (!storms.has(last)) return false;
  return name.length === 1 || (name.length <= 3 && name.slice(0, -1).every((x) => STORM_WORDS.has(x) || x === 'Tropical' || x === 'Super'));
}

function isDiseaseName(word: string, inArticle: ReadonlySet<string>): boolean {
  const l = word.toLowerCase();
  return DISEASES.has(l) || inArticle.has(l);
}

function namesAFirm(words: readonly string[]): boolean {
  return words.length > 1 && FIRM_HEADS.has(words[words.length - 1]!.toLowerCase());
}

/** Last words that make a name an organisation's own ("World Bank", "Labor Party"), never a portfolio. */
const ORG_HEADS = new Set([
  'bank', 'party', 'house', 'committee', 'council', 'ministry', 'department', 'police', 'force', 'forces', 'agency',
  'commission', 'union', 'fund', 'court', 'assembly', 'senate', 'congress', 'parliament', 'office', 'authority',
  'board', 'bureau', 'service', 'services', 'group', 'corporation', 'company', 'organisation', 'organization', 'front',
  'movement', 'league', 'federation', 'association', 'institute', 'university', 'army', 'navy', 'guard', 'reserve',
  // ("A spokesperson for the National Highway Traffic Safety Administration": no person's name ends so)
  'administration',
]);

/**
 * Where the person's own name starts in a span that follows "<title> of [the]" and took in what
 * the title is of: after the last organisation head ("Expediency Council Akbar Hashemi
 * Rafsanjani") or after a known one-word place ("Canterbury Rowan Williams"). At least two name
 * words stay. -1 when the span does not follow such a title or no split is found.
 */
function complementInName(w: readonly string[], sp: TokenSpan, type: EntityType, model: NerModel): number {
  if (sp.end - sp.start < 3) return -1;
  let j = sp.start - 1;
  if (j >= 0 && w[j] === 'the') j--;
  if (j < 1 || (w[j] !== 'of' && w[j] !== 'for') || !TITLE_HEADS.has(w[j - 1]!.toLowerCase())) return -1;
  // the person's name: capitalised words, none an organisation's head
  const nameLike = (from: number) => w.slice(from, sp.end).every((x) => capitalised(x) && !ORG_HEADS.has(x.toLowerCase()) && !isTitleWord(x));
  for (let q = sp.end - 3; q >= sp.start; q--) if (ORG_HEADS.has(w[q]!.toLowerCase())) return nameLike(q + 1) ? q + 1 : -1;
  // "Minister of Science and Innovation Blade Nzimande": a portfolio of two fields joined by "and"
  const joined = portfolioOfTwoFieldsEnd(w, sp);
  if (joined > 0) return nameLike(joined) ? joined : -1;
  // "Minister for Foreign Trade Christine Lagarde": a portfolio made of title words
  let q = sp.start;
  while (q < sp.end - 2 && isTitleWord(w[q]!)) q++;
  if (q > sp.start) return nameLike(q) ? q : -1;
  if (type !== 'PERSON') return -1;
  // one word of place and a two-word name; or a place the gazetteer knows
  const LOC_ALONE = 1 << (8 + 2);
  const place = sp.end - sp.start === 3 || (model.resources.gazetteer.tokenTypes(hashString(w[sp.start]!.toLowerCase())) & LOC_ALONE) !== 0;
  return place && nameLike(sp.start + 1) ? sp.start + 1 : -1;
}

/**
 * Where the name starts after a portfolio of fields joined by "and" that opens the span
 * ("Science and Innovation Blade Nzimande", "Economy, Trade and Industry Ken Saito", "Higher
 * Education and Training ..."): one word after the "and", then any title words ("Science and
 * Higher Education Jan Kowalski"), with two words or more left for the name; -1 when the span
 * holds no "and" or leaves too little.
 */
function portfolioOfTwoFieldsEnd(w: readonly string[], sp: TokenSpan): number {
  let and = -1;
  for (let k = sp.start + 1; k < sp.end - 3; k++) if (w[k] === 'and' || w[k] === '&') {
    and = k;
    break;
  }
  if (and < 0 || !w.slice(sp.start, and).every((x) => x === ',' || capitalised(x))) return -1;
  let q = and + 2;
  while (q < sp.end - 2 && isTitleWord(w[q]!)) q++;
  return sp.end - q >= 2 ? q : -1;
}

/** The mention's words that end before `limit`, with their end offset; null when none does. */
function wordsBefore(text: string, m: RawMention, limit: number): { words: string[]; end: number } | null {
  let pos = m.start;
  let n = 0;
  let end = m.start;
  for (const w of m.words) {
    const at = text.indexOf(w, pos);
    if (at < 0 || at + w.length > limit) break;
    pos = end = at + w.length;
    n++;
  }
  return n ? { words: m.words.slice(0, n), end } : null;
}

/** Nouns that name what follows as a body: "the charity Freedom from Torture", "the group Doctors without Borders". */
const BODY_INTRODUCERS = new Set(['charity', 'group', 'organisation', 'organization', 'ngo', 'campaign', 'coalition', 'alliance', 'foundation', 'network', 'movement', 'association', 'initiative', 'nonprofit', 'non-profit', 'watchdog']);
/** Lowercase words inside bodies' names: "Freedom from Torture", "Reporters without Borders", "Meals on Wheels". */
const NAME_CONNECTORS = new Set(['from', 'for', 'without', 'against', 'of', 'on']);

/** "the charity Hatfield on Wheels", "a campaign group, the coalition Fair Pay": the noun says the name is a body's. */
function followsBodyIntroducer(w: readonly string[], sp: TokenSpan): boolean {
  return sp.start > 1 && BODY_INTRODUCERS.has(w[sp.start - 1]!) && ['the', 'a', 'an'].includes(w[sp.start - 2]!.toLowerCase());
}

/** Offices of a place, which the name before them is: "Sacramento Mayor Kevin McCarty", "Cook County Sheriff". */
const PLACE_OFFICES = new Set(['mayor', 'sheriff', 'burgomaster']);

/**
 * "Sacramento Mayor Kevin McCarty" with "Sacramento" tagged an organisation: the city whose mayor
 * it is. A governor is a state's only when the name is a state's: "BOJ Governor" heads a bank.
 * Before a lowercase office the name must be a place the lists know.
 */
function opensPlacesOffice(w: readonly string[], sp: TokenSpan, lists: NameLists): boolean {
  const office = w[sp.end]?.toLowerCase() ?? '';
  const name = w.slice(sp.start, sp.end);
  if (office === 'governor') return !!stateOfName(name.join(' '));
  if (!PLACE_OFFICES.has(office) || ORG_HEADS.has(name[name.length - 1]!.toLowerCase()) || /^\p{Lu}+$/u.test(name[name.length - 1]!)) return false;
  // a lowercase office may be a party's: "outgoing Olive Tree mayor Valentino Castellani"
  return /^\p{Lu}/u.test(w[sp.end]!) || lists.knownPlace(name);
}

/** One past the run of capitalised words at `i` that can end a body's name: not a day, a month or a platform ("on Monday", "on Telegram"). */
function nameRunEnd(w: readonly string[], i: number): number {
  let j = i;
  while (j < w.length && /^\p{Lu}/u.test(w[j]!) && !CALENDAR_WORDS.has(w[j]!.toLowerCase()) && !PLATFORMS.has(w[j]!.toLowerCase())) j++;
  return j;
}

/**
 * "the charity Freedom from Torture", "the group Ashgrove on Wheels": the tagger stops a name at
 * its lowercase connector and tags "Freedom" and "Torture" apart, or leaves the second part
 * untagged. After a noun that introduces a body, a name, one connector and capitalised words
 * are that body's one name.
 */
function joinNamesAcrossConnectors(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const runEnd = a.end + 1 < w.length && NAME_CONNECTORS.has(w[a.end]!) ? nameRunEnd(w, a.end + 1) : a.end + 1;
    if (runEnd > a.end + 1 && a.start > 0 && BODY_INTRODUCERS.has(w[a.start - 1]!.toLowerCase()) && (!b || b.start >= a.end + 1)) {
      // the second name may be tagged further than the run ("Torture Foundation"), or not at all
      const joinsNext = !!b && b.start === a.end + 1;
      out.push({ start: a.start, end: joinsNext ? Math.max(b.end, runEnd) : runEnd, type: 1 });
      if (joinsNext) i++;
    } else out.push(a);
  }
  return out;
}

/** What before a lone title word makes it the title: "the King", "his coach", "Saudi King". */
const TITLE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', "'s", '’s', 'new', 'former', 'late']);

/**
 * A lone title word the tagger took for a person that is a surname the lists know, used as a
 * name: no determiner or capitalised word before it, no "of" or capitalised word after it
 * ("King said", "said King", "White was"; not "the King said", "Head of Customs").
 */
function surnameLikeTitle(w: readonly string[], sp: TokenSpan, lists: NameLists): boolean {
  if (sp.end - sp.start !== 1) return false;
  const x = w[sp.start]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(x) || !lists.personNamePart(x)) return false;
  const prev = sp.start > 0 ? w[sp.start - 1]! : '';
  const next = sp.end < w.length ? w[sp.end]! : '';
  if (TITLE_DETERMINERS.has(prev.toLowerCase()) || /^\p{Lu}/u.test(prev)) return false;
  return next.toLowerCase() !== 'of' && !/^\p{Lu}/u.test(next);
}

/** Whether the article writes given names as initials: a capital and a full stop other than "M." before a capitalised word ("J. Smith"). */
function writesInitials(words: readonly (readonly string[])[]): boolean {
  for (const w of words) {
    for (let i = 0; i + 1 < w.length; i++) {
      const x = w[i]!;
      if (x.length === 2 && x[1] === '.' && x !== 'M.' && /^\p{Lu}$/u.test(x[0]!) && /^\p{Lu}\p{Ll}/u.test(w[i + 1]!)) return true;
    }
  }
  return false;
}

/**
 * What findEntities' sentence steps read of the article, and what they collect. The steps are
 * functions of their own rather than one closure so that V8 compiles them one by one: as a
 * single callback the optimising compiler threw its code away and compiled it anew (0.15 to 0.25 s
 * each time) about ten times in a first pass over the newswire corpus, whenever one rule met a
 * case it had not seen.
 */
interface ArticleNames {
  text: string;
  tokens: readonly Token[];
  model: NerModel;
  words: string[][];
  taggedSpans: TokenSpan[][];
  lists: NameLists;
  evidence: PersonEvidence;
  companyShortForms: Set<string>;
  organisationOverMisc: Map<string, number>;
  diseaseNames: Set<string>;
  stormNames: Set<string>;
  sportsStory: boolean;
  isHonorific: (x: string) => boolean;
  /** The mentions found so far, sentence after sentence. */
  raw: RawMention[];
  /** Lowercase names of agencies credited in datelines ("(Dossier Wire)"): organisations, never people. */
  credits: Set<string> | null;
  /** Character ranges of titles found after names (article to title words), so "the head" there is not read as a reference by role. */
  appositives: number[] | null;
  /** Names of two or more words the tagger gives whole in the article (`wholeNamesOf`), built when first asked for. */
  wholeNames: Map<string, number> | null;
  /** Acronyms with a lowercase letter defined in parentheses so far ("AfDB"). */
  mixedAcronyms: Set<string>;
  /** Whether the article names the social network X somewhere (computed on first use). */
  networkX: boolean | null;
  /** Lowercase words the tagger names alone inside a sentence somewhere (`namesTaggedInside`), built when first asked for. */
  namedInside: Set<string> | null;
  /** Lowercase parties' names of two nouns the article has named before "party" so far (`partiesOfTwoNounsNamedBefore`). */
  twoNounParties?: Set<string>;
}

/** The character range of tokens [a, b) of a sentence. */
function charSpan(tokens: readonly Token[], s: Sentence, a: number, b: number): Span {
  return { start: tokens[s.tokenStart + a]!.start, end: tokens[s.tokenStart + b - 1]!.end };
}

/** A sentence's tagged spans after the rules that join, extend, split, drop and add names. */
function correctedSpans(w: string[], tagged: TokenSpan[], d: ArticleNames): TokenSpan[] {
  const { lists, evidence } = d;
  let spans = joinNamesAcrossConnectors(w, dropTrailingWeekday(w, dropLeadingWeekday(w, splitAcronymAfterComma(w, tagged)), d.sportsStory));
  if (spans.length > 1) spans = joinSpansNamedWholeElsewhere(w, spans, (d.wholeNames ??= wholeNamesOf(d.words, d.taggedSpans)));
  if (spans.length) spans = extendSpansToWholeNames(w, spans, (d.wholeNames ??= wholeNamesOf(d.words, d.taggedSpans)));
  spans = dropNumberAbbreviations(w, spans);
  spans = dropHolidays(w, spans);
  if (spans.length) spans = commonNounsOpeningSentences(w, spans, d.model.resources.caseBucket, (d.namedInside ??= namesTaggedInside(d.words, d.taggedSpans)), d.sportsStory);
  spans = sharesOpeningSpans(w, spans, lists);
  spans = untaggedFirmsBeforeRelation(w, spans, lists);
  spans = extendOverInstitutionHead(w, spans);
  spans = bodiesTypedAsPersonsByHead(w, spans);
  spans = firmsNamedByNationality(w, spans, d.model.resources.caseBucket);
  spans = splitCountryOwnerAfterAnd(w, spans);
  spans = peopleAdjectivesAsMisc(w, spans);
  spans = creedAdjectivesAsMisc(w, spans);
  spans = faithAdjectivesOpeningSentences(w, spans);
  spans = namedShips(w, spans);
  spans = namedOperations(w, spans);
  spans = namedForPeople(w, spans);
  spans = schoolDistricts(w, spans);
  spans = productsWithModelNumbers(w, spans, lists);
  spans = schoolsOfFields(w, spans);
  spans = mixedCaseAcronyms(w, spans, d.mixedAcronyms);
  spans = socialNetworkX(w, spans, (d.networkX ??= articleNamesNetworkX(d.words)));
  spans = numberedChannels(w, spans);
  spans = armedGroups(w, spans);
  spans = firmsNamedAI(w, spans);
  spans = patronymicShortNamesAsPersons(w, spans);
  spans = dropTrailingTitleOpener(w, spans);
  spans = joinAdjectiveToMisc(w, spans);
  spans = extendOverWorksHead(w, spans);
  spans = splitOwnerFromPossessed(w, spans, lists);
  spans = personsAfterBodysPossessive(w, spans, lists);
  spans = bodiesOpeningTitles(w, spans, lists);
  spans = sportsBodiesOfCountries(w, spans);
  spans = joinSpansTheAcronymSpells(w, spans);
  spans = bodiesSpelledByHyphenatedAcronym(w, spans);
  spans = namesJoinedByParticles(w, spans);
  spans = timeZonesAsMisc(w, spans);
  spans = bodiesThroughPlaceTheAcronymSpells(w, spans);
  spans = countriesOfSeveralWords(w, spans);
  spans = joinBodyOfPlaceOrBody(w, spans);
  spans = joinCountryAcrossOf(w, spans);
  spans = joinRemitAcrossComma(w, spans);
  spans = extendRemitOverUntaggedField(w, spans, lists);
  spans = extendBodyOverNounAfterDemonym(w, spans);
  spans = fieldsBeforeRemitHead(w, spans);
  spans = partyOfTheCause(w, spans);
  spans = joinPlaceAcrossParticle(w, spans, lists);
  spans = placesAcrossPortugueseParticle(w, spans);
  spans = landformsOfPlaces(w, spans);
  spans = streetsNamedFirst(w, spans);
  spans = wholeDatelineCities(w, spans);
  spans = hyphenatedAreasTypedMisc(w, spans);
  spans = groupsWithoutBorders(w, spans);
  spans = charitiesOfCommonWords(w, spans);
  spans = bodiesOfTwoFields(w, spans, lists);
  spans = bodiesNamedForPurpose(w, spans);
  spans = lowerCamelBrands(w, spans, d.model.resources.caseBucket);
  spans = upperCamelBrands(w, spans, d.model.resources.caseBucket);
  spans = firmsEndingInAI(w, spans);
  spans = companiesOpeningPosts(w, spans, lists, d.model.resources.caseBucket);
  spans = extendOverAmpersandInitials(w, spans);
  spans = numberedConferences(w, spans);
  spans = firmsNamedByPossessive(w, spans);
  spans = placesNamedWithPossessive(w, spans);
  spans = campusesAfterUniversities(w, spans);
  spans = joinAcrossPatronymic(w, spans);
  spans = joinClubAcrossParticle(w, spans, lists);
  spans = extendOverLegalForm(w, spans);
  spans = joinPersonAcrossParticle(w, spans);
  spans = extendPersonOverParticleSurname(w, spans);
  spans = joinNameAroundNickname(w, spans);
  spans = extendPersonOverArticledSurname(w, spans);
  // (again: a person's span just extended over an articled word may now name a group whole, "Hayat Tahrir al-Sham")
  spans = armedGroups(w, spans);
  spans = extendPersonOverGivenName(w, spans, lists);
  spans = extendPersonOverNameAfterPossessive(w, spans, lists, d.model.resources.caseBucket);
  spans = personsBeforePostAppositive(w, spans, lists, d.model.resources.caseBucket);
  spans = extendPersonOverOpeningGivenName(w, spans, lists, d.model.resources.caseBucket);
  spans = extendPersonOverUnknownGivenName(w, spans, lists, d.model.resources.caseBucket);
  spans = extendPersonOverSurname(w, spans, lists);
  spans = extendBodyBackOverOf(w, spans);
  spans = extendBodyBackOverAnd(w, spans);
  spans = joinCompanyAcrossAnd(w, spans, lists);
  spans = splitOrganisationsAtAnd(w, spans, lists);
  spans = splitFirmsAtAnd(w, spans, lists);
  spans = splitGroupsAtAnd(w, spans);
  spans = splitArticledNamesAtAnd(w, spans);
  spans = splitFirmsAfterPluralStaff(w, spans);
  spans = extendBodyBackOverHeadFor(w, spans);
  spans = extendBodyAcrossFor(w, spans);
  spans = extendSchoolOverFields(w, spans);
  spans = extendOverPatronTitle(w, spans);
  spans = splitPersonFromBody(w, spans, lists);
  spans = dropPortfoliosBeforeHolders(w, spans, lists);
  spans = extendPersonOverHyphenatedGivenName(w, spans);
  spans = koreanNamesAsPersons(w, spans);
  spans = untaggedKoreanNames(w, spans);
  spans = extendPersonOverVirtueName(w, spans);
  spans = extendPersonOverGenerationSuffix(w, spans);
  spans = extendPersonOverInitials(w, spans, lists);
  spans = extendPlaceOverOrdinal(w, spans);
  spans = joinPlaceAfterCompassWord(w, spans);
  spans = joinClubNicknames(w, spans);
  spans = clubNicknamesAlone(w, spans);
  spans = clubsTypedAsPersons(w, spans, d.sportsStory);
  spans = countryAsSurname(w, spans, lists);
  spans = dropPostNominal(w, spans, lists);
  spans = dropMembersLetters(w, spans, lists);
  spans = seatsAfterMembersLetters(w, spans);
  spans = dropMembersOfChamber(w, spans);
  spans = extendOverPatron(w, spans);
  spans = placesInLists(w, spans, evidence, lists);
  spans = placesBeforeAreaNouns(w, spans);
  spans = placesAfterAreaNouns(w, spans);
  spans = namesBeforeDescription(w, spans);
  spans = personsAfterKinNouns(w, spans, lists);
  spans = personsBeforeKinPossessive(w, spans, lists);
  spans = firmsAfterCompanyNoun(w, spans, lists);
  spans = firmsBeforeTradeAndCompanyNoun(w, spans, lists);
  spans = bodiesNamedAfterBodyNoun(w, spans, lists);
  spans = personsAfterSurnamed(w, spans);
  spans = holdersBeforePossessiveTitle(w, spans, lists);
  spans = partiesOfTwoNounsNamedBefore(w, partiesOfTwoNouns(w, spans), (d.twoNounParties ??= new Set()));
  spans = commentatorsTypedAsBodies(w, spans, lists);
  spans = facilitiesNamedWhole(w, spans);
  spans = firmsBeforeAnalysts(w, spans);
  spans = firmsAfterAnalystAt(w, spans, lists);
  spans = employersAfterQuotedPerson(w, spans, lists);
  spans = joinHyphenatedAdjectiveToBody(w, spans);
  spans = firmsListedAfterTradePlural(w, spans, lists);
  spans = businessesBeforeWhich(w, spans, lists);
  spans = bodiesBeforeWhose(w, spans, lists);
  spans = employersBeforeExecutivePosts(w, spans, lists);
  spans = personsTakingPosts(w, spans, lists);
  spans = personsAfterDynasticTitle(w, spans, lists);
  spans = firmsAfterTradeSourceNoun(w, spans, lists);
  spans = organisationsInCoordination(w, spans, lists);
  spans = lonePersonAmongOrganisations(w, spans, lists);
  spans = firmBesideFirm(w, spans, lists);
  spans = employersOfPluralStaff(w, spans, lists);
  spans = backersTypedAsPlaces(w, spans, lists);
  spans = titlesOfWorks(w, spans);
  spans = bylineNames(w, spans, lists);
  spans = firmsAfterShares(w, spans, lists);
  spans = partiesBetweenStandingAndParty(w, spans);
  spans = partiesNamedBeforeParty(w, spans);
  return dropQuotationOpener(w, spans, d.model.resources.caseBucket);
}

/** The agency in a dateline's parentheses is an organisation, whatever the tagger made of it. */
function withDatelineCredit(d: ArticleNames, w: string[], spans: TokenSpan[], credit: [number, number]): TokenSpan[] {
  const [a, b] = credit;
  // and the dateline's city is a place ("COLUMBUS, Ohio (AP)" tagged as a club or a firm)
  const kept = spans.filter((x) => x.end <= a || x.start >= b).map((x) => (x.start === 0 && x.end < a && x.type !== 2 ? { ...x, type: 2 } : x));
  if (w.slice(a, b).every((x) => capitalised(x))) {
    kept.push({ start: a, end: b, type: 1 });
    kept.sort((x, y) => x.start - y.start);
    (d.credits ??= new Set()).add(w.slice(a, b).join(' ').toLowerCase());
  }
  return kept;
}

/** Collects the mentions of one sentence into `d.raw`. */
function sentenceMentions(d: ArticleNames, s: Sentence, si: number): void {
  const { text, tokens, raw } = d;
  const w = d.words[si]!;
  const corrected = correctedSpans(w, d.taggedSpans[si]!, d);
  const credit = datelineCredit(w);
  const firstWord = firstWordAfter(credit, w);
  const spans = credit ? withDatelineCredit(d, w, corrected, credit) : corrected;
  // the name that may open a title before a person: a place or nationality ("U.S. Secretary of
  // State"), or the organisation the post is in ("Acme chief executive", "Kestrel Bank analyst");
  // not a name that ends in a portfolio word, which is the title's ("Chevron Managing Director")
  const placeStartOf = (end: number) => {
    const sp = spans.find((x) => x.end === end && x.type !== 0 && (!isTitleWord(w[end - 1]!) || ORG_HEADS.has(w[end - 1]!.toLowerCase())));
    return sp ? sp.start : -1;
  };
  const nameEndOf = (start: number) => {
    const sp = spans.find((x) => x.start === start && x.type !== 0);
    return sp ? sp.end : -1;
  };
  const firstOfSentence = raw.length;
  const titleRanges: Array<[number, number]> = [];
  for (const sp0 of spans) {
    const sp: TokenSpan = { start: sp0.start, end: sp0.end, type: sp0.type };
    // (a pair of countries typed a place as a whole is two places; MISC stays, as CoNLL types "Israel-PLO")
    if (sp.type !== 3 && sp.end - sp.start === 1 && pushCountryPair(raw, tokens[s.tokenStart + sp.start]!)) continue;
    if (!trimName(w, sp, firstWord)) continue;
    // "Chipmaker Veltra to cut jobs", "Carmaker Stellantis said": a trade noun opening the
    // sentence is capitalised as its first word, and what it describes is a company
    const trade = sp.start === firstWord && opensWithTradeNoun(w, sp);
    if (trade) sp.start++;
    let type = typeByNameWords(d, w, sp, spans, trade ? 'ORG' : TYPE_NAMES[sp.type]!);
    // "UN Wang Guangya", "EU Commissioner Olli Rehn": an acronym glued to a person is a name of its own
    let gluedAcronym: string | null = null;
    if (acronymGluedToPerson(w, sp, type, d.evidence, d.lists)) {
      gluedAcronym = w[sp.start]!;
      const at = tokens[s.tokenStart + sp.start]!;
      raw.push({ start: at.start, end: at.end, type: gluedAcronymType(gluedAcronym), words: [gluedAcronym], titles: [], honorific: null });
      sp.start++;
      type = 'PERSON';
    } else type = typeByArticle(d, w, sp, si, type);
    // the appositive outweighs a given name in the name: "Albert Heijn, a unit of Ahold Delhaize"
    if (type !== 'ORG' && !gluedAcronym && (beforeCorporateAppositive(w, sp.end) || (type !== 'PERSON' && beforeFirmsRelationAppositive(w, spans, sp.end)) || beforeBusinessAppositive(w, sp, type, d.lists))) type = 'ORG';
    const described = typeByDescription(d, w, sp, type, gluedAcronym);
    if (!described) continue;
    type = described;
    const titles: string[] = [];
    if ((type === 'PERSON' || type === 'ORG') && splitComplement(d, s, w, sp, type, titles, titleRanges, placeStartOf)) type = 'PERSON';
    const honorific = type === 'PERSON' ? personTitles(d, s, w, sp, gluedAcronym, titles, titleRanges, placeStartOf, nameEndOf) : null;
    // fields written out, not spread from charSpan's object (an object spread is slow in V8's hot path)
    const words = w.slice(sp.start, sp.end);
    const end = tokens[s.tokenStart + sp.end - 1]!.end - (type === 'PERSON' && dropAbbreviationStop(words) ? 1 : 0);
    raw.push({ start: tokens[s.tokenStart + sp.start]!.start, end, type, words, titles, honorific });
  }
  if (titleRanges.length) dropTitleFragments(text, raw, firstOfSentence, titleRanges);
  // a pair of countries in one token that the tagger left out: "Japan-U.S. talks"
  for (let i = 0; i < w.length; i++) if (/-/.test(w[i]!) && !spans.some((x) => x.start <= i && x.end > i)) pushCountryPair(raw, tokens[s.tokenStart + i]!);
}

/** Unions of two countries that were one state and are written with a hyphen: no pair of places. */
const COUNTRIES_OF_TWO = new Set(['Serbia-Montenegro', 'Austria-Hungary']);

/**
 * "Japan-U.S. trade talks", "China-Kenya ties" (session 17, second round): the tokenizer keeps a pair
 * of countries joined by a hyphen as one token, which the tagger leaves out or types as one place or
 * body (a pair typed MISC stays, as CoNLL types "Israel-PLO"). Each country is a place of its own:
 * pushes both, at their own offsets, when both halves name countries, and tells whether it did.
 */
function pushCountryPair(raw: RawMention[], t: Token): boolean {
  const m = /^(\p{Lu}[\p{L}.]*)-(\p{Lu}[\p{L}.]*)$/u.exec(t.text);
  if (!m || !countryOfName(m[1]!) || !countryOfName(m[2]!) || countryOfName(t.text) || COUNTRIES_OF_TWO.has(t.text)) return false;
  raw.push({ start: t.start, end: t.start + m[1]!.length, type: 'LOC', words: [m[1]!], titles: [], honorific: null });
  raw.push({ start: t.start + m[1]!.length + 1, end: t.end, type: 'LOC', words: [m[2]!], titles: [], honorific: null });
  return true;
}

/** ", her son, " or "Her husband, the economist " right before a name: the name is a relative's. */
const KIN_APPOSITION = /\b(?:son|daughter|wife|husband|widow|widower|brother|sister|father|mother|grandson|granddaughter|nephew|niece|cousin),\s+(?:the\s+\p{Ll}+\s+)?$/u;

/** True when a kin noun and a comma (and at most "the" and a noun) stand right before `start`. */
function afterKinNoun(text: string, start: number): boolean {
  return KIN_APPOSITION.test(text.slice(Math.max(0, start - 40), start));
}

/** Titles only people hold, capitalised before a name: "Vice President JD Vance", "Senator ...". */
const PEOPLES_TITLES = new Set(['President', 'Senator', 'Sen.', 'Governor', 'Gov.', 'Mayor', 'Judge', 'Justice', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Minister', 'Secretary', 'Ambassador', 'Premier', 'Chancellor',
  // a team's posts and positions, written lowercase before the player (session 16): "with captain Babar Azam scoring"
  'captain', 'skipper', 'coach', 'striker', 'midfielder', 'goalkeeper', 'defender', 'winger', 'batsman', 'batter', 'bowler', 'wicketkeeper', 'all-rounder']);

/**
 * "with Vice President JD Vance casting the tie-breaking vote": the tagger typed the name after the
 * title an organisation (an unknown pair of capitals, "JD", reads as a firm's). A span of two or
 * three words right after a title only people hold, with no word of a body's or a firm's name in
 * it ("President Bush administration" stays a body), is the person.
 */
function isTitledPersonTypedAsOrganisation(w: readonly string[], sp: TokenSpan, lists: NameLists): boolean {
  const n = sp.end - sp.start;
  if (n < 2 || n > 3 || sp.start === 0 || !PEOPLES_TITLES.has(w[sp.start - 1]!)) return false;
  const name = w.slice(sp.start, sp.end);
  if (!name.every((x) => /^\p{Lu}/u.test(x)) || namesAnOrganisation(name) || namesAFirm(name)) return false;
  return !name.some((x) => ORG_HEADS.has(x.toLowerCase()) || FIRM_HEADS.has(x.toLowerCase()) || PLACE_HEADS.has(x) || MEDIA_HEADS.has(x)) && !lists.knownOrganisation(name.join(' ').toLowerCase());
}

/** Titles of ruling families, written before the name: "Sheikh Nawaf Saud Al-Sabah", "Emir Tamim bin Hamad Al Thani". */
const DYNASTIC_TITLES = new Set(['Sheikh', 'Sheik', 'Shaikh', 'Emir']);

/**
 * "the Kuwait Petroleum Corporation appointed Sheikh Nawaf Saud Al-Sabah as chief executive": the
 * tagger typed the titled name an organisation, title and all. A body's span opening with a
 * ruling family's title, then two to five words of a name (capitalised, or a particle such as
 * "bin"), none the head of a body's, a firm's, a place's or a street's name ("Sheikh Zayed Road",
 * "Sheikh Khalifa Medical City"), is the person; the title is left before the name.
 */
function personsAfterDynasticTitle(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const n = sp.end - sp.start - 1;
    if (sp.type !== 1 || n < 2 || n > 5 || !DYNASTIC_TITLES.has(w[sp.start]!)) return;
    const name = w.slice(sp.start + 1, sp.end);
    if (!name.every((x) => /^\p{Lu}/u.test(x) || x === 'bin' || x === 'bint' || x === 'ibn' || x === 'al')) return;
    if (name.some((x) => ORG_HEADS.has(x.toLowerCase()) || FIRM_HEADS.has(x.toLowerCase()) || BODY_NOUNS.has(x.toLowerCase()) || PLACE_HEADS.has(x) || STREET_HEADS.has(x) || MEDIA_HEADS.has(x) || BUILDING_HEADS.has(x))) return;
    if (lists.knownOrganisation(w.slice(sp.start, sp.end).join(' ').toLowerCase())) return;
    out ??= spans.slice();
    out[i] = { start: sp.start + 1, end: sp.end, type: 0 };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * Nouns of an armed group or a movement after a name: "Houthi rebels", "the Houthi movement". A
 * family's name so used names the group, not the person whose surname it is ("Abdul-Malik
 * al-Houthi"), and does not join him.
 */
const GROUP_NOUN_AFTER = /^\s+(?:rebels?|militants?|fighters|movement|militias?|insurgents?|tribe|tribesmen|clan|drones?|missiles?)\b/;

/** A firm's name by its last word ("Jio Platforms"), or a known firm's word before "Group" or a legal form ("Sony Group", "Toyota Motor Corp"). */
function isFirmsName(words: readonly string[], lists: NameLists): boolean {
  return namesAFirm(words) || (words.length > 1 && /^(?:Group|Corp\.?|Inc\.?|Co\.?|Ltd\.?|Holdings)$/.test(words[words.length - 1]!) && lists.organisationWord(words[0]!));
}

/**
 * "run with Sony Group and Denso": a one-word name typed a person, joined by "and" to a firm whose
 * name ends in a firm's word ("Group", "Holdings", "Motors"), is a firm too, unless the lists know
 * it as a given name ("Sony Group and Akio").
 */
function firmBesideFirm(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    if (b.start !== a.end + 1 || w[a.end] !== 'and') continue;
    const [firm, lone, at] = a.type === 0 ? [b, a, k] : [a, b, k + 1];
    if (lone.type !== 0 || lone.end - lone.start !== 1 || firm.type !== 1 || !isFirmsName(w.slice(firm.start, firm.end), lists) || lists.givenName(w[lone.start]!)) continue;
    out ??= spans.slice();
    out[at] = { ...lone, type: 1 };
  }
  return out ?? (spans as TokenSpan[]);
}

/** Abbreviated titles that are also surnames: "Hun Sen", "Nguyen Van Gen". */
const TITLE_ABBREVIATIONS = new Set(['Sen.', 'Gen.', 'Rep.', 'Gov.', 'Col.', 'Capt.', 'Maj.']);

/**
 * "a leaked phone call with Cambodia's former leader Hun Sen.": the tokenizer reads the name's last
 * word, at the end of a sentence, as the abbreviation "Sen.", stop and all. A title never ends a
 * person's name, so the stop is the sentence's: drops it from the words (in place) and returns
 * true so the mention ends before it.
 */
function dropAbbreviationStop(words: string[]): boolean {
  const last = words.length > 1 ? words[words.length - 1]! : '';
  if (!TITLE_ABBREVIATIONS.has(last)) return false;
  words[words.length - 1] = last.slice(0, -1);
  return true;
}

/**
 * The type a name takes from what the article says of it, or null when it names no one (a
 * description of people, a currency, a title alone).
 */
function typeByDescription(d: ArticleNames, w: string[], sp: TokenSpan, tagged: EntityType, gluedAcronym: string | null): EntityType | null {
  let type = tagged;
  // "Black residents" (a description of people) and "NZ$" (a currency) are no names
  if (isDescriptorOfPeople(w, sp.start, sp.end) || isCurrencyPrefix(w, sp.start, sp.end)) return null;
  // "Head", "the Minister": a title alone names no one
  if (type === 'PERSON' && w.slice(sp.start, sp.end).every((x) => isTitleWord(x) || d.isHonorific(x)) && !surnameLikeTitle(w, sp, d.lists)) return null;
  // "Elk Grove, a city of 180,000 people", "Oatly is a Swedish company": what the article says the name is
  const described = gluedAcronym ? -1 : typeFromDescription(w, sp.start, sp.end);
  const describedBefore = described >= 0 || gluedAcronym ? -1 : typeFromWordsBefore(w, sp.start, sp.end, type, d.lists);
  if (described >= 0) type = TYPE_NAMES[described]!;
  // "its Chilean unit, Minera Andes Sur", "The United Steelworkers union": what the article called it first
  else if (describedBefore >= 0) type = TYPE_NAMES[describedBefore]!;
  // after the person rules: a given name opening a fire service's name is no evidence of a person
  else if (type === 'PERSON' && namesFireService(w, sp)) type = 'ORG';
  return type;
}

/**
 * "Archbishop of Canterbury Rowan Williams": what a title is of, taken into a person's or an
 * organisation's name, is a name of its own and the title's (into `titles`, its range into
 * `titleRanges`); the span keeps the person. True when the name was split so.
 */
function splitComplement(
  d: ArticleNames, s: Sentence, w: string[], sp: TokenSpan, type: EntityType, titles: string[], titleRanges: Array<[number, number]>,
  placeStartOf: (end: number) => number,
): boolean {
  const { text, tokens, raw } = d;
  // "Archbishop of Canterbury Rowan Williams", "Chairman of the Expediency Council Akbar Hashemi
  // Rafsanjani": what the title is of, taken into the name, is the title's and a name of its own
  const split = complementInName(w, sp, type, d.model);
  if (split <= 0) return false;
  const of = w[sp.start - 1] === 'the' ? sp.start - 2 : sp.start - 1;
  const tb = titleBefore(w, of, placeStartOf);
  if (tb) {
    const r = charSpan(tokens, s, tb.start, split);
    titles.push(text.slice(r.start, r.end));
    titleRanges.push([r.start, r.end]);
  }
  const ofWords = w.slice(sp.start, split);
  // (a portfolio of two fields, "Science and Innovation", is the title's, no name of its own)
  if (portfolioOfTwoFieldsEnd(w, sp) !== split) raw.push({ start: tokens[s.tokenStart + sp.start]!.start, end: tokens[s.tokenStart + split - 1]!.end, type: ORG_HEADS.has(ofWords[ofWords.length - 1]!.toLowerCase()) ? 'ORG' : 'LOC', words: ofWords, titles: [], honorific: null });
  sp.start = split;
  return true;
}

/** Capitalised words opening a sentence that say how the name after them stands to another: "Rival", "Compatriot". */
const RELATION_OPENERS = new Set(['Rival', 'Compatriot', 'Teammate']);

/** A person's calling that news writes before the name like a title, lowercase but for a sentence's start: "Billionaire Aliko Dangote". */
const CALLING_OPENERS = new Set(['Billionaire', 'Tycoon', 'Businessman', 'Businesswoman', 'Entrepreneur', 'Philanthropist', 'Activist', 'Influencer', 'Socialite', 'Rapper', 'Novelist', 'Comedian']);

/** Trims a tagged span to the name in it; false when nothing of a name is left. */
function trimName(w: string[], sp: TokenSpan, firstWord: number): boolean {
  trimLowercaseEdges(w, sp);
  if (sp.end <= sp.start || isCalendarWord(w, sp) || isOpeningParticiple(w, sp, firstWord) || w.slice(sp.start, sp.end).every((x) => LEGAL_FORMS_ALONE.has(x.toLowerCase()))) return false;
  // "Telegraph quoted Conservative": a verb inside a span ends the name (the rest is left out)
  const inner = lowercaseBreak(w, sp);
  if (inner > 0) sp.end = inner;
  // "Atlantic Star No. 4": a numbered name takes its number
  if (sp.end < w.length && /^No\.?$/.test(w[sp.end - 1]!) && /^\d+$/.test(w[sp.end]!)) sp.end++;
  // "Twelve Atlantic coastal states ..." opening a sentence: the capital is the sentence's, not a name's
  if (sp.end - sp.start > 1 && sp.start === firstWord && NUMBER_WORDS.has(w[sp.start]!.toLowerCase())) sp.start++;
  // "Rival Xiaomi Corp reported ...", "Compatriot Lee Ung-jo": a word for how the name stands to
  // one named before, capitalised as the sentence's first, is no part of the name
  if (sp.end - sp.start > 1 && sp.start === firstWord && RELATION_OPENERS.has(w[sp.start]!)) sp.start++;
  // "Billionaire Aliko Dangote has clashed ..." typed a body whole (session 18): a person's calling
  // capitalised as the sentence's first word is no part of the name, and says the name is a person's
  if (sp.end - sp.start > 2 && (sp.start === firstWord || opensSentence(w, sp.start)) && CALLING_OPENERS.has(w[sp.start]!) && w.slice(sp.start + 1, sp.end).every((x) => /^\p{Lu}\p{Ll}/u.test(x))) {
    sp.start++;
    sp.type = 0;
  }
  // "Justices Clarence Thomas, Samuel Alito and ...": a title in the plural before a list of holders
  // is no part of the first holder's name (two words at least are left)
  if (sp.type === 0 && sp.end - sp.start > 2 && /^\p{Lu}\p{Ll}+s$/u.test(w[sp.start]!) && TITLE_HEADS.has(w[sp.start]!.slice(0, -1).toLowerCase())) sp.start++;
  // "An African Union summit", "A Kenyan court" opening a sentence: the article is the sentence's
  // when an adjective of a people or a region follows ("A Bola", "An Bei" are names)
  if (sp.end - sp.start > 1 && sp.start === firstWord && (w[sp.start] === 'An' || w[sp.start] === 'A') && isRegionOrPeopleAdjective(w[sp.start + 1]!)) sp.start++;
  return true;
}

/** The tagger's type of a name corrected by the name's own words and those around it. */
function typeByNameWords(d: ArticleNames, w: string[], sp: TokenSpan, spans: readonly TokenSpan[], tagged: EntityType): EntityType {
  const { lists } = d;
  let type = tagged;
  // ("HMAS Adelaide" would become a body by the first word the tagger typed one)
  if (type === 'MISC' && opensShipOrOperationName(w.slice(sp.start, sp.end))) return type;
  // ("Assyrian Christian leaders" made a body by the plural of posts after it, session 18)
  if (type === 'MISC' && sp.end - sp.start <= 2 && /^\p{Ll}/u.test(w[sp.end] ?? '') && isFaithAdjectivePhrase(w.slice(sp.start, sp.end))) return type;
  if ((type === 'LOC' && namesAnOrganisation(w.slice(sp.start, sp.end))) || (type === 'MISC' && bodyOfPlace(w.slice(sp.start, sp.end)))) type = 'ORG';
  else if ((type === 'LOC' || type === 'PERSON') && namesAFirm(w.slice(sp.start, sp.end))) type = 'ORG';
  else if ((type === 'LOC' || type === 'MISC') && followsTradeNoun(w, sp)) type = 'ORG';
  else if (type !== 'ORG' && followsBodyIntroducer(w, sp)) type = 'ORG';
  else if (type === 'ORG' && (opensPlacesOffice(w, sp, lists) || isOriginTypedAsOrganisation(w, sp.start, sp.end))) type = 'LOC';
  else if (type !== 'ORG' && PLATFORMS.has(w.slice(sp.start, sp.end).join(' ').toLowerCase())) type = 'ORG';
  else if (type !== 'ORG' && namesCourt(w.slice(sp.start, sp.end)) && !(type === 'LOC' && legislatureAsPlace(w, sp.start))) type = 'ORG';
  type = typeByHeadsAndSurroundings(d, w, sp, type);
  if (type === 'PERSON' && (isUnknownPersonBeforePlaceInPair(d, w, sp, spans) || isUnknownPersonAfterPlaceInPair(d, w, sp, spans))) type = 'LOC';
  // (after the place heads: "Ray Costa and Linda Park" is a person whatever "Park" says)
  if (type === 'LOC' && (isPersonInPairTypedAsPlace(w, sp, spans, lists) || isTitledPersonTypedAsPlace(w, sp, lists) || isSpeakerTypedAsPlace(w.slice(sp.start, sp.end), d.evidence, lists))) type = 'PERSON';
  if (type === 'ORG' && isPlaceInPairTypedAsOrganisation(w, sp, spans, (d.organisationOverMisc.get(w[sp.start]!.toLowerCase()) ?? 0) > 1)) type = 'LOC';
  if (type === 'ORG' && isTitledPersonTypedAsOrganisation(w, sp, lists)) type = 'PERSON';
  // "the Knesset" tagged as a person (or MISC, or a place not after "to"/"in"/"outside"): a legislature is a body
  if (type !== 'ORG' && namesLegislature(w.slice(sp.start, sp.end)) && !(type === 'LOC' && legislatureAsPlace(w, sp.start))) type = 'ORG';
  const knownAs = typeOfNameKnownAs(w, sp.start, spans);
  if (knownAs >= 0) type = TYPE_NAMES[knownAs]!;
  return type;
}

/** The second half of typeByNameWords: names of diseases and storms, place, media and street heads, sites, employers. */
function typeByHeadsAndSurroundings(d: ArticleNames, w: string[], sp: TokenSpan, tagged: EntityType): EntityType {
  let type = tagged;
  if (sp.end - sp.start === 1 && (isDiseaseName(w[sp.start]!, d.diseaseNames) || namesEponymousDisease(d, w, sp))) type = 'MISC';
  else if (namesAStorm(w.slice(sp.start, sp.end), d.stormNames)) type = 'MISC';
  // "the Boston Marathon" (a body), "the London Marathon": a race is an event, MISC
  else if (type !== 'MISC' && sp.end - sp.start > 1 && w[sp.end - 1] === 'Marathon') type = 'MISC';
  else if (type === 'ORG' && isPlaceAfterLocative(w, sp, d.model)) type = 'LOC';
  else if ((type === 'ORG' || type === 'PERSON') && (isPlaceAfterPlaceNoun(w, sp.start, sp.end) || isPlaceBeforeAreaNoun(w, sp.start, sp.end) || isPlaceOwningPlaceNoun(w, sp.start, sp.end, d.lists))) type = 'LOC';
  else if (type === 'LOC' && isClubTypedAsPlace(w, sp.start, sp.end, d.sportsStory)) type = 'ORG';
  else if (type === 'MISC' && (isPartyName(w.slice(sp.start, sp.end)) || isBodyOfRegionOrPeople(w.slice(sp.start, sp.end)))) type = 'ORG';
  else if (type !== 'ORG' && sp.end - sp.start > 1 && MEDIA_HEADS.has(w[sp.end - 1]!)) type = 'ORG';
  // "Alpenbank", "Commerzbank", "Sberbank": a bank's name in one word
  else if (type !== 'ORG' && sp.end - sp.start === 1 && /^\p{Lu}\p{L}+bank$/u.test(w[sp.start]!)) type = 'ORG';
  else if (type === 'PERSON' && sp.end - sp.start > 1 && PLACE_HEADS.has(w[sp.end - 1]!)) type = 'LOC';
  else if (type === 'MISC' && sp.end - sp.start > 1 && WORKS_HEADS.has(w[sp.end - 1]!)) type = 'LOC';
  else if (type === 'ORG' && sp.end - sp.start > 1 && NATURE_HEADS.has(w[sp.end - 1]!)) type = 'LOC';
  // "Brazil's Ibovespa index", "the Nikkei average": a market's index is no place or body
  else if (type !== 'MISC' && sp.end < w.length && MARKET_INDEX_NOUNS.has(w[sp.end]!) && !MARKET_BODIES.has(w[sp.end - 1]!)) type = 'MISC';
  else if (type !== 'LOC' && sp.end - sp.start > 1 && STREET_HEADS.has(w[sp.end - 1]!)) type = 'LOC';
  else if ((type === 'PERSON' || type === 'LOC') && namesAProduct(w, sp)) type = 'MISC';
  else if ((type === 'PERSON' || type === 'LOC') && sp.end - sp.start === 1 && namedAsProduct(w, sp) && !d.lists.knownPlace([w[sp.start]!]) && !d.lists.givenName(w[sp.start]!)) type = 'MISC';
  else if ((type === 'PERSON' || type === 'MISC') && isEmployerAfterOccupation(w, sp.start, sp.end)) type = 'ORG';
  else if (type === 'PERSON' && isBodyAfterPostOf(w, sp.start, sp.end)) type = 'ORG';
  else if (type === 'LOC' && isCompanyAfterCompanyPostOf(w, sp.start, sp.end) && !d.lists.knownPlace(w.slice(sp.start, sp.end))) type = 'ORG';
  else if (type === 'ORG' && isPlaceAfterPlacePostOf(w, sp.start, sp.end) && !ORG_HEADS.has(w[sp.end - 1]!.toLowerCase()) && !namesAnOrganisation(w.slice(sp.start, sp.end))) type = 'LOC';
  else if (type === 'LOC' && isEmployerTypedAsPlace(w, sp.start, sp.end)) type = 'ORG';
  else if (type === 'LOC' && isStakeIn(w, sp.start) && (d.organisationOverMisc.get(w.slice(sp.start, sp.end).join(' ').toLowerCase()) ?? 0) > 0) type = 'ORG';
  else if (type !== 'LOC' && (namesASite(w, sp) || namesABuilding(w, sp))) type = 'LOC';
  else if ((type === 'PERSON' || type === 'LOC') && hasForeignBodyWord(w.slice(sp.start, sp.end))) type = 'ORG';
  else if (type === 'PERSON' && isCityBeforeBasedPlace(w, sp)) type = 'LOC';
  else if (type === 'MISC' && isOrganisationTypedAsWork(w.slice(sp.start, sp.end), d.organisationOverMisc)) type = 'ORG';
  else if (type === 'MISC' && sp.end - sp.start === 1 && isAcronymOfBody(w[sp.start]!, d.organisationOverMisc)) type = 'ORG';
  else if (type === 'PERSON' && sp.end - sp.start > 1 && BODY_NOUNS.has(w[sp.end - 1]!.toLowerCase())) type = 'ORG';
  else if (type === 'PERSON' && isUnknownPersonAfterLocative(d, w, sp)) type = 'LOC';
  else if (type === 'MISC' && namesAgencysProgramme(w.slice(sp.start, sp.end))) type = 'ORG';
  else if (type === 'ORG' && namesAgreement(w, sp)) type = 'MISC';
  else if (type !== 'ORG' && namesNewspaperBeforeNoun(w, sp)) type = 'ORG';
  // (the initials last: "the S&P Index" is an index)
  else if (type !== 'ORG' && AMPERSAND_INITIALS.test(w[sp.end - 1]!)) type = 'ORG';
  else if (type === 'ORG' && isSiteOfItsPlant(w, sp)) type = 'LOC';
  // "MK party spokesman", "the DA party" (session 17): letters before "party" are the party's
  else if (type !== 'ORG' && isPartysLetters(w, sp)) type = 'ORG';
  else if (type === 'ORG' && !d.sportsStory && isLandformAfterLocative(w, sp)) type = 'LOC';
  // "a 34-year-old man from Stockton Heath": where a person comes from is a place ("a man from
  // Pfizer's board" has a possessive after it)
  else if (type === 'PERSON' && isOriginTypedAsOrganisation(w, sp.start, sp.end) && w[sp.end] !== "'s" && !d.lists.givenName(w[sp.start]!)) type = 'LOC';
  else if (type === 'PERSON' && (opensWithClubWord(w, sp.start, sp.end) || isFirmAfterTradeNoun(d, w, sp))) type = 'ORG';
  return type;
}

/** Locatives before a landform's name: "in the Niger Delta", "off the Gold Coast". */
const LANDFORM_LOCATIVES = new Set(['in', 'near', 'across', 'off', 'along', 'throughout', 'around', 'into', 'over']);

/**
 * "security operations in the Niger Delta" typed a body: a name of two words or more ending in a
 * landform's head ("Delta", "Sea", "Valley"; not "Forest", which ends clubs' names), after a
 * locative and perhaps "the", is the place (sports stories aside: "in Tampa Bay").
 */
function isLandformAfterLocative(w: readonly string[], sp: TokenSpan): boolean {
  if (sp.end - sp.start < 2 || w[sp.end - 1] === 'Forest' || !hasLandformHead(w.slice(sp.start, sp.end))) return false;
  const k = w[sp.start - 1] === 'the' ? sp.start - 2 : sp.start - 1;
  return k >= 0 && LANDFORM_LOCATIVES.has(w[k]!);
}

/**
 * Whether the span is one word of two to five capitals right before a lowercase "party" and is no
 * country's ("the US party", "UK parties" name where, not which): "MK party spokesman".
 */
function isPartysLetters(w: readonly string[], sp: TokenSpan): boolean {
  return sp.end - sp.start === 1 && /^\p{Lu}{2,5}$/u.test(w[sp.start]!) && w[sp.end] === 'party' && !countryOfName(w[sp.start]!) && !stateOfName(w[sp.start]!);
}

/** Nouns of a newspaper or a magazine written after its name: "the Al-Ahram newspaper". */
const PAPER_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'tabloid', 'magazine']);
/** Languages a newspaper is described by, which are no newspaper's name: "the Arabic newspaper". */
const LANGUAGES = new Set(['Arabic', 'English', 'French', 'Spanish', 'Urdu', 'Hindi', 'Persian', 'Farsi', 'Russian', 'Chinese', 'Mandarin', 'German', 'Hebrew', 'Turkish', 'Portuguese', 'Italian', 'Japanese', 'Korean', 'Swahili', 'Bengali', 'Tamil', 'Dutch', 'Greek', 'Polish']);

/**
 * "told the state-run Al-Ahram newspaper", "the Kathimerini newspaper": the name between "the" (and
 * perhaps an adjective) and a noun of a newspaper is the newspaper, ORG as CoNLL types "Yedioth
 * Ahronoth newspaper"; not a people's adjective, a country or a language ("the British newspaper").
 */
function namesNewspaperBeforeNoun(w: readonly string[], sp: TokenSpan): boolean {
  // (not "the Maputo daily Noticias": the paper's name follows its noun)
  if (!PAPER_NOUNS.has(w[sp.end] ?? '') || /^\p{Lu}/u.test(w[sp.end + 1] ?? '')) return false;
  const before = w[sp.start - 1] ?? '';
  if (before !== 'the' && !(/^\p{Ll}[\p{Ll}-]+$/u.test(before) && w[sp.start - 2] === 'the')) return false;
  const name = w.slice(sp.start, sp.end);
  // ("the English-language daily": an adjective with a lowercase end)
  return !(name.length === 1 && (LANGUAGES.has(name[0]!) || countryOfDemonym(name[0]!) || isRegionOrPeopleAdjective(name[0]!) || /-\p{Ll}+$/u.test(name[0]!))) && !countryOfName(name.join(' '));
}

/** Last words of an agreement's name: "Mutual Defense Treaty", "Paris Accord", "Warsaw Pact", "Kyoto Protocol". */
const AGREEMENT_HEADS = new Set(['Treaty', 'Accord', 'Accords', 'Pact', 'Protocol']);

/** "the 1951 Mutual Defense Treaty" typed a body: an agreement's name is MISC, as CoNLL types "Warsaw Pact" and "Peking Protocol". */
function namesAgreement(w: readonly string[], sp: TokenSpan): boolean {
  return sp.end - sp.start > 1 && AGREEMENT_HEADS.has(w[sp.end - 1]!);
}

/** "AT&T", "P&O", "Peel L&P", "H&M": initials joined by an ampersand are a firm's (not "R&D", "M&A", "Q&A", "P&L", "B&B"). */
const AMPERSAND_INITIALS = /^(?!(?:R&D|M&A|Q&A|P&L|B&B)$)\p{Lu}{1,3}&\p{Lu}{1,3}$/u;

/** A firm's works, named for the town they stand in: "its Solihull plant". */
const PLANT_NOUNS = new Set(['plant', 'plants', 'factory', 'factories', 'works', 'refinery', 'smelter', 'mill', 'site', 'facility', 'campus', 'depot', 'warehouse']);

/**
 * "restarted production at its Solihull plant": a one-word name between "its" or "their" and a
 * noun of a firm's works names the town the works stand in, not a body.
 */
function isSiteOfItsPlant(w: readonly string[], sp: TokenSpan): boolean {
  return sp.end - sp.start === 1 && sp.start > 0 && (w[sp.start - 1] === 'its' || w[sp.start - 1] === 'their') && PLANT_NOUNS.has(w[sp.end] ?? '');
}

/** First words of the United Nations' programmes: "World Food Programme", "United Nations Development Programme". */
const PROGRAMME_OPENERS = new Set(['World', 'United', 'UN', 'U.N.']);

/**
 * "UNICEF and the World Food Programme sent supplies": a programme of the United Nations is an
 * agency, a body, though "Programme" reads like a scheme's (MISC) to the tagger.
 */
function namesAgencysProgramme(words: readonly string[]): boolean {
  return words.length > 2 && PROGRAMME_OPENERS.has(words[0]!) && /^Program(?:me)?$/.test(words[words.length - 1]!);
}

/** Prepositions before a place only ("at" and "to" take people too: "yelled at Jamil", "a message to Saddam"). */
const PLACE_LOCATIVES = new Set(['in', 'near', 'outside', 'across', 'around', 'via']);
/**
 * "shelters in Canoas and São Leopoldo": the name after "and" (or "or") pairs with a one-word
 * name right after a place-only preposition, so the preposition governs both.
 */
function secondOfPlacePair(w: readonly string[], start: number): boolean {
  return start >= 3 && (w[start - 1] === 'and' || w[start - 1] === 'or') && /^\p{Lu}\p{Ll}+$/u.test(w[start - 2]!) && PLACE_LOCATIVES.has(w[start - 3]!.toLowerCase());
}

/** Names that follow "in" and are no place: "We believe in God". */
const DEITIES = new Set(['God', 'Allah', 'Christ', 'Buddha']);

/**
 * "In Da Nang, the airport was closed", "near Quang Ngai": towns the lists lack, of one or two
 * words that read like a person's (Vietnamese, Ethiopian: "Bahir Dar"), tagged as people. Right
 * after "in", "near", "outside", with no given name the lists know, no possessive after it ("in
 * Smith's view") and no use as a person elsewhere in the article ("Smith said he"), the name is a
 * place.
 */
function isUnknownPersonAfterLocative(d: ArticleNames, w: readonly string[], sp: TokenSpan): boolean {
  // (and a destination: "cancelled flights to Da Nang", a "to" after a word of motion)
  if (sp.end - sp.start > 2 || sp.start === 0 || !(PLACE_LOCATIVES.has(w[sp.start - 1]!.toLowerCase()) || secondOfPlacePair(w, sp.start) || (w[sp.start - 1] === 'to' && governedByLocative(w, sp.start)))) return false;
  const after = w[sp.end] ?? '';
  if (after === "'s" || after === '’s') return false;
  const name = w.slice(sp.start, sp.end);
  if (name.some((x) => d.lists.givenName(x) || DEITIES.has(x) || !/^\p{Lu}\p{Ll}+$/u.test(x))) return false;
  return !d.evidence.personal.has(name.join(' ').toLowerCase()) && !d.evidence.personal.has(name[name.length - 1]!.toLowerCase());
}

/** Prepositions that put a pair of names on the map: "teams to Dhubri and Goalpara", "flights from Kisumu and Eldoret". */
const PAIR_LOCATIVES = new Set(['in', 'near', 'to', 'from', 'across', 'around', 'outside', 'between']);
/** Lowercase words that may follow such a pair of places: "to Dhubri and Goalpara on Sunday". */
const PAIR_ENDINGS = new Set(['on', 'in', 'at', 'for', 'after', 'before', 'during', 'last', 'this', 'next', 'since', 'until', 'when', 'where', 'to', 'from', 'by']);

/**
 * "deployed teams to Dhubri and Goalpara" with "Dhubri" a person: a one-word name right after a
 * preposition of place, joined by "and" or "or" to a place's span of one or two words, is a place
 * of the same pair, unless it is a given name the lists know, a deity, or used as a person's
 * name in the article ("to Smith and Jones" is left alone by the given-name and person tests only
 * so far as the lists and the article go).
 */
function isUnknownPersonBeforePlaceInPair(d: ArticleNames, w: readonly string[], sp: TokenSpan, spans: readonly TokenSpan[]): boolean {
  if (sp.end - sp.start !== 1 || sp.start === 0 || !PAIR_LOCATIVES.has(w[sp.start - 1]!) || (w[sp.end] !== 'and' && w[sp.end] !== 'or')) return false;
  const next = spans.find((x) => x.start === sp.end + 1);
  if (!next || next.type !== 2 || next.end - next.start > 2) return false;
  // (the pair ends the phrase: "letters to Obama and Texas officials" pairs a person with officials)
  const after = w[next.end] ?? '.';
  if (/^\p{Ll}/u.test(after) && !PAIR_ENDINGS.has(after)) return false;
  const x = w[sp.start]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(x) || d.lists.givenName(x) || DEITIES.has(x)) return false;
  return !d.evidence.personal.has(x.toLowerCase()) && !d.evidence.personWords.has(x.toLowerCase());
}

/** Auxiliaries that may follow a pair of places ending a phrase: "to Gondar and Lalibela were suspended". */
const AUXILIARIES_AFTER_PAIR = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'will', 'would']);

/** Endings of peoples' and creeds' plurals: "Christians", "Muslims", "Shiites", "Buddhists". */
const PEOPLES_PLURAL = /(?:ians|ans|ists|ims|ites|ers)$/;

/**
 * The same pair the other way round (session 17): "the army deployed to Al-Khiam and Bint Jbeil"
 * with "Bint Jbeil" a person. A name of one or two words after "and" or "or" that follows a
 * place's span of one or two words right after a preposition of place, and that ends the phrase,
 * is a place of the pair, unless a word of it is a given name the lists know or the article uses
 * it as a person's.
 */
function isUnknownPersonAfterPlaceInPair(d: ArticleNames, w: readonly string[], sp: TokenSpan, spans: readonly TokenSpan[]): boolean {
  const n = sp.end - sp.start;
  if (n > 2 || sp.start < 3 || (w[sp.start - 1] !== 'and' && w[sp.start - 1] !== 'or')) return false;
  const prev = spans.find((x) => x.end === sp.start - 1);
  if (!prev || prev.type !== 2 || prev.end - prev.start > 2 || prev.start === 0 || !PAIR_LOCATIVES.has(w[prev.start - 1]!)) return false;
  const after = w[sp.end] ?? '.';
  // (or a verb: "flights to Gondar and Lalibela were suspended")
  if (/^\p{Lu}/u.test(after) || (/^\p{Ll}/u.test(after) && !PAIR_ENDINGS.has(after) && !AUXILIARIES_AFTER_PAIR.has(after))) return false;
  const name = w.slice(sp.start, sp.end);
  if (!name.every((x) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(x)) || name.some((x) => d.lists.givenName(x) || DEITIES.has(x))) return false;
  // (not peoples in the plural, "reached out to Muslims and Orthodox Christians")
  if (PEOPLES_PLURAL.test(name[n - 1]!) || PEOPLES_PLURAL.test(w[prev.end - 1]!)) return false;
  const key = name.join(' ').toLowerCase();
  return !d.evidence.personal.has(key) && !name.some((x) => d.evidence.personal.has(x.toLowerCase()));
}

/** The type of a name (no acronym glued to it) corrected by how the whole article uses it. */
function typeByArticle(d: ArticleNames, w: string[], sp: TokenSpan, si: number, type: EntityType): EntityType {
  const { evidence, lists, companyShortForms } = d;
  if (type === 'ORG' && isPersonTypedAsOrganisation(w.slice(sp.start, sp.end), evidence, lists)) return 'PERSON';
  if (type === 'PERSON' && isOrganisationTypedAsPerson(w.slice(sp.start, sp.end), evidence, (x) => companyShortForms.has(x))) return 'ORG';
  if (type === 'PERSON' && isCompanyNameTypedAsPerson(w.slice(sp.start, sp.end), evidence, lists)) return 'ORG';
  if (type === 'PERSON' && isTeamTypedAsPerson(w, sp, d.taggedSpans[si]!, evidence, lists, d.sportsStory)) return 'ORG';
  // "Nexora to buy chip designer Quillon" in an article about Quillon Systems: the company's
  // short form, unless a place preposition governs it ("a plant in Kawasaki"), it follows a
  // place after a comma ("Dallas, Texas" beside Texas Instruments) or it is a country
  if (type === 'LOC' && companyShortForms.has(w.slice(sp.start, sp.end).join(' ').toLowerCase()) && !(sp.start > 0 && (governedByLocative(w, sp.start) || w[sp.start - 1] === ',')) && !countryOfName(w.slice(sp.start, sp.end).join(' '))) return 'ORG';
  return type;
}

/**
 * A person's titles, before the name, in it or in an appositive after it (into `titles`, their
 * character ranges into `titleRanges`, an appositive's into `d.appositives`); the span loses a
 * title the tagger took into it. Returns the person's honorific ("Mr", "Dr") or null.
 */
function personTitles(
  d: ArticleNames, s: Sentence, w: string[], sp: TokenSpan, gluedAcronym: string | null, titles: string[], titleRanges: Array<[number, number]>,
  placeStartOf: (end: number) => number, nameEndOf: (start: number) => number,
): string | null {
  const { text, tokens, isHonorific } = d;
  let honorific: string | null = null;
  // A title the tagger took into the name: "President Lula" tagged as one person.
  let k = sp.start;
  while (k < sp.end - 1 && (isTitleWord(w[k]!) || isHonorific(w[k]!))) k++;
  if (k > sp.start) {
    const inner = w.slice(sp.start, k);
    const h = inner.findIndex((x) => isHonorific(x));
    if (h >= 0) honorific = inner[h]!;
    const t = inner.filter((x) => !isHonorific(x));
    // "Chief Financial Officer Wei Lin" with only "Officer" in the span: the title goes on
    // before the span, so it is read back from the name as any title before a name is
    const before = gluedAcronym || h >= 0 ? null : titleBefore(w, k, placeStartOf);
    if (before && before.start < sp.start) {
      const r = charSpan(tokens, s, before.start, before.end);
      titles.push(text.slice(r.start, r.end));
      titleRanges.push([r.start, r.end]);
    }
    // "EU Commissioner Olli Rehn": the split-off acronym says whose commissioner
    else if (t.some((x) => TITLE_HEADS.has(x.toLowerCase()))) titles.push((gluedAcronym ? [gluedAcronym, ...t] : t).join(' '));
    sp.start = k;
  }
  let tm = titles.length ? null : titleBefore(w, sp.start, placeStartOf);
  let appositive = false;
  if (!tm && !titles.length) {
    // "the German chancellor, Olaf Scholz,"
    tm = titleBeforeComma(w, sp.start, sp.end, placeStartOf);
    appositive = !!tm;
  }
  if (tm && !titles.length) {
    const r = charSpan(tokens, s, tm.start, tm.end);
    titles.push(text.slice(r.start, r.end));
    titleRanges.push([r.start, r.end]);
    // as after a name, the appositive's "the ..." is the title, not another reference by role
    if (appositive) (d.appositives ??= []).push(r.start, r.end);
  }
  // A title in an appositive after the name: "Olaf Scholz, the German chancellor, said".
  if (sp.end < w.length && w[sp.end] === ',') {
    const ta = titleAfter(w, sp.end, nameEndOf);
    if (ta) {
      const r = charSpan(tokens, s, ta.start, ta.end);
      const t = text.slice(r.start, r.end);
      // "the German chancellor" here is the title, not a reference by role; "the speaker" in
      // "head of the speaker's office" still can be
      (d.appositives ??= []).push(tokens[s.tokenStart + sp.end + 1]!.start, tokens[s.tokenStart + ta.runEnd! - 1]!.end);
      if (!titles.some((x) => x.toLowerCase() === t.toLowerCase())) titles.push(t);
    }
  }
  if (!honorific && sp.start > 0 && isHonorific(w[sp.start - 1]!)) honorific = w[sp.start - 1]!;
  return honorific;
}


/** Recognises and resolves the entities of one document. */
export function findEntities(text: string, tokens: readonly Token[], sentences: readonly Sentence[], model: NerModel): Entity[] {
  // the words, and their shared ids (one lookup per token for the stages that keep per-word tables)
  const tokenIds = tokenWordIds(tokens);
  let count = 0;
  for (const s of sentences) count += s.tokenEnd - s.tokenStart;
  const ids = new Int32Array(count);
  let k = 0;
  const words = sentences.map((s) => {
    const out: string[] = new Array(s.tokenEnd - s.tokenStart);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      out[i - s.tokenStart] = normalizeToken(tokens[i]!.text);
      ids[k++] = tokenIds.ids[i]!;
    }
    return out;
  });
  const tagged = model.tagDocument(words, { ids, generation: tokenIds.generation });
  const taggedSpans = withAccentedGivenNames(words, dropRubrics(words, dropCommonHeadingOpeners(text, sentences, words, judgeHeadlineSpans(text, sentences, words, tagged.map((t) => spansFromBilou(t)), model.resources), model.resources)), TYPES.indexOf('PER'));
  const lists = nameListsOf(model);
  // how the whole article uses each name (as a person's, as an organisation's), before any span is typed
  const evidence = collectPersonEvidence(words, taggedSpans, opensWithTradeNoun);
  const companyShortForms = companyShortFormsOf(words, taggedSpans);
  const organisationOverMisc = organisationOverMiscOf(words, taggedSpans);
  const diseaseNames = diseaseNamesOf(words);
  const stormNames = stormNamesOf(words);
  const sportsStory = isSportsStory(words);
  // "M." is French "Monsieur" ("M. Barnier") unless the article writes given names as initials
  // ("J. Smith ... M. Jones"), where it is one of them
  const initialsInUse = writesInitials(words);
  // "MS Dhoni" (session 17, second round): "Ms" or "Mr" written in capitals without a stop is a
  // South Asian name's initials, as no wire writes the honorific so
  const isHonorific = (x: string) => HONORIFICS.has(x.toLowerCase()) && !(initialsInUse && x === 'M.') && !/^\p{Lu}{2}$/u.test(x);
  const raw: RawMention[] = [];
  const article: ArticleNames = { text, tokens, model, words, taggedSpans, lists, evidence, companyShortForms, organisationOverMisc, diseaseNames, stormNames, sportsStory, isHonorific, raw, credits: null, appositives: null, wholeNames: null, mixedAcronyms: new Set(), networkX: null, namedInside: null };
  for (let si = 0; si < sentences.length; si++) sentenceMentions(article, sentences[si]!, si);
  const { credits, appositives } = article;

  correctMentions(text, tokens, raw, credits);
  addUntaggedFamilyNames(tokens, raw, lists, model.resources.caseBucket);
  knownCitiesBeforeDatelineDash(raw, text, lists);
  acronymsTypedAsPlaces(raw, text, lists);
  partiesTypedAsPersons(raw, text, lists);
  fullNamesOfTitledPersons(raw, lists, model.resources.caseBucket);
  clubsNamedByTheirCity(raw, text);
  organisationsShortFormsTypedAsPersons(raw, text);
  firmsShortFormsTypedAsPersons(raw);
  firmsTypedAsPersonsByFirstWord(raw, lists, evidence);
  const firmsUnits = firmsUnitsInCountries(raw, evidence);
  regionsTypedAsPersons(raw, lists);
  articledPlacesTypedAsPersons(raw);
  splitPersonsPossessive(raw, text, lists);
  particleSurnamesTypedOtherwise(raw, lists);
  givenNamesTypedOtherwise(raw, lists);
  if (sportsStory) clubsInResults(raw, text, lists);
  organisationsTypedAsPersonsElsewhere(raw, text, lists);
  placesTypedAsPersonsElsewhere(raw, text, lists);
  placesTypedAsOrganisationsElsewhere(raw, text, sportsStory);
  personsTypedAsPlacesElsewhere(raw, text, lists);
  const plainPlaces = plainPlaceWords(raw, text);
  placesTakenForSurnames(raw, plainPlaces, lists);
  knownPlacesTypedAsPersons(raw, lists);
  shortNamesBeforeFormalOnes(raw, text);
  namesBeforeCoinedShortNames(raw, text);

  // People: cluster by full name, then attach surnames, first names and "Mr X" to the most
  // recent person whose fuller name contains them. Two people sharing a surname stay apart.
  const clusters: Cluster[] = [];
  const persons: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const newCluster = (type: EntityType, m: RawMention, order: number, country: string | null = null): Cluster => {
    const c: Cluster = { type, mentions: [], titles: [], full: [], country, last: order };
    clusters.push(c);
    addTo(c, m, order);
    return c;
  };
  const personWords = (m: RawMention) => m.words.filter((x) => x !== "'s" && x !== "'");
  let kinIntroduced: Set<Cluster> | null = null;
  raw.forEach((m, order) => {
    if (m.type !== 'PERSON') return;
    const ws = personWords(m);
    const key = lowerKey(ws);
    let c = byKey.get(key);
    if (!c && ws.length === 1) {
      const one = ws[0]!.toLowerCase();
      let cands = persons.filter((p) => p.full.length > 1 && (p.full[p.full.length - 1]!.toLowerCase() === one || p.full[0]!.toLowerCase() === one || firstSurnameOf(p.full, lists) === one || surnameWithoutArticle(p.full) === one));
      // (a word inside a longer name only when no name ends or opens with it: "Pinochet" is Augusto
      // Pinochet's, not his son Marco Antonio Pinochet Hiriart's)
      if (!cands.length) cands = persons.filter((p) => isInnerNameWord(p.full, one));
      // (not a relative named in apposition to a kin noun when someone else has the surname: an
      // obituary's "her son, Chinedu Okonjo" and then "Dr. Okonjo" for the one it is about)
      if (cands.length > 1 && kinIntroduced?.size) {
        const others = cands.filter((p) => !kinIntroduced!.has(p));
        if (others.length) cands = others;
      }
      if (cands.length) c = cands.reduce((a, b) => (b.last > a.last ? b : a));
    }
    if (!c && ws.length > 1) c = particleSurnameOwner(persons, ws);
    if (!c && ws.length > 1) {
      // A fuller name for a surname seen earlier on its own ("Scholz" in a headline, then "Olaf Scholz").
      const lastWord = ws[ws.length - 1]!.toLowerCase();
      c = persons.find((p) => p.full.length === 1 && p.full[0]!.toLowerCase() === lastWord && !persons.some((q) => q !== p && q.full.length > 1 && q.full[q.full.length - 1]!.toLowerCase() === lastWord));
      // ("Estevao" in a headline, then "Estevao Willian": a player, a singer who goes by a first name)
      const firstWord = ws[0]!.toLowerCase();
      c ??= persons.find((p) => p.full.length === 1 && p.full[0]!.toLowerCase() === firstWord && !persons.some((q) => q !== p && q.full.length > 1 && q.full[0]!.toLowerCase() === firstWord));
      // ("Lula" in a headline, then "Luiz Inacio Lula da Silva": the name the person goes by)
      c ??= persons.find((p) => p.full.length === 1 && isInnerNameWord(ws, p.full[0]!.toLowerCase()) && !persons.some((q) => q !== p && q.full.length > 1 && isInnerNameWord(q.full, p.full[0]!.toLowerCase())));
      // ("Le Pen" in a headline, then "Marine Le Pen": a surname with its particle seen first alone)
      c ??= persons.find((p) => isParticleSurnameOf(p.full, ws) && !persons.some((q) => q !== p && q.full.length > p.full.length && isParticleSurnameOf(p.full, q.full)));
      c ??= ownerOfLastWords(persons, ws);
    }
    if (c) addTo(c, m, order);
    else {
      c = newCluster('PERSON', m, order);
      persons.push(c);
      if (ws.length > 1 && afterKinNoun(text, m.start)) (kinIntroduced ??= new Set()).add(c);
    }
    byKey.set(key, c);
  });

  // A lone word the tagger gave another type but that is the surname of a person here is that person.
  // (persons' full names do not change below: only one-word mentions join them)
  let bySurname: Map<string, Cluster | null> | null = null;
  const surnameOwner = (ws: readonly string[]): Cluster | null => {
    if (ws.length !== 1) return null;
    if (!bySurname) {
      // lowercase surname -> its one person with a fuller name, or null when several share it
      bySurname = new Map();
      for (const p of persons) {
        if (p.full.length <= 1) continue;
        const last = p.full[p.full.length - 1]!.toLowerCase();
        bySurname.set(last, bySurname.has(last) ? null : p);
        const bare = surnameWithoutArticle(p.full);
        if (bare) bySurname.set(bare, bySurname.has(bare) ? null : p);
        const first = firstSurnameOf(p.full, lists) ?? surnameWrittenFirst(p.full, lists);
        if (first && first !== last) bySurname.set(first, bySurname.has(first) ? null : p);
      }
    }
    return bySurname.get(ws[0]!.toLowerCase()) ?? null;
  };

  organisationsTypedAsPlaces(raw, lists, text);
  // Places, organisations and other names: one entity per normalised name; country aliases merge.
  const byName = new Map<string, Cluster>();
  const demonymMentions: Array<[RawMention, string, number]> = [];
  raw.forEach((m, order) => {
    if (m.type === 'PERSON') return;
    const owner = surnameOwner(m.words) ?? (m.type === 'ORG' ? nameUsedAloneBy(persons, m.words) : null);
    if (owner && m.type !== 'MISC' && !placeOnlyEndingName(m, owner, plainPlaces, lists) && !GROUP_NOUN_AFTER.test(text.slice(m.end, m.end + 14))) {
      m.type = 'PERSON';
      addTo(owner, m, order);
      return;
    }
    const name = m.words.join(' ');
    if ((m.type !== 'ORG' || demonymBeforeTitle(text, m)) && m.words.length <= 2) {
      // a demonym the tagger took for a place ("Uzbek" as LOC) is still a demonym
      const country = countryOfDemonym(name);
      if (country && (m.type === 'MISC' || !countryOfName(name))) {
        m.type = 'MISC';
        demonymMentions.push([m, country, order]);
        return;
      }
    }
    // a country name is a place even when tagged MISC ("the Philippines")
    const country = countryOfName(name);
    // "PARADISE, Calif." and "California": a state's abbreviation is the state, named in full
    const state = !country && m.type === 'LOC' ? stateOfName(name) : null;
    const key = country ? `country:${country}` : state ? `state:${state}` : `${m.type}:${lowerKey(m.type === 'MISC' ? withoutStormWord(m.words) : m.words)}`;
    const c = byName.get(key);
    if (c) addTo(c, m, order);
    else byName.set(key, newCluster(country ? 'LOC' : m.type, m, order, country ?? state));
  });

  demonymClusters(tokens, demonymMentions, byName, newCluster);

  roleReferences(text, tokens, sentences, raw, persons, appositives);

  joinAllCapsToRunningText(clusters, text, addTo);
  joinAcronymsToNames(clusters, credits, addTo);
  joinAliasesInParentheses(clusters, text, addTo);
  joinNativeNamesInParentheses(clusters, text, lists, model.resources.caseBucket, addTo);
  joinNamesKnownAs(clusters, text, addTo);
  joinCompanyForms(clusters, addTo);
  joinLastWordOfOrganisation(clusters, addTo);
  joinFirstWordOfOrganisation(clusters, addTo, firmsUnits);
  joinSurnameToEponymousCompany(clusters, persons, lists, addTo);

  const entities: Entity[] = clusters
    .map((c) => {
      const mentions: Mention[] = c.mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) })).sort((a, b) => a.start - b.start);
      const named = c.mentions.filter((m) => m.words.length);
      const best = named.reduce((a, b) => (betterName(text, b, a, personWords) ? b : a), named[0]!);
      const name = c.country ?? (c.type === 'PERSON' ? personWords(best).join(' ') : text.slice(best.start, best.end));
      return { id: '', type: c.type, name: c.type === 'LOC' ? placeNameFromCapitals(name, text) : name, titles: c.titles, mentions };
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

/** A company's spokesperson or head, written between its name and a person's: "Boeing spokeswoman Jessica Kowal". */
const COMPANY_VOICE = /^\s+(?:spokeswoman|spokesman|spokesperson|chief\s+executive|CEO|chairman|chairwoman)\s+$/;

/**
 * "300 Boeing 737 MAX jets ... Boeing spokeswoman Jessica Kowal said": the tagger, having read the
 * maker's name as a product's (MISC), keeps that type where the name opens a company post before a
 * person. Products have no spokeswoman: a one-word MISC mention so placed is the company. Not a
 * demonym, nor an adjective of a party or a people ("Republican spokesman", "Kurdish spokesman").
 */
function productOpeningCompanyPost(m: RawMention, next: RawMention | undefined, text: string): boolean {
  if (m.words.length !== 1 || next?.type !== 'PERSON' || next.start < m.end || !COMPANY_VOICE.test(text.slice(m.end, next.start))) return false;
  const word = m.words[0]!;
  return !countryOfDemonym(word) && !/(?:an|ic|ish|ese|ist)$/.test(word);
}

/**
 * "Huawei and Xiaomi unveiled new smartphones ... Huawei, which has been under U.S. sanctions":
 * a name the tagger typed a person in one sentence and an organisation in another would make two
 * entities of one name. The person's mention (with no title or honorific) is the organisation
 * - for one word, when it is joined by "and" or "or" to an organisation: on newswire an
 *   organisation's type elsewhere alone is as often the tagger's error for a person known by one
 *   name ("Fujimori", "Zico"), and a surname beside a party is common too ("Kejriwal and AAP");
 * - for longer names, when the organisation's mention opens a person's title and the lists know
 *   none of its words from people's names ("Sinn Féin won the most votes" after "Sinn Féin
 *   leader Mary Lou McDonald"; names of people the lists lack, "Tin Oo", "Xia Yueyan", are
 *   often tagged organisations too).
 * And a one-word MISC mention opening a person's title ("Vox leader Santiago Abascal") is the
 * organisation of that name here, unless it is a demonym.
 */
function organisationsTypedAsPersonsElsewhere(raw: RawMention[], text: string, lists: NameLists): void {
  raw.forEach((m, i) => {
    if (m.type === 'MISC' && productOpeningCompanyPost(m, raw[i + 1], text)) m.type = 'ORG';
  });
  let orgs: Set<string> | null = null;
  for (const m of raw) if (m.type === 'ORG') (orgs ??= new Set()).add(m.words.join(' '));
  if (!orgs) return;
  const joined = (a: RawMention | undefined, b: RawMention | undefined) => !!a && !!b && a.end <= b.start && /^\s+(?:and|or)\s+$/.test(text.slice(a.end, b.start));
  const opensTitle = (m: RawMention, next: RawMention | undefined) => next?.type === 'PERSON' && /^\s+\p{Ll}[\p{Ll}-]+\s+$/u.test(text.slice(m.end, next.start)) && isTitleWord(text.slice(m.end, next.start).trim());
  // (longer names: only bodies that open a person's title, "Sinn Féin leader Mary Lou McDonald")
  const titleOpeners = new Set<string>();
  raw.forEach((m, i) => {
    if (m.type === 'ORG' && m.words.length > 1 && opensTitle(m, raw[i + 1])) titleOpeners.add(m.words.join(' '));
  });
  raw.forEach((m, i) => {
    // "The far-right Vox party ... Vox leader Santiago Abascal" with the second "Vox" tagged MISC
    // (and "the Shas leader" with no name after it, after "the Shas party", session 18)
    if (m.type === 'MISC' && m.words.length === 1 && orgs!.has(m.words[0]!) && (opensTitle(m, raw[i + 1]) || beforeLowercaseTitle(text, m.end)) && !countryOfDemonym(m.words[0]!)) m.type = 'ORG';
    if (m.type !== 'PERSON' || m.titles.length || m.honorific || !orgs!.has(m.words.join(' '))) return;
    if (m.words.length > 1) {
      if (titleOpeners.has(m.words.join(' ')) && !m.words.some((x) => lists.personNamePart(x) || lists.givenName(x))) m.type = 'ORG';
      return;
    }
    const next = raw[i + 1];
    const prev = raw[i - 1];
    if ((joined(m, next) && next!.type === 'ORG') || (joined(prev, m) && prev!.type === 'ORG')) m.type = 'ORG';
  });
}

/** Posts in a party or a body that its name opens: "the Shas leader", "a Vox spokesman". */
const BODYS_POSTS = new Set(['leader', 'leaders', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'secretary-general', 'lawmaker', 'lawmakers']);

/** Whether a lowercase post in a body follows `end` (`BODYS_POSTS`; not "energy giant": "British-Dutch energy giant"). */
function beforeLowercaseTitle(text: string, end: number): boolean {
  const m = /^\s+(\p{Ll}[\p{Ll}-]+)/u.exec(text.slice(end, end + 30));
  return !!m && BODYS_POSTS.has(m[1]!);
}

/** A word of a name written in the Latin alphabet: a capital, then lowercase letters (hyphenated or not). */
const PLAIN_NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u;

/**
 * "Property tycoon Truong My Lan" tagged MISC, then "Lan, chairwoman of ...": the tagger types an
 * unfamiliar full name as anything, and the article's short form of it as a titled person. A name
 * of two or three plain words, neither a place nor a body the lists know whole and no word of it
 * from bodies' names, no head of a place's or a body's name last and no common word ("Law"), whose
 * last word (or first, for a surname written first, before short syllables) the article uses
 * alone for a person with a title or an honorific, or whose last two words are a person's name
 * here, is that person's full name.
 */
function fullNamesOfTitledPersons(raw: RawMention[], lists: NameLists, caseBucket: ReadonlyMap<string, number>): void {
  let titled: Set<string> | null = null;
  // (and persons of two words: "Abd El-Fattah" after "the jailed activist Alaa Abd El-Fattah" tagged MISC)
  let pairs: Set<string> | null = null;
  for (const m of raw) {
    if (m.type !== 'PERSON') continue;
    if (m.words.length === 1 && (m.titles.length || m.honorific)) (titled ??= new Set()).add(m.words[0]!);
    if (m.words.length === 2) (pairs ??= new Set()).add(m.words.join(' '));
  }
  if (!titled && !pairs) return;
  for (const m of raw) {
    const ws = m.words;
    if (m.type === 'PERSON' || ws.length < 2 || ws.length > 3 || !ws.every((x) => PLAIN_NAME_WORD.test(x))) continue;
    // (a surname written first only before short syllables: "Nguyen Phu Trong", not "Clinton Global Initiative")
    const surnameFirst = !!titled?.has(ws[0]!) && ws.slice(1).every((x) => x.split('-').every((y) => y.length <= 5));
    const lastTwo = ws.length === 3 && !!pairs?.has(ws.slice(1).join(' '));
    if (!titled?.has(ws[ws.length - 1]!) && !surnameFirst && !lastTwo) continue;
    const head = ws[ws.length - 1]!;
    // (nor one opening or ending in a word the news mostly writes lowercase: "the Brady Law" after
    // "Brady said", a slogan "Save Merry Christmas")
    if ((caseBucket.get(head.toLowerCase()) ?? 0) >= 4 || (caseBucket.get(ws[0]!.toLowerCase()) ?? 0) >= 4) continue;
    if (PLACE_HEADS.has(head) || STREET_HEADS.has(head) || MEDIA_HEADS.has(head) || ORG_HEADS.has(head.toLowerCase()) || FIRM_HEADS.has(head.toLowerCase())) continue;
    if (lists.knownPlace([ws.join(' ')]) || lists.knownOrganisation(ws.join(' ').toLowerCase()) || ws.some((x) => lists.organisationNamePart(x) || lists.knownPlace([x]))) continue;
    m.type = 'PERSON';
  }
}

/**
 * "Prabowo Subianto, the president, ... Prabowo's Gerindra party": the tagger runs a person's
 * possessive into the body after it ("Prabowo's Gerindra" ORG), and the span rules cannot tell the
 * owner is a person from one sentence. A body, place or other name whose words before "'s" are a
 * person's full name here, or its first or last word (not a place the lists know), is two names:
 * that person, and what follows.
 */
function splitPersonsPossessive(raw: RawMention[], text: string, lists: NameLists): void {
  let names: Set<string> | null = null;
  for (const m of raw) {
    if (m.type !== 'PERSON' || m.words.length < 2) continue;
    (names ??= new Set()).add(m.words.join(' ')).add(m.words[0]!).add(m.words[m.words.length - 1]!);
  }
  if (!names) return;
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i]!;
    if (m.type === 'PERSON') continue;
    const k = m.words.findIndex((x) => x === "'s" || x === '’s');
    const owner = m.words.slice(0, k).join(' ');
    if (k < 1 || k === m.words.length - 1 || !/^\p{Lu}/u.test(m.words[k + 1]!) || !names.has(owner)) continue;
    // (a place's possessive stays even when a person here bears its name: "Jordan's foreign ministry")
    if (countryOfName(owner) || lists.knownPlace([owner])) continue;
    const apos = text.slice(m.start, m.end).search(/['’]s\b/);
    if (apos < 0) continue;
    const rest = text.slice(m.start + apos + 2, m.end);
    const restStart = m.start + apos + 2 + (rest.length - rest.trimStart().length);
    const person: RawMention = { start: m.start, end: m.start + apos, type: 'PERSON', words: m.words.slice(0, k), titles: [], honorific: null };
    const owned: RawMention = { start: restStart, end: m.end, type: m.type, words: m.words.slice(k + 1), titles: m.titles, honorific: m.honorific };
    raw.splice(i, 1, person, owned);
    i++;
  }
}

/** Particles written with a capital inside French, Dutch and Flemish surnames: "Marine Le Pen", "Bart De Wever". */
const CAPITAL_SURNAME_PARTICLES = new Set(['Le', 'La', 'De', 'Van', 'Von', 'Du', 'Des', 'Di', 'Da', 'Del', 'Dela', 'Den', 'Der', 'Ter']);

/**
 * "Marine Le Pen's National Rally ... Le Pen said": a capitalised "Le" opens the names of papers
 * and firms ("Le Monde"), so the tagger may type both the full name and the surname as bodies.
 * A name of a plain word, capitalised particles and a plain word, whose particles and last word
 * the article also uses alone, is a person: a body is not called by its last words with the
 * article ("Le Monde Diplomatique" is never "Monde Diplomatique"). Both become persons.
 */
function particleSurnamesTypedOtherwise(raw: RawMention[], lists: NameLists): void {
  const surname = (ws: readonly string[]) => ws.length >= 2 && ws.length <= 3 && PLAIN_NAME_WORD.test(ws[ws.length - 1]!) && ws.slice(0, -1).every((x) => CAPITAL_SURNAME_PARTICLES.has(x));
  let alone: Set<string> | null = null;
  for (const m of raw) if (surname(m.words)) (alone ??= new Set()).add(m.words.join(' '));
  if (!alone) return;
  const people = new Set<string>();
  for (const m of raw) {
    const ws = m.words;
    if (ws.length < 3 || !PLAIN_NAME_WORD.test(ws[0]!) || !surname(ws.slice(1)) || !alone.has(ws.slice(1).join(' '))) continue;
    const head = ws[ws.length - 1]!;
    if (PLACE_HEADS.has(head) || ORG_HEADS.has(head.toLowerCase()) || FIRM_HEADS.has(head.toLowerCase()) || MEDIA_HEADS.has(head)) continue;
    if (lists.organisationWord(ws[0]!) || lists.knownPlace([ws[0]!]) || lists.knownPlace([ws.join(' ')]) || lists.knownOrganisation(ws.join(' ').toLowerCase())) continue;
    people.add(ws.join(' ')).add(ws.slice(1).join(' '));
  }
  for (const m of raw) if (m.type !== 'PERSON' && people.has(m.words.join(' '))) m.type = 'PERSON';
}

/**
 * "Justice Enock Chacha Mwita said ... Enock ordered": a given name the tagger does not know,
 * alone, is typed anything (here a body). A one-word mention that is not a person, after a person
 * of three or more words that opens with it, is that person, unless the word is a place or a body
 * the lists know ("Jordan", "Chelsea"). (Three words: the long names of East African, South Asian
 * and Hispanic news, whose writers use the given name alone; a two-word name's first word is
 * more often a place or club of its own.)
 */
function givenNamesTypedOtherwise(raw: RawMention[], lists: NameLists): void {
  const firsts = new Map<string, number>();
  raw.forEach((m, i) => {
    if (m.type === 'PERSON' && m.words.length >= 3 && PLAIN_NAME_WORD.test(m.words[0]!) && !firsts.has(m.words[0]!)) firsts.set(m.words[0]!, i);
  });
  if (!firsts.size) return;
  raw.forEach((m, i) => {
    if (m.type === 'PERSON' || m.words.length !== 1 || m.titles.length) return;
    const w = m.words[0]!;
    if ((firsts.get(w) ?? i) >= i || lists.knownPlace([w]) || lists.organisationWord(w) || lists.knownOrganisation(w.toLowerCase()) || countryOfName(w)) return;
    m.type = 'PERSON';
  });
}

/** A match's result between two sides: "beat", "drew 0-0 with", "lost 2-1 to", "were held to a 1-1 draw by". */
const RESULT_BETWEEN = /^\s+(?:beat|beats|defeated|thrashed|edged|stunned|routed|hammered|drew\s+(?:\d{1,2}-\d{1,2}\s+)?(?:with|against)|lost\s+(?:\d{1,2}-\d{1,2}\s+)?(?:to|against|at)|were\s+held\s+to\s+an?\s+\d{1,2}-\d{1,2}\s+draw\s+by)\s+$/;
/** One score (a football or hockey result, not a set of a tennis match: "6-4 6-2") after the second side. */
const ONE_SCORE_AFTER = /^\s+\d{1,2}-\d{1,2}(?![\d-])(?!\s*,?\s*\d{1,2}-\d)/;

/**
 * "Vissel Kobe drew 0-0 with Sanfrecce Hiroshima", "Mamelodi Sundowns beat Orlando Pirates 2-0":
 * clubs the tagger does not know come out persons (or places). On the sports pages, the two sides
 * of a result with one score are clubs when a side is a body already (clubs play clubs), or when
 * it is a name of two or more words that opens with no given name the lists know (players of
 * snooker and darts are written so: "Judd Trump beat Mark Selby 6-4"); places the lists know
 * stay (national teams: "South Africa beat New Zealand 2-1"). Every mention of those words follows.
 */
/** Whether a known place's name is a club's beside the club `other`: one word, no state or region ("Queensland", "Ulster" play as sides of a province). */
function isClubsTown(m: RawMention, other: RawMention): boolean {
  return m.words.length === 1 && other.words.length >= 1 && !stateOfName(m.words[0]!);
}

function clubsInResults(raw: RawMention[], text: string, lists: NameLists): void {
  const clubs = new Set<string>();
  const sidesOf = (a: RawMention, b: RawMention) => {
    const between = text.slice(a.end, b.start);
    if (!RESULT_BETWEEN.test(between) || (!/\d-\d/.test(between) && !ONE_SCORE_AFTER.test(text.slice(b.end, b.end + 20)))) return;
    const club = (m: RawMention) => m.type === 'ORG' || clubs.has(m.words.join(' '));
    for (const [m, other] of [[a, b], [b, a]] as const) {
      // (a name of two words typed MISC against a club is a club too: "Newcastle United drew 1-1 with
      // Wolverhampton Wanderers"; one word or a demonym's is a national side's: "the Dutch")
      const miscClub = m.type === 'MISC' && m.words.length >= 2 && club(other) && !m.words.some((x) => countryOfDemonym(x));
      if (m.type === 'ORG' || (m.type === 'MISC' && !miscClub) || m.titles.length || m.honorific) continue;
      const name = m.words.join(' ');
      // (a town the lists know is a club against a club, "Villa beat Brentford 2-0", session 18; a
      // country stays its national side, a place as CoNLL types it)
      if (countryOfName(name) || (lists.knownPlace([name]) && !(other.type === 'ORG' && isClubsTown(m, other)))) continue;
      if (club(other) || (m.words.length >= 2 && !lists.givenName(m.words[0]!) && m.words.every((x) => /^\p{Lu}/u.test(x)))) clubs.add(name);
    }
  };
  // (twice: a side found a club makes the other side one, "Sundowns beat Orlando Pirates")
  for (let pass = 0; pass < 2; pass++) for (let i = 0; i + 1 < raw.length; i++) sidesOf(raw[i]!, raw[i + 1]!);
  if (!clubs.size) return;
  for (const m of raw) if (m.type !== 'ORG' && !m.titles.length && clubs.has(m.words.join(' '))) m.type = 'ORG';
}

/** Compass words and region adjectives that open a region's name: "Latin America", "Southeast Asia", "Central Europe". */
const REGION_OPENERS = new Set(['Latin', 'North', 'South', 'East', 'West', 'Central', 'Northern', 'Southern', 'Eastern', 'Western', 'Southeast', 'Northeast', 'Southwest', 'Northwest', 'Sub-Saharan']);

/** A name's article opening Arabic and Spanish place names and nicknames alike: "El Fasher", "Al Qusayr", "La Paz". */
const PLACE_ARTICLES = new Set(['El', 'Al', 'La', 'Las', 'Los']);

/**
 * "the RSF took control of El Fasher ... El Fasher had been under siege" (session 17, second round):
 * opening a sentence, a name opening with an article ("El", "Al", "La") reads to the tagger as a
 * nickname ("El Chapo"). A person's mention so opened, with no title or honorific, whose words the
 * article types a place elsewhere, is that place.
 */
function articledPlacesTypedAsPersons(raw: RawMention[]): void {
  let places: Set<string> | null = null;
  for (const m of raw) if (m.type === 'LOC' && m.words.length > 1 && PLACE_ARTICLES.has(m.words[0]!)) (places ??= new Set()).add(m.words.join(' '));
  if (!places) return;
  for (const m of raw) if (m.type === 'PERSON' && !m.titles.length && !m.honorific && places.has(m.words.join(' '))) m.type = 'LOC';
}

/**
 * "Machado said Latin America needed judges" with "Latin America" tagged as a person after
 * "said": two words, a compass word or a region's adjective and a place the lists know, with no
 * title or honorific, are a region.
 */
function regionsTypedAsPersons(raw: RawMention[], lists: NameLists): void {
  for (const m of raw) {
    if (m.type !== 'PERSON' || m.words.length !== 2 || m.titles.length || m.honorific || !REGION_OPENERS.has(m.words[0]!)) continue;
    if (lists.knownPlace([m.words[1]!]) && !lists.givenName(m.words[1]!)) m.type = 'LOC';
  }
}

/** Roles in a club, written after the club's short name: "Madrid coach Carlo Ancelotti", "United fans". */
const CLUB_ROLE_AFTER = /^\s+(?:coach|manager|boss|striker|midfielder|defender|goalkeeper|keeper|captain|winger|forward|fans|supporters|players|squad)\b/;

/**
 * "Real Madrid beat Al-Hilal ... Madrid coach Carlo Ancelotti": a club goes by the city its name
 * ends in, and the tagger types the city a place. A one-word place right before a role in a
 * club, that ends the name of a club (an organisation of two or more words) in the article, is
 * the club (`joinLastWordOfOrganisation` then joins it when one club ends so).
 */
function clubsNamedByTheirCity(raw: RawMention[], text: string): void {
  let clubEnds: Set<string> | null = null;
  for (const m of raw) if (m.type === 'ORG' && m.words.length > 1) (clubEnds ??= new Set()).add(m.words[m.words.length - 1]!);
  if (!clubEnds) return;
  for (const m of raw) if (m.type === 'LOC' && m.words.length === 1 && clubEnds.has(m.words[0]!) && CLUB_ROLE_AFTER.test(text.slice(m.end, m.end + 20))) m.type = 'ORG';
}

/** What follows a club's or a company's short name, never a person's: a plural verb, a role in it ("Villa are fourth", "United have lost", "Villa manager"). */
const BODY_SHORT_FORM_AFTER = /^\s+(?:are|have|were|coach|manager|boss|captain|fans|supporters|players|squad|chairman|chief\s+executive|spokesman|spokeswoman|spokesperson|shares)\b/;

/**
 * "Reliance's telecom arm Jio Platforms ... Jio had 480 million subscribers": a firm goes by the
 * first word of a name that ends in a firm's word ("Platforms", "Motors", "Holdings"), and the
 * tagger types it a person. A one-word person mention with no title or honorific that opens the
 * name of exactly one such firm in the article, when no person's fuller name here holds the word
 * ("Ratan Tata ... Tata Motors ... Tata said"), is the firm (`joinFirstWordOfOrganisation` joins them).
 */
function firmsShortFormsTypedAsPersons(raw: RawMention[]): void {
  let firsts: Map<string, string | null> | null = null;
  for (const m of raw) {
    if (m.type !== 'ORG' || !namesAFirm(m.words)) continue;
    const first = m.words[0]!;
    const name = m.words.join(' ');
    firsts ??= new Map();
    firsts.set(first, firsts.has(first) && firsts.get(first) !== name ? null : name);
  }
  if (!firsts) return;
  const personWords = new Set(raw.flatMap((x) => (x.type === 'PERSON' && x.words.length > 1 ? x.words : [])));
  for (const m of raw) {
    if (m.type === 'PERSON' && m.words.length === 1 && !m.titles.length && !m.honorific && !!firsts.get(m.words[0]!) && !personWords.has(m.words[0]!)) m.type = 'ORG';
  }
}

/**
 * "Intesa Sanpaolo reported a rise in profit ... Shares in Intesa rose": the tagger reads an unknown
 * pair of capitals opening a sentence as a person, and the first word alone later as the firm. A
 * person mention of two words with no title or honorific, whose first word the lists know from no
 * person's name and which the article names alone as an organisation, in a firm's context
 * somewhere ("shares in Intesa"), and whose last word the article never writes alone, is that
 * organisation (a person goes by the surname, the last word, not the first).
 */
function firmsTypedAsPersonsByFirstWord(raw: RawMention[], lists: NameLists, evidence: PersonEvidence): void {
  let bodies: Set<string> | null = null;
  for (const m of raw) if (m.type === 'ORG' && m.words.length === 1) (bodies ??= new Set()).add(m.words[0]!);
  if (!bodies) return;
  let alone: Set<string> | null = null;
  for (const m of raw) {
    if (m.type !== 'PERSON' || m.words.length !== 2 || m.titles.length || m.honorific) continue;
    const [first, last] = m.words as [string, string];
    if (!bodies.has(first) || !/^\p{Lu}\p{Ll}/u.test(last)) continue;
    // (not a word the lists know from people's names, "Milan Mandaric", nor a family name written
    // first, "Liu Chunhong" with "Liu" typed a body; nor a person the article names by the surname)
    if (lists.givenName(first) || lists.personNamePart(first)) continue;
    alone ??= new Set(raw.filter((x) => x.words.length === 1).map((x) => x.words[0]!));
    if (alone.has(last)) continue;
    // (and the article says what only a firm takes of the name or its first word: "shares in
    // Intesa", "Intesa's lead"; not of a player named by a given name, "Kalou and Arjen all did well")
    const keys = [first.toLowerCase(), m.words.join(' ').toLowerCase()];
    if (keys.some((k) => evidence.corporate.has(k)) && !keys.some((k) => evidence.personal.has(k))) m.type = 'ORG';
  }
}

/**
 * "Safaricom Ethiopia, launched in 2022", "Vodafone Egypt": a firm's unit in a country is named by
 * the firm and the country, and the tagger, seeing the country last, types it a place. A mention
 * of two to four words whose last one or two words are a country and whose words before them the
 * article names alone as an organisation, in a firm's context somewhere ("shares of Safaricom";
 * not "Miss Korea", "Muslim Turkey"), is the unit, an organisation. Returns the names of the units
 * whose firm the article named first, which the firm's own mentions do not join ("Garuda
 * Indonesia ... Garuda" names the firm whole first, and joins).
 */
function firmsUnitsInCountries(raw: RawMention[], evidence: PersonEvidence): Set<string> {
  const units = new Set<string>();
  let bodies: Set<string> | null = null;
  for (const m of raw) if (m.type === 'ORG' && evidence.corporate.has(m.words.join(' ').toLowerCase())) (bodies ??= new Set()).add(m.words.join(' '));
  if (!bodies) return units;
  const seen = new Set<string>();
  for (const m of raw) {
    const n = m.words.length;
    if (n < 2 || n > 4) {
      if (m.type === 'ORG') seen.add(m.words.join(' '));
      continue;
    }
    for (const k of [1, 2]) {
      if (n - k < 1) break;
      const firm = m.words.slice(0, n - k).join(' ');
      if (!countryOfName(m.words.slice(n - k).join(' ')) || !bodies.has(firm)) continue;
      m.type = 'ORG';
      if (seen.has(firm)) units.add(m.words.join(' '));
      break;
    }
    if (m.type === 'ORG') seen.add(m.words.join(' '));
  }
  return units;
}

/**
 * "Aston Villa beat Newcastle ... Villa manager Unai Emery", "Manchester United ... United have
 * lost": a club or company goes by the last word of its name, and the tagger, seeing one
 * capitalised word before a verb or a post, types it a person. A one-word person mention with no
 * title or honorific whose word ends the name of exactly one organisation of two or more words in
 * the article (not one that coordinates or takes a complement: "Marks and Spencer", "Bank of
 * England") is that organisation (`joinLastWordOfOrganisation` then joins them), when some mention
 * of the word is followed by what only a body takes: a plural verb, a role in a club, a company's
 * post (`BODY_SHORT_FORM_AFTER`). (A person's full name the tagger typed an organisation, "Kenji
 * Fujimori", ends in a surname that takes "said", never "are" or "manager".) Not when a person's
 * fuller name here holds the word ("David Villa ... Villa scored").
 */
function organisationsShortFormsTypedAsPersons(raw: RawMention[], text: string): void {
  let ends: Map<string, string | null> | null = null;
  for (const m of raw) {
    if (m.type !== 'ORG' || m.words.length < 2 || m.words.some((x) => x === 'and' || x === 'of' || x === '&')) continue;
    const last = m.words[m.words.length - 1]!;
    const name = m.words.join(' ');
    ends ??= new Map();
    ends.set(last, ends.has(last) && ends.get(last) !== name ? null : name);
  }
  if (!ends) return;
  const lone = (m: RawMention) => m.type === 'PERSON' && m.words.length === 1 && !m.titles.length && !m.honorific && !!ends!.get(m.words[0]!);
  let bodies: Set<string> | null = null;
  for (const m of raw) if (lone(m) && BODY_SHORT_FORM_AFTER.test(text.slice(m.end, m.end + 24))) (bodies ??= new Set()).add(m.words[0]!);
  if (!bodies) return;
  const personWords = new Set(raw.flatMap((x) => (x.type === 'PERSON' && x.words.length > 1 ? x.words : [])));
  for (const m of raw) if (lone(m) && bodies.has(m.words[0]!) && !personWords.has(m.words[0]!)) m.type = 'ORG';
}

/** Posts held in a party, written after its name: "Fine Gael leader Simon Harris", "Sinn Féin TD Pearse Doherty". */
const PARTY_POST = /^\s+(?:leader|deputy leader|TD|MP|MEP|senator|councillor|candidate)\s+$/;

/**
 * "Fine Gael leader Simon Harris" with "Fine Gael" tagged as a person (the Irish parties' names
 * look like given names and surnames to the tagger): a name of two or more words, no word of it a
 * given name the lists know and with no title of its own, that opens a party post before a person
 * is a party, and so is every untitled mention of it, and a name of that kind joined to it by
 * "and" ("Fianna Fáil and Fine Gael"). ("Trump adviser Stephen Miller": "adviser" is no party post;
 * a person's given name is known: "Mary Lou McDonald leader".)
 */
function partiesTypedAsPersons(raw: RawMention[], text: string, lists: NameLists): void {
  const noGivenName = (m: RawMention) => m.type === 'PERSON' && m.words.length > 1 && !m.titles.length && !m.honorific && !m.words.some((x) => lists.givenName(x));
  const parties = new Set<string>();
  raw.forEach((m, i) => {
    const next = raw[i + 1];
    if (noGivenName(m) && next?.type === 'PERSON' && m.end <= next.start && PARTY_POST.test(text.slice(m.end, next.start))) parties.add(m.words.join(' '));
  });
  if (!parties.size) return;
  raw.forEach((m, i) => {
    const next = raw[i + 1];
    if (noGivenName(m) && next && parties.has(next.words.join(' ')) && m.end <= next.start && /^\s+and\s+$/.test(text.slice(m.end, next.start))) parties.add(m.words.join(' '));
  });
  for (const m of raw) if (noGivenName(m) && parties.has(m.words.join(' '))) m.type = 'ORG';
}

/**
 * A cluster takes a mention. (findEntities' steps below are functions of their own so that V8
 * compiles them apart from findEntities: as one function each first rare case in any of them
 * recompiled all of it.)
 */
function addTo(c: Cluster, m: RawMention, order: number): void {
  c.mentions.push(m);
  for (const t of m.titles) if (!c.titles.includes(t) && !c.titles.some((x) => x.toLowerCase() === t.toLowerCase())) c.titles.push(t);
  if (m.words.length > c.full.length) c.full = m.words;
  c.last = order;
}

/**
 * "Chinese leader Xi Jinping arrived ... Xi told Putin": the tagger, which rarely saw a Chinese
 * family name alone, leaves "Xi" out. A capitalised token, in no mention, that is the family name
 * of a person named family name first in the article (`familyNameWrittenFirst`) is a mention of a
 * person (the clustering then gives it to that person, by `surnameWrittenFirst`). Not a word news
 * writes lowercase as often as not, nor one next to another capitalised word (a name of its own).
 */
function addUntaggedFamilyNames(tokens: readonly Token[], raw: RawMention[], lists: NameLists, caseBucket: ReadonlyMap<string, number>): void {
  let families: Set<string> | null = null;
  for (const m of raw) {
    if (m.type !== 'PERSON') continue;
    const f = familyNameWrittenFirst(m.words, lists);
    if (f && (caseBucket.get(f.toLowerCase()) ?? 0) < 3) (families ??= new Set()).add(f);
  }
  if (!families) return;
  const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  let r = 0;
  let added = false;
  tokens.forEach((t, i) => {
    if (!families!.has(t.text) || capital(tokens[i - 1]) || capital(tokens[i + 1])) return;
    while (r < raw.length && raw[r]!.end <= t.start) r++;
    if (r < raw.length && raw[r]!.start <= t.start) return;
    raw.push({ start: t.start, end: t.end, type: 'PERSON', words: [t.text], titles: [], honorific: null });
    added = true;
  });
  if (added) raw.sort((a, b) => a.start - b.start);
}

/**
 * "UNIFIL, the UN peacekeeping force, said" opening a paragraph came out as a place "Unifil", read
 * like a dateline's city. A word of three to eight capitals typed a place, that opens no dateline,
 * that the lists do not know as a place and is no country or state, and that the article never
 * writes in running text ("Kirkuk" beside "KIRKUK"), is an acronym: a body's.
 */
function acronymsTypedAsPlaces(raw: RawMention[], text: string, lists: NameLists): void {
  for (const m of raw) {
    if (m.type !== 'LOC' || m.words.length !== 1 || !/^[A-Z]{3,8}$/.test(m.words[0]!)) continue;
    const word = m.words[0]!;
    const running = word[0] + word.slice(1).toLowerCase();
    if (lists.knownPlace([word]) || countryOfName(word) || stateOfName(word) || countryOfDemonym(word) || text.includes(running)) continue;
    // ("CRAWFORD, Texas: Reporting as ...": a city and its state; "THE HAGUE 1996-08-30": a line in capitals)
    if (opensDateline(text, m) || namesDatelineCity(text, m) || /^\s*,\s*\p{Lu}\p{Ll}/u.test(text.slice(m.end, m.end + 6))) continue;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    if (m.start - lineStart < 40 && /[A-Z]/.test(text.slice(lineStart, m.start)) && !/[a-z]/.test(text.slice(lineStart, m.start))) continue;
    m.type = 'ORG';
  }
}

/**
 * "SAO PAULO — Shares fell ...": a name in capitals first on its line and then a bare dash, which
 * namesDatelineCity leaves alone (a section's heading also takes one: "RUGBY UNION -"), opens a
 * dateline when the lists know the whole name as a place, or the story names it a place in running
 * text; the tagger typed it a person or a body.
 */
function knownCitiesBeforeDatelineDash(raw: RawMention[], text: string, lists: NameLists): void {
  // (session 17: or when the story names it a place in running text, "ROTHERHAM - ... Labour MP
  // for Rotherham": a town the lists know only by its club)
  let placed: Set<string> | null = null;
  for (const m of raw) {
    if ((m.type !== 'ORG' && m.type !== 'PERSON') || !isAllCaps(text, m) || m.titles.length || m.honorific) continue;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    if (text.slice(lineStart, m.start).trim() !== '' || !/^\s*[-—–]\s/.test(text.slice(m.end, m.end + 4))) continue;
    // (the name joined into one word: knownPlace also says yes when any single word is a place)
    // (and without its accents: the lists know "sao paulo" for "SÃO PAULO", "asuncion" for "ASUNCIÓN")
    const name = m.words.join(' ');
    if (lists.knownPlace([name]) || (/[^\x00-\x7f]/.test(name) && lists.knownPlace([name.normalize('NFD').replace(/\p{M}/gu, '')]))) m.type = 'LOC';
    else {
      placed ??= new Set(raw.filter((x) => x.type === 'LOC' && !isAllCaps(text, x)).map((x) => lowerKey(x.words)));
      if (placed.has(lowerKey(m.words))) m.type = 'LOC';
    }
  }
}

/** Types the article's mentions set right: dateline cities, credited agencies; adds acronyms the tagger missed. */
function correctMentions(text: string, tokens: readonly Token[], raw: RawMention[], credits: Set<string> | null): void {
  // "ABERDEEN, Scotland —" tagged as an organisation: the capitals opening a dateline name the city
  for (const m of raw) if ((m.type === 'ORG' || m.type === 'PERSON') && namesDatelineCity(text, m)) m.type = 'LOC';

  if (credits) {
    // the credited agency named elsewhere in the text ("In an interview with Dossier Wire") is the same organisation
    for (const m of raw) {
      if (m.type === 'PERSON' && credits.has(m.words.join(' ').toLowerCase())) {
        m.type = 'ORG';
        m.titles = [];
        m.honorific = null;
      }
    }
  }

  addUntaggedAcronyms(tokens, raw);
}

/** Demonyms: "the Brazilians", "Japanese officials" act for their country (a LOC cluster); "Brazilian coffee" does not (MISC). */
function demonymClusters(
  tokens: readonly Token[], demonymMentions: Array<[RawMention, string, number]>, byName: Map<string, Cluster>,
  newCluster: (type: EntityType, m: RawMention, order: number, country?: string | null) => Cluster,
): void {
  const dn = demonymMentions.length;
  const dStart = new Array<number>(dn);
  const dEnd = new Array<number>(dn);
  const dActor = new Array<boolean>(dn);
  demonymMentions.forEach(([m], d) => {
    const ti = tokenIndexAt(tokens, m.start);
    let endTi = ti;
    while (endTi >= 0 && endTi < tokens.length && tokens[endTi]!.end < m.end) endTi++;
    const next = tokens[endTi + 1]?.text.toLowerCase() ?? '';
    const prev = ti > 0 ? tokens[ti - 1]!.text.toLowerCase() : '';
    const people = isPeopleDemonym(m.words.join(' '));
    // "Brazilians" is a plural; "Swiss" is the adjective too ("Swiss francs", "Swiss investors")
    const plural = people && /[^s]s$/.test(m.words.join(''));
    // "the Japanese", "the Brazilians" are the people; "the Swede", "the Briton" is one person of them
    const collective = /(s|ese|sh|ch|men)$/.test(m.words.join(''));
    dStart[d] = ti;
    dEnd[d] = endTi;
    dActor[d] = ACTOR_NOUNS.has(next) || plural || (people && collective && prev === 'the' && (ACTOR_VERBS.has(next) || /(ed|s)$/.test(next) || /^[.,;:!?'"]/.test(next) || next === ''));
  });
  // Coordinated demonyms share the noun: "the Salvadoran and Ivorian governments", "Kazakh, Uzbek and Kyrgyz officials".
  for (let d = dn - 2; d >= 0; d--) {
    if (dActor[d] || !dActor[d + 1] || dStart[d]! < 0) continue;
    const k = dEnd[d]! + 1;
    const t = tokens[k]?.text.toLowerCase();
    const gap = t === ',' && tokens[k + 1]?.text.toLowerCase() === 'and' ? 2 : t === ',' || t === 'and' || t === 'or' ? 1 : 0;
    if (gap && dStart[d + 1] === k + gap) dActor[d] = true;
  }
  for (let d = 0; d < dn; d++) {
    const [m, country, order] = demonymMentions[d]!;
    if (dActor[d]) {
      const key = `country:${country}`;
      let c = byName.get(key);
      if (!c) {
        c = newCluster('LOC', m, order, country);
        byName.set(key, c);
      } else addTo(c, m, order);
    } else {
      const key = `MISC:${lowerKey(m.words)}`;
      const c = byName.get(key);
      if (c) addTo(c, m, order);
      else byName.set(key, newCluster('MISC', m, order));
    }
  }
}

/**
 * The word after a role that makes the role the next clause's subject or an owner, not an
 * appositive: "..., the king said", "Joseph Kony, the president's press adviser said".
 */
const ROLE_AS_SUBJECT = /^(?:'s|’s|said|says|told|added|urged|warned|stressed|noted|announced|has|had|is|was|will|would)$/;

/** Whether the text at `start` follows a person's name and a comma, the person not in `c`: the role there is an appositive of that name. */
function appositiveToOtherPerson(text: string, raw: readonly RawMention[], start: number, c: Cluster): boolean {
  const before = raw.find((m) => m.type === 'PERSON' && m.end < start && m.end >= start - 3 && /^\s*,\s*$/.test(text.slice(m.end, start)));
  return !!before && !c.mentions.includes(before);
}

/** "the president": a role noun phrase refers to the one person in the article with that title (a mention of theirs). */
function roleReferences(text: string, tokens: readonly Token[], sentences: readonly Sentence[], raw: RawMention[], persons: readonly Cluster[], appositives: number[] | null): void {
  // "the president": a role noun phrase refers to the one person in the article with that title.
  const roleKeys = new Map<string, Cluster[]>();
  for (const p of persons) {
    for (const t of p.titles) {
      const k = titleKey(t);
      const last = k.split(' ').pop()!;
      // (a ranked office is not its head alone: "the minister" is no Prime Minister, "the
      // president" no Vice President)
      for (const kk of new Set(titleRanks(k) ? [k] : [k, `~${last}`])) {
        const list = roleKeys.get(kk) ?? [];
        if (!list.includes(p)) list.push(p);
        roleKeys.set(kk, list);
      }
    }
  }
  if (roleKeys.size) {
    const covered = (start: number, end: number) => {
      if (appositives) for (let a = 0; a < appositives.length; a += 2) if (appositives[a]! < end && start < appositives[a + 1]!) return true;
      return raw.some((m) => m.start < end && start < m.end);
    };
    sentences.forEach((s) => {
      for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
        const tt = tokens[i]!.text;
        if (tt.length !== 3 || tt.toLowerCase() !== 'the') continue;
        let j = i + 1;
        const phrase: string[] = [];
        while (j < s.tokenEnd && (isTitleWord(tokens[j]!.text) || (phrase.length === 0 && (countryOfDemonym(tokens[j]!.text) || countryOfName(tokens[j]!.text))))) {
          phrase.push(tokens[j]!.text);
          j++;
        }
        const core = phrase.filter((x) => isTitleWord(x));
        if (!core.length || !TITLE_HEADS.has(core[core.length - 1]!.toLowerCase())) continue;
        // "the President Lula" is a titled name, not a reference by role.
        const after = tokens[j];
        if (after && /^\p{Lu}/u.test(after.text) && after.kind === 'word') continue;
        const start = tokens[i]!.start;
        const end = tokens[j - 1]!.end;
        if (covered(start, end)) continue;
        const k = core.join(' ').toLowerCase();
        let cands = roleKeys.get(k) ?? [];
        if (!cands.length && core.length === 1) cands = roleKeys.get(`~${k}`) ?? [];
        if (cands.length !== 1) continue;
        const c = cands[0]!;
        // a role in apposition to another person's name is that person's: "Iván Cepeda, the senator
        // who brought the complaint, ... María Fernanda Cabal, a senator," is no mention of Cabal
        if (appositiveToOtherPerson(text, raw, start, c) && !ROLE_AS_SUBJECT.test(tokens[j]?.text ?? '')) continue;
        c.mentions.push({ start, end, type: 'PERSON', words: [], titles: [], honorific: null });
        i = j - 1;
      }
    });
  }
}
