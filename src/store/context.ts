import type { Analysis } from '../document/analysis.js';
import type { Entity } from '../document/types.js';
import { sentenceOf } from './evidence.js';
import { nameKey } from './names.js';

/*
 * An entity's context in one article, as a small set of weighted features: the words of its
 * titles, the other actors it appears with, and the content words of the sentences that
 * mention it. Two people who share a name ("David Mensah" the economist and the midfielder)
 * share almost none of these; one person across articles on different topics keeps titles
 * and companions.
 */

const STOP = new Set(
  `about above after again against also although among another because been before being below between both could does doing during each either every first from further have having here however into itself just last later many more most much must next none often only other over same says said should since some such than that their them then there these they this those though through under until very were what when where which while whom will with within without would year years week weeks month months told according percent million billion`.split(
    /\s+/,
  ),
);

export const WEIGHTS: Record<string, number> = { t: 3, e: 2, w: 1 };
const MAX_WORDS = 30;

export function entityContext(a: Analysis, e: Entity): string[] {
  const features = new Set<string>();
  for (const t of e.titles) for (const w of nameKey(t).split(' ')) if (w.length > 2) features.add(`t:${w}`);
  for (const other of a.entities) if (other.id !== e.id && other.type !== 'MISC') features.add(`e:${nameKey(other.name)}`);
  const own = new Set(nameKey(e.name).split(' '));
  const counts = new Map<string, number>();
  const seen = new Set<number>();
  for (const m of e.mentions) {
    const s = sentenceOf(a, m.start);
    if (seen.has(s.start)) continue;
    seen.add(s.start);
    for (const w of a.document.text.slice(s.start, s.end).toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
      if (!STOP.has(w) && !own.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, MAX_WORDS)
    .forEach(([w]) => features.add(`w:${w}`));
  return [...features];
}

const weightOf = (f: string) => WEIGHTS[f[0]!] ?? 1;

/** Weighted overlap coefficient of two feature sets, in [0, 1]. */
export function contextSimilarity(a: readonly string[], b: ReadonlySet<string>): number {
  let shared = 0;
  let wa = 0;
  for (const f of a) {
    const w = weightOf(f);
    wa += w;
    if (b.has(f)) shared += w;
  }
  let wb = 0;
  for (const f of b) wb += weightOf(f);
  const denom = Math.min(wa, wb);
  return denom > 0 ? shared / denom : 0;
}
