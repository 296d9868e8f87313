import type { RawDocument } from '../document/types.js';
import { analyzeDocument } from '../index.js';

/** A system under benchmark: set up once, then run over each document's text. */
export interface BenchSystem {
  name: string;
  what: string;
  setup(): Promise<(doc: RawDocument) => unknown>;
}

export const systems: Record<string, BenchSystem> = {
  dossier: {
    name: 'dossier',
    what: 'analyze: every stage of the default pipeline',
    setup: async () => (doc) => analyzeDocument(doc),
  },
  'wink-nlp': {
    name: 'wink-nlp',
    what: 'tokens, sentences and POS',
    async setup() {
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model, ['sbd', 'pos']);
      const its = nlp.its;
      return (doc) => {
        const d = nlp.readDoc(doc.text);
        d.sentences().length();
        return d.tokens().out(its.pos);
      };
    },
  },
  compromise: {
    name: 'compromise',
    what: 'people, places and organisations',
    async setup() {
      const nlp = (await import('compromise')).default;
      return (doc) => {
        const d = nlp(doc.text);
        return [d.people().out('array'), d.places().out('array'), d.organizations().out('array')];
      };
    },
  },
};
