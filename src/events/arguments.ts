/**
 * Arguments of an event from its own clause: participants (entity mentions, each member of a
 * coordinated group, demonyms as their country), place (the first place a locative
 * preposition attaches, the object of a visit, or a place naming a nominal trigger), and time
 * (the DATE/TIME expression of the clause, after the trigger first).
 */
import type { Entity, Timex, Token } from '../document/types.js';
import { countryOfDemonym, countryOfName, isTitleWord } from '../entities/index.js';
import type { MentionRef } from './attribution.js';
import type { Trigger } from './detect.js';
import { lightVerb, verbEntry } from './lexicon.js';
import { CLAUSE_OPENERS, LOCATIVE, PREPOSITIONS, isCap } from './words.js';

const PREP = new Set([...PREPOSITIONS].filter((w) => !LOCATIVE.has(w) && w !== 'of' && w !== 'to'));

export interface Region {
  lo: number;
  hi: number;
  /** Token ranges inside [lo, hi) that do not belong to the event (sources, other contents, relative clauses). */
  holes: Array<[number, number]>;
}

export function inRegion(r: Region, a: number, b: number): boolean {
  if (a < r.lo || b > r.hi) return false;
  for (const [x, y] of r.holes) if (a < y && b > x) return false;
  return true;
}

const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'broke', 'began', 'came', 'went', 'took', 'made', 'said', 'gave', 'fell', 'rose', 'won', 'lost', 'left', 'met', 'held', 'sent', 'struck', 'fought', 'saw', 'became', 'ran', 'told', 'found', 'brought', 'kept', 'led']);
const PLACE_FILLERS = new Set(['the', 'a', 'an', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'border', 'city', 'town', 'village', 'capital', 'province', 'region', 'state', 'district', 'of', 'island', 'port', 'coastal', 'rebel-held', 'neighbouring', 'neighboring', 'nearby', 'occupied', 'disputed', 'breakaway', 'restive', 'frontier', 'areas', 'area', 'outskirts', 'suburb', 'suburbs', 'centre', 'center', 'heart', 'streets', 'parts', 'part', 'county', 'downtown', 'upper', 'lower', 'far', 'remote', 'country', 'new', 'town', 'villages', 'cities', 'towns']);
const AFTER_PLACE_OK = new Set(['and', 'or', 'where', 'which', 'who', 'that', 'last', 'this', 'next', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'overnight', 'early', 'late', 'on', 'in', 'at', 'for', 'to', 'from', 'with', 'after', 'before', 'during', 'since', 'until', 'by', 'as', 'over', 'amid', 'ahead', 'when', 'while', 'but', 'of', 'near', 'against']);
const SUBORDINATORS = new Set(['after', 'before', 'because', 'when', 'while', 'as', 'since', 'until', 'once', 'although', 'though', 'but']);

/**
 * The clause around a trigger: bounded by ";", ", where/while/but ...", ", and <clause>",
 * subordinators that open another event's clause ("after Washington imposed ..."), and for a
 * verb coordinated with an earlier trigger ("phoned Y and urged restraint") the earlier verb
 * phrase is left out, so the subject is shared but not the object.
 */
export function clauseOf(tokens: readonly Token[], lower: readonly string[], lo: number, hi: number, tr: Trigger, all: readonly Trigger[]): Region & { coordinated: boolean } {
  let a = lo;
  let b = hi;
  const holes: Array<[number, number]> = [];
  const cut = (k: number, from: number) => {
    // a boundary at k: the piece from `from` on
    if (k < tr.start) a = Math.max(a, from);
    else if (k >= tr.end) b = Math.min(b, k);
  };
  for (let k = lo; k < hi; k++) {
    const t = tokens[k]!.text;
    const w = lower[k]!;
    if (t === ';' || t === '—' || t === '–') cut(k, k + 1);
    else if (t === ',' && k + 1 < hi && CLAUSE_OPENERS.has(lower[k + 1]!)) {
      let e = k + 2;
      while (e < hi && tokens[e]!.text !== ',' && tokens[e]!.text !== ';') e++;
      if (tr.start > k && tr.start < e) {
        a = Math.max(a, k + 1);
        b = Math.min(b, e);
      } else if (lower[k + 1] === 'who' || lower[k + 1] === 'which' || lower[k + 1] === 'whose') {
        holes.push([k, e]);
      } else if (k >= tr.end) b = Math.min(b, k);
      else a = Math.max(a, e);
    } else if (t === ',' && lower[k + 1] === 'and' && k + 2 < hi && !verbLike(lower[k + 2]!)) cut(k, k + 2);
    else if (SUBORDINATORS.has(w) && k > lo) {
      // only when a verb follows within six tokens (a new clause, not a PP: "after the talks")
      let verb = false;
      for (let j = k + 1; j < hi && j <= k + 6 && !verb; j++) verb = FINITE.has(lower[j]!) || (/ed$/.test(lower[j]!) && j > k + 1);
      const opens = verb || all.some((o) => o !== tr && o.start > k && o.start <= k + 6) || (w === 'but' && k + 1 < hi);
      const mine = tr.start > k && tr.start <= k + 6;
      if (opens || mine) cut(k, k + 1);
    }
  }
  let coordinated = false;
  if (tr.start > lo && lower[tr.start - 1] === 'and' && !tr.nominal) {
    const prev = [...all].reverse().find((o) => o.end <= tr.start - 1 && !o.nominal && o !== tr);
    if (prev && prev.start >= a) {
      holes.push([prev.start, tr.start]);
      coordinated = true;
    }
  }
  // a meeting's purpose ("met ... to discuss the crisis in the Sahel") is not part of it
  if ((tr.type === 'MEET' || tr.type === 'CALL') && tr.predicate < 0) {
    for (let k = tr.end; k < b - 1; k++) if (lower[k] === 'to' && tokens[k + 1]!.kind === 'word' && !isCap(tokens[k + 1]!.text) && !DET.has(lower[k + 1]!)) { b = k; break; }
  }
  return { lo: a, hi: b, holes, coordinated };
}

const DET = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
function verbLike(w: string): boolean {
  return /(ed|s)$/.test(w) && !DET.has(w);
}

/** ", where ..." clauses take the place named right before the comma. */
export function wherePlace(lower: readonly string[], region: Region, mentions: readonly MentionRef[]): MentionRef | null {
  if (lower[region.lo] !== 'where') return null;
  for (const m of mentions) if (m.end === region.lo - 1 && m.entity.type === 'LOC') return m;
  return null;
}

/** A country-modifier before a title and a person ("Italian Foreign Minister Carla Bettini", "Japan's ..."). */
function isModifier(tokens: readonly Token[], lower: readonly string[], m: MentionRef, personStarts: ReadonlySet<number>, hi: number): boolean {
  if (m.entity.type === 'PERSON') return false;
  // "an Ohio Republican", "the London-based institute": a place used as an adjective
  const before = lower[m.start - 1];
  if ((before === 'an' || before === 'a') && m.end < hi && (isCap(tokens[m.end]!.text) || tokens[m.end]!.text === '-')) return true;
  let k = m.end;
  if (lower[k] === "'s" || lower[k] === '’s' || lower[k] === 's' || lower[k] === "'" || lower[k] === '’') k++;
  if (lower[k] === 's') k++;
  const start = k;
  for (; k < hi && k < start + 6; k++) {
    if (personStarts.has(k)) return k > start;
    const w = tokens[k]!.text;
    if (!(isCap(w) || isTitleWord(w) || lower[k] === 'of' || lower[k] === 'central' || lower[k] === 'bank' || lower[k] === 'foreign' || lower[k] === 'policy' || lower[k] === 'deputy' || lower[k] === '-')) return false;
  }
  return false;
}

export function participantsOf(
  tokens: readonly Token[],
  lower: readonly string[],
  region: Region,
  mentions: readonly MentionRef[],
  personStarts: ReadonlySet<number>,
  placeMention: MentionRef | null,
  countryEntity: (e: Entity) => Entity,
  datelineEnd: number,
): { ids: string[]; before: string[]; after: string[]; tr?: never } & { positions: number[] } {
  const ids: string[] = [];
  const positions: number[] = [];
  for (const m of mentions) {
    if (m.start < region.lo) continue;
    if (m.start >= region.hi) break;
    if (!inRegion(region, m.start, m.end)) continue;
    if (m.start < datelineEnd) continue;
    if (placeMention && m.start === placeMention.start) continue;
    let e = m.entity;
    if (e.type === 'MISC') {
      const c = countryOfDemonym(e.name);
      if (!c) continue;
      e = countryEntity(e);
    }
    if (e.type === 'LOC' || m.entity.type === 'MISC') {
      // a place after a locative preposition is a location, not an actor
      let k = m.start - 1;
      while (k >= region.lo && k >= m.start - 5 && !LOCATIVE.has(lower[k]!) && lower[k] !== 'to' && tokens[k]!.kind === 'word' && !PREP.has(lower[k]!) && !isCap(tokens[k]!.text) && lower[k] !== 'and') k--;
      if (k >= region.lo && (LOCATIVE.has(lower[k]!) || lower[k] === 'to')) continue;
    }
    if (isModifier(tokens, lower, m, personStarts, region.hi)) continue;
    if (!ids.includes(e.id)) {
      ids.push(e.id);
      positions.push(m.start);
    }
  }
  return { ids, before: [], after: [], positions };
}

export function placeOf(
  tokens: readonly Token[],
  lower: readonly string[],
  region: Region,
  mentions: readonly MentionRef[],
  tr: Trigger,
  datelineEnd: number,
): MentionRef | null {
  let after: MentionRef | null = null;
  let before: MentionRef | null = null;
  const visit = tr.type === 'VISIT';
  for (const m of mentions) {
    if (m.start < region.lo) continue;
    if (m.start >= region.hi) break;
    if (m.entity.type !== 'LOC' || !inRegion(region, m.start, m.end) || m.start < datelineEnd) continue;
    // "the Geneva meeting": a place naming the nominal trigger, inside the trigger's span
    if (tr.noun >= 0 && m.end === tr.noun && m.start > tr.start - 2) return m;
    if (tr.noun >= 0 && m.end === tr.noun && tr.noun === tr.head) return m;
    if (visit && m.start === tr.end && !tr.nominal) return m;
    let k = m.start - 1;
    let ok = false;
    for (; k >= region.lo && k >= m.start - 6; k--) {
      const w = lower[k]!;
      if (LOCATIVE.has(w) || (visit && w === 'to')) { ok = true; break; }
      if (!PLACE_FILLERS.has(w) || (k >= tr.start && k < tr.end)) break;
    }
    if (!ok) continue;
    // "in a further US effort": a place used as an adjective is no place
    const nx = m.end < region.hi ? tokens[m.end]! : null;
    if (nx && nx.kind === 'word' && !isCap(nx.text) && !AFTER_PLACE_OK.has(lower[m.end]!) && !/(ed|ing)$/.test(lower[m.end]!) && !FINITE.has(lower[m.end]!) && !verbEntry(lower[m.end]!) && !lightVerb(lower[m.end]!) && !['went', 'go', 'goes', 'said', 'says'].includes(lower[m.end]!)) continue;
    // "officials in Brussels", "lawmakers in Buenos Aires" before the trigger stay (they locate the actors)
    if (m.start >= tr.end) {
      if (!after) after = m;
    } else before = m;
  }
  return after ?? before;
}

export function timeOf(times: readonly Timex[], tokens: readonly Token[], region: Region, tr: Trigger, timeTok: ReadonlyMap<string, number>): Timex | null {
  let after: Timex | null = null;
  let before: Timex | null = null;
  for (const t of times) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const k = timeTok.get(t.id);
    if (k === undefined || !inRegion(region, k, k + 1)) continue;
    if (k >= tr.end) {
      if (!after) after = t;
    } else before = t;
  }
  void tokens;
  return after ?? before;
}

/** The country entity a demonym stands for, when the document names that country. */
export function countryResolver(entities: readonly Entity[]): (e: Entity) => Entity {
  const byCountry = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== 'LOC') continue;
    const c = countryOfName(e.name) ?? e.name;
    if (!byCountry.has(c)) byCountry.set(c, e);
  }
  return (e) => {
    const c = countryOfDemonym(e.name);
    return (c && byCountry.get(c)) || e;
  };
}
