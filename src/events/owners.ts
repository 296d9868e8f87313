/**
 * A country named only to say where an organisation is from: "Japan's Nippon Steel", "the Chinese
 * battery maker Volta Energy", "US chipmaker Nvidia". The organisation acts; the country is a
 * modifier of its name, as "Italian" is of "Foreign Minister Carla Bettini".
 */
import type { Token } from '../document/types.js';
import type { MentionRef } from './attribution.js';
import { isCap } from './words.js';

const POSS = new Set(["'s", '’s', "'", '’']);

/** Nouns that say what kind of organisation a name is: "battery maker", "lender", "the state broadcaster". */
const ORG_KINDS = new Set([
  'company', 'companies', 'firm', 'giant', 'group', 'conglomerate', 'producer', 'manufacturer', 'operator', 'carrier',
  'airline', 'bank', 'lender', 'insurer', 'retailer', 'developer', 'startup', 'start-up', 'supplier', 'miner', 'refiner',
  'broadcaster', 'newspaper', 'publisher', 'utility', 'shipper', 'exporter', 'importer', 'builder', 'contractor', 'brand',
  'fund', 'investor', 'rival', 'subsidiary', 'unit', 'maker', 'outlet', 'platform', 'network', 'agency', 'regulator',
]);

/** Words in the name of a state's own body: "Russia's Defence Ministry" acts for Russia, which stays. */
const STATE_ORGANS = new Set([
  'ministry', 'department', 'army', 'navy', 'force', 'forces', 'military', 'government', 'parliament', 'police', 'guard',
  'cabinet', 'senate', 'congress', 'assembly', 'court', 'presidency', 'central', 'embassy', 'office', 'council',
]);

/** A kind of organisation: one of the nouns above, or a compound ending in "-maker" ("carmaker", "chipmaker"). */
function isOrgKind(w: string): boolean {
  return ORG_KINDS.has(w) || (w.length > 5 && w.endsWith('maker'));
}

/**
 * The place or demonym `m` only describes an organisation named right after it: after a possessive
 * ("Japan's Nippon Steel") or through up to four lowercase words that end in a kind of organisation
 * ("the Chinese battery maker Volta Energy", "state-owned oil company"). A verb between
 * ("Chinese hackers targeted Volta Energy") ends the description, since its last word is no kind.
 */
export function describesOrganisation(tokens: readonly Token[], lower: readonly string[], m: MentionRef, orgs: ReadonlyMap<number, MentionRef>, hi: number): boolean {
  if (m.entity.type !== 'LOC' && m.entity.type !== 'MISC') return false;
  let k = m.end;
  if (POSS.has(lower[k] ?? '')) {
    k++;
    if (isCompany(orgs.get(k))) return true;
  }
  const start = k;
  while (k < hi && k < start + 4 && tokens[k]!.kind === 'word' && !isCap(tokens[k]!.text)) k++;
  return k > start && k < hi && isCompany(orgs.get(k)) && isOrgKind(lower[k - 1]!);
}

/** An organisation that is no body of a state. */
function isCompany(o: MentionRef | undefined): boolean {
  return !!o && !o.entity.name.toLowerCase().split(/[\s-]+/).some((w) => STATE_ORGANS.has(w));
}

/** Nouns for an organisation's part in one country: "Transparency International's Brazil chapter". */
const BRANCHES = new Set(['chapter', 'chapters', 'branch', 'branches', 'office', 'offices', 'arm', 'affiliate', 'section', 'unit', 'subsidiary', 'division', 'bureau', 'operations', 'operation']);

/**
 * The place `m` only says which part of an organisation acts: "Transparency International's Brazil
 * chapter", "Amnesty's Kenya office", "Nestle's India unit". The organisation's name ends right
 * before a possessive before the place, and a noun of a branch follows the place; the country does
 * not act, the organisation does.
 */
export function namesBranchOf(lower: readonly string[], m: MentionRef, orgEnds: ReadonlySet<number>): boolean {
  if (m.entity.type !== 'LOC') return false;
  if (!BRANCHES.has(lower[m.end] ?? '')) return false;
  const p = m.start - 1;
  return p >= 0 && POSS.has(lower[p]!) && orgEnds.has(p);
}
