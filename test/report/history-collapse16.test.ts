import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { renderHistoryHtml } from '../../src/report/history-html.js';
import { renderHistoryMarkdown } from '../../src/report/history-markdown.js';
import { buildHistoryViewModel, ONE_VERSION_LISTED_MAX } from '../../src/report/history-view-model.js';
import type { HistoryResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';

/** The last `count` General Debate speeches of a country, oldest first. */
function speeches(country: string, count: number): string[] {
  const folder = join(SHARED_DATA, 'ungdc', country);
  return readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().slice(-count).map((name) => join(folder, name));
}

/**
 * A history of texts that share little is mostly positions in one version only ("added, dropped"): Brazil's 79 speeches
 * made a 28 MB page of 2,617 positions (trial 16b, D12). Past ONE_VERSION_LISTED_MAX of them the page leaves them out
 * and says so at its top; the Markdown and JSON keep every one.
 */
describe.skipIf(!HAS_SHARED)('a history page of texts that share little', () => {
  let usa: HistoryResult;
  let cuba: HistoryResult;
  beforeAll(async () => {
    usa = await compareVersions(speeches('USA', 20));
    cuba = await compareVersions(speeches('CUB', 10));
  }, 240_000);

  it('lists only the positions followed across versions of the USA speeches 2005–2024 (850 of 858 in one version), with a note at the top', () => {
    expect(usa.history.positions).toHaveLength(858);
    const model = buildHistoryViewModel(usa);
    expect(model.positions).toHaveLength(8);
    expect(model.figures[0]).toEqual({ label: 'positions', value: '858' });
    expect(model.collapsedNote).toBe("850 of 858 positions are in one version only (added there, absent from the others: the versions share little, as a country's yearly speeches do) and are not listed here; the 8 followed across versions are. The history's JSON and Markdown list every position.");
    const html = renderHistoryHtml(usa);
    expect(html).toContain('<p class="collapsed-note" role="note">850 of 858 positions are in one version only');
    expect(html.indexOf('collapsed-note')).toBeLessThan(html.indexOf('id="positions"'));
    expect((html.match(/<article/g) ?? []).length).toBeLessThan(20);
    expect(renderHistoryMarkdown(usa).match(/^### \d+\. /gm)).toHaveLength(858);
  });

  it('lists every position of Cuba 2015–2024 (329 in one version only, under the limit)', () => {
    expect(ONE_VERSION_LISTED_MAX).toBe(500);
    const model = buildHistoryViewModel(cuba);
    expect(model.collapsedNote).toBeNull();
    expect(model.positions).toHaveLength(cuba.history.positions.length);
  });
});
