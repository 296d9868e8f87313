/** Entity rules found by reading the output of session 15's probe round; every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entities, mentionsOf, typed } from './testing.js';

describe('session 15 probe round', () => {
  it('reads a country of several words the tagger left out as the place', () => {
    const text = "Côte d'Ivoire's president flew to Accra, where he met Ghana's leader on Monday.";
    assert.deepEqual(mentionsOf(text, 'Ivory Coast'), ["Côte d'Ivoire"], JSON.stringify(typed(text)));
  });

  it('reads a name joined by the izafat as a party, with its country, and spells its acronym', () => {
    const text = "Pakistan Tehreek-e-Insaf, the former prime minister's party, called protests in Lahore. The PTI said police had arrested 40 workers.";
    assert.deepEqual(mentionsOf(text, 'Pakistan Tehreek-e-Insaf'), ['Pakistan Tehreek-e-Insaf', 'PTI'], JSON.stringify(typed(text)));
  });

  it('reads a name joined by the Arabic article after a title as a person', () => {
    const list = typed('Army chief General Waker-Uz-Zaman met the interim leader at his office on Saturday.');
    assert.ok(list.includes('PERSON Waker-Uz-Zaman'), JSON.stringify(list));
  });

  it('reads the name between "ruling" and "party" as the party', () => {
    const list = typed('The ruling Morena party controls both chambers after the vote.');
    assert.ok(list.includes('ORG Morena'), JSON.stringify(list));
  });

  it('keeps the place a body serves in its name when the acronym after it spells both', () => {
    const text = 'The United Nations Interim Force in Lebanon, known as UNIFIL, said troops remained near the border. UNIFIL has 10,000 soldiers.';
    assert.deepEqual(mentionsOf(text, 'United Nations Interim Force in Lebanon'), ['United Nations Interim Force in Lebanon', 'UNIFIL', 'UNIFIL'], JSON.stringify(typed(text)));
  });

  it('joins a Portuguese place across "do"', () => {
    const list = typed('Rescue teams in the southern state of Rio Grande do Sul were searching for missing people.');
    assert.ok(list.includes('LOC Rio Grande do Sul'), JSON.stringify(list));
    assert.ok(!list.some((x) => x.endsWith(' Sul') && x !== 'LOC Rio Grande do Sul'), JSON.stringify(list));
  });

  it('reads one-word names ending in "AI" as firms', () => {
    const list = typed('Meanwhile OpenAI and xAI have signed supply deals with several memory makers.');
    assert.ok(list.includes('ORG OpenAI') && list.includes('ORG xAI'), JSON.stringify(list));
  });

  it('reads a capitalised word the tagger left out before a company post and a person as the company', () => {
    const list = typed('Banorte chief executive Marcos Ramírez said the bank expected slower lending.');
    assert.ok(list.includes('ORG Banorte'), JSON.stringify(list));
  });

  it('reads a name after "<goods> maker" as a company, not after "film maker"', () => {
    const list = typed('Grupo México and cement maker Cemex saw their shares slide.');
    assert.ok(list.includes('ORG Cemex'), JSON.stringify(list));
    const film = typed('The documentary was directed by film maker Spike Lee.');
    assert.ok(film.includes('PERSON Spike Lee'), JSON.stringify(film));
  });

  it('leaves courtesies of other languages out of people\'s names', () => {
    const text = 'Ibu Megawati Soekarnoputri urged calm on Monday. Alhaji Aliko Dangote said the refinery would open.';
    const list = typed(text);
    assert.ok(list.includes('PERSON Megawati Soekarnoputri'), JSON.stringify(list));
    assert.ok(list.includes('PERSON Aliko Dangote'), JSON.stringify(list));
  });

  it('does not give a role in apposition to one person to another person holding it', () => {
    const text = 'Iván Cepeda, the senator who brought the original complaint, said justice had been done. María Fernanda Cabal, a senator, said the party would appeal.';
    assert.deepEqual(mentionsOf(text, 'María Fernanda Cabal'), ['María Fernanda Cabal'], JSON.stringify(entities(text)));
  });

  it('writes a dateline city in accented capitals as running text', () => {
    const list = typed('BOGOTÁ, Colombia — Prosecutors charged the former president\'s lawyer on Wednesday.');
    assert.ok(list.includes('LOC Bogotá'), JSON.stringify(list));
  });

  it('reads a time zone after a live blog\'s clock time as MISC, as CoNLL tags "GMT"', () => {
    const text = [
      'LIVE: Typhoon Ragasa hits southern China',
      '10:42 HKT — Hong Kong Observatory raises the No. 10 signal. Cathay Pacific cancels all flights until Thursday.',
      '10:15 HKT — Shenzhen authorities evacuate 400,000 people, state broadcaster CCTV reports.',
      '09:50 HKT — In Taiwan, 14 people died in Hualien county after a barrier lake burst, the Central Emergency Operation Center said.',
    ].join('\n\n');
    const list = typed(text);
    assert.ok(!list.some((x) => x.endsWith(' HKT') && x !== 'MISC HKT'), JSON.stringify(list));
  });

  it('takes a body\'s first field, typed a place, into its name across "and"', () => {
    const list = typed('The casinos closed on orders from the Gaming Inspection and Coordination Bureau on Monday.');
    assert.ok(list.includes('ORG Gaming Inspection and Coordination Bureau'), JSON.stringify(list));
  });

  it('splits two firms of two words joined by "and" in one span', () => {
    const list = typed("Macau's casino operators, including Sands China and Galaxy Entertainment, closed their resorts.");
    assert.ok(list.includes('ORG Sands China') && list.includes('ORG Galaxy Entertainment'), JSON.stringify(list));
  });

  it('reads a name of waters opening with "Strait of", "Gulf of" as one place', () => {
    const list = typed('The Guards held drills near the Strait of Hormuz on Friday.');
    assert.ok(list.includes('LOC Strait of Hormuz'), JSON.stringify(list));
    const gulf = typed('Drilling in the Gulf of Mexico resumed after the storm.');
    assert.ok(gulf.includes('LOC Gulf of Mexico') && !gulf.includes('LOC Mexico'), JSON.stringify(gulf));
  });

  it('reads a one-word name that says what its chief executive does as a company', () => {
    const list = typed('Kakao said its chief executive, Chung Shin-a, would testify next week.');
    assert.ok(list.includes('ORG Kakao'), JSON.stringify(list));
  });

  it('reads a street written with its word first as a place, not the person it is named for', () => {
    const list = typed('For more information contact the Communications Department, Avenue Joseph Anoma, Abidjan.');
    assert.ok(list.includes('LOC Avenue Joseph Anoma'), JSON.stringify(list));
    assert.ok(!list.some((x) => x.startsWith('PERSON')), JSON.stringify(list));
  });

  it('reads an unknown "person" paired by "and" with a place after "to" as a place', () => {
    const list = typed('The disaster force deployed teams to Dhubri and Goalpara.');
    assert.ok(list.includes('LOC Dhubri'), JSON.stringify(list));
  });

  it('reads a dateline\'s city of two words in capitals whole', () => {
    const text = 'PORTO ALEGRE, Brazil (AP) — Rescue teams were searching on Friday for people missing after the floods.';
    assert.deepEqual(mentionsOf(text, 'Porto Alegre'), ['PORTO ALEGRE'], JSON.stringify(typed(text)));
  });

  it('reads names after "investors including" as the investors, not places', () => {
    const list = typed('The startup raised $2 billion from investors including Silver Lake and Mubadala.');
    assert.ok(list.includes('ORG Silver Lake') && list.includes('ORG Mubadala'), JSON.stringify(list));
  });

  it('makes one body of an acronym typed a place once and a body once', () => {
    const text = "The U.N. agency for Palestinian refugees, UNRWA, said its staff had no fuel. Philippe Lazzarini, UNRWA's commissioner-general, urged access.";
    const list = typed(text);
    assert.deepEqual(mentionsOf(text, 'UNRWA'), ['UNRWA', 'UNRWA'], JSON.stringify(list));
    assert.ok(!list.includes('LOC Unrwa'), JSON.stringify(list));
  });

  it('reads the firm the tagger left out before "analyst" and a person as the firm', () => {
    const list = typed('YPF shares rose. JPMorgan analyst Diego Pereira said investors were relieved.');
    assert.ok(list.includes('ORG JPMorgan'), JSON.stringify(list));
  });

  it('reads a hyphenated name before "region" as the region, not a people\'s adjective', () => {
    const list = typed('Abiy told a crowd near Guba in the Benishangul-Gumuz region that the dam would help.');
    assert.ok(list.includes('LOC Benishangul-Gumuz'), JSON.stringify(list));
  });
});
