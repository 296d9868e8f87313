import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  collectPersonEvidence,
  gluedAcronymType,
  isEmployerAfterOccupation,
  isOrganisationTypedAsWork,
  isPersonTypedAsOrganisation,
  isTeamTypedAsPerson,
  legislatureAsPlace,
  namesLegislature,
  opensWithGluedAcronym,
  personAfterAcronym,
  type NameLists,
} from './retype.js';
import type { TokenSpan } from './tags.js';

/** Name lists small enough to read: what the rules need from the model's gazetteer and lexicon. */
const lists: NameLists = {
  knownOrganisation: (n) => ['morgan stanley', 'goldman sachs'].includes(n),
  organisationWord: (w) => ['UN', 'EU', 'Ostrander'].includes(w),
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
  });

  it('stays a person between people, when unknown as an organisation, or when the article uses it as a person\'s', () => {
    assert.ok(!team('Helen beat Ostrander 6-4', [[2, 3, 0], [0, 1, 0]]));
    assert.ok(!team('Kowalczyk beat Everton 2-0', [[0, 1, 0], [2, 3, 1]]));
    assert.ok(!team('Ms. Ostrander beat Everton', [[1, 2, 0], [3, 4, 1]]));
  });
});

