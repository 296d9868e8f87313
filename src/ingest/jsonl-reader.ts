import { decodeUtf8Text } from './decode.js';
import { InputError } from './errors.js';
import { normalizePublished } from './published.js';
import { idFromSource, type InputReader, type ReadResult } from './reader.js';

/*
 * JSON Lines, the form corpora usually come in: one {"id","text","published","title","url"}
 * object a line, only "text" required. A bad line is that line's error; the rest go on.
 */

function optionalString(obj: Record<string, unknown>, key: string): string | null | InputError {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (key === 'id' && typeof v === 'number') return String(v);
  return new InputError('', `"${key}" must be a string`);
}

export function parseJsonlLine(line: string, source: string, fallbackId: string): ReadResult {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: new InputError(source, `invalid JSON (${(e as Error).message})`) };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return { ok: false, error: new InputError(source, 'expected a JSON object') };
  }
  const rec = obj as Record<string, unknown>;
  if (typeof rec.text !== 'string') return { ok: false, error: new InputError(source, 'missing "text" string') };
  if (rec.text.trim() === '') return { ok: false, error: new InputError(source, '"text" is empty') };
  const fields: Record<string, string | null> = {};
  for (const key of ['id', 'title', 'url', 'published']) {
    const v = optionalString(rec, key);
    if (v instanceof InputError) return { ok: false, error: new InputError(source, v.reason) };
    fields[key] = v;
  }
  let published: string | null = null;
  if (fields.published) {
    published = normalizePublished(fields.published);
    if (!published) return { ok: false, error: new InputError(source, `"published" is not an ISO date: ${JSON.stringify(fields.published)}`) };
  }
  return {
    ok: true,
    doc: { id: fields.id ?? fallbackId, source, title: fields.title ?? null, published, url: fields.url ?? null, text: rec.text },
  };
}

export const jsonlReader: InputReader = {
  name: 'jsonl',
  accepts: (ref) => /\.(jsonl|ndjson)$/i.test(ref.source),
  *read(ref, bytes): Iterable<ReadResult> {
    const decoded = decodeUtf8Text(bytes);
    if (!decoded.ok) {
      yield { ok: false, error: new InputError(ref.source, decoded.reason) };
      return;
    }
    const base = idFromSource(ref.source);
    const lines = decoded.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line === '') continue;
      yield parseJsonlLine(line, `${ref.source}:${i + 1}`, `${base}:${i + 1}`);
    }
  },
};
