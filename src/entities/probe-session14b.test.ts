/** Entity rules found by reading the output of session 14's second probe round; every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../index.js';
import type { Entity } from '../document/types.js';

function entities(text: string): Entity[] {
  return analyzeDocument({ text }).get('entities') as Entity[];
}

function typed(text: string): string[] {
  return entities(text).map((e) => `${e.type} ${e.name}`);
}

describe('session 14 second probe round', () => {
  it('reads a name the article attributes to "the drugmaker" as the company, in the headline too', () => {
    const text = 'Halvard Pharma to cut 4,000 jobs\n\nHalvard Pharma will cut about 4,000 jobs, the Norwegian drugmaker said on Tuesday, after sales of its insulin pens fell.';
    const list = typed(text);
    assert.ok(list.includes('ORG Halvard Pharma'), JSON.stringify(list));
    const novo = typed('Novo Nordisk to cut 9,000 jobs\n\nNovo Nordisk will cut about 9,000 jobs, the Danish drugmaker said on Wednesday, as it tries to save money.');
    assert.ok(novo.includes('ORG Novo Nordisk'), JSON.stringify(novo));
    assert.ok(!novo.some((x) => x.startsWith('PERSON')), JSON.stringify(novo));
  });

  it('keeps a given name the news never wrote before a person\'s name', () => {
    const lawyer = typed('Defence lawyer Yug Mohit Chaudhry said the court had ignored the evidence.');
    assert.ok(lawyer.includes('PERSON Yug Mohit Chaudhry'), JSON.stringify(lawyer));
    const opening = typed('Bilawal Bhutto Zardari of the Pakistan Peoples Party called for talks on Sunday.');
    assert.ok(opening.includes('PERSON Bilawal Bhutto Zardari'), JSON.stringify(opening));
  });

  it('moves "Librarian" out of the name into the title', () => {
    const list = entities('City Librarian John Szabo told the city council that branches would open on Sundays.');
    const szabo = list.find((e) => e.type === 'PERSON');
    assert.equal(szabo?.name, 'John Szabo', JSON.stringify(list));
    assert.ok(szabo?.titles.some((t) => /Librarian/.test(t)), JSON.stringify(szabo));
  });

  it('joins a body\'s hyphenated name that its acronym in parentheses spells', () => {
    const pti = typed("Khan's Pakistan Tehreek-e-Insaf (PTI) party said the arrest of its leaders was illegal.");
    assert.ok(pti.includes('ORG Pakistan Tehreek-e-Insaf'), JSON.stringify(pti));
    assert.ok(!pti.includes('LOC Pakistan'), JSON.stringify(pti));
    const ats = typed('The Anti-Terrorism Squad (ATS), which investigated the blasts, declined to comment.');
    assert.ok(ats.includes('ORG Anti-Terrorism Squad'), JSON.stringify(ats));
  });

  it('reads the social network X as an organisation', () => {
    const list = typed('Musk announced the plan on his social media platform X on Saturday, and later wrote on X that he would fund it.');
    const x = entities('Musk announced the plan on his social media platform X on Saturday, and later wrote on X that he would fund it.').find((e) => e.name === 'X');
    assert.ok(list.includes('ORG X'), JSON.stringify(list));
    assert.equal(x?.mentions.length, 2);
  });

  it('keeps "Channel 4" whole', () => {
    const list = typed('Channel 4 will cut 200 jobs as advertising revenue falls, the broadcaster said on Monday.');
    assert.ok(list.includes('ORG Channel 4'), JSON.stringify(list));
  });

  it('reads armed groups as organisations, whatever their words look like', () => {
    const list = typed('In Nigeria, Boko Haram killed 40 farmers in Borno state. In eastern Congo, the M23 rebels captured the town of Walikale.');
    assert.ok(list.includes('ORG Boko Haram'), JSON.stringify(list));
    assert.ok(list.includes('ORG M23'), JSON.stringify(list));
  });
  it('leaves a party after "of the" a body when the person before it "became" a post', () => {
    const list = typed('In Bolivia, Rodrigo Paz Pereira of the Christian Democratic Party became president on Sunday.');
    assert.ok(list.includes('ORG Christian Democratic Party'), JSON.stringify(list));
    assert.ok(list.includes('PERSON Rodrigo Paz Pereira'), JSON.stringify(list));
  });

  it('reads whom a body swore in as a person, not a place after "in"', () => {
    const list = typed("Peru's Congress removed the president on Friday and swore in José Jerí, the head of Congress, as interim president.");
    assert.ok(list.includes('PERSON José Jerí'), JSON.stringify(list));
  });

  it('reads a name tagged a place as a person when it speaks after a quote', () => {
    const text = 'Alex Mahon stepped down last year and was replaced by Priya Dogra. "We have to move faster to digital," Dogra told staff on Monday.';
    const dogra = entities(text).find((e) => e.name === 'Priya Dogra');
    assert.equal(dogra?.type, 'PERSON', JSON.stringify(entities(text)));
    assert.equal(dogra?.mentions.length, 2);
  });
  it('reads a later bare "X" as the network once the article has named it', () => {
    const text = 'Musk announced the party on his social media platform X on Saturday. His artificial intelligence firm merged with X in March.';
    const x = entities(text).find((e) => e.name === 'X');
    assert.equal(x?.type, 'ORG', JSON.stringify(entities(text)));
    assert.equal(x?.mentions.length, 2);
  });

  it('joins a body\'s own name in its language, in parentheses after its English name, to it', () => {
    const text = 'The state rail operator Ukrainian Railways (Ukrzaliznytsia) said trains ran on time despite the strikes.';
    const rail = entities(text).find((e) => e.name === 'Ukrainian Railways');
    assert.equal(rail?.mentions.length, 2, JSON.stringify(entities(text)));
  });
  it('reads a name ending in "AI" as a firm', () => {
    const list = typed('Mistral AI raised money from a Dutch chip group, and Alexandr Wang, the founder of Scale AI, joined Meta.');
    assert.ok(list.includes('ORG Mistral AI'), JSON.stringify(list));
    assert.ok(list.includes('ORG Scale AI'), JSON.stringify(list));
  });

  it('reads "Bin" and a name alone as a person', () => {
    const list = typed('Bin Salman and Bin Zayed spoke by phone on Sunday about the war in Sudan.');
    assert.ok(list.includes('PERSON Bin Salman'), JSON.stringify(list));
    assert.ok(list.includes('PERSON Bin Zayed'), JSON.stringify(list));
  });
});
