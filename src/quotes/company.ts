/**
 * "the company said", "the carmaker said": a business story names its company once and then calls
 * it by what it is. Such a description speaks for the one company the article has named before
 * it; with two or more named, it stays unresolved unless the previous speaker is one of them.
 */
import type { SpeakerIndex } from './speaker.js';

/** Heads of a definite description that stands for a company. */
const COMPANY_HEADS = new Set([
  'company', 'firm', 'group', 'carmaker', 'automaker', 'retailer', 'lender', 'insurer', 'airline', 'chipmaker', 'miner',
  'manufacturer', 'producer', 'operator', 'developer', 'supplier', 'conglomerate', 'startup', 'brewer', 'bank', 'utility',
  'drugmaker', 'broadcaster', 'publisher', 'maker',
]);

/** Words of company names: "Halvorsen Foods", "Aker Holding", "Veltrix Inc". */
const COMPANY_NAME_WORD = /\b(?:corp|corporation|inc|incorporated|co|ltd|llc|plc|ag|sa|nv|gmbh|group|holding|holdings|foods|motors|airlines|airways|technologies|systems|industries|energy|pharmaceuticals|pharma|labs|laboratories|robotics|brands|stores|communications|networks|software|semiconductor|semiconductors|electronics|enterprises|bank|bancorp)\b\.?/i;

const NOUNS = [...COMPANY_HEADS].join('|');

/** A company noun right before a name: "food group Halvorsen Foods", "chipmaker Veltrix". */
const DESCRIBED_BEFORE = new RegExp(`\\b(${NOUNS})\\s+$`, 'i');

/** An appositive after a name that makes it a company: "Veltrix, a chipmaker based in Austin,". */
const DESCRIBED_AFTER = new RegExp(`^,\\s+(?:an?|the)\\s+[^,.;]{0,40}?\\b(${NOUNS})\\b`, 'i');

/** Heads that say what any company is; the others name a kind of business. */
const ANY_COMPANY = new Set(['company', 'firm', 'group', 'conglomerate', 'startup', 'maker', 'manufacturer', 'producer', 'operator', 'developer', 'supplier', 'publisher']);

/** Name words of a kind of business: "the airline" may be "Kenya Airways" without being introduced as one. */
const KIND_NAME_WORDS: Record<string, RegExp> = {
  airline: /\b(?:airlines?|airways)\b/i,
  bank: /\b(?:bank|bancorp|banking)\b/i,
  lender: /\b(?:bank|bancorp|lending)\b/i,
  insurer: /\b(?:insurance|assurance|re)\b/i,
  carmaker: /\b(?:motors?|automotive)\b/i,
  chipmaker: /\b(?:semiconductors?)\b/i,
  drugmaker: /\b(?:pharma|pharmaceuticals?|therapeutics)\b/i,
  broadcaster: /\b(?:broadcasting|television)\b/i,
  utility: /\b(?:energy|power|electric)\b/i,
  brewer: /\b(?:brewery|breweries|brewing)\b/i,
  miner: /\b(?:mining|minerals|metals)\b/i,
};

/** "automaker" and "carmaker" are one kind. */
function kindOf(noun: string): string {
  const n = noun.toLowerCase();
  return n === 'automaker' ? 'carmaker' : n;
}

export function isCompanyHead(head: string): boolean {
  return COMPANY_HEADS.has(head);
}

/**
 * The company a description with head `head` at `at` stands for: the one organisation named
 * before it that is a company by its name or by how the article introduces it (for a kind of
 * business, "the airline", one of that kind); else the previous speaker when it is one of several;
 * else null.
 */
export function companyBefore(text: string, at: number, head: string, index: SpeakerIndex, previous: string | null | undefined): string | null {
  const kind = ANY_COMPANY.has(head) ? null : kindOf(head);
  const found = new Set<string>();
  // (organisations the article introduced as another kind of business: "the software group
  // Quillsoft" is no "retailer")
  const otherKind = new Set<string>();
  for (const m of index.mentions) {
    if (m.start >= at) break;
    if (m.type !== 'ORG' || found.has(m.entity)) continue;
    const name = index.byId.get(m.entity)?.name ?? '';
    const noun = DESCRIBED_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1] ?? DESCRIBED_AFTER.exec(text.slice(m.end, m.end + 60))?.[1];
    const isCompany = kind ? (!!noun && kindOf(noun) === kind) || !!KIND_NAME_WORDS[kind]?.test(name) : !!noun || COMPANY_NAME_WORD.test(name);
    if (isCompany) found.add(m.entity);
    else if (kind && noun) otherKind.add(m.entity);
  }
  if (found.size === 1) return [...found][0]!;
  if (previous && found.has(previous)) return previous;
  // "Apple said the lawsuit was wrong ... The company said in a statement": with no organisation
  // the article shows to be a company, "the company" or "the firm" is the organisation that spoke
  // last when it is also the one named last, a sentence or two back (not a wire's credit in a
  // dateline's brackets); "the group" is as often a party or an armed group, and stays unnamed
  // (and so does a kind of business the article never tied to a name, "the chipmaker" after
  // "Nvidia reported ..."; when no company of that kind is named, it is the one that spoke)
  if (found.size || head === 'group') return null;
  const spoke = lastCompanyToSpeak(text, at, index, previous);
  return spoke && !otherKind.has(spoke) ? spoke : null;
}

/**
 * The organisation a bare "the company" (or a kind of business no name was tied to) stands for:
 * the one that spoke last when it is also the one named last, a sentence or two back (not a wire's
 * credit in a dateline's brackets), else null.
 */
function lastCompanyToSpeak(text: string, at: number, index: SpeakerIndex, previous: string | null | undefined): string | null {
  // "Elon Musk said ... Tesla would launch ... In a blog post, the company said": after a person
  // spoke, the one organisation named so far that is no public body
  if (!previous || index.byId.get(previous)?.type === 'PERSON') return onlyPrivateOrganisationBefore(text, at, index);
  // (a public body is no company: "according to documents posted by the National Highway Traffic
  // Safety Administration. The company said ..." is the carmaker recalling, not the regulator)
  if (PUBLIC_BODY_NAME.test(index.byId.get(previous)?.name ?? '')) return null;
  return lastOrganisationBefore(text, at, index) === previous ? previous : null;
}

/** Words naming a newspaper, a broadcaster or a wire, which report a company's words and are not the company. */
const MEDIA_NAME = /\b(?:Times|Post|Journal|Herald|Tribune|Gazette|Mirror|Guardian|Telegraph|News|Daily|Express|Sun|Mail|Press|Wire|Chronicle|Observer|Radio|Television|TV|Reuters|AFP|AP|Bloomberg|Xinhua|Tass|BBC|CNN)\b/;

/** A preposition or "told" right before a name: the outlet someone spoke to, or a place of publication ("told the Daily Mirror", "on X"). */
// ("developed by GlaxoSmithKline", "made by Bosch": the maker after "by" is a company of the story)
const OBJECT_BEFORE = /\b(?:told|tells|to|(?<!\b(?:developed|made|produced|built|manufactured|launched|designed|marketed|sold|owned|run|operated)\s+)by|in|on|with|from|according\s+to)\s+(?:the\s+)?$/i;

/**
 * The one organisation named before `at` whose name is no public body's, none or several giving
 * null. An outlet, a name after "told" or a preposition, and a wire's credit in brackets are not
 * counted: "..., the Daily Mirror said. ... The firm claimed" is no newspaper's claim.
 */
function onlyPrivateOrganisationBefore(text: string, at: number, index: SpeakerIndex): string | null {
  let only: string | null = null;
  for (const m of index.mentions) {
    if (m.start >= at) break;
    if (m.type !== 'ORG' || text[m.start - 1] === '(' || m.entity === only || OBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    const name = index.byId.get(m.entity)?.name ?? '';
    if (MEDIA_NAME.test(name)) continue;
    if (only !== null || PUBLIC_BODY_NAME.test(name)) return null;
    only = m.entity;
  }
  return only;
}

/** Words naming a public or non-commercial body. */
const PUBLIC_BODY_NAME = /\b(?:Administration|Agency|Ministry|Department|Commission|Council|Court|Police|Authority|Office|Bureau|Service|Parliament|Congress|Senate|Government|University|Board|Committee|Institute|Organi[sz]ation|Union|Nations|Federation|Association|Party)\b/;

/** How far back (in characters) the organisation a bare "the company" stands for may be named. */
const RECENT = 400;

function lastOrganisationBefore(text: string, at: number, index: SpeakerIndex): string | null {
  let last: string | null = null;
  for (const m of index.mentions) {
    if (m.start >= at) break;
    if (m.type !== 'ORG' || m.start < at - RECENT || text[m.start - 1] === '(') continue;
    last = m.entity;
  }
  return last;
}
