/** Which words are events, of what type and status: nouns spelled like verbs, accidents, announcements. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, run } from './testing.js';

const types = (text: string) => run(text).events.map((e) => [e.type, e.text]);

test('"rejected calls for talks", "growing calls for": a plural noun after a verb or a participle is no appeal', () => {
  // (the dismissal itself is a rejection, since session 8)
  assert.deepEqual(types('Moscow dismissed calls for a ceasefire on Tuesday.').filter(([t]) => t === 'APPEAL'), []);
  assert.deepEqual(types('There are mounting calls for an inquiry into the deaths.'), []);
  assert.equal(ev(run('The senator calls for calm.'), 'calls for').type, 'APPEAL');
});

test('an event noun takes no predicate across "if"/"when": "did not rule out more strikes if the talks collapse"', () => {
  const a = run('Farmers did not rule out further protests if the harvest season begins without aid.');
  assert.deepEqual(a.events.filter((e) => e.text.includes(' if ')).map((e) => e.text), []);
  assert.equal(ev(run('Protests continued when the results were announced.'), 'Protests').text, 'Protests continued');
});

test('a superlative before a noun-verb makes it the noun: "the largest protest the country has seen"', () => {
  assert.deepEqual(types('It was the largest protest the region had seen since 1989.'), []);
});

test('a structure giving way kills in no attack: "the collapse of a bridge killed 43 people"', () => {
  assert.deepEqual(types('The collapse of a bridge in Genoa killed 43 people.'), []);
  assert.deepEqual(types('A stampede at the stadium killed nine fans.'), []);
});

test('"announced a strike for Wednesday": an announced walkout, meeting or vote is ahead, unless its date has passed', () => {
  assert.equal(ev(run('Dockers announced a national strike for Wednesday.', '2026-11-20'), 'strike').status, 'scheduled');
  assert.equal(ev(run('The president called a summit of regional leaders.', '2026-11-20'), 'summit').status, 'scheduled');
  assert.equal(ev(run('The unions called a general strike on Monday that paralysed the country.', '2026-11-20'), 'strike').status, 'occurred');
});

test('"summoned the envoy to protest the detention": the purpose of a formal protest is no second, street protest', () => {
  const a = run('Lithuania summoned the Chinese envoy on Monday to protest the detention of its citizens.');
  assert.deepEqual(a.events.map((e) => e.type), ['CRITICIZE']);
});

test('"freed 12 prisoners" is a release of persons (0841); "free elections" is none', () => {
  const e = ev(run('Kenya freed 12 prisoners on Sunday.'), 'freed');
  assert.deepEqual([e.type, e.cameo], ['YIELD', '0841']);
  assert.deepEqual(types('Voters demanded free elections.').filter(([t]) => t === 'YIELD'), []);
});

test('"filed a lawsuit against", "sued": bringing a lawsuit (SUE, CAMEO 115); "filed an appeal", "followed suit" are none', () => {
  const a = run('The city of Denver filed a federal lawsuit against Purdue Pharma on Thursday.');
  const e = ev(a, 'lawsuit');
  assert.deepEqual([e.type, e.cameo], ['SUE', '115']);
  assert.equal(ev(run('Two unions sued the Labour Ministry in March.'), 'sued').type, 'SUE');
  assert.deepEqual(types('The airline filed an appeal. Other carriers followed suit.'), []);
  assert.deepEqual(types('The exhausted rebels sued for peace.'), []);
});

test('"would fight the charges in court", "is fighting extradition": a legal fight is no battle', () => {
  assert.deepEqual(types('Her lawyer said she would fight them in court.'), []);
  assert.deepEqual(types('The singer is fighting extradition to Spain.'), []);
  assert.equal(ev(run('Rebels fought the army near the border.'), 'fought').type, 'FIGHT');
});

test('"charged the former mayor of Lyon, Jean Roux, with taking bribes": a charge\'s "with" after a long object', () => {
  const a = run('Prosecutors charged the former mayor of the city, Jean Roux, with taking bribes from a builder.');
  assert.equal(ev(a, 'charged').type, 'ARREST');
});

test('"held two days of talks", "held more rallies": a quantity before the noun, and plural marches and rallies', () => {
  assert.equal(ev(run('The envoys held two days of talks in Oslo.'), 'talks').type, 'MEET');
  assert.equal(ev(run('The unions will hold more rallies next week.'), 'rallies').type, 'PROTEST');
});

test('"has backed the negotiations since they began": a verb after "since" is no predicate of the noun', () => {
  assert.deepEqual(types('The mayor has supported the talks since they began.'), []);
});

test('"A truce between the Sudanese army and the RSF militia collapsed": a "between" phrase may put the predicate further on', () => {
  assert.equal(ev(run('A truce between the Sudanese army and the rival RSF militia collapsed on Monday.'), 'truce').type, 'YIELD');
});

test('"Talks with the operators over a new pay deal broke down": the noun before the phrase takes the predicate, not the deal inside it', () => {
  const a = run('Talks with the port operators over a new wage deal broke down on Tuesday.');
  assert.deepEqual(a.events.map((e) => e.type), ['MEET']);
});

test('"asked a labour court in Ghent to order ...": a request whose "to" follows a long object, and what it asks for is hypothetical', () => {
  const a = run('The employers asked a labour court in Ghent to order the strikers back to work.');
  assert.equal(ev(a, 'asked').type, 'APPEAL');
  assert.equal(ev(a, 'order').status, 'hypothetical');
});

test('"freed two aid workers" is a release of persons (0841); "were flown to Doha" is no visit of theirs', () => {
  assert.deepEqual(types('Gunmen freed three Italian engineers on Sunday.').map(([t]) => t), ['YIELD']);
  assert.deepEqual(types('The released sailors were flown to Oslo on Monday.'), []);
  assert.deepEqual(types('Voters want free trade.'), []);
});

test('"deported", "the deportation of": expelling people (DEPORT, CAMEO 174); expelling diplomats stays 166', () => {
  const e = ev(run('Denmark deported 14 Afghan men on Tuesday.'), 'deported');
  assert.deepEqual([e.type, e.cameo], ['DEPORT', '174']);
  // the noun as the other situated acts: dated or placed ("Tuesday's deportation"), a bare mention is none
  assert.equal(ev(run("Tuesday's deportation of the family to Albania drew protests."), 'deportation').type, 'DEPORT');
  assert.deepEqual(types('Lawyers said deportation was cruel.'), []);
  assert.equal(ev(run('Poland expelled two Russian diplomats.'), 'expelled').cameo, '166');
});

test('"signed off on" approves something; it is no agreement', () => {
  assert.deepEqual(types('Auditors said the director signed off on fake revenue in 2019.').filter(([t]) => t === 'AGREE'), []);
  assert.equal(ev(run('Kenya and Uganda signed a border deal in March.'), 'signed').type, 'AGREE');
});

test('"shot down" drones or a jet is air defence (FIGHT 190); "shot a policeman" stays an assault', () => {
  const e = ev(run("Ukraine's air force said it shot down 52 drones overnight."), 'shot');
  assert.deepEqual([e.type, e.cameo], ['FIGHT', '190']);
  assert.equal(ev(run('Gunmen shot a policeman in the city on Monday.'), 'shot').type, 'ASSAULT');
});

test('"dismissed the move" rejects it (REJECT 120); "dismissed the coach", "dismissed the case" are none', () => {
  assert.equal(ev(run('The Kremlin dismissed the move as illegal on Monday.'), 'dismissed').type, 'REJECT');
  assert.equal(ev(run('Moscow dismissed calls for a ceasefire on Tuesday.'), 'dismissed').type, 'REJECT');
  assert.deepEqual(types('The club dismissed its coach after a run of defeats.'), []);
  assert.deepEqual(types('A judge dismissed the case against the two men.'), []);
});
