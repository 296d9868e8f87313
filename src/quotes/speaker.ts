import type { Entity, EntityType, Span } from '../document/types.js';
import { countryOfDemonym, titleRanks } from '../entities/index.js';
import { genderOfGivenName } from './given-names.js';
import { companyBefore, isCompanyHead } from './company.js';
import { DATELINE } from './dateline.js';
import { bodyDescriptionOpening, endsInRoleNoun, introducesUnnamed, isGenericBodyDescription, isPersonDescriptor, isRoleDescription, onlyPersonIn, organisationOpening } from './described.js';
import { isRegulatorHead, regulatorBefore } from './regulator.js';

/** One entity mention, flattened and sorted by start offset. */
export interface MentionRef {
  start: number;
  end: number;
  entity: string;
  type: EntityType;
}

export interface SpeakerIndex {
  mentions: MentionRef[];
  byId: Map<string, Entity>;
}

export function indexEntities(entities: readonly Entity[]): SpeakerIndex {
  const mentions: MentionRef[] = [];
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    byId.set(e.id, e);
    for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: e.id, type: e.type });
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  return { mentions, byId };
}

/** Index of the first mention starting at or after `pos`. */
export function firstAtOrAfter(ms: readonly MentionRef[], pos: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const UNNAMED_FIRST = new Set([
  'a', 'an', 'some', 'several', 'many', 'most', 'one', 'two', 'three', 'four', 'five', 'numerous', 'various',
  'other', 'others', 'sources', 'officials', 'people', 'experts', 'analysts', 'aides', 'critics', 'observers',
  'diplomats', 'residents', 'witnesses', 'insiders', 'senior', 'unnamed', 'anonymous', 'few', 'multiple',
  'delegates', 'negotiators', 'investors', 'economists', 'activists', 'supporters', 'opponents', 'lawmakers',
  'voters', 'police', 'doctors', 'scientists', 'researchers', 'workers', 'members', 'leaders', 'someone', 'nobody',
  'everyone', 'those', 'others', 'any', 'each', 'both', 'all',
  // counts of people: "More than 200 residents of a Houston suburb", "Dozens of workers"
  'more', 'nearly', 'almost', 'about', 'around', 'roughly', 'hundreds', 'dozens', 'thousands', 'scores',
]);
const PERSONAL = new Set(['he', 'she', 'i', 'him', 'her', 'his']);
const MALE_NOUN = /^(?:man|boy|father|son|husband|gunman|businessman|fisherman)$/;
const FEMALE_NOUN = /^(?:woman|girl|mother|daughter|wife|businesswoman)$/;
/** An indefinite noun phrase bringing in a person with no name: "a former contractor", "a 34-year-old man". */
const NEW_PERSON = /\b(?:[Aa]|[Aa]n)\s+(?:[\p{Ll}\d-]+\s+){0,2}(man|woman|boy|girl|teenager|contractor|suspect|driver|employee|worker|officer|soldier|resident|student|teacher|doctor|nurse|lawyer|passenger|pilot|guard|victim|witness|father|mother|son|daughter|husband|wife|patient|defendant|gunman|neighbour|neighbor|businessman|businesswoman|farmer|fisherman)\b/u;
const GROUP_PRONOUNS = new Set(['they', 'we', 'it']);
/** A sentence opening with a document or measure as its subject, which a following "it" goes on with. */
const DOCUMENT_OPENING = /(?:^|[.!?]["”’]?\s+)The\s+(?:suit|lawsuit|report|study|bill|law|resolution|complaint|document|letter|filing|survey|poll|ruling|decision|plan|proposal|deal|agreement|indictment|measure|treaty|motion)\b/;
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);

export interface SpeakerResult {
  speaker: string | null;
  /** How sure we are of `speaker` (0 when null). */
  confidence: number;
}

export interface ResolveContext {
  text: string;
  index: SpeakerIndex;
  /** Speaker of the nearest earlier attributed quote, when it is within the last paragraph or so. */
  previous: string | null;
  /** Start of the window searched for a pronoun's antecedent (the previous sentence's start). */
  windowStart: number;
  /** The last speaker within the last three paragraphs, when `previous` is null (optional). */
  earlier?: string | null;
  /** Where the last speaker's attribution ends (optional). */
  earlierEnd?: number;
  /** The quotation a pronoun source follows: names inside it are spoken of, never the speaker (optional). */
  quotation?: Span;
  /** Start of the source's paragraph, when it opens before `windowStart` (optional). */
  paragraphStart?: number;
  /** Start of the source's own sentence (optional). */
  sentenceStart?: number;
  /** The source span of the previous speaker's attribution (optional). */
  previousSource?: Span;
  /** What the previous speaker said (optional): people named in it are spoken of, and "he said" after it goes on with that speaker. */
  reported?: readonly Span[];
}

type Gender = 'm' | 'f' | null;
const GENDERS = new WeakMap<SpeakerIndex, Map<string, Gender>>();

/**
 * The grammatical gender the document itself gives each person: "Mr."/"Mrs."/"Ms." right before a
 * mention, and the first he/his or she/her after a mention in the same sentence. A person with
 * no evidence, or with as much for both, gets null (compatible with either pronoun).
 */
/** Kinship nouns apposed to a name (job titles such as "chairman" are used of women too). */
const FEMALE_NOUNS = new Set(['daughter', 'mother', 'wife', 'sister', 'widow', 'grandmother', 'aunt', 'niece', 'girlfriend', 'granddaughter', 'stepmother']);
const MALE_NOUNS = new Set(['son', 'father', 'husband', 'brother', 'widower', 'grandfather', 'uncle', 'nephew', 'boyfriend', 'grandson', 'stepfather']);
const GENDERED_NOUN_BEFORE = new RegExp(`\\b(${[...FEMALE_NOUNS, ...MALE_NOUNS].join('|')})\\s*,?\\s*$`, 'i');

function gendersOf(text: string, index: SpeakerIndex): Map<string, Gender> {
  let g = GENDERS.get(index);
  if (g) return g;
  const votes = new Map<string, number>();
  for (const m of index.mentions) {
    if (m.type !== 'PERSON') continue;
    let v = 0;
    const title = /\b(Mr|Mrs|Ms|Miss)\.?\s*$/.exec(text.slice(Math.max(0, m.start - 6), m.start))?.[1];
    if (title) v += title === 'Mr' ? 3 : -3;
    // a kinship noun apposed right before the name: "His daughter, Anne Lowe,"
    const noun = GENDERED_NOUN_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1]?.toLowerCase();
    if (noun) v += FEMALE_NOUNS.has(noun) ? -3 : 3;
    // the first he/his or she/her after the mention, with no other name in between: "Hill said
    // her ..." (but not "Hill told Stumpf he ...")
    const hit = /^[^.!?\n“”"A-Z]{0,50}?\b(he|his|himself|she|her|hers|herself)\b/.exec(text.slice(m.end, m.end + 60));
    const after = hit?.[1];
    // ("Warren's grilling he ..." and "a Clinton surrogate, said he ..." say nothing of the person,
    // nor does an object "her": in "Amaro defended her in a post" she is someone else)
    const objectHer = after === 'her' && isObjectHer(text.slice(m.end + hit![0].length, m.end + hit![0].length + 16));
    const inRelative = (after === 'he' || after === 'she') && opensContactClause(hit![0].slice(0, hit![0].length - after.length));
    const sentenceBefore = text.slice(Math.max(0, m.start - 200), m.start).split(/[.!?\n]\s/).pop() ?? '';
    if (after && !objectHer && !inRelative && !otherPersonPronounBefore(sentenceBefore, after) && !/^['’]s?\b/.test(text.slice(m.end, m.end + 2)) && !/\b(?:a|an)\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) v += after[0] === 'h' && !after.startsWith('her') ? 1 : -1;
    if (v) votes.set(m.entity, (votes.get(m.entity) ?? 0) + v);
  }
  // a given name of one gender is one weak vote for the person: "Elena Rusu ... She has pledged"
  for (const e of index.byId.values()) {
    if (e.type !== 'PERSON') continue;
    const given = genderOfGivenName(e.name.split(' ')[0]!);
    if (given) votes.set(e.id, (votes.get(e.id) ?? 0) + (given === 'm' ? 1 : -1));
  }
  g = new Map();
  for (const [id, v] of votes) g.set(id, v > 0 ? 'm' : v < 0 ? 'f' : null);
  GENDERS.set(index, g);
  return g;
}

/**
 * True when the sentence before a name already points at someone else with an object pronoun of
 * the gender a later pronoun has: in "Sentencing [him], Judge Alison Crewe said he had ...", the
 * "he" is the man sentenced (an object pronoun is never the subject it precedes, who would be
 * "himself"), so it says nothing of the judge.
 */
export function otherPersonPronounBefore(sentenceBefore: string, after: string): boolean {
  // (so is a possessive opening the noun phrase the name is apposed to: "[Her] Republican
  // challenger, Tom Briggs, said the claims showed she had ..." is about her, not him)
  const possessor = APPOSED_TO_POSSESSED.exec(sentenceBefore)?.[1]?.toLowerCase();
  if (after === 'he' || after === 'his' || after === 'himself') return possessor === 'his' || /\bhim\b/i.test(sentenceBefore);
  return possessor === 'her' || [...sentenceBefore.matchAll(/\bher\b/gi)].some((h) => isObjectHer(sentenceBefore.slice(h.index! + 3)));
}

/**
 * A subject noun phrase opened by "his"/"her" and closed by the comma before an apposed name:
 * "Her Republican challenger, ". (After a preposition the possessive may be the name's own:
 * "After his arrest, Reid said he ...")
 */
const APPOSED_TO_POSSESSED = /^\s*(his|her)\s+[^,.;:“”"]{1,40},\s*$/i;

/**
 * True when "her" is an object, not a possessive: what follows it is punctuation, the line's end,
 * or a preposition, article or conjunction rather than the noun a possessive "her" goes with
 * ("defended her in a post", "thanked her.", "told her that"). An object "her" after a name is
 * the person acted on, almost never the named one (who would be "herself").
 */
function isObjectHer(rest: string): boolean {
  return /^\s*(?:$|[.,;:!?)”"’'—–-]|(?:in|on|at|to|for|with|from|by|of|about|over|into|after|before|during|since|until|and|or|but|that|the|a|an|as|when|while|because|if|so|again|out|up|down|off|away|earlier|later|yesterday|today)\b)/i.test(rest);
}

/** Nouns for a person known through someone else: "Vance's bandmate", "Ortiz's lawyer". */
const RELATED_PERSON = /^['’]s?\s+(?:(?:longtime|long-time|former|new|personal|own|younger|older|elder|eldest|late|defence|defense|campaign|chief|press|senior)\s+)?(?:bandmate|teammate|colleague|lawyer|attorney|solicitor|barrister|counsel|agent|manager|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|assistant|secretary|deputy|friend|partner|wife|husband|son|daughter|mother|father|brother|sister|sibling|cousin|uncle|aunt|widow|widower|fiancée?|girlfriend|boyfriend|coach|trainer|doctor|publicist|biographer|co-star|rival|opponent|successor|predecessor|neighbou?r|bodyguard|driver|employer|boss)s?\b/i;

/** The same person nouns before "for"/"of"/"to" and a name: "A spokesman for [Marsh]", "a lawyer for [Penrose]". */
const RELATED_PERSON_BEFORE = /\b(?:bandmate|teammate|colleague|lawyer|attorney|solicitor|barrister|counsel|agent|manager|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|assistant|secretary|deputy|friend|partner|coach|trainer|doctor|publicist|biographer|representative|official|staffer)s?\s+(?:for|of|to|with)\s+$/i;
/** Family before "of" and a name, with up to four words of description between: "The widow of former Russian secret agent [Alexander Litvinenko]". */
const FAMILY_OF_PERSON = /\b(?:widow|widower|wife|husband|son|daughter|mother|father|brother|sister|family|relatives|parents|cousin|nephew|niece)s?\s+of\s+(?:[\p{L}-]+\s+){0,4}$/u;

/**
 * True when a person's mention only says whose someone is: the possessor of a person noun
 * ("[Vance]'s bandmate") or the object of one ("a spokesman for [Marsh]").
 */
function isRelatedPersonMention(text: string, m: MentionRef): boolean {
  return RELATED_PERSON.test(text.slice(m.end, m.end + 40)) || RELATED_PERSON_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * True when the words before a subject "he"/"she" end in a noun phrase the pronoun's clause
 * modifies: "Renn remembers [the day] she stopped", "liked [the song] he wrote". The pronoun is
 * the subject of a relative clause with no "that", and may be anyone; after a verb of telling
 * ("told the jury she") it is the teller's reported clause and still counts.
 */
function opensContactClause(gap: string): boolean {
  return /\b(?:the|a|an|this|that|every|each|one)\s+[\p{Ll}-]+\s+$/u.test(gap) && !/\b(?:told|tells|tell|telling|informed|assured|reminded|warned|asked|convinced|promised|persuaded)\s+(?:the|a|an|this|that|every|each|one)\s+[\p{Ll}-]+\s+$/u.test(gap);
}

const NAMES = new WeakMap<SpeakerIndex, Map<string, string | null>>();

/**
 * Lowercased name forms of the document's people and organisations: each mention's text and a
 * person's surname (last word of the name), mapped to the one entity carrying it (null when two
 * entities share the form, as two Clintons share "clinton").
 */
function namesOf(index: SpeakerIndex): Map<string, string | null> {
  let names = NAMES.get(index);
  if (names) return names;
  names = new Map();
  const add = (form: string, id: string) => {
    const k = form.toLowerCase();
    const had = names!.get(k);
    names!.set(k, had === undefined || had === id ? id : null);
  };
  for (const e of index.byId.values()) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    add(e.name, e.id);
    for (const m of e.mentions) add(m.text, e.id);
    if (e.type === 'PERSON') {
      const last = /(\p{L}[\p{L}'’-]*)$/u.exec(e.name)?.[1];
      if (last && last.length > 1) add(last, e.id);
    }
  }
  NAMES.set(index, names);
  return names;
}

/** True when the words between two names are the second one's title ("communication director"). */
function isTitleOf(between: string, titles: readonly string[]): boolean {
  if (!titles.length || /[,.;:"“”()]/.test(between)) return false;
  const words = between.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 4) return false;
  const last = words[words.length - 1]!;
  return titles.some((t) => t.toLowerCase().split(/[\s-]+/).includes(last));
}

/**
 * "Mensah's agent, Efua Asante" or "a spokesman, Ahmed Ali": a description, a comma, then exactly
 * one person's name. The name is who spoke; the description only says who they are, so an
 * unnamed-looking head ("a spokesman") does not make this source unnamed.
 */
function appositiveName(text: string, src: Span, ms: readonly MentionRef[]): MentionRef | null {
  const body = text.slice(src.start, src.end);
  const comma = body.indexOf(',');
  if (comma < 1) return null;
  // (a title before the name is no part of the entity's mention: "the chief executive, Dr. Miriam
  // Osei", "His main rival, councillor Nadia Ferreira", "the third candidate, retired teacher Owen Blakely")
  const lead = APPOSED_TITLE.exec(body.slice(comma + 1))![0];
  if (lead.split(/\s+/).some((w) => NOT_TITLE_WORD.has(w.toLowerCase()) || /ing$/.test(w))) return null;
  const nameStart = src.start + comma + 1 + lead.length;
  const bodyEnd = src.start + body.replace(/[,\s]+$/, '').length;
  const at = firstAtOrAfter(ms, nameStart);
  if (ms[at]?.start !== nameStart) return null;
  // (an employer's possessive before the name: "the third, Quanta Systems' Priya Natarajan")
  const i = isPossessiveBeforePerson(text, ms, at) ? at + 1 : at;
  const m = ms[i]!;
  if (!isNameTail(text.slice(m.end, bodyEnd))) return null;
  // (an organisation only after a bare description that ends the source: "The engine maker, Pratt & Whitney")
  // ("Swiss Re's German peer, Munich Re": a description by way of another body is one too, and so
  // is one by the body it belongs to, "The UN humanitarian office, OCHA")
  if (m.type !== 'PERSON' && !(m.type === 'ORG' && m.end === bodyEnd && (DESCRIPTION_ONLY.test(body.slice(0, comma)) || DESCRIPTION_BY_OWNER.test(body.slice(0, comma)) || DESCRIPTION_BY_PARENT.test(body.slice(0, comma))))) return null;
  // (a second "appositive" that names a body is another subject: "his minister, Anatoly Zaitsev,
  // [the Interfax news agency] reported"; a body after a preposition only describes, "a former
  // president of the Law Society")
  if (namesBodyInTail(text, m.end, bodyEnd, ms)) return null;
  // the head must not itself name someone ("Smith, Jones" is a list, not a description); a
  // person it names as a possessor or after a preposition only says whose ("A lawyer for Pike,
  // Stephen Gould")
  const j = firstAtOrAfter(ms, src.start);
  if (j < i && ms[j]!.start < src.start + comma && ms[j]!.type === 'PERSON' && !/^['’]s?\b/.test(text.slice(ms[j]!.end, ms[j]!.end + 2)) && !/\s(?:for|of|to)\s+$/.test(text.slice(src.start, ms[j]!.start)) && !isDescriptionRunningOn(text, ms[j]!)) return null;
  return m;
}

/** Nouns for one person that an indefinite description may end in before the person's name. */
const DESCRIBED_PERSON_NOUN = 'woman|man|girl|boy|resident|student|tourist|visitor|worker|farmer|villager|teacher|doctor|nurse|engineer|businessman|businesswoman|trader|vendor|shopkeeper|fisherman|journalist|reporter|witness|passenger|driver|mother|father|survivor|volunteer|refugee|migrant|pilgrim|fan|voter|soldier|policeman|activist|lawyer|analyst|economist|scientist|professor|researcher|official|diplomat|expatriate|national|citizen';

/**
 * "A Chinese woman Catherine Chan", "an American tourist John Reyes": an indefinite description
 * of one person (up to three modifiers, no preposition), then with no comma a name.
 */
const INDEFINITE_DESCRIPTION_BEFORE_NAME = new RegExp(String.raw`^(?:A|An|a|an)\s+(?:(?!(?:of|for|to|with|from|at|in|on|by|and|or)\s)[\p{L}'’-]+\s+){0,3}(?:${DESCRIBED_PERSON_NOUN})\s+$`, 'u');

/**
 * The person named right after an indefinite description that opens the source, "A Chinese woman
 * Catherine Chan evacuated with the Japanese told reporters": the article names who spoke, and
 * the "a" that makes "a Chinese woman" an unnamed source is part of describing her.
 */
function nameAfterIndefiniteDescription(text: string, src: Span, ms: readonly MentionRef[]): MentionRef | null {
  for (let i = firstAtOrAfter(ms, src.start); i < ms.length && ms[i]!.end <= src.end; i++) {
    const m = ms[i]!;
    if (m.type === 'PERSON' && INDEFINITE_DESCRIPTION_BEFORE_NAME.test(text.slice(src.start, m.start))) return m;
    if (m.start - src.start > 60) break;
  }
  return null;
}

/**
 * "[the chief] ceasefire negotiator for the government": a mention the entities tied to someone by
 * a title ("the chief") that runs on in lowercase is a longer description, of someone else.
 */
function isDescriptionRunningOn(text: string, m: MentionRef): boolean {
  // (a preposition, relative or conjunction after it goes on about the same head: "the governor
  // of Kandahar province", "the prime minister who arrived")
  return /^the\s/.test(text.slice(m.start, m.end)) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 30)) && !/^\s+(?:of|for|in|at|from|on|to|with|who|whose|which|that|and|or|but|said|says|told|added)\b/.test(text.slice(m.end, m.end + 30));
}

/** Mention k is a body's or a place's possessive right before a person: "Quanta Systems' Priya Natarajan". */
function isPossessiveBeforePerson(text: string, ms: readonly MentionRef[], k: number): boolean {
  const m = ms[k]!;
  const next = ms[k + 1];
  return m.type !== 'PERSON' && next?.type === 'PERSON' && /^['’]s?\s+$/.test(text.slice(m.end, next.start));
}

/**
 * What may follow an apposed name to the end of the source and still leave it the speaker:
 * post-nominal letters ("Alasdair Grant MSP", "Dame Ruth Ellis QC"), an age ("Emeka Salo, 41"),
 * and a second, descriptive appositive ("Martha Karua, a former justice minister").
 */
// (and a participle or relative clause: "their mother, Fatima Begum, sobbing outside the hospital",
// "the mufti of Istanbul, Mustafa Cagrici, who was the pope's guide")
const NAME_TAIL = /^(?:\s+(?:[A-Z]{2,4}|Jr\.?|Sr\.?))*(?:,\s*\d{1,3})?(?:,\s+(?:a|an|the|his|her|their|its|now|once|herself|himself)\s+[^,;:“”"()]{1,60})?(?:,\s+(?:[a-z]+ing|who|whose)\b[^,;:“”"()]{0,80})?$/;

function isNameTail(tail: string): boolean {
  return NAME_TAIL.test(tail);
}

/** True when a mention in [from, to) comes after no preposition: it heads the words, not describes them. */
function namesBodyInTail(text: string, from: number, to: number, ms: readonly MentionRef[]): boolean {
  for (let i = firstAtOrAfter(ms, from); i < ms.length && ms[i]!.start < to; i++) {
    if (!/\b(?:of|for|at|in|from|with|to|on|by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, ms[i]!.start - 20), ms[i]!.start))) return true;
  }
  return false;
}

/** A description with no name in it: "The carmaker", "its parent company", "the engine maker". */
const DESCRIPTION_ONLY = /^\s*(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s*$/u;

/** A body described by the one it belongs to, named in front: "The UN humanitarian office", "the US space agency". */
const DESCRIPTION_BY_PARENT = /^\s*[Tt]he\s+\p{Lu}[\p{L}.&-]{0,20}\s+(?:[\p{Ll}-]+\s+){0,3}(?:office|agency|body|arm|unit|watchdog|regulator|fund|programme|program|mission|force|organisation|organization|commission|council|committee|branch|wing|subsidiary|division)\s*$/u;

/** A description of one body by way of another: "Swiss Re's German peer", "Apple's main rival". */
const DESCRIPTION_BY_OWNER = /^\s*\p{Lu}[\p{L}\d.&'’ -]{0,40}?['’]s?\s+(?:\p{L}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*\s*$/u;

const NOT_TITLE_WORD = new Set(['and', 'or', 'nor', 'with', 'of', 'for', 'to', 'by', 'from', 'at', 'in', 'on', 'told', 'said', '&']);
/** What may stand between an appositive comma and the name: "the", up to three lowercase title words, one or two honorifics or ranks. */
// (two ranks in a row: "Lt. Col. Nadav Shoshani", "Brig. Gen. Ana Ruiz")
const APPOSED_TITLE = /^\s*(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Doctor|Sen|Senator|Rep|Gov|Governor|Gen|General|Col|Colonel|Capt|Captain|Sgt|Sergeant|Lt|Lieutenant|Maj|Major|Brig|Brigadier|Adm|Admiral|Cmdr|Commander|Rev|Reverend|Sir|Dame|Lord|Lady|Judge|Justice|Commissioner|Inspector|Detective|Bishop|Father|Rabbi|Imam|Sheikh|Commodore|Cdre|Marshal|Air|Vice|Rear|Superintendent|Supt|Sheriff|Archbishop|Cardinal|Pastor|Ambassador|Ayatollah|Grand|Mullah|Emir|Sultan|Sheikha|Crown|Prince|Princess|King|Queen|Pope|Patriarch)\.?\s+){0,2}/u;

/**
 * "Carrow manager Helen Strachan", "Clinton communication director Jennifer Palmieri": a name
 * then a few title words then a second name ending the head. English noun phrases are
 * head-final, so the first name only says whose manager; the second is who spoke.
 */
function modifiesLaterName(text: string, m: MentionRef, next: MentionRef | undefined, headEnd: number, nextTitles: readonly string[] = []): boolean {
  if (!next || next.type !== 'PERSON' || next.entity === m.entity || next.end > headEnd) return false;
  // ("Fontana Mayor Mark Nuaimi": the words between are the next person's title, capitalised, and
  // the name before it says where the office is)
  const between = text.slice(m.end, next.start).trim().toLowerCase();
  if (between && /^[\s,]*$/.test(text.slice(next.end, headEnd)) && nextTitles.some((t) => t.toLowerCase() === between)) return true;
  return isModifierGap(text, m, next, headEnd);
}

/**
 * "The United Nations children's agency UNICEF", "US energy group Chevron": an organisation or
 * place, a description, then another organisation (or a person) ending the head. The head is
 * the last name; the first only says whose agency or where from.
 */
function modifiesLaterBody(text: string, m: MentionRef, next: MentionRef | undefined, headEnd: number): boolean {
  if (!next || (next.type !== 'ORG' && next.type !== 'PERSON') || next.entity === m.entity || next.end > headEnd) return false;
  // ("the Department under the country's Ministry": a preposition makes the second name a modifier)
  if (/\b(?:the|a|an|under|within|inside|over|near|between|at|via)\s/i.test(text.slice(m.end, next.start))) return false;
  return isModifierGap(text, m, next, headEnd);
}

/** True when one to four description words, one of them lowercase, join `m` to `next`, which ends the head. */
function isModifierGap(text: string, m: MentionRef, next: MentionRef, headEnd: number): boolean {
  if (!/^[\s,]*$/.test(text.slice(next.end, headEnd))) return false;
  const words = text.slice(m.end, next.start).trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 4) return false;
  return words.every((w) => /^[\p{L}.'’-]+$/u.test(w) && !NOT_TITLE_WORD.has(w.toLowerCase())) && words.some((w) => /^\p{Ll}/u.test(w));
}

/**
 * "The Law Society of Kenya and Amnesty International Kenya", "Cal Fire and the US Coast Guard":
 * names on both sides of an "and" (or "&") that is no part of a name. Two bodies spoke together;
 * the output has room for one speaker, and crediting either alone would misreport.
 */
function isCoordinatedSource(text: string, ms: readonly MentionRef[], start: number, headEnd: number): boolean {
  const and = /\s(?:and|&)\s/g;
  const head = text.slice(start, headEnd);
  // (a source the tagger ran over a verb is a clause, not a subject: "Boucher met X and Y")
  if (/\s(?:met|said|told|says|is|are|was|were|has|have|had|will|would|[a-z]{3,}ed)\s/.test(head)) return false;
  for (let hit = and.exec(head); hit; hit = and.exec(head)) {
    const at = start + hit.index + 1;
    let before = false;
    let after = false;
    let person: MentionRef | null = null;
    let personBefore = false;
    for (let i = firstAtOrAfter(ms, start); i < ms.length && ms[i]!.start < headEnd; i++) {
      const m = ms[i]!;
      if (m.start <= at && m.end > at) return false;
      if (m.end <= at) {
        before = true;
        if (m.type === 'PERSON') personBefore = true;
      } else if (m.end <= headEnd) {
        after = true;
        if (m.type === 'PERSON' && /^[\s,]*$/.test(text.slice(m.end, headEnd))) person = m;
      }
    }
    // "Manpower and Transmigration Minister Fahmi Idris", "academic and thinker Mustapha Cherif":
    // with no person before it, an "and" before the person ending the head joins words of a title
    if (person && !personBefore && isTitleRun(text.slice(at + hit[0].length - 1, person.start))) continue;
    // (the second body may be a name the entities layer missed: "and the Immigration Law
    // Practitioners' Association"; "Ministry of Science and Technology" is one name)
    if (before && (after || /^the\s+\p{Lu}/u.test(head.slice(hit.index + hit[0].length)))) return true;
  }
  return false;
}

/** Title words between an "and" and a name: "former MP", "Transmigration Minister", "Central Asian Affairs"; no determiner, no clause. */
function isTitleRun(words: string): boolean {
  return /^(?:[\p{L}'’.-]+\s+){0,8}$/u.test(words) && !/\b(?:the|a|an|other|some|his|her|their|its|who|which|said)\s/i.test(words);
}

/**
 * "The Law Society of [Kenya]", "the University of [Nairobi]": a place after "of" closing a
 * capitalised name the entities layer did not find is part of that name, not the speaker
 * ("the Government of Kenya" does speak for Kenya).
 */
export function isPlaceInName(before: string): boolean {
  const m = /(\p{Lu}[\p{L}'’-]*)\s+of\s+(?:the\s+)?$/u.exec(before);
  return !!m && !/^(?:Government|Republic|Kingdom|State|States|Commonwealth|People['’]s|Federation|Principality|Emirate|Sultanate)$/.test(m[1]!);
}

/** A body's noun right after a name inside the source's head: "[Premier League] club", "[Serie A] side". */
/** A noun for one person right after a name: "the United States [native]", "the Brazil [international]". */
const PERSON_HEAD_AFTER = /^\s+(?:native|resident|citizen|national|international|player|star|veteran|winner|champion|captain|coach)\b/;
/** A noun for one person and a preposition right before a name: "the oldest player in [the ATP finale]". */
const PERSON_HEAD_BEFORE = /\b(?:player|native|winner|champion|veteran|star|captain|coach|striker|midfielder|defender|goalkeeper|forward|athlete|skater|swimmer|runner|golfer|boxer)\s+(?:in|of|at|from)\s+(?:the\s+)?$/;
const BODY_HEAD_AFTER = /^\s+(?:club|side|team|outfit|giants|champions|company|firm|group|carmaker|automaker|lender|insurer|airline|retailer|unit|subsidiary)\b/;

/** True when another person follows `m` in the head after "and"/"or"/"&" ("X and Prime Minister Y"). */
function coordinatedPerson(text: string, m: MentionRef, ms: readonly MentionRef[], headEnd: number): boolean {
  for (let j = firstAtOrAfter(ms, m.end); j < ms.length && ms[j]!.start < headEnd; j++) {
    const n = ms[j]!;
    if (n.type !== 'PERSON' || n.entity === m.entity) continue;
    return /^\s+(?:and|or|&)\s+(?:[\p{L}.-]+\s+){0,4}$/u.test(text.slice(m.end, n.start));
  }
  return false;
}

/** A preposition of place ending the words before a mention: "representatives in", "a Democrat from the". */
const PLACE_PREPOSITION = /\s+(?:in|from|at|near|outside|across|around|throughout|inside|based\s+in)\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central|rural|coastal)\s+)?$/i;

/**
 * Where the modifier starts when `before`, the source's words before a place, end in a
 * preposition after a head ("Union representatives| in "): the place modifies that head. -1 when
 * they do not.
 */
function placeModifierStart(before: string): number {
  const m = PLACE_PREPOSITION.exec(before);
  return m && m.index > 0 ? m.index : -1;
}

/**
 * The head of a source phrase, for naming an unnamed speaker: without a relative clause
 * ("[Union representatives in Dresden], where ...") or a place modifying the head ("Union
 * representatives[ in Dresden]"). The span itself when there is neither.
 */
export function sourceHead(text: string, src: Span, index: SpeakerIndex): Span {
  const raw = text.slice(src.start, src.end);
  const rel = raw.search(/,\s*(?:where|which|who|whose|whom)\b|\s(?:who|which|where|whose)\s/);
  let end = rel > 0 ? src.start + rel : src.end;
  const ms = index.mentions;
  for (let i = firstAtOrAfter(ms, src.start); i < ms.length && ms[i]!.start < end; i++) {
    const m = ms[i]!;
    if (m.type !== 'LOC' || m.end > end || !/^[\s,]*$/.test(text.slice(m.end, end))) continue;
    const at = placeModifierStart(text.slice(src.start, m.start));
    if (at < 0) continue;
    end = src.start + at;
    break;
  }
  while (end > src.start && /[\s,]/.test(text[end - 1]!)) end--;
  return end > src.start ? { start: src.start, end } : src;
}

/** Words that open the noun phrase a relative pronoun points back to: "[a top official] who". */
// (and counts of people: "[thousands of farmers in western Mali] who say")
const ANTECEDENT_OPENER = /^(?:a|an|the|some|several|many|two|three|four|five|his|her|their|its|our|one|other|another|thousands|hundreds|dozens|millions|scores|most|all)$/i;

/**
 * The noun phrase before a relative pronoun source, for naming the unnamed speaker it stands
 * for: "a top US official who told ..." -> "a top US official", "The text, which said ..." ->
 * "The text". It opens at the nearest determiner within six words and never crosses other
 * punctuation; null when there is none, and the pronoun stays the speaker's text.
 */
export function antecedentPhrase(text: string, pronounStart: number): Span | null {
  let end = pronounStart;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] === ',') end--;
  const before = text.slice(Math.max(0, end - 80), end);
  const words = [...before.matchAll(/\d[\d,.]*\d|[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[^\s\p{L}\p{N}]/gu)];
  for (let k = words.length - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const w = words[k]![0];
    if (!/^[\p{L}\p{N}]/u.test(w)) return null;
    // (a word closing the previous sentence: "the table. [Those] who say", "[Shop owners] who";
    // two words at most, since "Critics include residents who" has a verb)
    if (k < words.length - 1 && isSentenceFinal(w)) {
      const rest = words.slice(k + 1).map((x) => x[0]);
      if (rest.length > 2 || !rest.every((x) => /^[\p{L}'’-]+$/u.test(x)) || (rest.length === 2 && !isNounModifier(rest[0]!))) break;
      return { start: end - before.length + words[k + 1]!.index!, end };
    }
    // (or a possessor: "[Japan's main business lobby], which")
    if (ANTECEDENT_OPENER.test(w) || /^\p{Lu}[\p{L}.-]*['’]s$/u.test(w)) {
      if (k === words.length - 1) return null;
      const start = end - before.length + words[k]!.index!;
      return { start, end };
    }
  }
  // a bare plural right before: "residents who say", "analysts who expect"
  const last = words[words.length - 1];
  if (last && /^[A-Za-z][a-z]{2,}s$/.test(last[0]) && !/(?:ss|us|is|as)$/.test(last[0]) && !BARE_PLURAL_STOP.has(last[0])) {
    // (with a noun modifying it: "[Shop owners] who say", "from local [bus drivers] who"; only
    // after a phrase boundary, since a verb may come before it too: "include residents")
    const k = words.length - 1;
    const mod = words[k - 1]?.[0];
    const bounded = k === 1 ? end - before.length === 0 || /[.!?\n]\s*$/.test(text.slice(0, end - before.length)) : k > 1 && isPhraseBoundary(words[k - 2]![0]);
    const at = mod && isNounModifier(mod) && !isSentenceFinal(mod) && bounded ? k - 1 : k;
    return { start: end - before.length + words[at]!.index!, end };
  }
  return null;
}

/** A word with the stop that ends its sentence ("table."), not an abbreviation ("U.S.", "Dr."). */
function isSentenceFinal(w: string): boolean {
  return /\p{Ll}{3,}\.$/u.test(w) && !/^(?:\p{L}\.)+$/u.test(w);
}

/** What may come right before a noun phrase: punctuation, a sentence's last word, a preposition or conjunction. */
function isPhraseBoundary(w: string): boolean {
  return !/^[\p{L}\p{N}]/u.test(w) || isSentenceFinal(w) || /^(?:of|in|on|at|for|with|by|from|to|about|among|between|than|like|and|or|but)$/i.test(w);
}

/** Words that may not modify a noun before it: function words, verbs of saying, forms of "be" and "have". */
const NOT_MODIFIER = /^(?:of|in|on|at|for|with|by|from|to|about|among|between|than|like|into|over|and|or|but|as|that|while|if|when|where|said|says|say|told|tells|asked|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|not|no|also|even|only|many|most|some|all|both|other)$/i;

/** True when a word may modify the noun after it: "shop" in "shop owners", "Kenyan" in "Kenyan farmers". */
function isNounModifier(w: string): boolean {
  return /^[\p{L}-]+$/u.test(w) && !NOT_MODIFIER.test(w) && !/(?:ly|ed)$/.test(w);
}

/** Words ending in -s before "who" that are no plural noun. */
const BARE_PLURAL_STOP = new Set(['does', 'says', 'has', 'was', 'its', 'this', 'those', 'these', 'hers', 'ours', 'yours', 'theirs', 'sometimes', 'perhaps', 'besides', 'towards', 'afterwards']);

/** People a place's name or adjective may qualify who are nobody in particular: "US [officials]". */
const UNNAMED_OF_PLACE = new Set([
  'official', 'officials', 'diplomat', 'diplomats', 'source', 'sources', 'trader', 'traders', 'dealer', 'dealers',
  'analyst', 'analysts', 'police', 'expert', 'experts', 'resident', 'residents', 'witness', 'witnesses', 'newspaper',
  'newspapers', 'media', 'press', 'officer', 'officers', 'negotiator', 'negotiators', 'investigator', 'investigators',
  'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'envoys', 'lawmaker', 'lawmakers', 'delegate', 'delegates',
  'reports', 'broadcaster', 'television', 'radio', 'agency', 'daily', 'paper', 'activists', 'doctors', 'rescuers',
  'court', 'courts', 'judge', 'judges', 'prosecutor', 'prosecutors', 'jury', 'coroner', 'magistrate', 'tribunal',
  'authorities', 'leaders', 'politicians', 'critics', 'observers', 'commentators', 'protesters', 'demonstrators',
  'farmers', 'voters', 'students', 'economists', 'scientists', 'researchers', 'academics', 'campaigners', 'activist',
  // (and the groups a place or creed qualifies: "India's Hindu nationalists", "Kurdish rebels")
  'nationalists', 'rebels', 'militants', 'insurgents', 'separatists', 'guerrillas', 'fighters', 'troops', 'soldiers',
  'workers', 'citizens', 'nationals', 'exiles', 'refugees', 'hardliners', 'reformists', 'moderates', 'villagers',
]);

/**
 * True when the source is a place (or its adjective, which the entities layer ties to the place)
 * with up to two lowercase words ending in a noun for unnamed people: "US officials", "Turkish
 * diplomats", "the US newspaper", "London traders"; or an organisation with a plural of its
 * unnamed people: "OPEC+ delegates", "Pentagon officials".
 */
function isUnnamedOfPlace(text: string, src: Span, raw: string, ms: readonly MentionRef[]): boolean {
  const lead = /^(?:(?:the|which|that)\s+)?/i.exec(raw)![0].length;
  const at = src.start + (text.slice(src.start, src.end).length - text.slice(src.start, src.end).trimStart().length) + lead;
  const i = firstAtOrAfter(ms, at);
  const m = ms[i];
  if (!m || m.start !== at || (m.type !== 'LOC' && m.type !== 'ORG')) return false;
  // (a relative clause on the head says more of it: "The US lawmaker [who called for a pullout]")
  // (a possessive place may qualify a capitalised creed or party: "India's [Hindu nationalists]")
  const rest = raw.slice(lead + (m.end - m.start)).replace(/^\+/, '').replace(/^['’]s\s+/, '').replace(/,?\s+(?:who|which|that|whose)\s[\s\S]*$/, '').trim();
  const words = rest.split(/\s+/);
  if (!rest || words.length > 2 || !words.every((w, k) => /^[a-z]+$/.test(w) || (k < words.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(w)))) return false;
  // (an organisation speaks through its unnamed people only in the plural: "OPEC+ delegates",
  // "Kremlin officials"; "the ministry spokesman" may be its voice)
  return m.type === 'ORG' ? UNNAMED_OF_ORG.test(words[words.length - 1]!) : UNNAMED_OF_PLACE.has(words[words.length - 1]!);
}

/** The organisation whose one mention is the whole source ("Doctors Without Borders"), or null. */
function wholeNamedSource(src: Span, raw: string, index: SpeakerIndex): string | null {
  const at = src.start + leadingSpaces(raw);
  const m = index.mentions[firstAtOrAfter(index.mentions, at)];
  return m && m.type === 'ORG' && m.start === at && m.end - m.start === raw.trim().length ? m.entity : null;
}

/** The number of spaces before the first word of `raw`. */
function leadingSpaces(raw: string): number {
  return raw.length - raw.trimStart().length;
}

/** True when the source is a plural demonym alone ("Serbs", "many Palestinians") that the entities tied to a place. */
function isPeopleInPlural(raw: string, src: Span, index: SpeakerIndex): boolean {
  const m = /^(?:(?:the|many|most|some|ordinary|young|local)\s+)?(\p{Lu}\p{Ll}+s)$/u.exec(raw);
  if (!m) return false;
  const mention = index.mentions[firstAtOrAfter(index.mentions, src.start)];
  if (!mention || mention.start >= src.end || mention.type !== 'LOC' || mention.end - mention.start !== m[1]!.length) return false;
  return index.byId.get(mention.entity)?.name !== m[1];
}

/** Plural nouns for people inside an organisation who go unnamed: "OPEC+ [delegates]", "Hamas [officials]". */
const UNNAMED_OF_ORG = /^(?:officials|delegates|diplomats|negotiators|sources|insiders|aides|staffers|officers|investigators|executives|engineers|employees|workers|members|lawmakers|analysts|economists|researchers|scientists|people|experts|inspectors|monitors|observers|specialists)$/;

/** True when a source names nobody in particular: "a senior official", "sources familiar with the talks". */
export function isUnnamed(sourceText: string): boolean {
  // ("200 residents", "60 percent of Americans", "12 of the 15 members"; not "29-year-old Justin
  // Hare" or "24 Heures")
  if (/^\d[\d,.]*\s+(?:percent\b|per\s+cent\b|of\b|\p{Ll}+s\b)|^\d[\d,.]*%/u.test(sourceText)) return true;
  const first = /^[\p{L}'’-]+/u.exec(sourceText)?.[0]?.toLowerCase() ?? '';
  // ("Police Chief Daniel Ortiz", "Police spokeswoman Resila Onyango": a title of the force, then
  // a name, names someone)
  if (first === 'police' && POLICE_TITLE_THEN_NAME.test(sourceText)) return false;
  return UNNAMED_FIRST.has(first);
}
/** "Police Chief Daniel Ortiz": the force, one of its titles, and a capitalised name. */
// (no "i" flag: with it, \p{Lu} would match any letter)
const POLICE_TITLE_THEN_NAME = /^[Pp]olice\s+(?:[Cc]hief|[Cc]ommissioner|[Ss]uperintendent|[Ii]nspector|[Cc]aptain|[Ss]ergeant|[Ll]ieutenant|[Cc]onstable|[Oo]fficer|[Ss]pokes(?:man|woman|person)|[Dd]irector|[Cc]ommander)\s+\p{Lu}/u;

/** An aside that describes what comes before it without naming anything: "based in Bergamo", "which ...", ", 80,". */
const DESCRIBING_ASIDE = /^,\s+(?:[a-z]+ed\b|which\b|who\b|whose\b|\d)/;

/**
 * A source up to a describing aside: "The company, based in Bergamo" -> "The company". An aside
 * that names ("The EU's executive body, the European Commission") or relates ("The company, part
 * of Aachener") is left for the rest of the resolution.
 */
function beforeAside(raw: string): string {
  const c = raw.indexOf(',');
  return c > 0 && DESCRIBING_ASIDE.test(raw.slice(c)) ? raw.slice(0, c).trimEnd() : raw;
}

/**
 * A source that is nothing but two or more entity mentions listed with commas and closed by
 * "and"/"or": "France, Britain and Germany", "Mbeki and Tandja" ("Justice and Parliamentary
 * Affairs Minister Patrick Chinamasa" is one title and one name, no list).
 */
function isListOfMentions(text: string, src: Span, ms: readonly MentionRef[]): boolean {
  const raw = text.slice(src.start, src.end);
  let at = src.start + (/^\s*(?:the\s+)?/i.exec(raw)?.[0].length ?? 0);
  const end = src.start + raw.replace(/[-—–,\s]+$/, '').length;
  let count = 0;
  let closed = false;
  for (let i = firstAtOrAfter(ms, at); i < ms.length && ms[i]!.start < end; i++) {
    const m = ms[i]!;
    const gap = text.slice(at, m.start);
    if (count === 0 ? gap !== '' && !(m.type === 'PERSON' && /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u.test(gap)) : !LIST_GAP.test(gap)) return false;
    // (titles between two names only in a list of people: "Justice and Parliamentary Affairs
    // Minister Patrick Chinamasa" is one minister)
    if (count > 0 && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(gap) && (m.type !== 'PERSON' || ms[i - 1]!.type !== 'PERSON')) return false;
    if (count > 0 && /\b(?:and|or)\s/i.test(gap)) closed = true;
    count++;
    at = m.end;
  }
  // (a description may close the list: "..., Sam Bodman and Stephen Johnson, head of the EPA,")
  return count > 1 && closed && (at === end || /^,\s+\p{Ll}/u.test(text.slice(at, end)));
}
/** Between two listed names: a comma or a conjunction, and titles of the next ("..., Energy Secretary Sam Bodman"). */
const LIST_GAP = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/**
 * Resolves a source span to an entity id. A name in the source wins; an unnamed source stays
 * unnamed even when a named entity sits inside it ("an official at the ministry"); a pronoun
 * takes the previous speaker or the only person mentioned just before; a title ("the minister")
 * takes the one entity carrying that title. Anything ambiguous stays null.
 */
export function resolveSpeaker(src: Span, ctx: ResolveContext): SpeakerResult {
  const { text, index } = ctx;
  const raw = text.slice(src.start, src.end).trim().replace(/[,\s]+$/, '');
  const lower = raw.toLowerCase();
  if (!raw) return { speaker: null, confidence: 0 };
  // "France, Britain and Germany", "Google and Meta": names listed together spoke together, and
  // crediting one of them alone would misreport (a name holding "and", "Marks and Spencer", is one mention)
  if (isListOfMentions(text, src, index.mentions)) return { speaker: null, confidence: 0 };
  const apposed = appositiveName(text, src, index.mentions);
  if (apposed) return { speaker: apposed.entity, confidence: 0.9 };
  // "RACHEL REEVES:" in a transcript: the tagger reads capitals poorly ("RACHEL" a place), and the
  // article names the speaker in full elsewhere
  if (/^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){1,3}$/u.test(raw)) {
    const hit = namesOf(index).get(lower);
    if (hit) return { speaker: hit, confidence: 0.8 };
  }
  const described = nameAfterIndefiniteDescription(text, src, index.mentions);
  if (described) return { speaker: described.entity, confidence: 0.85 };
  // ("Doctors Without Borders said": a name the entities read whole is no unnamed group of doctors)
  const whole = wholeNamedSource(src, raw, index);
  if (whole) return { speaker: whole, confidence: 0.9 };
  if (isUnnamed(raw)) return { speaker: null, confidence: 0 };
  // "US officials", "Turkish diplomats", "the US official": unnamed people from a place, not the
  // place (its government, "The German government", still speaks for it)
  if (isUnnamedOfPlace(text, src, raw, index.mentions)) return { speaker: null, confidence: 0 };
  // "Serbs have expressed fears", "Palestinians say": a people in the plural, not the state the
  // entities stage ties the demonym to; nobody in particular spoke
  if (isPeopleInPlural(raw, src, index)) return { speaker: null, confidence: 0 };

  const ms = index.mentions;
  // A mention inside the source, before any appositive comma.
  // (and before a relative clause with no comma: "people in Dresden who ...")
  const headEnd = (() => {
    const c = raw.search(/,|\s(?:who|which|where|whose)\s/);
    return c >= 0 ? src.start + c : src.end;
  })();
  if (isCoordinatedSource(text, ms, src.start, headEnd)) return { speaker: null, confidence: 0 };
  // "the England winger", "the Chelsea midfielder": the team or country names whose player, and the
  // player is who spoke (resolved as a description below)
  const roleTitle = /^(?:the|The)\s+(.{1,60})$/u.exec(raw)?.[1];
  const describesPlayer = !!roleTitle && isRoleDescription(roleTitle);
  let possessor: MentionRef | null = null;
  let named: MentionRef | null = null;
  for (let i = firstAtOrAfter(ms, src.start); i < ms.length && ms[i]!.start < headEnd; i++) {
    const m = ms[i]!;
    if (m.end <= src.end && (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'LOC')) {
      if (describesPlayer && m.type !== 'PERSON') continue;
      // "the chief ceasefire negotiator for the government": a description the entities tied to a
      // person ("the chief") that runs on in lowercase names another head, and another person
      if (m.type === 'PERSON' && isDescriptionRunningOn(text, m)) continue;
      // "the oldest player in the ATP finale", "the United States native": a body or place in a
      // phrase about a person says which, and is not who spoke
      if (m.type !== 'PERSON' && (PERSON_HEAD_AFTER.test(text.slice(m.end, headEnd)) || PERSON_HEAD_BEFORE.test(text.slice(src.start, m.start)))) continue;
      // "Lawyers for Maria Santos", "Friends of George's", "The widow of ... Alexander Litvinenko":
      // whom they act for or belong to, not who spoke
      if (m.type === 'PERSON' && (RELATED_PERSON_BEFORE.test(text.slice(src.start, m.start)) || FAMILY_OF_PERSON.test(text.slice(src.start, m.start)))) continue;
      // "Kenya's Health Ministry": the possessor is not the speaker when a name follows
      if (/^['’]s?\b/.test(text.slice(m.end, m.end + 2))) {
        possessor ??= m;
        continue;
      }
      // "The government of President Nicolás Maduro": whose body it is, not who spoke
      if (m.type === 'PERSON' && BODY_OF_PERSON.test(text.slice(src.start, m.start))) continue;
      // "EU Trade Commissioner Tomasz Wieczorek": a person named in the head is the speaker
      if (m.type === 'PERSON' && !modifiesLaterName(text, m, ms[i + 1], headEnd, index.byId.get(ms[i + 1]?.entity ?? '')?.titles ?? [])) {
        // "Marquez and Prime Minister Voss said": two people spoke together; crediting either
        // alone would misreport, and the output has room for one speaker
        if (coordinatedPerson(text, m, ms, headEnd)) return { speaker: null, confidence: 0 };
        return { speaker: m.entity, confidence: 0.95 };
      }
      // "documents obtained by The Herald", "emails seen by Reuters": the outlet that got hold of
      // the documents only reports them; the documents speak, and they name no one
      if (isRecipientOfDocuments(text.slice(Math.max(src.start, m.start - 40), m.start))) continue;
      // "Union representatives in Dresden": a place in a modifier says where the head is, and
      // the head is who spoke (a place as the whole source, "Moscow denies", stays the speaker)
      if (m.type === 'LOC' && placeModifierStart(text.slice(src.start, m.start)) >= 0) continue;
      if (m.type === 'LOC' && isPlaceInName(text.slice(src.start, m.start))) continue;
      // ("The Austin, Texas-based company": where the body is based, its state after a comma)
      if (m.type === 'LOC' && /^(?:,\s+\p{Lu}[\p{L}.]*)?-based\b/u.test(text.slice(m.end, m.end + 30))) continue;
      // ("The Kenya Private Sector Alliance": a place opening a longer name the entities missed is
      // no more the speaker than the name's other words)
      if (m.type === 'LOC' && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.end, Math.min(headEnd, m.end + 30)))) continue;
      // "The United Nations children's agency UNICEF": the last name is the head
      if (m.type !== 'PERSON' && modifiesLaterBody(text, m, ms[i + 1], headEnd)) continue;
      // "the Premier League club", "the Tokyo-based carmaker": a name before a body's noun says
      // which league or place; the body itself spoke
      if (m.type !== 'PERSON' && BODY_HEAD_AFTER.test(text.slice(m.end, headEnd))) continue;
      named ??= m;
    }
  }
  if (named) return { speaker: named.entity, confidence: 0.9 };
  // ("Blackburn's South African forward": a club's player described, not the club; left to the
  // description below)
  if (possessor && !/^['’]s?\s+[a-z]/.test(text.slice(possessor.end, possessor.end + 4)) && !endsInRoleNoun(raw.slice(possessor.end - src.start))) return { speaker: possessor.entity, confidence: 0.8 };
  // a mention overlapping the source start (source span cut a name short)
  const before = firstAtOrAfter(ms, src.start) - 1;
  if (before >= 0) {
    const m = ms[before]!;
    if (m.end > src.start && (m.type === 'PERSON' || m.type === 'ORG')) return { speaker: m.entity, confidence: 0.8 };
  }

  // a name the entities stage missed here but found elsewhere: "PENCE:" in a transcript, a
  // surname in a headline; only when it names one entity
  if (/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u.test(raw) && !PERSONAL.has(lower) && !GROUP_PRONOUNS.has(lower) && !/^the /.test(lower)) {
    const hit = namesOf(index).get(lower);
    if (hit) return { speaker: hit, confidence: 0.75 };
  }

  if (RELATIVE.has(lower)) {
    // "Hill, who said": the mention right before the relative pronoun
    let k = firstAtOrAfter(ms, src.start) - 1;
    // "who" is a person or a body, never a place: in "Maria Alvarez, a Democrat from New Mexico
    // who", the place ends a description apposed to the name before it
    let skippedPlace = false;
    while (lower === 'who' && k >= 0 && ms[k]!.type === 'LOC') {
      skippedPlace = true;
      k--;
    }
    // (a nationality or a name of anything else is nobody: "some Chinese who called her a traitor")
    if (k >= 0 && (ms[k]!.type === 'PERSON' || ms[k]!.type === 'ORG' || (ms[k]!.type === 'LOC' && lower !== 'who'))) {
      const m = ms[k]!;
      const gap = text.slice(m.end, src.start);
      if (/^[\s,]*$/.test(gap) || /^,[^,]{0,60},\s*$/.test(gap)) return { speaker: m.entity, confidence: 0.85 };
      if (skippedPlace && m.type === 'PERSON' && /^,\s+(?:a|an|the)\s[^,.;:“”"]{0,60}$/.test(gap)) return { speaker: m.entity, confidence: 0.8 };
    }
    return { speaker: null, confidence: 0 };
  }

  if (PERSONAL.has(lower)) {
    // a possessive alone is the tagger's cut of a longer source: "[Her] colleagues call her ..."
    if (POSSESSIVE_SOURCE.test(text.slice(src.start, src.start + raw.length + 20))) return { speaker: null, confidence: 0 };
    // "The former head teacher drew applause when he called for ...": a pronoun inside a
    // sentence whose subject is a definite description of a person points to that description,
    // not to the last speaker; it names someone only as a title the entities carry
    const opener = descriptionSubject(text, ctx.windowStart, src.start, ms);
    if (opener) {
      const r = resolveSpeaker(opener, { ...ctx, previous: null, earlier: null });
      return r.speaker && index.byId.get(r.speaker)?.type === 'PERSON' ? r : { speaker: null, confidence: 0 };
    }
    // "he" never takes a person the document calls "she", and the other way round
    const want: Gender = lower === 'he' || lower === 'him' || lower === 'his' ? 'm' : lower === 'she' || lower === 'her' ? 'f' : null;
    const genders = want ? gendersOf(text, index) : null;
    const fits = (id: string) => !genders || !genders.get(id) || genders.get(id) === want;
    const prev0 = ctx.previous ? index.byId.get(ctx.previous) : undefined;
    // ("he" or "she" never stands for a body that spoke last)
    const prevEntity = prev0 && fits(prev0.id) && !((lower === 'he' || lower === 'she') && prev0.type !== 'PERSON') ? prev0 : undefined;
    // The people mentioned in the window before the source.
    const people = new Set<string>();
    let nearest: MentionRef | null = null;
    let firstPerson: MentionRef | null = null;
    let possessedPerson = false;
    for (let i = firstAtOrAfter(ms, ctx.windowStart); i < ms.length && ms[i]!.start < src.start; i++) {
      const m = ms[i]!;
      if (m.type !== 'PERSON' || !fits(m.entity)) continue;
      if (ctx.quotation && m.start >= ctx.quotation.start && m.end <= ctx.quotation.end) continue;
      // ("He said former President Clinton had invited Musharraf ... This was indicative of ..., he
      // said": the people the last speaker spoke of are not who speaks on)
      if (prevEntity?.type === 'PERSON' && ctx.reported?.some((r) => m.start >= r.start && m.end <= r.end)) continue;
      // (and whoever spoke last, a name inside the marks of their quotation is spoken of: `“...
      // place this above God ...,” the right-winger declared. “...,” he said`)
      if (ctx.reported?.some((r) => m.start >= r.start && m.end <= r.end && isInsideQuotationFrom(text, r.start, m.start))) continue;
      // "Vance's bandmate, ... defended her. “...,” he said.": the possessor only says whose
      // bandmate; the person the phrase brings in is the likelier antecedent
      // ("The elder Brandt, Sofia, ...": a surname picked out among relatives is not the one the
      // entities tied it to, most likely, and stands for someone new as well)
      if (isRelatedPersonMention(text, m) || /\b(?:the|The)\s+(?:elder|eldest|younger|youngest|older|oldest|other)\s+$/.test(text.slice(Math.max(0, m.start - 20), m.start))) {
        possessedPerson = true;
        continue;
      }
      people.add(m.entity);
      nearest = m;
      // a name modifying a title before another name is not the subject: "Clinton
      // communication director Jennifer Palmieri"
      const nx = ms[i + 1];
      const modifier = nx && nx.type === 'PERSON' && nx.start - m.end < 40 && isTitleOf(text.slice(m.end, nx.start), index.byId.get(nx.entity)?.titles ?? []);
      if (!modifier) firstPerson ??= m;
    }
    // "A former contractor is accused of ... He has denied wrongdoing.": a person the window
    // introduces without a name is the likelier antecedent than the last speaker
    const introduced = NEW_PERSON.exec(text.slice(ctx.windowStart, src.start))?.[1]?.toLowerCase();
    const unnamedPerson = people.size === 0 && (possessedPerson || (!!introduced && !(want === 'f' && MALE_NOUN.test(introduced)) && !(want === 'm' && FEMALE_NOUN.test(introduced))));
    // "Petrenko's husband, Andriy, was killed ... She does not talk about it. ... “...,” she said"
    // after a quote of Dr. Melnyk's: a last speaker of unknown gender loses a gendered pronoun to
    // the one person of that gender (known) the paragraph names; with two, nobody is credited
    // (only a subject pronoun: a source "Her" is the tagger's cut of "Her colleagues")
    const subjectPronoun = lower === 'he' || lower === 'she';
    // (when the paragraph names the last speaker too, either may be meant: see below)
    // (nor one the last speaker, or this attribution, only spoke of)
    const quoted = (m: MentionRef) => (!!ctx.quotation && m.start >= ctx.quotation.start && m.end <= ctx.quotation.end) || (prevEntity?.type === 'PERSON' && !!ctx.reported?.some((r) => m.start >= r.start && m.end <= r.end));
    if (subjectPronoun && want && prevEntity && prevEntity.type === 'PERSON' && !genders!.get(prevEntity.id) && people.size === 0 && ctx.paragraphStart !== undefined && !namedIn(ms, ctx.paragraphStart, src.start, prevEntity.id) && !introducesDescribedPerson(text.slice(ctx.paragraphStart, src.start))) {
      const known = knownGenderNamed(ms, ctx.paragraphStart, src.start, prevEntity.id, (id) => genders!.get(id) === want, quoted);
      if (known !== undefined) return known ? { speaker: known, confidence: 0.7 } : { speaker: null, confidence: 0 };
    }
    // "Ferraro disagrees. He has spent years on it. “...,” he said.": a paragraph whose opening
    // subject is someone else turns the story to them, and its pronouns with it
    if (people.size === 0 && !unnamedPerson && ctx.paragraphStart !== undefined && ctx.paragraphStart < ctx.windowStart) {
      const opener = paragraphSubject(text, ms, ctx.paragraphStart, ctx.windowStart, fits);
      if (opener) return { speaker: opener, confidence: 0.75 };
      // "Shaw suggested that Tran had misremembered the date. She rejected that. “...,” she
      // said.": with no gender known for the last speaker, another person the paragraph names
      // fits the pronoun as well; crediting either would be a guess
      if (want && prevEntity && prevEntity.type === 'PERSON' && !genders!.get(prevEntity.id) && otherPersonNamed(text, ms, ctx.paragraphStart, ctx.windowStart, prevEntity.id, fits)) return { speaker: null, confidence: 0 };
    }
    // "Rahima Begum has lost her house ... The last time, she watched ...¶“...,” she said.": the
    // window only goes on with the pronoun; the one person opening its paragraph is who it is
    if (subjectPronoun && people.size === 0 && !unnamedPerson && !prevEntity && want && pronounGoesOn(text.slice(ctx.windowStart, src.start), want) && !introducesDescribedPerson(text.slice(ctx.windowStart, src.start))) {
      const opener = paragraphSubject(text, ms, text.lastIndexOf('\n', ctx.windowStart - 1) + 1, src.start, fits);
      if (opener) return { speaker: opener, confidence: 0.7 };
    }
    // "KHARKIV — When the shelling started, Olena Petrenko sent her sons away. She stayed. ... “...,”
    // she said": before anyone has spoken, the one person the story has named so far, known to be
    // of the pronoun's gender
    if (subjectPronoun && people.size === 0 && !unnamedPerson && !prevEntity && want && !introducesDescribedPerson(text.slice(ctx.paragraphStart ?? ctx.windowStart, src.start))) {
      const only = knownGenderNamed(ms, 0, src.start, '', (id) => genders!.get(id) === want, quoted);
      if (only && onlyPersonBefore(ms, src.start, only, quoted)) return { speaker: only, confidence: 0.7 };
    }
    if (!unnamedPerson && prevEntity && prevEntity.type === 'PERSON' && (people.size === 0 || people.has(prevEntity.id) && people.size === 1)) {
      return { speaker: prevEntity.id, confidence: 0.85 };
    }
    // "Tshisekedi ... made it clear ... ¶ He snubbed Mobutu by ... ¶ He praised ...": a window that
    // opens on the same pronoun goes on with the same person, and the one it names after the verb
    // is that person's object
    const chained = subjectPronoun && !prevEntity && !!ctx.earlier && fits(ctx.earlier) && index.byId.get(ctx.earlier)?.type === 'PERSON' && new RegExp(`^\\s*${lower}\\s`, 'i').test(text.slice(ctx.windowStart, src.start));
    if (chained && nearest && nearest.entity !== ctx.earlier && nearest.start > ctx.windowStart + lower.length + 1) return { speaker: ctx.earlier!, confidence: 0.7 };
    if (people.size === 1 && nearest) return { speaker: nearest.entity, confidence: 0.8 };
    // "Lee still faces four other trials, ..., which he has dismissed": a pronoun in a relative
    // clause goes back to the one person opening its own sentence, whoever spoke last (in "Wen
    // will deliver speeches, he said" the opener is in what was said, and no relative clause)
    // (and in a clause of time or cause: "Ahmadinejad caused a backlash in October when he called
    // for ...")
    if (ctx.sentenceStart !== undefined && ctx.sentenceStart < src.start && (/\b(?:which|whom|that)\s+$/.test(text.slice(Math.max(ctx.sentenceStart, src.start - 8), src.start)) || (subjectPronoun && /\s(?:when|after|before|because|since|while|until|once)\s+$/.test(text.slice(Math.max(ctx.sentenceStart, src.start - 8), src.start))))) {
      const own = paragraphSubject(text, ms, ctx.sentenceStart, src.start, fits);
      if (own) return { speaker: own, confidence: 0.75 };
    }
    // the last speaker, a little further back, who is also the subject opening the previous sentence
    const earlier = ctx.earlier && fits(ctx.earlier) ? index.byId.get(ctx.earlier) : undefined;
    if (!prevEntity && earlier && earlier.type === 'PERSON' && firstPerson && firstPerson.entity === earlier.id && /^\s*(?:[^,.;:“”"]{0,60},\s*)?$/.test(text.slice(ctx.windowStart, firstPerson.start))) {
      return { speaker: earlier.id, confidence: 0.75 };
    }
    // "“...,” he said. ¶ General public services include ... ¶ He further said": a paragraph or two
    // that name nobody since the last speaker's words leave the pronoun to that speaker
    if (subjectPronoun && !prevEntity && earlier && earlier.type === 'PERSON' && people.size === 0 && !unnamedPerson && ctx.earlierEnd !== undefined && !otherPersonSince(ms, ctx.earlierEnd, src.start, earlier.id) && !NEW_PERSON.test(text.slice(ctx.earlierEnd, src.start)) && !introducesDescribedPerson(text.slice(ctx.earlierEnd, src.start))) {
      return { speaker: earlier.id, confidence: 0.7 };
    }
    // "Chief Justice John Roberts ... Justice Amy Coney Barrett pressed Sauer on ... “Can you point
    // to any?” she asked": when the last speaker does not fit the pronoun, the subject the window
    // opens with (titles at most before the name), the one person known to be of the pronoun's
    // gender, does ("He snubbed Mobutu ..." opens with no name)
    if (subjectPronoun && want && firstPerson && genders!.get(firstPerson.entity) === want && ![...people].some((id) => id !== firstPerson!.entity && genders!.get(id) === want) && !prevEntity && !ctx.reported?.some((r) => firstPerson!.start >= r.start && firstPerson!.end <= r.end) && /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(ctx.windowStart, firstPerson.start))) {
      return { speaker: firstPerson.entity, confidence: 0.7 };
    }
    // "Janssens and Peeters met at the centre. She said ...": two people the pronoun fits, joined
    // as one subject, leave it open even when one of them spoke last
    const pair = people.size > 1 ? lastCoordinatedPair(text, ms, ctx.windowStart, src.start) : null;
    if (pair && fits(pair[0].entity) && fits(pair[1].entity)) return { speaker: null, confidence: 0 };
    if (prevEntity && prevEntity.type === 'PERSON' && nearest && nearest.entity === prevEntity.id) return { speaker: prevEntity.id, confidence: 0.75 };
    // the last speaker is the first person the window names (the subject of the previous
    // sentence); people named after it are its objects: "Trump says he is making a demand of
    // Obama. “...,” he said."
    if (prevEntity && prevEntity.type === 'PERSON' && firstPerson && firstPerson.entity === prevEntity.id) return { speaker: prevEntity.id, confidence: 0.7 };
    return { speaker: null, confidence: 0 };
  }

  if (GROUP_PRONOUNS.has(lower)) {
    const prevEntity = ctx.previous ? index.byId.get(ctx.previous) : undefined;
    if (prevEntity && prevEntity.type === 'ORG' && lower !== 'we') return { speaker: prevEntity.id, confidence: 0.7 };
    // "China said ... It added": a country that spoke goes on speaking
    if (prevEntity && prevEntity.type === 'LOC' && lower === 'it') return { speaker: prevEntity.id, confidence: 0.7 };
    // "Acme reported a loss on Tuesday. It said ...": the one organisation the window names
    // (not as the subject after a sentence about a document: "The suit accuses Crestline ... It
    // seeks damages"; a closing "..., it said" is still the company's)
    if (lower === 'it' && !prevEntity && !(src.start === ctx.sentenceStart && DOCUMENT_OPENING.test(text.slice(ctx.windowStart, src.start)))) {
      const orgs = new Set<string>();
      for (let i = firstAtOrAfter(ms, ctx.windowStart); i < ms.length && ms[i]!.start < src.start; i++) if (ms[i]!.type === 'ORG' && !isWireCredit(text, ms[i]!)) orgs.add(ms[i]!.entity);
      if (orgs.size === 1) return { speaker: [...orgs][0]!, confidence: 0.65 };
    }
    // "The commission denies the charge. In a post on X, it said ...": a body the window's
    // sentence opens with, by description, that resolves to one organisation
    if (lower === 'it' && (!prevEntity || prevEntity.type === 'PERSON')) {
      const body = bodyDescriptionOpening(text, ctx.windowStart, src.start, isBodyHead);
      const r = body ? resolveSpeaker(body, { ...ctx, previous: null, earlier: null }) : null;
      if (r?.speaker && index.byId.get(r.speaker)?.type === 'ORG') return { speaker: r.speaker, confidence: 0.65 };
    }
    return { speaker: null, confidence: 0 };
  }

  // "Pike and Blakely were asked ... “...,” the former said": the first or second of the last
  // pair of people coordinated just before
  const which = /^the (former|latter)$/.exec(lower)?.[1];
  if (which) {
    // (within the paragraph, too: "the latter" often answers after "the former" has)
    const pair = lastCoordinatedPair(text, ms, Math.min(ctx.windowStart, text.lastIndexOf('\n', src.start) + 1), src.start);
    return pair ? { speaker: (which === 'former' ? pair[0] : pair[1]).entity, confidence: 0.75 } : { speaker: null, confidence: 0 };
  }

  // A headline's title with no article: "Health minister defends closures" is the one person
  // carrying exactly that title
  if (/^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,3}$/u.test(raw)) {
    const hit = onlyTitled(index, lower);
    if (hit) return { speaker: hit, confidence: 0.75 };
  }
  // A title: "the president", "the mayor-elect", "the Transport Minister"; an aside after it
  // says more about the one it stands for ("The company, based in Bergamo, said")
  const title = withTitleSynonyms(/^(?:the|The)\s+(.{1,60})$/u.exec(beforeAside(raw))?.[1]);
  if (title) {
    const head = headOfTitle(title);
    const matches = new Set<string>();
    for (const e of index.byId.values()) {
      if (e.type !== 'PERSON') continue;
      // the description's head is the title's head ("the opposition" is no "opposition leader"),
      // and a nationality it gives is the title's too ("the Polish foreign minister")
      // (and a portfolio it gives is the title's too: "the press secretary" is no "Defense Secretary")
      if (e.titles.some((t) => t.toLowerCase() === title.toLowerCase() || (titleHeads(t).includes(head) && !otherNationality(title, t) && !otherPortfolio(title, t) && titleRanks(title) === titleRanks(t)))) matches.add(e.id);
    }
    // "The FNSEA union said ... The union warned": an organisation introduced with the head word
    // right after its name is the one the head stands for, before one whose name holds the word
    // (the European Union)
    if (!matches.size && ORG_HEADS.has(head) && !/\s/.test(title)) {
      const introduced = organisationIntroducedAs(text, index, head, src.start);
      if (introduced) return { speaker: introduced, confidence: 0.75 };
    }
    // "the ministry", "the company": the one organisation whose name has that head word
    if (!matches.size && ORG_HEADS.has(head)) {
      for (const e of index.byId.values()) {
        if (e.type !== 'ORG') continue;
        const words = e.name.toLowerCase().split(/[\s.,-]+/);
        // (a description points back: "the Italian bank said" is no bank the story names only
        // later, unless its name has every word of a longer description, "the health ministry")
        const described = title.toLowerCase().split(/\s+/);
        if (!e.mentions.some((m) => m.start < src.end) && !(described.length > 1 && described.every((w) => words.includes(w)))) continue;
        // (every country has a ministry: "the Saudi foreign ministry" is no "Foreign Ministry" the
        // story named for Iran)
        if (head === 'ministry' && title.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && countryOfDemonym(w) !== null && !words.includes(w.toLowerCase()))) continue;
        if (words.includes(head) || (ORG_HEADS.get(head) ?? []).some((w) => words.includes(w))) matches.add(e.id);
        // "the agency" alone also stands for an administration or a bureau: the National Highway
        // Traffic Safety Administration (not "the Russian space agency" for NASA)
        else if (title.toLowerCase() === 'agency' && (words.includes('administration') || words.includes('bureau'))) matches.add(e.id);
      }
    }
    // ("US drug manufacturer Pfizer said ... The company said" after "The Bank of New York Mellon
    // Corporation" was named: the company that just spoke, introduced as one, goes before another
    // whose name only has a company word)
    if (matches.size === 1 && isCompanyHead(head) && ctx.previous && !matches.has(ctx.previous) && index.byId.get(ctx.previous)?.type === 'ORG' && companyBefore(text, src.start, head, index, ctx.previous) === ctx.previous) return { speaker: ctx.previous, confidence: 0.7 };
    if (matches.size === 1) return { speaker: [...matches][0]!, confidence: 0.8 };
    if (ctx.previous && matches.has(ctx.previous)) return { speaker: ctx.previous, confidence: 0.7 };
    // "the president" after "US President George W. Bush" and "former US president Lyndon
    // Johnson": the entities keep the title without "former", and the one who holds it now is meant
    if (matches.size > 1 && !/\b(?:former|ex-|late)\b/i.test(title)) {
      const current = [...matches].filter((id) => !onlyFormerlyTitled(text, index.byId.get(id)!));
      if (current.length === 1) return { speaker: current[0]!, confidence: 0.7 };
    }
    // "Britain's health secretary, Wes Streeting, said ... The minister said": a secretary of
    // state is a minister; only the one who spoke last, so that another minister named nearby
    // is never taken
    if (!matches.size && head === 'minister' && ctx.previous && isCabinetTitled(index.byId.get(ctx.previous))) return { speaker: ctx.previous, confidence: 0.7 };
    // `“...,” said a Daewoo spokesman, Kim Hyung-Soo. “...,” the spokesman said.`: the last speaker's
    // own source gave that title (apposed to the name, so the entity does not carry it)
    if (!matches.size && ctx.previous && ctx.previousSource && index.byId.get(ctx.previous)?.type === 'PERSON' && titledInSource(text, ms, ctx.previousSource, ctx.previous, head)) return { speaker: ctx.previous, confidence: 0.7 };
    // "The Food and Drug Administration on Friday approved ..., the agency said": the body
    // opening the sentence is what the description stands for (src/quotes/described.ts); the
    // sentence's own subject goes before any company named earlier ("Apple Inc will cut 600 jobs,
    // the iPhone maker said" after a paragraph on Carlsberg)
    if (!matches.size && isGenericBodyDescription(title) && ctx.sentenceStart !== undefined) {
      const opening = organisationOpening(text, ms, ctx.sentenceStart, src.start);
      if (opening) return { speaker: opening, confidence: 0.7 };
      // "The World Federation of Advertisers ... did not respond. In the past, the group has said":
      // the body opening the sentence before, when no other body is named since
      const before = ctx.windowStart < ctx.sentenceStart ? organisationOpening(text, ms, ctx.windowStart, ctx.sentenceStart) : null;
      if (before && onlyBodySince(ms, ctx.windowStart, src.start, before)) return { speaker: before, confidence: 0.65 };
    }
    // "the company", "the carmaker": the one company named before (src/quotes/company.ts)
    if (!matches.size && isCompanyHead(head)) {
      const company = companyBefore(text, src.start, head, index, ctx.previous ?? ctx.earlier);
      if (company) return { speaker: company, confidence: 0.7 };
    }
    // "the watchdog", "the regulator": the one regulator named before (src/quotes/regulator.ts)
    if (!matches.size && isRegulatorHead(head)) {
      const regulator = regulatorBefore(text, src.start, index, ctx.previous ?? ctx.earlier);
      if (regulator) return { speaker: regulator, confidence: 0.7 };
    }
    // "Zverev ... was blunt. “...,” the German told the crowd": the one person the window names
    if (!matches.size && isPersonDescriptor(title) && !introducesUnnamed(text.slice(ctx.windowStart, src.start), title)) {
      const person = onlyPersonIn(ms, ctx.windowStart, src.start, ctx.quotation);
      if (person) return { speaker: person, confidence: 0.7 };
    }
    return { speaker: null, confidence: 0 };
  }
  return { speaker: null, confidence: 0 };
}

/** "former US president Lyndon Johnson": a "former" (or "ex-", "late") within the four words before the name. */
const FORMER_BEFORE = /\b(?:former|ex-|late)\s*(?:[\p{L}.'’-]+\s+){0,4}$/iu;

/** True when every mention of the person follows a "former" title: they held it once, and hold it no more. */
function onlyFormerlyTitled(text: string, e: Entity): boolean {
  return e.mentions.length > 0 && e.mentions.every((m) => FORMER_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)));
}

/**
 * True when `pos` lies inside a quotation opened at `from`: the text between has an unclosed
 * curly mark, or an odd count of straight ones (`“... God ...,” the right-winger declared`; not
 * the name after the closing mark, `“...,” Prodi said ..., ANSA reported`).
 */
function isInsideQuotationFrom(text: string, from: number, pos: number): boolean {
  if (!/^["“]/.test(text.slice(from, from + 1))) return false;
  const seg = text.slice(from, pos);
  const straight = seg.split('"').length - 1;
  return straight % 2 === 1 || seg.split('“').length > seg.split('”').length;
}

/** The one organisation named before `before` with `head` right after a mention ("The FNSEA [union]"), else null. */
function organisationIntroducedAs(text: string, index: SpeakerIndex, head: string, before: number): string | null {
  const after = new RegExp(`^\\s+${head}\\b`, 'i');
  let found: string | null = null;
  for (const m of index.mentions) {
    if (m.start >= before) break;
    if (m.type !== 'ORG' || !after.test(text.slice(m.end, m.end + head.length + 2))) continue;
    if (found && found !== m.entity) return null;
    found = m.entity;
  }
  return found;
}

/** True when someone other than `who` is named as a person in [from, to). */
function otherPersonSince(ms: readonly MentionRef[], from: number, to: number, who: string): boolean {
  for (let i = firstAtOrAfter(ms, from); i < ms.length && ms[i]!.start < to; i++) if (ms[i]!.type === 'PERSON' && ms[i]!.entity !== who) return true;
  return false;
}

/**
 * True when the source span `src` gives the person `who` a title with the head `head`: before the
 * name ("a Daewoo spokesman, Kim Hyung-Soo") or apposed after it ("Kim, the company's
 * spokesman,"); never words of the channel after it ("said in a statement").
 */
function titledInSource(text: string, ms: readonly MentionRef[], src: Span, who: string, head: string): boolean {
  // (a document is no title: "The statement signed by the army spokesman ..." then "according to the statement")
  if (DOCUMENT_HEAD.test(head)) return false;
  let i = firstAtOrAfter(ms, src.start);
  while (i < ms.length && ms[i]!.start < src.end && ms[i]!.entity !== who) i++;
  const m = ms[i];
  if (!m || m.start >= src.end) return false;
  const word = new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const apposed = /^,\s+(?:a|an|the)\s[^,]*/.exec(text.slice(m.end, src.end))?.[0] ?? '';
  return word.test(text.slice(src.start, m.start)) || word.test(apposed);
}

const DOCUMENT_HEAD = /^(?:statement|report|survey|study|poll|letter|release|document|communiqu[eé]|declaration|memo|paper|filing)s?$/i;

/** True when the organisations named in [from, to) are all `who`. */
function onlyBodySince(ms: readonly MentionRef[], from: number, to: number, who: string): boolean {
  for (let i = firstAtOrAfter(ms, from); i < ms.length && ms[i]!.start < to; i++) if (ms[i]!.type === 'ORG' && ms[i]!.entity !== who) return false;
  return true;
}

/** True for a noun that names a body: "the ministry", "the agency", "the company", "the watchdog". */
function isBodyHead(head: string): boolean {
  return ORG_HEADS.has(head) || isCompanyHead(head) || isRegulatorHead(head);
}

/** A body or group that belongs to the person named after it: "The government of President", "the family of". */
const BODY_OF_PERSON = /\b(?:government|administration|office|cabinet|family|relatives|campaign|team|allies|supporters|lawyers|aides|party|foundation|regime)\s+of\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/** A participle of getting hold of something, then "by"/"to", ending the text before a name. */
// ("sent by", "provided by" name who wrote or gave it, and stay: "a letter sent by the mayor")
const OBTAINED_BY = /\b(?:(?:obtained|seen|reviewed|viewed|examined|acquired)\s+by|(?:leaked|provided|shown|given|shared|sent)\s+(?:to|with))\s+(?:the\s+)?$/i;

/** True when the text before a name says the name got hold of what speaks: "documents obtained by [The Herald]". */
export function isRecipientOfDocuments(before: string): boolean {
  return OBTAINED_BY.test(before);
}

/**
 * True when a person other than `who`, fitting the pronoun, is named between `from` and `to` as
 * someone who may act (not a possessor, "Tran's lawyer", nor known through another person).
 */
/**
 * The people other than `who` named in [from, to) whose gender is known to be the one wanted
 * (`known`), possessors too ("Petrenko's husband"): undefined when there are none, the one id when
 * there is one, null when there are more.
 */
function knownGenderNamed(ms: readonly MentionRef[], from: number, to: number, who: string, known: (id: string) => boolean, skip: (m: MentionRef) => boolean): string | null | undefined {
  let hit: string | undefined;
  for (let i = firstAtOrAfter(ms, from); i < ms.length && ms[i]!.start < to; i++) {
    const m = ms[i]!;
    if (m.type !== 'PERSON' || m.entity === who || !known(m.entity) || skip(m)) continue;
    if (hit !== undefined && hit !== m.entity) return null;
    hit = m.entity;
  }
  return hit;
}

/** True when `who` is the only person mentioned before `to` (mentions `skip` leaves out aside). */
function onlyPersonBefore(ms: readonly MentionRef[], to: number, who: string, skip: (m: MentionRef) => boolean): boolean {
  for (let i = 0; i < ms.length && ms[i]!.start < to; i++) if (ms[i]!.type === 'PERSON' && ms[i]!.entity !== who && !skip(ms[i]!)) return false;
  return true;
}

/** True when `who` is mentioned in [from, to). */
function namedIn(ms: readonly MentionRef[], from: number, to: number, who: string): boolean {
  for (let i = firstAtOrAfter(ms, from); i < ms.length && ms[i]!.start < to; i++) if (ms[i]!.entity === who) return true;
  return false;
}

function otherPersonNamed(text: string, ms: readonly MentionRef[], from: number, to: number, who: string, fits: (id: string) => boolean): boolean {
  for (let i = firstAtOrAfter(ms, from); i < ms.length && ms[i]!.start < to; i++) {
    const m = ms[i]!;
    if (m.type !== 'PERSON' || m.entity === who || !fits(m.entity)) continue;
    if (/^['’]s?\b/.test(text.slice(m.end, m.end + 2)) || isRelatedPersonMention(text, m)) continue;
    return true;
  }
  return false;
}

/** The one person whose title is exactly `title` (lowercased), or null when none or several are. */
function onlyTitled(index: SpeakerIndex, title: string): string | null {
  let hit: string | null = null;
  for (const e of index.byId.values()) {
    if (e.type !== 'PERSON' || !e.titles.some((t) => t.toLowerCase() === title)) continue;
    if (hit) return null;
    hit = e.id;
  }
  return hit;
}

/** True when `window` has a subject pronoun of gender `want` outside quotation marks: "she watched". */
function pronounGoesOn(window: string, want: 'm' | 'f'): boolean {
  const plain = window.replace(/[“"][^”"]*[”"]?/g, ' ');
  return (want === 'f' ? /\b(?:she|She)\b/ : /\b(?:he|He)\b/).test(plain);
}

/** "NAIROBI ([Reuters]) - ": the agency credited in a dateline wrote the story, and is no one "it" stands for. */
function isWireCredit(text: string, m: Span): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start)) && /^\s*\)\s*(?:—|–|--|-|_)/.test(text.slice(m.end, m.end + 6));
}

/** True when `lead` is a dateline and nothing else: "BANGLADESH — ", "DHAKA, May 3 (Wire) - ". */
function isDatelineOnly(lead: string): boolean {
  return DATELINE.exec(lead)?.[0].length === lead.length;
}
/** A description opening a paragraph, with the comma before the name apposed to it: "Her husband, ". */
const APPOSED_DESCRIPTION = /^(?:The|His|Her|Their|Its|A|An)\s+[^,.;:“”"]{1,40},\s*$/;

/**
 * The usual title for a newswire's synonym of one, so that the description finds the person the
 * entities titled: "the pontiff" is the Pope, "the Russian top diplomat" the foreign minister.
 */
function withTitleSynonyms(title: string | undefined): string | undefined {
  return title?.replace(/\bpontiff\b/i, 'pope').replace(/\btop diplomat\b/i, 'foreign minister');
}

/** Up to four capitalised title words before a name: "Iranian President ", "Foreign Minister ". */
const CAPITALISED_TITLE = /^(?:\p{Lu}[\p{L}-]*\s+){1,4}$/u;

/**
 * The person a paragraph opens with as its subject ("[Ferraro] disagrees."), when no other person
 * the pronoun could stand for is named from there to `to` (the start of the pronoun's window);
 * null otherwise. A possessor ("Ferraro's vines") or a quotation opening the paragraph is no subject.
 */
function paragraphSubject(text: string, ms: readonly MentionRef[], from: number, to: number, fits: (id: string) => boolean): string | null {
  let at = from;
  while (at < to && /\s/.test(text[at]!)) at++;
  let subject: string | null = null;
  for (let i = firstAtOrAfter(ms, at); i < ms.length && ms[i]!.start < to; i++) {
    const m = ms[i]!;
    if (m.type !== 'PERSON' || !fits(m.entity)) continue;
    if (subject === null) {
      // (the name may follow a description it is apposed to: "Her husband, Abdul Karim, works ...")
      // (or a title in capitals: "Iranian President Mahmoud Ahmadinejad caused ...")
      if ((m.start !== at && !APPOSED_DESCRIPTION.test(text.slice(at, m.start)) && !CAPITALISED_TITLE.test(text.slice(at, m.start)) && !isDatelineOnly(text.slice(at, m.start))) || /^['’]s?\b/.test(text.slice(m.end, m.end + 2))) return null;
      subject = m.entity;
    } else if (m.entity !== subject) return null;
  }
  return subject;
}

/**
 * The last two different people joined by "and" (or "&") between `from` and `to`: "Pike and
 * Blakely", "Gordon Pike and councillor Owen Blakely" (up to three lowercase title words before
 * the second name). Null when there is no such pair.
 */
function lastCoordinatedPair(text: string, ms: readonly MentionRef[], from: number, to: number): [MentionRef, MentionRef] | null {
  let pair: [MentionRef, MentionRef] | null = null;
  for (let i = firstAtOrAfter(ms, from); i + 1 < ms.length && ms[i + 1]!.start < to; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (a.type !== 'PERSON' || b.type !== 'PERSON' || a.entity === b.entity) continue;
    if (/^\s+(?:and|&)\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(a.end, b.start))) pair = [a, b];
  }
  return pair;
}

/**
 * The definite description opening the sentence a pronoun is in, when it is that sentence's
 * subject and no name stands between it and the pronoun: "[The former head teacher] drew the
 * loudest applause when he ...". Null otherwise (the pronoun opens its sentence, or the sentence
 * opens otherwise). Only descriptions ending in a word for a person count: "The plan" is no
 * antecedent of "he".
 */
/** "Her colleagues": "her" as the source with a noun right after it, a possessive (a subject is "she"). */
// (unless what follows is the cue, a noun of speech the pronoun owns: "in [his] ruling that ...")
const POSSESSIVE_SOURCE = /^(?:her|his)\s+(?!(?:ruling|judgment|judgement|statement|remarks|comments|speech|letter|post|testimony|decision|opinion|view|verdict|interview|address|announcement)\b)\p{Ll}/iu;

/** A definite description of a person opening a sentence: "The former head teacher", "The farmer". */
const PERSON_DESCRIPTION = /^The\s+(?:[\p{Ll}-]+\s+){0,3}?(teacher|head\s+teacher|headteacher|artist|singer|actor|actress|writer|author|player|coach|manager|candidate|mayor|councillor|senator|minister|president|judge|witness|defendant|lawyer|prosecutor|officer|doctor|scientist|researcher|farmer|driver|guard|owner|founder|chef|designer|director|executive|chairman|chairwoman|official|spokesman|spokeswoman|spokesperson|man|woman|boy|girl|veteran|mother|father|resident|neighbour|neighbor|activist|economist|analyst|professor)\b/u;

/** True when some sentence of `span` opens with a description of a person: someone new, unnamed. */
function introducesDescribedPerson(span: string): boolean {
  return span.split(/(?<=[.!?])\s+|\n+/).some((sentence) => PERSON_DESCRIPTION.test(sentence.trimStart()));
}

function descriptionSubject(text: string, from: number, pronounAt: number, ms: readonly MentionRef[]): Span | null {
  const before = text.slice(from, pronounAt);
  // (the last sentence break, found from the end: a search for /[^.!?\n]*$/ is quadratic)
  let cut = before.length;
  while (cut > 0 && !/[.!?\n]/.test(before[cut - 1]!)) cut--;
  // (a quotation before the pronoun is what was said, never its subject: `“The defendant ...,” she said`)
  if (/[“”"]/.test(before.slice(cut))) return null;
  const start = from + cut + (/^\s*/.exec(before.slice(cut))![0].length);
  const m = PERSON_DESCRIPTION.exec(text.slice(start, pronounAt));
  if (!m) return null;
  // (the pronoun must come after the description's clause has its verb, not inside it)
  if (start + m[0].length >= pronounAt) return null;
  // a name anywhere in between may be the antecedent instead (the description may itself be a
  // mention the entities layer tied to someone: "The senator")
  const end = start + m[0].length;
  for (let i = firstAtOrAfter(ms, start); i < ms.length && ms[i]!.start < pronounAt; i++) if (ms[i]!.end > end) return null;
  return { start, end };
}

/** Title abbreviations as the words a later "the senator" uses. */
const TITLE_ABBREV: Record<string, string[]> = {
  sen: ['senator'], rep: ['representative', 'congressman', 'congresswoman'], gov: ['governor'], gen: ['general'],
  lt: ['lieutenant'], col: ['colonel'], sgt: ['sergeant'], adm: ['admiral'], prof: ['professor'], rev: ['reverend'],
  pres: ['president'], amb: ['ambassador'], capt: ['captain'], cmdr: ['commander'], atty: ['attorney'], supt: ['superintendent'],
};

/** The head word of a title or description: the last word before any "of" ("minister of finance" -> "minister"), without "-elect". */
function headOfTitle(t: string): string {
  const words = t.toLowerCase().replace(/-elect\b/g, '').split(/\s+of\s+/)[0]!.split(/[\s-]+/).filter(Boolean);
  return (words[words.length - 1] ?? '').replace(/\.$/, '');
}

/** Fields of office that tell two secretaries or ministers apart: "press secretary", "Defense Secretary". */
const PORTFOLIO = /^(?:press|defense|defence|foreign|home|interior|health|finance|treasury|education|justice|transport|transportation|energy|trade|labour|labor|agriculture|environment|culture|economy|economic|communications|information|security|general|party|permanent|prime|immigration|housing|industry|sports|tourism|commerce|development|fisheries|veterans|war)$/;

/** The field of office right before the head: "press" in "press secretary", "" when none is named. */
function portfolioOf(t: string): string {
  const words = t.toLowerCase().split(/\s+of\s+/)[0]!.split(/\s+/).filter(Boolean);
  const w = words[words.length - 2] ?? '';
  return PORTFOLIO.test(w) ? w : '';
}

/** True when both titles name a field of office and the fields differ: "press secretary" and "Defense Secretary". */
function otherPortfolio(a: string, b: string): boolean {
  const pa = portfolioOf(a);
  const pb = portfolioOf(b);
  return !!pa && !!pb && pa !== pb;
}

/** A person whose title is a secretary of state or a chancellor, who the news also calls "the minister". */
function isCabinetTitled(e: Entity | undefined): boolean {
  return !!e && e.type === 'PERSON' && e.titles.some((t) => /\b(?:secretary|chancellor)$/i.test(t.trim()) && !/\b(?:general|press|permanent|party)\s+secretary$/i.test(t.trim()));
}

/** A title's head with its abbreviation spelled out ("Sen." -> "sen", "senator"). */
function titleHeads(t: string): string[] {
  const h = headOfTitle(t);
  return [h, ...(TITLE_ABBREV[h] ?? [])];
}

/** The countries the nationality words of a title name ("Thai Prime Minister" -> Thailand). */
function nationalitiesOf(t: string): Set<string> {
  const out = new Set<string>();
  for (const w of t.split(/\s+/)) {
    const c = /^\p{Lu}/u.test(w) ? countryOfDemonym(w) : null;
    if (c) out.add(c);
  }
  return out;
}

/**
 * True when a description names a nationality its title does not: "the Chinese ambassador" is
 * neither a "Thai ambassador" nor an "ambassador" of no stated country (on the newswire corpus
 * that title went to Britain's ambassador).
 */
function otherNationality(description: string, title: string): boolean {
  const a = nationalitiesOf(description);
  const b = nationalitiesOf(title);
  return a.size > 0 && ![...a].some((c) => b.has(c));
}

/** Heads of a definite description that may name an organisation ("the ministry"), with the name words that also count. */
const ORG_HEADS = new Map<string, string[]>([
  ['ministry', []], ['company', ['corp', 'inc', 'co', 'ltd', 'llc', 'plc', 'corporation', 'incorporated']], ['agency', []],
  ['department', []], ['commission', []], ['committee', []], ['council', []], ['bank', []], ['university', []],
  ['campaign', []], ['party', []], ['union', []], ['court', []], ['authority', []], ['board', []], ['institute', []],
  ['foundation', []], ['association', []], ['federation', []], ['government', []], ['administration', []], ['office', []],
  ['service', []], ['network', []], ['newspaper', ['times', 'post', 'journal', 'herald', 'tribune', 'gazette']], ['fund', []],
  ['group', []], ['coalition', []], ['alliance', []], ['organization', []], ['organisation', []], ['center', []], ['centre', []],
  // ("the force": a police force, "West Yorkshire Police", "Avon and Somerset Constabulary")
  ['force', ['police', 'constabulary']],
  ['hospital', []], ['clinic', []], ['school', []], ['museum', []], ['charity', []], ['embassy', []],
]);
