import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Diff } from 'diff';
import { tokenChanges, wordChanges, wordDiffTokens } from '../../src/classify/word-diff.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/** jsdiff's own Myers search over the same tokens: the reference `wordChanges` must match change for change. */
class ReferenceWordDiff extends Diff<string, string> {
  override tokenize(value: string): string[] {
    return wordDiffTokens(value);
  }
}
const reference = new ReferenceWordDiff();
const jsdiff = (before: string, after: string, maxEditLength: number) =>
  reference.diff(before, after, { maxEditLength })?.map((change) => ({ value: change.value, count: change.count, added: change.added, removed: change.removed }));

describe('wordChanges (jsdiff 9 Myers, ported)', () => {
  it('finds the changes jsdiff finds, or gives up where it does, on any texts and budgets', () => {
    const words = fc.constantFrom('we', 'welcome', 'note', 'the', 'a', 'decision', ',', '.', ' ', '  ', '\n', '12', '2024', 'OP 5', 'A/RES/79/1');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.array(words, { maxLength: 40 }), fc.integer({ min: 0, max: 90 }), (a, b, budget) => {
        const before = a.join(' ');
        const after = b.join('');
        expect(wordChanges(before, after, budget)).toEqual(jsdiff(before, after, budget));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches jsdiff on token sequences of a two-letter alphabet (many ties between equally short edits)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', 'y'), { maxLength: 30 }), fc.array(fc.constantFrom('x', 'y'), { maxLength: 30 }), (a, b) => {
        const toText = (tokens: string[]) => tokens.join(' ');
        expect(tokenChanges(wordDiffTokens(toText(a)), wordDiffTokens(toText(b)), 2000)).toEqual(jsdiff(toText(a), toText(b), 2000));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the empty text against a text, and a text against itself, as jsdiff does', () => {
    for (const [before, after] of [['', 'We note.'], ['We note.', ''], ['We note.', 'We note.'], ['', '']]) {
      expect(wordChanges(before, after, 2000)).toEqual(jsdiff(before, after, 2000));
    }
  });

  it.skipIf(!HAS_SHARED)(`matches jsdiff on consecutive FOMC statements, paragraph by paragraph and whole, under budgets that give up and that do not${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
    const folder = join(SHARED_DATA, 'fomc-statements');
    const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().slice(0, 12);
    const texts = files.map((name) => readFileSync(join(folder, name), 'utf8'));
    let compared = 0;
    for (let k = 1; k < texts.length; k++) {
      const before = texts[k - 1].split(/\n\s*\n/);
      const after = texts[k].split(/\n\s*\n/);
      for (let i = 0; i < Math.min(before.length, after.length); i++) {
        for (const budget of [20, 200, 2000]) {
          expect(wordChanges(before[i], after[i], budget)).toEqual(jsdiff(before[i], after[i], budget));
          compared++;
        }
      }
      expect(wordChanges(texts[k - 1], texts[k], 2000)).toEqual(jsdiff(texts[k - 1], texts[k], 2000));
    }
    expect(compared).toBeGreaterThan(100);
  });
});
