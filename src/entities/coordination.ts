/**
 * Names joined by "and" or in a list are names of one kind: "a deal with Rewe and Edeka", "Aldi,
 * Lidl and Netto". The tagger types each alone, and a company it does not know may come out a
 * place beside one it does. Pure functions over a sentence's words and spans (type 1 ORG, 2 LOC);
 * resolve.ts applies them.
 */
import { countryOfDemonym, countryOfName } from './demonyms.js';
import type { NameLists } from './retype.js';
import { stateOfName } from './states.js';
import type { TokenSpan } from './tags.js';

const ORG = 1;
const LOC = 2;

/** Longest conjunct, in words: a company's short name, not a phrase. */
const MAX_CONJUNCT = 2;

function isLink(w: readonly string[], a: TokenSpan, b: TokenSpan): boolean {
  if (b.start - a.end === 1) return w[a.end] === 'and' || w[a.end] === 'or' || w[a.end] === ',' || w[a.end] === '&';
  return b.start - a.end === 2 && w[a.end] === ',' && (w[a.end + 1] === 'and' || w[a.end + 1] === 'or');
}

/** A place the tagger guessed: no country, state or place the lists know, no demonym. */
function isUnknownPlace(w: readonly string[], sp: TokenSpan, lists: NameLists): boolean {
  const name = w.slice(sp.start, sp.end).join(' ');
  return !countryOfName(name) && !stateOfName(name) && !countryOfDemonym(name) && !lists.knownPlace(w.slice(sp.start, sp.end));
}

const LOCATIVES = new Set(['in', 'near', 'outside', 'across', 'around', 'between', 'to', 'from']);
const PLACE_KINDS = new Set(['cities', 'towns', 'villages', 'provinces', 'regions', 'districts', 'states', 'countries', 'islands', 'capitals', 'ports', 'municipalities', 'counties', 'suburbs', 'areas']);

/** "in Siena and Ravenna", "the cities of Siena and Ravenna": places, whatever club the lists know by the name. */
function afterPlaceWords(w: readonly string[], start: number): boolean {
  const k = w[start - 1] === 'the' ? start - 2 : start - 1;
  if (k < 0) return false;
  const x = w[k]!.toLowerCase();
  // ("demand from Nvidia, Apple and AMD": "from" after a noun of trade says whose, not where)
  if (x === 'from' && k > 0 && TRADE_SOURCE_NOUNS.has(w[k - 1]!.toLowerCase())) return false;
  return LOCATIVES.has(x) || (x === 'of' && k > 0 && PLACE_KINDS.has(w[k - 1]!.toLowerCase()));
}

/** Nouns of trade whose "from" names a buyer, a bidder or a rival: "demand from", "orders from", "competition from". */
const TRADE_SOURCE_NOUNS = new Set(['demand', 'orders', 'order', 'bids', 'bid', 'offers', 'offer', 'interest', 'investment', 'funding', 'backing', 'competition', 'spending', 'purchases', 'sales', 'revenue', 'contracts']);

/**
 * "Demand from Nvidia and other chipmakers" typed a place: after a noun of trade and "from", a
 * name of one or two words that is no country, state, people or place the lists know is the
 * buyer or the rival, a firm ("demand from China", "orders from Europe" stay places).
 */
export function firmsAfterTradeSourceNoun(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const k = sp.start - 1;
    if (sp.type !== LOC || sp.end - sp.start > MAX_CONJUNCT || k < 1 || w[k] !== 'from' || !TRADE_SOURCE_NOUNS.has(w[k - 1]!.toLowerCase())) return;
    if (!isUnknownPlace(w, sp, lists)) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** An organisation the lists know as one and not as a place ("Rewe", "Oxfam"): a conjunct to type the others by. */
function isKnownOrganisation(w: readonly string[], sp: TokenSpan, lists: NameLists): boolean {
  const name = w.slice(sp.start, sp.end);
  if (lists.knownPlace(name)) return false;
  return name.length === 1 ? lists.organisationWord(name[0]!) : lists.knownOrganisation(name.join(' ').toLowerCase());
}

/**
 * In a run of coordinated short names with an organisation the lists know among them, a place the
 * lists do not know is an organisation too: "Rewe and Edeka" (Edeka tagged a place). A known place
 * stays ("Oxfam and Kenya"); the tagger's organisation alone is no guide, as it often types the
 * first of two towns an organisation ("the towns of Torbat Jam and Tayyebad").
 */
export function organisationsInCoordination(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  let i = 0;
  while (i < spans.length) {
    let j = i;
    while (j + 1 < spans.length && isLink(w, spans[j]!, spans[j + 1]!)) j++;
    const run = spans.slice(i, j + 1);
    // a list ends in "and" or "or": "Interstate 95 on the East Coast, Interstates 80 and 90" is none
    const last = j > i ? w.slice(spans[j - 1]!.end, spans[j]!.start) : [];
    if (run.length > 1 && !afterPlaceWords(w, spans[i]!.start) && last.some((x) => x === 'and' || x === 'or' || x === '&') && run.every((sp) => sp.end - sp.start <= MAX_CONJUNCT) && run.some((sp) => sp.type === ORG && isKnownOrganisation(w, sp, lists))) {
      for (let k = i; k <= j; k++) {
        const sp = spans[k]!;
        if (sp.type === LOC && isUnknownPlace(w, sp, lists)) {
          out ??= spans.slice();
          out[k] = { start: sp.start, end: sp.end, type: ORG };
        }
      }
      const typed = out ?? spans;
      const lone = lonePlaceAmongOrganisations(w, typed, i, j);
      if (lone >= 0) {
        out ??= spans.slice();
        out[lone] = { start: typed[lone]!.start, end: typed[lone]!.end, type: ORG };
      }
    }
    i = j + 1;
  }
  return out ?? (spans as TokenSpan[]);
}

/**
 * "Google, Amazon and Meta": one place among organisations only, a place the lists know that is no
 * country, state or people ("Amazon" the river), is a company named like it. Returns its index in
 * spans[i..j], or -1. A country stays ("Oxfam and Kenya").
 */
function lonePlaceAmongOrganisations(w: readonly string[], spans: readonly TokenSpan[], i: number, j: number): number {
  let place = -1;
  for (let k = i; k <= j; k++) {
    const sp = spans[k]!;
    if (sp.type === ORG) continue;
    if (sp.type !== LOC || place >= 0) return -1;
    place = k;
  }
  if (place < 0) return -1;
  const name = w.slice(spans[place]!.start, spans[place]!.end).join(' ');
  return countryOfName(name) || stateOfName(name) || countryOfDemonym(name) ? -1 : place;
}

/** People counted in the plural at firms: "analysts at", "economists from". */
const STAFF = new Set([
  'analysts', 'economists', 'strategists', 'traders', 'executives', 'bankers', 'brokers', 'researchers', 'scientists', 'engineers',
  'lawyers', 'staff', 'workers', 'employees', 'shareholders', 'investors', 'officials', 'sources', 'managers', 'employers',
]);

/**
 * "Analysts at Berenberg and Jefferies said": one span "A and B" of two single words after people
 * in the plural "at" or "from" is two firms, as is one followed by "both" ("Lumo and Fennix have
 * both cut jobs"). "Marks and Spencer" alone stays one.
 */
export function splitFirmsAfterPluralStaff(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== ORG || sp.end - sp.start !== 3 || (w[sp.start + 1] !== 'and' && w[sp.start + 1] !== '&')) return;
    const staff = sp.start > 1 && (w[sp.start - 1] === 'at' || w[sp.start - 1] === 'from') && STAFF.has(w[sp.start - 2]!.toLowerCase());
    const both = w[sp.end] === 'both' || (w[sp.end + 1] === 'both' && /^(have|are|were|had|will)$/.test(w[sp.end] ?? ''));
    if (!staff && !both) return;
    out ??= spans.slice();
    out.splice(out.indexOf(sp), 1, { start: sp.start, end: sp.start + 1, type: ORG }, { start: sp.end - 1, end: sp.end, type: ORG });
  });
  return out ?? (spans as TokenSpan[]);
}

/** Participles whose "by" names an owner or a backer: firms, investors or people, never places. */
const BACKED = new Set(['backed', 'funded', 'owned', 'acquired', 'bought', 'financed', 'controlled']);

/** A place's name: a country, a state, or one word the lists know as a place. */
function isPlaceName(name: readonly string[], lists: NameLists): boolean {
  const whole = name.join(' ');
  return !!countryOfName(whole) || !!stateOfName(whole) || (name.length === 1 && lists.knownPlace(name));
}

/** Nouns for a deal's moneyed parties: "investors including Silver Lake and Mubadala". */
const INVESTORS = new Set(['investors', 'backers', 'shareholders', 'lenders', 'bidders', 'suitors', 'buyers', 'funds']);

/** Whether the name at `start` follows "investors including", "backers such as", "shareholders like". */
function afterInvestorsIncluding(w: readonly string[], start: number): boolean {
  const k = w[start - 1] === 'including' || w[start - 1] === 'like' ? start - 2 : w[start - 1] === 'as' && w[start - 2] === 'such' ? start - 3 : -1;
  return k >= 0 && INVESTORS.has(w[k]!.toLowerCase());
}

/**
 * "a startup backed by Sequoia India and Accel", "owned by Norvik": the names after "backed by"
 * the tagger called places are the backers, organisations; so are those after "investors
 * including" or "backers such as" ("investors including Silver Lake and Mubadala", session 15). A
 * country ("backed by France") stays.
 */
export function backersTypedAsPlaces(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    if (sp.start < 2 || !((w[sp.start - 1] === 'by' && BACKED.has(w[sp.start - 2]!.toLowerCase())) || afterInvestorsIncluding(w, sp.start))) continue;
    let j = i;
    while (j + 1 < spans.length && isLink(w, spans[j]!, spans[j + 1]!)) j++;
    for (let k = i; k <= j; k++) {
      const c = spans[k]!;
      if (c.type !== LOC || isPlaceName(w.slice(c.start, c.end), lists)) continue;
      out ??= spans.slice();
      out[k] = { start: c.start, end: c.end, type: ORG };
    }
    i = j;
  }
  return out ?? (spans as TokenSpan[]);
}

/** Staff only a firm employs: they come "from" their employer, not from a place (`employersOfPluralStaff`). */
const FIRM_STAFF = new Set(['executives', 'bankers', 'brokers', 'traders', 'shareholders']);

/**
 * "Economists at Panmure and Numis expect": names after people in the plural and "at" are
 * their employers, each an organisation, unless the lists know it as a place ("workers at Leeds").
 */
export function employersOfPluralStaff(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    // "at", not "from": "workers from Kismayo", "officials from Uganda" are where they came from;
    // but a firm's own staff come "from" their firm: "Executives from Tesla and Kia met officials"
    if (sp.start < 2 || !STAFF.has(w[sp.start - 2]!.toLowerCase())) continue;
    if (w[sp.start - 1] !== 'at' && !(w[sp.start - 1] === 'from' && FIRM_STAFF.has(w[sp.start - 2]!.toLowerCase()))) continue;
    let j = i;
    while (j + 1 < spans.length && isLink(w, spans[j]!, spans[j + 1]!)) j++;
    // a list ends in "and" or "or"; without one only the first name is the employer's
    if (j > i && !w.slice(spans[j - 1]!.end, spans[j]!.start).some((x) => x === 'and' || x === 'or' || x === '&')) j = i;
    for (let k = i; k <= j; k++) {
      const c = spans[k]!;
      if (c.type === ORG || lists.knownPlace(w.slice(c.start, c.end)) || countryOfName(w.slice(c.start, c.end).join(' '))) continue;
      out ??= spans.slice();
      out[k] = { start: c.start, end: c.end, type: ORG };
    }
    i = j;
  }
  return out ?? (spans as TokenSpan[]);
}

/**
 * "rivals including Cerebras, Groq and SambaNova" with "Groq" tagged a person: in a list of three
 * or more one-word names ending in "and" or "or", one person among bodies only, whose word is no
 * given name the lists know, is a body too (a person among firms is written with a given name).
 */
export function lonePersonAmongOrganisations(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  let i = 0;
  while (i < spans.length) {
    let j = i;
    while (j + 1 < spans.length && isLink(w, spans[j]!, spans[j + 1]!)) j++;
    if (j - i >= 2 && w.slice(spans[j - 1]!.end, spans[j]!.start).some((x) => x === 'and' || x === 'or')) {
      let person = -1;
      let lone = true;
      for (let k = i; k <= j && lone; k++) {
        const sp = spans[k]!;
        if (sp.end - sp.start !== 1) lone = false;
        else if (sp.type === 0) {
          if (person >= 0) lone = false;
          person = k;
        } else if (sp.type !== ORG) lone = false;
      }
      if (lone && person >= 0 && !lists.givenName(w[spans[person]!.start]!)) {
        out ??= spans.slice();
        out[person] = { start: spans[person]!.start, end: spans[person]!.end, type: ORG };
      }
    }
    i = j + 1;
  }
  return out ?? (spans as TokenSpan[]);
}
