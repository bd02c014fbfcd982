/**
 * The ingest stage's public entry: what other folders (the document library, the batch runner) use to read documents.
 * Re-exports only; the stage's own files import each other directly.
 */
export { readInput, sha256Hex, formatBytes, type RawInput } from './read-input.js';
export { convertBytes } from './convert.js';
export { splitFrontMatter } from './front-matter.js';
export { documentFromText, normalizeDate } from './load-document.js';
export { isDatedBefore } from './dates.js';
export { documentFromBytes, loadAnyDocument } from './load-any-document.js';
export { isSameDocument, preferredCopy, whyKept, wordingShare, type CopyFacts } from './same-document.js';
export { skippedFileReason } from './unread-formats.js';
