/**
 * Session 8 probe articles: a court report, a wire story with several officials and a live blog.
 * Every sentence here is written for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';
import { clockTimeLead } from './source-phrase.js';
import { otherPersonPronounBefore } from './speaker.js';
import { cueEndsInsideChannel, findChannel } from './channel.js';
import { endBeforeJoinedRefusal, isCallNounObject, isDispositionTopic, isWeighedAction } from './content.js';

test('"Sentencing him, Judge X said he ...": the "he" is the man sentenced, so "she" later is the judge', () => {
  assert.ok(otherPersonPronounBefore('Sentencing him, Judge ', 'he'));
  assert.ok(otherPersonPronounBefore('After thanking her, Coach ', 'she'));
  assert.ok(!otherPersonPronounBefore('After his arrest, ', 'he'));
  assert.ok(!otherPersonPronounBefore('Asked about her plans, ', 'she'));
  const doc = analyze('Sentencing him, Judge Nadia Vorst said he had "abused the trust of every client".\n\n' +
    '"You picked people who could not check their accounts," she told him. "That is what makes it worse."');
  assert.equal(speakerOf(doc, 'could not check'), 'Nadia Vorst', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'makes it worse'), 'Nadia Vorst', show(doc.get('quotes')));
});

test('a cue inside what an apposed speaker said has its own subject as source, not the speaker', () => {
  const doc = analyze('The Red Cross envoy, Lars Wiklund, said both armies had agreed to open the road on Friday.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'had agreed');
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.sourceSpan?.text, 'both armies');
  assert.equal(q.speaker, null, show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'both armies had agreed'), 'Lars Wiklund', show(doc.get('quotes')));
});

test('a live blog\'s time stamp opening a source is no part of it', () => {
  assert.equal(clockTimeLead('13:48 Northern Grid'), 6);
  assert.equal(clockTimeLead('9.30am The coastguard'), 7);
  assert.equal(clockTimeLead('11 a.m. Police'), 8);
  assert.equal(clockTimeLead('2.50 people'), 0);
  assert.equal(clockTimeLead('13:48'), 0);
  assert.equal(clockTimeLead('The council'), 0);
  const doc = analyze('Flood live: rivers rise across the valley\n\n10:42 The coastguard said two walkers had been lifted from the cliffs.\n\n10:15 Rail operator Westline said all trains were cancelled.');
  const sources = doc.get('quotes').map((q) => q.sourceSpan?.text);
  assert.ok(sources.includes('The coastguard'), show(doc.get('quotes')));
  assert.ok(!sources.some((t) => /\d/.test(t ?? '')), JSON.stringify(sources));
});

test('"Her challenger, Tom X, said the claims showed she ...": the "she" is hers, so "He" later is him', () => {
  assert.ok(otherPersonPronounBefore('Her Republican challenger, ', 'she'));
  assert.ok(otherPersonPronounBefore('His former deputy, ', 'his'));
  assert.ok(!otherPersonPronounBefore('His former deputy, ', 'she'));
  const doc = analyze('Mayor Ruth Allard denied on Monday that she had misused council cars.\n\n' +
    'Her Green Party rival, Owen Tate, said the records showed she had "treated the fleet as her own". He has asked the auditor to investigate.');
  assert.equal(speakerOf(doc, 'the auditor'), 'Owen Tate', show(doc.get('quotes')));
});

test('"said in a statement on the club\'s website": the site is the channel, neither cue nor content', () => {
  assert.equal(findChannel('said in a statement on the club\'s website.'), 'in a statement on the club\'s website');
  assert.ok(cueEndsInsideChannel(' in a statement on the club\'s website.', ' in a statement on'.length));
  assert.ok(!cueEndsInsideChannel(' in an email to the network\'s host.', ' in an email'.length));
  assert.ok(!cueEndsInsideChannel(' on Monday that it would close.', ' on'.length));
  const qs = analyze('"Marta gave this team everything, but the results were not there," chairman Ivo Petrak said in a statement on the club\'s website.').get('quotes');
  assert.deepEqual(qs.map((q) => [q.cue?.text, q.channel]), [['said in a statement', 'in a statement on the club\'s website']], show(qs));
});

test('"said X but declined to say Y": the refusal is no part of what was said', () => {
  assert.equal(endBeforeJoinedRefusal('they had received a complaint but declined to say whether they would investigate'), 'they had received a complaint'.length);
  assert.equal(endBeforeJoinedRefusal('the plant would close, and would not comment on the job losses'), 'the plant would close'.length);
  assert.equal(endBeforeJoinedRefusal('the agency had declined to say how many were hurt'), -1);
  const qs = analyze('Port officials said on Tuesday they had found the leak but declined to say how much oil had escaped.').get('quotes');
  const said = qs.find((q) => q.cue?.text === 'said');
  assert.equal(said?.text, 'they had found the leak', show(qs));
});

test('"Senator rejects calls to quit": a noun of asking after the verb that takes it is no cue', () => {
  assert.ok(isCallNounObject('Senator rejects ', 'calls'));
  assert.ok(isCallNounObject('The minister faced growing ', 'demands'));
  assert.ok(!isCallNounObject('The senator ', 'calls'));
  const qs = analyze('Governor rejects calls to quit over land deal\n\nGovernor Ana Reyes said on Friday she would serve out her term.').get('quotes');
  assert.ok(!qs.some((q) => q.cue?.text === 'calls'), show(qs));
});

test('a quotation with no cue after a sentence in which someone gestures is that person\'s answer', () => {
  const doc = analyze('The inspector, Paulo Reis, said the bridge was safe.\n\n' +
    'Asked whether she would sell the farm, Lidia Morais shook her head. "My father is buried on this hill."');
  assert.equal(speakerOf(doc, 'buried on this hill'), 'Lidia Morais', show(doc.get('quotes')));
  // (a sentence that is no gesture still leaves the quotation unattributed)
  const other = analyze('The inspector, Paulo Reis, said the bridge was safe.\n\n' +
    'Lidia Morais bought the farm in 1998. "My father is buried on this hill."');
  assert.equal(speakerOf(other, 'buried on this hill'), null, show(other.get('quotes')));
});

test('"She is modest about her role": a disposition towards a topic is no statement', () => {
  assert.ok(isDispositionTopic('is modest about', 'her role'));
  assert.ok(isDispositionTopic('was upbeat about', 'the new season'));
  assert.ok(!isDispositionTopic('was upbeat about', 'how the talks had gone'));
  assert.ok(!isDispositionTopic('has been critical of', 'the mayor'));
  const qs = analyze('Today the clinic sees forty patients a day. Its founder, Dr. Ines Varga, is modest about her role.').get('quotes');
  assert.ok(!qs.some((q) => /her role/.test(q.text)), show(qs));
});

test('an organisation with a plural of its unnamed people ("OPEC+ delegates") is no named speaker', () => {
  const doc = analyze('Oil prices fell on Thursday after OPEC+ delegates said the group was likely to raise output in January.\n\n' +
    'Kremlin officials said the talks had gone well.');
  assert.equal(speakerOf(doc, 'raise output'), null, show(doc.get('quotes')));
  const named = analyze('Oil prices fell on Thursday after OPEC+ said the group was likely to raise output in January.');
  assert.notEqual(speakerOf(named, 'raise output'), null, show(named.get('quotes')));
});

test('"considered firing her minister": weighing an action is no statement', () => {
  assert.ok(isWeighedAction('considered', ' firing her finance minister last week.'));
  assert.ok(isWeighedAction('had weighed', ' not standing again.'));
  assert.ok(!isWeighedAction('considered', ' that the plan had failed.'));
  assert.ok(!isWeighedAction('said', ' leaving was hard.'));
  const qs = analyze('Governor Ana Reyes considered dissolving the assembly in March, before the budget passed.').get('quotes');
  assert.ok(!qs.some((q) => q.cue?.text === 'considered'), show(qs));
});
