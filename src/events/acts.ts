/**
 * Acts that a verb names only together with what it acts on: "sent troops" (a show of force),
 * "sent rescue teams" (aid), "handed over prisoners" (a release), "summoned the ambassador" (a
 * formal protest), "proposed a truce" (an offer to yield). The verb alone is no event ("sent a
 * letter", "handed over the report", "summoned the courage"), so each rule reads the verb's object
 * noun phrase (or, in a passive, its subject) and types the act by the object's head.
 * Bans on assembly or on parties, curfews, states of emergency and martial law are RESTRICT (CAMEO
 * 1721-1724, "impose administrative sanctions"); lifting them yields (0831-0834). Speaking with a
 * named person is a consultation (040); ordering a person held is a detention (173), released a
 * release (0841); blocking roads obstructs passage (PROTEST 144).
 */
import type { Token } from '../document/types.js';
import { CAPTIVES, inflect, nounEntry } from './lexicon.js';
import { AUX, DETERMINERS, PREPOSITIONS, isCap } from './words.js';

export interface ObjectAct {
  /** Exclusive end token of the trigger (the verb, its particle, or the object's event noun). */
  end: number;
  type: string;
  cameo: string;
  /** The event noun in the object ("proposed a truce"), or -1. */
  noun: number;
}

/** Words that end an object noun phrase: a new clause, a verb group, a relative. */
const OBJECT_ENDS = new Set(['that', 'who', 'which', 'whose', 'if', 'unless', 'when', 'while', 'because', 'after', 'before', 'but', 'as', 'said', 'says']);

/**
 * Token indices of a verb's object from `from`: up to `max` tokens, ending at punctuation, a
 * preposition other than "of" ("a group of senior prisoners", "control of the town"), an
 * auxiliary or a word that opens a clause. "and" goes on ("doctors and nurses").
 */
export function objectPhrase(tokens: readonly Token[], lower: readonly string[], from: number, hi: number, max = 8): number[] {
  const out: number[] = [];
  for (let j = from; j < hi && j < from + max; j++) {
    const w = lower[j]!;
    if (tokens[j]!.kind === 'punct' && w !== '-') break;
    if (PREPOSITIONS.has(w) && w !== 'of') break;
    if (OBJECT_ENDS.has(w) || (AUX.has(w) && w !== 'first' && w !== 'new')) break;
    out.push(j);
  }
  return out;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got']);

/**
 * The subject of a passive participle at `i` ("Troops were sent to the border", "The ambassador was
 * summoned"): the words of the clause before the form of "be", back to punctuation or a clause word,
 * at most `max` (six unless told). Empty when the verb is not passive.
 */
export function passiveSubject(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, max = 6): number[] {
  let k = i - 1;
  while (k >= lo && (lower[k] === 'also' || lower[k] === 'reportedly' || lower[k]!.endsWith('ly'))) k--;
  if (k < lo || !BE.has(lower[k]!)) return [];
  if (k - 1 >= lo && (lower[k - 1] === 'have' || lower[k - 1] === 'has' || lower[k - 1] === 'had')) k--;
  const out: number[] = [];
  for (let j = k - 1; j >= lo && j >= k - max; j--) {
    if (tokens[j]!.kind === 'punct' || OBJECT_ENDS.has(lower[j]!) || lower[j] === 'and') break;
    out.push(j);
  }
  return out;
}

const forms = (bases: Array<[string, string[]?]>) => new Set(bases.flatMap(([b, irr]) => inflect(b, irr ?? [])));

// ---- send: aid or a show of force ----

// ("delivered 200 tonnes of flour": delivering goes with what is delivered, `sendAct`; "delivered a
// speech" sends nothing of the kind)
const SEND = forms([['send', ['sent', 'sends', 'sending']], ['dispatch'], ['deploy'], ['deliver']]);
/** Forces sent somewhere: a show of force (CAMEO 150, like "deployed troops"). */
const FORCES = new Set([
  'troops', 'soldiers', 'forces', 'reinforcements', 'warships', 'warship', 'tanks', 'battalion', 'battalions', 'brigade',
  'brigades', 'marines', 'paratroopers', 'commandos', 'gunboats', 'destroyer', 'destroyers', 'frigate', 'frigates',
]);
/** Who or what is sent to relieve a disaster: humanitarian aid (CAMEO 073). */
const RELIEF = new Set([
  'rescue', 'rescuers', 'search-and-rescue', 'doctors', 'medics', 'paramedics', 'nurses', 'medical', 'relief', 'supplies',
  'tents', 'blankets', 'medicine', 'medicines', 'vaccines', 'humanitarian', 'firefighters', 'aid',
  // ("sent water-bombing planes to help fight the fires")
  'water-bombing', 'firefighting', 'fire-fighting',
]);
// (not "food": "the drought sent food prices soaring")
/** Staples sent by the load: "sent 500 tonnes of rice", "delivered 200 tonnes of flour" (relief; food prices are no load). */
const STAPLES = new Set(['rice', 'flour', 'wheat', 'grain', 'maize', 'corn', 'food', 'foodstuffs', 'fuel', 'sugar', 'beans']);
const LOADS = new Set(['tonnes', 'tons', 'tonne', 'ton', 'truckloads', 'sacks', 'bags', 'shipments', 'consignments']);
function staplesByLoad(words: readonly string[]): boolean {
  return words.some((w, j) => LOADS.has(w) && words[j + 1] === 'of' && STAPLES.has(words[j + 2] ?? ''));
}
/** Forces sent to keep the peace: military protection or peacekeeping (CAMEO 074). */
const PEACEKEEPERS = new Set(['peacekeepers', 'peacekeeping']);
/** Monitors and observers keep a peace only with a word that says so ("ceasefire monitors"); election observers do not. */
const WATCHERS = new Set(['monitors', 'observers']);
const PEACE_WATCH = new Set(['ceasefire', 'truce', 'military', 'peace', 'armed', 'unarmed', 'border']);

/**
 * "sent a search-and-rescue team", "dispatched doctors and tents": relief, which is aid (073);
 * "sent troops to the border", "Troops were dispatched": a show of force (150, as "deployed
 * troops"); "sent peacekeepers": protection (074). Relief wins over forces ("sent soldiers and
 * rescue teams to the flooded valley" is relief).
 */
function sendAct(words: readonly string[]): { type: string; cameo: string } | null {
  if (words.some((w, j) => PEACEKEEPERS.has(w) || (WATCHERS.has(w) && PEACE_WATCH.has(words[j - 1] ?? '')))) return { type: 'AID', cameo: '074' };
  if (words.some((w) => RELIEF.has(w)) || staplesByLoad(words)) return { type: 'AID', cameo: '073' };
  if (words.some((w) => FORCES.has(w))) return { type: 'MOBILIZE', cameo: '150' };
  return null;
}

// ---- hand over: a release of captives or of territory ----

const HAND = forms([['hand']]);
/** Places and their control: what is handed back or over when a side gives up ground. */
const TERRITORY = new Set([
  'control', 'territory', 'territories', 'town', 'towns', 'city', 'cities', 'village', 'villages', 'region', 'area', 'areas',
  'base', 'bases', 'province', 'district', 'land', 'airport', 'port', 'crossing', 'checkpoint', 'checkpoints', 'positions',
]);

/**
 * "handed over 40 prisoners", "handed the hostages over to the Red Cross": a release of persons
 * (CAMEO 0841); "handed over control of the town", "handed back the airport": a return of
 * property, land included (0842). "handed over a letter" is neither.
 */
function handAct(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number): { end: number; type: string; cameo: string } | null {
  let obj: number[];
  let end: number;
  if (lower[i + 1] === 'over' || lower[i + 1] === 'back') {
    // ("40 prisoners were handed over to the Red Cross": the passive's subject is what was handed)
    obj = [...objectPhrase(tokens, lower, i + 2, hi), ...passiveSubject(tokens, lower, i, lo)];
    end = i + 2;
  } else {
    // "handed the prisoners over": the particle after a short object
    obj = objectPhrase(tokens, lower, i + 1, hi, 6);
    const last = obj.length ? obj[obj.length - 1]! + 1 : -1;
    if (last < 0 || (lower[last] !== 'over' && lower[last] !== 'back')) return null;
    end = last + 1;
  }
  const ws = obj.map((k) => lower[k]!);
  if (ws.some((w) => CAPTIVES.includes(w))) return { end, type: 'YIELD', cameo: '0841' };
  if (ws.some((w) => TERRITORY.has(w))) return { end, type: 'YIELD', cameo: '0842' };
  return null;
}

// ---- summon an envoy: a formal protest ----

const SUMMON = forms([['summon']]);
const ENVOYS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', "chargé", 'charge', 'diplomat', 'diplomats', 'emissary', 'consul', 'attache']);
/** Words that make a summons a recall of one's own envoy ("summoned its ambassador home"), not a protest to another state's. */
const OWN = new Set(['its', 'their', 'our', 'own', 'home', 'back']);

/**
 * "summoned the Russian ambassador", "Kirava's envoy was summoned to the foreign ministry": the
 * usual channel of a formal diplomatic protest, which CAMEO codes as criticism (111, like "lodged a
 * protest"). Calling one's own envoy home is a recall, not a protest, and is left alone.
 */
function summonAct(words: readonly string[]): { type: string; cameo: string } | null {
  if (!words.some((w) => ENVOYS.has(w))) return null;
  if (words.some((w) => OWN.has(w))) return null;
  return { type: 'CRITICIZE', cameo: '111' };
}

// ---- propose or offer: intent to cooperate ----

const OFFER = forms([['propose'], ['offer']]);
/** Words that ease a sanction in an offer's object: "a phased lifting of sanctions", "sanctions relief" is not one. */
const EASING = new Set(['lifting', 'easing', 'removal', 'suspension', 'lift', 'ease', 'end', 'ending', 'relaxation', 'rollback']);
/**
 * What offering an event means by the event's type: a truce or a prisoner swap is intent to yield
 * (CAMEO 0356 de-escalate, 0353 release), talks intent to meet (036), aid intent to give aid (033).
 */
function offerAct(lower: readonly string[], n: number, obj: readonly number[]): { type: string; cameo: string } | null {
  const ne = nounEntry(lower[n]!);
  if (!ne) return null;
  // "proposed a phased lifting of sanctions", "offered to ease the embargo": intent to ease
  // economic sanctions (CAMEO 0354)
  if (ne.type === 'SANCTION' && obj.some((k) => k < n && EASING.has(lower[k]!))) return { type: 'PLEDGE', cameo: '0354' };
  if (ne.type === 'YIELD') return { type: 'PLEDGE', cameo: ne.lemma === 'exchange' ? '0353' : '0356' };
  if (ne.type === 'MEET') return { type: 'PLEDGE', cameo: '036' };
  if (ne.type === 'AID') return { type: 'PLEDGE', cameo: '033' };
  return null;
}

/**
 * "sent his forces a message of support": two objects, the first the recipient; what was sent is the
 * second, which opens with a determiner after a word that neither links nor modifies ("and", "of").
 */
function secondObject(lower: readonly string[], obj: readonly number[]): readonly number[] {
  for (let j = 1; j < obj.length; j++) {
    const w = lower[obj[j]!]!;
    const p = lower[obj[j - 1]!]!;
    if (DETERMINERS.has(w) && !DETERMINERS.has(p) && p !== 'and' && p !== 'or' && p !== 'of') return obj.slice(j);
  }
  return obj;
}

// ---- ban, declare, impose, lift: administrative restrictions ----

const BAN = forms([['ban', ['banned', 'banning', 'bans']], ['prohibit'], ['outlaw']]);
const IMPOSE = forms([['impose'], ['declare'], ['extend'], ['introduce'], ['order']]);
const LIFT = forms([['lift'], ['end', []], ['revoke'], ['rescind']]);
/** Gatherings whose ban restricts political freedoms (CAMEO 1721). */
const ASSEMBLY = new Set([
  'demonstrations', 'demonstration', 'protests', 'protest', 'rallies', 'rally', 'gatherings', 'gathering', 'marches', 'march',
  'assemblies', 'assembly', 'sit-ins', 'meetings',
]);
/** Parties and movements whose ban is CAMEO 1722 ("league", "brotherhood": "banned the Awami League", "the Muslim Brotherhood"). */
const PARTIES = new Set(['party', 'parties', 'movement', 'opposition', 'league', 'brotherhood']);
/** "dissolved all political parties": dissolving a party bans it (1722); "dissolved parliament" is none. */
const DISSOLVE = forms([['dissolve']]);

/**
 * What a restriction in the object is: a curfew (1723), a state of emergency or martial law (1724),
 * a ban on gatherings (1721) or on a party (1722), or null. `ban` says the verb itself bans.
 */
function restriction(words: readonly string[], ban: boolean, partiesOnly = false): string | null {
  if (partiesOnly) return words.some((w) => PARTIES.has(w)) ? '1722' : null;
  const banned = ban || words.includes('ban') || words.includes('bans');
  for (let j = 0; j < words.length; j++) {
    const w = words[j]!;
    if (w === 'curfew' || w === 'curfews') return '1723';
    if (w === 'emergency' && words[j - 1] === 'of' && words[j - 2] === 'state') return '1724';
    if (w === 'law' && words[j - 1] === 'martial') return '1724';
    if (banned && ASSEMBLY.has(w)) return '1721';
    if (ban && PARTIES.has(w)) return '1722';
  }
  return null;
}

/**
 * "banned all demonstrations", "declared a state of emergency", "imposed a curfew", "imposed a ban on
 * public gatherings": a restriction (RESTRICT, CAMEO 172x); "lifted the curfew", "ended the state of
 * emergency": easing it (YIELD, 083x). "banned smoking", "declared victory" are none.
 */
function restrictAct(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number): { type: string; cameo: string } | null {
  const w = lower[i]!;
  const obj = objectPhrase(tokens, lower, i + 1, hi, 7);
  // ("a ban on public gatherings": the preposition of the ban noun goes on to what is banned)
  const last = obj.length ? obj[obj.length - 1]! : i;
  const banOn = (lower[last] === 'ban' || lower[last] === 'bans') && lower[last + 1] === 'on' ? objectPhrase(tokens, lower, last + 2, hi, 4) : [];
  const words = [...obj, ...banOn].map((k) => lower[k]!);
  const passive = passiveSubject(tokens, lower, i, lo).reverse().map((k) => lower[k]!);
  const dissolve = DISSOLVE.has(w);
  const code = restriction(words, BAN.has(w), dissolve) ?? restriction(passive, BAN.has(w), dissolve);
  if (!code) return null;
  if (LIFT.has(w)) return { type: 'YIELD', cameo: `083${code[3]}` };
  return { type: 'RESTRICT', cameo: code };
}

// ---- restrictions eased: a concession ----

/** Verbs that take restrictions off or loosen them ("lift" and "end" are in LIFT). */
const EASE = forms([['ease'], ['relax'], ['loosen'], ['suspend']]);
/** Restrictions as a measure one eases ("eased restrictions on chip exports", "relaxed curbs on imports"). */
const RESTRICTION_NOUNS = new Set(['restrictions', 'curbs', 'controls']);

/**
 * "The United States eased restrictions on exports of chips", "suspending restrictions on energy
 * and transport", "lifted curbs on imports": restrictions taken off or loosened are a concession
 * (YIELD, CAMEO 080; which kind of sanction they were the sentence seldom says). Their noun must be
 * the head right after the verb (a determiner and two modifiers may stand between: "eased its
 * export controls"), so "imposed restrictions" stays none and "suspended flights" stays what it is.
 */
function restrictionsEased(tokens: readonly Token[], lower: readonly string[], i: number, hi: number): boolean {
  for (let k = i + 1; k < hi && k <= i + 4; k++) {
    if (RESTRICTION_NOUNS.has(lower[k]!)) return true;
    if (tokens[k]!.kind !== 'word' || PREPOSITIONS.has(lower[k]!)) return false;
  }
  return false;
}

// ---- order someone held or released: a court's or an official's decision on custody ----

const ORDER = forms([['order']]);
/** What an order does with a person: keep in custody (ARREST 173) or set free (YIELD 0841). */
const CUSTODY = new Map<string, { type: string; cameo: string }>();
for (const w of ['held', 'detained', 'jailed', 'imprisoned', 'arrested', 'remanded', 'confined']) CUSTODY.set(w, { type: 'ARREST', cameo: '173' });
for (const w of ['released', 'freed']) CUSTODY.set(w, { type: 'YIELD', cameo: '0841' });
const CUSTODY_NOUNS = new Map<string, { type: string; cameo: string }>([
  ['arrest', { type: 'ARREST', cameo: '173' }], ['detention', { type: 'ARREST', cameo: '173' }],
  ['release', { type: 'YIELD', cameo: '0841' }],
]);

/**
 * "ordered Salcedo held without bail", "ordered the two journalists released", "ordered the release
 * of ...": an order whose object is followed by a participle of custody, or is the noun of one, is
 * that custody decided, not a demand on anyone.
 * The object is up to five words before the participle, with no punctuation or preposition.
 */
function custodyOrder(tokens: readonly Token[], lower: readonly string[], i: number, hi: number): { end: number; type: string; cameo: string } | null {
  // "ordered the release of Ahmed Said", "ordered the arrest of two officers": the act by its noun
  const noun = lower[i + 1] === 'the' && lower[i + 3] === 'of' ? CUSTODY_NOUNS.get(lower[i + 2]!) : undefined;
  if (noun) return { end: i + 3, ...noun };
  for (let k = i + 2; k < hi && k <= i + 6; k++) {
    const act = CUSTODY.get(lower[k]!);
    if (act) return { end: k + 1, ...act };
    if (tokens[k]!.kind !== 'word' || (PREPOSITIONS.has(lower[k]!) && lower[k] !== 'of') || OBJECT_ENDS.has(lower[k]!) || lower[k] === 'to') return null;
  }
  return null;
}

// ---- block a road: obstruct passage ----

const BLOCK = forms([['block'], ['barricade'], ['blockade']]);
/** Ways through that protesters block (CAMEO 144, "obstruct passage, block"). */
const PASSAGES = new Set([
  'road', 'roads', 'highway', 'highways', 'motorway', 'motorways', 'street', 'streets', 'traffic', 'entrance', 'entrances', 'bridge',
  'bridges', 'port', 'ports', 'crossing', 'crossings', 'railway', 'railways', 'tracks', 'runway', 'junction', 'junctions',
  'intersection', 'intersections', 'access', 'roundabout', 'roundabouts',
]);

/** Words that make a way a project still to be built: "a planned motorway" is blocked by law, not by bodies. */
const PROJECTED = new Set(['planned', 'proposed', 'new', 'future', 'projected']);

/**
 * Among the tokens `ks` a way through that protesters block ("roads", "the port entrance"), not a
 * project ("a planned motorway", "a proposed bridge").
 */
export function namesPassage(lower: readonly string[], ks: readonly number[]): boolean {
  return ks.some((k) => PASSAGES.has(lower[k]!)) && !ks.some((k) => PROJECTED.has(lower[k]!));
}

/** Those who close roads to keep order, not to protest. */
const FORCES_OF_ORDER = new Set(['police', 'policemen', 'troops', 'soldiers', 'army', 'authorities', 'officers', 'forces', 'guards', 'gendarmes']);

/**
 * "Police blocked the road", "troops have barricaded the entrance": the subject right before the
 * verb (past "have", "had", "also") keeps order; the closed road is no protest.
 */
function forcesOfOrderBefore(lower: readonly string[], i: number, lo: number): boolean {
  let k = i - 1;
  while (k > lo && (lower[k] === 'have' || lower[k] === 'had' || lower[k] === 'has' || lower[k] === 'also')) k--;
  return k >= lo && FORCES_OF_ORDER.has(lower[k]!);
}

/**
 * "the army's ability to blockade key ports", "warships blockaded the coast": armed forces within
 * six words before a blockade impose one (CAMEO 191, "impose blockade, restrict movement"), no
 * protest.
 */
const ARMED_FORCES = new Set(['army', "army's", 'navy', "navy's", 'military', 'warships', 'troops', 'forces', 'fleet', 'coastguard', 'soldiers']);
function militaryBlockade(lower: readonly string[], i: number, lo: number): boolean {
  if (!lower[i]!.startsWith('blockad')) return false;
  for (let k = i - 1; k >= lo && k >= i - 6; k--) if (ARMED_FORCES.has(lower[k]!)) return true;
  return false;
}

/** "blocked roads into the capital", "barricaded the port entrance": obstructing passage (PROTEST 144). "blocked the bill" is none. */
function blockAct(tokens: readonly Token[], lower: readonly string[], i: number, hi: number): { type: string; cameo: string } | null {
  return namesPassage(lower, objectPhrase(tokens, lower, i + 1, hi, 5)) ? { type: 'PROTEST', cameo: '144' } : null;
}

// ---- speak with a person: a consultation ----

const SPEAK = new Set([...forms([['speak', ['spoke', 'spoken', 'speaks', 'speaking']], ['talk']])]);
/** Words that may stand between "spoke with" and the person: "President", "his Turkish counterpart, ...". */
const BEFORE_PERSON = new Set(['the', 'his', 'her', 'their', 'its', 'both', 'newly', 'elected', 'outgoing', 'former']);
const COUNTERPARTS = new Set(['counterpart', 'counterparts']);

/**
 * "spoke with President Robert Hale", "talked to his Kenyan counterpart": a consultation (CAMEO 040:
 * the news often leaves open whether by phone or in person; "spoke by phone" is a call, 041). Only a
 * named person or a counterpart makes it one: "spoke to reporters", "spoke to the BBC" are speech
 * to the press. Returns the end of "with"/"to", or -1.
 */
function consultEnd(tokens: readonly Token[], lower: readonly string[], i: number, hi: number, person: (k: number) => boolean): number {
  const p = i + 1;
  if (lower[p] !== 'with' && lower[p] !== 'to') return -1;
  for (let k = p + 1; k < hi && k <= p + 6; k++) {
    if (COUNTERPARTS.has(lower[k]!)) return p + 1;
    if (person(k)) {
      // ("speaking to President Hale's supporters": the person only owns who was spoken to)
      let e = k;
      while (e < hi && person(e)) e++;
      return lower[e] === "'s" || lower[e] === "'" || lower[e] === '’s' ? -1 : p + 1;
    }
    const t = tokens[k]!;
    if (t.kind !== 'word' || !(isCap(t.text) || BEFORE_PERSON.has(lower[k]!))) return -1;
  }
  return -1;
}

/** "by phone", "by telephone", "on the phone", "over the phone" within the eight words after `from`, before punctuation. */
function byPhone(lower: readonly string[], from: number, hi: number): boolean {
  for (let k = from; k < hi - 1 && k <= from + 8; k++) {
    const w = lower[k]!;
    if (w === ',' || w === ';' || w === '.') return false;
    if ((w === 'by' || w === 'on' || w === 'over') && /^(tele)?phone$/.test(lower[k + 1] === 'the' ? lower[k + 2] ?? '' : lower[k + 1]!)) return true;
  }
  return false;
}

/** Verbs of a verdict: "found him guilty". */
const FIND = new Set(['find', 'finds', 'found', 'finding']);

/** Every word that can start one of these acts, for a one-lookup skip. */
export const OBJECT_ACT_WORDS: ReadonlySet<string> = new Set([...SEND, ...HAND, ...SUMMON, ...OFFER, ...BAN, ...DISSOLVE, ...IMPOSE, ...LIFT, ...SPEAK, ...ORDER, ...BLOCK, ...EASE, ...FIND]);

/**
 * "found Ahmad Said, 54, guilty of torture", "was found guilty": "guilty" within the verb's clause
 * (twelve tokens, an apposition with its commas allowed; not past a clause word or "that", so
 * "found that the guilty ..." is none) and not after "not": "found not guilty" acquits.
 */
function guiltyVerdict(lower: readonly string[], i: number): boolean {
  for (let k = i + 1; k < lower.length && k <= i + 12; k++) {
    const w = lower[k]!;
    if (w === 'guilty') return lower[k - 1] !== 'not';
    if (w === '.' || w === ';' || w === 'that' || w === 'and' || w === 'but' || w === 'who' || w === 'which') return false;
  }
  return false;
}

/**
 * The act of the verb at `i` read with its object, or null. The caller has checked that the verb is
 * in a verbal reading (no determiner before it: "the proposed truce", "the offer").
 */
export function objectAct(tokens: readonly Token[], lower: readonly string[], i: number, lo: number, hi: number, person: (k: number) => boolean = () => false): ObjectAct | null {
  const w = lower[i]!;
  if (!OBJECT_ACT_WORDS.has(w)) return null;
  if (i > lo && (DETERMINERS.has(lower[i - 1]!) || lower[i - 1] === "'s")) return null;
  if (BLOCK.has(w)) {
    if (forcesOfOrderBefore(lower, i, lo)) return null;
    const b = blockAct(tokens, lower, i, hi);
    if (b && militaryBlockade(lower, i, lo)) return { end: i + 1, type: 'FIGHT', cameo: '191', noun: -1 };
    return b ? { end: i + 1, type: b.type, cameo: b.cameo, noun: -1 } : null;
  }
  if (SPEAK.has(w)) {
    const end = consultEnd(tokens, lower, i, hi, person);
    if (end < 0) return null;
    // ("spoke with Prime Minister Kristen Michal by phone": a call after all)
    return byPhone(lower, end, hi) ? { end, type: 'CALL', cameo: '041', noun: -1 } : { end, type: 'MEET', cameo: '040', noun: -1 };
  }
  if (HAND.has(w)) {
    const h = handAct(tokens, lower, i, lo, hi);
    return h ? { end: h.end, type: h.type, cameo: h.cameo, noun: -1 } : null;
  }
  if (OFFER.has(w)) {
    const obj = objectPhrase(tokens, lower, i + 1, hi, 5);
    const n = obj.find((k) => !!nounEntry(lower[k]!) && !nounEntry(lower[k + 1] ?? ''));
    const act = n === undefined ? null : offerAct(lower, n, obj);
    return act && n !== undefined ? { end: n + 1, type: act.type, cameo: act.cameo, noun: n } : null;
  }
  if (ORDER.has(w)) {
    const c = custodyOrder(tokens, lower, i, hi);
    if (c) return { end: c.end, type: c.type, cameo: c.cameo, noun: -1 };
  }
  // "found him guilty of fraud", "was found guilty": a conviction in other words (CAMEO 173, as
  // "convicted"); "found not guilty" is an acquittal, which has no type
  if (FIND.has(w)) return guiltyVerdict(lower, i) ? { end: i + 1, type: 'ARREST', cameo: '173', noun: -1 } : null;
  if ((EASE.has(w) || LIFT.has(w)) && restrictionsEased(tokens, lower, i, hi)) return { end: i + 1, type: 'YIELD', cameo: '080', noun: -1 };
  if (EASE.has(w)) return null;
  if (BAN.has(w) || DISSOLVE.has(w) || IMPOSE.has(w) || LIFT.has(w)) {
    const r = restrictAct(tokens, lower, i, lo, hi);
    return r ? { end: i + 1, type: r.type, cameo: r.cameo, noun: -1 } : null;
  }
  const obj = secondObject(lower, objectPhrase(tokens, lower, i + 1, hi));
  const words = [...obj, ...passiveSubject(tokens, lower, i, lo)].map((k) => lower[k]!);
  const act = SEND.has(w) ? sendAct(words) : summonAct(words);
  return act ? { end: i + 1, type: act.type, cameo: act.cameo, noun: -1 } : null;
}
