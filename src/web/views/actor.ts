import { api, type ActorRef, type Evidence, type Paged } from '../api.js';
import { html } from '../html.js';
import { link } from '../route.js';
import { ActorLinks, clip, quoted, Source, Status, useLoad } from './common.js';

interface Dossier {
  actor: ActorRef;
  aliases: string[];
  titles: Array<{ title: string; first: string | null; last: string | null; articles: number }>;
  articles: number;
  quotes: Paged<{ id: number; text: string; date: string | null; kind: string; evidence: Evidence }>;
  events: Paged<{ id: number; type: string; status: string; date: string | null; text: string; participants: ActorRef[]; place: ActorRef | null; evidence: Evidence }>;
  stances: Paged<{ id: number; issue: string; polarity: string; date: string | null; evidence: Evidence }>;
  coActors: Array<ActorRef & { articles: number }>;
}

export function ActorView({ id }: { id: string }) {
  const s = useLoad('actor', id, () => api<Dossier>(`/api/actors/${encodeURIComponent(id)}?limit=50`));
  if (s.state !== 'ready') return html`<${Status} s=${s} />`;
  const d = s.data;
  const byIssue = new Map<string, Dossier['stances']['items']>();
  for (const st of d.stances.items) byIssue.set(st.issue, [...(byIssue.get(st.issue) ?? []), st]);
  const events = [...d.events.items].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return html`<section class="actor">
    <h1>${d.actor.name} <span class="badge">${d.actor.type}</span></h1>
    <p class="muted">in ${d.articles} articles${d.aliases.length > 1 ? html` · also written ${d.aliases.filter((x) => x !== d.actor.name).join(', ')}` : ''}</p>
    ${d.titles.length
      ? html`<h2>Titles over time</h2>
          <table><thead><tr><th scope="col">Title</th><th scope="col">First</th><th scope="col">Last</th><th scope="col">Articles</th></tr></thead>
          <tbody>${d.titles.map((t) => html`<tr><td>${t.title}</td><td>${t.first?.slice(0, 10) ?? ''}</td><td>${t.last?.slice(0, 10) ?? ''}</td><td>${t.articles}</td></tr>`)}</tbody></table>`
      : null}
    <h2>Quotes (${d.quotes.total})</h2>
    <ul class="list quotes">
      ${d.quotes.items.map((q) => html`<li><span class="muted">${q.date ?? ''}</span> ${quoted(q.text)} <${Source} e=${q.evidence} /></li>`)}
    </ul>
    <h2>Stances</h2>
    ${byIssue.size
      ? html`<ul class="list">${[...byIssue].map(([issue, list]) => html`<li><strong>${issue}</strong>: ${list.map((x) => html`<span class=${`stance ${x.polarity}`}>${x.polarity}</span> <${Source} e=${x.evidence} /> `)}</li>`)}</ul>`
      : html`<p class="muted">none found</p>`}
    <h2>Events (${d.events.total})</h2>
    <ol class="timeline">
      ${events.map((e) => html`<li><span class="date">${e.date ?? 'undated'}</span> <strong>${e.type}</strong> <span class="muted">(${e.status})</span>
        ${' '}<${ActorLinks} actors=${e.participants.filter((p) => p.id !== d.actor.id)} />${e.place ? html` in <a href=${link('actor', e.place.id)}>${e.place.name}</a>` : ''}${' — '}${clip(e.evidence.sentence.text, 160)} <${Source} e=${e.evidence} /></li>`)}
    </ol>
    <h2>Appears most with</h2>
    <ul class="chips">${d.coActors.map((c) => html`<li><a href=${link('actor', c.id)}>${c.name}</a> <span class="muted">${c.articles}</span></li>`)}</ul>
  </section>`;
}
