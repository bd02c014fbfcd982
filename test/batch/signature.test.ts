import { describe, expect, it } from 'vitest';
import { documentSignature, SignatureIndex } from '../../src/batch/signature.js';

describe('SignatureIndex', () => {
  const text = (words: string) => [{ text: words }];
  const signatures = [
    documentSignature(text('the committee decided to raise the target range for the federal funds rate')),
    documentSignature(text('the committee decided to raise the target range for the federal funds rate')),
    documentSignature(text('a wholly different speech about oceans fisheries and coral reefs')),
    documentSignature(text('the committee decided to lower the target range for the federal funds rate')),
  ];

  it('estimates 1 for equal texts, 0 for unrelated ones and in between for an edit', () => {
    const index = new SignatureIndex(signatures);
    expect(index.estimate(0, 1)).toBe(1);
    expect(index.estimate(0, 2)).toBe(0);
    // 13 words → 11 shingles each; "raise" → "lower" breaks the 3 shingles that contain it: 8 shared of 11 + 11.
    expect(index.estimate(0, 3)).toBe(Math.round((16 / 22) * 10000) / 10000);
  });

  it('gives the same estimates through the all-pairs inverted index as through merging', () => {
    const merged = new SignatureIndex(signatures);
    const inverted = new SignatureIndex(signatures);
    inverted.fillAllPairs();
    for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) expect(inverted.estimate(a, b)).toBe(merged.estimate(a, b));
  });
});

describe('documentSignature', () => {
  it('holds each 3-word shingle once, sorted, and tells word order apart', () => {
    const signature = documentSignature([{ text: 'a b c a b c' }]);
    // shingles: "a b c", "b c a", "c a b", "a b c" again → 3 distinct
    expect(signature).toHaveLength(3);
    expect([...signature]).toEqual([...signature].sort((x, y) => x - y));
    expect(documentSignature([{ text: 'c b a' }])[0]).not.toBe(documentSignature([{ text: 'a b c' }])[0]);
    expect(documentSignature([{ text: 'Caf\u00e9 au lait' }])).toEqual(documentSignature([{ text: 'cafe\u0301 AU LAIT' }]));
  });
});
