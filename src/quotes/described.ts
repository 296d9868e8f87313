/**
 * Speakers a story calls by what they are rather than by name, where the text around settles who:
 * "the German told the crowd" after a sentence about Zverev alone; "..., the agency said" when the
 * sentence opens with the Food and Drug Administration. Each rule takes one candidate or none, so
 * that a description never goes to someone merely nearby.
 */
import { countryOfDemonym, countryOfName } from '../entities/index.js';
import { DATELINE } from './dateline.js';
import { firstAtOrAfter, type MentionRef } from './speaker.js';

/** An age used as a noun: "the 27-year-old". */
const AGE_NOUN = /^\d{1,3}-year-old$/;

/**
 * True for a description that stands for one person by nationality or age: "German", "Spaniard",
 * "27-year-old" (after "the"). A plural, or a form that is also the nation's adjective ("the
 * Japanese", "the Swiss", "the British"), is no such description.
 */
export function isPersonDescriptor(title: string): boolean {
  if (AGE_NOUN.test(title) || isRoleDescription(title)) return true;
  return isNationalNoun(title);
}

/** "German", "Spaniard", "Kenyan", "Dutchman": one person by nationality ("the British", "the French", "the Dutch" are adjectives for a nation, never one person). */
function isNationalNoun(w: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
  // ("the Dutchman", "the Frenchwoman": the nation's adjective with "man" or "woman")
  const stem = /^(\p{Lu}\p{Ll}+?)(?:wo)?man$/u.exec(w)?.[1];
  if (stem && (countryOfDemonym(stem) !== null || stem === 'English' || stem === 'Scots')) return true;
  if (/(?:s|ish|ch|ese)$/.test(w)) return false;
  return countryOfDemonym(w) !== null;
}

/**
 * What a story calls a person it has just named, for variety: "the goalkeeper", "the novelist",
 * "the economist". Never a title of office ("the minister", "the director"): those go by the
 * titles the entities carry.
 */
const ROLE_NOUNS = new Set([
  'goalkeeper', 'keeper', 'striker', 'midfielder', 'defender', 'forward', 'winger', 'quarterback', 'pitcher', 'batsman', 'bowler',
  'player', 'athlete', 'cyclist', 'swimmer', 'sprinter', 'boxer', 'golfer', 'skier', 'champion', 'veteran',
  'actor', 'actress', 'singer', 'rapper', 'songwriter', 'musician', 'novelist', 'author', 'writer', 'poet', 'filmmaker',
  'economist', 'historian', 'scientist', 'researcher', 'physicist', 'biologist', 'epidemiologist', 'virologist', 'climatologist',
  'lawmaker', 'legislator', 'billionaire', 'tycoon', 'entrepreneur', 'businessman', 'businesswoman', 'activist', 'campaigner',
  'survivor', 'defendant', 'plaintiff',
]);

/** Words that may stand before a role noun and keep it about one person: "the veteran goalkeeper", "the 35-year-old striker", "the Brazilian forward". */
function isRoleModifier(w: string): boolean {
  return w === 'former' || w === 'veteran' || w === 'young' || w === 'retired' || AGE_NOUN.test(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && countryOfDemonym(w) !== null);
}

/**
 * A name before the role noun, one word: "the England winger", "the Chelsea midfielder". It says
 * whose team, and the description is still about one player (the team is never the speaker).
 */
function isTeamModifier(w: string): boolean {
  return /^\p{Lu}[\p{Ll}.'’-]+$/u.test(w);
}

/** True for "goalkeeper", "veteran goalkeeper", "Brazilian forward", "31-year-old Kenyan" (the words after "the"). */
export function isRoleDescription(title: string): boolean {
  const words = title.split(/\s+/);
  const head = words[words.length - 1]!;
  // (an age or a nationality is a head too, after a modifier: "the 31-year-old Kenyan")
  if (isTitleHolder(words)) return true;
  if (words.length > 3 || !(ROLE_NOUNS.has(head) || (words.length > 1 && (AGE_NOUN.test(head) || isNationalNoun(head))))) return false;
  const modifiers = words.slice(0, -1);
  // (a team's name only right before a role noun: "the former England winger")
  return modifiers.every((w, k) => isRoleModifier(w) || (k === modifiers.length - 1 && ROLE_NOUNS.has(head) && isTeamModifier(w)));
}

/** True when a description ends in a noun for one person's role: "South African forward", "veteran goalkeeper". */
export function endsInRoleNoun(description: string): boolean {
  const head = description.trim().split(/\s+/).pop() ?? '';
  return ROLE_NOUNS.has(head) || TITLE_HOLDER.has(head);
}

/**
 * "the 2005 Asean Para Games champion", "the reigning Wimbledon champion", "the two-time Olympic
 * medallist": the title a sports report gives the athlete it has just named. The competition's
 * name says which title, and is never who spoke.
 */
function isTitleHolder(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 6 || !TITLE_HOLDER.has(words[words.length - 1]!)) return false;
  return words.slice(0, -1).every((w) => /^(?:\d{4}|reigning|defending|former|world|[a-z]+-time|\p{Lu}[\p{L}\d.'’&-]*)$/u.test(w));
}
const TITLE_HOLDER = new Set(['champion', 'winner', 'medallist', 'medalist', 'titleholder', 'finalist', 'runner-up']);

/**
 * True when `window` brings in someone unnamed by the description's head noun ("an economist at
 * Barclays ... the economist said"): the description then goes on with that unnamed person.
 */
export function introducesUnnamed(window: string, title: string): boolean {
  const head = title.split(/\s+/).pop()!.toLowerCase();
  return new RegExp(`\\b(?:a|an|one|another)\\s+(?:[\\w-]+\\s+){0,2}${head}\\b`, 'i').test(window);
}

/**
 * The one person named in [from, to) outside `quotation`, who is who "the German" or "the
 * 27-year-old" stands for: sports and court reports name a player or defendant, then go on with
 * such a description. Null when nobody or more than one person is named there.
 */
export function onlyPersonIn(ms: readonly MentionRef[], from: number, to: number, quotation?: { start: number; end: number }): string | null {
  let who: string | null = null;
  for (let i = firstAtOrAfter(ms, from); i < ms.length && ms[i]!.start < to; i++) {
    const m = ms[i]!;
    if (m.type !== 'PERSON') continue;
    if (quotation && m.start >= quotation.start && m.end <= quotation.end) continue;
    if (who !== null && who !== m.entity) return null;
    who = m.entity;
  }
  return who;
}


/**
 * A description any named body may go by: "agency", "space agency", "company", "Italian bank".
 * ("the Russian foreign ministry" or "the International Crisis group" name a body of their own,
 * and "the ministry" one whose name says so.)
 */
export function isGenericBodyDescription(title: string): boolean {
  // (or by a kind of business: "the Danish drugmaker", "the iPhone maker")
  const m = /^(?:(\p{Lu}[\p{L}.]*)\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(?:agency|company|firm|group|bank|organisation|organization|body|club|drugmaker|carmaker|automaker|chipmaker|airline|lender|insurer|retailer|miner|brewer|maker|manufacturer|producer|conglomerate|utility|broadcaster|publisher)$/u.exec(title);
  // (a nationality or a country's short name may say where it is: "the Italian bank", "the U.S. agency")
  return !!m && (!m[1] || countryOfDemonym(m[1]) !== null || countryOfName(m[1]) !== null);
}

/**
 * "The Food and Drug Administration on Friday approved ..., the agency said": the organisation
 * whose name opens the sentence (`sentenceStart`) as the subject of what the description before
 * `to` reports, alone (not one of a list). Null otherwise.
 */
export function organisationOpening(text: string, ms: readonly MentionRef[], sentenceStart: number, to: number): string | null {
  // (past a dateline and the names in it: "WASHINGTON (Wire) — ")
  const from = sentenceStart + (DATELINE.exec(text.slice(sentenceStart, to))?.[0].length ?? 0);
  const k = firstAtOrAfter(ms, from);
  const first = ms[k];
  if (!first || first.type !== 'ORG' || first.start >= to || !/^\s*(?:[Tt]he\s+)?$/.test(text.slice(from, first.start))) return null;
  // "The Tokyo Stock Exchange's operator ...": a possessor is not the subject, nor is one of
  // two ("NATO and Russia are ...")
  // (a relative clause on it is no list: "The World Federation of Advertisers, which is named ...")
  if (/^(?:['’]s?\b|\s*,(?!\s*(?:which|who)\b)|\s+(?:and|or|&)\s)/.test(text.slice(first.end, first.end + 12))) return null;
  // ("PC maker Lenovo": a name before a noun and another name only modifies it)
  if (/^\s+(?!(?:on|in|at|for|of|to|by|with|from|and|or|said|says|told|late|early|last|this)\b)[a-z-]+\s+\p{Lu}/u.test(text.slice(first.end, first.end + 40))) return null;
  return first.entity;
}

/**
 * "The commission denies the charge. In a post on X, it said ...": a definite description of a
 * body opening a sentence of the window [from, to), which "it" goes on with; its span, or null.
 * `isBodyHead` says which nouns name a body ("commission", "ministry", "company").
 */
export function bodyDescriptionOpening(text: string, from: number, to: number, isBodyHead: (head: string) => boolean): { start: number; end: number } | null {
  const re = /(?:^|[.!?]["”’]?\s+)(The\s+([a-z]+))\s+(?!of\b)[a-z]/g;
  const window = text.slice(from, to);
  let found: { start: number; end: number } | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (!isBodyHead(m[2]!)) continue;
    const start = from + m.index + m[0].indexOf(m[1]!);
    found = { start, end: start + m[1]!.length };
  }
  return found;
}
