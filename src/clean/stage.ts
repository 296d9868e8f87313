import type { Document } from '../document/document.js';
import type { Stage } from '../document/pipeline.js';
import type { Excluded } from '../document/types.js';
import { formReason } from './patterns.js';
import { headlineShaped, TEASER, teaserScore } from './rules.js';
import { announcesInterview, isQuestionParagraph } from '../text/index.js';
import { isProse, StoryVocabulary } from './topic.js';
import { unitsOf, type Unit } from './units.js';

/**
 * The clean stage says which part of the text is the story. Every paragraph is judged:
 * by its form (bylines, captions, prompts), and for teasers of other stories by form, topic
 * and position together. The body is the one span from the first to the last story
 * paragraph; what is not story inside it is listed in `excluded` with a reason.
 */
export const cleanStage: Stage<'body'> = {
  name: 'clean',
  requires: [],
  produces: ['body'],
  run(doc) {
    return { body: separate(doc) };
  },
};

type Verdict = string | null;
const KEEP = 'keep';
/** An interview's question line: "Q: ...", "Question: ...". */
const INTERVIEW_QUESTION = /^\s*(?:Q|Question)\s*:/;

function separate(doc: Document) {
  const text = doc.text;
  const units = unitsOf(doc);
  const fromPage = Array.isArray(doc.meta.extra?.layout);
  const authors = doc.meta.extra?.authors;
  const bylineOut = fromPage || (Array.isArray(authors) && authors.length > 0);
  const verdict: Verdict[] = units.map((u) => {
    const r = formReason(u);
    // Without author metadata a byline is the story's own line: kept, and never a teaser.
    if (r === 'byline' && !bylineOut) return KEEP;
    return r;
  });

  // An unlabelled interview's questions, first answers and introduction are the story, however
  // short and headline-like they are
  for (const i of interviewUnits(text, units)) if (verdict[i] === null) verdict[i] = KEEP;

  // Two passes: the second measures topic against the story without the first pass's teasers.
  for (let pass = 0; pass < 2; pass++) {
    if (pass === 1 && !verdict.some((v) => v === 'teaser' || v === 'related')) break;
    teaserPass(units, verdict, fromPage);
  }

  return assemble(text, units, verdict);
}

/**
 * The units of a written interview without labels (src/text/interview.ts): each question followed
 * by an answer, the answer's first paragraph, and the introduction before the first question, when
 * two questions or more are answered and the text before them announces an interview. Empty
 * otherwise: a list of teasers asks questions too, but no one answers them.
 */
function interviewUnits(text: string, units: readonly Unit[]): number[] {
  const answered: number[] = [];
  for (let i = 0; i + 1 < units.length; i++) if (isQuestionParagraph(units[i]!.text) && !isQuestionParagraph(units[i + 1]!.text)) answered.push(i);
  if (answered.length < 2 || answered[0]! < 1 || !announcesInterview(text.slice(0, units[answered[0]!]!.start))) return [];
  return [answered[0]! - 1, ...answered.flatMap((i) => [i, i + 1])];
}

/** What the steps of one pass read, and the verdicts they write. */
interface Pass {
  units: Unit[];
  verdict: Verdict[];
  fromPage: boolean;
  coh: ReturnType<StoryVocabulary['coherence']>[];
  score: number[];
  firstProse: number;
  lastProse: number;
}

/**
 * One pass of judging teasers, by topic against the story as the verdicts so far leave it.
 * (The pass's steps are functions of their own so that the JIT compiles them apart: compiled as
 * one, `separate` was recompiled whole after each deoptimisation in any step.)
 */
function teaserPass(units: Unit[], verdict: Verdict[], fromPage: boolean): void {
  const story = units.filter((u, i) => isProse(u) && (verdict[i] === null || verdict[i] === undefined));
  const vocab = new StoryVocabulary(story.length ? story : units);
  const coh = units.map((u) => vocab.coherence(u));
  const score = units.map((u, i) =>
    (verdict[i] && verdict[i] !== 'teaser' && verdict[i] !== 'related') || contentShaped(u) ? -Infinity : teaserScore(u, coh[i]!, vocab),
  );
  const firstProse = units.findIndex((u, i) => isProse(u) && score[i]! < TEASER);
  let lastProse = -1;
  for (let i = units.length - 1; i >= 0; i--) if (isProse(units[i]!) && score[i]! < TEASER) { lastProse = i; break; }
  for (let i = 0; i < units.length; i++) if (verdict[i] === 'teaser' || verdict[i] === 'related') verdict[i] = null;
  if (firstProse < 0) return;

  // Layout evidence anywhere: link lists are other stories or navigation.
  units.forEach((u, i) => {
    if (verdict[i]) return;
    if (u.linkDensity >= 0.5 && u.nWords <= 40 && score[i]! >= (u.terminal ? TEASER : TEASER - 1) && !/^\S+$/.test(u.text)) verdict[i] = 'related';
  });
  const p: Pass = { units, verdict, fromPage, coh, score, firstProse, lastProse };
  teasersAfterStory(p);
  teasersBeforeStory(p);
  teasersInsideStory(p);
  // A short label line ("Related", "More on this") heading an excluded list goes with it.
  for (let k = 0; k + 1 < units.length; k++) {
    if ((verdict[k + 1] === 'related' || verdict[k + 1] === 'teaser') && isLabel(p, k) && k !== firstProse && coh[k]!.weighted < 1) verdict[k] = verdict[k + 1]!;
  }
}

function teaserLike(p: Pass, i: number): boolean {
  return p.verdict[i] === null && p.score[i]! >= TEASER;
}

function markBlock(p: Pass, idx: number[]): boolean {
  const { units, verdict, score } = p;
  // One sentence-shaped line alone is more likely the story's own short ending than a teaser.
  const lone = idx.filter((i) => verdict[i] === null);
  // In a page, other stories are linked: a block of plain lines with no link is a list in the article.
  const linked = lone.filter((i) => units[i]!.linkDensity >= 0.25 && !/^\S+$/.test(units[i]!.text)).length;
  if (p.fromPage && linked < Math.max(1, lone.length * 0.4)) return false;
  if (lone.length === 1 && !p.fromPage && !headlineShaped(units[lone[0]!]!) && score[lone[0]!]! < TEASER + 1.5) return false;
  for (const i of lone) verdict[i] = 'teaser';
  return lone.length > 0;
}

function isLabel(p: Pass, i: number): boolean {
  const u = p.units[i]!;
  return p.verdict[i] === null && !u.terminal && u.nWords <= 6 && !isProse(u);
}

/** After the story: a run of teaser-like lines to the end (form-excluded lines may sit among them). */
function teasersAfterStory(p: Pass): void {
  const { units, verdict, score, coh, lastProse } = p;
  const tail: number[] = [];
  let sawTeaser = false;
  let i = units.length - 1;
  for (; i > lastProse; i--) {
    if (verdict[i] === KEEP) break;
    if (verdict[i]) continue;
    // A weaker line joins when it stands next to a clear teaser: teasers come in lists.
    const soft = verdict[i] === null && score[i]! >= TEASER - 1 && (sawTeaser || teaserLike(p, i - 1));
    if (teaserLike(p, i)) sawTeaser = true;
    if (teaserLike(p, i) || soft) tail.push(i);
    else break;
  }
  if (!sawTeaser) tail.length = 0;
  // The line next to the story is the doubtful one: a sentence there must be clearly a teaser.
  while (tail.length) {
    const k = tail[tail.length - 1]!;
    if (verdict[k] !== null || headlineShaped(units[k]!) || (score[k]! >= TEASER + 0.5 && coh[k]!.weighted === 0)) break;
    tail.pop();
  }
  if (markBlock(p, tail) && i > lastProse && isLabel(p, i)) verdict[i] = 'related';
}

/** Before the story: teaser-like lines between the top (headline, byline) and the lead. */
function teasersBeforeStory(p: Pass): void {
  const { units, verdict, score, coh, firstProse, fromPage } = p;
  const head: number[] = [];
  // (a plain text's first line is its headline, whatever words it shares; a sentence naming
  // someone the story names is its own introduction, as a short Q&A opens: "Dossier Wire spoke to
  // Amara Okoye, Nigeria's climate envoy, ahead of the talks."; nor is an interview's question a
  // teaser: "Q: Will rich countries meet the goal?")
  const headCandidate = (j: number) => j >= 0 && j < firstProse && !(j === 0 && (coh[j]!.shared > 0 || !fromPage)) && !(units[j]!.terminal && coh[j]!.sharedNames > 0) && !INTERVIEW_QUESTION.test(units[j]!.text);
  for (let j = 0; j < firstProse; j++) {
    if (!headCandidate(j)) continue;
    const soft = verdict[j] === null && score[j]! >= TEASER - 1 && ((headCandidate(j - 1) && teaserLike(p, j - 1)) || (headCandidate(j + 1) && teaserLike(p, j + 1)));
    if (teaserLike(p, j) || soft) head.push(j);
  }
  if (head.length && markBlock(p, head)) {
    const first = Math.min(...head.filter((j) => verdict[j] === 'teaser'));
    const j = first - 1;
    if (j >= 0 && isLabel(p, j) && (j > 0 || coh[j]!.shared === 0)) verdict[j] = 'related';
  }
}

/** Inside the story: only runs of strongly teaser-like lines (a lone subheading stays). */
function teasersInsideStory(p: Pass): void {
  const { units, verdict, score, coh, firstProse, lastProse } = p;
  let run: number[] = [];
  const flushRun = () => {
    const need = p.fromPage ? 2 : 3;
    const strong = run.filter((k) => headlineShaped(units[k]!)).length;
    if (run.length >= need || (run.length >= 2 && strong === run.length)) {
      for (const k of run) verdict[k] = 'teaser';
      const j = run[0]! - 1;
      if (j > firstProse && isLabel(p, j)) verdict[j] = 'related';
    }
    run = [];
  };
  for (let k = firstProse + 1; k < lastProse; k++) {
    if (verdict[k] === null && score[k]! >= TEASER + 0.5 && coh[k]!.shared === 0) run.push(k);
    else if (verdict[k] === null) flushRun();
  }
  flushRun();
}

/** Table cells and plain list items of a page are the article's own data, never teasers. */
function contentShaped(u: Unit): boolean {
  return u.kind === 'cell' || (u.kind !== null && u.linkDensity < 0.3 && (u.kind === 'li' || /^\s*(?:\d{1,2}[.)]|[-•*▪])\s/.test(u.text)));
}

function assemble(text: string, units: Unit[], verdict: Verdict[]) {
  const kept = units.filter((_, i) => !verdict[i] || verdict[i] === KEEP);
  let start: number;
  let end: number;
  if (kept.length) {
    start = kept[0]!.start;
    end = kept[kept.length - 1]!.end;
  } else {
    // Nothing reads as story: an empty body at the end of the text, everything excluded.
    start = end = text.length;
  }
  const excluded: Excluded[] = [];
  units.forEach((u, i) => {
    const reason = verdict[i];
    if (!reason || reason === KEEP) return;
    const prev = excluded[excluded.length - 1];
    // Adjacent exclusions with the same reason become one span (with the breaks between them).
    if (prev && prev.reason === reason && i > 0 && verdict[i - 1] === reason) prev.end = u.end;
    else excluded.push({ start: u.start, end: u.end, reason });
  });
  return { body: { start, end }, excluded };
}
