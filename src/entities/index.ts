export { entitiesStage } from './stage.js';
export { findEntities, normalizeToken } from './resolve.js';
export { NerModel, defaultModel, DEFAULT_MODEL_PATH } from './model.js';
export { titleBefore, titleAfter, titleKey, titleRanks, isTitleWord, TITLE_HEADS, HONORIFICS } from './titles.js';
export { countryOfDemonym, countryOfName, isPeopleDemonym } from './demonyms.js';
export { TYPES, TAG_NAMES, spansFromBilou, spansFromIob, type TokenSpan } from './tags.js';
export { acronymKey, initialsOf } from './acronyms.js';
