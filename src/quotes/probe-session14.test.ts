/** Session 14 probe articles: a transfer, a typhoon live blog, a school board, wire copy quoting other outlets. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, show, speakerOf } from './testing.js';

test('"he" after an unnamed person\'s report goes on with that person, not with the name the report spoke of', () => {
  const doc = analyze('Lucas Ferreira joined from Benfica on Friday.\n\nUnited\'s sporting director said Ferreira had been the club\'s top target since January. "Lucas has the energy and the quality we need in midfield," he said.');
  assert.equal(speakerOf(doc, 'energy and the quality'), null);
  const q = doc.get('quotes').find((x) => x.text.includes('energy and the quality'));
  assert.equal(q?.speakerText, "United's sporting director", show(doc.get('quotes')));
  // (a definite description may be the named person's: "The former British soldier" is Spicer)
  const named = analyze('Mercenary boss Tim Spicer arrived back in Britain late Wednesday.\n\nThe former British soldier told a news conference in London that he was beaten up. "I was lucky to get out," he said.');
  assert.equal(speakerOf(named, 'lucky to get out'), 'Tim Spicer');
});

test('"tells DZMM radio": the medium after an outlet\'s name is whom it was said to, not what was said', () => {
  const doc = analyze('"We have evacuated more than 300,000 people," civil defence chief Ariel Nepomuceno tells DZMM radio.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.trim() === 'radio'), show(quotes));
  assert.equal(speakerOf(doc, 'evacuated more than'), 'Ariel Nepomuceno');
});

test('"OUTLET quoted PERSON as saying": the person quoted spoke, whether the words come before, after a colon, or after "saying"', () => {
  const before = analyze('Ferdinand Marcos ordered all agencies on full alert. "No one should be left behind," the statement quoted Marcos as saying.');
  assert.equal(speakerOf(before, 'left behind'), 'Ferdinand Marcos');
  assert.ok(!before.get('quotes').some((q) => /as saying/.test(q.text)), show(before.get('quotes')));
  const colon = analyze('Russian President Vladimir Putin spoke by phone with the Turkish leader on Monday. Tass quoted him as saying: "We will respond."');
  assert.equal(speakerOf(colon, 'We will respond'), 'Vladimir Putin');
  const unnamed = analyze('The newspaper quoted an unnamed official as saying the deal was close.');
  const qs = unnamed.get('quotes').filter((q) => q.text.includes('deal was close'));
  assert.equal(qs.length, 1, show(unnamed.get('quotes')));
  assert.equal(qs[0]!.speakerText, 'an unnamed official');
});

test('"State media quoted President Xi Jinping as saying ..." is Xi\'s statement even when the tagger finds no cue', () => {
  const doc = analyze('State media quoted President Xi Jinping as saying China would never accept interference.');
  assert.equal(speakerOf(doc, 'never accept interference'), 'Xi Jinping');
  // (a passive's agent is the outlet, never who spoke)
  const passive = analyze('Museveni was quoted by local press on Tuesday as saying the army was in full force.');
  assert.ok(!passive.get('quotes').some((q) => /^by local press/.test(q.speakerText ?? '')), show(passive.get('quotes')));
});

test('a participle after a sentence opening with a place\'s body: "The Riverside County school board voted ..., citing ..."', () => {
  const doc = analyze('The Riverside County school board voted 5-2 on Tuesday night to close two elementary schools at the end of the year, citing falling enrolment and a $14 million budget gap.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'citing');
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.speakerText, 'The Riverside County school board');
});

test('a subject with a "whose" clause before two coordinated cues is the source of both', () => {
  const doc = analyze('Former prime minister Nawaz Sharif, whose party came second, also claimed victory and said he would seek to form a coalition government.');
  const quotes = doc.get('quotes');
  assert.ok(quotes.length >= 1, show(quotes));
  const names = new Map(doc.get('entities').map((e) => [e.id, e.name]));
  for (const q of quotes) assert.equal(q.speaker && names.get(q.speaker), 'Nawaz Sharif', show(quotes));
});

test('a piece a rule made the source is no part of what the source said: "cautioned that the airline expected ..."', () => {
  const doc = analyze('Qantas reported a profit. But she cautioned that the airline expected its fuel bill to rise by about A$300 million.');
  const expected = doc.get('quotes').filter((q) => q.cue?.text === 'expected');
  assert.ok(!expected.some((q) => q.text === 'the airline'), show(doc.get('quotes')));
});

test('a bill passing a reading or a chamber says nothing', () => {
  const doc = analyze('The bill passed its second reading by 412 votes to 38. The measure passed the Senate on Tuesday.');
  assert.deepEqual(doc.get('quotes').map((q) => q.cue?.text), []);
});

test('an interview laid out as questions and answers without labels: the answers are the interviewee\'s, and stay in the story', () => {
  const doc = analyze("Q&A: Kenya's health minister on the cholera outbreak\n\nHealth Cabinet Secretary Aden Duale spoke to us on Tuesday about the cholera outbreak in Nairobi's informal settlements.\n\nHow serious is the outbreak?\n\nIt is serious but contained. We have recorded 312 cases and four deaths.\n\nWhat do you need from donors?\n\nWe need help with clean water, not only with vaccines.");
  assert.equal(speakerOf(doc, 'serious but contained'), 'Aden Duale');
  assert.equal(speakerOf(doc, 'clean water'), 'Aden Duale');
  assert.deepEqual(doc.get('body').excluded, []);
  // (questions with no announced interview are left alone: a feature asking and answering itself)
  const feature = analyze('Why are prices rising?\n\nEconomists point to energy costs and wages, Ana Ruiz said.\n\nWhat happens next?\n\nThe central bank meets on Thursday.');
  assert.ok(!feature.get('quotes').some((q) => q.cue?.text === '?'), show(feature.get('quotes')));
});

test('a quotation inside a sentence that opens with another person is not the last speaker\'s: "Software chief Craig Federighi demonstrated ..."', () => {
  const doc = analyze('"This is the biggest leap forward for iPhone in years," chief executive Tim Cook told an audience. Software chief Craig Federighi demonstrated an assistant that could "understand what you mean, not just what you say".');
  assert.notEqual(speakerOf(doc, 'understand what you mean'), 'Tim Cook');
});

test('a relative pronoun alone is no content: "the young protesters, whom he called “patriotic”"', () => {
  const doc = analyze('President William Ruto said on Sunday he was ready to talk to the young protesters, whom he called "patriotic".');
  assert.ok(!doc.get('quotes').some((q) => q.text.trim() === 'whom'), show(doc.get('quotes')));
});

test('a subject with a relative clause before "expressed": "Japan and the United States, which has a treaty ..., expressed concern"', () => {
  const doc = analyze('Japan and the United States, which has a mutual defence treaty with the Philippines, expressed concern.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'expressed');
  assert.equal(q?.speakerText, 'Japan and the United States', show(doc.get('quotes')));
});

test('"..., the iPhone maker said" is the company opening the sentence, not one named in an earlier paragraph', () => {
  const doc = analyze('Carlsberg Group will cut about 900 jobs, the Danish brewer said on Wednesday.\n\nApple Inc will cut 600 jobs in California, the iPhone maker said.');
  assert.equal(speakerOf(doc, '600 jobs'), 'Apple Inc');
  assert.equal(speakerOf(doc, '900 jobs'), 'Carlsberg Group');
});

test('"says with a laugh": the manner is neither cue nor content', () => {
  const doc = analyze('"Dad thinks I will sell the moment he retires," the 28-year-old says with a laugh.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text === 'a laugh'), show(quotes));
  assert.ok(quotes.some((q) => q.cue?.text === 'says' && q.text.includes('Dad thinks')), show(quotes));
});

test('"Most economists polled by Reuters expect ...": those polled hold the view, the pollster does not', () => {
  const doc = analyze('Most economists polled by Reuters expect the Bank to cut rates in August.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'expect');
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.speaker, null);
  assert.equal(q.speakerText, 'Most economists polled by Reuters');
  assert.equal(q.text, 'the Bank to cut rates in August');
});

test('"he said no": the answer is what was said, not the clause of time before it', () => {
  const doc = analyze('When a developer offered him 3 million zlotys last spring, he said no.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'said');
  assert.equal(q?.text, 'no', show(doc.get('quotes')));
});

test('an inverted cue closing the sentence whose only piece was its own source reports the clause before the comma', () => {
  const doc = analyze('However, debates in and of themselves are not likely to alter the campaign, noted NBC’s Dante Chinni.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'noted');
  assert.ok(q, show(doc.get('quotes')));
  assert.match(q.text, /not likely to alter the campaign$/);
  assert.ok(!q.text.includes('Chinni'));
});

test('a participle after a sentence opened by an unnamed judge or body is theirs: "A federal judge ... blocked a law ..., ruling that ..."', () => {
  const doc = analyze('AUSTIN, Texas — A federal judge on Friday blocked a Texas law that would have required social media companies to verify the ages of users, ruling that it likely violated the First Amendment.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'ruling');
  assert.equal(q?.speakerText, 'A federal judge', show(doc.get('quotes')));
});

test('"in his ruling that ...": the possessive owning the noun of speech is who spoke', () => {
  const doc = analyze('U.S. District Judge Robert Pitman wrote in his ruling that the law was "not narrowly tailored" and would chill the speech of adults.');
  const names = new Map(doc.get('entities').map((e) => [e.id, e.name]));
  const qs = doc.get('quotes').filter((x) => x.text.includes('narrowly tailored'));
  assert.ok(qs.length, show(doc.get('quotes')));
  for (const q of qs) assert.equal(q.speaker && names.get(q.speaker), 'Robert Pitman', show(qs));
  // (a possessive cut from a longer source stays no one's: "[Her] colleagues call her ...")
  const cut = analyze('Maria Lopez runs the clinic. Her colleagues call her "the engine of the place".');
  assert.notEqual(speakerOf(cut, 'engine of the place'), 'Maria Lopez');
});

test('"the company" after a regulator\'s documents is not the regulator', () => {
  const doc = analyze('Tesla is recalling more than 2 million vehicles, according to documents posted on Wednesday by the National Highway Traffic Safety Administration.\n\nThe company said in the documents that it disagreed with the analysis.');
  const q = doc.get('quotes').find((x) => x.text.includes('disagreed'));
  assert.ok(q, show(doc.get('quotes')));
  assert.notEqual(speakerOf(doc, 'disagreed'), 'National Highway Traffic Safety Administration');
  // ("in the documents" is the channel, not part of what was said)
  assert.equal(q.text, 'that it disagreed with the analysis');
});

test('a piece inside an opening "Asked about ..." clause is the question\'s topic, not the answer', () => {
  const doc = analyze('Asked about the doping case that hangs over him, Sinner said he was trying not to think about it.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.includes('hangs over him')), show(quotes));
  assert.ok(quotes.some((q) => q.text === 'he was trying not to think about it'), show(quotes));
});

test('"It asked ..." opening the sentence after a body spoke is that body; an expletive "it seemed" is no one', () => {
  const doc = analyze('The industry ministry said reserve capacity would fall to 3% in the late afternoon. It asked people to turn off unnecessary lights.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'asked');
  assert.equal(q?.speakerText, 'The industry ministry', show(doc.get('quotes')));
  const expletive = analyze('The minister visited the site on Monday. It seemed a task impossible for anybody.');
  assert.ok(!expletive.get('quotes').some((x) => x.cue?.text === 'seemed' && x.speakerText), show(expletive.get('quotes')));
});

test('a participle clause after an apposed name keeps the name the speaker: "said their mother, Fatima Begum, sobbing outside the hospital"', () => {
  const doc = analyze('"My sons went to celebrate and came home in coffins," said their mother, Fatima Begum, sobbing outside the hospital.');
  assert.equal(speakerOf(doc, 'came home in coffins'), 'Fatima Begum');
});

test('"..., which he has dismissed": a pronoun in a relative clause goes back to its sentence\'s subject, not the last speaker', () => {
  const doc = analyze('"The verdict is hard to accept," party spokesman Shin Dong-wook said in a statement.\n\nLee Jae-myung still faces four other trials, including one on bribery charges, which he has dismissed as politically motivated.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'has dismissed');
  assert.ok(q, show(doc.get('quotes')));
  assert.notEqual(q.speaker && doc.get('entities').find((e) => e.id === q.speaker)?.name, 'Shin Dong-wook');
});

test('an auxiliary ending the tagged source belongs to the cue: "the lower court had wrongly found"', () => {
  const doc = analyze('The Seoul High Court said the lower court had wrongly found that Lee made false statements during the campaign.');
  const q = doc.get('quotes').find((x) => x.cue?.text.endsWith('found'));
  assert.ok(q, show(doc.get('quotes')));
  assert.ok(!/\bhad$/.test(q.speakerText ?? ''), show(doc.get('quotes')));
});

test('a noun the tagger read as a cue, subject of the verb after it, reports nothing: "the union\'s demands were unaffordable"', () => {
  const doc = analyze('Health Secretary Steve Barclay said the union\'s demands were "unaffordable". Friday\'s talks were adjourned.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.cue?.text === 'demands' || q.cue?.text === 'talks'), show(quotes));
  assert.ok(quotes.some((q) => q.cue?.text === 'said' && q.text.includes('demands were')), show(quotes));
  // (a verb whose subject a relative clause gaps still reports: "which doctors say was caused by")
  const gapped = analyze('He was treated for a stroke, which doctors say was caused by a minor vascular incident.');
  assert.ok(gapped.get('quotes').some((q) => q.cue?.text === 'say'), show(gapped.get('quotes')));
});

test('how soon something was said is no content: "responded on X within minutes"', () => {
  const doc = analyze('Netanyahu responded on X within minutes.');
  assert.deepEqual(doc.get('quotes').map((q) => q.text), []);
});

test('a piece ending on the preposition of a time left out ends before it', () => {
  const doc = analyze('Benny Gantz, a centrist member of the war cabinet, announced his resignation from the government on Sunday, accusing Netanyahu of mismanaging the war.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'announced');
  assert.equal(q?.text, 'his resignation from the government', show(doc.get('quotes')));
});

test('"..., diplomats said." reports the whole clause before it, a scare quote inside included', () => {
  const doc = analyze('BRUSSELS — European Union leaders agreed on Thursday to impose a 17th package of sanctions on Russia, targeting its "shadow fleet" of oil tankers, diplomats said.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'said');
  assert.ok(q?.text.startsWith('European Union leaders agreed'), show(doc.get('quotes')));
});

test('"did not confirm the deal but wrote on Facebook that ...": the object before "but" is no part of what was written', () => {
  const doc = analyze('Hungarian Foreign Minister Peter Szijjarto did not confirm the deal but wrote on Facebook that Hungary had "protected its energy security".');
  const quotes = doc.get('quotes').filter((x) => x.cue?.text.startsWith('wrote'));
  assert.ok(quotes.length, show(doc.get('quotes')));
  assert.ok(!quotes.some((q) => /but$/.test(q.text)), show(quotes));
});

test('"according to the consortium that runs them": the relative clause closing the sentence is the source\'s, not what was said', () => {
  const doc = analyze('The barriers have since protected the city from dozens of floods, according to the consortium that runs them.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text === 'that runs them'), show(quotes));
  assert.equal(quotes.find((q) => q.cue?.text === 'according to')?.speakerText, 'the consortium that runs them', show(quotes));
});

test('"puts it bluntly" before a quotation with its own attribution says nothing itself', () => {
  const doc = analyze('Jane da Mosto, who leads the campaign group, puts it bluntly. "We are saving the city and killing the lagoon," she said.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text === 'it bluntly'), show(quotes));
  assert.equal(speakerOf(doc, 'killing the lagoon'), 'Jane da Mosto');
});

test('a source the tagger began inside a list of places takes in the noun the list hangs on: "Trials in Britain, Iceland and Spain found"', () => {
  const doc = analyze('Trials in Britain, Iceland and Spain found that productivity held steady while sick days fell, the researchers behind them reported.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'found');
  assert.equal(q?.speakerText, 'Trials in Britain, Iceland and Spain', show(doc.get('quotes')));
});

test('a piece inside a relative clause the tagger ran the source into is no content: "Lindner, whose Free Democrats had resisted ..., said"', () => {
  const doc = analyze('BERLIN — German Chancellor Olaf Scholz fired his finance minister, Christian Lindner, on Wednesday, bringing down his three-party coalition.\n\nLindner, whose Free Democrats had resisted Scholz\'s plans to loosen borrowing rules, said the chancellor had demanded that he break the constitution. "I could not accept that," Lindner said.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.startsWith("Scholz's plans")), show(quotes));
  assert.ok(quotes.some((q) => q.text.startsWith('the chancellor had demanded')), show(quotes));
});

test('`told CNN\'s "State of the Union"`: a quoted programme title is no quotation of the speaker', () => {
  const doc = analyze('"We have to meet people where they are," Klobuchar told CNN\'s "State of the Union". "That means talking about prices."');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.text.includes('State of the Union')), show(quotes));
});

test('"rejected calls for ...": calls the subject rejected are not the subject\'s own', () => {
  const doc = analyze('Klobuchar said on Sunday that Democrats needed to listen, but rejected calls for the leadership to step aside.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'calls for');
  assert.ok(!q || (q.speaker === null && q.speakerText !== 'rejected'), show(doc.get('quotes')));
});

test('"..., a turnout critics said showed public rejection": the noun the reduced relative hangs on is what the critics spoke of', () => {
  const doc = analyze('Only about 13% of eligible voters took part in the election on Sunday, according to preliminary figures, a turnout critics said showed public rejection of the overhaul.');
  const said = doc.get('quotes').filter((x) => x.cue?.text === 'said');
  assert.ok(said.length, show(doc.get('quotes')));
  for (const q of said) assert.equal(q.speakerText, 'critics', show(said));
  assert.ok(!said.some((q) => q.text.startsWith('Only about 13%')), show(said));
});

test('"..., the club announced" is the club opening the sentence; an expletive "It is understood" names no source', () => {
  const doc = analyze('Chelsea have sacked manager Enzo Maresca after a run of one win in seven games, the club announced on Thursday. It is understood that assistant coach Willy Caballero will take charge on Saturday.');
  assert.equal(speakerOf(doc, 'sacked manager'), 'Chelsea');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'is understood');
  assert.ok(!q || q.speakerText !== 'It', show(doc.get('quotes')));
});

test('a headline\'s question word alone is no content: "What the candidates said at the debate"', () => {
  const doc = analyze('What the candidates said at the debate\n\nIncumbent Sarah Kim said her administration had built 12,000 affordable homes.');
  assert.ok(!doc.get('quotes').some((q) => q.text === 'What'), show(doc.get('quotes')));
});

test('"through his lawyer", "through a spokesperson": the go-between is the channel, never what was said', () => {
  const doc = analyze('Rafael Mendes, 61, denied the charges through his lawyer. His party said through a spokesperson that it had suspended his membership.');
  const quotes = doc.get('quotes');
  assert.equal(quotes.find((q) => q.cue?.text === 'denied')?.text, 'the charges', show(quotes));
  assert.equal(quotes.find((q) => q.cue?.text === 'said')?.channel, 'through a spokesperson', show(quotes));
});

test('"called off a strike" says nothing; "Patients who had been turned away ... expressed relief" are the patients', () => {
  const doc = analyze('Kenyan doctors on Wednesday called off a 56-day strike that paralysed public hospitals.\n\nPatients who had been turned away during the strike expressed relief.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => q.cue?.text === 'called'), show(quotes));
  assert.equal(quotes.find((q) => q.cue?.text === 'expressed')?.speakerText, 'Patients', show(quotes));
});

test('a place modifying an unnamed source with a relative clause is not the speaker: "The US lawmaker who called for a pullout said"', () => {
  const doc = analyze('The US lawmaker who called for a pullout said he believed the administration was coming around.');
  const q = doc.get('quotes').find((x) => x.cue?.text === 'said');
  assert.ok(q, show(doc.get('quotes')));
  assert.equal(q.speaker, null);
  assert.ok(!doc.get('quotes').some((x) => x.text === 'a'), show(doc.get('quotes')));
});

test('"A heavy snow storm claimed two lives": a death toll is nothing claimed', () => {
  const doc = analyze('A heavy snow storm claimed two lives on Sunday at a mountain pass in Kashmir, police said.');
  assert.ok(!doc.get('quotes').some((q) => q.cue?.text === 'claimed'), show(doc.get('quotes')));
});

test('"X made the remarks" after an unattributed statement: the statement is X\'s', () => {
  const doc = analyze('China will train 15,000 African professionals and set up 10 centers in Africa in the next three years.\n\nChinese President Hu Jintao made the remarks here Saturday when addressing the opening ceremony of the summit.');
  assert.equal(speakerOf(doc, 'train 15,000'), 'Hu Jintao');
  // (not after a description, which may point back to a sentence about the person)
  const described = analyze('Assistant Secretary of State Richard Boucher made the assurance during a meeting with the prime minister.\n\nThe senior U.S. official made the comments in a bid to quell misapprehensions.');
  assert.ok(!described.get('quotes').some((q) => q.cue?.text === 'made the comments'), show(described.get('quotes')));
});

test('"said Fontana Mayor Mark Nuaimi": the place of the office is not the speaker, even typed a person', () => {
  const doc = analyze('No damage to the homes was reported, said Fontana Mayor Mark Nuaimi.');
  assert.equal(speakerOf(doc, 'No damage'), 'Mark Nuaimi');
});

test('an apposed name followed by a relative clause is the speaker, not the place in the description: "the mufti of Istanbul, Mustafa Cagrici, who was ..."', () => {
  const doc = analyze('The moment was "even more meaningful than an apology," said the mufti of Istanbul, Mustafa Cagrici, who was the pope\'s guide during the mosque visit.');
  assert.equal(speakerOf(doc, 'meaningful than an apology'), 'Mustafa Cagrici');
});

test('a quotation mark alone is no content; "known as" names, nothing said', () => {
  const doc = analyze('Rubin added that he had raised impediments. "He said has discussed those with the prime minister and he is trying to work on those."\n\nThe river, popularly known as the Volga, froze.');
  const quotes = doc.get('quotes');
  assert.ok(!quotes.some((q) => /^["“”]$/.test(q.text.trim())), show(quotes));
  assert.ok(!quotes.some((q) => q.cue?.text.endsWith('known as')), show(quotes));
});

test('"Police Chief Daniel Ortiz", "Police spokeswoman Resila Onyango": a title of the force before a name names someone', () => {
  const doc = analyze('"We take every threat seriously," Police Chief Daniel Ortiz told reporters. Police spokeswoman Resila Onyango said officers had exercised restraint. A police spokesman said two men were held.');
  assert.equal(speakerOf(doc, 'every threat'), 'Daniel Ortiz');
  assert.equal(speakerOf(doc, 'exercised restraint'), 'Resila Onyango');
  assert.equal(speakerOf(doc, 'two men were held'), null);
  // (a place after the title is no name: "police chief of Kirkuk City")
  const place = analyze('"A suicide bomber threw himself at the convoy," police chief of Kirkuk City told AFP.');
  assert.equal(speakerOf(place, 'suicide bomber'), null);
});

test('"Taylor Swift\'s new album ..., the company said": a possessor is no company, and the company is not her', () => {
  const doc = analyze("Taylor Swift's new album was streamed more than 300 million times in its first day, the company said on Saturday.\n\n\"I am speechless,\" Swift wrote on Instagram.");
  assert.notEqual(speakerOf(doc, 'streamed more than'), 'Taylor Swift');
  assert.equal(doc.get('entities').find((e) => e.name === 'Taylor Swift')?.type, 'PERSON');
});

test('a piece before ", while SOURCE said" is the clause before\'s: "The Guardian called the album “her most daring yet”, while Pitchfork said ..."', () => {
  const doc = analyze('The Guardian called the album "her most daring yet", while Pitchfork said it sounded "rushed".');
  const said = doc.get('quotes').filter((q) => q.cue?.text === 'said');
  assert.ok(said.length, show(doc.get('quotes')));
  assert.ok(!said.some((q) => q.text.includes('most daring')), show(said));
});

test('a source the tagger began inside a relative clause on a possessive subject is that whole subject: "Israel\'s military body that coordinates aid, COGAT, said"', () => {
  const doc = analyze("Israel's military body that coordinates aid, COGAT, said it was not limiting the entry of aid.");
  const q = doc.get('quotes').find((x) => x.cue?.text === 'said');
  assert.ok(q?.sourceSpan?.text.startsWith("Israel's military body"), show(doc.get('quotes')));
  // (a clause is no subject: "The newspaper added that many returning pilgrims also accused ...")
  const clause = analyze('The newspaper added that many returning pilgrims also accused their guides of "fleecing" them.');
  assert.ok(!clause.get('quotes').some((x) => x.sourceSpan?.text.startsWith('The newspaper added')), show(clause.get('quotes')));
});

test('"made" reports only speech that is made: "The Pentagon made the tentative plan" says nothing', () => {
  const doc = analyze('The Pentagon made the tentative plan based on the assumption that there would be no surprises, The Washington Post reported.');
  assert.ok(!doc.get('quotes').some((q) => q.cue?.text === 'made'), show(doc.get('quotes')));
});

test('a place opening a longer name the entities missed is not the speaker: "The Kenya Private Sector Alliance warned"', () => {
  const doc = analyze('The Kenya Private Sector Alliance warned that the new taxes would hurt small businesses.');
  assert.notEqual(speakerOf(doc, 'hurt small businesses'), 'Kenya');
});
