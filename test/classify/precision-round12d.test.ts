import { describe, expect, it } from 'vitest';
import { eventClausesMovedOn } from '../../src/classify/routine.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, findingAt, isSubstantive, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 12 (D): what the drafter's reading of seed 701 found round 11 had made routine wrongly (redline #23):
 * a clause only added that looks forward to an event the older text never named.
 */

const skipNote = available ? '' : SHARED_MISSING;
const CALLS = 'Recognizes the need for dealing with severe food insecurity, and calls upon Member States to keep food supply chains functioning';

describe('a look-forward clause only added', () => {
  it('is news where the older paragraph named no event, an event moving on where it named the earlier edition', () => {
    const added = `${CALLS}, and looks forward to the Nutrition for Growth Summit to be convened by the Government of France in 2025;`;
    expect(eventClausesMovedOn(`${CALLS};`, added)).toBeNull();
    // Counter-case of the same shape: the older paragraph welcomed the earlier edition, now recalled, the next looked forward to.
    const olderEdition = `${CALLS}, welcoming the Nutrition for Growth Summit held in Tokyo in 2021;`;
    const nextEdition = `${CALLS}, recalling the Nutrition for Growth Summit held in Tokyo in 2021, and looking forward to the Nutrition for Growth Summit to be convened in Paris in 2025;`;
    expect(eventClausesMovedOn(olderEdition, nextEdition)?.reasons[0]).toMatch(/^events moved on, clause by clause: /);
    // The next edition of a conference the paragraph recalls, looked forward to (Third Decade 78/164 → 79/221 PP 8 → PP 7).
    const recalled = 'Recalling the Monterrey Consensus of the International Conference on Financing for Development and the Doha Declaration on Financing for Development,';
    const forward = `${recalled} and looking forward to the convening of the Fourth International Conference on Financing for Development in Seville, Spain, from 30 June to 3 July 2025,`;
    expect(eventClausesMovedOn(recalled, forward)?.reasons[0]).toMatch(/^events moved on, clause by clause: /);
  });

  it.skipIf(!available)(`LDC 78/233 → 79/218 OP 34 → OP 37 stays negotiated${skipNote}`, async () => {
    const result = await compareInSeries('follow-up-to-the-fifth-united-nations-conference-on-the-leas', 'A_RES_78_233.txt', 'A_RES_79_218.txt');
    expect(isSubstantive(findingAt(result, 'OP 37'))).toBe(true);
  });
});
