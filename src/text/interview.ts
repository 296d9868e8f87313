/**
 * The layout of a written interview without labels: the interviewer's questions stand as
 * paragraphs of their own, each followed by the answer. The clean stage keeps such questions and
 * answers as story (a short question looks like a teaser), and the quote stage gives the answers
 * to the interviewee. Both read the same two tests from here.
 */

/** What announces a written interview in its headline or introduction. */
const INTERVIEW_SIGNAL = /\b(?:Q\s?&\s?A|Q and A|interview(?:ed)?|spoke\s+(?:to|with)|talked\s+(?:to|with)|sat\s+down\s+with|in\s+conversation\s+with)\b/i;

/** True when `intro` (the text before the first question) announces an interview: "Q&A: ...", "... spoke to us about ...". */
export function announcesInterview(intro: string): boolean {
  return INTERVIEW_SIGNAL.test(intro);
}

/** A paragraph that is the interviewer's question: short, quoting no one, ending in a question mark. */
export function isQuestionParagraph(paragraph: string): boolean {
  const t = paragraph.trim();
  return t.length <= 300 && /\?["”’]?$/.test(t) && !/["“”]/.test(t.slice(0, -1)) && (t.match(/[.!?](?:\s|$)/g) ?? []).length <= 3;
}
