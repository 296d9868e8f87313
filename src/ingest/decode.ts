/*
 * Turning bytes into text, refusing what is not text. A binary or mis-encoded file
 * analysed anyway would produce garbage facts with perfectly good-looking offsets.
 */

import { isUtf8 } from 'node:buffer';

const SNIFF_BYTES = 8192;

/** True when the bytes look like a binary file: a NUL, or many control characters. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the buffer is valid UTF-8. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Decodes a plain-text file as UTF-8 (a BOM is dropped); says why when it cannot. */
export function decodeUtf8Text(buf: Uint8Array): Decoded {
  if (buf.length === 0) return { ok: false, reason: 'empty file' };
  if (looksBinary(buf)) return { ok: false, reason: 'binary file, not text' };
  // The native check is fast; the byte-by-byte scan only runs to name the bad offset.
  const bad = isUtf8(buf) ? -1 : firstInvalidUtf8(buf);
  if (bad >= 0) return { ok: false, reason: `not valid UTF-8 (byte offset ${bad}); convert it to UTF-8 first` };
  let text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}
