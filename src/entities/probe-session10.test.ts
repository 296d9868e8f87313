/** Entity rules found by reading the output of session 10's probe articles; every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../index.js';
import type { Entity } from '../document/types.js';

function typed(text: string): string[] {
  return (analyzeDocument({ text }).get('entities') as Entity[]).map((e) => `${e.type} ${e.name}`);
}

describe('session 10 probe articles', () => {
  it('takes "U.N." and "UN" in one name for one body', () => {
    const ents = analyzeDocument({ text: 'UN General Assembly backs call for ceasefire\n\nThe U.N. General Assembly on Tuesday adopted a resolution. The E.U. said the EU would respond.' }).get('entities') as Entity[];
    const assembly = ents.filter((e) => e.name.endsWith('General Assembly'));
    assert.equal(assembly.length, 1, JSON.stringify(assembly));
    assert.equal(assembly[0]!.mentions.length, 2);
    assert.equal(ents.filter((e) => /^E\.?U\.?$/.test(e.name)).length, 1);
  });

  it('reads "shares in" a name the article calls a company as the company', () => {
    const list = typed('Shares in Ferrovia Nord fell 6.2% in Milan. Ferrovia Nord said it would recall bikes. Analysts at Ferrovia Nord were surprised.');
    assert.ok(!list.includes('LOC Ferrovia Nord'), JSON.stringify(list));
    // the market of a city stays the city
    assert.ok(typed('Shares in Tokyo fell 2% on Monday.').includes('LOC Tokyo'));
  });

  it('reads a one-word name listed with a place after "in" as a place', () => {
    const list = typed('"If you are in Tharwa or Banks, it is too late to leave," she said.');
    assert.ok(list.includes('LOC Banks'), JSON.stringify(list));
  });

  it('reads a named dam as a place', () => {
    assert.ok(typed('The blaze started near the Cotter Dam on Saturday afternoon.').includes('LOC Cotter Dam'));
  });
});

describe('session 10 probe articles, second round', () => {
  it('reads a name before a street or a neighbourhood as a place', () => {
    const list = typed("Thieves stole watches from a shop on Vienna's Graben shopping street. Police sealed off the Kreuzberg neighbourhood.");
    assert.ok(list.includes('LOC Graben') && list.includes('LOC Kreuzberg'), JSON.stringify(list));
  });

  it('types a name apposed to the agent of a passive by the agent\'s noun', () => {
    const list = typed('Her death was confirmed by her publisher, Companhia das Letras, which said she had been ill.');
    assert.ok(list.includes('ORG Companhia das Letras'), JSON.stringify(list));
  });

  it('reads a quoted title after a noun of a work as one name of a work', () => {
    const list = typed('She worked as a teacher before publishing her first novel, "Concrete Rain," in 1968.');
    assert.deepEqual(list, ['MISC Concrete Rain']);
  });
});

describe('session 10: one name, one sense', () => {
  it('reads a name the article types an organisation more often than a place as the organisation', () => {
    const ents = analyzeDocument({ text: 'Alitalia said on Friday it would cut 2,000 jobs. Alitalia shares rose. The plan is a radical change for Alitalia, analysts said. Alitalia chief executive Giancarlo Cimoli welcomed it.' }).get('entities') as Entity[];
    assert.ok(!ents.some((e) => e.type === 'LOC' && e.name === 'Alitalia'), JSON.stringify(ents.map((e) => `${e.type} ${e.name}`)));
  });

  it('keeps a name that a preposition of place puts on the map a place', () => {
    const list = typed('Premier Wen urged Shanxi to save energy. Wen praised Shanxi for its reforms. Investment in Shanxi rose 12 percent.');
    assert.ok(list.includes('LOC Shanxi') && !list.includes('ORG Shanxi'), JSON.stringify(list));
  });
});

describe('session 10 probe articles, third round', () => {
  it('reads a name ending in a feature of nature as a place, even where the tagger saw a body', () => {
    const list = typed('China, Philippines trade blame after ships collide near Scarborough Shoal\n\nThe collision happened near the disputed Scarborough Shoal in the South China Sea.');
    assert.ok(list.includes('LOC Scarborough Shoal') && !list.includes('ORG Scarborough Shoal'), JSON.stringify(list));
  });
});

describe('session 10 probe articles, fourth round', () => {
  it('reads a common word opening a quotation as no name, and keeps names and acronyms there', () => {
    assert.deepEqual(typed('"Justice has prevailed," PTI spokesman Raoof Hasan said in Lahore.').filter((x) => x.endsWith('Justice')), []);
    assert.ok(typed('"US policy in Iraq must change," he said.').includes('LOC United States'));
  });

  it('leaves the wire\'s weekday out of the name before it', () => {
    const list = typed('Algerian President Abdelaziz Bouteflika Saturday called for calm. Bank Negara Tuesday said rates would hold.');
    assert.ok(list.includes('PERSON Abdelaziz Bouteflika') && list.includes('ORG Bank Negara'), JSON.stringify(list));
  });

  it('reads a market index as no place', () => {
    assert.ok(typed("Brazil's Ibovespa index was down 0.5%.").includes('MISC Ibovespa'));
  });

  it('links the name a person goes by, inside the full name, to the person', () => {
    const ents = analyzeDocument({ text: 'Petrobras to boost investment as Lula pushes growth\n\nPresident Luiz Inacio Lula da Silva has urged Petrobras to invest more.' }).get('entities') as Entity[];
    const lula = ents.find((e) => e.name === 'Luiz Inacio Lula da Silva');
    assert.equal(lula?.mentions.length, 2, JSON.stringify(ents.map((e) => e.name)));
  });
});
