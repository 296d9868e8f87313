/** Session 13 probe articles: a court ruling in Kenya, the Fed, floods in Brazil, a lithium deal, a recall, a coach sacked, a poll. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';

test('"Joan" is no woman\'s name alone: "he" after "but Laporta refused" is Laporta, not the man named before him', () => {
  const doc = analyze('Club president Joan Laporta told a news conference that the decision had been painful.\n\nSpanish media reported that the club had already approached former Germany coach Hansi Flick, but Laporta refused to discuss candidates. "Today is not the day," he said.');
  assert.equal(speakerOf(doc, 'Today is not the day'), 'Joan Laporta');
});

test('"the goalkeeper" after a sentence naming one player is that player; an unnamed economist stays unnamed', () => {
  const doc = analyze('Captain Marc-André ter Stegen said the players felt responsible. "We let him down," the goalkeeper told Catalan radio.');
  assert.equal(speakerOf(doc, 'We let him down'), 'Marc-André ter Stegen');
  const unnamed = analyze('Kemi Adebayo, the finance minister, spoke to an economist at a Lagos bank. "The naira will fall further," the economist said.');
  assert.equal(speakerOf(unnamed, 'naira will fall'), null);
});

test('"the agency" after an administration has spoken is that administration', () => {
  const doc = analyze('Tesla is recalling about 120,000 vehicles because the doors can unlatch in a crash, the National Highway Traffic Safety Administration said on Tuesday. The agency said in a filing that a software problem could cause the doors to open.');
  assert.equal(speakerOf(doc, 'software problem'), 'National Highway Traffic Safety Administration');
});

test('a clause of time after the addressee is when it was said, with its subject: "told a news conference after the Fed held ..."', () => {
  const doc = analyze('"We don\'t need to be in a hurry," Powell told a news conference after the Fed held its benchmark rate steady.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.includes('held its benchmark')), show(quotes));
  assert.ok(quotes.some((q) => q.text.includes('in a hurry')), show(quotes));
});

test('a passive inside what was warned of is no attribution: "warned that more rain was expected"', () => {
  const doc = analyze('The civil defence agency warned that more rain was expected over the weekend and urged people in low-lying areas to leave their homes.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.cue?.text === 'was expected'), show(quotes));
  assert.ok(quotes.some((q) => q.cue?.text === 'warned' && q.text.includes('more rain')), show(quotes));
});

test('a participle set off by commas with an agent: the agent announced what the noun phrase names', () => {
  const doc = analyze('The agreement, announced by Economy Minister Nicolás Grau, will direct 3% of sales to the councils.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'announced');
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.text, 'The agreement');
  assert.equal(speakerOf(doc, 'The agreement'), 'Nicolás Grau');
});

test('a headline quoting a line of the body has the body\'s speaker', () => {
  const doc = analyze("'I never thought I'd see this day': Chile's miners cheer lithium deal\n\nCALAMA, Chile — For three decades, Rosa Huanca has watched trucks carry the wealth of the desert past her village.\n\n\"I never thought I'd see this day,\" said Huanca, 61, a leader of the indigenous community.");
  const headline = doc.get('quotes').find((q) => q.start < 40);
  assert.ok(headline, show(doc.get('quotes')));
  assert.equal(speakerOf(doc, "'I never thought"), 'Rosa Huanca');
  // (a line two people say is nobody's in particular)
  const two = analyze("'We will not give up': rival unions dig in\n\n\"We will not give up,\" said Ana Silva, who leads the nurses' union. \"We will not give up,\" said Rui Costa of the teachers' union.");
  assert.equal(speakerOf(two, "'We will not"), null);
});

test('a place or body before a title is the source\'s too: "while Atlanta Fed President Raphael Bostic has said"', () => {
  const doc = analyze('Governor Christopher Waller argued that the labor market was weaker than it looked, while Atlanta Fed President Raphael Bostic has said he expects only one cut this year.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'has said');
  assert.equal(q?.sourceSpan?.text, 'Atlanta Fed President Raphael Bostic', show(doc.get('quotes')));
});

test('"a claim the Conservatives dismissed": the claim is what they dismissed, and no content ends in an article', () => {
  const doc = analyze('Reform\'s Nigel Farage claimed the figures showed his party was "the real opposition now," a claim the Conservatives dismissed as "wishful thinking."');
  const quotes = doc.get('quotes');
  const claimed = quotes.find((q) => q.cue?.text === 'claimed');
  assert.ok(claimed && !/\ba$/.test(claimed.text), show(quotes));
  const dismissed = quotes.filter((q) => q.cue?.text === 'dismissed');
  assert.ok(dismissed.length > 0 && dismissed.every((q) => q.sourceSpan?.text === 'the Conservatives'), show(quotes));
  assert.ok(dismissed.some((q) => q.text === 'a claim'), show(quotes));
});

test('"an offer union negotiator Marvin Reschinsky called ...": the negotiator called the offer that', () => {
  const doc = analyze('Lufthansa has offered 10% over three years, an offer union negotiator Marvin Reschinsky called "an insult to people who kept this airline running."');
  const quotes = doc.get('quotes').filter((q) => q.cue?.text === 'called');
  assert.ok(quotes.length > 0 && quotes.every((q) => q.sourceSpan?.text === 'union negotiator Marvin Reschinsky'), show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'an insult'), 'Marvin Reschinsky');
});

test('a dateline and a relative time are no part of what a parenthetical source said', () => {
  const doc = analyze('Mpox vaccines arrive in Congo as cases climb\n\nKINSHASA — The first 100,000 doses of mpox vaccine arrived in the Democratic Republic of Congo on Thursday, the health ministry said, weeks after the World Health Organization declared the outbreak a global emergency.');
  const quotes = doc.get('quotes').filter((q) => q.cue?.text === 'said');
  assert.ok(quotes.length === 1, show(doc.get('quotes')));
  assert.ok(quotes[0]!.text.startsWith('The first 100,000 doses'), show(quotes));
});

test('two content pieces with only a space between are one: a headline\'s "defends judicial overhaul"', () => {
  const doc = analyze("Mexico's president defends judicial overhaul\n\nMEXICO CITY — President Claudia Sheinbaum on Monday defended a sweeping overhaul of the judiciary.");
  const head = doc.get('quotes').filter((q) => q.cue?.text === 'defends');
  assert.ok(head.length > 0, show(doc.get('quotes')));
  assert.ok(head.every((q) => q.text === 'judicial overhaul'), show(head));
});

test('a relative clause on the subject ends before the main verb: "Takaichi, who had hoped to ..., congratulated him"', () => {
  const doc = analyze('Takaichi, who had hoped to become Japan\'s first female prime minister, congratulated him.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'had hoped');
  if (q) assert.ok(!q.text.includes('congratulated'), show(doc.get('quotes')));
  assert.ok(!doc.get('quotes').some((x) => x.text.includes('congratulated him')), show(doc.get('quotes')));
});

test('"Some say X; others, including ..., say Y": the first content ends at the semicolon', () => {
  const doc = analyze('Legal experts are divided. Some say the changes will root out corruption; others, including former Supreme Court justice José Ramón Cossío, say they will hand the ruling party control of the courts.');
  const first = doc.get('quotes').find((q) => q.sourceSpan?.text === 'Some');
  assert.ok(first, show(doc.get('quotes')));
  assert.equal(first.text, 'the changes will root out corruption');
});

test('a relative clause on a source after the cue runs to the sentence end, but not over another cue', () => {
  const doc = analyze('"I have been here since six in the morning and nobody can tell me anything," said Thomas Berger, 45, who was trying to reach a business meeting in Madrid.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'said');
  assert.equal(q?.sourceSpan?.text, 'Thomas Berger, 45, who was trying to reach a business meeting in Madrid', show(doc.get('quotes')));
  const other = analyze('"It has to be a balance for us," said center Chris Mihm, who scored 14 points and added nine rebounds.');
  assert.ok(other.get('quotes').every((x) => /Chris Mihm/.test(x.sourceSpan?.text ?? 'Chris Mihm')), show(other.get('quotes')));
});

test('"vowed on Saturday to retaliate for an airstrike that killed ...": the time dates the cue, the dateline is none of it, and the relative clause stays', () => {
  const doc = analyze('Iran vows response\n\nDUBAI — Iran vowed on Saturday to retaliate for an airstrike that killed two senior commanders in Syria.');
  const quotes = doc.get('quotes').filter((q) => q.cue?.text === 'vowed');
  assert.equal(quotes.length, 1, show(doc.get('quotes')));
  assert.equal(quotes[0]!.text, 'to retaliate for an airstrike that killed two senior commanders in Syria');
});

test('a content ends before a clause joined by "while" that has a source of its own; a ministry of another country is not the one named', () => {
  const doc = analyze('Foreign Ministry spokesman Nasser Kanaani told a weekly news conference that Tehran reserved the right to respond.\n\nQatar\'s foreign ministry said it was "deeply concerned" by the escalation, while the Saudi foreign ministry urged "all parties to exercise maximum restraint."');
  const qatar = doc.get('quotes').find((q) => q.sourceSpan?.text === "Qatar's foreign ministry");
  assert.ok(qatar, show(doc.get('quotes')));
  assert.ok(!qatar.text.includes('while'), show(doc.get('quotes')));
  const saudi = doc.get('quotes').find((q) => q.sourceSpan?.text === 'the Saudi foreign ministry');
  assert.ok(saudi, show(doc.get('quotes')));
  assert.equal(saudi.speaker, null);
});

test('how a statement went out is not what it said; an Arabic given name makes "he" fit, though "her account" follows the name', () => {
  const doc = analyze('Palestinian Authority spokesman Nabil Abu Rudeineh rejected her account. Israel, he said in a statement carried by the official WAFA news agency, "never intended to end the occupation."');
  const q = doc.get('quotes').find((x) => x.text.includes('never intended'));
  assert.ok(q, show(doc.get('quotes')));
  assert.ok(!q.text.includes('carried by'), show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'never intended'), 'Nabil Abu Rudeineh');
});

test('"Of the firms involved, 56 said": the group counted from is no content; "Of them, 42 have died, the ministry announced" keeps its content', () => {
  const doc = analyze('Of the firms involved, 56 said they would continue with the four-day week.');
  assert.ok(!doc.get('quotes').some((q) => q.text.startsWith('Of the firms')), show(doc.get('quotes')));
  const kept = analyze('Some 68 people have been infected since 2003. Of them, 42 have died, the Health Ministry announced early this week.');
  assert.ok(kept.get('quotes').some((q) => q.text.includes('42 have died')), show(kept.get('quotes')));
});

test('"said in a video message to staff that ...": the channel and its audience are no part of what was said', () => {
  const doc = analyze('Linda Yaccarino, the chief executive, said in a video message to staff that the company was standing up for free speech.');
  const q = doc.get('quotes').find((x) => x.cue?.text.startsWith('said'));
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.text, 'that the company was standing up for free speech');
});

test('"the group" goes back to the body opening the sentence before, when no other body is named since', () => {
  const doc = analyze('The World Federation of Advertisers, which is named in the lawsuit, did not immediately respond to a request for comment. In the past, the group has said its members make their own decisions.');
  assert.equal(speakerOf(doc, 'make their own decisions'), 'World Federation of Advertisers');
});

test('"fighters who it said were regrouping": "it" said it, not "who it"', () => {
  const doc = analyze('The Israeli military said it had ordered the evacuation while it targeted Hamas fighters who it said were regrouping in the area.');
  const q = doc.get('quotes').find((x) => x.text.startsWith('were regrouping'));
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.sourceSpan?.text, 'it');
});

test('a parliament passing a law, or a council adopting a resolution, says nothing', () => {
  const doc = analyze("Australia's parliament on Thursday passed a law banning children under 16 from social media. The Security Council adopted a resolution slapping new sanctions on the country.");
  assert.ok(!doc.get('quotes').some((q) => q.cue?.text === 'passed' || q.cue?.text === 'adopted'), show(doc.get('quotes')));
});

test('"the 31-year-old Kenyan" after a sentence about one athlete is that athlete', () => {
  const doc = analyze('Two-time Olympic champion Faith Kipyegon announced her retirement on Friday. "It has been a beautiful journey," the 31-year-old Kenyan told a news conference in Nairobi.');
  assert.equal(speakerOf(doc, 'beautiful journey'), 'Faith Kipyegon');
});

test('"the source said" after "A Downing Street source insisted" keeps the unnamed source\'s words', () => {
  const doc = analyze('A Downing Street source insisted the policy would stay. "There is no U-turn coming," the source said.');
  const q = doc.get('quotes').find((x) => x.text.includes('U-turn'));
  assert.equal(q?.speakerText, 'A Downing Street source', show(doc.get('quotes')));
  assert.equal(q?.speaker, null);
});

test('a headline\'s clause of circumstance the tagger cut short is no part of what was defended', () => {
  const doc = analyze('Starmer defends winter fuel cut as unions revolt\n\nLONDON — Prime Minister Keir Starmer on Tuesday defended the decision.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'defends');
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.text, 'winter fuel cut');
});

test('"said in a letter to the mayor that ...": whom the channel went to is no part of what was said', () => {
  const doc = analyze('Chief Maria Delgado said in a letter to the mayor that she was stepping down "with a heavy heart."');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'said' || x.cue?.text === 'said in a letter');
  assert.ok(q, show(doc.get('quotes')));
  assert.ok(q.text.startsWith('that she was stepping down'), show(doc.get('quotes')));
});

test('a headline rubric is the desk\'s, and "in what would be ..." after a closing attribution is the reporter\'s', () => {
  const doc = analyze('Exclusive: Glencore weighs sale of coal unit, sources say\n\nLONDON (Wire) - Glencore is exploring a sale of its coal business, three people familiar with the matter said, in what would be one of the industry\'s biggest deals this year.');
  const quotes = doc.get('quotes');
  const head = quotes.find((q) => q.cue?.text === 'say');
  assert.equal(head?.text, 'Glencore weighs sale of coal unit', show(quotes));
  assert.ok(!quotes.some((q) => q.text.startsWith('in what would be')), show(quotes));
  assert.ok(quotes.some((q) => q.text.startsWith('Glencore is exploring')), show(quotes));
});

test('"a result the opposition rejected", "told supporters that their own tally showed": the subjects of the inner clauses are the sources', () => {
  const doc = analyze('The council declared Maduro the winner, a result the opposition immediately rejected as fraudulent. Opposition leader María Corina Machado told supporters that their own tally of voting records showed González had won.');
  const quotes = doc.get('quotes');
  const rejected = quotes.filter((q) => /rejected/.test(q.cue?.text ?? ''));
  assert.ok(rejected.length > 0 && rejected.every((q) => q.sourceSpan?.text === 'the opposition'), show(quotes));
  const showed = quotes.find((q) => q.cue?.text === 'showed');
  if (showed) assert.equal(showed.sourceSpan?.text, 'their own tally of voting records', show(quotes));
  // (a relative "that" stays in its source: "A 2014 study that appeared in the journal found")
  const study = analyze('A 2014 study that appeared in the British Medical Journal found that half of the claims were wrong.');
  const found = study.get('quotes').find((q) => q.cue?.text === 'found');
  assert.equal(found?.sourceSpan?.text, 'A 2014 study that appeared in the British Medical Journal', show(study.get('quotes')));
});

test('addressing an audience and pointing at something say nothing; addressing a topic does', () => {
  const doc = analyze('Maduro, addressing supporters outside the presidential palace, called the result "a triumph of peace." "We have received nothing," said the 56-year-old, pointing at the rubble where her husband died.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.cue?.text === 'addressing' || q.cue?.text === 'pointing'), show(quotes));
  const topic = analyze('The Trump campaign has previously addressed the plight of many single mothers.');
  assert.ok(topic.get('quotes').some((q) => /addressed/.test(q.cue?.text ?? '')), show(topic.get('quotes')));
});

test('a price or a score that "added" a figure says nothing; "asked to be identified only by her first name" is why, not what', () => {
  const doc = analyze('In London, shares in Centrica added 2.10 percent at 243.50 pence. Forward Kenji Amino added 16 points and seven rebounds.');
  assert.ok(!doc.get('quotes').some((q) => q.cue?.text === 'added'), show(doc.get('quotes')));
  const named = analyze('"We hear shelling day and night," said a resident of Omdurman who asked to be identified only by her first name, Amna.');
  assert.ok(!named.get('quotes').some((q) => /^asked/.test(q.cue?.text ?? '')), show(named.get('quotes')));
});

test('"but a commander, speaking to a local television channel, denied ...": the unnamed subject before the aside is the source', () => {
  const doc = analyze('The RSF did not comment, but a commander, speaking to a local television channel, denied that the bridge had fallen.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'denied');
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.sourceSpan?.text, 'a commander');
  assert.equal(q.speaker, null);
});

test('"the Dutchman" stands for the one person named before; a relative clause between dashes hangs on the name before it', () => {
  const doc = analyze('Liverpool coach Arne Slot warned against complacency. "There are still 14 games left," the Dutchman said.');
  assert.equal(speakerOf(doc, '14 games left'), 'Arne Slot');
  const dashes = analyze('In a letter posted on social media, Sean Fraser — who took over the portfolio in March — said he had made mistakes.');
  const q = dashes.get('quotes').find((x) => x.cue?.text === 'said');
  assert.equal(q?.sourceSpan?.text, 'Sean Fraser — who took over the portfolio in March', show(dashes.get('quotes')));
  assert.equal(speakerOf(dashes, 'made mistakes'), 'Sean Fraser');
});

test('a headline\'s passive without "is" is no statement: "Maduro declared winner"', () => {
  const doc = analyze("Venezuela's opposition claims victory as Maduro declared winner\n\nCARACAS — The electoral council declared President Nicolás Maduro the winner of Sunday's election.");
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text === 'winner'), show(quotes));
  assert.ok(quotes.some((q) => q.text.includes('the winner of Sunday')), show(quotes));
});

test('"Rail unions, which are in talks ..., said": the subject before the relative clause is the source; "raising fears" has none', () => {
  const doc = analyze('Rail unions, which are in talks with the government over pay, said they would respond next week.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'said');
  assert.equal(q?.sourceSpan?.text, 'Rail unions, which are in talks with the government over pay', show(doc.get('quotes')));
  // (a cue inside the clause keeps "who": "Gujral, who decided ...")
  const inside = analyze('Gujral, who decided not to hand out the finance portfolio, met the president.');
  assert.ok(inside.get('quotes').every((x) => !/^Gujral, who/.test(x.sourceSpan?.text ?? '')), show(inside.get('quotes')));
  const fears = analyze("Ethiopia's government accused Eritrea of massing troops along their shared border, raising fears of a new war in the Horn of Africa.");
  assert.ok(fears.get('quotes').every((x) => x.sourceSpan?.text !== 'raising'), show(fears.get('quotes')));
});

test('counted people are unnamed, not the place they come from; "It" after a sentence about a suit is not the company sued', () => {
  const doc = analyze('More than 200 residents of a Houston suburb have filed a lawsuit against a chemical company, their lawyers said. The suit accuses Crestline Chemicals of ignoring safety warnings. It seeks unspecified damages.');
  const quotes = doc.get('quotes');
  assert.ok(quotes.every((q) => q.speaker === null || !/Houston/.test(doc.get('entities').find((e) => e.id === q.speaker)?.name ?? '')), show(quotes));
  assert.equal(speakerOf(doc, 'unspecified damages'), null);
  const poll = analyze('Some 60 percent of Americans want a gradual reduction in US troops, the poll found. 60 percent of Americans want a reduction in US troops in Iraq.');
  assert.ok(poll.get('quotes').every((q) => q.speaker === null), show(poll.get('quotes')));
  // (an age before a name still names: "29-year-old bank manager Justin Hare")
  const age = analyze('"I\'m quite immune to it," said 29-year-old bank manager Justin Hare.');
  assert.equal(speakerOf(age, 'immune'), 'Justin Hare');
});
