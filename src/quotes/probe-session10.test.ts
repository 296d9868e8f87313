/**
 * Session 10 probe articles: a product recall, a bushfire, a corruption trial. Every sentence
 * here is written for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';

test('a description with an aside after it stands for the company the article introduced', () => {
  const doc = analyze('Ferrovia Nord recalls 40,000 e-bikes over battery fire risk\n\nItalian bicycle maker Ferrovia Nord said on Tuesday it would recall 40,000 electric bikes.\n\n' +
    'The company, based in Bergamo, said it had received 27 reports of batteries swelling.');
  assert.equal(speakerOf(doc, 'it had received 27 reports'), 'Ferrovia Nord', show(doc.get('quotes')));
});

test('the tail of a measurement before "and" is no part of the next clause\'s source', () => {
  const doc = analyze('Firefighters battled a bushfire on Sunday as temperatures passed 42 degrees Celsius and authorities ordered about 6,000 residents to leave.\n\n' +
    'Prices rose 3 percent and economists said the trend would continue.');
  const sources = doc.get('quotes').map((q) => q.sourceSpan?.text);
  assert.ok(sources.includes('authorities') && sources.includes('economists'), show(doc.get('quotes')));
  // a counted subject is a subject: "The 27 nations and Britain" stays whole
  const counted = analyze('The 27 nations and Britain said they would meet in May.');
  assert.equal(counted.get('quotes')[0]?.sourceSpan?.text, 'The 27 nations and Britain', show(counted.get('quotes')));
});

test('a cue in a clause of circumstance after the closing cue does not say the quotation again', () => {
  const doc = analyze('"The defendant betrayed the trust of the citizens," presiding judge Marieke Smit said as she read out the verdict.');
  const withQuotation = doc.get('quotes').filter((q) => q.text.includes('betrayed the trust'));
  assert.equal(withQuotation.length, 1, show(doc.get('quotes')));
});

test('showing no emotion says nothing; a poll that shows a lead reports one', () => {
  const doc = analyze('Van Dam showed no emotion. The poll showed that Smith leads.');
  assert.deepEqual(doc.get('quotes').map((q) => q.text), ['that Smith leads'], show(doc.get('quotes')));
});

test('a time in a phrase appended after a comma does not date the statement', () => {
  const doc = analyze('Turnout was 38%, the commission said, down from 41% in 2019.\n\n' +
    'Lithuania said 1,200 people had tried to cross its border since January, four times as many as in the same period last year.\n\n' +
    'The plan will work, the minister said, speaking in Paris on Monday.');
  const times = new Map(doc.get('times').map((t) => [t.id, t.text]));
  assert.deepEqual(doc.get('quotes').map((q) => (q.time ? times.get(q.time) : null)), [null, null, 'Monday'], show(doc.get('quotes')));
});

test('agreeing measures decides them; agreeing to do something reports a view', () => {
  const doc = analyze('EU agrees new sanctions on Belarus over migrant crossings\n\nMinisters agreed to impose sanctions on Belarus.');
  assert.deepEqual(doc.get('quotes').map((q) => q.text), ['to impose sanctions on Belarus'], show(doc.get('quotes')));
});

test('a report closed by its attribution goes on past an aside on its subject', () => {
  const doc = analyze('The suspects, aged 24 and 31, were detained late on Tuesday near Graz, spokesman Markus Dittrich told the Austria Press Agency.');
  assert.equal(doc.get('quotes')[0]?.text, 'The suspects, aged 24 and 31, were detained late on Tuesday near Graz', show(doc.get('quotes')));
});

test('the source of a participle of saying is the subject of the verb it hangs on', () => {
  const doc = analyze('A week earlier, a coalition of 40 state attorneys general wrote to the companies demanding that they stop chatbots from discussing self-harm.');
  const q = doc.get('quotes').find((x) => x.text.includes('stop chatbots'));
  assert.equal(q?.sourceSpan?.text, 'a coalition of 40 state attorneys general', show(doc.get('quotes')));
});

test('a name apposed after an employer\'s possessive is the speaker', () => {
  const doc = analyze('Two of them said they would; the third, Quanta Systems\' Priya Natarajan, said the company needed to study the proposal.');
  assert.equal(speakerOf(doc, 'the company needed to study'), 'Priya Natarajan', show(doc.get('quotes')));
});

test('a report before a mid-sentence attribution is the content, not the clause after it', () => {
  const doc = analyze('Junior doctors in England began a five-day strike on Friday morning, the British Medical Association said, forcing hospitals to postpone operations.\n\n' +
    'A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday, killing at least 800 people, the government said on Monday, as rescuers dug through the rubble.');
  assert.deepEqual(doc.get('quotes').map((q) => q.text), [
    'Junior doctors in England began a five-day strike on Friday morning',
    'A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday, killing at least 800 people',
  ], show(doc.get('quotes')));
});

test('a coordinated subject after a dateline of two cities names no single speaker', () => {
  const doc = analyze('BEIJING/MANILA, Aug 11 (Wire) - China and the Philippines accused each other on Monday of provoking a collision near the shoal.');
  const q = doc.get('quotes')[0];
  assert.equal(q?.sourceSpan?.text, 'China and the Philippines', show(doc.get('quotes')));
  assert.equal(q?.speaker, null);
});

test('a participle used as an adjective is no cue', () => {
  const doc = analyze('China\'s coast guard said the Philippine vessel had "deliberately rammed" its ship after ignoring repeated warnings, and that it had taken "necessary measures" to drive it away.\n\nHe repeated warnings that the dam could fail.');
  assert.deepEqual(doc.get('quotes').map((q) => q.cue?.text), ['said', 'repeated warnings'], show(doc.get('quotes')));
});

test('a spelled-out title before an apposed name leaves the name the speaker', () => {
  const doc = analyze('Its medical director, Professor Stephen Powis, urged patients to attend appointments.');
  assert.equal(speakerOf(doc, 'patients to attend'), 'Stephen Powis', show(doc.get('quotes')));
});

test('a quotation with its own source after a break is not part of the earlier content', () => {
  const doc = analyze('When Clinton noted that Trump has occasionally not paid anything in federal income taxes ― as was true for the few years his tax returns were made public ― Trump boasted, “That makes me smart.”');
  assert.equal(speakerOf(doc, 'That makes me smart'), 'Trump', show(doc.get('quotes')));
  assert.ok(!doc.get('quotes').some((q) => q.cue?.text === 'noted' && q.text.includes('smart')), show(doc.get('quotes')));
});

test('a source the tagger began inside the dateline starts after it', () => {
  const doc = analyze('Chipmaker Veltrix to buy Israeli startup Quanta for $1.2 billion\n\nSAN JOSE, Calif. — Veltrix Inc said on Tuesday it had agreed to buy Tel Aviv-based Quanta Labs for $1.2 billion in cash, its largest acquisition, as it races to catch up with rivals in chips for artificial intelligence.');
  const q = doc.get('quotes').find((x) => x.text.startsWith('it had agreed'));
  assert.equal(q?.sourceSpan?.text, 'Veltrix Inc', show(doc.get('quotes')));
});

test('a pronoun that only goes on from the paragraph before takes the one person opening it', () => {
  const doc = analyze('BANGLADESH — Rahima Begum has lost her house to the river three times. The last time, two years ago, she watched from a boat as the water took the school.\n\n' +
    '"Every year the river comes closer," she said.\n\n' +
    'Her husband, Abdul Karim, works as a day labourer in Dhaka. He sends home about 6,000 taka a month. "It is not enough," he said by phone.');
  assert.equal(speakerOf(doc, 'river comes closer'), 'Rahima Begum', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'It is not enough'), 'Abdul Karim', show(doc.get('quotes')));
  // with two women in that paragraph nobody is credited
  const two = analyze('Rahima Begum and her neighbour Salma Khatun lost their houses. The last time, she watched from a boat.\n\n"Every year the river comes closer," she said.');
  assert.equal(speakerOf(two, 'river comes closer'), null, show(two.get('quotes')));
});

test('"defending champion" is a title, no statement', () => {
  const doc = analyze('LONDON, July 13 (Wire) - Jannik Sinner won his first Wimbledon title on Sunday, beating defending champion Carlos Alcaraz 4-6 6-4 6-4 6-4 to become the first Italian to lift the trophy.');
  assert.deepEqual(doc.get('quotes').map((q) => q.cue?.text), [], show(doc.get('quotes')));
});

test('a gendered pronoun is never given to a last speaker of unknown gender over the one person of that gender the paragraph names', () => {
  const doc = analyze('KHARKIV, Ukraine — When the shelling started in February, Olena Petrenko sent her two sons to her sister in Lviv. She stayed.\n\n' +
    '"Someone has to be here when they bring them in," she said.\n\n' +
    'The hospital\'s director, Dr. Serhiy Melnyk, said Petrenko had trained more than 40 young nurses. "She is stubborn," he said.\n\n' +
    'Petrenko\'s husband, Andriy, was killed near Bakhmut in 2023. She does not talk about it. Asked whether she thought of leaving, she shook her head. "My sons ask me every week," she said.');
  assert.equal(speakerOf(doc, 'Someone has to be here'), 'Olena Petrenko', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'My sons ask me'), 'Olena Petrenko', show(doc.get('quotes')));
  // a possessive "Her" cut from "Her colleagues" credits nobody
  const her = analyze('Olena Petrenko runs the ward. Her colleagues call her "the general."');
  assert.ok(her.get('quotes').every((q) => q.speaker === null || q.sourceSpan?.text !== 'Her'), show(her.get('quotes')));
});
