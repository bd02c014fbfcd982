import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { renderHistoryText } from '../../src/report/history-text.js';
import { renderHistoryMarkdown } from '../../src/report/history-markdown.js';
import { renderHistoryHtml } from '../../src/report/history-html.js';
import type { HistoryResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';

const FOMC = join(SHARED_DATA, 'fomc-statements');

/**
 * Trial 13c, defects 6 and 11, on the FOMC statements of 2011–2012 (16 versions). One paragraph moved, once: ¶ 3 of
 * 2012-01-25 (position #6), which stays in its new place to 2012-06-20. The history counted "transpositions 5" (one per
 * version it stays out of order), named no paragraph, and its JSON said `position: 5` for "#6"; the Markdown's headings
 * were whole timelines. Since aligner/11 the 2012-08-01 ¶ 4 carried into 2012-09-13 ¶ 3 is one position (before: dropped
 * + new), moved against the others' order there: a second move, and one position fewer (so the first move is #5).
 */
describe.skipIf(!HAS_SHARED)('history of FOMC 2011–2012: one move, named; short headings', () => {
  let result: HistoryResult;
  beforeAll(async () => {
    const paths = readdirSync(FOMC).filter((name) => /^fomc_201[12]-.*\.txt$/.test(name)).sort().map((name) => join(FOMC, name));
    expect(paths).toHaveLength(16);
    result = await compareVersions(paths);
  }, 120_000);

  it('counts the move once, in the version where it moved, with the number shown', () => {
    expect(result.history.transpositions).toEqual([{ position: 2, number: 3, version: 13 }, { position: 4, number: 5, version: 8 }]);
    expect(result.history.versions[8].name).toBe('fomc_2012-01-25');
    expect(result.history.versions[13].name).toBe('fomc_2012-09-13');
    expect(result.history.positions.map((position) => position.number)).toEqual(result.history.positions.map((_, index) => index + 1));
  });

  it('lists it by number and label in the text, the Markdown and the page', () => {
    const text = renderHistoryText(result, { color: false });
    expect(text).toContain('· transpositions 2\n  moved against the others\' order: #3 ¶ 3 in fomc_2012-09-13; #5 ¶ 3 in fomc_2012-01-25\n');
    const markdown = renderHistoryMarkdown(result);
    // Session 16: the trailing "Statement Regarding …" link lines are the statements' trailer, no paragraphs: two
    // positions fewer (one of them the reinstated one).
    expect(markdown).toContain('9 positions, 9 changed, 0 reinstated, 2 transpositions.\n\nMoved against the others\' order: 3. ¶ 3 in fomc_2012-09-13; 5. ¶ 3 in fomc_2012-01-25.\n');
    const html = renderHistoryHtml(result, { generatedAt: '2026-01-01T00:00:00Z' });
    expect(html).toContain(`<p class="transpositions">Moved against the others' order: <a href="#pos-3">3. ¶ 3</a> in fomc_2012-09-13; <a href="#pos-5">5. ¶ 3</a> in fomc_2012-01-25</p>`);
  });

  it('heads each position with its number and label, its timeline a line under it, runs condensed', () => {
    // The steps with a signal stay their own entries (trial 15c): Japan named in 2011-06-22 (the earthquake's supply
    // effects) and no longer in 2011-09-21 break the run of rewordings.
    const markdown = renderHistoryMarkdown(result);
    expect(markdown).toContain('### 1. ¶ 1\n\nin fomc_2011-01-26 · reworded in fomc_2011-03-15 · reworded in fomc_2011-04-27 · reworded in fomc_2011-06-22 · reworded in fomc_2011-08-09 · reworded in fomc_2011-09-21 · reworded at each of 10 versions, fomc_2011-11-02 → fomc_2012-12-12\n');
    const headings = markdown.split('\n').filter((line) => line.startsWith('### '));
    expect(headings.length).toBe(9);
    // Paragraphs are named as the pair reports name them (the trailing "Statement Regarding …" links, once `heading 1`,
    // are the statements' trailer since session 16).
    expect(headings.every((line) => /^### \d+\. ¶ [\d+]+(?: in fomc_\d{4}-\d\d-\d\d)?$/.test(line))).toBe(true);
    // Each heading names its position apart, without its number (trial 15c: two "¶ 4", two "heading 1"): a label
    // another position's heading shares gets the version it is read in.
    const names = headings.map((line) => line.replace(/^### \d+\. /, ''));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('¶ 4 in fomc_2012-12-12');
    expect(names).toContain('¶ 4 in fomc_2011-06-22');
    expect(names).toContain('¶ 1');
    const text = renderHistoryText(result, { color: false });
    expect(text).toContain('#1 ¶ 1 [substantive]\n  in fomc_2011-01-26 · reworded in fomc_2011-03-15 · reworded in fomc_2011-04-27 · reworded in fomc_2011-06-22 · reworded in fomc_2011-08-09 · reworded in fomc_2011-09-21 · reworded at each of 10 versions, fomc_2011-11-02 → fomc_2012-12-12\n');
  });
});
