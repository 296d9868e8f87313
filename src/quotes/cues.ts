import type { Token } from '../document/types.js';

/**
 * Speech and attitude verbs that introduce a quote or reported statement. Irregular forms are
 * listed; regular ones are generated (say -> says, saying; warn -> warned, warning, warns).
 */
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['posted', 'posting'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  rule: ['ruled', 'rules', 'ruling'],
  see: ['sees'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  speak: ['speak', 'speaks', 'spoke', 'speaking'],
};

/** Regular verbs as [stem for -ed/-ing, third person, past]. */
const REGULAR = [
  'add', 'ask', 'warn', 'insist', 'claim', 'argue', 'note', 'explain', 'announce', 'declare', 'state',
  'report', 'respond', 'suggest', 'acknowledge', 'admit', 'confirm', 'promise', 'pledge', 'vow', 'urge',
  'demand', 'accuse', 'criticize', 'criticise', 'praise', 'recall', 'concede', 'contend', 'maintain',
  'stress', 'emphasize', 'emphasise', 'complain', 'caution', 'assert', 'reiterate', 'observe', 'remark',
  'allege', 'believe', 'continue', 'conclude', 'describe', 'agree', 'estimate', 'predict', 'boast',
  'counter', 'question', 'joke', 'lament', 'threaten', 'indicate', 'reveal', 'point', 'mention', 'blame',
  'charge', 'dismiss', 'reject', 'propose', 'recommend', 'advise', 'forecast', 'assure', 'signal',
  'hint', 'decline', 'expect', 'wonder', 'fear', 'hope', 'worry', 'welcome', 'condemn', 'decry', 'denounce',
  'call', 'shout', 'explain', 'exclaim', 'muse', 'speculate', 'retort', 'quip', 'vouch',
];

function regularForms(v: string): string[] {
  const base = v.endsWith('e') ? v.slice(0, -1) : v;
  const third = /(?:s|sh|ch|x|z)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
  const past = v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`;
  const ing = /[^aeiou]y$/.test(v) ? `${v}ing` : `${base}ing`;
  return [v, third, past, ing];
}

const FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(IRREGULAR)) for (const f of forms) FORMS.set(f, lemma);
for (const v of REGULAR) for (const f of regularForms(v)) if (!FORMS.has(f)) FORMS.set(f, v);
// Fragments generated from truncated stems above are harmless but never match a real word.

/** Words too ambiguous on their own: they count as cues only in a clear frame. */
const WEAK = new Set([
  'call', 'calls', 'called', 'calling', 'point', 'points', 'pointed', 'pointing', 'continue', 'continues',
  'continued', 'continuing', 'state', 'states', 'expect', 'expects', 'expected', 'expecting', 'hope', 'hopes',
  'fear', 'fears', 'welcome', 'welcomes', 'question', 'questions', 'counter', 'charge', 'charges', 'report',
  'reports', 'stress', 'observe', 'note', 'notes', 'rules', 'ruling', 'post', 'see', 'sees', 'think',
  'thinking', 'signal', 'signals', 'hint', 'hints', 'agree', 'believe', 'maintain', 'add', 'ask', 'vow',
  'claim', 'claims', 'worry', 'wonder', 'joke', 'muse', 'quip', 'retort', 'decline', 'declines', 'declined',
]);

export interface CueLexicon {
  /** Lowercased word -> score in [0, 1] (1 for the built-in strong verbs). */
  words: Map<string, number>;
}

let learned: Map<string, number> | null = null;
export let LEARNED_STRONG = 0.5;
export let LEARNED_WEAK = 0.2;
/** For tuning on dev. */
export function setLearnedThresholds(strong: number, weak: number): void {
  LEARNED_STRONG = strong;
  LEARNED_WEAK = weak;
}

let attach: Map<string, number> | null = null;

/** Installs the learned "verb preposition" pairs whose preposition belongs to the cue (models/quotes/cues.json `attach`). */
export function setLearnedAttach(pairs: Map<string, number> | null): void {
  attach = pairs;
}

/**
 * Whether a cue ending in a word of crude lemma `lemma` takes the preposition `prep` after it
 * into the cue ("warned against", "asked about", "called for"): pairs that end a gold cue in at
 * least 60% of their cue occurrences on the training set (src/train/quotes.ts).
 */
export function attachesPreposition(lemma: string, prep: string): boolean {
  return attach !== null && attach.has(`${lemma} ${prep}`);
}

/** Prepositions a cue may end in. */
export const CUE_PREPOSITIONS = new Set(['about', 'against', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'over', 'to', 'with']);

/** Installs word scores learned from a training set (src/train/quotes.ts), merged over the rules. */
export function setLearnedCues(scores: Map<string, number> | null): void {
  learned = scores;
}

/** The cue score of a lowercased word: 1 for strong speech verbs, 0.5 for weak ones, 0 otherwise. */
export function cueScore(lower: string): number {
  const hand = !FORMS.has(lower) ? 0 : WEAK.has(lower) ? 0.5 : 1;
  const p = learned?.get(lower);
  if (p === undefined) return hand;
  // a learned share of at least LEARNED_STRONG makes a word a cue on its own; a lower one only in a clear frame
  const l = p >= LEARNED_STRONG ? 1 : p >= LEARNED_WEAK ? 0.5 : 0;
  return Math.max(hand === 1 && p < LEARNED_WEAK ? 0.5 : hand, l);
}

/** Verbs that attribute but take no reported content of their own ("was speaking outside"). */
export function takesNoContent(lower: string): boolean {
  return FORMS.get(lower) === 'speak';
}

export function isSpeechVerb(lower: string): boolean {
  return FORMS.has(lower);
}

/** A speech verb that is a cue in any frame ("said", "told", "announced"; not "hope", "expected"). */
export function isStrongSpeechVerb(lower: string): boolean {
  return FORMS.has(lower) && !WEAK.has(lower);
}

const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'did', 'does', 'do', 'may', 'might', 'should', 'must', 'can', "'s", '’s']);
const CUE_ADVERBS = new Set(['also', 'later', 'then', 'previously', 'earlier', 'once', 'repeatedly', 'again', 'recently', 'often', 'reportedly', 'publicly', 'privately', 'separately', 'first', 'further']);

export function isAux(lower: string): boolean {
  return AUX.has(lower);
}

export function isCueAdverb(lower: string): boolean {
  return CUE_ADVERBS.has(lower) || (lower.length > 4 && lower.endsWith('ly') && !lower.endsWith('ply'));
}

/** "according to" at token i: returns the index past "to", or -1. */
export function accordingTo(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (t && n && t.text.toLowerCase() === 'according' && n.text.toLowerCase() === 'to') return i + 2;
  return -1;
}

/**
 * The cue group around the verb at token index `v`: preceding auxiliaries and adverbs
 * ("has also said"), within [lo, v]. Returns the index of its first token.
 */
export function cueGroupStart(tokens: readonly Token[], v: number, lo: number): number {
  let s = v;
  while (s - 1 >= lo) {
    const l = tokens[s - 1]!.text.toLowerCase();
    if (AUX.has(l) || CUE_ADVERBS.has(l) || l === 'not' || l === "n't") s--;
    else break;
  }
  // an adverb alone before the verb without an auxiliary belongs to the cue only for "also"
  return s;
}
