export { InputError } from './errors.js';
export { decodeUtf8Text, looksBinary } from './decode.js';
export { normalizePublished } from './published.js';
export type { InputReader, InputRef, ReadResult } from './reader.js';
export { idFromSource } from './reader.js';
export { expandInputs, readInput, readInputs, readers, setUrlLoader, type Expanded } from './sources.js';
export { parseTimeML } from './timeml-reader.js';
