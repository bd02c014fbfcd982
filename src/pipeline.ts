import { nameParagraphs } from './report/paragraph-names.js';
import { replacementPairs } from './report/replacements.js';
import { unrelatedAbsence } from './report/labels.js';
import { HISTORY_SCHEMA_VERSION, SCHEMA_VERSION, type AbsentPosition, type Alignment, type AlignmentLink, type ClassifySide, type PairScorer, type Replacement, type Comparison, type Document, type DocumentMeta, type HistoryResult, type HistorySkip, type LoadOptions, type NormalizedParagraph, type Paragraph, type ScoredPair, type Reinstatement, type NormalizedDocument, type Normalizer, type RedlineResult, type ResolvedOptions, type RunControl, type TextOrigins, type UrlInputs, type Warning } from './types.js';
import { documentFromBytes, formatBytes, isDatedBefore, loadAnyDocument, sha256Hex } from './ingest/index.js';
import { chainedTwins, normalizeDocument, normalizeParagraph, normalizeSurfaceForm, NORMALIZER_VERSION, releaseLanguageResources, surfaceForm, twinStandIn, type TwinPair } from './normalize/normalize.js';
import { createScorer, scoreParagraphs, SCORER_VERSION } from './similarity/scorer.js';
import { alignmentKey, alignParagraphs, ALIGNER_VERSION } from './align/align.js';
import { classifyAlignment, CLASSIFIER_VERSION, lexiconsFingerprint } from './classify/classify.js';
import { withVerdict } from './verdict.js';
import { withFootnoteChanges } from './footnote-changes.js';
import { DEFAULT_MAX_BYTES, resolveOptions, type CompareOptions } from './options.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RedlineError, checkArgument, type RedlineErrorCode } from './errors.js';
import { TOOL_VERSION } from './version.js';
import { absentPositions, collateVersions, stepOfFinding } from './history/index.js';
import { inDateOrder, withoutCopies } from './history-inputs.js';

/** The lexicons' fingerprint, for caches of compared pairs (batch). */
export { lexiconsFingerprint };
/** Let go of the language model and the memo of normalized paragraphs once a process has compared its one pair (the CLI's compare and report, before rendering). */
export { releaseLanguageResources };

/** Whether this process compares one pair only, so the language resources go as soon as both sides are normalized. */
let onePairOnly = false;

/**
 * For a process that compares one pair and then only renders (the CLI's compare and report): the English model and the
 * memo of normalized paragraphs are let go as soon as both sides are normalized, so that alignment and classification
 * run without them (about 16 MiB of heap), and a large pair is collected at the stage boundaries (`collectBetweenStages`).
 * A later comparison loads the model again.
 */
export function compareOnePairOnly(): void {
  onePairOnly = true;
}

/** From this many paragraphs (both texts) a one-pair process collects its garbage between stages. */
const COLLECT_FROM_PARAGRAPHS = 4000;

/**
 * A full garbage collection between stages of a large pair, in a one-pair process. The scorer (about 60 MiB of live heap
 * on two 10,000-paragraph texts) is garbage once the alignment is made, and the normalized paragraphs once the findings
 * are: left to itself, V8 lets the garbage of alignment and classification pile up on a heap sized by the last live set
 * it measured (the scorer's), and classification was where the 10,000-paragraph JSON output peaked (issue 21; figures in
 * bench/SPEED.md). The collector is reached as Jest does for its leak detection (the flag set at run time, the function
 * taken from a new context). Never below COLLECT_FROM_PARAGRAPHS, where memory is no concern and a collection would
 * only cost time.
 */
function collectBetweenStages(paragraphs: number): void {
  if (!onePairOnly || paragraphs < COLLECT_FROM_PARAGRAPHS) return;
  collector ??= takeCollector();
  collector();
}

let collector: (() => void) | null = null;

function takeCollector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** One paragraph prepared for matching (batch lineage normalizes only the paragraphs it scores, not whole documents). */
export { normalizeParagraph };
/** Where a batch keeps the converted word vectors (its cache folder; null: written nowhere): batch sets it per task. */
export { useVectorCache } from './similarity/embeddings.js';

/** The engine's scores of two prepared paragraphs (`similarity` and its components) without preparing them again (batch lineage). */
export function paragraphScores(a: NormalizedParagraph, b: NormalizedParagraph, semantic: boolean): ScoredPair {
  return scoreParagraphs(a, b, { semantic });
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

/** A comparison of two consecutive versions made earlier with the same options, or null to compare them now. */
export type KnownComparison = (older: Document, newer: Document) => Comparison | null;

/** Compare two loaded documents: the pairwise core shared by `compare` and the batch runner. */
export function compareDocuments(
  left: Document,
  right: Document,
  options: ResolvedOptions,
  normalize: Normalizer = normalizeDocument,
  signal?: AbortSignal,
): { comparison: Comparison; warnings: Warning[] } {
  signal?.throwIfAborted();
  const { leftNormalized, rightNormalized, twins } = prepareSides(left, right, normalize, options.semantic);
  if (onePairOnly) releaseLanguageResources();
  signal?.throwIfAborted();
  const aligned = alignDocuments(left, right, leftNormalized, rightNormalized, options, twins);
  collectBetweenStages(left.paragraphs.length + right.paragraphs.length);
  signal?.throwIfAborted();
  return withFootnotes(classifyPair({ document: left, normalized: leftNormalized }, { document: right, normalized: rightNormalized }, aligned, options), left, right);
}

/** A classified pair with its findings' changed footnotes (`withFootnoteChanges`): notes are compared after the paragraphs. */
function withFootnotes(classified: { comparison: Comparison; warnings: Warning[] }, left: Document, right: Document): { comparison: Comparison; warnings: Warning[] } {
  // The step's one verdict is read after the notes: a note only succeeded with the year's report is no negotiation.
  return { ...classified, comparison: withVerdict(withFootnoteChanges(classified.comparison, left.paragraphs, right.paragraphs), left, right) };
}

/** Both sides of a pair prepared for matching, and their twins (empty unless every paragraph is one: see prepareSides). */
interface PreparedSides {
  leftNormalized: NormalizedDocument;
  rightNormalized: NormalizedDocument;
  twins: TwinPair[];
}

/**
 * Both sides normalized, except when every paragraph of both is a twin (its surface form, `surfaceForm`, occurs once on
 * each side, all in the same order: `chainedTwins`): then nothing changed, each paragraph stands in without terms
 * (`twinStandIn`) and the English model is never loaded. Otherwise every paragraph is normalized, twins included: the
 * scorer's document frequencies, and so every score and candidate list, come from all paragraphs of both texts (twins
 * standing in without terms moved scores by up to 0.025 and turned a merge into modified + dropped). The surface form
 * computed here is the one normalization starts from (`normalizeSurfaceForm`), so it is not computed twice. Without the
 * semantic component only: with it, a text of twins would still need its meaning vectors.
 */
function prepareSides(left: Document, right: Document, normalize: Normalizer, semantic: boolean): PreparedSides {
  shareEqualTexts(left, right);
  const leftSurfaces = left.paragraphs.map((paragraph) => surfaceForm(paragraph.text));
  const rightSurfaces = right.paragraphs.map((paragraph) => surfaceForm(paragraph.text));
  const twins = semantic || leftSurfaces.length !== rightSurfaces.length ? [] : chainedTwins(leftSurfaces, rightSurfaces);
  const allTwins = twins.length > 0 && twins.length === leftSurfaces.length;
  const side = (document: Document, surfaces: string[]): NormalizedDocument => {
    if (allTwins) return { sha256: document.meta.sha256, normalizer: NORMALIZER_VERSION, paragraphs: surfaces.map(twinStandIn) };
    if (normalize !== normalizeDocument) return normalize(document);
    return { sha256: document.meta.sha256, normalizer: NORMALIZER_VERSION, paragraphs: surfaces.map(normalizeSurfaceForm) };
  };
  return { leftNormalized: side(left, leftSurfaces), rightNormalized: side(right, rightSurfaces), twins: allTwins ? twins : [] };
}

/**
 * A paragraph of the newer text equal to one of the older text takes the older one's string: both stay alive to the end
 * (the result holds both documents), and most paragraphs of a revision are unchanged. The content is the same, so nothing
 * a caller reads changes.
 */
function shareEqualTexts(left: Document, right: Document): void {
  const older = new Map<string, string>();
  for (const paragraph of left.paragraphs) older.set(paragraph.text, paragraph.text);
  for (const paragraph of right.paragraphs) {
    const same = older.get(paragraph.text);
    if (same !== undefined) paragraph.text = same;
  }
}

/**
 * Score and align in a function of its own: the scorer (term vectors, candidate index, score cache: about 130 MB on
 * two 10,000-paragraph texts) is unreachable once it returns, so classification does not run with it still alive.
 */
function alignDocuments(left: Document, right: Document, leftNormalized: NormalizedDocument, rightNormalized: NormalizedDocument, options: ResolvedOptions, twins: TwinPair[] = [], replacements = true): AlignedPair {
  const scorer = createScorer(leftNormalized.paragraphs, rightNormalized.paragraphs, { semantic: options.semantic, twins });
  // A twin's key is its surface (a stand-in has no folded form): unique on each side, so the exact anchors chain them all.
  const twinKey = (paragraph: NormalizedParagraph): string => `\u0001${paragraph.surface}`;
  const leftTwins = new Set(twins.map((pair) => pair.left));
  const rightTwins = new Set(twins.map((pair) => pair.right));
  const alignment = alignParagraphs(
    {
      leftKeys: leftNormalized.paragraphs.map((paragraph, index) => (leftTwins.has(index) ? twinKey(paragraph) : alignmentKey(paragraph))),
      rightKeys: rightNormalized.paragraphs.map((paragraph, index) => (rightTwins.has(index) ? twinKey(paragraph) : alignmentKey(paragraph))),
      leftHeadings: left.paragraphs.map((p) => p.heading),
      rightHeadings: right.paragraphs.map((p) => p.heading),
      leftChapeaux: left.paragraphs.map(isChapeau),
      rightChapeaux: right.paragraphs.map(isChapeau),
    },
    scorer,
    options,
  );
  return { alignment, unpaired: replacements ? unpairedScores(alignment.links, scorer) : new Map() };
}

/** A paragraph that introduces the ones after it: it ends in a colon ("Calls upon Member States:", "We commit to:"). */
function isChapeau(paragraph: Paragraph): boolean {
  return !paragraph.heading && /:\s*$/u.test(paragraph.text);
}

/** An alignment and the scores of its unpaired paragraphs that a replacement may pair (`unpairedScores`). */
interface AlignedPair {
  alignment: Alignment;
  unpaired: Map<string, number>;
}

/**
 * Most unpaired pairs scored for replacements: texts with more pairs that could stand in one another's place are far
 * apart (whole runs of paragraphs replaced); none is scored, and their replacements go without a figure.
 */
const UNPAIRED_SCORES_MAX = 1000;

/**
 * The similarity of each dropped paragraph and each new one that can read in the same run of unpaired paragraphs: no
 * paired paragraph between them in the findings' reading order (a dropped paragraph reads after the in-order pair
 * holding the nearest older paragraph before it, `orderForReading` in classify). Scored here, while the scorer lives,
 * so a replacement the reports draw (`replacementPairs`) has the figure any aligned pair has; keyed `left|right`.
 */
function unpairedScores(links: readonly AlignmentLink[], scorer: PairScorer): Map<string, number> {
  const pairedStarts: number[] = [];
  const endOfLeft: number[] = [];
  const dropped: number[] = [];
  const added: number[] = [];
  for (const link of links) {
    if (link.left.length === 0) added.push(link.right[0]);
    else if (link.right.length === 0) dropped.push(link.left[0]);
    else {
      pairedStarts.push(link.right[0]);
      const scattered = link.order !== undefined || link.left.some((index, k) => k > 0 && index !== link.left[k - 1] + 1);
      if (!link.moved) for (const source of scattered ? [link.left[0]] : link.left) endOfLeft[source] = link.right[link.right.length - 1];
    }
  }
  const scores = new Map<string, number>();
  if (dropped.length === 0 || added.length === 0) return scores;
  const ascending = (a: number, b: number): number => a - b;
  pairedStarts.sort(ascending);
  added.sort(ascending);
  dropped.sort(ascending);
  /** How many of the sorted `values` are below `bound`. */
  const below = (values: readonly number[], bound: number): number => {
    let [low, high] = [0, values.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[middle] < bound) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const pairs: Array<[number, number]> = [];
  let nearest = -1;
  let scanned = 0;
  for (const older of dropped) {
    for (; scanned < older; scanned++) if (endOfLeft[scanned] !== undefined) nearest = endOfLeft[scanned];
    // Its run lies between the paired findings read just before and just after it.
    const at = below(pairedStarts, nearest + 0.5);
    const [from, to] = [at > 0 ? pairedStarts[at - 1] : -1, at < pairedStarts.length ? pairedStarts[at] : Infinity];
    for (let k = below(added, from + 1); k < added.length && added[k] < to; k++) {
      pairs.push([older, added[k]]);
      if (pairs.length > UNPAIRED_SCORES_MAX) return scores;
    }
  }
  for (const [older, newer] of pairs) scores.set(`${older}|${newer}`, scorer.score([older], [newer]).similarity);
  return scores;
}

/**
 * Classify an aligned pair and record its replacements (`Comparison.replacements`): the pairs the reports draw
 * (`replacementPairs`), each with the similarity the scorer gave it; placed before `stats`, after `related`.
 */
function classifyPair(left: ClassifySide, right: ClassifySide, aligned: AlignedPair, options: ResolvedOptions): { comparison: Comparison; warnings: Warning[] } {
  const { comparison, warnings } = classifyAlignment(left, right, aligned.alignment, options);
  const replacements: Replacement[] = [];
  for (const { dropped, added } of replacementPairs(comparison, left.document.paragraphs, right.document.paragraphs)) {
    const [older, newer] = [comparison.findings[dropped].left, comparison.findings[added].right];
    const similarity = aligned.unpaired.get(`${older[0]}|${newer[0]}`);
    if (similarity !== undefined) replacements.push({ left: older, right: newer, similarity: Math.round(similarity * 1e4) / 1e4 });
  }
  const { stats, ...rest } = comparison;
  const same = isSameResolution(left.document, right.document, comparison);
  return { comparison: { ...rest, replacements, stats, ...(same ? { sameResolution: true as const } : {}) }, warnings };
}

/** A resolution's title as compared between versions: case and punctuation aside. */
function comparableTitle(document: Document): string {
  return document.meta.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** At most this share of the longer text's paragraphs in the shorter: two texts under one title, not two versions (as `isLopsided` in the batch plan). */
const LOPSIDED_SHARE = 0.2;

/**
 * Whether two texts are one UN resolution, however rewritten (`Comparison.sameResolution`): both carry a UN symbol and
 * one title, and neither has a fifth of the other's paragraphs or fewer (a decision on revised estimates under the
 * budget resolution's title is another text). Syria 79/185 → 80/224 keeps 45 of 100 paragraphs' places, 6 % similar.
 */
function isSameResolution(left: Document, right: Document, comparison: Comparison): boolean {
  if (left.meta.symbol === undefined || right.meta.symbol === undefined || comparableTitle(left) !== comparableTitle(right)) return false;
  const counts = comparison.summary;
  const kept = counts.unchanged + counts.modified + counts.split + counts.merged;
  const [older, newer] = [kept + counts.dropped, kept + counts.new];
  return Math.min(older, newer) > LOPSIDED_SHARE * Math.max(older, newer);
}

/** Assemble the JSON contract from documents and comparisons; paragraphs without UN labels get the name a reader cites them by (`nameParagraphs`). */
export function buildResult(documents: Document[], comparisons: Comparison[], options: ResolvedOptions, warnings: Warning[]): RedlineResult {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'redline', version: TOOL_VERSION },
    options,
    documents: documents.map((document) => ({ ...document.meta, paragraphs: nameParagraphs(document.paragraphs) })),
    comparisons,
    warnings,
  };
}

/** Compare an older text (left) with a newer one (right), read from files (or `-` for standard input). */
export async function compare(leftPath: string, rightPath: string, options: CompareOptions & LoadOptions & RunControl & UrlInputs = {}): Promise<RedlineResult> {
  checkArgument(typeof leftPath === 'string' && leftPath !== '', 'compare', 'leftPath', 'a file path (or - for standard input)', leftPath);
  checkArgument(typeof rightPath === 'string' && rightPath !== '', 'compare', 'rightPath', 'a file path (or - for standard input)', rightPath);
  checkOptions('compare', options);
  const resolved = resolveOptions(options);
  if (leftPath === '-' && rightPath === '-') {
    throw new RedlineError('stdin-twice', 'standard input can be read only once', 'Give one of the two texts as a file.', '-');
  }
  const { signal } = options;
  signal?.throwIfAborted();
  const loadWarnings: Warning[] = [];
  const left = await loadInput(leftPath, options.leftTrackedChanges ? { ...options, trackedChanges: options.leftTrackedChanges } : options, loadWarnings);
  signal?.throwIfAborted();
  const right = await loadInput(rightPath, options, loadWarnings);
  return comparePair(left, right, resolved, loadWarnings, signal, readingOf(options));
}

/** Options must be an object when given (`compareTexts(a, b, 'fast')` was taken silently for no options). */
function checkOptions(call: string, options: unknown): void {
  checkArgument(typeof options === 'object' && options !== null && !Array.isArray(options), call, 'options', 'an object', options);
  const { signal } = options as RunControl;
  checkArgument(signal === undefined || signal instanceof AbortSignal, call, 'options.signal', 'an AbortSignal', signal);
}

/** `http://…` or `https://…`: a web address, not a file name. */
const URL_PATTERN = /^https?:\/\//i;

/** A file, standard input, or a web address fetched by `options.download`. */
async function loadInput(path: string, options: LoadOptions & UrlInputs, warnings: Warning[]): Promise<Document> {
  if (!URL_PATTERN.test(path)) return loadAnyDocument(path, { maxBytes: options.maxBytes, warnings, unit: options.unit, trackedChanges: options.trackedChanges });
  if (!options.download) {
    throw new RedlineError('url-input', 'is a web address; compare reads files', 'Download it into the library first: `redline corpus add URL --id NAME --date YYYY-MM-DD`, then compare corpus/texts/NAME.txt.', path);
  }
  const bytes = await options.download(path);
  return documentFromBytes({ path, bytes, sha256: sha256Hex(bytes) }, { warnings, unit: options.unit, trackedChanges: options.trackedChanges });
}

/**
 * Compare two texts given as strings (or bytes: a PDF or Word file read elsewhere), no files involved. The format is
 * told from the content as for files (plain text, Markdown with front matter, HTML, PDF, DOCX); ids default to `left`
 * and `right` and name the texts in messages.
 */
export async function compareTexts(
  left: string | Uint8Array,
  right: string | Uint8Array,
  options: CompareOptions & Pick<LoadOptions, 'maxBytes' | 'unit' | 'trackedChanges'> & TextOrigins & RunControl = {},
): Promise<RedlineResult> {
  const isText = (value: unknown): boolean => typeof value === 'string' || value instanceof Uint8Array;
  checkArgument(isText(left), 'compareTexts', 'left', 'a string or a Uint8Array (a file\'s bytes)', left);
  checkArgument(isText(right), 'compareTexts', 'right', 'a string or a Uint8Array (a file\'s bytes)', right);
  checkOptions('compareTexts', options);
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
    return documentFromBytes({ path: id ?? name, bytes, sha256: sha256Hex(bytes) }, { id, warnings: loadWarnings, unit: options.unit, trackedChanges: options.trackedChanges });
  };
  const leftDocument = await load(left, 'left', options.leftId);
  const rightDocument = await load(right, 'right', options.rightId);
  return comparePair(leftDocument, rightDocument, resolved, loadWarnings, signal, readingOf(options));
}

async function comparePair(left: Document, right: Document, resolved: ResolvedOptions, loadWarnings: Warning[], signal?: AbortSignal, reading: Pick<ResolvedOptions, 'unit' | 'trackedChanges'> = {}): Promise<RedlineResult> {
  if (left.meta.id === right.meta.id) right.meta.id = `${right.meta.id}~2`; // ids must tell the two sides apart
  const { comparison, warnings } = signal ? await compareAbortable(left, right, resolved, signal) : compareDocuments(left, right, resolved, normalizeDocument);
  collectBetweenStages(left.paragraphs.length + right.paragraphs.length); // what remains is the result, then rendering
  return buildResult([left, right], [comparison], { ...resolved, ...reading }, [...pairOrderWarnings(left.meta, right.meta), ...loadWarnings, ...warnings]);
}

/** The session a UN symbol names: `A/RES/80/220` → 80, `A/C.3/79/L.31` → 79; null for other symbols. */
function sessionOfSymbol(symbol: string | undefined): number | null {
  const match = symbol === undefined ? null : /^A\/(?:RES\/|C\.\d\/|(?:ES-\d+\/)?)?(\d{1,3})\//.exec(symbol);
  return match ? Number(match[1]) : null;
}

/**
 * The texts given newest first: the "older" one dated after the "newer" one, or (no dates) of a later UN session. Said,
 * not refused, as `history` says it (trial 17 b: `compare 80/220 79/181` listed the 2024 text's paragraphs as new and
 * its commitments inverted without a word).
 */
function pairOrderWarnings(older: DocumentMeta, newer: DocumentMeta): Warning[] {
  if (older.date !== null && newer.date !== null) {
    if (!isDatedBefore(newer.date, older.date)) return [];
    return [{ code: 'pair-order', file: newer.path, message: `is dated ${newer.date}, before the older text given (${older.path}, ${older.date}): are the two swapped? Give the older text first` }];
  }
  const [olderSession, newerSession] = [sessionOfSymbol(older.symbol), sessionOfSymbol(newer.symbol)];
  if (olderSession === null || newerSession === null || newerSession >= olderSession) return [];
  return [{ code: 'pair-order', file: newer.path, message: `is ${newer.symbol}, of a session before the older text given (${older.path}, ${older.symbol}): are the two swapped? Give the older text first` }];
}

/**
 * How the texts were read, echoed into the result's options when not the default: a consumer of the JSON could not tell
 * `--unit sentence` from the default (byte-identical outputs on a resolution, "¶ 7" naming the second sentence of ¶ 6),
 * nor a Word file read as its original text (a data engineer's reading, session 14). Absent: paragraphs, final text.
 */
function readingOf(options: Pick<LoadOptions, 'unit' | 'trackedChanges'>): Pick<ResolvedOptions, 'unit' | 'trackedChanges'> {
  return {
    ...(options.unit !== undefined && options.unit !== 'paragraph' ? { unit: options.unit } : {}),
    ...(options.trackedChanges === 'original' ? { trackedChanges: options.trackedChanges } : {}),
  };
}

/** The compiled worker of an abortable comparison; absent when running from the TypeScript sources (tests). */
const COMPARE_WORKER = new URL('./compare-worker.js', import.meta.url);

/**
 * Paragraphs (both texts together) from which a comparison given a signal runs in a worker thread. Below, it runs here
 * with a turn of the event loop between stages, where an abort is seen: two generated 500-paragraph texts (one the
 * other reversed, every third paragraph edited) took 0.6–0.8 s in all, so an abort waits less than that. A worker costs
 * about 1 s more (it loads the engine and the English model again): on two such 1,000-paragraph texts 3.5–4.2 s
 * against 2.5 s here. (Measured on the 2-core development machine, warm, `compareTexts`.)
 */
export const WORKER_FROM_PARAGRAPHS = 1_000;

/**
 * A comparison that a caller's AbortSignal stops promptly. A comparison is synchronous, and a signal's abort (a timer,
 * `AbortSignal.timeout`, another request) is an event that only fires when this thread is free: checks inside the loops
 * would never see it. So a large pair runs in a worker thread, terminated the moment the signal aborts (the promise
 * rejects with `signal.reason`: a `TimeoutError` for `AbortSignal.timeout`, else an `AbortError`); a small one runs here
 * with a turn of the event loop between its stages. From the TypeScript sources (no compiled worker) it always runs here.
 */
async function compareAbortable(left: Document, right: Document, options: ResolvedOptions, signal: AbortSignal): Promise<{ comparison: Comparison; warnings: Warning[] }> {
  signal.throwIfAborted();
  const large = left.paragraphs.length + right.paragraphs.length >= WORKER_FROM_PARAGRAPHS;
  if (large && existsSync(fileURLToPath(COMPARE_WORKER))) return compareInWorker(left, right, options, signal);
  const turn = async (): Promise<void> => {
    await new Promise((resolve) => setImmediate(resolve));
    signal.throwIfAborted();
  };
  const { leftNormalized, rightNormalized, twins } = prepareSides(left, right, normalizeDocument, options.semantic);
  await turn();
  const aligned = alignDocuments(left, right, leftNormalized, rightNormalized, options, twins);
  await turn();
  return withFootnotes(classifyPair({ document: left, normalized: leftNormalized }, { document: right, normalized: rightNormalized }, aligned, options), left, right);
}

/** What the comparison worker posts: the comparison, or a refusal's fields. */
type WorkerAnswer = { result: { comparison: Comparison; warnings: Warning[] } } | { refusal: { code: RedlineErrorCode; message: string; hint: string; file?: string } };

/** Run one comparison in a worker thread, terminated (and the promise rejected with the signal's reason) on abort. */
function compareInWorker(left: Document, right: Document, options: ResolvedOptions, signal: AbortSignal): Promise<{ comparison: Comparison; warnings: Warning[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(COMPARE_WORKER, { workerData: { left, right, options } });
    const onAbort = (): void => {
      void worker.terminate();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = (): void => signal.removeEventListener('abort', onAbort);
    worker.once('message', (answer: WorkerAnswer) => {
      settle();
      void worker.terminate();
      if ('result' in answer) resolve(answer.result);
      else reject(new RedlineError(answer.refusal.code, answer.refusal.message, answer.refusal.hint, answer.refusal.file));
    });
    worker.once('error', (error) => {
      settle();
      reject(error);
    });
    worker.once('exit', (code) => {
      settle();
      if (!signal.aborted) reject(new Error(`the comparison worker stopped (exit code ${code}) without an answer`));
    });
  });
}

/** The pairwise paragraph score the aligner uses, 0..1, for two texts with no document context. */
export function similarity(a: string, b: string, options: Pick<CompareOptions, 'semantic'> = {}): number {
  checkArgument(typeof a === 'string', 'similarity', 'a', 'a string', a);
  checkArgument(typeof b === 'string', 'similarity', 'b', 'a string', b);
  checkOptions('similarity', options);
  return scoreParagraphs(normalizeParagraph(a), normalizeParagraph(b), { semantic: resolveOptions(options).semantic }).similarity;
}

/**
 * The history of N versions of one text (oldest first): each consecutive pair compared as `compare` does, paragraphs
 * that come back after an absence found by a small search, and everything collated into one table (`src/history/`).
 * Takes loaded documents (the batch runner's) or paths (files, `-` once, or web addresses with `download`);
 * `baseNormalize` lets the batch runner normalize through its cache, and `knownComparison` hand over a consecutive pair
 * it compared already with the same options (its pair report), so the history only searches and collates.
 */
export async function compareVersions(
  inputs: ReadonlyArray<Document | string>,
  options: CompareOptions & LoadOptions & RunControl & UrlInputs = {},
  baseNormalize: Normalizer = normalizeDocument,
  knownComparison: KnownComparison = () => null,
): Promise<HistoryResult> {
  checkArgument(Array.isArray(inputs), 'compareVersions', 'inputs', 'an array of paths or documents, oldest first', inputs);
  inputs.forEach((input, index) => checkArgument((typeof input === 'string' && input !== '') || (typeof input === 'object' && input !== null && Array.isArray((input as Partial<Document>).paragraphs)), 'compareVersions', `inputs[${index}]`, 'a path or a loaded document', input));
  checkOptions('compareVersions', options);
  const resolved = resolveOptions(options);
  const { signal } = options;
  if (inputs.length < 2) {
    throw new RedlineError('bad-option', `a history needs at least 2 versions, ${inputs.length} given`, 'Give the versions oldest first: redline history V1 V2 [V3 …].');
  }
  if (inputs.filter((input) => input === '-').length > 1) {
    throw new RedlineError('stdin-twice', 'standard input can be read only once', 'Give the other versions as files.', '-');
  }
  const warnings: Warning[] = [];
  const documents: Document[] = [];
  for (const input of inputs) {
    signal?.throwIfAborted();
    documents.push(typeof input === 'string' ? await loadInput(input, options, warnings) : input);
  }
  // A document given twice (its PDF and its text) is one version; versions that print their dates go oldest first.
  const collated = inDateOrder(withoutCopies(documents, warnings), warnings);
  // Ids name the versions in the table: a repeated id gets `~2`, `~3` (two texts of one name are two versions).
  const seen = new Map<string, number>();
  const versions = collated.map((document) => {
    const count = (seen.get(document.meta.id) ?? 0) + 1;
    seen.set(document.meta.id, count);
    return count === 1 ? document : { ...document, meta: { ...document.meta, id: `${document.meta.id}~${count}` } };
  });
  // Each version is normalized once, though it sits in two pairs.
  const normalized = new Map<Document, NormalizedDocument>();
  const normalize: Normalizer = (document) => {
    let entry = normalized.get(document);
    if (!entry) {
      entry = baseNormalize(document);
      normalized.set(document, entry);
    }
    return entry;
  };
  const counts = versions.map((document) => document.paragraphs.length);
  const comparisons: Comparison[] = [];
  const reinstatements: Reinstatement[] = [];
  for (let version = 1; version < versions.length; version++) {
    const known = knownComparison(versions[version - 1], versions[version]);
    const pair = known ? { comparison: known, warnings: [] } : compareDocuments(versions[version - 1], versions[version], resolved, normalize, signal);
    comparisons.push(pair.comparison);
    warnings.push(...pair.warnings);
    const pool = absentPositions(counts, comparisons, reinstatements, version);
    signal?.throwIfAborted();
    reinstatements.push(...findReinstatements(versions, version, pair.comparison, pool, resolved, normalize));
  }
  warnings.push(...versionWarnings(versions, comparisons, resolved));
  // Positions are named as the pair reports name their paragraphs (`nameParagraphs`): a heading line is `heading 1` in
  // both, not `¶ 5` here and `heading 1` there (a statement's Implementation Note line was, until it became the
  // document's trailer in session 16).
  const named = versions.map((document) => ({ ...document, paragraphs: nameParagraphs(document.paragraphs) }));
  const skips = skipComparisons(versions, comparisons, (older, newer) => {
    const known = knownComparison(older, newer);
    return known ?? compareDocuments(older, newer, resolved, normalize, signal).comparison;
  });
  const history = collateVersions({ documents: named, comparisons, reinstatements, skips });
  return {
    schemaVersion: HISTORY_SCHEMA_VERSION,
    tool: { name: 'redline', version: TOOL_VERSION },
    options: resolved,
    documents: named.map((document) => ({ ...document.meta, paragraphs: document.paragraphs })),
    history,
    warnings: uniqueWarnings(warnings),
  };
}

/**
 * The steps past unrelated versions: a version whose step in looks unrelated (`unrelatedAbsence`: an unscheduled release
 * between two statements, FOMC 2008-03-11 before the 2008-03-18 cut) is compared with the last version whose step in
 * was related, as a chain batch compares them (`batch/skips.ts`), so the history says what changed since the last real
 * version (trial 20-b D3). Kept when that comparison is related itself (a country's yearly speeches, each unrelated to
 * any other, add none); a version so compared counts as related for the next step.
 */
function skipComparisons(versions: readonly Document[], comparisons: readonly Comparison[], compareTwo: (older: Document, newer: Document) => Comparison): HistorySkip[] {
  const skips: HistorySkip[] = [];
  let lastRelated = 0;
  for (let version = 1; version < versions.length; version++) {
    if (unrelatedAbsence(comparisons[version - 1]) === null) {
      lastRelated = version;
      continue;
    }
    if (lastRelated === version - 1) continue;
    const comparison = compareTwo(versions[lastRelated], versions[version]);
    if (unrelatedAbsence(comparison) !== null) continue;
    skips.push({ from: lastRelated, version, comparison });
    lastRelated = version;
  }
  return skips;
}

/**
 * The reinstatement search for one version: its new paragraphs (unpaired with the previous version) against every
 * distinct wording of every position absent from the previous version but present before (not only its last one). One small comparison through the normal
 * stages (the pool as one document, the new paragraphs as another: the scorer's candidate index, never all pairs of the
 * whole texts), reusing the versions' normalized paragraphs. A one-to-one link at `moveThreshold` or above is a
 * reinstatement: like a move, the paragraph is paired outside its neighbours' context, so it needs the move's bar, not
 * the in-order one. Only those links are classified (word diff, signals): the rest of the pool is never reported.
 */
function findReinstatements(
  versions: readonly Document[],
  version: number,
  comparison: Comparison,
  allWordings: readonly AbsentPosition[],
  options: ResolvedOptions,
  normalize: Normalizer,
): Reinstatement[] {
  const fresh = comparison.findings.filter((finding) => finding.kind === 'new').map((finding) => finding.right[0]);
  if (allWordings.length === 0 || fresh.length === 0) return [];
  // A wording repeated unchanged in later versions is searched once (its latest copy): the pool grows with the distinct
  // wordings, not with the versions that kept them.
  const seenWording = new Set<string>();
  const pool: AbsentPosition[] = [];
  for (let index = allWordings.length - 1; index >= 0; index--) {
    const entry = allWordings[index];
    const key = `${entry.position}\u0000${entry.paragraphs.map((paragraph) => versions[entry.version].paragraphs[paragraph].text).join('\u0000')}`;
    if (seenWording.has(key)) continue;
    seenWording.add(key);
    pool.push(entry);
  }
  pool.reverse();
  const poolDocument = smallDocument(
    `${versions[version].meta.id}#absent`,
    pool.map((entry) => entry.paragraphs.map((index) => versions[entry.version].paragraphs[index])),
  );
  const freshDocument = smallDocument(`${versions[version].meta.id}#new`, fresh.map((index) => [versions[version].paragraphs[index]]));
  const poolNormalized: NormalizedDocument = {
    sha256: poolDocument.meta.sha256,
    normalizer: NORMALIZER_VERSION,
    paragraphs: pool.map((entry, index) =>
      entry.paragraphs.length === 1 ? normalize(versions[entry.version]).paragraphs[entry.paragraphs[0]] : normalizeParagraph(poolDocument.paragraphs[index].text),
    ),
  };
  const current = normalize(versions[version]);
  const freshNormalized: NormalizedDocument = { sha256: freshDocument.meta.sha256, normalizer: NORMALIZER_VERSION, paragraphs: fresh.map((index) => current.paragraphs[index]) };
  // A search, not a pair a report shows: no replacements to score.
  const { alignment } = alignDocuments(poolDocument, freshDocument, poolNormalized, freshNormalized, options, [], false);
  // One link per position: when two new paragraphs reach two wordings of one position, the closer one comes back.
  const bestOfPosition = new Map<number, (typeof alignment.links)[number]>();
  for (const link of alignment.links) {
    if (link.left.length !== 1 || link.right.length !== 1 || link.similarity < options.moveThreshold) continue;
    const position = pool[link.left[0]].position;
    const best = bestOfPosition.get(position);
    if (!best || link.similarity > best.similarity) bestOfPosition.set(position, link);
  }
  const found = alignment.links.filter((link) => link.left.length === 1 && bestOfPosition.get(pool[link.left[0]].position) === link);
  if (found.length === 0) return [];
  // Any wording of the position may find the paragraph back, but it comes back from the wording the position had last,
  // and its diff and signals are said against that: the Sept 2007 cut matched by its closest wording read as a whole
  // paragraph, no "5-1/4 percent → 4-3/4 percent" (trial 20-b D4).
  const lastOfPosition = new Map<number, number>();
  pool.forEach((entry, index) => {
    const seen = lastOfPosition.get(entry.position);
    if (seen === undefined || pool[seen].version <= entry.version) lastOfPosition.set(entry.position, index);
  });
  const accepted = found.map((link): AlignmentLink => {
    const last = lastOfPosition.get(pool[link.left[0]].position)!;
    if (last === link.left[0]) return link;
    const scored = scoreParagraphs(poolNormalized.paragraphs[last], freshNormalized.paragraphs[link.right[0]], { semantic: options.semantic });
    return { ...link, left: [last], similarity: scored.similarity, scores: scored.scores };
  });
  const { comparison: search } = classifyAlignment(
    { document: poolDocument, normalized: poolNormalized },
    { document: freshDocument, normalized: freshNormalized },
    { links: accepted, related: [], stats: alignment.stats },
    options,
  );
  // Every accepted link is one-to-one, so each finding has one paragraph a side.
  return search.findings.map((finding) => {
    const [left] = finding.left as readonly number[];
    const [right] = finding.right as readonly number[];
    const entry = pool[left];
    return { version, paragraph: fresh[right], step: { ...stepOfFinding(finding, entry.version), left: [...entry.paragraphs], right: [fresh[right]] } };
  });
}

/** A document of a few paragraphs for the reinstatement search (each entry's paragraphs joined into one). */
function smallDocument(id: string, entries: Paragraph[][]): Document {
  let offset = 0;
  const paragraphs = entries.map((group, index): Paragraph => {
    const text = group.map((paragraph) => paragraph.text).join(' ');
    const paragraph: Paragraph = { index, text, number: group[0].number, heading: group.every((p) => p.heading), start: offset, end: offset + text.length };
    offset += text.length + 2;
    return paragraph;
  });
  const sha256 = sha256Hex(new TextEncoder().encode(paragraphs.map((paragraph) => paragraph.text).join('\n\n')));
  return { meta: { id, title: id, date: null, path: id, sha256 }, paragraphs };
}

/** Below this share of `threshold`, two consecutive versions read as two texts rather than two versions of one. */
const UNRELATED_SHARE = 0.5;

/**
 * What a reader of a history must know about its inputs before trusting its timelines: versions not given oldest
 * first (by their dates), resolutions of different titles in one history, and consecutive versions that hardly share a
 * phrase (two texts rather than two versions: what differs between them was never negotiated). Said, not refused: the
 * order given is the order collated.
 */
function versionWarnings(versions: readonly Document[], comparisons: readonly Comparison[], options: ResolvedOptions): Warning[] {
  const warnings: Warning[] = [];
  const title = comparableTitle;
  for (let version = 1; version < versions.length; version++) {
    const [older, newer] = [versions[version - 1].meta, versions[version].meta];
    if (older.date !== null && newer.date !== null && isDatedBefore(newer.date, older.date)) {
      warnings.push({ code: 'history-order', file: newer.path, message: `is dated ${newer.date}, before the version given ahead of it (${older.path}, ${older.date}): give the versions oldest first` });
    }
    // Resolutions name themselves by title; other texts (statements dated in their titles) need not.
    if (older.symbol !== undefined && newer.symbol !== undefined && title(versions[version - 1]) !== title(versions[version])) {
      warnings.push({ code: 'history-titles', file: newer.path, message: `is titled “${newer.title}”, the version before it “${older.title}”: another resolution?` });
    }
    const { similarity, sameResolution } = comparisons[version - 1];
    if (similarity < options.threshold * UNRELATED_SHARE && sameResolution) {
      // One resolution under one title, rewritten: its step is listed as every other, as the pair report and the digest list it.
      warnings.push({ code: 'history-rewritten', file: newer.path, message: `is ${Math.round(similarity * 100)} % similar to the version before it (${older.path}): the same resolution, largely rewritten` });
    } else if (similarity < options.threshold * UNRELATED_SHARE) {
      warnings.push({ code: 'history-unrelated', file: newer.path, message: `is ${Math.round(similarity * 100)} % similar to the version before it (${older.path}): two texts rather than two versions of one?` });
    }
  }
  return warnings;
}

/** Warnings once each (a version in two pairs warns twice about itself). */
function uniqueWarnings(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = `${warning.code}\0${warning.file ?? ''}\0${warning.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
