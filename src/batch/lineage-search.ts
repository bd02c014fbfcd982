import type { BatchDocument, Paragraph, LineageClauseMatch, LineageClosest, LineageMatch, LineageUnchecked } from '../types.js';
import { mapLimited, type Executor } from './executor.js';
import type { ResolvedBatchOptions } from './options.js';
import type { LineagePlan } from './plan.js';
import type { LineageResult } from './tasks.js';

/** Documents per lineage task: a handful, so a large corpus spreads over the workers. */
const LINEAGE_CHUNK = 8;

/** What the lineage search found: the sources, the documents that could not be read for it, damaged cache entries. */
export interface LineageFound {
  matches: LineageMatch[];
  /** The closest candidates under the floor, per document and target paragraph without a source there. */
  closest: Array<LineageClosest & { paragraph: number }>;
  /** The runs of 12 words or more of a target paragraph found word for word in a paragraph of a document searched. */
  clauses: Array<LineageClauseMatch & { paragraph: number }>;
  notChecked: LineageUnchecked[];
  cacheProblems: string[];
}

/**
 * Phase 3c, lineage (target mode): search the documents the plan found may carry a target paragraph (`planLineage`)
 * in the worker pool, paragraph by paragraph, scoring candidates with the engine's paragraph measure; a source must
 * reach the move threshold (`--move-threshold`: a carried paragraph has no position in the other text to go by).
 * Matches come back in document order, so the lineage is the same whatever order the workers finish in. A document's
 * paragraphs read by this run's scan (`paragraphs`, by id) go with its task, which then does not read the file again.
 */
export async function searchLineage(options: ResolvedBatchOptions, plan: LineagePlan, target: BatchDocument, executor: Executor, paragraphs: ReadonlyMap<string, Paragraph[]> = new Map()): Promise<LineageFound> {
  const chunks: LineagePlan['candidates'][] = [];
  for (let start = 0; start < plan.candidates.length; start += LINEAGE_CHUNK) chunks.push(plan.candidates.slice(start, start + LINEAGE_CHUNK));
  const { compare } = options;
  let done = 0;
  const searched = await mapLimited(
    chunks,
    executor.threads * 2,
    async (chunk) => ({
      size: chunk.length,
      result: (await executor.run({
        kind: 'lineage',
        target: { path: target.path, id: target.id, sha256: target.sha256 },
        common: plan.common,
        // The paragraphs the scan read, sent along: the task need not read the file again.
        documents: chunk.map((document) => ({ path: document.path, id: document.id, sha256: document.sha256, ...(paragraphs.has(document.id) ? { paragraphs: paragraphs.get(document.id) } : {}) })),
        cacheDir: options.cacheDir,
        semantic: compare.semantic,
        floor: compare.moveThreshold,
        maxGroup: compare.maxGroup,
        maxBytes: options.maxBytes,
        unit: options.unit,
      })) as LineageResult,
    }),
    // Counted in documents searched, not tasks (trial 21-b D16: "lineage 8/8" while 57 documents were searched).
    ({ size }) => options.onProgress({ phase: 'lineage', done: (done += size), total: plan.candidates.length }),
  );
  const results = searched.map((entry) => entry.result);
  return {
    matches: results.flatMap((result) => result.matches),
    closest: results.flatMap((result) => result.closest),
    clauses: results.flatMap((result) => result.clauses),
    notChecked: results.flatMap((result) => result.failures.map((failure) => ({ document: failure.document, reason: 'failed' as const, error: failure.error }))),
    cacheProblems: results.flatMap((result) => result.cacheProblems),
  };
}
