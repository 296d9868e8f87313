export { tokenize } from './tokenize.js';
export { splitSentences, sentenceIndexAt } from './sentences.js';
export { findParagraphs, isHardWrapped } from './lines.js';
export { textStage } from './stage.js';
export { announcesInterview, isQuestionParagraph } from './interview.js';
