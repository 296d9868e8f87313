/** Session 16 probe articles and newswire reading: a football row, a Paralympic record, a court reform, a summit, a diamond report. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';

test('"fumed Kovac": a verb of manner the lexicon lacks still attributes in the inverted frame, and the next quotation goes on with that speaker', () => {
  const doc = analyze('Croat defender Niko Kovac and Brazilian midfielder Marcelinho tore into one another after the defeat.\n\n"His lack of discipline cannot be excused," fumed Kovac. "He gave the team far too much to do."');
  assert.equal(speakerOf(doc, 'cannot be excused'), 'Niko Kovac');
  assert.equal(speakerOf(doc, 'far too much'), 'Niko Kovac');
  // (a capitalised word that names nobody is no source: `“...,” smiled The Times` is not read)
  const none = analyze('"We will be back," grinned He.');
  assert.ok(!none.get('quotes').some((q) => q.speakerText === 'He'), show(none.get('quotes')));
});

test('a minutes-and-seconds mark (10\'40"48) is no quotation mark', () => {
  const doc = analyze('Sanchai Boonmee is the second Thai to break a record at the Games, after Prawat Wongsa\'s mark of 10\'40"48 in the 5,000 metres on Sunday.\n\n"I tried to go out there free of pressure," said Sanchai.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.startsWith('"48')), show(quotes));
  assert.equal(speakerOf(doc, 'free of pressure'), 'Sanchai Boonmee');
});

test('"said the 2005 Asean Para Games champion": the competition names the title, and is never the speaker', () => {
  const doc = analyze('"Breaking the world record is an extra," said Sanchai Boonmee.\n\n"I still have more events to complete," said the 2005 Asean Para Games champion.');
  assert.notEqual(speakerOf(doc, 'more events'), 'Asean Para Games');
  const q = doc.get('quotes').find((x) => x.text.includes('more events'));
  assert.ok(q, show(doc.get('quotes')));
});

test('"Fu said last weekend at the forum in Beijing": the occasion after a closing cue is no second statement, and dates the first', () => {
  const doc = analyze('"Our government is considering free trade talks with India," Fu Ziying said last weekend at the China Industrial Development Forum in Beijing.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /^last weekend/.test(q.text.trim())), show(quotes));
  assert.ok(quotes.some((q) => q.text.includes('free trade talks')), show(quotes));
});

test('"with debts estimated at 35.6 million euros" and "lawmakers were recalled from their recess" report nothing', () => {
  const debts = analyze('With debts estimated at 35.6 million euros, the club could do with the windfall from the Champions League.');
  assert.ok(!debts.get('quotes').some((q) => q.cue?.text === 'estimated'), show(debts.get('quotes')));
  const recalled = analyze('Police used new powers granted by parliament on Thursday, after lawmakers were recalled from their summer recess.');
  assert.ok(!recalled.get('quotes').some((q) => /recalled/.test(q.cue?.text ?? '')), show(recalled.get('quotes')));
  // (a figure estimated by someone is still their statement: "Police estimated at least 5,000 people came")
  const crowd = analyze('Police estimated at least 5,000 people joined the march.');
  assert.ok(crowd.get('quotes').some((q) => q.cue?.text === 'estimated'), show(crowd.get('quotes')));
});

test('narration running into a quotation before ", he said" is one mixed statement, an opening adverbial included', () => {
  const doc = analyze('Prime Minister John Howard wrote in a newspaper on Friday about the riots.\n\nDespite the attacks, the overwhelming majority of Australians still had "the proper instincts and decent values," he said.');
  const q = doc.get('quotes').find((x) => x.text.includes('proper instincts'));
  assert.ok(q && q.text.includes('majority of Australians') && q.kind === 'mixed', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'proper instincts'), 'John Howard');
});

test('"..., the provisional capital of Somalia, officials said here Monday": the wire\'s "here" closes the attribution, and the report is one piece', () => {
  const doc = analyze('A top UN envoy for Somalia is travelling to Somalia on Tuesday for a regional ministerial meeting this week in Jowhar, the provisional capital of Somalia, officials said here Monday.');
  const quotes = doc.get('quotes');
  assert.equal(quotes.length, 1, show(quotes));
  assert.ok(quotes[0]!.text.includes('top UN envoy') && quotes[0]!.text.includes('provisional capital'), show(quotes));
});

test('"he said" after a quotation running over three paragraphs goes on with the speaker of that quotation', () => {
  const doc = analyze('"I am proud of what the committee has achieved so far," Abdulla Khalid Al Qahtani, director general of the organising committee, said at a news conference.\n\n"We are hosting the Games with pride and determination.\n\n"Our hosting becomes more real every day."\n\nQatar expects about 10,500 athletes from 45 countries, he said.');
  assert.equal(speakerOf(doc, '10,500 athletes'), 'Abdulla Khalid Al Qahtani');
});

test('`“...,” saying the group asked for more information`: a clause after a participle is what was said, never its source', () => {
  const doc = analyze('It cited an instance when a "suspicious shipment of rough diamonds with a Ghanaian certificate was blocked in Dubai in July 2006," saying the group asked for further information from the United Arab Emirates but got none.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.speakerText?.startsWith('the group asked')), show(quotes));
  assert.ok(quotes.some((q) => q.cue?.text === 'saying' && q.text.includes('asked for further information')), show(quotes));
});

test('"..., scheduled for Nov. 4-5, said Chinese Vice Commerce Minister Wei Jianguo here on Thursday": the name after the inverted cue spoke, not the summit before it', () => {
  const doc = analyze('China will announce a package of major assistance and cooperation projects with Africa during the upcoming Beijing Summit of the Forum on China-Africa Cooperation (FOCAC), scheduled for Nov. 4-5, said Chinese Vice Commerce Minister Wei Jianguo here on Thursday.');
  assert.equal(speakerOf(doc, 'package of major assistance'), 'Wei Jianguo');
  // (a relative clause closing the source on its comma keeps it the source: the clause after the cue has a verb)
  const kept = analyze('Conservative economist Aparna Mathur, who studies tax policy at the American Enterprise Institute, said Ivanka Trump\'s statement didn\'t clarify the matter.');
  assert.equal(speakerOf(kept, 'clarify the matter'), 'Aparna Mathur');
});

test('"He added" after "..., which stressed ..." goes on with the last speaker: an attribution in a relative clause does not take the turn', () => {
  const doc = analyze('Pakistani Foreign Minister Khurshid Mahmood Kasuri has said the outcome of the elections would not affect relations.\n\nHe said the policy of both parties was based on the 9/11 Commission Report, which stressed the centrality of Pakistan for regional peace.\n\nHe added that Pakistan was following a policy of constant engagement with important countries.');
  assert.equal(speakerOf(doc, 'constant engagement'), 'Khurshid Mahmood Kasuri');
});

test('"He said former U.S. President Clinton, the best known leader of the party, had invited ...": a name\'s lowercase modifier opens the reported clause, and the people it speaks of never take the next "he said"', () => {
  const doc = analyze('Pakistani Foreign Minister Khurshid Mahmood Kasuri has said the outcome of the elections would not affect relations.\n\nHe said former U.S. President Clinton, the best known leader of the Democratic Party, had recently invited President Musharraf to attend a conference in New York.\n\nThis was indicative of the importance of Pakistan and of President Musharraf in the eyes of both parties, he said.');
  const q = doc.get('quotes').find((x) => x.text.includes('recently invited'));
  assert.ok(q && q.text.includes('former U.S. President Clinton'), show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'recently invited'), 'Khurshid Mahmood Kasuri');
  assert.equal(speakerOf(doc, 'indicative of the importance'), 'Khurshid Mahmood Kasuri');
});

test('"Indian leaders hailed": leaders of a country are unnamed people, not the country', () => {
  const doc = analyze('The committee endorsed a multi-racial cabinet, which Indian leaders immediately hailed as a significant concession.');
  const q = doc.get('quotes').find((x) => x.cue?.text.includes('hailed'));
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.speaker, null, show(doc.get('quotes')));
});

test('"Regarding the recognition of Israel, Moussa said ...": the topic opening the sentence is no part of what was said', () => {
  const doc = analyze('Arab League chief Amr Moussa on Saturday welcomed the proposal by Hamas.\n\nRegarding the recognition of Israel, Moussa said recognition should be mutual.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.startsWith('Regarding')), show(quotes));
  assert.ok(quotes.some((q) => q.text.trim() === 'recognition should be mutual'), show(quotes));
});

test('"could not have asked for a kinder draw" and "his convoy was attacked on a street" report nothing', () => {
  const doc = analyze('The German media agreed on Saturday that the hosts could not have asked for a kinder finals draw.\n\nGemayel was shot dead when his convoy was attacked on a street in Jedeide.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /asked for|attacked/.test(q.cue?.text ?? '')), show(quotes));
});

test('"Bild daily, the country\'s biggest selling newspaper, concurred: ..." names its source past the appositive', () => {
  const doc = analyze('The German media agreed the draw was kind.\n\nBild daily, the country\'s biggest selling newspaper, concurred: "Klinsmann, you are certainly lucky!"');
  const q = doc.get('quotes').find((x) => x.text.includes('certainly lucky'));
  assert.ok(q?.sourceSpan && doc.text.slice(q.sourceSpan.start, q.sourceSpan.end).startsWith('Bild'), show(doc.get('quotes')));
});

test('a few words quoted mid-sentence and never closed do not swallow the next paragraph\'s quotation', () => {
  const doc = analyze('German Chancellor Angela Merkel on Wednesday condemned the murder of the minister, saying it was "a cowardly act.\n\n"We want to see an independent Lebanon and forceful efforts to end violence," she told the Bundestag.');
  const q = doc.get('quotes').find((x) => x.text.includes('independent Lebanon'));
  assert.ok(q && !q.text.includes('cowardly'), show(doc.get('quotes')));
  // (after a verb of saying, a quotation runs on over paragraphs as the wire writes it)
  const multi = analyze('He had brought Sunnis into his government, saying "Iraq can only rebuild itself with them.\n\n"The new Iraq excludes none of its sons.\n\n"My government avoided any sectarianism," he concluded.');
  assert.ok(multi.get('quotes').some((x) => x.text.includes('rebuild itself') && x.text.includes('excludes none')), show(multi.get('quotes')));
});

test('`The council "looks forward to further progress ..."`: a quotation that is the predicate of the sentence\'s subject is that subject\'s', () => {
  const doc = analyze('The UN Security Council adopted a statement on Thursday.\n\nCouncil members praised the government for setting up a committee.\n\nThe council "looks forward to further progress on improving the living conditions for civilians in northern Uganda."');
  const q = doc.get('quotes').find((x) => x.text.includes('looks forward'));
  assert.ok(q?.sourceSpan && doc.text.slice(q.sourceSpan.start, q.sourceSpan.end) === 'The council', show(doc.get('quotes')));
});

test('`“...,” said Shalom, asserting that ...`: the source ends before the participle, which goes on with the same speaker and leaves the quotation to the first cue', () => {
  const doc = analyze('Israeli Foreign Minister Silvan Shalom vowed on Wednesday to restore the party to glory.\n\n"The Likud is in crisis and we cannot sweep it under the carpet," said Shalom, asserting that he is the only one who can rehabilitate the party and win the March general elections.\n\n"I call on the people in my party to vote for me in the primaries," said Shalom, indicating that he would invite Sharon to join his government.');
  const quotes = doc.get('quotes');
  const crisis = quotes.find((q) => q.text.includes('in crisis'));
  assert.ok(crisis?.sourceSpan && doc.text.slice(crisis.sourceSpan.start, crisis.sourceSpan.end) === 'Shalom', show(quotes));
  assert.equal(speakerOf(doc, 'only one who can rehabilitate'), 'Silvan Shalom');
  assert.ok(!quotes.some((q) => q.cue?.text === 'indicating' && q.text.includes('I call on')), show(quotes));
});

test('"Using a combination of telescopes, astronomers reported ...": a participle phrase opening the sentence is how, not what', () => {
  const doc = analyze('Using a combination of ground-based and orbiting telescopes, astronomers reported on Tuesday that they have discovered the possible birth of a tiny solar system.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.startsWith('Using')), show(quotes));
  assert.ok(quotes.some((q) => q.text.includes('possible birth')), show(quotes));
});

test('"who was released from custody and ordered to pay a fine": a participle coordinated with a passive is passive, and nobody in the sentence ordered', () => {
  const doc = analyze('The sentencing follows lighter treatment earlier this month of another MP, Than Nyein, who was released from custody and ordered to pay a small fine.');
  assert.ok(!doc.get('quotes').some((q) => q.cue?.text === 'ordered'), show(doc.get('quotes')));
  // (an active verb after "and" stays: "Germany was opposed to the invasion and refused to send troops")
  const active = analyze('Germany was opposed to the invasion of Iraq in 2003 and refused to send German troops to the country.');
  assert.ok(active.get('quotes').some((q) => q.cue?.text === 'refused'), show(active.get('quotes')));
});

test('"..., said Michel, expressing his confidence ...": the whole clause before the comma is what he said', () => {
  const doc = analyze('Seychelles President James Michel visited the breeding base on Tuesday.\n\nHainan\'s marine fishery boasts professional experts, advanced technologies and successful experience, said Michel, expressing his confidence in future cooperation.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'said');
  assert.ok(q && q.text.startsWith("Hainan's marine fishery"), show(doc.get('quotes')));
});

test('"He further said" after a paragraph that names nobody goes on with the last speaker, and "the government has projected" inside it has its own subject', () => {
  const doc = analyze('"In 2006, the government proposes to spend 42 percent on general public services," Treasury Secretary Situmbeko Musokotwane said.\n\nGeneral public services include functions such as the administration of financial and fiscal affairs.\n\nHe further said the government has projected to spend 7.8 percent of the total on defense.');
  assert.equal(speakerOf(doc, 'the government has projected'), 'Situmbeko Musokotwane');
  const inner = doc.get('quotes').find((q) => q.cue?.text === 'has projected');
  assert.equal(inner?.speakerText, 'the government', show(doc.get('quotes')));
  // (a paragraph naming someone else in between leaves the pronoun unresolved or theirs, never the earlier speaker by default)
  const other = analyze('"We will spend more on services," Treasury Secretary Situmbeko Musokotwane said.\n\nOpposition leader Hakainde Hichilema called the plan reckless.\n\nHe further said the budget would fail.');
  assert.notEqual(speakerOf(other, 'would fail'), 'Situmbeko Musokotwane');
});

test('`said Wanjiru Kamau, a nursing student, as smoke drifted across the road`: the source ends before the clause of circumstance', () => {
  const doc = analyze('Police fired tear gas at protesters outside parliament on Tuesday.\n\n“We are not going to pay for their mistakes,” said Wanjiru Kamau, a 24-year-old nursing student, as smoke drifted across Parliament Road.');
  const q = doc.get('quotes').find((x) => x.text.includes('their mistakes'));
  assert.ok(q?.sourceSpan && !doc.text.slice(q.sourceSpan.start, q.sourceSpan.end).includes('smoke'), show(doc.get('quotes')));
});

test('`“...,” Roberts told Solicitor General John Sauer during the argument`: whom and when after "told" are no second statement; a broken quotation\'s second half stays', () => {
  const doc = analyze('“Taxes have always been the core power of Congress,” Chief Justice John Roberts told Solicitor General D. John Sauer during nearly three hours of argument.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.includes('three hours of argument')), show(quotes));
  const broken = analyze('“We have produced a budget,” he told reporters in Brussels, “and we have a whole series of changes agreed.”');
  assert.ok(broken.get('quotes').some((q) => q.text.includes('series of changes') && q.cue?.text === 'told'), show(broken.get('quotes')));
});

test('"she asked" after a man spoke last goes to the woman the sentence before opens with, not to the man she questioned', () => {
  const doc = analyze('“Taxes have always been the core power of Congress,” Chief Justice John Roberts told the court.\n\nJustice Amy Coney Barrett pressed Sauer on whether any president had used the law this way before. “Can you point to any?” she asked.');
  assert.equal(speakerOf(doc, 'point to any'), 'Amy Coney Barrett');
  // (a man named only inside the last quotation is spoken of, and never takes "He went on to say")
  const lawyer = analyze('The so-called contract, the lawyer told the jury, "was signed by Richard Williams, not Venus Williams, not Serena Williams ... this letter is not a contract."\n\nHe went on to say that the sisters signed their own contracts.');
  assert.notEqual(speakerOf(lawyer, 'their own contracts'), 'Richard Williams');
});

test('"reported a 39% jump in third-quarter profit" is a result, and "who declined to be named" is anonymity: neither says anything', () => {
  const doc = analyze('Taiwan Semiconductor Manufacturing Co reported a 39% jump in third-quarter profit on Thursday, beating forecasts.\n\nTwo people familiar with the discussions, who declined to be named because the talks are private, said the rules could come next month.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.cue?.text === 'reported'), show(quotes));
  assert.ok(!quotes.some((q) => q.cue?.text === 'declined'), show(quotes));
  assert.ok(quotes.some((q) => q.cue?.text === 'said' && q.text.includes('next month')), show(quotes));
});

test('"the oldest player in the ATP finale" and "the United States native" name neither the tour nor the country as the speaker', () => {
  const doc = analyze('Andre Agassi pulled out of the Masters Cup on Monday with an ankle injury.\n\n"It\'s very dangerous and risky for my future," added the oldest player in the ATP finale.\n\n"I couldn\'t really hit balls for a couple of months," said the United States native.');
  assert.notEqual(speakerOf(doc, 'risky for my future'), 'ATP');
  assert.notEqual(speakerOf(doc, 'hit balls'), 'United States');
});

test('"the chief ceasefire negotiator for the government, Major General Joselin Nazareno,": a title the entities tied to another chief does not take the quote from the name apposed', () => {
  const doc = analyze('Rebel leader Nur Misuari, the MNLF chief, stayed away from the talks.\n\n"We failed to reach further understanding on the positioning of troops," the chief ceasefire negotiator for the government, Major General Joselin Nazareno, told AFP.');
  assert.equal(speakerOf(doc, 'positioning of troops'), 'Joselin Nazareno');
});

test('"a standoff that has claimed around 60 lives": lives lost are nothing claimed in words', () => {
  const doc = analyze('The violence in the south has claimed nearly 4,000 lives this year.');
  assert.ok(!doc.get('quotes').some((q) => /claimed/.test(q.cue?.text ?? '')), show(doc.get('quotes')));
});

test('"..., noted Liu Yuzhu, a senior executive manager of ...": the description after the inverted source closes the attribution, and the figure\'s thousands are no comma', () => {
  const doc = analyze("The city's normal water consumption for residential use is estimated at 700,000 tons a day, noted Liu Yuzhu, a senior executive manager of the Harbin Water Supply and Drainage Group.");
  const quotes = doc.get('quotes');
  assert.ok(quotes.some((q) => q.cue?.text === 'noted' && q.text.includes('700,000 tons a day')), show(quotes));
  assert.ok(!quotes.some((q) => q.text.startsWith('a senior executive')), show(quotes));
});

test('"Switzerland\'s second largest bank, Credit Suisse, reported ...": the description apposed before the name is no statement; "The move, Mabiza said, was ..." keeps its subject', () => {
  const doc = analyze("Switzerland's second largest bank, Credit Suisse, reported on Wednesday a better-than-expected rise in its third-quarter figures.");
  assert.ok(!doc.get('quotes').some((q) => q.text.includes('second largest bank')), show(doc.get('quotes')));
  const kept = analyze('Health Minister Edward Mabiza said the fleet would be imported.\n\nThe move by the government, Mabiza said, was aimed at improving health care.');
  assert.ok(kept.get('quotes').some((q) => q.text.includes('The move by the government')), show(kept.get('quotes')));
});

test('"He snubbed Mobutu ... He praised the rebels": a man the window names as an object does not take "He" for want of a last speaker', () => {
  const doc = analyze('Tshisekedi, a long-time opponent of President Mobutu Sese Seko, made it clear on Thursday that he would finish his old battles with the head of state.\n\nHe snubbed Mobutu by not giving a single job in his government to supporters of the president.\n\nHe praised the rebels for defending the national interest by fighting corruption.');
  assert.notEqual(speakerOf(doc, 'praised') ?? speakerOf(doc, 'the rebels for defending'), 'Mobutu Sese Seko');
});

test('"..., said provincial police spokesman Kartono Wangsa Disastro": a lowercase title and a name after the inverted cue spoke; "Blackburn\'s South African forward" is no club', () => {
  const doc = analyze('The plane was found broken to pieces in a deep ravine by a group of missionaries, said provincial police spokesman Kartono Wangsa Disastro.');
  assert.equal(speakerOf(doc, 'broken to pieces'), 'Kartono Wangsa Disastro');
  const player = analyze('Benni McCarthy has praised UEFA for its handling of the case.\n\n"I was pleased with the way the situation was handled," said Blackburn\'s South African forward.');
  assert.notEqual(speakerOf(player, 'pleased with the way'), 'Blackburn');
});

test('`said a Daewoo spokesman, Kim Hyung-Soo. ... the spokesman said`: a title the last speaker\'s own source gave goes back to that speaker, a document never', () => {
  const doc = analyze('"Our globalization drive is in line with a worsening slump in the local market," said a Daewoo spokesman, Kim Hyung-Soo.\n\n"Starting in western Europe, three new models would reach 60 countries from June," the spokesman said.');
  assert.equal(speakerOf(doc, 'three new models'), 'Kim Hyung-Soo');
  const doc2 = analyze('The troops have started withdrawing, said the statement signed by the army spokesman Maj. Felix Kulayigye.\n\nAccording to the statement, the withdrawal was ordered by the president.');
  const q = doc2.get('quotes').find((x) => x.text.includes('withdrawal was ordered'));
  assert.ok(q && q.speaker === null, show(doc2.get('quotes')));
});

test('"He said" after a collective source ("Both the government and the Maoists pledged") goes on with the last person who spoke; after a dealer it does not', () => {
  const doc = analyze('"We need two Acts immediately to carry out our activities legally," Bhojraj Pokharel, chief election commissioner, told Xinhua.\n\nBoth the government and the Maoists pledged to issue the new constitution by Nov. 21.\n\nHe said the commission would feel comfortable if the two Acts were formulated by mid-December.');
  assert.equal(speakerOf(doc, 'feel comfortable'), 'Bhojraj Pokharel');
  const dealer = analyze('Bruce Hill said most investors were being very cautious.\n\nA dealer with a European brokerage said the market was supported by banks. But volumes were otherwise very thin, he said.');
  assert.notEqual(speakerOf(dealer, 'very thin'), 'Bruce Hill');
});
