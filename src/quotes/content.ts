/**
 * Pieces a tagger marks as content that report nothing said: a refusal to comment, the reason a
 * source goes unnamed, the work a person authored, the topic a question was about, the medium a
 * statement went out on. Pure tests on text; extract.ts decides what to drop.
 */

/**
 * "declined to comment (on ...)", "did not respond to requests for comment", "a request for
 * comment": a refusal or a silence, not a statement. The output has no place for it, so it goes.
 */
const NO_COMMENT = /^(?:to\s+(?:comment|elaborate|respond|be\s+interviewed|speak\s+on\s+the\s+record)\b|(?:an?\s+|the\s+|several\s+|multiple\s+|repeated\s+|numerous\s+)?(?:(?:phone|e-?mail(?:ed)?|written)\s+)?(?:requests?|calls?|messages?|e-?mails?|inquir(?:y|ies)|questions?)\s+(?:for|seeking)\s+(?:further\s+)?comment\b)/i;

export function isNoComment(content: string): boolean {
  return NO_COMMENT.test(content.trim());
}

/** A phrase saying why a source is unnamed ("asked not to be named", "on condition of anonymity"). */
const ANONYMITY_ANY = /\b(?:not\s+to\s+be\s+(?:named|identified|quoted)|condition\s+(?:of\s+)?anonymity|anonymously|not\s+authori[sz]ed\s+to)\b/i;
/** The clause that gives the reason opens right before the piece. */
const REASON_OPENER = /\b(?:because|since|as)\s+$/i;

/**
 * "who asked not to be named because the talks are confidential": the words after "because"
 * say why the source is anonymous, not what the source said. `before` is the sentence's text up
 * to the piece.
 */
export function isAnonymityReason(before: string): boolean {
  if (!REASON_OPENER.test(before)) return false;
  return ANONYMITY_ANY.test(before.slice(-120));
}

/** Verbs of authoring: "wrote", "drafted", "sponsored" a bill is making it, not saying something. */
const AUTHORING_CUE = /^(?:(?:has|had|have)\s+)?(?:(?:also|once)\s+)?(?:wrote|writes|write|written|co-wrote|co-written|authored|co-authored|drafted|penned|sponsored|co-sponsored)$/i;
/** A noun phrase naming a work: "the bill", "a 2019 report", "his memoir". */
const AUTHORED_WORK = /^(?:the|a|an|his|her|their|its|this|that|one|two|several)\s+(?:[\p{L}\d'’-]+\s+){0,3}(?:bill|bills|law|laws|legislation|amendment|measure|book|books|novel|memoir|biography|report|study|paper|article|op-ed|column|song|songs|script|screenplay|play|constitution|treaty|regulation|rules|policy|resolution|budget|proposal|ordinance|statute|act|code|charter|platform|textbook|guide|manual)$/iu;

/** True when a cue and its content only say that someone authored a work ("who wrote the bill"). */
export function isAuthoredWork(cue: string, content: string): boolean {
  return AUTHORING_CUE.test(cue.trim()) && AUTHORED_WORK.test(content.trim());
}

/** A question's verb opening a participial clause: "Asked about the timing, ...". */
const QUESTION_CUE = /^(?:asked|questioned|pressed|quizzed)(?:\s+(?:about|on|over|whether|if|why|how|what|when))?$/i;
/** What may come before such a clause in its sentence. */
const QUESTION_LEAD = /^\s*(?:(?:when|after|while|once|if|but|and)\s+)?(?:(?:later|again|repeatedly|also|then)\s+)?$/i;

/**
 * "Asked about the timing, she declined": the clause names what the speaker was asked, by
 * someone unnamed, and attributes no statement to anyone. `before` is the sentence's text before
 * the cue, `after` the text from the content's end.
 */
export function isQuestionTopic(cue: string, before: string, after: string): boolean {
  return QUESTION_CUE.test(cue.trim()) && QUESTION_LEAD.test(before) && /^\s*,/.test(after);
}

/** A conjunction (and an adverb) right before a second attribution: "... and warned that ...". */
const COORDINATION_TAIL = /(?:,\s*|\s+)(?:and|but)\s+(?:(?:also|then|later|further|again)\s+)?$/i;

/**
 * Where a content running into a second attribution ends: `said it would "X" and warned that Y`
 * ends before "and warned". `piece` is the content's text up to where the second attribution
 * starts (its source, else its cue); the result is the new length, or -1 when no conjunction
 * joins the two.
 */
export function endBeforeCoordination(piece: string): number {
  const m = COORDINATION_TAIL.exec(piece);
  if (!m) return -1;
  return piece.slice(0, m.index).replace(/[\s,;]+$/, '').length;
}

/** Words that may follow a channel phrase without being content: "on Thursday", "late Friday". */
const CHANNEL_TAIL_WORD = /^(?:on|in|at|late|early|last|this|that|earlier|later|overnight|morning|afternoon|evening|night|week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|and|,|\.)$/;

/**
 * A piece that starts inside a channel phrase ("wrote in a post on [X on] Thursday") and holds
 * nothing beyond it but words of time: what is left of the channel, not content. `rest` is the
 * piece's text after the channel phrase ends.
 */
export function isChannelRemnant(rest: string): boolean {
  const words = rest.split(/\s+|(?=[,.])/).filter(Boolean);
  return words.every((w) => CHANNEL_TAIL_WORD.test(w));
}
