import { contentId } from '../document/id.js';
import { decodeUtf8Text } from './decode.js';
import { InputError } from './errors.js';
import { idFromSource, type InputReader, type ReadResult } from './reader.js';

/** Plain UTF-8 text: one document. It accepts anything, so it is tried last. */
export const textReader: InputReader = {
  name: 'text',
  accepts: () => true,
  *read(ref, bytes): Iterable<ReadResult> {
    const decoded = decodeUtf8Text(bytes);
    if (!decoded.ok) {
      yield { ok: false, error: new InputError(ref.source, decoded.reason) };
      return;
    }
    yield {
      ok: true,
      doc: { id: ref.kind === 'stdin' ? contentId(decoded.text) : idFromSource(ref.source), source: ref.source, title: null, published: null, url: null, text: decoded.text },
    };
  },
};
