import type { BatchDocument, SeriesHistoryRecord } from '../types.js';
import { BatchCache } from './cache.js';
import { mapLimited, type Executor } from './executor.js';
import { appendJournal } from './journal.js';
import type { ResolvedBatchOptions } from './options.js';
import type { RunPlan } from './plan.js';
import { documentTaskSettings, type CompareResult, type HistoryResult, type HistoryTask, type NormalizeResult } from './tasks.js';

/**
 * Phase 3a, normalize: every document a compare task needs, once, into the disk cache, before any pair is compared
 * (so two workers never normalize the same document). Without a cache each worker normalizes what it reads.
 */
export async function normalizeDocuments(options: ResolvedBatchOptions, plan: RunPlan, executor: Executor): Promise<string[]> {
  const { cacheDir } = options;
  if (!cacheDir) return [];
  const needed = new Set<string>();
  for (const task of plan.tasks) for (const side of [task.left, task.right]) needed.add(side.path);
  const cache = new BatchCache(cacheDir);
  const byPath = new Map<string, BatchDocument>(plan.manifest.documents.map((document) => [document.path, document]));
  const toNormalize = [...needed].filter((path) => !cache.hasNormalized(byPath.get(path)!.sha256));
  let done = 0;
  const cacheProblems: string[] = [];
  await mapLimited(toNormalize, executor.threads * 2, (path) => executor.run({ kind: 'normalize', path, cacheDir, maxBytes: options.maxBytes, unit: options.unit, trackedChanges: options.trackedChanges }) as Promise<NormalizeResult>, (result) => {
    for (const problem of result.cacheProblems) cacheProblems.push(problem);
    options.onProgress({ phase: 'normalize', done: ++done, total: toNormalize.length });
  });
  return cacheProblems;
}

/**
 * Phase 3b, compare: the plan's tasks in the worker pool. Each worker writes its pair's report and sends back a small
 * record, journaled at once so an interrupted run resumes. Adds the records to the plan's.
 * Returns how many pairs came from the pair cache.
 */
export async function comparePairs(options: ResolvedBatchOptions, plan: RunPlan, executor: Executor): Promise<{ cached: number; cacheProblems: string[] }> {
  let done = 0;
  let cached = 0;
  const cacheProblems: string[] = [];
  await mapLimited(plan.tasks, executor.threads * 4, (task) => executor.run(task) as Promise<CompareResult>, async (result) => {
    await appendJournal(plan.journal, result);
    if (result.cached) cached++;
    plan.records.push(result.record);
    for (const problem of result.cacheProblems ?? []) cacheProblems.push(problem);
    options.onProgress({ phase: 'compare', done: ++done, total: plan.tasks.length });
  });
  return { cached, cacheProblems };
}

/**
 * Phase 3c, histories (chain mode, a whole run): each series of two or more documents collated into its history
 * (`series/<id>.json` and `.html`), one task per series in the worker pool, after the pairs so its documents are in the
 * normalized cache. A shard holds only part of a series' pairs, so it writes none (as it writes no digest); the merge
 * of the shards does (`merge.ts`).
 */
export async function writeHistories(options: ResolvedBatchOptions, plan: RunPlan, executor: Executor, cacheProblems: string[] = []): Promise<SeriesHistoryRecord[]> {
  const { manifest } = plan;
  if (manifest.mode !== 'chain' || manifest.shard !== null) return [];
  const byId = new Map<string, BatchDocument>(manifest.documents.map((document) => [document.id, document]));
  // In the plan's order of pairs, not the order they finished in; a pair that skips unrelated versions is no
  // consecutive pair: the history collates its own way across them.
  const reports = [...plan.records].sort((a, b) => a.pair - b.pair).flatMap((record) => (record.report !== null && record.error === undefined && record.skipping === undefined ? [{ left: record.left, right: record.right, report: record.report, series: record.series }] : []));
  const tasks: HistoryTask[] = manifest.series
    .filter((series) => series.documents.length >= 2)
    .map((series) => ({
      kind: 'history',
      series: series.id,
      title: series.basis === 'front-matter' || series.basis === 'folder' ? series.title : null,
      documents: series.documents.map((id) => ({ path: byId.get(id)!.path, id, sha256: byId.get(id)!.sha256 })),
      pairs: reports.filter((pair) => pair.series === series.id).map(({ left, right, report }) => ({ left, right, report })),
      ...documentTaskSettings(options),
    }));
  const records = new Map<string, SeriesHistoryRecord>();
  let done = 0;
  await mapLimited(tasks, executor.threads * 2, (task) => executor.run(task) as Promise<HistoryResult>, ({ record, cacheProblems: problems }) => {
    records.set(record.series, record);
    for (const problem of problems) cacheProblems.push(problem);
    options.onProgress({ phase: 'history', done: ++done, total: tasks.length });
  });
  return tasks.map((task) => records.get(task.series)!);
}
