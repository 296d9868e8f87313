import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../index.js';
import type { Entity } from '../document/types.js';
import { namesBeforeDescription, typeFromDescription, typeFromDescriptionBefore } from './appositives.js';

function entities(text: string): Entity[] {
  return analyzeDocument({ text }).get('entities') as Entity[];
}

function typed(list: Entity[]): string[] {
  return list.map((e) => `${e.type} ${e.name}`);
}

describe('what an appositive says a name is', () => {
  it('finds a common-word name the article describes as a body', () => {
    const list = typed(entities('Shelter, the housing charity, said rents had risen for the ninth month in a row. Korvane is a Finnish company that builds electric ferries.'));
    assert.ok(list.includes('ORG Shelter'), JSON.stringify(list));
    assert.ok(list.includes('ORG Korvane'), JSON.stringify(list));
  });

  it('types a name by the noun of its appositive, not a modifier or a lead-in', () => {
    const w = 'Brakton , a market town of 9,000 people , voted'.split(' ');
    assert.equal(typeFromDescription(w, 0, 1), 2);
    assert.equal(typeFromDescription('Hale , the party leader , said'.split(' '), 0, 1), -1);
    assert.equal(typeFromDescription('Hale , the party \'s leader , said'.split(' '), 0, 1), -1);
    const lead = 'However , the union , which represents 40,000 staff , said no'.split(' ');
    assert.deepEqual(namesBeforeDescription(lead, []), []);
    // "near the town of Ennis, a group of hikers": the group is not Ennis
    assert.equal(typeFromDescription('near the town of Ennis , a group of hikers was rescued'.split(' '), 4, 5), -1);
  });
});

describe('what the words before a name say it is', () => {
  it('types a name in apposition to a description before it', () => {
    const list = typed(entities('Lakeshore Mining said it had hired Goldfield Partners to review the sale of its Chilean unit, Minera Andes Sur. The union, United Steelworkers, called the cuts a betrayal.'));
    assert.ok(list.includes('ORG Minera Andes Sur'), JSON.stringify(list));
    assert.ok(list.includes('ORG United Steelworkers'), JSON.stringify(list));
  });

  it('leaves a person speaking after the description a person', () => {
    assert.equal(typeFromDescriptionBefore('Shares in the company , Smith said , fell'.split(' '), 5, 6), -1);
    const list = typed(entities('Speaking for the company, John Smith, 45, said sales fell.'));
    assert.ok(list.includes('PERSON John Smith'), JSON.stringify(list));
  });

  it('reads a body before its noun as the body, not a place', () => {
    const list = typed(entities('The United Steelworkers union, which represents about 4,000 workers, called the cuts unfair.'));
    assert.ok(list.includes('ORG United Steelworkers'), JSON.stringify(list));
  });
});
