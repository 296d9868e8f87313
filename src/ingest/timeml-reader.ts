import { decodeUtf8Text } from './decode.js';
import { InputError } from './errors.js';
import { normalizePublished } from './published.js';
import { idFromSource, type InputReader, type ReadResult } from './reader.js';

/*
 * TimeML files (TimeBank, TempEval, the newswire corpus): the document creation time
 * becomes the publication date and the <TEXT> element, stripped of its annotation tags,
 * becomes the text. Annotations in the file are ignored: dossier makes its own.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

function stripTags(s: string): string {
  return decodeXmlEntities(s.replace(/<[^>]*>/g, ''));
}

/** The DCT's TIMEX3 value, however its attributes are ordered. */
function creationTime(xml: string): string | null {
  const dct = /<DCT>([\s\S]*?)<\/DCT>/i.exec(xml)?.[1] ?? '';
  const value = /\bvalue="([^"]+)"/.exec(dct)?.[1];
  return value ? normalizePublished(value.slice(0, 10)) : null;
}

export function parseTimeML(xml: string, source: string): ReadResult {
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/i.exec(xml)?.[1];
  if (body === undefined) return { ok: false, error: new InputError(source, 'TimeML file without a <TEXT> element') };
  const text = stripTags(body).replace(/^\s+|\s+$/g, '');
  if (text === '') return { ok: false, error: new InputError(source, 'TimeML <TEXT> is empty') };
  const title = /<TITLE>([\s\S]*?)<\/TITLE>/i.exec(xml)?.[1];
  const docId = /<DOCID>([\s\S]*?)<\/DOCID>/i.exec(xml)?.[1]?.trim();
  return {
    ok: true,
    doc: {
      id: docId || idFromSource(source),
      source,
      title: title ? stripTags(title).trim() : null,
      published: creationTime(xml),
      url: null,
      text,
    },
  };
}

export const timemlReader: InputReader = {
  name: 'timeml',
  accepts: (ref, head) => /\.tml(\.|$)/i.test(ref.source) || /<TimeML[\s>]/.test(head),
  *read(ref, bytes): Iterable<ReadResult> {
    const decoded = decodeUtf8Text(bytes);
    if (!decoded.ok) yield { ok: false, error: new InputError(ref.source, decoded.reason) };
    else yield parseTimeML(decoded.text, ref.source);
  },
};
