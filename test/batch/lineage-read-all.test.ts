import { describe, expect, it } from 'vitest';
import { LINEAGE_READ_ALL_MAX, planLineage } from '../../src/batch/plan.js';
import type { ScannedCorpus } from '../../src/batch/scan.js';
import { documentSignature } from '../../src/batch/signature.js';
import type { BatchDocument, Document } from '../../src/types.js';

const TARGET_TEXT =
  'The parties commend the launch of the global directory of points of contact as a confidence-building measure that all States should join without delay and support with resources.';
const OTHER_TEXT = 'Fisheries subsidies and the conservation of straddling stocks on the high seas remain a concern for coastal States of the region.';

function document(id: string, date: string): BatchDocument {
  return { id, path: `${id}.txt`, sha256: id, title: id, date, series: null, previous: null } as BatchDocument;
}

/** A corpus of `earlier` documents dated before the target: the first carries the target's paragraph, the rest not. */
function corpus(earlier: number): ScannedCorpus {
  const documents = [...Array.from({ length: earlier }, (_, k) => document(`d${String(k).padStart(4, '0')}`, '2020-01-01')), document('target', '2024-01-01')];
  const signatures = documents.map((_, k) => documentSignature([{ text: k === 0 ? TARGET_TEXT : `${OTHER_TEXT} ${k}` }]));
  const target = { paragraphs: [{ text: TARGET_TEXT }] } as unknown as Document;
  return { documents, signatures, facts: [], failures: [], targetIndex: documents.length - 1, target, cacheProblems: [] } as unknown as ScannedCorpus;
}

describe('the lineage plan reads every earlier document of a field, and only likely ones of a large corpus', () => {
  it(`reads all ${LINEAGE_READ_ALL_MAX} earlier documents paragraph by paragraph, whatever their signatures (paraphrases)`, () => {
    const scanned = corpus(LINEAGE_READ_ALL_MAX);
    const plan = planLineage(scanned, scanned.targetIndex!, new Set(scanned.documents.map((_, k) => k)));
    expect(plan.candidates).toHaveLength(LINEAGE_READ_ALL_MAX);
    expect(plan.documentsSearched).toHaveLength(LINEAGE_READ_ALL_MAX);
  });

  it(`past ${LINEAGE_READ_ALL_MAX} earlier documents reads the ${LINEAGE_READ_ALL_MAX} closest by the estimate and, of the rest, only those whose signature may carry a target paragraph`, () => {
    const scanned = corpus(LINEAGE_READ_ALL_MAX + 20);
    // The estimate ranks d0019 … d0119 closest (the last 101 documents); d0000 carries the target paragraph, ranked last.
    const estimates = new Map(scanned.documents.map((_, k) => [k, k === 0 ? 0 : k / 1000]));
    const plan = planLineage(scanned, scanned.targetIndex!, new Set(scanned.documents.map((_, k) => k)), estimates);
    const read = plan.candidates.map((candidate) => candidate.id);
    expect(read).toHaveLength(LINEAGE_READ_ALL_MAX + 1);
    expect(read[0]).toBe('d0000');
    expect(read[1]).toBe('d0020');
    expect(read.at(-1)).toBe(`d${String(LINEAGE_READ_ALL_MAX + 19).padStart(4, '0')}`);
    expect(plan.documentsSearched).toHaveLength(LINEAGE_READ_ALL_MAX + 20);
    // Trial 21-b D6: the documents read only through their phrases are counted (d0000 … d0019; d0000 is found by them).
    expect(plan.searchedByPhrases).toHaveLength(20);
  });

  it('without estimates, past the limit reads the first documents in canonical order and the likely carriers', () => {
    const scanned = corpus(LINEAGE_READ_ALL_MAX + 1);
    const plan = planLineage(scanned, scanned.targetIndex!, new Set(scanned.documents.map((_, k) => k)));
    expect(plan.candidates.map((candidate) => candidate.id)).toEqual(Array.from({ length: LINEAGE_READ_ALL_MAX }, (_, k) => `d${String(k).padStart(4, '0')}`));
  });
});
