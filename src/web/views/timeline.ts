import { api, qs, type ActorRef, type Evidence, type Paged } from '../api.js';
import { html } from '../html.js';
import { link } from '../route.js';
import { ActorLinks, clip, Source, Status, submitToLink, useLoad } from './common.js';

interface Ev {
  id: number;
  type: string;
  status: string;
  date: string | null;
  participants: ActorRef[];
  place: ActorRef | null;
  evidence: Evidence;
}

const FIELDS = ['actor', 'type', 'place', 'from', 'to'] as const;

function byDate(items: Ev[]): Array<[string, Ev[]]> {
  const groups = new Map<string, Ev[]>();
  for (const e of [...items].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))) {
    const k = e.date ?? 'undated';
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  return [...groups];
}

function Day({ day, events }: { day: string; events: Ev[] }) {
  return html`<li><h3 class="date">${day}</h3><ul class="list">
    ${events.map((e) => html`<li><strong>${e.type}</strong> <span class="muted">(${e.status})</span>
      ${' '}<${ActorLinks} actors=${e.participants} />${e.place ? html` in <a href=${link('actor', e.place.id)}>${e.place.name}</a>` : ''}
      ${' — '}${clip(e.evidence.sentence.text, 150)} <${Source} e=${e.evidence} /></li>`)}
  </ul></li>`;
}

/** Events by date, with what is scheduled set apart from what was reported as happening. */
export function TimelineView({ params }: { params: URLSearchParams }) {
  const p = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? undefined])) as Record<(typeof FIELDS)[number], string | undefined>;
  const s = useLoad('timeline', params.toString(), async () => {
    const base = { participant: p.actor, type: p.type, place: p.place, from: p.from, to: p.to, limit: 200 };
    const [scheduled, all] = await Promise.all([
      api<Paged<Ev>>(`/api/events${qs({ ...base, status: 'scheduled' })}`),
      api<Paged<Ev>>(`/api/events${qs(base)}`),
    ]);
    return { scheduled: scheduled.items, reported: all.items.filter((e) => e.status !== 'scheduled') };
  });
  const submit = submitToLink('timeline', FIELDS);
  return html`<section>
    <h1>Timeline</h1>
    <form class="filters" onSubmit=${submit} aria-label="timeline filters">
      <label>Actor <input name="actor" value=${p.actor ?? ''} /></label>
      <label>Type <input name="type" value=${p.type ?? ''} placeholder="MEET" /></label>
      <label>Place <input name="place" value=${p.place ?? ''} /></label>
      <label>From <input name="from" type="date" value=${p.from ?? ''} /></label>
      <label>To <input name="to" type="date" value=${p.to ?? ''} /></label>
      <button type="submit">Filter</button>
    </form>
    <${Status} s=${s} />
    ${s.state === 'ready'
      ? html`<div class="columns">
          <section class="scheduled" aria-label="scheduled"><h2>Scheduled (${s.data.scheduled.length})</h2>
            <ol class="timeline">${byDate(s.data.scheduled).map(([d, evs]) => html`<${Day} day=${d} events=${evs} />`)}</ol></section>
          <section aria-label="reported"><h2>Reported (${s.data.reported.length})</h2>
            <ol class="timeline">${byDate(s.data.reported).map(([d, evs]) => html`<${Day} day=${d} events=${evs} />`)}</ol></section>
        </div>`
      : null}
  </section>`;
}
