/**
 * "the watchdog said", "the regulator said": a story about a fine or a ruling names the regulator
 * once and then calls it by what it is. Such a description speaks for the one regulator the
 * article has named before it; with two or more named, it stays unresolved unless the previous
 * speaker is one of them. (The same idea as "the company" in company.ts.)
 */
import type { SpeakerIndex } from './speaker.js';

/** Heads of a definite description that stands for a regulator. */
const REGULATOR_HEADS = new Set(['regulator', 'watchdog', 'supervisor']);

/** Name words only a regulator carries: "Financial Conduct Authority", "Ofgem", "Nuclear Regulatory Commission". */
const REGULATOR_NAME = /\b(?:regulator|regulatory|regulation|conduct|competition|inspectorate|ombudsman|watchdog|supervisory|supervision|oversight|standards|securities)\b|^Of[a-z]{2,}$/i;
/** A sector then a body: "Civil Aviation Authority", "Food and Drug Administration", "Electoral Commission". */
const SECTOR_BODY = /\b(?:aviation|drugs?|energy|nuclear|financial|banking|insurance|telecommunications|communications|media|electoral|election|markets|food|environment|environmental|gaming|gambling|data|information|water|rail|maritime|pensions|utilities|broadcasting|medical|nursing|dental|pharmaceutical|legal|accounting|audit|advertising|charity|press)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:authority|commission|administration|agency|board|office|council)\b/iu;

/** A regulator noun right before a name ("regulator Ofgem", "the energy watchdog Ofgem") or apposed after it ("Ofgem, the energy regulator,"). */
const DESCRIBED_BEFORE = /\b(?:regulator|watchdog|supervisor)\s+$/i;
const DESCRIBED_AFTER = /^,?\s+(?:\(\p{Lu}+\)\s*,?\s*)?(?:an?|the)\s+[^,.;]{0,40}?\b(?:regulator|watchdog|supervisor)\b/iu;

export function isRegulatorHead(head: string): boolean {
  return REGULATOR_HEADS.has(head);
}

/**
 * The regulator a description at `at` stands for: the one organisation named before it that is
 * a regulator by its name or by how the article introduces it; else the previous speaker when it
 * is one of several; else null.
 */
export function regulatorBefore(text: string, at: number, index: SpeakerIndex, previous: string | null | undefined): string | null {
  const found = new Set<string>();
  for (const m of index.mentions) {
    if (m.start >= at) break;
    if (m.type !== 'ORG' || found.has(m.entity)) continue;
    const name = index.byId.get(m.entity)?.name ?? '';
    const introduced = DESCRIBED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || DESCRIBED_AFTER.test(text.slice(m.end, m.end + 60));
    if (introduced || REGULATOR_NAME.test(name) || SECTOR_BODY.test(name)) found.add(m.entity);
  }
  if (found.size === 1) return [...found][0]!;
  return previous && found.has(previous) ? previous : null;
}
