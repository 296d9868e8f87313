/**
 * Quote formats of the business, court, sports, local-government and election desks: datelines
 * before a participle's subject, pleas, statements read in court, programmes as channels,
 * reactions, coordinated verbs. Every sentence here is written for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../index.js';
import { findChannel, leadingChannel } from './channel.js';
import { isCircumstanceClause, isDocumentParticiple, isPerformativeAct, objectBeforeCoordinatedVerb } from './content.js';
import { isSpeechVerb } from './cues.js';

const analyze = (text: string) => analyzeDocument({ text, published: '2026-11-25' });
const quotesOf = (text: string) => analyze(text).get('quotes');
const show = (qs: readonly { text: string; cue: { text: string } | null; sourceSpan?: { text: string } | null }[]) =>
  JSON.stringify(qs.map((q) => [q.sourceSpan?.text, q.cue?.text, q.text]));

test('a participle in the first sentence of a datelined story is said by the subject after the dateline, never by its place', () => {
  const qs = quotesOf('STAVANGER, Norway — Fjordvik Energy cut its outlook on Monday, blaming weak gas prices.');
  const blaming = qs.find((q) => q.cue?.text === 'blaming');
  assert.ok(blaming, show(qs));
  assert.equal(blaming.sourceSpan?.text, 'Fjordvik Energy', show(qs));
});

test('an object with a quotation in it ends where the subject goes on with another verb, regular or not', () => {
  assert.equal(objectBeforeCoordinatedVerb('the plan as "dead on arrival, as everyone had said" and sold his shares'), 'the plan as "dead on arrival, as everyone had said"'.length);
  assert.equal(objectBeforeCoordinatedVerb('the merger and cut her rating on the stock'), 'the merger'.length);
  assert.equal(objectBeforeCoordinatedVerb('the army attacked the town and killed five'), -1);
  const qs = quotesOf('Analyst Mei Tan described the merger as "a marriage of convenience that nobody had wanted" and cut her rating on the stock.');
  const q = qs.find((x) => x.cue?.text === 'described');
  assert.ok(q, show(qs));
  assert.equal(q.text, 'the merger as "a marriage of convenience that nobody had wanted"', show(qs));
});

test('admitting or denying counts of an offence is a plea, not a statement', () => {
  assert.ok(isPerformativeAct('admitted', ' three counts of theft at a hearing'));
  assert.ok(isPerformativeAct('denies', ' a charge of dangerous driving'));
  assert.ok(!isPerformativeAct('denied', ' the allegations against him'));
  assert.ok(!isPerformativeAct('admitted', ' that he had made mistakes'));
  const qs = quotesOf('A 31-year-old man from Dunmore has admitted two counts of burglary at Carlow Crown Court.');
  assert.equal(qs.length, 0, show(qs));
});

test('a participle describing a document after a preposition is no cue; the document is the channel', () => {
  assert.ok(isDocumentParticiple('In a letter ', 'sent'));
  assert.ok(isDocumentParticiple('In a statement ', 'read'));
  assert.ok(!isDocumentParticiple('The statement ', 'said'));
  assert.ok(!isDocumentParticiple('The report ', 'warned'));
  assert.equal(leadingChannel('In a statement released by her lawyers, '), 'in a statement');
  const text = 'In a statement read to the inquest, her brother said she had loved the sea all her life.';
  const qs = quotesOf(text);
  assert.ok(!qs.some((q) => q.cue?.text === 'read'), show(qs));
  const said = qs.find((q) => q.cue?.text === 'said');
  assert.ok(said, show(qs));
  assert.equal(said.channel, 'in a statement', JSON.stringify(said));
});

test('the noun phrase opening the sentence is the source of a cue the tagger gave none', () => {
  const qs = quotesOf('Local walking campaign group Paths on Foot welcomed the vote.');
  const q = qs.find((x) => x.cue?.text === 'welcomed');
  assert.ok(q, show(qs));
  assert.equal(q.sourceSpan?.text, 'Local walking campaign group Paths on Foot', show(qs));
  // (a passive's subject was spoken of: no one accusing is named)
  const p = quotesOf('Mr. Arkwright was accused of hiding the losses from investors.');
  assert.ok(!p.some((x) => x.sourceSpan?.text === 'Mr. Arkwright'), show(p));
});

test('a new paragraph\'s "Asked ..., X shrugged." takes no quotation from the paragraph before', () => {
  const text = 'The coach left the pitch without a word. “We were not good enough today, and everybody in this club knows it.”\n\nAsked whether he would resign, Moreau shrugged.';
  const qs = quotesOf(text);
  assert.ok(!qs.some((q) => q.cue?.text === 'shrugged'), show(qs));
  assert.ok(!qs.some((q) => q.cue?.text === 'Asked'), show(qs));
  const b = quotesOf('The coach left the pitch without a word. “We were not good enough today, and everybody in this club knows it.”\n\nAsked about the fans, Moreau smiled.');
  assert.ok(!b.some((q) => q.cue?.text === 'smiled'), show(b));
});

test('a programme is a channel, and a time in its name does not date the statement', () => {
  assert.equal(findChannel('Ruiz said on the station\'s Sunday Sport programme.'), 'on the station\'s Sunday Sport programme');
  assert.equal(findChannel('Hughes told BBC Radio 4\'s Today programme.'), 'told BBC Radio 4\'s Today programme');
  assert.equal(findChannel('he told the club\'s website.'), 'told the club\'s website');
  const doc = analyze('The tax was "a mistake from the start", Hughes told BBC Radio 4\'s Today programme.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'told');
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.time, null, JSON.stringify(q));
  const r = quotesOf('“We gave everything,” Ruiz said on the station\'s Sunday Sport programme.');
  assert.ok(!r.some((x) => /programme/.test(x.text)), show(r));
});

test('how the room took it is no content: "she said, to loud cheers"', () => {
  assert.ok(isCircumstanceClause('to loud cheers', isSpeechVerb, true));
  assert.ok(isCircumstanceClause('amid applause from the gallery', isSpeechVerb, true));
  assert.ok(!isCircumstanceClause('to loud cheers', isSpeechVerb, false));
  const qs = quotesOf('“This town has chosen hope over fear,” the new mayor said, to loud cheers.');
  assert.ok(!qs.some((q) => /cheers/.test(q.text)), show(qs));
});

test('a date after "by" and a lone "before" are no sources', () => {
  const a = quotesOf('New planning guidelines are expected by March.');
  assert.ok(!a.some((q) => q.sourceSpan?.text === 'March'), show(a));
  const b = quotesOf('The striker said he would "talk to the family" before deciding his future.');
  assert.ok(!b.some((q) => q.sourceSpan?.text === 'before'), show(b));
});

test('what follows a second, coordinated cue is that cue\'s content, not the first one\'s', () => {
  const qs = quotesOf('The coach thanked the fans and said his team would "fight for every point" before the winter break.');
  assert.ok(!qs.some((q) => q.cue?.text === 'thanked' && /fight/.test(q.text)), show(qs));
  assert.ok(qs.some((q) => q.cue?.text === 'said' && /fight/.test(q.text)), show(qs));
});

test('agreeing a contract is an act, like signing one; agreeing to one reports a view', () => {
  assert.ok(isPerformativeAct('has agreed', ' a three-year deal with the club'));
  assert.ok(!isPerformativeAct('agreed', ' to a three-year deal'));
  assert.ok(!isPerformativeAct('agreed', ' that the deal was fair'));
  const qs = quotesOf('The 19-year-old winger has agreed a four-year contract with the club.');
  assert.ok(!qs.some((q) => /agreed/.test(q.cue?.text ?? '')), show(qs));
});

test('a relative clause after the speaker\'s name is no part of the speaker text', () => {
  const qs = quotesOf('“We are exhausted, but we will keep going,” said paramedic Ines Mora, 41, who had worked through the night.');
  const q = qs.find((x) => x.text.includes('exhausted'));
  assert.ok(q, show(qs));
  assert.equal(q.speakerText, 'paramedic Ines Mora', JSON.stringify(q));
});
