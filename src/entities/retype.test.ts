import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  collectPersonEvidence,
  gluedAcronymType,
  isEmployerAfterOccupation,
  isEmployerTypedAsPlace,
  isOrganisationTypedAsWork,
  isPlaceAfterPlaceNoun,
  isClubTypedAsPlace,
  isSportsStory,
  isPersonTypedAsOrganisation,
  isTeamTypedAsPerson,
  legislatureAsPlace,
  namesLegislature,
  opensWithGluedAcronym,
  personAfterAcronym,
  type NameLists,
} from './retype.js';
import type { TokenSpan } from './tags.js';
import { extendBodyAcrossFor, extendBodyBackOverOf, extendPersonOverArticledSurname, extendPersonOverGivenName, isOpeningParticiple, joinCompanyAcrossAnd, joinPersonAcrossParticle, placesInLists, splitOrganisationsAtAnd, splitPersonFromBody } from './spans.js';
import { stateOfName } from './states.js';

/** Name lists small enough to read: what the rules need from the model's gazetteer and lexicon. */
const lists: NameLists = {
  knownOrganisation: (n) => ['morgan stanley', 'goldman sachs'].includes(n),
  organisationWord: (w) => ['UN', 'EU', 'Ostrander'].includes(w),
  knownPlace: (n) => n.some((w) => ['Lyon', 'Oslo'].includes(w)),
  givenName: (w) => ['Helen', 'Charles', 'Morgan'].includes(w),
  personWord: (w) => w === 'JR',
  personNamePart: (w) => ['Wang', 'Helen'].includes(w),
  organisationNamePart: (w) => ['Security', 'Sachs'].includes(w),
};

/** Sentences as words, with the tagger's spans given as [start, end, type] (0 PER, 1 ORG, 2 LOC, 3 MISC). */
function evidenceOf(sentences: Array<[string, Array<[number, number, number]>]>) {
  const words = sentences.map(([s]) => s.split(' '));
  const spans: TokenSpan[][] = sentences.map(([, sp]) => sp.map(([start, end, type]) => ({ start, end, type })));
  return collectPersonEvidence(words, spans);
}

describe('a person typed as an organisation', () => {
  it('is a person after an honorific or a personal title, in "X said he", or with an age in an appositive', () => {
    for (const [s, sp] of [
      ['Then Mrs. Ardila left', [[2, 3, 1]]],
      ['Mr. Ardila left', [[0, 2, 1]]],
      ['Finance Minister Ardila left', [[2, 3, 1]]],
      ['Ardila said he would stay', [[0, 1, 1]]],
      ['But Ardila said she would stay', [[1, 2, 1]]],
      ['Ardila , 45 , left', [[0, 1, 1]]],
    ] as Array<[string, Array<[number, number, number]>]>) {
      const ev = evidenceOf([['Lucia Ardila won', [[0, 2, 1]]], [s, sp]]);
      assert.ok(isPersonTypedAsOrganisation(['Lucia', 'Ardila'], ev, lists), s);
    }
  });

  it('stays an organisation without such a cue, or when a pronoun follows someone else\'s speech', () => {
    assert.ok(!isPersonTypedAsOrganisation(['Lucia', 'Ardila'], evidenceOf([['Lucia Ardila won', [[0, 2, 1]]]]), lists));
    // the spokeswoman speaks, not the company
    const ev = evidenceOf([['A spokeswoman for Ardila said she had no comment', [[3, 4, 1]]]]);
    assert.ok(!isPersonTypedAsOrganisation(['Ardila'], ev, lists));
  });

  it('stays an organisation when the article uses it as one, whatever else it says', () => {
    for (const s of ['Shares of Ardila fell', 'Ardila said it would cut jobs', 'Ardila , the lender , said', "Ardila 's profit rose"]) {
      const at = s.startsWith('Shares') ? 2 : 0;
      const ev = evidenceOf([['Mr. Ardila , 60 , agreed', [[1, 2, 1]]], [s, [[at, at + 1, 1]]]]);
      assert.ok(!isPersonTypedAsOrganisation(['Ardila'], ev, lists), s);
    }
  });

  it('never retypes names of companies named after people', () => {
    const ev = evidenceOf([['Mr. Stanley , Mr. Young , Mr. Gamble , Mr. Spencer and Mr. Sachs said he agreed', []]]);
    ev.personal = new Set(['stanley', 'young', 'gamble', 'spencer', 'sachs', 'johnson']);
    for (const name of [['Morgan', 'Stanley'], ['Ernst', '&', 'Young'], ['Procter', '&', 'Gamble'], ['Marks', '&', 'Spencer'], ['Johnson', '&', 'Johnson'], ['Goldman', 'Sachs'], ['Sachs'], ['Stanley', 'Holdings'], ['Stanley', 'Brothers']]) {
      assert.ok(!isPersonTypedAsOrganisation(name, ev, lists), name.join(' '));
    }
  });

  it('takes a given name as evidence only with the same full name typed PERSON elsewhere', () => {
    const tagged = evidenceOf([['Helen Okafor spoke', [[0, 2, 0]]]]);
    assert.ok(isPersonTypedAsOrganisation(['Helen', 'Okafor'], tagged, lists));
    assert.ok(!isPersonTypedAsOrganisation(['Charles', 'Okafor'], tagged, lists));
    assert.ok(!isPersonTypedAsOrganisation(['Helen', 'Okafor'], evidenceOf([]), lists));
  });
});

describe('an acronym glued to a name', () => {
  it('opens a span with a known acronym, a country\'s, a legislature, or an unknown one before a full name', () => {
    assert.ok(opensWithGluedAcronym(['UN', 'Wang', 'Guangya'], lists));
    assert.ok(opensWithGluedAcronym(['EU', 'Commissioner'], lists));
    assert.ok(opensWithGluedAcronym(['US', 'Ambassador', 'Nora', 'Vale'], lists));
    assert.ok(opensWithGluedAcronym(['Duma', 'Speaker', 'Ivan', 'Petrov'], lists));
    assert.ok(opensWithGluedAcronym(['ECOW', 'Amara', 'Diallo'], lists));
    assert.equal(gluedAcronymType('US'), 'LOC');
    assert.equal(gluedAcronymType('UN'), 'ORG');
  });

  it('is no acronym when it is a person\'s initials', () => {
    assert.ok(!opensWithGluedAcronym(['J.R.', 'Ewing'], lists));
    assert.ok(!opensWithGluedAcronym(['AJ', 'Styles'], lists));
    assert.ok(!opensWithGluedAcronym(['JR', 'Amara', 'Diallo'], lists));
    assert.ok(!opensWithGluedAcronym(['UN', 'UNICEF'], lists));
  });

  it('is split from an organisation span only when a person follows', () => {
    const ev = evidenceOf([]);
    assert.equal(personAfterAcronym(['Wang', 'Guangya'], ev, lists), 0);
    assert.equal(personAfterAcronym(['Commissioner', 'Mandelson'], ev, lists), 1);
    assert.equal(personAfterAcronym(['Security', 'Council'], ev, lists), -1);
    assert.equal(personAfterAcronym(['General', 'Assembly'], ev, lists), -1);
    assert.equal(personAfterAcronym(['Development', 'Programme'], ev, lists), -1);
    // unknown words with no cue: left to the tagger
    assert.equal(personAfterAcronym(['Tovar', 'Quell'], ev, lists), -1);
  });
});

describe('legislatures', () => {
  it('are organisations, alone or after a place or a nationality', () => {
    for (const n of ['Knesset', 'Bundestag', 'State Duma', 'Sejm', 'Storting', 'Riksdag', 'Folketing', 'Dáil', 'Majlis', 'U.S. Congress', 'European Parliament', 'Senate']) {
      assert.ok(namesLegislature(n.split(' ')), n);
    }
    assert.ok(!namesLegislature(['Congress', 'Hall']));
    assert.ok(legislatureAsPlace('a march to Parliament'.split(' '), 3));
    assert.ok(legislatureAsPlace('protests outside the Knesset'.split(' '), 3));
    assert.ok(!legislatureAsPlace('on Monday the Knesset voted'.split(' '), 3));
    assert.ok(!namesLegislature(['Kenji', 'Fujimori']));
  });
});

describe('organisations the tagger typed otherwise', () => {
  it('an employer after "<occupation> at" is an organisation, not a place\'s possessive', () => {
    assert.ok(isEmployerAfterOccupation('a lawyer at Morgan Lewis said'.split(' '), 3, 5));
    assert.ok(isEmployerAfterOccupation('an analyst at Brenmoor Capital'.split(' '), 3, 5));
    assert.ok(!isEmployerAfterOccupation("an analyst at Tokyo 's largest bank".split(' '), 3, 4));
    assert.ok(!isEmployerAfterOccupation('a lawyer in Morgan County'.split(' '), 3, 5));
    assert.ok(!isEmployerAfterOccupation('arrived at Morgan Lewis'.split(' '), 2, 4));
  });

  it('a work of two or more words is the organisation the article more often tags by that name', () => {
    const votes = new Map([['harbor glass', 2], ['world cup', -1], ['leeds', 3]]);
    assert.ok(isOrganisationTypedAsWork(['Harbor', 'Glass'], votes));
    assert.ok(!isOrganisationTypedAsWork(['World', 'Cup'], votes));
    assert.ok(!isOrganisationTypedAsWork(['Leeds'], votes));
  });
});

describe('a club the tagger typed as a person', () => {
  /** One sentence with the tagger's spans; the span asked about is the first. */
  const team = (sentence: string, sp: Array<[number, number, number]>) => {
    const w = sentence.split(' ');
    const spans = sp.map(([start, end, type]) => ({ start, end, type }));
    return isTeamTypedAsPerson(w, spans[0]!, spans, collectPersonEvidence([w], [spans]), lists);
  };

  it('is a club where a match result joins it to a club', () => {
    assert.ok(team('two points behind Ostrander , who drew 1-1 with Everton', [[3, 4, 0], [9, 10, 1]]));
    assert.ok(team('Everton beat Ostrander 2-0 on Sunday', [[2, 3, 0], [0, 1, 1]]));
    assert.ok(team('Ostrander lost to Everton', [[0, 1, 0], [3, 4, 1]]));
    assert.ok(team('a point behind Everton , who drew 1-1 with Ostrander', [[9, 10, 0], [3, 4, 1]]));
  });

  it('stays a person between people, when unknown as an organisation, or when the article uses it as a person\'s', () => {
    assert.ok(!team('Helen beat Ostrander 6-4', [[2, 3, 0], [0, 1, 0]]));
    assert.ok(!team('Kowalczyk beat Everton 2-0', [[0, 1, 0], [2, 3, 1]]));
    assert.ok(!team('Ms. Ostrander beat Everton', [[1, 2, 0], [3, 4, 1]]));
  });

  it('in a sports story, is a club wherever it stands when no list knows it from a person\'s name', () => {
    const w = 'Ostrander moved to the top of the table'.split(' ');
    const spans = [{ start: 0, end: 1, type: 0 }];
    const ev = collectPersonEvidence([w], [spans]);
    assert.ok(isTeamTypedAsPerson(w, spans[0]!, spans, ev, lists, true));
    assert.ok(!isTeamTypedAsPerson(w, spans[0]!, spans, ev, lists, false));
    // "Helen" is a person's name in the lists
    const h = 'Helen moved to the top of the table'.split(' ');
    assert.ok(!isTeamTypedAsPerson(h, spans[0]!, spans, collectPersonEvidence([h], [spans]), { ...lists, organisationWord: () => true }, true));
  });
});


describe('span repairs (spans.ts)', () => {
  /** A sentence's words and spans from [start, end, type] triples; the repaired spans back as triples. */
  const sentence = (text: string, sp: Array<[number, number, number]>) => ({ w: text.split(' '), spans: sp.map(([start, end, type]) => ({ start, end, type })) });
  const triples = (spans: readonly TokenSpan[]) => spans.map((x) => [x.start, x.end, x.type]);
  const noEvidence = collectPersonEvidence([], []);

  it('joins a person\'s name cut at a particle, only between two people', () => {
    const a = sentence('Prince Faisal bin Farhan Al Saud met Wang Yi', [[0, 2, 0], [3, 6, 0], [7, 9, 0]]);
    assert.deepEqual(triples(joinPersonAcrossParticle(a.w, a.spans)), [[0, 6, 0], [7, 9, 0]]);
    const b = sentence('Jorrit van der Wal scored', [[0, 1, 0], [3, 4, 0]]);
    assert.deepEqual(triples(joinPersonAcrossParticle(b.w, b.spans)), [[0, 4, 0]]);
    const c = sentence('Paris de Gaulle airport', [[0, 1, 2], [2, 3, 0]]);
    assert.deepEqual(triples(joinPersonAcrossParticle(c.w, c.spans)), [[0, 1, 2], [2, 3, 0]]);
  });

  it('joins a company cut at its "and" before one word and a legal form, not two companies', () => {
    const a = sentence('Pacific Gas and Electric Co. said', [[0, 2, 1], [3, 5, 1]]);
    assert.deepEqual(triples(joinCompanyAcrossAnd(a.w, a.spans, lists)), [[0, 5, 1]]);
    // the lists know "UN" alone as an organisation: "Exxon and UN Corp." would be two
    const b = sentence('Ostrander and UN Corp. said', [[0, 1, 1], [2, 4, 1]]);
    assert.deepEqual(triples(joinCompanyAcrossAnd(b.w, b.spans, lists)), [[0, 1, 1], [2, 4, 1]]);
  });

  it('splits one organisation\'s span at an "and" before a known organisation\'s name only', () => {
    const a = sentence('such as Amazon Web Services and EU Cloud', [[2, 8, 1]]);
    assert.deepEqual(triples(splitOrganisationsAtAnd(a.w, a.spans, lists)), [[2, 5, 1], [6, 8, 1]]);
    const b = sentence('the Securities and Exchange Commission said', [[1, 5, 1]]);
    assert.deepEqual(triples(splitOrganisationsAtAnd(b.w, b.spans, lists)), [[1, 5, 1]]);
  });

  it('extends a body\'s name over its "for ...", up to a lowercase word, a possessive or a person', () => {
    const a = sentence('the King Faisal Center for Research and Islamic Studies in Riyadh', [[1, 4, 1], [7, 9, 3], [10, 11, 2]]);
    assert.deepEqual(triples(extendBodyAcrossFor(a.w, a.spans)), [[1, 9, 1], [10, 11, 2]]);
    const b = sentence('the International Campaign for Tibet and Tibet \'s parliament', [[1, 3, 1], [4, 5, 2], [6, 7, 2]]);
    assert.deepEqual(triples(extendBodyAcrossFor(b.w, b.spans)), [[1, 5, 1], [6, 7, 2]]);
    const c = sentence('the Common Fund for Commodities Ali Mchumo said', [[1, 3, 1], [5, 7, 0]]);
    assert.deepEqual(triples(extendBodyAcrossFor(c.w, c.spans)), [[1, 5, 1], [5, 7, 0]]);
    // a name that does not end in a body's noun takes no "for": "Acme Corp for Britain"
    const d = sentence('Acme Corp for Britain', [[0, 2, 1], [3, 4, 2]]);
    assert.deepEqual(triples(extendBodyAcrossFor(d.w, d.spans)), [[0, 2, 1], [3, 4, 2]]);
  });

  it('makes names in a list of places places, unless the article says otherwise', () => {
    const a = sentence('from Magalia , Concow , Yankee Hill and parts of Oroville', [[1, 2, 2], [3, 4, 2], [5, 7, 0], [10, 11, 2]]);
    assert.deepEqual(triples(placesInLists(a.w, a.spans, noEvidence, lists)), [[1, 2, 2], [3, 4, 2], [5, 7, 2], [10, 11, 2]]);
    const b = sentence('in Butte , Plumas and Tehama counties', [[1, 2, 3], [3, 4, 1], [5, 6, 2]]);
    assert.deepEqual(triples(placesInLists(b.w, b.spans, noEvidence, lists)), [[1, 2, 2], [3, 4, 2], [5, 6, 2]]);
    // an acronym, a team's plural and an organisation of several words stay, even before a place noun
    const c = sentence('Paris , UN , Rangers and Olympique Lyonnais regions', [[0, 1, 2], [2, 3, 1], [4, 5, 1], [6, 8, 1]]);
    assert.deepEqual(triples(placesInLists(c.w, c.spans, noEvidence, lists)), triples(c.spans));
    // a name the article uses as a person's stays a person
    const ev = collectPersonEvidence([['Mr.', 'Gong', 'left']], [[{ start: 1, end: 2, type: 0 }]]);
    const d = sentence('between China and Sweden , Gong said', [[1, 2, 2], [3, 4, 2], [5, 6, 0]]);
    assert.deepEqual(triples(placesInLists(d.w, d.spans, ev, lists)), triples(d.spans));
  });

  it('splits a post and a person out of an organisation\'s span', () => {
    const a = sentence('Butte County Sheriff Kory Honea ordered', [[0, 5, 1]]);
    assert.deepEqual(triples(splitPersonFromBody(a.w, a.spans, lists)), [[0, 2, 2], [2, 5, 0]]);
    const b = sentence('Kestrel Mining Chairman Ken Oduya said', [[0, 5, 1]]);
    assert.deepEqual(triples(splitPersonFromBody(b.w, b.spans, lists)), [[0, 2, 1], [2, 5, 0]]);
    // no person's name after the post: "Security" is a word of organisations' names
    const c = sentence('the UN Secretary General Security Office', [[1, 6, 1]]);
    assert.deepEqual(triples(splitPersonFromBody(c.w, c.spans, lists)), [[1, 6, 1]]);
  });

  it('joins a body\'s name cut at a Romance particle', () => {
    const a = sentence('contracts with Puertos del Estado and Adif', [[2, 3, 1], [4, 5, 1], [6, 7, 2]]);
    assert.deepEqual(triples(joinPersonAcrossParticle(a.w, a.spans)), [[2, 5, 1], [6, 7, 2]]);
    // "van" joins people only
    const b = sentence('Shell van Ommeren said', [[0, 1, 1], [2, 3, 1]]);
    assert.deepEqual(triples(joinPersonAcrossParticle(b.w, b.spans)), [[0, 1, 1], [2, 3, 1]]);
  });

  it('takes an articled surname after a person into the name, and a given name between a title and the name', () => {
    const a = sentence('President Abdel Fattah al-Sisi said', [[1, 3, 0], [3, 4, 3]]);
    assert.deepEqual(triples(extendPersonOverArticledSurname(a.w, a.spans)), [[1, 4, 0]]);
    const b = sentence('President Abdel Fattah al-Sisi said', [[1, 3, 0]]);
    assert.deepEqual(triples(extendPersonOverArticledSurname(b.w, b.spans)), [[1, 4, 0]]);
    const c = sentence('Mexican President Helen Lopez Obrador said', [[3, 5, 0]]);
    assert.deepEqual(triples(extendPersonOverGivenName(c.w, c.spans, lists)), [[2, 5, 0]]);
    // without a title before it, the word may open the sentence or be a place
    const d = sentence('in Helen Lopez Obrador said', [[2, 4, 0]]);
    assert.deepEqual(triples(extendPersonOverGivenName(d.w, d.spans, lists)), [[2, 4, 0]]);
  });

  it('opens a body\'s name at its noun and "of"', () => {
    const a = sentence("China 's Ministry of Foreign Affairs said", [[0, 1, 2], [4, 6, 1]]);
    assert.deepEqual(triples(extendBodyBackOverOf(a.w, a.spans)), [[0, 1, 2], [2, 6, 1]]);
    const b = sentence('the Bank of England raised rates', [[3, 4, 2]]);
    assert.deepEqual(triples(extendBodyBackOverOf(b.w, b.spans)), [[1, 4, 1]]);
    const c = sentence('a suburb of Lisbon', [[3, 4, 2]]);
    assert.deepEqual(triples(extendBodyBackOverOf(c.w, c.spans)), [[3, 4, 2]]);
  });

  it('drops a participle opening a sentence before a preposition only', () => {
    const w = 'Born in Tromsø , she studied'.split(' ');
    assert.ok(isOpeningParticiple(w, { start: 0, end: 1, type: 2 }, 0));
    assert.ok(!isOpeningParticiple('Born said no'.split(' '), { start: 0, end: 1, type: 0 }, 0));
  });
});

describe('an employer typed as a place', () => {
  it('is the employer after "<occupation> at" when two or more words, not when a state follows', () => {
    assert.ok(isEmployerTypedAsPlace('an analyst at Creative Strategies said'.split(' '), 3, 5));
    assert.ok(isEmployerTypedAsPlace('a hepatologist at Karolinska Institutet in Stockholm'.split(' '), 3, 5));
    assert.ok(!isEmployerTypedAsPlace('a spokeswoman at Fort Bliss , Texas , said'.split(' '), 3, 5));
    assert.ok(!isEmployerTypedAsPlace('a lecturer at Leeds said'.split(' '), 3, 4));
  });
});

describe('US states', () => {
  it('reads the wires\' abbreviations and full names, not a city\'s', () => {
    assert.equal(stateOfName('Calif.'), 'California');
    assert.equal(stateOfName('W.Va.'), 'West Virginia');
    assert.equal(stateOfName('illinois'), 'Illinois');
    assert.equal(stateOfName('Washington'), null);
    assert.equal(stateOfName('Calif'), null);
  });
});

describe('places named by what they have', () => {
  it('a name right after "<noun of a place> of" is the place; a determiner or a possessive leaves it alone', () => {
    const w = (s: string) => s.split(' ');
    const a = w('A former mayor of Harrowgate was jailed');
    assert.ok(isPlaceAfterPlaceNoun(a, 4, 5));
    const b = w('the governor of the Bank of England');
    assert.ok(!isPlaceAfterPlaceNoun(b, 4, 7));
    const c = w("the mayor of Harrowgate 's office");
    assert.ok(!isPlaceAfterPlaceNoun(c, 3, 4));
    const d = w('the president of Veltrix said');
    assert.ok(!isPlaceAfterPlaceNoun(d, 3, 4));
  });
});

describe('clubs named after their towns', () => {
  it('a club\'s ending makes a club; an ending shared with places does so only next to a match\'s words in a sports story', () => {
    const w = (s: string) => s.split(' ');
    assert.ok(isClubTypedAsPlace(w('They drew at Wigan Athletic'), 3, 5, false));
    const a = w('Okafor joined from Exeter City in January');
    assert.ok(isClubTypedAsPlace(a, 3, 5, true));
    assert.ok(!isClubTypedAsPlace(a, 3, 5, false));
    assert.ok(!isClubTypedAsPlace(w('He lives in Kansas City now'), 3, 5, true));
    assert.ok(isSportsStory([w('Rovers beat Portsmouth 3-2 on Saturday'), w('Okafor scored twice and the manager was pleased')]));
    assert.ok(!isSportsStory([w('The vote was 3-2 in the council'), w('The manager of the fund resigned')]));
  });
});
