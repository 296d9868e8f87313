/** Which words are events, of what type and status: nouns spelled like verbs, accidents, announcements. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev, run } from './testing.js';

const types = (text: string) => run(text).events.map((e) => [e.type, e.text]);

test('"rejected calls for talks", "growing calls for": a plural noun after a verb or a participle is no appeal', () => {
  assert.deepEqual(types('Moscow dismissed calls for a ceasefire on Tuesday.'), []);
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
