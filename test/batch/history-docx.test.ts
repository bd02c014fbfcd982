import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { renderHistoryDocx } from '../../src/report/history-docx.js';
import type { HistoryResult } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { ACCOUNTABILITY, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/** Session 15 (redline #19): a chain batch writes each series' history for Word too, as `redline history -o x.docx` does. */
describe.skipIf(!UN_SERIES_AVAILABLE)(`a chain batch writes the series history as .docx (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('writes series/<id>.docx beside the .html and .json, the Word history of the same result, and names it in the record', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-history-docx-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    for (const file of await readdir(join(UN_SERIES, ACCOUNTABILITY))) await copyFile(join(UN_SERIES, ACCOUNTABILITY, file), join(corpus, file));
    const summary = await runBatch({ corpus, out: join(work, 'out'), cacheDir: null, jobs: 1, generatedAt: '2026-01-01T00:00:00Z' });
    const [history] = summary.histories;
    // Before: `.html` and `.json` only.
    expect(history.docx).toBe(history.html!.replace(/\.html$/, '.docx'));
    const written = await readFile(join(work, 'out', history.docx!));
    const result = JSON.parse(await readFile(join(work, 'out', history.json!), 'utf8')) as HistoryResult;
    expect(Buffer.from(await renderHistoryDocx(result)).equals(written)).toBe(true);
    // Without HTML reports (`--no-html`), no Word history either: the JSON alone, as before.
    const bare = await runBatch({ corpus, out: join(work, 'bare'), cacheDir: null, jobs: 1, html: false, generatedAt: '2026-01-01T00:00:00Z' });
    expect(bare.histories[0].docx).toBeUndefined();
    expect(existsSync(join(work, 'bare', history.docx!))).toBe(false);
  }, 120_000);
});
