import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceChanges } from '../../src/classify/signals/references.js';
import { compare } from '../../src/pipeline.js';
import { pairSignals, pairSummary } from '../../src/report/labels.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { DRAFT, HAS_SHARED, SEED, SHARED_MISSING } from '../helpers/paths.js';
import { CTBT, DEBT, UN_SERIES } from '../helpers/un-series.js';

/**
 * Signals a data engineer found contradicting their finding (redline #19/#23, session 14): a routine paragraph whose
 * figure signal was not routine, counted in the pair's headline as a negotiated "1 figure changed"; references added
 * that both texts cite; the newer text citing the older one itself counted as a reference negotiated in.
 */

const skipNote = HAS_SHARED ? '' : ` (${SHARED_MISSING})`;
const labelled = (result: RedlineResult, side: 0 | 1, label: string): number => result.documents[side].paragraphs.findIndex((paragraph) => paragraph.label === label);
const findingOf = (result: RedlineResult, side: 0 | 1, label: string): Finding => {
  const index = labelled(result, side, label);
  return result.comparisons[0].findings.find((finding) => (side === 0 ? finding.left : finding.right).includes(index))!;
};
const summaries = (finding: Finding): string[] => finding.signals.map((signal) => signal.summary);

describe.skipIf(!HAS_SHARED)(`a routine finding's signals are routine${skipNote}`, () => {
  it('CTBT 79/77 → 80/70 PP 13 → PP 14 (306 → 307 States signed): "figure changed (routine)", and the headline counts no figure changed', async () => {
    const result = await compare(join(UN_SERIES, CTBT, 'A_RES_79_77.txt'), join(UN_SERIES, CTBT, 'A_RES_80_70.txt'));
    const pp14 = findingOf(result, 1, 'PP 14');
    expect(pp14.routine).toBe(true);
    expect(summaries(pp14)).toContain('figure changed (routine): 306 → 307');
    expect(pp14.signals.every((signal) => (signal as { routine?: boolean }).routine === true)).toBe(true);
    // Before: "1 figure changed, 1 reference added, 5 routine updates." (the reference: see below).
    expect(pairSummary(result.comparisons[0])).toBe('3 substantive changes, 5 routine updates.'); // session 15: the negotiated paragraphs without signals are counted too
  });

  it('counter-case: a negotiated finding keeps its non-routine signals (CTBT 79/77 → 80/70 new OP 9 is not routine)', async () => {
    const result = await compare(join(UN_SERIES, CTBT, 'A_RES_79_77.txt'), join(UN_SERIES, CTBT, 'A_RES_80_70.txt'));
    const op9 = findingOf(result, 1, 'OP 9');
    expect(op9.kind).toBe('new');
    expect(op9.routine).toBe(false);
  });
});

describe.skipIf(!HAS_SHARED)(`a reference is added or removed against the whole texts${skipNote}`, () => {
  it('CTBT 79/77 → 80/70: the new OP 9 naming the Treaty Organization adds no reference to a Treaty both texts name throughout', async () => {
    const result = await compare(join(UN_SERIES, CTBT, 'A_RES_79_77.txt'), join(UN_SERIES, CTBT, 'A_RES_80_70.txt'));
    expect(summaries(findingOf(result, 1, 'OP 9')).filter((summary) => summary.startsWith('reference'))).toEqual([]);
    expect(pairSignals(result.comparisons[0]).referencesAdded).toEqual([]);
  });

  it('the illustrative draft → the 2024 statement: the Continental AI Strategy, cited by both, is no reference added', async () => {
    const result = await compare(DRAFT, SEED);
    expect(pairSignals(result.comparisons[0]).referencesAdded).not.toContain('Continental Artificial Intelligence Strategy');
    expect(result.comparisons[0].findings.flatMap(summaries)).not.toContain('reference added: Continental Artificial Intelligence Strategy');
  });

  it('external debt 78/137 → 79/197: the report A/79/209 cited for the first time is still a reference added; the older text itself cited is routine', async () => {
    const result = await compare(join(UN_SERIES, DEBT, 'A_RES_78_137.txt'), join(UN_SERIES, DEBT, 'A_RES_79_197.txt'));
    const references = result.comparisons[0].findings.flatMap(summaries).filter((summary) => summary.startsWith('reference'));
    expect(references).toContain('reference added: A/79/209');
    expect(references).not.toContain('reference added: resolution 78/137');
    expect(references).toContain('reference added (routine): resolution 78/137');
    // Resolution 78/322 is negotiated in: OP 7's "takes note of the Panel's final report" → "welcomes the final report …
    // and the adoption of … resolution 78/322" is a stance turned, not an event moved on (fix14b-classify, trial 14a).
    expect(pairSignals(result.comparisons[0]).referencesAdded).toEqual(['resolution 78/322', 'A/79/209']);
  });

  it('read alone (no documents, as the signals bench reads a pair), a paragraph still signals what it adds', () => {
    const signals = referenceChanges('Recalling its resolution 78/137,', 'Recalling its resolutions 78/137 and 77/152,');
    expect(signals.map((signal) => signal.summary)).toEqual(['reference added: resolution 77/152']);
    const withDocuments = referenceChanges('Recalling its resolution 78/137,', 'Recalling its resolutions 78/137 and 77/152,', undefined, {
      before: ['Recalling its resolution 78/137,', 'Noting its resolution 77/152,'],
      after: ['Recalling its resolutions 78/137 and 77/152,'],
    });
    expect(withDocuments).toEqual([]);
  });
});
