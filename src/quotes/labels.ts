/**
 * Attributions marked by layout rather than by a verb: transcript speaker labels
 * (`WALLACE: Let's start with ...`) and the headline convention `Name: claim` (`Carson: Cruz
 * taking 'Benghazi' approach`). Both give the colon as cue, the label as source and the rest of
 * the line or paragraph as content. Pure functions over the text and its paragraphs.
 */
import type { Entity, Span } from '../document/types.js';
import { announcesInterview, isQuestionParagraph } from '../text/index.js';

export interface LabelAttribution {
  cue: Span;
  source: Span;
  content: Span;
  /** The paragraph the label opens (a transcript turn) or the headline line. */
  paragraph: Span;
  /** (a 'question' is an interview's "Q:", which attributes nothing: it only clears what was tagged on its label) */
  kind: 'turn' | 'headline' | 'answer' | 'question';
  /** Who speaks, when the label itself names no one (an interview's answers): an entity id or null (optional). */
  speaker?: string | null;
}

/**
 * A transcript turn: the paragraph opens (after an optional quotation mark) with a speaker name in
 * capitals, one to three words, then a colon and the words spoken.
 */
const TURN = /^([^\S\n]*["“]?[^\S\n]*)([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[^\S\n]+(?=\S)/;

/** Capitalised labels that head a paragraph without naming a speaker (rubrics, notes, bylines). */
const RUBRICS = new Set([
  'BYLINE', 'WARNING', 'UPDATE', 'UPDATED', 'NOTE', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'CORRECTION', 'VIDEO', 'WATCH',
  'EXCLUSIVE', 'BREAKING', 'BREAKING NEWS', 'PHOTOS', 'PHOTO', 'SOURCE', 'SOURCES', 'CLICK', 'READ', 'READ MORE', 'RELATED',
  'CREDIT', 'LISTEN', 'ANALYSIS', 'OPINION', 'COMMENTARY', 'DISCLAIMER', 'DISCLOSURE', 'FILE', 'SEE', 'ALSO', 'SEE ALSO',
  'TRANSCRIPT', 'LIVE', 'LATEST', 'BOOM', 'BUSTED', 'WOW', 'LOOK', 'REVEALED', 'AUDIO', 'GRAPHIC', 'SPOILER', 'TIP', 'FACT CHECK',
  'WASHINGTON', 'NEW YORK', 'LONDON', 'PARIS', 'BEIJING', 'MOSCOW',
  // (a country's fact box: "POPULATION: Estimated 35.9 million", "ARMED FORCES: 27,000 soldiers")
  'GEOGRAPHY', 'POPULATION', 'CAPITAL', 'LANGUAGE', 'LANGUAGES', 'RELIGION', 'RELIGIONS', 'HISTORY', 'ECONOMY', 'ARMED FORCES',
  'POLITICS', 'AREA', 'CURRENCY', 'GDP', 'LEADERS', 'LEADER', 'HEAD OF STATE', 'GOVERNMENT', 'CLIMATE', 'RESOURCES', 'MEDIA',
  'BACKGROUND', 'KEY FACTS', 'FACTS', 'TIMELINE', 'PROFILE', 'STATUS', 'INDEPENDENCE', 'EXPORTS', 'INFLATION', 'UNEMPLOYMENT',
]);

/** True for a capitalised label that heads a paragraph without naming anyone ("WARNING", "UPDATE"). */
export function isRubric(label: string): boolean {
  return RUBRICS.has(label.toUpperCase()) || HEADLINE_RUBRICS.test(label);
}

/** The length of a rubric and its colon opening `text` ("Exclusive: "), or 0. */
export function rubricPrefixLength(text: string): number {
  const rubric = /^([\p{L} ]{3,20}):\s+/u.exec(text);
  return rubric && isRubric(rubric[1]!) ? rubric[0].length : 0;
}

/** The end of a paragraph's content: trailing spaces dropped, and a closing mark when the paragraph opened with one. */
function contentEnd(text: string, from: number, end: number, opened: boolean): number {
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  if (opened && end > from && /["”]/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Transcript turns: paragraphs opening with a capitalised speaker label. At least two such
 * paragraphs must be present in the text (a transcript has turns; a single "WARNING:" does not
 * make one), and labels that are rubrics or datelines are skipped.
 */
export function transcriptTurns(text: string, paragraphs: readonly Span[]): LabelAttribution[] {
  const out: LabelAttribution[] = [];
  for (const p of paragraphs) {
    // cheap test first: a capital letter within the first three characters
    const head = text.slice(p.start, Math.min(p.end, p.start + 60));
    const m = TURN.exec(head);
    if (!m) continue;
    const name = m[2]!;
    if (RUBRICS.has(name) || name.replace(/[^A-Z]/g, '').length < 2) continue;
    const ss = p.start + m[1]!.length;
    const colon = ss + name.length;
    const cs = p.start + m[0].length;
    const ce = contentEnd(text, cs, p.end, /["“]/.test(m[1]!));
    if (ce <= cs) continue;
    out.push({ cue: { start: colon, end: colon + 1 }, source: { start: ss, end: colon }, content: { start: cs, end: ce }, paragraph: p, kind: 'turn' });
  }
  return out.length >= 2 ? out : [];
}

/** A paragraph of a written interview opening with its label: "Q: ...", "A: ...". */
const QA_LABEL = /^([^\S\n]*)(Q|A|Question|Answer):[^\S\n]+(?=\S)/;

/** The labelled paragraphs of a written interview, and where its first question opens (the introduction ends there). */
export interface InterviewAnswers {
  answers: LabelAttribution[];
  questions: LabelAttribution[];
  introEnd: number;
}

/**
 * A written interview: paragraphs opening "Q:" (the interviewer's question) and "A:" (the
 * interviewee's answer). Each answer is the interviewee's statement: the colon is its cue, the
 * label its source, the rest of the paragraph its content. Questions attribute nothing (the
 * interviewer speaks for the publication). At least one question and two answers must be present
 * ("A: ..." once is no interview). Null when there is no interview.
 */
export function interviewAnswers(text: string, paragraphs: readonly Span[]): InterviewAnswers | null {
  const answers: LabelAttribution[] = [];
  const questions: LabelAttribution[] = [];
  let introEnd = -1;
  const named = new Map<string, LabelAttribution[]>();
  for (const p of paragraphs) {
    // cheap test first: a Q or A within the first few characters
    const m = QA_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 12)));
    if (!m) {
      // "Okoye: I think they will": an answer labelled with the interviewee's name
      const n = introEnd >= 0 ? NAME_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 40))) : null;
      if (n && !isRubric(n[2]!)) {
        const ss = p.start + n[1]!.length;
        const colon = ss + n[2]!.length;
        const cs = p.start + n[0].length;
        const ce = contentEnd(text, cs, p.end, false);
        const list = named.get(n[2]!) ?? [];
        if (ce > cs) list.push({ cue: { start: colon, end: colon + 1 }, source: { start: ss, end: colon }, content: { start: cs, end: ce }, paragraph: p, kind: 'answer' });
        named.set(n[2]!, list);
      }
      continue;
    }
    const question = m[2]![0] === 'Q';
    if (question && introEnd < 0) introEnd = p.start;
    // (an answer before any question is no interview's)
    if (introEnd < 0) continue;
    const ss = p.start + m[1]!.length;
    const colon = ss + m[2]!.length;
    const cs = p.start + m[0].length;
    const ce = contentEnd(text, cs, p.end, false);
    if (ce > cs) (question ? questions : answers).push({ cue: { start: colon, end: colon + 1 }, source: { start: ss, end: colon }, content: { start: cs, end: ce }, paragraph: p, kind: question ? 'question' : 'answer' });
  }
  // (one name labelling two answers or more, the way "A:" would)
  if (!answers.length && questions.length) for (const list of named.values()) if (list.length >= 2 && list.length > answers.length) answers.splice(0, answers.length, ...list);
  return answers.length >= 2 ? { answers, questions, introEnd } : null;
}

/**
 * A written interview without labels: after an introduction that announces it ("Q&A: ...",
 * "... spoke to us about ..."), the interviewer's questions stand as paragraphs of their own, each
 * followed by one or more paragraphs of answer. Every paragraph from the first question on must be
 * one or the other, with at least two questions, each answered (a feature's rhetorical "What
 * happens next?" is followed by the reporter's prose, which no introduction announced as an
 * interview). The cue is the question's mark, since the layout, not a verb, attributes the answer.
 * Null when the text is no such interview.
 */
export function unlabelledInterview(text: string, paragraphs: readonly Span[]): InterviewAnswers | null {
  const first = paragraphs.findIndex((p) => isQuestionParagraph(text.slice(p.start, p.end)));
  if (first < 1 || !announcesInterview(text.slice(0, paragraphs[first]!.start))) return null;
  const answers: LabelAttribution[] = [];
  const questions: LabelAttribution[] = [];
  let mark: Span | null = null;
  let answered = true;
  for (let k = first; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const body = text.slice(p.start, p.end);
    if (!body.trim()) continue;
    if (isQuestionParagraph(body)) {
      if (!answered) return null;
      const at = p.start + body.trimEnd().lastIndexOf('?');
      mark = { start: at, end: at + 1 };
      questions.push({ cue: mark, source: mark, content: p, paragraph: p, kind: 'question' });
      answered = false;
      continue;
    }
    const cs = p.start + (body.length - body.trimStart().length);
    const ce = contentEnd(text, cs, p.end, false);
    answers.push({ cue: mark!, source: mark!, content: { start: cs, end: ce }, paragraph: p, kind: 'answer' });
    answered = true;
  }
  return questions.length >= 2 && answered ? { answers, questions, introEnd: paragraphs[first]!.start } : null;
}

/** A paragraph opening with a name of one to three capitalised words and a colon: "Okoye: ...". */
const NAME_LABEL = /^([^\S\n]*)(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}):[^\S\n]+(?=\S)/u;

/**
 * Who answers a written interview: the person its introduction (the text before the first
 * question) names most often, as "Marguerite Okafor has led the authority since 2021. She spoke
 * to ..." introduces her. Null when no one, or two people as often, are named there.
 */
export function interviewee(entities: readonly Entity[], introEnd: number): string | null {
  let best: string | null = null;
  let bestN = 0;
  let tie = false;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    let n = 0;
    for (const m of e.mentions) if (m.end <= introEnd) n++;
    if (n > bestN) {
      best = e.id;
      bestN = n;
      tie = false;
    } else if (n && n === bestN) tie = true;
  }
  return tie ? null : best;
}

/** The text's first line, where a headline stands; null when there is none or it is too long for one. */
function firstLine(text: string, paragraphs: readonly Span[]): { ls: number; le: number; line: string } | null {
  const p = paragraphs[0];
  if (!p) return null;
  let ls = p.start;
  while (ls < p.end && /\s/.test(text[ls]!)) ls++;
  const nl = text.indexOf('\n', ls);
  const le = nl >= 0 && nl < p.end ? nl : p.end;
  if (le - ls > 200) return null;
  return { ls, le, line: text.slice(ls, le).replace(/\s+$/, '') };
}

/**
 * `Daily walk cuts dementia risk, study finds`, `Rents to climb, estate agents warn`: the headline
 * convention of a claim, a comma, and its source with a present-tense verb of saying that ends the
 * line (no final stop: a sentence ending "..., the company says." is the tagger's). The source is a
 * short noun phrase with no comma but a figure's ("study of 80,000 adults").
 */
export function headlineTrailingAttribution(text: string, paragraphs: readonly Span[]): LabelAttribution | null {
  const h = firstLine(text, paragraphs);
  if (!h) return null;
  const m = HEADLINE_TRAILING.exec(h.line);
  if (!m || m[2]!.split(/\s+/).length > 8 || /\?\W*$/.test(m[1]!)) return null;
  // ("Exclusive: Glencore weighs sale ..., sources say": the rubric is the desk's, not the sources')
  const cs = h.ls + rubricPrefixLength(m[1]!);
  const ss = h.ls + m[0].length - m[3]!.length - m[2]!.length - 1;
  const ce = h.ls + m[1]!.length;
  return { cue: { start: ss + m[2]!.length + 1, end: h.ls + m[0].length }, source: { start: ss, end: ss + m[2]!.length }, content: { start: cs, end: ce }, paragraph: { start: h.ls, end: h.le }, kind: 'headline' };
}
const HEADLINE_TRAILING = /^(\S[^\n]{8,}?),[^\S\n]+((?:[^,\n]|,(?=\d{3}\b)){2,80}?)[^\S\n]+(says|say|warns|warn|finds|find|claims|claim|admits|admit|reveals|reveal|insists|insist|urges|urge|tells|tell|suggests|suggest|predicts|predict|confirms|confirm|denies|deny|argues|argue)$/;

/** `Carson: Cruz taking 'Benghazi' approach`: one to four capitalised words, a colon, the claim. */
const HEADLINE = /^((?:[A-Z][\p{L}.'’-]*|[A-Z]{2,})(?: (?:[A-Z][\p{L}.'’-]*|de|van|von|da|del|al)){0,3}):[^\S\n]+(\S[^\n]*)$/u;

/** Headline rubrics and teasers that take a colon without being anyone's words. */
const HEADLINE_RUBRICS = /^(?:Breaking(?: News)?|Exclusive|Watch|Video|Photos?|Look|Wow|Revealed|Update[ds]?|Live|Opinion|Analysis|Editorial|Review|Byline|Just In|Just Leaked|The Latest|Boom|Busted|Bombshell|Fact Check|Explainer|Q&A|Spoiler|Transcript|Podcast|Read|Listen|Correction|Warning)$/i;

/** Sources that need no name: "Poll: ...", "Report: ...". */
const HEADLINE_NOUNS = new Set(['Poll', 'Polls', 'Survey', 'Study', 'Report', 'Insiders', 'Sources', 'Officials', 'Experts', 'Analysts', 'Historians', 'Critics', 'Police', 'Prosecutors', 'Scientists', 'Economists', 'Aides', 'Allies',
  // (and a title for the person the story names: "Minister: 'We will not resign'")
  'Minister', 'President', 'PM', 'Premier', 'Chancellor', 'Mayor', 'Governor', 'Senator', 'Judge', 'Coach', 'Manager', 'Boss', 'Chief', 'CEO', 'Pope', 'King', 'Queen', 'Prince', 'Spokesman', 'Spokeswoman', 'Doctors', 'Teachers', 'Residents', 'Witnesses', 'Unions', 'Farmers']);

/**
 * The headline convention `Name: claim` on the text's first line: the name must be a person or
 * organisation the entities stage found there (`isName`), or a source noun such as "Poll". A
 * question ("Ted Cruz: conservative or career politician?") is a topic, not a claim. The claim's
 * final stop or semicolon is dropped, except inside a quotation.
 */
export function headlineAttribution(text: string, paragraphs: readonly Span[], isName: (s: Span) => boolean): LabelAttribution | null {
  const h = firstLine(text, paragraphs);
  if (!h) return null;
  const { ls, le, line } = h;
  const m = HEADLINE.exec(line);
  if (!m) return null;
  const name = m[1]!;
  if (HEADLINE_RUBRICS.test(name)) return null;
  let claim = m[2]!;
  if (/\?\W*$/.test(claim)) return null;
  const source = { start: ls, end: ls + name.length };
  if (!HEADLINE_NOUNS.has(name) && !isName(source)) return null;
  claim = claim.replace(/[.;,]$/, '');
  if (!claim) return null;
  const cs = ls + m[0].length - m[2]!.length;
  return { cue: { start: source.end, end: source.end + 1 }, source, content: { start: cs, end: cs + claim.length }, paragraph: { start: ls, end: le }, kind: 'headline' };
}
