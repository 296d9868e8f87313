/**
 * Speakers and non-statements from wire, court, sport and business copy (session 7, third
 * helper). Every sentence here is written for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';
import { endBeforeNamedClause, isPerformativeAct, isPurposeParticiple, isQuestionObject } from './content.js';
import { findToldClauses } from './told.js';
import { isPlaceInName } from './speaker.js';


test('a name between two appositives is the speaker', () => {
  const doc = analyze('The coach was suspended for six matches. His agent, Tobias Wendt, a former referee, said the ban would be appealed.');
  assert.equal(speakerOf(doc, 'would be appealed'), 'Tobias Wendt', show(doc.get('quotes')));
});

test('post-nominal letters after an apposed name leave the name the speaker', () => {
  const doc = analyze('The plan was published on Monday. The Liberal Democrats\' transport spokesman, Fergus Crane MSP, said the ferries were years late.');
  assert.equal(speakerOf(doc, 'years late'), 'Fergus Crane', show(doc.get('quotes')));
});

test('a source of two coordinated bodies resolves to neither, nor to a place inside one', () => {
  const doc = analyze('The Bar Association of Ghana and Oxfam Ghana said the ruling was wrong.');
  const q = doc.get('quotes').find((x) => x.text.includes('ruling'));
  assert.ok(q && q.speaker === null, show(doc.get('quotes')));
  // (when the entities layer misses "The Bar Association of Ghana", Ghana is still no speaker)
  assert.ok(isPlaceInName('The Bar Association of '));
  assert.ok(!isPlaceInName('The Government of '));
  assert.ok(!isPlaceInName('officials in '));
});

test('an organisation described before another organisation: the last name is the speaker', () => {
  const doc = analyze('The World Health Organization said cases were rising. The United Nations refugee agency UNHCR warned that camps were full.');
  assert.equal(speakerOf(doc, 'camps were full'), 'UNHCR', show(doc.get('quotes')));
});

test('offering help or teams, calling witnesses or an election are acts, not statements', () => {
  assert.ok(isPerformativeAct('have offered', ' advice, according to the council.'));
  assert.ok(isPerformativeAct('offered', ' two rescue helicopters and a field hospital.'));
  assert.ok(isPerformativeAct('would call', ' about 30 witnesses, the court heard.'));
  assert.ok(isPerformativeAct('called', ' a snap election for March.'));
  assert.ok(!isPerformativeAct('offered', ' some pointed advice to the prime minister'));
  assert.ok(!isPerformativeAct('has called', ' the police response a disgrace'));
  assert.ok(!isPerformativeAct('offered', ' a preview of his speech'));
  const qs = analyze('Two charities and the local council have offered support to the families, according to the mayor.').get('quotes');
  assert.ok(!qs.some((q) => /offered/.test(q.cue?.text ?? '')), show(qs));
});

test('a participle of purpose after a noun is no cue', () => {
  assert.ok(isPurposeParticiple('Negotiations ', 'aimed at'));
  assert.ok(isPurposeParticiple('a bill ', 'designed to'));
  assert.ok(!isPurposeParticiple('she ', 'aimed at'));
  const qs = analyze('Talks aimed at ending the dock strike collapsed on Thursday.').get('quotes');
  assert.ok(!qs.some((q) => /aimed/.test(q.cue?.text ?? '')), show(qs));
});

test('a question asked by someone named is no attribution, and its topic is no answer', () => {
  assert.ok(isQuestionObject('Asked by journalists whether '));
  assert.ok(isQuestionObject('Asked by a reporter about '));
  const qs = analyze('Asked by journalists whether he would stand again, the mayor said he was tired.').get('quotes');
  assert.deepEqual(qs.map((q) => [q.cue?.text, q.text]), [['said', 'he was tired']], show(qs));
});

test('the reported clause ends where a named subject goes on with what it did', () => {
  const s = 'it would send aid, and Canada and Norway pledged funds';
  assert.equal(endBeforeNamedClause(s), 'it would send aid'.length);
  assert.equal(endBeforeNamedClause('prices rose, and the bank cut rates'), -1);
  assert.equal(endBeforeNamedClause('"we will stay, and Rome agreed"'), -1);
  const qs = analyze('The Red Cross said it would send medical staff, and Canada and Norway pledged emergency funds.').get('quotes');
  assert.deepEqual(qs.map((q) => q.text), ['it would send medical staff'], show(qs));
});

test('the speaker text of "who say" takes the nouns modifying the plural', () => {
  const qs = analyze('Bus drivers who say the new rota is unsafe will strike next week.').get('quotes');
  assert.equal(qs[0]?.speakerText, 'Bus drivers', show(qs));
});

test('"the regulator" and "the watchdog" stand for the one regulator named before', () => {
  const doc = analyze('The Energy Supervisory Board fined Northgate Power 3 million euros on Monday.\n\nThe watchdog said the company had overcharged customers.\n\n"These failings were avoidable," the regulator said.');
  assert.equal(speakerOf(doc, 'overcharged'), 'Energy Supervisory Board', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'avoidable'), 'Energy Supervisory Board', show(doc.get('quotes')));
  const two = analyze('The Energy Supervisory Board and the Competition Authority opened inquiries.\n\nThe watchdog said it had received complaints.');
  assert.equal(speakerOf(two, 'received complaints'), null, show(two.get('quotes')));
});

test('"X told Y he ..." with no "that" is a report of what X told', () => {
  const doc = analyze('According to a filing by the company, the engineer told managers it was unsafe.');
  const qs = doc.get('quotes');
  assert.ok(qs.some((q) => q.cue?.text === 'told' && q.text === 'it was unsafe'), show(qs));
  const toks = doc.get('tokens');
  assert.equal(findToldClauses(toks, 0, toks.length).length, 1);
});

test('"who say" after a sentence\'s end names the plural that opens the new sentence', () => {
  const qs = analyze('Passengers were stranded for hours. Travellers who say they missed flights want refunds.').get('quotes');
  assert.equal(qs[0]?.speakerText, 'Travellers', show(qs));
});

test('signing a player and agreeing a fee are acts', () => {
  assert.ok(isPerformativeAct('have signed', ' Ghana striker Kofi Mensah on a two-year deal.'));
  assert.ok(isPerformativeAct('signed', ' the veteran goalkeeper on loan'));
  assert.ok(!isPerformativeAct('signed', ' off on the plan, saying it was sound'));
  const qs = analyze('Rovers have agreed a fee with Benfica for winger Joao Pinto.').get('quotes');
  assert.equal(qs.length, 0, show(qs));
});

test('the subject of a "with" clause is who does what its participle says', () => {
  const qs = analyze('The deal stalled in March, with the bank blaming regulators for the delay.').get('quotes');
  assert.equal(qs.find((q) => q.cue?.text === 'blaming')?.sourceSpan?.text, 'the bank', show(qs));
});

test('a subject before a relative clause between commas is the source', () => {
  const a = analyze('The coach, who was sent to the stands, has denied swearing at the referee.').get('quotes');
  assert.equal(a[0]?.sourceSpan?.text, 'The coach', show(a));
  // (and a source the tagger ended inside such a clause loses the clause)
  const b = analyze('The mayor, who faces a recall vote, has rejected the audit.').get('quotes');
  assert.equal(b[0]?.sourceSpan?.text, 'The mayor', show(b));
});

test('a concession after "according to X" is the writer\'s, not the report\'s', () => {
  const qs = analyze('Sales rose 4 percent, according to a company filing, although the firm gave no forecast.').get('quotes');
  assert.deepEqual(qs.map((q) => q.text), ['Sales rose 4 percent'], show(qs));
});

test('two bodies joined by "and" resolve to neither when the entities layer finds only one', () => {
  const qs = analyze('The Bar Council and the Refugee Legal Aid Network of Scotland wrote to the minister warning that courts were overwhelmed.').get('quotes');
  assert.ok(qs.length > 0 && qs.every((q) => q.speaker === null), show(qs));
});

test('a name and its appositive right after "said" open the reported clause', () => {
  const qs = analyze('Staffordshire Police said Aaron Cole, of Stafford, had been charged with assault.').get('quotes');
  assert.deepEqual(qs.map((q) => q.text), ['Aaron Cole, of Stafford, had been charged with assault'], show(qs));
});

test('the narrative clause after a report may have an irregular past with no determiner', () => {
  const qs = analyze('The Red Cross said it was ready to help, and Norway and Denmark sent rescue dogs.').get('quotes');
  assert.deepEqual(qs.map((q) => q.text), ['it was ready to help'], show(qs));
});

test('an unnamed source before a long anonymity clause is the source', () => {
  const qs = analyze('A police officer in Galway, who spoke on condition of anonymity because he was not authorised to talk to the press, said the driver had been drinking.').get('quotes');
  assert.deepEqual(qs.map((q) => [q.speaker, q.speakerText]), [[null, 'A police officer']], show(qs));
});

test('authorities of a place are unnamed, not the place', () => {
  const doc = analyze('Flooding closed roads across the north. The Kenyan authorities said 14 people had died.');
  const q = doc.get('quotes').find((x) => x.text.includes('14 people'));
  assert.ok(q && q.speaker === null, show(doc.get('quotes')));
});

test('"the regulator" also stands for a body named by its sector ("General Dental Council")', () => {
  const doc = analyze('A dentist from Hull was suspended by the General Dental Council on Monday.\n\nThe regulator said patients had been put at risk.');
  assert.equal(speakerOf(doc, 'put at risk'), 'General Dental Council', show(doc.get('quotes')));
});

test('"and" inside a title or a name is no coordination; a second appositive naming a body is another subject', () => {
  const a = analyze('Fisheries and Oceans Minister Joanne Thiessen said the quota would be cut.');
  assert.equal(speakerOf(a, 'quota'), 'Joanne Thiessen', show(a.get('quotes')));
  const b = analyze('Local historian and author Marta Vidal said the chapel dated from 1340.');
  assert.equal(speakerOf(b, 'chapel'), 'Marta Vidal', show(b.get('quotes')));
  // (the tagger may run a source over two subjects: the description's name is not the speaker)
  const c = analyze('His deputy, Pavel Orlov, the Tass news agency reported, had resigned.');
  assert.notEqual(speakerOf(c, 'resigned'), 'Pavel Orlov', show(c.get('quotes')));
});

test('"offered support for" a cause is a stand, not aid', () => {
  assert.ok(!isPerformativeAct('offered', ' his support for the candidacy'));
  assert.ok(isPerformativeAct('offered', ' support to the families'));
});

test('"X said he told Y he ..." gives the inner report to "he", and "with ... and vowing" to no one', () => {
  const toks = analyze('Rubin said he told the minister he had been impressed.').get('tokens');
  const found = findToldClauses(toks, 0, toks.length);
  assert.deepEqual(found.map((f) => toks.slice(f.srcA, f.srcB).map((t) => t.text).join(' ')), ['he']);
  const qs = analyze('Prices fell in line with current market conditions and vowing to act later was the bank.').get('quotes');
  assert.ok(!qs.some((q) => q.sourceSpan?.text === 'current market conditions and'), show(qs));
});

test('a closing attribution reports the clause before it, with an attribution nested inside', () => {
  const qs = analyze('Managers privately concede the queue will not be cleared before next summer, two people briefed on the matter said.').get('quotes');
  assert.ok(qs.some((q) => q.cue?.text === 'said' && q.text === 'Managers privately concede the queue will not be cleared before next summer'), show(qs));
});
