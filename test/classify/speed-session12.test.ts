import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Diff from 'diff/lib/diff/base.js';
import { fewestEdits, wordDiff, wordDiffTokens } from '../../src/classify/word-diff.js';
import { standsAloneByPattern, standsAloneTest } from '../../src/classify/yearly.js';

// Issue 21 session 12: shortcuts that must answer as the slower code they stand in for.

class PlainWordDiff extends Diff<string, string> {
  override tokenize(value: string): string[] {
    return wordDiffTokens(value);
  }
}
const plain = new PlainWordDiff();
const editLength = (changes: Array<{ added?: boolean; removed?: boolean; count?: number }>): number =>
  changes.reduce((sum, change) => sum + (change.added || change.removed ? (change.count ?? 0) : 0), 0);

describe('fewestEdits', () => {
  const words = fc.constantFrom('we', 'welcome', 'note', 'the', 'decision', ',', '.', 'States', ' ', '  ', '\n', '2024', '12 June 2024', 'A/RES/79/1');
  it('never exceeds the shortest edit jsdiff finds, so past the budget jsdiff gives up', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.array(words, { maxLength: 40 }), fc.integer({ min: 0, max: 40 }), (a, b, budget) => {
        const [before, after] = [a.join(' '), b.join(' ')];
        const bound = fewestEdits(wordDiffTokens(before), wordDiffTokens(after));
        const full = plain.diff(before, after);
        expect(bound).toBeLessThanOrEqual(editLength(full ?? []));
        if (bound > budget) expect(plain.diff(before, after, { maxEditLength: budget })).toBeUndefined();
      }),
      { numRuns: 400, seed: 12 },
    );
  });

  it('gives the same word diff and the same give-up as jsdiff under any budget', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.array(words, { maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (a, b, budget) => {
        const [before, after] = [a.join(' '), `${b.join(' ')} .`];
        const changes = plain.diff(before, after, { maxEditLength: budget });
        expect(wordDiff(before, after, budget).gaveUp).toBe(changes === undefined && before !== after);
      }),
      { numRuns: 400, seed: 21 },
    );
  });

  it('tells two different pairs apart (a pair within budget is diffed, one past it gives up)', () => {
    expect(fewestEdits(['a', ' ', 'b'], ['a', ' ', 'b'])).toBe(0);
    expect(fewestEdits(['a', ' ', 'b'], ['b', ' ', 'a'])).toBe(0);
    expect(fewestEdits(['a'], ['c', 'd'])).toBe(3);
    expect(wordDiff('one two three four', 'five six seven eight', 3).gaveUp).toBe(true);
    expect(wordDiff('one two three four', 'one two three five', 3).gaveUp).toBe(false);
  });
});

describe('standsAloneTest', () => {
  const words = fc.constantFrom('the', 'The', 'THE', 'and', 'of', 'radiation', 'ionizing', 'x', 'thé', 'ſtates', 'states', 'Ωmega', '𝒜lpha', 'the-', '-the', 'the3', '3the', 'ther', 'athe', 'armed', 'conflict');
  const gaps = fc.constantFrom(' ', '  ', '\n', ', ', '-', '3', '. ', '\u00a0', '\t', '', '(', ') ', '’', '\u0345');
  it('answers as the one pattern it replaces, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(words, gaps), { maxLength: 14 }), fc.constantFrom('the', 'states', 'radiation', 'conflict'), (pieces, noun) => {
        const text = pieces.map(([word, gap]) => word + gap).join('');
        expect(standsAloneTest(noun)(text)).toBe(standsAloneByPattern(noun)(text));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('reads the words beside the noun, not a noun taken as the word beside another', () => {
    expect(standsAloneTest('conflict')('in situations of conflict, the')).toBe(true);
    expect(standsAloneTest('conflict')('armed conflict and')).toBe(false);
    expect(standsAloneTest('conflict')('conflict conflict armed')).toBe(standsAloneByPattern('conflict')('conflict conflict armed'));
    expect(standsAloneTest('radiation')('ionizing radiation exposure')).toBe(false);
    expect(standsAloneTest('radiation')('the radiation of')).toBe(true);
  });
});
