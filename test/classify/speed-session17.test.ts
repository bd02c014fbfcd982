import { describe, expect, it } from 'vitest';
import { closingClauseBesideRecalledList, findOneChange, mayCiteBySession } from '../../src/classify/one-change.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { AGRICULTURE, OCEANS, TAX, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';

// Issue 21 session 17: a closing clause dropped is kept only beside a list of recalled documents grown, which needs a
// reference with its session, read from digits: a pair of texts without a digit skips the search (`mayCiteBySession`).

const withoutDigits = (text: string): string => text.replace(/[0-9]+/g, 'N');

describe('a closing clause dropped needs a digit in the texts', () => {
  const older = 'Recalling its resolution 77/244 of 30 December 2022, in which it decided to begin discussions on ways to strengthen the inclusiveness of tax cooperation through a new instrument,';
  const newer = 'Recalling its resolutions 77/244 of 30 December 2022 and 78/230 of 22 December 2023 on the promotion of inclusive and effective tax cooperation,';
  const title = 'Promotion of inclusive and effective tax cooperation';

  it('is found with its digits, and the pre-test lets the pair through', () => {
    expect(mayCiteBySession(older, newer)).toBe(true);
    expect(closingClauseBesideRecalledList(older, newer, undefined, { title, resolution: '78/230' })?.reasons).toEqual(['list of recalled documents grew: 78/230 added', 'the previous version cited with its title']);
    expect(findOneChange(older, newer, wordDiff(older, newer, 1000).parts, undefined, { title, resolution: '78/230' })?.reasons).toEqual(['list of recalled documents grew: 78/230 added', 'the previous version cited with its title']);
  });

  it('is not found without them, by the search itself, which the pre-test then skips', () => {
    const [before, after] = [withoutDigits(older), withoutDigits(newer)];
    expect(mayCiteBySession(before, after)).toBe(false);
    expect(closingClauseBesideRecalledList(before, after, undefined, { title, resolution: 'N/N' })).toBeNull();
    expect(mayCiteBySession(before, 'resolution 79/1')).toBe(true);
    expect(mayCiteBySession('in 2024', after)).toBe(true);
    // Digits beyond ASCII are no session: `\d` and the reference patterns read ASCII digits only.
    expect(mayCiteBySession('resolution ٧٧/٢٤٤', 'résolution ७८/२३०')).toBe(false);
  });

  it.skipIf(!UN_SERIES_AVAILABLE)(`finds nothing in any modified paragraph of three UN series once its digits are gone${UN_SERIES_AVAILABLE ? '' : ` (${SHARED_MISSING})`}`, async () => {
    const pairs: Array<[string, string, string, string]> = [
      [TAX, 'A_RES_78_230.txt', 'A_RES_79_235.txt', '78/230'],
      [TAX, 'A_RES_79_235.txt', 'A_RES_80_128.txt', '79/235'],
      [AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt', '78/168'],
      [AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt', '79/227'],
      [OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt', '79/144'],
    ];
    let tried = 0;
    let foundWithDigits = 0;
    for (const [series, olderFile, newerFile, resolution] of pairs) {
      const result = await compareInSeries(series, olderFile, newerFile);
      const [left, right] = result.documents;
      const meta = { title: left!.title, resolution };
      for (const finding of result.comparisons[0]!.findings) {
        if (finding.kind !== 'modified' || finding.left.length !== 1 || finding.right.length !== 1) continue;
        const [before, after] = [left!.paragraphs[finding.left[0]!]!.text, right!.paragraphs[finding.right[0]!]!.text];
        if (closingClauseBesideRecalledList(before, after, undefined, meta) !== null) foundWithDigits++;
        expect(closingClauseBesideRecalledList(withoutDigits(before), withoutDigits(after), undefined, { title: meta.title, resolution: 'N/N' })).toBeNull();
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(100);
    expect(foundWithDigits).toBeGreaterThan(0);
  }, 300_000);
});
