import { describe, expect, it } from 'vitest';
import { isPositionShift } from '../../src/report/key-changes.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { ICT, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';

const SYRIA = 'situation-of-human-rights-in-the-syrian-arab-republic';

// A new user read "100 position shifts (3 stronger, 97 other) in 47 paragraphs" on the ICT for development pair, whose
// tally had one commitment change: the figure counted every signal (figures, dates, references). A position shift is a
// commitment or hedge signal that moved a position, as the key changes and the Word comments count it. Read on the next
// step of the series since session 15: 78/132 → 79/194's one commitment change (recall → welcome the Summit of the
// Future once held) is now routine, which leaves that pair no position shift to count.
describe.skipIf(!UN_SERIES_AVAILABLE)('the position shifts figure and filter (needs ../shared/data: un-resolutions)', () => {
  // Session 19 (trial 19-a D4): ICT 79/194 → 80/118's one shift, "Decides to finalize the modalities" → "Takes note
  // of the modalities" as contained in resolution 79/277, is the modalities adopted meanwhile, no direction: that pair has
  // none left to count. Syria 79/185 → 80/224 has two: "Alarmed → Noting" (stance) and OP 32 → OP 10 "urges → invites".
  it('A/RES/79/185 → A/RES/80/224: counts position shifts only, and tags exactly their rows for "Only position shifts"', async () => {
    const result = await compareInSeries(SYRIA, 'A_RES_79_185.txt', 'A_RES_80_224.txt');
    const findings = result.comparisons[0].findings;
    const shifts = findings.flatMap((finding) => finding.signals.filter(isPositionShift));
    const allSignals = findings.flatMap((finding) => finding.signals);
    expect(allSignals.length).toBeGreaterThan(shifts.length * 5); // most signals here are figures, dates, actors and references
    expect(shifts.map((signal) => signal.summary).sort()).toEqual(['commitment weakened: urge → invite', 'stance weakened: Alarmed → Noting']);
    const model = buildViewModel(result);
    expect(model.signalSummary?.count).toBe(shifts.length);
    const rowsWithShift = findings.filter((finding) => finding.signals.some(isPositionShift)).length;
    expect(model.signalSummary?.rows).toBe(rowsWithShift);
    expect(model.signalSummary?.label).toMatch(/^position shifts? \(/);
    // The ICT pair of sessions 15–18 counts none now.
    const ict = await compareInSeries(ICT, 'A_RES_79_194.txt', 'A_RES_80_118.txt');
    expect(ict.comparisons[0].findings.flatMap((finding) => finding.signals.filter(isPositionShift))).toEqual([]);
  });
});
