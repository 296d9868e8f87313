import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { html } from './html.js';
import { link, parseRoute } from './route.js';
import { ActorView } from './views/actor.js';
import { AnalyzeView } from './views/analyze.js';
import { ArticleView } from './views/article.js';
import { Home } from './views/home.js';
import { SearchView } from './views/search.js';
import { TimelineView } from './views/timeline.js';

function App() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const r = parseRoute(hash);
  let view;
  if (r.view === 'article') view = html`<${ArticleView} key=${r.arg} id=${r.arg} at=${r.params.has('at') ? Number(r.params.get('at')) : undefined} />`;
  else if (r.view === 'actor') view = html`<${ActorView} key=${r.arg} id=${r.arg} />`;
  else if (r.view === 'search') view = html`<${SearchView} params=${r.params} />`;
  else if (r.view === 'timeline') view = html`<${TimelineView} params=${r.params} />`;
  else if (r.view === 'analyze') view = html`<${AnalyzeView} />`;
  else view = html`<${Home} />`;
  const nav = (v: string, label: string) => html`<a href=${link(v)} aria-current=${r.view === v ? 'page' : undefined}>${label}</a>`;
  return html`<header class="top"><a class="brand" href="#/">dossier</a>
      <nav aria-label="main">${nav('home', 'Articles')} ${nav('search', 'Search')} ${nav('timeline', 'Timeline')} ${nav('analyze', 'Analyse')}</nav></header>
    <main id="main" tabindex="-1">${view}</main>`;
}

render(html`<${App} />`, document.getElementById('app')!);
