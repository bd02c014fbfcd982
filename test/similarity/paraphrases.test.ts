import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeParagraph } from '../../src/normalize/normalize.js';
import { createScorer } from '../../src/similarity/scorer.js';
import { DEFAULT_OPTIONS } from '../../src/options.js';

/**
 * 50 policy-field pairs written by the team (test/similarity/data/policy-paraphrases.json): 30 two wordings of one
 * commitment, 10 opposite-meaning near-misses, 10 unrelated pairs from the same field.
 *
 * Thresholds, and why:
 * - SAME_MEANING = 0.5: the "same meaning" cut-off chosen on MSRP train for the blended score (0.486 with the word-level
 *   alignment, bench/semantic-fit.js), rounded. At it, no unrelated pair passes (precision 1.0; the highest scores 0.11)
 *   and the semantic score finds 27 of 30 paraphrases (recall 0.9) where the lexical-only score finds 25 (0.83); the
 *   assertion leaves a margin of one pair.
 * - The aligner's threshold (DEFAULT_OPTIONS.threshold, 0.3): a paraphrase must reach it to be paired at all.
 * - Opposite-meaning near-misses are not told apart by similarity, lexical or semantic (antonyms sit close in word-vector
 *   space: "raise"/"lower", "support"/"do not support"). They must be aligned, as `modified`, so that the word diff and the
 *   commitment signal show the reversal: the test asserts they are paired, not that they score low.
 */
interface LabelledPair {
  label: 'same' | 'opposite' | 'unrelated';
  a: string;
  b: string;
}
const { pairs } = JSON.parse(readFileSync(new URL('./data/policy-paraphrases.json', import.meta.url), 'utf8')) as { pairs: LabelledPair[] };
const SAME_MEANING = 0.5;

function scored(semantic: boolean): Array<LabelledPair & { similarity: number }> {
  return pairs.map((pair) => ({ ...pair, similarity: createScorer([normalizeParagraph(pair.a)], [normalizeParagraph(pair.b)], { semantic }).score([0], [0]).similarity }));
}

function precisionRecall(list: Array<LabelledPair & { similarity: number }>, threshold: number, negatives: LabelledPair['label'][]): { precision: number; recall: number } {
  const predicted = list.filter((pair) => pair.similarity >= threshold && (pair.label === 'same' || negatives.includes(pair.label)));
  const truePositives = predicted.filter((pair) => pair.label === 'same').length;
  return { precision: truePositives / predicted.length, recall: truePositives / list.filter((pair) => pair.label === 'same').length };
}

describe('policy paraphrases', () => {
  const withSemantic = scored(true);
  const lexicalOnly = scored(false);

  it('holds at least 40 pairs, paraphrases and near-misses both', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    expect(pairs.filter((pair) => pair.label === 'same').length).toBe(30);
    expect(pairs.filter((pair) => pair.label === 'opposite').length).toBe(10);
  });

  it('separates paraphrases from unrelated pairs: precision 1.0, recall ≥ 0.85 at the MSRP-chosen cut-off', () => {
    const { precision, recall } = precisionRecall(withSemantic, SAME_MEANING, ['unrelated']);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('finds more paraphrases than the lexical-only score at the same cut-off', () => {
    const semanticRecall = precisionRecall(withSemantic, SAME_MEANING, ['unrelated']).recall;
    const lexicalRecall = precisionRecall(lexicalOnly, SAME_MEANING, ['unrelated']).recall;
    expect(semanticRecall).toBeGreaterThan(lexicalRecall);
  });

  it('pairs nearly every paraphrase at the aligner threshold and no unrelated pair', () => {
    const { precision, recall } = precisionRecall(withSemantic, DEFAULT_OPTIONS.threshold, ['unrelated']);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('aligns every opposite-meaning near-miss, so the diff shows the reversal', () => {
    for (const pair of withSemantic.filter((p) => p.label === 'opposite')) expect(pair.similarity, pair.b).toBeGreaterThanOrEqual(DEFAULT_OPTIONS.threshold);
  });
});
