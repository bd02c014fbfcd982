import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chainedTwins, twinStandIn } from '../../src/normalize/twins.js';

describe('chainedTwins', () => {
  it('pairs surfaces found once on each side, in reading order, and leaves repeats, moves and the empty surface out', () => {
    const left = ['Preamble.', 'Recalls its resolution 78/14.', 'Notes the report.', 'Welcomes progress.', '* * *', 'Decides to continue.', 'Urges States.', 'Urges States.', ''];
    const right = ['Preamble.', 'Decides to continue.', 'Recalls its resolution 79/15.', 'Notes the report.', 'Welcomes progress.', '* * *', 'Urges States.', ''];
    // "Decides to continue." moved up: the longest in-order chain keeps the two after it and leaves the move to the aligner.
    expect(chainedTwins(left, right)).toEqual([
      { left: 0, right: 0 },
      { left: 2, right: 3 },
      { left: 3, right: 4 },
      { left: 4, right: 5 },
    ]);
  });

  it('is the longest chain increasing on both sides, every pair of equal surfaces (fast-check)', () => {
    const words = fc.constantFrom('alpha.', 'beta.', 'gamma.', 'delta.', 'epsilon.', 'zeta.', 'eta.', 'theta.');
    fc.assert(
      fc.property(fc.uniqueArray(words, { maxLength: 8 }), fc.uniqueArray(words, { maxLength: 8 }), (left, right) => {
        const chain = chainedTwins(left, right);
        for (const pair of chain) expect(left[pair.left]).toBe(right[pair.right]);
        for (let k = 1; k < chain.length; k++) {
          expect(chain[k].left).toBeGreaterThan(chain[k - 1].left);
          expect(chain[k].right).toBeGreaterThan(chain[k - 1].right);
        }
        // Longest: the common subsequence of two lists of distinct items (quadratic check).
        const table = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0));
        for (let i = 1; i <= left.length; i++) {
          for (let j = 1; j <= right.length; j++) table[i][j] = left[i - 1] === right[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
        }
        expect(chain.length).toBe(table[left.length][right.length]);
      }),
    );
  });

  it('stands a twin in with its surface and no terms, frozen', () => {
    const standIn = twinStandIn('Notes the report.');
    expect(standIn).toEqual({ tokens: [], content: [], folded: '', surface: 'Notes the report.' });
    expect(Object.isFrozen(standIn) && Object.isFrozen(standIn.tokens)).toBe(true);
  });
});
