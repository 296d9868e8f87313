/**
 * Session 9 probe articles: a disaster report and a trade story. Every sentence here is written
 * for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';

test('a cue coordinated after the subject\'s first verb phrase is the subject\'s', () => {
  const doc = analyze('Prime Minister John Hale flew to Leeds on Monday and ordered the army to deploy helicopters.');
  assert.equal(speakerOf(doc, 'the army to deploy'), 'John Hale', show(doc.get('quotes')));
  // with no name opening the sentence, nobody is credited
  const crowd = analyze('Thousands protested in the city and demanded his resignation.');
  assert.ok(crowd.get('quotes').every((q) => q.speaker === null), show(crowd.get('quotes')));
});

test('"he" after a quotation of two sentences looks back from where the quotation opens', () => {
  const doc = analyze('Prime Minister Nguyen Van Hai flew to Lao Cai on Monday. ' +
    '"Every life matters. We must reach the isolated villages before nightfall," he told reporters at a relief centre.');
  assert.equal(speakerOf(doc, 'Every life matters'), 'Nguyen Van Hai', show(doc.get('quotes')));
});

test('a company posting or reporting a result says nothing; reporting that profit rose does', () => {
  const doc = analyze('Nordvolt posts surprise profit, shares jump 12%\n\nThe bank posted a net loss of $2 billion. The company reported that profit rose 12 percent.');
  assert.deepEqual(doc.get('quotes').map((q) => q.text), ['that profit rose 12 percent'], show(doc.get('quotes')));
});

test('a lone "that" beside what a nested cue reports is a fragment, not a quote', () => {
  const doc = analyze('Dr. Lucia Moreira said the evidence was strong. She cautioned, however, that the study showed an association, not cause and effect.');
  assert.ok(!doc.get('quotes').some((q) => q.text === 'that'), show(doc.get('quotes')));
});

test('a name ending an aside before the cue is the aside\'s object; the subject before it speaks', () => {
  const doc = analyze('Ukrainian President Volodymyr Zelenskyy, speaking in Copenhagen after talks with Danish Prime Minister Mette Frederiksen, called for more air defense systems.');
  assert.equal(speakerOf(doc, 'more air defense systems'), 'Volodymyr Zelenskyy', show(doc.get('quotes')));
  const unnamed = analyze('The minister, speaking after a meeting with John Smith, said the plan would go ahead.');
  const q = unnamed.get('quotes').find((x) => x.text.includes('plan would go ahead'));
  assert.equal(q?.sourceSpan?.text, 'The minister', show(unnamed.get('quotes')));
});

test('"the minister" is no Prime Minister; "the prime minister" is', () => {
  const a = analyze('Danish Prime Minister Mette Frederiksen met officials on Monday. The minister said the plan would go ahead.');
  assert.equal(speakerOf(a, 'plan would go ahead'), null, show(a.get('quotes')));
  const b = analyze('Danish Prime Minister Mette Frederiksen met officials on Monday. The prime minister said the plan would go ahead.');
  assert.equal(speakerOf(b, 'plan would go ahead'), 'Mette Frederiksen', show(b.get('quotes')));
  const c = analyze('Finance Minister Jan Berg met officials on Monday. The minister said the plan would go ahead.');
  assert.equal(speakerOf(c, 'plan would go ahead'), 'Jan Berg', show(c.get('quotes')));
});

test('conceding defeat is an act; conceding that something is so is a statement', () => {
  const doc = analyze('Prime Minister Ion Ciobanu conceded defeat in a televised address late on Sunday. The senator conceded that the bill had flaws.');
  assert.deepEqual(doc.get('quotes').map((q) => q.text), ['that the bill had flaws'], show(doc.get('quotes')));
});

test('a given name of one gender picks the person a pronoun fits among two just named', () => {
  const doc = analyze('Party of Renewal leader Elena Rusu is expected to be named prime minister by President Andrei Vlad within two weeks. She has pledged to seek closer ties with the European Union.');
  assert.equal(speakerOf(doc, 'to seek closer ties'), 'Elena Rusu', show(doc.get('quotes')));
});

test('a dateline with its credit and a hyphen is no part of the source', () => {
  const doc = analyze('SAN FRANCISCO, Feb 3 (Dossier Wire) - Cloud security company Veltrix Inc agreed on Monday to buy Orlan Software for $4.2 billion, as it seeks to expand in identity management.');
  assert.equal(speakerOf(doc, 'to buy Orlan'), 'Veltrix Inc', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'to expand'), 'Veltrix Inc', show(doc.get('quotes')));
});

test('an adviser serving a client says nothing; advising someone to act does', () => {
  const doc = analyze('Goldman Sachs advised Veltrix, and Morgan Stanley advised Orlan. The lawyer advised her client to stay silent.');
  assert.deepEqual(doc.get('quotes').map((q) => q.text), ['her client to stay silent'], show(doc.get('quotes')));
});

test('a written interview whose answers are labelled with the interviewee\'s name', () => {
  const doc = analyze('Q&A: Climate envoy says finance deal within reach\n\nDossier Wire spoke to Amara Okoye, Nigeria\'s climate envoy, ahead of the talks in Baku.\n\n' +
    'Q: Will rich countries meet the new finance goal?\n\nOkoye: I think they will, but only if the private sector is counted. The public money alone will not get us there.\n\n' +
    'Q: What happens if talks fail?\n\nOkoye: Then the most vulnerable countries pay again. We cannot accept another year of promises.');
  assert.equal(speakerOf(doc, 'The public money alone'), 'Amara Okoye', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'another year of promises'), 'Amara Okoye', show(doc.get('quotes')));
  // meeting someone says nothing
  assert.ok(!doc.get('quotes').some((q) => q.text === 'Amara Okoye'), show(doc.get('quotes')));
});

test('the place after a channel phrase is no content: "said at the sentencing hearing in Boston"', () => {
  const doc = analyze('"Mr. Reilly sold his office," Liu said at the sentencing hearing in Boston. "The people of Fairhaven deserved better."');
  assert.ok(!doc.get('quotes').some((q) => q.text.includes('sentencing hearing')), show(doc.get('quotes')));
});

test('a live blog\'s time stamp opens no content', () => {
  const doc = analyze('Storm live\n\n09:02 — About 120,000 homes are without power, according to ESB Networks.\n\n11:10 — A man in his 60s died after a tree fell on his car near Ennis, gardai said.');
  assert.deepEqual(doc.get('quotes').map((q) => q.text), ['About 120,000 homes are without power', 'A man in his 60s died after a tree fell on his car near Ennis'], show(doc.get('quotes')));
});

test('a participle before a noun in a headline is no cue: "collide near disputed shoal"', () => {
  const doc = analyze('Chinese, Philippine vessels collide near disputed shoal\n\nMANILA (Dossier Wire) — A Chinese coast guard ship and a Philippine supply vessel collided on Monday, the Philippine military said.');
  assert.ok(!doc.get('quotes').some((q) => q.text === 'shoal'), show(doc.get('quotes')));
});

test('the people a report cites are its source, not what it says', () => {
  const doc = analyze('Folha de Sao Paulo reported on Tuesday, citing two officials at the agriculture ministry, that the government was considering a softer target. Reuters, citing two diplomats, reported that talks had stalled. The senator resigned, citing health problems.');
  assert.deepEqual(doc.get('quotes').map((q) => q.text), ['that the government was considering a softer target', 'that talks had stalled', 'health problems'], show(doc.get('quotes')));
});

test('a document before a participle cue calls by itself: "a resolution calling for"', () => {
  const doc = analyze('The Security Council on Friday failed to adopt a resolution calling for an immediate ceasefire in Gaza.');
  const q = doc.get('quotes').find((x) => x.text.includes('ceasefire'));
  assert.equal(q?.sourceSpan?.text, 'a resolution', show(doc.get('quotes')));
  assert.equal(q?.speaker, null);
});

test('a cue inside what another source said takes its subject there, not the outer source', () => {
  const doc = analyze('A Senate aide, who spoke on condition of anonymity because the talks are private, said Democrats hoped to attach the measure to a must-pass spending bill in September.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'hoped');
  assert.equal(q?.sourceSpan?.text, 'Democrats', show(doc.get('quotes')));
});

test('a name the tagger took for content before a progressive cue is its subject', () => {
  const doc = analyze('Germany is considering sanctions on three Chinese companies that supplied engine parts for Russian attack drones, two government officials said on Monday.');
  // (the model retrained in session 12 no longer marks the nested "is considering" here; when a
  // model does, the name before it is its source, never a content alone)
  const q = doc.get('quotes').find((x) => x.cue?.text === 'is considering');
  if (q) assert.equal(q.sourceSpan?.text, 'Germany', show(doc.get('quotes')));
  assert.ok(!doc.get('quotes').some((x) => x.text === 'Germany'), show(doc.get('quotes')));
  assert.ok(doc.get('quotes').some((x) => x.cue?.text === 'said' && x.text.startsWith('Germany is considering')), show(doc.get('quotes')));
});

test('a closing attribution followed by a participle of comment still reports the clause before it', () => {
  const doc = analyze('Pilots at Nordair voted to strike, their union said on Wednesday, raising the prospect of flight cancellations.');
  assert.deepEqual(doc.get('quotes').map((q) => [q.text, q.sourceSpan?.text]), [['Pilots at Nordair voted to strike', 'their union']], show(doc.get('quotes')));
});
