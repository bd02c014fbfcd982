import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';

/** Session 11 (redline #19): a paragraph gone from one part of a resolution to the other says so in its line. */
describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines, a part changed (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('says an operative welcome moved to the preamble (Racism 78/234 → 79/161 OP 27 → PP 26)', async () => {
    const result = await compareInSeries('a-global-call-for-concrete-action-for-the-elimination-of-rac', 'A_RES_78_234.txt', 'A_RES_79_161.txt');
    // Before: `OP 27 → PP 26: Welcomes … → Welcoming …`, read by a desk officer as the verb's form alone, where an
    // operative welcome became a recital.
    expect(lineAt(linesOf(result), 'OP 27 → PP 26').text).toBe('OP 27 → PP 26: moved to the preamble; Welcomes … → Welcoming …');
    // Counter-case in the same pair: a paragraph that stayed operative says nothing of parts.
    expect(linesOf(result).filter((line) => /^OP \d+ → OP \d+$/.test(line.place)).every((line) => !line.text.includes('moved to the'))).toBe(true);
  }, 60_000);

  // PP 49 as 79/182 prints it (PP 50 before session 17, when a page break cut its PP 3 in two).
  it('says a recital moved to the operative part (Myanmar 79/182 → 80/221 PP 49 → OP 10)', async () => {
    const result = await compareInSeries('situation-of-human-rights-of-rohingya-muslims-and-other-mino', 'A_RES_79_182.txt', 'A_RES_80_221.txt');
    expect(lineAt(linesOf(result), 'PP 49 → OP 10').text).toBe('PP 49 → OP 10: Calling … → Calls … (stronger); moved to the operative part'); // raised from preamble to operative part (trial 17-b D7); the tone on its verb, first (trial 18-a D6)
  }, 60_000);
});
