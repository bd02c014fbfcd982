import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairReportPath } from '../../src/batch/tasks.js';
import { PAIR_REPORT_PATH } from '../../src/batch/cache-entries.js';

describe('pairReportPath', () => {
  it('joins two plain ids by __, as it always did', () => {
    expect(pairReportPath('A_RES_78_1', 'A_RES_79_1', 'json')).toBe('pairs/A_RES_78_1__A_RES_79_1.json');
    expect(pairReportPath('fomc 2015', 'fomc 2016', 'html')).toBe('pairs/fomc_2015__fomc_2016.html');
  });

  it('names a__b + c and a + b__c apart (issue 22: both were pairs/a__b__c.json, one overwritten)', () => {
    const one = pairReportPath('a__b', 'c', 'json');
    const other = pairReportPath('a', 'b__c', 'json');
    expect(one).toMatch(/^pairs\/a__b__c-[0-9a-f]{16}\.json$/);
    expect(other).toMatch(/^pairs\/a__b__c-[0-9a-f]{16}\.json$/);
    expect(one).not.toBe(other);
    expect(pairReportPath('a_', 'b', 'json')).not.toBe(pairReportPath('a', '_b', 'json'));
  });

  it('gives distinct pairs of ids distinct names, always inside pairs/', () => {
    // Ids as a corpus makes them: unique once made file-safe (uniqueIds), from letters, `_` and `-` (the risky ones).
    const id = fc.string({ unit: fc.constantFrom('a', 'b', '_', '-', ' '), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(id, id, id, id, (a, b, c, d) => {
        fc.pre(a.replace(/ /g, '_') !== b.replace(/ /g, '_') && c.replace(/ /g, '_') !== d.replace(/ /g, '_'));
        const first = pairReportPath(a, b, 'json');
        expect(first).toMatch(PAIR_REPORT_PATH);
        const sameSafeIds = a.replace(/ /g, '_') === c.replace(/ /g, '_') && b.replace(/ /g, '_') === d.replace(/ /g, '_');
        if (!sameSafeIds) expect(first).not.toBe(pairReportPath(c, d, 'json'));
      }),
      { numRuns: 3000, seed: 22 },
    );
  });
});
