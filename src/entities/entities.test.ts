import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../index.js';
import type { Entity } from '../document/types.js';
import { datasetPath, projectRoot, skipWithoutData } from '../eval/data.js';
import { readConll } from './conll.js';
import { countryOfDemonym, countryOfName } from './demonyms.js';
import { defaultModel } from './model.js';
import { SpanScore } from './score.js';
import { shapeHashPair, shapes } from './features.js';
import { hashString } from './hash.js';
import { KeyIndex } from './keyindex.js';
import { bilouFromSpans, NUM_TAGS, spansFromBilou, spansFromIob } from './tags.js';
import { BilouViterbi, NER_VITERBI } from './viterbi.js';

function entities(text: string): Entity[] {
  const doc = analyzeDocument({ text });
  const list = doc.get('entities') as Entity[];
  for (const e of list) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  return list;
}

function person(list: Entity[], name: string): Entity {
  const e = list.find((x) => x.type === 'PERSON' && x.name === name);
  assert.ok(e, `no PERSON "${name}" in ${JSON.stringify(list.map((x) => [x.type, x.name]))}`);
  return e;
}

describe('tags', () => {
  it('round-trips IOB1/IOB2 spans through BILOU', () => {
    const iob = ['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'O', 'B-ORG'];
    const spans = spansFromIob(iob);
    assert.deepEqual(spans.map((s) => [s.start, s.end, s.type]), [[0, 2, 0], [3, 4, 2], [4, 5, 2], [6, 7, 1]]);
    assert.deepEqual(spansFromBilou(bilouFromSpans(iob.length, spans)), spans);
  });
});

describe('entities stage', () => {
  it('splits titles off names and keeps them', () => {
    const list = entities('Chancellor Olaf Scholz arrived in Paris on Monday. U.S. Secretary of State Antony Blinken met him there.');
    assert.deepEqual(person(list, 'Olaf Scholz').titles, ['Chancellor']);
    assert.deepEqual(person(list, 'Antony Blinken').titles, ['U.S. Secretary of State']);
  });

  it('resolves surnames, "Mr X" and "President X" and keeps the most complete name', () => {
    const list = entities('President Marta Quiroga opened the summit in Lima. Quiroga said the talks would last two days. Mr. Tobias Renner, the host, agreed. "We are ready," Mr. Renner said.');
    const q = person(list, 'Marta Quiroga');
    assert.deepEqual(q.titles, ['President']);
    assert.deepEqual(q.mentions.map((m) => m.text), ['Marta Quiroga', 'Quiroga']);
    assert.equal(person(list, 'Tobias Renner').mentions.length, 2);
    assert.equal(list.filter((e) => e.type === 'PERSON').length, 2);
  });

  it('keeps two people who share a surname apart', () => {
    const list = entities('Helen Marsh and her brother Daniel Marsh both run farms near Leeds. Daniel Marsh said the harvest was poor, while Helen Marsh disagreed.');
    const h = person(list, 'Helen Marsh');
    const d = person(list, 'Daniel Marsh');
    assert.notEqual(h.id, d.id);
    assert.equal(h.mentions.length, 2);
    assert.equal(d.mentions.length, 2);
  });

  it('resolves "the president" when one person holds that title', () => {
    const list = entities('President Marta Quiroga met Finance Minister Jorge Salas in Lima on Tuesday. The talks lasted three hours. Afterwards the president said the budget would pass.');
    const q = person(list, 'Marta Quiroga');
    assert.ok(q.mentions.some((m) => m.text.toLowerCase() === 'the president'), JSON.stringify(q.mentions));
    assert.ok(!person(list, 'Jorge Salas').mentions.some((m) => /president/i.test(m.text)));
  });

  it('reads an all-caps dateline', () => {
    const list = entities('WASHINGTON (AP) — Senator Paula Grant said on Friday that the bill would pass the Senate next week.');
    const place = list.find((e) => e.type === 'LOC' && e.name === 'Washington');
    assert.ok(place, JSON.stringify(list.map((x) => [x.type, x.name])));
    assert.deepEqual(person(list, 'Paula Grant').titles, ['Senator']);
  });

  it('recognises a name that is also a common word', () => {
    const list = entities('Farmers near the river were told to leave their homes. Sheep farmer Will Hunter said the water rose two metres overnight. Hunter said he would stay.');
    assert.equal(person(list, 'Will Hunter').mentions.length, 2);
    const mayor = entities('The mayor, Rose Bush, said the town would cope. Bush thanked volunteers.');
    assert.equal(person(mayor, 'Rose Bush').mentions.length, 2);
  });

  it('links demonyms used as actors to their country', () => {
    const list = entities('Brazil hosted the trade talks in Brasilia. The Brazilians rejected the offer on Monday, and Brazilian officials said they would not return.');
    const brazil = list.find((e) => e.type === 'LOC' && e.name === 'Brazil');
    assert.ok(brazil);
    assert.deepEqual(brazil.mentions.map((m) => m.text), ['Brazil', 'Brazilians', 'Brazilian']);
  });
});

describe('titles after a name', () => {
  it('takes the title from an appositive after a person, place or nationality first', () => {
    const list = entities('Hanna Lindqvist, the Swedish prime minister, arrived in Oslo on Monday. Later the prime minister met Piet de Wolf, chief executive of Norvale Shipping, at the port.');
    const h = person(list, 'Hanna Lindqvist');
    assert.deepEqual(h.titles, ['Swedish prime minister']);
    // the title resolves "the prime minister" as a pre-name title would
    assert.ok(h.mentions.some((m) => m.text === 'the prime minister'), JSON.stringify(h.mentions));
    assert.deepEqual(person(list, 'Piet de Wolf').titles, ['chief executive of Norvale Shipping']);
  });

  it('keeps what the title is of, up to the closing comma', () => {
    const list = entities("Rafael Oduya, the head of Kenya's central bank, warned of inflation, and Ines Carvalho, a spokeswoman for the ministry, declined to comment.");
    assert.deepEqual(person(list, 'Rafael Oduya').titles, ["head of Kenya's central bank"]);
    assert.deepEqual(person(list, 'Ines Carvalho').titles, ['spokeswoman for the ministry']);
  });

  it('merges with the same title before the name without repeating it', () => {
    const list = entities('Chancellor Olaf Scholz spoke first. Olaf Scholz, the chancellor, then left the hall.');
    assert.deepEqual(person(list, 'Olaf Scholz').titles, ['Chancellor']);
  });

  it('takes nothing from a clause, a list, an age or a non-person', () => {
    const list = entities('Marta Quiroga, who chairs the finance committee, said the vote would wait. Teodor Brill, President Anna Weiss and three aides met in Graz. Jan Holm, 54, a lawyer, agreed. Norvale Mining, the largest employer in the region, said it would cut jobs.');
    assert.deepEqual(person(list, 'Marta Quiroga').titles, []);
    assert.deepEqual(person(list, 'Teodor Brill').titles, []);
    assert.deepEqual(person(list, 'Anna Weiss').titles, ['President']);
    assert.deepEqual(person(list, 'Jan Holm').titles, []);
    for (const e of list) if (e.type !== 'PERSON') assert.deepEqual(e.titles, [], e.name);
  });
});

describe('countries and demonyms', () => {
  it('knows the demonyms of countries that were missing', () => {
    const pairs: Array<[string, string]> = [
      ['Belarusian', 'Belarus'], ['Emirati', 'United Arab Emirates'], ['Filipino', 'Philippines'], ['Kazakh', 'Kazakhstan'],
      ['Uzbek', 'Uzbekistan'], ['Congolese', 'Democratic Republic of the Congo'], ['Ivorian', 'Ivory Coast'],
      ['Salvadoran', 'El Salvador'], ['Bangladeshi', 'Bangladesh'], ['Sri Lankan', 'Sri Lanka'], ['Saudi', 'Saudi Arabia'],
      ['Kosovar', 'Kosovo'], ['Moldovan', 'Moldova'], ['Montenegrin', 'Montenegro'], ['Taiwanese', 'Taiwan'],
      ['Palestinian', 'Palestine'], ['Yemeni', 'Yemen'], ['Sudanese', 'Sudan'], ['South Sudanese', 'South Sudan'],
      ['North Korean', 'North Korea'],
    ];
    for (const [d, c] of pairs) assert.equal(countryOfDemonym(d), c, d);
    assert.equal(countryOfName('the Philippines'), 'Philippines');
    assert.equal(countryOfName('The Netherlands'), 'Netherlands');
    assert.equal(countryOfName('the Gambia'), 'Gambia');
    assert.equal(countryOfName('Côte d’Ivoire'), 'Ivory Coast');
  });

  it('links new demonyms used as actors, coordinated ones too, and countries named with an article', () => {
    const list = entities('Belarusian troops crossed the river at dawn. The Salvadoran and Ivorian governments protested, and Emirati officials flew to the Philippines, where Filipino diplomats met them.');
    const names = list.filter((e) => e.type === 'LOC').map((e) => e.name);
    for (const c of ['Belarus', 'El Salvador', 'Ivory Coast', 'United Arab Emirates', 'Philippines']) assert.ok(names.includes(c), `${c} in ${JSON.stringify(names)}`);
    const ph = list.find((e) => e.type === 'LOC' && e.name === 'Philippines')!;
    assert.deepEqual(ph.mentions.map((m) => m.text), ['Philippines', 'Filipino']);
    assert.ok(!list.some((e) => e.type === 'MISC' && /Philippines|Belarusian|Emirati/.test(e.name)), JSON.stringify(list.map((x) => [x.type, x.name])));
  });
});

describe('dateline credits', () => {
  it('makes the agency in a dateline an organisation, never a person', () => {
    for (const text of [
      'PORTVALE, Norland, June 2 (Dossier Wire) — Floods closed three bridges on Tuesday, officials said.',
      'NAIROBI, March 13 (Dossier Wire) - A team of doctors arrived in Kisumu on Friday.',
      'MINSK (Reuters) — Belarusian officials said the border would reopen.',
      'QUITO (AP) — Ecuador declared an emergency on Sunday.',
    ]) {
      const list = entities(text);
      const credit = /\(([^)]+)\)/.exec(text)![1]!;
      const e = list.find((x) => x.name === credit);
      assert.ok(e, `${credit} in ${JSON.stringify(list.map((x) => [x.type, x.name]))}`);
      assert.equal(e.type, 'ORG', text);
    }
  });

  it('makes the credited agency an organisation elsewhere in the article too', () => {
    const list = entities('ACCRA, March 6 (Dossier Wire) — The midfielder Kwame Asante accused the federation of fraud.\n\nIn an interview with Dossier Wire, Asante said he had seen the contracts.');
    const wire = list.filter((e) => e.name === 'Dossier Wire');
    assert.equal(wire.length, 1, JSON.stringify(list.map((x) => [x.type, x.name])));
    assert.equal(wire[0]!.type, 'ORG');
    assert.equal(wire[0]!.mentions.length, 2);
    assert.equal(person(list, 'Kwame Asante').mentions.length, 2);
  });
});

const demoManifest = path.join(projectRoot, 'demo/manifest.json');
describe('demo corpus', { skip: existsSync(demoManifest) ? false : 'demo/manifest.json is absent' }, () => {
  it('resolves every titled person to one entity with the full name and titles', () => {
    const manifest = JSON.parse(readFileSync(demoManifest, 'utf8')) as Array<{ file: string; id: string; published: string }>;
    for (const a of manifest) {
      const text = readFileSync(path.join(projectRoot, 'demo/articles', a.file), 'utf8');
      const list = analyzeDocument({ text, id: a.id, published: a.published }).get('entities') as Entity[];
      const people = list.filter((e) => e.type === 'PERSON');
      for (const p of people.filter((e) => e.titles.length)) {
        const words = p.name.split(' ');
        assert.ok(words.length >= 2, `${a.file}: titled person "${p.name}" has no full name`);
        const parts = new Set(words.map((w) => w.toLowerCase()));
        const strays = people.filter((o) => o !== p && (o.name === p.name || (o.name.split(' ').length === 1 && parts.has(o.name.toLowerCase()))));
        assert.deepEqual(strays.map((o) => o.name), [], `${a.file}: "${p.name}" is split across entities`);
      }
    }
  });
});

describe('CoNLL-2003', { skip: skipWithoutData('conll2003') }, () => {
  it('tags the test set with entity F1 above 0.85 (the full figures come from npm run eval -- ner)', () => {
    const docs = readConll(path.join(datasetPath('conll2003')!, 'eng.testb'));
    const model = defaultModel();
    const score = new SpanScore();
    for (const d of docs) {
      const tagged = model.tagDocument(d.sentences.map((s) => s.words));
      d.sentences.forEach((s, i) => score.add(spansFromIob(s.tags), spansFromBilou(tagged[i]!)));
    }
    assert.ok(score.f1() > 0.85, `F1 ${score.f1()}`);
  });
});

it('an all-caps dateline name joins the same name in running text and takes its type', () => {
  const text = 'Ministers meet\n\nLISBON (Dossier Wire) — Foreign Minister Ana Ribeiro hosted talks in Lisbon on Friday with officials from Washington.\n\nWASHINGTON will send a delegation, she said.';
  const doc = analyzeDocument({ text, published: '2026-03-06' });
  const lisbon = doc.get('entities').filter((e) => e.name.toLowerCase() === 'lisbon');
  assert.equal(lisbon.length, 1);
  assert.equal(lisbon[0]!.type, 'LOC');
  assert.equal(lisbon[0]!.name, 'Lisbon');
  assert.deepEqual(lisbon[0]!.mentions.map((m) => m.text), ['LISBON', 'Lisbon']);
  const washington = doc.get('entities').filter((e) => e.name.toLowerCase() === 'washington');
  assert.equal(washington.length, 1);
});

describe('shape hashes', () => {
  it('equal the hashes of the shape strings', () => {
    const words = ['McDonald', 'U.S.', '1990s', 'AAAAbbbb', 'Ünal', 'straße', 'ǅemal', '東京', '𐐀𐐁𐐨x', '😀😀😀😀a', '\ud800', 'x\udc00y', '--', "O'Neil", 'İstanbul', 'ΣΊΣΥΦΟΣ', '١٢٣', 'a1b2'];
    for (const w of words) {
      const [l, s] = shapes(w);
      assert.deepEqual(shapeHashPair(w), [hashString(l), hashString(s)], w);
    }
  });
});

describe('KeyIndex', () => {
  it('numbers keys in insertion order across growth and resets', () => {
    const ix = new KeyIndex();
    for (let round = 0; round < 3; round++) {
      ix.reset();
      const keys: number[] = [];
      for (let i = 0; i < 5000; i++) keys.push((Math.imul(i + round, 0x9e3779b1) | (i & 1 ? 0x80000000 : 0)) >>> 0);
      keys.push(0);
      const want = new Map<number, number>();
      for (const k of keys) {
        if (!want.has(k)) want.set(k, want.size);
        assert.equal(ix.add(k), want.get(k));
      }
      assert.equal(ix.size, want.size);
      for (const [k, v] of want) assert.equal(ix.get(k), v);
      assert.equal(ix.get(123456789), want.get(123456789) ?? -1);
    }
  });
});

describe('BILOU Viterbi', () => {
  it('decodes exactly as the generic constrained Viterbi, ties included', () => {
    const T = NUM_TAGS;
    let seed = 5;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const bv = new BilouViterbi();
    for (let trial = 0; trial < 3000; trial++) {
      const n = 1 + Math.floor(rnd() * 25);
      const scale = [0.5, 3, 20][trial % 3]!;
      const round = trial % 4 === 0; // integer scores: many ties
      const r = (k: number) => (round ? Math.round((rnd() - 0.5) * k) : (rnd() - 0.5) * k);
      const trans = Float32Array.from({ length: (T + 1) * T }, () => r(scale));
      const end = Float32Array.from({ length: T }, () => r(scale));
      const emit = Float32Array.from({ length: n * T }, () => r(scale * 2));
      const a = new Uint8Array(n);
      const b = new Uint8Array(n);
      NER_VITERBI.decode(emit, trans, end, n, a);
      bv.decode(emit, trans, end, n, b);
      assert.deepEqual(b, a);
    }
  });
});

it('portfolio words in a title before a name are no organisation; a party leader keeps the party', () => {
  const names = (t: string) => entities(t).map((e) => `${e.type} ${e.name}`);
  const a = names('U.S. Trade Representative Karen Whitlock and EU Trade Commissioner Tomasz Wieczorek met in Geneva.');
  assert.ok(!a.some((x) => /Trade$/.test(x)), a.join(', '));
  assert.ok(a.includes('PERSON Karen Whitlock') && a.includes('PERSON Tomasz Wieczorek') && a.includes('ORG EU'), a.join(', '));
  assert.ok(!names('Interior Minister Ali Karimi visited the border.').includes('ORG Interior'));
  assert.ok(names('Labour leader Tony Blair spoke in London.').includes('ORG Labour'));
});

it('a name the tagger calls a place but that ends in a body noun is an organisation; a country stays a place', () => {
  const find = (t: string, name: string) => entities(t).find((e) => e.mentions.some((m) => m.text === name))?.type;
  assert.equal(find('The Greek Football Federation fined the club on Monday.', 'Greek Football Federation'), 'ORG');
  assert.equal(find('Sanctions on the Russian Federation were extended.', 'Russian Federation'), 'LOC');
});

it('an acronym is the same entity as the one name whose initials it spells', () => {
  const list = entities(
    'The European Union will send monitors to the border, officials in Brussels said. The EU has funded the mission since 2023, and NATO welcomed the decision. The North Atlantic Treaty Organization has troops nearby.',
  );
  const eu = list.find((e) => e.mentions.some((m) => m.text === 'EU'));
  assert.ok(eu && eu.mentions.some((m) => m.text === 'European Union'), JSON.stringify(list.map((e) => [e.name, e.mentions.map((m) => m.text)])));
  assert.equal(eu.name, 'European Union');
  const nato = list.find((e) => e.mentions.some((m) => m.text === 'NATO'));
  assert.ok(nato && nato.mentions.length === 2, JSON.stringify(nato));
});

it('an acronym that two names could spell stays its own entity', () => {
  const list = entities('The Energy Union and the European Union disagree. The EU said on Monday it would wait.');
  const eu = list.find((e) => e.mentions.some((m) => m.text === 'EU'));
  assert.ok(eu && eu.mentions.every((m) => m.text === 'EU'), JSON.stringify(list.map((e) => [e.name, e.mentions.map((m) => m.text)])));
});

it('a title in an appositive before the name is the person\'s title', () => {
  const list = entities('Talks stalled, and the German chancellor, Olaf Scholz, left Brussels early. Scholz said he would return.');
  assert.deepEqual(person(list, 'Olaf Scholz').titles, ['German chancellor']);
  // a list of names after a comma is no appositive
  const list2 = entities('Among the guests were the president, Maria Lopes and Ana Silva.');
  assert.ok(!list2.some((e) => e.titles.length), JSON.stringify(list2));
});

it('a city the tagger calls an organisation is a place after a locative preposition; a club stays a club', () => {
  const type = (t: string, name: string) => entities(t).find((e) => e.mentions.some((m) => m.text === name))?.type;
  assert.equal(type('Several shipping lines have diverted cargo to Barcelona and Algeciras.', 'Barcelona'), 'LOC');
  assert.equal(type('Three weeks ago in Lisbon I said that the fund had failed.', 'Lisbon'), 'LOC');
  assert.equal(type('He signed for Barcelona in 2019.', 'Barcelona'), 'ORG');
});

it('a name is written as in running text, a numbered name keeps its number, a number word opening a sentence is no name', () => {
  const list = entities('LISBON, March 29 (Dossier Wire) — Twelve Atlantic coastal states signed a pact in Lisbon on Saturday. A court ordered the forfeiture of the trawler Atlantic Star No. 4.');
  assert.ok(list.some((e) => e.name === 'Lisbon' && e.mentions.length === 2), JSON.stringify(list.map((e) => [e.name, e.mentions.length])));
  assert.ok(list.some((e) => e.name === 'Atlantic Star No. 4'), JSON.stringify(list.map((e) => e.name)));
  assert.ok(!list.some((e) => /^Twelve/.test(e.name)), JSON.stringify(list.map((e) => e.name)));
});

it('a name ending in a news outlet word is an organisation, never a person or a place', () => {
  for (const t of ['In an interview with Dossier Wire, Mensah said he had seen the documents.', 'Dossier Wire reported on Monday that talks had stalled.']) {
    const e = entities(t).find((x) => x.name === 'Dossier Wire');
    assert.equal(e?.type, 'ORG', t);
  }
  assert.equal(entities('Speaking to Harbour News on Friday, Ortiz denied the claims.').find((x) => x.name === 'Harbour News')?.type, 'ORG');
});

it('what a title is of, taken into the name by the tagger, goes to the title and is a name of its own', () => {
  const a = entities('In his sermon, Archbishop of Canterbury Rowan Williams spoke of his recent visit.');
  assert.deepEqual(person(a, 'Rowan Williams').titles, ['Archbishop of Canterbury']);
  const b = entities('Earlier in the day, Talabani also met Chairman of the Expediency Council Akbar Hashemi Rafsanjani.');
  assert.deepEqual(person(b, 'Akbar Hashemi Rafsanjani').titles, ['Chairman of the Expediency Council']);
  assert.ok(b.some((e) => e.type === 'ORG' && e.name === 'Expediency Council'));
});

it('names do not start or end with a lowercase word, break at a verb, and are never a weekday', () => {
  const names = (t: string) => entities(t).map((e) => e.name);
  assert.deepEqual(names('The left-of-centre Guardian said the plan had failed.'), ['Guardian']);
  assert.deepEqual(names('Osama bin Laden and Charles de Gaulle were named.'), ['Osama bin Laden', 'Charles de Gaulle']);
  assert.deepEqual(names('A poll published by the left-of-centre Guardian newspaper Wednesday, which claimed the lead had fallen, may be wrong.'), ['Guardian']);
});

it('a company and its short form are one organisation, unless two full names share it', () => {
  const list = (t: string) => entities(t).map((e) => `${e.name}:${e.mentions.length}`);
  assert.deepEqual(list('Hitachi Ltd. reported a loss on Monday. Hitachi said sales fell.'), ['Hitachi Ltd.:2']);
  assert.deepEqual(list("Moody's Investors Service cut the rating. Moody's said the outlook was negative."), ["Moody's Investors Service:2"]);
  const two = list('Mitsubishi Corp. and Mitsubishi Motors Corp. both reported results. Mitsubishi said exports rose.');
  assert.ok(two.includes('Mitsubishi:1'), two.join(', '));
});

it('a name ending in a building or a body is no person; a title alone names no one', () => {
  const type = (t: string, name: string) => entities(t).find((e) => e.name === name)?.type;
  assert.equal(type('The press centre, located at the Diaoyutai Hotel, will open to reporters from 8:00 to 21:00 every day.', 'Diaoyutai Hotel'), 'LOC');
  const list = entities('Director of Conferences at the Foreign Ministry Omar Hadi and Head of Customs in Damascus Sami Nour signed the memo, the paper said.');
  assert.ok(!list.some((e) => e.name === 'Head'), JSON.stringify(list.map((e) => [e.type, e.name])));
});

describe('types from the article (retype.ts)', () => {
  const typed = (list: Entity[]) => list.map((e) => `${e.type} ${e.name}:${e.mentions.length}`);

  it('a person the tagger types ORG becomes a person when the article uses the name as a person\'s', () => {
    // the tagger reads "Peru's Kenji Fujimori" as an organisation; each cue elsewhere says otherwise
    for (const cue of ['Speaking in Lima, Mr. Fujimori said the result was clear.', 'Fujimori, 45, thanked his supporters in Lima.', 'Fujimori said he would form a cabinet within a week.']) {
      const list = entities(`Peru's Kenji Fujimori won the vote on Sunday. ${cue}`);
      assert.equal(person(list, 'Kenji Fujimori').mentions.length, 2, cue);
      assert.ok(!list.some((e) => e.type === 'ORG'), `${cue} ${typed(list).join(', ')}`);
    }
  });

  it('an organisation named after people stays one, and so does a name the article uses as a company\'s', () => {
    const a = typed(entities('Ernst & Young audited the accounts. Mr. Young, 58, said he was satisfied.'));
    assert.ok(a.includes('ORG Ernst & Young:1'), a.join(', '));
    const b = typed(entities('Morgan Stanley advised the buyer. Mr. Stanley said he was pleased.'));
    assert.ok(b.includes('ORG Morgan Stanley:1'), b.join(', '));
    // "shares of X", "X said it": the article's own use as a company wins over "Mr. Fujimori"
    const c = entities('Shares of Peru\'s Kenji Fujimori fell. Kenji Fujimori said it would cut jobs. Mr. Fujimori, 60, agreed.');
    assert.ok(c.some((e) => e.type === 'ORG' && e.name === 'Kenji Fujimori'), typed(c).join(', '));
  });

  it('an organisation\'s acronym glued to a person is split off', () => {
    const a = typed(entities('The talks were led by UN Wang Guangya.'));
    assert.ok(a.includes('ORG UN:1') && a.includes('PERSON Wang Guangya:1'), a.join(', '));
    const b = entities('EU Commissioner Mandelson said the offer was final.');
    assert.ok(b.some((e) => e.type === 'ORG' && e.name === 'EU'), typed(b).join(', '));
    assert.deepEqual(person(b, 'Mandelson').titles, ['EU Commissioner']);
    // a body's own name after an acronym stays whole
    const c = typed(entities('The UN Security Council met on Friday, and the UN General Assembly voted.'));
    assert.ok(c.includes('ORG UN Security Council:1') && c.includes('ORG UN General Assembly:1'), c.join(', '));
  });

  it('a legislature is an organisation, never a person or a place', () => {
    const a = typed(entities('The Knesset approved the budget late on Monday after a long debate.'));
    assert.deepEqual(a, ['ORG Knesset:1']);
    const b = typed(entities('Lawmakers approved the treaty. The Riksdag and the Folketing followed.'));
    assert.deepEqual(b, ['ORG Riksdag:1', 'ORG Folketing:1']);
    // the building: a place after "to", "in", "outside"
    const c = typed(entities('Opposition leader Ana Reis called for a march to Parliament on Thursday.'));
    assert.ok(c.includes('LOC Parliament:1'), c.join(', '));
  });

  it('a particle surname that opens a sentence is the person named in full before', () => {
    const a = typed(entities('"We came to talk," said Marieke de Vries, who leads the union. De Vries told reporters the strike would go on.'));
    assert.ok(a.includes('PERSON Marieke de Vries:2'), a.join(', '));
    const b = typed(entities('Pieter van der Berg chairs the board. Van der Berg said little.'));
    assert.ok(b.includes('PERSON Pieter van der Berg:2'), b.join(', '));
  });

  it('cities a shipment is sent to are places, also as the second of a pair', () => {
    const a = typed(entities('The strike has already diverted more than 40 container ships to Antwerp and Hamburg, shipping data showed.'));
    assert.ok(a.includes('LOC Antwerp:1') && a.includes('LOC Hamburg:1'), a.join(', '));
  });

  it('a name ending in a firm\'s word is an organisation, not a place', () => {
    const a = typed(entities('The figures come from shipping data compiled by Maritime Insight, a consultancy.'));
    assert.ok(a.includes('ORG Maritime Insight:1'), a.join(', '));
  });

  it('a company named after its trade at the head of a sentence, and by its short form, is one organisation', () => {
    const a = typed(entities('Chipmaker Veltra to cut 4,000 jobs. Veltra Semiconductor said on Tuesday it would cut jobs. Shares of Veltra fell 7%.'));
    assert.ok(a.includes('ORG Veltra Semiconductor:3'), a.join(', '));
    const b = typed(entities('The cuts follow layoffs at rivals Orion Micro and Kessler Devices. Orion announced 2,500 job cuts in June.'));
    assert.ok(b.includes('ORG Orion Micro:2') && b.includes('ORG Kessler Devices:1'), b.join(', '));
    // a person's surname stays the person's
    const c = typed(entities('Anna Veltra leads the lab. Ms. Veltra said she was pleased.'));
    assert.ok(c.includes('PERSON Anna Veltra:2'), c.join(', '));
  });

  it('a service people post on is an organisation, not a place', () => {
    const a = typed(entities('"There was no target near the market," the governor, Oleh Syniehubov, wrote on Telegram.'));
    assert.ok(a.includes('ORG Telegram:1') && !a.some((x) => x.startsWith('LOC Telegram')), a.join(', '));
  });

  it('a body\'s acronym opens a hyphenated post, and a person after a post is a person', () => {
    const a = entities('"The country acted quickly," WHO Director-General Tedros Adhanom Ghebreyesus said.');
    const p = a.find((e) => e.name === 'Tedros Adhanom Ghebreyesus');
    assert.equal(p?.type, 'PERSON', typed(a).join(', '));
    assert.deepEqual(p?.titles, ['WHO Director-General']);
    assert.deepEqual(person(entities('NATO Secretary General Mark Rutte said allies would meet.'), 'Mark Rutte').titles, ['NATO Secretary General']);
  });

  it('a court is a body that rules, and its building after a place preposition', () => {
    const a = entities("Britain's High Court on Friday blocked the plan. Protesters gathered outside the High Court.");
    assert.deepEqual(a.filter((e) => e.name === 'High Court').map((e) => e.type).sort(), ['LOC', 'ORG']);
  });

  it('a company\'s short form the tagger took for a place is the company, but not after a place preposition', () => {
    const a = typed(entities('Nexora to buy chip designer Quillon for $8.4 billion\n\nSAN FRANCISCO, Oct. 6 (Dossier Wire) — Nexora Inc. agreed on Monday to buy Quillon Systems, a designer of chips for data centres, for $8.4 billion in cash.\n\nQuillon\'s shareholders will receive $42 a share. Quillon shares jumped 27% in early trading in New York, while Nexora\'s fell 3%.'));
    assert.ok(!a.some((x) => x.startsWith('LOC Quillon')), a.join(', '));
    const b = typed(entities('Texas Instruments Software was sold to Sterling Software of Dallas, Texas, the two firms said.'));
    assert.ok(!b.some((x) => x.startsWith('ORG Texas:')), b.join(', '));
  });

  it('a club or paper named by the last word of its name is that organisation, unless two names end in it', () => {
    const a = entities('Harbor Rovers beat league leaders Kingsford City 2-1 on Saturday. City had not lost in 14 matches, and Rovers climb to sixth.');
    assert.deepEqual(a.filter((e) => e.type === 'ORG').map((e) => `${e.name}:${e.mentions.length}`).sort(), ['Harbor Rovers:2', 'Kingsford City:2']);
    const b = entities('Manchester City beat Leicester City 2-1 on Saturday. City had not lost in 14 matches.');
    assert.ok(!b.some((e) => e.mentions.length > 1 && e.name.endsWith('City')), typed(b).join(', '));
  });

  it('a place named only in a dateline\'s capitals is named as in running text; initials stay', () => {
    const a = entities('SAN FRANCISCO, Oct. 6 (Dossier Wire) — Officials from the UAE met investors on Monday.');
    assert.ok(a.some((e) => e.type === 'LOC' && e.name === 'San Francisco'), typed(a).join(', '));
    assert.ok(!a.some((e) => e.name === 'SAN FRANCISCO'), typed(a).join(', '));
  });

  it('a named storm is neither a person nor a body, and its name alone is the storm too', () => {
    const a = typed(entities('Delia slams Gulf Coast\n\nHurricane Delia made landfall near Grand Isle on Wednesday. Delia weakened over Mississippi.'));
    assert.ok(!a.some((x) => /^(?:PERSON|ORG) .*Delia/.test(x)), a.join(', '));
    assert.ok(a.some((x) => /^MISC (?:Hurricane )?Delia:3$/.test(x)), a.join(', '));
  });

  it('a disease named after a place is no place', () => {
    const a = typed(entities('The Marburg virus outbreak killed 10 people. Marburg, a close cousin of Ebola, has no vaccine.'));
    assert.ok(a.includes('MISC Marburg:2') && a.includes('MISC Ebola:1'), a.join(', '));
    assert.ok(typed(entities('She studied law in Marburg before moving to Berlin.')).includes('LOC Marburg:1'));
  });

  it('a body\'s name with a lowercase connector after "the charity" is one name', () => {
    const a = typed(entities('"This is a victory," said Priya Shah of the charity Freedom from Torture, which brought the case.'));
    assert.ok(a.includes('ORG Freedom from Torture:1'), a.join(', '));
  });

  it('an AP dateline with an underscore dash is a dateline: the city a place, the agency an organisation', () => {
    const a = typed(entities('COLUMBUS, Ohio (AP) _ Police on Saturday arrested a 19-year-old man suspected of opening fire at a crowded shopping mall, killing two people and wounding four others, authorities said.\n\nColumbus Police Chief Elaine Bryant said officers tracked the suspect to an apartment.'));
    assert.ok(a.includes('LOC Columbus:1') && a.includes('ORG AP:1'), a.join(', '));
    assert.ok(!a.some((x) => x.includes('_')), a.join(', '));
  });
});

describe('names in business, sports, local and tech news', () => {
  const names = (list: Entity[]) => list.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(' / ')}`);
  const typed = (list: Entity[]) => list.map((e) => `${e.type} ${e.name}:${e.mentions.length}`);

  it('an acronym or a ticker a name defines in parentheses is that organisation, initials or not', () => {
    const a = entities('The Agency for Coastal Protection and Recovery (ACP) published the figures on Monday. ACP said erosion doubled.');
    const o = a.find((e) => e.name === 'Agency for Coastal Protection and Recovery');
    assert.deepEqual(o?.mentions.map((m) => m.text), ['Agency for Coastal Protection and Recovery', 'ACP', 'ACP'], names(a).join('; '));
    const b = entities('Pellworth Foods Inc (NASDAQ: PWF) said profit rose. PWF shares gained 3 percent.');
    assert.equal(b.find((e) => e.name === 'Pellworth Foods Inc')?.mentions.length, 3, names(b).join('; '));
    // a credit after a place is no alias of it
    const c = entities('Talks resumed in Madrid (AFP) on Monday, officials said.');
    assert.ok(c.some((e) => e.name === 'AFP' && e.mentions.length === 1), names(c).join('; '));
  });

  it('the organisation a post is in opens the title before a person, whole', () => {
    const a = entities('Brenmoor chief executive Alina Petrescu said the plant would close. Leeds manager Tomas Varga was sacked on Sunday. Kestrel Bank analyst Ruth Adeyemi said the bank would cut rates.');
    assert.deepEqual(person(a, 'Alina Petrescu').titles, ['Brenmoor chief executive']);
    assert.deepEqual(person(a, 'Tomas Varga').titles, ['Leeds manager']);
    assert.deepEqual(person(a, 'Ruth Adeyemi').titles, ['Kestrel Bank analyst']);
    assert.ok(a.some((e) => e.type === 'ORG' && e.name === 'Kestrel Bank'), names(a).join('; '));
    // and stays an organisation of its own when it opens a post: only a portfolio word is no name
    const b = entities('All India Bank Officers Confederation secretary R.C. Agarwal added that the rules were too loose.');
    assert.ok(b.some((e) => e.type === 'ORG' && /Bank Officers Confederation$/.test(e.name)), names(b).join('; '));
  });

  it('a title in an appositive before the name may open with a possessive', () => {
    const a = entities('Its chairman, Walter Briggs, said the board agreed. Norway\'s deputy health minister, Ingrid Solberg, said the plan was sound.');
    assert.deepEqual(person(a, 'Walter Briggs').titles, ['chairman']);
    assert.deepEqual(person(a, 'Ingrid Solberg').titles, ["Norway's deputy health minister"]);
  });

  it('a party "of" a prime minister is whose the title is, not part of it', () => {
    const a = entities("Turkey's pro-Islamic Welfare Party of Prime Minister Necmettin Erbakan won the vote. Minister of Foreign Affairs Jorge Salas met Trade and Industry Minister Tomas Varga.");
    assert.deepEqual(person(a, 'Necmettin Erbakan').titles, ['Prime Minister']);
    assert.deepEqual(person(a, 'Jorge Salas').titles, ['Minister of Foreign Affairs']);
    assert.deepEqual(person(a, 'Tomas Varga').titles, ['Trade and Industry Minister']);
  });

  it('a sheriff, a co-founder and a player\'s position are titles', () => {
    const a = entities('Sheriff Dennis Kowalski said deputies were searching the woods. Anthropic co-founder Irene Kovac spoke first. Striker Chidi Okonkwo scored twice, and the striker later thanked the fans.');
    assert.deepEqual(person(a, 'Dennis Kowalski').titles, ['Sheriff']);
    assert.deepEqual(person(a, 'Irene Kovac').titles, ['Anthropic co-founder']);
    assert.deepEqual(person(a, 'Chidi Okonkwo').mentions.map((m) => m.text), ['Chidi Okonkwo', 'the striker']);
  });

  it('a company\'s name without its industry noun is the company; a division named after it is not', () => {
    const a = entities('Pellworth Glass Corp. agreed to be bought. Pellworth Glass employs 3,000 people, and Pellworth shares rose.');
    assert.deepEqual(a.find((e) => e.type === 'ORG')?.mentions.map((m) => m.text), ['Pellworth Glass Corp.', 'Pellworth Glass', 'Pellworth'], names(a).join('; '));
    const b = entities('Texas Instruments is selling its software division. The sale includes all Texas Instruments Software assets, Texas Instruments said.');
    assert.ok(b.some((e) => e.name === 'Texas Instruments Software' && e.mentions.length === 1), names(b).join('; '));
  });

  it('a street is a place, a trust or a society a body, a brand before a product noun a product', () => {
    const a = typed(entities('Police are investigating break-ins at homes along Maple Avenue in the Willowbrook neighbourhood. Linda Marquez, who has lived on Maple Avenue for twenty years, said her laptop was taken.'));
    assert.ok(a.includes('LOC Maple Avenue:2'), a.join(', '));
    const b = typed(entities('The study was funded by the Wellcome Trust and the Royal Society.'));
    assert.ok(b.includes('ORG Wellcome Trust:1') && b.includes('ORG Royal Society:1'), b.join(', '));
    const c = typed(entities('Google said on Wednesday that the Claude chatbot and the Gemini assistant would compete.'));
    assert.ok(c.includes('MISC Claude:1') && c.includes('MISC Gemini:1'), c.join(', '));
  });

  it('a club in a match result is a club, a player of the same name a person', () => {
    const a = typed(entities('The defeat leaves Arsenal fifth, two points behind Chelsea, who drew 1-1 with Everton at Goodison Park on Sunday.'));
    assert.ok(a.includes('ORG Chelsea:1'), a.join(', '));
    const b = entities('Chelsea Marsh, 24, beat Anna Berg 6-4 6-3. Chelsea said she was tired.');
    assert.equal(person(b, 'Chelsea Marsh').mentions.length, 2);
  });

  it('an employer after "a lawyer at" is an organisation', () => {
    const a = typed(entities('Sarah Lindqvist, a lawyer at Morgan Lewis, said regulators would look closely.'));
    assert.ok(a.includes('ORG Morgan Lewis:1'), a.join(', '));
  });
});


describe('names in match reports, obituaries, disasters, diplomacy and company news', () => {
  const typed = (list: Entity[]) => list.map((e) => `${e.type} ${e.name}:${e.mentions.length}`);

  it('a club named in a headline\'s capitals by its last word is the club named in full', () => {
    const a = typed(entities('LATE GOALS SINK ROVERS\n\nHarbor Rovers lost 3-2 at Ashgrove Park on Saturday. Rovers had led at half-time.'));
    assert.ok(a.includes('ORG Harbor Rovers:3'), a.join(', '));
  });

  it('a club after "<club>, who drew 1-1 with" is a club', () => {
    const a = typed(entities('The win lifts Fulham to third, a point behind Arsenal, who drew 1-1 with Chelsea on Sunday.'));
    assert.ok(a.includes('ORG Chelsea:1'), a.join(', '));
  });

  it('a title that starts before the tagged name is read whole', () => {
    const a = entities('Chief Financial Officer Wei Lin said the buyback would start in May.');
    assert.deepEqual(person(a, 'Wei Lin').titles, ['Chief Financial Officer']);
  });

  it('a name particle joins the two halves of a person\'s name', () => {
    const a = entities('Saudi Foreign Minister Prince Faisal bin Farhan Al Saud arrived in Madrid on Friday.');
    assert.equal(a.filter((e) => e.type === 'PERSON').length, 1, typed(a).join(', '));
    person(a, 'Faisal bin Farhan Al Saud');
  });

  it('a post and a person inside one organisation\'s span are split', () => {
    const a = entities('Butte County Sheriff Kory Honea ordered evacuations along Neal Road.');
    assert.deepEqual(person(a, 'Kory Honea').titles, ['Butte County Sheriff']);
    assert.ok(a.some((e) => e.type === 'LOC' && e.name === 'Butte County'), typed(a).join(', '));
  });

  it('names in a list of places are places', () => {
    const a = typed(entities('The fire forced the evacuation of Magalia, Concow, Yankee Hill and parts of Oroville. Power was cut in Butte, Plumas and Tehama counties.'));
    for (const x of ['Yankee Hill', 'Plumas', 'Butte']) assert.ok(a.includes(`LOC ${x}:1`), `${x}: ${a.join(', ')}`);
  });

  it('a company name cut at its "and" is one name; two companies in one span are two', () => {
    const a = typed(entities('Pacific Gas and Electric Co. said it had cut power to 40,000 customers.'));
    assert.ok(a.includes('ORG Pacific Gas and Electric Co.:1'), a.join(', '));
    const b = typed(entities('The chip will be offered to cloud providers such as Amazon Web Services and Microsoft Azure.'));
    assert.ok(b.includes('ORG Microsoft Azure:1') && !b.some((x) => x.includes(' and Microsoft')), b.join(', '));
  });

  it('a body\'s "for ..." is part of its name', () => {
    const a = typed(entities('Abdulrahman al-Rashid, an analyst at the King Faisal Center for Research and Islamic Studies in Riyadh, said prices would hold.'));
    assert.ok(a.includes('ORG King Faisal Center for Research and Islamic Studies:1'), a.join(', '));
    assert.ok(a.includes('LOC Riyadh:1'), a.join(', '));
  });

  it('a participle opening a sentence is no name', () => {
    const a = typed(entities('Born in Tromsø in 1938, she studied in New York. Based in Oslo, the orchestra toured Japan.'));
    assert.ok(!a.some((x) => /^\w+ (Born|Based):/.test(x)), a.join(', '));
  });

  it('an orchestra, a faculty and an employer after "an analyst at" are organisations', () => {
    const a = typed(entities('She made her debut with the Bergen Philharmonic Orchestra in 1964. "It is encouraging," said Dr. Oliver Kennedy of Southampton\'s Faculty of Medicine. "Customers want a second source," said Ben Bajarin, an analyst at Creative Strategies.'));
    for (const x of ['Bergen Philharmonic Orchestra', 'Faculty of Medicine', 'Creative Strategies']) assert.ok(a.includes(`ORG ${x}:1`), `${x}: ${a.join(', ')}`);
  });

  it('a site before "mine", a city before "<State>-based" and a building are places', () => {
    const a = typed(entities('Output rose at its Cerro Alto mine in Chile. The Santa Clara, California-based company said so. Reporters waited outside the Dirksen Federal Building.'));
    for (const x of ['Cerro Alto', 'Santa Clara', 'Dirksen Federal Building']) assert.ok(a.includes(`LOC ${x}:1`), `${x}: ${a.join(', ')}`);
  });

  it('a firm named by its platforms, and a body named in another language, are organisations', () => {
    const a = typed(entities('The company said Meta Platforms was testing the chip. The orchestra recorded the symphonies for Deutsche Grammophon.'));
    for (const x of ['Meta Platforms', 'Deutsche Grammophon']) assert.ok(a.includes(`ORG ${x}:1`), `${x}: ${a.join(', ')}`);
    // a headline names the company the body does: "Halvorsen Foods profit falls"
    const b = typed(entities('Halvorsen Foods profit falls as shoppers trade down\n\nNorwegian food group Halvorsen Foods reported a drop in profit.'));
    assert.ok(b.includes('ORG Halvorsen Foods:2'), b.join(', '));
  });

  it('a state\'s abbreviation is the state, and a short dateline place is named as the text writes it', () => {
    const a = typed(entities('WILDFIRE NEAR CHICO, CALIFORNIA\n\nPARADISE, Calif. (AP) — A wildfire spread on Thursday.'));
    assert.ok(a.includes('LOC California:2'), a.join(', '));
    const b = entities('OSLO (AFP) — The Oslo Philharmonic named a new conductor on Monday.');
    assert.ok(b.some((e) => e.type === 'LOC' && e.name === 'Oslo'), typed(b).join(', '));
  });

  it('an articled Arabic surname and an accented given name after a title belong to the person', () => {
    const a = entities('Egyptian President Abdel Fattah al-Sisi met Mexican President Andrés Manuel López Obrador in Cairo.');
    assert.deepEqual(person(a, 'Abdel Fattah al-Sisi').titles, ['Egyptian President']);
    assert.deepEqual(person(a, 'Andrés Manuel López Obrador').titles, ['Mexican President']);
  });

  it('a body\'s noun and "of" before a tagged name open the body\'s name', () => {
    const a = typed(entities("The visit was announced in a statement from China's Ministry of Foreign Affairs on Monday."));
    assert.ok(a.includes('ORG Ministry of Foreign Affairs:1'), a.join(', '));
  });

  it('Spanish names: a person after "businessman", a first surname alone, a body with "del"', () => {
    const a = entities('The judge said businessman Víctor de Aldama paid commissions to former aide Koldo García Izaguirre for contracts with Puertos del Estado. García denies wrongdoing, as does José Luis Ábalos.');
    person(a, 'Víctor de Aldama');
    assert.deepEqual(person(a, 'Koldo García Izaguirre').mentions.map((m) => m.text), ['Koldo García Izaguirre', 'García']);
    assert.deepEqual(person(a, 'José Luis Ábalos').mentions.length, 1);
    assert.ok(typed(a).includes('ORG Puertos del Estado:1'), typed(a).join(', '));
  });

  it('a company described in a longer appositive is a company', () => {
    const a = typed(entities('Klaviyo, the Boston-based marketing software company, priced its offering at $30 a share.'));
    assert.ok(a.includes('ORG Klaviyo:1'), a.join(', '));
  });

  it('knows smaller countries: a demonym as an actor joins the country', () => {
    assert.equal(countryOfName('Laos'), 'Laos');
    assert.equal(countryOfDemonym('Malagasy'), 'Madagascar');
    assert.equal(countryOfName('Swaziland'), 'Eswatini');
  });
});

describe('rules that kept CoNLL-style names wrong (wt-en2)', () => {
  const typed = (list: Entity[]) => list.map((e) => `${e.type} ${e.name}:${e.mentions.map((m) => m.text).join('|')}`);

  it('a dateline place stays a place where running text names the club of that city', () => {
    const a = typed(entities('LEEDS, England, March 3 - Leeds beat Chelsea 2-1 on Saturday. Leeds manager Tom Hale said the win was deserved.'));
    assert.ok(a.includes('LOC Leeds:LEEDS'), a.join(', '));
    assert.ok(a.includes('ORG Leeds:Leeds|Leeds'), a.join(', '));
  });

  it('a closing parenthesis whose opening one is in the name stays; a lowercase gloss in parentheses stays', () => {
    const a = typed(entities('Results:\nRadnik (B) 2 Sloga 0\nBorac 1 Jedinstvo (P) 1'));
    assert.ok(a.includes('ORG Radnik (B):Radnik (B)'), a.join(', '));
    assert.ok(a.includes('ORG Jedinstvo (P):Jedinstvo (P)'), a.join(', '));
    const b = typed(entities('Troops moved into Azad (free) Kashmir on Sunday, officials said.'));
    assert.ok(b.includes('LOC Azad (free) Kashmir:Azad (free) Kashmir'), b.join(', '));
  });

  it('Italian and German articled particles and elided articles stay inside a name', () => {
    const a = typed(entities("The report appeared in Bild am Sonntag and in the Gazzetta dello Sport on Sunday, and the Giro d'Italia organisers denied it."));
    for (const x of ['ORG Bild am Sonntag', 'ORG Gazzetta dello Sport', "MISC Giro d'Italia"]) assert.ok(a.some((y) => y.startsWith(x + ':')), `${x} in ${a.join(', ')}`);
    const p = person(entities('The court ruled against President Tumaini wa Ndereva on Monday. The ruling could force the ouster of President wa Ndereva, lawyers said.'), 'Tumaini wa Ndereva');
    assert.deepEqual(p.mentions.map((m) => m.text), ['Tumaini wa Ndereva', 'wa Ndereva']);
  });

  it('"M." is an initial where the article writes initials, else Monsieur', () => {
    person(entities('Scores:\nKent 210 (J. Dobson 54, M. Harlow 41).\nSurrey 180 (M. Harlow 3-20).'), 'M. Harlow');
    person(entities('M. Barnier told reporters in Brussels that talks would resume.'), 'Barnier');
  });

  it('a lone title word used as a surname is a name; "Head of Customs" is not', () => {
    const p = person(entities('The two sides meet on Sunday. "We will wait and see who is fit," King said. The captain, Rowan King, is injured.'), 'Rowan King');
    assert.deepEqual(p.mentions.map((m) => m.text), ['King', 'Rowan King']);
  });

  it('a prefixed name is a name: "ex-England", "post-Soviet", "anti-American"', () => {
    const a = typed(entities('The ex-England striker joined a post-Soviet club and criticised the anti-American protests.'));
    for (const x of ['MISC ex-England', 'MISC post-Soviet', 'MISC anti-American']) assert.ok(a.some((y) => y.startsWith(x + ':')), `${x} in ${a.join(', ')}`);
  });

  it('"Swiss" is an adjective too, and "the Swede" is one person: neither acts for the country', () => {
    const a = typed(entities('Swiss investors pulled out, the Swede said. The Briton lost his title. Swiss francs rose. The Swiss voted on Sunday.'));
    assert.ok(a.includes('MISC Swiss:Swiss|Swiss'), a.join(', '));
    assert.ok(a.includes('MISC Swede:Swede'), a.join(', '));
    assert.ok(a.includes('MISC Briton:Briton'), a.join(', '));
    assert.ok(a.includes('LOC Switzerland:Swiss'), a.join(', '));
  });
});

describe('names in British, business and datelined news (session 7)', () => {
  const typed = (list: Entity[]) => list.map((e) => `${e.type} ${e.name}:${e.mentions.map((m) => m.text).join('|')}`);

  it('letters after a name are a seat or honour, not part of a body: "Mhairi Dunlop MSP"', () => {
    const a = typed(entities("The Green Party's transport spokeswoman, Mhairi Dunlop MSP, said the plan would fail."));
    assert.ok(a.includes('PERSON Mhairi Dunlop:Mhairi Dunlop'), a.join(', '));
  });

  it('"Queen\'s University Belfast", "King\'s College Cambridge": the patron and its possessive open the name', () => {
    const a = typed(entities("She studied at Queen's University Belfast and taught at King's College Cambridge."));
    assert.ok(a.includes("ORG Queen's University Belfast:Queen's University Belfast"), a.join(', '));
    assert.ok(a.includes("ORG King's College Cambridge:King's College Cambridge"), a.join(', '));
  });

  it('a firth, a valley or a strait is a place, never a person', () => {
    const a = typed(entities('Seals in the Solway Firth are under pressure from pollution.'));
    assert.ok(a.includes('LOC Solway Firth:Solway Firth'), a.join(', '));
  });

  it('the capitals of a dateline before a region and a dash name the city', () => {
    const a = typed(entities('Headline\n\nDUNDEE, Scotland — The council closed two schools on Monday.'));
    assert.ok(a.some((x) => x.startsWith('LOC Dundee:')), a.join(', '));
  });

  it('a name after a trade noun is the company: "food start-up Kornvik", "retailer Brumstad"', () => {
    const a = typed(entities('Swedish food start-up Kornvik signed a deal with retailer Brumstad on Monday.'));
    assert.ok(a.some((x) => x.startsWith('ORG Kornvik:')), a.join(', '));
    assert.ok(a.some((x) => x.startsWith('ORG Brumstad:')), a.join(', '));
  });

  it('"X, a unit of Y": the name the appositive calls a unit, a subsidiary or a maker is a company', () => {
    const a = typed(entities('The chain will be run by Hugo Lindqvist, a unit of Varnhem Group, from January.'));
    assert.ok(a.some((x) => x.startsWith('ORG Hugo Lindqvist:')), a.join(', '));
  });

  it('a commission, council or panel goes on with its remit after "on", but not with a day', () => {
    const a = typed(entities('A fellow at the Council on Foreign Relations said the Ostrava Commission on Water Rights met on Friday. The Security Council on Monday rejected it.'));
    assert.ok(a.some((x) => x.startsWith('ORG Council on Foreign Relations:')), a.join(', '));
    assert.ok(a.some((x) => x.startsWith('ORG Ostrava Commission on Water Rights:')), a.join(', '));
    assert.ok(a.some((x) => x.startsWith('ORG Security Council:')), a.join(', '));
  });

  it('a newspaper is named by its last word: "The Sacramento Bee", "the Tampa Herald"', () => {
    const a = typed(entities('The Sacramento Bee reported last month that the Tampa Herald had closed.'));
    assert.ok(a.some((x) => x.startsWith('ORG Sacramento Bee:')), a.join(', '));
    assert.ok(a.some((x) => x.startsWith('ORG Tampa Herald:')), a.join(', '));
  });
});

describe('offices and bodies in local and British news (session 7, helper)', () => {
  const typed = (list: Entity[]) => list.map((e) => `${e.type} ${e.name}:${e.mentions.map((m) => m.text).join('|')}`);

  it('a British councillor\'s "Cllr" is a title, and "Cllr X" is the same person', () => {
    const p = person(entities('Cllr Bethan Rowlands chaired the meeting. Cllr Rowlands said the budget was balanced.'), 'Bethan Rowlands');
    assert.deepEqual(p.titles, ['Cllr']);
    assert.equal(p.mentions.length, 2);
  });

  it('a capitalised word between an office and a name is the given name, even a common word', () => {
    const p = person(entities('The plan was opposed by Supervisor Rich Alvarado, who said it was rushed.'), 'Rich Alvarado');
    assert.deepEqual(p.titles, ['Supervisor']);
    // "Emeritus" stays in the title
    assert.deepEqual(person(entities('The service was led by Bishop Emeritus Kevin Dowling.'), 'Kevin Dowling').titles, ['Bishop Emeritus']);
  });

  it('a body\'s noun and "of" open its name with the words before the noun: "The Law Society of Kenya", "Friends of the Earth Cymru"', () => {
    const a = typed(entities('Lawyers in Nairobi staged a walkout on Tuesday after two colleagues were detained overnight. The Law Society of Kenya condemned the arrests and called for their release. Police said the two were questioned over a land dispute.'));
    assert.ok(a.some((x) => x.startsWith('ORG Law Society of Kenya:')), a.join(', '));
    const b = typed(entities('The plan was called a disgrace by Friends of the Earth Cymru.'));
    assert.ok(b.some((x) => x.startsWith('ORG Friends of the Earth Cymru:')), b.join(', '));
  });

  it('after "the charity", "the group": a name with "on" is one body\'s, and a body whatever the tagger said', () => {
    const a = typed(entities('The shelter is run by the group Ashby on Call.'));
    assert.ok(a.some((x) => x.startsWith('ORG Ashby on Call:')), a.join(', '));
    const b = typed(entities('Meals were cooked by the charity Hatfield on Wheels, which has 40 volunteers.'));
    assert.ok(b.some((x) => x.startsWith('ORG Hatfield on Wheels:')), b.join(', '));
    // a day after "on" is not part of the name
    const c = typed(entities('The report was published by the charity Oxfam on Monday.'));
    assert.ok(c.some((x) => x.startsWith('ORG Oxfam:')), c.join(', '));
  });

  it('a company the tagger made a place beside one the lists know is a company: "Rewe and Tegut"', () => {
    const a = typed(entities('The cheese maker now supplies Rewe and Tegut, its two biggest customers.'));
    assert.ok(a.some((x) => x.startsWith('ORG Tegut:')), a.join(', '));
    // towns stay towns, whatever club the lists know by the name
    const b = typed(entities('The left won the cities of Siena and Ravenna outright.'));
    assert.ok(b.some((x) => x.startsWith('LOC Siena:')), b.join(', '));
  });

  it('names after "analysts at" are employers, each a firm: "Strategists at Numis and Panmure"', () => {
    const a = typed(entities('Strategists at Numis and Panmure said the shares were cheap.'));
    assert.ok(a.some((x) => x.startsWith('ORG Numis:')) && a.some((x) => x.startsWith('ORG Panmure:')), a.join(', '));
    const b = typed(entities('Analysts at Halden and Cray said the deal was fair.'));
    assert.ok(b.some((x) => x.startsWith('ORG Halden:')) && b.some((x) => x.startsWith('ORG Cray:')), b.join(', '));
  });

  it('a fire service is no person: "Cal Fire said"; a library or a patrol is a body', () => {
    const a = typed(entities('Cal Fire said the blaze near Paradise was 40 percent contained. The Yolo County Library closed early.'));
    assert.ok(a.some((x) => x.startsWith('ORG Cal Fire:')), a.join(', '));
    assert.ok(a.some((x) => x.startsWith('ORG Yolo County Library:')), a.join(', '));
  });

  it('the name before "Mayor" is the city; portfolios with "and" stay in the title', () => {
    const a = typed(entities('Deputies will patrol the area, the sheriff said. Elk Grove Mayor Bobbie Singh-Allen welcomed the vote.'));
    assert.ok(a.some((x) => x.startsWith('LOC Elk Grove:')), a.join(', '));
    const p = person(entities('Work and Pensions Secretary Dana Whitcombe told MPs the reforms were fair.'), 'Dana Whitcombe');
    assert.deepEqual(p.titles, ['Work and Pensions Secretary']);
  });

  it('backers after "backed by" are firms, and a startup the appositive describes is one', () => {
    const a = typed(entities('Tarlo, a Nairobi startup backed by Partech Africa and Novastar, raised $10 million on Monday.'));
    for (const n of ['Tarlo', 'Partech Africa', 'Novastar']) assert.ok(a.some((x) => x.startsWith(`ORG ${n}:`)), a.join(', '));
    assert.ok(a.some((x) => x.startsWith('LOC Nairobi:')), a.join(', '));
  });

  it('"MP" alone names no one, and "Labour MPs" are members of Labour', () => {
    const a = typed(entities('More than 40 Labour MPs have backed the amendment. Rachael Maskell, the MP for York Central, said the cuts were wrong.'));
    assert.ok(a.some((x) => x.startsWith('ORG Labour:')), a.join(', '));
    assert.ok(!a.some((x) => / MPs?:/.test(x)), a.join(', '));
  });

  it('a name ending in "Air" is an airline, in "Rail" a railway', () => {
    const a = typed(entities('Nordwind Air lowered its profit forecast on Wednesday as engine checks grounded jets.'));
    assert.ok(a.some((x) => x.startsWith('ORG Nordwind Air:')), a.join(', '));
    const b = typed(entities('Network Rail said several lines would remain closed on Monday.'));
    assert.ok(b.some((x) => x.startsWith('ORG Network Rail:')), b.join(', '));
  });

  it('a name before a lowercase "region" or "oblast" is the area', () => {
    const a = typed(entities("Drones hit an oil depot in Russia's Belgorod region, and shelling hit the Zaporizhzhia oblast."));
    assert.ok(a.some((x) => x.startsWith('LOC Belgorod:')), a.join(', '));
    assert.ok(a.some((x) => x.startsWith('LOC Zaporizhzhia:')), a.join(', '));
  });

  it('a dateline city named in running text only after "in" stays the city', () => {
    const a = typed(entities("CHISINAU (Reuters) - Moldova's opposition won the vote. Its leader told supporters in central Chisinau that voters had chosen Europe."));
    assert.ok(!a.some((x) => /^ORG Chisinau/i.test(x)), a.join(', '));
  });

  it('a body\'s "for ..." completes its name whatever the tagger made of the first part', () => {
    const a = typed(entities('The Africa Centres for Disease Control and Prevention declared its own emergency on Tuesday.'));
    assert.ok(a.some((x) => x.startsWith('ORG Africa Centres for Disease Control and Prevention')), a.join(', '));
  });

  it('an untagged acronym of a name in the same text is that name ("WHO declares")', () => {
    const list = entities('WHO declares cholera outbreak a global emergency\n\nThe World Health Organization said on Wednesday that cases were rising.');
    const who = list.find((e) => e.name === 'World Health Organization');
    assert.ok(who && who.mentions.some((m) => m.text === 'WHO'), JSON.stringify(list));
    // capitals among capitals are a headline's words, not an acronym
    const caps = entities('WHO WILL PAY FOR THE FLOODS\n\nThe World Health Organization said on Wednesday that cases were rising.');
    assert.ok(!caps.some((e) => e.mentions.some((m) => m.text === 'WHO')), JSON.stringify(caps));
  });

  it('one word opening exactly one organisation\'s name is that organisation ("Bayern Munich ... Bayern")', () => {
    const list = entities('Bayern Munich beat Freiburg 3-1 on Saturday. Bayern now lead the table by two points.');
    const bayern = list.filter((e) => e.name.startsWith('Bayern'));
    assert.equal(bayern.length, 1, JSON.stringify(list));
    assert.equal(bayern[0]!.mentions.length, 2, JSON.stringify(bayern));
    // a legislature and its committee stay apart
    const senate = entities('The Senate Foreign Relations Committee met on Tuesday. The Senate will vote on Friday.');
    const committee = senate.find((e) => e.mentions.some((m) => m.text === 'Senate Foreign Relations Committee'));
    assert.ok(committee && !committee.mentions.some((m) => m.text === 'Senate'), JSON.stringify(senate));
  });
});
