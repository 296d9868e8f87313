/**
 * Pieces a tagger marks as content that report nothing said: a refusal to comment, the reason a
 * source goes unnamed, the work a person authored, the topic a question was about, the medium a
 * statement went out on. Pure tests on text; extract.ts decides what to drop.
 */
import { findChannelSpan } from './channel.js';

/**
 * "declined to comment (on ...)", "did not respond to requests for comment", "a request for
 * comment", "gave [no details]": a refusal or a silence, not a statement. The output has no place for it, so it goes.
 */
// (and a speaker giving no more: "said [without elaborating]")
const NO_COMMENT = /^(?:no\s+(?:further\s+|other\s+|more\s+)?(?:details|figures?|timetable|timeline|specifics|reasons?|evidence|explanation)\s*$|without\s+(?:elaborating|elaboration|giving|providing|offering|further|explaining|details|saying\s+more)\b|to\s+(?:comment|elaborate|respond|be\s+interviewed|speak\s+on\s+the\s+record)\b|(?:an?\s+|the\s+|several\s+|multiple\s+|repeated\s+|numerous\s+)?(?:(?:phone|e-?mail(?:ed)?|written)\s+)?(?:requests?|calls?|messages?|e-?mails?|inquir(?:y|ies)|questions?)\s+(?:for|seeking)\s+(?:further\s+)?comment\b)/i;

export function isNoComment(content: string): boolean {
  return NO_COMMENT.test(content.trim());
}

/** A refusal to tell: "declined to say", "would not disclose", "refused to specify". */
const REFUSED_TELLING = /\b(?:declined|declines|refused|refuses|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|couldn['’]t)\s+(?:to\s+)?(?:say|disclose|reveal|specify|give|name|identify|confirm)$/i;

/**
 * "declined to say [how many]", "would not disclose [which firms]": the question a source did not
 * answer, a bare wh-phrase with no clause of its own, says nothing ("declined to say whether the
 * talks had failed" keeps its content, as PolNeAR marks it).
 */
export function isUnansweredQuestion(cue: string, piece: string): boolean {
  const p = piece.trim();
  return REFUSED_TELLING.test(cue.trim()) && /^(?:how|what|which|who|whom|when|where|why)\b/i.test(p) && p.split(/\s+/).length <= 3;
}

/** A refusal to comment that took its preposition into the cue: "declined to comment on". */
const REFUSED_COMMENT = /\b(?:declined|declines|refused|refuses|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|couldn['’]t)\s+(?:to\s+)?(?:comment|elaborate)(?:\s+(?:on|about|further\s+on))?$/i;

/**
 * "It declined to comment on [whether further cuts were planned]": what a source would not talk
 * about is the topic of a silence, not something it said, whatever shape the topic has.
 */
export function isRefusedCommentTopic(cue: string): boolean {
  return REFUSED_COMMENT.test(cue.trim());
}

/** Sharing or posting verbs, which take pictures as readily as words. */
const SHARING_CUE = /^(?:(?:has|had|have|also|later)\s+)*(?:shared|shares|share|posted|posts|post|uploaded|uploads|published|publishes|tweeted|retweeted)$/i;
/** A noun phrase naming a picture or clip, with no clause of its own: "a photo of a cup of tea", "a video on Instagram from the site". */
const MEDIA_OBJECT = /^(?:the|a|an|his|her|their|its|this|that|one|two|several|a\s+series\s+of|some)\s+(?:[\p{L}\d'’-]+\s+){0,2}(?:photo|photos|photograph|photographs|picture|pictures|pic|pics|image|images|selfie|selfies|clip|clips|video|videos|snap|snaps|screenshot|screenshots|meme|memes|gif|emoji|link|links)(?:\s+(?:on|to)\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)?(?:\s+(?:of|from|with|showing)\s+[^,;:"“”]{1,60})?$/iu;

/**
 * "Vance shared [a photo of a cup of tea]": a picture or clip someone posted shows something;
 * it states nothing (a caption or a clause after it, "a video saying ...", is another matter).
 */
export function isSharedMedia(cue: string, content: string): boolean {
  return SHARING_CUE.test(cue.trim()) && MEDIA_OBJECT.test(content.trim()) && !/\b(?:that|saying|says|said|which|who)\b/i.test(content);
}

/** Verbs of addressing someone, whose object is who was spoken to ("addressed" also takes a topic, "addressed the plight of ...", and is left out). */
const ADDRESS_CUE = /(?:^|\s)(?:warned|warns|told|tells|reminded|reminds|assured|assures|urged|urges|informed|informs|thanked|thanks|scolded|rebuked|admonished)$/i;
/** A clause: a complementizer, an infinitive, a wh-word, a quotation mark, or a finite auxiliary. */
const ANY_CLAUSE = /\b(?:that|to|whether|if|how|why|what|when|where|who|which|is|are|was|were|will|would|has|have|had|could|should|must|can|may|might|do|does|did|not)\b|["“”]/i;

/**
 * "Judge Haldane warned [the public gallery after an outburst]": an addressing verb with only
 * its object (and when or why) says nothing that could be quoted; "warned the gallery that ..."
 * or "urged them to leave" has a clause and stays.
 */
export function isBareAddressee(cue: string, content: string): boolean {
  const c = content.trim();
  // ("addressing [supporters outside the palace]": an audience, with or without an article;
  // "addressed [the plight of single mothers]" is a topic spoken about, and stays)
  if (ADDRESSING.test(cue.trim())) return AUDIENCE.test(c) && !ANY_CLAUSE.test(c);
  if (!ADDRESS_CUE.test(cue.trim())) return false;
  // ("tells DZMM [radio]": the tagger left the outlet's name out, and its medium is all that is left)
  return (/^(?:the|a|an|his|her|their|its|our|him|them|us|me)\s/i.test(c) && !ANY_CLAUSE.test(c)) || MEDIUM_ALONE.test(c);
}
/** An outlet's medium alone, the rest of "told DZMM radio", "tells Channel 4 television". */
const MEDIUM_ALONE = /^(?:(?:local|state|public|national|private)\s+)?(?:radio|television|tv|newspaper|daily|broadcaster|network|channel|station|radio\s+station|news\s+agency|magazine|website|podcast|outlet)$/i;
const ADDRESSING = /(?:^|\s)(?:addressing|addressed|addresses|address)$/i;
/** Who a speech is given to: "supporters", "the nation", "a rally", "the UN General Assembly". */
const AUDIENCE = /^(?:(?:the|a|an|his|her|their|its|thousands\s+of|hundreds\s+of)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:supporters|crowds?|reporters|journalists|nation|lawmakers|legislators|parliament|congress|assembly|rally|students|graduates|delegates|members|followers|voters|troops|soldiers|workers|staff|employees|audience|conference|summit|gathering|session|forum|population|people|residents|citizens|diplomats|leaders|investors|shareholders|fans|mourners|worshippers|pilgrims)\b/iu;

/** Verbs of memory and credit, whose noun-phrase object is remembered or credited, not said. */
const MEMORY_CUE = /(?:^|\s)(?:remembers|remembered|remember|recalls|recalled|recall|credits|credited|credit)$/i;
/** "tells a different story": the telling itself, with no story told. */
const STORY_OBJECT = /^(?:a|an|the|his|her|their|its|this|that)\s+(?:[\p{L}-]+\s+){0,2}(?:story|tale|version|account)$/iu;

/**
 * "Renn remembers [the day she stopped]", "She credits [her grandmother]", "Reis tells [a
 * different story]": a noun phrase after a verb of memory or credit, or a story with no words of
 * it, is nothing anyone said ("recalled that ..." and "recalls telling ..." have a clause, and stay).
 */
export function isRememberedThing(cue: string, content: string): boolean {
  const c = content.trim();
  if (/\btell(?:s|ing)?$|\btold$/i.test(cue.trim())) return STORY_OBJECT.test(c);
  return MEMORY_CUE.test(cue.trim()) && /^(?:the|a|an|his|her|their|its|our|my|this|that)\s/i.test(c) && !/\b(?:that|whether|how|why|what|to|as)\b|["“”]/i.test(c);
}

/**
 * "is modest about", "was upbeat about", "remains cautious about": a disposition towards a topic.
 * (Not "of": PolNeAR marks "has been critical of Trump" and "was accused of ..." as attributions.)
 */
const DISPOSITION_CUE = /^(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been|remains?|remained|seems?|seemed)\s+)(?:(?:very|more|less|most|quite|rather|still|also|not|so|too)\s+)?[a-z]+\s+about$/i;

/**
 * "She is modest [about her role]", "Ortiz was upbeat about [the season]": how someone feels
 * about a topic, named by a noun phrase alone, is nothing said ("was upbeat about how the talks
 * went" or a quotation has words of a statement, and stays).
 */
export function isDispositionTopic(cue: string, content: string): boolean {
  return DISPOSITION_CUE.test(cue.trim()) && !/\b(?:that|whether|how|why|what|to|as)\b|["“”]/i.test(content.trim());
}

/** A passive question: "Ashby was asked about the saga", "Both were asked whether ...". */
const PASSIVE_QUESTION = /^(?:(?:was|were|is|are|be|been|being|has\s+been|had\s+been|have\s+been)\s+)(?:also\s+|later\s+|then\s+|repeatedly\s+)?(?:asked|questioned|pressed|quizzed|grilled)(?:\s+(?:about|on|over|whether|if|why|how|what|when))?$/i;

/**
 * True for a passive question with nobody asking: the subject is who was asked, the content the
 * question, and no one has said anything yet.
 */
export function isPassiveQuestion(cue: string): boolean {
  return PASSIVE_QUESTION.test(cue.trim());
}

/** A passive with a modal, of something yet to happen: "could be announced", "will not be decided". */
const MODAL_PASSIVE = /\b(?:will|would|could|may|might|can|should|must)\s+(?:not\s+|also\s+|soon\s+|only\s+)?be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|id|ght)$/i;
/** A time alone: "as early as next week", "within days", "by the end of March", "on Friday"; or a manner, "simultaneously in Vukovar and Zagreb". */
const WHEN_ONLY = /^(?:as\s+(?:early|soon)\s+as|as\s+late\s+as|next|later|soon|shortly|within|this|tomorrow|until|before|after|during|simultaneously|jointly|separately|officially|formally|publicly|by\s+(?:the\s+end|next|early|late|mid|then)|(?:on|by)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in\s+(?:the\s+coming|the\s+next|a\s+few|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b/;

/**
 * "A deal could be announced [as early as next week]": a modal passive with no source followed
 * only by when it may happen reports an event to come, not what anyone said. `cue` is the cue's
 * text, `pieces` its contents after it. (Passives of judgement, "has been criticized for ...",
 * "were rated as ...", are attributions and stay.)
 */
export function isPassiveAdverbialOnly(cue: string, pieces: readonly string[]): boolean {
  return MODAL_PASSIVE.test(cue.trim()) && pieces.length > 0 && pieces.every((p) => WHEN_ONLY.test(p.trim()));
}

/**
 * "Lindqvist, [asked] whether he would complain, said: ...": a participle of asking set off by
 * commas after its subject is a reduced passive; the subject was asked, and asked nothing.
 * `before` is the sentence up to the cue, `cue` its text, `after` the sentence after it.
 */
export function isReducedPassiveQuestion(before: string, cue: string, after: string): boolean {
  return /^(?:asked|questioned|pressed|quizzed)$/i.test(cue.trim()) && /[\p{L}\d.)’']\s*,\s*$/u.test(before) && /^\s+(?:again\s+|later\s+)?(?:whether|if|about|on|what|why|how|when|who|where|to\s+(?:comment|explain|respond))\b/i.test(after);
}

/** "recall" in the sense of calling goods back: its forms, with the auxiliaries a cue may take. */
const RECALL_CUE = /^(?:(?:is|are|was|were|has|have|had|will|would)\s+)?(?:(?:also|now)\s+)?(?:recall|recalls|recalled|recalling)$/i;
/** Goods a maker calls back: a number of things, or a noun phrase ending in a product word. */
const RECALLED_GOODS = /^(?:(?:about|around|nearly|almost|some|more\s+than|over|up\s+to)\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?\s+\p{L}|^(?:its|their|the|all|some|certain|several|two|three|a\s+batch\s+of)\s+(?:[\p{L}\d'’-]+\s+){0,4}(?:cars|vehicles|trucks|bikes|e-bikes|bicycles|scooters|products|units|models|devices|phones|batteries|chargers|toys|seats|cribs|heaters|appliances|medicines|drugs|tablets|pills|batches|lots|foods|packages|jars|bottles|cans|boxes|bags|items|goods|machines|laptops|tyres|tires|airbags)\b/iu;

/**
 * "Ferrovia Nord is recalling [12,000 electric bikes]": a product recall calls goods back and
 * says nothing ("she recalls the night ..." and "recalled that ..." are memories, and stay); nor
 * does "lawmakers were recalled [from their summer recess]" or "the envoy was recalled [to Paris]".
 */
export function isProductRecall(cue: string, content: string): boolean {
  return (RECALL_CUE.test(cue.trim()) && RECALLED_GOODS.test(content.trim())) || (CALLED_BACK.test(cue.trim()) && /^(?:from|to)\s/i.test(content.trim()));
}
/** A passive "recalled": someone called back, not something remembered. */
const CALLED_BACK = /^(?:(?:was|were|is|are|be|been|being|has\s+been|have\s+been|had\s+been)\s+)recalled$/i;

/** Verbs with which a company's accounts show a result: "posted a loss", "booked a profit". */
const RESULT_CUE = /^(?:(?:has|have|had)\s+)?(?:posts?|posted|posting|books?|booked|booking|logs?|logged|logging|reports?|reported|reporting)$/i;
/** A financial result as the whole object: "a surprise profit", "its first quarterly loss", "record revenue of $2 billion". */
const FINANCIAL_RESULT = /^(?:(?:a|an|its|their|the|his|her|another)\s+)?(?:(?:first|second|third|fourth|record|surprise|surprising|quarterly|annual|full-year|half-year|first-half|second-half|net|pre-tax|pretax|operating|underlying|adjusted|bigger|smaller|wider|narrower|larger|steep|sharp|modest|strong|weak|better-than-expected|worse-than-expected|unexpected|\d[\d.,]*(?:\s*(?:percent|%))?|[$€£¥][\d.,]+\s*(?:million|billion|bn|m)?)\s+){0,4}(?:(?:jump|rise|fall|drop|increase|decline|surge|slump|plunge|slide|climb)\s+in\s+(?:its\s+|their\s+)?(?:[\p{L}\d-]+\s+){0,2})?(?:profits?|loss(?:es)?|gains?|revenues?|sales|earnings|results|surplus|deficit|turnover|income)\b/iu;

/** Recording a result: "the Gunners [recorded] a fifth straight win". */
const RECORD_CUE = /^(?:record|records|recorded|recording)$/i;
/** What a team, a company or a station records that is no statement: "a fifth straight win", "record rainfall". */
const RECORDED_RESULT = /^(?:(?:a|an|the|its|their|his|her|our)\s+)?(?:[\p{L}\d%$€£.,-]+\s+){0,4}(?:wins?|victor(?:y|ies)|defeats?|loss(?:es)?|draws?|profits?|deficits?|surplus(?:es)?|growth|declines?|increases?|rises?|falls?|gains?|temperatures?|rainfall|snowfall|cases|deaths|infections|highs?|lows?|goals?|points?)\b/iu;

/**
 * "Nordvolt posts [surprise profit]", "reported [its first quarterly profit on Wednesday]", "the
 * Gunners recorded [a fifth straight win]": a result the accounts or the table show is no
 * statement; "reported that profit rose" has a clause, and stays.
 */
export function isFinancialResult(cue: string, content: string): boolean {
  return (RESULT_CUE.test(cue.trim()) && FINANCIAL_RESULT.test(content.trim())) || (RECORD_CUE.test(cue.trim()) && RECORDED_RESULT.test(content.trim()));
}

/** "speaking on condition of anonymity", "speaking anonymously", "speaking on background": why the source goes unnamed. */
const SPEAKING_UNNAMED = /^(?:[a-z]+ly\s+)?speaking\s+(?:on\s+(?:the\s+)?condition\s+(?:of\s+|that\s+)?(?:anonymity|\S+\s+not\s+be\s+(?:named|identified))|anonymously|on\s+background|privately|on\s+the\s+record|off\s+the\s+record)\b/i;

/** The reporter's own framing after the attribution: "..., the people said, [in what would be the biggest deal this year]". */
const REPORTER_FRAME = /^in\s+what\s+(?:would|could|will|might|may)\s+be(?:come)?\s/i;

/** When, relative to something else: "weeks after the WHO declared ...", "shortly before the vote". */
const RELATIVE_TIME = /^(?:(?:(?:\d+|a\s+few|several|two|three|four|five|six|some)\s+)?(?:minutes|hours|days|weeks|months|years)|(?:a|one)\s+(?:day|week|month|year)|shortly|soon|just|moments?|hours)\s+(?:after|before|since)\s/i;

/** How the room or the speaker took it: "to loud cheers", "amid applause", "with a smile", "through tears". */
const REACTION = /^(?:to|amid|amidst|with|through)\s+(?:(?:a|an|the|some|loud|warm|thunderous|sustained|rapturous|scattered|nervous|audible|big|broad|wry|faint|standing)\s+){0,2}(?:cheers|cheering|applause|laughter|boos|booing|jeers|jeering|gasps|groans|whoops|smile|grin|laugh|chuckle|shrug|sigh|tears|ovation)\b[^,;]{0,40}$/i;

/**
 * `“...,” he said, [smiling for the cameras].` / `..., the person said, [speaking on condition of
 * anonymity because ...]`, `..., she said, [to loud cheers]`: a participle clause or a reaction set
 * off by a comma after the cue tells how or on what terms the words were said, not more of them. `piece` opens right after the comma;
 * `isSpeech` says whether a word is a speech verb; `contentBefore`, whether the cue already has
 * its content before it. A speech participle ("adding that ...") reports another statement and
 * stays, save the terms of anonymity; any other participle counts only after a content before
 * the cue ("Officials met on Monday, hoping ..." has none).
 */
export function isCircumstanceClause(piece: string, isSpeech: (lower: string) => boolean, contentBefore: boolean): boolean {
  if (SPEAKING_UNNAMED.test(piece)) return true;
  if (contentBefore && (REACTION.test(piece) || RELATIVE_TIME.test(piece) || REPORTER_FRAME.test(piece))) return true;
  const first = /^(?:[a-z]+ly\s+)?([a-z]{3,}ing)\b/.exec(piece)?.[1];
  return !!first && contentBefore && !isSpeech(first) && !/^(?:according|including|regarding|concerning|notwithstanding)$/.test(first);
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
export function isAnonymityReason(before: string, piece = ''): boolean {
  // (the tagger may start the piece on the conjunction: "on condition of anonymity [because he was not authorised ...]")
  if (!REASON_OPENER.test(before) && !/^(?:because|since|as)\s/i.test(piece)) return false;
  return ANONYMITY_ANY.test(before.slice(-120));
}

/** Verbs of authoring: "wrote", "drafted", "sponsored" a bill is making it, not saying something. */
const AUTHORING_CUE = /^(?:(?:has|had|have)\s+)?(?:(?:also|once)\s+)?(?:wrote|writes|write|written|co-wrote|co-written|authored|co-authored|drafted|penned|sponsored|co-sponsored)$/i;
/** A noun phrase naming a work: "the bill", "a 2019 report", "his memoir". */
const AUTHORED_WORK = /^(?:the|a|an|his|her|their|its|this|that|one|two|several)\s+(?:[\p{L}\d'’-]+\s+){0,3}(?:bill|bills|law|laws|legislation|amendment|measure|book|books|novel|memoir|biography|report|study|paper|article|op-ed|column|song|songs|script|screenplay|play|constitution|treaty|regulation|rules|policy|resolution|budget|proposal|ordinance|statute|act|code|charter|platform|textbook|guide|manual|score|scores|soundtrack|soundtracks|music|lyrics|poem|poems|symphony|opera|film|films|album|albums)(?:\s+for\s+(?:the|a|an|his|her|their|its)?\s*["“]?\p{Lu}.*)?$/iu;

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

/**
 * The rest of a question's topic where the tagger stopped short of the comma that closes it:
 * words (in the sentence) with no quotation mark or colon, and no verb of saying of their own.
 */
export function isQuestionTopicRest(rest: string): boolean {
  return rest.length <= 120 && !/["“”:;]/.test(rest) && !/\b(?:said|says|told|tells)\b/.test(rest);
}

/**
 * What a question opening the sentence was about: "Asked about [the dispute], Voss said ...", or
 * the question itself, "Asked whether [the government had consulted them], she said ...": the
 * reporters' words, not the answer's.
 */
const QUESTION_OBJECT_LEAD = /^\s*(?:(?:when|after|but|and)\s+)?(?:asked|questioned|pressed|quizzed)\s+(?:by\s+[^,;:“”"]{1,40}?\s+(?=(?:about|on|over|regarding|whether|if|why|how|what|when|who)\s|$))?(?:$|(?:about|on|over|regarding)\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?|(?:whether|if|why|how|what|when|who)\s+)$/i;

/** A sentence's opening question clause, not yet closed by its comma: "Asked about the doping case that hangs over him". */
const OPEN_QUESTION_CLAUSE = /^\s*(?:(?:when|after|but|and)\s+)?(?:asked|questioned|pressed|quizzed)\s+[^,;:“”"]*$/i;

/** True when `upToPieceEnd` (the sentence up to a piece's end) is still inside an opening question clause. */
export function isInQuestionLead(upToPieceEnd: string): boolean {
  return OPEN_QUESTION_CLAUSE.test(upToPieceEnd);
}

/** True when the sentence before a piece (`before`) is a question's verb and preposition. */
export function isQuestionObject(before: string): boolean {
  return QUESTION_OBJECT_LEAD.test(before);
}

/**
 * Acts done with words that report no statement: pleading guilty (or admitting or denying counts
 * of an offence, which is how a plea is often reported), declaring a state of
 * emergency or war, signing (or agreeing) an agreement. `cue` is the cue's text, `after` the sentence after it.
 */
const PLEA = /\bplea(?:ded|ds|d|ding)(\s+(?:not\s+)?guilty)?$/i;
const PLEA_AFTER = /^(?:\s+(?:not\s+)?guilty|\s+no\s+contest)\b/i;
const DECLARE = /\bdeclar(?:ed|es|e|ing)$/i;
/**
 * "declared the spread of mpox a public health emergency", "declared its own continental emergency":
 * an object, then the emergency it is declared to be, within the clause (a "that"-clause is a
 * statement: "declared that the country faced a disaster").
 */
const DECLARED_AN_EMERGENCY = /^(?!\s+that\b)\s+[^.;:"“”]{0,160}?\b(?:an?|its\s+own|their\s+own)\s+(?:[\w-]+\s+){0,4}?(?:emergency|disaster|pandemic|epidemic|famine)\b/i;
const DECLARED_STATE = /^\s+(?:an?\s+|the\s+)?(?:(?:national|local|public|health|climate)\s+)?(?:state\s+of\s+(?:emergency|disaster|siege|calamity)|emergency|disaster|martial\s+law|war|independence|ceasefire|curfew)\b/i;
const SIGN = /\bsign(?:ed|s|ing)?$/i;
const AGREE = /\bagree(?:d|s|ing)?$/i;
const SIGNED_DOCUMENT = /^\s+(?:an?|the|their|its|his|her|a\s+new)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreement|deal|treaty|accord|contract|memorandum|pact|bill|law|order|declaration|charter|fee|terms|settlement|lease|loan)\b/iu;
/** Agreeing measures decides them ("EU agrees new sanctions on Belarus"); "agreed to", "agreed that" report a view. */
const AGREED_MEASURES = /^\s+(?!to\b|that\b|with\b|on\b)(?:(?:new|fresh|further|more|tougher|the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:sanctions|measures|package|budget|tariffs|rules|reforms|ceasefire|truce|bailout|rescue\s+plan)\b/iu;
/** Signing a player or a coach: "have signed Nigeria midfielder X", "signed the veteran striker on loan". */
const SIGNED_PLAYER = /^\s+(?:(?:the|a|an|their|its|his|her)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:midfielder|striker|defender|goalkeeper|keeper|forward|winger|full-back|fullback|centre-back|center-back|centre-half|playmaker|quarterback|pitcher|shortstop|batsman|bowler|all-rounder|fly-half|scrum-half|prop|flanker|point\s+guard|rookie|free\s+agent|youngster|teenager|international|player|players|coach|manager)\b/iu;

/** "admitted 14 counts of fraud", "denies two charges of": a plea to counts, in court reports. */
const ADMIT_DENY = /\b(?:admit|admits|admitted|admitting|deny|denies|denied|denying)$/i;
/** Charging someone with a crime is a legal act, not a claim ("charged that ..." stays a claim). */
const CHARGE = /\bcharg(?:ed|es|e|ing)(\s+with)?$/i;
/** "with assault", "him with fraud", "the two men with affray": the charge's object and its crime. */
const CHARGED_WITH = /^\s+(?:(?:him|her|them|it|(?:the|a|an|two|three|four|five)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+)?with\b/i;
const COUNTS_CHARGED = /^\s+(?:(?:all|both)\s+)?(?:(?:the|a|an|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\s+)?(?:(?:further|separate|other|more|remaining)\s+)?(?:counts?\b|(?:charges?|offen[cs]es?)\s+of\b)/i;

/** Offering something to be given or done, not said: "offered advice", "has offered search-and-rescue teams". */
const OFFER_IN_CUE = /\boffer(?:ed|s|ing)?\b(.*)$/i;
/** Words that may come before what is offered: "its full support", "financial help". */
const AID_MODIFIERS = '(?:(?:the|a|an|its|their|his|her|our|any|more|further|extra|additional|financial|technical|military|medical|humanitarian|legal|practical|emergency|free|full|\\d[\\d,]*)\\s+)*';
/** What is given or done when offered: "search-and-rescue teams", "its full support". */
const OFFERED_AID = new RegExp(`^\\s+${AID_MODIFIERS}(?:[\\p{L}-]+\\s+){0,2}?(?:help|assistance|aid|support(?!\\s+for\\b)|teams?|troops|equipment|supplies|shelter|refuge|resources|funding|funds|money|loans?|grants?|reward|services|vehicles|aircraft|helicopters|ships|boats|vaccines|food|water|accommodation|places|jobs|training|counselling|counseling|compensation|refunds?)\\b`, 'iu');
/** Advice and condolences are things said once an opinion colours them ("some pointed advice"); plain, they are a service or a courtesy. */
const OFFERED_COURTESY = new RegExp(`^\\s+${AID_MODIFIERS}(?:advice|condolences|sympathy|sympathies)\\b`, 'i');
/** Summoning someone or convening something: "would call 30 witnesses", "called a snap election". */
const CALL = /\bcall(?:ed|s|ing)?$/i;
const CALLED_TO_COME = /^\s+(?:(?:the|a|an|its|their|his|her|about|some|around|up\s+to|more\s+than|at\s+least|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|further|expert|snap|early|general|emergency|special|national)\s+)*(?:witness|witnesses|election|elections|strike|strikes|halt|ambulance|police|recess|timeout|time-out|session|referendum|by-election|inquest)(?=\s*(?:[,.;:!?]|$)|\s+(?:to|for|in|on|at|from|and|after|before|over|when|as|by|that|who|which|this|next|last|within|into|early|later)\b)/i;

export function isPerformativeAct(cue: string, after: string): boolean {
  const c = cue.trim();
  // (the tagger may take the object into the cue: "have offered support to")
  const offer = OFFER_IN_CUE.exec(c);
  if (offer && (OFFERED_AID.test(offer[1]! + after) || OFFERED_COURTESY.test(offer[1]! + after))) return true;
  if (CALL.test(c) && CALLED_TO_COME.test(after)) return true;
  const plea = PLEA.exec(c);
  if (plea && (plea[1] || PLEA_AFTER.test(after))) return true;
  if (ADMIT_DENY.test(c) && COUNTS_CHARGED.test(after)) return true;
  const charge = CHARGE.exec(c);
  if (charge && (charge[1] || CHARGED_WITH.test(after))) return true;
  if (DECLARE.test(c) && (DECLARED_STATE.test(after) || DECLARED_AN_EMERGENCY.test(after))) return true;
  // (British usage agrees a deal as it signs one: "has agreed a five-year contract"; "agreed to"
  // and "agreed that" report a view, and stay)
  if (SIGN.test(c) && SIGNED_PLAYER.test(after)) return true;
  if (CONCEDE.test(c) && CONCEDED_CONTEST.test(after)) return true;
  if (SHOW.test(c) && SHOWED_FEELING.test(after)) return true;
  if (AGREE.test(c) && AGREED_MEASURES.test(after)) return true;
  if (APPOINT.test(c) && APPOINTED_AS.test(after)) return true;
  if (ENACT.test(c) && ENACTED_LAW.test(after)) return true;
  if (ACCEPT.test(c) && ACCEPTED_MONEY.test(after)) return true;
  if (NEGOTIATE.test(c) && SIGNED_DOCUMENT.test(after)) return true;
  if (OVERTURN.test(c) && RULED_THING.test(after)) return true;
  if (STAGE.test(c) && STAGED_EVENT.test(after)) return true;
  // ("Pilots voted to strike": a ballot's outcome is an act, not a statement)
  if (/^(?:(?:has|have|had)\s+)?voted$/i.test(c) && /^\s+(?:overwhelmingly\s+|unanimously\s+)?(?:to|in\s+favou?r|for|against)\b/i.test(after)) return true;
  // ("has ruled over Zaire for 32 years": governing, not a ruling)
  if (/^(?:(?:has|have|had)\s+)?(?:ruled|rules|rule|ruling)$/i.test(c) && /^\s+(?:over|for\s+(?:\d|more|nearly|almost|decades|years))\b/i.test(after)) return true;
  return (SIGN.test(c) || AGREE.test(c)) && SIGNED_DOCUMENT.test(after);
}

/** Overturning or upholding a ruling is a court's act: "overturned her disqualification", "upheld the ban". */
const OVERTURN = /^(?:(?:has|have|had)\s+)?(?:overturned|overturns|overturn|overturning|quashed|quashes|quash|quashing|upheld|upholds|uphold|upholding|reversed|reverses|reverse|reversing|struck\s+down|strikes\s+down|annulled|annuls|annul|set\s+aside|sets\s+aside)$/i;
/** What a court overturns or upholds. */
const RULED_THING = /^\s+(?:(?:the|a|an|his|her|their|its|this|that|all)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:conviction|convictions|sentence|sentences|ruling|rulings|decision|decisions|verdict|verdicts|ban|bans|disqualification|suspension|law|laws|order|orders|election|result|results|appointment|judgment|judgement|acquittal|fine|fines|penalty|penalties|injunction|dismissal|expulsion|veto)\b/iu;

/** Staging an event is holding it: "staged a revolt", "staged a sit-in outside parliament". */
const STAGE = /^(?:(?:has|have|had)\s+)?(?:staged|stages|stage|staging)$/i;
const STAGED_EVENT = /^\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:revolt|coup|mutiny|uprising|protest|protests|strike|strikes|walkout|walk-out|rally|rallies|demonstration|demonstrations|sit-in|march|boycott|comeback|attack|attacks|raid|ambush|exercise|exercises|drill|drills|show|concert|race|match|referendum|election)\b/iu;

/** Negotiating a deal is making it, not saying anything: "who negotiated the deal with the owners". */
const NEGOTIATE = /^(?:(?:has|have|had)\s+)?(?:negotiate|negotiates|negotiated|negotiating|brokered|brokers|brokering|broker|struck|strikes|striking|clinched|clinches|sealed|seals)$/i;

/**
 * "shares in Centrica [added] 2.10 percent", "Amino [added] 16 points": a price moving or a player
 * scoring by a figure; "added" there is a gain, nothing said.
 */
export function isMarketMove(cue: string, content: string): boolean {
  // (and a share that "declined 70 sen to 19.90 ringgit")
  // (and a player who "added nine rebounds")
  if (/^(?:added|adds)$/i.test(cue.trim()) && /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:[a-z]+\s+)?(?:rebounds?|assists?|points?|goals?|runs?|wickets?|yards?|touchdowns?|saves?|steals?|blocks?|tackles?|birdies?)\b/i.test(content.trim())) return true;
  // (with an adverb and a starting point too: "the margin declined steadily from 22.11 percent")
  return /^(?:added|adds|gained|gains|shed|sheds|declined|declines|fell|rose|dropped|slipped|climbed|eased|lost|jumped|tumbled)$/i.test(cue.trim()) && /^(?:[a-z]+ly\s+)?(?:(?:by|from|to)\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|points?\b|pence\b|cents?\b|sen\b|yen\b|ringgit\b|dollars?\b|baht\b|rupees?\b)/i.test(content.trim());
}

/**
 * A legislature passing a law acts; it says nothing: "parliament on Thursday passed a law banning
 * ...". Nor does a bill passing a stage: "The bill passed its second reading", "passed the Senate".
 */
const ENACT = /\b(?:passed|passes|pass|enacted|enacts|enact|adopted|adopts|adopt)$/i;
const ENACTED_LAW = /^\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:law|laws|bill|bills|legislation|resolution|measure|budget|amendment|constitution|decree|act|motion|reading|stage|vote|Senate|House|Commons|Lords|chamber)\b/iu;

/** Taking money is an act, nothing said: "The mayor accepted cash from builders". */
const ACCEPT = /\b(?:accepted|accepts|accept|accepting)$/i;
const ACCEPTED_MONEY = /^\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}$\d,.-]+\s+){0,3}?(?:cash|money|bribes?|kickbacks?|payments?|gifts?|donations?|funds|loans?)\b/iu;

/** Appointing someone to a post is an act: "named a retired naval chief, Ibok-Ete Ibas, as administrator". */
const APPOINT = /\b(?:named|names|name|appointed|appoints|appoint|nominated|nominates|nominate|installed|installs)$/i;
const APPOINTED_AS = /^\s+[^;:.“”"]{1,80}?\s+as\s+(?:(?:the|its|his|her|their|new|interim|acting|sole)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:administrator|minister|secretary|chief|head|director|governor|ambassador|envoy|chairman|chairwoman|chair|president|commander|coach|manager|executive|officer|adviser|advisor|spokesman|spokeswoman|judge|prosecutor|premier|leader|successor|deputy|candidate|nominee|captain)\b/iu;

/** Showing a feeling, or none, says nothing ("showed no emotion"); a poll that shows a lead reports one, and stays. */
const SHOW = /\b(?:show(?:ed|s|n|ing)?)$/i;
const SHOWED_FEELING = /^\s+(?:no|little|visible|any|some|clear)\s+(?:emotion|emotions|remorse|reaction|sign\s+of\s+(?:emotion|remorse|distress|fatigue)|signs\s+of\s+(?:emotion|remorse|distress|fatigue))\b/i;

/** Conceding a contest is an act ("conceded defeat", "conceded the election"); "conceded that ..." admits a point, and stays. */
const CONCEDE = /\bconced(?:ed|es|e|ing)$/i;
const CONCEDED_CONTEST = /^\s+(?:(?:the|a|his|her|their|its)\s+)?(?:defeat|the\s+race|race|election|presidency|victory|runoff|run-off|contest|seat|match|game)\b/i;

/** Irregular past tenses that take an object: "and cut his forecast", "and set a deadline". */
const IRREGULAR_PAST = '(?:cut|put|set|kept|led|sold|bought|paid|brought|built|spent|took|made|won|lost|sent|held|left|gave|got|threw|drew|broke|struck|shut|quit|withdrew|sought|fought)\\s+(?:the|a|an|his|her|its|their|our|my|\\d)';
/** A short object noun phrase, then "and" and a past-tense verb: "the deal and planned a protest". */
const OBJECT_THEN_VERB = new RegExp(`^((?:the|a|an|his|her|its|their|this|these|those|our|my)\\s+[^,;:"“”]{1,60}?)\\s*,?\\s+and\\s+(?:(?:also|then|later)\\s+)?(?:[a-z]{3,}ed\\b|${IRREGULAR_PAST})`, 'i');
/** A quotation inside the object ("the plan as “a fantasy”"), one word whatever it holds. */
const QUOTED_STRETCH = /"[^"]{1,80}"|“[^”]{1,80}”/g;
/** Words that make the phrase before "and" a clause rather than an object. */
const CLAUSE_WORDS = /\b(?:that|who|which|to|would|will|was|were|is|are|had|has|have|could|should|did|does|said|told|took|made|won|lost|hit|sent|held|left|began|saw|gave|went|came|got|[a-z]{2,}ed)\b/i;

/**
 * Where a content that is only the cue's object ends when the cue's subject goes on with another
 * verb: "rejected [the deal] and planned a protest" (the new length, or -1). A content with a verb
 * of its own ("said [the army attacked the town and killed five]") coordinates inside it, and stays.
 */
export function objectBeforeCoordinatedVerb(piece: string): number {
  // (a quotation keeps its length but reads as one word: `described the cut as "bigger than
  // anyone had expected" and sold ...`; what someone is quoted as calling it is no clause)
  const masked = piece.replace(QUOTED_STRETCH, (q) => 'Q'.repeat(q.length));
  const m = OBJECT_THEN_VERB.exec(masked);
  if (!m || m[1]!.split(/\s+/).length > 6 || CLAUSE_WORDS.test(m[1]!)) return -1;
  return m[1]!.length;
}

/** Verbs that take a call or demand as their object: "rejects calls", "faced demands". */
const TAKES_A_CALL = /\b(?:rejects?|rejected|dismiss(?:es)?|dismissed|ignores?|ignored|faces?|faced|resists?|resisted|renews?|renewed|heeds?|heeded|backs?|backed|echoes|echoed|answers?|answered|rebuffs?|rebuffed|defies|defied|defy|spurns?|spurned|brushes\s+off|brushed\s+off|amid|despite)\s+(?:(?:growing|mounting|renewed|fresh|new|repeated|further|the|these|those|such)\s+)?$/i;

/**
 * "Senator rejects [calls] to quit", "faced [demands] for an inquiry": a plural noun of asking
 * after the verb that takes it as object is the thing rejected or faced, not a verb of saying, and
 * the words before it are no source.
 */
export function isCallNounObject(before: string, cue: string): boolean {
  return /^(?:calls|demands|claims|warnings|pleas|appeals|requests|accusations|allegations)$/i.test(cue.trim()) && TAKES_A_CALL.test(before);
}

const WEIGHING_VERB = '(?:considered|considers|consider|considering|weighed|weighs|weighing|contemplated|contemplates|contemplating|mulled|mulls|mulling)';
const WEIGHING = new RegExp(`(?:^|\\s)${WEIGHING_VERB}$`, 'i');
const WEIGHED_GERUND = new RegExp(`(?:^|\\s)${WEIGHING_VERB}\\s+(?:not\\s+)?[a-z]{2,}ing$`, 'i');
/**
 * "considered [firing] her finance minister", "weighed [leaving]": turning a course of action over
 * is no statement, and what was weighed (a gerund) is nothing said. ("considered that the plan
 * had failed" states a view, and stays.)
 */
export function isWeighedAction(cue: string, after: string): boolean {
  // (the tagger may take the gerund into the cue: "had [considered dismissing] his chief of staff")
  if (WEIGHED_GERUND.test(cue.trim())) return true;
  // ("before deciding whether to appeal": an open choice, nothing said yet)
  if (/(?:^|\s)(?:decide|decides|deciding|determine|determining)$/i.test(cue.trim()) && /^\s+(?:whether|if)\b/i.test(after)) return true;
  return WEIGHING.test(cue.trim()) && /^\s+(?:not\s+)?[a-z]{2,}ing\b/.test(after);
}

/** A refusal to tell joined on to what was said: "but declined to say", "and would not comment", "but gave no figure". */
const JOINED_REFUSAL = /\s*,?\s+(?:but|and|though|although)\s+(?:(?:also|then|later)\s+)?(?:declined|declines|refused|refuses|would\s+not|wouldn['’]t|did\s+not|didn['’]t)\s+(?:to\s+)?(?:say|comment|elaborate|disclose|reveal|specify|name|identify|confirm|discuss|answer|give\s+(?:details|further\s+details|a\s+reason))\b|\s*,?\s+(?:but|and|though|although)\s+(?:gave|gives|offered|offers|provided|provides|cited|cites)\s+no\s+(?:figures?|details|timetable|timeline|date|evidence|proof|explanation|reasons?|specifics|estimates?|numbers?|names)\b/i;

/**
 * Where what was said ends when the speaker's refusal to tell more is joined to it: "said [they
 * had received a complaint] but declined to say whether they would investigate". The refusal is
 * the speaker's own act, reported by the writer (it is a cue of its own); the new length, or -1.
 */
export function endBeforeJoinedRefusal(piece: string): number {
  const m = JOINED_REFUSAL.exec(piece);
  return m && m.index > 0 ? m.index : -1;
}

/** Irregular pasts of doing, in a narrative clause: "and Japan [sent] supplies". */
const NARRATIVE_PAST = '(?:sent|gave|made|took|put|set|kept|led|sold|bought|paid|brought|built|spent|won|lost|held|left|flew|drove|withdrew|sought|fought|began|struck|shut|cut|rose|fell)';
/** A name, or two joined by "and": "Japan and Australia", "the Red Cross". */
const NAMED_SUBJECT = "(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
/** ", and <names> <past verb>": a new sentence-level clause with its own named subject. */
const NAMED_CLAUSE = new RegExp(`,\\s+and\\s+(${NAMED_SUBJECT}(?:\\s+(?:and|&)\\s+${NAMED_SUBJECT})?)\\s+(?:(?:also|later|then|quickly)\\s+)?(?:[a-z]{3,}ed|${NARRATIVE_PAST})\\b`, 'gu');

/**
 * Where a reported clause ends when the sentence goes on with another subject and what it did:
 * "The UN said [it was ready to help], and Japan and Australia offered teams." The new subject
 * is a name (or two) and its verb a plain past, not the reported clause's "would"/"had", so the
 * narrative has taken over (the new length, or -1). A piece inside an open quotation is left.
 */
export function endBeforeNamedClause(piece: string, afterParticiple = false): number {
  NAMED_CLAUSE.lastIndex = 0;
  for (let m = NAMED_CLAUSE.exec(piece); m; m = NAMED_CLAUSE.exec(piece)) {
    const head = piece.slice(0, m.index);
    if ((head.match(/["“”]/g) ?? []).length % 2 === 1) continue;
    if (/^(?:I|The|A|An|It|This|That|There|He|She|They|We)$/.test(m[1]!)) continue;
    return head.replace(/[\s,]+$/, '').length;
  }
  // "cut its forecast, blaming [weak demand], and its shares fell 14%": what a participle takes is
  // a noun phrase, so a clause joined after it, with its own subject and a plain past, is the
  // narrative's (after a finite cue such a clause may still be part of what was said)
  if (afterParticiple) {
    const m = POSSESSED_CLAUSE.exec(piece);
    if (m && (piece.slice(0, m.index).match(/["“”]/g) ?? []).length % 2 === 0) return m.index;
  }
  return -1;
}

/** ", and its shares fell", ", and their leader resigned": a clause whose subject is something possessed. */
const POSSESSED_CLAUSE = new RegExp(`,\\s+and\\s+(?:its|their|his|her)\\s+(?:[a-z-]+\\s+){0,2}[a-z]+\\s+(?:[a-z]{3,}ed|${NARRATIVE_PAST})\\b`, 'u');

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
const CHANNEL_TAIL_WORD = /^(?:on|in|at|late|early|last|this|that|earlier|later|overnight|morning|afternoon|evening|night|week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|and|to|the|his|her|its|their|staff|employees|workers|supporters|followers|members|shareholders|investors|reporters|lawmakers|colleagues|,|\.)$/;

/**
 * A piece that starts inside a channel phrase ("wrote in a post on [X on] Thursday") and holds
 * nothing beyond it but words of time: what is left of the channel, not content. `rest` is the
 * piece's text after the channel phrase ends.
 */
export function isChannelRemnant(rest: string): boolean {
  // (whom it went to: "in a letter [to the mayor] that", "in a memo [to all staff] that")
  const words = rest.replace(/^\s*to\s+(?:(?:the|his|her|its|their|all)\s+)?(?:[\p{L}'’-]+\s*){1,3}$/u, '').split(/\s+|(?=[,.])/).filter(Boolean);
  // (where the channel was: "at the sentencing hearing [in Boston]", "at a rally in New Hampshire")
  let place = false;
  return words.every((w, i) => {
    place = /^\p{Lu}/u.test(w) && (place || (i > 0 && (words[i - 1] === 'in' || words[i - 1] === 'at')));
    return place || CHANNEL_TAIL_WORD.test(w);
  });
}

/** A quotation right after an outlet's possessive is a programme's title: `told CNN's "State of the Union"`. */
const PROGRAMME_BEFORE = /\b(?:told|on|to|in|during)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*['’]s\s+$/u;

/** True when the text before a quotation (`before`) ends in "told CNN's ", "on NBC's ": the quotation names a programme. */
export function isProgrammeTitleAfter(before: string): boolean {
  return PROGRAMME_BEFORE.test(before);
}

/** A personal or demonstrative pronoun standing alone. */
const PRONOUN_ALONE = /^(?:he|she|it|they|we|i|you|him|her|them|us|me|this|that|these|those)$/i;

/** "She", "it": a pronoun alone names who spoke or what was spoken of, and says nothing itself. */
export function isPronounOnly(content: string): boolean {
  return PRONOUN_ALONE.test(content.trim());
}

/** People a report cites as its source: "citing two officials at the ministry", "citing sources familiar with the talks". */
const CITED_PEOPLE = /^(?:(?:a|an|the|two|three|four|five|several|many|unnamed|anonymous|senior|junior|top|local|government|military|security|western|european|u\.s\.|us|american|british|chinese|russian|israeli|iranian|ukrainian|other|two\s+other|three\s+other|people|sources|officials)\s+){0,4}(?:officials?|diplomats?|sources?|people|persons|analysts|experts|executives|residents|witnesses|insiders|aides?|lawmakers|spokesm[ae]n|spokeswom[ae]n|spokespersons?|police|investigators|negotiators|bankers|traders|officers)\b(?![^,;]*\bthat\b)/i;

/** "Reuters, citing [two diplomats], reported": the people cited are the report's source, not what it says. */
export function isCitedSource(cue: string, content: string): boolean {
  return /^citing$/i.test(cue.trim()) && CITED_PEOPLE.test(content.trim());
}

/** "reported, [citing two officials at the ministry, that ...]": the source phrase opening a content, up to its comma. */
const CITING_LEAD = /^citing\s+[^,;]{1,120},\s+/i;

/** Where a content piece starts once a "citing ..., " lead is left out; 0 when it has none. */
export function citingLeadLength(piece: string): number {
  const m = CITING_LEAD.exec(piece);
  return m && m[0].length < piece.length && CITED_PEOPLE.test(piece.slice(7)) ? m[0].length : 0;
}

/** A name of one to four capitalised words, "the" and "of" allowed: "Veltrix", "the Bank of England"; no clause. */
const NAME_ALONE = /^(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&'’-]*){0,3}$/u;

/** "advised [Veltrix]": a name alone is who was served or addressed, and says nothing itself. */
export function isNameOnly(content: string): boolean {
  return NAME_ALONE.test(content.trim());
}

/** A figure: "45 cents", "$412 million", "9%", "about 3,200", "38 cents a share". */
const AMOUNT = /^(?:(?:about|around|nearly|almost|roughly|some|only|just|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to)\s+)?(?:[$€£¥]\s?|(?:US|C|A)\$\s?)?\d[\d,.]*(?:\s*(?:%|percent|per\s+cent))?(?:\s+(?:thousand|million|billion|trillion|bn|mn|m|k))?(?:\s+(?:cents?|pence|p|dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|points?|percentage\s+points?|basis\s+points))?(?:\s+(?:a|per)\s+share)?$/i;

/**
 * "had expected [45 cents]": a figure alone is what someone forecast or reported as a number,
 * not a statement; the tagger takes it for content after "expected", "estimated", "forecast".
 */
export function isAmountOnly(content: string): boolean {
  return AMOUNT.test(content.trim());
}

const WEEKDAY_OR_PART = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|spring|summer|autumn|fall|winter|quarter)';
/** A time phrase alone: "last month", "on Tuesday", "earlier this week", "yesterday". */
const TIME_ONLY = new RegExp(`^(?:(?:on|in|at|during|over|since|until)\\s+)?(?:(?:yesterday|today|tonight|overnight|recently|earlier|later)|(?:(?:last|next|this|earlier\\s+this|later\\s+this|late\\s+last|early\\s+last)\\s+)?${WEEKDAY_OR_PART}(?:\\s+(?:morning|afternoon|evening|night))?)$`, 'i');

/**
 * "In closing [arguments] last month, they argued ...": a time alone is when something was said,
 * never what (the tagger may take it for the content of a noun cue).
 */
export function isTimeOnly(content: string): boolean {
  return TIME_ONLY.test(content.trim()) || SPAN_OF_TIME.test(content.trim());
}
/**
 * `“...,” Fu said [last weekend at the 2007 China Industrial Development Forum in Beijing].`: a
 * time and then where the words were spoken, with no verb of its own, is the occasion of the
 * statement, never a second thing said.
 */
export function isTimeAndPlaceOnly(content: string): boolean {
  const m = TIME_LEAD.exec(content.trim());
  return !!m && OCCASION_REST.test(content.trim().slice(m[0].length)) && !FINITE_OR_THAT.test(content);
}
const TIME_LEAD = new RegExp(`^(?:(?:on|in|at|during|over)\\s+)?(?:(?:yesterday|today|tonight|overnight|recently|earlier|later)|(?:(?:last|next|this|earlier\\s+this|later\\s+this|late\\s+last|early\\s+last)\\s+)?${WEEKDAY_OR_PART}(?:\\s+(?:morning|afternoon|evening|night))?)(?=\\s)`, 'i');
/** Where or at what: "at the forum in Beijing", "during a visit to Lagos", "on the sidelines of the summit". */
const OCCASION_REST = /^\s+(?:at|in|during|on|while\s+(?:at|in|on|visiting)|after|before|ahead\s+of|following)\s+[^,;:]+$/i;
const FINITE_OR_THAT = /\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|do|does|did|that|not)\b/i;

/** How soon or how long: "within minutes", "within hours", "for hours", "minutes later". */
const SPAN_OF_TIME = /^(?:(?:within|in|for|after)\s+(?:(?:a\s+few|several|two|three|\d+)\s+)?(?:seconds|minutes|hours|days|weeks|moments)|(?:(?:a\s+few|several|two|three|\d+)\s+)?(?:seconds|minutes|hours|days|weeks|moments)\s+(?:later|earlier))$/i;

/** A past participle: "floated", "drawn up", "put forward", "made". */
const PAST_PARTICIPLE = /(?:^|\s)(?:[a-z]+ed|[a-z]+en|made|drawn|shown|known|put|set|led|brought|sought|thought|won|held|built|sent|told|laid)(?:\s+(?:up|out|forward|together|down))?$/;

/**
 * True when a content piece and the words after it up to a source read as a passive with its
 * agent: "[a proposal floated] by", "[the plan] drawn up by". `piece` is the content's text, `gap`
 * the text from its end to the source.
 */
export function isPassiveAgentGap(piece: string, gap: string): boolean {
  if (/^\s+by\s+$/.test(gap)) return PAST_PARTICIPLE.test(piece);
  const m = /^\s+([a-z]+(?:\s+(?:up|out|forward|together|down))?)\s+by\s+$/.exec(gap);
  return !!m && PAST_PARTICIPLE.test(' ' + m[1]);
}

/** Cues whose subject is part of what is reported, not its source: "The plan appears to", "He reportedly told". */
const RAISING_CUE = /(?:^|\s)(?:appear|appears|appeared|appearing|seem|seems|seemed|seeming|[a-z]+ly)$/i;
/** A cue opening with a form of "be": a passive, whose subject is what was said about. */
const PASSIVE_OPENER = /^(?:is|are|was|were|be|been|being|['’]s)\s/i;
/** Words that open a content before its cue in PolNeAR's reading: "which he said", "what she calls". */
const CONTENT_OPENER = /^(?:which|what|who|whom|whose|that|this|these|those|it|he|she|they|we|i|you|there|no|none|nobody|everyone|everything)$/i;

/**
 * A bare noun right before the cue with no comma or quotation mark closing it is the cue's
 * subject, not content: "the [company] expected" (the tagger cut it from its article), or
 * "[Analysts] polled by FactSet had expected" when nothing after the cue is content either. A
 * content before its cue otherwise ends at a comma or a closing mark ("X, she said"); a relative
 * or pronoun ("which he said", "he seems to") and the subject of a hedge or raising verb
 * ("reportedly", "appears") are content as PolNeAR marks it. `gap` is the text between the piece
 * and the cue, `lead` the sentence's text before the piece.
 */
export function isSubjectOfCue(piece: string, gap: string, cue: string, lead: string, contentAfterCue: boolean): boolean {
  // (nor of a passive: "Clinton was supported by ...")
  // ("was testifying" is progressive, not passive: its subject is the speaker)
  if (RAISING_CUE.test(cue.trim()) || (PASSIVE_OPENER.test(cue.trim()) && !/ing$/i.test(cue.trim()))) return false;
  if (/^\s*[,;:“”"'’]/.test(gap)) return false;
  const p = piece.trim();
  if (!/^[\p{L}][\p{L}'’-]*$/u.test(p) || CONTENT_OPENER.test(p)) return false;
  const cutFromArticle = /\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(lead);
  return cutFromArticle || !contentAfterCue || isReducedRelative(gap);
}

/** "polled by Reuters", "surveyed by the bank": a participle and its agent, modifying the noun before. */
const REDUCED_RELATIVE = /^\s+(?:polled|surveyed|interviewed|questioned|contacted|consulted|cited|quoted|asked)\s+by\s+[^,;:“”"]{1,60}\s+$/i;

/** True when the words between a noun and its cue modify the noun ("Economists [polled by Reuters] expect"): the noun and they are the source. */
export function isReducedRelative(gap: string): boolean {
  return REDUCED_RELATIVE.test(gap);
}

/**
 * A negated verb of talking about something: "did not mention", "has not addressed", "didn't
 * comment on", "would not discuss". (Negated verbs of saying something, "didn't suggest
 * retaliation", keep their content, as PolNeAR marks it.)
 */
const NEGATED_TOPIC_CUE = /(?:\bnot|\bnever|n['’]t)\s+(?:(?:yet|publicly|directly|specifically|immediately|previously|also)\s+)?(?:mention|mentioned|mentions|mentioning|confirm|confirmed|confirms|confirming|comment|commented|comments|commenting|address|addressed|addresses|addressing|discuss|discussed|discusses|discussing|elaborate|elaborated|specify|specified|detail|detailed|talk|talked|speak|spoke|spoken)\b/i;
/** A definite noun phrase of two to six words: "The company", "The correspondent in Hamburg". */
const OPENING_NOUN_PHRASE = /^(?:The|Our|Its|Their)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+$/u;
/** Words a noun phrase does not end on: "The move came [amid]". */
const PHRASE_END_PREPOSITION = /\s(?:amid|among|after|before|in|on|at|of|for|with|by|from|to|over|under|about|against|despite|during)$/i;
/** A cue in the passive: its subject is what was done, not who did it ("[The bill] has been opposed"). */
const PASSIVE_CUE = /\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|ght)$/i;

/**
 * "[The company] now expects ...", "[The correspondent in Hamburg] reports that ...": a short
 * definite noun phrase that opens the sentence right before an active cue is its subject, when
 * the tagger gave it as content and found no source.
 */
export function isOpeningSubjectPhrase(piece: string, gap: string, cue: string, lead: string): boolean {
  const p = piece.trim();
  // (not before "seemed" or "reportedly": the phrase is then what seemed, or what others reported)
  const c = cue.trim();
  if (PASSIVE_CUE.test(c) || RAISING_CUE.test(c) || /ly$/i.test(c)) return false;
  return /^\s+$/.test(gap) && !lead.trim() && OPENING_NOUN_PHRASE.test(p) && !CLAUSE_SIGN.test(p) && !PHRASE_END_PREPOSITION.test(p);
}
/** What makes a content a clause, or a quotation, rather than a plain noun phrase. */
const CLAUSE_SIGN = /^(?:that|whether|if|how|why|what|when|where|who|which|to|he|she|it|they|we|i|you|there)\b|["“”]|\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|do|does|did)\b|\b(?:that|whether)\b/i;

/**
 * "did not mention [the market]", "did not comment on [the ruling]": a negated verb of talking
 * about something, with a plain noun phrase for object, says what someone did not talk about,
 * not anything they said. A clause ("did not say whether ...") stays content.
 */
export function isNegatedTopic(cue: string, content: string): boolean {
  if (!NEGATED_TOPIC_CUE.test(cue)) return false;
  const c = content.trim();
  return !CLAUSE_SIGN.test(c) && c.split(/\s+/).length <= 12;
}

/** A participle (with an adverb or two) and no auxiliary: "first confirmed", "widely reported". */
const BARE_PARTICIPLE = /^(?:(?:[a-z]+ly|first|later|also|then|since|once|initially|originally|previously|earlier)\s+){0,2}[a-z]+(?:ed|en|wn)$/;

/**
 * "The outbreak, first confirmed on Jan. 20, killed 10 people": a participle between commas
 * after the subject describes it; it attributes nothing. `before` is the sentence's text before
 * the cue (one phrase and a comma), `after` the text after it (words up to a comma, then the
 * main verb in lowercase).
 */
export function isParticipleApposition(before: string, cue: string, after: string): boolean {
  if (!BARE_PARTICIPLE.test(cue.trim())) return false;
  if (!/^[^,;:“”"]{1,80},\s*$/.test(before)) return false;
  return /^\s[^,;:“”"]{0,60}?,\s+[a-z]/.test(after) && !/^\s(?:that|by)\b/.test(after) && !/\b(?:that|whether)\b/.test(after.split(',')[0]!);
}

/** The last word of a noun phrase a participle can follow: not a pronoun, an auxiliary or a clause word. */
const NOT_NOUN_END = /(?:^|\s)(?:he|she|it|they|we|I|you|who|which|that|what|has|have|had|is|are|was|were|be|been|being|will|would|could|should|may|might|must|can|not|also|and|or|but)\s*$/i;
/**
 * An optional adjunct (a time or place phrase of up to three words, no clause word), then the
 * sentence's finite verb (no modal: "announced on Wednesday the president would attend" reports).
 */
const ADJUNCT_THEN_MAIN_VERB = /^(?:\s+(?:in|on|at|during|last|this|since|under|after|before|earlier|later|early|late)(?:\s+(?!(?:that|whether|if|he|she|it|they|we|I|because|as|when|while|where|and|but|or|which|who)\b)[\p{L}\d.'’-]+){1,3})?\s+(?:is|are|was|were|has|have|had|remains|remained|remain)\s/u;

/**
 * "The northern state [declared] in 1983 is recognised only by Ankara": a participle right after
 * a noun, with no comma, followed (past a time or place) by the sentence's own verb, describes
 * the noun; nobody is reported. ("by" phrases are left to the reduced-relative reading, where
 * the agent said something.)
 */
export function isParticipleBeforeMainVerb(before: string, cue: string, after: string): boolean {
  if (!/^[a-z]+(?:ed|en|wn)$/.test(cue.trim())) return false;
  // (the noun phrase's last words are enough, and keep the test short on long sentences)
  const tail = before.slice(-24);
  if (!/[\p{L}\d)]\s*$/u.test(tail) || NOT_NOUN_END.test(tail)) return false;
  return ADJUNCT_THEN_MAIN_VERB.test(after);
}

/** What may stand before a participle used as an adjective: a determiner, a preposition, a gerund ("after ignoring [repeated] warnings"). */
const BEFORE_ATTRIBUTIVE = /(?:^|\s)(?:the|a|an|its|his|her|their|our|these|those|of|after|despite|amid|with|without|by|[a-z]{3,}ing)\s*$/;
/** A number before a participle that counts cases: "The two [confirmed] cases", "12 [reported] deaths" ("the two [discussed] ways" is a verb). */
const NUMBER_BEFORE_COUNTED = /(?:^|\s)(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|more|other)\s*$/i;
const COUNTING_PARTICIPLE = /^(?:confirmed|reported|suspected|recorded|registered|alleged|estimated|detected|documented|verified)$/;
/** A plain noun after it: lowercase, no determiner, pronoun, preposition or clause word. */
const NOUN_AFTER_ATTRIBUTIVE = /^\s+(?!(?:that|to|the|a|an|his|her|their|its|it|he|she|they|we|him|them|on|in|at|by|for|with|about|of|from|as|and|or|but|if|whether|what|how|why)\b)[a-z]+s\b/;

/**
 * "after ignoring [repeated] warnings", "the [reported] cases": a past participle between a
 * determiner, a preposition or a gerund and a plural noun describes the noun; nobody says anything.
 */
export function isAttributiveParticiple(before: string, cue: string, after: string): boolean {
  // ("beating [defending] champion Carlos Alcaraz": the title of whoever holds a title)
  if (/^defending$/i.test(cue.trim()) && DEFENDED_TITLE.test(after)) return true;
  // (or opening the sentence: "[Detailed] regulations will be crafted")
  if (/^\p{Lu}[a-z]+ed$/u.test(cue.trim()) && !before.trim() && NOUN_AFTER_ATTRIBUTIVE.test(after) && /^\s+[a-z]+s\s+(?:will|would|are|were|have|had|can|could|must|should|may)\b/.test(after)) return true;
  return /^[a-z]+ed$/.test(cue.trim()) && (BEFORE_ATTRIBUTIVE.test(before) || (NUMBER_BEFORE_COUNTED.test(before) && COUNTING_PARTICIPLE.test(cue.trim()))) && NOUN_AFTER_ATTRIBUTIVE.test(after);
}

/** What a "defending" holder holds: "defending champion", "the defending titleholder". */
const DEFENDED_TITLE = /^\s+(?:world\s+|olympic\s+|league\s+|double\s+)?(?:champions?|titleholders?|title-holders?|holders?|winners?)\b/i;

/** A document named after a preposition: "In a statement", "in a letter to parents", "via a post". */
const DOCUMENT_OBJECT = /\b(?:in|with|through|via|from|under)\s+(?:(?:a|an|the|his|her|their|its|our|[\p{Lu}][\p{L}'’.-]*['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}(?:statement|letter|note|message|email|e-mail|memo|report|post|filing|submission|document|notice|release|video|speech|address|transcript|affidavit|complaint|motion)\s*$/iu;
/** Participles a document takes after it: "read to the court", "sent to shareholders", "posted online". */
const DOCUMENT_PARTICIPLE = /^(?:(?:[a-z]+ly|later|also|first)\s+)?(?:read|sent|written|given|delivered|issued|released|posted|published|shared|circulated|seen|obtained|filed|submitted|signed|addressed|distributed|emailed|uploaded|broadcast|made)$/;

/**
 * "In a statement [read] to the court, her son said ...": a participle right after a document
 * that is the object of a preposition modifies it (a reduced relative); the document is not its
 * subject, and nobody says anything by it. ("The statement [said]" has its subject.)
 */
export function isDocumentParticiple(before: string, cue: string): boolean {
  return DOCUMENT_PARTICIPLE.test(cue.trim()) && DOCUMENT_OBJECT.test(before);
}

/** Participles of purpose: "aimed at", "designed to", "intended to". */
const PURPOSE_PARTICIPLE = /^(?:aimed|aiming|designed|intended|meant|geared)(?:\s+(?:at|to|towards?))?$/i;

/**
 * "Talks [aimed at] ending the strike collapsed", "a bill designed to", "reforms [aiming] to heal
 * the scars of the crisis have helped": a participle of purpose
 * after a noun (or its passive, "is aimed at") says what a thing is for, and nobody says anything
 * by it. After a personal subject ("she aimed at") the verb is active, and it is left to the tagger.
 */
export function isPurposeParticiple(before: string, cue: string): boolean {
  if (!PURPOSE_PARTICIPLE.test(cue.trim())) return false;
  const prev = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  if (!prev || /^(?:he|she|they|we|i|you|who)$/i.test(prev)) return false;
  // ("Cambodia aimed to prevent ...": after a name, "aimed to" is the name's own intent; "aimed
  // at" stays a modifier, "Talks aimed at ending")
  return /^\p{Ll}/u.test(prev) || /\bat$/i.test(cue.trim());
}

/** "appeared", "appears": a cue only with a complement ("appeared to suggest", "appeared on television to say"). */
const APPEAR = /(?:^|\s)(?:appear|appears|appeared)$/i;

/**
 * "because no new cases appeared": "appear" with nothing after it but the sentence's end (or a
 * comma, a conjunction) means coming into being, not seeming; `after` is the text after the cue.
 */
export function isBareAppearance(cue: string, after: string): boolean {
  return APPEAR.test(cue.trim()) && !/^\s+(?:to|on|in|as|that|like)\b/i.test(after);
}

/** A piece ending in a form of "be" (and adverbs): "the vote was", "residents were not". */
const ENDS_IN_BE = /(?:^|\s)(?:is|are|was|were|be|been|being|['’]s)(?:\s+(?:not|also|then|later|first|[a-z]+ly))*$/i;

/**
 * "as the vote was [read]", "residents were [told]", "he is [said] to": a piece ending in "be"
 * right before a participle cue is the subject of a passive, what was read or told, never what
 * someone said. `cue` is the cue's text; a progressive ("was saying") is no passive.
 */
export function isPassiveSubject(piece: string, cue: string): boolean {
  const verb = /^\S+/.exec(cue.trim())?.[0] ?? '';
  return ENDS_IN_BE.test(piece.trim()) && /^[a-z]+$/.test(verb) && !/ing$/.test(verb);
}

/**
 * "[A treasurer stole $80,000 from the church] in exchange for nothing, a prosecutor told ...": a
 * content before its source runs on to the comma that sets the source off, where the tagger
 * stopped a few words short of it. Given the text between the content and the source, the length
 * the content grows by (0 when it stays). Not over another comma, a quotation mark or a
 * sentence's end, which may close the content where the tagger did.
 */
export function restBeforeSourceComma(gap: string): number {
  const rest = /^([^,;:!?“”"‘’()—–]{1,80}?)\s*,\s*$/.exec(gap);
  if (!rest || /\.\s/.test(rest[1]!) || !/\w/.test(rest[1]!)) return 0;
  return rest[1]!.length;
}

/**
 * "Germany's regulator BaFin, which was criticised [for failing to spot the fraud], said ...": a piece
 * before the cue that closes a relative clause opened after the source (", which", ", who") and
 * ends at the comma before the cue belongs to that clause, and says nothing. Given the sentence
 * before the piece and the text between the piece and the cue.
 */
export function isInSourceRelative(before: string, gap: string): boolean {
  return /^\s*,\s*$/.test(gap) && /,\s+(?:which|who|whose|whom)\s[^,;:“”"]*$/i.test(before);
}

/** A weekday, a month or "night": what "late on" and "early in" lead to. */
const DAY_AFTER = /^\s+(?:on|in)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|night|morning|evening|afternoon|week|month|year|(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * "conceded [defeat late] on Sunday", "will vote [on the plan early] in March": a content that ends
 * in "late" or "early" right before "on Sunday" or "in March" ends before that word, which dates the
 * statement with the time. Given the piece and the text after it, how many characters to cut.
 */
export function partOfDayBeforeTime(piece: string, after: string): number {
  const m = /\s+(?:late|early)$/i.exec(piece);
  return m && m.index > 0 && DAY_AFTER.test(after) ? m[0].length : 0;
}

/**
 * "The Bar Council and [the Refugee Legal Aid Network] wrote ...": given the sentence's text before
 * a source, the length of a name that opens the sentence and is joined to the source by "and"
 * (capitalised words, with "of", "for", "the", "&" between them), or 0. The tagger may keep only
 * the second of two coordinated subjects.
 */
export function namesBeforeAnd(before: string): number {
  const m = /^\s*(?:The\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:of|for|the|on|and|&)\s+)?\p{Lu}[\p{L}.'’&-]*)*\s+and\s+$/u.exec(before);
  return m ? before.length - /^\s*/.exec(before)![0].length : 0;
}

/**
 * "after France, Poland, [Britain and Germany] threatened": the names listed with commas right
 * before a coordinated source, back to a word that opens the clause. Their length with the
 * comma and space after the last of them, or 0.
 */
export function listedNamesBefore(before: string): number {
  const m = /(?:^|[\s(—–-])((?:\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,2},\s+)+)$/u.exec(before);
  if (!m) return 0;
  // ("In Paris, Britain and Germany said": a place after a preposition opens the sentence, no list)
  const opener = /(\S+)\s*$/.exec(before.slice(0, m.index + m[0].length - m[1]!.length))?.[1] ?? '';
  if (LIST_BREAKERS.test(opener) || m[1]!.split(/,\s+/).some((item) => NOT_A_LISTED_NAME.test(item))) return 0;
  return m[1]!.length;
}
/** Sentence adverbials and times that open a sentence with a comma, no names: "However,", "Last Thursday,". */
const NOT_A_LISTED_NAME = /^(?:In|At|On|From|For|With|By|Across|Outside|Inside|Near|However|Meanwhile|Moreover|Separately|Earlier|Later|Last|Next|This|Also|Still|But|And|Yet|So|Then|Now|Today|Yesterday|Tomorrow|Instead|Indeed|Finally|Similarly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\b/;
/** A preposition before the first name: the names are its objects, not the subject's list. */
const LIST_BREAKERS = /^(?:in|at|on|from|for|with|by|across|outside|inside|near|of|to)$/i;

const HAS_CLOSING_CHANNEL_WORDS = /\b(?:in|via)\s+(?:a|an|the|his|her|its|their)\s/i;
/** A written or spoken piece the statement came in: "in a post on X", "in a statement", "in an interview with". */
const CLOSING_CHANNEL = /^(?:in|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:post|posts|statement|tweet|interview|message|video|letter|press\s+release|news\s+conference|press\s+conference|blog|email|e-mail|broadcast|speech)\b/i;

/**
 * Where a content piece ends when a channel phrase closes it ("the decision [in a post on X]",
 * "the plan was dead [in a statement]"): before the phrase, which says how it was said; a meeting
 * or a platform named at the end stays ("working [during the debate]", "her presence [on Twitter]"). A quotation
 * keeps what its marks hold.
 */
export function beforeClosingChannel(text: string, piece: { start: number; end: number }): number {
  if (/^[“"‘']/.test(text.slice(piece.start, piece.start + 1))) return piece.end;
  const body = text.slice(piece.start, piece.end);
  // (the channel patterns are many; most pieces hold no "in a ..." at all)
  if (!HAS_CLOSING_CHANNEL_WORDS.test(body)) return piece.end;
  const ch = findChannelSpan(body);
  // (words of time may follow the channel: "the ruling in a post on X [on Friday]")
  if (!ch || ch.start === 0 || !(/^\s*[.,;]?\s*$/.test(body.slice(ch.end)) || isChannelRemnant(body.slice(ch.end))) || !CLOSING_CHANNEL.test(ch.text)) return piece.end;
  return piece.start + body.slice(0, ch.start).trimEnd().length;
}
