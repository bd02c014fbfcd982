import { describe, expect, it } from 'vitest';
import { MAX_ALL_PAIRS, assertAllPairsBounded, markChainRecords, planPairs } from '../../src/batch/plan.js';
import type { BatchDocument, PairRecord, Series } from '../../src/types.js';

const doc = (id: string, date: string | null, series: string | null = null, previous: string | null = null): BatchDocument => ({
  id, path: `${id}.txt`, sha256: id, title: id, date, series, previous, paragraphs: 1,
});

describe('planPairs', () => {
  const documents = [doc('a1', '2020', 'A'), doc('b1', '2020', 'B'), doc('a2', '2021', 'A'), doc('b2', '2021', 'B', '2020'), doc('a3', '2022', 'A', 'a1')];

  const series = (id: string, documents: string[], drafts: Series['drafts'] = []): Series => ({ id, title: id, basis: 'front-matter', documents, drafts, committee: null, agendaItem: null });

  it('pairs each document with the previous of its series, or the one its front matter names', () => {
    expect(planPairs(documents, 'chain', null, [series('a', ['a1', 'a2', 'a3']), series('b', ['b1', 'b2'])])).toEqual([
      { left: 0, right: 2, series: 'a', step: 'version' },
      { left: 1, right: 3, series: 'b', step: 'version' },
      { left: 0, right: 4, series: 'a', step: 'version' }, // a3 names a1 as its previous, skipping a2
    ]);
  });

  it('chains last session\'s adopted text to the first draft, each draft to the next and the last to the adopted text', () => {
    const un = [doc('79/1', '2024-12-01'), doc('L.17', '2025-10-01'), doc('L.58', '2025-11-20'), doc('80/1', '2025-12-10'), doc('other', '2025-12-11')];
    const history = series('ict', ['79/1', 'L.17', 'L.58', '80/1'], [{ drafts: ['L.17', 'L.58'], adopted: '80/1' }]);
    // The steps of the series history: what the sponsors tabled against last year's text, the revision, what was
    // conceded before adoption (the chain compared 79/1 with 80/1 and no report showed the tabled draft: trial 15b).
    expect(planPairs(un, 'chain', null, [history, series('other', ['other'])])).toEqual([
      { left: 0, right: 1, series: 'ict', step: 'version' },
      { left: 1, right: 2, series: 'ict', step: 'draft' },
      { left: 2, right: 3, series: 'ict', step: 'draft' },
    ]);
  });

  it('compares a draft whose adopted text is not held with the last adopted text, and the next session with that', () => {
    const un = [doc('78/1', '2023-12-01'), doc('L.5', '2024-10-01'), doc('80/1', '2025-12-10')];
    const history = series('ict', ['78/1', 'L.5', '80/1'], [{ drafts: ['L.5'], adopted: null }]);
    expect(planPairs(un, 'chain', null, [history])).toEqual([
      { left: 0, right: 1, series: 'ict', step: 'version' },
      { left: 0, right: 2, series: 'ict', step: 'version' },
    ]);
  });

  it('pairs the target with every other document, the older always on the left', () => {
    expect(planPairs(documents, 'target', 2)).toEqual([
      { left: 0, right: 2 },
      { left: 1, right: 2 },
      { left: 2, right: 3 },
      { left: 2, right: 4 },
    ]);
  });

  it('plans n·(n−1)/2 pairs in all mode', () => {
    expect(planPairs(documents, 'all', null)).toHaveLength(10);
  });
});

describe('markChainRecords', () => {
  const record = (pair: number, similarity: number): PairRecord => ({ pair, left: `l${pair}`, right: `r${pair}`, leftDate: null, rightDate: null, similarity, estimated: false, estimate: similarity, coverage: 0, summary: null, report: null, html: null });
  const series = (id: string, basis: Series['basis']): Series => ({ id, title: id, basis, documents: [], drafts: [], committee: null, agendaItem: null });

  it('flags a pair far below --min-similarity as unrelated, except in a series grouped by UN title (a resolution rewritten under its title)', () => {
    const records = [record(0, 0.06), record(1, 0.06), record(2, 0.9)];
    markChainRecords(records, [{ left: 0, right: 1, series: 'syria', step: 'version' }, { left: 2, right: 3, series: 'forced', step: 'version' }, { left: 4, right: 5, series: 'forced', step: 'version' }], 0.15, [series('syria', 'un-title'), series('forced', 'front-matter')]);
    expect(records.map((entry) => [entry.series, entry.unrelated ?? false])).toEqual([
      ['syria', false],
      ['forced', true],
      ['forced', false],
    ]);
  });

  it('flags a pair of a series grouped by UN title when one text has a fifth of the other\'s paragraphs or fewer (support account 79/298 → 80/240: a decision on revised estimates after the budget resolution)', () => {
    const counts = (unchanged: number, modified: number, dropped: number, added: number): PairRecord['summary'] => ({ unchanged, modified, split: 0, merged: 0, new: added, dropped, moved: 0, renumbered: 0, substantive: modified, routine: 0, editorial: 0 });
    const records = [
      { ...record(0, 0.11), summary: counts(2, 2, 31, 0) }, // 35 → 4 paragraphs
      { ...record(1, 0.06), summary: counts(5, 5, 90, 35) }, // Syria 100 → 45: rewritten under its title
      { ...record(2, 0.9), summary: counts(30, 3, 2, 0) }, // lopsided? no: 35 → 33, and related
    ];
    const planned = [0, 1, 2].map((k) => ({ left: 2 * k, right: 2 * k + 1, series: 'budget', step: 'version' as const }));
    markChainRecords(records, planned, 0.15, [series('budget', 'un-title')]);
    expect(records.map((entry) => entry.unrelated ?? false)).toEqual([true, false, false]);
  });
});

describe('assertAllPairsBounded', () => {
  it('lets a run of every pair over 2,000 documents go (1,999,000 pairs) and refuses 2,001 in one line', () => {
    expect(MAX_ALL_PAIRS).toBe(2_000_000);
    expect(() => assertAllPairsBounded(2000)).not.toThrow();
    expect(() => assertAllPairsBounded(2001)).toThrow('--mode all over 2,001 documents is 2,001,000 pairs, over the 2,000,000 a run holds');
    try {
      assertAllPairsBounded(5000);
    } catch (error) {
      expect((error as { toLine(): string }).toLine()).toBe(
        '--mode all over 5,000 documents is 12,497,500 pairs, over the 2,000,000 a run holds. Compare at most 2,000 documents with --mode all, or use --target (one text against the corpus) or --mode chain.',
      );
    }
  });
});
