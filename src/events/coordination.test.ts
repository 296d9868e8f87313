/** Clauses joined by "and": whose subject, object, place and source each event takes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, nameOf, run } from './testing.js';

const names = (text: string, trigger: string) => {
  const a = run(text);
  return ev(a, trigger).participants.map((p) => nameOf(a, p)).sort();
};

test('"X sent aid and the army deployed troops": a second clause with its own subject does not take the first one', () => {
  assert.deepEqual(names('Norway sent medical teams and the Dutch navy deployed two frigates near Aruba.', 'deployed'), ['Netherlands']);
  assert.deepEqual(names('Chile flew doctors to Lima and the air force sent tents to the camps on Sunday.', 'sent'), []);
  // ... nor the first clause its object's
  assert.deepEqual(names('Turkey sent rescue teams and Greek volunteers arrived in Izmir.', 'sent'), ['Turkey']);
  // a coordinated subject before one verb is still one group
  assert.deepEqual(names('Kenya and Uganda sent troops to the border on Monday.', 'sent'), ['Kenya', 'Uganda']);
});

test('"march from Belgrade to Nis": where a route starts is a place, no participant', () => {
  const a = run('Farmers plan to march from Lyon to Paris next week.');
  assert.deepEqual(ev(a, 'march').participants, []);
});

test('a subordinate clause with a long subject is another clause: its place is not the main event\'s', () => {
  const a = run('Protests began in March after the collapse of a school building in Kirkuk killed 12 pupils.');
  const e = ev(a, 'Protests');
  assert.equal(e.place, null);
});

test('"X criticized the minister and accused her": the first verb\'s object is no speaker of the second', () => {
  const a = run('Minister Clara Voss opened the bridge on Friday. The union leader, Piet Aarts, criticised the minister and blamed her for the delays.');
  const e = ev(a, 'blamed');
  assert.deepEqual(e.actors?.map((p) => nameOf(a, p)), ['Piet Aarts']);
  assert.deepEqual(e.targets?.map((p) => nameOf(a, p)), ['Clara Voss']);
});

test('"X said it had opened an inquiry and suspended the licence": the reporter is the subject of the coordinated act', () => {
  const text = "Kenya's transport ministry said it had opened an inquiry into the crash and suspended the airline's permit.";
  assert.deepEqual(names(text, 'suspended'), ['Kenya']);
  assert.equal(ev(run(text), 'suspended').attributedTo, null);
});

test('"Ruto, who brokered the truce, spoke with Kiir": a trigger in a closed relative clause and the main verb are two acts', () => {
  const a = run('Kenyan President William Ruto, who mediated the talks, spoke with President Salva Kiir on Monday.');
  assert.ok(a.events.some((e) => e.text === 'spoke with'));
});

test('", with each side accusing the other of ...": an absolute clause holds no participant of the main event', () => {
  assert.deepEqual(names('Talks between Serbia and Kosovo ended on Friday, with officials blaming Albania for the failure.', 'Talks'), ['Kosovo', 'Serbia']);
});

test('"MADRID, May 2 (Wire) - The court fined Iberbank on Monday and ordered ...": after a dateline the first verb\'s object is no participant of the second, its date is shared', () => {
  const a = run('MADRID, May 2 (Dossier Wire) - The Spanish regulator CNMV fined Iberbank 40 million euros on Monday and ordered it to repay its clients.');
  const e = ev(a, 'ordered');
  assert.deepEqual(e.participants.map((p) => nameOf(a, p)), ['CNMV']);
  assert.notEqual(e.time, null);
});
