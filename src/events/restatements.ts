/**
 * A headline and the story's lead report one happening twice: "EU ministers agree to extend Russia
 * sanctions" over "European Union foreign ministers agreed on Monday to extend economic sanctions on
 * Russia ...". Both mentions stay in the layer, each with its own evidence; the headline's gets
 * `sameAs`, the id of the body mention it restates, which usually says more (a date, a source), so a
 * reader, the digest and the store count the happening once.
 *
 * Only the headline is linked: later in a story the same type and actor are often another happening
 * ("the ministers will meet again"), and nothing but the headline is so reliably a summary of the body.
 */
import type { DossierEvent, Span, Timex } from '../document/types.js';

/** The text's first sentence when it is a headline: a first paragraph of that one sentence, with no closing stop. */
export function headlineSentence(text: string, sentences: readonly Span[], paragraphs: readonly Span[]): Span | null {
  const s = sentences[0];
  const p = paragraphs[0];
  if (!s || !p || sentences.length < 2 || s.start < p.start || s.end < p.end) return null;
  return /[.!?]["”’']?$/.test(text.slice(s.start, s.end).trimEnd()) ? null : s;
}

/** Two values of the time layer that cannot be one day: both given, and neither contains the other. */
function clashingTimes(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && !a.startsWith(b) && !b.startsWith(a);
}

/** Whether body event `b` can be the happening headline event `h` reports. */
function restates(h: DossierEvent, b: DossierEvent, timeValue: ReadonlyMap<string, string>): boolean {
  if (h.type !== b.type || h.status !== b.status) return false;
  // who acts, when the headline says, must be shared: the same act by someone else is another
  // happening. Headlines often leave the actor out ("Drone strikes hit Kharkiv" over "Russian drones
  // struck ..."; "Thousands march" over "Tens of thousands marched"), and then the first event of the
  // type in the body is the one summed up.
  const actorsH = h.actors ?? h.participants;
  const actorsB = b.actors ?? b.participants;
  if (actorsH.length && !actorsH.some((p) => actorsB.includes(p))) return false;
  if (h.place && b.place && h.place !== b.place) return false;
  return !clashingTimes(h.time ? timeValue.get(h.time) : undefined, b.time ? timeValue.get(b.time) : undefined);
}

/**
 * Sets `sameAs` on each headline event to the body's first event of its type, when that one restates
 * it. Only the first: a headline sums up the lead, and a later event of the type that happens to fit
 * ("In a separate attack, ...") is another happening.
 */
export function linkHeadlineRestatements(text: string, sentences: readonly Span[], paragraphs: readonly Span[], times: readonly Timex[], events: DossierEvent[]): void {
  const head = headlineSentence(text, sentences, paragraphs);
  if (!head) return;
  const timeValue = new Map(times.map((t) => [t.id, t.value]));
  for (const h of events) {
    if (h.start >= head.end) break;
    const b = events.find((e) => e.start >= head.end && e.type === h.type);
    if (b && restates(h, b, timeValue)) h.sameAs = b.id;
  }
}
