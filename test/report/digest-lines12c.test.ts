import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { topicChanges } from '../../src/classify/signals/topics.js';
import { digestLine } from '../../src/report/digest-line.js';
import { isEditorialPiece } from '../../src/digest/editorial-piece.js';

/** What a desk officer's reading of round 12 called noise in the signals a digest line lists (redline #19). */
describe.skipIf(!UN_SERIES_AVAILABLE)(`digest line signals without noise (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('names an actor without the count of actors named, a topic term once whatever its case (Agriculture 79/227 → 80/157)', async () => {
    const result = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    const lines = linesOf(result);
    // Before: `topic added: development (Financing for Development, financing for development, sustainable development, developing countries)`.
    // Since session 13 a topic is added only when the older text never touched it, and 79/227 speaks of development
    // throughout: PP 4 is given the topic signal its paragraph alone would have, to read how the line words it.
    expect(lineAt(lines, 'PP 4').signals.some((signal) => signal.startsWith('topic added'))).toBe(false);
    // (Session 13 also named the Sevilla Commitment a reference; the topic's wording is read on the line with that signal alone.)
    expect(lineAt(lines, 'PP 4').signals).toContain('reference added: Sevilla Commitment');
    const [left, right] = result.documents;
    const pp4 = result.comparisons[0].findings.findIndex((finding) => finding.right.length === 1 && right.paragraphs[finding.right[0]].label === 'PP 4');
    const finding4 = result.comparisons[0].findings[pp4];
    const alone = topicChanges(finding4.left.map((index) => left.paragraphs[index].text).join('\n\n'), right.paragraphs[finding4.right[0]!].text);
    expect(alone.map((signal) => signal.summary)).toEqual(['topic added: development (Financing for Development, financing for development, sustainable development, developing countries)']);
    const line4 = digestLine({ ...finding4, signals: alone }, pp4, left.paragraphs, right.paragraphs, null, isEditorialPiece);
    expect(line4.signals).toContain('topic added: development (Financing for Development, sustainable development, developing countries)');
    // Before: `actor added: Costa Rica (0 → 3 actors named)`; the pair report keeps the count.
    const ocean = lineAt(lines, 'PP 58 → PP 33');
    // Trial 18-a D16: the actors added named in one entry.
    expect(ocean.signals).toContain('actors added: Costa Rica, France');
    expect(lines.flatMap((line) => line.signals).some((signal) => signal.includes('actors named'))).toBe(false);
    const finding = result.comparisons[0].findings.find((candidate) => candidate.signals.some((signal) => signal.summary === 'actor added: Costa Rica (0 → 3 actors named)'));
    expect(finding).toBeDefined();
  }, 60_000);
});
