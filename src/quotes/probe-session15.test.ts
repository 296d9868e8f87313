/** Session 15 probe articles: a corruption trial, a football report, a profit warning, Gaza talks, a storm live blog. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';

test('"the England winger said": the team or country before a player\'s role names whose player, and the player spoke', () => {
  const doc = analyze('Bukayo Saka, who came off with cramp in the 80th minute, played down any concern. "It\'s nothing, just tired legs," the England winger said.');
  assert.equal(speakerOf(doc, 'tired legs'), 'Bukayo Saka');
  // (with two players named before, neither is credited, and never the country)
  const two = analyze('Bukayo Saka and Kai Havertz both scored. "It\'s nothing, just tired legs," the England winger said.');
  assert.equal(speakerOf(two, 'tired legs'), null);
});

test('"the Gunners recorded a fifth straight win": a result recorded is nothing said', () => {
  const doc = analyze('Bukayo Saka scored twice as the Gunners recorded a fifth straight win in all competitions.');
  assert.ok(!doc.get('quotes').some((q) => /straight win/.test(q.text)), show(doc.get('quotes')));
});

test('"a vote it expected to lose": a relative clause with a bare infinitive is no statement of its own', () => {
  const doc = analyze('Its spokesman said the opposition was looking for excuses ahead of a vote it expected to lose.');
  assert.ok(!doc.get('quotes').some((q) => q.text.trim() === 'to lose' || q.text.trim() === 'a vote'), show(doc.get('quotes')));
});

test('"The company now expects ...": a short noun phrase opening the sentence before the cue is its source, not a quote of its own', () => {
  const doc = analyze('Shares in Nordvik Energy fell 14 percent on Thursday after the utility cut its forecast.\n\nThe company now expects operating profit of 4.1 billion crowns to 4.5 billion crowns, down from an earlier range of 5 billion to 5.6 billion, it said in a stock exchange filing.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.trim() === 'The company'), show(quotes));
  assert.ok(!quotes.some((q) => !q.sourceSpan && /operating profit/.test(q.text)), show(quotes));
  // (a passive's subject stays what was done: "The bill has been opposed by ...")
  const passive = analyze('The bill has been opposed by the Social Democratic Party, which holds a swing vote in parliament.');
  assert.ok(!passive.get('quotes').some((q) => q.speakerText === 'The bill'), show(passive.get('quotes')));
});

test('"told Reuters on condition of anonymity because he was not authorised": why the source is unnamed is nothing said', () => {
  const doc = analyze('"There is nothing on the table now," the official told Reuters on condition of anonymity because he was not authorised to speak to the media.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /^because/.test(q.text.trim())), show(quotes));
  assert.ok(quotes.some((q) => q.text.includes('nothing on the table')), show(quotes));
});

test('"Its spokesman, Commodore Jay Tarriela,": a rank between the appositive comma and the name', () => {
  const doc = analyze('The Philippine coast guard said the boat was damaged. Its spokesman, Commodore Jay Tarriela, called the actions "dangerous and illegal".');
  assert.equal(speakerOf(doc, 'dangerous and illegal'), 'Jay Tarriela');
});

test('a live blog\'s stamp and its dash open the entry, never the source', () => {
  const doc = analyze('LIVE: Storm batters northern Europe\n\n09:40 GMT — Schiphol airport says more than 200 flights have been cancelled.\n\n11:02 GMT — Our correspondent in Hamburg reports that the fish market is under water for the second time this year.');
  const quotes = doc.get('quotes');
  const flights = quotes.find((q) => q.text.includes('200 flights'));
  assert.ok(flights?.sourceSpan && !/^[—–-]/.test(doc.text.slice(flights.sourceSpan.start, flights.sourceSpan.end)), show(quotes));
  const market = quotes.find((q) => q.text.includes('fish market'));
  assert.equal(market?.speakerText, 'Our correspondent', show(quotes));
});

test('"BJP spokesperson Sambit Patra hit back, saying": the person carrying the body\'s title is the source, not the body', () => {
  const doc = analyze('BJP spokesperson Sambit Patra hit back, saying the opposition was "spreading lies" about the scheme.');
  assert.equal(speakerOf(doc, 'spreading lies'), 'Sambit Patra');
});

test('a press release: "Veltra Robotics, a maker of ..., today announced" is the company\'s announcement, and "today" is no source', () => {
  const doc = analyze('SAN FRANCISCO, March 3, 2026 /PRNewswire/ -- Veltra Robotics, a maker of autonomous picking systems for warehouses, today announced that it has raised $120 million in a Series C funding round.');
  const q = doc.get('quotes').find((x) => x.text.includes('$120 million'));
  assert.equal(q?.speakerText, 'Veltra Robotics', show(doc.get('quotes')));
});

test('`“...,” added Tom Okafor, a partner at Northgate Capital, who will join the board`: the relative clause describes the source', () => {
  const doc = analyze('"Veltra has shown that its robots work at scale," added Tom Okafor, a partner at Northgate Capital, who will join Veltra\'s board.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /^who will join/.test(q.text.trim())), show(quotes));
  assert.equal(speakerOf(doc, 'robots work at scale'), 'Tom Okafor');
});

test('"quoting log 0187" and "paid out claims to more than 10 million farmers" say nothing', () => {
  const log = analyze('Anyone with information is asked to call 101, quoting log 0187.');
  assert.ok(!log.get('quotes').some((q) => /0187/.test(q.text)), show(log.get('quotes')));
  const claims = analyze('The minister said the opposition was spreading lies about a scheme that had already paid out claims to more than 10 million farmers.');
  assert.ok(!claims.get('quotes').some((q) => /^to more than/.test(q.text.trim())), show(claims.get('quotes')));
});

test('"The force said" after "West Yorkshire Police" is the police force', () => {
  const doc = analyze('Detective Inspector Sarah Whitfield, of West Yorkshire Police, urged witnesses to come forward.\n\nThe force said extra patrols would be in the area this week.');
  assert.equal(speakerOf(doc, 'extra patrols'), 'West Yorkshire Police');
});

test('"the company said" after a person spoke is the one company named before, never an outlet that reported', () => {
  const doc = analyze('Elon Musk said on Tuesday that Tesla would launch a paid robotaxi service in Austin by the end of the year.\n\n"This time it\'s real," Musk wrote.\n\nIn a blog post, the company said the vehicles would have no safety driver.');
  assert.equal(speakerOf(doc, 'no safety driver'), 'Tesla');
  const outlet = analyze('Alan Seymour was told to leave when he refused to keep to a time limit, the Daily Mirror said.\n\n"I was sacked," Seymour said.\n\nThe firm claimed Seymour had been offered other shifts in the region.');
  assert.equal(speakerOf(outlet, 'offered other shifts'), null);
});

test('"Lawyers for Maria Santos said": whom the lawyers act for did not speak', () => {
  const doc = analyze('Lawyers for Maria Santos said the ruling was a victory for free expression.');
  assert.equal(speakerOf(doc, 'victory for free expression'), null);
  const friends = analyze("Lawyers for Friends of George's, a Memphis theatre company that challenged the law, said the ruling was a victory.");
  assert.equal(speakerOf(friends, 'was a victory'), null);
});

test('"Republican lawmakers who sponsored the bill criticised the decision": the noun the relative clause hangs on heads the source', () => {
  const doc = analyze('Republican lawmakers who sponsored the bill criticised the decision.');
  const q = doc.get('quotes').find((x) => x.text.includes('the decision'));
  assert.equal(q?.speakerText, 'Republican lawmakers', show(doc.get('quotes')));
});

test('`“...,” he says, pointing to a baobab`: what the speaker did meanwhile is nothing said', () => {
  const doc = analyze('Abakar Mahamat has fished the lake for forty years. "When I was a boy, the lake came up to that tree," he says, pointing to a baobab now several kilometres from the shore.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.cue && doc.text.slice(q.cue.start, q.cue.end) === 'says' && /baobab/.test(q.text)), show(quotes));
  assert.equal(speakerOf(doc, 'lake came up'), 'Abakar Mahamat');
  // (a participle before a noun opens what was said: "developing countries must ...")
  const noun = analyze('In return, Blair said, developing countries must open up to foreign investment.');
  assert.ok(noun.get('quotes').some((q) => q.text.includes('developing countries must')), show(noun.get('quotes')));
});

test('"fighters have attacked several islands": an armed attack on a place is nothing said, an attack on people in words is', () => {
  const doc = analyze('Boko Haram fighters have attacked several islands this year.');
  assert.ok(!doc.get('quotes').some((q) => /islands/.test(q.text)), show(doc.get('quotes')));
  const words = analyze('Former film star Brigitte Bardot on Monday attacked city fathers for allowing the slaughter.');
  assert.ok(words.get('quotes').some((q) => /city fathers/.test(q.text)), show(words.get('quotes')));
});

test('"Kim Yo Jong, the powerful sister of leader Kim Jong Un, warned in a statement carried by KCNA that ...": the subject spoke, through the outlet', () => {
  const doc = analyze('On Tuesday, Kim Yo Jong, the powerful sister of leader Kim Jong Un, warned in a statement carried by KCNA that Pyongyang would take "corresponding action" against the drills.');
  const quotes = doc.get('quotes');
  assert.equal(speakerOf(doc, 'corresponding action'), 'Kim Yo Jong');
  assert.ok(!quotes.some((q) => /^a statement/.test(q.text.trim())), show(quotes));
});

test('"said in a speech to air force commanders that ...": what was said starts at "that", and a cleric\'s title stands before the apposed name', () => {
  const doc = analyze('Iran\'s supreme leader, Ayatollah Ali Khamenei, said in a speech to air force commanders that negotiating with Washington was "not wise".');
  assert.equal(speakerOf(doc, 'negotiating with Washington'), 'Ali Khamenei');
});

test('"The critic Stanley Crouch once called him": the description before the name is part of the source, not what was said', () => {
  const doc = analyze('The critic Stanley Crouch once called him "the quietest revolutionary in jazz".');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.trim() === 'The critic'), show(quotes));
  assert.equal(speakerOf(doc, 'quietest revolutionary'), 'Stanley Crouch');
});

test('"Most economists who have studied the question agree that ...": the relative clause belongs to the source', () => {
  const doc = analyze('Most economists who have studied the question agree that publicly funded stadiums rarely pay for themselves.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.trim() === 'the question'), show(quotes));
  assert.ok(quotes.some((q) => q.text.includes('rarely pay for themselves')), show(quotes));
});

test('"who negotiated the deal with the team\'s owners": negotiating a deal is making it, nothing said', () => {
  const doc = analyze('"This is the biggest investment in fifty years," said Mayor Lucia Fernandes, who negotiated the deal with the team\'s owners.');
  assert.ok(!doc.get('quotes').some((q) => /^the deal/.test(q.text.trim())), show(doc.get('quotes')));
});

test('"A federal appeals court upheld the conviction of Marcus Lin, ..., rejecting his argument": the court rejected, not the man convicted', () => {
  const doc = analyze('A federal appeals court on Thursday upheld the fraud conviction of Marcus Lin, the founder of the collapsed exchange Vaultex, rejecting his argument that the trial judge had limited his defence.');
  const q = doc.get('quotes').find((x) => x.text.includes('his argument'));
  assert.equal(q?.speakerText, 'A federal appeals court', show(doc.get('quotes')));
});

test('"Judge Rosa Delgado wrote for a unanimous panel": whom the opinion was written for is nothing said', () => {
  const doc = analyze('"The district court acted well within its discretion," Judge Rosa Delgado wrote for a unanimous three-judge panel of the 2nd U.S. Circuit Court of Appeals.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /^a unanimous/.test(q.text.trim())), show(quotes));
  assert.equal(speakerOf(doc, 'well within its discretion'), 'Rosa Delgado');
});

test('"Some Parisians were less sympathetic" and "Asked ..., the Italian smiled" say nothing', () => {
  const were = analyze('Some Parisians were less sympathetic.');
  assert.equal(were.get('quotes').length, 0, show(were.get('quotes')));
  const smiled = analyze('Asked whether he expected a physical game, the Italian smiled.');
  assert.equal(smiled.get('quotes').length, 0, show(smiled.get('quotes')));
});

test('"When doctors told Amara that her kidneys were failing, her sister did not hesitate": what was told ends with the opening clause', () => {
  const doc = analyze('When doctors told Amara Osei that her kidneys were failing, her younger sister Efua did not hesitate.');
  const q = doc.get('quotes').find((x) => x.text.includes('kidneys were failing'));
  assert.ok(q && !q.text.includes('hesitate'), show(doc.get('quotes')));
});

test('`“...,” he said, his voice breaking`: an absolute phrase after the cue is nothing said', () => {
  const doc = analyze('Lahcen Ait Brahim lost his wife and three children when their house collapsed. "I dug with my hands until the morning," he said, his voice breaking.');
  assert.ok(!doc.get('quotes').some((q) => /voice breaking/.test(q.text)), show(doc.get('quotes')));
});

test('"X happened, the weather office said, and Y happened, officials said": each closing attribution reports its own clause', () => {
  const doc = analyze('Temperatures in the capital topped 49 degrees Celsius, the India Meteorological Department said, and at least 12 people have died from heatstroke in Bihar and Odisha, local officials said.');
  const quotes = doc.get('quotes');
  const imd = quotes.find((q) => q.speakerText === 'India Meteorological Department' || q.speakerText === 'the India Meteorological Department');
  assert.ok(imd && imd.text.includes('49 degrees') && !imd.text.includes('heatstroke'), show(quotes));
  const local = quotes.find((q) => q.speakerText === 'local officials');
  assert.ok(local && local.text.includes('heatstroke') && !local.text.includes('49 degrees'), show(quotes));
});

test('"Demand hit a record, government data showed, straining the grid": a finding set off by commas reports the clause before it', () => {
  const doc = analyze('NEW DELHI, May 29 (Reuters) - India\'s peak power demand hit a record 250 gigawatts on Wednesday as a heatwave scorched the north, government data showed, straining the grid.');
  const q = doc.get('quotes').find((x) => x.cue && /showed/.test(x.cue.text));
  assert.ok(q && q.text.startsWith("India's peak power demand") && !q.text.includes('straining'), show(doc.get('quotes')));
});

test('a headline "Minister: \\"...\\"" credits the title, unnamed', () => {
  const doc = analyze('Minister: "We will not resign over this report"\n\nOTTAWA - Canada\'s immigration minister Marc Miller rejected calls to resign.');
  const q = doc.get('quotes').find((x) => x.text.includes('not resign over'));
  assert.equal(q?.speakerText, 'Minister', show(doc.get('quotes')));
  assert.equal(q?.speaker, null);
});

test('`the impact was "quite mild" the company said`: a closing attribution after a scare quote with no comma reports the clause', () => {
  const doc = analyze('Acme Corp said losses were low. Storms hit mainly newly industrialising countries, and so the impact on the industry was "quite mild" the company said.');
  const q = doc.get('quotes').find((x) => x.text.includes('newly industrialising'));
  assert.equal(speakerOf(doc, 'newly industrialising'), 'Acme Corp');
  assert.ok(q?.text.includes('quite mild'), show(doc.get('quotes')));
});

test('"according to Shell\'s British rival, BP": the body apposed to a description by way of another is the source', () => {
  const doc = analyze('Shell said profits were lower. Oil majors were hit with costs of 75 billion dollars last year, according to Shell\'s British rival, BP.');
  assert.equal(speakerOf(doc, '75 billion dollars'), 'BP');
});

test('"Highly praising the relations ..., Lee was quoted": an adverb is no source, the main clause\'s subject is', () => {
  const doc = analyze('Prime Minister Lee Hae-chan arrived in Kuwait on Saturday. Highly praising the economic relations between the two countries, Lee was quoted by the agency as saying that ties were good.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.speakerText === 'Highly'), show(quotes));
  assert.equal(speakerOf(doc, 'economic relations between'), 'Lee Hae-chan');
});

test('`“...,” Scott Pruitt, ..., one of the states suing the EPA, said`: a cue inside another cue\'s source never takes its quotation', () => {
  const doc = analyze('“It’s an invasion, in our estimation, of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at a Washington event this month.');
  assert.equal(speakerOf(doc, 'an invasion'), 'Scott Pruitt');
  assert.equal(doc.get('quotes').filter((q) => q.text.includes('an invasion')).length, 1, show(doc.get('quotes')));
});

test('a title the narration runs into (a film, a slogan, a report) is no quotation of the last speaker', () => {
  const doc = analyze('"Music is my first language," Morricone said.\n\nHe wrote the scores for "The Good, the Bad and the Ugly" and for "A Fistful of Dollars."');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /Fistful|the Ugly/.test(q.text)), show(quotes));
  // (words someone said, in the narration, still go on with the last speaker)
  const words = analyze('"We will act," Ng said.\n\nHe added that officials would "carry out their duty with discretion."');
  assert.ok(words.get('quotes').some((q) => /discretion/.test(q.text)), show(words.get('quotes')));
});

test('"The WHO experts who came to probe a case of \\"...\\" in central China Monday said": the subject with its relative clause spoke, not the place', () => {
  const doc = analyze('The World Health Organization (WHO) experts who came to probe a case of "pneumonia of an unknown cause" in central China Monday said they are satisfied with the report on the case.');
  const quotes = doc.get('quotes');
  const q = quotes.find((x) => x.text.includes('satisfied with the report'));
  assert.ok(q?.sourceSpan && doc.text.slice(q.sourceSpan.start, q.sourceSpan.end).startsWith('The World Health Organization'), show(quotes));
  assert.ok(!quotes.some((x) => x.speakerText === 'China' || x.text.startsWith('a case of')), show(quotes));
});

test('"European Union experts said": experts of a body are unnamed people, not the body', () => {
  const doc = analyze('Around 10 percent of drug users are infected with HIV, European Union experts said on Thursday.');
  const q = doc.get('quotes').find((x) => x.text.includes('infected with HIV'));
  assert.equal(q?.speaker, null, show(doc.get('quotes')));
  assert.equal(q?.speakerText, 'European Union experts');
});

test('"Porto Alegre is known for hosting the World Social Forum": a reputation in the passive is nothing said; an accusation stays', () => {
  const known = analyze('Porto Alegre is known for hosting the World Social Forum.');
  assert.equal(known.get('quotes').length, 0, show(known.get('quotes')));
  const accused = analyze('The former minister is accused of siphoning off 271 million dollars in government funds.');
  assert.ok(accused.get('quotes').some((q) => q.text.includes('siphoning')), show(accused.get('quotes')));
});

test('"While the move has enjoyed popular support, Russian press reports say that ...": the opening concession is the narration\'s', () => {
  const doc = analyze('While the move has enjoyed popular support, Russian press reports say that the plan could backfire.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.includes('popular support')), show(quotes));
  assert.ok(quotes.some((q) => q.text.includes('could backfire')), show(quotes));
});

test('an inverted closing attribution with a day after it ("..., said a senior local official Sunday.") reports the clause from the sentence\'s start', () => {
  const doc = analyze("Northeast China's Jilin Province has decided to invest 10 million yuan (about 1.2 million US dollars) in bird flu prevention and control, said a senior local official Sunday.");
  const q = doc.get('quotes').find((x) => x.speakerText === 'a senior local official');
  assert.ok(q?.text.startsWith("Northeast China's Jilin Province has decided"), show(doc.get('quotes')));
});

test('"by 2 p.m. (1100 GMT) and the voting was proceeding quietly, said Alkhanov": a bracket opening on a figure goes on with the sentence', () => {
  const doc = analyze('Voter turnout had exceeded 25 percent by 2 p.m. (1100 GMT) and the voting was proceeding quietly, said Alkhanov.');
  assert.equal(doc.get('sentences').length, 1);
  const q = doc.get('quotes').find((x) => x.text.includes('proceeding quietly'));
  assert.ok(q?.text.startsWith('Voter turnout'), show(doc.get('quotes')));
});

test('a country\'s fact box ("POPULATION: Estimated 35.9 million") is no transcript', () => {
  const doc = analyze('Tanzania profile\n\nGEOGRAPHY: Mainland Tanganyika merged with the islands of Zanzibar and Pemba in 1964.\n\nPOPULATION: Estimated 35.9 million in 2003.\n\nCAPITAL: Dodoma.\n\nARMED FORCES: Estimated at 27,000 soldiers, according to the International Institute of Strategic Studies.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /^(?:GEOGRAPHY|POPULATION|CAPITAL|ARMED FORCES)$/.test(q.speakerText ?? '')), show(quotes));
});

test('"The two confirmed cases involve a boy" and "known for his professionalism" say nothing', () => {
  const cases = analyze('The two confirmed cases involve a nine-year-old boy and a 24-year-old woman.');
  assert.equal(cases.get('quotes').length, 0, show(cases.get('quotes')));
  const known = analyze('The former Central Intelligence Agency director, known for his professionalism more than political skills, was offered the job.');
  assert.ok(!known.get('quotes').some((q) => /professionalism/.test(q.text)), show(known.get('quotes')));
  const who = analyze('Gates, who was confirmed in his new job by an overwhelming 95-2 US Senate vote on December 7, is likely to be involved.');
  assert.ok(!who.get('quotes').some((q) => q.text.trim() === 'who'), show(who.get('quotes')));
  // (a number before a verb in the past is its subject: "the two discussed ways to ...")
  const verb = analyze('Rice met the two leaders on Monday, and the two discussed ways to solve the disagreements.');
  assert.ok(verb.get('quotes').some((q) => /ways to solve/.test(q.text)), show(verb.get('quotes')));
});

test('`added the press secretary, the president "is the one ..."`: the source ends before the quotation, and a press secretary is no defense secretary', () => {
  const doc = analyze('Newly-minted US Defense Secretary Robert Gates takes control on Monday.\n\n"But, ultimately," added the press secretary, the president "is the one who has to make the important decisions."');
  const q = doc.get('quotes').find((x) => x.text.includes('ultimately'));
  assert.equal(q?.speakerText, 'the press secretary', show(doc.get('quotes')));
  assert.equal(q?.speaker, null);
});

test('"said at the sidelines of the summit that ...": what was said starts at "that"', () => {
  const doc = analyze('Peruvian President Alejandro Toledo said at the sidelines of the fourth Summit of the Americas that "the ball is in play".');
  const q = doc.get('quotes').find((x) => x.text.includes('ball is in play'));
  assert.ok(q?.text.startsWith('that'), show(doc.get('quotes')));
});

test('"..., in a residential area of Havre, a suburb of Mons, public prosecutor Pierre Honore said": the last phrase, which names a person, is the source', () => {
  const doc = analyze('The latest remains were found in three bags Friday by municipal workers cleaning drains in a residential area of Havre, a suburb of Mons, public prosecutor Pierre Honore said.');
  assert.equal(speakerOf(doc, 'latest remains'), 'Pierre Honore');
  // (a title apposed to its name stays whole: "The adviser, John Nagenda, said")
  const apposed = analyze('The adviser, John Nagenda, said Museveni would not talk with Kony.');
  const q = apposed.get('quotes')[0];
  assert.ok(q?.sourceSpan && apposed.text.slice(q.sourceSpan.start, q.sourceSpan.end).startsWith('The adviser'), show(apposed.get('quotes')));
});

test('"..., Abul Gheit was quoted as saying in a statement.": what was said is the clause before', () => {
  const doc = analyze('The adoption of the resolution reflects a world desire to expose Israeli practices, Foreign Minister Ahmed Abul Gheit was quoted as saying in a statement.');
  const q = doc.get('quotes').find((x) => x.text.includes('world desire'));
  assert.ok(q?.text.startsWith('The adoption of the resolution'), show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'world desire'), 'Ahmed Abul Gheit');
  assert.ok(!doc.get('quotes').some((x) => /^as saying/.test(x.text)), show(doc.get('quotes')));
});

test('"..., mortgage giant Freddie Mac reported Thursday." reports the clause from the sentence\'s start; "the conference concluded here" says nothing', () => {
  const doc = analyze('Rates on 30-year mortgages fell this week to the lowest level in a month as new data showed the economy has been slowing down, mortgage giant Freddie Mac reported Thursday.');
  const q = doc.get('quotes').find((x) => x.speakerText === 'Freddie Mac' || x.speakerText === 'mortgage giant Freddie Mac');
  assert.ok(q?.text.startsWith('Rates on 30-year mortgages'), show(doc.get('quotes')));
  const ended = analyze('The Conference of Sino-Arab Friendship concluded here on Wednesday with a decision to meet every two years.');
  assert.ok(!ended.get('quotes').some((x) => /^here on Wednesday/.test(x.text)), show(ended.get('quotes')));
});

test('`“...,” he was quoted as saying.`: the source is the pronoun, not the closing mark before it', () => {
  const doc = analyze('Johnny de Langa heads the centre. "If you do not have the power to follow up, it is useless," he was quoted as saying.');
  const q = doc.get('quotes').find((x) => x.text.includes('power to follow up'));
  assert.ok(q?.sourceSpan && doc.text.slice(q.sourceSpan.start, q.sourceSpan.end) === 'he', show(doc.get('quotes')));
  assert.equal(speakerOf(doc, 'power to follow up'), 'Johnny de Langa');
});

test('"..., their lawyer said at the close of a trial here Wednesday." reports the whole clause; "a tournament, billed as ..." and "some Chinese who called her" credit no one', () => {
  const doc = analyze('The Williams sisters did not breach a 2001 contract because the promise to play was a letter signed by their father and not the tennis stars, their lawyer said at the close of a trial here Wednesday.');
  const q = doc.get('quotes').find((x) => x.speakerText === 'their lawyer');
  assert.ok(q?.text.startsWith('The Williams sisters'), show(doc.get('quotes')));
  const billed = analyze('Richard Williams signed for the appearance of his daughters in a 2001 tournament, billed as the battle of the sexes.');
  assert.ok(!billed.get('quotes').some((x) => /battle of the sexes/.test(x.text)), show(billed.get('quotes')));
  const some = analyze('Zhu Chen said she was happy in Qatar. But a few Chinese who called her "traitor" were angry.');
  assert.ok(!some.get('quotes').some((x) => x.text.includes('traitor') && x.speaker), show(some.get('quotes')));
});

test('"..., the Power Reactor and Nuclear Fuel Development Corp. (Donen) said." is one sentence and the body\'s report; alarms, blasts and prepositions are no cues', () => {
  const doc = analyze('The alarm sounded at about noon at a facility in Tokai Mura, the Power Reactor and Nuclear Fuel Development Corp. (Donen) said.');
  assert.equal(doc.get('sentences').length, 1);
  const quotes = doc.get('quotes');
  assert.ok(quotes.some((q) => q.text.startsWith('The alarm sounded')), show(quotes));
  assert.ok(!quotes.some((q) => q.cue?.text === 'sounded'), show(quotes));
  const blast = analyze('The blast destroyed a civilian car near the market.');
  assert.equal(blast.get('quotes').length, 0, show(blast.get('quotes')));
});

test('"In Greece\'s northern city of Salonika, General X, commander-in-chief of the army, said": the place opening the sentence is no source; "declined 70 sen" is a market move', () => {
  const doc = analyze("In Greece's northern city of Salonika, General Manoussos Preveroudakis, commander-in-chief of the Greek army, said the Greek contingent was ready.");
  assert.equal(speakerOf(doc, 'contingent was ready'), 'Manoussos Preveroudakis');
  const market = analyze('Malaysian Merchant Bank declined 70 sen to 19.90 ringgit.');
  assert.equal(market.get('quotes').length, 0, show(market.get('quotes')));
});

test('"Bertrand was invited by the Chinese Ministry of Health to kick off his visit": an invitation received is nothing said', () => {
  const doc = analyze('Bertrand was invited by the Chinese Ministry of Health to kick off his first official visit to China on Nov 21.');
  assert.equal(doc.get('quotes').length, 0, show(doc.get('quotes')));
});

test('"The widow of former Russian secret agent Alexander Litvinenko accused Moscow": the widow spoke, not the man she was married to', () => {
  const doc = analyze('The widow of former Russian secret agent Alexander Litvinenko on Sunday accused Moscow of involvement in his murder.');
  assert.equal(speakerOf(doc, 'involvement in his murder'), null);
  // (a title with "of" is no family: "Secretary of State Condoleezza Rice said")
  const title = analyze('Secretary of State Condoleezza Rice said she was outraged by the assassination.');
  assert.equal(speakerOf(title, 'outraged'), 'Condoleezza Rice');
});

test('"access to some information reported by the Chronicle": a participle with its agent after a noun reports no clause', () => {
  const doc = analyze('Michael Rains, the attorney representing Bonds, told Yahoo he does not believe Ellerman leaked grand jury information or transcripts, saying Ellerman would not have had access to some information reported by the Chronicle.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.speakerText === 'some information'), show(quotes));
  assert.equal(speakerOf(doc, 'would not have had access'), 'Michael Rains');
});

test('"US President George W. Bush, whose approval ratings slumped, said ...": the relative clause on the source is no content, whichever side of the comma the source ends', () => {
  const doc = analyze('US President George W. Bush, whose approval ratings slumped over the mounting US death toll in Iraq, said Iraqi democracy would serve as a "model" for the Middle East.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /^whose/.test(q.text)), show(quotes));
  assert.equal(speakerOf(doc, 'Iraqi democracy'), 'George W. Bush');
});

test('"Tokyo raised penalties for groping" and "Pinzi was dismissed for a second bookable offence" say nothing; "raised concerns about" does', () => {
  const doc = analyze('Tokyo raised penalties for groping and rail operators began running all-women carriages.\n\nPinzi was dismissed for a second bookable offence.\n\nThe senator raised concerns about the plan.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /penalties|bookable/.test(q.text)), show(quotes));
  assert.ok(quotes.some((q) => q.text.includes('the plan')), show(quotes));
});

test('"said without elaborating, as quoted by the Antara news agency" and "who scored 14 points and added nine rebounds" add no quote', () => {
  const doc = analyze('"If anyone knows anything, please let me know," Lumintang said without elaborating, as quoted by the state Antara news agency.\n\n"It has to be a balance for us," said center Chris Mihm, who scored 14 points and added nine rebounds.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /without elaborating|^by the state|rebound/.test(q.text)), show(quotes));
  assert.equal(quotes.filter((q) => q.text.includes('balance for us')).length, 1, show(quotes));
});

test('"..., including one born to the panda Lun Lun at the Atlanta Zoo, said Zhang Zhihe, director of ...": a person named right after an inverted cue is the source', () => {
  const doc = analyze('A total of 31 panda cubs were born via artificial insemination this year, including one born to mother panda Lun Lun at the Atlanta Zoo of the United States, said Zhang Zhihe, director of the China Giant Panda Breeding Technical Committee.');
  assert.equal(speakerOf(doc, '31 panda cubs'), 'Zhang Zhihe');
  // (a subject opening the sentence keeps its cue: the report said something about Gabor)
  const subject = analyze('The report carried by the Times newspaper in Hammond, Indiana, said Gabor, a retired electrician, had used bone meal on his garden.');
  const q = subject.get('quotes').find((x) => x.text.includes('bone meal'));
  assert.ok(q?.sourceSpan && subject.text.slice(q.sourceSpan.start, q.sourceSpan.end).startsWith('The report'), show(subject.get('quotes')));
});

test('`“...,” Rovnag Abdullayev, head of the state oil company SOCAR said`: the name after the quotation heads the source, and "Detailed regulations will be crafted" says nothing', () => {
  const doc = analyze('"Talks will begin in Moscow tomorrow," Rovnag Abdullayev, head of Azerbaijan\'s state oil company SOCAR said.\n\nDetailed regulations will be crafted in Berkeley after the ordinance becomes law.');
  assert.equal(speakerOf(doc, 'Talks will begin'), 'Rovnag Abdullayev');
  assert.ok(!doc.get('quotes').some((q) => /regulations will be crafted/.test(q.text)), show(doc.get('quotes')));
});
