/** Rules found by reading the events and stances of probe articles (session 16, helper round). Every sentence is written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';

const PUB = '2026-03-04';
const partsOf = (a: ReturnType<typeof run>, e: { participants: readonly string[] }) => e.participants.map((p) => nameOf(a, p));
const typesOf = (a: ReturnType<typeof run>) => a.events.map((e) => e.type);

test('a capitalised word the entity layer names is no verb: "LONDON (Wire) - Shell agreed on Monday to buy ..."', () => {
  const a = run('LONDON (Wire) - Shell agreed on Monday to buy a Dutch wind developer, the group said.', PUB);
  assert.ok(!typesOf(a).includes('FIGHT'), JSON.stringify(a.events.map((e) => e.text)));
  assert.deepEqual(partsOf(a, ev(a, 'agreed')), ['Shell']);
  // the verb in lower case still shells
  assert.ok(typesOf(run('Rebel forces shell the town every night, residents said.', PUB)).includes('FIGHT'));
});

test('a clause with a named subject of its own after ", and" is no part of a report: "..., and Spain has criticised the measures"', () => {
  const a = run('The European Union said last week it would not follow the American lead, and Spain has criticised the measures.', PUB);
  assert.equal(ev(a, 'criticised').attributedTo, null);
  const b = run('Officials said the talks had ended, and Brazil condemned the attack on Monday.', PUB);
  assert.equal(ev(b, 'condemned').attributedTo, null);
  // a backshifted clause stays in the report
  const c = run('The ministry said the army had withdrawn, and the rebels had released the hostages.', PUB);
  assert.equal(ev(c, 'released').attributedTo !== null, true);
});

test('"spoke with X by phone" is a call: "spoke with U.S. envoy Steve Witkoff by phone on Tuesday"', () => {
  const a = run('Prime Minister Omar Haddad spoke with U.S. envoy Steve Witkoff by phone on Tuesday, his office said.', PUB);
  const call = ev(a, 'spoke');
  assert.equal(call.type, 'CALL');
  assert.deepEqual(partsOf(a, call).sort(), ['Omar Haddad', 'Steve Witkoff']);
  assert.equal(ev(run('She talked to Emmanuel Macron by telephone on Friday.', PUB), 'talked').type, 'CALL');
  // no phone, no call
  assert.ok(!typesOf(run('Omar Haddad spoke with reporters in Geneva on Tuesday.', PUB)).includes('CALL'));
});

test('what talks are about is not done by talking: "held talks on extending the ceasefire"', () => {
  const a = run('Egyptian and Qatari mediators held talks with Hamas in Cairo on Monday on extending the ceasefire in Gaza.', PUB);
  assert.equal(ev(a, 'extending').status, 'hypothetical');
  assert.equal(ev(a, 'held talks').status, 'occurred');
  assert.equal(ev(run('The two governments discussed lifting the sanctions on Friday.', PUB), 'lifting').status, 'hypothetical');
  // an act in -ing told as done stays done
  assert.equal(ev(run('The army ended the siege on Monday after extending the ceasefire twice.', PUB), 'extending').status, 'occurred');
});

test('a right to act is no act: "respect the right to protest"', () => {
  const a = run('The Commission urged Belgrade to respect the right to protest.', PUB);
  assert.ok(!typesOf(a).includes('PROTEST'), JSON.stringify(a.events.map((e) => e.text)));
  assert.ok(!typesOf(run('The court upheld the workers\' right to strike.', PUB)).includes('PROTEST'));
  assert.ok(typesOf(run('The workers threatened to strike on Monday.', PUB)).includes('PROTEST'));
});

test('those who charge may have a place after them: "Prosecutors in Novi Sad have charged 13 people over the collapse"', () => {
  assert.equal(ev(run('Prosecutors in Novi Sad have charged 13 people over the collapse.', PUB), 'charged').type, 'ARREST');
  assert.equal(ev(run('Police in Kisumu charged two men over the killing of a journalist.', PUB), 'charged').type, 'ARREST');
});

test('a gathering for a meeting is the meeting: "will gather in Cairo on Tuesday for a summit"', () => {
  const a = run('Arab leaders will gather in Cairo on Tuesday for a summit on the reconstruction plan.', PUB);
  const m = ev(a, 'gather');
  assert.equal(m.type, 'MEET');
  assert.equal(m.status, 'scheduled');
  assert.equal(nameOf(a, m.place), 'Cairo');
  // a crowd gathering is no meeting
  assert.ok(!typesOf(run('Protesters gathered outside parliament on Monday.', PUB)).includes('MEET'));
});

test('an arrest warrant orders an arrest not yet made: "faces an arrest warrant", "issued an arrest warrant"', () => {
  assert.equal(ev(run('Morales faces an arrest warrant over the allegations.', PUB), 'arrest').status, 'hypothetical');
  assert.equal(ev(run('A judge issued an arrest warrant for the former minister on Monday.', PUB), 'arrest').status, 'hypothetical');
  assert.equal(ev(run('Police arrested the former minister on Monday.', PUB), 'arrested').status, 'occurred');
});

test('a past verb after "and" goes with the verb governing an infinitive: "refused to begin negotiations ... and halted the entry of aid into Gaza on Sunday"', () => {
  const a = run('Israel has refused to begin negotiations on the second phase and halted the entry of aid into Gaza on Sunday.', PUB);
  const m = ev(a, 'negotiations');
  assert.deepEqual(partsOf(a, m), ['Israel']);
  assert.equal(m.time, null);
  assert.equal(m.status, 'negated');
});

test('a disaster named by "the collapse of ..." that kills is no assault', () => {
  const a = run('Students marched on Saturday, demanding justice for the collapse of a railway station canopy in Novi Sad that killed 15 people.', PUB);
  assert.ok(!typesOf(a).includes('ASSAULT'), JSON.stringify(a.events.map((e) => e.text)));
  assert.ok(typesOf(run('The leader of a militia that killed 15 people was arrested on Monday.', PUB)).includes('ASSAULT'));
});

const stancesOf = (a: ReturnType<typeof run>) => a.stances.map((s) => `${nameOf(a, s.holder)} ${s.polarity} ${s.issue}`).sort();

test('stances: each name of a coordinated source holds a praise: "France and the European Union also praised the deal"', () => {
  assert.deepEqual(stancesOf(run('France and the European Union also praised the deal.', PUB)), ['European Union support deal', 'France support deal']);
  assert.deepEqual(stancesOf(run('Egypt, Qatar and Jordan welcomed the truce on Monday.', PUB)), ['Egypt support truce', 'Jordan support truce', 'Qatar support truce']);
  // one name, one holder
  assert.deepEqual(stancesOf(run('France praised the deal.', PUB)), ['France support deal']);
});

test('stances: a speaker who says it welcomed a measure supports it: "Russia said it welcomed the agreement"', () => {
  assert.deepEqual(stancesOf(run('Russia said it welcomed the agreement.', PUB)), ['Russia support agreement']);
  assert.deepEqual(stancesOf(run('Iran said on Monday it had welcomed the ceasefire.', PUB)), ['Iran support ceasefire']);
  // a person welcomed is no issue
  assert.deepEqual(stancesOf(run('Russia said it welcomed Smith.', PUB)), []);
});

test('a live blog\'s time stamp is no part of a source: "12:05 - Aid agencies said ..."', () => {
  const a = run('12:05 - Aid agencies said fighting in El Fasher killed at least 40 civilians on Tuesday.', PUB);
  assert.equal(a.events[0]!.attributedTo, 'unnamed: Aid agencies');
  assert.equal(ev(run('Rescue workers said police arrested two looters on Monday.', PUB), 'arrested').attributedTo, 'unnamed: Rescue workers');
});

test('a relative "that" inside a reported clause opens no report: "said last year it would sue any institution that seized its assets"', () => {
  const a = run("Russia's central bank said last year it would sue any Western institution that seized its assets.", PUB);
  const sue = ev(a, 'sue');
  assert.equal(sue.attributedTo !== null, true);
  assert.equal(sue.time, null);
  assert.equal(sue.status, 'scheduled');
});

test('a past verb shares no adjunct of a verb under a modal before it: "said she would travel to Oaxaca on Thursday and ordered the army to deploy"', () => {
  const a = run('President Claudia Sheinbaum said she would travel to Oaxaca on Thursday and ordered the army to deploy troops to the region.', PUB);
  assert.equal(ev(a, 'travel').time !== null, true);
  assert.equal(ev(a, 'ordered').time, null);
  assert.equal(ev(a, 'ordered').place, null);
  // verbs of one tense share them
  const b = run('The ministers met in Rome on Monday and called on the rebels to disarm.', PUB);
  assert.equal(ev(b, 'called on').time !== null, true);
});

test('an indefinite event noun before a modal of possibility is supposed: "an attack would trigger a regional war"', () => {
  assert.equal(ev(run('An attack would trigger a regional war, the minister warned.', PUB), 'attack').status, 'hypothetical');
  assert.equal(ev(run('Analysts said a long strike could push copper prices higher.', PUB), 'strike').status, 'hypothetical');
  // a definite one took place
  const a = run('Gunmen attacked three hotels in Amman on Wednesday. The minister said that the attacks would not prevent him from visiting Jordan.', PUB);
  assert.equal(a.events.filter((e) => e.type === 'ASSAULT').every((e) => e.status === 'occurred'), true);
});

test('", while" with a named subject of its own opens the article\'s clause: "..., while the European Union urged Pakistan"', () => {
  const a = run('The United States said it was following the case closely, while the European Union urged Pakistan to ensure a fair trial.', PUB);
  assert.equal(ev(a, 'urged').attributedTo, null);
});

test('an appeal to a named court is a legal appeal, no appeal between actors: "would appeal to the Islamabad High Court"', () => {
  assert.ok(!typesOf(run('His lawyers said they would appeal to the Islamabad High Court this week.', PUB)).includes('APPEAL'));
  assert.equal(ev(run('The minister appealed to the United Nations for aid.', PUB), 'appealed').type, 'APPEAL');
});

test('a market\'s demand is no demand made: "after record demand", "on strong demand from China"', () => {
  assert.deepEqual(typesOf(run('Organisers capped entries at 30,000 runners after record demand.', PUB)), []);
  assert.deepEqual(typesOf(run('Copper rose on strong demand from China.', PUB)), []);
  assert.equal(ev(run('Workers demand higher pay.', PUB), 'demand').type, 'DEMAND');
});

test('the state after a town is part of the place, no party: "met in Belem, Brazil, on Monday"', () => {
  const a = run('The two presidents met in Belem, Brazil, on Monday.', PUB);
  assert.deepEqual(partsOf(a, ev(a, 'met')), []);
  assert.equal(nameOf(a, ev(a, 'met').place), 'Belem');
  const b = run('The summit was held in Da Nang, Vietnam, last year.', PUB);
  assert.deepEqual(partsOf(b, ev(b, 'summit')), []);
  // an attack in a country is coded against it: the state stays
  const d = run('Gunmen attacked a camp in Helmand Province, Afghanistan, on Friday.', PUB);
  assert.ok(partsOf(d, ev(d, 'attacked')).includes('Afghanistan'));
  // a name after a fronted place is the subject
  const c = run('At the summit in Helsinki, Russia agreed to phase out the charges.', PUB);
  assert.deepEqual(partsOf(c, ev(c, 'agreed')), ['Russia']);
});

test('an apposition with "such" names the kind of the event told, no new one: "..., the third such attack in three days"', () => {
  const a = run('Attackers exploded a bomb in a market in Addis Ababa on Monday, the third such attack in three days, witnesses said.', PUB);
  assert.equal(a.events.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(a.events.map((e) => e.text)));
  // "such" opening a clause's subject tells of events of their own
  assert.equal(ev(run('The first such talks took place in Berlin last April.', PUB), 'talks').type, 'MEET');
});

test('a strike carried out is an armed one: "denied that it had carried out the strike"', () => {
  assert.equal(ev(run('The United States denied that it had carried out the strike.', PUB), 'strike').type, 'ASSAULT');
  assert.equal(ev(run('Prisoners carried out a hunger strike in March.', PUB), 'strike').type, 'PROTEST');
  assert.equal(ev(run('More than 10,000 teachers launched their strike on Monday.', PUB), 'strike').type, 'PROTEST');
});

test('a time between a verb of deciding and the "to" of the act dates the decision: "agreed on Sunday to resume talks"', () => {
  const a = run('China and South Korea agreed on Sunday to resume trilateral talks with Japan.', PUB);
  assert.equal(ev(a, 'agreed').time !== null, true);
  assert.equal(ev(a, 'resume').time, null);
  assert.equal(ev(run('The rebels agreed last week to release the hostages.', PUB), 'release').time, null);
  // a vote to elect elects by that vote
  const b = run('Chechens voted on Sunday to elect a new parliament.', PUB);
  assert.equal(b.events.find((e) => e.type === 'ELECTION')?.time !== null, true);
});

test('a name put down is no agreement: "signed a petition against it", "signed autographs"', () => {
  assert.deepEqual(typesOf(run('More than 4,000 people signed a petition against the closures last month.', PUB)), []);
  assert.deepEqual(typesOf(run('The astronauts shook hands with fans and signed autographs.', PUB)).filter((t) => t === 'AGREE'), []);
  assert.equal(ev(run('The two countries signed a trade agreement on Monday.', PUB), 'signed').type, 'AGREE');
});

test('a second "that" after "and" leaves the first half of the content reported: "said Indian troops had opened fire first and that it had responded"', () => {
  const a = run("Pakistan's military said Indian troops had opened fire first and that it had responded.", PUB);
  assert.equal(ev(a, 'opened fire').attributedTo !== null, true);
});

test('a participle with its agent after a place phrase is a reduced relative: "Talks in Jeddah brokered by Saudi Arabia and the United States collapsed"', () => {
  const a = run('Talks in Jeddah brokered by Saudi Arabia and the United States collapsed last year.', PUB);
  const m = ev(a, 'Talks');
  assert.equal(m.type, 'MEET');
  assert.equal(nameOf(a, m.place), 'Jeddah');
});

// Session 16, second round (helper)

test('stances: a bare "back" after a coordinated subject, a modal or "to" is the verb of backing: "Poland and Lithuania back tougher sanctions"', () => {
  assert.deepEqual(stancesOf(run('Poland and Lithuania back tougher sanctions on Russia, diplomats said.', PUB)), ['Lithuania support sanctions on russia', 'Poland support sanctions on russia']);
  assert.deepEqual(stancesOf(run('The Greens said they would back the carbon tax.', PUB)).length, 1);
  // the adverb and the particle take no side
  assert.deepEqual(stancesOf(run('The rebels came back the next day and Poland and Lithuania back down.', PUB)), []);
  assert.deepEqual(stancesOf(run('Kenya won back to back titles in the relay.', PUB)), []);
  assert.deepEqual(stancesOf(run('Prosecutors had insufficient evidence to back the charges against Britain.', PUB)), []);
});

test('stances: a refusal to back is opposition: "Spain refused to support the motion"', () => {
  assert.deepEqual(stancesOf(run('Spain refused to support an EU motion condemning the crackdown.', PUB)).map((s) => s.split(' ')[1]), ['oppose']);
  assert.deepEqual(stancesOf(run('Hungary declined to endorse the enlargement treaty.', PUB)).map((s) => s.split(' ')[1]), ['oppose']);
});

test('who orders an inquiry opens it: "President Ruto ordered an inquiry into the deaths" (INVESTIGATE 090)', () => {
  const a = run('Kenyan President William Ruto ordered an inquiry on Tuesday into the deaths of 14 protesters.', PUB);
  const e = ev(a, 'ordered an inquiry');
  assert.equal(e.type, 'INVESTIGATE');
  assert.deepEqual(partsOf(a, e), ['William Ruto']);
  // an order of anything else is no event of that kind yet
  assert.ok(!typesOf(run('The army ordered an attack on the town.', PUB)).includes('INVESTIGATE'));
  assert.ok(!typesOf(run('The court ordered a new trial for the men.', PUB)).includes('MEET'));
});

test('the leader after "supporters of" is whom they follow, not who acts: "Supporters of Evo Morales blocked roads"', () => {
  const a = run('LA PAZ (Wire) - Supporters of Evo Morales blocked roads across Bolivia on Monday.', PUB);
  assert.deepEqual(partsOf(a, ev(a, 'blocked')), []);
  const b = run('Thousands of followers of the cleric Moqtada al-Sadr protested in Baghdad on Friday.', PUB);
  assert.deepEqual(partsOf(b, ev(b, 'protested')), []);
  const d = run('Supporters of Morales and Arce clashed in El Alto on Sunday.', PUB);
  assert.deepEqual(partsOf(d, ev(d, 'clashed')), []);
  const f = run('Colombian President Gustavo Petro spoke on Friday. Supporters of the president marched in Bogota on Saturday.', PUB);
  assert.deepEqual(partsOf(f, ev(f, 'marched')), []);
  // a member of a party acts for it
  const e = run('Members and supporters of the Workers Party protested in Brasilia on Friday.', PUB);
  assert.deepEqual(partsOf(e, ev(e, 'protested')), ['Workers Party']);
  const c = run('Members of the Workers Party protested in Brasilia on Friday.', PUB);
  assert.deepEqual(partsOf(c, ev(c, 'protested')), ['Workers Party']);
});
