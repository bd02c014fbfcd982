import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { ACCOUNTABILITY, ATOMIC_RADIATION, MYANMAR, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';
import { moveLines } from '../../src/report/digest-line.js';

/**
 * Session 19 (brief digw19): digest excerpts that show the edit, on the real series (trial 19-a defects 2, 5 and 6).
 * Each case was reproduced on the branch's start (30d0355) first; the line it had there is quoted in its comment.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`digest excerpts show the edit (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('Effects of atomic radiation 79/85 → 80/75 OP 8: the two evaluations dropped, not "circulatory system → nervous system"', async () => {
    // Before: `… effects → evaluation on effects; circulatory system → nervous system; drops “effects of ionizing
    // radiation on the nervous system, which are being conducted …”, adds …`: the nervous-system item was kept, the
    // cancer and circulatory-system items left.
    const line = lineAt(linesOf(await compareInSeries(ATOMIC_RADIATION, 'A_RES_79_85.txt', 'A_RES_80_75.txt')), 'OP 8');
    expect(line.changes).toEqual([
      'drops “evaluations of epidemiological studies of ionizing radiation and cancer, effects of ionizing radiation on the circulatory system”, adds “evaluation on”',
      'drops “which are being conducted in close cooperation with other relevant organizations”, adds “and recognizes the decision of the Committee to defer the completion of the evaluation to 2029”',
    ]);
    expect(line.text).not.toContain('circulatory system → nervous system');
  }, 60_000);

  it('Criminal accountability 79/116 → 80/160 OP 1: each date change shown, centred, not twenty kept words a side', async () => {
    // Before: `OP 1: … July 2007 and notifications received from States with respect to investigations or prosecutions of
    // crimes allegedly … → … July 2017 and notifications received …`: the second date (2016 → 2017) past the cut.
    const line = lineAt(linesOf(await compareInSeries(ACCOUNTABILITY, 'A_RES_79_116.txt', 'A_RES_80_160.txt')), 'OP 1');
    expect(line.changes).toEqual(['since 1 July 2007 and notifications → since 1 July 2017 and notifications', 'since 1 July 2016 → since 1 July 2017']);
    for (const change of line.changes) {
      const [older, newer] = change.split(' → ');
      expect(older).not.toBe(newer);
    }
  }, 60_000);

  it('Rohingya 79/182 → 80/221: PP 37–39 brought to PP 7–9 said moved, the unchanged PP 37 on one line', async () => {
    // Before: `PP 39 → PP 9: adds “maintenance and extension”; …` with no word of the move, and PP 37 → PP 7 (moved,
    // wording unchanged) on no line.
    const result = await compareInSeries(MYANMAR, 'A_RES_79_182.txt', 'A_RES_80_221.txt');
    const lines = linesOf(result);
    expect(lineAt(lines, 'PP 39 → PP 9').changes[0]).toBe('moved up the preamble');
    expect(lineAt(lines, 'PP 38 → PP 8').changes[0]).toBe('moved up the preamble');
    const [left, right] = result.documents;
    const moves = moveLines(result.comparisons[0].findings, left.paragraphs, right.paragraphs, null);
    expect(moves.map((line) => line.text)).toEqual(['PP 37–39 → PP 7–9: moved up the preamble, PP 37 with its wording unchanged', 'PP 53 → PP 85: moved down the preamble, wording unchanged']);
    expect(moves.every((line) => line.kind === 'moved')).toBe(true);
    // A paragraph the aligner marks moved only as others came and went around it (PP 32 → PP 32) is not said moved.
    expect(moves.some((line) => line.place.includes('PP 32'))).toBe(false);
  }, 60_000);
});
