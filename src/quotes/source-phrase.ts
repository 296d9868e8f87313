/**
 * The source phrase of an attribution: its edges (clause openers, adverbs, times, datelines), the
 * name after an inverted cue, and the subject a participle or relative clause hangs on.
 */
import type { Sentence, Span, Token } from '../document/types.js';
import { type Cand } from './candidate.js';
import { isTitleWord } from '../entities/index.js';
import { isSpeechVerb } from './cues.js';
import { inCueClause } from './source.js';
import { antecedentPhrase } from './speaker.js';


import { DATELINE, LIVE_STAMP } from './dateline.js';

export { DATELINE, LIVE_STAMP };
export const LEADING_ADVERBIAL = /^(?:In|On|At|During|After|Before|Outside|Inside|Near|From|Speaking|Asked|Writing|Earlier|Later|Meanwhile|However|But|And|Separately|Elsewhere)\b[^,]{0,60},\s*/;

const SUBJECT_PRONOUN = /^(?:He|She|They|We|I|It)$/;

/** A time opening the sentence with no comma after it: "In October the court ...", "Last week the ministry ...". */
const TIME_OPENING_NO_COMMA = /^(?:In|On|Since|Last|This|Earlier|Later)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|week|month|year)(?:\s+\d{1,2}(?:,\s+\d{4})?|\s+\d{4})?\s+(?=\S)/;

/** Words that open a clause, not a source: "that Mayor Bill de Blasio said", "how experts say". */
// (and concessive or hedging openers, which PolNeAR train leaves out of the source: though 47 of
// 47, although 28 of 28, yet 20 of 20, even 29 of 37)
const SOURCE_LEAD = /^(?:that|before|after|how|what|when|while|if|since|because|whether|where|and|but|so|say|says|though|although|yet|even|including|like|perhaps|maybe|whereas)\s+(?=\S)/i;

/**
 * The length of a clock time opening a source, with the space after it: a live blog stamps each
 * entry ("13:48 Northern Grid said ..."), and the stamp says when the entry was posted, not who
 * spoke. 0 when the source opens otherwise or is nothing but the time.
 */
export function clockTimeLead(source: string): number {
  // ("13:48", "9:05 GMT", "9.30am", "11 a.m."; a dotted number alone may be a figure: "2.50")
  // (with the dash many blogs put after the stamp: "09:40 GMT — Schiphol airport says")
  const m = /^(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.|GMT|BST|CET|ET|UTC)\b)?|(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s*[—–]\s*|\s+-\s+|\s+)(?=\S)/i.exec(source);
  return m ? m[0].length : 0;
}

/** Adverbs and auxiliaries between a source and its cue: "Gingrich cynically", "a reader would", "my father often". */
const SOURCE_TAIL = /\s+(?:[a-z]{3,}ly|further|just|often|also|still|already|now|then|never|always|again|too|so|even|almost|later|earlier|first|once|would|could|will|can|may|might|should|must|has|have|had)$/;

/** A time after a source named before its cue: "The Times on Saturday", "the court this month". */
const SOURCE_TIME_TAIL = /\s+(?:(?:just|only|earlier|later)\s+)?(?:(?:this|last|next)\s+(?:week|month|year|weekend|morning|afternoon|evening)|(?:on\s+)?(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+(?:19|20)\d\d|(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d+)?|today|yesterday|tonight)$/;

/** A preposition left dangling at a source's end: "Trevor Noah on". */
const SOURCE_PREP_TAIL = /\s+(?:on|for|by|from)$/;

/** Lowercase words in -ly that are no adverbs. */
export const LY_NOUNS = /\s(?:family|rally|ally|assembly|supply|daily|weekly|monthly|quarterly|yearly|anomaly|monopoly|reply|bully|italy|july|homily|folly)$/;

/**
 * Clause openers before a source and adverbs or auxiliaries after it (when it precedes its cue)
 * are no part of it; names ending in "-ly" are capitalised, so only lowercase words go.
 */
/** True when a phrase ends in a person's title: "Mexico's president", "the foreign minister". */
function endsInTitle(phrase: string): boolean {
  const last = /([a-z]+)$/.exec(phrase)?.[1];
  return !!last && isTitleWord(last);
}

export function trimSourceEdges(text: string, src: Span, beforeCue: boolean): Span {
  let { start, end } = inCueClause(text, src, beforeCue);
  const lead = SOURCE_LEAD.exec(text.slice(start, end));
  if (lead && lead[0].length < end - start) start += lead[0].length;
  start += clockTimeLead(text.slice(start, end));
  if (beforeCue) {
    // "she's" is the pronoun and a verb
    if (/^(?:he|she|it|who|they|we|i)['’](?:s|re|ll|d|m)$/i.test(text.slice(start, end))) end = text.slice(start, end).search(/['’]/) + start;
    // "the police department which reported": the relative pronoun is the source (and resolves
    // to the noun before it); with a comma ("X, who") the noun phrase is, as handled before
    const rel = /\s(who|which|that)$/.exec(text.slice(start, end));
    if (rel && !/,\s*$/.test(text.slice(start, start + rel.index + 1)) && !isSpeechVerb(/(\S+)$/.exec(text.slice(start, start + rel.index))?.[1]?.toLowerCase() ?? '')) start += rel.index + 1;
    // "Nawaz Sharif, [whose] party came second, also claimed ... and said": the tagger's source ran
    // into the relative clause's first word; the subject ends at the comma
    const cut = /,\s*(?:whose|who|which)$/.exec(text.slice(start, end));
    if (cut && cut.index > 0) end = start + cut.index;
    for (let k = 0; k < 3; k++) {
      const tail = SOURCE_TAIL.exec(text.slice(start, end));
      if (!tail || tail.index === 0 || LY_NOUNS.test(text.slice(start, end))) break;
      end = start + tail.index;
    }
    // a subject pronoun after a noun with no comma between opens a relative clause on that noun,
    // and is the source alone: "far lower than the top rate he has proposed"
    const pron = /[^\s,;:]\s+(?:he|she|they|we|I)$/.exec(text.slice(start, end));
    if (pron && !/\b(?:and|or|nor|but)\s+\S+$/i.test(text.slice(start, end))) start = end - (/\S+$/.exec(text.slice(start, end))![0].length);
    start += measureBeforeAnd(text, start, end);
    // a time or a dangling preposition between a name and its cue is no part of the source:
    // "The Times on Saturday wrote", "Wells Fargo just this month announced", "Noah on"; after a
    // common noun it is ("A poll released Friday found", as PolNeAR marks it)
    const prep = SOURCE_PREP_TAIL.exec(text.slice(start, end));
    if (prep && prep.index > 0) end = start + prep.index;
    else {
      const when = SOURCE_TIME_TAIL.exec(text.slice(start, end));
      // (and after a title, which stands for a person: "Mexico's president on Monday rejected")
      if (when && when.index > 0 && (/(?:\b[A-Z][\w.’'&-]*|\)|\bwho)$/.test(text.slice(start, start + when.index)) || endsInTitle(text.slice(start, start + when.index)))) end = start + when.index;
    }
  }
  // a dash after a source named after its cue opens the writer's aside: "said Jens Spahn, the
  // party's deputy leader [— a German expression for exaggerating a danger]"
  if (!beforeCue) {
    const dash = text.slice(start, end).search(/\s[—–]\s/);
    if (dash > 0) end = start + dash;
  }
  // a trailing comma belongs to a source only with an appositive in it ("Ana Ruiz, the mayor,"):
  // PolNeAR train keeps it in 921 of 1027 sources with an inner comma, 5 of 803 without
  if (end - start > 1 && text[end - 1] === ',' && !text.slice(start, end - 1).includes(',')) {
    end--;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
  }
  return { start, end };
}

/** Past verbs of writing and sending that a participle of saying hangs on: "wrote to the companies demanding". */
const VERB_BEFORE_PARTICIPLE = /\s(?:wrote|sent|issued|published|released|posted|filed|signed|said|told)\b/;

/**
 * `a coalition of attorneys general wrote to the companies demanding that ...`: for a participle
 * cue, a source that runs over the verb the participle hangs on is that verb's subject. Null when
 * no such verb stands in the source.
 */
export function subjectOfVerbBefore(text: string, source: Span): Span | null {
  const m = VERB_BEFORE_PARTICIPLE.exec(text.slice(source.start, source.end));
  // (a verb in a relative clause on the subject is not the one the participle hangs on:
  // "McClaren, who signed X in the summer, is supporting")
  if (!m || /\b(?:who|which|that)\s*$/i.test(text.slice(source.start, source.start + m.index))) return null;
  return { start: source.start, end: source.start + m.index };
}

/** A number and up to two words before a source: "passed 42 degrees [Celsius and authorities]". */
const NUMBER_BEFORE = /\d(?:[\d.,]*\d)?(?:\s+\p{L}+){0,2}\s+$/u;
/** A measurement: a number, alone or with its unit ("3 percent", "$2 billion", "40 mm"). */
const MEASURE = /\d[\d.,]*\s*(?:%|(?:percent|per\s+cent|percentage\s+points?|points?|degrees?|million|billion|trillion|metres|meters|feet|miles|kilometres|kilometers|km|mm|cm|tonnes|tons|barrels|years|months|weeks|days|hours|minutes))?$/i;

/**
 * How far a source opening with the tail of a measurement ("[3 percent and economists] said",
 * "42 degrees [Celsius and authorities] ordered") starts before its coordinated subject: the
 * words up to "and" close the previous clause, and what they measure speaks for no one.
 */
function measureBeforeAnd(text: string, start: number, end: number): number {
  // (a few words only: the tail of a measurement; trimSourceEdges also trims content pieces)
  const and = /^((?:\S+\s+){0,2}?\S+)\s+and\s+/.exec(text.slice(start, end));
  if (!and || and[0].length >= end - start) return 0;
  const measure = MEASURE.test(and[1]!) || (!/\s/.test(and[1]!) && NUMBER_BEFORE.test(text.slice(Math.max(0, start - 30), start)));
  return measure ? and[0].length : 0;
}

/**
 * A name right after an inverted cue, up to a comma, colon, stop or the line's end: capitalised
 * words (titles and initials with their stops, "Sen.", "J."), one to six; null otherwise.
 */
export function nameAfter(text: string, at: number): Span | null {
  const m = NAME_AFTER.exec(text.slice(at, at + 100));
  if (!m || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(m[2]!)) return null;
  // "said Mr. Burman (...)": a title's stop is no end of the name
  if (/(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Sgt|Prof|Rev|Jr|Sr)$/.test(m[2]!) && text[at + m[0].length] === '.') return null;
  const start = at + m[1]!.length;
  return { start, end: start + m[2]!.length };
}

const NAME_AFTER = /^([^\S\r\n]+)((?:(?:[A-Z][a-z]{0,3}\.|[A-Z]\.)[^\S\r\n]+|[A-Z][\p{L}'’-]+[^\S\r\n]+){0,5}[A-Z][\p{L}'’-]+)(?=[^\S\r\n]*(?:[,:;]|\.(?:\s|$)|$))/u;

/** A source phrase without the relative or participial clause after it: "Priya Shah of the charity X[, which brought ...]", "Donald Tusk[, summing up ...]". */
export function sourceHeadPhrase(text: string, piece: Span): Span {
  const body = text.slice(piece.start, piece.end);
  const rel = /,\s*(?:which|who|whose|whom|where|that|[a-z]+ing)\b/.exec(body);
  const end = rel ? piece.start + rel.index : piece.end;
  return { start: piece.start, end: piece.start + text.slice(piece.start, end).replace(/[\s,]+$/, '').length };
}

/** The subject phrase with its article or possessive before it: "company" -> "the company". */
export function withDeterminer(text: string, subject: Span): Span {
  const det = /\b(?:the|a|an|its|their|his|her|our)\s+$/i.exec(text.slice(Math.max(0, subject.start - 8), subject.start));
  return det ? { start: subject.start - det[0].length, end: subject.end } : subject;
}

/** A relative clause saying why a source goes unnamed, ending where the source the tagger took ends. */
const ANONYMITY_CLAUSE = /(?:^|\s)(?:who|that)\s+(?:had\s+)?(?:asked|requested|spoke\s+on\s+condition)\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|of\s+anonymity|anonymity)\s*,?\s*$/i;

/**
 * When a source the tagger took is only the end of "who asked not to be named" (no commas), the
 * source is the noun phrase before "who": "[A neighbour] who asked not to be named said ...".
 * Null when the source is not such a tail, or nothing opens a noun phrase before "who".
 */
export function beforeAnonymityClause(text: string, source: Span, sentenceStart: number): Span | null {
  const upTo = text.slice(sentenceStart, source.end);
  const m = ANONYMITY_CLAUSE.exec(upTo);
  if (!m) return null;
  const whoAt = sentenceStart + m.index + (m[0].length - m[0].trimStart().length);
  // (a source holding the noun phrase already, "a neighbour who asked not to be named", stays)
  if (source.start < whoAt) return null;
  return antecedentPhrase(text, whoAt);
}

/** The tagged source piece nearest before the cue (sentence-local `sources`, cue at local `ca`), as a span; null when none. */
export function subjectBefore(text: string, tokens: readonly Token[], sources: readonly { a: number; b: number }[], lo: number, ca: number): Span | null {
  let best: { a: number; b: number } | null = null;
  for (const x of sources) if (x.b <= ca && (!best || x.b > best.b)) best = x;
  if (!best) return null;
  return trimSourceEdges(text, { start: tokens[lo + best.a]!.start, end: tokens[lo + best.b - 1]!.end }, true);
}

/**
 * The subject of the clause a participle cue hangs on (`X had mocked it, saying ...`): the source
 * of an earlier attribution in the sentence, else a pronoun or a PERSON/ORG name (with what
 * precedes it, "Rival Hillary Clinton") in the sentence's first four words after a dateline and
 * a leading adverbial; null otherwise.
 */
export function clauseSubject(text: string, tokens: readonly Token[], ent: Uint8Array, s: Sentence, ca: number, here: readonly Cand[], cue: Span): Span | null {
  for (let k = here.length - 1; k >= 0; k--) {
    const c = here[k]!;
    if (c.source && c.cue && c.cue.end <= cue.start && c.source.end <= cue.start) return c.source;
  }
  let k = s.tokenStart;
  // (a story's first sentence opens with its dateline: "LEEDS, England — [Brightwater] cut ...")
  const before = text.slice(s.start, tokens[ca]!.start);
  const dl = DATELINE.exec(before);
  const from = dl ? dl[0].length : 0;
  const adv = LEADING_ADVERBIAL.exec(before.slice(from)) ?? TIME_OPENING_NO_COMMA.exec(before.slice(from));
  const skip = from + (adv ? adv[0].length : 0);
  if (skip) while (k < ca && tokens[k]!.start < s.start + skip) k++;
  if (k >= ca) return null;
  if (SUBJECT_PRONOUN.test(tokens[k]!.text)) return { start: tokens[k]!.start, end: tokens[k]!.end };
  for (let j = k; j < Math.min(k + 4, ca); j++) {
    const e = ent[j]!;
    if (e !== 1 && e !== 3 && e !== 5) continue;
    let b = j + 1;
    while (b < ca && ent[b] === e + 1) b++;
    for (let i = k; i < j; i++) if (tokens[i]!.kind !== 'word') return null;
    // (a place speaks only through a body named after it: "The Riverside County [school board]")
    if (e === 5) {
      const body = bodyAfterPlace(tokens, b, ca);
      if (body < 0) continue;
      b = body + 1;
    }
    return { start: tokens[k]!.start, end: tokens[b - 1]!.end };
  }
  return null;
}

/** Nouns for a body that acts for a place: "the county [school board]", "Kenyan [police]". */
const PLACE_BODY = /^(?:government|council|board|police|authorities|officials|ministry|court|parliament|legislature|assembly|committee|commission|department|agency|administration|prosecutors|union|federation|cabinet|regulator|army|military|bank|treasury|navy|embassy|presidency)$/;

/**
 * The index of the body noun ending one to three lowercase words right after a place's name (from
 * token `from`, before the cue's token `ca`), else -1.
 */
function bodyAfterPlace(tokens: readonly Token[], from: number, ca: number): number {
  let found = -1;
  // ("Kenya's central bank": the place's possessive comes before the body's words)
  if (/^['’]s$/.test(tokens[from]?.text ?? '')) from++;
  for (let i = from; i < Math.min(from + 3, ca); i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !/^[a-z]+$/.test(t.text)) break;
    if (PLACE_BODY.test(t.text)) found = i;
  }
  return found;
}

/** Words that make what opens a sentence a clause, not a noun phrase: auxiliaries, links, relatives. */
const NOT_IN_SUBJECT = /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|could|should|can|may|might|must|not|that|who|which|whom|whose|when|while|if|because|as|although|though|after|before|since|than|to|he|she|they|we|it|i|you|there|said|says|told|(?:it|he|she|that|there|what|who)['’]s)$/i;
/** A past participle in lowercase ("United", "Federated" in a name are no participles). */
const LOWER_PARTICIPLE = /^[a-z]+ed$/;
/** Verbs of judging or asking whose subject holds the view: "welcomed", "condemned", "urged". */
const JUDGING = /^(?:welcom|express|voic|condemn|critici[sz]|prais|hail|reject|dismiss|deni|deny|urg|demand|accus|back|support|oppos|blam|warn|call|insist|vow|pledg|promis|threaten)/;
/** A relative clause set off by commas at the end of a subject: ", who was not charged,". */
const RELATIVE_INSERT = /,\s+(?:who|which|whose)\s[^,;:“”"]{1,120},$/;
/** An age after a name, once the inserts after it are gone: "Dragomir[, 61]". */
const AGE_TAIL = /,\s+\d{1,3}$/;
/** A description set off by commas at the end of a subject: ", a maker of picking systems,". */
const APPOSITIVE_INSERT = /,\s+(?:a|an|the|one\s+of)\s[^,;:“”"]{1,120},$/;

/** A participle phrase set off by commas at the end of a subject: ", seen as a swing vote,", ", dated Nov. 20,". */
const PARTICIPLE_INSERT = /,\s+(?:(?:widely|long|often)\s+)?(?:seen|known|dated|described|considered|regarded|viewed|elected|appointed|named|based|credited|tipped)\s[^,;:“”"]{1,80},$/;
/** "All 11 analysts [polled by Reuters last week]": who asked them, closing the subject. */
const POLLED_BY = /\s+(?:polled|surveyed|interviewed|questioned|asked|contacted)\s+by\s+[^,;:“”"]{2,60}$/;

/** "with the union accusing ...": "with", a short noun phrase, at the end of the text before a participle. */
const WITH_SUBJECT = /(?:^|[\s,—–-])with\s+((?:(?:the|a|an|its|their|his|her|both|many|some)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+$/u;

/**
 * The subject of a participle in an absolute "with" clause: "Talks collapsed, with [the union]
 * accusing the operator of bad faith". `before` is the sentence's text before the cue, starting
 * at `from`; null when it does not end in such a phrase (or the phrase holds a clause word).
 */
export function withSubject(before: string, from: number): Span | null {
  const m = WITH_SUBJECT.exec(before);
  // (nor one ending in "and": "citing costs and [vowing]" coordinates two participles)
  if (!m || m[1]!.split(/\s+/).some((w) => NOT_IN_SUBJECT.test(w) || LOWER_PARTICIPLE.test(w) || /^(?:and|or|but|nor)$/i.test(w))) return null;
  const end = from + before.trimEnd().length;
  return { start: end - m[1]!.length, end };
}

/** Words a noun phrase does not end in. */
const OPEN_END = /\s(?:a|an|the|and|or|but|of|with|for|to|in|on|at|by|from|about)$/i;
/** A cue read as a finite verb of its own: no passive, no participle, no noun ("a clear implication"). */
const FINITE_CUE = /^(?![\s\S]*\b(?:be|been|being|is|are|was|were)\b)(?!(?:a|an|the)\b)(?:(?:has|have|had|also|[a-z]+ly)\s+)?(?![a-z]+ing\b)[a-z]+\b/;

/**
 * The subject opening the sentence before a cue the tagger gave no source: "Local cycling
 * campaign group [Ashgrove on Wheels] welcomed the vote" (a name the entities stage missed). The
 * words from the sentence's start (after a dateline or leading adverbial) to the cue must be a
 * short noun phrase: capitalised first, two to eight words, no punctuation but a possessive, no
 * auxiliary, pronoun, clause word or past participle; the cue a verb of its own, not a passive
 * ("Mr. Q was accused of": nobody accusing is named) nor a participle. Null otherwise.
 */
/** "Austin, Texas-based": a town, its state's comma, and "-based". */
const PLACE_BASED = /(\p{Lu}[\p{L}.]*),( \p{Lu}[\p{L}.]*-based)\b/u;

export function openingSubject(text: string, s: Sentence, cueStart: number, cueText: string): Span | null {
  // (a colon closing the cue introduces what was said: "Bild daily, the country's biggest selling
  // newspaper, concurred: ...")
  const colon = /:\s*$/.test(cueText);
  const cue = cueText.replace(/:\s*$/, '');
  if (!FINITE_CUE.test(cue)) return null;
  const lead = text.slice(s.start, cueStart);
  // (a live blog's stamp opens the entry as a dateline opens a story: "11:02 GMT — Our correspondent ...")
  const dl = DATELINE.exec(lead) ?? LIVE_STAMP.exec(lead);
  let from = dl ? dl[0].length : 0;
  const adv = LEADING_ADVERBIAL.exec(lead.slice(from));
  if (adv) from += adv[0].length;
  // (past a relative clause between commas when the cue is a verb of saying: "[The minister],
  // who was not charged, has denied"; "Trump's comments, which came ..., have drawn scrutiny"
  // from others, who are the source)
  // (and past a time before the cue: "Veltra Robotics, a maker of ..., [today] announced")
  const untimed = lead.slice(from).trimEnd();
  const time = SOURCE_TIME_TAIL.exec(untimed);
  const whole = time && time.index > 0 && /,$/.test(untimed.slice(0, time.index)) ? untimed.slice(0, time.index) : untimed;
  // (and of judging: "The United States, which has deployed warships, welcomed the award")
  const verb = /^(?:(?:has|have|had|also|[a-z]+ly)\s+)?([a-z]+)/.exec(cue.trim())?.[1]?.toLowerCase() ?? '';
  // (an appositive as well: "Veltra Robotics, a maker of picking systems, announced")
  // (and an age: "Dragomir, 61, who served as minister, denied"; a subject set off by such
  // inserts may be one name)
  let phrase = colon || isSpeechVerb(/(\S+)$/.exec(cue.trim())?.[1]?.toLowerCase() ?? '') || JUDGING.test(verb) ? whole.replace(RELATIVE_INSERT, '').replace(APPOSITIVE_INSERT, '').replace(PARTICIPLE_INSERT, '').replace(AGE_TAIL, '').replace(POLLED_BY, '') : whole;
  const inserted = phrase !== whole;
  // ("The Austin, Texas-based company": the comma of a place's state inside a "-based" is no punctuation of the clause)
  phrase = phrase.replace(PLACE_BASED, '$1-$2');
  if (!(inserted ? /^\p{Lu}[\p{L}\d'’&.-]*(?: [\p{L}\d'’&.-]+){0,7}$/u : /^\p{Lu}[\p{L}\d'’&.-]*(?: [\p{L}\d'’&.-]+){1,7}$/u).test(phrase) || OPEN_END.test(phrase)) return null;
  if (phrase.split(' ').some((w) => NOT_IN_SUBJECT.test(w) || LOWER_PARTICIPLE.test(w))) return null;
  // "Mexico's president [on Monday] rejected": the time says when, not who
  const when = SOURCE_TIME_TAIL.exec(phrase);
  return { start: s.start + from, end: s.start + from + (when && when.index > 0 ? when.index : phrase.length) };
}

/**
 * "The industry ministry said ... [It] asked people to turn off lights": a subject pronoun opening
 * the sentence right before a finite cue (an adverb or auxiliary between at most) is its source.
 * Null otherwise.
 */
export function openingPronoun(text: string, s: Sentence, cueStart: number, cue: string): Span | null {
  // ("It seemed a task impossible", "It appeared to be the first time": no one, an expletive "it")
  if (!FINITE_CUE.test(cue) || /\b(?:seem|seems|seemed|appear|appears|appeared)\b/i.test(cue)) return null;
  const m = /^(\s*)(He|She|It|They|We)\s+(?:(?:also|then|later|again|repeatedly|has|have|had)\s+)?$/.exec(text.slice(s.start, cueStart));
  if (!m) return null;
  const start = s.start + m[1]!.length;
  return { start, end: start + m[2]!.length };
}

/**
 * A participial, time or relative aside that closes right before the cue: ", speaking in
 * Copenhagen after talks with X", ", which still owns 12 percent of Commerzbank".
 */
const ASIDE_BEFORE_SOURCE = /,\s+(?:[a-z]+ing|after|following|fresh\s+from|back\s+from|which|who|whose)\b[^,;:"“”()]*$/;
/** An appositive ending on a preposition before the name: ", the powerful sister of leader [Kim Jong Un],". */
const APPOSITIVE_BEFORE_SOURCE = /,\s+(?:a|an|the|his|her|their|its)\s[^,;:"“”()]*?\b(?:of|for|to|at|with|from)\s+(?:[a-z]+\s+){0,3}$/;

/**
 * "President Zelenskyy, speaking in Copenhagen after talks with Danish Prime Minister Mette
 * Frederiksen, called for ...": a name at the end of an aside set off before the cue is the
 * aside's object; the subject before the aside is the source. Returns that subject (a short
 * capitalised phrase opening the sentence after a dateline), or null.
 */
export function subjectBeforeAside(text: string, s: Sentence, source: Span, cueStart: number): Span | null {
  if (!/^\s*,\s*$/.test(text.slice(source.end, cueStart))) return null;
  const lead = text.slice(s.start, source.start);
  // (or a description of the subject ending on whose relative or aide the name is: "Kim Yo Jong,
  // the powerful sister of leader Kim Jong Un, warned")
  const aside = ASIDE_BEFORE_SOURCE.exec(lead) ?? APPOSITIVE_BEFORE_SOURCE.exec(lead);
  if (!aside) return null;
  const dl = DATELINE.exec(lead) ?? LIVE_STAMP.exec(lead);
  let from = dl && dl[0].length <= aside.index ? dl[0].length : 0;
  // (past a leading time or place: "On Tuesday, Kim Yo Jong, ...")
  const adv = LEADING_ADVERBIAL.exec(lead.slice(from, aside.index));
  if (adv) from += adv[0].length;
  const subject = lead.slice(from, aside.index).trimEnd();
  if (!/^\p{Lu}/u.test(subject) || subject.split(/\s+/).length > 8 || /[,;:]/.test(subject)) return null;
  return { start: s.start + from, end: s.start + from + subject.length };
}

/** A document right before a participle cue, which does the calling itself: "a resolution [calling for]", "a letter [urging]". */
const DOCUMENT_BEFORE = /\b((?:a|an|the|its|their|his|her|this)\s+(?:[a-z-]+\s+){0,2}?(?:resolution|letter|bill|statement|motion|petition|report|law|measure|decree|draft|proposal|declaration|communiqu[eé]|amendment|memo|memorandum))\s+$/;

/**
 * "failed to adopt [a resolution] calling for a ceasefire": the document before a participle cue
 * is its source, not the clause's subject (which only failed to adopt it). Null otherwise.
 */
export function documentBeforeParticiple(text: string, s: Sentence, cue: Span): Span | null {
  if (!/^[a-z]+ing\b/.test(text.slice(cue.start, cue.end))) return null;
  const before = text.slice(s.start, cue.start);
  const m = DOCUMENT_BEFORE.exec(before);
  if (!m) return null;
  const start = s.start + m.index + (m[0].length - m[0].trimStart().length);
  return { start, end: start + m[1]!.length };
}

/**
 * "[Hundreds of dockworkers] walked off the job on Thursday, saying ...", "[Striking nurses]
 * marched ..., demanding ...": a group of people opening the sentence with no article, counted or
 * described, is the subject a participle after the main clause goes with.
 */
const OPENING_GROUP = /^(\s*)((?:(?:hundreds|thousands|dozens|scores|tens\s+of\s+thousands|hundreds\s+of\s+thousands)\s+of\s+(?:[\p{L}-]+\s+){0,2}?|(?:[\p{L}-]+\s+)?)(?:[a-z]*workers|protesters|demonstrators|residents|farmers|teachers|doctors|nurses|students|activists|villagers|parents|drivers|miners|employees|staff|lawmakers|officials|police|soldiers|troops|fans|voters|refugees|migrants|survivors|families|supporters|pilots|lawyers|judges|shopkeepers|traders|fishermen|journalists))(?=\s+(?:(?:on|late|early|last|this)\s+\p{L}+\s+)?[a-z]+\b)/u;

/** The text with its first letter in lower case (same length): a group's noun opening a sentence is capitalised. */
function withLowerInitial(t: string): string {
  const i = t.search(/\S/);
  return i < 0 ? t : t.slice(0, i) + t[i]!.toLowerCase() + t.slice(i + 1);
}

/** A new clause with its own subject and verb: "... and [police responded] ...". */
const JOINED_CLAUSE = /\b(?:and|but|while|as|when|after)\s+(?:the\s+)?[\p{L}-]+\s+(?:[a-z]+ed|[a-z]+s|had|have|has|was|were|is|are|would|could|will)\b/u;

/** OPENING_GROUP's match on `lead`, unless another clause with its own subject comes before the cue. */
function openingGroup(lead: string): RegExpExecArray | null {
  const m = OPENING_GROUP.exec(withLowerInitial(lead));
  return m && !JOINED_CLAUSE.test(lead.slice(m[0].length)) ? m : null;
}

/** Heads of an unnamed speaker opening a sentence: a person, a court, a body. */
const OPENING_SPEAKER = /^(\s*)((?:A|An|The)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:judge|court|jury|panel|tribunal|board|council|committee|commission|agency|ministry|government|company|firm|police|union|group|regulator|prosecutors?|officials?|spokes(?:man|woman|person)|commander|minister|lawmakers?|legislature|parliament))(?=\s+(?:(?:on|late|early|last|this)\s+\p{L}+\s+)?[a-z]+\b)/u;

/**
 * "[A federal judge] on Friday blocked a Texas law ..., ruling that ...": the unnamed subject
 * opening the sentence (after a dateline), an article, up to three words and a head that may
 * speak, then a time at most and a lowercase verb. For a participle cue whose subject no entity
 * names. Null otherwise.
 */
export function unnamedOpeningSubject(text: string, s: Sentence, cueStart: number): Span | null {
  const lead = text.slice(s.start, cueStart);
  const from = (DATELINE.exec(lead) ?? LIVE_STAMP.exec(lead))?.[0].length ?? 0;
  const m = OPENING_SPEAKER.exec(lead.slice(from)) ?? openingGroup(lead.slice(from));
  if (!m) return null;
  const start = s.start + from + m[1]!.length;
  return { start, end: start + m[2]!.length };
}

/** Heads of an unnamed person or group who may speak: "a commander", "one resident", "another official". */
const UNNAMED_SPEAKER_HEAD = /^(?:commander|official|officer|spokesman|spokeswoman|spokesperson|resident|witness|diplomat|source|soldier|fighter|doctor|nurse|lawyer|aide|adviser|advisor|member|analyst|executive|negotiator|activist|worker|villager|survivor|medic)s?$/;

/**
 * "but [a commander], speaking to a local television channel, denied ...": the unnamed subject
 * before an aside set off by commas that opens with a participle or "who", right before the cue
 * (`before` is the sentence up to the cue). Its span's offsets within `before`, or null.
 */
export function unnamedSubjectBeforeAside(before: string): { start: number; end: number } | null {
  const m = /(?:^|,\s+|\b(?:but|and|while)\s+)((?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)),\s+(?:[a-z]+(?:ing|ed)|who)\b[^,;:“”"]{2,80},\s*$/u.exec(before);
  if (!m || !UNNAMED_SPEAKER_HEAD.test(m[2]!.toLowerCase())) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}


/** A time closing a source before its cue: "federal prosecutors [in April]", "the council [in 2015]". */
const SOURCE_CLOSING_TIME = /(?:\s+(?:published|released|issued))?(?:\s+(?:early|late|earlier|later))?\s+(?:in|on|last|this)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?$/;
/** An aside closing a source: ", gasping facedown on a sidewalk,", ", at a later press gaggle,", ", dedicating the museum on Saturday,". */
const SOURCE_CLOSING_ASIDE = /,\s+(?:[a-z]+ing|at|during|after|before|in)\s[^,;:“”"()]{2,120},?$/;

/**
 * A source before its cue without what closes it but names no one: a time, or an aside of
 * what the speaker was doing or where ("President Obama, dedicating the museum on Saturday,
 * said"); a parenthesis the span cut open gets its closing mark ("Jason Chaffetz (R-Utah[)]").
 * The span's new end.
 */
export function sourceEndWithoutTail(text: string, source: Span): number {
  const raw = text.slice(source.start, source.end);
  if (raw.lastIndexOf('(') > raw.lastIndexOf(')') && text[source.end] === ')') return source.end + 1;
  const aside = SOURCE_CLOSING_ASIDE.exec(raw);
  // (the aside follows a name or a noun phrase of its own: "Hillary Clinton, at a later press gaggle,")
  // (an aside that names the speaker stays: "The group, calling itself the Swords of Righteousness,")
  if (aside && aside.index > 0 && !/\b(?:who|which|that)\b/.test(raw.slice(0, aside.index)) && !/^,\s+(?:according|including|regarding|concerning|[a-z]+ing\s+(?:itself|himself|herself|themselves))\b/.test(aside[0])) return source.start + aside.index;
  const time = SOURCE_CLOSING_TIME.exec(raw);
  // (a month of delivery or maturity describes the contract: "crude for delivery in December")
  // (and a relative clause's time is the clause's: "Sean Fraser — who took over the portfolio in March")
  if (time && time.index > 0 && !/\b(?:delivery|maturity|expiring|due)$/.test(raw.slice(0, time.index)) && !/\b(?:who|which|that|whose)\b/.test(raw)) return source.start + time.index;
  return source.end;
}
