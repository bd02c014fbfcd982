import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Diff from 'diff/lib/diff/base.js';
import { cleanDiff, wordDiff, wordDiffTokens } from '../../src/classify/word-diff.js';
import type { DiffPart } from '../../src/types.js';
import { letters } from '../../src/classify/one-change.js';
import { wordCount } from '../../src/align/align.js';

// Issue 21 session 13: answers remembered for the last texts read, and a count without the split, must answer as before.

/** A word diff made from nothing remembered: jsdiff on a fresh split, cleaned as `wordDiff` cleans it. */
class PlainWordDiff extends Diff<string, string> {
  override tokenize(value: string): string[] {
    return wordDiffTokens(value);
  }
}
const plain = new PlainWordDiff();
const fresh = (before: string, after: string): DiffPart[] =>
  cleanDiff((plain.diff(before, after) ?? []).map((change): DiffPart => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value })));

describe('letters, remembered for the last texts', () => {
  it('gives each text its own letters, whatever was read before', () => {
    expect(letters('The Committee, in 2024.')).toBe('thecommitteein2024');
    expect(letters('The Committee, in 2025.')).toBe('thecommitteein2025');
    expect(letters('The Committee, in 2024.')).toBe('thecommitteein2024');
    expect(letters('')).toBe('');
  });

  it('answers as its expression for any sequence of texts, past the number it keeps', () => {
    const pieces = fc.constantFrom('Welcomes', 'the', ' ', ', ', '2024', 'Ωmega', 'ſtates', 'İstanbul', '-', '\n', 'A/RES/79/1');
    fc.assert(
      fc.property(fc.array(fc.array(pieces, { maxLength: 8 }), { minLength: 1, maxLength: 150 }), (texts) => {
        for (const text of texts.map((words) => words.join(''))) expect(letters(text)).toBe(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
      }),
      { numRuns: 50, seed: 13 },
    );
  });
});

describe('wordDiff with the tokens of the last texts kept', () => {
  it('diffs one older text against several newer ones, each as a fresh diff would', () => {
    const older = 'Recalls its resolution 78/47 of 4 December 2023 and welcomes the report';
    const newer = ['Recalls its resolution 79/54 of 2 December 2024 and welcomes the report', 'Recalls its resolution 78/47 of 4 December 2023 and notes the report', older];
    const seen = newer.map((text) => wordDiff(older, text, 100));
    newer.forEach((text, k) => expect(seen[k].parts).toEqual(fresh(older, text)));
    expect(seen[1].parts).toContainEqual({ op: 'insert', text: 'notes' });
    expect(seen[2].parts).toEqual([{ op: 'equal', text: older }]);
    // The split handed out is a fresh list each time: a caller changing it changes no later diff.
    const tokens = wordDiffTokens(older);
    tokens.reverse();
    expect(wordDiffTokens(older)[0]).toBe('Recalls');
    expect(wordDiff(older, `${newer[1]}.`, 100).parts).toEqual(fresh(older, `${newer[1]}.`));
  });

  it('answers as a fresh diff for any sequence of pairs sharing texts', () => {
    const words = fc.constantFrom('we', 'welcome', 'note', 'the', 'decision', ',', '.', 'States', ' ', '2024', '12 June 2024', 'A/RES/79/1');
    fc.assert(
      fc.property(fc.array(fc.array(words, { maxLength: 12 }), { minLength: 2, maxLength: 90 }), (lists) => {
        const texts = lists.map((list) => list.join(' '));
        for (let k = 1; k < texts.length; k++) {
          const [before, after] = [k % 3 === 0 ? texts[k - 1] : texts[0], texts[k]];
          if (before === after) continue;
          expect(wordDiff(before, after, 200).parts).toEqual(fresh(before, after));
        }
      }),
      { numRuns: 40, seed: 1313 },
    );
  });
});

describe('wordCount', () => {
  it('counts the words of a folded key as its split does', () => {
    for (const key of ['', 'a', 'a b', 'the general assembly', ' a', 'a ', 'a  b', ' ']) expect(wordCount(key)).toBe(key === '' ? 0 : key.split(' ').length);
  });
});
