import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { findOneChange } from '../../src/classify/one-change.js';
import { wordDiff } from '../../src/classify/word-diff.js';

const TAX = 'promotion-of-inclusive-and-effective-international-tax-coope';
const OUTER_SPACE = 'international-cooperation-in-the-peaceful-uses-of-outer-spac';

describe('a closing clause dropped beside the previous version cited (findOneChange)', () => {
  const older = 'Recalling its resolution 77/244 of 30 December 2022, in which it decided to begin discussions on ways to strengthen the inclusiveness of tax cooperation through a new instrument,';
  const newer = 'Recalling its resolutions 77/244 of 30 December 2022 and 78/230 of 22 December 2023 on the promotion of inclusive and effective tax cooperation,';
  const title = 'Promotion of inclusive and effective tax cooperation';
  const diff = wordDiff(older, newer, 1000).parts;

  it('is the one change when the list of recalled resolutions grew by the older text, cited with its title', () => {
    const change = findOneChange(older, newer, diff, undefined, { title, resolution: '78/230' });
    expect(change?.before).toBe('in which it decided to begin discussions on ways to strengthen the inclusiveness of tax cooperation through a new instrument');
    expect(change?.after).toBe('');
    expect(change?.reasons).toEqual(['list of recalled documents grew: 78/230 added', 'the previous version cited with its title']);
  });

  it('is none when the resolution cited with that title is not the older text (the same shape, another number)', () => {
    expect(findOneChange(older, newer, diff, undefined, { title, resolution: '78/231' })).toBeNull();
  });
});

describe('a working group\'s progress beside one real clause (findOneChange)', () => {
  const older = 'Welcomes the work of the Network, and requests the Office to strengthen, within existing resources, capacity-building in Africa;';
  const newer = 'Welcomes the progress in the work of the Network, and requests the Office to strengthen capacity-building in Africa;';

  it('leaves the progress noted a year on as the routine rest, the hedge dropped the one change', () => {
    const change = findOneChange(older, newer, wordDiff(older, newer, 1000).parts);
    expect(change?.before).toBe('and requests the Office to strengthen, within existing resources, capacity-building in Africa');
    expect(change?.reasons).toEqual(["working group's progress: the same body's work noted a year on"]);
  });

  it('finds none when the work itself is what changed (the same shape, a new body welcomed)', () => {
    const other = 'Welcomes the work of the Platform, and requests the Office to strengthen capacity-building in Africa;';
    expect(findOneChange(older, other, wordDiff(older, other, 1000).parts)).toBeNull();
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines say the real change (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('says a clause dropped beside the previous version recalled, not "rewritten" (Tax 78/230 → 79/235 PP 5 → PP 4)', async () => {
    const lines = linesOf(await compareInSeries(TAX, 'A_RES_78_230.txt', 'A_RES_79_235.txt'));
    // Before: `PP 5 → PP 4 rewritten: Recalling its resolution 77/244 of 30 December 2022, in which it decided to begin … →
    // Recalling its resolutions 77/244 of 30 December 2022 and 78/230 of 22 December 2023 on the promotion of …`.
    expect(lineAt(lines, 'PP 5 → PP 4').text).toBe('PP 5 → PP 4: drops “in which it decided to begin intergovernmental discussions at United Nations Headquarters on ways to strengthen the …”');
  }, 60_000);

  it('says only the hedge dropped beside a working group\'s progress (Outer space 78/72 → 79/87 OP 12 → OP 15)', async () => {
    const lines = linesOf(await compareInSeries(OUTER_SPACE, 'A_RES_78_72.txt', 'A_RES_79_87.txt'));
    // Before: `OP 12 → OP 15: welcomes the work → welcomes the progress in the work; drops “within existing resources” (stronger)`.
    expect(lineAt(lines, 'OP 12 → OP 15').text).toBe('OP 12 → OP 15: drops “within existing resources” (stronger)');
  }, 60_000);
});
