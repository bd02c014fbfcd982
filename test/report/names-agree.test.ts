import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { renderHistoryMarkdown } from '../../src/report/history-markdown.js';
import { renderHistoryText } from '../../src/report/history-text.js';
import { buildHistoryViewModel } from '../../src/report/history-view-model.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/**
 * Session 12: `redline history` names a resolution by its number (`78/48`, as resolutions cite one another) where the
 * digest, the pair reports and the index say its symbol (`A/RES/78/48`). The short form is deliberate (the history
 * schema documents it): each page now says so and lists the symbol beside the number.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`the history lists each version's symbol beside its number (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('Arms Trade Treaty 78/48 → 79/52 → 80/46, in Markdown, text and the HTML view model', async () => {
    const result = await compareVersions(['A_RES_78_48.txt', 'A_RES_79_52.txt', 'A_RES_80_46.txt'].map((name) => join(UN_SERIES, 'the-arms-trade-treaty', name)));
    const note = 'Versions are named by their resolution number, as resolutions cite one another (78/48 is A/RES/78/48).';
    const markdown = renderHistoryMarkdown(result);
    // Before: `1. **78/48** The Arms Trade Treaty, …`, no symbol on the page.
    expect(markdown).toContain('1. **78/48** (A/RES/78/48) The Arms Trade Treaty, 2023-12-04');
    expect(markdown).toContain(note);
    const text = renderHistoryText(result, { color: false });
    expect(text).toContain('3. 80/46 (A/RES/80/46)  The Arms Trade Treaty (2025-12-01)');
    expect(text).toContain(note);
    const model = buildHistoryViewModel(result, { generatedAt: '' });
    expect(model.versions.map((version) => [version.name, version.symbol])).toEqual([['78/48', 'A/RES/78/48'], ['79/52', 'A/RES/79/52'], ['80/46', 'A/RES/80/46']]);
    expect(model.nameNote).toBe(note);
  }, 60_000);
});
