/*
 * Hash routes, so every view has a deep link that works from any static host:
 * #/ home, #/article/ID, #/actor/ID, #/search?q=…, #/timeline?…, #/analyze.
 */
export interface Route {
  view: string;
  arg: string;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?', 2) as [string, string?];
  const parts = path.split('/').filter(Boolean);
  return { view: parts[0] ?? 'home', arg: decodeURIComponent(parts.slice(1).join('/')), params: new URLSearchParams(query) };
}

export function link(view: string, arg?: string | number, params?: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v) q.set(k, v);
  const query = q.toString();
  return `#/${view}${arg !== undefined ? `/${encodeURIComponent(String(arg))}` : ''}${query ? `?${query}` : ''}`;
}

/** Render timing per view, read by the browser tests (each view must render in < 300 ms). */
export function markRendered(view: string, startedAt: number): void {
  const w = window as unknown as { __dossierTimings?: Array<{ view: string; ms: number }> };
  (w.__dossierTimings ??= []).push({ view, ms: performance.now() - startedAt });
  document.body.dataset.rendered = view;
}
