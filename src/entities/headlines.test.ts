import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../index.js';
import type { Entity, Sentence } from '../document/types.js';
import { emptyResources } from './features.js';
import { judgeHeadlineSpans } from './headlines.js';
import type { TokenSpan } from './tags.js';

function entities(text: string): Entity[] {
  return analyzeDocument({ text }).get('entities') as Entity[];
}

function names(list: Entity[]): string[] {
  return list.map((e) => e.name);
}

describe('title-case headings', () => {
  it('keeps only the words of a heading that the body also writes as a name', () => {
    const text = 'Farmers Rally in Lyon Against Fuel Tax\n\nLYON, France — Several thousand farmers drove tractors into Lyon on Friday to protest a planned fuel tax, blocking the main bridges for hours. The protest was organised by the regional farmers\' union.';
    const list = entities(text);
    assert.ok(!names(list).some((n) => /Against|Tax/.test(n)), JSON.stringify(names(list)));
    const lyon = list.filter((e) => e.name === 'Lyon');
    assert.ok(lyon.some((e) => e.mentions.some((m) => m.start === text.indexOf('Lyon'))), 'the heading\'s Lyon is a mention of Lyon');
  });

  it('drops ordinary words a heading capitalises, and keeps names the body tags whole', () => {
    const text = 'Minister Quits Over Housing Scandal as Critics Circle\n\nHousing minister Carla Dunmore resigned on Thursday after reports that her department had fast-tracked permits for a developer who donated to her party. Dunmore denied wrongdoing.';
    assert.deepEqual(names(entities(text)), ['Carla Dunmore']);
    const ferries = 'Storm Forces Ferry Cancellations Between Dover and Calais\n\nFerries between Dover and Calais were cancelled on Sunday as gusts of up to 80 mph hit the coast. Operators said sailings would resume on Monday.';
    assert.ok(!names(entities(ferries)).some((n) => /Storm|Ferry/.test(n)), JSON.stringify(names(entities(ferries))));
    // a title word the heading capitalises is no name alone ("Welfare" as in "Welfare Minister")
    const revolt = 'Dunmore Faces Revolt Over Welfare Cuts\n\nHousing minister Carla Dunmore faces a revolt by 40 backbenchers over cuts to disability benefits, her aides said on Monday. Dunmore has refused to delay the changes.';
    assert.deepEqual(names(entities(revolt)), ['Carla Dunmore']);
  });

  it('leaves lines of names and sentences alone', () => {
    // a results line is not a heading: its capitals are names
    const table = 'Results on Saturday:\n\nNorthern Hawks 3 Eastern Cape Warriors 1\n\nThe Hawks lead the table by two points.';
    assert.ok(names(entities(table)).includes('Eastern Cape Warriors'));
  });

  it('a heading span the tagger cut short runs on to the name the body tags', () => {
    // lines of space-separated tokens, a blank line after the heading
    const lines = ['Leaders Slip as Sheffield Wednesday Win Again', 'The leaders slip again as Sheffield Wednesday win at home for the fourth time in a row .'];
    const text = lines.join('\n\n');
    const words = lines.map((l) => l.split(' '));
    let at = 0;
    let token = 0;
    const sentences: Sentence[] = lines.map((l, i) => {
      const s = { start: at, end: at + l.length, tokenStart: token, tokenEnd: token + words[i]!.length, paragraph: i };
      at += l.length + 2;
      token += words[i]!.length;
      return s;
    });
    const spans: TokenSpan[][] = [[{ start: 3, end: 4, type: 2 }], [{ start: 5, end: 7, type: 1 }]];
    const judged = judgeHeadlineSpans(text, sentences, words, spans, emptyResources());
    assert.deepEqual(judged[0], [{ start: 3, end: 5, type: 1 }]);
  });
});
