import type { Sentence, Span } from '../document/types.js';
import { LIVE_STAMP } from './dateline.js';
import { firstAtOrAfter, type MentionRef, type SpeakerIndex } from './speaker.js';

/**
 * Whether a quotation with no cue may still be the previous speaker's turn. Features and
 * profiles let a quotation run on without a cue after an attributed one; a reader takes it as
 * the same speaker unless the narrative between them turned to someone else. Two signs that it
 * did, either enough to leave the quotation unattributed (crediting the wrong named person is
 * worse than crediting no one):
 *  - a sentence outside quotation marks between the two opens with another person's name, the
 *    new subject of the story ("Marbury laughs at the story. “...”"), or with someone known
 *    through another ("Her sister rolls her eyes. “...”");
 *  - the quotation names the previous speaker, and people do not speak of themselves by name
 *    ("“Tobias makes it sound dramatic.”" after Tobias Renn's turn; bodies do).
 */
/** A live blog's time stamp opening any line (LIVE_STAMP, line by line). */
const ENTRY_STAMP = new RegExp(LIVE_STAMP.source, 'im');

export function turnBroken(
  text: string,
  sentences: readonly Sentence[],
  index: SpeakerIndex,
  prevSpeaker: string | null,
  from: number,
  quotation: Span,
): boolean {
  const ms = index.mentions;
  // a live blog's entries are apart in time, and each names its own speakers: a quotation in a
  // later entry is no one's turn going on
  if (ENTRY_STAMP.test(text.slice(from, quotation.start))) return true;
  // (a body does speak of itself by name: a statement's `“RSF calls on the authorities to ...”`
  // goes on with Reporters Without Borders)
  if (prevSpeaker && index.byId.get(prevSpeaker)?.type === 'PERSON') {
    // (by entity, or by a word of the speaker's name when the entities layer split the person)
    const nameWords = new Set((index.byId.get(prevSpeaker)?.name ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 1));
    for (let i = firstAtOrAfter(ms, quotation.start); i < ms.length; i++) {
      const m = ms[i]!;
      if (m.start >= quotation.end) break;
      if (/^\s*['’]s?\b/.test(text.slice(m.end, m.end + 3))) continue;
      if (m.entity === prevSpeaker || (m.type === 'PERSON' && nameWords.has(text.slice(m.start, m.end).toLowerCase()))) return true;
    }
  }
  // (sentences and mentions are in text order: both are entered by binary search, so a document
  // with many cueless quotations costs no more than one pass over each)
  for (let k = firstSentenceEndingAfter(sentences, from); k < sentences.length; k++) {
    const s = sentences[k]!;
    if (s.start >= quotation.start) break;
    if (s.start < from) continue;
    // (the quotation's own sentence counts up to the quotation: "Software chief Craig Federighi
    // demonstrated an assistant that he said could “...”" turns to Federighi)
    const body = text.slice(s.start, Math.min(s.end, quotation.start));
    if (/["“”]/.test(body)) continue;
    const subject = openingPerson(text, s, ms);
    if (subject && subject.entity !== prevSpeaker) return true;
    // "Her sister rolls her eyes.": someone brought in through another person is someone else
    if (RELATED_SUBJECT.test(text.slice(s.start, s.end))) return true;
  }
  return false;
}

/** A gesture a person makes before answering: "shook her head", "shrugs", "laughed". */
const GESTURE = /^\s+(?:[a-z]+ly\s+)?(?:shook|shakes|shrugged|shrugs|laughed|laughs|smiled|smiles|nodded|nods|sighed|sighs|paused|pauses|grinned|grins|winced|winces|frowned|frowns|chuckled|chuckles|leaned|leans|hesitated|hesitates)\b/;

/**
 * The person a quotation with no cue answers for when the sentence right before it, in the same
 * paragraph, has that person make a gesture: "Asked whether she would leave, Almeida shook her
 * head. “Where would I go?”" A gesture sets up the answer; a sentence of any other kind
 * ("Marbury laughs at the story." aside) leaves the quotation to turnBroken. Null otherwise.
 */
export function gestureSpeaker(text: string, sentences: readonly Sentence[], index: SpeakerIndex, quotation: Span): MentionRef | null {
  const k = firstSentenceEndingAfter(sentences, quotation.start) - 1;
  const s = sentences[k];
  if (!s || /["“”\n]/.test(text.slice(s.start, quotation.start)) || !/^\s*$/.test(text.slice(s.end, quotation.start))) return null;
  const subject = openingPerson(text, s, index.mentions);
  // ("shook her head at the question" is a gesture too; "laughs at the story" is about something)
  if (!subject || !GESTURE.test(text.slice(subject.end, s.end)) || /^\s+\S+\s+at\b/.test(text.slice(subject.end, s.end))) return null;
  return subject;
}

/** Sources made of numbers: "Figures published by the ministry", "New data", "The latest polls". */
const NUMBERS_SOURCE = /^(?:(?:the|new|latest|official|recent|provisional|these|those)\s+)*(?:figures|data|numbers|statistics|stats|polls?|surveys?|estimates|results|projections)\b/i;

/**
 * False when the previous attribution's source is made of numbers ("Figures ... show that ..."):
 * figures speak in no sentences, so a quotation after them is no continuation of theirs.
 */
export function canSpeakOn(sourceText: string | null): boolean {
  return !sourceText || !NUMBERS_SOURCE.test(sourceText.trim());
}

/** A sentence opening with a person known through someone else: "Her sister", "His lawyer". */
const RELATED_SUBJECT = /^\s*(?:Her|His|Their|Our|My)\s+(?:(?:elder|younger|older|twin|late|former|longtime|long-time|own)\s+)?(?:sister|brother|wife|husband|mother|father|son|daughter|partner|colleague|friend|assistant|lawyer|attorney|manager|agent|coach|rival|opponent|neighbou?r|boss|deputy|aide|spokesman|spokeswoman|spokesperson|bandmate|teammate|co-founder|co-author)\b/;

/** A sentence's opening words that may stand before its subject: "Later,", "Now", "For now,", "Asked why, ". */
// (or a clause closed by a comma: "Asked what comes next, Quillon shrugs.")
const LEAD = /^\s*(?:(?:later|now|today|still|meanwhile|afterwards|then|for\s+now|at\s+\d+|in\s+\d{4})\s*,?\s*|[^,"“”]{1,60},\s*)?/i;

/** The PERSON mention opening a sentence as its subject (not a possessor: "Marbury's studio"). */
function openingPerson(text: string, s: Sentence, ms: readonly MentionRef[]): MentionRef | null {
  const at = s.start + LEAD.exec(text.slice(s.start, s.end))![0].length;
  for (let i = firstAtOrAfter(ms, at); i < ms.length; i++) {
    const m = ms[i]!;
    if (m.start > at + 40) break;
    // (past a title or description the entity leaves out: "Software chief [Craig Federighi]")
    if (m.start > at && !TITLE_WORDS.test(text.slice(at, m.start))) break;
    if (m.type === 'PERSON' && !/^['’]s?\b/.test(text.slice(m.end, m.end + 2))) return m;
  }
  return null;
}

/** One to three words of a title before a name, no punctuation: "Software chief ", "Defence Secretary ". */
const TITLE_WORDS = /^(?:[\p{L}-]+\s+){1,3}$/u;

/** Index of the first sentence that ends after `pos`. */
function firstSentenceEndingAfter(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
