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
