/** Session 11 probe articles: a court report, a parliament vote, a flood. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show } from './testing.js';

test('a margin after "by" is no source: "passed by 412 votes"', () => {
  const doc = analyze('The measure passed by 412 votes to 187, with 33 abstentions.\n\nThe index declined by 0.5 percent in November.');
  assert.deepEqual(doc.get('quotes').filter((q) => q.sourceSpan), [], show(doc.get('quotes')));
});

test('a group noun between a capitalised modifier and the cue is the source\'s head', () => {
  const doc = analyze('Trade unions welcomed the vote on Tuesday.');
  assert.equal(doc.get('quotes')[0]?.sourceSpan?.text, 'Trade unions', show(doc.get('quotes')));
});

test('after "told him as she read out", the clause of circumstance is no content and the quotation is said once', () => {
  const doc = analyze('"You knew exactly what was in those containers," she told him as she read out the sentence at the district court.');
  const quotes = doc.get('quotes');
  assert.equal(quotes.filter((q) => q.text.includes('You knew exactly')).length, 1, show(quotes));
  assert.ok(!quotes.some((q) => q.cue?.text === 'told' && q.text.startsWith('she read out')), show(quotes));
});

test('the rest of an addressee\'s name after "told the European" is no part of what was told', () => {
  const doc = analyze('ECB President Christine Lagarde told the European Parliament\'s economic affairs committee on Tuesday that inflation remained "far too high."');
  assert.ok(doc.get('quotes')[0]?.text.startsWith('that inflation'), show(doc.get('quotes')));
});

test('a sentence goes on after "the U.S." before a quotation that opens on a lowercase word, and ends after "on X." before "He"', () => {
  const doc = analyze('President Gustavo Petro rejected the criticism, saying the U.S. "war on drugs" had failed for half a century.\n\n' +
    '"Colombia will not be the scapegoat," Petro wrote on X. He said his government had seized more cocaine.');
  const quotes = doc.get('quotes');
  assert.ok(quotes.some((q) => q.text.startsWith('the U.S. "war on drugs" had failed')), show(quotes));
  assert.equal(quotes.find((q) => q.text.startsWith('his government'))?.sourceSpan?.text, 'He', show(quotes));
});

test('a relative clause about a place before the source is no content', () => {
  const doc = analyze('In Romania, where 18 people have died since the outbreak began, Health Minister Alexandru Rafila said the government would make vaccination mandatory.');
  assert.deepEqual(doc.get('quotes').map((q) => q.text), ['the government would make vaccination mandatory'], show(doc.get('quotes')));
});

test('a paragraph that opens on a single mark quotes in single marks, in an article that quotes in double marks elsewhere', () => {
  const doc = analyze('Prime Minister Keir Starmer said the system "locks a generation out."\n\n' +
    "'We are going to get Britain building again,' he told workers. 'No more excuses.'\n\n" +
    "Its chief executive, Polly Neate, said: 'Without social housing, this will not end the crisis.'\n\n" +
    "The players' union said it was the fans' decision.");
  const quotes = doc.get('quotes');
  const direct = quotes.filter((q) => q.kind === 'direct').map((q) => q.text);
  assert.ok(direct.some((t) => t.includes('We are going to get Britain building again')), show(quotes));
  assert.ok(direct.some((t) => t.includes('Without social housing')), show(quotes));
  assert.ok(!quotes.some((q) => q.text.startsWith("' union")), show(quotes));
});

test('a deadline is no time of the saying: "promised to build homes by 2029, saying ..."', () => {
  const doc = analyze('Prime Minister Keir Starmer promised on Monday to build 1.5 million homes by 2029, saying the country could no longer wait.');
  const times = doc.get('times');
  const saying = doc.get('quotes').find((q) => q.cue?.text === 'saying');
  assert.ok(saying, show(doc.get('quotes')));
  assert.notEqual(times.find((t) => t.id === saying.time)?.text, '2029');
});

test('names listed before a coordinated source are the source, and a list of names credits none of them alone', () => {
  const doc = analyze('Iran will allow inspectors to visit next week, the agency said on Tuesday, after France, Britain and Germany threatened to push for a censure resolution.\n\n' +
    'Health Secretary Mike Leavitt, Energy Secretary Sam Bodman and Stephen Johnson, head of the agency, said the trip would go ahead.\n\n' +
    'Justice and Parliamentary Affairs Minister Patrick Chinamasa said the government was considering changes.');
  const quotes = doc.get('quotes');
  const threat = quotes.find((q) => q.cue?.text === 'threatened');
  assert.equal(threat?.sourceSpan?.text, 'France, Britain and Germany', show(quotes));
  assert.equal(threat?.speaker, null);
  assert.equal(quotes.find((q) => q.text.startsWith('the trip'))?.speaker, null, show(quotes));
  // one title with "and" in it is no list
  assert.notEqual(quotes.find((q) => q.text.startsWith('the government was'))?.speaker, null, show(quotes));
  // a list that modifies a noun is no source of its own: "the former Newcastle, Spurs and Lazio midfielder"
  const mod = analyze('The former Newcastle, Spurs, Lazio and Rangers midfielder admitted drinking a double brandy before one game.');
  assert.ok(!mod.get('quotes').some((q) => q.sourceSpan?.text.startsWith('Newcastle')), show(mod.get('quotes')));
});

test('where something was said is no content; a cue in a relative clause on the subject leaves the subject the source', () => {
  const doc = analyze('"Republicans would rather have an issue than a solution," Senate Majority Leader Chuck Schumer said on the Senate floor before the vote.\n\n' +
    'Former President Donald Trump, who urged Republicans to kill the bill in February, said on social media that it was "a gift to the Radical Left."');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.startsWith('the Senate floor')), show(quotes));
  const gift = quotes.find((q) => q.text.includes('a gift'));
  assert.ok(gift?.sourceSpan?.text.startsWith('Former President Donald Trump'), show(quotes));
});

test('a league before a club\'s noun is not who spoke, and a content ends before the closing source it ran into', () => {
  const doc = analyze('LONDON (Wire) - Chelsea have agreed to sign Brazilian teenager Estevao Willian from Palmeiras in a deal worth up to 61 million euros, the Premier League club said on Friday.');
  const quotes = doc.get('quotes');
  const said = quotes.find((q) => q.cue?.text === 'said');
  assert.ok(said, show(quotes));
  assert.notEqual(doc.get('entities').find((e) => e.id === said.speaker)?.name, 'Premier League', show(quotes));
  assert.ok(!quotes.some((q) => q.text.endsWith('the Premier')), show(quotes));
});

test('an object before "and" is no source of the coordinated cue: it shares the first cue\'s subject', () => {
  const doc = analyze('The United States condemned China\'s actions and reaffirmed that its defence treaty with the Philippines covers attacks on Philippine vessels.');
  const re = doc.get('quotes').find((q) => q.cue?.text === 'reaffirmed');
  assert.equal(re?.sourceSpan?.text, 'The United States', show(doc.get('quotes')));
});

test('what follows a relative clause on the source is that clause\'s; an object-first verb leaves its object out of the cue', () => {
  const doc = analyze('Police arrested more than 100 demonstrators, according to the Law Society of Kenya, which condemned what it called the "excessive use of force."\n\n' +
    'He accused opposition politicians of funding the protests, an allegation they denied.');
  const quotes = doc.get('quotes');
  assert.deepEqual(quotes.filter((q) => q.cue?.text === 'according to').map((q) => q.text), ['Police arrested more than 100 demonstrators'], show(quotes));
  const accused = quotes.find((q) => q.cue?.text.startsWith('accused'));
  assert.equal(accused?.cue?.text, 'accused', show(quotes));
  assert.ok(accused?.text.startsWith('opposition politicians'), show(quotes));
});

test('"The company said" right after a named organisation spoke is that organisation, when the article shows no company', () => {
  const doc = analyze('The Justice Department sued Apple on Thursday.\n\nApple said the lawsuit was wrong on the facts and the law. The company said in a statement that the case "threatens who we are."');
  const q = doc.get('quotes').find((x) => x.text.includes('threatens'));
  assert.equal(doc.get('entities').find((e) => e.id === q?.speaker)?.name, 'Apple', show(doc.get('quotes')));
});

test('a closing attribution reports the whole clause before it, through a cue that is no verb of saying', () => {
  const doc = analyze("BERLIN (Wire) - Germany's three-party coalition agreed on a 2027 budget early on Friday after 14 hours of talks, ending weeks of wrangling over how to close a 17 billion euro funding gap, Chancellor Friedrich Merz said.");
  const said = doc.get('quotes').find((q) => q.cue?.text === 'said');
  assert.ok(said?.text.startsWith("Germany's three-party coalition agreed"), show(doc.get('quotes')));
});

test('single marks inside a paragraph of a double-mark article open no quotation unless the paragraph opens on one', () => {
  const doc = analyze('The forum, themed \'Internet Media and Harmonious Society\', opened on Monday.\n\nOfficials said the forum "went well."\n\nIt closes on Friday.');
  assert.ok(!doc.get('quotes').some((q) => q.text.includes('Internet Media')), show(doc.get('quotes')));
});
