import type { Document, Lineage, SeriesHistoryRecord } from '../types.js';
import { removeJournal } from './journal.js';
import { buildLineage } from './lineage.js';
import type { ResolvedBatchOptions } from './options.js';
import { writeBatchOutputs } from './outputs.js';
import type { RunPlan } from './plan.js';

/**
 * Phase 4, write: the lineage of the target (target mode), then `batch.json`, `results.jsonl`, `lineage.json` and
 * `index.html` (the only file with a time in it); the journal goes once they are written.
 */
/** Returns the lineage it wrote (null outside target mode). */
export async function writeRun(options: ResolvedBatchOptions, plan: RunPlan, target: Document | null, histories: readonly SeriesHistoryRecord[] = []): Promise<Lineage | null> {
  const { manifest, records } = plan;
  let lineage: Lineage | null = null;
  if (manifest.mode === 'target') {
    const targetDocument = manifest.documents.find((document) => document.id === manifest.target)!;
    const comparedDocuments = records.filter((record) => !record.estimated && record.right === targetDocument.id).length;
    lineage = buildLineage(targetDocument, target!.paragraphs, plan.lineageMatches, new Map(manifest.documents.map((document) => [document.id, document])), comparedDocuments);
  }
  await writeBatchOutputs(options.out, manifest, records, lineage, options.generatedAt, histories);
  await removeJournal(plan.journal);
  return lineage;
}
