/**
 * A broad hand lexicon of attribution predicates beyond the speech verbs of `cues.ts`: verbs and
 * nouns of stance, intention, judgement, evidence and publication that news writing attributes to
 * a source ("backs", "plans to", "opposes", "a study shows", "her proposal", "the ruling"). It is
 * one value of the taggers' lexicon feature (src/quotes/features.ts), so that a word seldom or
 * never seen in training still looks like a possible cue; it makes nothing a cue by itself.
 * Written from general English, not drawn from any dataset's annotation.
 */

/** Verbs as base forms; -s, -ed and -ing forms are generated (as in cues.ts), irregulars listed. */
const VERBS = [
  'support', 'oppose', 'back', 'endorse', 'favor', 'favour', 'reject', 'plan', 'intend', 'decide', 'vote',
  'seek', 'want', 'wish', 'aim', 'try', 'attempt', 'refuse', 'disagree', 'approve', 'disapprove', 'accept',
  'embrace', 'push', 'press', 'request', 'appeal', 'advocate', 'champion', 'defend', 'attack', 'slam',
  'blast', 'hammer', 'lash', 'bash', 'mock', 'ridicule', 'applaud', 'hail', 'laud', 'celebrate', 'thank',
  'fault', 'sue', 'challenge', 'dispute', 'contest', 'doubt', 'downplay', 'confess', 'apologize',
  'apologise', 'consider', 'realize', 'realise', 'recognize', 'recognise', 'assume', 'suspect',
  'anticipate', 'project', 'calculate', 'show', 'prove', 'demonstrate', 'document', 'detail', 'cite',
  'quote', 'reference', 'refer', 'highlight', 'underline', 'underscore', 'raise', 'address', 'discuss',
  'debate', 'talk', 'answer', 'react', 'comment', 'clarify', 'proclaim', 'publish', 'release', 'disclose',
  'unveil', 'order', 'require', 'ban', 'prohibit', 'allow', 'permit', 'authorize', 'authorise', 'impose',
  'alert', 'guarantee', 'commit', 'brag', 'tout', 'trumpet', 'protest', 'object', 'regret', 'mourn',
  'deplore', 'rally', 'campaign', 'lobby', 'petition', 'label', 'brand', 'dub', 'term', 'liken', 'compare',
  'portray', 'paint', 'depict', 'characterize', 'characterise', 'frame', 'rate', 'rank', 'judge', 'assess',
  'evaluate', 'review', 'investigate', 'probe', 'examine', 'study', 'survey', 'poll', 'chant', 'yell',
  'scream', 'whisper', 'sing', 'praise', 'blame', 'accuse', 'criticize', 'criticise', 'urge', 'demand',
  'insist', 'argue', 'claim', 'allege', 'assert', 'contend', 'believe', 'expect', 'predict', 'fear', 'worry',
  'hope', 'promise', 'pledge', 'vow', 'threaten', 'warn', 'deny', 'admit', 'acknowledge', 'concede',
  'suggest', 'indicate', 'reveal', 'confirm', 'estimate', 'forecast', 'recommend', 'propose', 'describe',
  'mention', 'note', 'stress', 'emphasize', 'emphasise', 'announce', 'declare', 'report', 'complain',
  'condemn', 'denounce', 'decry', 'welcome', 'question', 'dismiss', 'insinuate', 'imply', 'signal',
  'interview', 'testify', 'agree', 'respond', 'reply', 'explain', 'add', 'ask', 'call', 'point', 'state',
  'vet', 'boast', 'joke', 'muse', 'wonder', 'recall', 'caution', 'lament', 'tweet', 'post', 'rule',
];

const IRREGULAR = [
  'know', 'knows', 'knew', 'known', 'knowing', 'think', 'thinks', 'thought', 'thinking', 'feel', 'feels',
  'felt', 'feeling', 'understand', 'understands', 'understood', 'understanding', 'find', 'finds', 'found',
  'finding', 'shown', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'tell', 'tells', 'told', 'telling',
  'say', 'says', 'said', 'saying', 'write', 'writes', 'wrote', 'written', 'writing', 'sign', 'signs',
  'signed', 'signing', 'see', 'sees', 'saw', 'seen', 'sung', 'sang', 'forbid', 'forbids', 'forbade',
  'mean', 'means', 'meant', 'hold', 'holds', 'held', 'read', 'reads', 'bet', 'bets', 'foresee', 'foresaw',
  'stand', 'stands', 'stood', 'seek', 'sought', 'seeks', 'seeking',
];

const NOUNS = [
  'statement', 'remark', 'comment', 'claim', 'assertion', 'allegation', 'accusation', 'charge', 'criticism',
  'critique', 'praise', 'support', 'opposition', 'endorsement', 'plan', 'proposal', 'decision', 'vote',
  'call', 'demand', 'request', 'appeal', 'promise', 'pledge', 'vow', 'warning', 'threat', 'prediction',
  'forecast', 'estimate', 'finding', 'report', 'study', 'survey', 'poll', 'analysis', 'view', 'opinion',
  'belief', 'argument', 'position', 'stance', 'concern', 'fear', 'worry', 'hope', 'complaint', 'objection',
  'denial', 'admission', 'apology', 'announcement', 'declaration', 'interview', 'speech', 'testimony',
  'letter', 'memo', 'tweet', 'post', 'editorial', 'column', 'ad', 'advertisement', 'message', 'question',
  'answer', 'response', 'reply', 'rebuttal', 'attack', 'suggestion', 'recommendation', 'advice',
  'insistence', 'assessment', 'verdict', 'ruling', 'order', 'decree', 'judgment', 'judgement', 'lawsuit',
  'petition', 'effort', 'bid', 'campaign', 'emphasis', 'focus', 'attention', 'reference', 'mention',
  'description', 'characterization', 'rhetoric', 'words', 'quote', 'idea', 'insight', 'doubt', 'suspicion',
  'expectation', 'intention', 'goal', 'agenda', 'policy', 'platform', 'backing', 'approval', 'rejection',
  'condemnation', 'defense', 'defence', 'explanation', 'account', 'version', 'narrative', 'insinuation',
  'implication', 'conclusion', 'disdain', 'contempt', 'admiration', 'skepticism', 'scepticism', 'outrage',
  'anger', 'frustration', 'misgivings', 'reservations', 'disagreement', 'agreement', 'consensus', 'deal',
];

function verbForms(v: string): string[] {
  const base = v.endsWith('e') && !v.endsWith('ee') ? v.slice(0, -1) : v;
  const third = /(?:s|sh|ch|x|z)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
  const doubled = /^(?:ban|bet|commit|dub|plan|prohibit|regret|vet)$/.test(v) ? v + v.slice(-1) : v;
  const past = v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${doubled}ed`;
  const ing = /[^aeiou]y$/.test(v) ? `${v}ing` : /ee$/.test(v) ? `${v}ing` : `${doubled === v ? base : doubled}ing`;
  return [v, third, past, ing];
}

const STANCE = new Set<string>(IRREGULAR);
for (const v of VERBS) for (const f of verbForms(v)) STANCE.add(f);
for (const n of NOUNS) {
  STANCE.add(n);
  STANCE.add(/(?:s|sh|ch|x|z)$/.test(n) ? `${n}es` : /[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`);
}

/** Whether a lowercased word is a form of a stance or attribution verb or noun. */
export function isStanceWord(lower: string): boolean {
  return STANCE.has(lower);
}
