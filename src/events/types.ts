/**
 * The event types and their CAMEO codes. A type has a default code (the CAMEO root or the
 * code that fits most of its triggers); a trigger may carry a more specific code (meet → 040,
 * negotiate → 046, visit → 042, phone → 041, ultimatum → 139).
 */
export interface EventTypeInfo {
  type: string;
  cameo: string | null;
  label: string;
}

export const EVENT_TYPES: readonly EventTypeInfo[] = [
  { type: 'STATEMENT', cameo: '010', label: 'make a public statement (announce, issue a statement)' },
  { type: 'APPEAL', cameo: '020', label: 'appeal or request (urge, call on/for, ask, invite)' },
  { type: 'PLEDGE', cameo: '030', label: 'express intent to cooperate (promise, pledge, vow)' },
  { type: 'MEET', cameo: '040', label: 'consult: meet, hold talks, summit (negotiate 046)' },
  { type: 'CALL', cameo: '041', label: 'discuss by telephone' },
  { type: 'VISIT', cameo: '042', label: 'make a visit (visit, travel to, arrive in)' },
  { type: 'PRAISE', cameo: '051', label: 'praise or endorse (welcome, praise, hail)' },
  { type: 'AGREE', cameo: '057', label: 'sign or reach an agreement' },
  { type: 'COOPERATE', cameo: '060', label: 'engage in material cooperation' },
  { type: 'AID', cameo: '070', label: 'provide aid' },
  { type: 'YIELD', cameo: '080', label: 'yield: ceasefire, release, withdraw, lift sanctions' },
  { type: 'INVESTIGATE', cameo: '090', label: 'investigate' },
  { type: 'DEMAND', cameo: '100', label: 'demand' },
  { type: 'CRITICIZE', cameo: '111', label: 'criticise or denounce (condemn, lodge a protest)' },
  { type: 'ACCUSE', cameo: '112', label: 'accuse' },
  { type: 'SUE', cameo: '115', label: 'bring a lawsuit against (sue, file a lawsuit)' },
  { type: 'REJECT', cameo: '120', label: 'reject (refuse, rule out, veto)' },
  { type: 'THREATEN', cameo: '130', label: 'threaten' },
  { type: 'DEADLINE', cameo: null, label: 'deadline set or expiring (ultimatum → 139)' },
  { type: 'PROTEST', cameo: '140', label: 'protest, demonstrate, strike, march, riot (145)' },
  { type: 'MOBILIZE', cameo: '150', label: 'exhibit force posture (drills, deploy troops)' },
  { type: 'SANCTION', cameo: '163', label: 'impose sanctions, tariffs, embargo, suspend membership' },
  { type: 'RESTRICT', cameo: '172', label: 'impose administrative sanctions: ban assembly (1721) or a party (1722), curfew (1723), state of emergency or martial law (1724)' },
  { type: 'ARREST', cameo: '173', label: 'arrest, detain, or charge with legal action (also convict, sentence, jail)' },
  { type: 'DEPORT', cameo: '174', label: 'expel or deport individuals (deport, deportation; expelling diplomats is SANCTION 166)' },
  { type: 'ASSAULT', cameo: '180', label: 'unconventional violence: attack, bomb, open fire' },
  { type: 'FIGHT', cameo: '190', label: 'conventional military force: offensive, clashes, shelling' },
  { type: 'ELECTION', cameo: null, label: 'election, vote, referendum (CAMEO has no code)' },
];

export const CAMEO_OF: ReadonlyMap<string, string | null> = new Map(EVENT_TYPES.map((t) => [t.type, t.cameo]));
