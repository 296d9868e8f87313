import type { Stage } from '../document/pipeline.js';
import type { Timex } from '../document/types.js';
import { tagTimes } from './tagger.js';

/**
 * Time expressions (TIMEX3): DATE, TIME, DURATION and SET, each normalised against the
 * publication date and the sentence it sits in.
 */
export const timeStage: Stage<'times'> = {
  name: 'time',
  requires: ['tokens', 'sentences'],
  produces: ['times'],
  run(doc) {
    const sentences = doc.get('sentences');
    const tagged = tagTimes(doc.text, doc.meta.published, { sentences });
    const times: Timex[] = tagged.map((x, i) => {
      const tx: Timex = { id: `t${i + 1}`, type: x.type, value: x.value, start: x.start, end: x.end, text: x.text, granularity: x.granularity, approximate: x.approximate, anchor: x.anchor };
      if (x.mod) tx.mod = x.mod;
      if (x.zone) tx.zone = x.zone;
      return tx;
    });
    return { times };
  },
};
