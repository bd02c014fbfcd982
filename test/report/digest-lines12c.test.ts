import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { digestLine } from '../../src/report/digest-line.js';

/** What a desk officer's reading of round 12 called noise in the signals a digest line lists (redline #19). */
describe.skipIf(!UN_SERIES_AVAILABLE)(`digest line signals without noise (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('names an actor without the count of actors named, a topic term once whatever its case (Agriculture 79/227 → 80/157)', async () => {
    const result = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    const lines = linesOf(result);
    // Before: `topic added: development (Financing for Development, financing for development, sustainable development, developing countries)`.
    // (Session 13 named the Sevilla Commitment a reference: PP 4's three signals are now its references, so the topic is
    // read from the paragraph's line with its topic signal alone.)
    expect(lineAt(lines, 'PP 4').signals).toContain('reference added: Sevilla Commitment');
    const [left, right] = result.documents;
    const index = result.comparisons[0].findings.findIndex((candidate) => candidate.kind === 'new' && candidate.right.length === 1 && right.paragraphs[candidate.right[0]].label === 'PP 4');
    const pp4 = result.comparisons[0].findings[index];
    const topicOnly = { ...pp4, signals: pp4.signals.filter((signal) => signal.type === 'topic') };
    expect(digestLine(topicOnly, index, left.paragraphs, right.paragraphs, null).signals).toContain('topic added: development (Financing for Development, sustainable development, developing countries)');
    // Before: `actor added: Costa Rica (0 → 3 actors named)`; the pair report keeps the count.
    const ocean = lineAt(lines, 'PP 58 → PP 33');
    expect(ocean.signals).toContain('actor added: Costa Rica');
    expect(lines.flatMap((line) => line.signals).some((signal) => signal.includes('actors named'))).toBe(false);
    const finding = result.comparisons[0].findings.find((candidate) => candidate.signals.some((signal) => signal.summary === 'actor added: Costa Rica (0 → 3 actors named)'));
    expect(finding).toBeDefined();
  }, 60_000);
});
