import type { Stage } from '../document/pipeline.js';
import type { Entity, Timex } from '../document/types.js';
import { tagTimes, type TaggedTime } from './tagger.js';

/**
 * Time expressions (TIMEX3): DATE, TIME, DURATION and SET, each normalised against the
 * publication date and the sentence it sits in.
 *
 * When the entity layer is there (the default pipeline runs it first; it is not required, so the
 * time stage also runs on its own), a time word inside the name of a person or an organisation is
 * part of the name, not a date: "the Sunday Times", "USA Today", "Kim Soon".
 */
export const timeStage: Stage<'times'> = {
  name: 'time',
  requires: ['tokens', 'sentences'],
  produces: ['times'],
  run(doc) {
    const sentences = doc.get('sentences');
    let tagged = tagTimes(doc.text, doc.meta.published, { sentences });
    if (doc.has('entities')) tagged = outsideNames(tagged, doc.get('entities'));
    const times: Timex[] = tagged.map((x, i) => {
      const tx: Timex = { id: `t${i + 1}`, type: x.type, value: x.value, start: x.start, end: x.end, text: x.text, granularity: x.granularity, approximate: x.approximate, anchor: x.anchor };
      if (x.mod) tx.mod = x.mod;
      if (x.zone) tx.zone = x.zone;
      return tx;
    });
    return { times };
  },
};

/**
 * The times that lie inside no person's or organisation's name (both lists sorted by start). A
 * time that is the whole name stays (the entity stage took a holiday for a name), and so does a
 * weekday closing a name: in wire copy that is the tagger running a name on into the day ("the
 * central Bank Negara Tuesday imposed"), far more often than a club named for one.
 */
export function outsideNames(times: readonly TaggedTime[], entities: readonly Entity[]): TaggedTime[] {
  const names: Array<[number, number]> = [];
  for (const e of entities) if (e.type === 'PERSON' || e.type === 'ORG') for (const m of e.mentions) names.push([m.start, m.end]);
  if (!names.length) return times as TaggedTime[];
  names.sort((a, b) => a[0] - b[0]);
  const out: TaggedTime[] = [];
  let k = 0;
  for (const t of times) {
    while (k < names.length && names[k]![1] <= t.start) k++;
    // names do not nest, so the first one ending after the time's start is the only one that can hold it
    const n = names[k];
    const inside = !!n && n[0] <= t.start && t.end <= n[1] && !(n[0] === t.start && n[1] === t.end);
    if (!inside || (t.end === n![1] && isWeekday(t.text))) out.push(t);
  }
  return out;
}

function isWeekday(word: string): boolean {
  return /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(word);
}
