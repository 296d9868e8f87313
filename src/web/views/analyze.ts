import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { html } from '../html.js';
import { link, markRendered } from '../route.js';

/** Analyse a pasted text, or a page fetched by the server, and add it to the knowledge base; this writes, so it needs the operator's token. */
export function AnalyzeView() {
  const [status, setStatus] = useState<string | null>(null);
  const [started] = useState(() => performance.now());
  const [done] = useState(() => ({ marked: false }));
  if (!done.marked) {
    done.marked = true;
    queueMicrotask(() => markRendered('analyze', started));
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const token = String(form.get('token') ?? '');
    sessionStorage.setItem('dossier-token', token);
    const text = String(form.get('text') ?? '').trim();
    const page = String(form.get('fetch') ?? '').trim();
    if (!text && !page) return setStatus('Paste a text or give a page address.');
    const body: Record<string, string> = text ? { text } : { fetch: page };
    for (const k of ['title', 'published']) {
      const v = String(form.get(k) ?? '').trim();
      if (v) body[k] = v;
    }
    setStatus('Analysing…');
    try {
      const r = await api<{ id: string; result: string }>('/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      location.hash = link('article', r.id);
    } catch (err) {
      setStatus((err as Error).message);
    }
  };
  return html`<section>
    <h1>Analyse a text or a page</h1>
    <form class="analyze" onSubmit=${submit}>
      <label>Text <textarea name="text" rows="12"></textarea></label>
      <label>or the address of a page to fetch <input name="fetch" type="url" placeholder="https://…" /></label>
      <label>Title <input name="title" /></label>
      <label>Published <input name="published" type="date" /></label>
      <label>Operator token <input name="token" type="password" autocomplete="off" value=${sessionStorage.getItem('dossier-token') ?? ''} required /></label>
      <button type="submit">Analyse and add</button>
    </form>
    ${status ? html`<p role="status">${status}</p>` : null}
  </section>`;
}
