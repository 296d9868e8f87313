/** Entity rules found by reading the output of session 17's probe rounds; every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entities, mentionsOf, typed } from './testing.js';

describe('session 17 probe round', () => {
  it('keeps "Jr." in a person\'s name and joins the short form that keeps it', () => {
    const text = 'Governor Ramon Castillo Jr. signed the budget on Monday. Castillo Jr. said schools would get more money.';
    assert.deepEqual(mentionsOf(text, 'Ramon Castillo Jr.'), ['Ramon Castillo Jr.', 'Castillo Jr.']);
    const day = typed('Offices will close for Martin Luther King Jr. Day next week.');
    assert.ok(!day.includes('PERSON Martin Luther King'), JSON.stringify(day));
  });

  it('reads the ratings agency "Standard & Poor\'s" whole, with "and" too', () => {
    const list = typed('Standard and Poor\'s lowered the outlook, and Standard & Poor\'s analysts said debt would rise.');
    assert.ok(list.includes('ORG Standard and Poor\'s'), JSON.stringify(list));
    assert.ok(list.includes('ORG Standard & Poor\'s'), JSON.stringify(list));
    assert.ok(!list.includes('ORG Poor'), JSON.stringify(list));
  });

  it('types a place the article puts "in" elsewhere as a place where it opens a sentence', () => {
    const text = 'Shelling resumed in El Geneina on Sunday, residents said. El Geneina has been cut off from aid for weeks.';
    assert.deepEqual(mentionsOf(text, 'El Geneina'), ['El Geneina', 'El Geneina']);
    assert.ok(!typed(text).includes('ORG El Geneina'), JSON.stringify(typed(text)));
  });

  it('reads a two-word "person" as a firm when its first word alone is the firm in a firm\'s context', () => {
    const text = 'MILAN - Intesa Sanpaolo reported a 7 percent rise in quarterly profit on Friday, helped by fees from wealth management.\n\nShares in Intesa rose 2 percent, while UniCredit gained 1 percent.';
    const list = typed(text);
    assert.ok(list.includes('ORG Intesa Sanpaolo'), JSON.stringify(list));
    assert.deepEqual(mentionsOf(text, 'Intesa Sanpaolo'), ['Intesa Sanpaolo', 'Intesa']);
    // (not a player named once by a given name in a sports story)
    const sport = typed('Teodor Halvik scored twice. "Teodor and the others all did well," the coach said.');
    assert.ok(!sport.includes('ORG Teodor Halvik'), JSON.stringify(sport));
  });

  it('reads a firm\'s name and a country as the firm\'s unit, apart from the firm', () => {
    const text = 'Shares of Telvanta fell 2 percent. Telvanta Ghana, launched in 2021, now has 3 million customers.';
    const list = typed(text);
    assert.ok(list.includes('ORG Telvanta Ghana'), JSON.stringify(list));
    assert.deepEqual(mentionsOf(text, 'Telvanta'), ['Telvanta']);
  });

  it('reads a two-word person whose last word is a club\'s nickname as the club in a sports story', () => {
    const list = typed('Orlando Pirates stayed third after a 2-2 draw with Polokwane City on Sunday, with both goals coming in stoppage time. Pirates coach Jose Riveiro blamed the pitch.');
    assert.ok(list.includes('ORG Orlando Pirates'), JSON.stringify(list));
  });

  it('reads national sides\' nicknames alone after "the" as teams', () => {
    const list = typed('In cricket, the Proteas picked Keshav Maharaj for the tour of India.');
    assert.ok(list.includes('ORG Proteas'), JSON.stringify(list));
  });

  it('reads where a person of a given age comes from, or lives, as a place', () => {
    const list = typed('Gary Lomax, 44, from Stockport, denied the charge.');
    assert.ok(list.includes('LOC Stockport'), JSON.stringify(list));
    const lives = typed('Lomax, who lives in Stockport, was released on bail.');
    assert.ok(lives.includes('LOC Stockport'), JSON.stringify(lives));
    const member = typed('State Representative Sue Scherer, a Democrat from Decatur, called for more inspections.');
    assert.ok(member.includes('LOC Decatur'), JSON.stringify(member));
  });

  it('reads one name between commas after a body\'s post as a person', () => {
    const list = typed('The provincial disaster agency said roads were closed. Its head, Sutrisno, said 12,000 people had fled.');
    assert.ok(list.includes('PERSON Sutrisno'), JSON.stringify(list));
  });

  it('joins a body "of" a country for societies and authorities', () => {
    const list = typed('The Law Society of Uganda challenged the tax in court on Friday.');
    assert.ok(list.includes('ORG Law Society of Uganda'), JSON.stringify(list));
  });

  it('takes the second field of a bureau\'s remit that the tagger left out after "and"', () => {
    const list = typed('The Bureau of Industry and Security tightened rules in December on sales of chip tools to China.');
    assert.ok(list.includes('ORG Bureau of Industry and Security'), JSON.stringify(list));
  });
});

describe('session 17 second round', () => {
  it('reads names after a noun of trade and "from" as firms, in a list too', () => {
    const list = typed('Sales rose on demand from Nvidia, Apple and AMD, the company said.');
    assert.ok(list.includes('ORG Nvidia'), JSON.stringify(list));
    const text = 'Demand from Nvidia and other chipmakers lifted orders. Nvidia, whose chips power most data centres, reports next week.';
    assert.deepEqual(mentionsOf(text, 'Nvidia'), ['Nvidia', 'Nvidia']);
    assert.ok(!typed(text).includes('LOC Nvidia'), JSON.stringify(typed(text)));
  });

  it('reads a member\'s seat after "MP for" as a place, two names joined by "and" too', () => {
    const list = typed('Tom Hurst, the Labour MP for Rotherham, backed the plan, and Ann Lee, the MP for Rawmarsh and Conisbrough, opposed it.');
    assert.ok(list.includes('LOC Rotherham'), JSON.stringify(list));
    assert.ok(list.includes('LOC Rawmarsh and Conisbrough'), JSON.stringify(list));
  });

  it('reads a dateline\'s unknown town as a place when the story places it in running text', () => {
    const text = 'ROTHERHAM - Plans for 2,000 homes were rejected on Wednesday.\n\nTom Hurst, the Labour MP for Rotherham, welcomed the decision.';
    const e = entities(text).find((x) => x.mentions.some((m) => text.slice(m.start, m.end) === 'ROTHERHAM'));
    assert.equal(e?.type, 'LOC', JSON.stringify(entities(text)));
  });

  it('reads "Ombudsman" as a title before a name', () => {
    const es = entities('Ombudsman Iris Marín said more than 50,000 people had fled.');
    assert.ok(es.find((x) => x.name === 'Iris Marín')?.titles?.includes('Ombudsman'), JSON.stringify(es));
  });

  it('splits two names opening with the same article around "and"', () => {
    const list = typed('Los Lobos and Los Choneros, the country\'s two biggest gangs, have fought over the port.');
    assert.ok(list.includes('ORG Los Lobos') && list.includes('ORG Los Choneros'), JSON.stringify(list));
  });

  it('reads letters before "party" as the party', () => {
    const list = typed('MK party spokesman Nhlamulo Ndhlela said the vote had been rigged.');
    assert.ok(list.includes('ORG MK'), JSON.stringify(list));
  });

  it('keeps initials after a title in the holder\'s name', () => {
    const es = entities('Prime Minister KP Sharma Oli chaired an emergency meeting.');
    assert.ok(es.some((x) => x.type === 'PERSON' && x.name === 'KP Sharma Oli'), JSON.stringify(es));
    // (a body's letters before a name stay apart)
    assert.ok(typed('UN Antonio Guterres spoke on Friday.').includes('ORG UN'));
  });

  it('reads a known city typed a person as the place', () => {
    const list = typed('Defence Minister Dovile Sakaliene said Vilnius would buy 44 tanks.');
    assert.ok(list.includes('LOC Vilnius'), JSON.stringify(list));
  });

  it('reads a name after a place and "and" after a preposition of place as a place', () => {
    const list = typed('Prime Minister Nawaf Salam said the army had deployed to Al-Khiam and Bint Jbeil.');
    assert.ok(list.includes('LOC Bint Jbeil'), JSON.stringify(list));
    // (not a person named after a place that ends the list: "to Paris and John Smith" keeps the person)
    assert.ok(typed('Letters were sent to Paris and John Smith on Monday.').includes('PERSON John Smith'));
  });

  it('reads a pair of places ending in an auxiliary as places', () => {
    const list = typed('Ethiopian Airlines said flights to Gondar and Lalibela were suspended.');
    assert.ok(list.includes('LOC Lalibela'), JSON.stringify(list));
  });

  it('reads a continent\'s union as a body wherever the tagger typed it a place', () => {
    const list = typed('The African Union\'s envoy, former Nigerian president Olusegun Obasanjo, is due in Mekelle this week.');
    assert.ok(list.includes('ORG African Union'), JSON.stringify(list));
  });

  it('reads hyphenated names the tagger typed MISC before a plural noun of areas as places', () => {
    const list = typed('Ho Chi Minh City will absorb Binh Duong and Ba Ria-Vung Tau provinces.');
    assert.ok(list.includes('LOC Binh Duong') && list.includes('LOC Ba Ria-Vung Tau'), JSON.stringify(list));
  });

  it('reads a name followed by ", whose leader" as a body', () => {
    const list = typed('Fuerza Popular backed the motion, as did Renovación Popular, whose leader Rafael López Aliaga is mayor of Lima.');
    assert.ok(list.includes('ORG Renovación Popular'), JSON.stringify(list));
  });

  it('joins a place\'s name cut after a compass word', () => {
    const list = typed('Firefighters were battling more than 60 bushfires across New South Wales on Saturday.');
    assert.ok(list.includes('LOC New South Wales'), JSON.stringify(list));
  });

  it('reads a name between "the" and a trade and a business\'s noun as the company', () => {
    const list = typed('The package also lists the Tatneft oil company.');
    assert.ok(list.includes('ORG Tatneft'), JSON.stringify(list));
    // (not a place or a people's adjective that says where or whose)
    assert.ok(typed('Shares of the Texas oil company fell.').includes('LOC Texas'));
  });

  it('reads a list opening on a place after a preposition of places as places', () => {
    const list = typed('The commission said 8 people were killed across the country, including in Nakuru, Nyeri and Machakos.');
    assert.ok(list.includes('LOC Nyeri') && list.includes('LOC Machakos'), JSON.stringify(list));
    // (not firms after "invested in")
    assert.ok(typed('The fund invested in Nakuru, Apple and Google.').includes('ORG Apple'));
  });

  it('takes the noun after "of" and a people\'s adjective into a body\'s name', () => {
    const list = typed('The United Front of Thai Defenders, a nationalist group, said it would keep up the rallies.');
    assert.ok(list.includes('ORG United Front of Thai Defenders'), JSON.stringify(list));
  });

  it('reads a landform\'s name after a locative as a place', () => {
    const list = typed('Its chief executive credited security operations in the Niger Delta.');
    assert.ok(list.includes('LOC Niger Delta'), JSON.stringify(list));
  });
});

// second helper round
describe('session 17 probe round, second helper', () => {
  it('reads the name before ", <place>\'s <title>," as the holder and the title as no name', () => {
    const list = typed('Pa Socheatvong, Phnom Penh\'s Deputy Governor, said the market would reopen on Friday.');
    assert.ok(list.includes('PERSON Pa Socheatvong'), JSON.stringify(list));
    assert.ok(!list.some((x) => x.endsWith('Deputy Governor')), JSON.stringify(list));
  });

  it('reads a party named by two nouns before "party" whole, and again without "party"', () => {
    const text = 'Poland\'s opposition Law and Justice party said it would challenge the law. Law and Justice governed Poland until 2023.';
    assert.deepEqual(mentionsOf(text, 'Law and Justice'), ['Law and Justice', 'Law and Justice']);
    // (not two parties each named by one word: "the Labour and Green party leaders")
    assert.ok(!typed('Both the Labour and Green party leaders spoke.').includes('ORG Labour and Green'));
  });

  it('reads a name after a commentator\'s noun as the commentator, "Al" and all', () => {
    const list = typed('"Demand was weaker than we thought," said Kestrel Securities analyst Al Goldman.');
    assert.ok(list.includes('PERSON Al Goldman'), JSON.stringify(list));
  });

  it('takes a machine\'s capitalised adjective into its name, as no person', () => {
    const list = typed('Physicists said the Large Hadron Collider had restarted after a three-month shutdown.');
    assert.ok(list.includes('LOC Large Hadron Collider'), JSON.stringify(list));
  });

  it('reads two capitals before a surname as initials, not the honorific "Ms"', () => {
    assert.deepEqual(mentionsOf('MS Dhoni struck three sixes in the last over. Dhoni said he would decide later.', 'MS Dhoni'), ['MS Dhoni', 'Dhoni']);
  });

  it('reads a pair of countries joined by a hyphen in one token as two places', () => {
    const list = typed('Japan-U.S. talks on tariffs ended without a deal on Wednesday.');
    assert.ok(list.includes('LOC Japan') && list.includes('LOC United States'), JSON.stringify(list));
  });

  it('reads a name opening with an article that opens a sentence as the place the article names elsewhere', () => {
    const text = 'The paramilitaries said they had taken control of El Fasher on Sunday. El Fasher had been under siege for 18 months.';
    assert.deepEqual(mentionsOf(text, 'El Fasher'), ['El Fasher', 'El Fasher']);
    assert.ok(!typed(text).includes('PERSON El Fasher'), JSON.stringify(typed(text)));
  });

  it('reads a person\'s name before "analyst" and a name as the firm', () => {
    const list = typed('"It is a big step," said Nirmal Bang analyst Sunny Agrawal.');
    assert.ok(list.includes('ORG Nirmal Bang') && list.includes('PERSON Sunny Agrawal'), JSON.stringify(list));
  });

  it('joins a hyphenated regional adjective to the body it opens', () => {
    const list = typed('Lawyers said they would take the case to the Inter-American Commission on Human Rights.');
    assert.ok(list.includes('ORG Inter-American Commission on Human Rights'), JSON.stringify(list));
  });
});
