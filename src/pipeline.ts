import { SCHEMA_VERSION, type Alignment, type Comparison, type Document, type LoadOptions, type NormalizedDocument, type NormalizedParagraph, type Normalizer, type RedlineResult, type ResolvedOptions, type RunControl, type TextOrigins, type UrlInputs, type Warning } from './types.js';
import { documentFromBytes, formatBytes, loadAnyDocument, sha256Hex } from './ingest/index.js';
import { normalizeDocument, normalizeParagraph, NORMALIZER_VERSION } from './normalize/normalize.js';
import { createScorer, scoreParagraphs, SCORER_VERSION } from './similarity/scorer.js';
import { alignmentKey, alignParagraphs, ALIGNER_VERSION } from './align/align.js';
import { classifyAlignment, CLASSIFIER_VERSION, lexiconsFingerprint } from './classify/classify.js';
import { DEFAULT_MAX_BYTES, resolveOptions, type CompareOptions } from './options.js';
import { RedlineError } from './errors.js';
import { TOOL_VERSION } from './version.js';

/** The lexicons' fingerprint, for caches of compared pairs (batch). */
export { lexiconsFingerprint };
/** One paragraph prepared for matching (batch lineage normalizes only the paragraphs it scores, not whole documents). */
export { normalizeParagraph };

/** The engine's similarity of two prepared paragraphs: `similarity` without preparing them again (batch lineage). */
export function paragraphSimilarity(a: NormalizedParagraph, b: NormalizedParagraph, semantic: boolean): number {
  return scoreParagraphs(a, b, { semantic }).similarity;
}

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
  signal?: AbortSignal,
): { comparison: Comparison; warnings: Warning[] } {
  signal?.throwIfAborted();
  const leftNormalized = normalize(left);
  const rightNormalized = normalize(right);
  signal?.throwIfAborted();
  const alignment = alignDocuments(left, right, leftNormalized, rightNormalized, options);
  signal?.throwIfAborted();
  return classifyAlignment({ document: left, normalized: leftNormalized }, { document: right, normalized: rightNormalized }, alignment, options);
}

/**
 * Score and align in a function of its own: the scorer (term vectors, candidate index, score cache: about 130 MB on
 * two 10,000-paragraph texts) is unreachable once it returns, so classification does not run with it still alive.
 */
function alignDocuments(left: Document, right: Document, leftNormalized: NormalizedDocument, rightNormalized: NormalizedDocument, options: ResolvedOptions): Alignment {
  const scorer = createScorer(leftNormalized.paragraphs, rightNormalized.paragraphs, { semantic: options.semantic });
  return alignParagraphs(
    {
      leftKeys: leftNormalized.paragraphs.map(alignmentKey),
      rightKeys: rightNormalized.paragraphs.map(alignmentKey),
      leftHeadings: left.paragraphs.map((p) => p.heading),
      rightHeadings: right.paragraphs.map((p) => p.heading),
    },
    scorer,
    options,
  );
}

/** Assemble the JSON contract from documents and comparisons. */
export function buildResult(documents: Document[], comparisons: Comparison[], options: ResolvedOptions, warnings: Warning[]): RedlineResult {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'redline', version: TOOL_VERSION },
    options,
    documents: documents.map((document) => ({ ...document.meta, paragraphs: document.paragraphs })),
    comparisons,
    warnings,
  };
}

/** Compare an older text (left) with a newer one (right), read from files (or `-` for standard input). */
export async function compare(leftPath: string, rightPath: string, options: CompareOptions & LoadOptions & RunControl & UrlInputs = {}): Promise<RedlineResult> {
  const resolved = resolveOptions(options);
  if (leftPath === '-' && rightPath === '-') {
    throw new RedlineError('stdin-twice', 'standard input can be read only once', 'Give one of the two texts as a file.', '-');
  }
  const { signal } = options;
  signal?.throwIfAborted();
  const loadWarnings: Warning[] = [];
  const left = await loadInput(leftPath, options, loadWarnings);
  signal?.throwIfAborted();
  const right = await loadInput(rightPath, options, loadWarnings);
  return comparePair(left, right, resolved, loadWarnings, signal);
}

/** `http://…` or `https://…`: a web address, not a file name. */
const URL_PATTERN = /^https?:\/\//i;

/** A file, standard input, or a web address fetched by `options.download`. */
async function loadInput(path: string, options: LoadOptions & UrlInputs, warnings: Warning[]): Promise<Document> {
  if (!URL_PATTERN.test(path)) return loadAnyDocument(path, { maxBytes: options.maxBytes, warnings, unit: options.unit });
  if (!options.download) {
    throw new RedlineError('url-input', 'is a web address; compare reads files', 'Download it into the library first: `redline corpus add URL --id NAME --date YYYY-MM-DD`, then compare corpus/texts/NAME.txt.', path);
  }
  const bytes = await options.download(path);
  return documentFromBytes({ path, bytes, sha256: sha256Hex(bytes) }, { warnings, unit: options.unit });
}

/**
 * Compare two texts given as strings (or bytes: a PDF or Word file read elsewhere), no files involved. The format is
 * told from the content as for files (plain text, Markdown with front matter, HTML, PDF, DOCX); ids default to `left`
 * and `right` and name the texts in messages.
 */
export async function compareTexts(
  left: string | Uint8Array,
  right: string | Uint8Array,
  options: CompareOptions & Pick<LoadOptions, 'maxBytes' | 'unit'> & TextOrigins & RunControl = {},
): Promise<RedlineResult> {
  const resolved = resolveOptions(options);
  const { signal } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const loadWarnings: Warning[] = [];
  const load = async (text: string | Uint8Array, name: string, id: string | undefined): Promise<Document> => {
    signal?.throwIfAborted();
    const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
    if (bytes.length > maxBytes) {
      throw new RedlineError('too-large', `is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit`, 'Split the document, or raise the limit with the maxBytes option.', id ?? name);
    }
    return documentFromBytes({ path: id ?? name, bytes, sha256: sha256Hex(bytes) }, { id, warnings: loadWarnings, unit: options.unit });
  };
  const leftDocument = await load(left, 'left', options.leftId);
  const rightDocument = await load(right, 'right', options.rightId);
  return comparePair(leftDocument, rightDocument, resolved, loadWarnings, signal);
}

function comparePair(left: Document, right: Document, resolved: ResolvedOptions, loadWarnings: Warning[], signal?: AbortSignal): RedlineResult {
  if (left.meta.id === right.meta.id) right.meta.id = `${right.meta.id}~2`; // ids must tell the two sides apart
  const { comparison, warnings } = compareDocuments(left, right, resolved, normalizeDocument, signal);
  return buildResult([left, right], [comparison], resolved, [...loadWarnings, ...warnings]);
}

/** The pairwise paragraph score the aligner uses, 0..1, for two texts with no document context. */
export function similarity(a: string, b: string, options: Pick<CompareOptions, 'semantic'> = {}): number {
  return scoreParagraphs(normalizeParagraph(a), normalizeParagraph(b), { semantic: resolveOptions(options).semantic }).similarity;
}
