import { BATCH_GROUP } from '../batch/analyze.js';
import type { RawDocument } from '../document/types.js';
import { analyzeDocument, analyzeDocuments } from '../index.js';

/** What a system runs over each document; `flush` ends a pass (a system that holds documents for a group analyses the rest). */
export type BenchRun = ((doc: RawDocument) => unknown) & { flush?: () => void };

/** A system under benchmark: set up once, then run over each document's text. */
export interface BenchSystem {
  name: string;
  what: string;
  setup(): Promise<BenchRun>;
}

/** analyzeDocuments over groups of BATCH_GROUP documents, as `dossier analyze` runs a batch. */
function groupedAnalysis(): BenchRun {
  let group: RawDocument[] = [];
  const flush = (): void => {
    if (group.length) analyzeDocuments(group);
    group = [];
  };
  const run = (doc: RawDocument): void => {
    group.push(doc);
    if (group.length === BATCH_GROUP) flush();
  };
  return Object.assign(run, { flush });
}

export const systems: Record<string, BenchSystem> = {
  dossier: {
    name: 'dossier',
    what: 'analyze: every stage of the default pipeline',
    setup: async () => (doc) => analyzeDocument(doc),
  },
  'dossier-batch': {
    name: 'dossier-batch',
    what: `analyze in groups of ${BATCH_GROUP} documents, stage by stage, as \`dossier analyze\` runs a batch`,
    setup: async () => groupedAnalysis(),
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
