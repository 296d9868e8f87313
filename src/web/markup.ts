/*
 * Cuts an article's text into segments at every annotation boundary, so overlapping
 * layers (an entity inside a quote, a date inside an event sentence) can all be shown.
 * Each segment knows which annotations cover it. Pure: the browser tests and the node
 * tests use the same function.
 */

export interface Span {
  start: number;
  end: number;
}

export interface ArticleLayers {
  document: { text: string; body: Span; excluded: Array<Span & { reason: string }> };
  entities: Array<{ id: string; type: string; name: string; titles: string[]; mentions: Array<Span & { text: string }> }>;
  times: Array<Span & { id: string; type: string; value: string; text: string }>;
  quotes: Array<Span & { id: string; kind: string; speaker: string | null; speakerText: string | null; cue: (Span & { text: string }) | null }>;
  events: Array<Span & { id: string; type: string; status: string; participants: string[]; place: string | null; time: string | null }>;
}

export interface Segment extends Span {
  text: string;
  entity?: { id: string; type: string; name: string; titles: string[] };
  time?: { type: string; value: string };
  quote?: { id: string; speaker: string | null; speakerName: string | null; colour: number; kind: string };
  cue?: true;
  event?: { type: string; status: string };
  excluded?: string;
}

export const SPEAKER_COLOURS = 8;

/** A colour index per speaker, in order of first quote, so each speaker's quotes share one. */
export function speakerColours(quotes: ArticleLayers['quotes']): Map<string, number> {
  const colours = new Map<string, number>();
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const key = q.speaker ?? `unnamed:${q.speakerText ?? q.id}`;
    if (!colours.has(key)) colours.set(key, colours.size % SPEAKER_COLOURS);
  }
  return colours;
}

export function segment(a: ArticleLayers): Segment[] {
  const text = a.document.text;
  const cuts = new Set<number>([0, text.length]);
  const add = (s: Span) => {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) (cuts.add(s.start), cuts.add(s.end));
  };
  const mentions = a.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, e })));
  mentions.forEach(add);
  a.times.forEach(add);
  a.quotes.forEach((q) => (add(q), q.cue && add(q.cue)));
  a.events.forEach(add);
  a.document.excluded.forEach(add);
  add(a.document.body);
  const points = [...cuts].sort((x, y) => x - y);
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const colours = speakerColours(a.quotes);
  const covering = <T extends Span>(list: readonly T[], s: number, e: number) => list.find((x) => x.start <= s && x.end >= e);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const seg: Segment = { start, end, text: text.slice(start, end) };
    const m = covering(mentions, start, end);
    if (m) seg.entity = { id: m.e.id, type: m.e.type, name: m.e.name, titles: m.e.titles };
    const t = covering(a.times, start, end);
    if (t) seg.time = { type: t.type, value: t.value };
    const q = covering(a.quotes, start, end);
    if (q) {
      const key = q.speaker ?? `unnamed:${q.speakerText ?? q.id}`;
      seg.quote = { id: q.id, speaker: q.speaker, speakerName: q.speaker ? (names.get(q.speaker) ?? null) : q.speakerText, colour: colours.get(key) ?? 0, kind: q.kind };
      if (q.cue && q.cue.start <= start && q.cue.end >= end) seg.cue = true;
    }
    const cueOf = a.quotes.find((x) => x.cue && x.cue.start <= start && x.cue.end >= end);
    if (cueOf) seg.cue = true;
    const ev = covering(a.events, start, end);
    if (ev) seg.event = { type: ev.type, status: ev.status };
    const x = covering(a.document.excluded, start, end);
    if (x) seg.excluded = x.reason;
    else if (start < a.document.body.start || end > a.document.body.end) seg.excluded = 'outside the story';
    out.push(seg);
  }
  return out;
}

/** Joins neighbouring segments that carry the same annotations, to keep the page light. */
export function merge(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  const key = (s: Segment) => JSON.stringify([s.entity?.id, s.entity && s.start, s.time?.value, s.quote?.id, s.cue, s.event?.type, s.excluded]);
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && !s.entity && !last.entity && key(last) === key(s) && last.end === s.start) {
      out[out.length - 1] = { ...last, end: s.end, text: last.text + s.text };
    } else out.push(s);
  }
  return out;
}
