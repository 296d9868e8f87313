/** Entity rules found by reading the output of session 15's second probe round; every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entities, mentionsOf, typed } from './testing.js';

describe('session 15 second probe round', () => {
  it("joins a club's last word, typed a person before a role in the club, to the club", () => {
    const text = 'Aston Villa drew 1-1 with Fulham at home on Saturday.\n\nVilla manager Unai Emery said the draw was fair.\n\nVilla are fifth in the table.';
    assert.deepEqual(mentionsOf(text, 'Aston Villa'), ['Aston Villa', 'Villa', 'Villa'], JSON.stringify(typed(text)));
  });

  it('keeps an acronym a body uses before a place its initials spell apart from the place', () => {
    const text = 'Rail operator NS said on its website that all trains were halted. Gales were lashing the North Sea coast by the afternoon.';
    const list = typed(text);
    assert.deepEqual(mentionsOf(text, 'North Sea'), ['North Sea'], JSON.stringify(list));
    assert.ok(list.includes('ORG NS'), JSON.stringify(list));
  });

  it('reads a two-letter acronym typed a place once and a body once as the body', () => {
    // (the first "NS", which the tagger leaves out, is found as the acronym of the place and typed so)
    const text = 'Trains in the Netherlands were halted on Monday. Dutch railway operator NS has cancelled all trains in the north until noon. NS said on its website that fallen trees were blocking lines. The weather service has issued a code red warning for the North Sea coast.';
    const list = typed(text);
    assert.deepEqual(mentionsOf(text, 'NS'), ['NS', 'NS'], JSON.stringify(list));
    assert.deepEqual(mentionsOf(text, 'North Sea'), ['North Sea'], JSON.stringify(list));
  });

  it('keeps an agency ending in "Administration" whole after "a spokesperson for the"', () => {
    const list = typed('A spokesperson for the National Highway Traffic Safety Administration said the agency had opened an inquiry.');
    assert.ok(list.includes('ORG National Highway Traffic Safety Administration'), JSON.stringify(list));
    assert.ok(!list.some((x) => x.startsWith('PERSON')), JSON.stringify(list));
  });

  it('reads a sentence-opening adverb before ", a group of" as no name', () => {
    const list = typed('The shelling stopped at dawn. Nearby, a group of men dug through the rubble with their hands.');
    assert.ok(!list.some((x) => x.endsWith(' Nearby')), JSON.stringify(list));
  });

  it('reads a plural common noun opening a sentence as no name', () => {
    const list = typed('Oil prices jumped 5 percent on Monday. Airlines fell sharply in early trading in Frankfurt.');
    assert.ok(!list.some((x) => x.endsWith(' Airlines')), JSON.stringify(list));
  });

  it('reads a field before officials after a dateline as no name', () => {
    const list = typed('KUMASI, Ghana — Health officials said on Tuesday that two more people had died of cholera.');
    assert.ok(!list.some((x) => x.endsWith(' Health')), JSON.stringify(list));
  });

  it('reads a name before a verb and "his wife" as a person', () => {
    const list = typed('Lahcen Ait Brahim lost his wife and two sons when the house fell.');
    assert.ok(list.includes('PERSON Lahcen Ait Brahim'), JSON.stringify(list));
  });

  it('keeps a given name that spells a chamber in a two-word name', () => {
    const text = "Botswana's president Duma Boko named a new cabinet on Monday. Boko said it would tackle unemployment.";
    assert.deepEqual(mentionsOf(text, 'Duma Boko'), ['Duma Boko', 'Boko'], JSON.stringify(typed(text)));
  });

  it('reads a nationality and a short word as one company', () => {
    const text = 'Swiss Re said claims from the floods would reach $400 million. Munich Re gave no figure.';
    const list = typed(text);
    assert.ok(list.includes('ORG Swiss Re'), JSON.stringify(list));
    assert.deepEqual(mentionsOf(text, 'Munich Re'), ['Munich Re'], JSON.stringify(list));
  });

  it('finds a Chinese family name alone, the first word of the full name, as that person', () => {
    const text = 'Chinese leader Xi Jinping arrived in Hanoi on Monday. Xi told his hosts that trade would keep growing.';
    assert.deepEqual(mentionsOf(text, 'Xi Jinping'), ['Xi Jinping', 'Xi'], JSON.stringify(typed(text)));
  });

  it('joins a surname without its Arabic article to the full name', () => {
    const text = 'Interim president Ahmed al-Sharaa visited Riyadh on Sunday. Sharaa, who took power in December, met the crown prince.';
    assert.deepEqual(mentionsOf(text, 'Ahmed al-Sharaa'), ['Ahmed al-Sharaa', 'Sharaa'], JSON.stringify(typed(text)));
  });

  it('reads the name after "the rebel group" as an organisation', () => {
    const list = typed('He once led the rebel group Hayat Tahrir al-Sham in Idlib.');
    assert.ok(list.includes('ORG Hayat Tahrir al-Sham'), JSON.stringify(list));
  });

  it('splits a body from the country that owns the next one', () => {
    const list = typed("The China Development Bank and Brazil's BNDES signed a loan deal on Friday.");
    assert.ok(list.includes('ORG China Development Bank') && list.includes('LOC Brazil'), JSON.stringify(list));
  });

  it('reads a name of two words typed MISC against a club in a result as a club', () => {
    const list = typed('Newcastle United drew 2-2 with Wolverhampton Wanderers on Sunday. Alexander Isak scored twice in the first half and the visitors equalised in stoppage time.');
    assert.ok(list.includes('ORG Wolverhampton Wanderers'), JSON.stringify(list));
  });

  it("reads a maker's name typed as a product before a company post as the company", () => {
    const list = typed('The airline grounded 20 Boeing 737 jets. Boeing spokeswoman Jessica Kowal said the company was cooperating.');
    assert.ok(list.includes('ORG Boeing'), JSON.stringify(list));
  });

  it('reads a name before ", part of" a group as a business of it', () => {
    const list = typed('Food delivery app Talabat, part of Delivery Hero Group, said it would hire 500 riders in Cairo.');
    assert.ok(list.includes('ORG Talabat'), JSON.stringify(list));
  });

  it('reads names after "executives from" as their firms', () => {
    const list = typed('Executives from Tesla and Kia met Indonesian officials in Jakarta on Wednesday.');
    assert.ok(list.includes('ORG Tesla') && list.includes('ORG Kia'), JSON.stringify(list));
  });

  it('reads a one-word name typed a person more often than a place as the person', () => {
    const text = 'Chidambaram said on Monday the budget would cut taxes. Chidambaram told parliament the deficit would fall. Unions will meet Chidambaram in Delhi next week.';
    assert.deepEqual(mentionsOf(text, 'Chidambaram'), ['Chidambaram', 'Chidambaram', 'Chidambaram'], JSON.stringify(typed(text)));
  });

  it('reads the name after "the journal" as the journal', () => {
    const list = typed('The findings were published in the journal Zootaxa on Wednesday.');
    assert.ok(list.includes('ORG Zootaxa'), JSON.stringify(list));
  });

  it('reads an unknown name of two words after "flights to" as a place', () => {
    const list = typed('Vietnam Airlines cancelled all flights to Da Nang because of the storm.');
    assert.ok(list.includes('LOC Da Nang'), JSON.stringify(list));
  });

  it('reads a name after a trade and "company" as the company', () => {
    const list = typed('Mining company Trans Hex declined to comment on the report.');
    assert.ok(list.includes('ORG Trans Hex'), JSON.stringify(list));
  });

  it('reads a name followed by ", which owns" as a business', () => {
    const list = typed('De Beers, which owns the mine, said output would fall by a fifth.');
    assert.ok(list.includes('ORG De Beers'), JSON.stringify(list));
  });

  it('reads a name before "chief executive" and a person as the company', () => {
    const list = typed('Platinum producer Anglo Moto chief executive Craig Miller said on Friday prices had bottomed out.');
    assert.ok(list.includes('ORG Anglo Moto'), JSON.stringify(list));
  });

  it('reads a one-word name typed a body once and a place once, before a post and a person, as the body', () => {
    const text = "ASUNCION, Paraguay (AP) — South American football's governing body Conmebol said on Monday that the cup final would be played in Quito, after Ecuador's government guaranteed security.\n\nConmebol president Alejandro Dominguez said the decision was taken with the fans in mind.";
    assert.deepEqual(mentionsOf(text, 'Conmebol'), ['Conmebol', 'Conmebol'], JSON.stringify(typed(text)));
  });

  it('reads the name between a political leaning and "party" as the party', () => {
    const list = typed('The populist Sanseito party won 14 seats in the upper house.');
    assert.ok(list.includes('ORG Sanseito'), JSON.stringify(list));
  });

  it('reads "co-leader" as a post', () => {
    const text = 'Greens co-leader Marta Lindqvist said the party would not join the coalition.';
    const e = entities(text).find((x) => x.name === 'Marta Lindqvist');
    assert.ok(e && e.titles.some((t) => /co-leader/.test(t)), JSON.stringify(entities(text).map((x) => [x.name, x.titles])));
  });

  it('joins every mention of an acronym defined in parentheses to its body, whatever its type', () => {
    const text = 'The far-right Alternative for Germany (AfD) came second with 20.8 percent, its best result. AfD co-leader Alice Weidel said the party was "ready to govern". Merz has ruled out working with the AfD.';
    assert.deepEqual(mentionsOf(text, 'Alternative for Germany'), ['Alternative for Germany', 'AfD', 'AfD', 'AfD'], JSON.stringify(typed(text)));
  });

  it('reads an acronym the article types a body more often than MISC as the body', () => {
    const text = 'The OECD said on Tuesday that growth in Japan would slow. The OECD report said wages had stagnated. Japan is an OECD country where prices have risen much faster than incomes, the OECD said.';
    assert.deepEqual(mentionsOf(text, 'OECD'), ['OECD', 'OECD', 'OECD', 'OECD'], JSON.stringify(typed(text)));
  });

  it('reads a chain named by its trade as a company', () => {
    const list = typed('In China, where Starbucks competes with Luckin Coffee, sales fell 6 percent.');
    assert.ok(list.includes('ORG Luckin Coffee'), JSON.stringify(list));
  });

  it('reads "No." and a number as no name', () => {
    const list = typed('Zverev, the world No. 2, said the Italian was simply too good on the day.');
    assert.ok(!list.some((x) => x.includes('No.')), JSON.stringify(list));
  });

  it("reads a name described as a place's largest insurer as the insurer", () => {
    const list = typed("Kestrel Halvorsen, Norway's largest insurer, said claims rose.");
    assert.ok(list.includes('ORG Kestrel Halvorsen'), JSON.stringify(list));
  });

  it('reads a capitalised word of race before a noun of people as MISC', () => {
    const list = typed('The deputy shot Sonya Massey, a Black woman who had called for help, in her kitchen.');
    assert.ok(!list.some((x) => x === 'LOC Black' || x === 'ORG Black' || x === 'PERSON Black'), JSON.stringify(list));
  });

  it('reads a name typed an organisation right after a title only people hold as the person', () => {
    const text = 'The Senate confirmed the nominee by 51-50, with Vice President JD Vance casting the tie-breaking vote.';
    const e = entities(text).find((x) => x.name === 'JD Vance');
    assert.equal(e?.type, 'PERSON', JSON.stringify(typed(text)));
  });

  it('reads a feast after "by" as no place', () => {
    const list = typed('The new chancellor said he would seek to form a government by Easter.');
    assert.ok(!list.some((x) => x.endsWith(' Easter')), JSON.stringify(list));
  });

  it('joins a name to the one it is "now known as"', () => {
    const text = 'The offensive was led by Abu Mohammed al-Julani, now known as Ahmed al-Sharaa, whose forces took Aleppo in days.';
    const people = entities(text).filter((e) => e.type === 'PERSON');
    assert.equal(people.length, 1, JSON.stringify(typed(text)));
  });
});
