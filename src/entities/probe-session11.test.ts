/** Entity rules found by reading the output of session 11's probe articles; every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../index.js';
import type { Entity } from '../document/types.js';

function typed(text: string): string[] {
  return (analyzeDocument({ text }).get('entities') as Entity[]).map((e) => `${e.type} ${e.name}`);
}

describe('session 11 probe articles', () => {
  it('reads a company named like a place among companies as a company', () => {
    const list = typed('The association, which represents Google, Amazon and Meta, said the ban was disproportionate.');
    assert.ok(list.includes('ORG Amazon'), JSON.stringify(list));
    // a country in such a list stays a country
    assert.ok(typed('Oxfam, Google and Kenya signed the pledge.').includes('LOC Kenya'));
  });

  it('takes a body\'s head into the name when the tagger kept only the adjective', () => {
    const list = typed('BRUSSELS (Wire) — The European Parliament on Tuesday voted to ban the use of emotion-recognition software in job interviews.');
    assert.ok(list.includes('ORG European Parliament'), JSON.stringify(list));
    // a title after the head belongs to the person it opens
    const berri = typed('Lebanese Parliament Speaker Nabih Berri on Tuesday described the session as an ice breaker.');
    assert.ok(berri.includes('PERSON Nabih Berri'), JSON.stringify(berri));
    assert.ok(!berri.includes('ORG Lebanese Parliament'), JSON.stringify(berri));
  });

  it('reads the name after a medium\'s noun as the medium', () => {
    const list = typed('"We have never seen anything like this," the mayor, Carmen Ortiz, told the radio station Onda Cero.');
    assert.ok(list.includes('ORG Onda Cero'), JSON.stringify(list));
    assert.ok(typed('The story was first reported by the tabloid Sun on Sunday.').includes('ORG Sun'));
    // an adjective after "daily" modifies the noun after it
    assert.ok(!typed('Portions were published in all daily Vietnamese-language newspapers.').includes('ORG Vietnamese-language'));
  });

  it('reads the owner of a mayor or of residents as a place', () => {
    const list = typed("Alzira's mayor, Carmen Ortiz, said people were trapped on roofs.");
    assert.ok(list.includes('LOC Alzira'), JSON.stringify(list));
  });
});

describe('session 11 probe articles, second round', () => {
  it('reads a one-word name ending in "bank" as a bank', () => {
    const list = typed('"Investors are starting to price in a longer period," said Maria Keller, chief strategist at Alpenbank in Zurich.');
    assert.ok(list.includes('ORG Alpenbank'), JSON.stringify(list));
  });
});

describe('session 11 probe articles, third round', () => {
  it('reads a name the lists know as a place and a club as the place before "\'s mayor"', () => {
    const list = typed("Witnesses described panic as passengers fled. Hamburg's mayor, Peter Tschentscher, thanked emergency services and said the city was in shock.");
    assert.ok(list.includes('LOC Hamburg'), JSON.stringify(list));
    assert.ok(typed("A knife attack at Hamburg's main railway station wounded 18 people.").includes('LOC Hamburg'));
  });
});

describe('session 11 probe articles, fourth round', () => {
  it('reads the name after a kind of body as that body: "Housing charity Shelter", "carmaker Stellantis"', () => {
    assert.ok(typed('Housing charity Shelter said the plan did not go far enough.').includes('ORG Shelter'));
    // a person after a noun that is also a person's calling stays a person
    assert.ok(typed('The broadcaster David Attenborough said he was pleased.').includes('PERSON David Attenborough'));
  });

  it('drops a rubric before a heading\'s colon: "Q&A:"', () => {
    const list = typed('Q&A: What the new EU border checks mean for travellers\n\nThe checks start on Oct. 12.');
    assert.ok(!list.some((x) => x.endsWith(' Q&A')), JSON.stringify(list));
  });
});

describe('session 11 probe articles, fifth round', () => {
  it('leaves the article opening a sentence out of a name: "An African Union summit"', () => {
    const list = typed('ADDIS ABABA (Wire) — An African Union summit on the war in Sudan has been postponed.');
    assert.ok(list.some((x) => x.endsWith(' African Union')), JSON.stringify(list));
    assert.ok(!list.some((x) => x.includes('An African')), JSON.stringify(list));
  });
});

describe('session 11 probe articles, sixth round', () => {
  it('reads a name the article uses as a club\'s as the club, though it is a given name too: "Chelsea have agreed", "join Chelsea"', () => {
    const list = typed('Chelsea sign Brazilian forward Estevao from Palmeiras\n\nChelsea have agreed to sign Brazilian teenager Estevao Willian from Palmeiras, the club said. The winger will join Chelsea in July.');
    assert.ok(list.includes('ORG Chelsea'), JSON.stringify(list));
    assert.ok(!list.includes('PERSON Chelsea'), JSON.stringify(list));
  });

  it('joins a first name given alone before the full name to that person: "Estevao" ... "Estevao Willian"', () => {
    const ents = analyzeDocument({ text: 'Chelsea sign Estevao from Palmeiras\n\nChelsea have agreed to sign Brazilian teenager Estevao Willian. Estevao has scored four goals this season.' }).get('entities') as Entity[];
    const people = ents.filter((e) => e.type === 'PERSON' && e.name.startsWith('Estevao'));
    assert.equal(people.length, 1, JSON.stringify(people.map((e) => e.name)));
    assert.equal(people[0]!.name, 'Estevao Willian');
  });
});

describe('session 11 probe articles, seventh round', () => {
  it('reads "<name> Society of <place>" as a body: "Law Society of Kenya"', () => {
    const list = typed('Police arrested more than 100 demonstrators, according to the Law Society of Kenya, which condemned the violence.');
    assert.ok(list.includes('ORG Law Society of Kenya'), JSON.stringify(list));
  });
});
