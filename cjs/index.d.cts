/**
 * Types of the CommonJS entry: the ES build's functions, each returning a Promise (see index.cjs), and its types.
 */
import type * as Redline from '../dist/index.js' with { 'resolution-mode': 'import' };

export type * from '../dist/index.js' with { 'resolution-mode': 'import' };

/** A function of the ES build, as the CommonJS entry exposes it: same arguments, a Promise of the same result. */
type Async<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;

/** The whole ES module API (classes, constants, sync functions as they are), loaded on first call. */
export declare function load(): Promise<typeof Redline>;
/** True for errors redline raised on purpose (bad input, bad options). */
export declare function isRedlineError(error: unknown): error is Redline.RedlineError;

export declare const compare: Async<typeof Redline.compare>;
export declare const compareTexts: Async<typeof Redline.compareTexts>;
export declare const compareDocuments: Async<typeof Redline.compareDocuments>;
export declare const compareVersions: Async<typeof Redline.compareVersions>;
export declare const similarity: Async<typeof Redline.similarity>;
export declare const buildResult: Async<typeof Redline.buildResult>;
export declare const loadDocument: Async<typeof Redline.loadDocument>;
export declare const documentFromText: Async<typeof Redline.documentFromText>;
export declare const segmentParagraphs: Async<typeof Redline.segmentParagraphs>;
export declare const loadAnyDocument: Async<typeof Redline.loadAnyDocument>;
export declare const detectFormat: Async<typeof Redline.detectFormat>;
export declare const convertBytes: Async<typeof Redline.convertBytes>;
export declare const readCatalog: Async<typeof Redline.readCatalog>;
export declare const fetchCorpus: Async<typeof Redline.fetchCorpus>;
export declare const addDocument: Async<typeof Redline.addDocument>;
export declare const runBatch: Async<typeof Redline.runBatch>;
export declare const mergeBatches: Async<typeof Redline.mergeBatches>;
export declare const cacheUsage: Async<typeof Redline.cacheUsage>;
export declare const cleanCache: Async<typeof Redline.cleanCache>;
export declare const renderJson: Async<typeof Redline.renderJson>;
export declare const renderText: Async<typeof Redline.renderText>;
export declare const renderHtml: Async<typeof Redline.renderHtml>;
export declare const readEmbeddedResult: Async<typeof Redline.readEmbeddedResult>;
export declare const renderMarkdown: Async<typeof Redline.renderMarkdown>;
export declare const renderUnified: Async<typeof Redline.renderUnified>;
export declare const renderReport: Async<typeof Redline.renderReport>;
export declare const renderDocx: Async<typeof Redline.renderDocx>;
export declare const renderHistoryJson: Async<typeof Redline.renderHistoryJson>;
export declare const renderHistoryText: Async<typeof Redline.renderHistoryText>;
export declare const renderHistoryMarkdown: Async<typeof Redline.renderHistoryMarkdown>;
export declare const renderHistoryHtml: Async<typeof Redline.renderHistoryHtml>;
export declare const normalizeDocument: Async<typeof Redline.normalizeDocument>;
export declare const normalizeParagraph: Async<typeof Redline.normalizeParagraph>;
export declare const createScorer: Async<typeof Redline.createScorer>;
export declare const alignParagraphs: Async<typeof Redline.alignParagraphs>;
export declare const classifyAlignment: Async<typeof Redline.classifyAlignment>;
export declare const resolveOptions: Async<typeof Redline.resolveOptions>;
export declare const defaultCacheDir: Async<typeof Redline.defaultCacheDir>;
