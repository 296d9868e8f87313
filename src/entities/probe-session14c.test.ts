/** Entity rules found by reading the output of session 14's third probe round; every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entities, mentionsOf, typed } from './testing.js';

describe('session 14 third probe round', () => {
  it('keeps the city\'s mentions out of a "person" whose name only ends with it', () => {
    const text = 'VENICE — Marta Rossi, who leads the campaign group We Are Here Venice, said the new fee had failed. Venice has welcomed fewer day visitors this spring.';
    const list = entities(text);
    const city = list.find((e) => e.type === 'LOC' && e.name === 'Venice');
    assert.deepEqual(city?.mentions.map((m) => text.slice(m.start, m.end)), ['VENICE', 'Venice'], JSON.stringify(list));
    assert.ok(!list.some((e) => e.type === 'PERSON' && e.mentions.some((m) => /^venice$/i.test(text.slice(m.start, m.end)))), JSON.stringify(list));
  });

  it('reads a short name before ", formally" and a company\'s legal name as that company', () => {
    const text = 'Foxconn, formally Hon Hai Precision Industry, said it would build a plant in Texas.';
    const list = typed(text);
    assert.ok(!list.some((x) => x.startsWith('PERSON')), JSON.stringify(list));
    const company = entities(text).find((e) => e.type === 'ORG' && e.mentions.some((m) => text.slice(m.start, m.end) === 'Foxconn'));
    assert.equal(company?.mentions.length, 2, JSON.stringify(company));
  });

  it('reads what a chief executive is "of" as a company, and what a chief minister is "of" as a place', () => {
    const bank = typed('The chief executive of Barclays, C.S. Venkatakrishnan, said profits rose.');
    assert.ok(bank.includes('ORG Barclays'), JSON.stringify(bank));
    const city = typed('He was sworn in as chief executive of Hong Kong in July.');
    assert.ok(city.includes('LOC Hong Kong'), JSON.stringify(city));
    const state = typed('Ali Amin Gandapur, the chief minister of Khyber Pakhtunkhwa, said the attack was planned in Afghanistan.');
    assert.ok(state.includes('LOC Khyber Pakhtunkhwa'), JSON.stringify(state));
  });

  it('reads the second of two names after "in" as a place', () => {
    const list = typed('The Red Cross opened shelters in Canoas and São Leopoldo.');
    assert.ok(list.includes('LOC São Leopoldo'), JSON.stringify(list));
    const floods = typed('Floods cut roads in Canoas and Novo Hamburgo, the agency said.');
    assert.ok(floods.includes('LOC Novo Hamburgo'), JSON.stringify(floods));
  });

  it('reads a known city in capitals before a dateline\'s dash as the place', () => {
    const list = typed('SAO PAULO — Shares of the airline fell 9% on Monday after it cut its forecast.');
    assert.ok(list.includes('LOC Sao Paulo'), JSON.stringify(list));
    assert.ok(!list.some((x) => x.startsWith('PERSON')), JSON.stringify(list));
  });

  it('reads a brand of two capitalised words run together as a firm where the tagger left it out', () => {
    const list = typed('SpaceX and xAI signed a deal with T-Mobile on Monday.');
    assert.ok(list.includes('ORG SpaceX'), JSON.stringify(list));
  });

  it('extends a cut name to the whole name the article gives elsewhere', () => {
    const text = 'Thousands rallied against the ruling Georgian Dream party on Sunday.\nBidzina Ivanishvili, the billionaire who founded Georgian Dream, has accused the opposition.';
    assert.deepEqual(mentionsOf(text, 'Georgian Dream'), ['Georgian Dream', 'Georgian Dream']);
    assert.ok(!typed(text).includes('MISC Georgian'), JSON.stringify(typed(text)));
  });
});
