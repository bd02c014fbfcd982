import { describe, expect, it } from 'vitest';
import { DIMENSIONS, wordVectors } from '../../src/similarity/embeddings.js';

describe('word vectors', () => {
  it('hold the package’s vocabulary in frequency order, as unit vectors', () => {
    const vectors = wordVectors();
    expect(vectors.size).toBe(341_479);
    expect(vectors.indexOf('the')).toBe(0);
    expect(vectors.indexOf('urge')).toBeGreaterThan(vectors.indexOf('call'));
    expect(vectors.indexOf('no-such-word-xyz')).toBe(-1);
    const sum = new Float64Array(DIMENSIONS);
    vectors.addTo(sum, vectors.indexOf('urge'), 1);
    expect(Math.hypot(...sum)).toBeCloseTo(1, 1); // quantized to signed bytes: within a few per cent
  });

  it('put related words closer than unrelated ones', () => {
    const vectors = wordVectors();
    const vector = (word: string) => {
      const out = new Float64Array(DIMENSIONS);
      vectors.addTo(out, vectors.indexOf(word), 1);
      return out;
    };
    const dot = (a: Float64Array, b: Float64Array) => a.reduce((sum, x, d) => sum + x * b[d], 0);
    expect(dot(vector('urge'), vector('call'))).toBeGreaterThan(dot(vector('urge'), vector('banana')));
  });
});
