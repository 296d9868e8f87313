/*
 * Content words: what a paragraph is about, for measuring whether it shares the story's
 * topic. Function words and words every news story uses ("said", "year", "officials") carry
 * no topic, so they are left out; a crude suffix strip lets "strike" meet "strikes".
 */

const STOP = new Set(
  `a about above after again against all almost also although always am among an and another any are around as at away back be
because been before being below between both but by can cannot could did do does doing done down during each either else even ever
every few for from further get gets got had has have having he her here hers herself him himself his how however i if in into is it
its itself just last least less like made make many may me might more most much must my myself near neither never new next no nor
not now of off often on once one only or other others our ours ourselves out over own per perhaps rather same several she should
since so some still such than that the their theirs them themselves then there these they this those though through thus to today
together too toward towards under until up upon us very was we well were what when where whether which while who whom whose why
will with within without would yet you your yours yourself
said says say saying told tell according added asked announced statement stated reported report reports told
year years month months week weeks day days time times monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december mr mrs ms dr
first second third two three four five six seven eight nine ten hundred thousand million billion percent per cent
people officials official government news group part including expected including around number`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Lower-cased, crudely stemmed word, or null for a function word or a short token. */
const memo = new Map<string, string | null>();

export function contentKey(word: string): string | null {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const key = computeKey(word);
  if (memo.size > 50_000) memo.clear();
  memo.set(word, key);
  return key;
}

function computeKey(word: string): string | null {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’-]/g, '');
  if (w.length < 3 || STOP.has(w) || /^\d+$/.test(w)) return null;
  if (w.length > 5) w = w.replace(/(?:ing|ed|es|s|ly|ers|er|ion|ions)$/, '');
  else if (w.length > 3) w = w.replace(/s$/, '');
  return w;
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface Vocab {
  /** Number of words, content or not. */
  count: number;
  keys: string[];
  /** Capitalised words not at a sentence start: names of people, places, organisations. */
  names: string[];
}

export function vocabOf(text: string): Vocab {
  const keys: string[] = [];
  const names: string[] = [];
  let count = 0;
  let sentenceStart = true;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[.!?:;"“”]/gu)) {
    const w = m[0];
    if (/^[.!?:;"“”]$/.test(w)) {
      if (w !== '"' && w !== '“' && w !== '”') sentenceStart = true;
      continue;
    }
    count++;
    const k = contentKey(w);
    if (k) {
      keys.push(k);
      if (!sentenceStart && /^\p{Lu}/u.test(w) && !/^\p{Lu}+$/u.test(w)) names.push(k);
    }
    sentenceStart = false;
  }
  return { count, keys, names };
}
