import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { RESIDUAL, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';
import { digestStep } from '../../src/digest/index.js';

/**
 * Session 21, sig21 item 5: the annex tables folded into one digest line named word changes beside figures, not the
 * totals' old → new, which a reader of a financing resolution asks first.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`the annex tables' line says the totals changed (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('IRMCT financing 78/249 → 79/255: the appropriation and the net contributions, gross, old → new; the proposed appropriation is no total', async () => {
    const step = digestStep({ result: await compareInSeries(RESIDUAL, 'A_RES_78_249.txt', 'A_RES_79_255.txt'), report: null });
    expect(step.lines.filter((line) => line.place === 'annex tables').map((line) => line.text)).toEqual([
      'annex tables: figures and words changed (rows reworded; Committeec → Committee; drops “See”; …) in Annex ¶ 1, Annex ¶ 5 (dropped), Annex ¶ 4 (new); totals (gross): Appropriation 65,459,100 → 60,963,800; Net contributions 55,107,500 → 47,998,700 (each row in the pair report)',
    ]);
    // The totals are the operative paragraphs' amounts: OP 15 → OP 20 65,459,100 → 60,963,800 and OP 16 → OP 21 55,107,500 → 47,998,700.
    expect(step.lines.find((line) => line.place === 'OP 15 → OP 20')?.text).toContain('65,459,100 → 60,963,800');
  }, 60_000);
});
