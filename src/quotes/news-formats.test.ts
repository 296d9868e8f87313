/**
 * Quote formats of everyday news copy: press conferences, live blogs, wire stories with unnamed
 * sources, spokespeople, interviews. Every sentence here is written for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../index.js';
import { isCircumstanceClause, isPassiveAdverbialOnly, isQuestionObject, isReducedPassiveQuestion, isSharedMedia } from './content.js';
import { isSpeechVerb } from './cues.js';
import { findChannel, leadingChannel } from './channel.js';

const quotesOf = (text: string) => analyzeDocument({ text, published: '2026-11-25' }).get('quotes');
const show = (qs: readonly { text: string; cue: { text: string } | null }[]) => JSON.stringify(qs.map((q) => [q.cue?.text, q.text]));

test('the question opening "Asked whether ..., she said ..." is the reporters\', not what she said', () => {
  assert.ok(isQuestionObject('Asked whether '));
  assert.ok(isQuestionObject('When asked if '));
  assert.ok(!isQuestionObject('She asked whether '));
  const qs = quotesOf('Orla Brandt defended the cuts on Monday.\n\nAsked whether the council had consulted the unions, she said talks had gone on for a year.');
  const said = qs.filter((q) => q.cue?.text === 'said');
  assert.deepEqual(said.map((q) => q.text), ['talks had gone on for a year'], show(qs));
});

test('a participle clause after the attribution says how or on what terms it was said, not more of it', () => {
  assert.ok(isCircumstanceClause('speaking on condition of anonymity because the talks are private', isSpeechVerb, false));
  assert.ok(isCircumstanceClause('smiling for the cameras', isSpeechVerb, true));
  assert.ok(!isCircumstanceClause('smiling for the cameras', isSpeechVerb, false));
  assert.ok(!isCircumstanceClause('adding that the vote would go ahead', isSpeechVerb, true));
  const a = quotesOf('Tove Lindqvist voted early in her home town. “I will accept the result,” she said, smiling for the cameras. “The people have spoken.”');
  assert.ok(!a.some((q) => /smiling/.test(q.text)), show(a));
  assert.deepEqual(a.filter((q) => q.cue?.text === 'said').map((q) => q.text), ['“I will accept the result,”', '“The people have spoken.”'], show(a));
  const b = quotesOf('The merger talks are at an advanced stage, the person said, speaking on condition of anonymity because they are private.');
  assert.ok(!b.some((q) => /speaking/.test(q.text)), show(b));
  assert.ok(b.some((q) => q.text === 'The merger talks are at an advanced stage'), show(b));
});

test('a modal passive followed only by when it may happen is no attribution', () => {
  assert.ok(isPassiveAdverbialOnly('could be announced', ['as early as next week']));
  assert.ok(!isPassiveAdverbialOnly('has been criticized', ['for being slow']));
  assert.ok(!isPassiveAdverbialOnly('could be announced', ['that the plant will close']));
  const qs = quotesOf('A deal could be announced as early as next week, the person said.');
  assert.ok(!qs.some((q) => q.cue?.text === 'could be announced'), show(qs));
});

test('a pronoun in a paragraph that opens with another person goes to that person, not the last speaker', () => {
  const text = 'Anton Weber and Jonas Hartmann bought the mill together in 2019.\n\nWeber wants to sell it. “The offer is fair,” he said.\n\nHartmann disagrees. He has spent years restoring the wheel. “Selling now would waste all of it,” he said.';
  const qs = analyzeDocument({ text, published: '2026-11-25' });
  const ents = new Map(qs.get('entities').map((e) => [e.id, e.name]));
  const name = (t: string) => { const q = qs.get('quotes').find((x) => x.text.includes(t)); return q?.speaker ? ents.get(q.speaker) : null; };
  assert.equal(name('The offer is fair'), 'Anton Weber');
  assert.equal(name('Selling now'), 'Jonas Hartmann');
});

test('a channel opening the sentence before the source is the statement\'s channel; so is "telling" a body', () => {
  assert.equal(leadingChannel('In a post on Facebook, '), 'in a post on Facebook');
  assert.equal(leadingChannel('In an interview with the BBC on Sunday, '), 'in an interview with the BBC');
  assert.equal(leadingChannel('In March, '), null);
  assert.equal(leadingChannel('In a post on Facebook that drew wide attention, the mayor and '), null);
  assert.equal(findChannel('defended the plan, telling a news conference that'), 'telling a news conference');
  const qs = quotesOf('Councilman Idris Vane read the audit on Monday. In a post on Facebook, he called the findings “a scandal.”');
  assert.equal(qs.find((q) => q.cue?.text === 'called')?.channel, 'in a post on Facebook', JSON.stringify(qs));
});

test('a written interview\'s answers ("A: ...") are the interviewee\'s, and so is an "I" inside them', () => {
  const text = 'Ines Carvalho on the harbour strike\n\nInes Carvalho has led the dockers\' union since 2022. Carvalho spoke to us on Tuesday.\n\nQ: How long can the strike last?\n\nA: As long as it takes. Our members have saved for this.\n\nQ: Mayor Rui Tavares says the union is holding the city hostage.\n\nA: The mayor is wrong. I would remind him that he promised us a new contract in March.\n\nQ: Will you meet him?\n\nA: Yes, on Friday.';
  const d = analyzeDocument({ text, published: '2026-11-25' });
  const ines = d.get('entities').find((e) => e.name === 'Ines Carvalho')!.id;
  const qs = d.get('quotes');
  const answers = qs.filter((q) => q.cue?.text === ':');
  assert.deepEqual(answers.map((q) => q.text), ['As long as it takes. Our members have saved for this.', 'The mayor is wrong. I would remind him that he promised us a new contract in March.', 'Yes, on Friday.'], show(qs));
  assert.ok(answers.every((q) => q.speaker === ines), JSON.stringify(answers));
  const nested = qs.find((q) => q.sourceSpan?.text === 'I');
  if (nested) assert.equal(nested.speaker, ines);
  // the question's own report is the mayor's, not the interviewee's
  assert.notEqual(qs.find((q) => q.cue?.text === 'says')?.speaker, ines);
});

test('a live blog entry\'s clock stamp dates what is said in the entry when the sentence has no time', () => {
  const text = 'Budget day live\n\n09:15 GMT — The finance minister has left her residence. “It is a budget for growth,” Hana Sato told reporters on the steps.\n\n09:40 GMT — Opposition leader Kenji Mori said on Monday that the plan was “a gamble.”';
  const d = analyzeDocument({ text, published: '2026-11-25' });
  const times = new Map(d.get('times').map((t) => [t.id, t.text]));
  const qs = d.get('quotes');
  const growth = qs.find((q) => q.text.includes('budget for growth'));
  assert.equal(growth?.time && times.get(growth.time), '09:15 GMT', JSON.stringify(qs));
  // a time of the statement's own wins over the stamp
  const gamble = qs.find((q) => q.cue?.text === 'said');
  assert.equal(gamble?.time && times.get(gamble.time), 'Monday', JSON.stringify(qs));
});

test('a headline\'s bare title is the one person carrying it; an age apposed to a name is no part of the speaker\'s text', () => {
  const text = 'Health minister defends ward closures\n\nHealth Minister Elif Demir on Thursday defended the closure of rural wards.\n\n“The wards stand empty,” said Emre Kaya, 71.';
  const d = analyzeDocument({ text, published: '2026-11-25' });
  const names = new Map(d.get('entities').map((e) => [e.id, e.name]));
  const qs = d.get('quotes');
  const head = qs.find((q) => q.cue?.text === 'defends');
  assert.equal(head?.speaker && names.get(head.speaker), 'Elif Demir', JSON.stringify(qs));
  const kaya = qs.find((q) => q.text.includes('wards stand empty'));
  assert.ok(kaya?.speakerText?.endsWith('Kaya'), JSON.stringify(kaya));
});

test('"Name, asked whether ..., said" : who was asked asked nothing; "an emailed statement" is the channel', () => {
  assert.ok(isReducedPassiveQuestion('Lindqvist, ', 'asked', ' whether he would complain to the league, said:'));
  assert.ok(!isReducedPassiveQuestion('Lindqvist ', 'asked', ' whether the league would act.'));
  const qs = quotesOf('Coach Arne Lindqvist was furious on Sunday. Lindqvist, asked whether he would complain to the league, said: “What is the point? Nothing changes.”');
  assert.ok(!qs.some((q) => q.cue?.text === 'asked'), show(qs));
  assert.equal(findChannel('said in an emailed statement that'), 'in an emailed statement');
});

test('a pronoun after a paragraph naming two people stays unresolved when the last speaker\'s gender is unknown', () => {
  const text = 'Nadia Ferreira worked for the council for six years.\n\n“I was told to delete the files,” Ferreira told the court.\n\nUnder cross-examination, defence lawyer Jordan Blake suggested that Ferreira had the date wrong. She rejected that. “I remember it because it was my birthday,” she said.';
  const qs = quotesOf(text);
  const q = qs.find((x) => x.text.includes('my birthday'));
  assert.ok(q, show(qs));
  assert.equal(q.speaker, null, JSON.stringify(q));
});

test('a cue inside a that-clause takes its source from the clause, not the writer outside it', () => {
  const qs = quotesOf('Councillor Lotte Maes wrote in an op-ed that neighbours had warned about the depot "for years."');
  const inner = qs.find((q) => q.cue?.text.includes('warned'));
  // (the taggers may give it no source at all; never the writer's)
  if (inner) {
    assert.ok(!inner.sourceSpan || inner.sourceSpan.text === 'neighbours', JSON.stringify(inner));
    assert.equal(inner.speaker, null);
  }
  assert.equal(qs.find((q) => q.cue?.text === 'wrote')?.channel, 'in an op-ed', show(qs));
});

test('two people joined as one subject leave a pronoun after them open, even when one spoke last', () => {
  const text = 'Councillor Lotte Maes wrote in an op-ed that the depot was unsafe.\n\nIlse Wouters and Maes met at the evacuation centre on Sunday. She said the council would meet on Monday.';
  const qs = quotesOf(text);
  const q = qs.find((x) => x.text.includes('council would meet'));
  assert.ok(q, show(qs));
  assert.equal(q.speaker, null, JSON.stringify(q));
});

test('posting a video on a platform shows something and says nothing; "in the clip" is a channel', () => {
  assert.ok(isSharedMedia('posted', 'a video on Instagram from the site'));
  assert.ok(!isSharedMedia('posted', 'a video on Instagram saying the site was safe'));
  assert.equal(findChannel('she said in the clip.'), 'in the clip');
});

test('"told broadcaster ZDF" and "told analysts" are channels', () => {
  assert.equal(findChannel('Lange told broadcaster ZDF.'), 'told broadcaster ZDF');
  assert.equal(findChannel('Becker told analysts in October that'), 'told analysts');
  assert.equal(findChannel('she told the daily Le Monde'), 'told the daily Le Monde');
  assert.equal(findChannel('he told them'), null);
});
