import { availableParallelism } from 'node:os';
import { RedlineError } from '../errors.js';
import type { BatchSummary } from '../types.js';
import { comparePairs, normalizeDocuments, writeHistories } from './compare.js';
import { compareSkips } from './skips.js';
import { createExecutor, type Executor } from './executor.js';
import { prepareCacheDir, pruneCache } from './cache-dir.js';
import { resolveBatchOptions, type BatchOptions } from './options.js';
import { markChainRecords, planRun } from './plan.js';
import { searchLineage } from './lineage-search.js';
import { scanCorpus, type ScannedCorpus } from './scan.js';
import { dropDuplicateCopies } from './duplicates.js';
import { writeRun } from './write.js';
import { assertCacheUsable } from './cache.js';
import { filesOfRun, removeStaleFiles } from './stale.js';

/**
 * Worker threads for a run: a whole number from 1, at most the cores (default: all of them). More threads than cores
 * only add memory: `--jobs 1000` took 14.8 GB in two minutes.
 */
export function batchJobs(jobs: number | undefined, cores = availableParallelism()): number {
  if (jobs === undefined) return cores;
  if (!Number.isInteger(jobs) || jobs < 1) throw new RedlineError('bad-option', Number.isNaN(jobs) || typeof jobs !== 'number' ? 'jobs is not a number' : `jobs is ${jobs}`, `Give a whole number of worker threads from 1 to ${cores} (the cores).`);
  return Math.min(jobs, cores);
}
import { formatLabel } from './read-corpus.js';

/**
 * Run a batch comparison and write its outputs; broken documents and failed pairs are reported, not thrown.
 * The phases, one module each: scan (`scan.ts`) → plan (`plan.ts`) → normalize and compare (`compare.ts`) → write
 * (`write.ts`). Scan, normalize and compare run as tasks (`tasks.ts`) in a pool of worker threads (`executor.ts`).
 */
export async function runBatch(batchOptions: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const resolved = resolveBatchOptions(batchOptions);
  assertCacheUsable(resolved.cacheDir);
  // A cache that cannot be written (a read-only home, someone else's folder) would fail every entry: the run goes
  // without it and says so once.
  const cacheProblem = resolved.cacheDir === null ? null : await prepareCacheDir(resolved.cacheDir);
  const options = cacheProblem === null ? resolved : { ...resolved, cacheDir: null };
  const cacheOff = cacheProblem === null ? null : `${resolved.cacheDir}: ${cacheProblem}`;
  const { signal } = batchOptions;
  signal?.throwIfAborted();
  const pool = await createExecutor(batchJobs(batchOptions.jobs));
  // An abort stops new tasks from starting; the pool is closed below, and the journal lets a rerun resume.
  const executor: Executor = { ...pool, run: (task) => (signal?.throwIfAborted(), pool.run(task)) };
  try {
    // What an earlier run wrote here, read before this one overwrites its batch.json: removed below if not written again.
    const earlier = await filesOfRun(options.out);
    const read = await scanCorpus(options, executor);
    // A document given twice (its PDF and its text) is one version of its series, not a step to itself.
    // Target mode too (trial 21-b D7/D13): a catalogue copy beside its file counted twice, and the target's own copy
    // was its "source" at 100 %: copies (same bytes, or one symbol and date and the same wording) are one document.
    const scanned = options.mode === 'chain' || options.mode === 'target' ? withoutDuplicates(read, options.mode === 'target' ? read.targetIndex : null) : read;
    const scannedAt = performance.now();
    const plan = await planRun(options, scanned);
    const plannedAt = performance.now();
    const normalizeProblems = await normalizeDocuments(options, plan, executor);
    const normalizedAt = performance.now();
    const { cached, cacheProblems } = await comparePairs(options, plan, executor);
    markChainRecords(plan.records, plan.pairs, options.candidateFloor, plan.manifest.series);
    // A version after an unrelated step is compared with the last related one too (trial 20-b D3), then marked alike.
    const skips = await compareSkips(options, plan, scanned.signatures, executor);
    markChainRecords(plan.records, plan.pairs, options.candidateFloor, plan.manifest.series);
    const comparedAt = performance.now();
    signal?.throwIfAborted();
    const found = plan.lineage && scanned.targetIndex !== null ? await searchLineage(options, plan.lineage, scanned.documents[scanned.targetIndex], executor, scanned.paragraphs) : null;
    const tracedAt = performance.now();
    signal?.throwIfAborted();
    const laterProblems: string[] = []; // the histories' and the digest's cache entries
    const histories = await writeHistories(options, plan, executor, laterProblems);
    const collatedAt = performance.now();
    signal?.throwIfAborted();
    const { lineage, digest } = await writeRun(options, plan, scanned.target, found, histories, laterProblems);
    const removed = await removeStaleFiles(options.out, earlier);
    if (options.cacheDir && options.cacheMaxBytes !== null) await pruneCache(options.cacheDir, options.cacheMaxBytes);

    const { records, manifest } = plan;
    const failedPairs = records.filter((record) => record.error !== undefined).length;
    const seconds = (from: number, to: number): number => Math.round((to - from) / 10) / 100;
    return {
      documents: manifest.documents.length,
      failedDocuments: manifest.failures.length,
      pairs: manifest.pairs,
      shardPairs: plan.shardPairs,
      compared: records.filter((record) => !record.estimated).length,
      estimated: records.filter((record) => record.estimated && record.error === undefined).length,
      reused: plan.reused + cached + skips.cached,
      reports: records.filter((record) => record.report !== null).length,
      failedPairs,
      seconds: { scan: seconds(started, scannedAt), normalize: seconds(plannedAt, normalizedAt), compare: seconds(normalizedAt, comparedAt), lineage: seconds(comparedAt, tracedAt), history: seconds(tracedAt, collatedAt), total: seconds(started, performance.now()) },
      ok: manifest.failures.length === 0 && failedPairs === 0 && histories.every((history) => history.error === undefined),
      manifest,
      results: [...records].sort((a, b) => a.pair - b.pair),
      lineage,
      cacheOff,
      cacheProblems: [...new Set([...scanned.cacheProblems, ...normalizeProblems, ...cacheProblems, ...skips.cacheProblems, ...(found?.cacheProblems ?? []), ...laterProblems])].sort(),
      inputs: {
        read: countFormats(manifest.documents.map((document) => document.path)),
        failed: countFormats(manifest.failures.map((failure) => failure.path)),
        skipped: countFormats(scanned.skipped.map((file) => file.path)),
      },
      failures: manifest.failures,
      series: manifest.series,
      histories,
      digest,
      removed,
    };
  } finally {
    await pool.close();
  }
}

/** The scan without second copies of a document, the copies left out named on it. */
function withoutDuplicates(read: ScannedCorpus, target: number | null): ScannedCorpus {
  const { scanned, duplicates } = dropDuplicateCopies(read, target);
  return duplicates.length ? { ...scanned, duplicates } : scanned;
}

/** How many paths of each format, formats in alphabetical order (stable output). */
function countFormats(paths: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const label of paths.map(formatLabel).sort()) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}
