import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOMParser } from 'linkedom';
import { analyze } from '../../index.js';
import { Store } from '../store.js';
import { csvCell } from './csv.js';
import { bratStandoff } from './brat.js';
import { actorGraphml, eventsCsv, quotesCsv, scheduledIcs } from './index.js';

function demoStore(): Store {
  const store = new Store(':memory:');
  const text = 'Ana “Ribeiro” 😀 said: “Tariffs, =SUM(A1) hurt.”\nPaulo Costa & co will meet in Geneva next week.';
  const a = analyze({ id: 'x1', text, published: '2026-03-10', url: 'https://x.test/1' });
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  a.entities = [
    { id: 'e1', type: 'PERSON', name: 'Ana Ribeiro', titles: ['Minister'], mentions: [at('Ana')] },
    { id: 'e2', type: 'PERSON', name: 'Paulo Costa', titles: [], mentions: [at('Paulo Costa')] },
    { id: 'e3', type: 'LOC', name: 'Geneva', titles: [], mentions: [at('Geneva')] },
  ];
  a.times = [{ id: 't1', type: 'DATE', value: '2026-03-17', ...at('next week') }];
  const q = at('“Tariffs, =SUM(A1) hurt.”');
  a.quotes = [{ id: 'q1', kind: 'direct', ...q, speaker: 'e1', speakerText: null, cue: at('said'), channel: null, time: null }];
  a.events = [{ id: 'v1', type: 'MEET', cameo: '040', ...at('meet'), participants: ['e2', 'e1'], place: 'e3', time: 't1', status: 'scheduled', attributedTo: null }];
  store.put(a);
  return store;
}

test('CSV cells are quoted where needed and formulas are defused', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a, "b"\nc'), '"a, ""b""\nc"');
  assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
  assert.equal(csvCell(null), '');
  const store = demoStore();
  const quotes = [...quotesCsv(store.db)].join('');
  assert.match(quotes, /Ana Ribeiro,PERSON,,direct,said/);
  const events = [...eventsCsv(store.db)].join('').split('\r\n');
  assert.match(events[1]!, /^1,20260317,Paulo Costa,PERSON,Ana Ribeiro,PERSON,040,04,MEET,scheduled,Geneva,/);
  store.close();
});

test('iCalendar holds each scheduled event as an all-day VEVENT with escaped, folded lines', () => {
  const store = demoStore();
  const ics = [...scheduledIcs(store.db, new Date('2026-03-10T00:00:00Z'))].join('');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20260317\r\nDTEND;VALUE=DATE:20260318/);
  assert.match(ics, /SUMMARY:MEET: Ana Ribeiro\\, Paulo Costa|SUMMARY:MEET: Paulo Costa\\, Ana Ribeiro/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  assert.match(ics, /END:VCALENDAR\r\n$/);
  store.close();
});

test('GraphML is well-formed XML with actors and weighted edges', () => {
  const store = demoStore();
  const xml = [...actorGraphml(store.db)].join('');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  assert.equal(doc.querySelectorAll('node').length, 3);
  assert.equal(doc.querySelectorAll('edge').length, 3);
  store.close();
});

test('brat offsets count code points and each annotation names its own text', () => {
  const store = demoStore();
  const a = JSON.parse((store.db.prepare('SELECT analysis FROM documents').get() as { analysis: string }).analysis);
  const { txt, ann } = bratStandoff(a);
  const cps = [...txt];
  for (const line of ann.trim().split('\n').filter((l) => l.startsWith('T'))) {
    const [, typeAndSpans, surface] = line.split('\t');
    const frags = typeAndSpans!.split(' ').slice(1).join(' ').split(';');
    const text = frags.map((f) => f.split(' ').map(Number)).map(([s, e]) => cps.slice(s, e).join('')).join(' ');
    assert.equal(text, surface, line);
  }
  assert.match(ann, /Attribution:T\d+ Content:T\d+ Source:T1/);
  store.close();
});
