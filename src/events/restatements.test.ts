import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineSentence } from './restatements.js';
import { ev, run } from './testing.js';
import { analyzeDocument } from '../index.js';

const HEADLINE_AND_LEAD = 'Canada and Mexico sign new fisheries pact\n\nOTTAWA — Canada and Mexico signed a fisheries agreement on Tuesday in Ottawa, officials said.\n\nCanada will also sign a pact with Chile next year.';

test('a headline event restated by the lead points to the lead\'s event (sameAs)', () => {
  const a = run(HEADLINE_AND_LEAD, '2026-03-05');
  const head = ev(a, 'sign');
  const lead = ev(a, 'signed');
  assert.equal(head.sameAs, lead.id);
  assert.equal(lead.sameAs, undefined);
  // a later act of the same type by the same actor with another partner is no restatement target
  // once the lead has matched; and body events never point anywhere
  assert.ok(a.events.filter((e) => e.sameAs).every((e) => e.start < a.sentences[0]!.end), JSON.stringify(a.events));
});

test('no restatement across actors, clashing dates, or without a headline', () => {
  const other = run('Canada signs fisheries pact\n\nMexico signed a fisheries agreement with Chile on Tuesday.', '2026-03-05');
  assert.equal(other.events.length, 2, JSON.stringify(other.events));
  assert.ok(other.events.every((e) => e.sameAs === undefined), JSON.stringify(other.events));
  const dates = run('Canada and Mexico signed a fisheries pact on Monday\n\nCanada and Mexico signed a fisheries agreement in 2019, officials said.', '2026-03-05');
  assert.equal(dates.events.length, 2, JSON.stringify(dates.events));
  assert.ok(dates.events.every((e) => e.sameAs === undefined), JSON.stringify(dates.events));
  const noHeadline = run('Canada and Mexico signed a fisheries pact. Canada and Mexico signed it on Tuesday.', '2026-03-05');
  assert.equal(noHeadline.events.length, 2, JSON.stringify(noHeadline.events));
  assert.ok(noHeadline.events.every((e) => e.sameAs === undefined), JSON.stringify(noHeadline.events));
});

test('a headline is a first paragraph of one sentence, with no closing stop', () => {
  const head = (text: string) => {
    const a = analyzeDocument({ text, published: '2026-03-05' });
    return headlineSentence(text, a.get('sentences'), a.get('paragraphs'));
  };
  assert.ok(head('Storm closes ports\n\nA storm closed three ports on Monday.'));
  assert.equal(head('A storm closed three ports on Monday.\n\nShips waited offshore.'), null);
  assert.equal(head('Storm closes ports'), null);
  // a hard-wrapped lead whose first line ends without a stop is no headline
  assert.equal(head('A military plane crashed at the airport early on Monday, killing\nall 36 people on board, officials said. Rescue teams\nreached the site at noon.'), null);
});

test('a crowd no entity names restates without actors on either side', () => {
  const a = run('Thousands march in Tbilisi against media law\n\nTBILISI — Tens of thousands of people marched through the capital on Sunday.', '2026-03-05');
  assert.equal(ev(a, 'march').sameAs, ev(a, 'marched').id, JSON.stringify(a.events));
});

test('only the body\'s first event of the type can restate the headline\'s', () => {
  const a = run('Drone strikes hit Kharkiv as talks stall\n\nRussian drones struck apartment blocks in Kharkiv overnight, officials said.\n\nIn a separate attack, a missile hit a grain terminal in Odesa on Wednesday.', '2026-11-26');
  assert.equal(ev(a, 'strikes').sameAs, ev(a, 'struck').id, JSON.stringify(a.events));
  assert.ok(a.events.every((e) => e.sameAs !== ev(a, 'attack').id), JSON.stringify(a.events));
});
