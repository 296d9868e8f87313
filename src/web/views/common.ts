import { useEffect, useState } from 'preact/hooks';
import type { ActorRef, Evidence } from '../api.js';
import { html } from '../html.js';
import { link, markRendered } from '../route.js';

export type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

/**
 * Loads a view's data and records, once it is on screen, how long the view took to render
 * from the moment it was asked for.
 */
export function useLoad<T>(view: string, key: string, load: () => Promise<T>): Load<T> {
  const [s, set] = useState<Load<T>>({ state: 'loading' });
  const [started] = useState(() => ({ at: performance.now() }));
  useEffect(() => {
    let live = true;
    started.at = performance.now();
    set({ state: 'loading' });
    load().then(
      (data) => live && set({ state: 'ready', data }),
      (e: Error) => live && set({ state: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  useEffect(() => {
    if (s.state !== 'loading') markRendered(view, started.at);
  }, [s]);
  return s;
}

export function Status({ s }: { s: Load<unknown> }) {
  if (s.state === 'loading') return html`<p class="muted" role="status">Loading…</p>`;
  if (s.state === 'error') return html`<p class="error" role="alert">${s.message}</p>`;
  return null;
}

export function Source({ e }: { e: Evidence }) {
  return html`<a class="source" href=${link('article', e.document.id, { at: String(e.start) })} title=${e.sentence.text}>
    ${e.document.title ?? e.document.id}${e.document.published ? `, ${e.document.published.slice(0, 10)}` : ''}
  </a>`;
}

export const clip = (s: string, n = 220) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** A quote for display: direct quotes carry their own marks, reported speech gets typographic ones. */
export const quoted = (s: string, n = 220) => {
  const t = clip(s, n);
  return /^["“‘«]/.test(t) ? t : `“${t}”`;
};

/** A filter form's submit handler: its fields become the view's deep link, which loads the results. */
export function submitToLink(view: string, fields: readonly string[]) {
  return (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const values: Record<string, string | undefined> = {};
    for (const f of fields) values[f] = (form.get(f) as string | null)?.trim() || undefined;
    location.hash = link(view, undefined, values);
  };
}

/** Actors as links separated by commas: "Ana Ribeiro, Paulo Costa". */
export function ActorLinks({ actors }: { actors: readonly ActorRef[] }) {
  return actors.map((a, i) => html`${i ? ', ' : ''}<a href=${link('actor', a.id)}>${a.name}</a>`);
}
