/** redline's public API: what the CLI uses and what library users import. No logic lives here. */
export { loadDocument, documentFromText } from './ingest/load-document.js';
export { segmentParagraphs } from './ingest/segment.js';
export { RedlineError, isRedlineError } from './errors.js';
export { resolveOptions, DEFAULT_OPTIONS } from './options.js';
export type { CompareOptions } from './options.js';
export * from './types.js';
