/** Session 12 probe articles (helper round): talks postponed, strikes called. Every sentence here is written for the test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './index.js';

const valueOf = (text: string, expr: string, published = '2026-03-12') => {
  const times = tagTimes(text, published);
  const t = times.find((x) => x.text === expr);
  assert.ok(t, `no "${expr}" in ${JSON.stringify(times)}`);
  return t.value;
};

test('"next" in a range counts from the publication date: "moved from Friday to next Wednesday"', () => {
  // told on Thursday 12 March 2026: "next Wednesday" is the 18th, whatever the range starts on
  assert.equal(valueOf('The vote was moved from Friday to next Wednesday.', 'next Wednesday'), '2026-03-18');
  assert.equal(valueOf('The trial was adjourned from last Friday to next Monday.', 'next Monday'), '2026-03-16');
  // ("next Thursday" told on a Thursday is a week ahead, not today)
  assert.equal(valueOf('The talks were postponed from Monday to next Thursday.', 'next Thursday'), '2026-03-19');
  // a range that starts ahead still counts on from its start, and a bare weekday from the range
  assert.equal(valueOf('Offices will be closed from Monday to next Friday.', 'next Friday'), '2026-03-20');
  assert.equal(valueOf('Offices will be closed from Monday to Friday.', 'Friday'), '2026-03-20');
});

test('a bare plural of protest called for "on" a weekday is still ahead: "called for protests on Sunday"', () => {
  assert.equal(valueOf('The unions called for protests on Sunday.', 'Sunday'), '2026-03-15');
  assert.equal(valueOf('The opposition called for demonstrations on Saturday.', 'Saturday'), '2026-03-14');
  // a known event ("the protests") or protests that happened keep the past day
  assert.equal(valueOf('The opposition called for the protests on Saturday.', 'Saturday'), '2026-03-07');
  assert.equal(valueOf('Police broke up protests on Saturday.', 'Saturday'), '2026-03-07');
});

test('a verb before a long name still dates the day after it: "will host Ukrainian President Volodymyr Zelensky ... on Friday"', () => {
  assert.equal(valueOf('President Emmanuel Macron will host Ukrainian President Volodymyr Zelensky at the Elysee Palace on Friday.', 'Friday'), '2026-03-13');
  assert.equal(valueOf('Japan is set to host Chinese Premier Li Qiang at a summit in Tokyo on Saturday.', 'Saturday'), '2026-03-14');
  // "host" before a name after a lower-case word is still a title ("radio host Hugh Hewitt")
  assert.equal(valueOf('Radio host Hugh Hewitt said on Friday that he would retire.', 'Friday'), '2026-03-06');
});

test('"the planned talks ... this weekend": a planned event is ahead of its planning', () => {
  assert.equal(valueOf('He dismissed the planned talks this weekend as pointless.', 'this weekend'), '2026-W11-WE');
  // (and still when a long name brings "planned" within reach: "between rebel and Mobutu officials")
  assert.equal(valueOf('He dismissed the planned peace talks in South Africa between rebel and Mobutu Sese Seko officials this weekend as pointless.', 'this weekend'), '2026-W11-WE');
});
