/*
 * Bytes of a web page or feed to text: gzip undone (a truncated stream gives what it holds),
 * then the encoding from a BOM, the HTTP header, a <meta charset> or XML declaration, and
 * failing those a sniff: valid UTF-8 is UTF-8, anything else windows-1252, as browsers do.
 */
import { isUtf8 } from 'node:buffer';
import { constants, gunzipSync } from 'node:zlib';

/** Decompressed bytes we accept from one input; more is refused, not buffered. */
export const MAX_DECOMPRESSED = 64 * 1024 * 1024;

export const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

export type Gunzipped = { ok: true; bytes: Uint8Array; truncated: boolean } | { ok: false; reason: string };

/** Undoes gzip; a truncated stream yields what it decompressed so far, flagged. */
export function gunzip(bytes: Uint8Array, max = MAX_DECOMPRESSED): Gunzipped {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: max }), truncated: false };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || /Cannot create a Buffer larger|maxOutputLength/i.test(err.message)) {
      return { ok: false, reason: `gzip data expands to more than ${max / 1024 / 1024} MB` };
    }
    try {
      // Sync flush returns the data decoded before the stream broke off.
      const partial = gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: max });
      if (partial.length > 0) return { ok: true, bytes: partial, truncated: true };
    } catch {
      // fall through: nothing recoverable
    }
    return { ok: false, reason: `corrupt or truncated gzip data (${err.message})` };
  }
}

const LABEL_ALIASES: Record<string, string> = { 'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252' };

function supported(label: string): string | null {
  const l = LABEL_ALIASES[label.toLowerCase()] ?? label.toLowerCase();
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** The charset of a Content-Type header value, if any. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}

/** The encoding a document declares in its first bytes: <meta charset>, http-equiv, <?xml encoding?>. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

export interface DecodedText {
  text: string;
  encoding: string;
}

/** Decodes web bytes to text, choosing the encoding as a browser would. */
export function decodeWeb(bytes: Uint8Array, contentType?: string | null): DecodedText {
  let enc: string | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) enc = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) enc = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) enc = 'utf-16be';
  if (!enc) {
    const header = charsetOf(contentType);
    enc = header ? supported(header) : null;
  }
  if (!enc) {
    const declared = declaredEncoding(bytes);
    enc = declared ? supported(declared) : null;
    // A page declaring a single-byte charset that is in fact valid UTF-8 (with non-ASCII) is UTF-8.
    if (enc && enc !== 'utf-8' && !enc.startsWith('utf-16') && isUtf8(bytes) && bytes.some((b) => b >= 0x80)) enc = 'utf-8';
    if (enc?.startsWith('utf-16')) enc = null; // a declaration read as ASCII cannot be UTF-16
  }
  if (!enc) enc = isUtf8(bytes) ? 'utf-8' : 'windows-1252';
  let text = new TextDecoder(enc).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding: enc };
}
