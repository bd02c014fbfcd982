import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, compareVersions } from '../../src/pipeline.js';
import { renderHistoryText } from '../../src/report/history-text.js';
import { HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';

const FOMC = join(SHARED_DATA, 'fomc-statements');

/**
 * Session 13: the pair report names a statement's paragraphs as a reader cites them (`nameParagraphs`: `¶ 1` counting
 * body paragraphs, `heading 1` for the Implementation Note line); the history named the same line `¶ 5` (a running
 * count). One concept, one name: the history's positions carry the pair report's names, and a counted name that moves
 * because a paragraph before it came or went is not "renumbered".
 */
describe.skipIf(!HAS_SHARED)('history positions named as the pair reports name their paragraphs (FOMC 2019)', () => {
  it('names the history\'s positions as the pair report names its paragraphs; the Implementation Note line is the trailer, no position', async () => {
    const paths = ['fomc_2019-01-30.txt', 'fomc_2019-03-20.txt', 'fomc_2019-05-01.txt'].map((name) => join(FOMC, name));
    const history = await compareVersions(paths);
    const pair = await compare(paths[0], paths[1]);
    const pairLabels = pair.documents[1].paragraphs.map((paragraph) => paragraph.label);
    const historyLabels = history.documents[1].paragraphs.map((paragraph) => paragraph.label);
    expect(historyLabels).toEqual(pairLabels);
    // Session 13 named the line "heading 1" in both; since session 16 it is the document's trailer (a fact).
    expect(pairLabels).toEqual(['¶ 1', '¶ 2', '¶ 3', '¶ 4']);
    expect(history.documents[1].trailer).toEqual(['Implementation Note issued March 20, 2019']);
    const text = renderHistoryText(history, { color: false });
    expect(text).not.toMatch(/^#\d+ heading 1 /m);
    expect(text).not.toMatch(/^#\d+ ¶ 5 /m);
  }, 120_000);

  it('says no "renumbered ¶ n → ¶ m" for counted names when a paragraph before them is dropped (FOMC 2019-06-19 → 07-31 → 09-18)', async () => {
    const paths = ['fomc_2019-06-19.txt', 'fomc_2019-07-31.txt', 'fomc_2019-09-18.txt'].map((name) => join(FOMC, name));
    const text = renderHistoryText(await compareVersions(paths), { color: false });
    expect(text).not.toContain('renumbered ¶');
  }, 120_000);
});
