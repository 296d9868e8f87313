/**
 * General name lists taken at training time from compromise's lexicon (MIT licence): first
 * names, surnames, places, organisations and demonyms. They are stored in the trained model,
 * so compromise is not needed at run time.
 */
import { LEXICON_CATEGORIES } from './features.js';
import { Gazetteer } from './gazetteer.js';

const CATEGORY: Record<string, (typeof LEXICON_CATEGORIES)[number]> = {
  FemaleName: 'first',
  MaleName: 'first',
  FirstName: 'first',
  LastName: 'last',
  City: 'place',
  Country: 'place',
  Region: 'place',
  Place: 'place',
  Organization: 'org',
  SportsTeam: 'org',
  Demonym: 'demonym',
};

export async function compromiseLexicon(): Promise<Gazetteer> {
  const nlp = (await import('compromise')).default as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const g = new Gazetteer(LEXICON_CATEGORIES.length);
  const entries = Object.entries(nlp.model().one.lexicon).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [word, tags] of entries) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const cat = CATEGORY[tag];
      if (cat) g.add(LEXICON_CATEGORIES.indexOf(cat), word.split(' '));
    }
  }
  return g;
}
