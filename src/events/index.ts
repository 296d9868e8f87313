export { eventsStage, extractEvents, type EventsInput } from './stage.js';
export { EVENT_TYPES, CAMEO_OF, type EventTypeInfo } from './types.js';
export { normalizeIssue } from './issue.js';
export { verbBaseline } from './baseline.js';
