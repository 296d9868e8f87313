/**
 * Trigger lexicons. Verbs are listed by base form and expanded to their inflections
 * (regular suffix rules plus the irregular forms given); nouns by singular and plural.
 * Every lookup is one Map.get on a lowercased token.
 */

export interface VerbEntry {
  type: string;
  lemma: string;
  cameo?: string;
  /** The verb is a trigger only when followed (within two tokens) by one of these words. */
  needsNext?: readonly string[];
  /** The verb is a trigger only when one of these words follows within four tokens. */
  needsWithin?: readonly string[];
  /** The verb is not a trigger when followed directly by one of these words. */
  notBefore?: readonly string[];
  /** The verb is not a trigger when one of these words follows within four tokens ("struck a trade deal"). */
  notWithin?: readonly string[];
  /**
   * The verb is not a trigger when its direct object is one of these nouns: the object's words
   * up to four tokens on, before a preposition or punctuation ("meet the same standards").
   */
  notObject?: readonly string[];
}

export interface NounEntry {
  type: string;
  lemma: string;
  cameo?: string;
}

/** Inflections of a regular verb: base, -s, -ed, -ing, with the usual spelling changes. */
export function inflect(base: string, irregular: readonly string[] = []): string[] {
  const out = new Set<string>([base, ...irregular]);
  const last = base[base.length - 1]!;
  const vowels = 'aeiou';
  if (/(s|sh|ch|x|z)$/.test(base)) out.add(`${base}es`);
  else if (last === 'y' && !vowels.includes(base[base.length - 2]!)) out.add(`${base.slice(0, -1)}ies`);
  else out.add(`${base}s`);
  if (!irregular.length) {
    if (last === 'e') out.add(`${base}d`);
    else if (last === 'y' && !vowels.includes(base[base.length - 2]!)) out.add(`${base.slice(0, -1)}ied`);
    else out.add(`${base}ed`);
  }
  if (last === 'e' && !base.endsWith('ee')) out.add(`${base.slice(0, -1)}ing`);
  else out.add(`${base}ing`);
  return [...out];
}

const MEET_SATISFY = [
  'standard', 'standards', 'requirement', 'requirements', 'criteria', 'criterion', 'demand', 'demands', 'need', 'needs',
  'expectations', 'expectation', 'target', 'targets', 'goal', 'goals', 'deadline', 'deadlines', 'obligation', 'obligations',
  'condition', 'conditions', 'threshold', 'thresholds', 'quota', 'quotas', 'cost', 'costs', 'payroll', 'commitments',
  'forecast', 'forecasts', 'estimate', 'estimates', 'end', 'ends', 'fate', 'death', 'deaths', 'match', 'definition', 'rules',
];

/** What an embargo stops: a ban on these is a sanction ("an export ban", "banned sales of arms"). */
export const TRADE_FLOWS: readonly string[] = [
  'exports', 'export', 'imports', 'import', 'sales', 'sale', 'shipments', 'shipment', 'trade', 'purchases', 'transactions',
  'investment', 'investments', 'arms', 'deliveries', 'transfers',
];

/** People held by the other side: what is released or exchanged in a prisoner release (CAMEO 0841). */
export const CAPTIVES: readonly string[] = [
  'prisoners', 'prisoner', 'hostages', 'hostage', 'detainees', 'detainee', 'captives', 'captive', 'pows', 'prisoners-of-war',
];

/** People who may be held and set free: "freed two French aid workers", "released the journalist". */
const HELD_PEOPLE: readonly string[] = [
  'workers', 'worker', 'journalist', 'journalists', 'activists', 'activist', 'soldiers', 'soldier', 'civilians', 'nationals',
  'citizens', 'tourists', 'sailors', 'crew', 'crewmen', 'fishermen', 'pilot', 'pilots', 'women', 'men', 'children', 'students',
  'priest', 'priests', 'nuns', 'missionaries', 'engineers', 'reporter', 'reporters', 'dissident', 'dissidents',
];

// [base, type, irregular forms?, cameo?, options?]
type V = [string, string, string[]?, string?, Partial<VerbEntry>?];

const VERBS: V[] = [
  // "meet the standards", "met its targets", "meet demand": to satisfy, not to meet someone
  ['meet', 'MEET', ['met', 'meets', 'meeting'], '040', { notObject: MEET_SATISFY }],
  ['confer', 'MEET', ['conferred', 'conferring']],
  ['negotiate', 'MEET', [], '046'],
  ['attend', 'MEET', [], '040', { notBefore: ['to'] }],
  ['convene', 'MEET'],
  // a third party between two sides (CAMEO 045): "Qatar mediated between the two sides"
  ['mediate', 'MEET', [], '045'],
  ['phone', 'CALL', [], '041'],
  ['telephone', 'CALL', ['telephoned', 'telephones', 'telephoning'], '041', { needsNext: ['him', 'her', 'the', 'his', 'their', 'to', 'with', 'both', 'each', 'them', 'all', 'two', 'several'] }],
  ['visit', 'VISIT', [], '042'],
  ['tour', 'VISIT', [], '042'],
  ['travel', 'VISIT', ['travelled', 'traveled', 'travelling', 'traveling'], '042', { needsNext: ['to'] }],
  ['fly', 'VISIT', ['flew', 'flown', 'flies', 'flying'], '042', { needsNext: ['to'] }],
  ['arrive', 'VISIT', [], '042', { needsNext: ['in', 'at'] }],
  ['announce', 'STATEMENT', [], '010', { notBefore: ['that', ',', '.', 'on', 'in', 'it', 'its', 'they', 'he', 'she', 'plans', 'a'] }],
  ['urge', 'APPEAL', [], '020'],
  // ("will appeal to the Court of Cassation": a legal appeal against a verdict, nobody asked for anything)
  ['appeal', 'APPEAL', [], '020', { needsNext: ['to', 'for'], notWithin: ['court', 'tribunal', 'verdict', 'ruling', 'conviction', 'sentence', 'judgment', 'judgement', 'judges'] }],
  ['invite', 'APPEAL', [], '020'],
  // ("did not respond to requests for comment": a reporter's question, no appeal between actors)
  ['request', 'APPEAL', [], '020', { notWithin: ['comment', 'comments'] }],
  // ("pleaded guilty", "pleaded no contest": a plea in court, asking nothing of anyone)
  ['plead', 'APPEAL', ['pleaded', 'pled'], '020', { notBefore: ['guilty', 'not', 'no', 'innocent'] }],
  ['ask', 'APPEAL', [], '020', { needsWithin: ['to'], notBefore: ['to', 'about', 'whether', 'if', 'how', 'what', 'why', 'when', 'for', 'reporters', 'questions', 'not'] }],
  ['order', 'DEMAND', [], '100', { needsWithin: ['to'], notBefore: ['to', 'of', 'from'] }],
  ['promise', 'PLEDGE', [], '030'],
  ['pledge', 'PLEDGE', [], '030'],
  ['vow', 'PLEDGE', [], '030'],
  ['praise', 'PRAISE', [], '051'],
  // ("thanks to the rescue teams", "thank you": a cause and a courtesy, nobody praised)
  ['thank', 'PRAISE', [], '051', { notBefore: ['to', 'you', 'god', 'goodness'] }],
  ['congratulate', 'PRAISE', [], '051'],
  ['endorse', 'PRAISE', [], '051'],
  ['welcome', 'PRAISE', [], '051'],
  ['hail', 'PRAISE', [], '051'],
  ['commend', 'PRAISE', [], '051'],
  ['agree', 'AGREE', ['agreed', 'agrees', 'agreeing'], '057'],
  // "signed off on the accounts": approving, no agreement between parties
  // ("signed a petition against it", "signed a book of condolence": a name put down, no agreement)
  ['sign', 'AGREE', [], '057', { notBefore: ['off'], notWithin: ['petition', 'petitions', 'autograph', 'autographs', 'condolence', 'condolences', 'guestbook'] }],
  ['ratify', 'AGREE', [], '057'],
  ['cooperate', 'COOPERATE', [], '060'],
  // a release of persons (CAMEO 0841), also mutual: "exchanged 150 prisoners each", "swapped detainees"
  ['release', 'YIELD', [], '0841', { needsWithin: ['prisoners', 'prisoner', 'hostages', 'hostage', 'detainees', 'detainee', 'captives', 'captive', 'journalist', 'journalists', 'activists', 'soldiers', 'custody', 'prison', 'jail', 'detention', 'protesters', 'protestors', 'demonstrators', 'detained', 'jailed', 'imprisoned'] }],
  // "freed 120 prisoners", "freed two aid workers": a release of captives or of people held (not
  // "free elections", "a free press", "free trade")
  ['free', 'YIELD', ['freed', 'frees', 'freeing'], '0841', { needsWithin: [...CAPTIVES, ...HELD_PEOPLE] }],
  // "conceded defeat", "conceded the election": a candidate yields (CAMEO 080); "conceded that ..." is speech
  ['concede', 'YIELD', [], '080', { needsWithin: ['defeat', 'election', 'race', 'vote', 'presidency', 'victory', 'runoff', 'run-off', 'contest'] }],
  ['exchange', 'YIELD', [], '0841', { needsWithin: CAPTIVES }],
  ['swap', 'YIELD', ['swapped', 'swapping', 'swaps'], '0841', { needsWithin: CAPTIVES }],
  // ("withdrew its offer", "withdrew their support": an intent or a backing taken back, no yielding)
  ['withdraw', 'YIELD', ['withdrew', 'withdrawn'], '080', { needsNext: ['troops', 'forces', 'soldiers', 'from', 'its', 'their'], notObject: ['offer', 'bid', 'support', 'backing', 'threat', 'plan', 'plans', 'proposal', 'candidacy', 'nomination', 'request', 'application', 'complaint', 'lawsuit', 'objection', 'objections', 'endorsement', 'name'] }],
  ['investigate', 'INVESTIGATE', [], '090'],
  ['demand', 'DEMAND', [], '100'],
  ['criticise', 'CRITICIZE', [], '111'],
  ['criticize', 'CRITICIZE', [], '111'],
  ['condemn', 'CRITICIZE', [], '111'],
  ['denounce', 'CRITICIZE', [], '111'],
  ['deplore', 'CRITICIZE', [], '111'],
  ['rebuke', 'CRITICIZE', [], '111'],
  ['accuse', 'ACCUSE', [], '112'],
  ['blame', 'ACCUSE', [], '112'],
  // ("sued the Navy", "is suing the city": a lawsuit, CAMEO 115)
  // ("sued for peace": asked for a truce, no lawsuit)
  ['sue', 'SUE', ['sued', 'sues', 'suing'], '115', { notWithin: ['peace', 'truce', 'ceasefire', 'armistice'] }],
  ['reject', 'REJECT', [], '120'],
  // "dismissed the move", "dismissed calls for a ceasefire": rejecting what others propose or say;
  // "dismissed the coach" (fired) and "dismissed the case" (a court) are none
  ['dismiss', 'REJECT', [], '120', { needsWithin: ['move', 'moves', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'report', 'reports', 'criticism', 'idea', 'ideas', 'suggestion', 'suggestions', 'proposal', 'proposals', 'plan', 'plans', 'call', 'calls', 'demand', 'demands', 'warning', 'warnings', 'concern', 'concerns', 'threat', 'threats', 'offer', 'request', 'appeal', 'speculation', 'rumours', 'rumors', 'talk', 'sanctions', 'ultimatum'] }],
  ['refuse', 'REJECT', [], '120', { notBefore: ['to'] }],
  ['veto', 'REJECT', ['vetoed', 'vetoes', 'vetoing'], '120'],
  ['threaten', 'THREATEN', [], '130'],
  ['protest', 'PROTEST', [], '140'],
  ['demonstrate', 'PROTEST', [], '140', { notBefore: ['that', 'the', 'a', 'its', 'their', 'his', 'her', 'how'] }],
  ['march', 'PROTEST', [], '140', { needsNext: ['through', 'on', 'to', 'in', 'from', 'towards', 'toward', 'against'] }],
  ['rally', 'PROTEST', [], '140', { needsNext: ['in', 'outside', 'against', 'on'] }],
  // "Inmates rioted at the prison": a violent protest (CAMEO 145); only the verb (detect.ts riotsAsVerb)
  ['riot', 'PROTEST', [], '145'],
  ['deploy', 'MOBILIZE', [], '150'],
  ['mobilise', 'MOBILIZE', [], '150'],
  ['mobilize', 'MOBILIZE', [], '150'],
  ['sanction', 'SANCTION', [], '163'],
  // "suspended the session", "suspended the search": a pause in one's own proceedings is no sanction;
  // nor is a court's "suspended sentence"
  ['suspend', 'SANCTION', [], '163', { notObject: ['session', 'sitting', 'hearing', 'search', 'play', 'match', 'game', 'trading', 'debate', 'proceedings', 'count', 'counting', 'campaign', 'campaigning', 'production', 'rescue', 'meeting', 'sentence', 'sentences',
    // ("suspending the debt brake", "suspended flights"): a rule or a service paused, no sanction between actors
    'brake', 'rule', 'rules', 'limit', 'limits', 'ceiling', 'cap', 'requirement', 'requirements', 'regulation', 'regulations', 'tax', 'taxes', 'fees', 'payments', 'operations', 'service', 'services', 'flights', 'sales', 'trading',
    // ("Classes were suspended in 40 municipalities", "suspended train services": a disaster's closures)
    'classes', 'lessons', 'schools', 'exams', 'trains', 'train', 'buses', 'ferries', 'traffic', 'shipping', 'work', 'construction', 'deliveries',
    // ("the junta suspended the constitution": a state's own order set aside, no sanction on another)
    'constitution', 'charter',
    // ("suspended all sea travel" for a storm: a safety halt; "suspended visa-free travel" for a
    // country's citizens stays a sanction, `visaTravel` in detect.ts)
    'travel'] }],
  ['expel', 'SANCTION', ['expelled', 'expelling'], '166'],
  // "recalled its ambassador from Warsaw": reducing diplomatic relations (CAMEO 161); without an
  // envoy after it "recalled" is memory ("recalled that the talks had failed") or a product recall
  ['recall', 'SANCTION', [], '161', { needsWithin: ['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomats'] }],
  // "banned exports of chips to Tessaly", "bans imports of": an embargo (CAMEO 163); a ban on
  // anything else ("banned smoking", "banned from driving") is no sanction between actors
  ['ban', 'SANCTION', ['banned', 'banning', 'bans'], '163', { needsWithin: TRADE_FLOWS }],
  ['arrest', 'ARREST', [], '173', { notBefore: ['warrant', 'warrants', 'order', 'orders'] }],
  ['detain', 'ARREST', [], '173'],
  // legal action against a person (CAMEO 173 "arrest, detain, or charge with legal action"): a charge,
  // a conviction and a prison sentence; an acquittal is none of these and has no type
  // ("charged with overseeing the rescue": a task, not a charge)
  ['charge', 'ARREST', [], '173', { needsWithin: ['with'], notWithin: ['overseeing', 'leading', 'organising', 'organizing', 'running', 'managing', 'coordinating', 'implementing', 'investigating', 'drafting', 'ensuring', 'protecting', 'supervising', 'monitoring', 'fees', 'fee', 'interest', 'premium'] }],
  ['indict', 'ARREST', [], '173'],
  ['prosecute', 'ARREST', [], '173'],
  ['convict', 'ARREST', [], '173'],
  ['sentence', 'ARREST', [], '173'],
  ['jail', 'ARREST', [], '173', { notBefore: ['time', 'term', 'terms', 'cell', 'cells', 'sentence', 'sentences', 'guards', 'officials', 'conditions', 'population'] }],
  ['imprison', 'ARREST', [], '173'],
  // sending people out of the country (CAMEO 174); "deported" alone is the act, whoever is sent
  ['deport', 'DEPORT', [], '174'],
  ['attack', 'ASSAULT', [], '180'],
  ['bomb', 'ASSAULT', [], '183'],
  ['ambush', 'ASSAULT', [], '180'],
  ['raid', 'ASSAULT', [], '180'],
  ['storm', 'ASSAULT', ['stormed', 'storming'], '180'],
  ['strike', 'ASSAULT', ['struck', 'stricken'], '180', { notWithin: ['deal', 'deals', 'agreement', 'accord', 'bargain', 'compromise', 'balance', 'tone', 'note', 'chord', 'blow', 'pose', 'partnership', 'alliance', 'match', 'nerve', 'gold', 'it', 'down', 'out', 'off'] }],
  // "urged Republicans to kill the bill": a measure killed is voted down, not attacked
  ['kill', 'ASSAULT', [], '180', { notObject: ['bill', 'bills', 'measure', 'deal', 'plan', 'proposal', 'legislation', 'idea', 'project', 'agreement', 'amendment', 'motion', 'talks', 'story', 'program', 'programme', 'effort', 'momentum', 'chances', 'hopes', 'time', 'it'] }],
  // "denies targeting civilians": aiming violence at people or places; "targets inflation" is none
  ['target', 'ASSAULT', [], '180', { needsWithin: ['civilians', 'civilian', 'hospitals', 'hospital', 'schools', 'homes', 'residential', 'infrastructure', 'positions', 'bases', 'convoy', 'convoys', 'troops', 'soldiers', 'villages', 'neighbourhoods', 'neighborhoods'] }],
  ['shoot', 'ASSAULT', ['shot', 'shoots', 'shooting'], '180'],
  ['stab', 'ASSAULT', ['stabbed', 'stabbing', 'stabs'], '180'],
  ['murder', 'ASSAULT', [], '180'],
  ['assassinate', 'ASSAULT', [], '186'],
  // taking people by force (CAMEO 181 "abduct, hijack, or take hostage"): "gunmen kidnapped two aid
  // workers", "an engineer abducted in Niger"; a hijacking only of a craft ("hijacked the debate" is none)
  ['kidnap', 'ASSAULT', ['kidnapped', 'kidnapping', 'kidnaps', 'kidnaped', 'kidnaping'], '181'],
  ['abduct', 'ASSAULT', [], '181'],
  ['hijack', 'ASSAULT', [], '181', { needsWithin: ['plane', 'planes', 'aircraft', 'airliner', 'jet', 'flight', 'ship', 'ships', 'vessel', 'vessels', 'tanker', 'boat', 'bus', 'truck', 'lorry', 'train', 'freighter', 'cargo'] }],
  ['explode', 'ASSAULT', [], '183'],
  ['detonate', 'ASSAULT', [], '183'],
  // "launched 120 drones and six missiles at Ukraine": aerial weapons used (CAMEO 195); a test, a
  // programme or a satellite launched is none
  ['launch', 'ASSAULT', [], '195', { needsWithin: ['drones', 'missiles', 'rockets', 'missile', 'rocket'], notWithin: ['test', 'tests', 'programme', 'program', 'satellite', 'satellites', 'factory', 'production', 'company', 'into', 'space', 'business'] }],
  // (also "fired water cannon at", "fired a ballistic missile at", "fired rubber bullets", "fired
  // warning shots": a weapon's first words, one or two words after the verb)
  ['fire', 'ASSAULT', [], '180', { needsNext: ['rockets', 'missiles', 'missile', 'shells', 'artillery', 'on', 'at', 'first', 'drones', 'mortars', 'shots', 'grenades', 'tear', 'bullets', 'water', 'ballistic', 'cruise', 'rubber', 'live', 'warning', 'rocket', 'shell', 'mortar', 'salvo', 'volley', 'torpedo', 'torpedoes', 'intercontinental', 'hypersonic'] }],
  ['shell', 'FIGHT', [], '190'],
  ['clash', 'FIGHT', [], '190'],
  ['fight', 'FIGHT', ['fought'], '190'],
  ['repel', 'FIGHT', ['repelled', 'repelling'], '190'],
  ['invade', 'FIGHT', [], '192'],
  // "seized power", "seized control of", and places taken by force: "soldiers seized the
  // headquarters of state television", "rebels seized the town" (not goods seized by police:
  // "seized documents from the headquarters", "seized drugs at the port")
  ['seize', 'FIGHT', [], '190', { needsWithin: ['hostages', 'hostage', 'power', 'control', 'headquarters', 'palace', 'parliament', 'television', 'broadcaster', 'radio', 'airport', 'town', 'towns', 'city', 'village', 'villages', 'territory', 'base', 'bases', 'capital', 'ministry', 'border', 'crossing', 'oilfield', 'oilfields'], notWithin: ['documents', 'drugs', 'weapons', 'arms', 'ammunition', 'cocaine', 'heroin', 'cannabis', 'assets', 'cash', 'money', 'passports', 'computers', 'phones', 'property', 'goods', 'cargo', 'shipment', 'shipments', 'contraband', 'evidence', 'tons', 'tonnes', 'kilograms', 'kg', 'vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'equipment', 'copies'] }],
  // "the Arakan Army captured a military base", "captured the town": as "seize" (a person or goods
  // captured are none here, nor "capturing control of the Senate" in an election)
  ['capture', 'FIGHT', [], '190', { needsWithin: ['headquarters', 'palace', 'airport', 'town', 'towns', 'city', 'village', 'villages', 'territory', 'base', 'bases', 'capital', 'border', 'crossing', 'oilfield', 'oilfields', 'outpost', 'outposts', 'stronghold', 'garrison'] }],
  // "Chileans will vote on Sunday in a referendum", "voted in the presidential election": casting
  // ballots in a named election (a vote on a bill or a motion is none)
  ['vote', 'ELECTION', [], undefined, { needsWithin: ['referendum', 'election', 'elections', 'plebiscite', 'runoff', 'run-off', 'primary', 'primaries', 'polls'] }],
  ['elect', 'ELECTION', []],
  ['re-elect', 'ELECTION', []],
];

// Phrasal triggers, matched as exact lowercased token sequences (first token any inflection).
export interface Phrase {
  words: string[][];
  type: string;
  cameo?: string;
}

const P = (spec: string, type: string, cameo?: string): Phrase => ({
  words: spec.split(' ').map((w) => (w.includes('|') ? w.split('|') : [w])),
  type,
  cameo,
});

export const PHRASES: readonly Phrase[] = [
  P('sat|sit|sits|sitting down with', 'MEET', '040'),
  // ("Erdogan and el-Sissi shook hands at the World Cup": leaders who shake hands have met)
  P('shook|shake|shakes|shaking hands', 'MEET', '040'),
  P('spoke|speak|speaks|spoken|speaking by telephone|phone', 'CALL', '041'),
  P('spoke|speak|speaks|spoken|speaking on|over the telephone|phone', 'CALL', '041'),
  P('called|call|calls|calling on', 'APPEAL', '020'),
  P('called|call|calls|calling for', 'APPEAL', '020'),
  P('asked|ask|asks|asking for', 'APPEAL', '020'),
  P('ruled|rule|rules|ruling out', 'REJECT', '120'),
  P('turned|turn|turns|turning down', 'REJECT', '120'),
  P('opened|open|opens|opening fire', 'ASSAULT', '180'),
  P('broke|break|breaks|breaking down', 'MEET', '040'),
  P('went|go|goes|going to the polls', 'ELECTION'),
  // ("won the race for mayor of Montevideo", "lost the race for governor": the contest is the election)
  P('won|win|wins|winning|lost|lose|loses|losing the race for mayor|governor|president|presidency|senate|parliament|office', 'ELECTION'),
  P('went|go|goes|going on strike', 'PROTEST', '143'),
  P('cut|cuts|cutting ties', 'SANCTION', '160'),
  // ("cut diplomatic ties with Kigali", "severed relations", "broke off diplomatic relations")
  P('cut|cuts|cutting diplomatic|all ties|relations', 'SANCTION', '160'),
  P('severed|sever|severs|severing ties|relations', 'SANCTION', '160'),
  P('severed|sever|severs|severing diplomatic|all ties|relations', 'SANCTION', '160'),
  P('broke|break|breaks|breaking off diplomatic ties|relations', 'SANCTION', '160'),
  P('broke|break|breaks|breaking off ties|relations', 'SANCTION', '160'),
  // ("Taipei put its forces on alert", "placed troops on high alert": a raised military alert, CAMEO 152)
  P('put|puts|putting|placed|places|placing its|their|the forces|troops|military|army|armed on alert', 'MOBILIZE', '152'),
  P('put|puts|putting|placed|places|placing its|their|the forces|troops|military|army on high|full|maximum alert', 'MOBILIZE', '152'),
  P('put|puts|putting|placed|places|placing its|their|the armed forces on alert', 'MOBILIZE', '152'),
  P('put|puts|putting|placed|places|placing its|their|the armed forces on high|full|maximum alert', 'MOBILIZE', '152'),
  P('put|puts|putting|placed|places|placing forces|troops on high|full|maximum alert', 'MOBILIZE', '152'),
  P('put|puts|putting|placed|places|placing forces|troops on alert', 'MOBILIZE', '152'),
  // ("China retaliated with tariffs on American soybeans": a measure in return is imposed)
  P('retaliated|retaliate|retaliates|retaliating with tariffs|sanctions|duties|levies|countermeasures', 'SANCTION', '163'),
  P('retaliated|retaliate|retaliates|retaliating with its|their own|new tariffs|sanctions|duties|levies', 'SANCTION', '163'),
  // ("Congress withdrew its support from the coalition", "the NDP will withdraw its support for the
  // Liberals": a backing taken back reduces relations, CAMEO 160; no yielding)
  P('withdrew|withdraw|withdraws|withdrawing|withdrawn support|backing', 'SANCTION', '160'),
  P('withdrew|withdraw|withdraws|withdrawing|withdrawn its|their|our support|backing', 'SANCTION', '160'),
  P('withdrew|withdraw|withdraws|withdrawing|withdrawn its|their|our parliamentary|political support|backing', 'SANCTION', '160'),
  // ("asking citizens to take to the streets", "thousands took to the streets of Tbilisi")
  P('took|take|takes|taking|taken to the streets', 'PROTEST', '140'),
  // ("He was taken into custody after the verdict": an arrest)
  P('taken|took|take|takes|taking into custody', 'ARREST', '173'),
  // ("supporters gathered outside the courthouse and chanted slogans against the judiciary")
  P('chanted|chant|chants|chanting slogans', 'PROTEST', '140'),
  // ("Thousands of dockworkers walked off the job": a strike, CAMEO 143)
  P('walked|walk|walks|walking off the job', 'PROTEST', '143'),
  P('issued|issue|issues|issuing a statement', 'STATEMENT', '010'),
  P('lodged|lodge|lodges|lodging a protest', 'CRITICIZE', '111'),
  P('lodged|lodge|lodges|lodging a|an formal|official complaint|protest', 'CRITICIZE', '111'),
  P('lodged|lodge|lodges|lodging a complaint', 'CRITICIZE', '111'),
  P('exchanged|exchange|exchanges|exchanging fire|gunfire', 'FIGHT', '190'),
  P('exchanged|exchange|exchanges|exchanging artillery|rocket fire', 'FIGHT', '190'),
];

const NOUNS: Array<[string[], string, string?]> = [
  [['meeting', 'meetings'], 'MEET', '040'],
  [['talks', 'consultations'], 'MEET', '040'],
  [['negotiations'], 'MEET', '046'],
  [['summit', 'summits'], 'MEET', '043'],
  [['conference'], 'MEET', '043'],
  [['call', 'phone call'], 'CALL', '041'],
  [['visit', 'visits', 'trip', 'tour'], 'VISIT', '042'],
  [['delegation'], 'VISIT', '042'],
  [['statement'], 'STATEMENT', '010'],
  [['appeal'], 'APPEAL', '020'],
  [['agreement', 'agreements', 'deal', 'treaty', 'accord', 'pact'], 'AGREE', '057'],
  [['aid', 'assistance'], 'AID', '070'],
  [['ceasefire', 'truce'], 'YIELD', '0871'],
  // only a prisoner exchange or swap (`nounSense` in detect.ts): "a stock exchange", "a currency swap" are none
  [['exchange', 'swap'], 'YIELD', '0841'],
  [['investigation', 'inquiry', 'probe'], 'INVESTIGATE', '090'],
  // ("suit" only with a light verb of litigation: "followed suit" has none; see `lightOverride`)
  [['lawsuit', 'lawsuits', 'suit'], 'SUE', '115'],
  [['ultimatum'], 'DEADLINE', '139'],
  [['deadline'], 'DEADLINE'],
  [['protest', 'protests', 'demonstration', 'demonstrations', 'march', 'marches', 'rally', 'rallies', 'strike', 'walkout', 'sit-in', 'blockade'], 'PROTEST', '140'],
  [['drills', 'exercises', 'manoeuvres', 'maneuvers'], 'MOBILIZE', '150'],
  [['sanctions', 'embargo', 'tariffs', 'tariff', 'levy', 'levies', 'duties'], 'SANCTION', '163'],
  // only a ban on trade (`nounSense` in detect.ts): "an export ban", "a ban on imports of"
  [['ban', 'bans'], 'SANCTION', '163'],
  [['arrests', 'raids'], 'ARREST', '173'],
  // only an attempt at seizing power (`coupAttempt` in detect.ts): "a coup attempt", "an attempted coup"
  [['coup'], 'FIGHT', '190'],
  [['deportation', 'deportations'], 'DEPORT', '174'],
  [['attack', 'attacks', 'bombing', 'bombings', 'airstrike', 'airstrikes', 'strikes', 'raid', 'assault', 'shooting', 'shootings', 'stabbing', 'killing', 'killings', 'murder', 'murders', 'massacre', 'ambush'], 'ASSAULT', '180'],
  [['explosion', 'explosions', 'blast', 'blasts'], 'ASSAULT', '183'],
  [['assassination'], 'ASSAULT', '186'],
  [['kidnapping', 'kidnappings', 'abduction', 'abductions', 'hijacking', 'hijackings'], 'ASSAULT', '181'],
  [['arrest'], 'ARREST', '173'],
  [['offensive', 'counteroffensive', 'counter-offensive', 'operation', 'clashes', 'fighting', 'invasion', 'shelling'], 'FIGHT', '190'],
  [['election', 'elections', 'vote', 'referendum', 'run-off', 'runoff', 'primary', 'ballot'], 'ELECTION'],
];

/** Verbs that govern an event noun as their object ("held talks", "imposed sanctions"). */
const LIGHT = [
  'hold', 'attend', 'host', 'join', 'convene', 'launch', 'impose', 'stage', 'organise', 'organize', 'begin', 'start', 'resume',
  'conduct', 'mount', 'lodge', 'reach', 'send', 'provide', 'deliver', 'make', 'set', 'give', 'issue', 'extend', 'lift', 'ease',
  'declare', 'call', 'open', 'carry', 'slap', 'levy', 'announce', 'agree', 'sign', 'seal', 'broker', 'win', 'postpone', 'cancel',
  'schedule', 'plan', 'threaten', 'end', 'suspend', 'boycott', 'skip',
  // ("chaired an emergency meeting": who presides over a meeting takes part in it)
  'chair',
  // ("voted to renew an arms embargo", "prolonged the sanctions": a measure kept in force, as "extend")
  'renew', 'prolong',
  // litigation only ("filed a lawsuit", "brought a suit"; not "filed an appeal", "brought talks")
  'file', 'bring',
];

/** Verbs (participles) that take an event noun as their subject ("the ultimatum expired", "talks broke down"). */
const PREDICATES = [
  'held', 'expired', 'expire', 'expires', 'expiring', 'began', 'begin', 'begins', 'opened', 'ended', 'ends', 'collapsed', 'resumed', 'resume',
  'continue', 'continued', 'continues', 'scheduled', 'due', 'planned', 'cancelled', 'canceled', 'postponed', 'reached', 'signed',
  'announced', 'lasted', 'passed', 'took', 'take', 'takes', 'taking', 'happened', 'occurred', 'went', 'called', 'set', 'expected', 'underway',
  'concluded', 'convened', 'killed', 'left', 'hit', 'targeted', 'failed', 'stalled',
  // ("heavy fighting was reported along the river": the article's report of the event)
  'reported',
  // (headlines in the present: "as talks stall in Istanbul", "Truce collapses")
  'stall', 'stalls', 'collapse', 'collapses',
  // ("Fighting could escalate", "clashes intensified")
  'escalate', 'escalated', 'escalates', 'intensified', 'intensify', 'intensifies',
  'rocked', 'injured', 'wounded', 'claimed', 'destroyed', 'damaged', 'erupted', 'shook', 'struck', 'kills', 'injures', 'hits',
];

const forms = new Map<string, VerbEntry>();
for (const [base, type, irr, cameo, opts] of VERBS) {
  // (every entry with every field, in one order: one hidden class for V8 wherever entries are read)
  const entry: VerbEntry = { type, lemma: base, cameo, needsNext: opts?.needsNext, needsWithin: opts?.needsWithin, notBefore: opts?.notBefore, notWithin: opts?.notWithin, notObject: opts?.notObject };
  for (const f of inflect(base, irr ?? [])) if (!forms.has(f)) forms.set(f, entry);
}
const nouns = new Map<string, NounEntry>();
for (const [words, type, cameo] of NOUNS) for (const w of words) nouns.set(w, { type, lemma: words[0]!, cameo });
const light = new Map<string, string>();
for (const base of LIGHT) {
  const irr: Record<string, string[]> = {
    hold: ['held'], begin: ['began', 'begun'], make: ['made'], set: ['set', 'sets', 'setting'], give: ['gave', 'given'],
    send: ['sent'], win: ['won'], lodge: [], carry: [],
    // (British and American spellings: "cancelled", "canceled")
    cancel: ['cancels', 'cancelled', 'canceled', 'cancelling', 'canceling'], agree: ['agreed', 'agrees', 'agreeing'], end: [], split: [],
    // (a final consonant doubles: "planned a protest", "slapped tariffs on", "skipped the summit")
    plan: ['planned', 'planning'], slap: ['slapped', 'slapping'], skip: ['skipped', 'skipping'],
    bring: ['brought', 'brings', 'bringing'],
  };
  for (const f of inflect(base, irr[base] ?? [])) light.set(f, base);
}
// ("the president ordered an inquiry into the deaths": who orders an investigation opens it, CAMEO
// 090; only these forms, as "the court order that ..." is a noun before a relative, and only for an
// investigation, see `lightOverride`: "ordered the arrest" has not happened)
for (const f of ['ordered', 'ordering']) light.set(f, 'order');
const preds = new Set(PREDICATES);

export function verbEntry(lower: string): VerbEntry | undefined {
  return forms.get(lower);
}
export function nounEntry(lower: string): NounEntry | undefined {
  return nouns.get(lower);
}
/** The base form of a light verb, or undefined. */
export function lightVerb(lower: string): string | undefined {
  return light.get(lower);
}
/** Types whose event nouns count as a mention when the sentence dates or places them ("the explosion in Kabul", "Monday's shooting"). */
export const SITUATED_NOUN_TYPES: ReadonlySet<string> = new Set(['ASSAULT', 'FIGHT', 'ARREST', 'DEPORT']);
export function isPredicate(lower: string): boolean {
  return preds.has(lower);
}

/** Light verbs that govern only a lawsuit: "filed a lawsuit" sues, "filed an appeal" or "brought aid" are none here. */
const LITIGATION_ONLY = new Set(['file', 'bring']);
/** Light verbs that start a lawsuit ("launched a lawsuit"); "won the suit", "ended the suit" start none. */
const SUING = new Set(['file', 'bring', 'launch', 'lodge', 'announce']);

/** Light verb + noun type → a different type ("lifted sanctions" is a concession, not a sanction). */
export function lightOverride(light: string, nounType: string): string | null {
  if (LITIGATION_ONLY.has(light) && nounType !== 'SUE') return null;
  if (light === 'order' && nounType !== 'INVESTIGATE') return null;
  if (nounType === 'SUE') return SUING.has(light) ? 'SUE' : null;
  if ((light === 'lift' || light === 'ease') && nounType === 'SANCTION') return 'YIELD';
  if (light === 'lodge' && nounType === 'PROTEST') return 'CRITICIZE';
  if ((light === 'send' || light === 'provide' || light === 'deliver') && nounType === 'VISIT') return 'VISIT';
  if (light === 'threaten' && nounType === 'SANCTION') return null;
  // ("renewed fighting broke out", "renewed talks": only a measure is renewed as one keeps it in force)
  if ((light === 'renew' || light === 'prolong') && nounType !== 'SANCTION') return null;
  return nounType;
}

/**
 * A light verb's own CAMEO code where it turns the noun's event around: lifting or easing
 * sanctions eases an economic sanction (CAMEO 085), not imposing one (163).
 */
export function lightOverrideCameo(light: string, nounType: string): string | null {
  if ((light === 'lift' || light === 'ease') && nounType === 'SANCTION') return '085';
  return null;
}

/** Light verbs that stop a measure in force ("suspended development aid", "suspended the sanctions"). */
const STOPPING = new Set(['suspend', 'end']);

/**
 * "France suspended development aid to Niger": stopping aid is no aid that failed to happen but a
 * cut in relations (CAMEO 162, reduce or stop material aid); "suspended the sanctions" likewise
 * eases them (CAMEO 085, as "lifted sanctions"). Both acts took place; `status.ts` reads them so.
 */
export function measureStopped(light: string, nounType: string): { type: string; cameo: string } | null {
  if (!STOPPING.has(light)) return null;
  if (nounType === 'AID') return { type: 'SANCTION', cameo: '162' };
  if (nounType === 'SANCTION' && light === 'suspend') return { type: 'YIELD', cameo: '085' };
  return null;
}

/** Every verb form of the lexicon, for the verb-lexicon-only baseline. */
export function verbForms(): ReadonlyMap<string, VerbEntry> {
  return forms;
}

/** Every word that can start a trigger (verb form, event noun, light verb), for a one-lookup skip. */
export const TRIGGER_WORDS: ReadonlySet<string> = new Set([...forms.keys(), ...nouns.keys(), ...light.keys()]);
