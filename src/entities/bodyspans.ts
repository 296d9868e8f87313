/**
 * Repairs to the spans of bodies' names the tagger cut or ran together: an owner's possessive
 * inside a span ("African Union's Peace"), a sport's national body ("Tennis Australia"), a
 * school's fields after "of" ("University of Science and Technology"), and a name whose acronym
 * in parentheses spells more words than the span holds ("United Kingdom Maritime Trade
 * Operations (UKMTO)"). Pure functions over a sentence's words and spans (type 0 PER, 1 ORG,
 * 2 LOC, 3 MISC), applied by resolve.ts like those of spans.ts.
 */
import { acronymKey, initialsOf } from './acronyms.js';
import { countryOfName } from './demonyms.js';
import type { NameLists } from './retype.js';
import type { TokenSpan } from './tags.js';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

const COMPASS = new Set(['North', 'South', 'East', 'West']);

/** Heads of bodies' names that own what follows their possessive: "the African Union's Peace and Security Council". */
const OWNING_BODY_HEADS = new Set([
  'Union', 'Commission', 'Council', 'Bank', 'Party', 'Ministry', 'Court', 'Agency', 'Parliament', 'Government', 'Organisation',
  'Organization', 'Federation', 'Company', 'Corporation', 'Fund', 'Authority', 'Committee',
]);

/**
 * "The BJP's Parvesh Verma", "the Congress's Sandeep Dikshit": what a party or a company has after
 * its possessive, tagged with it as one body, is a person when it is two or three plain words
 * ending in a word the lists know from people's names (or two words they know nothing of) and
 * holding none known from bodies' or places' names ("the Union's Peace and Security Council",
 * "Samsung's Galaxy Note" stay).
 */
function possessedIsAPerson(words: readonly string[], lists: NameLists): boolean {
  if (words.length < 2 || words.length > 3 || !words.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x))) return false;
  if (words.some((x) => OWNING_BODY_HEADS.has(x) || lists.organisationNamePart(x) || lists.organisationWord(x) || lists.knownPlace([x]) || countryOfName(x))) return false;
  // (a name the lists know nothing of, "Parvesh Verma", in two words: a body's unit would have a head word)
  return lists.personNamePart(words[words.length - 1]!) || (words.length === 2 && !words.some((x) => lists.personNamePart(x) || lists.givenName(x)));
}

/**
 * "the African Union's Peace and Security Council" tagged as one place "African Union's Peace":
 * a span with a possessive inside, whose part before it is a country, a name the lists know
 * whole as a place or an organisation, or a body's name of two or more words, is two names: the owner, and what follows (left untagged
 * when it is one word, for the rules after this one to read). Names with a possessive of their
 * own ("Swiss People's Party", "King's College", "Martha's Vineyard") have an owner the lists do
 * not know, and stay whole.
 */
export function splitOwnerFromPossessed(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type === PER) return;
    let k = sp.start + 1;
    while (k < sp.end - 1 && w[k] !== "'s" && w[k] !== "'") k++;
    if (k >= sp.end - 1 || !/^\p{Lu}/u.test(w[k + 1]!)) return;
    const owner = w.slice(sp.start, k);
    const name = owner.join(' ');
    // (a plural's bare apostrophe is often the name's own: "African Nations' Cup", "Workers' Party")
    const body = owner.length > 1 && w[k] === "'s" && OWNING_BODY_HEADS.has(owner[owner.length - 1]!);
    // ("the South's Yonhap News Agency": a compass word for a country owns it too, and is no name alone)
    const compass = COMPASS.has(name);
    if (!body && !compass && !countryOfName(name) && !lists.knownOrganisation(name.toLowerCase()) && !lists.knownPlace([name])) return;
    out ??= spans.slice();
    const parts: TokenSpan[] = compass ? [] : [{ start: sp.start, end: k, type: body || lists.knownOrganisation(name.toLowerCase()) ? ORG : LOC }];
    if (sp.end - (k + 1) > 1) parts.push({ start: k + 1, end: sp.end, type: possessedIsAPerson(w.slice(k + 1, sp.end), lists) ? PER : sp.type });
    out.splice(out.indexOf(spans[i]!), 1, ...parts);
  });
  return out ?? (spans as TokenSpan[]);
}

/** Sports whose national bodies are named "<Sport> <Country>": "Tennis Australia", "Cricket Australia", "Athletics Kenya". */
const SPORTS = new Set([
  'Tennis', 'Cricket', 'Rugby', 'Football', 'Athletics', 'Swimming', 'Cycling', 'Golf', 'Netball', 'Hockey', 'Basketball',
  'Volleyball', 'Rowing', 'Sailing', 'Gymnastics', 'Triathlon', 'Boxing', 'Judo', 'Equestrian', 'Diving', 'Badminton',
]);

/** Heads of a sport's national body after its country: "Football Kenya Federation", "Netball Uganda Association". */
const SPORTS_BODY_HEADS = new Set(['Federation', 'Association', 'Union', 'League', 'Board']);

/** "Kenya Federation" (of "Football Kenya Federation", typed a place as the "Russian Federation" is): a country and a body's head. */
function countrysBody(w: readonly string[], sp: TokenSpan): boolean {
  return sp.end - sp.start === 2 && SPORTS_BODY_HEADS.has(w[sp.end - 1]!) && !!countryOfName(w[sp.start]!);
}

/**
 * "Tennis Australia chief executive Craig Tiley", "Cricket Australia said": a sport's capitalised
 * name right before a country's name, with no span holding it, is that sport's national body; the
 * tagger tags the country alone, a place, and the body is lost. So is it before a country and a
 * body's head ("Football Kenya Federation president Hussein Mohammed").
 */
export function sportsBodiesOfCountries(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const s = sp.start;
    if (s < 1 || sp.type === PER || !SPORTS.has(w[s - 1]!) || !(countryOfName(w.slice(s, sp.end).join(' ')) || countrysBody(w, sp))) return;
    if (i > 0 && spans[i - 1]!.end > s - 1) return;
    out ??= spans.slice();
    out[i] = { start: s - 1, end: sp.end, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/**
 * "Hitoshi Murayama of the University of California, Berkeley, said": the campus after a comma
 * and a university named "of <place>" is a place, whatever the tagger made of it (a person
 * here). One word in a span of its own, closed by a comma, a full stop or a parenthesis.
 */
export function campusesAfterUniversities(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const u = spans[i - 1];
    if (!u || sp.type === LOC || sp.end - sp.start > 2 || u.end !== sp.start - 1 || w[u.end] !== ',' || w[u.start] !== 'University' || w[u.start + 1] !== 'of') return;
    if (sp.end < w.length && !/^[,.;)]$/.test(w[sp.end]!)) return;
    out ??= spans.slice();
    out[i] = { ...sp, type: LOC };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Heads of schools and academies whose fields follow "of": "University of Science and Technology". */
const SCHOOL_HEADS = new Set(['University', 'Institute', 'Academy', 'College', 'School', 'Polytechnic']);
/** Fields of learning a school is "of". */
const FIELDS = new Set([
  'Science', 'Sciences', 'Technology', 'Arts', 'Engineering', 'Medicine', 'Economics', 'Law', 'Agriculture', 'Mines', 'Music',
  'Design', 'Business', 'Humanities', 'Management', 'Mathematics', 'Political', 'Social', 'Applied', 'Fine', 'Tropical', 'Hygiene',
  'Dramatic', 'Oriental', 'African', 'Studies', 'Dentistry', 'Nursing', 'Pharmacy', 'Education',
]);

/**
 * "King Abdullah University of Science and Technology" tagged "... University of Science" and
 * "Technology": a school's name ending in its head, or in "<head> of <field>", goes on over
 * "of" and "and" while the words are fields of learning (a field's own span is taken in), so
 * "University of Michigan and Ohio State" stays two names.
 */
export function extendSchoolOverFields(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    let end = a.end;
    const headAt = w[end - 1] === undefined ? -1 : SCHOOL_HEADS.has(w[end - 1]!) ? end - 1 : w[end - 2] === 'of' && SCHOOL_HEADS.has(w[end - 3] ?? '') && FIELDS.has(w[end - 1]!) ? end - 3 : -1;
    if (a.type === PER || headAt < a.start) {
      out.push(a);
      continue;
    }
    // over "of <Field>", then "and <Field>" (with "the" and lowercase "and" only between fields)
    while ((w[end] === 'of' || w[end] === 'and' || w[end] === '&') && FIELDS.has(w[end + 1] ?? '')) {
      end += 2;
      while (FIELDS.has(w[end] ?? '')) end++;
    }
    let j = i + 1;
    while (j < spans.length && spans[j]!.end <= end) j++;
    if (end > a.end && (j === spans.length || spans[j]!.start >= end)) {
      out.push({ start: a.start, end, type: ORG });
      i = j - 1;
    } else out.push(a);
  }
  return out;
}

/**
 * "the United Kingdom Maritime Trade Operations (UKMTO) agency" tagged as a place and a body: a
 * body's span followed by an acronym in parentheses that spells more than its own initials, the
 * initials of the span right before it (touching) and of itself, is one name.
 */
export function joinSpansTheAcronymSpells(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = (spans.length as number) - 1; i > 0; i--) {
    const b = (out ?? spans)[i]!;
    const a = (out ?? spans)[i - 1]!;
    if (b.type !== ORG || a.type === PER || a.end !== b.start || w[b.end] !== '(' || w[b.end + 2] !== ')') continue;
    const acronym = acronymKey(w[b.end + 1]!);
    if (!acronym || initialsOf(w.slice(b.start, b.end)) === acronym || initialsOf(w.slice(a.start, b.end)) !== acronym) continue;
    out ??= spans.slice();
    out.splice(i - 1, 2, { start: a.start, end: b.end, type: ORG });
  }
  return out ?? (spans as TokenSpan[]);
}

/** A capitalised word's initials, one per capitalised part of a hyphenated word ("Tehreek-e-Insaf" -> "TI", "Anti-Terrorism" -> "AT"). */
function hyphenInitials(word: string): string {
  let out = '';
  for (const part of word.split('-')) if (/^\p{Lu}/u.test(part)) out += part[0];
  return out;
}

/**
 * "Khan's Pakistan Tehreek-e-Insaf (PTI) party" tagged as the place "Pakistan" and nothing, "the
 * Anti-Terrorism Squad (ATS)" as a person "Squad": the tagger cuts a body's name at words it
 * does not know, often hyphenated ones. The capitalised words (and the words an acronym skips)
 * right before an acronym in parentheses, whose initials, counting each capitalised part of a
 * hyphenated word, spell the acronym, are one body, when the tagger found a name among them and
 * at least one of them is hyphenated (the plain case is `joinSpansTheAcronymSpells`').
 */
export function bodiesSpelledByHyphenatedAcronym(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let p = 1; p + 2 < w.length; p++) {
    if (w[p] !== '(' || w[p + 2] !== ')') continue;
    const acronym = acronymKey(w[p + 1]!);
    if (!acronym) continue;
    let initials = '';
    let j = p;
    let hyphenated = false;
    while (j > 0 && initials.length < acronym.length) {
      const x = w[j - 1]!;
      if (/^\p{Lu}[\p{L}'’-]*$/u.test(x)) {
        initials = hyphenInitials(x) + initials;
        if (x.includes('-')) hyphenated = true;
      } else if (!(j < p && ['of', 'the', 'for', 'and', 'on', 'in', '&'].includes(x))) break;
      j--;
    }
    if (initials !== acronym || !hyphenated) continue;
    // spans inside the words only, at least one, and not already one body
    const inside = out.filter((sp) => sp.end > j && sp.start < p);
    if (!inside.length || inside.some((sp) => sp.start < j || sp.end > p)) continue;
    if (inside.length === 1 && inside[0]!.start === j && inside[0]!.end === p && inside[0]!.type === ORG) continue;
    out = [...out.filter((sp) => !inside.includes(sp)), { start: j, end: p, type: ORG }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Titles of the royals and rulers that places and bodies are named after: "King Abdullah University", "Sheikh Zayed Road". */
const PATRON_TITLES = new Set(['King', 'Queen', 'Prince', 'Princess', 'Sheikh', 'Sultan', 'Emir', 'Shah', 'Imam', 'Cardinal']);
/** Heads of the names of places and bodies called after a patron. */
const NAMED_AFTER_HEADS = new Set([
  'University', 'College', 'School', 'Academy', 'Institute', 'Hospital', 'Airport', 'Stadium', 'Bridge', 'Mosque', 'Cathedral',
  'Park', 'Road', 'Street', 'Avenue', 'Causeway', 'Port', 'Centre', 'Center', 'Hall', 'Foundation', 'Canal', 'Dam', 'Highway', 'Base',
]);

/** Those of them that name a place on the map, not a body. */
const PLACE_NAMED_AFTER_HEADS = new Set(['Airport', 'Stadium', 'Bridge', 'Park', 'Road', 'Street', 'Avenue', 'Causeway', 'Port', 'Canal', 'Dam', 'Highway', 'Base']);

/**
 * "a marine scientist at King Abdullah University" tagged "Abdullah University": the title of the
 * patron a university, a hospital or a road is named after is part of its name, not a title of
 * a person ("King Saud University" the tagger already keeps whole). Only right before the span,
 * with no capitalised word before the title ("Crown Prince ...").
 */
export function extendOverPatronTitle(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    const s = sp.start;
    if (s < 1 || !PATRON_TITLES.has(w[s - 1]!) || (s > 1 && /^\p{Lu}/u.test(w[s - 2]!))) return;
    if (sp.end - s < 2 || !w.slice(s + 1, sp.end).some((x) => NAMED_AFTER_HEADS.has(x))) return;
    if (i > 0 && spans[i - 1]!.end > s - 1) return;
    out ??= spans.slice();
    // (the tagger reads "Abdullah University" as a person: the head says a body or a place)
    const type = sp.type !== PER ? sp.type : PLACE_NAMED_AFTER_HEADS.has(w[sp.end - 1]!) ? LOC : ORG;
    out[i] = { start: s - 1, end: sp.end, type };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Heads of bodies' names that go on with "of" and the place or body they belong to: "Democratic Party of Japan", "Bank of Finland". */
const BODY_OF_HEADS = new Set([
  'Party', 'Bank', 'Council', 'Committee', 'Commission', 'Court', 'Congress', 'Federation', 'Association', 'Front', 'Movement',
  'Church', 'League', 'Union', 'Confederation', 'Assembly', 'Department', 'Ministry',
  // (session 17) "the Law Society of Kenya", "the Monetary Authority of Singapore"
  'Society', 'Authority', 'Agency', 'Corporation',
  // "the University of Cape Town" tagged "University" and a place (a city of two words the tagger knows)
  'University', 'College', 'Institute', 'Academy',
  // "the Stock Exchange of Thailand"
  'Exchange',
]);

/**
 * "the Constitutional Democratic Party of Japan" tagged as a party and a place, "the International
 * Committee of the Red Cross" as two bodies: a body's name ending in its head, then "of" and a
 * place's span, or "of the" and a body's span, is one name (as CoNLL marks "Bank of Finland",
 * "Council of Europe"). Clubs "of" a country stay apart ("Galatasaray of Turkey"): their names end
 * in no such head.
 */
export function joinBodyOfPlaceOrBody(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const ofThe = w[a.end + 1] === 'the';
    const joins = b && a.type === ORG && BODY_OF_HEADS.has(w[a.end - 1]!) && w[a.end] === 'of'
      && (ofThe ? b.start === a.end + 2 && b.type === ORG : b.start === a.end + 1 && b.type === LOC);
    if (joins) {
      // (a sentence's capital "The" the tagger took in is no part of the name: "The Department of the Interior")
      out.push({ start: w[a.start] === 'The' && a.end - a.start > 1 ? a.start + 1 : a.start, end: b.end, type: ORG });
      i++;
    } else out.push(a);
  }
  return out;
}

/** "C&T", "S&P", "P&G": a firm's initials joined by an ampersand. */
const AMPERSAND_INITIALS = /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u;

/**
 * "the merger of Samsung C&T and Cheil Industries" tagged "Samsung": initials joined by an
 * ampersand right after an organisation's span belong to its name (the tagger drops the token it
 * never saw in training).
 */
export function extendOverAmpersandInitials(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((sp, i) => {
    if (sp.type !== ORG || !AMPERSAND_INITIALS.test(w[sp.end] ?? '') || spans[i + 1]?.start === sp.end) return;
    out ??= spans.slice();
    out[i] = { start: sp.start, end: sp.end + 1, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}

/** "COP30", "COP29": a numbered Conference of the Parties, written as one token. */
const NUMBERED_CONFERENCE = /^COP\d{1,2}$/;

/**
 * "the COP30 climate summit in Belém", "a year after COP29 in Baku": the tagger never saw the
 * UN climate conferences' numbered short names and leaves them out. A token that is "COP" and
 * a number, in no span, is that conference, an event (MISC, as CoNLL types named events).
 */
export function numberedConferences(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  w.forEach((x, i) => {
    if (!NUMBERED_CONFERENCE.test(x) || spans.some((sp) => sp.start <= i && i < sp.end)) return;
    out ??= spans.slice();
    out.push({ start: i, end: i + 1, type: MISC });
  });
  return out ? (out as TokenSpan[]).sort((a, b) => a.start - b.start) : (spans as TokenSpan[]);
}

/**
 * Firms whose names are a founder's possessive: the auction houses, a ratings agency, shops.
 * Only names rarely a newsworthy person's surname alone, so "McDonald's" is not among them.
 */
const POSSESSIVE_FIRMS = new Set(['Christie', 'Sotheby', 'Bonhams', 'Moody', 'Sainsbury', 'Macy', 'Kellogg', 'Harrod']);

/**
 * "sold at Christie's in New York" came out as a person "Christie"; "Sotheby's held a rival
 * sale" as nothing. One of these founders' names right before "'s", with no capitalised word
 * before it ("Agatha Christie's novels", "Chris Christie's campaign" are people's), is the firm,
 * "'s" and all.
 */
export function firmsNamedByPossessive(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i + 1] !== "'s" && w[i + 1] !== '’s') continue;
    // the ratings agency of two names, "Standard & Poor's" or "Standard and Poor's" (tagged "Poor",
    // or "Standard & Poor" without its possessive)
    if (w[i] === 'Poor' && w[i - 2] === 'Standard' && (w[i - 1] === '&' || w[i - 1] === 'and')) {
      // (to the end of a span that goes on past it: "Standard and Poor's Corp.")
      const end = Math.max(i + 2, ...(out ?? spans).filter((sp) => sp.start < i + 2 && sp.end > i - 2).map((sp) => sp.end));
      out = (out ?? spans).filter((sp) => sp.end <= i - 2 || sp.start >= i + 2);
      out.push({ start: i - 2, end, type: ORG });
      continue;
    }
    if (!POSSESSIVE_FIRMS.has(w[i]!)) continue;
    const before = w[i - 1] ?? '';
    if (/^\p{Lu}/u.test(before) && !/^(The|At|By|From|With|For|And|But|In|On|Both)$/.test(before)) continue;
    // only the name alone, or nothing, was tagged: a longer span is another name's
    const held = spans.filter((sp) => sp.start <= i + 1 && i < sp.end);
    if (held.some((sp) => sp.start !== i || sp.end > i + 2)) continue;
    out ??= spans.slice();
    out = out.filter((sp) => !held.includes(sp));
    out.push({ start: i, end: i + 2, type: ORG });
  }
  return out ? (out as TokenSpan[]).sort((a, b) => a.start - b.start) : (spans as TokenSpan[]);
}

/** Places whose names hold a possessive, by the word before "'s" and the word after it. */
const POSSESSIVE_PLACES = new Map([['Cox', 'Bazar'], ['King', 'Lynn'], ['Martha', 'Vineyard'], ['Bishop', 'Stortford'], ['Land', 'End'], ['Lee', 'Summit']]);

/**
 * "camps in Cox's Bazar" came out as a person "Cox" and a body "Bazar": a place whose name holds a
 * possessive, tagged in pieces, is one place. Only spans are looked at: the word before "'s"
 * must open one.
 */
export function placesNamedWithPossessive(w: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (const sp of spans) {
    const i = sp.start;
    if (w[i + 1] !== "'s" || i + 2 >= w.length || POSSESSIVE_PLACES.get(w[i]!) !== w[i + 2]) continue;
    out = (out ?? (spans as TokenSpan[])).filter((x) => x.end <= i || x.start >= i + 3);
    out.push({ start: i, end: i + 3, type: LOC });
    out.sort((a, b) => a.start - b.start);
  }
  return out ?? (spans as TokenSpan[]);
}

/**
 * "The BJP's Parvesh Verma defeated ...": a name the tagger typed a body or a place right after an
 * organisation's possessive is the organisation's member when it reads as a person's name
 * (`possessedIsAPerson`): a party's or a firm's people are named so in news, its units have a
 * head word ("the BJP's Delhi unit", "Samsung's Galaxy Note").
 */
export function personsAfterBodysPossessive(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((b, i) => {
    const a = spans[i - 1];
    if (!a || b.type === PER || a.type !== ORG || a.end !== b.start - 1 || w[a.end] !== "'s") return;
    if (!possessedIsAPerson(w.slice(b.start, b.end), lists)) return;
    out ??= spans.slice();
    out[i] = { start: b.start, end: b.end, type: PER };
  });
  return out ?? (spans as TokenSpan[]);
}

/** Title heads a party or a firm opens as often as a person does: "Sinn Féin leader", "Vox leader". */
const HEADS_OF_BODIES = new Set(['leader', 'chief', 'chairman', 'chairwoman', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'co-leader', 'lawmaker', 'MP', 'senator', 'candidate']);

/**
 * "Sinn Féin leader Mary Lou McDonald", "Fianna Fáil leader Micheál Martin": the tagger reads a
 * party's name it never saw, before a title and a person, as a person. A person's span there
 * whose words the lists know from no one's name (so not "Trump adviser Stephen Miller", "Modi
 * aide Ajit Doval") and with no given name is the body the person's post is in.
 */
export function bodiesOpeningTitles(w: readonly string[], spans: readonly TokenSpan[], lists: NameLists): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((a, i) => {
    const b = spans[i + 1];
    if (a.type !== PER || !b || b.type !== PER || b.start !== a.end + 1 || !HEADS_OF_BODIES.has(w[a.end]!)) return;
    if (w.slice(a.start, a.end).some((x) => lists.personNamePart(x) || lists.givenName(x) || lists.personWord(x))) return;
    out ??= spans.slice();
    out[i] = { start: a.start, end: a.end, type: ORG };
  });
  return out ?? (spans as TokenSpan[]);
}
