import type Database from 'better-sqlite3';
import type { Entity } from '../document/types.js';
import { contextSimilarity } from './context.js';
import { acronymKey, initialsOf } from '../entities/index.js';
import { nameKey, surnameKey } from './names.js';

/** The initials of a multi-word name ("European Union" -> "EU"); '' for one word. */
const initialsKey = (name: string): string => {
  const words = name.split(/\s+/);
  return words.length < 2 ? '' : initialsOf(words);
};

/*
 * Cross-article entity resolution: each entity of a new article becomes one actor. Actors
 * with the same type and name key are candidates; for people, the article context decides
 * between them, and a context unlike every candidate's makes a new actor, so two people who
 * share a name stay apart. Manual decisions come first: a split pins (document, name) to an
 * actor, and a merge redirects an actor to another.
 */

/** Below this similarity, a person with a rich context is taken to be someone new. */
const SAME_PERSON = 0.12;
/** Feature count from which a context is rich enough to tell people apart. */
const RICH = 8;
const PROFILE_LINKS = 40;

export interface Resolver {
  resolve(docKey: string, e: Entity, context: string[]): number;
}

export function createResolver(db: Database.Database, now: () => string): Resolver {
  const splitFor = db.prepare<[string, string], { target: number }>(
    "SELECT target FROM decisions WHERE kind = 'split' AND doc_key = ? AND name_key = ? ORDER BY id DESC LIMIT 1",
  );
  const mergedInto = db.prepare<[number], { merged_into: number | null }>('SELECT merged_into FROM actors WHERE id = ?');
  const byKey = db.prepare<[string, string], { id: number }>(
    // Merged actors are kept: their name still leads, through the merge, to the actor they joined.
    'SELECT id FROM actors WHERE type = ? AND name_key = ? ORDER BY id',
  );
  const bySurname = db.prepare<[string], { id: number }>(
    "SELECT id FROM actors WHERE type = 'PERSON' AND name_key LIKE '% ' || ? ORDER BY id",
  );
  const profile = db.prepare<[number, number], { context: string }>(
    'SELECT context FROM entity_links WHERE actor = ? ORDER BY doc DESC LIMIT ?',
  );
  const insertActor = db.prepare<[string, string, string, string]>(
    'INSERT INTO actors (type, name, name_key, created_at) VALUES (?, ?, ?, ?)',
  );
  const byAcronym = db.prepare<[string], { id: number }>('SELECT actor AS id FROM actor_acronyms WHERE acronym = ?');
  const byAcronymName = db.prepare<[string], { id: number }>(
    "SELECT id FROM actors WHERE type != 'PERSON' AND name_key = ? ORDER BY id",
  );
  const recordAcronym = db.prepare<[string, number]>('INSERT OR IGNORE INTO actor_acronyms (acronym, actor) VALUES (?, ?)');

  /**
   * Actors an organisation or place may be known by under an acronym: for "EU" alone, the one
   * actor seen with "EU" beside its full name, or the one called "EU"; for "European Union" with
   * "EU" among its mentions, the one called "EU". Nothing when two actors fit.
   */
  const acronymCandidates = (e: Entity, acronyms: readonly string[]): number[] => {
    const found = new Set<number>();
    const own = acronymKey(e.name);
    if (own) for (const r of byAcronym.all(own)) found.add(follow(r.id));
    if (initialsKey(e.name)) for (const a of acronyms) for (const r of byAcronymName.all(nameKey(a))) found.add(follow(r.id));
    return found.size === 1 ? [...found] : [];
  };

  const follow = (id: number): number => {
    for (let hops = 0; hops < 100; hops++) {
      const next = mergedInto.get(id)?.merged_into;
      if (next == null) return id;
      id = next;
    }
    return id;
  };

  const profileOf = (actor: number): Set<string> => {
    const out = new Set<string>();
    for (const r of profile.all(actor, PROFILE_LINKS)) for (const f of JSON.parse(r.context) as string[]) out.add(f);
    return out;
  };

  return {
    resolve(docKey, e, context) {
      const key = nameKey(e.name);
      const pinned = splitFor.get(docKey, key);
      if (pinned) return follow(pinned.target);

      let candidates = [...new Set(byKey.all(e.type, key).map((r) => follow(r.id)))];
      // A lone surname ("Mensah") may be a known person's: only when exactly one fits.
      if (!candidates.length && e.type === 'PERSON' && !key.includes(' ')) {
        const bySur = [...new Set(bySurname.all(surnameKey(key)).map((r) => follow(r.id)))];
        if (bySur.length === 1) candidates = bySur;
      }
      if (e.type !== 'PERSON') {
        const acronyms = acronymsOf(e);
        if (!candidates.length) candidates = acronymCandidates(e, acronyms);
        const actor = candidates.length ? candidates[0]! : Number(insertActor.run(e.type, e.name, key, now()).lastInsertRowid);
        // an organisation seen with its acronym beside its full name is found again by the acronym alone
        if (initialsKey(e.name)) for (const a of acronyms) recordAcronym.run(a, actor);
        return actor;
      }
      if (candidates.length) {
        let best = candidates[0]!;
        let bestSim = -1;
        let bestSize = 0;
        for (const c of candidates) {
          const p = profileOf(c);
          const sim = contextSimilarity(context, p);
          if (sim > bestSim) [best, bestSim, bestSize] = [c, sim, p.size];
        }
        const canTell = context.length >= RICH && bestSize >= RICH;
        if (bestSim >= SAME_PERSON || !canTell) return best;
      }
      return Number(insertActor.run(e.type, e.name, key, now()).lastInsertRowid);
    },
  };
}

/** The acronyms among an entity's mentions that spell its name's initials ("EU" for "European Union"). */
function acronymsOf(e: Entity): string[] {
  const initials = initialsKey(e.name);
  if (!initials) return [];
  const out = new Set<string>();
  for (const m of e.mentions) {
    const a = acronymKey(m.text);
    if (a && a === initials) out.add(a);
  }
  return [...out];
}
