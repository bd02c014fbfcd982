import { describe, expect, it } from 'vitest';
import { COMPARISON_VERSION } from '../../src/pipeline.js';
import { NORMALIZER_VERSION } from '../../src/normalize/normalize.js';
import { SCORER_VERSION } from '../../src/similarity/scorer.js';
import { ALIGNER_VERSION } from '../../src/align/align.js';
import { CLASSIFIER_VERSION } from '../../src/classify/classify.js';

describe('COMPARISON_VERSION', () => {
  // The batch pair cache keys on it: a bump in any stage that decides a comparison must change it.
  it('names the version of every stage that decides a comparison, in pipeline order', () => {
    expect(COMPARISON_VERSION).toBe(`${NORMALIZER_VERSION} + ${SCORER_VERSION} + ${ALIGNER_VERSION} + ${CLASSIFIER_VERSION}`);
  });
});
