export { tagTimes, type TaggedTime, type TagOptions } from './tagger.js';
export { parseDct } from './resolve.js';
export { timeStage } from './stage.js';
export { readTimeML, type TimeMLDoc, type GoldTimex } from './timeml.js';
