/** The API client: same origin, JSON in and out, errors as readable messages. */

export interface ActorRef {
  id: number;
  type: string;
  name: string;
}

export interface Evidence {
  document: { id: string; key: string; title: string | null; url: string | null; published: string | null };
  sentence: { start: number; end: number; text: string };
  start: number;
  end: number;
}

export interface Paged<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export class ApiError extends Error {}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => null)) as { message?: string } | null;
  if (!res.ok) throw new ApiError(body?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

/** A query string from the set values only. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
