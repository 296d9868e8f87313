import { useEffect } from 'preact/hooks';
import { api } from '../api.js';
import { html } from '../html.js';
import { merge, segment, speakerColours, type ArticleLayers, type Segment } from '../markup.js';
import { link } from '../route.js';
import { clip, quoted, Status, useLoad } from './common.js';

type Article = ArticleLayers & {
  document: ArticleLayers['document'] & { id: string; title: string | null; published: string | null; url: string | null; source: string };
  kb?: { actors: Record<string, number> };
};

/** One segment as nested elements: excluded > quote > event > time > entity link. */
function Piece({ s, actors }: { s: Segment; actors: Record<string, number> }) {
  let node: unknown = s.text;
  if (s.entity) {
    const actor = actors[s.entity.id];
    const label = `${s.entity.type}: ${s.entity.name}${s.entity.titles.length ? ` (${s.entity.titles.join('; ')})` : ''}`;
    node = actor !== undefined
      ? html`<a class=${`ent ${s.entity.type}`} href=${link('actor', actor)} title=${label}>${node}</a>`
      : html`<span class=${`ent ${s.entity.type}`} title=${label}>${node}</span>`;
  }
  if (s.time) node = html`<time class="time" datetime=${s.time.value} title=${`${s.time.type}: ${s.time.value}`}>${node}</time>`;
  if (s.event) node = html`<mark class=${`event ${s.event.status}`} title=${`event ${s.event.type} (${s.event.status})`}>${node}</mark>`;
  if (s.cue) node = html`<span class="cue" title="attribution cue">${node}</span>`;
  if (s.quote) {
    node = html`<span class=${`quote c${s.quote.colour}`} title=${`${s.quote.kind} quote — ${s.quote.speakerName ?? 'speaker unknown'}`}>${node}</span>`;
  }
  if (s.excluded) node = html`<span class="excluded" data-reason=${s.excluded} title=${`not the story: ${s.excluded}`}>${node}</span>`;
  return node;
}

/** Excluded runs get a visible label where they begin, so the separation can be checked. */
function withLabels(segments: Segment[]): Array<Segment | { label: string; at: number }> {
  const out: Array<Segment | { label: string; at: number }> = [];
  let prev: string | undefined;
  for (const s of segments) {
    if (s.excluded && s.excluded !== prev && s.text.trim()) out.push({ label: s.excluded, at: s.start });
    if (s.text.trim()) prev = s.excluded;
    out.push(s);
  }
  return out;
}

export function ArticleView({ id, at }: { id: string; at?: number }) {
  const s = useLoad('article', id, () => api<Article>(`/api/articles/${encodeURIComponent(id)}`));
  useEffect(() => {
    if (s.state === 'ready' && at !== undefined) document.querySelector(`[data-at="${at}"]`)?.scrollIntoView({ block: 'center' });
  }, [s.state, at]);
  if (s.state !== 'ready') return html`<${Status} s=${s} />`;
  const a = s.data;
  const actors = a.kb?.actors ?? {};
  const segments = withLabels(merge(segment(a)));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const times = new Map(a.times.map((t) => [t.id, t.value]));
  const colours = speakerColours(a.quotes);
  const speakerLink = (id: string | null, text: string | null) =>
    id && actors[id] !== undefined ? html`<a href=${link('actor', actors[id])}>${names.get(id)}</a>` : html`<span class="muted">${text ?? 'unknown'}${text ? ' (unnamed)' : ''}</span>`;
  return html`<article class="article">
    <header>
      <h1>${a.document.title ?? a.document.id}</h1>
      <p class="muted">${a.document.published?.slice(0, 10) ?? 'no date'} · ${a.document.url ? html`<a href=${a.document.url} rel="noopener noreferrer">${a.document.url}</a>` : a.document.source}</p>
      <p class="legend" aria-label="legend">
        <span class="ent PERSON">person</span> <span class="ent ORG">organisation</span> <span class="ent LOC">place</span>
        <span class="quote c0">quote</span> <time class="time">date</time> <mark class="event occurred">event</mark>
        <span class="excluded">not the story</span>
      </p>
    </header>
    <div class="layout">
      <div class="text" lang="en">
        ${segments.map((x) =>
          'label' in x
            ? html`<span class="excluded-label" aria-hidden="true">${x.label}</span>`
            : html`<span data-at=${x.start}><${Piece} s=${x} actors=${actors} /></span>`,
        )}
      </div>
      <aside class="facts">
        <h2>Quotes (${a.quotes.length})</h2>
        <ul class="list">
          ${a.quotes.map((q) => {
            const key = q.speaker ?? `unnamed:${q.speakerText ?? q.id}`;
            return html`<li><span class=${`swatch c${colours.get(key) ?? 0}`}></span>${speakerLink(q.speaker, q.speakerText)}: ${quoted(a.document.text.slice(q.start, q.end), 160)}</li>`;
          })}
        </ul>
        <h2>Events (${a.events.length})</h2>
        <ul class="list">
          ${a.events.map(
            (e) => html`<li>${e.participants.map((p) => names.get(p)).filter(Boolean).join(', ') || '?'} — <strong>${e.type}</strong>
              — ${e.place ? names.get(e.place) : '?'} — ${e.time ? times.get(e.time) : '?'} <span class="muted">(${e.status})</span></li>`,
          )}
        </ul>
        <h2>Dates (${a.times.length})</h2>
        <ul class="list">${a.times.map((t) => html`<li>“${t.text}” → <code>${t.value}</code></li>`)}</ul>
      </aside>
    </div>
  </article>`;
}
