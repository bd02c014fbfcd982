/** redline's public API: what the CLI uses and what library users import. No logic lives here. */
export { compare, compareDocuments, similarity, buildResult } from './pipeline.js';
export { loadDocument, documentFromText } from './ingest/load-document.js';
export { segmentParagraphs } from './ingest/segment.js';
export { normalizeDocument, normalizeParagraph } from './normalize/normalize.js';
export { createScorer } from './similarity/scorer.js';
export { alignParagraphs } from './align/align.js';
export { classifyAlignment } from './classify/classify.js';
export { RedlineError, isRedlineError } from './errors.js';
export { resolveOptions, DEFAULT_OPTIONS } from './options.js';
export type { CompareOptions } from './options.js';
export type { LoadOptions } from './ingest/load-document.js';
export type { PairScorer, ScoredPair } from './similarity/scorer.js';
export * from './types.js';
