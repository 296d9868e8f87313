/** Rules found by reading the events of probe articles (session 9). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';

test('"did not respond to requests for comment" is a reporter\'s question, not an appeal', () => {
  const a = run("The legislature's leaders, Senate President Mark Dolan and House Speaker Ruth Alvarez, did not respond to requests for comment.");
  assert.deepEqual(a.events.map((e) => e.type), []);
  // a request between actors stays an appeal
  const b = run('Ukraine requested more air defence systems from Germany on Monday.');
  assert.deepEqual(b.events.map((e) => e.type), ['APPEAL']);
});

test('"Striking nurses" are on strike: a walkout, not an attack', () => {
  const a = run('Striking nurses march on Parliament as pay talks collapse');
  assert.deepEqual(a.events.filter((e) => e.text === 'Striking').map((e) => `${e.type} ${e.cameo}`), ['PROTEST 143']);
});

test('"called the deal historic" judges the deal; "called a strike" calls one', () => {
  assert.deepEqual(run('The president called the deal historic.').events.map((e) => e.type), []);
  assert.deepEqual(run('The president called the talks productive.').events.map((e) => e.type), []);
  assert.deepEqual(run('The union called a general strike yesterday.').events.map((e) => e.type), ['PROTEST']);
});

test('a verb inside a relative clause on the subject lends its place and time to no verb of the main clause', () => {
  const a = run('Meireles, who will host a summit in Brasilia in July, called the deal "historic" and urged lawmakers to approve it.', '2025-11-17');
  const urged = ev(a, 'urged');
  assert.equal(urged.place, null);
  assert.equal(urged.time, null);
  // coordinated verbs of the main clause still share theirs
  const b = run('The leaders met in Stockholm on Tuesday and agreed to extend the truce.', '2025-11-17');
  assert.equal(nameOf(b, ev(b, 'agreed').place), 'Stockholm');
});

test('a crime after "on suspicion of" is held, not known, to have happened, with its qualifier', () => {
  const a = run('A 19-year-old and a 22-year-old were arrested on suspicion of attempted murder.');
  assert.equal(ev(a, 'murder').status, 'hypothetical');
  assert.equal(ev(a, 'arrested').status, 'occurred');
});

test('"as demand from carmakers recovered" is a market\'s demand, not anyone\'s', () => {
  const a = run('Nordvolt reported its first quarterly profit on Wednesday, as demand from European carmakers recovered.');
  assert.deepEqual(a.events.map((e) => e.type), []);
});

test('a subordinate clause inside an aside on the subject leaves the subject to the main verb', () => {
  const a = run('Ukrainian President Volodymyr Zelenskyy, speaking in Copenhagen after talks with Danish Prime Minister Mette Frederiksen, called for more air defense systems.');
  assert.deepEqual(ev(a, 'called for').participants.map((p) => nameOf(a, p)), ['Volodymyr Zelenskyy']);
});

test('"won Sunday\'s election" is dated by its own possessive date, not a later report\'s', () => {
  const a = run("Moldova's opposition Party of Renewal won Sunday's parliamentary election with 44 percent of the vote, official results showed on Monday.", '2024-10-21');
  const t = a.times.find((x) => x.id === ev(a, 'election').time);
  assert.equal(t?.value, '2024-10-20');
});

test('a name inside an appositive on the subject holds no stance: "Washington, a treaty ally of Manila, condemned ..."', () => {
  const a = run('Washington, a treaty ally of Manila, condemned China\'s "aggressive" actions.');
  assert.ok(a.stances.length > 0 && a.stances.every((s) => nameOf(a, s.holder) === 'Washington'), JSON.stringify(a.stances));
});

test('leaders who shake hands have met', () => {
  const a = run('President Recep Tayyip Erdogan and Egyptian President Abdel Fattah el-Sissi shook hands at the World Cup in Qatar in November, their first meeting.');
  const e = ev(a, 'shook hands');
  assert.equal(e.type, 'MEET');
  assert.deepEqual(e.participants.map((p) => nameOf(a, p)).sort(), ['Abdel Fattah el-Sissi', 'Recep Tayyip Erdogan']);
  assert.equal(nameOf(a, e.place), 'Qatar');
});

test('a document calling for something takes none of the clause subject; a request set off by commas makes nothing after it hypothetical', () => {
  const a = run('The Security Council on Friday failed to adopt a resolution calling for an immediate ceasefire in Gaza.');
  assert.deepEqual(ev(a, 'calling for').participants, []);
  const b = run('President Hale, calling for calm, met the protest leaders on Monday.');
  assert.equal(ev(b, 'met').status, 'occurred');
});

test('a headline\'s "X to do Y" is scheduled', () => {
  const a = run('Russia and Ukraine to swap prisoners, sources say\n\nThe deal was announced on Monday.');
  assert.equal(ev(a, 'swap').status, 'scheduled');
});

test('"a phone call on Sunday" calls on no one', () => {
  const a = run('Chancellor Olaf Scholz discussed the issue with French President Emmanuel Macron in a phone call on Sunday, one of the officials said.');
  assert.ok(!a.events.some((e) => e.type === 'VISIT' || e.type === 'APPEAL'), JSON.stringify(a.events.map((e) => [e.type, e.text])));
  assert.deepEqual(run('The minister called on Ahmed in the afternoon.').events.map((e) => e.type), ['VISIT']);
});
