import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { FINANCIAL_SYSTEM, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';

/**
 * Trial 17-c D11: the class of a modified finding (substantive, routine, editorial), the one variable the README sells,
 * was in no per-pair summary: a study of "how much was negotiated" opened every pair file. The comparison's `summary`
 * (so each results.jsonl record's) counts them, named as the findings' flags: editorial first, then routine.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`the summary counts the modified findings by class (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('International financial system 78/136 → 79/196: the three classes sum to modified, as the findings say', async () => {
    const { comparisons } = await compareInSeries(FINANCIAL_SYSTEM, 'A_RES_78_136.txt', 'A_RES_79_196.txt');
    const [{ summary, findings }] = comparisons;
    const modified = findings.filter((finding) => finding.kind === 'modified');
    expect(summary.editorial).toBe(modified.filter((finding) => finding.editorial).length);
    expect(summary.routine).toBe(modified.filter((finding) => !finding.editorial && finding.routine).length);
    expect(summary.substantive).toBe(modified.filter((finding) => !finding.editorial && !finding.routine).length);
    expect(summary.substantive + summary.routine + summary.editorial).toBe(summary.modified);
    expect(Object.keys(summary)).toEqual(['unchanged', 'modified', 'split', 'merged', 'new', 'dropped', 'moved', 'renumbered', 'substantive', 'routine', 'editorial']);
    expect(summary.substantive).toBeGreaterThan(0);
    expect(summary.routine).toBeGreaterThan(0);
  }, 60_000);
});
