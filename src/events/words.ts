/** Small closed word classes used by the event rules (lowercased). */

const set = (s: string) => new Set(s.split(' '));

export const DETERMINERS = set(
  'a an the this that these those his her its their our my your any no each every some another both either two three four several new further fresh',
);
export const PREPOSITIONS = set(
  'at after before during following since for of over about on in into despite amid amidst from to by with without ahead until towards toward against under between among through throughout behind',
);
// ("marched through Madrid": the route of a march is where it took place)
export const LOCATIVE = set('in at near outside inside across around throughout off along through');
export const AUX = set(
  "will 'll shall would could might may can must should not n't never did do does had has have is are was were be been being am to also again still now later reportedly allegedly already jointly formally officially finally then soon once yet first expected due scheduled set planned plans plan going likely unlikely about ready poised",
);
export const MODAL_HYPO = set('could might may would can should must');
export const FUTURE = set("will 'll shall");
export const SCHEDULE = set('due scheduled expected set planned plans plan going poised ready');
export const NEGATORS = set("not n't never");
export const PAST_AUX = set('did had has have was were');
export const BE_PRESENT = set('is are am');

/**
 * Verbs whose infinitive complement is only wished for, asked for, threatened or plotted ("a plot to
 * assassinate the judge"), or still required ("the deal still needs to be ratified").
 */
export const HYPO_GOVERNORS = set(
  'need needs threatened threaten threatens threatening urged urge urges urging asked ask asks asking promised promise promises pledged pledge pledges vowed vow vows hoped hope hopes hoping wants want wanted offered offer offers proposed propose proposes called calls call sought seek seeks seeking invited invite encouraged pressed press intends intend intended would like considering considered consider wish wished plotting plotted plot plots' +
    // ("Brazil has pushed for it to be signed this year": pressing for an act is no sign it happened)
    ' pushed pushes pushing lobbied lobbies lobbying campaigned campaigning' +
    // ("mediators were pressing both sides to agree on a truce", "pressured Israel to withdraw":
    // pressure to act is no sign the act happened)
    ' pressing presses pressure pressures pressured pressuring',
);
/** Verbs whose infinitive complement is arranged (scheduled). */
// ("extremists were planning to kidnap officials": a plan in the progressive is a plan too)
export const SCHED_GOVERNORS = set('agreed agree agrees decided decide decides plans plan planned planning scheduled due expected set arranged prepared preparing intends');
/** Verbs of permission: their complement happens only if they are granted ("allow the talks to resume"). */
export const PERMIT = set('allow allows allowed allowing permit permits permitted permitting let lets letting');
/**
 * A permission at `k` is withheld: a negator right before it ("will not allow", "won't let") or a
 * refusal of it ("refused to allow").
 */
export function withheldPermission(lower: readonly string[], k: number, lo: number): boolean {
  if (!PERMIT.has(lower[k] ?? '')) return false;
  for (let j = k - 1; j >= lo && j >= k - 3; j--) {
    if (NEGATORS.has(lower[j]!)) return true;
    if (lower[j] === 'to' && NEG_GOVERNORS.has(lower[j - 1] ?? '')) return true;
  }
  return false;
}
/** Verbs whose complement did not happen. */
// ("abandoned plans to merge after failing to agree on the terms": the gerund fails too)
export const NEG_GOVERNORS = set('refused refuse refuses refusing declined decline declines declining failed fail fails failing denied deny denies');

/** Heads of a source phrase that leave the source unnamed. */
export const UNNAMED_HEADS = set(
  'official officials source sources diplomat diplomats people person aide aides spokesman spokeswoman spokesperson residents witnesses analysts observers statement communique governments officers police insiders mediators negotiators someone lawmakers activists report reports media documents agencies groups experts rescuers medics doctors workers',
);
/** Speech and report verbs: they attribute what follows or precedes them. */
export const SPEECH = set(
  'said says say told tells tell added adds stated reported reports confirmed confirms claimed claims alleged alleges insisted insists noted notes warned warns argued argues wrote writes tweeted posted announced announces believes believe believed suggested suggest',
);
export const DENY = set('denied denies deny denying');
/** Verbs that open a report of their own (not nouns like "reports", "claims": "denied reports that ..."). */
export const REPORTING_VERBS = set('said says told tells added adds insisted insists stated warned warns confirmed confirms argued noted announced');

/**
 * "denied all the accusations and would cooperate": a denial whose object is a noun phrase (no
 * verb group between the cue and "and"/"but") ends there, and the verb group after it is its
 * subject's own, neither denied nor reported by the denial. Returns that "and"/"but", else -1.
 */
export function denialObjectEnd(lower: readonly string[], cue: number, hi: number): number {
  const first = lower[cue + 1] ?? '';
  if (first === 'that' || first === 'he' || first === 'she' || first === 'it' || first === 'they' || first === 'we') return -1;
  for (let k = cue + 1; k < hi - 1 && k <= cue + 10; k++) {
    const w = lower[k]!;
    if (w === ',' || w === ';' || AUX.has(w) || /ed$/.test(w)) return -1;
    if ((w === 'and' || w === 'but') && (AUX.has(lower[k + 1]!) || /ed$/.test(lower[k + 1]!))) return k;
  }
  return -1;
}
/** Currency names: "New Taiwan dollars" names no actor; "5 million euros in aid" is an amount. */
export const CURRENCIES = set(
  'dollar dollars euro euros yuan yen pounds rupee rupees peso pesos franc francs rouble roubles ruble rubles dinar dinars shekel shekels lira naira rand krona kroner reais',
);
/** The last word of a sum of money: "5 million euros", "$2bn", "300,000". */
export function endsAmount(w: string, kind: string): boolean {
  return kind === 'number' || CURRENCIES.has(w) || w === 'million' || w === 'billion' || w === 'trillion' || /^\d+(\.\d+)?(m|bn)$/.test(w);
}
export const CLAUSE_OPENERS = set('where while but who which whereas although though when as whose');

export function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Words that qualify a crime between "of" and its noun: "on suspicion of [attempted] murder". */
const CRIME_QUALIFIERS = set('attempted armed aggravated sexual serious violent grievous first-degree second-degree third-degree');

/**
 * The index of the "of" before an event noun at `start`, past up to two qualifiers of a crime
 * ("suspicion of attempted murder"), else -1.
 */
export function ofBeforeCrime(lower: readonly string[], start: number, lo: number): number {
  let k = start - 1;
  while (k > lo && start - k <= 2 && CRIME_QUALIFIERS.has(lower[k]!)) k--;
  return k >= lo && lower[k] === 'of' ? k : -1;
}

/**
 * The comma at k closes a relative aside (", which brokered the ceasefire,", ", who chairs the
 * bloc,"): the index of the comma that opens it (twelve tokens back at most, no other punctuation
 * between), or -1.
 */
export function relativeAsideOpen(lower: readonly string[], k: number, lo: number): number {
  if (lower[k] !== ',') return -1;
  for (let j = k - 1; j >= lo && j >= k - 12; j--) {
    const w = lower[j]!;
    if (w === ',') return lower[j + 1] === 'which' || lower[j + 1] === 'who' ? j : -1;
    if (!/^[\p{L}\p{N}]/u.test(w)) return -1;
  }
  return -1;
}

/** The word at k, or '' outside the array (reading lower[-1] or past the end deoptimises the caller). */
export function wordAt(lower: readonly string[], k: number): string {
  return k >= 0 && k < lower.length ? lower[k]! : '';
}

const MONTH_NAMES = set('January February March April May June July August September October November December');
/** Days and months, lowercased, with the months' short forms: "on Monday", "on Dec. 10". */
export const CALENDAR_NAMES = set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan. feb. aug. sept. oct. nov. dec.',
);
/** A month's capitalised name ("the end of March"): a date, whatever noun its lowercase form is. */
export function isMonthName(text: string): boolean {
  return MONTH_NAMES.has(text);
}

/**
 * Nouns for armed men: when they attack a bare name ("Rebels attacked Goma"), the name is a
 * town struck by arms, not a government criticised ("He attacked Washington for its arms sales");
 * when they seize or capture one ("M23 rebels seized Goma"), a town taken by force.
 */
const ARMED_MEN = new Set(['rebels', 'militants', 'insurgents', 'gunmen', 'fighters', 'jihadists', 'militiamen', 'militias', 'militia', 'troops', 'soldiers', 'forces', 'guerrillas', 'attackers', 'assailants', 'raiders', 'bandits', 'pirates']);

/** The word right before the attacking verb at `start` (past "have", "had", "reportedly") names armed men. */
export function armedSubjectBefore(lower: readonly string[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (lower[k] === 'have' || lower[k] === 'had' || lower[k] === 'has' || lower[k] === 'reportedly' || lower[k] === 'also')) k--;
  return k >= 0 && ARMED_MEN.has(lower[k]!);
}

/**
 * "The troops withdrew on Friday", "The army did not withdraw until Friday": armed men who
 * withdraw with no object have left ground (the lexicon asks "withdraw" for an object or "from",
 * since "withdrew its offer" or "withdrew from the race" yields nothing). The word before the verb
 * (past auxiliaries, a negation, "will"/"would", "to" after "agreed"/"began"/"refused") names armed
 * men or the army.
 */
export function armedMenWithdraw(lower: readonly string[], i: number): boolean {
  if (!/^withdr/.test(lower[i] ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && WITHDRAWAL_AUX.has(lower[k]!)) k--;
  if (lower[k + 1] === 'to' && k >= 0 && /(ed|ee|ees)$/.test(lower[k]!)) {
    k--;
    while (k >= 0 && WITHDRAWAL_AUX.has(lower[k]!)) k--;
  }
  return k >= 0 && (ARMED_MEN.has(lower[k]!) || lower[k] === 'army' || lower[k] === 'armies');
}

const WITHDRAWAL_AUX = new Set(['have', 'had', 'has', 'did', 'does', 'do', 'not', "n't", 'never', 'will', 'would', 'to', 'finally', 'eventually', 'also', 'then', 'later', 'reportedly', 'fully', 'partially', 'already', 'began', 'started', 'must', 'should', 'could', 'may']);

/** Nouns of an intent whose infinitive is what was intended: "its threat to veto", "plans to merge". */
export const INTENT_NOUNS = new Set(['threat', 'threats', 'plan', 'plans', 'bid', 'offer', 'proposal', 'proposals', 'pledge', 'promise', 'intention', 'plot']);
/** Verbs of giving an intent up: "dropped", "abandoned", "withdrew", "scrapped", "shelved". */
const ABANDONING = new Set(['dropped', 'drops', 'drop', 'dropping', 'abandoned', 'abandons', 'abandon', 'abandoning', 'withdrew', 'withdrawn', 'withdraws', 'scrapped', 'scraps', 'scrap', 'shelved', 'shelves', 'ditched', 'ditches', 'ditch', 'renounced', 'renounces', 'retracted']);
/** The intent noun at `noun` is the object of a verb of giving it up, a determiner or two before it. */
export function intentAbandoned(lower: readonly string[], lo: number, noun: number): boolean {
  for (let k = noun - 1; k >= lo && k >= noun - 3; k--) {
    if (ABANDONING.has(lower[k]!)) return true;
    if (!DETERMINERS.has(lower[k]!) && !['its', 'his', 'her', 'their', 'our', 'earlier', 'previous', 'a', 'the'].includes(lower[k]!)) return false;
  }
  return false;
}
