import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestNonDecreasing, rankPositions } from '../../src/history/rank.js';

describe('rankPositions', () => {
  it('ranks positions of versions that agree on their order one after another', () => {
    const { ranks, transpositions } = rankPositions(4, [[0, 1, 2], [0, 1, 3, 2]], () => false);
    expect(ranks).toEqual([1, 2, 4, 3]);
    expect(transpositions).toEqual([]);
  });

  it('keeps a paragraph moved against the older order aside as a transposition, so its row stays where it was', () => {
    // Version 1 moves position 3 to the front: the longest run that keeps the ranks is 0 1 2, so 3 is kept aside there.
    const { ranks, transpositions } = rankPositions(4, [[0, 1, 2, 3], [3, 0, 1, 2]], () => false);
    expect(ranks).toEqual([1, 2, 3, 4]);
    expect(transpositions).toEqual([[3, 1]]);
  });

  it('keeps aside what the pair report calls moved, without asking the graph', () => {
    const { transpositions } = rankPositions(3, [[0, 1, 2], [0, 1, 2]], (position, version) => position === 1 && version === 1);
    expect(transpositions).toEqual([[1, 1]]);
  });

  it('never gives a position a rank below one that precedes it in a version it keeps its place in (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 1 }), { minLength: 1, maxLength: 5 }), (orders) => {
        const { ranks, transpositions } = rankPositions(8, orders, () => false);
        const aside = new Set(transpositions.map(([position, version]) => `${position}:${version}`));
        orders.forEach((order, version) => {
          const kept = order.filter((position) => !aside.has(`${position}:${version}`));
          for (let i = 1; i < kept.length; i++) expect(ranks[kept[i]]).toBeGreaterThan(ranks[kept[i - 1]]);
        });
      }),
    );
  });
});

describe('longestNonDecreasing', () => {
  it('keeps the longest run whose keys never go down, equal keys included', () => {
    expect(longestNonDecreasing([3, 1, 2, 2, 5, 4], (value) => value)).toEqual([1, 2, 2, 4]);
    expect(longestNonDecreasing([], (value: number) => value)).toEqual([]);
  });
});
