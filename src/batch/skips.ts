import type { BatchDocument, PairRecord } from '../types.js';
import { mapLimited, type Executor } from './executor.js';
import type { ResolvedBatchOptions } from './options.js';
import type { RunPlan } from './plan.js';
import { SignatureIndex } from './signature.js';
import { documentTaskSettings, type CompareResult, type CompareTask } from './tasks.js';

/**
 * Phase 3b', chain mode (a whole run): a version whose step in is unrelated (an unscheduled release between two
 * statements: 2008-03-11's liquidity facilities before the 2008-03-18 cut, 0 % alike) is compared once more, with the
 * last version of its series whose step in was related, so the digest lists what changed since the last real version
 * (`2008-01-30 → 2008-03-18 (skipping 2008-03-11, unrelated)`: trial 20-b D3). One more pair per such step; the record
 * names the versions skipped (`PairRecord.skipping`). Only when the shingle estimate of the two reaches the candidate
 * floor. A version compared so counts as the next related one (whether the
 * extra pair passes is known only after it runs). A shard holds part of a series only, and compares none: the merge of
 * the shards does (`merge.ts`, `mergedSkips`).
 * Returns how many pairs came from the pair cache.
 */
export async function compareSkips(options: ResolvedBatchOptions, plan: RunPlan, signatures: readonly Uint32Array[], executor: Executor): Promise<{ cached: number; cacheProblems: string[] }> {
  const { manifest } = plan;
  if (manifest.mode !== 'chain' || manifest.shard !== null) return { cached: 0, cacheProblems: [] };
  const position = new Map(manifest.documents.map((document, index) => [document.id, index]));
  const index = new SignatureIndex([...signatures]);
  const tasks: CompareTask[] = [];
  const skipped = new Map<number, string[]>();
  for (const series of manifest.series) {
    const inDrafts = new Set(series.drafts.flatMap((history) => history.drafts));
    const versions = series.documents.filter((id) => !inDrafts.has(id));
    const stepInto = new Map(plan.records.filter((record) => record.series === series.id && record.step === 'version').map((record) => [record.right, record]));
    let lastRelated = versions[0];
    for (const id of versions.slice(1)) {
      const record = stepInto.get(id);
      if (record === undefined || !record.unrelated || lastRelated === undefined) {
        lastRelated = id;
        continue;
      }
      if (record.left === lastRelated) continue;
      const between = versions.slice(versions.indexOf(lastRelated) + 1, versions.indexOf(id));
      const left = position.get(lastRelated)!;
      const right = position.get(id)!;
      // Only where the signatures say the two are related (a country's yearly speeches, each 0–10 % like any other,
      // would add a pair as unrelated as the step): the version then stays unrelated to the last related one.
      const estimate = index.estimate(left, right);
      if (estimate < options.candidateFloor) continue;
      const pair = plan.pairs.length;
      plan.pairs.push({ left, right, series: series.id, step: 'version' });
      skipped.set(pair, between);
      tasks.push(compareTask(options, pair, manifest.documents[left], manifest.documents[right], estimate));
      lastRelated = id;
    }
  }
  manifest.pairs = plan.pairs.length;
  plan.shardPairs += tasks.length;
  let cached = 0;
  const cacheProblems: string[] = [];
  await mapLimited(tasks, executor.threads * 4, (task) => executor.run(task) as Promise<CompareResult>, (result) => {
    if (result.cached) cached++;
    const record: PairRecord = { ...result.record, skipping: skipped.get(result.record.pair) ?? [] };
    plan.records.push(record);
    for (const problem of result.cacheProblems ?? []) cacheProblems.push(problem);
  });
  return { cached, cacheProblems };
}

function compareTask(options: ResolvedBatchOptions, pair: number, left: BatchDocument, right: BatchDocument, estimate: number): CompareTask {
  return {
    kind: 'compare',
    pair,
    left: { path: left.path, id: left.id, date: left.date, sha256: left.sha256 },
    right: { path: right.path, id: right.id, date: right.date, sha256: right.sha256 },
    estimate,
    minSimilarity: 0,
    ...documentTaskSettings(options),
  };
}
