/** Entity rules found by reading the output of session 9's probe articles; every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../index.js';
import type { Entity } from '../document/types.js';
import { extendBodyBackOverAnd } from './spans.js';
import { isOriginTypedAsOrganisation } from './retype.js';

function typed(text: string): string[] {
  return (analyzeDocument({ text }).get('entities') as Entity[]).map((e) => `${e.type} ${e.name}`);
}

describe('session 9 probe articles', () => {
  it('finds no name in a description of people, and keeps the surname', () => {
    const list = typed('The judge ruled that the map diluted the votes of Black residents. Jack White said the band would tour.');
    assert.ok(!list.some((x) => x.endsWith(' Black')), JSON.stringify(list));
    assert.ok(list.includes('PERSON Jack White'), JSON.stringify(list));
  });

  it('reads a capitalised dateline city before its date as a place', () => {
    const list = typed('SAO PAULO, Nov 12 - Diego Vasquez scored three times as Gremio beat Flamengo 4-1 on Wednesday.');
    assert.ok(list.includes('LOC SAO PAULO') || list.includes('LOC Sao Paulo'), JSON.stringify(list));
  });

  it("reads a country's letters glued to a currency sign as no place", () => {
    const list = typed('The offer would cost NZ$1.2 billion a year, the New Zealand government said.');
    assert.ok(!list.includes('LOC NZ'), JSON.stringify(list));
  });

  it('takes the first field of "the Food and Drink Federation" into the body', () => {
    const w = 'The Food and Drink Federation , which represents manufacturers , said no'.split(' ');
    assert.deepEqual(extendBodyBackOverAnd(w, [{ start: 3, end: 5, type: 2 }]), [{ start: 1, end: 5, type: 1 }]);
    // without "the" the word before "and" may name a body of its own
    const v = 'Oxfam and Save the Children Fund said'.split(' ');
    assert.deepEqual(extendBodyBackOverAnd(v, [{ start: 2, end: 6, type: 1 }]), [{ start: 2, end: 6, type: 1 }]);
  });

  it('reads where people come from as a place', () => {
    assert.ok(isOriginTypedAsOrganisation('two men , both from Bradford , were arrested'.split(' '), 5, 6));
    assert.ok(isOriginTypedAsOrganisation('a 22-year-old from Bradford was arrested'.split(' '), 3, 4));
    assert.ok(!isOriginTypedAsOrganisation('officials from Google met'.split(' '), 2, 3));
    const list = typed('A 19-year-old and a 22-year-old, both from Bradford, were arrested on suspicion of attempted murder.');
    assert.ok(list.includes('LOC Bradford'), JSON.stringify(list));
  });
});

describe('session 9 probe articles, second round', () => {
  it('reads names joined before a plural noun of areas as places', () => {
    const list = typed('Ukraine said it had shot down 40 drones, mostly over the Sumy and Poltava regions. Floods hit the Kent and Sussex counties.');
    for (const name of ['Sumy', 'Poltava', 'Kent', 'Sussex']) assert.ok(list.includes(`LOC ${name}`), JSON.stringify(list));
  });

  it('gives "the minister" to no Prime Minister', () => {
    const doc = analyzeDocument({ text: 'Danish Prime Minister Mette Frederiksen met officials on Monday. The minister said the plan would go ahead.' });
    const e = (doc.get('entities') as Entity[]).find((x) => x.name === 'Mette Frederiksen');
    assert.deepEqual(e?.mentions.map((m) => m.text), ['Mette Frederiksen']);
  });
});

describe('session 9 probe articles, third round', () => {
  it('reads a sentence-case heading\'s common first word as no name, though the body names it inside a longer name', () => {
    const list = typed('Central bank holds rates, signals cut in September\n\nFRANKFURT, July 18 (Dossier Wire) — The European Central Bank left interest rates unchanged on Thursday, President Christine Lagarde said.');
    assert.ok(!list.some((x) => x.endsWith(' Central')), JSON.stringify(list));
    assert.ok(list.includes('ORG European Central Bank'), JSON.stringify(list));
    // an acronym opening a heading stays a name
    const us = typed('US investors mull appeal of court decision\n\nInvestors in the United States said on Monday they would appeal.');
    assert.ok(us.some((x) => / (US|United States)$/.test(x)), JSON.stringify(us));
  });

  it('carries a body\'s remit over "and" into words the tagger left untagged', () => {
    const list = typed('Observers from the Organization for Security and Co-operation in Europe are due to report on Tuesday.');
    assert.ok(list.includes('ORG Organization for Security and Co-operation'), JSON.stringify(list));
    const two = typed('The Center for Research and Oxfam said so.');
    assert.ok(two.includes('ORG Oxfam'), JSON.stringify(two));
  });

  it('reads a given name and "Park" joined to a person as a person, not a park', () => {
    const list = typed('Two developers, Ray Costa and Linda Park, pleaded guilty last year. The concert in Hyde Park and Central Park drew crowds.');
    assert.ok(list.includes('PERSON Linda Park'), JSON.stringify(list));
    // (no given name: the parks stay what the tagger made of them)
    assert.ok(!list.includes('PERSON Hyde Park') && !list.includes('PERSON Central Park'), JSON.stringify(list));
  });

  it('reads the names listed after a plural noun of areas as places, and titles an Irish prime minister', () => {
    const list = typed('Met Eireann has issued a red wind warning for counties Galway, Mayo and Clare from 10am. Floods hit the provinces of Lao Cai and Yen Bai.');
    for (const name of ['Galway', 'Mayo', 'Clare', 'Lao Cai', 'Yen Bai']) assert.ok(list.includes(`LOC ${name}`), JSON.stringify(list));
    const doc = analyzeDocument({ text: 'Taoiseach Micheal Martin has urged people to stay indoors.' });
    const e = (doc.get('entities') as Entity[]).find((x) => x.name === 'Micheal Martin');
    assert.deepEqual(e?.titles, ['Taoiseach']);
  });

  it('reads a shoal as a place and keeps a surname that names a bay a person', () => {
    const list = typed('A Chinese coast guard ship collided near Second Thomas Shoal in the South China Sea on Monday. Tom Bay said the plan would work.');
    assert.ok(list.some((x) => /^LOC (Second )?Thomas Shoal$/.test(x)), JSON.stringify(list));
    assert.ok(list.includes('PERSON Tom Bay'), JSON.stringify(list));
  });
});
