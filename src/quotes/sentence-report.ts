/**
 * How the attributions of one sentence share it: the clause a final ", X said." reports, a speaker
 * named after an inverted cue, "was quoted as saying", and the contents of several cues of one
 * source.
 */
import type { Sentence, Span } from '../document/types.js';
import { type Cand } from './candidate.js';
import { endBeforeCoordination } from './content.js';
import { CUE_PREPOSITIONS, isSpeechVerb } from './cues.js';
import { isTimeWord } from './source.js';
import { DATELINE, LIVE_STAMP } from './source-phrase.js';

/**
 * The clause a sentence opens with when its attribution follows it after a comma: "[Drivers were
 * twice as likely to crash], researchers found in a survey." Null when there is no such comma, or
 * a quotation mark or another cue (`otherCues`) stands in the clause.
 */
export function clauseBeforeSource(text: string, s: Sentence, source: Span | null, cue: Span, otherCues: readonly number[]): Span | null {
  if (!source || source.end > cue.start || !/^\s*$/.test(text.slice(source.end, cue.start))) return null;
  // (a passive's subject, "X has been criticized for ...", is what it is about, not who spoke)
  if (/\b(?:is|are|was|were|be|been|being)\b|ing$/i.test(text.slice(cue.start, cue.end))) return null;
  const before = text.slice(s.start, source.start);
  const comma = /,\s*$/.exec(before);
  // (the comma may be missing after a scare quote closing the clause: `the impact was "quite
  // mild" the company said`; the clause then keeps its short quotation)
  const mark = comma ? null : /["”]\s+$/.exec(before);
  if (!comma && !mark) return null;
  const dl = DATELINE.exec(before) ?? LIVE_STAMP.exec(before);
  let start = s.start + (dl ? dl[0].length : 0);
  while (start < source.start && /\s/.test(text[start]!)) start++;
  const end = comma ? s.start + comma.index : s.start + mark!.index + 1;
  const quoted = /["“”]/.test(text.slice(start, end));
  if (end - start < 20 || (quoted && (!mark || !onlyShortQuotations(text.slice(start, end)))) || otherCues.some((p) => p >= start && p < end)) return null;
  return { start, end };
}

/** What may follow a closing attribution (its cue, or an inverted one's source): a day or a time word, then the stop. */
// (and where: "their lawyer said [at the close of a trial here Wednesday].")
// (and the wire's "here": "officials said [here Monday].")
const INVERTED_CLOSE_TAIL = /^(?:\s+(?:at|in|during|after|before|outside)\s+(?:the|a|an|his|her|their|its)\s[^,;:“”"().!?]{1,60}?)?(?:\s+here)?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?)?[\s.!?]*$/;

/** A description after a name that ends the sentence: ", a senior executive manager of the company." */
const APPOSITIVE_TAIL = /^,\s+(?:a|an|the)\s[^,;:“”"()]{1,100}?[.!?]?\s*$/;

/** The tail after a cue without the audience of "told" (any other cue's tail as it is). */
function withoutToldAudience(cue: string, tail: string): string {
  return /^(?:told|tells)$/i.test(cue.trim()) ? tail.replace(ADDRESSEE_AFTER_TOLD, '') : tail;
}

/** A participle clause after the attribution's comma: ", adding that ...", ", expressing his confidence". */
const PARTICIPLE_TAIL = /^,\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\s/;

/**
 * The content of a sentence closed by its attribution (", SOURCE said." with nothing after the
 * cue but the stop): from the sentence's start, after a dateline, to the comma before the source.
 * Null when the contents do not all end there, or a quotation mark or another cue (`otherCues`,
 * their offsets) stands in the way: then the pieces are as the tagger gave them.
 */
export function reportBeforeFinalAttribution(text: string, s: Sentence, cue: Span, source: Span, contents: readonly Span[], otherCues: readonly number[]): Span | null {
  // (inverted as well, with a day after the source: "..., said a senior local official Sunday.")
  const inverted = source.start >= cue.end;
  const opensAt = inverted ? cue.start : source.start;
  if (!contents.length || (!inverted && source.end > cue.start)) return null;
  // (a day after the cue as well: "..., Freddie Mac reported Thursday.")
  // (or a participle going on with what the speaker did: "..., said Michel, [expressing his
  // confidence in ...]")
  // (or, after an inverted cue's source, a description of the source: "..., noted Liu Yuzhu, [a
  // senior executive manager of the Harbin water company].")
  // (and whom a closing "told" told: "..., Mitsuzuka told a regular press conference.")
  const tail = withoutToldAudience(text.slice(cue.start, cue.end), text.slice(inverted ? source.end : cue.end, s.end));
  const described = inverted && APPOSITIVE_TAIL.test(tail);
  if (!INVERTED_CLOSE_TAIL.test(tail) && !PARTICIPLE_TAIL.test(tail) && !described) return null;
  // (a piece the tagger gave inside that description is no part of the report)
  if (described) contents = contents.filter((c) => c.start < source.end);
  if (!contents.length) return null;
  const last = contents[contents.length - 1]!;
  // (the tagger may stop a few words short of the comma: "pulled out of a 14 million euro [deal on
  // Monday], two people said"; those words are reported too)
  // (or nothing at all when the last piece closes a quotation on its comma: `had “the proper
  // instincts and decent values,” he said`)
  // (a figure's thousands are no comma: "estimated at [700,000 tons a day], noted")
  const gap = /^(?:[^,.;:!?"“”]|(?<=\d)[,.](?=\d)){0,60}(?=,\s*$)/.exec(text.slice(last.end, opensAt)) ?? (/^\s+$/.test(text.slice(last.end, opensAt)) && /,["”]$/.test(text.slice(last.end - 2, last.end)) ? [''] : null);
  if (contents.some((c) => c.end > opensAt) || !gap || otherCues.some((p) => p >= last.end && p < opensAt)) return null;
  const end = last.end + gap[0].trimEnd().length;
  const dl = DATELINE.exec(text.slice(s.start, Math.min(last.end, s.start + 120))) ?? LIVE_STAMP.exec(text.slice(s.start, Math.min(last.end, s.start + 24)));
  let start = s.start + (dl ? dl[0].length : 0);
  while (start < last.end && /\s/.test(text[start]!)) start++;
  const first = contents[0]!;
  // (pieces the tagger split at a comma are joined: "... in Jowhar, [the provisional capital], officials said")
  if (start > first.start || (start === first.start && end === last.end && contents.length === 1)) return null;
  // (a quotation after a colon is the report of its own: `..., within a month: “It is finalized,”
  // he told reporters`)
  if (/:\s*["“]/.test(text.slice(start, end))) return null;
  // (another cue inside the report stands in the way only when it is a verb of saying: "The
  // coalition agreed on a budget after 14 hours of talks, Merz said" reports the agreeing)
  // (a scare quote inside is part of the report: `agreed to target its "shadow fleet", diplomats
  // said`; not when a verb of naming before it owns it: `Police called the fire "deliberate"`)
  const quoted = /["“”]/.test(text.slice(start, end));
  if ((quoted && !onlyShortQuotations(text.slice(start, end)) && !endsInQuotedObject(text.slice(start, end))) || otherCues.some((p) => p >= start && p < end && (SAYING_AT.test(text.slice(p, p + 12)) || (quoted && NAMING_AT.test(text.slice(p, p + 12)))))) return null;
  return { start, end };
}

/**
 * `Despite the attacks, most Australians still had “the proper instincts and decent values”, he
 * said.`: the narration runs into one quotation that ends the clause, mid-sentence after a word
 * in lowercase. The quoted words are part of one reported statement however long they are; a
 * quotation opening the clause, or after a colon or comma, is a direct quote of its own.
 */
function endsInQuotedObject(span: string): boolean {
  const m = /^([^"“”]*?\p{Ll}[\p{Ll}'’-]*\s+)["“][^"“”]+["”][,.]?$/u.exec(span);
  return !!m && m[1]!.trim().split(/\s+/).length >= 3;
}

/** A verb of naming at the start of a cue, whose object a scare quote often is: "called the fire “deliberate”". */
const NAMING_AT = /^(?:calls?|called|calling|describ\w*|dubb\w*|term\w*|brand\w*|label\w*)\b/i;

/** True when `span` holds no quotation mark, or only closed quotations of a few words. */
function onlyShortQuotations(span: string): boolean {
  if (!/["“”]/.test(span)) return true;
  const marks = span.match(/["“”]/g)!.length;
  if (marks % 2 === 1) return false;
  const quoted = span.match(/["“][^"“”]*["”]/g) ?? [];
  return quoted.length * 2 === marks && quoted.every((q) => q.split(/\s+/).length <= 5);
}

/**
 * `Debates are not likely to alter the campaign, noted NBC's Dante Chinni.`, `An earthquake struck
 * ..., the government said on Monday, as rescuers dug ...`: an attribution after a comma that
 * closes the sentence (a time, or a clause of circumstance, at most after it) reports the clause
 * before its comma, from the sentence's start (after a dateline). For when the tagger gave the cue
 * no piece of that clause. Null when the clause holds a long quotation or another verb of saying.
 */
export function reportBeforeClosingAttribution(text: string, s: Sentence, cue: Span, source: Span, otherCues: readonly number[]): Span | null {
  const first = source.start < cue.start ? source : cue;
  const second = source.start < cue.start ? cue : source;
  // (after "told", whom: "a prosecutor told a federal jury on Monday as the trial opened")
  const rest = text.slice(second.end, s.end);
  const addressee = second === cue && /\b(?:told|tells)$/.test(text.slice(cue.start, cue.end)) ? ADDRESSEE_AFTER_TOLD.exec(rest)?.[0].length ?? 0 : 0;
  if (!/^\s+$/.test(text.slice(first.end, second.start)) || !CLOSING_AFTER_ATTRIBUTION.test(rest.slice(addressee))) return null;
  // (a verb of saying: "Asked whether he would resign, Moreau shrugged." reports nothing)
  if (!isSpeechVerb(/(\S+)$/.exec(text.slice(cue.start, cue.end).trim())?.[1]?.toLowerCase() ?? '')) return null;
  const comma = /,\s*$/.exec(text.slice(s.start, first.start));
  if (!comma) return null;
  const end = s.start + comma.index;
  const dl = DATELINE.exec(text.slice(s.start, Math.min(end, s.start + 120)));
  let start = s.start + (dl ? dl[0].length : 0);
  while (start < end && /\s/.test(text[start]!)) start++;
  const quoted = /["“”]/.test(text.slice(start, end));
  if (end - start < 10 || (quoted && !onlyShortQuotations(text.slice(start, end))) || otherCues.some((p) => p >= start && p < end && (SAYING_AT.test(text.slice(p, p + 12)) || (quoted && NAMING_AT.test(text.slice(p, p + 12)))))) return null;
  return { start, end };
}
/** What may follow a closing attribution: the sentence's end, a time, or a clause of circumstance. */
const CLOSING_AFTER_ATTRIBUTION = /^(?:\s+(?:on|late|early|last|this|in|at)\b[^,;"“”]{0,30}?)?(?:\s*[.!?]?["”’]?\s*$|,\s+(?:as|while|when|after|with|[a-z]+ing)\b|\s+(?:as|while|when)\s)/;
/** Whom "told" addressed: "a federal jury", "reporters", "the BBC". */
const ADDRESSEE_AFTER_TOLD = /^\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?=\s+(?:on|late|early|last|this|in|at|as|while|when)\b|\s*[.!?,])/u;

/** A verb of saying at the start of a cue: the report it opens is another's, not part of this one. */
const SAYING_AT = /^(?:said|says|say|told|tells|added|adds|stated|announced|reported|warned|claimed|insisted|noted|wrote|according)\b/i;

/** After a mid-sentence cue (and its time): a participle or a clause of circumstance, ", forcing ...", "on Monday, as rescuers dug ...". */
const CLAUSE_AFTER_MID_ATTRIBUTION = /^(?:\s+(?:on|late|early|last|this|in|at)\b[^,;"“”]{0,30})?,\s+(?:as|while|when|after|with|[a-z]+ing)\b/;

/**
 * `Junior doctors began a strike on Friday, the union said, forcing hospitals to postpone
 * operations.`: an attribution between commas before a participle clause reports the clause
 * before it; the tagger may give the cue the participle instead, which says what followed, or a
 * part of the report. The report runs from the sentence's start (after a dateline) to the comma
 * before the source. Null when a piece runs over that comma or something (a quotation mark,
 * another cue) stands in the way.
 */
export function reportBeforeMidAttribution(text: string, s: Sentence, cue: Span, source: Span, contents: readonly Span[], otherCues: readonly number[]): Span | null {
  if (!contents.length || source.end > cue.start || !CLAUSE_AFTER_MID_ATTRIBUTION.test(text.slice(cue.end, s.end)) || /["“”]/.test(text.slice(cue.end, s.end))) return null;
  const comma = /,\s*$/.exec(text.slice(s.start, source.start));
  if (!comma) return null;
  // (the pieces are the clause after, or parts of the report before: "killing [800 people]")
  if (contents.some((c) => c.start < cue.end && c.end > s.start + comma.index)) return null;
  const dl = DATELINE.exec(text.slice(s.start, source.start));
  let start = s.start + (dl ? dl[0].length : 0);
  while (start < source.start && /\s/.test(text[start]!)) start++;
  // ("Though that transition was seamless, he said, ...": the connective is the writer's)
  start += LEADING_CONNECTIVE.exec(text.slice(start, source.start))?.[0].length ?? 0;
  const end = s.start + comma.index;
  if (end - start < 20 || /["“”]/.test(text.slice(start, end)) || otherCues.some((p) => p >= start && p < end)) return null;
  return { start, end };
}

/** A connective opening a sentence that is no part of what was reported: "Though", "But", "Still,". */
const LEADING_CONNECTIVE = /^(?:Though|Although|While|But|And|Yet|So|However|Still|Meanwhile|Instead)\b,?\s+/;

/** A predicate going on after an aside: ", were detained", ", has denied", ", will face". */
const PREDICATE_AFTER_ASIDE = /^,\s+(?:(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|did|do|does)\b|[a-z]{3,}ed\b)/;

/**
 * `The suspects, aged 24 and 31, were detained late on Tuesday near Graz, spokesman X told the
 * agency.`: the tagger may stop at the comma closing an aside on the subject; the predicate after
 * it is what was reported too, up to the comma before the source. Null when the last piece does
 * not end an aside so, or something (a quotation mark, another cue, a clause after the cue's
 * object) stands in the way.
 */
export function predicateAfterAside(text: string, cue: Span, source: Span, contents: readonly Span[], otherCues: readonly number[], sentenceEnd: number): Span | null {
  if (!contents.length || source.end > cue.start || !/^[^,;:"“”]{0,60}$/.test(text.slice(cue.end, sentenceEnd).replace(/[.!?]\s*$/, ''))) return null;
  const first = contents[0]!;
  const last = contents[contents.length - 1]!;
  if (!text.slice(first.start, last.end).includes(',') || !PREDICATE_AFTER_ASIDE.test(text.slice(last.end, source.start))) return null;
  const comma = text.lastIndexOf(',', source.start);
  if (comma <= last.end) return null;
  if (/["“”]/.test(text.slice(last.end, comma)) || otherCues.some((p) => p >= last.end && p < comma)) return null;
  return { start: first.start, end: comma };
}

/** Words that open a source after an inverted cue: a capitalised word (no pronoun but "he"/"she") or an article. */
const SOURCE_OPENER = /^(?:(?!(?:It|This|That|These|Those|There|Then|Now|We|They|I)\b)\p{Lu}|(?:the|a|an)\s)/u;

/**
 * `“This is a victory,” said Priya Shah of the charity X`: the content piece right after an
 * inverted cue (one following a content that ends at a comma or a closing mark) that opens with
 * a name is who spoke. Null when there is no such piece.
 */
export function nameAfterInvertedCue(text: string, cue: Span, contents: readonly Span[]): Span | null {
  const before = contents.filter((c) => c.end <= cue.start && /[,”"’']\s*$/.test(text.slice(c.start, c.end)) && /^\s*$/.test(text.slice(c.end, cue.start)));
  if (!before.length) return null;
  const words = text.slice(cue.start, cue.end).trim().split(/\s+/);
  if (words.length !== 1) return null;
  // after a quotation closed by a comma, "!" or "?" any lowercase past verb inverts:
  // `“Nothing works,” commented X`, `“Give him back!” screamed Y`
  const afterQuotation = before.some((c) => /[,!?]\s*[”"’']\s*$/.test(text.slice(c.start, c.end)));
  if (!isSpeechVerb(words[0]!.toLowerCase()) && !(afterQuotation && /^[a-z]+(?:ed|wrote|spoke|told|said|cried|sang|shot|rang|began)$/.test(words[0]!))) return null;
  return contents.find((c) => c.start > cue.end && /^\s+$/.test(text.slice(cue.end, c.start)) && (SOURCE_OPENER.test(text.slice(c.start, c.end)) || isLowercaseTitledName(text.slice(c.start, c.end))) && !isTimeWord(/^\S+/.exec(text.slice(c.start, c.end))![0])) ?? null;
}

/**
 * `said federation chief executive Elspeth Macdonald`, `said harbour master Colin Reid`: a title in
 * lowercase (one to four words, none of them a pronoun or a word that opens a clause) right
 * before a name that ends the piece, or is followed by its affiliation. Newspapers that set
 * titles before names in lowercase leave the phrase with no capital to open it.
 */
export function isLowercaseTitledName(piece: string): boolean {
  const m = /^((?:\p{Ll}[\p{Ll}'’-]*\s+){1,4})\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?=$|,|\s+of\s)/u.exec(piece);
  if (!m) return false;
  return !m[1]!.trim().split(/\s+/).some((w) => CLAUSE_WORDS.has(w));
}

/** Lowercase words that cannot be part of a title before a name: pronouns, clause openers, verbs of being. */
const CLAUSE_WORDS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'that', 'this', 'there', 'which', 'who', 'what', 'is', 'was', 'are', 'were', 'would', 'will', 'had', 'has', 'have', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'if', 'when', 'as', 'so', 'not', 'no']);

/**
 * `Hundreds were killed in the fighting, said the sources.`: a source piece that ends at the comma
 * before a one-word speech verb, with a single short piece after the verb that opens like a
 * source and ends the sentence, is the statement, and that piece is who made it. Returns the
 * piece to take as the source, else null.
 */
export function statementBeforeInvertedCue(text: string, cue: Span, source: Span, contents: readonly Span[], s: Sentence): Span | null {
  // (the tagger may take the comma into the source: "[Beijing Summit ..., scheduled for Nov. 4-5,] said")
  // (but a source closing a relative clause on its comma, "Aparna Mathur, who studies tax policy,",
  // is who spoke)
  const gap = text.slice(source.end, cue.start);
  const closesAside = /,\s*$/.test(text.slice(source.start, source.end)) && !/,\s+(?:who|whose|whom)\s/.test(text.slice(source.start, source.end));
  const commaOutside = /^\s*,\s*$/.test(gap);
  if (source.end > cue.start || !(commaOutside || (/^\s*$/.test(gap) && closesAside))) return null;
  const words = text.slice(cue.start, cue.end).trim().split(/\s+/);
  if (words.length !== 1 || !INVERTING_VERB.test(words[0]!)) return null;
  // (pieces of the statement the tagger gave before its "source" may stand beside it: "China will
  // announce ... during the upcoming [Beijing Summit ..., scheduled for Nov. 4-5], said Chinese Vice
  // Commerce Minister Wei Jianguo here on Thursday.")
  const after = contents.filter((c) => c.start >= cue.end);
  if (after.length !== 1 || !contents.every((c) => c.start >= cue.end || (c.end <= source.start && /^[^,;:.!?"“”]*$/.test(text.slice(c.end, source.start))))) return null;
  const c = after[0]!;
  // (the wire's "here" and a day after the name are when and where it was said)
  const body = text.slice(c.start, c.end).replace(NAME_TAIL, '');
  // (a title in lowercase before the name as well: "..., said [head of the DPRK delegation Song Il-Ho] here Thursday")
  const titled = isLowercaseTitledName(body) || TITLE_THEN_NAME.test(body);
  // (and the wire's "reports reaching here from Pristina", with no article to open it)
  const reaching = REPORTS_REACHING.test(body);
  if (c.start <= cue.end || !/^\s+$/.test(text.slice(cue.end, c.start)) || !(SOURCE_OPENER.test(body) || titled || reaching)) return null;
  // (with the comma inside the tagger's source, only a capitalised title or name after the cue is
  // taken for who spoke: in "the third, Quanta Systems' Priya Natarajan, said [the company needed
  // ...]" the clause after the cue is what she said)
  // (or a statement, a release, a spokesman: "..., said [the joint statement].")
  if (!commaOutside && !/^\p{Lu}/u.test(body) && !SPEAKING_NOUN_PHRASE.test(body) && !titled && !reaching) return null;
  if (body.split(/\s+/).length > (reaching ? 12 : 8) || VERB_OF_CLAUSE.test(body) || !/^[\s.!?”"’]*$/.test(text.slice(c.end, s.end))) return null;
  // the statement has a verb of its own: more than a name before the comma
  if (text.slice(source.start, source.end).split(/\s+/).length < 4) return null;
  return { start: c.start, end: c.start + body.length };
}
/** Verbs of saying that stand before their source ("..., said the sources"); "accused" or "confirming" never do. */
const INVERTING_VERB = /^(?:said|says|say|told|tells|added|adds|reported|reports|announced|stated|noted|wrote|writes|explained|insisted|warned|argued|observed|replied|continued|concluded|declared)$/i;
/** A finite or modal verb: the piece after the cue is a clause, what was said, never who said it. */
const VERB_OF_CLAUSE = /\b(?:is|was|were|are|be|been|has|have|had|will|would|should|could|can|may|might|must|did|does|do|wo|ca)(?:n['’]t)?\b/i;
/** A phrase for a document or a spokesperson: "the joint statement", "a press release issued after the meeting". */
const SPEAKING_NOUN_PHRASE = /^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|release|communiqu[eé]|report|spokes(?:man|woman|person)|officials?|sources?|ministry|agency|newspaper|daily|document|letter|declaration)\b/iu;
/** Reports that reached the wire's desk: "reports reaching here from Pristina", "a report reaching here from Maputo". */
export const REPORTS_REACHING = /^(?:(?:a|the)\s+)?(?:(?:press|news|media)\s+)?(?:reports?|news|sources?|dispatch(?:es)?)\s+(?:reaching|received)\s+here\b/i;
/** A lowercase title, with what it heads, closed by a name of two words or more: "head of the DPRK delegation Song Il-Ho". */
const TITLE_THEN_NAME = /^\p{Ll}[\p{Ll}'’-]*\s+(?:[\p{L}'’-]+\s+){0,6}?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
const NAME_TAIL = /(?:\s+here)?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?$/;

/**
 * `X did Y, a colleague was quoted as saying.`: a passive "quoted" cue followed by "as saying" and
 * nothing more than a time before the sentence ends, with a short phrase between the cue and
 * the comma before it. Gives the cue's new end, the source phrase and the statement before.
 */
export function quotedAsSayingAfter(text: string, cue: Span, s: Sentence): { cueEnd: number; source: Span; content: Span } | null {
  if (!/^(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted|cited)$/i.test(text.slice(cue.start, cue.end))) return null;
  // (the outlet may stand between: "was quoted by the Itar-Tass news agency as saying")
  const tail = /^(?:\s+by\s+[^,;:“”"]{2,50}?)?\s+as\s+saying\b/.exec(text.slice(cue.end, s.end));
  // (with the channel at most: "as saying in a statement")
  if (!tail || !/^(?:\s+(?:in|at|during|to|by)\s[^,;:“”"]{1,60}?)?(?:\s+(?:on|late|early|last|this)?\s*\p{L}*day)?\s*[.!?]?\s*["”’]?\s*$/u.test(text.slice(cue.end + tail[0].length, s.end))) return null;
  const before = text.slice(s.start, cue.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return null;
  const src = before.slice(comma + 1);
  const words = src.trim().split(/\s+/);
  // (a title and a name may run to a dozen words: "Minister of State for the Environment Magid George Ilyas")
  if (!src.trim() || words.length > 12) return null;
  // (a comma inside the quotation leaves its closing mark before the name: `...," Ohn Gyaw was quoted`)
  const lead = /^[\s"”’]*/.exec(src)![0].length;
  const source = { start: s.start + comma + 1 + lead, end: cue.start - (src.length - src.trimEnd().length) };
  // (and the content then runs to that closing mark, so that it is the whole quotation and no
  // second, cueless candidate takes the quotation)
  const closing = /^,["”’]+/.exec(text.slice(s.start + comma, cue.start));
  let end = s.start + comma + (closing ? closing[0].length : 0);
  let start = closing ? openingOfQuotationBefore(text, s.start) : s.start;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start < 10) return null;
  return { cueEnd: cue.end + tail[0].length, source, content: { start, end } };
}

/**
 * Where a quotation open at `pos` began, in the same paragraph: `"I look forward to the race.
 * Everybody wants to be there," Tergat was quoted as saying` is one quotation over two sentences.
 * `pos` itself when no quotation is open there.
 */
function openingOfQuotationBefore(text: string, pos: number): number {
  const para = Math.max(text.lastIndexOf('\n', pos - 1) + 1, pos - 2000);
  const before = text.slice(para, pos);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  // (an odd count of straight marks, or a curly opening with no closing after it, leaves it open)
  const straight = (before.match(/"/g) ?? []).length;
  if (open < 0 || before.lastIndexOf('”') > open || (before[open] === '"' && straight % 2 === 0)) return pos;
  return para + open;
}

const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'took', 'gave', 'made', 'put', 'set', 'laid', 'held', 'kept', 'felt', 'knew', 'saw', 'went', 'came', 'got', 'found', 'left', 'meant', 'sent', 'brought', 'taught', 'sought', 'swore', 'stood', 'drew', 'threw', 'forecast', 'foresaw']);

/**
 * The tense of a cue's verb ("past", "present" in -s, or "other"): its last speech verb, else its
 * last word that is no preposition ("said Sunday" is past, "worked with" past).
 */
function verbTense(cue: string): 'past' | 'present' | 'other' {
  const words = cue.toLowerCase().split(/\s+/).filter((w) => !CUE_PREPOSITIONS.has(w));
  const w = words.filter((x) => isSpeechVerb(x)).pop() ?? words[words.length - 1] ?? '';
  if (/ed$/.test(w) || IRREGULAR_PAST.has(w)) return 'past';
  if (/[^s]s$/.test(w)) return 'present';
  return 'other';
}

/** True when two spans (either possibly null) cover the same text. */
function sameSpan(a: Span | null, b: Span | null): boolean {
  return !!a && !!b && a.start === b.start && a.end === b.end;
}

/**
 * "The ministry welcomed the resignation and said it would audit the pitches": when the tagger
 * gives an earlier cue a content piece that a later cue of the same source (or of a source before
 * the earlier cue) also has, the piece is the later cue's (the nearest cue before it); the earlier
 * keeps what is left. (The two pieces
 * may have been cut differently: "thanked his staff and said [he would “reflect”] before ...".)
 */
export function dropContentsOfLaterCues(text: string, here: readonly Cand[]): void {
  for (const c of here) {
    if (!c.cue || !c.source) continue;
    for (const d of here) {
      if (d === c || !d.cue || d.cue.start <= c.cue.end) continue;
      // (another source's later cue takes the piece only when that source stands before this cue:
      // "Cole said Harris supports X but declined to say [whether ...]"; a source inside this
      // content is a report nested in it, which stays: "said Trump was right when [he] said ...")
      const goesOn = isPronounGoingOn(text, c, d);
      // (nor may a cue inside the later cue's source, in a relative clause on it, reach past that
      // cue: "Rayfield, whose state is among those [challenging] the tariffs, told reporters [...]")
      const inSource = !!d.source && d.source.start <= c.cue.start && c.cue.end <= d.source.end;
      if (!sameSpan(d.source, c.source) && !(d.source && d.source.end <= c.cue.start) && !goesOn && !inSource) continue;
      c.contents = c.contents.filter((p) => !(p.start >= d.cue!.end && d.contents.some((q) => q.start < p.end && p.start < q.end)));
      // `“A ban is a blunt tool,” said Dr. Einstein, though she added that ...`: the quotation
      // before the first cue is that cue's alone
      // (and so is it before a participle going on with the same source: `“...,” said Shalom,
      // indicating that ...`)
      const participleOn = sameSpan(d.source, c.source) && /^[a-z]+ing$/.test(text.slice(d.cue.start, d.cue.end));
      // (as is what the first cue took between the two: `urged both sides to [“find a solution
      // quickly,”] writing on X that ...`)
      if (goesOn || participleOn) d.contents = d.contents.filter((p) => !((p.end <= c.cue!.start || (participleOn && p.end <= d.cue!.start)) && c.contents.some((q) => q.start < p.end && p.start < q.end)));
    }
  }
}

/**
 * True when the later cue `d` has a personal pronoun for its source between the two cues, outside
 * what `c` reports: the same speaker going on ("said Dr. Einstein, though [she] added that ...").
 */
function isPronounGoingOn(text: string, c: Cand, d: Cand): boolean {
  const src = d.source;
  if (!src || src.start < c.cue!.end || src.end > d.cue!.start || !/^(?:he|she)$/i.test(text.slice(src.start, src.end))) return false;
  // (after a conjunction, not a relative pronoun: "the divisions, which [he] said were ..." is
  // nested in what the first cue reports)
  if (!/(?:,|\band|\bbut|\bthough|\balthough|\bwhile|\bbefore|\bthen)\s+$/i.test(text.slice(c.cue!.end, src.start))) return false;
  return !c.contents.some((p) => p.start <= src.start && src.end <= p.end);
}

/** What opens a clause of circumstance after a closing cue: "said [as she] read out", "told [him as she] read out". */
const CIRCUMSTANCE_OPENER = /^\s+(?:(?:him|her|them|me|us|reporters|journalists)\s+)?(?:as|while|when|before|after|once)\s+(?:\S+\s+){0,3}$/i;

/**
 * `"...," she told him [as she read out the sentence].`: after a closing cue whose content came
 * before it, a clause of circumstance says what the speaker was doing, not more of what was said.
 */
export function dropCircumstanceAfterClosingCue(text: string, here: readonly Cand[]): void {
  for (const c of here) {
    if (!c.cue || !c.contents.some((p) => p.end <= c.cue!.start)) continue;
    c.contents = c.contents.filter((p) => !(p.start >= c.cue!.end && CIRCUMSTANCE_OPENER.test(text.slice(c.cue!.end, p.start))));
  }
}

/**
 * `"...," the judge said as she read out the verdict.`: a cue in a clause of circumstance after
 * the closing cue says what the speaker was doing meanwhile; the quotation before both is the
 * first cue's alone, and is not said twice.
 */
export function dropQuotationOfCircumstanceCue(text: string, here: readonly Cand[]): void {
  for (const c of here) {
    if (!c.cue) continue;
    for (const d of here) {
      if (d === c || !d.cue || d.cue.start <= c.cue.end || !CIRCUMSTANCE_OPENER.test(text.slice(c.cue.end, d.cue.start))) continue;
      const before = (p: Span) => p.end <= c.cue!.start;
      d.contents = d.contents.filter((p) => !(before(p) && c.contents.some((q) => before(q) && q.start < p.end && p.start < q.end)));
    }
  }
}

/**
 * "said in a post on X that the bill ...": when the tagger's cue ends in the preposition of a
 * channel and the content opens with its object and "that", the object belongs to the cue (where
 * the channel is read from), not to what was said.
 */
export function takeChannelObjectIntoCue(text: string, c: Cand): void {
  if (!c.cue || !/\b(?:on|in|to|with|via)$/i.test(text.slice(c.cue.start, c.cue.end))) return;
  const first = c.contents[0];
  if (!first || first.start < c.cue.end || !/^\s*$/.test(text.slice(c.cue.end, first.start))) return;
  const m = /^(\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*){0,2})\s+(?=that\b|:)/u.exec(text.slice(first.start, first.end));
  if (!m) return;
  c.cue = { start: c.cue.start, end: first.start + m[1]!.length };
  c.contents[0] = { start: first.start + m[0].length, end: first.end };
}

/**
 * `When Clinton noted that Trump had not paid taxes ― as was true for years ― Trump boasted, “That
 * makes me smart.”`: a later attribution with its own source opening a new clause (after a dash or
 * a comma) and a quotation of its own is not part of the earlier content, which ends before that
 * source. A report nested with no break ("said that Pike told him “...”") stays inside.
 */
export function endContentsBeforeQuotedAttribution(text: string, here: readonly Cand[]): void {
  for (const c of here) {
    if (!c.cue) continue;
    for (const d of here) {
      if (d === c || !d.cue || !d.source || d.source.start <= c.cue.end || d.source.end > d.cue.start) continue;
      if (!d.contents.some((q) => q.start >= d.cue!.end && /^[“"]/.test(text.slice(q.start, q.start + 1)))) continue;
      const brk = /[,―—–]\s*$/.exec(text.slice(c.cue.end, d.source.start));
      if (!brk) continue;
      const end = c.cue.end + brk.index;
      c.contents = c.contents.map((p) => (p.start < end && d.source!.start < p.end ? { start: p.start, end: p.start + text.slice(p.start, end).trimEnd().length } : p));
    }
  }
}

/**
 * "Chelsea have agreed [to sign ... 61 million euros, the Premier] League club said": a content
 * piece that runs into the source of a closing attribution after a comma ends at that comma
 * (or a semicolon: "Some say [the changes will root out corruption; others], including ..., say";
 * or a clause of its own joined to it: "..., [while] the Saudi foreign ministry urged ...").
 */
/** A comma or semicolon before another source, with the conjunction that joins its clause ("..., while the Saudi ministry urged"). */
const CLOSING_SOURCE_GAP = /[,;]\s*(?:(?:as|while|whereas|when|and|but|even\s+as)\s+)?$/;

export function endContentsBeforeClosingSource(text: string, here: readonly Cand[]): void {
  for (const c of here) {
    if (!c.cue) continue;
    for (const d of here) {
      // (the outlet that quoted the source opens the attribution as well: "..., [the Itar-Tass news
      // agency] quoted the local election chief as saying")
      const opener = d.source && d.cue && d.source.end <= d.cue.start ? d.source : d.channel && d.cue && d.channel.end <= d.cue.start ? d.channel : null;
      if (d === c || !d.cue || !opener || opener.start <= c.cue.end) continue;
      const at = opener.start;
      c.contents = c.contents.map((p) => {
        if (!(p.start < at && at < p.end) || !CLOSING_SOURCE_GAP.test(text.slice(p.start, at))) return p;
        return { start: p.start, end: p.start + text.slice(p.start, at).replace(CLOSING_SOURCE_GAP, '').length };
      });
    }
  }
}

/**
 * `said it would "X" and warned that Y`: when a later cue of the same source starts inside an
 * earlier one's content after "and"/"but", that content ends before the conjunction; the second
 * cue carries its own. A later cue with a source of its own inside the content ("Police say he
 * posed a threat and refused ...", "she knows that ...") is part of what was reported, and stays.
 */
export function endContentsAtNextAttribution(text: string, here: readonly Cand[]): void {
  for (const c of here) {
    if (!c.cue || !c.source) continue;
    for (const d of here) {
      if (d === c || !d.cue || d.cue.start <= c.cue.end) continue;
      // coordinated verbs share their tense ("said ... and warned"); "Police say he posed a threat
      // and refused ..." joins two verbs of the reported clause
      if (verbTense(text.slice(c.cue.start, c.cue.end)) !== verbTense(text.slice(d.cue.start, d.cue.end))) continue;
      const at = d.cue.start;
      c.contents = c.contents.map((p) => {
        if (!(p.start < at && at < p.end)) return p;
        const len = endBeforeCoordination(text.slice(p.start, at));
        return len > 0 ? { start: p.start, end: p.start + len } : p;
      });
    }
  }
}

/**
 * "The medal arrived on Wednesday, Charria said, adding that [a ceremony will be held] according to
 * a fax from the IOC": a closing "according to" inside another report's content cites its source
 * for that content only. Its content, which the tagger ran back over the other report's cue,
 * starts where the other report's content starts (past "that").
 */
export function startAccordingInsideOtherReport(text: string, here: readonly Cand[]): void {
  for (const c of here) {
    if (!c.cue || !/^according\s+to$/i.test(text.slice(c.cue.start, c.cue.end))) continue;
    const at = c.cue.start;
    for (const d of here) {
      if (d === c || !d.cue || d.cue.end > at) continue;
      const inner = d.contents.find((q) => q.start >= d.cue!.end && q.start < at && q.end >= at);
      if (!inner) continue;
      const start = inner.start + (/^that\s+/i.exec(text.slice(inner.start, at))?.[0].length ?? 0);
      c.contents = c.contents.map((p) => (p.start < d.cue!.start && p.end <= at && p.end > start ? { start, end: p.end } : p));
    }
  }
}

/** A content piece that stops at an auxiliary, its verb cut off: "that the results would be". */
const ENDS_IN_AUXILIARY = /\b(?:would|will|could|should|can|may|might|must|to|has|have|had)\s+(?:not\s+)?(?:be|been)$|\b(?:is|are|was|were)$/;

/**
 * "Chizik told AFP that [the results would be] announced during the day": the tagger stopped the
 * content at a passive it took for a cue of its own, which reported nothing and was dropped. A
 * piece ending in an auxiliary runs on to the end of its sentence, when no other cue of the
 * sentence stands after it.
 */
export function extendContentsEndingInAuxiliary(text: string, s: Sentence, here: readonly Cand[]): void {
  let end = s.end;
  while (end > s.start && /[\s.!?"”’]/.test(text[end - 1]!)) end--;
  for (const c of here) {
    c.contents = c.contents.map((p) => {
      if (p.end >= end || !ENDS_IN_AUXILIARY.test(text.slice(Math.max(p.start, p.end - 24), p.end))) return p;
      if (here.some((d) => d.cue && d.cue.start >= p.end && d.cue.start < end) || /[,;:“”"]/.test(text.slice(p.end, end))) return p;
      return { start: p.start, end };
    });
  }
}

/**
 * "The institute opened on Friday at MIT, reports reaching here said.": the tagger ran the
 * statement into the source up to the wire's "reports reaching here". The reports are the source,
 * and the clause before their comma what they said. Null unless the source's last comma-set
 * phrase is such reports, right before the cue.
 */
export function reportsReachingBeforeCue(text: string, s: Sentence, cue: Span, source: Span): { source: Span; content: Span } | null {
  if (source.end > cue.start || !/^\s*$/.test(text.slice(source.end, cue.start))) return null;
  const body = text.slice(source.start, source.end);
  const comma = body.lastIndexOf(', ');
  if (comma < 0 || !REPORTS_REACHING.test(body.slice(comma + 2))) return null;
  let start = s.start;
  while (start < source.start && /\s/.test(text[start]!)) start++;
  const end = source.start + comma;
  if (end - start < 10) return null;
  return { source: { start: source.start + comma + 2, end: source.end }, content: { start, end } };
}

/** A relative clause set off by a comma, open up to an "according to" inside it: ", who apologised ... ". */
const RELATIVE_OPEN_BEFORE = /,\s+((?:who|which)\s+[^,;:“”"]{3,200}?)\s+$/i;

/**
 * "Keane, who apologised to teammates according to Amorim, will miss two games": an "according to"
 * inside a relative clause set off by commas cites its source for that clause only. Its content
 * is the clause, the main clause around it is the narrative's, and a report inside the clause
 * (the tagger's "apologised") ends before the citation.
 */
export function keepAccordingInsideRelative(text: string, s: Sentence, here: Cand[]): void {
  for (const c of here) {
    if (!c.cue || !c.source || !/^according\s+to$/i.test(text.slice(c.cue.start, c.cue.end))) continue;
    const rel = RELATIVE_OPEN_BEFORE.exec(text.slice(s.start, c.cue.start));
    if (!rel || !/^\s*,\s+\S/.test(text.slice(c.source.end, c.source.end + 4))) continue;
    const clause = { start: s.start + rel.index + rel[0].indexOf(rel[1]!), end: s.start + rel.index + rel[0].indexOf(rel[1]!) + rel[1]!.length };
    c.contents = [clause];
    for (const d of here) {
      if (d === c) continue;
      d.contents = d.contents.map((p) => (p.start >= clause.start && p.start < c.cue!.start && p.end > c.cue!.start ? { start: p.start, end: p.start + text.slice(p.start, c.cue!.start).trimEnd().length } : p));
    }
  }
}

/** The rest of a sentence that only adds a conjunct to a noun phrase: " and central China's Hubei Province". */
const CLOSING_CONJUNCT = /^\s+(?:and|or)\s+(?!(?:[a-z]+ed|[a-z]+ing|which|who|that|then|also)\b)(?![^,;:“”"]*(?:\b\p{Lu}\S*\s+[a-z]+ed\b|\bas\s+saying\b))(?![^,;:“”"]*\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|did|does|do|said|says|told|added)\b)[^,;:“”"()]{2,80}$/u;

/**
 * "confirmed [bird flu outbreaks in Inner Mongolia] and central China's Hubei Province.": the
 * tagger ended what was said before the second conjunct of a list that closes the sentence. A
 * piece after its cue runs on over " and" plus a noun phrase with no verb to the sentence's end,
 * when no other cue stands there.
 */
export function extendContentsOverClosingConjunct(text: string, s: Sentence, here: readonly Cand[]): void {
  let end = s.end;
  while (end > s.start && /[\s.!?]/.test(text[end - 1]!)) end--;
  for (const c of here) {
    if (!c.cue) continue;
    c.contents = c.contents.map((p) => {
      if (p.start < c.cue!.end || p.end >= end || /["“”]/.test(text.slice(p.start, p.end))) return p;
      if (!CLOSING_CONJUNCT.test(text.slice(p.end, end)) || here.some((d) => d.cue && d.cue.start >= p.end && d.cue.start < end)) return p;
      return { start: p.start, end };
    });
  }
}
