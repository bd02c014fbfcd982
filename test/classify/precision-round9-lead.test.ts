import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import { isAgedOpening } from '../../src/classify/routine.js';
import { compareInSeries, findingAt, isSubstantive, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { SHARED_MISSING } from '../helpers/paths.js';

/**
 * Precision round 9, what the desk officer's reading of 9de0f95 found beside the helpers' rounds (issues 19, 23): a
 * list of recalled resolutions taking several of the older text's session at once (routine); a preposition swapped between two
 * names ("the Committee on World Food Security of/in the Food and Agriculture Organization"), and the same verb in
 * another coordinated form ("and help" → ", helping"; "emphasizes" → "emphasizing"). Each has a change of the same shape
 * that stays negotiated.
 */
const onlyFinding = async (older: string, newer: string) => (await compareTexts(older, newer)).comparisons[0].findings[0];

describe('round 9 editorial rules (no data needed)', () => {
  it('a preposition between two names is editorial; between a name and a common noun, or another word, it is not', async () => {
    const named = await onlyFinding(
      'Recalling the work of the Committee on World Food Security of the Food and Agriculture Organization of the United Nations,',
      'Recalling the work of the Committee on World Food Security in the Food and Agriculture Organization of the United Nations,',
    );
    expect(named).toMatchObject({ kind: 'modified', editorial: true, reasons: ['preposition between two names: of → in'] });
    // "security of the region" → "security in the region": where, not whose; lower-case on either side.
    const place = await onlyFinding('Stresses the importance of food security of the region and its peoples;', 'Stresses the importance of food security in the region and its peoples;');
    expect(place.editorial).toBe(false);
    // A preposition for a verb is another relation altogether.
    const other = await onlyFinding(
      'Recalling the work of the Committee on World Food Security of the Food and Agriculture Organization of the United Nations,',
      'Recalling the work of the Committee on World Food Security without the Food and Agriculture Organization of the United Nations,',
    );
    expect(other.editorial).toBe(false);
  });

  it('the same verb made a participle (or back) is editorial; another verb, or a negation, is not', async () => {
    const older = 'Encourages States to protect biodiversity and ecosystems and help mitigate the effects of drought;';
    expect(await onlyFinding(older, 'Encourages States to protect biodiversity and ecosystems, helping mitigate the effects of drought;')).toMatchObject({
      kind: 'modified',
      editorial: true,
      reasons: ['the same verb in another form: and help → , helping'],
    });
    expect((await onlyFinding(older, 'Encourages States to protect biodiversity and ecosystems, hindering mitigation of the effects of drought;')).editorial).toBe(false);
    expect((await onlyFinding(older, 'Encourages States to protect biodiversity and ecosystems and not help mitigate the effects of drought;')).editorial).toBe(false);
  });
});

describe('a decision restated in a preambular paragraph (the desk officer, three readings)', () => {
  it('"Decides …" → "Recalling, in its resolution 78/47, its decision …" is the opening aged; another verb or a new decision is not', () => {
    expect(isAgedOpening('Decides to adopt the global framework contained in the annex;', 'Recalling, in its resolution 78/47, its decision to adopt the global framework contained in the annex,')).toBe(true);
    expect(isAgedOpening('Decides to adopt the global framework;', 'Recalling its decision to adopt the global framework,')).toBe(true);
    expect(isAgedOpening('Decides to adopt the global framework;', 'Noting, in its resolution 78/47, the global framework,')).toBe(false);
    expect(isAgedOpening('Decides to adopt the global framework;', 'Decides further to review the global framework;')).toBe(false);
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`round 9 editorial rules on real pairs${UN_SERIES_AVAILABLE ? '' : ` (${SHARED_MISSING})`}`, () => {
  const agriculture = 'agriculture-development-food-security-and-nutrition';

  it('Agriculture 78/168 → 79/227 PP 28 → PP 27: "Security of the Food" → "Security in the Food" is editorial (a desk officer read it as a line)', async () => {
    const finding = findingAt(await compareInSeries(agriculture, 'A_RES_78_168.txt', 'A_RES_79_227.txt'), 'PP 27');
    expect(finding).toMatchObject({ kind: 'modified', editorial: true, reasons: ['preposition between two names: of → in'] });
    expect(isSubstantive(finding)).toBe(false);
  });

  it('Agriculture 79/227 → 80/157 PP 32 → PP 30: "and help" → ", helping" is editorial', async () => {
    const finding = findingAt(await compareInSeries(agriculture, 'A_RES_79_227.txt', 'A_RES_80_157.txt'), 'PP 30');
    expect(finding.editorial).toBe(true);
    expect(finding.reasons).toContain('the same verb in another form: and help → , helping');
  });

  it('Rights of Indigenous Peoples 79/159 → 80/191 OP 15: "emphasizes" → "emphasizing" inside the paragraph is editorial', async () => {
    const finding = findingAt(await compareInSeries('rights-of-indigenous-peoples', 'A_RES_79_159.txt', 'A_RES_80_191.txt'), 'OP 15');
    expect(finding).toMatchObject({ kind: 'modified', editorial: true, reasons: ['the same verb in another form: emphasizes → emphasizing'] });
  });

  it('Outer space 79/87 → 80/76 PP 1: the recalled list takes 79/86 and 79/87 of the 79th session: routine', async () => {
    const finding = findingAt(await compareInSeries('international-cooperation-in-the-peaceful-uses-of-outer-spac', 'A_RES_79_87.txt', 'A_RES_80_76.txt'), 'PP 1');
    expect(finding).toMatchObject({ kind: 'modified', routine: true });
    expect(finding.reasons).toContain("resolutions of the previous version's session cited: 79/86, 79/87 added");
  });

  it('Ammunition 78/47 → 79/54 OP 2 → PP 4: "Decides" → "Recalling, in its resolution 78/47, its decision" shifts no commitment (still substantive: its added emphasis)', async () => {
    const finding = findingAt(await compareInSeries('through-life-conventional-ammunition-management', 'A_RES_78_47.txt', 'A_RES_79_54.txt'), 'PP 4');
    expect(finding.signals.filter((signal) => signal.type === 'commitment').map((signal) => signal.summary)).toEqual(['commitment weakened: decide → recall (routine)']);
    expect(isSubstantive(finding)).toBe(true);
  });
});
