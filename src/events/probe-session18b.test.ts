/** Rules found by reading the events of probe articles (session 18, second helper round). Every sentence is written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';

const PUB = '2026-11-25';
const partsOf = (a: ReturnType<typeof run>, e: { participants: readonly string[] }) => e.participants.map((p) => nameOf(a, p));

test('the town a crowd marches on or to is where it protests, not a target: "marched on Islamabad", "marched to Brussels"', () => {
  const a = run('Supporters of Imran Khan marched on Islamabad on Tuesday, police said.', PUB);
  const m = ev(a, 'marched');
  assert.equal(nameOf(a, m.place), 'Islamabad');
  assert.ok(!partsOf(a, m).includes('Islamabad'));
  const b = run('Farmers marched to Brussels to protest the trade deal.', PUB);
  assert.equal(nameOf(b, ev(b, 'marched').place), 'Brussels');
  // "on" a date is no goal
  const c = run('Teachers marched peacefully on Sunday in Lima.', PUB);
  assert.equal(nameOf(c, ev(c, 'marched').place), 'Lima');
});

test('what a rally asks for in a participle with no comma takes no part in the rally: "rallied outside the Kremlin calling for Navalny\'s release"', () => {
  const a = run("Thousands rallied outside the Kremlin calling for Navalny's release.", PUB);
  const r = ev(a, 'rallied');
  assert.deepEqual(partsOf(a, r), []);
  assert.equal(nameOf(a, r.place), 'Kremlin');
  const b = run('Hundreds of teachers marched through Nairobi demanding higher pay from the Ruto government.', PUB);
  assert.deepEqual(partsOf(b, ev(b, 'marched')), []);
  assert.ok(partsOf(b, ev(b, 'demanding')).some((p) => /Ruto/.test(p ?? '')));
});

test('a port or an airport named as an organisation is where a strike was, not its party: "went on strike at the Port of Santos"', () => {
  const a = run('Dock workers went on strike at the Port of Santos on Monday, the union said.', PUB);
  const s = ev(a, 'went on strike');
  assert.deepEqual(partsOf(a, s), []);
  assert.equal(nameOf(a, s.place), 'Port of Santos');
  const b = run('Activists protested at Heathrow Airport against a third runway.', PUB);
  assert.equal(nameOf(b, ev(b, 'protested').place), 'Heathrow Airport');
  assert.deepEqual(partsOf(b, ev(b, 'protested')), []);
});

test('those who attend a conference after a plural noun are that noun\'s people: "welcome the African guests attending the conference"', () => {
  const a = run('Chinese Premier Li Qiang is hosting a ceremony in Beijing on Thursday to welcome the African guests attending the conference.', PUB);
  assert.deepEqual(partsOf(a, ev(a, 'attending')), []);
  assert.ok(partsOf(a, ev(a, 'welcome')).includes('Li Qiang'));
  // a bare plural object stops at the verb it follows
  const b = run('Li Qiang welcomed delegates attending the summit.', PUB);
  assert.deepEqual(partsOf(b, ev(b, 'attending')), []);
  // with no verb before it the noun phrase is the subject's own, whose names take part
  const c = run('Leaders of Chinese and Russian firms attending the forum were upbeat.', PUB);
  assert.ok(partsOf(c, ev(c, 'attending')).length > 0);
});

test('"demonstrate" with an object shows something, no protest: "demonstrated intelligence and maturity", "demonstrated strong growth"', () => {
  assert.deepEqual(run('The coach demonstrated intelligence and maturity in the final.', PUB).events.map((e) => e.type), []);
  assert.deepEqual(run('The company demonstrated strong growth in the third quarter.', PUB).events.map((e) => e.type), []);
  // a protest takes none
  assert.equal(ev(run('Opposition supporters demonstrated against the election result in Tbilisi.', PUB), 'demonstrated').type, 'PROTEST');
  assert.equal(ev(run('Thousands demonstrated peacefully in Caracas on Sunday.', PUB), 'demonstrated').type, 'PROTEST');
});

test('a person\'s name before "supporters" is whom they follow, and where a crowd gathered on is its place: "Bolsonaro supporters gathered on Avenida Paulista"', () => {
  const a = run('Brazil\'s Supreme Court sentenced Jair Bolsonaro to 27 years in prison on Thursday. Thousands of Bolsonaro supporters gathered on Avenida Paulista on Sunday demanding an amnesty.', PUB);
  const d = ev(a, 'demanding');
  assert.deepEqual(partsOf(a, d), []);
  assert.equal(nameOf(a, d.place), 'Avenida Paulista');
  // a party's supporters act for it
  const b = run('Hamas supporters clashed with Fatah supporters in Gaza City on Friday.', PUB);
  assert.ok(partsOf(b, ev(b, 'clashed')).includes('Hamas'));
});

test('with no other place, the town naming the court is where it sat: "A Dhaka tribunal sentenced Hasina"', () => {
  const a = run('A Dhaka tribunal sentenced Sheikh Hasina to death in absentia last week, state media said.', PUB);
  assert.equal(nameOf(a, ev(a, 'sentenced').place), 'Dhaka');
  const b = run('A Paris court on Tuesday convicted Marine Le Pen of embezzlement.', PUB);
  assert.equal(nameOf(b, ev(b, 'convicted').place), 'Paris');
  // a place the sentence gives for the act itself stays
  const c = run('A Moscow court sentenced the journalist in absentia in Kaliningrad.', PUB);
  assert.equal(nameOf(c, ev(c, 'sentenced').place), 'Kaliningrad');
});

test('a visit to the flooded areas of a town is a visit to that town: "visited flooded areas of Cebu City"', () => {
  const a = run('President Ferdinand Marcos Jr. visited flooded areas of Cebu City on Friday.', PUB);
  const v = ev(a, 'visited');
  assert.equal(nameOf(a, v.place), 'Cebu City');
  assert.deepEqual(partsOf(a, v), ['Ferdinand Marcos Jr.']);
});
