import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { SEED, DRAFT } from '../helpers/paths.js';

/** A fresh engine (module state: the English model, the memo, the one-pair switch) for each comparison. */
async function freshEngine() {
  vi.resetModules();
  const pipeline = await import('../../src/pipeline.js');
  const normalize = await import('../../src/normalize/normalize.js');
  return { ...pipeline, ...normalize };
}

/** Two texts of `count` short paragraphs each, every fifth one edited on the newer side. */
function largePair(count: number): { older: string; newer: string } {
  const older = Array.from({ length: count }, (_, k) => `Paragraph ${k + 1}: the Committee takes note of report number ${k + 1} and welcomes its findings.`);
  const newer = older.map((paragraph, k) => (k % 5 === 0 ? paragraph.replace('welcomes', 'strongly welcomes') : paragraph));
  return { older: older.join('\n\n'), newer: newer.join('\n\n') };
}

describe('one pair per process (the CLI): the language model goes once both texts are normalized', () => {
  it('gives the result of an ordinary comparison and leaves the English model unloaded afterwards', async () => {
    const draft = readFileSync(DRAFT, 'utf8');
    const seed = readFileSync(SEED, 'utf8');
    const ordinary = await freshEngine();
    const expected = await ordinary.compareTexts(draft, seed);
    expect(ordinary.englishModelStatus()).toEqual({ loaded: true, loads: 1 });

    const onePair = await freshEngine();
    onePair.compareOnePairOnly();
    const result = await onePair.compareTexts(draft, seed);
    expect(JSON.stringify(result)).toBe(JSON.stringify(expected));
    expect(onePair.englishModelStatus()).toEqual({ loaded: false, loads: 1 });
  });

  it('gives the same result on a pair large enough to be collected between stages (2,000 + 2,000 paragraphs)', async () => {
    const { older, newer } = largePair(2000);
    const expected = await (await freshEngine()).compareTexts(older, newer);
    const onePair = await freshEngine();
    onePair.compareOnePairOnly();
    const result = await onePair.compareTexts(older, newer);
    expect(result.comparisons[0].summary.modified).toBe(400);
    expect(result.comparisons[0].summary.unchanged).toBe(1600);
    expect(JSON.stringify(result)).toBe(JSON.stringify(expected));
  }, 60_000);
});
