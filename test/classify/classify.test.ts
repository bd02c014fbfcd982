import { describe, expect, it } from 'vitest';
import { classifyAlignment } from '../../src/classify/classify.js';
import { compareDocuments } from '../../src/pipeline.js';
import { normalizeDocument } from '../../src/normalize/normalize.js';
import { createScorer } from '../../src/similarity/scorer.js';
import { alignParagraphs } from '../../src/align/align.js';
import { resolveOptions } from '../../src/options.js';
import type { Alignment, ClassifySide } from '../../src/types.js';
import { documentOf } from '../helpers/build-documents.js';
import { growthRatio } from '../helpers/growth.js';

const OPTIONS = resolveOptions();

describe('classifyAlignment', () => {
  it('puts a dropped paragraph after the newer position of the nearest kept paragraph before it', () => {
    const left = documentOf(['We welcome the decision.', 'The Committee will meet in Geneva.', 'An old clause nobody kept.', 'States support capacity building.']);
    const right = documentOf(['States support capacity building.', 'We welcome the decision.', 'The Committee will meet in Geneva.']);
    const { comparison } = compareDocuments(left, right, OPTIONS);
    expect(comparison.findings.map((finding) => [finding.kind, finding.left, finding.right])).toEqual([
      ['unchanged', [3], [0]],
      ['unchanged', [0], [1]],
      ['unchanged', [1], [2]],
      ['dropped', [2], []],
    ]);
  });

  it('orders tens of thousands of dropped paragraphs in n log n time, not quadratic', async () => {
    // 25k / 50k / 100k short paragraphs against a 21-paragraph text took 7 / 20 / 63 s: a backward search per dropped one.
    const prepared = new Map<number, { left: ClassifySide; right: ClassifySide; alignment: Alignment }>();
    const right = documentOf(['We welcome the decision.', 'The Committee will meet in Geneva.']);
    for (const count of [8000, 32_000]) {
      const left = documentOf(Array.from({ length: count }, (_, i) => `Item ${i} ok.`));
      const [leftNormalized, rightNormalized] = [normalizeDocument(left), normalizeDocument(right)];
      const scorer = createScorer(leftNormalized.paragraphs, rightNormalized.paragraphs);
      const alignment = alignParagraphs({ leftKeys: leftNormalized.paragraphs.map((p) => p.folded), rightKeys: rightNormalized.paragraphs.map((p) => p.folded) }, scorer, OPTIONS);
      prepared.set(count, { left: { document: left, normalized: leftNormalized }, right: { document: right, normalized: rightNormalized }, alignment });
    }
    const { comparison } = classifyAlignment(prepared.get(8000)!.left, prepared.get(8000)!.right, prepared.get(8000)!.alignment, OPTIONS);
    expect(comparison.summary.dropped).toBe(8000);
    const ratio = await growthRatio((count) => {
      const { left, right: side, alignment } = prepared.get(count)!;
      return classifyAlignment(left, side, alignment, OPTIONS);
    }, 8000);
    expect(ratio).toBeLessThan(6); // 4× the paragraphs; quadratic would be ~16
  }, 180_000); // the growth ratio is the claim; the limit is a hang guard (85–268 s under load 17–25 in session 20)
});

describe('classifyAlignment: the same text whatever the PDF text layer did', () => {
  it('reads a paragraph whose only difference is a word the text layer cut in two ("see king") as unchanged, with no signal', () => {
    const text = 'Recalling that, for the purpose of seeking asylum abroad, every person has the right to leave any country,';
    const { comparison } = compareDocuments(documentOf([text, 'Decides to remain seized of the matter.']), documentOf([text.replace('seeking', 'see king'), 'Decides to remain seized of the matter.']), OPTIONS);
    expect(comparison.findings.map((finding) => [finding.kind, finding.editorial, finding.signals.length, finding.diff.map((part) => part.op).join()])).toEqual([
      ['unchanged', false, 0, 'equal'],
      ['unchanged', false, 0, 'equal'],
    ]);
    expect(comparison.summary).toMatchObject({ unchanged: 2, modified: 0 });
  });

  it('keeps a compound spelt open ("health care" → "healthcare") a modified, editorial finding', () => {
    const { comparison } = compareDocuments(documentOf(['Stresses access to health care services for all.']), documentOf(['Stresses access to healthcare services for all.']), OPTIONS);
    expect(comparison.findings.map((finding) => [finding.kind, finding.editorial])).toEqual([['modified', true]]);
  });
});
