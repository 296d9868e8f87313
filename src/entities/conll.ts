import { readFileSync } from 'node:fs';

/** One CoNLL-2003 sentence: its tokens and their NER tags as the file gives them. */
export interface ConllSentence {
  words: string[];
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Reads a CoNLL-2003 file (`token POS chunk NER`, `-DOCSTART-` between documents). */
export function readConll(file: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sent: ConllSentence = { words: [], tags: [] };
  const flush = () => {
    if (sent.words.length) {
      if (!doc) {
        doc = { sentences: [] };
        docs.push(doc);
      }
      doc.sentences.push(sent);
    }
    sent = { words: [], tags: [] };
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const l = line.trimEnd();
    if (!l) {
      flush();
      continue;
    }
    const parts = l.split(' ');
    if (parts[0] === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    sent.words.push(parts[0]!);
    sent.tags.push(parts[parts.length - 1]!);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}
