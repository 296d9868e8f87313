import { api, qs, type ActorRef, type Evidence, type Paged } from '../api.js';
import { html } from '../html.js';
import { link } from '../route.js';
import { ActorLinks, clip, quoted, Source, Status, submitToLink, useLoad } from './common.js';

type Kind = 'quotes' | 'articles' | 'events';

interface Found {
  kind: Kind;
  page: Paged<Record<string, unknown>>;
}

const FIELDS = ['q', 'what', 'speaker', 'type', 'place', 'from', 'to'] as const;

/** Search quotes and articles in full text, events by type and place; every filter is in the link. */
export function SearchView({ params }: { params: URLSearchParams }) {
  const what = (params.get('what') as Kind | null) ?? 'quotes';
  const p = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? undefined])) as Record<(typeof FIELDS)[number], string | undefined>;
  const key = params.toString();
  const s = useLoad('search', key, async (): Promise<Found | null> => {
    if (what === 'articles') return p.q || p.speaker ? { kind: what, page: await api(`/api/articles${qs({ q: p.q, entity: p.speaker, limit: 50 })}`) } : null;
    if (what === 'events') return { kind: what, page: await api(`/api/events${qs({ type: p.type, place: p.place, participant: p.speaker, from: p.from, to: p.to, limit: 50 })}`) };
    return p.q || p.speaker || p.from || p.to ? { kind: what, page: await api(`/api/quotes${qs({ q: p.q, speaker: p.speaker, from: p.from, to: p.to, limit: 50 })}`) } : null;
  });
  const submit = submitToLink('search', FIELDS);
  return html`<section>
    <h1>Search</h1>
    <form class="filters" onSubmit=${submit} role="search">
      <label>Words <input name="q" type="search" value=${p.q ?? ''} /></label>
      <label>In <select name="what" value=${what}>
        <option value="quotes">quotes</option><option value="articles">articles</option><option value="events">events</option>
      </select></label>
      <label>Speaker or actor <input name="speaker" value=${p.speaker ?? ''} /></label>
      <label>Event type <input name="type" value=${p.type ?? ''} placeholder="MEET" /></label>
      <label>Place <input name="place" value=${p.place ?? ''} /></label>
      <label>From <input name="from" type="date" value=${p.from ?? ''} /></label>
      <label>To <input name="to" type="date" value=${p.to ?? ''} /></label>
      <button type="submit">Search</button>
    </form>
    <${Status} s=${s} />
    ${s.state === 'ready' && s.data ? html`<${Results} found=${s.data} />` : null}
  </section>`;
}

function Results({ found }: { found: Found }) {
  const { kind, page } = found;
  return html`<div class="results">
    <p class="muted" role="status">${page.total} ${kind}${page.total > page.items.length ? `, first ${page.items.length}` : ''}</p>
    <ul class="list">
      ${page.items.map((x) => {
        if (kind === 'articles') return html`<li><a href=${link('article', x.id as string)}>${(x.title as string) ?? x.id}</a> <span class="muted">${(x.published as string | null)?.slice(0, 10) ?? ''}</span></li>`;
        const ev = x.evidence as Evidence;
        if (kind === 'events') {
          return html`<li><span class="muted">${(x.date as string) ?? 'undated'}</span> <strong>${x.type}</strong> (${x.status}) <${ActorLinks} actors=${x.participants as ActorRef[]} />${' — '}${clip(ev.sentence.text, 160)} <${Source} e=${ev} /></li>`;
        }
        const sp = x.speaker as ActorRef | null;
        return html`<li><span class="muted">${(x.date as string) ?? ''}</span> ${sp ? html`<a href=${link('actor', sp.id)}>${sp.name}</a>` : html`<span class="muted">${(x.speakerText as string) ?? 'unknown'}</span>`}: ${quoted(x.text as string)} <${Source} e=${ev} /></li>`;
      })}
    </ul>
  </div>`;
}
