import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { compare, compareVersions } from '../../src/pipeline.js';
import { renderDocx } from '../../src/report/docx.js';
import { renderHistoryMarkdown } from '../../src/report/history-markdown.js';
import type { BatchManifest, HistoryResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const FOMC = join(SHARED_DATA, 'fomc-statements');
const STATEMENTS = ['fomc_2018-12-19.txt', 'fomc_2019-01-30.txt', 'fomc_2019-03-20.txt'];
const quiet = { stdout: { write: () => true }, stderr: { write: () => true }, env: { SOURCE_DATE_EPOCH: '1767225600' } };

/** A researcher's reading of the FOMC outputs (session 12): one name for the series, ids and dates pasted as written. */
describe.skipIf(!HAS_SHARED)(`names in the FOMC outputs${HAS_SHARED ? '' : SHARED_MISSING}`, () => {
  it('a chain batch names the series "FOMC policy statements" in batch.json and on its history page, not "FOMC statement"', async () => {
    const corpus = await mkdtemp(join(tmpdir(), 'redline-names-'));
    await mkdir(join(corpus, 'texts'));
    for (const name of STATEMENTS) await copyFile(join(FOMC, name), join(corpus, 'texts', name));
    expect(await run(['batch', '--mode', 'chain', '--corpus', join(corpus, 'texts'), '--out', join(corpus, 'out'), '-j', '1', '--no-cache'], quiet)).toBe(0);
    const manifest = JSON.parse(await readFile(join(corpus, 'out', 'batch.json'), 'utf8')) as BatchManifest;
    expect(manifest.series.map((series) => [series.id, series.title, series.basis])).toEqual([['fomc-policy-statements', 'FOMC policy statements', 'front-matter']]);
    const history = JSON.parse(await readFile(join(corpus, 'out', 'series/fomc-policy-statements.json'), 'utf8')) as HistoryResult;
    expect(history.history.title).toBe('FOMC policy statements');
    const page = await readFile(join(corpus, 'out', 'series/fomc-policy-statements.html'), 'utf8');
    expect(page).toContain('<title>History of FOMC policy statements (3 versions)</title>');
    expect(page).not.toContain('>FOMC statement<');
  }, 120_000);

  it('the history Markdown writes fomc_2019-01-30 without a backslash and each date once', async () => {
    const markdown = renderHistoryMarkdown(await compareVersions(STATEMENTS.map((name) => join(FOMC, name))));
    expect(markdown).not.toContain('\\_');
    expect(markdown).toContain('2. **fomc_2019-01-30** FOMC statement, 2019-01-30, `');
    expect(markdown).toMatch(/^- \*\*fomc_2018-12-19 → fomc_2019-01-30\*\* /m);
  });

  it("the Word pair report's running head names each statement with its date once", async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await renderDocx(await compare(join(FOMC, STATEMENTS[0]), join(FOMC, STATEMENTS[1]))));
    const head = (await zip.file('word/header1.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(head).toBe('FOMC statement, 2018-12-19 → FOMC statement, 2019-01-30');
  });
});
