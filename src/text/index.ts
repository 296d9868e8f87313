export { tokenize } from './tokenize.js';
export { splitSentences } from './sentences.js';
export { findParagraphs, isHardWrapped } from './lines.js';
export { textStage } from './stage.js';
