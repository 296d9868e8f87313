/** An accented given name the tagger left before a person's name (src/entities/accented.ts). Every sentence is written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../index.js';

function names(text: string): string[] {
  return analyzeDocument({ text }).get('entities').map((e) => `${e.type} ${e.name}`);
}

describe('accented given names', () => {
  it('joins "José" and "Andrés" to the person after them', () => {
    assert.ok(names('Justice has arrived, his son, José Carlos Zamora, told reporters.').includes('PERSON José Carlos Zamora'));
    assert.ok(names("Sheinbaum's predecessor, Andrés Manuel López Obrador, announced a pause.").includes('PERSON Andrés Manuel López Obrador'));
  });

  it('leaves a place after a preposition outside the name', () => {
    const list = names('In Bogotá Carlos Galán won the vote.');
    assert.ok(!list.some((x) => x.includes('Bogotá Carlos')), JSON.stringify(list));
  });
});
