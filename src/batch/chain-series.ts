import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../ingest/index.js';
import { BatchCache, buildFingerprint } from './cache.js';
import { COMPARISON_VERSION } from '../pipeline.js';
import { TOOL_VERSION } from '../version.js';
import { assembleDigest, digestStep, reinstatedOf, type MadeStep } from '../digest/index.js';
import { REPAIR_NOTES } from '../report/labels.js';
import type { Digest, DigestReinstated, HistoryResult, PairRecord, RedlineResult, Series, SeriesHistoryRecord } from '../types.js';

/** What a cached digest step holds: bump when it changes. */
const DIGEST_STEP_FORMAT = 'digest step 1: the step with its unDocuments and warnings';

/**
 * The digest of a chain run: its series as the plan grouped them (`batch.json`'s `series`), each step from the pair
 * report the run wrote into `pairs/` (a pair without a report or that failed has no step). Each report is read and made
 * a step at once, so a long chain never holds every pair's result. Lines link to the pair's HTML report when written, else to its JSON.
 */
export async function chainDigest(outDir: string, records: readonly PairRecord[], series: readonly Series[], histories: readonly SeriesHistoryRecord[] = [], cacheDir: string | null = null, cacheProblems: string[] = []): Promise<Digest> {
  // The series' histories (written before the digest) say which new paragraphs are reinstated: the digest says so too.
  const reinstated = new Map<string, Map<number, DigestReinstated>>();
  for (const history of histories) {
    if (history.json === null || history.error !== undefined || history.reinstated === 0) continue;
    const parsed = JSON.parse(await readFile(join(outDir, history.json), 'utf8')) as HistoryResult;
    for (const [version, paragraphs] of reinstatedOf(parsed)) reinstated.set(version, paragraphs);
  }
  const steps: MadeStep[] = [];
  const cache = cacheDir === null ? null : new BatchCache(cacheDir);
  const build = cache === null ? null : buildFingerprint();
  for (const record of records) {
    if (record.report === null || record.error !== undefined) continue;
    const text = await readFile(join(outDir, record.report), 'utf8');
    const link = record.html ?? record.report;
    // A step is a function of its pair report, its link, whether the series joined unrelated texts, the reinstated
    // paragraphs of its newer version, and redline's code (the digest's rules have no version of their own: the build's
    // fingerprint stands for them).
    const key = build === null ? null : sha256Hex(JSON.stringify([TOOL_VERSION, COMPARISON_VERSION, DIGEST_STEP_FORMAT, build, sha256Hex(text), link, record.unrelated === true, record.skipping ?? [], [...(reinstated.get(record.right) ?? new Map<number, DigestReinstated>())]]));
    const cached = key === null ? null : cache!.getDigestStep(key);
    if (cached) {
      steps.push(cached as MadeStep);
      continue;
    }
    const result = JSON.parse(text) as RedlineResult;
    const back = reinstated.get(result.comparisons[0].right);
    const step = digestStep({ result, report: link, ...(record.unrelated ? { unrelated: true } : {}), ...(record.skipping?.length ? { skipping: record.skipping } : {}), ...(back ? { reinstated: back } : {}) });
    // The pair report's warnings go with its step: a memo that lists a Word draft's tracked changes as its text says so
    // (not a repair made in full: `REPAIR_NOTES`).
    const warnings = result.warnings.filter((warning) => !REPAIR_NOTES.has(warning.code));
    const made = warnings.length > 0 ? { ...step, warnings } : step;
    steps.push(made);
    // Stored only when the key's reinstated paragraphs are the ones the step was made with.
    if (key !== null && result.comparisons[0].right === record.right) cache!.putDigestStep(key, made);
  }
  for (const problem of cache?.problems ?? []) cacheProblems.push(problem);
  // A series with unrelated steps (no change listed for them) points at its history, which follows every paragraph.
  const digest = assembleDigest(series, steps);
  const historyOf = new Map(histories.filter((history) => history.error === undefined && (history.html ?? history.json) !== null).map((history) => [history.series, history]));
  return {
    ...digest,
    series: digest.series.map((entry) => {
      const history = historyOf.get(entry.id);
      if (!history || !entry.steps.some((step) => step.unrelated)) return entry;
      return { ...entry, history: { path: (history.html ?? history.json)!, positions: history.positions, reinstated: history.reinstated } };
    }),
  };
}
