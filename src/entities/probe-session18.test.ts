/** Entity rules found by reading the output of session 18's probe rounds; every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentionsOf, typed } from './testing.js';

describe('session 18 probe round', () => {
  it('leaves "Shares of" after a dateline out of the company\'s name', () => {
    const list = typed('SEOUL (Reuters) - Shares of Nvidia fell 4 percent on Tuesday after the company cut its forecast.');
    assert.ok(list.includes('ORG Nvidia'), JSON.stringify(list));
    assert.ok(!list.some((x) => x.includes('Shares')), JSON.stringify(list));
    const market = typed('TOKYO (Reuters) - Shares in Asia slipped on Monday.');
    assert.ok(market.includes('LOC Asia'), JSON.stringify(market));
  });

  it('reads a name between a leader\'s possessive and "party" as the party', () => {
    const list = typed('President Javier Milei\'s La Libertad Avanza party won 41 percent of the vote.');
    assert.ok(list.includes('ORG La Libertad Avanza'), JSON.stringify(list));
  });

  it('reads the untagged name opening a sentence before ", its president," as the holder', () => {
    const text = 'The Law Society said it would sue. Faith Odhiambo, its president, said lawyers would act for free.';
    assert.ok(typed(text).includes('PERSON Faith Odhiambo'), JSON.stringify(typed(text)));
    const possessed = typed('Mercy Wanjiku, the union\'s chairwoman, said talks had failed.');
    assert.ok(possessed.includes('PERSON Mercy Wanjiku'), JSON.stringify(possessed));
  });

  it('reads a name called an organisation\'s rival or unit in an appositive as a company', () => {
    const list = typed('BYD, Tesla\'s Chinese rival, reported record sales in October.');
    assert.ok(list.includes('ORG BYD'), JSON.stringify(list));
    // (a person named another person's rival stays a person)
    const person = typed('Kamala Harris, Trump\'s Democratic rival, said she would appeal.');
    assert.ok(person.includes('PERSON Kamala Harris'), JSON.stringify(person));
  });

  it('reads the side a gap in points is measured against as a club in a match report', () => {
    const list = typed('Ollie Watkins scored twice as Villa beat Brentford 2-0 on Saturday. They are now fourth, a point ahead of Chelsea, while Liverpool dropped to seventh.');
    assert.ok(list.includes('ORG Chelsea'), JSON.stringify(list));
  });

  it('reads a town the lists know as a club where a result joins it to a club', () => {
    const list = typed('The striker scored twice as Valencia beat Getafe 2-0 on Saturday and the manager was pleased.');
    assert.ok(list.includes('ORG Valencia'), JSON.stringify(list));
    // (a country stays the national side's place)
    const national = typed('The striker scored twice as Brazil beat Getafe 2-0 in a friendly and the manager was pleased.');
    assert.ok(national.includes('LOC Brazil'), JSON.stringify(national));
  });

  it('keeps a member\'s letters after a party out of the member\'s name', () => {
    const list = typed('Labour MP Meg Hillier said the fines showed regulators were finally getting tough.');
    assert.ok(list.includes('PERSON Meg Hillier'), JSON.stringify(list));
    assert.ok(!list.includes('PERSON MP Meg Hillier'), JSON.stringify(list));
  });

  it('leaves a calling opening the sentence out of a person\'s name', () => {
    const text = 'LAGOS - Billionaire Aliko Dangote has clashed with regulators over import licences. Dangote said he would not back down.';
    assert.deepEqual(mentionsOf(text, 'Aliko Dangote'), ['Aliko Dangote', 'Dangote']);
  });

  it('reads a name set off after "the <...> commission" or "coalition" as the body', () => {
    const text = 'The national water commission, Conagua, said reservoirs were low. Efraín Morales, Conagua\'s director, said rains had helped.';
    assert.deepEqual(mentionsOf(text, 'Conagua'), ['Conagua', 'Conagua']);
    const coalition = typed('The peronist coalition Fuerza Patria, led by Axel Kicillof, took 31 percent.');
    assert.ok(coalition.includes('ORG Fuerza Patria'), JSON.stringify(coalition));
  });

  it('reads the one word after "surnamed" as a person\'s name', () => {
    const list = typed('A court official surnamed Fu was jailed for three years. A man surnamed He was also detained.');
    assert.ok(list.includes('PERSON Fu'), JSON.stringify(list));
    assert.ok(list.includes('PERSON He'), JSON.stringify(list));
  });

  it('types a faith\'s adjective before a noun MISC, not a body that speaks', () => {
    const list = typed('The leader of the country\'s largest Shiite party urged officials to stay.');
    assert.ok(list.includes('MISC Shiite'), JSON.stringify(list));
    assert.ok(!list.includes('ORG Shiite'), JSON.stringify(list));
  });

  it('leaves a member\'s letters opening a sentence out of the member\'s name', () => {
    const list = typed('MP Walid Khoubeiry denounced the strike on Friday.');
    assert.ok(list.includes('PERSON Walid Khoubeiry'), JSON.stringify(list));
    assert.ok(!list.some((x) => x.includes('MP')), JSON.stringify(list));
  });

  it('reads the employer after "an analyst at" as a firm, and the analyst before it as a person', () => {
    const list = typed('Kovacsik, an analyst at Jefferies, said demand was weak.');
    assert.ok(list.includes('PERSON Kovacsik'), JSON.stringify(list));
    assert.ok(list.includes('ORG Jefferies'), JSON.stringify(list));
  });

  it('reads where a quoted person is "of" as the employer when no list knows it as a place', () => {
    const list = typed('"The guidance was weaker than we expected," said Stacy Rasgon of Bernstein.');
    assert.ok(list.includes('ORG Bernstein'), JSON.stringify(list));
    const place = typed('"Demand is strong," said Tom Jones of Ohio.');
    assert.ok(place.includes('LOC Ohio'), JSON.stringify(place));
  });

  it('reads a name an appositive calls a business as the business', () => {
    const list = typed('Deezer, the French streaming service, said it would keep its prices.');
    assert.ok(list.includes('ORG Deezer'), JSON.stringify(list));
    // (a person's trade is no business: "a hospitalized miner")
    const miner = typed('"I will never do this job again," said Li Hongjun, a hospitalized miner.');
    assert.ok(miner.includes('PERSON Li Hongjun'), JSON.stringify(miner));
  });

  it('reads "Courage" before a surname as a given name, as the other virtue names', () => {
    const list = typed('Courage Martey, an economist at Databank Group in Accra, said investors were worried.');
    assert.ok(list.includes('PERSON Courage Martey'), JSON.stringify(list));
  });

  it('reads a head only bodies have, typed a person alone, as the body with its field', () => {
    const list = typed('The Enforcement Directorate, which had opposed bail, said it would study the order.');
    assert.ok(list.includes('ORG Enforcement Directorate'), JSON.stringify(list));
    assert.ok(!list.some((x) => x.startsWith('PERSON')), JSON.stringify(list));
  });

  it('reads a name before a country\'s post in an appositive as its holder, three words too', () => {
    const text = 'Le Cong Phung, Vietnam\'s deputy foreign minister and chair of the meeting, said talks went well.';
    assert.ok(typed(text).includes('PERSON Le Cong Phung'), JSON.stringify(typed(text)));
  });

  it('reads a name before ", which has governed" as a body', () => {
    const list = typed('Frelimo, which has governed since independence in 1975, said Daniel Chapo was the legitimate winner.');
    assert.ok(list.includes('ORG Frelimo'), JSON.stringify(list));
  });

  it('reads a word between "the" and "party" that is no adjective as the party, and its leader\'s mention too', () => {
    const list = typed('Anutin Charnvirakul, leader of the Bhumjaithai party, said it was ready.');
    assert.ok(list.includes('ORG Bhumjaithai'), JSON.stringify(list));
    const text = 'The Shas party backed the bill. The Shas leader said he was pleased.';
    assert.deepEqual(mentionsOf(text, 'Shas'), ['Shas', 'Shas']);
    assert.ok(typed(text).includes('ORG Shas'), JSON.stringify(typed(text)));
  });

  it('types a people\'s and a faith\'s adjectives before a plural of people MISC, not a body that speaks', () => {
    const list = typed('Assyrian Christian leaders urged worshippers to stay home.');
    assert.ok(list.includes('MISC Assyrian Christian'), JSON.stringify(list));
  });
});
