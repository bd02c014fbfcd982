import { describe, expect, it } from 'vitest';
import { planPairs } from '../../src/batch/plan.js';
import type { BatchDocument } from '../../src/types.js';

const doc = (id: string, date: string | null, series: string | null = null, previous: string | null = null): BatchDocument => ({
  id, path: `${id}.txt`, sha256: id, title: id, date, series, previous, paragraphs: 1,
});

describe('planPairs', () => {
  const documents = [doc('a1', '2020', 'A'), doc('b1', '2020', 'B'), doc('a2', '2021', 'A'), doc('b2', '2021', 'B', '2020'), doc('a3', '2022', 'A', 'a1')];

  it('pairs each document with the previous of its series, or the one its front matter names', () => {
    expect(planPairs(documents, 'chain', null)).toEqual([
      { left: 0, right: 2 },
      { left: 1, right: 3 },
      { left: 0, right: 4 }, // a3 names a1 as its previous, skipping a2
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
