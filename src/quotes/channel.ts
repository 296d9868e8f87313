/**
 * The channel of a statement, from the words around its cue: "in a Facebook post",
 * "on Truth Social", "told Reuters", "in an interview with AFP", "at a press conference".
 * Every pattern is anchored and bounded, so matching is linear in the window.
 */
const PLATFORM = String.raw`(?:Facebook|Twitter|X|Instagram|Telegram|TikTok|LinkedIn|Threads|Bluesky|YouTube|Truth Social|Weibo|WeChat|social media|Substack)`;
const MEDIUM = String.raw`(?:post|tweet|video message|video statement|video address|audio message|text message|video|clip|livestream|voice message|statement|interview|op-ed|letter|memo|email|e-mail|speech|podcast|broadcast|blog post|blog|message|news release|press release|radio address|televised address|address|commentary|column|editorial|essay|report|filing|filings|documents|document|court papers|papers|submission|lawsuit|complaint|motion|brief|testimony|note|research note|conference call|earnings call|programme|program|show|bulletin|documentary|phone-in)`;

/** A go-between a statement went through: "through his lawyer", "through a spokesperson". */
const GO_BETWEEN = String.raw`through (?:his|her|their|its|a|an|the) (?:lawyers?|attorneys?|spokesperson|spokesman|spokeswoman|representatives?|agent|publicist|office)`;
const GO_BETWEEN_TAIL = new RegExp(String.raw`\s+${GO_BETWEEN}$`, 'u');

/** Where a go-between closing a piece starts ("denied the charges[ through his lawyer]"); -1 when none does. */
export function goBetweenTailAt(piece: string): number {
  return GO_BETWEEN_TAIL.exec(piece)?.index ?? -1;
}

/** How a medium was put out: "a video [posted] to Facebook", "a statement [published] on its website". */
const PUT_OUT_VERBS = 'posted|published|shared|released|issued|uploaded|put out|carried|broadcast|aired';
const PUT_OUT = ` (?:${PUT_OUT_VERBS})`;
/** The participle alone as a cue: "posted", "posted to", "published online". */
const PUT_OUT_CUE = new RegExp(`^(?:${PUT_OUT_VERBS})(?: online| (?:on|to)(?: ${PLATFORM}| (?:its|his|her|their|the) (?:website|web site|blog|account|page|channel))?)?$`, 'iu');

/** "in a video posted ...": a channel phrase up to its medium, at the end of the text before a participle. */
const MEDIUM_BEFORE = new RegExp(String.raw`(?:([\p{L}'’-]+)\s+)?\b(?:in|via|through) (?:a|an|his|her|their|its|the)(?: [\p{L}-]{1,20}){0,3}? ${MEDIUM}\s+$`, 'iu');

/**
 * "said in a video [posted] to Facebook that ...": a participle right after the medium of a
 * channel phrase says where the medium was put out. It modifies the medium; the statement is the
 * verb the channel phrase belongs to, so the participle is no cue of its own.
 */
export function isChannelParticiple(before: string, cue: string): boolean {
  return PUT_OUT_CUE.test(cue.trim()) && MEDIUM_BEFORE.test(before);
}

/**
 * The word before the channel phrase that ends `before` ("He [said] in a video "), with its
 * offset in `before`: the verb the channel belongs to. Null when no word stands there.
 */
export function verbBeforeChannel(before: string): { word: string; at: number } | null {
  const m = MEDIUM_BEFORE.exec(before);
  return m && m[1] ? { word: m[1], at: m.index } : null;
}

/** "in a statement on Monday": a day or month after "on" is when, not to whom or where. */
const NOT_A_DAY = String.raw`(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|$))`;

/** An outlet's kind before its name, with its country and status: "German public television broadcaster ARD". */
const KIND_THEN_OUTLET = String.raw`(?:the )?(?:\p{Lu}[\p{L}-]{1,20} )?(?:(?:public|state|national|private|independent) )?(?:(?:television|radio|TV) )?(?:broadcaster|newspaper|daily|weekly|magazine|news agency|channel|network|station) \p{Lu}[\p{L}\d.&'’-]{0,20}(?: [\p{Lu}\d][\p{L}\d.&'’-]{0,20}){0,3}`;

/**
 * After an outlet's name, the kind of outlet and a second outlet it shares the interview with:
 * "with the Bernama [news agency and Radio Television Malaysia (RTM)]".
 */
const OUTLET_KIND_AND_PARTNER = String.raw`(?: (?:news agency|newspaper|daily|weekly|magazine|radio|television|TV|channel|network|website))?(?: and (?:the )?\p{Lu}[\p{L}.&'’-]{0,20}(?: \p{Lu}[\p{L}.&'’-]{0,20}){0,3}(?: \(\p{Lu}{2,6}\))?)?`;

const PATTERNS: RegExp[] = [
  // in a Facebook post / in a post on X / in a statement / in an interview with AFP
  // (the medium may carry a possessive and a title: "on the channel's Monday Night Football programme";
  // a participle may say where it was put: "in a statement posted to Facebook")
  // (the site may be named by its owner: "in a statement on the club's website"; and the outlet
  // that carried it: "in a statement carried by KCNA", "released by state media")
  new RegExp(String.raw`\b(?:in|on|via|through) (?:a|an|his|her|their|its|the|one|two|several)(?: [\p{L}'’-]{1,20}){0,4}? ${MEDIUM}\b(?:(?:${PUT_OUT})? (?:on|to|with) (?:${PLATFORM}|${KIND_THEN_OUTLET}|(?:its|his|her|their|the)(?: [\p{L}-]{1,20}['’]s?)? (?:website|web site|blog|account|page|channel)|(?:the )?${NOT_A_DAY}\p{Lu}[\p{L}.&'’-]{0,20}(?: \p{Lu}[\p{L}.&'’-]{0,20}){0,3}${OUTLET_KIND_AND_PARTNER})|${PUT_OUT} by (?:state (?:media|television|TV|radio|news agency)|(?:the )?(?:official |state )?(?:news agency )?\p{Lu}[\p{L}.&'’-]{0,20}(?: \p{Lu}[\p{L}.&'’-]{0,20}){0,3}))?`, 'u'),
  new RegExp(String.raw`\bon ${PLATFORM}\b`, 'u'),
  // through a go-between: "through his lawyer", "through a spokesperson"
  new RegExp(String.raw`\b${GO_BETWEEN}\b`, 'u'),
  // told Reuters / told The Associated Press / told reporters
  // (and the bodies a statement is made before: "told the court", "told the jury", "told a podcast",
  // "told the club's website")
  // (and the participle: "defended the plan, telling a news conference that ...")
  // (a kind of outlet may stand before its name: "told broadcaster ZDF", "told the daily Le Monde";
  // and the audiences of a company's statements: "told analysts", "told investors"; a
  // programme of a station: "told BBC Radio 4's Today programme"; a country's outlet: "told the
  // French newspaper Le Parisien"; a country's media with no name, "told Peruvian radio")
  new RegExp(String.raw`\b(?:told|tells|telling) (?:\p{Lu}[\p{L}-]{2,20} (?:state )?(?:radio|television|TV|media|press|reporters|journalists)\b(?! station| channel| \p{Lu})|(?:the |The )?(?:(?:\p{Lu}[\p{L}-]{1,20} )?(?:public |state |national )?(?:broadcaster|newspaper|daily|weekly|magazine|news agency|agency|radio station|radio|television channel|channel|website|news site|outlet|network) )?\p{Lu}[\p{L}.&'’-]{0,20}(?: [\p{Lu}\d][\p{L}\d.&'’-]{0,20}){0,3}(?: (?:programme|program|show|podcast))?|reporters|journalists|lawmakers|analysts|investors|shareholders|a (?:news|press) conference|(?:the|a|his|her|their|its) (?:[\p{L}'’-]{1,20} )?(?:court|jury|tribunal|inquiry|hearing|committee|podcast|newspaper|magazine|radio station|television station|broadcaster|website))`, 'u'),
  new RegExp(String.raw`\b(?:at|during) (?:a|an|the|his|her|their) (?:[\p{L}-]{1,20} ){0,2}?(?:press conference|news conference|briefing|rally|hearing|summit|meeting|debate|event|town hall|speech|session)`, 'u'),
  new RegExp(String.raw`\b(?:on|in) (?:television|TV|radio|camera)\b`, 'u'),
  new RegExp(String.raw`\b(?:tweeted|posted|wrote|blogged)\b`, 'u'),
];

const PRONOUN_OBJECTS = /^(?:told|tells|telling) (?:him|her|them|us|me|you|it)$/i;
/** A company's audiences: a channel only when no phrase names the medium. */
const AUDIENCE = /^(?:told|tells|telling) (?:analysts|investors|shareholders)$/;

/** A channel phrase in a window of text: where it starts and ends, and the channel it names. */
export interface ChannelMatch {
  start: number;
  end: number;
  text: string;
}

/**
 * The first channel phrase in `window` (the attribution around a cue), with its offsets in the
 * window, or null. A bare verb ("posted", "tweeted") counts only when no phrase names the medium:
 * "posted on Facebook" is on Facebook, not "posted".
 */
export function findChannelSpan(window: string): ChannelMatch | null {
  let best: ChannelMatch | null = null;
  let verb: ChannelMatch | null = null;
  let audience: ChannelMatch | null = null;
  for (const re of PATTERNS) {
    const m = re.exec(window);
    if (!m) continue;
    let t = withoutFinalStop(m[0]);
    if (PRONOUN_OBJECTS.test(t)) continue;
    // ("declined to comment [on the report]": what one would comment on is no medium)
    if (/\bcomment(?:ed|ing|s)?\s+$/i.test(window.slice(Math.max(0, m.index - 12), m.index))) continue;
    const at = { start: m.index, end: m.index + t.length, text: t };
    if (/^(?:tweeted|posted|wrote|blogged)$/.test(t)) {
      if (t === 'wrote') continue; // "wrote" alone says nothing about the medium
      t = t === 'tweeted' ? 'Twitter' : t;
      verb = { ...at, text: t };
      continue;
    }
    // (an audience alone, "told analysts", gives way to the medium: "told analysts on a conference call")
    if (AUDIENCE.test(t)) {
      audience ??= at;
      continue;
    }
    if (!best || m.index < best.start) best = at;
  }
  return best ?? audience ?? verb;
}

/**
 * A name's stops are part of it ("U.S.", "Mr."), but a stop after a word ending the phrase ends
 * the sentence: "told the BBC." is "told the BBC". Channels never end in punctuation, save an
 * initialism's stop ("told the U.S.").
 */
function withoutFinalStop(phrase: string): string {
  if (/(?:^|[\s.])\p{Lu}\.(?:\p{Lu}\.)+$/u.test(phrase)) return phrase;
  return phrase.replace(/[.,;:!?'’]+$/u, '');
}

/**
 * True when a tagged cue ends inside a channel phrase that opens right after its verb and runs
 * past the cue on a preposition: "said in a statement [on] the club's website". That word belongs to the
 * channel's rest (PolNeAR keeps "said in a statement" as a cue, so only the cut word goes).
 * `afterVerb` is the sentence after the verb; `cueRest` the length of the cue's part of it.
 */
export function cueEndsInsideChannel(afterVerb: string, cueRest: number): boolean {
  // (only a preposition opening the rest: "wrote in an email" stays whole before "to NBC")
  if (!/\s(?:on|to|with|via)$/i.test(afterVerb.slice(0, cueRest))) return false;
  const ch = findChannelSpan(afterVerb);
  return !!ch && /^\s*$/.test(afterVerb.slice(0, ch.start)) && ch.end > cueRest;
}

/** The first channel phrase found in `window` (the attribution around a cue), or null. */
export function findChannel(window: string): string | null {
  return findChannelSpan(window)?.text ?? null;
}

/**
 * A channel phrase opening the sentence before its source and set off by a comma: "In a post on
 * Facebook, he called ...", "In an interview with the BBC on Sunday, Amadi said ...". `lead` is
 * the sentence's text before the source (or cue); only a time may follow the phrase.
 */
export function leadingChannel(lead: string): string | null {
  if (/["“”]/.test(lead)) return null;
  // ("Speaking at a news conference in Nairobi, Ruto said": the participle of speaking opens the
  // same phrase)
  const speaking = /^\s*(?:Speaking|Talking|Writing)\s+(?=(?:at|in|on|to)\s)/.exec(lead);
  if (speaking) return leadingChannel(lead.slice(speaking[0].length).replace(/^\w/, (c) => c.toUpperCase()));
  const at = /^\s*/.exec(lead)![0].length;
  if (!/^(?:In|On|Via|Through|During|At)\s/.test(lead.slice(at))) return null;
  // (the patterns read a phrase inside a sentence, and the channel is given as one: "in a post")
  const phrase = lead.slice(at);
  const m = findChannelSpan(phrase[0]!.toLowerCase() + phrase.slice(1));
  if (!m || m.start !== 0) return null;
  return LEAD_TAIL.test(lead.slice(at + m.end)) ? m.text : null;
}

/**
 * What may follow a leading channel before its comma: a place ("at a news conference [in
 * Nairobi]"), a time, or a participle describing the
 * document ("In a statement [read to the court], her son said", "In a letter [sent to parents on
 * Monday], the head teacher wrote").
 */
const LEAD_TAIL = /^(?:\s+(?:read|sent|issued|released|posted|published|shared|circulated|delivered|given|filed|submitted|emailed|uploaded|broadcast)(?:\s+[\p{L}\d'’.-]+){1,6})?(?:\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?(?:\s+(?:on|late|early|last|this)\s+[\p{L}\d ]{1,24})?,\s*$/u;
