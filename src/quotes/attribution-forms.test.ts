/**
 * Attribution in the forms of everyday wire, court, sport and business copy: broken quotes,
 * titled names after an inverted cue, descriptions named by an appositive, channels posted to a
 * platform. Every sentence here is written for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';
import { isLowercaseTitledName } from './sentence-report.js';
import { findChannel, isChannelParticiple } from './channel.js';
import { isRecipientOfDocuments } from './speaker.js';
import { isAddresseeTail, isCircumstanceAfterAddressee } from './adjunct.js';
import { canSpeakOn } from './turn.js';
import { opensCoordinatedStatement } from './extract.js';
import { beforeClosingChannel, isInSourceRelative, isPerformativeAct, namesBeforeAnd, partOfDayBeforeTime, restBeforeSourceComma } from './content.js';


test('a name in the first part of a broken quote is spoken of, not the pronoun after it', () => {
  const text = 'Dr. Pavel Novak, who chairs the review board, said the figures were wrong.\n\n' +
    'Mayor Irene Falk rejected the report on Tuesday. She said the board had ignored two years of data.\n\n' +
    '“Pavel Novak has read the numbers upside down,” she said. “We will publish our own.”';
  const doc = analyze(text);
  assert.equal(speakerOf(doc, 'upside down'), 'Irene Falk', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'publish our own'), 'Irene Falk', show(doc.get('quotes')));
});

test('a lowercase title before the name after an inverted cue is the source, not content', () => {
  assert.ok(isLowercaseTitledName('league operations director Mina Kovac'));
  assert.ok(isLowercaseTitledName('ward councillor Tariq Obi of the Green Party'));
  assert.ok(!isLowercaseTitledName('that Tariq Obi'));
  assert.ok(!isLowercaseTitledName('the club had run out of money'));
  const doc = analyze('Critics say the rules are unclear.\n\n"Nobody at the ministry has read the report," said opposition health spokesman Dara Quill. "They should start today."');
  const qs = doc.get('quotes');
  assert.ok(!qs.some((q) => /Dara Quill/.test(q.text)), show(qs));
  assert.equal(speakerOf(doc, 'read the report'), 'Dara Quill', show(qs));
  assert.equal(speakerOf(doc, 'start today'), 'Dara Quill', show(qs));
});

test('a description naming whom the speaker works for, then a name, credits the name', () => {
  const doc = analyze('Lena Marsh was charged on Friday. A barrister for Marsh, Owen Pryce, said she would plead not guilty.');
  assert.equal(speakerOf(doc, 'plead not guilty'), 'Owen Pryce', show(doc.get('quotes')));
});

test('"said in a video posted to X that ...": the participle is part of the channel, the clause is the content', () => {
  assert.ok(isChannelParticiple('Coach Dara Nilsen said in a message ', 'posted on'));
  assert.ok(!isChannelParticiple('The club ', 'posted'));
  assert.equal(findChannel('said in a statement published on its website that'), 'in a statement published on its website');
  const a = analyze('The club said in a video posted to YouTube on Friday that the stadium would close for repairs.').get('quotes');
  assert.deepEqual(a.map((q) => [q.cue?.text, q.text, q.channel]), [['said', 'that the stadium would close for repairs', 'in a video posted to YouTube']], show(a));
  const b = analyze('Coach Dara Nilsen said in a message posted on Instagram that she was leaving the club.').get('quotes');
  assert.deepEqual(b.map((q) => [q.cue?.text, q.channel]), [['said', 'in a message posted on Instagram']], show(b));
  // (the tagger may take "posted to Facebook" for the cue: the cue is the verb of speaking)
  const c = analyze('Her rival, Dan Okello, demanded an apology. He said in a video posted to Facebook that voters "deserve a mayor who listens to them."').get('quotes');
  assert.deepEqual(c.filter((q) => q.cue?.text !== 'demanded').map((q) => [q.cue?.text, q.text, q.channel]), [['said', 'that voters "deserve a mayor who listens to them."', 'in a video posted to Facebook']], show(c));
});

test('the outlet that obtained the documents is not who speaks through them', () => {
  assert.ok(isRecipientOfDocuments('records reviewed by '));
  assert.ok(isRecipientOfDocuments('a memo leaked to the '));
  assert.ok(!isRecipientOfDocuments('a letter sent by the '));
  const doc = analyze('Three council members had shares in the builder, according to filings seen by the Courier.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'according to');
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'council members had shares'), null, show(doc.get('quotes')));
});

test('a closing "X told AUDIENCE on DAY as ..." reports the sentence before it, not the occasion', () => {
  assert.ok(isCircumstanceAfterAddressee(' a jury on Tuesday ', 'as the theft trial opened'));
  assert.ok(!isCircumstanceAfterAddressee(' a jury that ', 'as the theft trial opened'));
  const a = analyze('A former treasurer stole more than $80,000 from the church in exchange for nothing, a prosecutor told a jury on Tuesday as the theft trial of Paul Nkemelu opened in Denver.').get('quotes');
  assert.deepEqual(a.map((q) => q.text), ['A former treasurer stole more than $80,000 from the church in exchange for nothing'], show(a));
  const b = analyze('The mayor accepted cash from builders for city contracts, a prosecutor told a federal jury on Monday as the trial of Tom Reilly opened in Boston.').get('quotes');
  assert.deepEqual(b.map((q) => [q.text, q.channel]), [['The mayor accepted cash from builders for city contracts', 'told a federal jury']], show(b));
});

test('"X, the envoy told Reuters." with no content tagged reports X', () => {
  assert.ok(isAddresseeTail(' Reuters.'));
  assert.ok(isAddresseeTail(' the inquiry on Wednesday as hearings resumed in Leeds.'));
  assert.ok(!isAddresseeTail(' controllers he had lost an engine.'));
  assert.ok(!isAddresseeTail(' reporters that the plan was dead.'));
  const a = analyze('The bridge had failed two inspections before it fell, an engineer told the inquiry on Wednesday as hearings resumed in Leeds.').get('quotes');
  assert.deepEqual(a.map((q) => [q.cue?.text, q.text]), [['told', 'The bridge had failed two inspections before it fell']], show(a));
  const b = analyze('The talks will resume next week, the envoy told Reuters.').get('quotes');
  assert.deepEqual(b.map((q) => [q.text, q.channel]), [['The talks will resume next week', 'told Reuters']], show(b));
});

test('a sentence-opening "According to X," is its own attribution: no content, source piece or time of the next cue', () => {
  const doc = analyze('According to a ruling published on Friday, Okoye told the panel he had acted alone.');
  const told = doc.get('quotes').filter((q) => q.cue?.text === 'told');
  const acc = doc.get('quotes').filter((q) => q.cue?.text === 'According to');
  assert.deepEqual(acc.map((q) => q.sourceSpan?.text), ['a ruling published on Friday'], show(doc.get('quotes')));
  assert.ok(told.length > 0 && told.every((q) => q.time === null && !/According/.test(q.text)), show(told));
});

test('a date closing the sentence after a reported clause belongs to the clause, not to the saying', () => {
  const a = analyze('A spokeswoman for the league told reporters that the final would be replayed on Sunday.').get('quotes');
  assert.deepEqual(a.map((q) => [q.text, q.time]), [['that the final would be replayed on Sunday', null]], show(a));
  const b = analyze('The coach wrote on Instagram that the squad would fly home on Tuesday evening.').get('quotes');
  assert.deepEqual(b.map((q) => [q.cue?.text, q.text]), [['wrote on Instagram', 'that the squad would fly home on Tuesday evening']], show(b));
});

test('an attribution inside the previous content does not take over the next pronoun', () => {
  const qs = analyze('One tenant, a pensioner who has lived on the estate since 1979, said the council had refused to fix her boiler for two winters.\n\n"They made me feel like a nuisance," she told the Courier. "I still wear my coat indoors."').get('quotes');
  const direct = qs.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 2, show(qs));
  assert.ok(direct.every((q) => q.speaker === null && q.speakerText === 'One tenant, a pensioner'), show(qs));
});

test('a cueless quotation after "figures show" is not the figures\' words', () => {
  assert.ok(!canSpeakOn('New figures from the statistics office'));
  assert.ok(canSpeakOn('The figure skater'));
  assert.ok(canSpeakOn('Jane Holt'));
  const qs = analyze('New figures from the statistics office show that the town built 210 homes last year.\n\n"This is a scandal. We were promised a thousand homes and we got a car park."').get('quotes');
  const direct = qs.find((q) => q.kind === 'direct');
  assert.ok(direct && direct.speakerText === null && direct.sourceSpan === null, show(qs));
});

test('a content before its source runs to the comma that sets the source off', () => {
  assert.equal(restBeforeSourceComma(' in exchange for nothing, '), ' in exchange for nothing'.length);
  assert.equal(restBeforeSourceComma(' last year ,'), ' last year'.length);
  // another comma, a quotation mark or a sentence's end may close the content where it stands
  assert.equal(restBeforeSourceComma(', partly because of fuel, '), 0);
  assert.equal(restBeforeSourceComma(' ” in March, '), 0);
  assert.equal(restBeforeSourceComma('. Prices fell, '), 0);
  assert.equal(restBeforeSourceComma(', '), 0);
});

test('charging someone with a crime is a legal act, not a claim', () => {
  assert.ok(isPerformativeAct('had been charged', ' with assault.'));
  assert.ok(isPerformativeAct('charged with', ' fraud'));
  assert.ok(isPerformativeAct('charged', ' the two men with affray'));
  assert.ok(!isPerformativeAct('charged', ' that the mayor had lied'));
  const qs = analyze('Greater Manchester Police said Ryan Hale, 24, of Salford, had been charged with robbery.').get('quotes');
  assert.ok(qs.every((q) => !/charged/.test(q.cue?.text ?? '')), show(qs));
});

test('a relative clause of the source says nothing; a time after the cue dates the statement', () => {
  assert.ok(isInSourceRelative("Germany's regulator BaFin, which was criticised ", ', '));
  assert.ok(!isInSourceRelative('The mayor ', ', '));
  assert.ok(!isInSourceRelative("BaFin, which was criticised ", ' and '));
  const a = analyze('The harbour authority, which was fined for failing to dredge the channel, said last week it had hired a new contractor.').get('quotes');
  const said = a.filter((q) => q.cue?.text === 'said');
  assert.deepEqual(said.map((q) => q.text), ['it had hired a new contractor'], show(a));
  // a time that is the reported clause's subject, or its owner, stays in it
  assert.deepEqual(analyze('The minister said 2019 was the worst year for floods.').get('quotes').map((q) => q.text), ['2019 was the worst year for floods']);
  assert.deepEqual(analyze("The minister said last year's figures were wrong.").get('quotes').map((q) => q.text), ["last year's figures were wrong"]);
});

test('a bare description, a comma, then a company: the company speaks', () => {
  assert.equal(speakerOf(analyze('The engine maker, Pratt & Whitney, said last month that it had found a defect in some parts.'), 'found a defect'), 'Pratt & Whitney');
  assert.equal(speakerOf(analyze('Its parent company, Siemens Energy, said the plant in Goerlitz would close.'), 'would close'), 'Siemens Energy');
  // a description that names someone is no bare description
  assert.notEqual(speakerOf(analyze('The Kenyan ministry, Safaricom, said it would appeal.'), 'would appeal'), 'Safaricom');
});

test('a time in a second statement joined by "but warned" does not date the first', () => {
  assert.ok(opensCoordinatedStatement(' the worst of the rain had passed but warned that rivers could keep rising until '));
  assert.ok(!opensCoordinatedStatement(' the bridge would close and reopen on '));
  const qs = analyze('The Met Office said the worst of the rain had passed but warned that rivers could keep rising until Thursday.').get('quotes');
  const said = qs.find((q) => q.cue?.text === 'said');
  assert.ok(said, show(qs));
  assert.equal(said.time, null, show(qs));
});

test('a later cue whose source stands before an earlier cue takes the piece after it', () => {
  const qs = analyze('Spokeswoman Lena Ortiz said Governor Hale supports the levy but declined to say whether he would sign the bill.').get('quotes');
  assert.ok(qs.every((q) => q.cue?.text !== 'supports' || !q.text.includes('whether he would sign')), show(qs));
  assert.ok(qs.some((q) => /declined/.test(q.cue?.text ?? '') && q.text.includes('whether he would sign')), show(qs));
});

test('"late" or "early" before "on Sunday" closes no content', () => {
  assert.equal(partOfDayBeforeTime('defeat late', ' on Sunday but accused'), ' late'.length);
  assert.equal(partOfDayBeforeTime('the plan early', ' in March.'), ' early'.length);
  assert.equal(partOfDayBeforeTime('the train was late', ' again.'), 0);
  assert.equal(partOfDayBeforeTime('late', ' on Sunday'), 0);
  const qs = analyze('The mayor conceded defeat late on Sunday.').get('quotes');
  assert.ok(qs.every((q) => !/\blate$/.test(q.text)), show(qs));
});

test('declaring something an emergency is an act, not a statement', () => {
  assert.ok(isPerformativeAct('declared', ' the spread of cholera in the region a public health emergency of international concern.'));
  assert.ok(isPerformativeAct('declared', ' its own continental emergency on Tuesday.'));
  assert.ok(!isPerformativeAct('declared', ' that the country faced a disaster.'));
  const qs = analyze('The health agency on Wednesday declared the spread of cholera in Haiti a public health emergency.').get('quotes');
  assert.equal(qs.length, 0, show(qs));
});

test('the first of two coordinated subjects opening the sentence is as much the source', () => {
  assert.equal(namesBeforeAnd('The Bar Council and '), 'The Bar Council and '.length);
  assert.equal(namesBeforeAnd('Amnesty International and '), 'Amnesty International and '.length);
  assert.equal(namesBeforeAnd('On Tuesday, the union and '), 0);
  assert.equal(namesBeforeAnd('Officials said the union and '), 0);
});

test('a channel phrase closing a content piece is how it was said, not what', () => {
  const piece = (t: string) => t.slice(0, beforeClosingChannel(t, { start: 0, end: t.length }));
  assert.equal(piece('the decision in a post on X'), 'the decision');
  assert.equal(piece('the plan was dead in a statement'), 'the plan was dead');
  assert.equal(piece('it will have 20 observers working during the debate'), 'it will have 20 observers working during the debate');
  assert.equal(piece('her presence on Twitter'), 'her presence on Twitter');
  const qs = analyze("Kenya's trade minister, Rose Achieng, welcomed the ruling in a post on X on Friday.").get('quotes');
  assert.ok(qs.some((q) => q.text === 'the ruling'), show(qs));
  // a meeting named at the end stays in what was said
  const qs2 = analyze('The group announced it will have 20 observers working during the debate.').get('quotes');
  assert.ok(qs2.every((q) => !q.text.endsWith('working')), show(qs2));
});
