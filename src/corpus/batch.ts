import { existsSync } from 'node:fs';
import { appendFile, readFile, unlink, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { loadAnyDocument } from '../ingest/load-any-document.js';
import { resolveOptions, type CompareOptions } from '../options.js';
import { RedlineError } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { SignatureIndex, paragraphSignatures, shareIn } from './batch-signature.js';
import { planPairs } from './batch-plan.js';
import { runTask, hashText, type BatchTask, type CompareResult, type CompareTask, type ScanResult } from './batch-tasks.js';
import type { BatchDocument, BatchManifest, BatchMode, LineageMatch, PairRecord } from './batch-types.js';
import { writeBatchOutputs } from './batch-output.js';
import { buildLineage } from './lineage.js';
import { DEFAULT_CACHE_DIR, NormalizeCache, decodeSignature } from './normalize-cache.js';
import { compareByDate, listCorpusFiles, seriesOf, sortDate, uniqueIds } from './read-corpus.js';
import { inShard, type Shard } from './shard.js';

/**
 * The batch runner: scan → plan → pre-filter → normalize → compare → write.
 *
 *  1. Scan every file in a worker: read, hash, segment, sign (cached by sha256).
 *  2. Plan the pairs of the mode in canonical order; estimate every pair's similarity from shingle signatures.
 *  3. Pairs whose estimate reaches the candidate floor (half of `--min-similarity`; in target mode also those holding half
 *     the shingles of some target paragraph, for the lineage) are compared in full; the rest keep the estimate, marked.
 *  4. Normalize the documents of those pairs once into the disk cache, then compare in the worker pool; each worker
 *     writes its pair's report and returns a small record, journaled at once so an interrupted run resumes.
 *  5. Write `results.jsonl`, `lineage.json`, `batch.json` and `index.html` (the only file with a time in it).
 */

import { DEFAULT_MIN_SIMILARITY } from './batch-types.js';
export { DEFAULT_MIN_SIMILARITY };
/** In target mode, a document holding this share of some target paragraph's shingles is compared for the lineage. */
export const LINEAGE_SHARE = 0.5;
/** Paragraphs with fewer shingles than this (headings, dates) do not make a document a lineage candidate. */
const LINEAGE_MIN_SHINGLES = 8;

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
  minSimilarity?: number;
  /** Run only this slice of the pairs; null or absent for all. */
  shard?: Shard | null;
  /** Worker threads; default all cores. 1 runs in this thread. */
  jobs?: number;
  /** Cache folder; default `.redline-cache`; null disables caching. */
  cacheDir?: string | null;
  /** Engine options. */
  compare?: CompareOptions;
  maxBytes?: number;
  /** Write HTML pair reports when the HTML renderer is available (default true). */
  html?: boolean;
  /** ISO time printed in the index. */
  generatedAt: string;
  /** Called as work completes (for a progress bar). */
  onProgress?: (event: { phase: 'scan' | 'normalize' | 'compare'; done: number; total: number }) => void;
}

/** What a run did, for the one-line summary and the exit code. */
export interface BatchSummary {
  documents: number;
  /** Inputs that could not be read (reported in `batch.json`, skipped). */
  failedDocuments: number;
  /** Pairs planned in the whole run. */
  pairs: number;
  /** Pairs of this shard. */
  shardPairs: number;
  /** Pairs compared in full (this run or reused from an interrupted one). */
  compared: number;
  /** Pairs left at their estimate. */
  estimated: number;
  /** Pairs compared by an earlier run (journal of an interrupted run, or the pair cache) and reused. */
  reused: number;
  /** Pair reports written. */
  reports: number;
  /** Pairs whose comparison failed. */
  failedPairs: number;
  /** Seconds per phase. */
  seconds: { scan: number; normalize: number; compare: number; total: number };
  /** True when nothing failed. */
  ok: boolean;
}

/** Run a batch comparison and write its outputs; broken documents and failed pairs are reported, not thrown. */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const compareOptions = resolveOptions(options.compare);
  const minSimilarity = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  if (!(minSimilarity >= 0 && minSimilarity <= 1)) throw new RedlineError('bad-option', `--min-similarity is ${minSimilarity}`, 'Give a number from 0 to 1.');
  const mode: BatchMode = options.mode ?? (options.target ? 'target' : 'chain');
  if (mode === 'target' && !options.target) throw new RedlineError('bad-option', '--mode target needs --target', 'Name the document to compare against the corpus, e.g. --target seeds/2024.txt.');
  if (!options.corpus && !options.target) throw new RedlineError('bad-option', 'nothing to compare', 'Give --corpus DIR (and --target FILE for target mode).');
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const shard = options.shard ?? null;
  const executor = await createExecutor(options.jobs ?? availableParallelism());
  try {
    // 1. Scan.
    const paths = options.corpus ? await listCorpusFiles(options.corpus) : [];
    const targetPath = options.target ?? null;
    const inputs = targetPath ? [targetPath, ...paths.filter((path) => resolve(path) !== resolve(targetPath))] : paths;
    let done = 0;
    const scans = await mapLimited(inputs, executor.threads * 4, (path) => executor.run({ kind: 'scan', path, cacheDir, maxBytes: options.maxBytes }) as Promise<ScanResult>, () =>
      options.onProgress?.({ phase: 'scan', done: ++done, total: inputs.length }),
    );
    const scanned = performance.now();
    const failures: BatchManifest['failures'] = [];
    const readable: Array<Extract<ScanResult, { ok: true }>> = [];
    for (const scan of scans) {
      if (scan.ok) readable.push(scan);
      else failures.push({ path: scan.path, error: scan.error });
    }
    // An unreadable target ends the run: loading it again throws its own one-line error (no such file, binary, …).
    if (targetPath && !scans[0].ok) {
      await loadAnyDocument(targetPath, { maxBytes: options.maxBytes });
      throw new RedlineError('bad-target', 'cannot be read as the target', 'Fix the target file or name another.', targetPath);
    }
    const ids = uniqueIds(readable.map((scan) => scan.entry.meta.id));
    const unsorted: Array<BatchDocument & { signature: Uint32Array }> = readable.map((scan, index) => {
      const meta = scan.entry.meta;
      const previous = meta.extra?.previous;
      return {
        id: ids[index],
        path: scan.path,
        sha256: scan.sha256,
        title: meta.title,
        date: sortDate(meta),
        series: seriesOf(meta),
        previous: typeof previous === 'string' || typeof previous === 'number' ? String(previous) : null,
        paragraphs: scan.entry.paragraphs,
        signature: decodeSignature(scan.entry.signature),
      };
    });
    const targetId = targetPath ? ids[0] : null;
    const sorted = unsorted.sort(compareByDate);
    const documents: BatchDocument[] = sorted.map(({ signature: _signature, ...document }) => document);
    const targetIndex = targetId === null ? null : documents.findIndex((document) => document.id === targetId);
    const targetDocument = targetPath ? await loadAnyDocument(targetPath, { id: targetId!, maxBytes: options.maxBytes }) : null;
    const targetParagraphs = targetDocument ? paragraphSignatures(targetDocument.paragraphs).filter((signature) => signature.length >= LINEAGE_MIN_SHINGLES) : [];
    const carriesTarget = (document: number): boolean => targetParagraphs.some((paragraph) => shareIn(paragraph, sorted[document].signature) >= LINEAGE_SHARE);

    // 2. Plan and estimate.
    const pairs = planPairs(documents, mode, targetIndex);
    const index = new SignatureIndex(sorted.map((document) => document.signature));
    if (mode === 'all') index.fillAllPairs();
    const candidateFloor = Math.round((minSimilarity / 2) * 10000) / 10000;
    const manifestOptions = { ...compareOptions, minSimilarity, candidateFloor };
    const planKey = hashText(JSON.stringify({ mode, target: targetId, options: manifestOptions, documents }));
    const manifest: BatchManifest = { tool: { name: 'redline', version: TOOL_VERSION }, mode, target: targetId, options: manifestOptions, documents, failures, pairs: pairs.length, shard, planKey };

    // 3. Pre-filter; resume from the journal of an interrupted run.
    await mkdir(options.out, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw new RedlineError('cannot-write', `cannot create the output folder (${error.code ?? error.message})`, 'Name a folder (new or existing) for --out, not a file.', options.out);
    });
    const journal = join(options.out, `.batch-journal-${planKey.slice(0, 16)}-${shard ? `${shard.index}-of-${shard.count}` : 'all'}.jsonl`);
    const reusedResults = await readJournal(journal);
    const records: PairRecord[] = [];
    const lineageMatches: LineageMatch[] = [];
    const tasks: CompareTask[] = [];
    let shardPairs = 0;
    let reused = 0;
    pairs.forEach((pair, number) => {
      if (!inShard(number, shard)) return;
      shardPairs++;
      const left = documents[pair.left];
      const right = documents[pair.right];
      const estimate = index.estimate(pair.left, pair.right);
      const lineage = mode === 'target' && pair.right === targetIndex;
      const related = estimate >= candidateFloor || (lineage && carriesTarget(pair.left));
      const previous = reusedResults.get(number);
      if (related && previous && previous.record.left === left.id && previous.record.right === right.id) {
        reused++;
        records.push(previous.record);
        lineageMatches.push(...previous.lineage);
      } else if (related) {
        tasks.push({
          kind: 'compare',
          pair: number,
          left: { path: left.path, id: left.id, date: left.date, sha256: left.sha256 },
          right: { path: right.path, id: right.id, date: right.date, sha256: right.sha256 },
          estimate,
          options: compareOptions,
          minSimilarity,
          outDir: options.out,
          cacheDir,
          html: options.html ?? true,
          lineage,
          maxBytes: options.maxBytes,
        });
      } else {
        records.push({ pair: number, left: left.id, right: right.id, leftDate: left.date, rightDate: right.date, similarity: estimate, estimated: true, estimate, coverage: null, summary: null, report: null, html: null });
      }
    });

    // 4. Normalize each needed document once, then compare.
    const needed = new Map<string, string>();
    for (const task of tasks) for (const side of [task.left, task.right]) needed.set(side.path, side.path);
    const cache = new NormalizeCache(cacheDir);
    const byPath = new Map(documents.map((document) => [document.path, document]));
    const toNormalize = cacheDir ? [...needed.keys()].filter((path) => !cache.hasNormalized(byPath.get(path)!.sha256)) : [];
    const planned = performance.now();
    done = 0;
    await mapLimited(toNormalize, executor.threads * 2, (path) => executor.run({ kind: 'normalize', path, cacheDir, maxBytes: options.maxBytes }), () =>
      options.onProgress?.({ phase: 'normalize', done: ++done, total: toNormalize.length }),
    );
    const normalized = performance.now();
    done = 0;
    await mapLimited(tasks, executor.threads * 4, (task) => executor.run(task) as Promise<CompareResult>, async (result) => {
      await appendFile(journal, JSON.stringify({ record: result.record, lineage: result.lineage }) + '\n');
      if (result.cached) reused++;
      records.push(result.record);
      lineageMatches.push(...result.lineage);
      options.onProgress?.({ phase: 'compare', done: ++done, total: tasks.length });
    });
    const compared = performance.now();

    // 5. Write.
    let lineage = null;
    if (mode === 'target') {
      const target = documents[targetIndex!];
      const comparedDocuments = records.filter((record) => !record.estimated && record.right === target.id).length;
      lineage = buildLineage(target, targetDocument!.paragraphs, lineageMatches, new Map(documents.map((document) => [document.id, document])), comparedDocuments);
    }
    await writeBatchOutputs(options.out, manifest, records, lineage, options.generatedAt);
    await unlink(journal).catch(() => undefined);

    const failedPairs = records.filter((record) => record.error !== undefined).length;
    const seconds = (from: number, to: number): number => Math.round((to - from) / 10) / 100;
    return {
      documents: documents.length,
      failedDocuments: failures.length,
      pairs: pairs.length,
      shardPairs,
      compared: records.filter((record) => !record.estimated).length,
      estimated: records.filter((record) => record.estimated && record.error === undefined).length,
      reused,
      reports: records.filter((record) => record.report !== null).length,
      failedPairs,
      seconds: { scan: seconds(started, scanned), normalize: seconds(planned, normalized), compare: seconds(normalized, compared), total: seconds(started, performance.now()) },
      ok: failures.length === 0 && failedPairs === 0,
    };
  } finally {
    await executor.close();
  }
}

/** How tasks run: a piscina pool of worker threads, or this thread (one job, or sources not compiled to JS). */
interface Executor {
  threads: number;
  run(task: BatchTask): Promise<unknown>;
  close(): Promise<void>;
}

/** The compiled worker beside this module; absent when running from TypeScript sources (tests). */
const WORKER_URL = new URL('./worker.js', import.meta.url);

async function createExecutor(jobs: number): Promise<Executor> {
  const threads = Math.max(1, Math.floor(jobs));
  if (threads === 1 || !existsSync(fileURLToPath(WORKER_URL))) return { threads: 1, run: runTask, close: async () => undefined };
  const pool = new Piscina({ filename: WORKER_URL.href, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  return { threads, run: (task) => pool.run(task), close: () => pool.destroy() };
}

/** Map with at most `limit` tasks in flight; results in input order; `onDone` sees each as it completes. */
async function mapLimited<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>, onDone: (result: R) => unknown): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const position = next++;
      results[position] = await run(items[position]);
      await onDone(results[position]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Results journaled by an interrupted run of the same plan and shard, by pair number. */
async function readJournal(path: string): Promise<Map<number, CompareResult>> {
  const done = new Map<number, CompareResult>();
  const text = await readFile(path, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const result = JSON.parse(line) as CompareResult;
      if (result.record.error === undefined) done.set(result.record.pair, result); // failed pairs are tried again
    } catch {
      // the line the interruption cut short
    }
  }
  return done;
}
