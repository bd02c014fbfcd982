import { describe, expect, it } from 'vitest';
import { isPositionShift } from '../../src/report/key-changes.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { ICT, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';

// A new user read "100 position shifts (3 stronger, 97 other) in 47 paragraphs" on the ICT for development pair, whose
// tally had one commitment change: the figure counted every signal (figures, dates, references). A position shift is a
// commitment or hedge signal that moved a position, as the key changes and the Word comments count it. Read on the next
// step of the series since session 15: 78/132 → 79/194's one commitment change (recall → welcome the Summit of the
// Future once held) is now routine, which leaves that pair no position shift to count.
describe.skipIf(!UN_SERIES_AVAILABLE)('the position shifts figure and filter (needs ../shared/data: un-resolutions)', () => {
  it('A/RES/79/194 → A/RES/80/118: counts position shifts only, and tags exactly their rows for "Only position shifts"', async () => {
    const result = await compareInSeries(ICT, 'A_RES_79_194.txt', 'A_RES_80_118.txt');
    const findings = result.comparisons[0].findings;
    const shifts = findings.flatMap((finding) => finding.signals.filter(isPositionShift));
    const allSignals = findings.flatMap((finding) => finding.signals);
    expect(allSignals.length).toBeGreaterThan(shifts.length * 5); // most signals here are figures, dates and references
    // decide → take note; OP 13's recall → welcome (the Commission's working group requested, then welcomed as established)
    // is a request fulfilled since session 17 (trial 17-a D2), routine, no position shift.
    expect(shifts.length).toBe(1);
    const model = buildViewModel(result);
    expect(model.signalSummary?.count).toBe(shifts.length);
    const rowsWithShift = findings.filter((finding) => finding.signals.some(isPositionShift)).length;
    expect(model.signalSummary?.rows).toBe(rowsWithShift);
    expect(model.signalSummary?.label).toMatch(/^position shifts? \(/);
  });
});
