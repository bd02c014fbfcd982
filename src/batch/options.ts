import { BATCH_DEFAULTS, resolveOptions, type CompareOptions } from '../options.js';
import { RedlineError } from '../errors.js';
import { SINCE_DATE } from '../digest/since.js';
import { committeesOf } from '../digest/committee.js';
import type { BatchMode, ResolvedOptions, SegmentUnit, SeriesBy, Shard, TrackedChangesMode } from '../types.js';

/** What a phase reports as work completes (for a progress bar). */
export interface BatchProgress {
  phase: 'scan' | 'normalize' | 'compare' | 'lineage' | 'history';
  done: number;
  total: number;
}

/** What `runBatch` takes. */
export interface BatchOptions {
  /** Folder read recursively for `.txt` / `.md` documents. */
  corpus?: string;
  /** A document compared against every corpus document (target mode). */
  target?: string;
  /** Output folder. */
  out: string;
  /** Default: `target` when a target is given, else `chain`. */
  mode?: BatchMode;
  /** Document similarity from which a pair gets its own report; default `BATCH_DEFAULTS.minSimilarity`. */
  minSimilarity?: number;
  /** Run only this slice of the pairs; null or absent for all. */
  shard?: Shard | null;
  /** Worker threads; default all cores. 1 runs in this thread. */
  jobs?: number;
  /**
   * Cache folder for scans, normalized documents and compared pairs, shared across runs; absent or null: no cache
   * (the CLI passes the user's cache folder, `defaultCacheDir()`).
   */
  cacheDir?: string | null;
  /** Largest size of the cache folder in bytes: after a run, the oldest entries go until it fits; null: no limit. Default `BATCH_DEFAULTS.cacheMaxBytes`. */
  cacheMaxBytes?: number | null;
  /** Stops the run between tasks (the promise rejects with the signal's reason); a rerun resumes from the journal. */
  signal?: AbortSignal;
  /** Engine options. */
  compare?: CompareOptions;
  /** Refuse input files larger than this many bytes (default: ingest's limit). */
  maxBytes?: number;
  /** The unit compared (default `paragraph`). Another unit runs without the cache, whose documents are cut into paragraphs. */
  unit?: SegmentUnit;
  /** A Word file with tracked changes is read as its final text (default) or its original; `original` runs without the cache, which keeps documents by content. */
  trackedChanges?: TrackedChangesMode;
  /** Write HTML pair reports beside the JSON ones (default true). */
  html?: boolean;
  /**
   * Chain mode: `folder` makes each sub-folder of the corpus one series (front matter `series` still wins); absent or
   * null: series by front matter, UN resolution title, then similarity.
   */
  seriesBy?: SeriesBy | null;
  /**
   * Chain mode: the digest keeps only the steps whose newer text is dated on or after this date (`2025-09-09`, `2025-09`
   * or `2025`), and says so (`Digest.since`); absent or null: every step. Pairs, reports and histories are as without it.
   */
  since?: string | null;
  /**
   * Chain mode: the digest keeps only the series adopted on the report of these committees (`Second,Third`: `First` …
   * `Sixth`, `Plenary`; `Second Committee` too), and says how many it left out (`Digest.committees`); absent or null:
   * every series. Pairs, reports and histories are as without it.
   */
  committee?: string | null;
  /** ISO time printed in the index. */
  generatedAt: string;
  /** Called as work completes (for a progress bar). */
  onProgress?: (event: BatchProgress) => void;
}

/** `BatchOptions` checked, with every default merged: what the phases read. */
export interface ResolvedBatchOptions {
  corpus: string | null;
  target: string | null;
  out: string;
  mode: BatchMode;
  minSimilarity: number;
  /** Half of `minSimilarity`: pairs whose shingle estimate reaches it are compared in full. */
  candidateFloor: number;
  shard: Shard | null;
  cacheDir: string | null;
  cacheMaxBytes: number | null;
  compare: ResolvedOptions;
  maxBytes: number | undefined;
  unit: SegmentUnit;
  trackedChanges: TrackedChangesMode;
  html: boolean;
  /** `folder`: each sub-folder of the corpus one series; null: no folder rule. */
  seriesBy: SeriesBy | null;
  /** The digest's first date (`BatchOptions.since`), or null for every step. */
  since: string | null;
  /** The committees the digest keeps, as the documents name them (`BatchOptions.committee`), or null for every series. */
  committees: string[] | null;
  generatedAt: string;
  onProgress: (event: BatchProgress) => void;
}

/** Check the options of a run and merge the defaults, once; unusable options throw a one-line `RedlineError`. */
export function resolveBatchOptions(options: BatchOptions): ResolvedBatchOptions {
  const compare = resolveOptions(options.compare);
  const minSimilarity = options.minSimilarity ?? BATCH_DEFAULTS.minSimilarity;
  if (!(minSimilarity >= 0 && minSimilarity <= 1)) throw new RedlineError('bad-option', `--min-similarity is ${minSimilarity}`, 'Give a number from 0 to 1.');
  const mode: BatchMode = options.mode ?? (options.target ? 'target' : 'chain');
  if (mode === 'target' && !options.target) throw new RedlineError('bad-option', '--mode target needs --target', 'Name the document to compare against the corpus, e.g. --target seeds/2024.txt.');
  if (options.seriesBy !== undefined && options.seriesBy !== null && options.seriesBy !== 'folder') throw new RedlineError('bad-option', `--series-by is ${String(options.seriesBy)}`, 'The one way to name series besides front matter is --series-by folder.');
  if (!options.corpus && !options.target) throw new RedlineError('bad-option', 'nothing to compare', 'Give --corpus DIR (and --target FILE for target mode).');
  // Options another mode reads were taken silently: the target joined the corpus in chain mode, the folder rule did
  // nothing in all-pairs mode (a data engineer's reading, session 14).
  if (options.target && mode !== 'target') {
    throw new RedlineError('bad-option', `--target names the one document of target mode, not of --mode ${mode}`, `${mode === 'chain' ? 'Chain' : 'All-pairs'} mode compares the corpus documents with each other: drop --target (put the file in the corpus folder), or drop --mode ${mode}.`);
  }
  if (options.seriesBy === 'folder' && mode !== 'chain') {
    throw new RedlineError('bad-option', `--series-by folder groups the series of chain mode, not of --mode ${mode}`, `Drop --series-by, or use --mode chain.`);
  }
  const since = options.since ?? null;
  if (since !== null && !SINCE_DATE.test(since)) throw new RedlineError('bad-option', `--since is ${since}`, 'Give a date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. --since 2025-09-09 for the texts of the 80th session.');
  if (since !== null && mode !== 'chain') throw new RedlineError('bad-option', `--since restricts the digest of chain mode, not --mode ${mode}`, 'Drop --since, or use --mode chain.');
  const committee = options.committee ?? null;
  const committees = committee === null ? null : committeesOf(committee);
  if (committees !== null && 'unknown' in committees) throw new RedlineError('bad-option', `--committee names "${committees.unknown}"`, 'Name Main Committees by their ordinal, comma-separated: First, Second, Third, Fourth, Fifth, Sixth, or Plenary (e.g. --committee Second,Third).');
  if (committees !== null && mode !== 'chain') throw new RedlineError('bad-option', `--committee restricts the digest of chain mode, not --mode ${mode}`, 'Drop --committee, or use --mode chain.');
  return {
    corpus: options.corpus || null,
    target: options.target || null,
    out: options.out,
    mode,
    minSimilarity,
    candidateFloor: Math.round((minSimilarity / 2) * 10000) / 10000,
    shard: options.shard ?? null,
    // The cache keeps documents by content, cut into paragraphs: another unit reads and compares without it.
    // So does the original text of Word files with tracked changes: the cache knows a file by its bytes.
    cacheDir: (options.unit ?? 'paragraph') === 'paragraph' && (options.trackedChanges ?? 'final') === 'final' ? (options.cacheDir ?? null) : null,
    cacheMaxBytes: options.cacheMaxBytes === undefined ? BATCH_DEFAULTS.cacheMaxBytes : options.cacheMaxBytes,
    compare,
    maxBytes: options.maxBytes,
    unit: options.unit ?? 'paragraph',
    trackedChanges: options.trackedChanges ?? 'final',
    html: options.html ?? true,
    seriesBy: options.seriesBy ?? null,
    since,
    committees: committees === null ? null : committees.names,
    generatedAt: options.generatedAt,
    onProgress: options.onProgress ?? (() => undefined),
  };
}
