/**
 * Titles and roles before a person's name. They are not part of the name but are kept:
 * "U.S. Secretary of State Antony Blinken" -> name "Antony Blinken", title "U.S. Secretary of State".
 */
import { countryOfDemonym, countryOfName } from './demonyms.js';

/** Words that head a title. */
export const TITLE_HEADS = new Set(
  [
    'president', 'chancellor', 'secretary', 'minister', 'premier', 'governor', 'senator', 'sen.', 'rep.', 'representative',
    'congressman', 'congresswoman', 'mayor', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'princess', 'pope', 'emperor',
    'general', 'gen.', 'admiral', 'adm.', 'colonel', 'col.', 'lt.', 'captain', 'capt.', 'major', 'maj.', 'sgt.', 'sergeant', 'commander',
    'judge', 'justice', 'attorney', 'prosecutor', 'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'spokesman', 'spokeswoman',
    'spokesperson', 'leader', 'speaker', 'dr.', 'dr', 'prof.', 'professor', 'sheikh', 'ayatollah', 'cardinal', 'archbishop', 'bishop',
    'rev.', 'reverend', 'chief', 'coach', 'manager', 'officer', 'executive', 'founder', 'gov.', 'lord', 'lady', 'sir', 'dame',
    'commissioner', 'inspector', 'detective', 'superintendent', 'chancellor', 'vice-president', 'deputy', 'treasurer', 'counsel',
    'emir', 'sultan', 'crown', 'head', 'editor', 'economist', 'analyst', 'minister-president',
    // local office and a firm's founders ("Sheriff Dennis Kowalski", "Anthropic co-founder ...")
    'sheriff', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'co-founder', 'cofounder',
    // shared posts ("AfD co-leader Alice Weidel")
    'co-leader', 'co-chair', 'co-chairman', 'co-chairwoman',
    // a player's position is his title on the sports pages ("striker Chidi Okonkwo")
    'striker', 'goalkeeper', 'midfielder',
    // hyphenated posts ("WHO Director-General Tedros Adhanom Ghebreyesus")
    'director-general', 'secretary-general', 'attorney-general', 'governor-general', 'solicitor-general', 'auditor-general',
    'vice-chairman', 'vice-chair', 'vice-premier', 'vice-chancellor', 'vice-governor', 'deputy-director',
    // British councillors and ranks written without a full stop, US local offices, clergy and peers
    'cllr', 'cllr.', 'supervisor', 'assemblyman', 'assemblywoman', 'assemblymember', 'selectman', 'selectwoman', 'comptroller',
    'magistrate', 'coroner', 'trustee', 'rabbi', 'baroness', 'viscount', 'countess', 'prof', 'gen', 'col', 'capt', 'lt',
    'sgt', 'supt', 'supt.', 'insp', 'insp.', 'det', 'det.', 'cpl', 'cpl.', 'corporal', 'lieutenant', 'brigadier', 'msgr.',
    'trooper', 'rev',
    // Ireland's heads of government ("Taoiseach Micheal Martin")
    'taoiseach', 'tanaiste', 'tánaiste',
    // a town's and a museum's posts (session 14): "City Librarian John Szabo", "Chief Curator Ana Ruiz"
    'librarian', 'curator',
    // "National Security Adviser Eduardo Año" (session 16)
    'adviser', 'advisor',
    // naval and air ranks (session 16, second round): "Commodore Jay Tarriela", "Air Marshal ..."
    'commodore', 'marshal', 'ensign', 'midshipman', 'colonel-general',
    // watchdogs' and auditors' posts (session 17): "Ombudsman Iris Marín", "Auditor Kofi Mensah"
    'ombudsman', 'ombudswoman', 'ombudsperson', 'auditor', 'registrar',
  ],
);

/** Words that modify or complete a title: "Prime", "Foreign", "Vice", "of State". */
const TITLE_PARTS = new Set(
  [
    'prime', 'foreign', 'vice', 'deputy', 'finance', 'defence', 'defense', 'interior', 'state', 'home', 'health', 'education',
    'justice', 'trade', 'economy', 'economic', 'energy', 'treasury', 'commerce', 'labor', 'labour', 'agriculture', 'transport',
    'transportation', 'homeland', 'security', 'affairs', 'environment', 'culture', 'army', 'navy', 'air', 'force', 'supreme',
    'national', 'federal', 'general', 'attorney', 'executive', 'chief', 'senior', 'acting', 'interim', 'assistant', 'associate',
    'grand', 'high', 'first', 'lord', 'crown', 'opposition', 'party', 'majority', 'minority', 'house', 'senate', 'financial',
    'operating', 'technology', 'information', 'central', 'bank', 'european', 'international', 'development', 'intelligence',
    'press', 'presidential', 'white', 'office', 'staff', 'joint', 'chiefs', 'managing', 'foreign-affairs', 'industry', 'science',
    'technology', 'infrastructure', 'communications', 'social', 'welfare', 'women', 'youth', 'sports', 'tourism', 'police',
    // after the head: "Archbishop Emeritus Desmond Tutu", "President Elect"
    'emeritus', 'elect', 'designate',
    // British portfolios: "Work and Pensions Secretary", "Shadow Housing Secretary" ("cabinet" is left out: "the
    // cabinet minister" would no longer be "the minister")
    'shadow', 'pensions', 'work', 'housing', 'business', 'digital', 'media', 'communities',
    // more portfolios (session 12): "Religious Affairs Minister", "Mining Minister", "UN climate chief"
    'religious', 'mining', 'mines', 'climate', 'fisheries', 'forestry', 'aviation', 'petroleum', 'immigration', 'ecology',
    'telecommunications', 'veterans', 'heritage',
    // a town's services (session 13): "Fire Chief Tom Brennan", "Library Director Ana Ruiz", "Planning Director"
    'fire', 'library', 'planning', 'medical',
    // portfolios of African and Asian cabinets (session 16): "Minister of Water and Sanitation",
    // "Higher Education and Training", "Science and Innovation", "Sport, Arts and Culture"
    'water', 'sanitation', 'innovation', 'higher', 'training', 'arts', 'sport', 'gender', 'employment', 'investment', 'cooperation',
    'irrigation', 'livestock', 'wildlife', 'minerals', 'children', 'economics', 'regional',
  ],
);
const CONNECTORS = new Set(['of', 'for', 'and', 'of the']);

/** Honorifics stand before a name but are not titles; they still mark a person. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'messrs', 'messrs.', 'mme', 'm.',
  // the same courtesy in other languages, written before names in English news (session 15):
  // Indonesian "Ibu", "Bapak"; Hindi "Shri", "Smt."; Hausa and Yoruba "Alhaji", "Alhaja", "Mallam";
  // German "Herr", "Frau"; French "Madame", "Monsieur"; Malaysian "Datuk" ("Pak", "Sri", "Tun" are
  // also names: "Pak Pong-ju", "Sri Mulyani")
  'ibu', 'bapak', 'shri', 'shrimati', 'smt', 'smt.', 'alhaji', 'alhaja', 'hajia', 'mallam', 'herr', 'frau', 'madame', 'monsieur', 'datuk', 'dato', "dato'",
  // "Datuk Seri Anwar Ibrahim": the higher rank of "Datuk", which opens no one's own name
  'seri']);

/** A title word that also modifies another ("Chief Accountant", "Deputy Head"): what follows it may be more of the title. */
export function isTitleModifier(w: string): boolean {
  return TITLE_PARTS.has(w.toLowerCase());
}

export function isTitleWord(w: string): boolean {
  const l = w.toLowerCase();
  return TITLE_HEADS.has(l) || TITLE_PARTS.has(l);
}

function capitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

export interface TitleMatch {
  /** First token index of the title. */
  start: number;
  /** One past its last token. */
  end: number;
  /** After a name: one past the title words, before what the title is of ("head" in "head of the bank"). */
  runEnd?: number;
}

/**
 * The title directly before token index `nameStart` (skipping an honorific), or null.
 * `words` are the sentence's tokens; `placeStartOf(end)` gives the start of a place,
 * nationality or organisation span ending at token `end` (or -1), so "U.S.", "German" or
 * "Goldman Sachs" can open the title ("Goldman Sachs analyst Daniel Okafor").
 */
export function titleBefore(words: readonly string[], nameStart: number, placeStartOf: (end: number) => number): TitleMatch | null {
  let j = nameStart - 1;
  if (j >= 0 && HONORIFICS.has(words[j]!.toLowerCase())) j--;
  const end = j + 1;
  let start = end;
  let hasHead = false;
  while (j >= 0) {
    const w = words[j]!;
    const l = w.toLowerCase();
    // a name ending in a title word opens the title whole: "Kestrel Bank analyst", not "Bank analyst"
    if (start < end && capitalised(w) && isTitleWord(w)) {
      const ps = placeStartOf(j + 1);
      if (ps >= 0 && ps < j) {
        start = ps;
        break;
      }
    }
    if (TITLE_HEADS.has(l) || TITLE_PARTS.has(l)) {
      if (TITLE_HEADS.has(l)) hasHead = true;
      start = j;
      j--;
      continue;
    }
    // "Secretary of State", "House of Representatives Speaker"; but a party's "of" says whose party
    // it is: "the Welfare Party of Prime Minister Necmettin Erbakan"
    if (CONNECTORS.has(l) && start < end && j > 0 && isTitleWord(words[j - 1]!) && !(l === 'of' && words[j - 1]!.toLowerCase() === 'party')) {
      start = j;
      j--;
      continue;
    }
    if (start < end && capitalised(w)) {
      // A place, nationality or organisation opens the title: "U.S. Secretary of State", "German Chancellor", "Acme chief executive".
      const ps = placeStartOf(j + 1);
      if (ps >= 0) {
        start = ps;
        break;
      }
      if (countryOfDemonym(w) || countryOfName(w)) {
        start = j;
        break;
      }
      // so does a body's acronym: "WHO Director-General", "UN Secretary-General", "NATO Secretary General"
      if (/^[A-Z]{2,6}$/.test(w) || /^(?:[A-Z]\.){2,3}$/.test(w)) {
        start = j;
        break;
      }
    }
    break;
  }
  if (!hasHead) return null;
  return { start, end };
}

/**
 * A title in an appositive before the name: "the German chancellor, Olaf Scholz, said" ->
 * "German chancellor". The title must open with "the", a possessive ("its chairman") or a
 * name's possessive ("Vietnam's deputy trade minister") (so "Sanders, Warren, Biden" and a list
 * of roles are not read as one) and the name must close the appositive: a comma or the
 * sentence's end follows it. `nameEnd` is one past the name's last token.
 */
export function titleBeforeComma(words: readonly string[], nameStart: number, nameEnd: number, placeStartOf: (end: number) => number): TitleMatch | null {
  if (nameStart < 3 || words[nameStart - 1] !== ',') return null;
  if (nameEnd < words.length && !CLOSERS.has(words[nameEnd]!)) return null;
  const tm = titleBefore(words, nameStart - 1, placeStartOf);
  if (!tm || tm.end !== nameStart - 1) return null;
  let k = tm.start - 1;
  if (k >= 0 && AFTER_MODIFIERS.has(words[k]!.toLowerCase())) k--;
  if (k < 0) return null;
  const opener = words[k]!.toLowerCase();
  if (opener === 'the' || POSSESSIVES.has(opener)) return tm;
  // "Vietnam's deputy trade minister, Tran Thi Mai,": the possessor is part of the title
  if ((opener === "'s" || opener === "'") && k > 0) {
    const ps = placeStartOf(k);
    if (ps >= 0) return { start: ps, end: tm.end };
  }
  return null;
}

/** Determiners that, like "the", open an appositive title: "Its chairman, Walter Briggs, said". */
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our']);

/** Words that may open a title after a name but not before one: "the former president". */
const AFTER_MODIFIERS = new Set(['former', 'outgoing', 'incoming']);
/** Connectors that attach what a title is of: "chief executive of Norvale", "a spokeswoman for the ministry", "ambassador to France". */
const COMPLEMENT_CONNECTORS = new Set(['of', 'for', 'at', 'to', 'in']);
/** Words that open a clause or are verbs: a complement containing one is not part of the title. */
const CLAUSE_WORDS = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'since', 'after', 'before', 'because', 'although', 'if',
  'said', 'says', 'say', 'told', 'added', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'not', 'also', 'as', 'saying', 'quoted', 'according',
]);
/** Tokens that close an appositive. */
const CLOSERS = new Set([',', '.', ';', ':', ')', '-', '--', '—', '–', '!', '?']);

/**
 * The title in an appositive directly after a person's name: "Olaf Scholz, the German chancellor,"
 * -> "German chancellor"; "X, chief executive of Norvale Mining," -> "chief executive of Norvale Mining".
 * `nameEnd` is one past the name's last token; the appositive must open with a comma, may start
 * with an article (not part of the title) and a name (place, nationality or organisation) ending
 * at `nameEndOf(start)` (or -1), then needs a run of title words with a head, an optional short
 * "of/for/at ..." complement, and a closing comma or the sentence's end. A clause ("Scholz, who
 * ...") or a list ("Scholz, President Macron and ...") is not a title.
 */
export function titleAfter(words: readonly string[], nameEnd: number, nameEndOf: (start: number) => number): TitleMatch | null {
  const n = words.length;
  if (nameEnd >= n || words[nameEnd] !== ',') return null;
  let i = nameEnd + 1;
  if (i < n) {
    const l = words[i]!.toLowerCase();
    if (l === 'the' || l === 'a' || l === 'an') i++;
  }
  const start = i;
  if (i < n && AFTER_MODIFIERS.has(words[i]!.toLowerCase())) i++;
  // A place, nationality or organisation before the title: "the German chancellor", "Germany's central bank governor".
  const ne = nameEndOf(i);
  if (ne > i) i = ne;
  else if (i < n && capitalised(words[i]!) && !isTitleWord(words[i]!) && (countryOfDemonym(words[i]!) || countryOfName(words[i]!))) i++;
  if (i > start && i < n && (words[i] === "'s" || words[i] === "'")) i++;
  let hasHead = false;
  while (i < n) {
    const l = words[i]!.toLowerCase();
    if (TITLE_HEADS.has(l)) hasHead = true;
    else if (!TITLE_PARTS.has(l) && !(CONNECTORS.has(l) && hasHead && i + 1 < n && isTitleWord(words[i + 1]!))) break;
    i++;
  }
  if (!hasHead) return null;
  let end = i;
  if (i < n && COMPLEMENT_CONNECTORS.has(words[i]!.toLowerCase())) {
    // "of Norvale Mining", "for the ministry", "of the armed forces": short, without a clause, ending at the closer
    let k = i + 1;
    // a parenthesis ends the title: "spokesman of the Bharatiya Janata Party (BJP),"
    while (k < n && k <= i + 8 && !CLOSERS.has(words[k]!) && words[k] !== '(') {
      if (CLAUSE_WORDS.has(words[k]!.toLowerCase())) break;
      k++;
    }
    if (k > i + 1 && (k === n || CLOSERS.has(words[k]!) || words[k] === '(')) end = k;
    return { start, end, runEnd: i };
  }
  if (end < n && !CLOSERS.has(words[end]!)) return null;
  return { start, end, runEnd: end };
}

/** Lowercase key of a title without its place or nationality: "U.S. Secretary of State" -> "secretary of state". */
export function titleKey(title: string): string {
  const words = title.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && !isTitleWord(words[i]!)) i++;
  // and without what it is of, when that is not title words: "head of Germany's central bank" -> "head"
  let j = i + 1;
  while (j < words.length && !(COMPLEMENT_CONNECTORS.has(words[j]!.toLowerCase()) && j + 1 < words.length && !isTitleWord(words[j + 1]!))) j++;
  return words.slice(i, j).join(' ').toLowerCase();
}

/** Words that make a title another office than its head alone: a prime minister is not "the minister". */
const RANKS = /\b(?:prime|vice|deputy|assistant|associate|under)\b/gi;

/**
 * The rank words of a title, sorted and joined ("" for none): "Deputy Prime Minister" ->
 * "deputy prime". Two titles of one office have the same; "the minister" and "Prime Minister" do not.
 */
export function titleRanks(title: string): string {
  return (title.toLowerCase().match(RANKS) ?? []).sort().join(' ');
}
