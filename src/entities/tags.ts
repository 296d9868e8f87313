/**
 * The BILOU tag set the tagger decodes over, conversions from CoNLL's IOB tags, and the
 * transition constraints Viterbi enforces (an entity opened by B must close with L).
 */

/** CoNLL type names, in tag order. */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof TYPES)[number];

/** 0 = O; then for type t: B = 1+4t, I = 2+4t, L = 3+4t, U = 4+4t. */
export const NUM_TAGS = 1 + 4 * TYPES.length;
export const O = 0;
const B = 0, I = 1, L = 2, U = 3;

export function tagOf(type: number, pos: number): number {
  return 1 + 4 * type + pos;
}
export function typeOfTag(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 2;
}
export function posOfTag(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) & 3;
}

export const TAG_NAMES: string[] = ['O'];
for (const t of TYPES) for (const p of ['B', 'I', 'L', 'U']) TAG_NAMES.push(`${p}-${t}`);

/** An entity span over token indices [start, end) of one sentence, with a type index into TYPES. */
export interface TokenSpan {
  start: number;
  end: number;
  type: number;
}

/** Chunks of an IOB1 or IOB2 tag sequence, as conlleval reads them. */
export function spansFromIob(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const t = tag === 'O' ? '' : tag.slice(2);
    const endsChunk = start >= 0 && (prefix === 'O' || prefix === 'B' || t !== type);
    if (endsChunk) {
      const ti = TYPES.indexOf(type as ConllType);
      if (ti >= 0) spans.push({ start, end: i, type: ti });
      start = -1;
    }
    if (prefix !== 'O' && start < 0) {
      start = i;
      type = t;
    }
  }
  return spans;
}

export function bilouFromSpans(n: number, spans: readonly TokenSpan[]): Uint8Array {
  const out = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = tagOf(s.type, U);
    else {
      out[s.start] = tagOf(s.type, B);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = tagOf(s.type, I);
      out[s.end - 1] = tagOf(s.type, L);
    }
  }
  return out;
}

/** Spans of a BILOU sequence; tolerant of ill-formed sequences (which Viterbi never yields). */
export function spansFromBilou(tags: ArrayLike<number>, n = tags.length): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i < n; i++) {
    const tag = tags[i]!;
    const t = typeOfTag(tag);
    const p = posOfTag(tag);
    if (start >= 0 && (tag === O || p === B || p === U || t !== type)) {
      spans.push({ start, end: i, type });
      start = -1;
    }
    if (tag === O) continue;
    if (p === U) spans.push({ start: i, end: i + 1, type: t });
    else if (p === L) {
      spans.push({ start: start >= 0 ? start : i, end: i + 1, type: t });
      start = -1;
    } else if (start < 0) {
      start = i;
      type = t;
    }
  }
  if (start >= 0) spans.push({ start, end: n, type });
  return spans;
}

/** allowed[prev * NUM_TAGS + cur]; prev = NUM_TAGS is the sentence start. */
export const ALLOWED = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
/** Tags that may end a sentence. */
export const CAN_END = new Uint8Array(NUM_TAGS);
for (let prev = 0; prev <= NUM_TAGS; prev++) {
  const open = prev < NUM_TAGS && prev !== O && (posOfTag(prev) === B || posOfTag(prev) === I);
  for (let cur = 0; cur < NUM_TAGS; cur++) {
    const cp = posOfTag(cur);
    let ok: boolean;
    if (open) ok = cur !== O && typeOfTag(cur) === typeOfTag(prev) && (cp === I || cp === L);
    else ok = cur === O || cp === B || cp === U;
    ALLOWED[prev * NUM_TAGS + cur] = ok ? 1 : 0;
  }
}
for (let t = 0; t < NUM_TAGS; t++) CAN_END[t] = t === O || posOfTag(t) === L || posOfTag(t) === U ? 1 : 0;
