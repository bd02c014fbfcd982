import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { compareDocuments } from '../../src/pipeline.js';
import { resolveOptions } from '../../src/options.js';
import { segmentParagraphs } from '../../src/ingest/segment.js';
import { SEED } from '../helpers/paths.js';
import { accountingProblems, documentOf } from '../helpers/build-documents.js';

const SEED_PARAGRAPHS = segmentParagraphs(readFileSync(SEED, 'utf8')).map((paragraph) => paragraph.text);
const OPTIONS = resolveOptions();

/** An edit script over the seed's paragraphs: which survive, in which order, some reworded, some new. */
const editedSeed = fc
  .record({
    keep: fc.array(fc.boolean(), { minLength: SEED_PARAGRAPHS.length, maxLength: SEED_PARAGRAPHS.length }),
    swaps: fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 3 }),
    rewordAt: fc.array(fc.nat(30), { maxLength: 4 }),
    inserted: fc.array(fc.lorem({ maxCount: 2, mode: 'sentences' }), { maxLength: 3 }),
  })
  .map(({ keep, swaps, rewordAt, inserted }) => {
    const right = SEED_PARAGRAPHS.filter((_, index) => keep[index]);
    for (const [a, b] of swaps) {
      if (right.length < 2) break;
      const i = a % right.length;
      const j = b % right.length;
      [right[i], right[j]] = [right[j], right[i]];
    }
    for (const at of rewordAt) if (right.length) right[at % right.length] = right[at % right.length].replace(/\bWe\b/, 'We strongly').replace(/the/, 'a');
    right.push(...inserted.filter((text) => text.trim()).map((text) => text.charAt(0).toUpperCase() + text.slice(1)));
    return right.length ? right : ['Only a new paragraph.'];
  });

describe('alignParagraphs (through compareDocuments)', () => {
  it('accounts for every paragraph of both documents exactly once', () => {
    fc.assert(
      fc.property(editedSeed, (rightParagraphs) => {
        const left = documentOf(SEED_PARAGRAPHS, 'left.txt');
        const right = documentOf(rightParagraphs, 'right.txt');
        const { comparison } = compareDocuments(left, right, OPTIONS);
        expect(accountingProblems(comparison.findings, left.paragraphs.length, right.paragraphs.length)).toEqual([]);
        const total = Object.entries(comparison.summary).filter(([kind]) => kind !== 'moved' && kind !== 'renumbered').reduce((sum, [, count]) => sum + count, 0);
        expect(total).toBe(comparison.findings.length);
      }),
      { numRuns: 60, seed: 20241110 },
    );
  });

  it('finds a text against itself all unchanged, whatever the text', () => {
    fc.assert(
      // Sentences, and paragraphs without a word (a lone heading mark, a separator line), which have no terms to score.
      fc.property(fc.array(fc.oneof(fc.lorem({ maxCount: 3, mode: 'sentences' }), fc.constantFrom('#', '* * *', '—', '1.', '(a)', '§')), { minLength: 1, maxLength: 25 }), (sentences) => {
        const paragraphs = sentences.map((text) => text.trim()).filter(Boolean);
        fc.pre(paragraphs.length > 0);
        const document = documentOf(paragraphs);
        const { comparison } = compareDocuments(document, document, OPTIONS);
        expect(comparison.findings.every((finding) => finding.kind === 'unchanged' && !finding.moved)).toBe(true);
        expect(comparison.similarity).toBe(1);
        expect(comparison.coverage).toBe(1);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('gives the same result for the same inputs', () => {
    fc.assert(
      fc.property(editedSeed, (rightParagraphs) => {
        const run = () => JSON.stringify(compareDocuments(documentOf(SEED_PARAGRAPHS), documentOf(rightParagraphs), OPTIONS));
        expect(run()).toBe(run());
      }),
      { numRuns: 20, seed: 11 },
    );
  });

  it('scores far fewer pairs than all pairs on a long revision', () => {
    const left = Array.from({ length: 20 }, (_, copy) => SEED_PARAGRAPHS.map((text) => `${text} (copy ${copy})`)).flat();
    const right = left.map((text, index) => (index % 10 === 0 ? text.replace('We', 'We strongly') : text));
    const { comparison } = compareDocuments(documentOf(left), documentOf(right), OPTIONS);
    expect(comparison.summary.modified).toBe(left.filter((text, index) => index % 10 === 0 && text.includes('We')).length);
    expect(comparison.stats.candidatePairs).toBeLessThan(comparison.stats.allPairs / 100);
  });
});

describe('alignParagraphs on a very large gap', () => {
  it('leaves 125,000 paragraphs unpaired in one gap without overflowing the stack', () => {
    // Was exit 3 "Maximum call stack size exceeded": the gap's links were appended with push(...links).
    const left = documentOf(['We welcome the decision.', 'The Committee will meet in Geneva.']);
    const right = documentOf(Array.from({ length: 125_000 }, (_, i) => `Item ${i} ok.`));
    const { comparison } = compareDocuments(left, right, OPTIONS);
    expect(comparison.summary).toMatchObject({ new: 125_000, dropped: 2 });
    expect(accountingProblems(comparison.findings, 2, 125_000)).toEqual([]);
  }, 60_000);
});
