import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import levenshtein from 'fast-levenshtein';
import { describe, expect, it } from 'vitest';
import * as measures from '../../src/similarity/measures.js';
import { characterRatio, characterRatioBound, editRatioBound } from '../../src/similarity/measures.js';
import { createScorer } from '../../src/similarity/scorer.js';
import { normalizeDocument } from '../../src/normalize/normalize.js';
import { documentFromText } from '../../src/ingest/index.js';
import { DRAFT, SEED } from '../helpers/paths.js';

const editRatio = (a: string, b: string): number => (Math.max(a.length, b.length) === 0 ? 1 : 1 - levenshtein.get(a, b) / Math.max(a.length, b.length));

describe('editRatioBound (shared characters over the longer length)', () => {
  it('is never below the true edit ratio, for any two strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        expect(editRatioBound(a, b)).toBeGreaterThanOrEqual(editRatio(a, b) - 1e-12);
      }),
      { numRuns: 500 },
    );
  });

  it('is exact on anagrams of equal length only when they are equal, and low for strings of different letters', () => {
    expect(editRatioBound('policy', 'policy')).toBe(1);
    expect(editRatioBound('abc', 'cab')).toBe(1); // same letters: the bound cannot see order
    expect(editRatioBound('aaaa', 'bbbbbbbb')).toBe(0);
    expect(editRatioBound('states', 'state')).toBeCloseTo(5 / 6, 12);
  });

  it('falls back to the sequence ratio beyond CHARACTER_LIMIT, as characterRatio does', () => {
    const long = 'x'.repeat(3001);
    expect(characterRatioBound(long, 'y', 0.25)).toBe(characterRatio(long, 'y', 0.25));
  });
});

describe('scorer.scoreAtLeast', () => {
  const documents = [DRAFT, SEED].map((path) => normalizeDocument(documentFromText(readFileSync(path, 'utf8'), { path })).paragraphs);

  // Of these 21 × 21 pairs (two versions of one statement), those proven below the floor without the character distance:
  // 353 of 441 at the aligner's default threshold 0.3 lexical-only; more with the semantic components (whose word-level
  // alignment is bounded by 1 before it is computed), as the blend scores unrelated pairs lower.
  it.each([
    { semantic: false, expected: { 0.2: 145, 0.3: 353, 0.5: 421 } },
    { semantic: true, expected: { 0.2: 351, 0.3: 415, 0.5: 421 } },
  ])('returns null only for pairs whose full score is below the floor, and the full score otherwise (semantic: $semantic)', ({ semantic, expected }) => {
    const full = createScorer(documents[0], documents[1], { semantic });
    const proven: Record<string, number> = {};
    for (const floor of [0.2, 0.3, 0.5]) {
      const bounded = createScorer(documents[0], documents[1], { semantic });
      proven[floor] = 0;
      for (let left = 0; left < documents[0].length; left++) {
        for (let right = 0; right < documents[1].length; right++) {
          const exact = full.score([left], [right]);
          const answer = bounded.scoreAtLeast([left], [right], floor);
          if (answer === null) {
            proven[floor]++;
            expect(exact.similarity).toBeLessThan(floor);
          } else expect(answer).toEqual(exact);
          expect(bounded.score([left], [right])).toEqual(exact); // asked again in full after a bound: the same score
        }
      }
      // Each distinct pair counts once, whether bounded, scored, or both.
      expect(bounded.scored).toBe(full.scored);
    }
    expect(proven).toEqual(expected);
  });
});

describe('editDistance (Levenshtein with the common ends cut off)', () => {
  it('equals the plain Levenshtein distance for any two strings, including ones sharing long ends', () => {
    const { editDistance } = measures;
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 20 }), (prefix, a, b, suffix) => {
        expect(editDistance(prefix + a + suffix, prefix + b + suffix)).toBe(levenshtein.get(prefix + a + suffix, prefix + b + suffix));
        expect(editDistance(a, b)).toBe(levenshtein.get(a, b));
      }),
      { numRuns: 500 },
    );
  });
});
