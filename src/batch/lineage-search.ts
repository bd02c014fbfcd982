import type { Document, LineageMatch, LineageUnchecked } from '../types.js';
import { mapLimited, type Executor } from './executor.js';
import type { ResolvedBatchOptions } from './options.js';
import type { LineagePlan } from './plan.js';
import type { LineageResult } from './tasks.js';

/** Candidate documents per lineage task: a handful, so a large corpus spreads over the workers. */
const LINEAGE_CHUNK = 8;

/** What the lineage search found: the sources, and the documents that could not be read for it. */
export interface LineageFound {
  matches: LineageMatch[];
  notChecked: LineageUnchecked[];
}

/**
 * Phase 3c, lineage (target mode): score the candidate paragraphs the plan found (`planLineage`) in the worker pool,
 * with the engine's paragraph measure; a source must reach the move threshold (`--move-threshold`: a carried paragraph
 * has no position in the other text to go by). Matches come back in document order, so the lineage is the same
 * whatever order the workers finish in.
 */
export async function searchLineage(options: ResolvedBatchOptions, plan: LineagePlan, target: Document, executor: Executor): Promise<LineageFound> {
  const chunks: LineagePlan['candidates'][] = [];
  for (let start = 0; start < plan.candidates.length; start += LINEAGE_CHUNK) chunks.push(plan.candidates.slice(start, start + LINEAGE_CHUNK));
  const { compare } = options;
  let done = 0;
  const results = await mapLimited(
    chunks,
    executor.threads * 2,
    (chunk) => {
      const wanted = new Set(chunk.flatMap((entry) => entry.candidates.map((candidate) => candidate.paragraph)));
      return executor.run({
        kind: 'lineage',
        targets: target.paragraphs.filter((paragraph) => wanted.has(paragraph.index)).map((paragraph) => ({ index: paragraph.index, text: paragraph.text })),
        documents: chunk.map((entry) => ({ path: entry.document.path, id: entry.document.id, candidates: entry.candidates })),
        semantic: compare.semantic,
        floor: compare.moveThreshold,
        maxGroup: compare.maxGroup,
        maxBytes: options.maxBytes,
        unit: options.unit,
      }) as Promise<LineageResult>;
    },
    () => options.onProgress({ phase: 'lineage', done: ++done, total: chunks.length }),
  );
  return {
    matches: results.flatMap((result) => result.matches),
    notChecked: results.flatMap((result) => result.failures.map((failure) => ({ document: failure.document, reason: 'failed' as const, error: failure.error }))),
  };
}
