/*
 * Rebuilds running text from a tokenized corpus (CoNLL-2003 puts spaces around every
 * token), so a splitter or tagger is measured on text as it is published, not on tokens.
 * Returns the text and each token's offsets in it.
 */

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", '...']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '#']);

export interface Detokenized {
  text: string;
  offsets: Array<[number, number]>;
}

export function detokenize(tokens: readonly string[]): Detokenized {
  let text = '';
  const offsets: Array<[number, number]> = [];
  let quoteOpen = false;
  let glueNext = true;
  for (const tok of tokens) {
    let space = !glueNext;
    if (NO_SPACE_BEFORE.has(tok)) space = false;
    if (tok === '"') {
      // A straight quote right after sentence punctuation closes; otherwise quotes alternate.
      // Multi-paragraph quotes never close their inner paragraphs, so parity alone drifts.
      const prev = offsets.length ? text.slice(offsets[offsets.length - 1]![0]) : '';
      const closes: boolean = /^[.,!?]$|^\.\.\.$/.test(prev) || (quoteOpen && prev !== ':');
      if (closes) space = false;
      quoteOpen = !closes;
    }
    if (space && text.length) text += ' ';
    offsets.push([text.length, text.length + tok.length]);
    text += tok;
    glueNext = NO_SPACE_AFTER.has(tok) || (tok === '"' && quoteOpen);
  }
  return { text, offsets };
}
