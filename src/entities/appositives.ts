/**
 * What an article says a name is, right after it: "Unite, the union representing the drivers,",
 * "Elk Grove, a city of 180,000 people,", "Oatly is a Swedish company". The noun of such an
 * appositive or copula types the name (a union is an organisation, a city a place) better than
 * the name's own words, and it finds names the tagger missed because they are common words
 * ("Unite", "Shelter").
 * Pure functions over a sentence's words and spans (type 1 ORG, 2 LOC); resolve.ts applies them.
 */
import type { NameLists } from './retype.js';
import type { TokenSpan } from './tags.js';
import { isTitleWord, TITLE_HEADS } from './titles.js';

const ORG = 1;
const LOC = 2;

/** Nouns that make what they describe an organisation. */
const BODY_NOUNS = new Set([
  'union', 'party', 'company', 'charity', 'group', 'firm', 'bank', 'lender', 'insurer', 'airline', 'carrier', 'retailer', 'chain',
  'supermarket', 'grocer', 'foundation', 'trust', 'campaign', 'organisation', 'organization', 'association', 'network', 'coalition',
  'alliance', 'movement', 'agency', 'regulator', 'watchdog', 'broadcaster', 'newspaper', 'publisher', 'startup', 'start-up',
  'nonprofit', 'non-profit', 'think-tank', 'consortium', 'cooperative', 'co-operative', 'manufacturer', 'carmaker', 'automaker',
  'chipmaker', 'drugmaker', 'utility', 'conglomerate', 'brewer', 'society', 'club', 'consultancy', 'operator', 'supplier',
  'outlet', 'website', 'platform', 'brokerage', 'fund', 'partnership', 'venture',
]);

/** Nouns that make what they describe a place. */
const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'suburb', 'county', 'district', 'province', 'region', 'state', 'country', 'island', 'neighbourhood',
  'neighborhood', 'borough', 'municipality', 'hamlet', 'port', 'enclave', 'township', 'commune', 'oblast', 'prefecture',
]);

/** What may follow the noun of an appositive that describes the name: the noun is its head, not a modifier ("the party leader"). */
const AFTER_HEAD = new Set([
  ',', '.', ';', ':', ')', '—', '–', '--', 'that', 'which', 'who', 'whose', 'where', 'representing', 'behind', 'for', 'of', 'in',
  'based', 'founded', 'with', 'near', 'at', 'known', 'run', 'led', 'owned', 'backed', 'funded', 'set', 'created', 'formed',
  'serving', 'supporting', 'campaigning', 'working', 'south', 'north', 'east', 'west', 'outside', 'home', 'famous', 'best',
  'between', 'by',
]);

const ARTICLES = new Set(['a', 'an', 'the']);

/** Nouns that also count members: "a group of boy scouts", "a network of volunteers". */
const COLLECTIVES = new Set(['group', 'network', 'chain', 'coalition', 'alliance', 'union', 'association', 'consortium', 'society']);

/** The index of the "'s" after one to three capitalised words from `k` ("Latin America 's"), or -1. */
function possessiveNameEnd(w: readonly string[], k: number): number {
  let n = k;
  while (n < w.length && n - k < 3 && /^\p{Lu}[\p{L}.-]*$/u.test(w[n]!)) n++;
  return n > k && (w[n] === "'s" || w[n] === '’s') ? n : -1;
}

/**
 * The type an appositive or a copula right after a name gives it: ", the union representing",
 * ", a small charity that", " is a Swedish company", " is a city of"; -1 when there is none.
 * Up to three modifiers may stand before the noun ("a Sacramento homelessness charity").
 */
export function typeFromDescription(w: readonly string[], start: number, end: number): number {
  let k = end;
  if (w[k] === ',') k++;
  else if (w[k] === 'is' || w[k] === 'was') k++;
  else return -1;
  // (or a place's possessive after the comma: "Itau Unibanco, Latin America's largest bank by assets,")
  if (!ARTICLES.has(w[k] ?? '')) k = w[end] === ',' ? possessiveNameEnd(w, k) : -1;
  if (k < 0) return -1;
  for (let n = k + 1; n < Math.min(w.length, k + 5); n++) {
    const x = w[n]!;
    const l = x.toLowerCase();
    if ((BODY_NOUNS.has(l) || PLACE_NOUNS.has(l)) && x === l && (n + 1 >= w.length || AFTER_HEAD.has(w[n + 1]!))) {
      // "near the city of Turnhout, a group of boy scouts": after a preposition, "a group of" opens a clause of its own
      // "Mt. Lhotse, a leading newspaper, The Himalayan Times, reported": the description is of the name after it
      if (w[n + 1] === ',' && /^\p{Lu}/u.test(w[n + 2] ?? '')) return -1;
      if (w[n + 1] === 'of' && COLLECTIVES.has(l) && start > 0 && (w[start - 1] === 'of' || FRONTING.has(w[start - 1]!.toLowerCase()))) return -1;
      return BODY_NOUNS.has(l) ? ORG : LOC;
    }
    if (!/^[\p{L}][\p{L}-]*$/u.test(x)) return -1;
    // a preposition closes the appositive's head: in "Jane Chebet, a spokeswoman for the party,"
    // the party is what she speaks for, not what she is
    if (n > k + 1 && HEAD_COMPLEMENTS.has(x)) return -1;
  }
  return -1;
}

/** Prepositions that open what the head of an appositive is of or for. */
const HEAD_COMPLEMENTS = new Set(['for', 'of', 'at', 'with', 'in', 'to', 'on', 'from', 'by']);

/** Capitalised words that open a sentence as a clause's lead-in, never as a name: "However, the union, which ...". */
const LEAD_INS = new Set([
  'however', 'meanwhile', 'instead', 'separately', 'yesterday', 'today', 'tonight', 'now', 'still', 'also', 'then', 'indeed',
  'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'likewise', 'similarly', 'finally', 'first', 'second', 'third', 'next',
  'again', 'here', 'there', 'overall', 'elsewhere', 'earlier', 'later', 'previously', 'locally', 'nationally', 'critics', 'officials',
  'analysts', 'locals', 'residents', 'experts', 'ultimately', 'originally', 'initially', 'currently', 'recently', 'historically',
  'this', 'that', 'it', 'there', 'what', 'everyone', 'everything', 'someone', 'something', 'one', 'each', 'which', 'who', 'he',
  'she', 'they', 'we', 'you', 'these', 'those', 'both', 'all', 'some', 'many', 'most', 'together', 'thus', 'so', 'but', 'and',
  'besides', 'additionally', 'otherwise', 'accordingly', 'consequently', 'hence', 'therefore', 'altogether', 'anyway',
  // adverbs of place and time that open a scene: "Nearby, a group of women sat ..." is no group named "Nearby"
  'nearby', 'outside', 'inside', 'abroad', 'overseas', 'afterwards', 'afterward', 'upstairs', 'downstairs', 'overhead', 'offshore',
  'nationwide', 'worldwide', 'downstream', 'upstream', 'downtown', 'inland', 'everywhere', 'somewhere', 'nowhere', 'soon',
  'shortly', 'suddenly', 'sometimes', 'often', 'usually', 'eventually', 'already', 'tomorrow', 'once', 'since', 'beyond', 'below',
  'above', 'behind', 'ahead', 'around',
]);

const CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Prepositions before a fronted phrase, whose name is the phrase's ("In Lagos, the charity ..."). */
const FRONTING = new Set(['in', 'at', 'on', 'from', 'to', 'near', 'across', 'outside', 'inside', 'throughout', 'for', 'with', 'by', 'around', 'within', 'after', 'before', 'like', 'unlike']);

function isNameWord(x: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(x) && x !== x.toUpperCase() && !LEAD_INS.has(x.toLowerCase()) && !CALENDAR.test(x);
}

/**
 * A run of capitalised words the tagger left untagged before an appositive or a copula that says
 * what they name ("Unite, the union representing many drivers,", "Korvane is a Finnish company"):
 * a span of the description's type. Not after
 * a preposition (a fronted phrase), nor a lead-in ("However, the union, which ...").
 */
export function namesBeforeDescription(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let end = 1; end < w.length; end++) {
    if (w[end] !== ',' && w[end] !== 'is') continue;
    if (!isNameWord(w[end - 1]!)) continue;
    let start = end - 1;
    while (start > 0 && isNameWord(w[start - 1]!)) start--;
    // the run opens the sentence or a clause after a mark; after a word or a possessive it is a name's tail
    if (start > 0 && (FRONTING.has(w[start - 1]!.toLowerCase()) || /^[\p{L}'’]/u.test(w[start - 1]!))) continue;
    if (w.slice(start, end).every((x) => isTitleWord(x))) continue;
    if ((out ?? spans).some((sp) => sp.start < end && start < sp.end)) continue;
    const type = typeFromDescription(w, start, end);
    if (type < 0) continue;
    out ??= spans.slice();
    out.push({ start, end, type });
  }
  return out ? out.sort((a, b) => a.start - b.start) : (spans as TokenSpan[]);
}

/** Parts of a company that an appositive after them names: "its Chilean unit, Minera Andes Sur". */
const PART_NOUNS = new Set(['unit', 'subsidiary', 'division', 'affiliate', 'arm', 'parent']);

/** Determiners that open the description before such an appositive. */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);

/** What may close an appositive name: the description's comma again, or the sentence's end. */
const APPOSITIVE_CLOSERS = new Set([',', '.', ';', ')', '—', '–']);

/**
 * The type a description right before a name gives it: "the union, United Steelworkers,", "its
 * Chilean unit, Minera Andes Sur.", "the city, Elk Grove,"; -1 when there is none. The name must
 * close the apposition (a comma or the sentence's end), so "the company, Smith said" stays a
 * person speaking about it. Up to two modifiers may stand between determiner and noun.
 */
export function typeFromDescriptionBefore(w: readonly string[], start: number, end: number): number {
  if (start < 3 || w[start - 1] !== ',') return -1;
  if (end < w.length && !APPOSITIVE_CLOSERS.has(w[end]!)) return -1;
  const noun = w[start - 2]!;
  if (noun !== noun.toLowerCase()) return -1;
  const type = BODY_NOUNS.has(noun) || PART_NOUNS.has(noun) ? ORG : PLACE_NOUNS.has(noun) ? LOC : -1;
  if (type < 0) return -1;
  for (let k = start - 3; k >= Math.max(0, start - 5); k--) {
    const x = w[k]!;
    // ("the head of the Shas party, Arieh Deri": the name is the head's; "in the country, Huang
    // Jiefu, ... told": a phrase of place before a new clause's subject)
    if (DESCRIPTION_OPENERS.has(x.toLowerCase())) return k > 0 && complementOfAnother(w, k - 1) ? -1 : type;
    if (!/^[\p{L}][\p{L}-]*$/u.test(x)) return -1;
  }
  return -1;
}

/** Prepositions before a description that make it a phrase of place or manner, not an apposition's head. */
const OPENS_PHRASE_BEFORE = new Set(['in', 'at', 'on', 'from', 'to', 'for', 'with', 'by', 'across', 'over', 'into', 'throughout', 'inside', 'outside', 'near', 'within', 'around', 'about', 'under', 'against']);
/** People a body has, whose "of" phrase a name after it is apposed to: "the members of the coalition, X". */
const PEOPLE_OF = new Set(['members', 'member', 'administrator', 'administrators', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'owner', 'owners', 'boss', 'staff']);

/**
 * Whether the word at `p`, before a description's determiner, makes the description the
 * complement of something else: a preposition ("in the country, Huang Jiefu, ... told"), or "of"
 * after a person's noun ("the head of the Shas party, Arieh Deri"); "the sale of its unit, X" keeps it.
 */
function complementOfAnother(w: readonly string[], p: number): boolean {
  const x = w[p]!.toLowerCase();
  // (the agent of a passive is the description the name is apposed to: "was confirmed by her
  // publisher, Companhia das Letras, which said")
  if (x === 'by' && p > 0 && /^\p{Ll}+ed$/u.test(w[p - 1]!)) return false;
  if (OPENS_PHRASE_BEFORE.has(x)) return true;
  if (x !== 'of' || p === 0) return false;
  const head = w[p - 1]!;
  return isTitleWord(head) || PEOPLE_OF.has(head.toLowerCase());
}

/** Nouns of a body whose name stands before them as the name, not as a modifier: "the United Steelworkers union". */
const NAMED_BODY_NOUNS = new Set(['union', 'party', 'movement', 'coalition', 'alliance', 'federation']);

/**
 * Whether a name the tagger called a place is a body's name before its noun: "The United
 * Steelworkers union called ...". A known place stays a place ("the Ontario party") — the
 * caller asks the lists; here only the frame "the <name> union" is read.
 */
export function namesBodyBeforeItsNoun(w: readonly string[], start: number, end: number): boolean {
  return start > 0 && w[start - 1]!.toLowerCase() === 'the' && end < w.length && NAMED_BODY_NOUNS.has(w[end]!);
}

/** Nouns of a medium whose name follows them without a comma: "the newspaper El Pais", "broadcaster Onda Cero". */
const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'broadcaster', 'magazine', 'tabloid', 'website', 'outlet', 'paper', 'channel', 'network', 'journal']);
/**
 * Kinds of body whose name follows them the same way ("housing charity Shelter", "carmaker
 * Stellantis"); a person may be one too ("insurer Thierry Dehaan"), so a name of two words the
 * tagger took for a person stays one.
 */
const BODY_KIND_NOUNS = new Set([
  'charity', 'watchdog', 'regulator', 'ngo', 'think-tank', 'thinktank', 'nonprofit', 'non-profit', 'carmaker', 'automaker',
  'retailer', 'airline', 'lender', 'insurer', 'chipmaker', 'drugmaker', 'conglomerate', 'supermarket', 'startup', 'start-up',
  'operator',
]);
/** Media nouns that need the word before them: "radio station", "news agency". */
const MEDIA_COMPOUNDS = new Map([['station', ['radio', 'television', 'tv']], ['agency', ['news']]]);

/** The name right after a noun of a medium: "told the radio station Cadena SER", "the daily Granma". */
function followsMediaNoun(w: readonly string[], start: number): boolean {
  const noun = w[start - 1] ?? '';
  if (MEDIA_NOUNS.has(noun)) return true;
  return start >= 2 && (MEDIA_COMPOUNDS.get(noun)?.includes(w[start - 2]!.toLowerCase()) ?? false);
}

/** "Athens-based", "Tokyo-listed", "family-owned": a compound adjective of where or how a firm is held or based. */
const FIRM_COMPOUND = /^[\p{L}.]+-(?:based|headquartered|listed|owned|registered)$/u;

/**
 * "Athens-based Delta Tankers", "Hong Kong-listed Cathay": a name right after a compound of
 * where a firm is based or listed is the firm, not a person or a place (the tagger reads
 * "Delta Tankers" as a person). A person after such a compound opens with a given name and is
 * left to the caller; a place the lists know stays one ("a London-based Nigeria expert").
 */
export function followsFirmCompound(w: readonly string[], start: number, end: number, tagged: string, lists: NameLists): boolean {
  if (start === 0 || !FIRM_COMPOUND.test(w[start - 1]!)) return false;
  return tagged === 'PERSON' || (tagged === 'LOC' && !lists.knownPlace(w.slice(start, end)));
}

/** What kind of armed or militant group a name after "group" is: "the rebel group Hayat Tahrir al-Sham". */
const ARMED_KINDS = new Set(['rebel', 'militant', 'armed', 'jihadist', 'islamist', 'insurgent', 'extremist', 'separatist', 'paramilitary', 'terrorist', 'guerrilla', 'guerilla']);

/**
 * "the rebel group Hayat Tahrir al-Sham", "the militant group Jama'at Nusrat al-Islam": a name right
 * after "group" (or "groups", "movement", "militia") and a word of armed struggle is the group's,
 * an organisation, though its words read as a person's (the tagger typed "Hayat Tahrir" a person).
 * A group's leader is named after a post: "rebel group leader X".
 */
export function followsArmedGroupNoun(w: readonly string[], start: number): boolean {
  return start >= 2 && /^(?:group|groups|movement|militia)$/.test(w[start - 1]!) && ARMED_KINDS.has(w[start - 2]!.toLowerCase());
}

/**
 * The type the words around a name give it from before it (1 ORG, 2 LOC, -1 none): a description
 * it stands in apposition to, a medium's noun, or a body's noun after a name the tagger took for a place. A
 * tagged person whose name opens with a given name keeps its type ("the firm, John Smith,").
 */
export function typeFromWordsBefore(w: readonly string[], start: number, end: number, tagged: string, lists: NameLists): number {
  if (followsArmedGroupNoun(w, start)) return ORG;
  if (tagged === 'PERSON' && lists.givenName(w[start]!)) return -1;
  const before = typeFromDescriptionBefore(w, start, end);
  if (before >= 0) return before;
  // (an adjective the tagger typed MISC modifies a noun after it: "all daily Vietnamese-language newspapers")
  if (followsMediaNoun(w, start) && !(tagged === 'MISC' && /^\p{Ll}/u.test(w[end] ?? ''))) return ORG;
  if (BODY_KIND_NOUNS.has(w[start - 1] ?? '') && !(tagged === 'PERSON' && end - start > 1)) return ORG;
  if (followsFirmCompound(w, start, end, tagged, lists)) return ORG;
  return tagged === 'LOC' && namesBodyBeforeItsNoun(w, start, end) && !lists.knownPlace(w.slice(start, end)) ? ORG : -1;
}

/**
 * "The National Geology and Mining Service, known as Sernageomin,": the name after ", known as"
 * (", also known as", ", better known as") is another name of the name before the comma and has
 * its type (the tagger read "Sernageomin" as a place). The type index of that span, or -1.
 */
export function typeOfNameKnownAs(w: readonly string[], start0: number, spans: readonly TokenSpan[]): number {
  // ("known as the CGT": an acronym after the article)
  const start = w[start0 - 1] === 'the' && /^\p{Lu}{2,}$/u.test(w[start0]!) ? start0 - 1 : start0;
  if (start < 3 || w[start - 1] !== 'as' || w[start - 2] !== 'known') return -1;
  let comma = start - 3;
  if (w[comma] !== ',' && /^\p{Ll}+ly$|^also$|^better$/u.test(w[comma]!)) comma--;
  if (comma < 1 || w[comma] !== ',') return -1;
  const named = spans.find((x) => x.end === comma);
  return named ? named.type : -1;
}

/** Nouns for a person's kin or counterpart, whose names follow them after a comma: "his counterpart, Sugiono". */
const KIN_NOUNS = new Set([
  'counterpart', 'son', 'sons', 'daughter', 'daughters', 'wife', 'husband', 'widow', 'widower', 'brother', 'brothers', 'sister',
  'sisters', 'grandson', 'granddaughter', 'nephew', 'niece', 'cousin', 'stepson', 'stepdaughter',
]);

/** Words that open the noun phrase of a kin noun: "his son", "their two daughters", "her Indonesian counterpart". */
const KIN_OPENERS = new Set(['his', 'her', 'their', 'its', 'a', 'the', 'two', 'three', 'four', 'five', 'twin', 'eldest', 'youngest', 'only']);

/** Possessives and the article right before a kin noun with the name straight after it: "the brothers Aslam and Jamil Longton", "her son Kofi". */
const KIN_CLOSE_OPENERS = new Set(['the', 'his', 'her', 'their']);

/**
 * True when the words before `start` are ", " after a kin noun the article opens with a possessive
 * or a number, or a kin noun right after "the" or a possessive.
 */
function followsKinNoun(w: readonly string[], start: number): boolean {
  if (KIN_NOUNS.has(w[start - 1] ?? '') && w[start - 1] !== 'counterpart') return KIN_CLOSE_OPENERS.has(w[start - 2]?.toLowerCase() ?? '');
  if (w[start - 1] !== ',' || !KIN_NOUNS.has(w[start - 2] ?? '')) return false;
  for (let k = start - 3; k >= Math.max(0, start - 6); k--) if (KIN_OPENERS.has(w[k]!.toLowerCase())) return true;
  return false;
}

/**
 * "his Indonesian counterpart, Sugiono" (a place), "two daughters, Ifeoma and Adaeze" (a body and
 * a place), "the brothers Aslam and Jamil Longton": a name the tagger does not know, in apposition
 * to a noun for a person's kin or counterpart, is a person; so is a name joined to it by "and".
 * Places the lists know and countries stay ("its counterpart, France").
 */
export function personsAfterKinNouns(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  let prev = -1;
  spans.forEach((sp, i) => {
    const apposed = followsKinNoun(w, sp.start) || (prev === i - 1 && prev >= 0 && w[sp.start - 1] === 'and' && spans[prev]!.end === sp.start - 1);
    if (!apposed) return;
    if (sp.type === 0) { prev = i; return; }
    if (lists.knownPlace(w.slice(sp.start, sp.end)) || w.slice(sp.start, sp.end).some((x) => !/^\p{Lu}\p{Ll}/u.test(x))) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end, type: 0 };
    prev = i;
  });
  return out ?? (spans as TokenSpan[]);
}

const BECOMES = new Set(['becomes', 'became']);
const POST_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'new', 'acting', 'interim']);

/** The end of "[the] health minister" from k: up to three lowercase words ending in a post's head, or -1. */
function postEnd(w: readonly string[], k: number): number {
  if (POST_DETERMINERS.has(w[k] ?? '')) k++;
  for (let n = k; n < Math.min(w.length, k + 3); n++) {
    const x = w[n]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(x)) return -1;
    if (TITLE_HEADS.has(x)) return n + 1;
  }
  return -1;
}

/**
 * "Kwabena Mintah Akandoh becomes health minister and Haruna Iddrisu education minister": a name
 * the tagger does not know (typed a body and a place here) that "becomes" or "became" a post is a
 * person; so is, after "and", a name in the same sentence followed only by its post (the verb
 * left out). Places and bodies the lists know stay ("Ghana became a republic" has no post).
 */
export function personsTakingPosts(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  let fired = false;
  spans.forEach((sp, i) => {
    const words = w.slice(sp.start, sp.end);
    if (words.length < 2 || words.length > 3 || words.some((x) => !/^\p{Lu}\p{Ll}+$/u.test(x))) return;
    let takes = BECOMES.has(w[sp.end] ?? '') && postEnd(w, sp.end + 1) > 0;
    // (the gapped second of a pair: "... and Haruna Iddrisu education minister.")
    if (!takes && fired && w[sp.start - 1] === 'and') {
      const e = postEnd(w, sp.end);
      takes = e > 0 && (e === w.length || /^[.,;]$/.test(w[e]!));
    }
    if (!takes) return;
    fired = true;
    // ("Rodrigo Paz Pereira of the Christian Democratic Party became president": the body is the
    // complement of the name before it, whose bearer takes the post)
    const of = w[sp.start - 1] === 'the' ? sp.start - 2 : sp.start - 1;
    if (w[of] === 'of' || BODY_NOUNS.has(words[words.length - 1]!.toLowerCase())) return;
    if (sp.type === 0 || lists.knownPlace(words) || lists.knownOrganisation(words.join(' ').toLowerCase())) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end, type: 0 };
  });
  return out ?? (spans as TokenSpan[]);
}
