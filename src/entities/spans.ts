/**
 * Repairs to a sentence's tagged spans before they are typed one by one: names the tagger cut at
 * a lowercase word ("Faisal bin Farhan", "Abdel Fattah al-Sisi", "Pacific Gas and Electric Co.",
 * "Center for Research and Islamic Studies", "Ministry of Foreign Affairs"), two organisations in
 * one span, a post and a person inside one organisation's span ("Butte County Sheriff Kory
 * Honea"), names in a list of places, and a participle opening a sentence.
 * Pure functions over a sentence's words and spans (type 0 PER, 1 ORG, 2 LOC, 3 MISC); resolve.ts
 * applies them.
 */
import { countryOfDemonym, countryOfName } from './demonyms.js';
import type { PersonEvidence, NameLists } from './retype.js';
import type { TokenSpan } from './tags.js';
import { isTitleModifier, isTitleWord, TITLE_HEADS } from './titles.js';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

/** Lowercase particles inside a person's name, one or two of them: "bin", "van der", "de la". */
// ("dela", "delos": Filipino surnames, "Ronald dela Rosa", "Leila de Lima" already joins on "de")
// ("arap": the Kalenjin "son of", "Daniel arap Moi")
const PERSON_PARTICLES = new Set(['bin', 'ibn', 'bint', 'ben', 'van', 'von', 'de', 'del', 'della', 'dela', 'delos', 'da', 'di', 'du', 'des', 'do', 'der', 'den', 'la', 'le', 'ter', 'ten', 'dos', 'das', 'y', 'arap']);

/** How many particle words start at i (0, 1 or 2): "van der Wal" -> 2. */
function particlesAt(w: readonly string[], i: number): number {
  let n = 0;
  while (n < 2 && i + n < w.length && PERSON_PARTICLES.has(w[i + n]!)) n++;
  return n;
}

/**
 * "Prince Faisal bin Farhan Al Saud" tagged as two people, "Faisal" and "Farhan Al Saud": two
 * person spans with only a name particle between them are one person's name. (The particle is
 * lowercase, so it is never an English word that could end one name and start a clause; after
 * "bin" the second span may be typed anything: "Mohammed bin Salman".) So are
 * two organisations with a Romance particle between them: "Puertos del Estado".
 */
export function joinPersonAcrossParticle(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const n = particlesAt(w, a.end);
    const joins = a.type === PER || (a.type === ORG && ROMANCE_PARTICLES.has(w[a.end]!));
    // ("Crown Prince Mohammed bin Salman" tagged a person and a place: after "bin", "ibn" or "bint"
    // the father's name is the person's whatever the tagger typed it; no body or place has them)
    const patronymic = a.type === PER && n === 1 && PATRONYMIC_PARTICLES.has(w[a.end]!);
    if (b && n > 0 && joins && (b.type === a.type || patronymic) && b.start === a.end + n) {
      out.push({ start: a.start, end: b.end, type: a.type });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * "Senator Ronald dela Rosa said": the tagger stops at the particle and leaves the surname out of
 * every span. A person's span, one or two particles, and a capitalised word no span holds (no
 * day, month, country or title) is one name. ("do" and "y" are left out: "what would Biden do
 * Monday", Spanish "y" joins two names as often as it joins a surname.)
 */
export function extendPersonOverParticleSurname(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((a, i) => {
    if (a.type !== PER) return;
    const n = particlesAt(w, a.end);
    if (n === 0 || w.slice(a.end, a.end + n).some((x) => x === 'do' || x === 'y')) return;
    const k = a.end + n;
    const s = w[k] ?? '';
    if (!/^\p{Lu}\p{Ll}+$/u.test(s) || spans[i + 1]?.start === k || CALENDAR.test(s) || isTitleWord(s) || countryOfName(s) || countryOfDemonym(s)) return;
    out ??= spans.slice();
    out[i] = { start: a.start, end: k + 1, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

const OPENING_QUOTES = new Set(['"', '“', "'", '‘', '``']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’', "''"]);

/**
 * "Senator Ronald \"Bato\" dela Rosa", "Joaquin \"El Chapo\" Guzman", "Thomas \"Tip\" O'Neill": a
 * nickname in quotes between the given name and the surname breaks the tagger's span (it makes
 * "Ronald \"Bato" and "Rosa" of it, or three people). A person's span up to the opening quote, one
 * to three capitalised words in quotes, then (after particles) a person's span or a capitalised
 * word no span holds, is one person's name.
 */
export function joinNameAroundNickname(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let i = 1; i + 3 < w.length; i++) {
    if (!OPENING_QUOTES.has(w[i]!)) continue;
    let j = i + 1;
    while (j < w.length && j <= i + 3 && /^\p{Lu}/u.test(w[j]!)) j++;
    if (j === i + 1 || !CLOSING_QUOTES.has(w[j] ?? '')) continue;
    const a = out.find((x) => x.start <= i - 1 && i - 1 < x.end);
    if (!a || !/^\p{Lu}\p{Ll}/u.test(w[i - 1]!)) continue;
    const k = j + 1 + particlesAt(w, j + 1);
    const s = w[k] ?? '';
    if (!/^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(s) || CALENDAR.test(s) || isTitleWord(s)) continue;
    const b = out.find((x) => x.start === k);
    if (b && b.type !== PER) continue;
    // a lone given name the tagger typed otherwise ('Ismael "El Mayo" Zambada', "Ismael" a place)
    // is the person's when the surname after the nickname is a person's span
    if (a.type !== PER && !(b && a.end - a.start === 1 && a.end === i)) continue;
    const end = b ? b.end : k + 1;
    if (!b && out.some((x) => x.start < k + 1 && x.end > k)) continue;
    out = out.filter((x) => x.end <= a.start || x.start >= end);
    out.push({ start: a.start, end, type: PER });
    out.sort((x, y) => x.start - y.start);
    i = end - 1;
  }
  return out;
}

/** Arabic particles of descent ("son of", "daughter of"), inside people's names only. */
const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'bint']);

/** Particles inside bodies' names in Romance languages: "Puertos del Estado", "Caisse des Dépôts". */
const ROMANCE_PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'du', 'des', 'do', 'dos', 'das']);

/** An Arabic surname with its article, lowercase in English copy: "al-Sisi", "el-Baradei", "bin-Laden". */
const ARTICLED_SURNAME = /^(?:al|el|ad|as|ash|at|az|ul|bin)[-‐]\p{Lu}/u;

/**
 * "President Abdel Fattah al-Sisi" tagged "Abdel Fattah" (and "al-Sisi" apart, or nothing): the
 * lowercase article makes the tagger stop, but an articled surname right after a person's name
 * ends that name. A span of the surname alone is taken in.
 */
export function extendPersonOverArticledSurname(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    if (a.type !== PER || !ARTICLED_SURNAME.test(w[a.end] ?? '')) continue;
    const b = spans[i + 1];
    // a span of other words after it stops the name at the surname ("al-Sisi" alone may be tagged MISC)
    if (b && b.start === a.end && b.end !== a.end + 1) continue;
    out ??= spans.slice();
    const k = out.indexOf(a);
    out.splice(k, b && b.start === a.end ? 2 : 1, { start: a.start, end: a.end + 1, type: PER });
    if (b && b.start === a.end) i++;
  }
  return out ?? (spans as TokenSpan[]);
}

/**
 * Nouns for who a person is to another, not posts, that stand right before a name as a title
 * does: "her predecessor Andrés Manuel López Obrador", "his rival Kemal Kilicdaroglu". Only a
 * given name the lists know is taken across after them.
 */
const PEERS_BEFORE_NAME = new Set(['predecessor', 'successor', 'rival', 'challenger', 'opponent', 'ally']);

/**
 * "Mexican President Andrés Manuel López Obrador" tagged "Manuel López Obrador": a capitalised
 * word between a title and a person's span that the lists know as a given name is the person's
 * first name, not part of the title. After a capitalised title ("Supervisor Rich Desmond") any
 * capitalised word there is, even one that is also a common word: nothing else stands between
 * a title and a name but the name.
 */
export function extendPersonOverGivenName(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((a, i) => {
    const g = a.start - 1;
    if (a.type !== PER || g < 1 || !/^\p{Lu}\p{Ll}/u.test(w[g]!) || isTitleWord(w[g]!)) return;
    const after = w[g - 1]!.toLowerCase();
    if ((!TITLE_HEADS.has(after) && !PEERS_BEFORE_NAME.has(after)) || (i > 0 && spans[i - 1]!.end > g)) return;
    // not after a title word that modifies ("Chief Accountant Natalya Sypron"), nor a post of its own ("Prosecutor-General")
    const titleCased = /^\p{Lu}/u.test(w[g - 1]!) && !isTitleModifier(w[g - 1]!) && !w[g]!.includes('-') && !countryOfName(w[g]!) && !countryOfDemonym(w[g]!);
    if (!lists.givenName(w[g]!) && !(titleCased && TITLE_HEADS.has(after)) && !isLoneTitleBeforeName(w, g)) return;
    out ??= spans.slice();
    out[i] = { start: g, end: a.end, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "Justice Enock Chacha Mwita" tagged "Chacha Mwita": "Justice" also modifies posts ("Justice
 * Minister"), so the rule above does not trust it; but standing alone, not after another
 * capitalised word, and before a plain capitalised word (no title, country or people's adjective)
 * and a person's name of two or more words, it is the judge's title and the word is the given name.
 */
function isLoneTitleBeforeName(w: readonly string[], g: number): boolean {
  const t = w[g - 1]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t) || !TITLE_HEADS.has(t.toLowerCase()) || !isTitleModifier(t) || /^\p{Lu}/u.test(w[g - 2] ?? '')) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(w[g]!) && !countryOfName(w[g]!) && !countryOfDemonym(w[g]!) && /^\p{Lu}/u.test(w[g + 1] ?? '') && /^\p{Lu}/u.test(w[g + 2] ?? '');
}

/**
 * "Sinn Féin leader Mary Lou McDonald" tagged "Mary Lou": a person's span made only of given names
 * lacks the surname when a capitalised word the lists know from people's names (after two given
 * names, any the lists know from no place or body), and no span holds, follows it; the surname is
 * the person's. (A span with a surname of its own, "Tom Smith", is
 * whole: what follows it may be a place or a day.)
 */
export function extendPersonOverSurname(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((a, i) => {
    const s = w[a.end] ?? '';
    if (a.type !== PER || !/^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(s) || spans[i + 1]?.start === a.end) return;
    if (!w.slice(a.start, a.end).every((x) => lists.givenName(x)) || isTitleWord(s) || lists.givenName(s) || countryOfName(s) || countryOfDemonym(s) || CALENDAR.test(s)) return;
    // (after two given names, "Mary Lou", a word the lists know from no place or body is the surname too)
    if (!lists.personNamePart(s) && !(a.end - a.start > 1 && !lists.knownPlace([s]) && !lists.organisationWord(s))) return;
    out ??= spans.slice();
    out[i] = { start: a.start, end: a.end + 1, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Nouns of a body named "<noun> of <what>": "Ministry of Foreign Affairs", "Bank of England", "Friends of the Earth". */
const BODIES_OF = new Set([
  'Ministry', 'Department', 'Bureau', 'Office', 'Institute', 'University', 'Council', 'Commission', 'Committee', 'Bank', 'Academy',
  'Federation', 'Association', 'Board', 'College', 'Faculty', 'Chamber', 'Secretariat', 'Directorate', 'Agency', 'Authority',
  'Society', 'League', 'Union', 'Church', 'Friends',
]);

/** Capitalised words that open a sentence or a name without being a body's: "The", "A", "In". */
const NOT_A_MODIFIER = new Set(['The', 'A', 'An', 'In', 'At', 'On', 'For', 'From', 'By', 'With', 'And', 'But', 'Its', 'His', 'Her', 'Their', 'Our', 'This', 'That']);

/**
 * "China's Ministry of Foreign Affairs" tagged "Foreign Affairs" (ORG), "the Bank of England"
 * tagged "England" (LOC): a capitalised body's noun and "of" (or "of the") right before an
 * organisation or a place open its name, an organisation's, with the capitalised words before
 * the noun that no other span holds ("The Law Society of Kenya", "Friends of the Earth
 * Scotland"). A place stays a place when a tagged name precedes ("the Kestrel Bank of Ohio" with
 * "Kestrel Bank" tagged leaves "Ohio" to the tagger).
 */
export function extendBodyBackOverOf(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((a, i) => {
    const of = w[a.start - 1] === 'the' ? a.start - 2 : a.start - 1;
    const n = of - 1;
    if ((a.type !== ORG && a.type !== LOC) || n < 0 || w[of] !== 'of' || !BODIES_OF.has(w[n]!)) return;
    const previous = i > 0 ? spans[i - 1]! : null;
    const previousEnd = previous ? previous.end : 0;
    if (previousEnd > n) return;
    let start = n;
    while (start > previousEnd && n - start < 3 && /^\p{Lu}\p{Ll}/u.test(w[start - 1]!) && !NOT_A_MODIFIER.has(w[start - 1]!) && !isTitleWord(w[start - 1]!)) start--;
    // "the Kestrel Bank of Ohio" with "Kestrel Bank" tagged: the place may be the bank's location;
    // a nationality before the noun is no name of its own ("Chinese Ministry of Culture")
    if (a.type === LOC && previous && previousEnd === start && previous.type !== MISC) return;
    out ??= spans.slice();
    out[i] = { start, end: a.end, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Last words of a body whose name joins two fields with "and": "Food and Drink Federation", "Fish and Wildlife Service". */
const BODIES_OF_TWO_FIELDS = new Set([
  'federation', 'association', 'council', 'commission', 'administration', 'society', 'union', 'institute', 'authority', 'agency',
  'board', 'foundation', 'trust', 'department', 'ministry', 'office', 'service', 'alliance', 'committee', 'centre', 'center',
  'coalition', 'league', 'fund', 'organisation', 'organization', 'confederation', 'bureau', 'corporation', 'company',
]);

/**
 * "the Food and Drink Federation" tagged "Drink Federation": a body's name after "and", with "the"
 * (or an owner's "'s") and one capitalised word no span holds before the "and", takes that word in. Without "the"
 * ("Oxfam and Save the Children Fund") the word before "and" may be a name of its own.
 */
export function extendBodyBackOverAnd(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((a, i) => {
    const k = a.start - 2;
    // (the tagger may call such a body a place: "Drink Federation" LOC; its last word says what it is)
    // (an owner's possessive is a determiner too: "the African Union's Peace and Security Council")
    if ((a.type !== ORG && a.type !== LOC) || k < 1 || w[a.start - 1] !== 'and' || !BODIES_OF_TWO_FIELDS.has(w[a.end - 1]!.toLowerCase())) return;
    if (i > 0 && spans[i - 1]!.end > k) {
      const first = fieldsTypedAsName(w, spans[i - 1]!, a.start - 1);
      if (first < 0) return;
      out ??= spans.slice();
      out[i] = { start: first, end: a.end, type: ORG };
      out[i - 1] = { start: first, end: first, type: ORG };
      return;
    }
    if (!/^(?:the|'s|')$/i.test(w[k - 1]!) || !/^\p{Lu}\p{Ll}+$/u.test(w[k]!)) return;
    out ??= spans.slice();
    out[i] = { start: k, end: a.end, type: ORG };
  });
  const joined = out as TokenSpan[] | null;
  return joined ? joined.filter((x) => x.end > x.start) : (spans as TokenSpan[]);
}

/**
 * "the Gaming Inspection and Coordination Bureau" tagged as a place "Gaming Inspection" and a
 * body: the first field of the body's name, when the tagger made it a place or MISC span of two
 * or three plain capitalised words right after "the" and right before the "and", is the body's
 * too. Returns where the body's name starts, or -1. (A body's span there is a body of its own:
 * "the European Union and African Union Commission"; so is a place the lists know.)
 */
function fieldsTypedAsName(w: readonly string[], p: TokenSpan, and: number): number {
  if (p.end !== and || (p.type !== LOC && p.type !== MISC) || p.end - p.start < 2 || p.end - p.start > 3 || p.start === 0) return -1;
  if (!/^(?:the|'s|')$/i.test(w[p.start - 1]!) || !w.slice(p.start, p.end).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x))) return -1;
  return countryOfName(w.slice(p.start, p.end).join(' ')) ? -1 : p.start;
}

/** Plural nouns of administrative areas after the names of several: "the Sumy and Poltava regions". */
const AREAS_AFTER = new Set(['regions', 'provinces', 'districts', 'oblasts', 'states', 'counties', 'governorates', 'prefectures', 'municipalities']);

/**
 * Whether a span is two words or more, one of them two capitalised parts joined by a hyphen that
 * do not end as adjectives do: "Ba Ria-Vung Tau" (which the tagger types MISC, as it types
 * "Austro-Hungarian"), not "Austro-Hungarian Empire".
 */
function isSeveralWordsWithHyphen(w: readonly string[], sp: TokenSpan): boolean {
  return sp.end - sp.start > 1 && w.slice(sp.start, sp.end).some((x) => /^\p{Lu}\p{Ll}*-\p{Lu}\p{Ll}+$/u.test(x) && !/(?:an|ish|ese|ic|i)$/.test(x));
}

/**
 * "over the Sumy and Poltava regions" tagged as one organisation, "the Kent and Sussex counties"
 * as two: the names joined by "and" before a plural noun of areas are each such an area, a place.
 */
export function placesBeforeAreaNouns(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    // (not adjectives, "the Baltic states", "Arab states", nor a body's name, "Organization of American states")
    // (nor compass adjectives, "19 Northern and Northeastern states")
    if ((sp.type === MISC && !isSeveralWordsWithHyphen(w, sp)) || sp.end >= w.length || !AREAS_AFTER.has(w[sp.end]!) || w.slice(sp.start, sp.end).some((x) => x === 'of' || /ern$/.test(x))) return;
    out ??= spans.slice();
    const and = w.indexOf('and', sp.start + 1);
    if (and > sp.start && and < sp.end - 1) {
      out[i] = { start: sp.start, end: and, type: LOC };
      out.push({ start: and + 1, end: sp.end, type: LOC });
    } else out[i] = { start: sp.start, end: sp.end, type: LOC };
    // the names listed before it: "the Kent and [Sussex] counties", "the Sumy, Poltava and [Chernihiv] regions"
    markListedPlaces(w, spans, out, i, -1);
  });
  return out ? (out as TokenSpan[]).sort((a, b) => a.start - b.start) : (spans as TokenSpan[]);
}

/**
 * "counties Galway, Mayo and Clare", "the provinces of Lao Cai and Yen Bai": the names listed right
 * after a plural noun of areas are each such an area, a place, whatever the tagger made of them.
 */
export function placesAfterAreaNouns(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const k = w[sp.start - 1] === 'of' ? sp.start - 2 : sp.start - 1;
    if (sp.type === MISC || k < 0 || !AREAS_AFTER.has(w[k]!)) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end, type: LOC };
    markListedPlaces(w, spans, out, i, 1);
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * Marks in `out` as places the spans listed with span i, walking back (step -1) or on (step 1)
 * while a list's joiner (`isListGap`) stands between neighbours; an adjective (MISC) ends the list.
 */
function markListedPlaces(w: readonly string[], spans: readonly TokenSpan[], out: TokenSpan[], i: number, step: 1 | -1): void {
  for (let j = i + step; j >= 0 && j < spans.length; j += step) {
    const [a, b] = step < 0 ? [spans[j]!, spans[j + 1]!] : [spans[j - 1]!, spans[j]!];
    if (spans[j]!.type === MISC || !isListGap(w.slice(a.end, b.start))) break;
    out[j] = { start: spans[j]!.start, end: spans[j]!.end, type: LOC };
  }
}

/** Legal forms that end a company's name: "Electric Co.", "Gamble Inc". */
const LEGAL_FORMS = new Set(['co.', 'co', 'inc.', 'inc', 'corp.', 'corp', 'ltd.', 'ltd', 'plc', 'llc', 'limited', 'corporation', 'company']);

/**
 * "Pacific Gas and Electric Co." tagged "Pacific Gas" and "Electric Co.": an organisation, "and"
 * or "&", and one word with a legal form is one company's name. The one word must be no name of
 * its own that the lists know ("Exxon and Mobil Corp." are two companies).
 */
export function joinCompanyAcrossAnd(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const and = w[a.end];
    if (
      b && a.type === ORG && b.type === ORG && (and === 'and' || and === '&') && b.start === a.end + 1 && b.end - b.start === 2 &&
      LEGAL_FORMS.has(w[b.end - 1]!.toLowerCase()) && !LEGAL_FORMS.has(w[a.end - 1]!.toLowerCase()) && !lists.organisationWord(w[b.start]!)
    ) {
      out.push({ start: a.start, end: b.end, type: ORG });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Last words of the names of armed and uniformed services: "Nepal Army", "Armed Police Force", "Coast Guard". */
const FORCE_HEADS = new Set(['Army', 'Navy', 'Police', 'Force', 'Forces', 'Guard', 'Gendarmerie', 'Marines']);

/**
 * "The Nepal Army and Armed Police Force deployed helicopters": two services of two words or more
 * each, both ending in a force's head, are two bodies ("Army and Navy Club" has one word before
 * "and" and stays whole).
 */
function joinsTwoForces(w: readonly string[], sp: TokenSpan, and: number): boolean {
  return and - sp.start >= 2 && sp.end - and - 1 >= 2 && FORCE_HEADS.has(w[and - 1]!) && FORCE_HEADS.has(w[sp.end - 1]!);
}

/**
 * "cloud providers such as Amazon Web Services and Microsoft Azure" tagged as one organisation:
 * an "and" inside an organisation's span, followed by a word the lists know alone as an
 * organisation's name ("Microsoft"), joins two organisations. "Securities and Exchange
 * Commission", "Marks and Spencer" stay whole: "Exchange" and "Spencer" are no such names; nor
 * is a legal form ("Morgan Stanley and Co").
 */
export function splitOrganisationsAtAnd(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (const sp of spans) {
    let k = -1;
    if (sp.type === ORG) for (let i = sp.start + 1; i < sp.end - 1; i++) if (w[i] === 'and' && ((lists.organisationWord(w[i + 1]!) && !LEGAL_FORMS.has(w[i + 1]!.toLowerCase())) || joinsTwoForces(w, sp, i))) k = i;
    if (k < 0) {
      out?.push(sp);
      continue;
    }
    out ??= spans.slice(0, spans.indexOf(sp));
    out.push({ start: sp.start, end: k, type: ORG }, { start: k + 1, end: sp.end, type: ORG });
  }
  return out ?? (spans as TokenSpan[]);
}

/** Last words of a body's name that a "for ..." may complete: "Center for Strategic Studies", "Fund for Peace". */
const BODIES_FOR = new Set([
  'center', 'centre', 'centers', 'centres', 'institute', 'foundation', 'council', 'commission', 'committee', 'fund', 'society',
  'association', 'alliance', 'coalition', 'league', 'office', 'agency', 'campaign', 'union', 'network', 'forum', 'trust', 'academy',
  'federation', 'organisation', 'organization', 'institution', 'initiative',
  // parties and movements named for a cause or a country (session 16): "Alternative for Germany",
  // "Movement for Democratic Change", "Party for Freedom", "Front for the Liberation of ..."
  'alternative', 'movement', 'party', 'front', 'rally',
]);
/**
 * Lowercase words a body's "for ..." may hold: "for Research and Islamic Studies", "for the
 * Protection of Human Rights". ("in" is left out: "Center for Research in Riyadh" is where it is.)
 */
const INNER = new Set(['and', '&', 'of', 'the', 'for']);

/** Bodies whose remit follows "on": "Commission on Human Rights", "Council on Foreign Relations", "Panel on Climate Change". */
const BODIES_ON = new Set(['commission', 'committee', 'council', 'conference', 'panel', 'forum', 'convention', 'institute', 'center', 'centre', 'office', 'board']);

/** Whether the organisation's span ending at `end` goes on with its remit: "... Center for", "... Commission on". */
function opensBodysRemit(w: readonly string[], end: number): boolean {
  const head = w[end - 1]!.toLowerCase();
  return (w[end] === 'for' && BODIES_FOR.has(head)) || (w[end] === 'on' && BODIES_ON.has(head) && !CALENDAR.test(w[end + 1] ?? ''));
}

/**
 * A body's remit the tagger cut at its "and": "Organization for Security [and Co-operation]",
 * "Center for Research [and Development]": the span holds a body's noun and its "for"/"on", and
 * "and" with a capitalised word follows it.
 */
function remitGoesOnAfterAnd(w: readonly string[], a: TokenSpan): boolean {
  if (w[a.end] !== 'and' || !/^\p{Lu}/u.test(w[a.end + 1] ?? '')) return false;
  for (let k = a.start + 1; k < a.end - 1; k++) if (opensBodysRemit(w, k)) return true;
  return false;
}

/** "the Security Council on Friday", "on October 3": a day or a month after "on" says when, not what about. */
const CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$/;

/**
 * "King Faisal Center for Research and Islamic Studies" tagged "King Faisal Center" and "Islamic
 * Studies": a name ending in a body's noun, "for" (or "on" after a commission, a council or a
 * panel), then capitalised words (joined by "and", "of", "the") up to a lowercase word or a mark is
 * one organisation's name, whatever the tagger made of its first part ("Africa Centres" as a
 * place). Spans inside the run are part of it; one that runs past it leaves the name as tagged.
 */
export function extendBodyAcrossFor(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    // (after "and", only into words the tagger left untagged: "Center for Research and [Oxfam]" is two bodies)
    const afterAnd = remitGoesOnAfterAnd(w, a) && !spans.some((x) => x.start === a.end + 1);
    const end = a.type !== PER && (opensBodysRemit(w, a.end) || afterAnd) ? capitalisedRunEnd(w, a.end + 1, spans.filter((x) => x.type === PER)) : -1;
    let j = i + 1;
    while (j < spans.length && spans[j]!.end <= end) j++;
    if (end > a.end + 1 && (j === spans.length || spans[j]!.start >= end)) {
      out.push({ start: a.start, end, type: ORG });
      i = j - 1;
    } else out.push(a);
  }
  return out;
}

/**
 * "the Egyptian Initiative for Personal Rights" tagged as a demonym and a body "Personal Rights":
 * a capitalised body's noun ("Initiative", "Center", "Fund") that no span holds, then "for" and a
 * span, is the head of one body's name with it, and takes in a span right before it (the
 * demonym or place it opens with).
 */
export function extendBodyBackOverHeadFor(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (const b of spans) {
    const h = b.start - 2;
    if (h < 0 || b.type === PER || w[b.start - 1] !== 'for' || !/^\p{Lu}\p{Ll}+$/u.test(w[h]!) || !BODIES_FOR.has(w[h]!.toLowerCase())) continue;
    if (out.some((x) => x.start <= h && h < x.end)) continue;
    const before = out.find((x) => x.end === h && x.type !== PER);
    const start = before ? before.start : h;
    out = out.filter((x) => x.end <= start || x.start >= b.end);
    out.push({ start, end: b.end, type: ORG });
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}

/**
 * One past the last capitalised word of a run of capitalised words and INNER words starting at i,
 * or -1. A possessive opens a new noun phrase ("for Tibet and Tibet's parliament") and a person's
 * span is no part of a body's name ("the Common Fund for Commodities Ali Mchumo"): the run ends
 * before either.
 */
function capitalisedRunEnd(w: readonly string[], i: number, persons: readonly TokenSpan[]): number {
  let end = -1;
  // "Office for the Coordination of Humanitarian Affairs": the remit may open with "the"
  const first = w[i] === 'the' ? i + 1 : i;
  for (let k = first; k < w.length && k < first + 8; k++) {
    if (w[k + 1] === "'s" || w[k + 1] === "'" || persons.some((p) => p.start === k)) break;
    if (w[k] === 'and' && w[k + 1] === 'the' && opensAnotherBody(w, k + 2)) break;
    if (/^\p{Lu}[\p{L}'’-]*$/u.test(w[k]!)) end = k + 1;
    else if (!INNER.has(w[k]!) || k === first) break;
  }
  return end;
}

/** Lowercase nouns of a kind of body written after its name: "the Al Ghad party". */
const BODY_KINDS = new Set(['party', 'parties', 'group', 'movement', 'coalition', 'alliance', 'front', 'bloc', 'faction', 'militia', 'company', 'firm']);

/**
 * "the National United Front for Change and the Al Ghad party": after "and the", capitalised
 * words and a lowercase noun of a kind of body are another body, not more of the remit ("for
 * Latin America and the Caribbean" goes on).
 */
function opensAnotherBody(w: readonly string[], i: number): boolean {
  let k = i;
  while (k < w.length && k < i + 4 && /^\p{Lu}/u.test(w[k]!)) k++;
  return k > i && BODY_KINDS.has(w[k] ?? '');
}

/** Nouns of a kind of place that a list of names before it are places of: "Butte, Plumas and Tehama counties". */
const PLACE_KINDS = new Set(['counties', 'provinces', 'states', 'regions', 'districts', 'islands', 'towns', 'villages', 'cities', 'municipalities', 'prefectures', 'departments', 'oblasts', 'cantons', 'rivers']);

/**
 * The runs of three or more spans joined only by commas and "and"/"or" ("Magalia, Concow, Yankee
 * Hill and ..."): index ranges [from, to) into `spans`.
 */
function listsOf(w: readonly string[], spans: readonly TokenSpan[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= spans.length; i++) {
    const joined = i < spans.length && isListGap(w.slice(spans[i - 1]!.end, spans[i]!.start));
    if (joined) continue;
    if (i - from >= 3) out.push([from, i]);
    from = i;
  }
  return out;
}

function isListGap(gap: readonly string[]): boolean {
  const g = gap.join(' ');
  return g === ',' || g === 'and' || g === 'or' || g === ', and' || g === ', or';
}

/**
 * In a list of places the tagger typed a name another way ("Magalia, Concow, Yankee Hill" with
 * "Yankee Hill" a person; "Butte, Plumas and Tehama counties" with "Plumas" an organisation):
 * items are of one kind, so when places outnumber the rest two to one, or a plural place noun
 * follows the list, every item the article does not use as a person's or an organisation's name
 * is a place. Countries and demonyms keep their own handling.
 */
export function placesInLists(w: readonly string[], spans: readonly TokenSpan[], ev: PersonEvidence, lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (const [from, to] of listsOf(w, spans)) {
    const items = spans.slice(from, to);
    const places = items.filter((x) => x.type === LOC).length;
    const kind = PLACE_KINDS.has(w[items[items.length - 1]!.end]?.toLowerCase() ?? '');
    // (session 17) "killed across the country, including in Nakuru, Nyeri and Machakos": a list
    // opening on a place right after a preposition only places take is a list of places
    const placed = items[0]!.type === LOC && opensAfterPlaceOnlyPreposition(w, items[0]!.start);
    if (!kind && !placed && (places < 2 || places < 2 * (items.length - places))) continue;
    for (let k = from; k < to; k++) {
      const sp = spans[k]!;
      if (sp.type === LOC || !maybePlace(w.slice(sp.start, sp.end), sp.type, ev, lists)) continue;
      out ??= spans.slice();
      out[k] = { start: sp.start, end: sp.end, type: LOC };
    }
  }
  return out ?? (spans as TokenSpan[]);
}

/** Prepositions that take places and not firms (not "in": "invested in Apple, Google and Meta", unless a verb of dying or living is before it). */
const PLACE_ONLY_PREPOSITIONS = new Set(['near', 'across', 'around', 'outside', 'throughout']);
/** Words before "in" that make it a place's: "killed in", "including in", "live in". */
const PLACE_IN_AFTER = new Set(['killed', 'died', 'injured', 'wounded', 'arrested', 'including', 'protests', 'clashes', 'fighting', 'floods', 'live', 'lives', 'lived', 'born', 'held']);

/** Whether the word before `start` is a preposition only places take there. */
function opensAfterPlaceOnlyPreposition(w: readonly string[], start: number): boolean {
  const p = w[start - 1]?.toLowerCase();
  if (p && PLACE_ONLY_PREPOSITIONS.has(p)) return true;
  return p === 'in' && PLACE_IN_AFTER.has(w[start - 2]?.toLowerCase() ?? '');
}

/**
 * Whether a name in a list of places may be one, as the tagger typed it (0 PER, 1 ORG, 3 MISC):
 * - not used in the article as a person's or a company's, nor part of a fuller person's name
 *   ("China and Sweden, Gong said" after "Gong Wenbin"), nor a known organisation or a demonym;
 * - no acronym ("China, Japan and ASEAN");
 * - an organisation or a work of one word only, and no plural in -ers, a team's name ("Buffalo,
 *   the New York Rangers and Islanders"; "Asian Games" beside the countries at them).
 */
function maybePlace(name: readonly string[], type: number, ev: PersonEvidence, lists: NameLists): boolean {
  if (name.length > 3 || name.some((x) => /^\p{Lu}{2,}$/u.test(x))) return false;
  if (type !== PER && (name.length > 1 || /ers$/.test(name[0]!))) return false;
  const full = name.join(' ').toLowerCase();
  const last = name[name.length - 1]!.toLowerCase();
  if (ev.personal.has(full) || ev.personal.has(last) || ev.corporate.has(full) || lists.knownOrganisation(full)) return false;
  if (name.length === 1 && ev.personWords.has(full)) return false;
  return !(name.length === 1 && (lists.organisationWord(name[0]!) || countryOfDemonym(name[0]!)));
}

/** Nouns that end a place's name: the body before a post that ends in one is a place ("Butte County Sheriff"). */
const PLACE_ENDINGS = new Set(['county', 'city', 'state', 'district', 'province', 'region']);

/**
 * "Butte County Sheriff Kory Honea", "Norvale Mining Chairman Ken Oduya" tagged as one
 * organisation: a capitalised title head inside the span, after at least one word and followed by
 * two or three words of a person's name, is a post in the body before it and the person holding
 * it. The body is a place when it ends in a place's noun ("Butte County"). Returns the spans with
 * such a span split into the body and the person (the title stays in the person's span, where
 * resolve.ts splits it off as the person's title).
 */
export function splitPersonFromBody(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== ORG || sp.end - sp.start < 4) return;
    const k = postInside(w, sp, lists);
    if (k < 0) return;
    out ??= spans.slice();
    const bodyType = PLACE_ENDINGS.has(w[k - 1]!.toLowerCase()) ? LOC : ORG;
    out.splice(out.indexOf(spans[i]!), 1, { start: sp.start, end: k, type: bodyType }, { start: k, end: sp.end, type: PER });
  });
  return out ?? (spans as TokenSpan[]);
}

/** Index of the post's first word inside the span ("Sheriff"), or -1. */
function postInside(w: readonly string[], sp: TokenSpan, lists: NameLists): number {
  for (let k = sp.start + 1; k < sp.end - 2; k++) {
    if (!TITLE_HEADS.has(w[k]!.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(w[k]!)) continue;
    let n = k + 1;
    while (n < sp.end - 2 && isTitleWord(w[n]!)) n++;
    const name = w.slice(n, sp.end);
    if (name.length < 2 || name.length > 3) return -1;
    // name words only: no title, country, or word the lists know from organisations' names
    const personal = name.every((x) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(x) && !isTitleWord(x) && !countryOfName(x) && !lists.organisationWord(x) && !lists.organisationNamePart(x));
    return personal ? k : -1;
  }
  return -1;
}

/** Participles that open a sentence about someone with a capital the tagger may take for a name: "Born in Tromsø, she ...". */
const OPENING_PARTICIPLES = new Set(['born', 'based', 'founded', 'raised', 'educated', 'located', 'headquartered', 'elected', 'trained', 'married', 'listed', 'named', 'appointed', 'asked', 'built']);
const AFTER_PARTICIPLE = new Set(['in', 'at', 'on', 'by', 'as', 'to', 'from', 'near', 'into', 'outside']);

/** "Born in Tromsø in 1938": a one-word span of such a participle at the sentence's first word, before a preposition, is no name. */
export function isOpeningParticiple(w: readonly string[], sp: TokenSpan, first: number): boolean {
  return sp.start === first && sp.end - sp.start === 1 && OPENING_PARTICIPLES.has(w[sp.start]!.toLowerCase()) && AFTER_PARTICIPLE.has(w[sp.end] ?? '');
}

/** Honours and seats written after a name in British and Irish news: "Jane Kerr MP", "Sir Ian Ross KC". */
const POST_NOMINALS = new Set(['MP', 'MSP', 'MEP', 'MLA', 'AM', 'TD', 'QC', 'KC', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'FRS']);

/** Members of a chamber in the plural: "Labour MPs", "Tory MEPs". */
const MEMBERS = new Set(['MPs', 'MSPs', 'MEPs', 'MLAs', 'TDs', 'AMs']);

/**
 * "the MP for York Central" with "MP" tagged a place, "40 Labour MPs" tagged one organisation: a
 * seat's letters alone name no one, and members in the plural are not part of their party's
 * name ("Labour").
 */
export function dropMembersOfChamber(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const last = w[sp.end - 1]!;
    if (!MEMBERS.has(last) && !(sp.end - sp.start === 1 && POST_NOMINALS.has(last))) return;
    out ??= spans.slice();
    out[i] = sp.end - sp.start > 1 ? { start: sp.start, end: sp.end - 1, type: sp.type } : { start: sp.start, end: sp.start, type: sp.type };
  });
  return out ? (out as TokenSpan[]).filter((sp) => sp.end > sp.start) : (spans as TokenSpan[]);
}

/**
 * "Alasdair Grant MSP" tagged as an organisation: letters after two or three capitalised name
 * words are the person's seat or honour, not part of a body's name. The span becomes the person's
 * name without them (a person span that took them in loses them too).
 */
export function dropPostNominal(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const name = sp.end - sp.start - 1;
    if (name < 2 || name > 3 || !POST_NOMINALS.has(w[sp.end - 1]!)) return;
    // name words only: "Muslim Brotherhood MP" is the party's member, not a person's name
    const personal = w.slice(sp.start, sp.end - 1).every((x) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(x) && !isTitleWord(x) && !countryOfName(x) && !countryOfDemonym(x) && !lists.organisationWord(x) && !lists.organisationNamePart(x));
    if (!personal) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end - 1, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Institutions named after their founder or patron with a possessive: "King's College", "Queen's University". */
const TEACHING_HEADS = new Set(['College', 'University', 'School', 'Academy']);
const PATRON_HEADS = new Set([...TEACHING_HEADS, 'Hospital', 'Cathedral', 'Church', 'Infirmary']);

/**
 * "King's College London" tagged "College London": a name that opens with an institution's noun
 * right after a capitalised word and its possessive takes them in ("King 's College London").
 */
export function extendOverPatron(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const s = sp.start;
    if (s < 2 || !PATRON_HEADS.has(w[s]!) || !/^['’]s?$/.test(w[s - 1]!) || !/^\p{Lu}\p{Ll}+$/u.test(w[s - 2]!)) return;
    if (i > 0 && spans[i - 1]!.end > s - 2) return;
    out ??= spans.slice();
    // a college or university is a body wherever the tagger placed it; a hospital or church may be the building
    out[i] = { start: s - 2, end: sp.end, type: sp.type === PER || TEACHING_HEADS.has(w[s]!) ? ORG : sp.type };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Nouns of works whose title follows in quotation marks: "her first novel, “Concrete Rain,”". */
const WORK_NOUNS = new Set(['novel', 'book', 'memoir', 'film', 'movie', 'documentary', 'album', 'song', 'single', 'play', 'musical', 'opera', 'poem', 'series', 'show', 'painting', 'novels', 'books', 'films', 'albums', 'songs']);
const OPEN_MARKS = new Set(['"', '“', '``', "'", '‘']);
const CLOSE_MARKS = new Set(['"', '”', "''", "'", '’']);

/**
 * The end (the closing mark's index) of a quoted title opening at `open` with a capitalised word:
 * at most ten words, a comma allowed before the closing mark; -1 when there is none.
 */
function quotedTitleEnd(w: readonly string[], open: number): number {
  if (!OPEN_MARKS.has(w[open] ?? '') || !/^\p{Lu}/u.test(w[open + 1] ?? '')) return -1;
  for (let k = open + 1; k < w.length && k <= open + 11; k++) {
    if (CLOSE_MARKS.has(w[k]!)) return k;
    // (a title is in title case: a mark closing a quotation before "Martin told" opens none)
    if (OPEN_MARKS.has(w[k]!) || w[k] === '.' || !isTitleCaseWord(w[k]!)) return -1;
  }
  return -1;
}

/** Small words a title keeps in lowercase: "Gone with the Wind", "The Shroud of Turin". */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'without', 'by', 'from', 'as', 'is', 'de', 'la', 'le', 'el', 'del']);

/** A word of a title: capitalised, a number, a small word, or punctuation inside it ("Rain," "Yes!"). */
function isTitleCaseWord(x: string): boolean {
  return /^[\p{Lu}\d]/u.test(x) || TITLE_SMALL_WORDS.has(x) || /^[,!?:'’-]$/.test(x);
}

/**
 * "her first novel, “Concrete Rain,” in 1968", "the film “Silent Harbour”": a quoted title after a
 * noun of a work is one name of a work (MISC), whatever the tagger made of its words (it read
 * "Rain" as a person's name).
 */
export function titlesOfWorks(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let k = 0; k < w.length; k++) {
    if (!WORK_NOUNS.has(w[k]!)) continue;
    const open = w[k + 1] === ',' ? k + 2 : k + 1;
    const close = quotedTitleEnd(w, open);
    if (close < 0) continue;
    const end = w[close - 1] === ',' ? close - 1 : close;
    if (end <= open + 1) continue;
    out = (out ?? spans.slice()).filter((sp) => sp.end <= open || sp.start >= close);
    out.push({ start: open + 1, end, type: MISC });
    out.sort((a, b) => a.start - b.start);
    k = close;
  }
  return out ?? (spans as TokenSpan[]);
}

/**
 * `"Justice has prevailed," the spokesman said`: a quotation opening the sentence capitalises its
 * first word as any sentence does; one word alone there that news writes lowercase (`caseBucket`
 * 3 and up) and that a lowercase word follows is no name.
 */
export function dropQuotationOpener(w: readonly string[], spans: readonly TokenSpan[], caseBucket: ReadonlyMap<string, number>): TokenSpan[] {
  const sp = spans[0];
  // (an adjective of a people or a region is MISC and stays: "“Western investors will ...”")
  if (!sp || sp.type === MISC || sp.end - sp.start !== 1 || sp.start === 0) return spans as TokenSpan[];
  for (let k = 0; k < sp.start; k++) if (!OPEN_MARKS.has(w[k]!)) return spans as TokenSpan[];
  // (an acronym is written so whatever follows: "US policy")
  if (!/^\p{Lu}\p{Ll}/u.test(w[sp.start]!) || !/^\p{Ll}/u.test(w[sp.end] ?? '') || (caseBucket.get(w[sp.start]!.toLowerCase()) ?? 0) < 3) return spans as TokenSpan[];
  return spans.slice(1);
}

const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** Words before a day that make it a date, not part of a name: "On Sunday", "since Monday". */
const BEFORE_DAY = new Set(['on', 'On', 'since', 'Since', 'by', 'By', 'until', 'Until', 'from', 'From', 'last', 'Last', 'next', 'Next', 'this', 'This']);

/**
 * "On Sunday Kashima travel to face ...": with no comma after the day, the tagger may run the day
 * into the name after it ("Sunday Kashima" PERSON). A weekday opening a span of two or more
 * words right after "on", "since", "next" and the like is the date, not the name's first word
 * ("the Sunday Times" stays: "the" is no such word).
 */
export function dropLeadingWeekday(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.end - sp.start < 2 || !WEEKDAYS.has(w[sp.start]!) || !BEFORE_DAY.has(w[sp.start - 1] ?? '')) return;
    out ??= spans.slice();
    out[i] = { start: sp.start + 1, end: sp.end, type: sp.type };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "President Abdelaziz Bouteflika Saturday called ...", "Bank Negara Tuesday said": wire copy puts
 * the day right after the subject, and the tagger may run the name over it. A weekday ending a
 * name of a person, a body or a place is no part of it ("The Mail on Sunday" keeps its "on";
 * MISC names keep theirs: "Bloody Sunday").
 */
export function dropTrailingWeekday(w: readonly string[], spans: readonly TokenSpan[], sportsStory: boolean): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type === MISC || sp.end - sp.start < 2 || !WEEKDAYS.has(w[sp.end - 1]!) || w[sp.end - 2] === 'on') return;
    // (the wire's day stands before the verb: "Bouteflika Saturday called"; a club keeps its day
    // on the sports pages, "Sheffield Wednesday won")
    if (!/^\p{Ll}/u.test(w[sp.end] ?? '') || (sportsStory && sp.type === ORG)) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end - 1, type: sp.type };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Words that open a title before its head: "Vice Chairman", "Executive Vice President", "Deputy Governor". */
const TITLE_OPENERS = new Set(['Vice', 'Deputy', 'Executive', 'Senior', 'Acting', 'Interim']);
/** Title heads after such an opener. */
const TITLE_AFTER_OPENER = new Set(['Chairman', 'Chairwoman', 'Chair', 'President', 'Governor', 'Minister', 'Director', 'Secretary', 'Premier', 'Chancellor', 'Commissioner', 'Mayor', 'Speaker', 'Leader', 'Officer']);

/**
 * "Nippon Steel Vice Chairman Takahiro Mori" tagged "[Nippon Steel Vice]": a title's opening word
 * that ends an organisation's span, before the rest of the title, belongs to the title. Drops it.
 */
export function dropTrailingTitleOpener(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== ORG || sp.end - sp.start < 2 || !TITLE_OPENERS.has(w[sp.end - 1]!)) return;
    let k = sp.end;
    while (TITLE_OPENERS.has(w[k] ?? '')) k++;
    if (!TITLE_AFTER_OPENER.has(w[k] ?? '')) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end - 1, type: sp.type };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Heads of the names of bodies that open with a people's or a region's adjective: "European Parliament", "African Union". */
const INSTITUTION_HEADS = new Set(['Parliament', 'Commission', 'Council', 'Union', 'Court', 'Bank', 'League', 'Assembly', 'Community', 'Agency', 'Senate', 'Congress']);
/** Adjectives of regions and peoples that are no country's demonym: "European", "Arab", "Andean". */
const REGION_ADJECTIVES = new Set([
  'European', 'African', 'Arab', 'Asian', 'American', 'Latin', 'Nordic', 'Baltic', 'Caribbean', 'Eurasian', 'Andean', 'Pan-African',
  'Inter-American', 'Pacific', 'Atlantic', 'Western', 'Eastern',
]);

/** An adjective of a region, or a country's demonym ("Kenyan"). */
export function isRegionOrPeopleAdjective(word: string): boolean {
  return REGION_ADJECTIVES.has(word) || !!countryOfDemonym(word);
}

/**
 * "The Arab League held an emergency summit": two words, a region's or a people's adjective and
 * a body's head, name a body even when the tagger reads the adjective as making it MISC.
 */
export function isBodyOfRegionOrPeople(words: readonly string[]): boolean {
  // ("American League" is baseball's competition, MISC)
  return words.length === 2 && isRegionOrPeopleAdjective(words[0]!) && INSTITUTION_HEADS.has(words[1]!) && !(words[0] === 'American' && words[1] === 'League');
}

/** First and last words of parties' names: "National Rally", "Popular Front", "Progressive Alliance". */
const PARTY_OPENERS = new Set(['National', 'Democratic', 'Republican', 'Popular', 'Progressive', 'Socialist', 'Liberal', 'Conservative', 'Patriotic', 'Freedom', 'Workers']);
const PARTY_HEADS = new Set(['Rally', 'Front', 'Party', 'Alliance', 'Movement']);

/**
 * "Marine Le Pen's National Rally" typed MISC ("Rally" also ends races: "Dakar Rally"): two words,
 * a party's opening word and a party's head, name a party.
 */
export function isPartyName(words: readonly string[]): boolean {
  return words.length === 2 && PARTY_OPENERS.has(words[0]!) && PARTY_HEADS.has(words[1]!);
}

/**
 * "The European Parliament on Tuesday voted": the tagger may tag the adjective alone and leave the
 * head untagged. A one-word span of a region's or a people's adjective followed by capitalised
 * words (at most two) ending in a body's head is that body's name.
 */
export function extendOverInstitutionHead(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.end - sp.start !== 1 || sp.type === PER) return;
    if (!isRegionOrPeopleAdjective(w[sp.start]!)) return;
    const next = spans[i + 1]?.start ?? w.length;
    let end = sp.end;
    while (end < next && end < sp.end + 2 && /^\p{Lu}\p{Ll}+$/u.test(w[end]!) && !INSTITUTION_HEADS.has(w[end]!)) end++;
    // (a capitalised word after the head makes it a title's: "Lebanese Parliament Speaker Nabih Berri")
    if (end >= next || !INSTITUTION_HEADS.has(w[end] ?? '') || /^\p{Lu}/u.test(w[end + 1] ?? '')) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: end + 1, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Heads that end only a body's name, never a person's: "Enforcement Directorate", "Competition Authority". */
const BODY_ONLY_HEADS = new Set(['Directorate', 'Ministry', 'Commission', 'Agency', 'Authority', 'Bureau', 'Department', 'Inspectorate', 'Secretariat', 'Tribunal']);

/**
 * "The Enforcement Directorate said" tagged a person "Directorate" (session 18): the tagger took the
 * head alone, leaving the field before it out. A one-word person's span of a head only bodies have
 * is a body, with the one or two capitalised words in no span between it and "the" (or the
 * sentence's first word, or a possessive) before it.
 */
export function bodiesTypedAsPersonsByHead(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== PER || sp.end - sp.start !== 1 || !BODY_ONLY_HEADS.has(w[sp.start]!)) return;
    const prev = i > 0 ? spans[i - 1]!.end : 0;
    let start = sp.start;
    while (start > prev && start > sp.start - 2 && /^\p{Lu}\p{Ll}+$/u.test(w[start - 1]!) && w[start - 1] !== 'The') start--;
    const before = w[start - 1];
    if (start < sp.start && !(before === undefined || before === 'the' || before === 'The' || before === "'s" || before === '’s')) start = sp.start;
    out ??= spans.slice();
    out[i] = { start, end: sp.end, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** A race or a holiday a country's or a people's adjective names: "Grand Prix", "New Year". */
function namesAnOccasion(w: readonly string[], b: TokenSpan): boolean {
  const name = w.slice(b.start, b.end).join(' ');
  return name === 'Grand Prix' || name === 'New Year';
}

/**
 * "the Brazilian Grand Prix" tagged "Brazilian" and "Grand Prix", "Chinese New Year" as two: a
 * one-word span of a people's or a region's adjective touching the race's or the holiday's span
 * is one MISC name. (Only these: "Polish Jews", "Iranian Kurds", "the Brazilian World Cup squad"
 * are an adjective before a name of its own.)
 */
export function joinAdjectiveToMisc(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    if (b && a.type !== PER && a.end - a.start === 1 && b.start === a.end && b.type === MISC && isRegionOrPeopleAdjective(w[a.start]!) && namesAnOccasion(w, b)) {
      out.push({ start: a.start, end: b.end, type: MISC });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Heads of works on the map a tagger leaves out of their names: "the Grand Ethiopian Renaissance Dam". */
const WORKS_AFTER = new Set(['Dam', 'Reservoir', 'Canal', 'Bridge', 'Tunnel', 'Airport', 'Stadium', 'Barrage', 'Pipeline']);

/**
 * "inaugurated the Grand Ethiopian Renaissance Dam" tagged "Grand Ethiopian Renaissance" (a
 * place): a span followed by the capitalised head of a work on the map that no span holds takes it
 * in and is that work, a place.
 */
export function extendOverWorksHead(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type === PER || !WORKS_AFTER.has(w[sp.end] ?? '') || spans[i + 1]?.start === sp.end) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end + 1, type: LOC };
  });
  return out ?? (spans as TokenSpan[]);
}

/** A romanised Korean given name: two capitalised-then-lowercase syllables joined by a hyphen ("Jae-yong", "Duck-soo"). */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

/** A romanised Korean surname: one short syllable ("Lee", "Kim", "Park", "Yoon"). */
const KOREAN_SURNAME = /^\p{Lu}\p{Ll}{1,4}$/u;

/**
 * "Samsung Vice Chairman Lee Jae-yong" tagged "Lee": a Korean name written surname first keeps
 * its hyphenated given name, which the tagger never saw. A person's span (the tagger's may still
 * hold the title) ending in a short syllable and followed by
 * such a word that no span holds takes it in. (A capital then a lowercase syllable after a
 * hyphen is no compound of English: "Lee-led" has no capital, "Anti-war" opens a sentence, not a
 * name's second word.)
 */
export function extendPersonOverHyphenatedGivenName(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((a, i) => {
    if (a.type !== PER || !KOREAN_SURNAME.test(w[a.end - 1]!) || !HYPHENATED_GIVEN_NAME.test(w[a.end] ?? '') || spans[i + 1]?.start === a.end) return;
    out ??= spans.slice();
    out[i] = { start: a.start, end: a.end + 1, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "the United Nations Relief and Works Agency for Palestine Refugees, UNRWA, said": the tagger
 * may take a name, the comma after it and the acronym in apposition for one span ("Palestine
 * Refugees, UNRWA"). A span whose last two words are a comma and a word of capitals is the name
 * and the acronym, two spans of its type.
 */
export function splitAcronymAfterComma(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  // (a name written in running text: "BOLD / OGILVY, MATHER" is a headline's capitals)
  const apposed = (sp: TokenSpan) => sp.end - sp.start >= 3 && w[sp.end - 2] === ',' && /^\p{Lu}{2,}$/u.test(w[sp.end - 1]!) && /\p{Ll}/u.test(w[sp.start]!);
  if (!spans.some(apposed)) return spans as TokenSpan[];
  return spans.flatMap((sp) => (apposed(sp) ? [{ start: sp.start, end: sp.end - 2, type: sp.type }, { start: sp.end - 1, end: sp.end, type: sp.type }] : [sp]));
}

/** Posts whose portfolio follows "of" or "for" and comes before the holder's name: "Minister of Water and Sanitation Senzo Mchunu". */
const PORTFOLIO_POSTS = new Set(['minister', 'secretary', 'commissioner']);

/**
 * "Minister of Water and Sanitation Senzo Mchunu", "Japan's Minister of Economy, Trade and
 * Industry Ken Saito": the tagger types the fields of a portfolio as names of their own ("Water"
 * a place, "Trade and Industry" a body). Between "<post> of|for [the]" and the holder's name,
 * capitalised words, commas and "and" are the post's, and the spans there are dropped; not a
 * country or a place the lists know ("Secretary of State for Northern Ireland Patrick Mayhew").
 */
export function dropPortfoliosBeforeHolders(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out = spans as TokenSpan[];
  // (back to the person named before at most: "Secretary of State Madeleine Albright and ... Thabo Mbeki")
  let stop = 0;
  for (const p of spans) {
    if (p.type !== PER) continue;
    const from0 = stop;
    stop = p.end;
    let k = p.start - 1;
    // (no other post's head on the way: "Secretary of State Condoleezza Rice and US National Security Adviser Stephen Hadley")
    while (k >= from0 && ((/^\p{Lu}/u.test(w[k]!) && !TITLE_HEADS.has(w[k]!.toLowerCase())) || w[k] === ',' || w[k] === 'and' || w[k] === '&')) k--;
    if (k < from0) continue;
    const from = k + 1;
    if (k >= 0 && w[k] === 'the') k--;
    if (from >= p.start || k < 1 || (w[k] !== 'of' && w[k] !== 'for') || !PORTFOLIO_POSTS.has(w[k - 1]!.toLowerCase())) continue;
    const inside = (x: TokenSpan) => x.type !== PER && x.start >= from && x.end <= p.start;
    const place = (x: TokenSpan) => lists.knownPlace(w.slice(x.start, x.end)) || countryOfName(w.slice(x.start, x.end).join(' ')) !== null;
    if (out.some((x) => inside(x) && !place(x))) out = out.filter((x) => !inside(x) || place(x));
  }
  return out;
}
