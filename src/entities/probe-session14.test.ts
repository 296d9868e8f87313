/** Entity rules found by reading the output of session 14's probe articles; every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../index.js';
import type { Entity } from '../document/types.js';
import { joinBodyOfPlaceOrBody } from './bodyspans.js';

function entities(text: string): Entity[] {
  return analyzeDocument({ text }).get('entities') as Entity[];
}

function typed(text: string): string[] {
  return entities(text).map((e) => `${e.type} ${e.name}`);
}

describe('session 14 probe articles', () => {
  it('reads ships named by a noun for a ship or a navy\'s prefix as MISC, whole', () => {
    const cargo = typed('Fourteen sailors were rescued from the cargo ship Minh Anh 08 after it sank in heavy seas.');
    assert.ok(cargo.includes('MISC Minh Anh 08'), JSON.stringify(cargo));
    const navy = typed('The aircraft carrier USS George Washington sent two helicopters, and the coast guard vessel BRP Teresa Magbanua searched the area.');
    assert.ok(navy.includes('MISC USS George Washington'), JSON.stringify(navy));
    assert.ok(navy.includes('MISC BRP Teresa Magbanua'), JSON.stringify(navy));
    assert.ok(!navy.some((x) => x.startsWith('PERSON')), JSON.stringify(navy));
  });

  it('reads "Operation" and the words after it as a named operation', () => {
    const list = typed('Operation Bayanihan, the relief effort, delivered rice to 20,000 families on Monday.');
    assert.ok(list.includes('MISC Operation Bayanihan'), JSON.stringify(list));
  });

  it('keeps schools and hospitals named for people whole', () => {
    const school = typed('Pupils will attend Harriet Tubman Elementary School from September, the board said.');
    assert.ok(school.includes('ORG Harriet Tubman Elementary School'), JSON.stringify(school));
    const hospitals = typed('Patients were sent to the Martin Luther King Jr. Community Hospital and to St. Joseph\'s Medical Center overnight.');
    assert.ok(hospitals.includes('ORG Martin Luther King Jr. Community Hospital'), JSON.stringify(hospitals));
    assert.ok(hospitals.includes("ORG St. Joseph's Medical Center"), JSON.stringify(hospitals));
  });

  it('joins "University" tagged alone to the place after "of"', () => {
    // (the tagger splits it so in some articles' context only: the rule is tested on its spans)
    const w = ['Researchers', 'at', 'the', 'University', 'of', 'Cape', 'Town', 'are', 'studying', 'it'];
    const joined = joinBodyOfPlaceOrBody(w, [{ start: 3, end: 4, type: 1 }, { start: 5, end: 7, type: 2 }]);
    assert.deepEqual(joined, [{ start: 3, end: 7, type: 1 }]);
  });

  it('reads a name after "firm" as a company', () => {
    const list = typed('The start-up later raised money from the investment firm Partech Africa and from two banks.');
    assert.ok(list.includes('ORG Partech Africa'), JSON.stringify(list));
  });

  it('reads names in apposition to a counterpart or kin as people', () => {
    const counterpart = typed('The treaty was signed by the foreign minister and his Indonesian counterpart, Sugiono, in Jakarta.');
    assert.ok(counterpart.includes('PERSON Sugiono'), JSON.stringify(counterpart));
    const kin = typed('She is survived by two daughters, Ifeoma and Adaeze, and by six grandchildren.');
    assert.ok(kin.includes('PERSON Ifeoma'), JSON.stringify(kin));
    assert.ok(kin.includes('PERSON Adaeze'), JSON.stringify(kin));
  });

  it('links a bare surname to the person an obituary is about, not to a relative named in apposition', () => {
    const text = 'Grace Mensah, who ran the country\'s first blood bank, died on Friday. Her death was announced by her son, Kofi Mensah, a banker. Dr. Mensah trained hundreds of nurses.';
    const grace = entities(text).find((e) => e.name === 'Grace Mensah');
    const kofi = entities(text).find((e) => e.name === 'Kofi Mensah');
    assert.equal(grace?.mentions.length, 2, JSON.stringify(entities(text)));
    assert.equal(kofi?.mentions.length, 1, JSON.stringify(entities(text)));
  });

  it('reads a town of two words after "in" or "near" as a place when no given name opens it', () => {
    const list = typed('In Da Nang, schools were closed, and flooding cut the main road near Quang Ngai.');
    assert.ok(list.includes('LOC Da Nang'), JSON.stringify(list));
    assert.ok(list.includes('LOC Quang Ngai'), JSON.stringify(list));
  });

  it('gives a name of two words typed once a body and once a place one type, the body\'s', () => {
    const text = 'Ask the founder of Wari Pay, the mobile payments company, about her success and she talks about her engineers. Her first start-up, a delivery app called Yobante, failed within a year. Wari Pay, launched in 2017 with money from her uncle, now employs 450 people in Dakar, Abidjan and Bamako.';
    const wari = entities(text).filter((e) => e.name === 'Wari Pay');
    assert.equal(wari.length, 1, JSON.stringify(wari));
    assert.equal(wari[0]!.type, 'ORG');
    assert.equal(wari[0]!.mentions.length, 2);
  });

  it('makes a town of two words typed a person a place where another mention is "in" it', () => {
    const text = 'Police arrested two smugglers in Ha Tien on Monday. Ha Tien lies on the border with Cambodia, and Ha Tien officials said the men carried fake passports.';
    const haTien = entities(text).filter((e) => e.name === 'Ha Tien');
    assert.equal(haTien.length, 1, JSON.stringify(haTien));
    assert.equal(haTien[0]!.type, 'LOC');
  });

  it('reads a club opening with "Athletic" as a club even when tagged a person', () => {
    const list = typed('Athletic Bilbao will play Manchester United in the Europa League semi-finals.');
    assert.ok(list.includes('ORG Athletic Bilbao'), JSON.stringify(list));
  });

  it('reads a name right after "consultancy" as the firm, not a person', () => {
    const list = typed('Serkan Toto, founder of the Tokyo consultancy Kantan Games, said Sony was betting on loyal players.');
    assert.ok(list.includes('ORG Kantan Games'), JSON.stringify(list));
    // (a film-maker, a playmaker are people)
    const loach = typed('The British film-maker Ken Loach said he would shoot a new film in Belfast.');
    assert.ok(loach.includes('PERSON Ken Loach'), JSON.stringify(loach));
  });

  it('keeps "Stock Exchange of" a country whole', () => {
    const list = typed('Pichai Chunhavajira, a former chairman of the Stock Exchange of Thailand, becomes finance minister.');
    assert.ok(list.includes('ORG Stock Exchange of Thailand'), JSON.stringify(list));
  });

  it('keeps a school district\'s name whole, and reads a name before "mall" as a place', () => {
    const district = typed('Also on Tuesday, the Riverside Unified School District board appointed Dr. Renee Hill as superintendent.');
    assert.ok(district.includes('ORG Riverside Unified School District'), JSON.stringify(district));
    const mall = typed('Deputies were called to a shooting near the Tyler Galleria mall on Monday night.');
    assert.ok(mall.includes('LOC Tyler Galleria'), JSON.stringify(mall));
  });

  it('reads names that become a post as people, the second of a gapped pair too', () => {
    const list = typed('Kwabena Mintah Akandoh becomes health minister and Haruna Iddrisu education minister, the presidency said.');
    assert.ok(list.includes('PERSON Kwabena Mintah Akandoh'), JSON.stringify(list));
    assert.ok(list.includes('PERSON Haruna Iddrisu'), JSON.stringify(list));
  });

  it('reads a marathon as an event', () => {
    const list = typed('Eliud Kipchoge has pulled out of the Boston Marathon with a hamstring injury.');
    assert.ok(list.includes('MISC Boston Marathon'), JSON.stringify(list));
  });

  it('reads a product with its model number as one MISC name', () => {
    const list = typed('Nintendo said the Switch 2 had sold 10 million units since June.');
    assert.ok(list.includes('MISC Switch 2'), JSON.stringify(list));
    // (not a place's yard line nor a party's seats)
    const yard = typed('The Chargers recovered the ball at the Denver 7 yard line late in the game.');
    assert.ok(!yard.some((x) => x.includes('Denver 7')), JSON.stringify(yard));
  });

  it('reads names right after "the brothers" as people', () => {
    const list = typed('The High Court in Nairobi freed activist Bob Njagi and the brothers Aslam and Jamil Longton after a month in detention.');
    assert.ok(list.includes('PERSON Aslam'), JSON.stringify(list));
  });

  it('reads a name after "think tank" as a body', () => {
    const list = typed('Chidi Okafor, an analyst at the Lagos think tank Agora Policy, was more cautious.');
    assert.ok(list.includes('ORG Agora Policy'), JSON.stringify(list));
  });

  it('keeps a school "of" its field whole and joins the acronym that skips its initial', () => {
    const text = 'Analysts at the S. Rajaratnam School of International Studies (RSIS) in Singapore said Beijing wanted calm. Collin Koh, a senior fellow at RSIS, agreed.';
    const school = entities(text).find((e) => e.name === 'S. Rajaratnam School of International Studies');
    assert.equal(school?.type, 'ORG', JSON.stringify(entities(text)));
    assert.equal(school?.mentions.length, 3, JSON.stringify(school));
  });

  it('finds an acronym with a lowercase letter defined in parentheses, and its later uses', () => {
    const text = 'The World Bank and the African Development Bank (AfDB) have pledged $2.5 billion. The AfDB said the money would go to new power lines.';
    const afdb = entities(text).find((e) => e.name === 'African Development Bank');
    assert.equal(afdb?.mentions.length, 3, JSON.stringify(entities(text)));
  });

  it('reads a lone one-word person in a list of firms as a firm', () => {
    const list = typed('A crop of smaller rivals, including Cerebras, Groq and SambaNova, have won customers by promising lower power use.');
    assert.ok(list.includes('ORG Groq'), JSON.stringify(list));
  });

  it('keeps a town alone out of its airport\'s entity, and a navy\'s ship MISC', () => {
    const text = 'Cyclone Alfred hits Queensland; Qantas grounds flights\n\nBRISBANE - Cyclone Alfred crossed the Queensland coast near Hervey Bay on Saturday, cutting power to 300,000 homes, the Bureau of Meteorology (BoM) said.\n\nPremier David Crisafulli said two people had died in floods in Lismore, across the border in New South Wales. NSW Premier Chris Minns deployed 1,000 members of the State Emergency Service (SES).\n\nQantas Airways and Virgin Australia cancelled all flights from Brisbane Airport and Gold Coast Airport. A Qantas Boeing 737 bound for Sydney returned to Brisbane after a bird strike, the airline said.\n\nThe Royal Australian Navy sent HMAS Adelaide, an amphibious ship, to Brisbane with supplies.\n';
    const list = entities(text);
    const airport = list.find((e) => e.name === 'Brisbane Airport');
    assert.equal(airport?.mentions.length, 1, JSON.stringify(list));
    assert.equal(list.find((e) => e.name === 'HMAS Adelaide')?.type, 'MISC', JSON.stringify(list));
  });
});
