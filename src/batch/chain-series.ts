import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assembleDigest, digestStep, reinstatedOf, type MadeStep } from '../digest/index.js';
import { REPAIR_NOTES } from '../report/labels.js';
import type { Digest, DigestReinstated, HistoryResult, PairRecord, RedlineResult, Series, SeriesHistoryRecord } from '../types.js';

/**
 * The digest of a chain run: its series as the plan grouped them (`batch.json`'s `series`), each step from the pair
 * report the run wrote into `pairs/` (a pair without a report or that failed has no step). Each report is read and made
 * a step at once, so a long chain never holds every pair's result. Lines link to the pair's HTML report when written, else to its JSON.
 */
export async function chainDigest(outDir: string, records: readonly PairRecord[], series: readonly Series[], histories: readonly SeriesHistoryRecord[] = []): Promise<Digest> {
  // The series' histories (written before the digest) say which new paragraphs are reinstated: the digest says so too.
  const reinstated = new Map<string, Map<number, DigestReinstated>>();
  for (const history of histories) {
    if (history.json === null || history.error !== undefined || history.reinstated === 0) continue;
    const parsed = JSON.parse(await readFile(join(outDir, history.json), 'utf8')) as HistoryResult;
    for (const [version, paragraphs] of reinstatedOf(parsed)) reinstated.set(version, paragraphs);
  }
  const steps: MadeStep[] = [];
  for (const record of records) {
    if (record.report === null || record.error !== undefined) continue;
    const result = JSON.parse(await readFile(join(outDir, record.report), 'utf8')) as RedlineResult;
    const back = reinstated.get(result.comparisons[0].right);
    const step = digestStep({ result, report: record.html ?? record.report, ...(record.unrelated ? { unrelated: true } : {}), ...(back ? { reinstated: back } : {}) });
    // The pair report's warnings go with its step: a memo that lists a Word draft's tracked changes as its text says so
    // (not a repair made in full: `REPAIR_NOTES`).
    const warnings = result.warnings.filter((warning) => !REPAIR_NOTES.has(warning.code));
    steps.push(warnings.length > 0 ? { ...step, warnings } : step);
  }
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
