/** Session 18 (lead): modern articles and newswire read for the quote stage. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show } from './testing.js';

test('a reduced relative in commas inside a report ("the documents, obtained by Reuters, were forgeries") is part of what was said', () => {
  const doc = analyze('The minister said the documents, obtained by Reuters, were forgeries.');
  const quotes = doc.get('quotes');
  assert.equal(quotes.length, 1, show(quotes));
  assert.equal(quotes[0]!.text, 'the documents, obtained by Reuters, were forgeries');
  const ruled = analyze('Judge Alicia Moreno ruled that the records, sought by a coalition of newspapers, were protected by privacy law.').get('quotes');
  assert.ok(ruled.some((q) => q.cue?.text === 'ruled' && q.text.endsWith('were protected by privacy law')), show(ruled));
  assert.ok(!ruled.some((q) => q.cue?.text === 'sought'), show(ruled));
  // (a relative opening the sentence says who announced it: that reading stays)
  const announced = analyze('The agreement, announced by Economy Minister Nicolás Grau, will direct funds to schools.').get('quotes');
  assert.ok(announced.some((q) => q.cue?.text === 'announced' && q.speakerText === 'Economy Minister Nicolás Grau'), show(announced));
});

test('"Per the union, ..." and "..., per company filings." attribute as "according to" does; a rate does not', () => {
  const opening = analyze('Per the union, about 1,200 people work at the port.').get('quotes');
  assert.ok(opening.some((q) => q.cue?.text === 'Per' && q.sourceSpan?.text === 'the union' && q.text === 'about 1,200 people work at the port'), show(opening));
  const closing = analyze('Revenue rose 4% to $2.1 billion, per company filings.').get('quotes');
  assert.ok(closing.some((q) => q.cue?.text === 'per' && q.sourceSpan?.text === 'company filings' && q.text === 'Revenue rose 4% to $2.1 billion'), show(closing));
  assert.equal(analyze('The plant now makes 40 cars, per hour of work.').get('quotes').length, 0);
  assert.equal(analyze('Per capita income rose 3% last year, the fastest in a decade.').get('quotes').length, 0);
});

test('a channel closing the source after an inverted cue ("said Dan Whitfield in an email") is the channel, not part of who spoke', () => {
  for (const text of ['"We disagree," said Dan Whitfield in an email.', '"We disagree," said Dan Whitfield, who represents the coalition, in an email.']) {
    const q = analyze(text).get('quotes')[0]!;
    assert.ok(q.sourceSpan && !q.sourceSpan.text.includes('email'), show([q]));
    assert.equal(q.speakerText, 'Dan Whitfield');
    assert.equal(q.channel, 'in an email');
  }
});

test('a group of people opening the sentence ("Hundreds of dockworkers walked off ..., saying") says what the participle reports', () => {
  const counted = analyze('Hundreds of dockworkers walked off the job on Thursday, saying a plan to install driverless cranes would cost 400 jobs.').get('quotes');
  assert.ok(counted.some((q) => q.cue?.text === 'saying' && q.speakerText === 'Hundreds of dockworkers'), show(counted));
  const bare = analyze('Striking nurses marched to parliament, demanding a 10 percent pay rise.').get('quotes');
  assert.ok(bare.some((q) => q.cue?.text === 'demanding' && q.speakerText === 'Striking nurses'), show(bare));
  // (not across another clause with its own subject: the police yelled)
  const other = analyze('Some protesters tried to pull down the barricades and police responded by striking them, yelling at the protesters to back off.').get('quotes');
  assert.ok(!other.some((q) => q.speakerText === 'Some protesters'), show(other));
});

test('a short report closing the sentence ("The ministry said prices rose.") is what was said, not a second source', () => {
  for (const [text, said] of [['The Tokyo-based carmaker said sales fell.', 'sales fell'], ['The ministry said prices rose.', 'prices rose']] as const) {
    const quotes = analyze(text).get('quotes');
    assert.ok(quotes.some((q) => q.cue?.text === 'said' && q.text === said), show(quotes));
  }
});

test('"The Austin, Texas-based company now expects ...": the company is the source, and the town where it is based is not the speaker', () => {
  const quotes = analyze('The Austin, Texas-based company now expects revenue of $4.1 billion.').get('quotes');
  assert.ok(quotes.some((q) => q.sourceSpan?.text === 'The Austin, Texas-based company' && q.speaker === null), show(quotes));
});

test('"..., blaming weak demand, and its shares fell 14%": a clause joined after a participle\'s object is the narrative\'s', () => {
  const quotes = analyze('Arvell Semiconductor cut its forecast on Wednesday, blaming weak demand from carmakers, and its shares fell 14% in after-hours trading.').get('quotes');
  const blaming = quotes.find((q) => q.cue?.text === 'blaming');
  assert.equal(blaming?.text, 'weak demand from carmakers', show(quotes));
  // (after a finite cue the clause may be part of what was said, and stays)
  const said = analyze('The company said profit rose 4 percent in the quarter, and its shares climbed 3 percent.').get('quotes');
  assert.ok(said.some((q) => q.text.includes('shares climbed')), show(said));
});

test('a participle going on after a mixed quote does not take the quotation the first cue took as a quote of its own', () => {
  const quotes = analyze('Economy Minister Cecilie Myrseth urged both sides to "find a solution quickly," writing on X that the port was "vital for the whole region."').get('quotes');
  assert.equal(quotes.filter((q) => q.text.includes('find a solution')).length, 1, show(quotes));
  assert.ok(quotes.some((q) => q.cue?.text === 'writing' && q.text.includes('vital') && q.channel === 'on X'), show(quotes));
});

test('a date inside a quotation before the cue is in someone\'s words, not when the statement was made', () => {
  const quotes = analyze('The panel cited a "shipment that was blocked in Dubai in July 2024," saying the group asked for more information but got none.').get('quotes');
  const saying = quotes.find((q) => q.cue?.text === 'saying');
  assert.ok(saying, show(quotes));
  assert.equal(saying!.time, null, show(quotes));
});

test('the agency credited in a dateline is no one "it" stands for', () => {
  const doc = analyze('NAIROBI (Reuters) - Kenya\'s central bank held its benchmark lending rate at 9.5% on Tuesday.\n\nInflation remained within the target range, it said in a statement after the meeting.');
  const q = doc.get('quotes').find((x) => x.text.startsWith('Inflation'));
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q!.speaker, null, show([q!]));
});

test('words on a sign ("holding signs reading \\"...\\"") are the sign\'s, never a nearby speaker\'s', () => {
  const doc = analyze('Council President Aisha Grant says the vote will happen "before lunch, I promise."\n\nDozens of tenants packed the gallery, some holding signs reading "Rent is not a luxury." Maria Chen told us her rent has gone up 40% in three years.');
  const sign = doc.get('quotes').find((q) => q.text.includes('luxury'));
  assert.ok(sign, show(doc.get('quotes')));
  assert.equal(sign!.speaker, null, show([sign!]));
  assert.equal(sign!.speakerText, 'signs');
  assert.equal(sign!.cue?.text, 'reading');
});

test('a quotation in a later entry of a live blog is no turn of the speaker of the entry before', () => {
  const doc = analyze('10:42 a.m. — Council President Aisha Grant says the vote will happen "before lunch, I promise."\n\n10:15 a.m. — "We are not going anywhere until this passes."');
  const bare = doc.get('quotes').find((q) => q.text.includes('not going anywhere'));
  assert.ok(bare, show(doc.get('quotes')));
  assert.equal(bare!.speaker, null, show([bare!]));
});

test('"according to" inside a relative clause cites its source for that clause only', () => {
  const quotes = analyze("Keane, who apologised to teammates in the dressing room according to Amorim, will miss United's next two league games.").get('quotes');
  const cited = quotes.filter((q) => q.cue?.text === 'according to');
  assert.equal(cited.length, 1, show(quotes));
  assert.equal(cited[0]!.text, 'who apologised to teammates in the dressing room');
  assert.ok(!quotes.some((q) => q.text.includes('will miss') || q.text.includes('according to')), show(quotes));
});

test('"Kenya\'s central bank held its rate ..., citing ... but warning ...": a place\'s body after its possessive is the participles\' subject', () => {
  const quotes = analyze("NAIROBI (Reuters) - Kenya's central bank held its benchmark lending rate at 9.5% on Tuesday, as expected, citing a stable shilling but warning that a prolonged drought could push food prices higher.").get('quotes');
  const citing = quotes.find((q) => q.cue?.text === 'citing');
  const warning = quotes.find((q) => q.cue?.text === 'warning');
  assert.equal(citing?.speakerText, "Kenya's central bank", show(quotes));
  assert.equal(citing?.text, 'a stable shilling', show(quotes));
  assert.equal(warning?.speakerText, "Kenya's central bank", show(quotes));
});

test('a subject with a participle phrase set off by commas, or "polled by" after it, is still the source', () => {
  const seen = analyze('Councilmember Ray Dunn, seen as a swing vote, has not said how he will vote.').get('quotes');
  assert.ok(seen.some((q) => q.cue?.text === 'has not said' && q.sourceSpan?.text === 'Councilmember Ray Dunn'), show(seen));
  const polled = analyze('All 11 analysts polled by Reuters last week said rates would not change.').get('quotes');
  assert.ok(polled.some((q) => q.cue?.text === 'said' && q.sourceSpan?.text === 'All 11 analysts'), show(polled));
});

test('a headline joins its verbs with a comma: "Kenya\'s central bank holds rate, warns of drought impact"', () => {
  const warns = analyze("Kenya's central bank holds rate, warns of drought impact\n\nThe bank kept its benchmark rate at 9.5% on Tuesday.").get('quotes');
  assert.ok(warns.some((q) => q.cue?.text.startsWith('warns') && q.speakerText === "Kenya's central bank"), show(warns));
  const says = analyze('Apple cuts prices, says demand is weak\n\nThe company cut prices on its phones in China on Tuesday.').get('quotes');
  assert.ok(says.some((q) => q.cue?.text === 'says' && q.sourceSpan?.text === 'Apple'), show(says));
});

test('a passive headline ("Man charged after woman killed") reports nothing', () => {
  const quotes = analyze('Man charged after woman killed in Leeds house fire\n\nA 34-year-old man has been charged with murder, police said.').get('quotes');
  assert.ok(!quotes.some((q) => q.cue?.text === 'charged'), show(quotes));
});

test('"agreed on Friday to push ...": the day dates the cue, and what was agreed starts at the infinitive', () => {
  const quotes = analyze('Lula and his Argentine counterpart agreed on Friday to push the European Union to conclude a long-delayed trade deal.').get('quotes');
  const agreed = quotes.find((q) => q.cue?.text === 'agreed');
  assert.ok(agreed?.text.startsWith('to push'), show(quotes));
  assert.ok(agreed?.time, show(quotes));
});

test('a time in a participle clause after the attribution ("said, echoing comments ... last month") does not date the statement', () => {
  const quotes = analyze('France "will not sign an agreement that sacrifices our farmers," a ministry spokesman said, echoing comments by President Emmanuel Macron last month.').get('quotes');
  assert.equal(quotes[0]?.time, null, show(quotes));
  // (a participle of saying goes on with the same occasion)
  const insisting = analyze('Prime Minister Tony Blair defended the decision, insisting on Friday it was vital to protect national interests.').get('quotes');
  assert.ok(insisting.some((q) => q.cue?.text === 'defended' && q.time), show(insisting));
});

test('a people in the plural ("Serbs have expressed fears", "Palestinians say") is nobody in particular, not the state', () => {
  for (const text of ['Serbs have expressed fears about reprisals for their role in the war.', 'Palestinians say the wall is illegal.']) {
    const quotes = analyze(text).get('quotes');
    assert.ok(quotes.length === 1 && quotes[0]!.speaker === null, show(quotes));
  }
  // (a state named as such still speaks)
  const state = analyze('The Philippines says the ship entered its waters.').get('quotes');
  assert.ok(state[0]?.speaker, show(state));
});

test('"Tong Wen, one of China\'s top judo players, Tuesday expressed ...": the name before the apposition is the source', () => {
  const quotes = analyze("Tong Wen, one of China's top judo players, Tuesday expressed her confidence over the upcoming Games.").get('quotes');
  assert.equal(quotes[0]?.speakerText, 'Tong Wen', show(quotes));
});

test('pieces of one report broken at a comma ("a gradual, phased reduction") are one quote; a clause after the comma stays apart', () => {
  const quotes = analyze('Military commanders continued to favor a gradual, phased reduction, saying that too rapid a departure would be unwise.').get('quotes');
  assert.ok(quotes.some((q) => q.text === 'a gradual, phased reduction'), show(quotes));
  assert.ok(quotes.some((q) => q.cue?.text === 'saying' && q.text.startsWith('that too rapid')), show(quotes));
});

test('"A draft statement being discussed by senior officials warned": the document warned, not those discussing it', () => {
  const quotes = analyze('A draft statement being discussed by senior officials from the member states warned on Sunday that the talks could collapse.').get('quotes');
  assert.ok(quotes.some((q) => q.cue?.text === 'warned' && q.sourceSpan?.text === 'A draft statement'), show(quotes));
  // (an author after "issued by" stays the source)
  const issued = analyze('A statement issued by the ministry warned on Sunday that the talks could collapse.').get('quotes');
  assert.ok(!issued.some((q) => q.sourceSpan?.text === 'A statement'), show(issued));
});

test('"says something about ...", "Let\'s say ..." and an opening "Say ..." are no statements', () => {
  for (const text of ['That the hosts would sign up with a network the Kremlin financed says something about media relativism.', "Let's say you think a degree will cost $160,000 in 18 years.", 'Say Mexico demanded that the United States prove it first.']) {
    assert.equal(analyze(text).get('quotes').length, 0, show(analyze(text).get('quotes')));
  }
  assert.equal(analyze('The minister says the budget is wrong.').get('quotes').length, 1);
});

test('"offered no proof" and a telephone call ("called X on Friday to express gratitude") report nothing', () => {
  const claim = analyze('Trump also claimed Clinton had helped Machado get citizenship, but offered no proof.').get('quotes');
  assert.ok(claim.some((q) => q.text === 'Clinton had helped Machado get citizenship'), show(claim));
  assert.ok(!claim.some((q) => q.cue?.text === 'offered'), show(claim));
  const call = analyze('Clinton called Alicia Machado on Friday to express gratitude to the former Miss Universe.').get('quotes');
  assert.equal(call.length, 0, show(call));
  assert.equal(analyze('He called Trump a liar.').get('quotes').length, 1);
});

test('a source before its cue without a closing time or an aside of what the speaker was doing', () => {
  const cases: [string, string][] = [
    ['President Obama, dedicating the museum on Saturday, said the country had changed.', 'President Obama'],
    ['Federal prosecutors in April said the case was closed.', 'Federal prosecutors'],
    ['Senator Carl Levin, in line to chair the committee, said the withdrawal would help.', 'Senator Carl Levin'],
    ['Oversight Chairman Jason Chaffetz (R-Utah) said the hearing would go ahead.', 'Oversight Chairman Jason Chaffetz (R-Utah)'],
    // (an aside that names the speaker stays)
    ['The group, calling itself the Swords of Righteousness, said on Sunday the four men were spies.', 'The group, calling itself the Swords of Righteousness'],
  ];
  for (const [text, source] of cases) {
    const quotes = analyze(text).get('quotes');
    const said = quotes.find((q) => q.cue?.text === 'said');
    assert.equal(said?.sourceSpan?.text.replace(/,$/, ''), source, show(quotes));
  }
});

test('"The U.N., which in March imposed ...": a relative pronoun read as content is the subject of its verb; not for a passive or inside a report', () => {
  const quotes = analyze('The U.N., which in March imposed some of the harshest sanctions ever against the regime, called an emergency meeting.').get('quotes');
  assert.ok(quotes.some((q) => q.cue?.text === 'imposed' && q.sourceSpan?.text === 'which' && q.speakerText === 'U.N.'), show(quotes));
  const report = analyze('Traders said that gold, which seems once again to be eyeing the key level, would lend support to the currency.').get('quotes');
  assert.ok(report.some((q) => q.cue?.text === 'said' && q.text.includes('lend support')), show(report));
});

test('after a closing attribution, a time and an occasion are when it was said, and the report is the clause before', () => {
  const quotes = analyze("OPEC members look set to maintain their production quota but have yet to agree on an offer of extra capacity, the cartel's chief said on Saturday ahead of a one-day meeting in Kuwait.").get('quotes');
  assert.ok(quotes.some((q) => q.cue?.text === 'said' && q.text.startsWith('OPEC members look set')), show(quotes));
  assert.ok(!quotes.some((q) => q.text.startsWith('Saturday')), show(quotes));
});

test('"said in Abu Dhabi on Saturday before leaving for Kuwait that ...": what was said starts at "that"', () => {
  const quotes = analyze('The energy minister, Mohammad al-Hamli, said in Abu Dhabi on Saturday before leaving for Kuwait that OPEC was likely to extend the allocation.').get('quotes');
  assert.ok(quotes.some((q) => q.text === 'that OPEC was likely to extend the allocation'), show(quotes));
});

test('a champion defending a title says nothing; defending a decision is a stance', () => {
  assert.equal(analyze('The 22-year-old Liu defended his Asian title in 13.21 seconds.').get('quotes').length, 0);
  assert.equal(analyze('The minister defended the decision to close the plant.').get('quotes').length, 1);
});

test('"He said ..." inside a speaker\'s own quotation is someone else\'s report, never the quoting speaker\'s', () => {
  const doc = analyze('Prodi said he had informed President George Bush about the return of the troops.\n\n"He said he was sorry but that he knew we were leaving because I said so in the campaign."');
  const nested = doc.get('quotes').find((q) => q.cue?.text === 'said' && q.sourceSpan?.text === 'He');
  assert.ok(nested, show(doc.get('quotes')));
  assert.equal(nested!.speaker, null, show([nested!]));
});

test('a report after its cue runs on over a closing conjunct with no verb ("... in Inner Mongolia and central China\'s Hubei Province.")', () => {
  const quotes = analyze("The Chinese Ministry of Agriculture Sunday confirmed bird flu outbreaks in northern China's Inner Mongolia Autonomous Region and central China's Hubei Province.").get('quotes');
  assert.ok(quotes.some((q) => q.text.endsWith("central China's Hubei Province")), show(quotes));
  // (not over another verb: "imposed a ban and appealed to ...")
  const verb = analyze('The US imposed an investment ban on Burma and appealed to the regional grouping to bar its entry.').get('quotes');
  assert.ok(!verb.some((q) => q.cue?.text === 'imposed' && q.text.includes('appealed')), show(verb));
});

test('"The ministry on Sunday confirmed ...": a source the tagger cut inside the time before the cue ends before the time', () => {
  const quotes = analyze('The ministry on Sunday confirmed bird flu outbreaks in Inner Mongolia.').get('quotes');
  assert.ok(quotes.some((q) => q.cue?.text === 'confirmed' && q.sourceSpan?.text === 'The ministry'), show(quotes));
});

test('"The ministry earlier this week warned that ...": the subject before a time, read as content, is the source', () => {
  const quotes = analyze('The ministry earlier this week warned that the outbreak could spread.').get('quotes');
  assert.equal(quotes.length, 1, show(quotes));
  assert.equal(quotes[0]!.sourceSpan?.text, 'The ministry');
  const night = analyze('The ministry on Sunday night confirmed the outbreak in Inner Mongolia.').get('quotes');
  assert.equal(night[0]?.sourceSpan?.text, 'The ministry', show(night));
});

test('"The report, which was seen by Reuters, said ...": the outlet that saw the report said nothing', () => {
  const quotes = analyze('The report, which was seen by Reuters, said the project was over budget.').get('quotes');
  assert.equal(quotes.length, 1, show(quotes));
  assert.equal(quotes[0]!.speaker, null);
});

test('"Police said the suspect, a 23-year-old man from Lagos, was arrested": a report with an apposition in its subject is what was said', () => {
  for (const [text, said] of [['Police said the suspect, a 23-year-old man from Lagos, was arrested on Tuesday.', 'the suspect, a 23-year-old man from Lagos, was arrested on Tuesday'], ['The minister said the company, a subsidiary of Shell, had broken the law.', 'the company, a subsidiary of Shell, had broken the law']] as const) {
    const quotes = analyze(text).get('quotes');
    assert.ok(quotes.some((q) => q.cue?.text === 'said' && q.text === said), show(quotes));
  }
});

test('"Speaking at a news conference in Nairobi, Ruto said": the opening participle gives the channel; "comment on the report" gives none', () => {
  const speaking = analyze('Speaking at a news conference in Nairobi, Ruto said the government would not raise taxes.').get('quotes');
  assert.equal(speaking[0]?.channel, 'at a news conference', show(speaking));
  const comment = analyze('The company declined to comment on the report, citing a pending investigation.').get('quotes');
  assert.ok(comment.every((q) => q.channel === null), show(comment));
});

test('"Doctors Without Borders said": a name the entities read whole is the speaker, not an unnamed group of doctors', () => {
  const quotes = analyze('Doctors Without Borders said its clinic in Gaza had been hit.').get('quotes');
  assert.ok(quotes[0]?.speaker, show(quotes));
  assert.equal(analyze('Doctors said the clinic had been hit.').get('quotes')[0]?.speaker, null);
});
