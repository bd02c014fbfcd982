import { nameParagraphs } from '../report/paragraph-names.js';
import type { DigestKept, Document, Lineage, SeriesHistoryRecord } from '../types.js';
import { isHeadingLine } from '../report/labels.js';
import { removeJournal } from './journal.js';
import { buildLineage } from './lineage.js';
import { pairAlignments } from './lineage-pairs.js';
import type { LineageFound } from './lineage-search.js';
import type { ResolvedBatchOptions } from './options.js';
import { writeBatchOutputs } from './outputs.js';
import type { RunPlan } from './plan.js';

/**
 * Phase 4, write: the lineage of the target (target mode, from what the lineage search found), then `batch.json`,
 * `results.jsonl`, `lineage.json` and `index.html` (the only file with a time in it); the journal goes once they are
 * written. Returns the lineage it wrote (null outside target mode) and what its digest kept (null without a digest).
 */
export async function writeRun(options: ResolvedBatchOptions, plan: RunPlan, target: Document | null, found: LineageFound | null, histories: readonly SeriesHistoryRecord[] = [], cacheProblems: string[] = []): Promise<{ lineage: Lineage | null; digest: DigestKept | null }> {
  const { manifest, records } = plan;
  let lineage: Lineage | null = null;
  if (manifest.mode === 'target' && plan.lineage && target && found) {
    const targetDocument = manifest.documents.find((document) => document.id === manifest.target)!;
    const failed = new Set(found.notChecked.map((entry) => entry.document));
    const searched = plan.lineage.searched;
    const documents = new Map(manifest.documents.map((document) => [document.id, document]));
    // The pairs compared in full and reported: their alignment is the lineage's word on their documents.
    const aligned = await pairAlignments(options.out, records, targetDocument, documents);
    lineage = buildLineage(
      targetDocument,
      nameParagraphs(target.paragraphs).map((paragraph) => ({
        index: paragraph.index,
        number: paragraph.number,
        ...(paragraph.label !== undefined ? { label: paragraph.label } : {}),
        ...(isHeadingLine(paragraph) ? { heading: true } : {}),
        text: paragraph.text,
        searched: searched[paragraph.index],
      })),
      found.matches,
      documents,
      plan.lineage.documentsSearched.filter((id) => !failed.has(id)).length,
      [...plan.lineage.notChecked, ...found.notChecked],
      aligned,
      found.closest,
      found.clauses,
      plan.lineage.searchedByPhrases.filter((id) => !failed.has(id)).length,
    );
  }
  const digest = await writeBatchOutputs(options.out, manifest, records, lineage, options.generatedAt, histories, options.since, options.committees, options.cacheDir, cacheProblems);
  await removeJournal(plan.journal);
  return { lineage, digest };
}
