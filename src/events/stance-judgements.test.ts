/** Stances from what a named speaker says of a measure (issue 7): judgements, not first-person pledges. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameOf, run } from './testing.js';
import { normalizeIssue } from './issue.js';

const stances = (text: string) => {
  const a = run(text);
  return a.stances.map((s) => [nameOf(a, s.holder), s.issue, s.polarity]);
};

test('"said the levies were unlawful": a speaker judging a measure in reported speech opposes it', () => {
  assert.deepEqual(stances('Trade Minister Olga Varga said the steel levies were unlawful and would hurt Hungary more than Austria.'), [['Olga Varga', 'steel levy', 'oppose']]);
  assert.deepEqual(stances('Olga Varga said that the new border fee was "long overdue".'), [['Olga Varga', 'border fee', 'support']]);
});

test('"The levy is a disaster for farmers, Varga said": the judgement may stand before its cue, or in a direct quotation', () => {
  assert.deepEqual(stances('The fishing quota is a disaster for coastal towns, Fisheries Minister Henrik Aas said on Monday.'), [['Henrik Aas', 'fishing quota', 'oppose']]);
  assert.deepEqual(stances('"The rail merger is an essential step for the region," Henrik Aas said.'), [['Henrik Aas', 'rail merger', 'support']]);
});

test('"called the proposal a betrayal": the naming cue\'s object is judged, and "the proposal" is the measure introduced before', () => {
  const text = 'A proposal to close the rural clinics was tabled last week.\n\nSenator Ines Moreau called the proposal "a betrayal of rural families".';
  assert.deepEqual(stances(text), [['Ines Moreau', 'close rural clinic', 'oppose']]);
  // with no measure before, "the proposal" says nothing and gives no stance
  assert.deepEqual(stances('Senator Ines Moreau called the proposal "a betrayal of rural families".'), []);
  assert.deepEqual(stances('The teachers union led by Carla Neri described the pay offer as an insult, Neri said.'), [['Carla Neri', 'pay offer', 'oppose']]);
  assert.deepEqual(stances('Prime Minister Jonas Falk hailed the fishing accord as historic.'), [['Jonas Falk', 'fishing accord', 'support']]);
  // "the only honest way": a judgement by a noun that a modifier makes evaluative
  assert.deepEqual(stances('Rosa Delgado said the pension freeze was "the only honest way" to keep the fund solvent.'), [['Rosa Delgado', 'pension freeze', 'support']]);
});

test('"welcomed the decision to lift the fuel tax": a praising cue takes the side of the measure it names', () => {
  assert.deepEqual(stances('Foreign Minister Lena Holm welcomed the ceasefire agreement on Monday.'), [['Lena Holm', 'ceasefire agreement', 'support']]);
  assert.deepEqual(stances('Lena Holm welcomed the decision to lift the fuel tax.'), [['Lena Holm', 'lift fuel tax', 'support']]);
  // "who once praised": a side taken once is not held now
  assert.deepEqual(stances('Lena Holm, who once praised the fishing accord, spoke on Monday.'), []);
  // praising people or welcoming guests takes no side on a measure
  assert.deepEqual(stances('Lena Holm praised the firefighters.'), []);
});

test('no stance when the judged thing is a person or an event, the speaker is unnamed, or the words are not evaluative', () => {
  // (the same frame on a measure, by a named speaker, is one)
  assert.deepEqual(stances('Olga Varga said the steel levy was a disaster.'), [['Olga Varga', 'steel levy', 'oppose']]);
  assert.deepEqual(stances('Olga Varga said Petra Novak was a disaster.'), []);
  assert.deepEqual(stances('Olga Varga said the flood was a disaster.'), []);
  assert.deepEqual(stances('The fishing quota is a disaster for coastal towns, the minister said.'), []);
  assert.deepEqual(stances('Olga Varga said the steel levy was introduced in 2019.'), []);
  // an adjective before another noun judges that noun: "good news"
  assert.deepEqual(stances('Olga Varga said the steel levy would be good news for the mills.'), []);
  // "it" is not resolved to a measure
  assert.deepEqual(stances('Olga Varga said it was unlawful.'), []);
});

test('questions, conditions, hedges and views of others inside the quote take no side', () => {
  assert.deepEqual(stances('"The steel levy was a mistake," Olga Varga said.'), [['Olga Varga', 'steel levy', 'oppose']]);
  assert.deepEqual(stances('"The steel levy was a mistake?" Olga Varga said.'), []);
  assert.deepEqual(stances('"Is the steel levy really fair?" Olga Varga said.'), []);
  assert.deepEqual(stances('Olga Varga asked whether the steel levy was fair.'), []);
  assert.deepEqual(stances('Olga Varga said the steel levy would be a mistake if it hit small mills.'), []);
  assert.deepEqual(stances('Olga Varga said the steel levy could be unlawful.'), []);
  assert.deepEqual(stances('Olga Varga said critics believe the steel levy is unfair.'), []);
  assert.deepEqual(stances('Olga Varga denied the steel levy was unfair.'), []);
});

test('negation: "not fair" denies a merit and opposes; "not unlawful" defends without backing and is dropped', () => {
  assert.deepEqual(stances('Olga Varga said the steel levy was not fair.'), [['Olga Varga', 'steel levy', 'oppose']]);
  assert.deepEqual(stances('Olga Varga said the steel levy was not unlawful.'), []);
});

test('"the latest conversion to gas": "latest" and "ongoing" are no part of an issue, and a conversion keeps what it converts to', () => {
  assert.equal(normalizeIssue('the latest conversion to gas'.split(' ')), 'conversion to gas');
  assert.equal(normalizeIssue('the ongoing pipeline expansion'.split(' ')), 'pipeline expansion');
});
