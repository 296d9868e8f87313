import type { Span } from '../document/types.js';
import { isStrongSpeechVerb } from './cues.js';

/**
 * Adverbials right after a cue say where, to whom or in what a statement was made, not what it
 * was: "wrote in a note [to clients]", "researchers found [in a study released Monday]",
 * "said [outside the court] that ...". The tagger sometimes gives them as content pieces.
 */

const PREPOSITION = /^(?:(?:in|on|at|during|for|from|with|by|after|before|under|over|outside|inside|near|via|through|ahead\s+of)\s|to\s+(?=\p{Lu}|(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|me)\s|[a-z]+(?:ers|ors|ists|ents|ants)\b))/u;
/** A short "to" phrase naming people: "to patients", "to the families", "to its customers". */
const RECIPIENT = /^to\s+(?:(?:the|its|his|her|their|our|all)\s+)?(?:[\p{Ll}-]+\s+)?(?:patients|customers|clients|investors|reporters|journalists|families|victims|fans|residents|voters|supporters|staff|employees|workers|members|shareholders|passengers|viewers|readers|listeners|parents|students|colleagues|lawmakers|officials)$/u;
/** RECIPIENT followed by an adverbial of time, occasion or reason. */
const RECIPIENT_THEN_ADJUNCT = new RegExp(RECIPIENT.source.replace(/\$$/, '') + String.raw`\s+(?:on|at|in|after|before|for|over|during|last|this|earlier|late|today|yesterday|on\s+behalf\s+of)\b`, 'u');
/** Words that open a clause: a piece holding one may report something after all. */
const CLAUSE_WORD = /\b(?:that|because|if|whether|as|when|while|since|although|though|unless|how|what|why|who|where)\b|[“”"]/i;
/**
 * True when a piece opens with a phrase holding an infinitive before "that": in "vowed on Saturday
 * [to retaliate] for an airstrike that killed ...", "that" opens a relative clause inside what
 * was vowed, not the report ("to clients", "to the board" name whom it was said to).
 */
function hasInfinitive(piece: string): boolean {
  const head = /^[^,;:"“”.!?]{1,70}?\s(?=that\s)/.exec(piece)?.[0] ?? '';
  return /\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me)\s)[a-z]+\b(?<!(?:ers|ors|ists|ents|ants))/.test(head);
}

/** A prepositional phrase then "that": the content starts at the complementizer. */
// (or a "to" phrase naming whom it was said to: "wrote in a note [to clients] that")
const PHRASE_THEN_THAT = /^(?:(?:in|on|at|during|from|with|after|before|outside|inside|via|through)\s|to\s+(?=\p{Lu}|(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me)\s|[a-z]+(?:ers|ors|ists|ents|ants)\b))[^,;:"“”.!?]{1,60}?\s(?=that\s)/u;

/**
 * Trims or drops, in place, the content pieces right after `cue` that are adverbials of the
 * saying: a phrase before "that" is cut off; a bare phrase (no clause word in it) goes when the
 * attribution has content before its cue, which is then what was said, or when the sentence
 * closes with its attribution (`clauseBefore`, the clause before ", SOURCE cue").
 */
export function dropCueAdjuncts(text: string, cue: Span, contents: Span[], clauseBefore: Span | null = null): void {
  // (a passive's subject before it is no report on its own: "a curfew was announced from midnight")
  const reportedBefore = clauseBefore !== null || contents.some((c) => c.end <= cue.start) && !/^(?:is|are|was|were|been|be)\b/i.test(text.slice(cue.start, cue.end));
  for (let k = contents.length - 1; k >= 0; k--) {
    const c = contents[k]!;
    if (c.start < cue.end || !/^[\s,]*$/.test(text.slice(cue.end, c.start))) continue;
    const piece = text.slice(c.start, c.end);
    // (only after a verb of saying: "prefer to keep those things on my bill that add up" is no frame)
    // (the verb may open a cue that took its channel in: "wrote in a note")
    const lead = (isStrongSpeechVerb(lastWord(text, cue)) || isStrongSpeechVerb(firstWord(text, cue))) && !hasInfinitive(piece) ? PHRASE_THEN_THAT.exec(piece) : null;
    if (lead) contents[k] = { start: c.start + lead[0].length, end: c.end };
    else if (reportedBefore && PREPOSITION.test(piece) && !CLAUSE_WORD.test(piece)) contents.splice(k, 1);
    // "apologised [to patients]": whom it was said to, never what, even with nothing else said
    // (nor with when and why after it, "to fans on Saturday after pulling out ...", when no
    // "that" or quotation opens a statement)
    else if (RECIPIENT.test(piece) || RECIPIENT_THEN_ADJUNCT.test(piece) && !/\bthat\b|[“"]/.test(piece)) contents.splice(k, 1);
  }
  // "X, a prosecutor told a federal jury on Monday [as the trial opened].": a clause of time or
  // circumstance after whom and when it was told is when it was said, and the sentence before
  // the closing attribution is what
  if (reportedBefore) {
    for (let k = contents.length - 1; k >= 0; k--) {
      const c = contents[k]!;
      if (c.start >= cue.end && isCircumstanceAfterAddressee(text.slice(cue.end, c.start), text.slice(c.start, c.end))) contents.splice(k, 1);
    }
  }
  // "Drivers were twice as likely to crash, researchers found in a survey.": with the phrase
  // gone, what the closing attribution reports is the clause before it
  if (!contents.length && clauseBefore) contents.push(clauseBefore);
}

function firstWord(text: string, cue: Span): string {
  return /^\W*([\p{L}'’-]+)/u.exec(text.slice(cue.start, cue.end))?.[1]?.toLowerCase() ?? '';
}

function lastWord(text: string, cue: Span): string {
  return /([\p{L}'’-]+)\W*$/u.exec(text.slice(cue.start, cue.end))?.[1]?.toLowerCase() ?? '';
}

/** Subordinators of time and circumstance: "as the trial opened", "after the meeting ended". */
const CIRCUMSTANCE_OPENER = /^(?:as|when|after|before|while|once|until|amid|following)\s/i;

/**
 * True when `piece` opens a clause of time or circumstance and `gap` (the words between the cue
 * and it) is a short phrase with no clause of its own: whom it was said to and when ("a federal
 * jury on Monday "). Such a clause is the occasion of the saying.
 */
export function isCircumstanceAfterAddressee(gap: string, piece: string): boolean {
  if (CIRCUMSTANCE_OPENER.test(piece) && /^\s*[^,;:"“”.!?]{0,60}$/.test(gap) && !CLAUSE_WORD.test(gap)) return true;
  // "told a news conference after [the Fed] held its rate steady": the piece is the rest of a
  // clause the gap opens, with its subject
  const open = /\s(?:as|when|after|before|while|once|until)\s[^,;:"“”.!?]{0,50}$/i.exec(gap);
  return !!open && isCircumstanceAfterAddressee(gap.slice(0, open.index + 1), gap.slice(open.index + 1) + piece);
}

/** A participle clause that is not one of saying, closing the sentence: ", raising the prospect of ...". */
const NARRATIVE_PARTICIPLE_TAIL = /,\s+(?!(?:adding|saying|noting|stressing|insisting|arguing|warning|claiming|explaining|telling|writing|citing|calling|urging|accusing)\b)[a-z]+ing\b[^;:"“”]*$/;

/** Words that make a tail a clause of its own: pronouns, finite auxiliaries, a complementizer. */
const TAIL_CLAUSE_WORD = /\b(?:that|he|she|it|they|we|i|you|is|are|was|were|be|been|had|has|have|would|will|could|can|may|might|should|must|did|does|do)\b|[“”"]/i;

/**
 * True when what follows a cue to the sentence's end says only to whom, when or on what occasion
 * it was said: " reporters on Friday.", " the inquiry on Wednesday as hearings resumed.", " Reuters."
 * (at most six words before any clause of time or circumstance, none of them a pronoun, an
 * auxiliary or "that"). Then a sentence "X, the envoy told Reuters." reports X.
 */
export function isAddresseeTail(tail: string): boolean {
  // (a participle clause closing the sentence comments on the report, not on whom it was told:
  // "..., their union said on Wednesday, [raising the prospect of cancellations]"; one of saying
  // reports more, and keeps the tail a clause)
  const body = tail.replace(/[.!?]["”’]?\s*$/, '').replace(NARRATIVE_PARTICIPLE_TAIL, '');
  const sub = /\s(?:as|when|after|before|while|once|until|amid|following)\s/i.exec(body);
  const head = sub ? body.slice(0, sub.index) : body;
  if (/[,;:]/.test(head) || TAIL_CLAUSE_WORD.test(head)) return false;
  return head.trim().split(/\s+/).filter(Boolean).length <= 6 && !/[;:"“”]/.test(body);
}

/** A span of time opening a piece: "months", "several years", "two weeks". */
const DURATION_OPENING = /^(?:(?:several|many|a\s+few|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:hours|days|weeks|months|years|decades)\b[\s,]*/i;

/**
 * "has complained [for] months about safety": "for" before a span of time says how long, and
 * the cue took it as the preposition of what was said. The cue gives it back and the piece after
 * it starts after the span (or goes, when nothing else is in it). Changes `cue` and `contents`.
 */
export function dropDurationAfterCue(text: string, cue: Span, contents: Span[]): void {
  if (!/\sfor$/i.test(text.slice(cue.start, cue.end))) return;
  const k = contents.findIndex((c) => c.start >= cue.end && /^\s*$/.test(text.slice(cue.end, c.start)));
  if (k < 0) return;
  const c = contents[k]!;
  const d = DURATION_OPENING.exec(text.slice(c.start, c.end));
  if (!d) return;
  cue.end -= 4;
  if (c.start + d[0].length >= c.end) contents.splice(k, 1);
  else contents[k] = { start: c.start + d[0].length, end: c.end };
}

/**
 * A clause of time or circumstance opening a piece, a subject and its verb: "as a government
 * shutdown entered ...", "after he had been discovered". ("described him as [a "highly motivated
 * team"]", "is named after the city" have no verb: a complement, which stays; nor does "said
 * [after the convention he would not ...]", where a pronoun opens the clause reported.)
 */
const CIRCUMSTANCE_PIECE = /^(?:as|while|after|before|once)\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|\p{Lu}[\p{L}'’-]*)(?:\s+(?!(?:he|she|they|we|it|I)\b)[\p{L}'’-]+){0,4}?\s+(?:[a-z]{3,}ed|was|were|is|are|had|has|have|will|would|could|did|went|came|began|met|left|took|made|got|became|fell|rose)\b/u;

/** Verbs that take "as" and what something is: "seen as", "described him as", "hailed as". */
const TAKES_AS = /\b(?:see|sees|seen|saw|describe|describes|described|regard|regards|regarded|view|views|viewed|known|name|names|named|tout|touts|touted|hail|hails|hailed|refer|refers|referred|consider|considers|considered|list|listed|label|labelled|labeled|brand|branded|portray|portrayed|dismiss|dismissed|characteri[sz]ed|cast|depicted|praised|criticised|criticized)\b/i;

/**
 * "traded blame [as a government shutdown entered its third week]": a clause of time or
 * circumstance after the cue says when the words were said, never what. Removes such pieces from
 * `contents`.
 */
export function dropCircumstancePieces(text: string, cue: Span, contents: Span[]): void {
  // (after a verb that takes "as" with what something is, "as" opens that: "is widely seen as the
  // most troubled of the banks")
  if (TAKES_AS.test(text.slice(cue.start, cue.end))) return;
  for (let k = contents.length - 1; k >= 0; k--) {
    const c = contents[k]!;
    if (c.start >= cue.end && CIRCUMSTANCE_PIECE.test(text.slice(c.start, c.end))) contents.splice(k, 1);
  }
}
