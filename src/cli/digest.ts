import type { Analysis } from '../document/analysis.js';
import type { Entity, Timex } from '../document/types.js';

/*
 * The human digest of one analysis: who appears (with roles), who said what, what
 * happened when, and how each date was resolved. Each line is short enough to scan.
 */

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** A quotation's own outer marks, which the digest's marks replace: `“We are ready,”` -> `We are ready,`. */
const withoutMarks = (s: string) => s.replace(/^\s*["“”‘’']+/, '').replace(/["“”‘’']+\s*$/, '');

function entityLine(e: Entity): string {
  const titles = e.titles.length ? ` — ${e.titles.join('; ')}` : '';
  const n = e.mentions.length;
  return `  ${e.type.padEnd(6)} ${e.name}${titles} (${n} mention${n === 1 ? '' : 's'})`;
}

export function formatDigest(a: Analysis): string {
  const d = a.document;
  const byId = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
  const timeById = new Map<string, Timex>(a.times.map((t) => [t.id, t]));
  const name = (id: string | null) => (id ? (byId.get(id)?.name ?? id) : null);
  const when = (id: string | null) => (id ? (timeById.get(id)?.value ?? id) : null);
  const lines: string[] = [];
  lines.push(`== ${d.title ?? d.id}`);
  lines.push(`   source: ${d.source}   published: ${d.published ?? 'unknown'}   sentences: ${a.sentences.length}`);
  if (d.excluded.length) lines.push(`   excluded: ${d.excluded.map((x) => `${x.reason} "${clip(d.text.slice(x.start, x.end), 40)}"`).join(', ')}`);

  const actors = a.entities.filter((e) => e.type === 'PERSON' || e.type === 'ORG');
  const places = a.entities.filter((e) => e.type === 'LOC');
  lines.push('People and organisations:');
  lines.push(...(actors.length ? actors.map(entityLine) : ['  (none found)']));
  if (places.length) lines.push(`Places: ${places.map((p) => p.name).join(', ')}`);

  lines.push('Quotes:');
  if (!a.quotes.length) lines.push('  (none found)');
  // A reader scans a digest for who said what: reported speech that names no source at all
  // ("the meeting seemed to clear the air") is left to the JSON; a quotation without a speaker
  // stays, since an unattributed quotation is itself worth seeing.
  const sourceless = (q: Analysis['quotes'][number]) => q.kind !== 'direct' && !q.speaker && !q.speakerText;
  for (const q of a.quotes) {
    if (sourceless(q)) continue;
    const who = name(q.speaker) ?? (q.speakerText ? `${q.speakerText} (unnamed)` : 'unknown speaker');
    // (a channel the cue already holds, "said in a post on X", is not repeated)
    const channel = q.channel && !q.cue?.text.includes(q.channel) ? q.channel : null;
    const extra = [q.kind, q.cue?.text, channel, when(q.time)].filter(Boolean).join(', ');
    lines.push(`  ${who}: “${clip(q.kind === 'direct' ? withoutMarks(q.text) : q.text, 140)}” (${extra})`);
  }
  const hidden = a.quotes.filter(sourceless).length;
  if (hidden) lines.push(`  (and ${hidden} reported statement${hidden === 1 ? '' : 's'} naming no source; --format json lists them)`);

  lines.push('Events:');
  if (!a.events.length) lines.push('  (none found)');
  // one line per event: who — what — whom — where — when (status, source), then its sentence
  // a headline event restated in the body (`sameAs`) is one happening: the body's line says "also in the headline"
  const restated = new Set(a.events.map((ev) => ev.sameAs).filter(Boolean));
  for (const ev of a.events) {
    if (ev.sameAs) continue;
    const actors = ev.actors ?? ev.participants;
    const targets = ev.targets ?? [];
    const who = actors.map((p) => name(p)).join(', ') || '?';
    const whom = targets.map((p) => name(p)).join(', ') || '—';
    const what = `${ev.type}${ev.cameo ? ` [${ev.cameo}]` : ''} “${clip(ev.text, 40)}”`;
    const src = ev.attributedTo ? (byId.has(ev.attributedTo) ? name(ev.attributedTo) : ev.attributedTo) : 'article';
    const t = ev.time ? timeById.get(ev.time) : undefined;
    const whenText = t ? `${t.value} (“${clip(t.text, 30)}”)` : '?';
    const also = restated.has(ev.id) ? ', also in the headline' : '';
    lines.push(`  ${who} — ${what} — ${whom} — ${name(ev.place) ?? '?'} — ${whenText} (${ev.status}, ${src}${also})`);
    lines.push(`      “${clip(ev.sentence?.text ?? ev.text, 200)}”`);
  }

  if (a.stances.length) {
    lines.push('Stances:');
    for (const s of a.stances) lines.push(`  ${name(s.holder)} ${s.polarity === 'support' ? 'supports' : 'opposes'} ${s.issue}`);
  }

  lines.push('Dates:');
  if (!a.times.length) lines.push('  (none found)');
  for (const t of a.times) lines.push(`  “${clip(t.text, 40)}” → ${t.value} (${t.type})`);
  return `${lines.join('\n')}\n`;
}
