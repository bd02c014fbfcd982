import type { Comparison, Document, LoadOptions, Normalizer, RedlineResult, ResolvedOptions, Warning } from './types.js';
import { loadAnyDocument } from './ingest/load-any-document.js';
import { normalizeDocument, normalizeParagraph, NORMALIZER_VERSION } from './normalize/normalize.js';
import { createScorer, scoreParagraphs, SCORER_VERSION } from './similarity/scorer.js';
import { alignParagraphs, ALIGNER_VERSION } from './align/align.js';
import { classifyAlignment, CLASSIFIER_VERSION } from './classify/classify.js';
import { resolveOptions, type CompareOptions } from './options.js';
import { RedlineError } from './errors.js';
import { TOOL_VERSION } from './version.js';

/**
 * Wiring only: which stages run, in which order. Each stage is a plain function over the types in `types.ts`.
 *   loadAnyDocument → normalizeDocument → createScorer + alignParagraphs → classifyAlignment → RedlineResult
 */

/**
 * The version of one pair comparison: every stage whose output decides a `Comparison`. Caches of compared pairs key on
 * it, so changing a normalizer, a score formula, the aligner or the classifier never serves a stale pair.
 */
export const COMPARISON_VERSION = [NORMALIZER_VERSION, SCORER_VERSION, ALIGNER_VERSION, CLASSIFIER_VERSION].join(' + ');

/** Compare two loaded documents: the pairwise core shared by `compare` and the batch runner. */
export function compareDocuments(
  left: Document,
  right: Document,
  options: ResolvedOptions,
  normalize: Normalizer = normalizeDocument,
): { comparison: Comparison; warnings: Warning[] } {
  const leftNormalized = normalize(left);
  const rightNormalized = normalize(right);
  const scorer = createScorer(leftNormalized.paragraphs, rightNormalized.paragraphs, { semantic: options.semantic });
  const alignment = alignParagraphs(
    {
      leftKeys: leftNormalized.paragraphs.map((p) => p.folded),
      rightKeys: rightNormalized.paragraphs.map((p) => p.folded),
      leftHeadings: left.paragraphs.map((p) => p.heading),
      rightHeadings: right.paragraphs.map((p) => p.heading),
    },
    scorer,
    options,
  );
  return classifyAlignment({ document: left, normalized: leftNormalized }, { document: right, normalized: rightNormalized }, alignment, options);
}

/** Assemble the JSON contract from documents and comparisons. */
export function buildResult(documents: Document[], comparisons: Comparison[], options: ResolvedOptions, warnings: Warning[]): RedlineResult {
  return {
    tool: { name: 'redline', version: TOOL_VERSION },
    options,
    documents: documents.map((document) => ({ ...document.meta, paragraphs: document.paragraphs })),
    comparisons,
    warnings,
  };
}

/** Compare an older text (left) with a newer one (right), read from files (or `-` for standard input). */
export async function compare(leftPath: string, rightPath: string, options: CompareOptions & LoadOptions = {}): Promise<RedlineResult> {
  const resolved = resolveOptions(options);
  if (leftPath === '-' && rightPath === '-') {
    throw new RedlineError('stdin-twice', 'standard input can be read only once', 'Give one of the two texts as a file.', '-');
  }
  const loadWarnings: Warning[] = [];
  const left = await loadAnyDocument(leftPath, { maxBytes: options.maxBytes, warnings: loadWarnings });
  const right = await loadAnyDocument(rightPath, { maxBytes: options.maxBytes, warnings: loadWarnings });
  if (left.meta.id === right.meta.id) right.meta.id = `${right.meta.id}~2`; // ids must tell the two sides apart
  const { comparison, warnings } = compareDocuments(left, right, resolved);
  return buildResult([left, right], [comparison], resolved, [...loadWarnings, ...warnings]);
}

/** The pairwise paragraph score the aligner uses, 0..1, for two texts with no document context. */
export function similarity(a: string, b: string, options: Pick<CompareOptions, 'semantic'> = {}): number {
  return scoreParagraphs(normalizeParagraph(a), normalizeParagraph(b), { semantic: resolveOptions(options).semantic }).similarity;
}
