import { describe, expect, it } from 'vitest';
import { routineReasons } from '../../src/classify/routine.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, findingAt, isSubstantive, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 10 (E): the routine and event lines a desk officer still found in the digest (issues 19 and 23). Each
 * rule is read on its real pair of the UN series and guarded by a paragraph of the same shape that stays negotiated.
 */

const OUTER_SPACE = 'international-cooperation-in-the-peaceful-uses-of-outer-spac';

describe('a citation brought up to the next session with the date of its adoption', () => {
  const older = 'Notes that, at its sixtieth session, the Subcommittee continued its work, as mandated by the General Assembly in its resolution 77/121;';

  it('is routine: the date belongs to the succeeding resolution', () => {
    expect(routineReasons(older, 'Notes that, at its sixty-first session, the Subcommittee continued its work, as mandated by the General Assembly in its resolution 78/72 of 7 December 2023;')).toContain(
      'date of the succeeding citation added: 78/72 of 7 December 2023',
    );
  });

  it('a date outside the successor’s session, or a dated successor beside another edit, stays negotiated', () => {
    expect(routineReasons(older, 'Notes that, at its sixty-first session, the Subcommittee continued its work, as mandated by the General Assembly in its resolution 78/72 of 7 December 2026;')).toEqual([]);
    expect(routineReasons(older, 'Notes that, at its sixty-first session, the Subcommittee continued its work, as mandated by the General Assembly in its resolution 78/72 of 7 December 2023;'.replace('continued', 'concluded'))).toEqual([]);
  });

  it.skipIf(!available)(`Outer space 78/72 → 79/87 OP 12: the Subcommittee's mandate cited by its next resolution, dated, is routine${available ? '' : SHARED_MISSING}`, async () => {
    const finding = findingAt(await compareInSeries(OUTER_SPACE, 'A_RES_78_72.txt', 'A_RES_79_87.txt'), 'OP 12');
    expect(isSubstantive(finding)).toBe(false);
    expect(finding.reasons).toContain('date of the succeeding citation added: 78/72 of 7 December 2023');
  });
});
