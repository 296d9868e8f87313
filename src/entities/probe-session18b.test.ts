/** Entity rules found by reading the output of session 18's second probe round; every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentionsOf, typed } from './testing.js';

describe('session 18 second probe round', () => {
  it('reads charities named in common words as one organisation', () => {
    const list = typed('Save the Children said aid trucks were stuck at the border. Christian Aid said the cuts would cost lives.');
    assert.ok(list.includes('ORG Save the Children'), JSON.stringify(list));
    assert.ok(list.includes('ORG Christian Aid'), JSON.stringify(list));
    assert.deepEqual(mentionsOf('Staff at Islamic Relief said the warehouse was looted. Islamic Relief said it would rebuild.', 'Islamic Relief'), ['Islamic Relief', 'Islamic Relief']);
    // (the words lowercase stay common words)
    const common = typed('The appeal aims to save the children of the flooded villages.');
    assert.ok(!common.some((x) => x.includes('Children')), JSON.stringify(common));
  });

  it('reads a faith\'s adjective opening a sentence before "leaders" as MISC', () => {
    const list = typed('Muslim leaders met the interior minister on Friday to discuss the attacks.');
    assert.ok(list.includes('MISC Muslim'), JSON.stringify(list));
  });

  it('reads an untagged name before ", <Firm>\'s Chinese owner," as a company', () => {
    const list = typed('Geely, Volvo\'s Chinese owner, said sales rose 20 percent in the quarter.');
    assert.ok(list.includes('ORG Geely'), JSON.stringify(list));
  });

  it('reads a name called a proxy adviser in its appositive as a firm', () => {
    const list = typed('Glass Lewis, a proxy adviser, recommended that shareholders vote against the pay package.');
    assert.ok(list.includes('ORG Glass Lewis'), JSON.stringify(list));
  });

  it('joins a regulator named for two fields across "and"', () => {
    const list = typed('The Nigerian Midstream and Downstream Petroleum Regulatory Authority said fuel imports fell in March.');
    assert.ok(list.includes('ORG Nigerian Midstream and Downstream Petroleum Regulatory Authority'), JSON.stringify(list));
  });

  it('reads a name opening the sentence before ", the <field> minister," as the minister', () => {
    const list = typed('Ramokgopa, the electricity minister, said the grid had been stable for months.');
    assert.ok(list.includes('PERSON Ramokgopa'), JSON.stringify(list));
  });

  it('reads an untagged surname opening the sentence before ", the prime minister," as a person', () => {
    const list = typed('WARSAW - Tusk, the prime minister, said Poland would build a fence along the border.');
    assert.ok(list.includes('PERSON Tusk'), JSON.stringify(list));
    // (a sentence's adverb is no name)
    const adverb = typed('Meanwhile, the prime minister, who spoke in Gdansk, said nothing.');
    assert.ok(!adverb.some((x) => x.includes('Meanwhile')), JSON.stringify(adverb));
  });
});
