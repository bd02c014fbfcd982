import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanDiff, wordDiff } from '../../src/classify/word-diff.js';
import type { DiffPart } from '../../src/types.js';

const side = (parts: DiffPart[], skip: DiffPart['op']) => parts.filter((part) => part.op !== skip).map((part) => part.text).join('');

describe('wordDiff', () => {
  it('rebuilds both texts exactly, spaces included', () => {
    const words = fc.constantFrom('we', 'welcome', 'note', 'the', 'decision', ',', '.', 'States', ' ', '  ', '\n\n', 'ICTs.');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.array(words, { maxLength: 30 }), (a, b) => {
        const before = a.join(' ');
        const after = b.join('');
        const { parts } = wordDiff(before, after, 2000);
        expect(side(parts, 'insert')).toBe(before);
        expect(side(parts, 'delete')).toBe(after);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('shows a changed verb as one deletion and one insertion, whole words', () => {
    expect(wordDiff('We welcome the decision.', 'We note the decision.', 2000).parts).toEqual([
      { op: 'equal', text: 'We ' },
      { op: 'delete', text: 'welcome' },
      { op: 'insert', text: 'note' },
      { op: 'equal', text: ' the decision.' },
    ]);
  });

  it('gives up on the edit budget with delete-all, insert-all', () => {
    const result = wordDiff('a b c d e f', 'u v w x y z', 2);
    expect(result).toEqual({ parts: [{ op: 'delete', text: 'a b c d e f' }, { op: 'insert', text: 'u v w x y z' }], gaveUp: true });
  });
});

describe('cleanDiff', () => {
  it('folds a lone short word between two changes into them, deletions first', () => {
    expect(
      cleanDiff([
        { op: 'delete', text: 'strongly' },
        { op: 'equal', text: ' to ' },
        { op: 'insert', text: 'firmly' },
      ]),
    ).toEqual([
      { op: 'delete', text: 'strongly to ' },
      { op: 'insert', text: ' to firmly' },
    ]);
  });
});
