import { describe, expect, it } from 'vitest';
import { documentSignature, SignatureIndex, TargetParagraphs } from '../../src/batch/signature.js';

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

describe('TargetParagraphs', () => {
  const sign = (text: string) => documentSignature([{ text }]);
  /** The reference: the share of a paragraph's shingles found in a document, by a set. */
  const share = (paragraph: Uint32Array, document: Uint32Array) => {
    const held = new Set(document);
    return [...paragraph].filter((hash) => held.has(hash)).length / paragraph.length;
  };

  it('says a document carries the target when it holds half the shingles of one paragraph, as counting by sets does', () => {
    const paragraphs = [
      sign('the member states reaffirm their commitment to an open secure stable accessible and peaceful ict environment'),
      sign('we call for the development of rules norms and principles of responsible behaviour of states'),
    ];
    const documents = [
      sign('all member states reaffirm their commitment to an open secure stable accessible and peaceful ict environment today'),
      sign('we call for the development of rules and of nothing else at all in this text'),
      sign('we call for the development of rules norms and principles'),
      sign('a speech about oceans fisheries coral reefs and the weather'),
      sign(''),
    ];
    const target = new TargetParagraphs(paragraphs, 0.5);
    const expected = documents.map((document) => paragraphs.some((paragraph) => share(paragraph, document) >= 0.5));
    expect(documents.map((document) => target.carriedBy(document))).toEqual(expected);
    expect(expected).toEqual([true, false, true, false, false]);
  });
});
