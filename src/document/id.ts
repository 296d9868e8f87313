import { createHash } from 'node:crypto';

/** A short content hash, so a document without an id still gets a stable one. */
export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
