/**
 * Issue normalisation: a short noun phrase, lowercased, without determiners, quantifiers,
 * framing words ("any talk of", "plans for", "the idea of") or a plural on its head, so
 * that "a carbon tax", "the carbon taxes" and "any talk of a carbon tax" are one issue.
 */
const DROP_LEAD = new Set([
  'a', 'an', 'the', 'any', 'all', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'new', 'proposed',
  'planned', 'further', 'more', 'tougher', 'stronger', 'such', 'some', 'no', 'immediate', 'fresh', 'possible', 'latest', 'ongoing',
]);
// ("a proposal to move the vote": the frame goes and the infinitive with its object is the issue,
// which the bare frame "proposal" never is)
const FRAMES = [
  'talk of', 'talks on', 'calls for', 'call for', 'plans for', 'plan for', 'plans to', 'plan to', 'the idea of', 'idea of', 'efforts to',
  'effort to', 'proposals for', 'proposal for', 'proposals to', 'proposal to', 'moves to', 'attempts to', 'attempt to', 'bid to',
  'push for', 'push to',
  // ("welcomed the decision to extend the licence": what was decided is the issue)
  'decision to', 'decisions to',
];

/**
 * "opposed the government's plan to raise taxes": a possessor (at most three words and "'s") before
 * a plan, a proposal or a decision names its author, not what is at stake; the words after it are
 * the phrase. Before a bid or an effort the possessor is the one who acts ("Georgia's bid to join
 * NATO"), and stays.
 */
const AUTHORED_FRAMES = ['plans for', 'plan for', 'plans to', 'plan to', 'proposals for', 'proposal for', 'proposals to', 'proposal to', 'decision to', 'decisions to'];
function withoutPossessorOfFrame(words: readonly string[]): readonly string[] {
  for (let k = 0; k < Math.min(words.length, 4); k++) {
    const w = words[k]!.toLowerCase();
    const possessive = w === "'s" || w === '’s' || (k > 0 && /[a-z][’']s$/.test(w));
    if (!possessive) continue;
    const from = k + 1;
    const rest = words.slice(from, from + 2).map((x) => x.toLowerCase()).join(' ');
    return AUTHORED_FRAMES.some((f) => rest === f || rest.startsWith(`${f} `)) ? words.slice(from) : words;
  }
  return words;
}
const STOP = new Set([
  'because', 'after', 'before', 'since', 'until', 'as', 'while', 'when', 'which', 'that', 'who', 'and', 'but', 'saying', 'said', 'in', 'at',
  'during', 'if', 'unless', 'than', 'despite', 'amid', 'to', 'from', 'by', 'with', 'over', 'for', 'is', 'was', 'were', 'are', 'would', 'will', 'has', 'had',
  'against', 'between', 'so', 'rather', 'ahead', 'across', 'or', 'nor', '--', 'instead', 'without', 'under', 'via', 'through',
  'within', 'beyond', 'ago',
]);
/** A day or a date after the head: "an aid operation on Monday", "the bill this year" end before it. */
const TIME_WORDS = new Set(['this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tomorrow', 'tonight', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'last', 'next', 'earlier', 'later']);
/** Days that may open an issue phrase as its time: "Saturday", "yesterday's". */
const LEAD_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'tomorrow']);
/** Adjective endings: before "and" they share the head after it ("the legal and taxation systems"). */
const ADJECTIVE_END = /^[a-z]{3,}(al|ic|ary|ive|ous|ful)$/;
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions']);
const DECISION_FRAMES = new Set(['decision to', 'decisions to']);
/** Words that place the head among others of its kind: "two earlier bids", "the previous offer". */
const LEAD_ORDER = new Set(['earlier', 'previous', 'prior']);
/** Function words that cannot end an issue: "creation of union of" ends before "of". */
const NO_END = new Set(['of', 'to', 'in', 'the', 'a', 'an', 'on', 'about', 'into', 'toward', 'towards', 'among', 'its', 'their', 'his', 'her']);

/** Words in -ly that are no adverbs: "a family", "Italy", "the supply". */
const NOT_ADVERBS = new Set(['family', 'italy', 'supply', 'assembly', 'monopoly', 'ally', 'rally', 'reply', 'july', 'anomaly', 'homily', 'lily', 'jelly', 'belly', 'bully', 'folly', 'holy', 'only', 'daily', 'weekly', 'monthly', 'early', 'friendly', 'elderly', 'likely', 'unlikely', 'costly', 'deadly', 'orderly', 'lonely', 'lovely', 'ugly', 'silly', 'wholly', 'woolly']);
/** Nouns whose "to"-phrase is part of the issue: "a path to citizenship", "cuts to welfare", "aid to Ukraine". */
const TO_NOUNS = new Set([
  'path', 'pathway', 'access', 'right', 'rights', 'cut', 'cuts', 'change', 'changes', 'amendment', 'amendments', 'aid', 'threat',
  'threats', 'return', 'transition', 'exemption', 'exemptions', 'challenge', 'challenges', 'route', 'road', 'subsidies', 'loans',
  'transfers', 'extension', 'reparations', 'accession', 'membership', 'conversion',
  // ("pushing for an end to protected aviation markets": what is to end is the issue, not "end")
  'end',
]);
/** Nouns of a change whose "in"-phrase says what changes: "an increase in the retirement age", "cuts in interest rates". */
const IN_NOUNS = new Set(['increase', 'increases', 'rise', 'rises', 'hike', 'hikes', 'cut', 'cuts', 'reduction', 'reductions', 'decrease', 'decreases', 'change', 'changes', 'freeze', 'raise']);
const RELATIVE_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'we', 'they', 'he', 'she', 'it', 'i', 'you']);
const PHRASE_PREPS = new Set(['of', 'on', 'about', 'against', 'into', 'toward', 'towards', 'between', 'among']);

const INNER_POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

function singular(w: string): string {
  if (w.length <= 3 || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  // "ties", "lies": the plural of a word in -ie
  if (w.endsWith('ies')) return w.length <= 4 ? w.slice(0, -1) : `${w.slice(0, -3)}y`;
  // "taxes", "classes" lose "es"; "abuses", "cases" only "s"
  if (/(ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/**
 * Gerunds that modify a noun as a plain adjective does, no participle with an object: "lower
 * borrowing costs", "a housing subsidy", "the voting age", "fishing quotas".
 */
const GERUND_MODIFIERS = new Set([
  'borrowing', 'lending', 'housing', 'spending', 'funding', 'voting', 'fishing', 'mining', 'shipping', 'trading', 'banking', 'building',
  'parking', 'polling', 'planning', 'manufacturing', 'processing', 'peacekeeping', 'training', 'teaching', 'nursing', 'farming',
  'drinking', 'smoking', 'gambling', 'hunting', 'logging', 'drilling', 'fracking', 'spying', 'refining',
]);

/** Normalises the words of an issue phrase (already cut at the phrase end); '' when nothing is left. */
const GERUND_FOLLOWERS = new Set(['of', 'in', 'on', 'at', 'near', 'off']);
const SUM_WORDS = new Set(['$', '€', '£', '¥', '%', 'million', 'billion', 'trillion', 'bn', 'mln', 'dollars', 'euros', 'pounds', 'percent', 'per', 'cent', 'pct']);

/**
 * "$300 million in cuts to city services", "a $10 tax on cigarettes": how much is no part of the
 * issue; what the sum is in, or what it measures, is. The number of leading words to drop.
 */
function leadingSum(ws: readonly string[]): number {
  let k = 0;
  while (k < ws.length && (SUM_WORDS.has(ws[k]!) || /^[$€£]?[\d.,]+[mbk]?$/.test(ws[k]!))) k++;
  if (k === 0 || k >= ws.length) return 0;
  return ws[k] === 'in' ? k + 1 : k;
}

/**
 * The -ed word at i follows a preposition that opens the issue's own phrase ("an end to
 * [protected] markets", "a ban on [processed] meat"): it is an adjective, not a participle
 * starting a reduced relative ("a motion submitted by Denmark").
 */
function adjectiveAfterPreposition(ws: readonly string[], i: number): boolean {
  const prev = ws[i - 1]!;
  return PHRASE_PREPS.has(prev) || (prev === 'to' && TO_NOUNS.has(ws[i - 2] ?? ''));
}

/**
 * "criticized the uncertain legal and taxation systems": an "and" between an adjective and the
 * words of one more modifier with the head noun they share is inside the phrase ("uncertain legal"
 * named nothing); the phrase's length limit still applies.
 */
function sharedModifierAnd(ws: readonly string[], i: number): boolean {
  return ws[i] === 'and' && i > 0 && ADJECTIVE_END.test(ws[i - 1]!) && i + 1 < ws.length && /^[a-z]+$/.test(ws[i + 1]!) && !STOP.has(ws[i + 1]!) && !DROP_LEAD.has(ws[i + 1]!);
}

export function normalizeIssue(words0: readonly string[]): string {
  const words = withoutPossessorOfFrame(words0);
  let ws = words.map((w) => w.toLowerCase().replace(/[’']s$/, '').replace(/[“”"]/g, '')).filter((w) => w && !/^[,.;:!?()'’]$/.test(w));
  let changed = true;
  // a frame ending in "to" leaves an infinitive first, whose object is part of the issue
  let infinitive = false;
  while (changed && ws.length) {
    changed = false;
    while (ws.length && DROP_LEAD.has(ws[0]!)) { ws = ws.slice(1); changed = true; }
    // ("defended Saturday author Orhan Pamuk's right", "backed Monday's decision": a day right after
    // the cue says when, no part of what is at stake)
    while (ws.length > 1 && LEAD_DAYS.has(ws[0]!)) { ws = ws.slice(1); changed = true; }
    // ("had rejected two earlier bids": a count or an "earlier" before the head is no part of what
    // is at stake; "one" may belong to a name: "the 'one China' policy")
    while (ws.length > 1 && ((NUMBER_WORDS.has(ws[0]!) && ws[0] !== 'one' && ws[1] !== 'of') || LEAD_ORDER.has(ws[0]!))) { ws = ws.slice(1); changed = true; }
    const sum = leadingSum(ws);
    if (sum > 0) { ws = ws.slice(sum); changed = true; }
    const joined = ws.join(' ');
    for (const f of FRAMES) {
      // (a decision to do something with an object: "the decision to ditch a fraud inquiry"; "the
      // decision to leave" keeps its head, a bare verb is no issue)
      if (DECISION_FRAMES.has(f) && ws.length <= f.split(' ').length + 1) continue;
      if (joined.startsWith(`${f} `)) { ws = ws.slice(f.split(' ').length); changed = true; infinitive = f.endsWith(' to'); break; }
    }
  }
  // "the border levy the EU charges on imports": a determiner after the head opens a relative clause
  // without "that" ("of the pipelines" keeps its article: it is the phrase's own)
  // an adverb ("the budget blindly") or a participle after the head ("a motion submitted by Denmark") ends the phrase
  const cut = ws.findIndex(
    (w, i) =>
      (STOP.has(w) && !(w === 'to' && i > 0 && TO_NOUNS.has(ws[i - 1]!)) && !(w === 'in' && i > 0 && IN_NOUNS.has(ws[i - 1]!)) && !sharedModifierAnd(ws, i)) ||
      // (a participle after the head takes an object: "a law banning abortions"; a gerund that ends
      // the phrase or takes "of" is its head: "a return to aerial spraying", "oil drilling in the Arctic")
      (i > 0 && w.endsWith('ing') && w.length > 5 && i + 1 < ws.length && !GERUND_FOLLOWERS.has(ws[i + 1]!) && !GERUND_MODIFIERS.has(w)) ||
      // ("raising the retirement age": a gerund's object is part of the issue)
      // ("to raise the retirement age": an infinitive's object too)
      (i > 0 && RELATIVE_OPENERS.has(w) && !PHRASE_PREPS.has(ws[i - 1]!) && !(ws[i - 1] === 'in' && IN_NOUNS.has(ws[i - 2] ?? '')) && !(ws[i - 1] === 'to' && TO_NOUNS.has(ws[i - 2] ?? '')) && !(i === 1 && (infinitive || (ws[0]!.endsWith('ing') && ws[0]!.length > 5)))) ||
      (i > 0 && w.endsWith('ly') && w.length > 4 && !NOT_ADVERBS.has(w)) ||
      (i > 1 && w.endsWith('ed') && w.length > 4 && !adjectiveAfterPreposition(ws, i)) ||
      // "the decision three years ago": a number after the head starts another phrase
      (i > 0 && (NUMBER_WORDS.has(w) || /^\d/.test(w) || TIME_WORDS.has(w))) ||
      // ("withdrew its support for the Liberals early this month": "early" before a time ends it too;
      // "Ukraine's early accession" keeps it)
      (i > 0 && (w === 'early' || w === 'late') && TIME_WORDS.has(ws[i + 1] ?? '')),
  );
  if (cut >= 0) ws = ws.slice(0, cut);
  ws = ws.slice(0, 5);
  while (ws.length && (NO_END.has(ws[ws.length - 1]!) || ws[ws.length - 1] === 'and' || ws[ws.length - 1] === 'or')) ws = ws.slice(0, -1);
  // "of"-phrases keep their head plural ("reopening of the pipelines" → "reopening of pipeline")
  if (!ws.length) return '';
  // ("tariffs on its steel": an owner's pronoun inside the phrase names no one the issue can keep)
  ws = ws.filter((w, i) => !(i > 0 && (w === 'the' || w === 'a' || w === 'an' || INNER_POSSESSIVES.has(w))));
  ws[ws.length - 1] = singular(ws[ws.length - 1]!);
  return ws.join(' ');
}

/** Words of a phrase from token texts, stopping at punctuation or after max words. */
export function phraseWords(texts: readonly string[], max = 9): string[] {
  const out: string[] = [];
  for (const t of texts) {
    if (/^[,.;:!?()“”"—–]$/.test(t)) break;
    out.push(t);
    if (out.length >= max) break;
  }
  return out;
}
