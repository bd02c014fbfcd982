import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { growthRatio } from '../helpers/growth.js';
import { characterRatio, combineScores, containedIn, cosine, sequenceRatio, wordCodes, WEIGHTS } from '../../src/similarity/measures.js';
import { similarity } from '../../src/pipeline.js';

describe('measures', () => {
  it('cosine is 1 for equal vectors and 0 for disjoint ones', () => {
    const a = new Map([[1, 2], [2, 1]]);
    expect(cosine(a, new Map(a))).toBeCloseTo(1, 10);
    expect(cosine(a, new Map([[3, 1]]))).toBe(0);
  });

  it('containment measures the part inside the whole', () => {
    expect(containedIn(new Map([[1, 1]]), new Map([[1, 1], [2, 5]]))).toBe(1);
    expect(containedIn(new Map([[1, 1], [2, 1]]), new Map([[1, 1]]))).toBe(0.5);
  });

  it('sequence ratio is one minus the word-level edit distance over the longer length', () => {
    // we welcome it → we note it: one substitution in three words.
    expect(sequenceRatio(wordCodes([1, 2, 3]), wordCodes([1, 4, 3]))).toBeCloseTo(1 - 1 / 3, 10);
    expect(sequenceRatio(wordCodes([1, 2, 3]), wordCodes([3, 2, 1]))).toBeCloseTo(1 - 2 / 3, 10);
  });

  it('character ratio is one minus the normalized edit distance', () => {
    expect(characterRatio('favour', 'favor', 0)).toBeCloseTo(1 - 1 / 6, 10);
  });

  it('combines with weights that sum to 1', () => {
    expect(WEIGHTS.lexical + WEIGHTS.sequence + WEIGHTS.character).toBeCloseTo(1, 10);
    expect(combineScores({ lexical: 1, sequence: 1, character: 1 })).toBe(1);
  });
});

describe('similarity', () => {
  it('is 1 for texts that differ only editorially', () => {
    expect(similarity('We support the organisations.', 'we support the organizations')).toBe(1);
  });

  it('ranks a reworded paragraph above an unrelated one on the same subject', () => {
    const original = 'We welcome the decision to establish a permanent mechanism on security in the use of ICTs.';
    const reworded = 'We note the decision to establish a permanent negotiation mechanism on ICT security.';
    const unrelated = 'We call for the timely development of an additional protocol on cybercrime.';
    expect(similarity(original, reworded)).toBeGreaterThan(0.6);
    expect(similarity(original, unrelated)).toBeLessThan(0.4);
  });

  it('is symmetric', () => {
    const a = 'The Committee decided to keep the target range at 0 to 1/4 percent.';
    const b = 'The Committee decided today to keep the target range for the federal funds rate at 0 to 1/4 percent.';
    expect(similarity(a, b)).toBe(similarity(b, a));
  });
});

describe('sequenceRatio bounds', () => {
  const levenshteinRatio = (a: string, b: string): number => {
    // The textbook two-row Levenshtein over code units, as the reference.
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
    const longer = Math.max(a.length, b.length);
    return longer === 0 ? 1 : 1 - previous[b.length] / longer;
  };

  it('is exact for ordinary paragraphs: setting aside the common start and end does not change the distance', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 40 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 40 }), (a, b) => {
        expect(sequenceRatio(a, b)).toBeCloseTo(levenshteinRatio(a, b), 12);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('estimates two long paragraphs that differ throughout in linear time (a lower bound, never above the truth)', async () => {
    const words = (count: number, offset: number): string => wordCodes(Array.from({ length: count }, (_, i) => (i * 7 + offset) % 5000));
    const pairs = new Map([20_000, 80_000].map((count) => [count, [words(count, 0), words(count, 3)] as const]));
    const [a, b] = pairs.get(20_000)!;
    expect(sequenceRatio(a, b)).toBe(0); // every word differs position by position: the bound is the whole length
    const ratio = await growthRatio((count) => sequenceRatio(...pairs.get(count)!), 20_000);
    expect(ratio).toBeLessThan(8); // a quadratic distance would grow ~16×
  });
});
