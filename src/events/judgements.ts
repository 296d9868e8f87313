/**
 * Stances from what a speaker says of a measure: "Peskov said the sanctions were illegal",
 * "The tax is a disaster for farmers, Lind said", "Whitfield called the proposal a betrayal",
 * "the union described the pay offer as an insult", "hailed the deal as historic". The quote layer
 * gives the speaker and the content; the content takes a side when its subject (or the object of
 * "called/described ... as") is a measure and what is said of it is clearly evaluative. A wrong
 * stance is worse than a missed one, so every doubt drops the judgement: no named speaker, a
 * question, a condition, a hedge ("could be"), a view reported inside the view, a judged thing
 * that is not a measure (a person, a place, an event, a pronoun "the plan" cannot resolve).
 */
import type { Quote, Stance, Token } from '../document/types.js';
import type { MentionRef } from './attribution.js';
import { normalizeIssue, phraseWords } from './issue.js';
import { refersToMeasure } from './proposals.js';
import { BARE_FRAMES } from './stances.js';

/** Single-word changes that name nothing changed: "the change", "the increase". */
const VAGUE_CHANGES = new Set(['change', 'increase', 'process', 'sentence']);

type Polarity = 'support' | 'oppose';

/** Cues that assert what follows as the speaker's own view: "said", "argued", "wrote". ("denied" reverses it; "asked" questions it.) */
const ASSERTING_CUES = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'argued', 'argues', 'insisted', 'insists', 'stressed', 'stresses',
  'noted', 'notes', 'wrote', 'writes', 'declared', 'declares', 'stated', 'states', 'warned', 'warns', 'maintained', 'maintains',
  'contended', 'contends', 'asserted', 'asserts', 'tweeted', 'posted', 'explained', 'complained', 'complains', 'charged', 'according',
  'reiterated', 'reiterates', 'emphasized', 'emphasised', 'underlined', 'affirmed', 'reaffirmed', 'remarked', 'commented', 'observed',
  'admitted', 'acknowledged', 'saying', 'believes', 'believed', 'thinks',
]);
/** Cues that name their object as something: "called the proposal a betrayal", "described the offer as an insult". */
const NAMING_CUES = new Set([
  'called', 'calls', 'call', 'calling', 'described', 'describes', 'describing', 'labelled', 'labeled', 'labels', 'branded', 'brands',
  'termed', 'terms', 'characterised', 'characterized', 'hailed', 'hails', 'praised', 'praises', 'welcomed', 'welcomes', 'denounced',
  'denounces', 'condemned', 'condemns', 'criticised', 'criticized', 'slammed', 'blasted', 'decried', 'decries',
]);
/** Naming cues that carry a side of their own: the judgement must agree with it. */
const CUE_SIDE = new Map<string, Polarity>([
  ...['hailed', 'hails', 'praised', 'praises', 'welcomed', 'welcomes'].map((w) => [w, 'support'] as const),
  ...['denounced', 'denounces', 'condemned', 'condemns', 'criticised', 'criticized', 'slammed', 'blasted', 'decried', 'decries'].map((w) => [w, 'oppose'] as const),
]);

/** Copulas of a plain judgement; "could be", "may be" only hedge and are left out. */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remain', 'remained']);
const COPULA_AUX = new Set(['has', 'have', 'had', 'would', 'will']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
/** Degree words before the evaluation: "completely unacceptable", "simply wrong", "so dangerous". */
const DEGREE = new Set(['so', 'very', 'too', 'just', 'also', 'still', 'both', 'quite', 'equally', 'entirely', 'utterly', 'absolutely']);

const NEG_ADJ = new Set([
  'illegal', 'unlawful', 'unconstitutional', 'unfair', 'unjust', 'wrong', 'reckless', 'dangerous', 'unacceptable', 'irresponsible',
  'disastrous', 'catastrophic', 'absurd', 'outrageous', 'shameful', 'scandalous', 'disgraceful', 'counterproductive', 'illegitimate',
  'discriminatory', 'cruel', 'inhumane', 'misguided', 'ill-conceived', 'flawed', 'unworkable', 'unnecessary', 'unjustified', 'unwarranted',
  'unreasonable', 'unsustainable', 'harmful', 'damaging', 'destructive', 'ridiculous', 'immoral', 'undemocratic', 'inadmissible',
  'pointless', 'useless', 'ineffective', 'deplorable', 'regrettable', 'hypocritical', 'insulting', 'unjustifiable', 'indefensible',
]);
const POS_ADJ = new Set([
  'vital', 'essential', 'crucial', 'necessary', 'fair', 'historic', 'overdue', 'justified', 'reasonable', 'sensible', 'beneficial',
  'positive', 'welcome', 'appropriate', 'correct', 'balanced', 'good', 'excellent', 'wise', 'indispensable', 'constructive',
  'encouraging', 'right',
]);
/** Nouns that judge on their own: "a mistake", "a betrayal of working people", "a milestone". */
const NEG_NOUNS = new Set([
  'mistake', 'error', 'disaster', 'catastrophe', 'betrayal', 'insult', 'farce', 'sham', 'disgrace', 'scandal', 'travesty', 'outrage',
  'provocation', 'affront', 'violation', 'breach', 'folly', 'blunder', 'fiasco', 'nightmare', 'abomination', 'crime',
]);
const POS_NOUNS = new Set(['necessity', 'lifeline', 'milestone', 'breakthrough', 'success', 'achievement', 'triumph', 'landmark', 'boon']);
/** Words before any noun that make it a judgement: "a bad idea", "the right decision", "a dangerous precedent". */
// ("huge", "grave" only grade a judgement a noun makes: "a grave mistake", never "a huge step")
const NEG_MODS = new Set(['wrong', 'bad', 'terrible', 'dangerous', 'reckless', 'unfair', 'illegal', 'cynical', 'irresponsible', 'misguided']);
const POS_MODS = new Set(['right', 'good', 'great', 'fair', 'sensible', 'positive', 'welcome', 'important', 'historic', 'necessary', 'vital', 'essential', 'crucial', 'constructive', 'reasonable', 'balanced', 'bold', 'courageous', 'honest']);
/** Nouns a modifier judges through: "the right decision", "an important step"; not "a huge crowd". */
const JUDGED_NOUNS = new Set(['step', 'move', 'decision', 'deal', 'thing', 'way', 'idea', 'precedent', 'choice', 'signal', 'compromise', 'solution', 'measure', 'option', 'policy', 'agreement', 'answer', 'approach', 'response']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words that may follow a judging adjective: "illegal and", "vital for", "necessary to". */
const AFTER_JUDGEMENT = new Set(['and', 'or', 'but', 'for', 'to', 'because', 'since', 'as', 'in', 'at', 'on', 'under', 'given', 'that', 'enough', 'now', 'too', 'then', 'from', 'with', 'by', 'if', 'unless', 'both', 'even', 'according', 'nor', 'yet', 'while', 'when', 'he', 'she', 'they', 'it', 'we', 'i', 'said', 'says', 'told', 'added']);

/**
 * The measures a judgement can be about: laws, taxes, deals, sanctions, decisions and the acts of
 * states on others. A judged event ("the attack was cowardly"), a situation or a person is no issue.
 */
const MEASURE_HEADS = new Set([
  'sanction', 'tax', 'tariff', 'levy', 'duty', 'law', 'bill', 'legislation', 'reform', 'policy', 'plan', 'proposal', 'deal', 'agreement',
  'accord', 'treaty', 'pact', 'ceasefire', 'truce', 'ban', 'embargo', 'blockade', 'boycott', 'cut', 'subsidy', 'budget', 'offer', 'rule',
  'regulation', 'ruling', 'verdict', 'decree', 'amendment', 'bailout', 'package', 'programme', 'program', 'scheme', 'mandate', 'quota',
  'freeze', 'hike', 'deportation', 'annexation', 'occupation', 'invasion', 'merger', 'takeover', 'privatisation', 'privatization',
  'austerity', 'lockdown', 'curfew', 'restriction', 'moratorium', 'exemption', 'pardon', 'amnesty', 'extradition', 'intervention',
  'closure', 'resolution', 'motion', 'referendum', 'settlement', 'wall', 'pipeline', 'constitution', 'charter', 'pension', 'increase',
  'change', 'fee', 'fine', 'penalty', 'surcharge', 'stimulus', 'spending', 'loan', 'aid', 'war', 'withdrawal', 'expansion', 'cap',
  'decision', 'execution', 'sentence', 'warrant', 'deployment', 'resumption', 'replacement', 'conversion', 'action', 'process',
  'detention', 'arrest', 'enlargement', 'extension', 'abolition', 'repeal', 'suspension',
]);
/** Words in a subject that mean another's view is reported inside the speaker's: "critics say the tax ...". */
const NESTED_VIEW = new Set([
  'say', 'says', 'said', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'argue', 'argues', 'argued', 'claim', 'claims',
  'claimed', 'insist', 'insists', 'insisted', 'feel', 'feels', 'felt', 'know', 'knows', 'knew', 'agree', 'agrees', 'agreed', 'fear',
  'fears', 'feared', 'warn', 'warns', 'warned', 'told', 'suggest', 'suggests', 'suggested', 'deny', 'denies', 'denied', 'whether', 'if',
  'unless', 'when', 'who', 'which', 'that', 'whatever', 'what',
]);
/** A subject that starts like this is no noun phrase of a measure: "it was illegal", "if the tax is", "what happened was". */
const BAD_FIRST = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'what', 'which', 'who', 'if', 'whether', 'when', 'unless', 'for', 'on', 'to', 'and', 'but', 'so', 'because', 'while', 'as', 'one']);
/** After the evaluation, a condition makes it hypothetical: "would be a mistake if ...". */
const CONDITIONS = new Set(['if', 'unless', 'provided']);

/** Words before a cue that put the view in the past: "once praised". */
const FORMERLY = new Set(['once', 'formerly', 'previously', 'initially', 'originally']);
const TIME_OWNERS = new Set(['today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const isQuoteMark = (t: Token) => /^[“”"'‘’«»]$/.test(t.text);

/** The evaluation starting at token `p` (after degree words), with its side and its end, or null. */
function evaluationAt(tokens: readonly Token[], lower: readonly string[], p: number, hi: number): { polarity: Polarity; end: number } | null {
  while (p < hi && (isQuoteMark(tokens[p]!) || DEGREE.has(lower[p]!) || (/^[a-z]+ly$/.test(lower[p]!) && lower[p] !== 'only'))) p++;
  if (p >= hi) return null;
  const w = lower[p]!;
  // "long overdue": the adverb "long" before "overdue"
  if (w === 'long' && lower[p + 1] === 'overdue') return { polarity: 'support', end: p + 2 };
  // "contrary to international law", "in breach of the treaty", "against the law"
  if (w === 'contrary' && lower[p + 1] === 'to') return { polarity: 'oppose', end: p + 2 };
  if (w === 'in' && (lower[p + 1] === 'violation' || lower[p + 1] === 'breach') && lower[p + 2] === 'of') return { polarity: 'oppose', end: p + 3 };
  if (w === 'against' && (lower[p + 1] === 'the' || lower[p + 1] === 'international') && lower[p + 2] === 'law') return { polarity: 'oppose', end: p + 3 };
  // an adjective before a noun judges that noun, not the subject: "would be good news for Asia"
  const bare = !(p + 1 < hi && tokens[p + 1]!.kind === 'word' && !AFTER_JUDGEMENT.has(lower[p + 1]!));
  if (NEG_ADJ.has(w)) return bare ? { polarity: 'oppose', end: p + 1 } : null;
  // ("the right to strike", "welcome to join" say nothing of the subject's merit)
  if (POS_ADJ.has(w) && bare && !((w === 'right' || w === 'welcome') && lower[p + 1] === 'to')) return { polarity: 'support', end: p + 1 };
  if (!DETERMINERS.has(w)) return null;
  // "a step forward", "a step backwards", "a step in the right direction"
  if (lower[p + 1] === 'step') {
    const next = lower[p + 2] ?? '';
    if (next === 'forward' || (next === 'in' && lower[p + 4] === 'right' && lower[p + 5] === 'direction')) return { polarity: 'support', end: next === 'forward' ? p + 3 : p + 6 };
    if (next === 'backward' || next === 'backwards' || next === 'back') return { polarity: 'oppose', end: p + 3 };
  }
  // "a slap in the face", "the only (honest) way", "a (grave) mistake", "the right thing"
  if (lower[p + 1] === 'slap' && lower[p + 2] === 'in') return { polarity: 'oppose', end: p + 2 };
  const mods: string[] = [];
  let k = p + 1;
  while (k < hi && k <= p + 3 && tokens[k]!.kind === 'word') {
    const x = lower[k]!;
    // "the tax a mistake": a second determiner starts another phrase
    if (DETERMINERS.has(x)) return null;
    if (NEG_NOUNS.has(x)) return mods.some((m) => POS_MODS.has(m) && !NEG_MODS.has(m)) ? null : { polarity: 'oppose', end: k + 1 };
    if (POS_NOUNS.has(x)) return mods.some((m) => NEG_MODS.has(m) && !POS_MODS.has(m)) ? null : { polarity: 'support', end: k + 1 };
    if (JUDGED_NOUNS.has(x) && mods.length) {
      if (x === 'way' || x === 'option' || x === 'solution' || x === 'answer') if (mods.includes('only') || mods.includes('best')) return { polarity: 'support', end: k + 1 };
      const pos = mods.some((m) => POS_MODS.has(m)), neg = mods.some((m) => NEG_MODS.has(m) && !POS_MODS.has(m));
      if (pos !== neg) return { polarity: pos ? 'support' : 'oppose', end: k + 1 };
      return null;
    }
    mods.push(x);
    k++;
  }
  return null;
}

/** The head of a normalised issue: the word before its first "of/to/in/on/for", else its last word. */
function issueHead(issue: string): string {
  const ws = issue.split(' ');
  const cut = ws.findIndex((w, i) => i > 0 && ['of', 'to', 'in', 'on', 'for', 'against'].includes(w));
  const head = cut > 0 ? ws[cut - 1]! : ws[ws.length - 1]!;
  return head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.replace(/(?<=[^s])s$/, '').replace(/(?<=x)es$/, '');
}

/**
 * The issue of a judged subject (tokens a..b), or null when it is no measure: a name, a person, a
 * pronoun, a view reported inside the view, a frame that the story's measure does not resolve.
 */
function measureIssue(tokens: readonly Token[], lower: readonly string[], a: number, b: number, ms: readonly MentionRef[], measure: string | null, naming: boolean): string | null {
  if (b - a < 1 || b - a > 9 || BAD_FIRST.has(lower[a]!)) return null;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === 'punct' && !isQuoteMark(tokens[k]!) && tokens[k]!.text !== '-') return null;
  for (let k = a; k < b; k++) if (NESTED_VIEW.has(lower[k]!)) return null;
  // ("called the government to increase efforts ...": an appeal, not a measure named)
  if (naming) for (let k = a; k < b; k++) if (lower[k] === 'to' || lower[k] === 'on') return null;
  // a name as the whole subject ("Berg is a disaster", "the Senate was wrong") is a side, not an issue
  let d = a;
  while (d < b && DETERMINERS.has(lower[d]!)) d++;
  if (ms.some((m) => m.start <= d && m.end >= b && m.entity.type !== 'MISC')) return null;
  // "Russia's annexation of Crimea": whose measure it is is no part of the issue
  let s = a;
  const owner = ms.find((m) => m.start === a);
  if (owner && ["'s", "'"].includes(lower[owner.end] ?? '')) s = owner.end + 1;
  // "Today's settlement", "last week's ruling": when it was is no part of the issue either
  else if (TIME_OWNERS.has(lower[a]!) && lower[a + 1] === "'s") s = a + 2;
  else if ((lower[a] === 'last' || lower[a] === 'next' || lower[a] === 'this') && lower[a + 2] === "'s") s = a + 3;
  // "the EU leaders' decision": any other owner goes too, and what it owns must say something alone
  else for (let k = a + 1; k < b && k <= a + 4; k++) if (lower[k] === "'s" || lower[k] === "'") { s = k + 1; break; }
  let words = phraseWords(tokens.slice(s, b).filter((t) => !isQuoteMark(t)).map((t) => t.text), 9);
  // "the decision to lift the fuel tax" is, as an issue, what it decides: the frame of "a plan to"
  const d2 = words.findIndex((w) => /^decisions?$/i.test(w));
  if (d2 >= 0 && d2 <= 1 && words[d2 + 1] === 'to') words = ['plan', ...words.slice(d2 + 1)];
  if (measure && refersToMeasure(words)) return measure;
  const issue = normalizeIssue(words);
  // a bare frame says nothing of what is at stake ("the decision was wrong", "the change was fair")
  if (!issue || issue.split(' ').length > 5 || BARE_FRAMES.has(issue) || VAGUE_CHANGES.has(issue)) return null;
  const head = issueHead(issue);
  // ("the Clean Air Act": an act is a measure only by name)
  const named = head === 'act' && ms.some((m) => m.entity.type === 'MISC' && m.start >= s && m.end === b);
  return MEASURE_HEADS.has(head) || named ? issue : null;
}

/** Words that join the names of a source: "France and the European Union", "Egypt, Qatar and Jordan". */
const NAME_JOINERS = new Set(['and', ',', 'the']);

/**
 * The names of a source with no one speaker, when it holds nothing else: "France and the European
 * Union", "Egypt, Qatar and Jordan" (people, organisations or countries, two or more). Else none.
 */
function namesOfSource(tokens: readonly Token[], lower: readonly string[], lo: number, hi: number, ms: readonly MentionRef[], span: { start: number; end: number } | null | undefined): string[] {
  if (!span) return [];
  let k = tokenFrom(tokens, lo, hi, span.start);
  const ids: string[] = [];
  while (k < hi && tokens[k]!.start < span.end) {
    const m = ms.find((x) => x.start === k);
    if (m && (m.entity.type === 'PERSON' || m.entity.type === 'ORG' || m.entity.type === 'LOC')) {
      if (!ids.includes(m.entity.id)) ids.push(m.entity.id);
      k = m.end;
    } else if (NAME_JOINERS.has(lower[k]!)) k++;
    else return [];
  }
  return ids.length > 1 ? ids : [];
}

/** First token index at or after a character offset. */
function tokenFrom(tokens: readonly Token[], lo: number, hi: number, at: number): number {
  let k = lo;
  while (k < hi && tokens[k]!.start < at) k++;
  return k;
}

/**
 * "the sanctions were illegal": the copula of a judgement in a subject at `a`, scanning at most
 * ten tokens; the subject ends before it. Returns [copulaStart, evaluationStart, negated] or null.
 */
function copulaAfter(lower: readonly string[], a: number, hi: number): [number, number, boolean] | null {
  for (let k = a + 1; k < hi && k <= a + 10; k++) {
    const w = lower[k]!;
    let c = k;
    if (COPULA_AUX.has(w)) {
      let j = k + 1;
      const neg = NEGATIONS.has(lower[j] ?? '');
      if (neg) j++;
      const be = (w === 'would' || w === 'will') ? lower[j] === 'be' : lower[j] === 'been';
      if (!be) continue;
      return [c, j + 1, neg];
    }
    if (!COPULAS.has(w)) continue;
    c = k;
    let j = k + 1;
    const neg = NEGATIONS.has(lower[j] ?? '');
    if (neg) j++;
    return [c, j, neg];
  }
  return null;
}

/**
 * A judgement in the piece of quote content that starts at token `a`: the judged issue, the side,
 * and the tokens of its evidence, or null. `naming` is the cue that names its object
 * ("called X a betrayal"), else the content is a clause with a copula.
 */
function judgementAt(tokens: readonly Token[], lower: readonly string[], a: number, hi: number, ms: readonly MentionRef[], measure: string | null, naming: boolean): { issue: string; polarity: Polarity; end: number } | null {
  while (a < hi && (isQuoteMark(tokens[a]!) || lower[a] === 'that')) a++;
  if (a >= hi) return null;
  let subjectEnd = -1, evalStart = -1, negated = false;
  if (naming) {
    // "described the pay offer as an insult"; "called the proposal a betrayal"
    for (let k = a + 1; k < hi && k <= a + 10 && evalStart < 0; k++) {
      if (lower[k] === 'as') { subjectEnd = k; evalStart = k + 1; }
      else if (evaluationAt(tokens, lower, k, hi)) { subjectEnd = k; evalStart = k; }
    }
  } else {
    const c = copulaAfter(lower, a, hi);
    if (c) [subjectEnd, evalStart, negated] = c;
  }
  if (subjectEnd < 0) return null;
  const ev = evaluationAt(tokens, lower, evalStart, hi);
  if (!ev) return null;
  // "would be a mistake if ...": a judgement under a condition is no side taken
  for (let k = ev.end; k < hi && tokens[k]!.text !== ';'; k++) if (CONDITIONS.has(lower[k]!)) return null;
  // "was not illegal" defends the measure against a charge without backing it: dropped; "is not
  // fair", "was not the right decision" deny a merit and oppose
  if (negated && ev.polarity === 'oppose') return null;
  const issue = measureIssue(tokens, lower, a, subjectEnd, ms, measure, naming);
  if (!issue) return null;
  return { issue, polarity: negated ? 'oppose' : ev.polarity, end: ev.end };
}

/**
 * "welcomed the ceasefire agreement", "hailed the decision to lift the fuel tax": a praising cue
 * takes the side of the measure that is its whole object. (Condemning cues are stance cues already.)
 */
function praisedMeasure(tokens: readonly Token[], lower: readonly string[], a: number, b: number, ms: readonly MentionRef[], measure: string | null): { issue: string; polarity: Polarity; end: number } | null {
  let e = a;
  while (e < b && (tokens[e]!.kind === 'word' || isQuoteMark(tokens[e]!))) e++;
  const issue = measureIssue(tokens, lower, a, e, ms, measure, false);
  return issue ? { issue, polarity: 'support', end: e } : null;
}

/** Pronouns by which a speaker goes on about itself: "Russia said it welcomed the agreement". */
const SELF_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);
const PRAISING = new Set(['welcomed', 'welcomes', 'praised', 'praises', 'hailed', 'hails']);

/**
 * "Russia said it welcomed the agreement": a reported content that opens with the speaker's own
 * pronoun and a praising verb (after "has"/"had" at most) praises what follows. The token after
 * the verb, or -1.
 */
function reportedPraise(lower: readonly string[], a: number, b: number): number {
  if (!SELF_PRONOUNS.has(lower[a] ?? '')) return -1;
  let v = a + 1;
  if (lower[v] === 'has' || lower[v] === 'had' || lower[v] === 'have') v++;
  return v + 1 < b && PRAISING.has(lower[v]!) ? v + 1 : -1;
}

/**
 * Stances a named speaker takes by judging a measure, in one sentence (tokens lo..hi). `taken`
 * holds the stances found in the sentence already: a judgement that repeats one adds nothing.
 */
export function judgementStances(
  text: string,
  tokens: readonly Token[],
  lower: readonly string[],
  lo: number,
  hi: number,
  ms: readonly MentionRef[],
  quotes: readonly Quote[],
  offset: number,
  measure: string | null,
  taken: readonly Stance[],
): Stance[] {
  if (lo >= hi) return [];
  // a question judges nothing: "Is the tax fair?"
  for (let k = lo; k < hi; k++) if (tokens[k]!.text === '?') return [];
  const from = tokens[lo]!.start, to = tokens[hi - 1]!.end;
  const out: Stance[] = [];
  for (const q of quotes) {
    if (!q.cue || q.end <= from || q.start >= to) continue;
    // ("France and the European Union also praised the deal": a source of names joined by "and"
    // has no one speaker; each name holds the judgement)
    const speakers = q.speaker ? [q.speaker] : namesOfSource(tokens, lower, lo, hi, ms, q.sourceSpan);
    if (!speakers.length) continue;
    // the cue's verb: "said", "has insisted", "issued a statement saying"; "according to"
    const cueWords = text.slice(q.cue.start, q.cue.end).toLowerCase().split(/\s+/);
    const cue = cueWords[0] === 'according' ? 'according' : cueWords[cueWords.length - 1]!;
    // "did not call", "once praised": a cue denied, or a side taken once and since perhaps left
    if (cueWords.some((w) => NEGATIONS.has(w) || FORMERLY.has(w))) continue;
    const naming = NAMING_CUES.has(cue);
    if (!naming && !ASSERTING_CUES.has(cue)) continue;
    // "did not call the plan a mistake": a cue denied
    const cueTok = tokenFrom(tokens, lo, hi, q.cue.start);
    if (cueTok < hi && tokens[cueTok]!.start === q.cue.start && NEGATIONS.has(lower[cueTok - 1] ?? '')) continue;
    // "who once praised the trade pact": a side taken once and since left
    if (cueTok < hi && FORMERLY.has(lower[cueTok - 1] ?? '')) continue;
    // the content's own start, or the start of a sentence inside a long quotation
    const a = q.start >= from ? tokenFrom(tokens, lo, hi, q.start) : lo;
    const b = Math.min(hi, tokenFrom(tokens, lo, hi, q.end));
    if (b <= a) continue;
    // a naming cue's content follows it: "called the proposal a betrayal"
    // ("called on Thai authorities to ...": the content must be the cue's own object)
    if (naming && (q.start < q.cue.end || tokenFrom(tokens, lo, hi, q.cue.end) !== a)) continue;
    const praiseAt = naming ? -1 : reportedPraise(lower, a, b);
    const j = praiseAt >= 0 ? praisedMeasure(tokens, lower, praiseAt, b, ms, measure) : judgementAt(tokens, lower, a, b, ms, measure, naming) ?? (CUE_SIDE.get(cue) === 'support' ? praisedMeasure(tokens, lower, a, b, ms, measure) : null);
    if (!j) continue;
    if (naming && CUE_SIDE.has(cue) && CUE_SIDE.get(cue) !== j.polarity) continue;
    for (const holder of speakers) {
      if (taken.some((s) => s.holder === holder && s.issue === j.issue) || out.some((s) => s.holder === holder && s.issue === j.issue)) continue;
      // ("the proposal a betrayal" as the speaker's own content of a naming cue: evidence from the cue on)
      const start = naming ? Math.min(q.cue.start, tokens[a]!.start) : tokens[a]!.start;
      const end = tokens[j.end - 1]!.end;
      out.push({ id: `st${offset + out.length + 1}`, start, end, text: text.slice(start, end), holder, issue: j.issue, polarity: j.polarity });
    }
  }
  return out;
}
