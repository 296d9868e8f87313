import { api, type Paged } from '../api.js';
import { html } from '../html.js';
import { link } from '../route.js';
import { Status, useLoad } from './common.js';

interface Article {
  id: string;
  title: string | null;
  published: string | null;
  quotes: number;
  events: number;
}

export function Home() {
  const s = useLoad('home', 'home', async () => {
    const [stats, articles] = await Promise.all([
      api<Record<string, number>>('/api/stats'),
      api<Paged<Article>>('/api/articles?limit=50'),
    ]);
    return { stats, articles };
  });
  if (s.state !== 'ready') return html`<${Status} s=${s} />`;
  const { stats, articles } = s.data;
  return html`<section>
    <h1>Knowledge base</h1>
    <p class="stats">${stats.documents} articles · ${stats.actors} actors · ${stats.quotes} quotes · ${stats.events} events · ${stats.stances} stances</p>
    <h2>Articles</h2>
    <ul class="list">
      ${articles.items.map(
        (a) => html`<li><a href=${link('article', a.id)}>${a.title ?? a.id}</a> <span class="muted">${a.published?.slice(0, 10) ?? ''} · ${a.quotes} quotes · ${a.events} events</span></li>`,
      )}
    </ul>
  </section>`;
}
