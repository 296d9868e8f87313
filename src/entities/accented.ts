/**
 * The tagger, trained on CoNLL's English news where accented names are rare, leaves an accented
 * given name before a name it tags as a person outside the span: "[José] Carlos Zamora",
 * "[Andrés] Manuel López Obrador" (it keeps "Jose Carlos Zamora"). A capitalised word with an
 * accented letter right before a person's span, and not a word of the sentence's own, joins it.
 */
import type { TokenSpan } from './tags.js';

/** A capitalised word of letters with at least one accented letter: "José", "Andrés", "Sérgio". */
const ACCENTED_NAME = /^\p{Lu}[\p{Ll}\p{Lu}'’-]*$/u;

const PREPOSITION = /^(?:in|at|from|to|of|near|for|by|on|into|across|outside|inside|around)$/i;

function isAccentedName(w: string): boolean {
  return w.length >= 3 && ACCENTED_NAME.test(w) && /[\u00C0-\u024F]/.test(w);
}

/**
 * Each sentence's spans with a person's span widened over one accented capitalised word right
 * before it that no span holds. `person` is the type index of PERSON. Returns new span lists.
 */
export function withAccentedGivenNames(words: readonly (readonly string[])[], spans: readonly TokenSpan[][], person: number): TokenSpan[][] {
  return spans.map((list, si) => {
    const w = words[si]!;
    return list.map((sp, k) => {
      const before = sp.start - 1;
      if (sp.type !== person || before < 0 || !isAccentedName(w[before]!)) return sp;
      // (after a preposition the word is a place: "In Bogotá Carlos Galán won")
      if (before > 0 && PREPOSITION.test(w[before - 1]!)) return sp;
      // (another span ending there keeps its word)
      if (k > 0 && list[k - 1]!.end > before) return sp;
      return { start: before, end: sp.end, type: sp.type };
    });
  });
}
