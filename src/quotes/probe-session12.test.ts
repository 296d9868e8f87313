/** Session 12 probe articles: a reshuffle, a tennis final, a drug approval, a chaebol trial, a ceasefire talk, an Indian election. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';

test('an opening "According to" with a long source attributes the clause after its comma, and weighing a step says nothing', () => {
  const doc = analyze('According to two officials with knowledge of the discussions, Ishiba had considered dismissing his chief cabinet secretary but decided against it.');
  const quotes = doc.get('quotes');
  const q = quotes.find((x) => x.cue?.text === 'According to');
  assert.ok(q, show(quotes));
  assert.ok(q.text.startsWith('Ishiba had considered'), show(quotes));
  assert.equal(q.speaker, null);
  assert.ok(!quotes.some((x) => /considered/.test(x.cue?.text ?? '')), show(quotes));
});

test('a question opening the sentence is no statement even where the tagger cut its topic short', () => {
  const doc = analyze('Asked about the doping case that has hung over him for months, Sinner said: "I try not to think about it."');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /^asked/i.test(q.cue?.text ?? '')), show(quotes));
  assert.equal(speakerOf(doc, 'I try not to think'), 'Sinner');
});

test('"but gave no figure" joined to what was said is the speaker\'s act, not the content', () => {
  const doc = analyze('Neurona\'s chief executive, Ana Ruiz, said the company would price the drug "responsibly" but gave no figure.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'said');
  assert.ok(q, show(doc.get('quotes')));
  assert.ok(!q.text.includes('gave no figure'), show(doc.get('quotes')));
});

test('a time alone is never what was said: "In closing arguments last month"', () => {
  const doc = analyze('In closing arguments last month, they argued that Chey had funnelled 42 billion won into a slush fund.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text === 'last month'), show(quotes));
  assert.ok(quotes.some((q) => q.cue?.text === 'argued'), show(quotes));
});

test('"the German" after a sentence about one player is that player; with two named it stays open', () => {
  const one = analyze('Alexander Zverev, who has now lost three Grand Slam finals, was blunt in his assessment. "He was just too good today," the German told the crowd.');
  assert.equal(speakerOf(one, 'too good today'), 'Alexander Zverev');
  const two = analyze('Jannik Sinner beat Alexander Zverev in straight sets. "He was just too good today," the German told the crowd.');
  assert.equal(speakerOf(two, 'too good today'), null);
  const age = analyze('Amara Okafor was jailed for six years on Monday. "I will appeal," the 52-year-old told relatives.');
  assert.equal(speakerOf(age, 'I will appeal'), 'Amara Okafor');
  // "the British" is a nation, never one person
  const nation = analyze('Amara Okafor met the envoy on Monday. "We will not move," the British said.');
  assert.notEqual(speakerOf(nation, 'We will not move'), 'Amara Okafor');
});

test('"the agency said" after a sentence opened by a named body is that body; a named ministry is not', () => {
  const fda = analyze('WASHINGTON (Wire) — The Food and Drug Administration on Friday approved the first drug for a rare form of childhood epilepsy, the agency said.');
  const names = new Map(fda.get('entities').map((e) => [e.id, e.name]));
  const q = fda.get('quotes')[0];
  assert.ok(q?.speaker && /Food and Drug Administration/.test(names.get(q.speaker) ?? ''), show(fda.get('quotes')));
  const other = analyze('NATO and Russia are getting closer to an accord on future relations, said the Russian foreign ministry.');
  const names2 = new Map(other.get('entities').map((e) => [e.id, e.name]));
  const q2 = other.get('quotes')[0];
  assert.ok(!q2?.speaker || names2.get(q2.speaker) !== 'NATO', show(other.get('quotes')));
});

test('"it" after a sentence opened by "The commission" speaks for the commission, even after a person spoke', () => {
  const doc = analyze('India\'s Election Commission announced the dates on Saturday.\n\n"This is theft of the franchise," RJD leader Tejashwi Yadav told supporters.\n\n' +
    'The commission denies the charge. In a post on X, it said the revision of the rolls had been "transparent and lawful".');
  assert.equal(speakerOf(doc, 'revision of the rolls'), 'Election Commission');
});

test('the agent of a passive inside a participle\'s content is no source: "rejecting a proposal floated by"', () => {
  const doc = analyze('Zelensky said on Tuesday that Ukraine would not give up territory, rejecting a proposal floated by some European officials.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'rejecting');
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.speakerText, 'Zelensky', show(doc.get('quotes')));
});

test('a time after a title opening the sentence is no part of the source: "Mexico\'s president on Monday"', () => {
  const doc = analyze('MEXICO CITY (Wire) — Mexico\'s president on Monday rejected a U.S. proposal to send American troops to fight drug cartels.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'rejected');
  assert.equal(q?.sourceSpan?.text, 'Mexico\'s president', show(doc.get('quotes')));
});

test('the topic of an opening question is no part of the source after it', () => {
  const doc = analyze('Asked about the report, a White House spokeswoman, Karoline Leavitt, said all options remained on the table.');
  assert.equal(speakerOf(doc, 'all options'), 'Karoline Leavitt');
});

test('"She gave no details" is no statement', () => {
  const doc = analyze('Sheinbaum said the call had been "cordial." She gave no details.');
  assert.ok(!doc.get('quotes').some((q) => q.cue?.text === 'gave'), show(doc.get('quotes')));
});

test('a name at the end of a relative clause set off before the cue is no source; the subject before it is', () => {
  const doc = analyze('The German government, which still owns 12 percent of Commerzbank, has called the approach "unfriendly".');
  const q = doc.get('quotes')[0];
  assert.ok(q?.sourceSpan?.text.startsWith('The German government'), show(doc.get('quotes')));
});

test('"the Italian bank said" is the bank opening the sentence, never a bank named only later', () => {
  const doc = analyze('FRANKFURT (Wire) — UniCredit has raised its stake in Commerzbank to about 28 percent, the Italian bank said on Monday.\n\nAnalysts at Deutsche Bank said a bid could come before the end of the year.');
  assert.equal(speakerOf(doc, 'raised its stake'), 'UniCredit');
  const later = analyze('Profits rose sharply, the Italian bank said on Monday.\n\nAnalysts at Deutsche Bank said a bid could come before the end of the year.');
  assert.equal(speakerOf(later, 'Profits rose'), null);
});

test('a relative pronoun before the cue with the clause going on after it is no piece of its own; "the Spaniard" after a quotation is the manager named before it', () => {
  const doc = analyze('Arsenal boss Mikel Arteta was angry about the second goal, which he said should have been ruled out for a foul on his goalkeeper. "It is a clear foul. Everybody saw it," the Spaniard said.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text === 'which'), show(quotes));
  assert.equal(speakerOf(doc, 'Everybody saw it'), 'Mikel Arteta');
});

test('"said X, though she added that ..." gives each cue its own piece, once; a relative "which he said" stays nested', () => {
  const doc = analyze('"A ban is a blunt tool," said Dr. Danielle Einstein, a clinical psychologist, though she added that "doing nothing is not an option."');
  const quotes = doc.get('quotes');
  assert.equal(quotes.filter((q) => q.text.includes('blunt tool')).length, 1, show(quotes));
  assert.equal(quotes.filter((q) => q.text.includes('doing nothing')).length, 1, show(quotes));
  assert.equal(quotes.find((q) => q.text.includes('doing nothing'))?.cue?.text, 'added', show(quotes));
  const nested = analyze('Petersen added that the divisions in Europe on the subject, which he said were the first in seven years, constituted "a serious setback for the European Union."');
  assert.ok(nested.get('quotes').some((q) => q.cue?.text === 'added' && q.text.includes('serious setback')), show(nested.get('quotes')));
});

test('two ranks before an apposed name: "A military spokesman, Lt. Col. Nadav Shoshani,"', () => {
  const doc = analyze('A military spokesman, Lt. Col. Nadav Shoshani, told reporters that Israel "will respond forcefully."');
  assert.equal(speakerOf(doc, 'respond forcefully'), 'Nadav Shoshani');
});

test('"OUTLET quoted PERSON as saying": the person spoke, the outlet is the channel; a passive "was quoted by" stays', () => {
  const doc = analyze('PARIS (Wire) — Iran\'s state news agency IRNA quoted Foreign Minister Abbas Araqchi as saying on Monday that Tehran was ready to resume talks "without preconditions."');
  const q = doc.get('quotes')[0];
  assert.equal(speakerOf(doc, 'ready to resume'), 'Abbas Araqchi', show(doc.get('quotes')));
  assert.ok(q?.text.startsWith('Tehran was ready'), show(doc.get('quotes')));
  assert.ok(q?.channel?.includes('IRNA'), q?.channel ?? 'no channel');
  const passive = analyze('Somchai Srisuk, chairman of the network, was quoted by the newspaper The Nation as saying that farmers would join the rally.');
  assert.ok(!passive.get('quotes').some((x) => x.sourceSpan?.text.startsWith('by ')), show(passive.get('quotes')));
});

test('a programme named after an outlet\'s possessive is part of the addressee: "told CBS News\' "Face the Nation" on Sunday that"', () => {
  const doc = analyze('Secretary of State Marco Rubio told CBS News\' "Face the Nation" on Sunday that the administration\'s patience was "not infinite."');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'told');
  assert.ok(q?.text.startsWith('that the administration'), show(doc.get('quotes')));
});

test('what a statement was said of is its topic: "said of the rescue that Italy ..."', () => {
  const doc = analyze('Prime Minister Giorgia Meloni said of the rescue that Italy "cannot be left alone" to manage arrivals.');
  assert.ok(doc.get('quotes')[0]?.text.startsWith('that Italy'), show(doc.get('quotes')));
});

test('a leading place adverbial is no part of the source: "Outside the court, Oregon Attorney General Dan Rayfield, ..., told reporters"', () => {
  const doc = analyze('Outside the court, Oregon Attorney General Dan Rayfield, whose state is among those challenging the tariffs, told reporters he was "cautiously optimistic."');
  assert.equal(speakerOf(doc, 'cautiously optimistic'), 'Dan Rayfield', show(doc.get('quotes')));
});

test('a dash after a source named after its cue opens the writer\'s aside, no part of the source', () => {
  const doc = analyze('"The minister is painting the devil on the wall," said Jens Spahn, the party\'s deputy parliamentary leader — a German expression for exaggerating a danger.');
  assert.equal(doc.get('quotes')[0]?.sourceSpan?.text, 'Jens Spahn, the party\'s deputy parliamentary leader', show(doc.get('quotes')));
});

test('"for" before a span of time is no part of the cue, nor the span part of what was said: "has complained for months about safety"', () => {
  const doc = analyze('The union representing the workers has complained for months about safety at the site.');
  const q = doc.get('quotes')[0];
  assert.equal(q?.cue?.text, 'has complained', show(doc.get('quotes')));
  assert.equal(q?.text, 'about safety at the site', show(doc.get('quotes')));
});

test('a bare plural of people right before an active cue holds what follows it: "Economists had broadly expected the hold"', () => {
  const doc = analyze('Economists had broadly expected the hold.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text === 'Economists'), show(quotes));
  assert.equal(quotes.find((q) => q.text === 'the hold')?.sourceSpan?.text, 'Economists', show(quotes));
  // before "seem" they are what is spoken of
  const seem = analyze('Traders appeared to largely brush off an unexpected decline in the index.');
  assert.ok(!seem.get('quotes').some((q) => q.sourceSpan?.text === 'Traders'), show(seem.get('quotes')));
});

test('a clause of time or circumstance after the cue is never what was said; a complement after "seen as" is', () => {
  const doc = analyze('Senate Majority Leader John Thune and Minority Leader Chuck Schumer traded blame on Tuesday as a government shutdown entered its third week.');
  assert.ok(!doc.get('quotes').some((q) => q.text.startsWith('as a government shutdown')), show(doc.get('quotes')));
  const seen = analyze('The bank is widely seen as the most troubled of the country\'s four state-owned lenders.');
  assert.ok(seen.get('quotes').some((q) => q.text.startsWith('as the most troubled')), show(seen.get('quotes')));
});

test('"denied reports that ...": the verb of denial is the cue and the subject before it the source', () => {
  const doc = analyze('Ukraine\'s foreign minister, Andrii Sybiha, denied reports that he had met Russian officials in Riyadh earlier this month.');
  const q = doc.get('quotes')[0];
  assert.equal(q?.cue?.text, 'denied', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'had met Russian officials'), 'Andrii Sybiha');
  assert.ok(!doc.get('quotes').some((x) => x.text.startsWith('Ukraine\'s foreign minister')), show(doc.get('quotes')));
});

test('a subject with "United" in its name and a relative aside opens a judging cue: "The United States, which ..., welcomed the award"', () => {
  const doc = analyze('The United States, which has deployed warships to the Caribbean, welcomed the award.');
  assert.equal(doc.get('quotes')[0]?.sourceSpan?.text, 'The United States', show(doc.get('quotes')));
});

test('"The government of President X" speaks for a body that is not X', () => {
  const doc = analyze('The government of President Nicolás Maduro has dismissed the prize as a "disgrace."');
  assert.equal(doc.get('quotes')[0]?.speaker, null, show(doc.get('quotes')));
});

test('appointing someone to a post is an act, not a statement: "named a retired naval chief as administrator"', () => {
  const doc = analyze('He named a retired naval chief, Ibok-Ete Ibas, as administrator for six months.');
  assert.ok(!doc.get('quotes').some((q) => q.cue?.text === 'named'), show(doc.get('quotes')));
});

test('a relative clause set off on the source before the cue is no content: "The union, which had fought the deal, said"', () => {
  const doc = analyze('The United Steelworkers union, which had fought the deal, said it would hold Nippon Steel to its promises.');
  assert.ok(!doc.get('quotes').some((q) => q.text.startsWith('which')), show(doc.get('quotes')));
  assert.ok(doc.get('quotes').some((q) => q.text.startsWith('it would hold')), show(doc.get('quotes')));
});

test('a relative time closing a noun phrase after the cue dates the cue: "criticised the decision hours later"', () => {
  const doc = analyze('President Donald Trump, who has repeatedly called for lower rates, criticised the decision hours later.');
  assert.ok(doc.get('quotes').some((q) => q.cue?.text === 'criticised' && q.text === 'the decision'), show(doc.get('quotes')));
});

test('a transcript label in capitals is the person the article names in full, even where the tagger read the capitals as a place', () => {
  const doc = analyze('Transcript: Finance Minister Rachel Reeves on BBC Radio 4\'s Today programme\n\nNICK ROBINSON: Chancellor, will you raise income tax in the budget?\n\nRACHEL REEVES: I\'m not going to write the budget on the radio this morning, Nick.');
  assert.equal(speakerOf(doc, 'write the budget'), 'Rachel Reeves', show(doc.get('quotes')));
});

test('"Britain\'s health secretary, Wes Streeting, on Thursday announced ...": the description with its apposed name is the source; "the minister" then is the secretary who spoke last', () => {
  const doc = analyze('LONDON (Wire) — Britain\'s health secretary, Wes Streeting, on Thursday announced plans to cut waiting lists by opening 40 new diagnostic centres by 2027.\n\nThe minister said the centres would carry out two million extra scans a year. "Patients have waited too long," he told MPs.');
  assert.equal(speakerOf(doc, 'plans to cut'), 'Wes Streeting', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'two million extra scans'), 'Wes Streeting', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'waited too long'), 'Wes Streeting', show(doc.get('quotes')));
});
