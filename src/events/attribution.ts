/**
 * Who reports what, inside one sentence. Each speech cue ("said", "told", "reported",
 * "according to", "denied", "accused ... of") splits the sentence into a source span and a
 * content span: forward ("X said (that) CONTENT"), backward ("CONTENT, X said [on Tuesday]."),
 * or "according to X". An event whose trigger lies in a content span is attributed to that
 * cue's source; "reportedly" and "allegedly" attribute to an unnamed source.
 */
import type { Entity, Quote, Token } from '../document/types.js';
import { AUX, DENY, NEGATORS, NEG_GOVERNORS, PREPOSITIONS, REPORTING_VERBS, SPEECH, UNNAMED_HEADS, denialObjectEnd, isCap } from './words.js';
import { verbEntry } from './lexicon.js';
import { datelineEnd } from './clauses.js';

export interface Attribution {
  /** Token ranges [start, end). */
  source: [number, number];
  content: [number, number];
  cue: number;
  /** Entity id or a short text ("unnamed: two diplomats", "Philippine foreign ministry"). */
  who: string | null;
}

export interface MentionRef {
  entity: Entity;
  start: number; // token index
  end: number;
}

const INSTITUTION = new Set(['ministry', 'army', 'government', 'office', 'department', 'agency', 'commission', 'tribunal', 'court', 'council', 'guard', 'military', 'embassy', 'presidency', 'cabinet', 'spokesman', 'spokeswoman', 'spokesperson']);
const PRONOUN = new Set(['he', 'she', 'they', 'it', 'i', 'we']);

export function resolveSource(
  text: string,
  tokens: readonly Token[],
  lower: readonly string[],
  a: number,
  b: number,
  mentions: readonly MentionRef[],
  quotes: readonly Quote[],
  cue: number,
  lastPerson: string | null = null,
): string | null {
  // ("with each side accusing the other of ...": the absolute "with" opens no part of the source)
  while (a < b && (tokens[a]!.kind === 'punct' || lower[a] === 'the' || lower[a] === 'and' || lower[a] === 'but' || lower[a] === 'with')) a++;
  while (b > a && tokens[b - 1]!.kind === 'punct') b--;
  // cut "Reuters, citing two diplomats" to its first part; "X, a doctor," to X
  for (let k = a + 1; k < b; k++) if (tokens[k]!.text === ',') { b = k; break; }
  // the auxiliaries and adverbs of the cue's verb group are no part of who spoke: "The union has"
  while (b - 1 > a && (AUX.has(lower[b - 1]!) || /^[a-z]+ly$/.test(lower[b - 1]!)) && tokens[b - 1]!.kind === 'word') b--;
  if (a >= b) return null;
  const cueTok = tokens[cue]!;
  for (const q of quotes) {
    if (!(q.cue && q.cue.start <= cueTok.start && cueTok.end <= q.cue.end && q.speaker)) continue;
    const sp = mentions.find((m) => m.entity.id === q.speaker);
    if (!sp || sp.entity.type === 'PERSON' || sp.entity.type === 'ORG' || PRONOUN.has(lower[a]!)) return q.speaker;
  }
  const span = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  // the head of "officials in Canberra", "two diplomats familiar with the matter"
  let h = b - 1;
  for (let k = a + 1; k < b; k++) {
    if (['in', 'from', 'at', 'of', 'familiar', 'close', 'with', 'who', 'briefed', 'involved'].includes(lower[k]!)) { h = k - 1; break; }
  }
  // (a head word inside an organisation's name names it: "West Yorkshire Police")
  if (UNNAMED_HEADS.has(lower[h]!) && !mentions.some((m) => (m.start >= a && m.end <= h + 1 && m.entity.type === 'PERSON') || (m.start <= h && m.end > h && m.entity.type === 'ORG'))) return `unnamed: ${span}`;
  const headLower = lower[b - 1]!;
  if (PRONOUN.has(lower[a]!)) {
    for (const q of quotes) if (q.cue && Math.abs(q.cue.start - cueTok.start) < 3 && q.speaker) return q.speaker;
    // "he said": the last person named before it, if any
    if ((lower[a] === 'he' || lower[a] === 'she') && lastPerson) return lastPerson;
    return `unnamed: ${lower[a]}`;
  }
  let best: MentionRef | null = null;
  for (const m of mentions) {
    if (m.start < a || m.end > b) continue;
    if (m.entity.type === 'MISC') continue;
    // the mention must be the head, or the head must be a person/organisation
    if (m.end === b || m.entity.type === 'PERSON' || (m.entity.type === 'ORG' && !INSTITUTION.has(headLower))) {
      if (!best || (best.entity.type !== 'PERSON' && m.entity.type === 'PERSON')) best = m;
    }
  }
  if (best && (best.end === b || best.entity.type === 'PERSON' || !INSTITUTION.has(headLower))) return best.entity.id;
  if (UNNAMED_HEADS.has(headLower) || UNNAMED_HEADS.has(lower[a]!)) return `unnamed: ${span}`;
  // ("A rebel commander": the capital of an article opening the sentence names no one)
  const first = (lower[a] === 'a' || lower[a] === 'an') && a + 1 < b ? a + 1 : a;
  const hasName = isCap(tokens[first]!.text) || mentions.some((m) => m.start >= a && m.end <= b);
  return hasName ? span.replace(/^the /i, '') : `unnamed: ${span}`;
}

/**
 * The cue says that its source did not say it: "has not said whether", "would not say", "declined
 * to say", "has yet to say". The content is then no claim of the source; the frame still bounds
 * the content, but the article reports it in its own voice.
 */
export function isNegatedCue(lower: readonly string[], cue: number, lo: number): boolean {
  for (let k = cue - 1; k >= lo && k >= cue - 5 && AUX.has(lower[k]!); k--) {
    const w = lower[k]!;
    if (NEGATORS.has(w)) return true;
    if (w === 'to' && k > lo && (NEG_GOVERNORS.has(lower[k - 1]!) || lower[k - 1] === 'yet')) return true;
  }
  return false;
}

/** Token k ends a clause before an inverted cue: a comma, or a closing quotation mark after one. */
function endsQuotedClause(tokens: readonly Token[], k: number, lo: number): boolean {
  const t = tokens[k]!.text;
  if (t === ',') return true;
  return (t === '"' || t === '”') && k > lo && tokens[k - 1]!.text === ',';
}

const COORDINATORS = new Set(['and', 'but']);

/** Words that open a subordinate clause: a source starts after them, never with them. */
const SUBORDINATORS = new Set(['although', 'though', 'whereas', 'while', 'because', 'unless', 'since', 'when', 'after', 'before']);

/**
 * The subject of the clause that ends at the "and" at `and`: a person or organisation named at the
 * clause's start (after "the"), which opens the sentence or follows ";" or a subordinator. Null
 * when the clause starts otherwise (no guess).
 */
function sharedSubject(tokens: readonly Token[], lower: readonly string[], lo: number, and: number, mentions: readonly MentionRef[]): string | null {
  let start = lo;
  for (let k = and - 1; k > lo; k--) {
    if (tokens[k]!.text === ';' || SUBORDINATORS.has(lower[k]!)) { start = k + 1; break; }
    if (tokens[k]!.text === ',' || lower[k] === 'and' || lower[k] === 'but') return null;
  }
  if (lower[start] === 'the') start++;
  // (a country speaks too: "The United States welcomed the talks and said ...")
  const m = mentions.find((x) => x.start === start && x.end < and);
  if (m && (m.entity.type === 'PERSON' || m.entity.type === 'ORG' || m.entity.type === 'LOC') && !titleRunGoesOn(tokens, m.end, and)) return m.entity.id;
  // "US Secretary of State Marco Rubio praised ... and said": a person named at the end of the
  // capitalised title run that opens the clause
  let e = start;
  while (e < and && (isCap(tokens[e]!.text) || lower[e] === 'of')) e++;
  const p = mentions.find((x) => x.end === e && x.start >= start && x.entity.type === 'PERSON');
  return p && e < and && !isCap(tokens[e]!.text) ? p.entity.id : null;
}

/** Capitalised words go on after a name: it is part of a title run ("US Secretary of State ..."). */
function titleRunGoesOn(tokens: readonly Token[], end: number, and: number): boolean {
  return end < and && isCap(tokens[end]!.text);
}

/** Words that date a cue right after it: "the companies announced on Wednesday". */
const CUE_TIME_WORDS = new Set(['on', 'late', 'earlier', 'today', 'yesterday', 'last', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Determiners that open the content's subject after the date: "said on Monday the talks would resume". */
const CONTENT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'police', 'troops']);
const LAST_UNITS = new Set(['week', 'month', 'year', 'night', 'weekend', ...WEEKDAY_NAMES]);

/**
 * "Trump said [last week] he would boycott the summit", "said [on Tuesday] he would visit Kyiv":
 * a date right after the cue, before the content's own subject (a pronoun or a name), dates the
 * saying; the content starts after it. Returns c unchanged when no such date is there.
 */
function reportDateEnd(tokens: readonly Token[], lower: readonly string[], c: number): number {
  let e = c;
  const w = lower[c] ?? '';
  if (w === 'yesterday' || w === 'today' || w === 'earlier') e = c + 1;
  else if (w === 'last' && LAST_UNITS.has(lower[c + 1] ?? '')) e = c + 2;
  else if (w === 'on' && WEEKDAY_NAMES.has(lower[c + 1] ?? '')) e = DAY_PARTS.has(lower[c + 2] ?? '') ? c + 3 : c + 2;
  else if (WEEKDAY_NAMES.has(w)) e = DAY_PARTS.has(lower[c + 1] ?? '') ? c + 2 : c + 1;
  if (e === c) return c;
  const n = tokens[e];
  return n && n.kind === 'word' && (SUBJECT_PRONOUNS.has(lower[e]!) || CONTENT_OPENERS.has(lower[e]!) || isCap(n.text)) ? e : c;
}

/**
 * "announced" reports a claim, not an object it makes public ("announced a strike"): before "that",
 * at the end of the sentence or before a date there ("..., the two companies announced on
 * Wednesday."), or before a subject and its verb group ("announced it would lift tariffs").
 */
function announcesReport(lower: readonly string[], i: number, end: number): boolean {
  const n = lower[i + 1] ?? '';
  if (i + 1 >= end || n === 'that' || n === ',' || n === '.') return true;
  if (SUBJECT_PRONOUNS.has(n) && AUX.has(lower[i + 2] ?? '')) return true;
  if (!CUE_TIME_WORDS.has(n)) return false;
  for (let k = i + 1; k < end; k++) {
    // ("..., Finance Minister Claire Dubois announced on Tuesday, escalating a trade dispute": a
    // participle after the date's comma goes on about what was announced)
    if (lower[k] === ',' && k - i <= 4 && /^[a-z]+ing$/.test(lower[k + 1] ?? '')) return true;
    if (lower[k] === ',' || lower[k] === 'a' || lower[k] === 'the' || lower[k] === 'plans' || lower[k] === 'that') return false;
  }
  return end - i <= 5;
}

/** Auxiliaries of a clause told in the article's own present perfect: "and Spain has criticised". */
const PERFECT_AUX = new Set(['has', 'have']);

/**
 * "The EU said last week it would not follow Washington's lead, and Spain has criticised the
 * measures", "..., while the European Union urged Pakistan to ...": after the comma at k,
 * "and"/"but"/"while" with a named subject of its own and a verb in -ed
 * (after "has"/"have" at most) opens the article's own clause, no part of what was said. A
 * backshifted verb ("and the talks would resume", "and Spain had agreed") stays in the report.
 */
function clauseOfItsOwnAfter(lower: readonly string[], k: number, hi: number, mentions: readonly MentionRef[]): boolean {
  const c = lower[k + 1];
  if (c !== 'and' && c !== 'but' && c !== 'while' && c !== 'whereas') return false;
  const at = lower[k + 2] === 'the' ? k + 3 : k + 2;
  const m = mentions.find((x) => x.start === at);
  if (!m || m.entity.type === 'MISC') return false;
  let v = m.end;
  if (PERFECT_AUX.has(lower[v] ?? '')) v++;
  return v < hi && /ed$/.test(lower[v]!) && !!verbEntry(lower[v]!);
}

/** Modals and auxiliaries right after a reported clause's pronoun subject: "it would", "they had". */
const CONTENT_MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'must', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'does', 'wo', 'can']);

const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been']);

/** Start of the clause that ends at `at`: after the last ";", ", and", ", but" or ", while" before it, else lo. */
function passiveClauseStart(tokens: readonly Token[], lower: readonly string[], lo: number, at: number): number {
  for (let k = at - 1; k > lo; k--) {
    if (tokens[k]!.text === ';') return k + 1;
    if (tokens[k]!.text === ',' && (lower[k + 1] === 'and' || lower[k + 1] === 'but' || lower[k + 1] === 'while')) return k + 2;
  }
  return lo;
}

/** Attribution frames of a sentence [lo, hi). */
// ("it": "imposed sanctions on 14 companies it accused of ...": the company's or country's pronoun)
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/**
 * "Judge Enock Mwita ruled that the National Security Council had no power to deploy police": a
 * court's ruling reports what it holds, as "said" does, so the clause after "that" is its content
 * and the judge is its source, no actor in it. ("ruled out", "ruled the country" are no reports.)
 */
function rulingThat(lower: readonly string[], i: number, hi: number): boolean {
  const w = lower[i];
  return (w === 'ruled' || w === 'rules') && i + 1 < hi && lower[i + 1] === 'that';
}

export function findAttributions(
  text: string,
  tokens: readonly Token[],
  lower: readonly string[],
  lo: number,
  hi: number,
  mentions: readonly MentionRef[],
  quotes: readonly Quote[],
  lastPerson: string | null = null,
): Attribution[] {
  const out: Attribution[] = [];
  const lastPersonBefore = (k: number) => {
    let best = lastPerson;
    for (const m of mentions) if (m.entity.type === 'PERSON' && m.end <= k) best = m.entity.id;
    return best;
  };
  let end = hi;
  while (end > lo && tokens[end - 1]!.kind === 'punct') end--;
  for (let i = lo; i < hi; i++) {
    const w = lower[i]!;
    if (w === 'according' && lower[i + 1] === 'to') {
      let j = i + 2;
      while (j < hi && tokens[j]!.text !== ',' && tokens[j]!.kind !== 'punct') j++;
      const who = resolveSource(text, tokens, lower, i + 2, j, mentions, quotes, i);
      // the content is the rest of the sentence: before "according" when it ends the sentence, and
      // the whole sentence when the source is a parenthesis after a clause ("X did not impose
      // sanctions, according to officials, despite calls ...")
      const parenthesis = i > lo + 2 && tokens[i - 1]!.text === ',' && j < end && tokens[j]!.text === ',';
      out.push({ source: [i, j], content: j >= end ? [lo, i] : parenthesis ? [lo, hi] : [j, hi], cue: i, who });
      i = j;
      continue;
    }
    if (w === 'reportedly' || w === 'allegedly') {
      out.push({ source: [i, i + 1], content: [lo, hi], cue: i, who: `unnamed: ${w}` });
      continue;
    }
    // "heavy fighting was reported along the river": a passive report names no source; what it
    // reports is its own clause, from its subject on (as "reportedly")
    if ((w === 'reported' || w === 'rumoured' || w === 'rumored') && i > lo && PASSIVE_BE.has(lower[i - 1]!)) {
      out.push({ source: [i - 1, i + 1], content: [passiveClauseStart(tokens, lower, lo, i - 1), hi], cue: i, who: 'unnamed: reportedly' });
      continue;
    }
    const deny = DENY.has(w);
    const accuse = (w === 'accused' || w === 'accuses' || w === 'accusing') && i + 1 < hi;
    if (!SPEECH.has(w) && !deny && !accuse && !rulingThat(lower, i, hi)) continue;
    // "the funeral of Nadir Said": a capitalised cue inside a sentence is a name
    if (i > lo && isCap(tokens[i]!.text) && tokens[i - 1]!.kind === 'word') continue;
    // "territorial claims", "the reports": nouns, not cues
    if ((w === 'claims' || w === 'reports' || w === 'notes' || w === 'posted' || w === 'alleges') && i > lo && !isCap(tokens[i - 1]!.text) && !['he', 'she', 'it', 'who', 'that'].includes(lower[i - 1]!)) continue;
    if (i > lo && /^(the|a|an|its|their|his|her)$/.test(lower[i - 1]!)) continue;
    // "detained 30 people over alleged links to militants", "for reported abuses": a participle
    // right after a preposition is an adjective; it reports nothing, and the arrest before it is no source
    if (i > lo && /ed$/.test(w) && PREPOSITIONS.has(lower[i - 1]!) && lower[i - 1] !== 'to' && lower[i - 1] !== 'by') continue;
    // a backward tail is short and has no verb of its own ("..., and polls suggest it will be close")
    let tailVerb = false;
    for (let k = i + 1; k < end && k < i + 10; k++) if (['will', 'would', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'could', 'can', 'may', 'might'].includes(lower[k]!)) tailVerb = true;
    if (w === 'announced' && !announcesReport(lower, i, end)) continue;
    if (w === 'told' && i + 1 < hi && lower[i + 1] !== 'reporters' && tokens[i + 1]!.kind === 'word' && lower[i + 2] === 'to') continue;
    // backward: "..., X said [on Tuesday]." — the cue's clause ends the sentence
    let tailOk = true;
    let tailEnd = end;
    for (let k = i + 1; k < end; k++) {
      if (tokens[k]!.text === ',' ) { tailEnd = k; break; }
      if (lower[k] === 'that' || (tokens[k]!.kind === 'punct' && lower[k] !== '.') || k - i > 9) { tailOk = false; break; }
    }
    let comma = -1;
    for (let k = i - 1; k > lo && k >= i - 12; k--) {
      if (tokens[k]!.text === ',' || tokens[k]!.text === '”' || tokens[k]!.text === '"') { comma = k; break; }
    }
    // (a backward source is never empty: in '"...," said X' the cue opens an inverted source; nor
    // does it open a subordinate clause: "..., although neither side has confirmed a time" is
    // a clause of its own, and reports nothing of the one before)
    // (", and Senator Holt said she backs the bill": a clause coordinated after the comma opens a
    // report of its own, forward)
    if (!deny && !accuse && tailOk && !tailVerb && comma > lo && comma < i - 1 && !SUBORDINATORS.has(lower[comma + 1]!) && !COORDINATORS.has(lower[comma + 1]!)) {
      const who = resolveSource(text, tokens, lower, comma + 1, i, mentions, quotes, i, lastPersonBefore(comma + 1));
      // ", the Lebanese army said, hours after ..." reports both sides of the parenthesis
      if (tailEnd < end) out.push({ source: [comma + 1, tailEnd + 1], content: [lo, hi], cue: i, who });
      else out.push({ source: [comma + 1, hi], content: [lo, comma], cue: i, who });
      continue;
    }
    // inverted: "..., said X.", '"...," said X.'
    if (!deny && !accuse && i > lo && endsQuotedClause(tokens, i - 1, lo) && i + 1 < end && isCap(tokens[i + 1]!.text)) {
      const who = resolveSource(text, tokens, lower, i + 1, end, mentions, quotes, i);
      out.push({ source: [i, hi], content: [lo, i - 1], cue: i, who });
      continue;
    }
    // "X said ... and accused Y of ...": the coordinated cue shares the first cue's source
    if (i > lo && lower[i - 1] === 'and' && out.length) {
      const prev = out[out.length - 1]!;
      let c = i + 1;
      if (accuse) { while (c < hi && lower[c] !== 'of' && c < i + 8) c++; c++; }
      out.push({ source: prev.source, content: [Math.min(c, hi), hi], cue: i, who: prev.who });
      continue;
    }
    // forward: source = from the clause start to the cue; content after "that"/recipient/adverbials
    let s = i;
    while (s > lo) {
      const pw = lower[s - 1]!;
      const pt = tokens[s - 1]!.text;
      // ("said her client denied ...": an earlier cue's content holds this cue's source)
      if (pt === ';' || pt === ':' || pw === 'and' || pw === 'but' || pw === 'that' || pw === 'if' || SUBORDINATORS.has(pw) || REPORTING_VERBS.has(pw)) break;
      if ((pw === 'which' || pw === 'who') && !(s - 2 >= lo && tokens[s - 2]!.text === ',')) break;
      if (pt === ',') {
        // "Tanaka, who has shuttled ..., said": skip the relative clause back to its comma
        let r = s - 2;
        while (r > lo && tokens[r]!.text !== ',' && r > s - 20) r--;
        // (", speaking on condition of anonymity, said": a participle phrase about the speaker)
        if (r > lo && tokens[r]!.text === ',' && (lower[r + 1] === 'who' || lower[r + 1] === 'citing' || /^(a|an|the)$/.test(lower[r + 1]!) || /^[a-z]+ing$/.test(tokens[r + 1]!.text))) { s = r; continue; }
        // ("His lawyer, Elena Ruiz, said": a name in apposition to the subject)
        if (r > lo && tokens[r]!.text === ',' && mentions.some((m) => m.start === r + 1 && m.end === s - 1 && (m.entity.type === 'PERSON' || m.entity.type === 'ORG'))) { s = r; continue; }
        if (lower[s] === 'citing') { s--; continue; }
        break;
      }
      s--;
      if (i - s > 14) break;
    }
    // (a dateline's credit is no source: "NIAMEY, July 27 (Wire) - Soldiers said ...")
    s = Math.max(s, lo, datelineEnd(tokens, lo, hi));
    // "Police arrested a man they believe to be ...": a pronoun subject right before the cue is the
    // whole source; what comes before it is another clause
    if (i - 1 > s && SUBJECT_PRONOUNS.has(lower[i - 1]!) && tokens[i - 2]!.kind === 'word') s = i - 1;
    let c = i + 1;
    if (accuse) {
      while (c < hi && lower[c] !== 'of' && c < i + 8) c++;
      if (lower[c] !== 'of') continue;
      c++;
    } else {
      for (let k = i + 1; k < Math.min(hi, i + 10); k++) {
        // ("said Indian troops had opened fire first and that it had responded": a second "that"
        // after "and" opens the second half of the content; the first starts after the cue)
        if (lower[k] === 'that' && (lower[k - 1] === 'and' || lower[k - 1] === 'but')) break;
        if (lower[k] === 'that') { c = k + 1; break; }
        // ("said last year it would sue any institution that seized its assets": after the
        // content's own subject and modal, "that" opens a relative clause inside the content)
        if (SUBJECT_PRONOUNS.has(lower[k]!) && CONTENT_MODALS.has(lower[k + 1] ?? '')) break;
      }
      if (c === i + 1) c = reportDateEnd(tokens, lower, c);
    }
    // content stops before a coordinated verb of the same subject: "said X and accused Y", "said
    // the vote was peaceful but criticised restrictions"
    let ce = hi;
    const denied = deny ? denialObjectEnd(lower, i, hi) : -1;
    if (denied >= 0) ce = denied;
    for (let k = c; k < ce - 1; k++) {
      if ((lower[k] === 'and' || lower[k] === 'but') && verbEntry(lower[k + 1]!) && /ed$/.test(lower[k + 1]!)) { ce = k; break; }
      if (tokens[k]!.text === ',' && clauseOfItsOwnAfter(lower, k, ce, mentions)) { ce = k; break; }
      // "announced it would lift tariffs, a concession welcomed by farm groups": an apposition
      // about the whole report is the article's comment on it
      if (tokens[k]!.text === ',' && (lower[k + 1] === 'a' || lower[k + 1] === 'an') && k + 2 < hi && !isCap(tokens[k + 2]!.text) && k - c >= 3) { ce = k; break; }
    }
    let who = isNegatedCue(lower, i, lo) ? null : resolveSource(text, tokens, lower, s, i, mentions, quotes, i, lastPersonBefore(s));
    // "The union condemned the vote and said it would hold a protest": the cue shares the subject of
    // the verb it is coordinated with; only who speaks is taken, the source span stays the cue
    if (!who && s === i && lower[i - 1] === 'and' && !isNegatedCue(lower, i, lo)) who = sharedSubject(tokens, lower, lo, i - 1, mentions);
    out.push({ source: [s, i + 1], content: [c, ce], cue: i, who });
  }
  return out;
}
