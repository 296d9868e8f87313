/** Rules found by reading the events of probe articles (session 8): places, denials, calls, recalls. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';
import { afterPlacePreposition, secondVerbPhrase } from './arguments.js';
import { normalizeIssue } from './issue.js';
import type { MentionRef } from './attribution.js';
import type { Entity } from '../document/types.js';

const names = (text: string, trigger: string) => {
  const a = run(text);
  return ev(a, trigger).participants.map((p) => nameOf(a, p)).sort();
};
const placeName = (text: string, trigger: string) => {
  const a = run(text);
  return nameOf(a, ev(a, trigger).place);
};

test('a name right after "in", "near", "outside" is a place whatever type it was given; "at" may name a target', () => {
  const m = (start: number, type: string): MentionRef => ({ entity: { id: 'e', name: 'X', type } as unknown as Entity, start, end: start + 1 });
  const lower = ['he', 'was', 'held', 'in', 'the', 'x', 'and', 'outside', 'x', 'fired', 'at', 'x'];
  assert.equal(afterPlacePreposition(lower, m(5, 'ORG'), 0), true); // "in the X"
  assert.equal(afterPlacePreposition(lower, m(8, 'PERSON'), 0), true); // "outside X"
  assert.equal(afterPlacePreposition(lower, m(11, 'ORG'), 0), false); // "fired at X"
  assert.equal(afterPlacePreposition(lower, m(5, 'ORG'), 5), false); // the preposition is outside the clause
  // in a sentence: a town the name tagger takes for an organisation is not detained
  assert.deepEqual(names('Opposition leader Nika Melia was detained in Batumi on Thursday.', 'detained'), ['Nika Melia']);
});

test('"will visit Ankara to meet Erdogan": the visited place takes no part in the meeting; the visit keeps it as its place', () => {
  const text = 'Italian Prime Minister Giorgia Meloni will visit Ankara on Friday to meet Turkish President Recep Tayyip Erdogan.';
  assert.deepEqual(names(text, 'meet'), ['Giorgia Meloni', 'Recep Tayyip Erdogan']);
  assert.equal(placeName(text, 'visit'), 'Ankara');
  // a place that is not after a visit verb still acts: "Ankara will meet ..." is Turkey's government
  assert.ok(names('Ankara will meet Athens in Geneva on Friday.', 'meet').includes('Ankara'));
});

test('"expelled 45 Russian diplomats, accusing them of spying": the participle shares the subject, not the object', () => {
  const text = 'Poland expelled 45 Russian diplomats on Wednesday, accusing them of spying.';
  assert.deepEqual(names(text, 'accusing'), ['Poland']);
  // the date of the main clause stays the participle's
  assert.ok(ev(run(text), 'accusing').time);
  assert.deepEqual(names(text, 'expelled'), ['Poland', 'Russia']);
});

test('"Swedish climate minister Romina Pourmokhtari": a portfolio word between a nationality and the title keeps the nationality a modifier', () => {
  assert.deepEqual(names('Terje Aasland will meet Swedish climate minister Romina Pourmokhtari in Stockholm next week.', 'meet'), ['Romina Pourmokhtari', 'Terje Aasland']);
  // a verb there is no portfolio: "Russia accused minister X" keeps Russia
  assert.ok(names('Russia accused minister Anna Berg of lying.', 'accused').includes('Russia'));
});

test('"recalled its ambassador from Warsaw" reduces relations (161); "recalled that" is memory', () => {
  const a = run('Russia recalled its ambassador from Warsaw in protest on Thursday.');
  const e = ev(a, 'recalled');
  assert.equal(e.type, 'SANCTION');
  assert.equal(e.cameo, '161');
  assert.ok(e.participants.map((p) => nameOf(a, p)).includes('Russia'));
  assert.equal(run('The minister recalled that the talks had failed in 2019.').events.some((x) => x.text.includes('recalled')), false);
  // the noun is no verb: "New Zealand's temporary recall of its ambassador"
  assert.equal(run("Iran protested after New Zealand's temporary recall of its ambassador to Tehran.").events.some((x) => x.text.includes('recall')), false);
});

test('"denied meeting lobbyists": the gerund after "denied" is a denied meeting, and the one who denies is its actor', () => {
  const a = run('Norway\'s energy minister Terje Aasland denied meeting oil lobbyists in Stavanger last week.');
  const e = ev(a, 'meeting');
  assert.equal(e.type, 'MEET');
  assert.equal(e.status, 'negated');
  assert.deepEqual(e.participants.map((p) => nameOf(a, p)), ['Terje Aasland']);
  assert.equal(nameOf(a, e.place), 'Stavanger');
  // a meeting noun after a determiner stays a noun: "denied the meeting" has no actor from the denial
  const b = run('Terje Aasland denied the meeting had taken place.');
  assert.equal(b.events.filter((x) => x.text.includes('meeting')).every((x) => !x.participants.length), true);
});

test('"Scholz called Erdogan on Monday from Berlin" is a telephone call; "called Erdogan a dictator" is none', () => {
  const a = run('German Chancellor Olaf Scholz called Turkish President Recep Tayyip Erdogan on Monday from Berlin, a spokesman said.');
  const e = ev(a, 'called');
  assert.equal(e.type, 'CALL');
  assert.deepEqual(e.participants.map((p) => nameOf(a, p)).sort(), ['Olaf Scholz', 'Recep Tayyip Erdogan']);
  assert.deepEqual(run('Olaf Scholz called Recep Tayyip Erdogan a dictator.').events.filter((x) => x.type === 'CALL'), []);
  assert.deepEqual(run('A man called John Smith from Leeds was arrested.').events.filter((x) => x.type === 'CALL'), []);
});

test('"ordered him released on bail and set a trial date in January": the second verb phrase keeps its own time', () => {
  assert.equal(secondVerbPhrase(['and', 'set', 'a', 'date'], 0), true);
  assert.equal(secondVerbPhrase(['and', 'scheduled', 'a', 'new', 'hearing'], 0), true);
  // another second verb shares the first one's adjuncts: "killed two civilians and injured a child in Helmand"
  assert.equal(secondVerbPhrase(['and', 'injured', 'a', 'child', 'in'], 0), false);
  assert.equal(secondVerbPhrase(['and', 'villages', 'in', 'the'], 0), false);
  assert.equal(secondVerbPhrase(['and', 'was', 'the', 'first'], 0), false);
  const a = run('The judge ordered Harlow released on bail and set a trial date in January.');
  assert.equal(ev(a, 'released').time, null);
  // "attacked and killed the soldiers": no object between, so the attack keeps what follows
  const b = run('Rebels attacked and killed the soldiers near Gao on Monday.');
  assert.ok(ev(b, 'attacked').time);
});

test('"called for a nationwide strike on Sunday": the date after the act asked for is that act\'s, not the request\'s', () => {
  const a = run('Student leader Nahid Islam called for a nationwide strike on Sunday.', '2024-07-19');
  assert.equal(ev(a, 'called for').time, null);
  assert.ok(ev(a, 'strike').time);
  // a date before the act asked for stays the request's
  const b = run('Student leader Nahid Islam on Friday called for a nationwide strike.', '2024-07-19');
  assert.ok(ev(b, 'called for').time);
});

test('an owner\'s pronoun inside an issue goes: "tariffs on its steel" is "tariffs on steel"', () => {
  assert.equal(normalizeIssue(['the', 'tariffs', 'on', 'its', 'steel']), 'tariffs on steel');
  assert.equal(normalizeIssue(['a', 'ban', 'on', 'their', 'exports']), 'ban on export');
  const a = run('China rejected the tariffs on its steel imposed by the United States.');
  assert.deepEqual(a.stances.map((s) => s.issue), ['tariffs on steel']);
});
