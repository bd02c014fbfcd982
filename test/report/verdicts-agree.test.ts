import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { pairSummary } from '../../src/report/labels.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { renderHistoryMarkdown } from '../../src/report/history-markdown.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';

const ATT = 'the-arms-trade-treaty';

/**
 * Session 12: one verdict per finding in every output. The Arms Trade Treaty 78/48 → 79/52 OP 10 → OP 11 `Looks forward
 * to → Welcomes` the Conference's report is a routine signal (the verb aged with its event): the digest gives its line no
 * tone, so neither may the history's timeline nor the pair report's count of position shifts.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`a routine commitment signal has no tone anywhere (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('the digest, the pair report\'s position shifts and its tally agree on Arms Trade Treaty 78/48 → 79/52', async () => {
    const result = await compareInSeries(ATT, 'A_RES_78_48.txt', 'A_RES_79_52.txt');
    const line = lineAt(linesOf(result), 'OP 10 → OP 11');
    expect(line.tone).toBeNull();
    // Session 16 (trial 15b defect 3): OP 2 → OP 3 "Takes note of the decision of the Ninth Conference … → Recognizes the
    // cumulative body of decisions …" and PP 9 "Welcoming the conclusion of the work of the working group … → Looking
    // forward to the preparatory process …" put their verbs on other things: no shift, no tone, none counted.
    expect(lineAt(linesOf(result), 'OP 2 → OP 3').tone).toBeNull();
    // Before: `position shifts (1 weaker, 2 stronger, 23 other)` beside the tally's `1 commitment strengthened`; then
    // `position shifts (1 weaker, 1 stronger) in 2 paragraphs` beside `1 commitment weakened, 1 commitment strengthened`.
    // Since session 18 (trial 18-a D2) the one shift is real and counted alike everywhere: OP 3 → OP 4 "takes note with
    // appreciation of the revision" → "takes note of the revision", weakened.
    expect(buildViewModel(result).signalSummary?.label).toBe('position shift (1 weaker) in 1 paragraph');
    expect(pairSummary(result.comparisons[0])).toContain('1 commitment weakened');
    expect(pairSummary(result.comparisons[0])).not.toContain('strengthened');
    expect(lineAt(linesOf(result), 'OP 3 → OP 4').tone).toBe('weaker');
  }, 60_000);

  it('the history of the three versions says OP 10 → OP 11 was reworded in 79/52, not strengthened', async () => {
    const history = await compareVersions(['A_RES_78_48.txt', 'A_RES_79_52.txt', 'A_RES_80_46.txt'].map((name) => join(UN_SERIES, ATT, name)));
    const position = history.history.positions.find((candidate) => candidate.cells[1]?.label === 'OP 11');
    // Before: `in 78/48 · renumbered OP 10 → OP 11 in 79/52 · strengthened in 79/52: look forward → welcome · …`.
    // (Its note, the Conference's final report, came in 79/52: said by its version since session 16.)
    expect(position?.timeline).toBe('in 78/48 · renumbered OP 10 → OP 11 in 79/52 · reworded in 79/52 · footnote 9 added in 79/52: A/CONF.192/2024/RC/3. · updated (routine) in 80/46');
    // A ranked, non-routine step still reads as its direction (OP 5: call upon → urge, the same States asked the same).
    expect(history.history.positions.find((candidate) => candidate.cells[1]?.label === 'OP 5')?.timeline).toContain('strengthened in 80/46: call upon → urge');
    const markdown = renderHistoryMarkdown(history);
    expect(markdown).not.toContain('strengthened in 79/52: look forward → welcome');
  }, 60_000);
});
