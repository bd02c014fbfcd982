import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { Digest } from '../../src/types.js';
import { HAS_SHARED, ROOT, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 20-b D10 (session 21): the mojibake repair of the FOMC statements of 2021–2022 ("â\u0080\u0091", a non-breaking
 * hyphen UTF-8 read as Latin-1 upstream) filled the digest (a "Warning:" line under most steps), the Word memo's first
 * page, the history and two per row of the index's signals column. It is said once per document, in the digest's and
 * the history's Notes and the index's document table; and the repaired non-breaking hyphen is written as a hyphen, so
 * the memo no longer prints "1‑1/2 to 1-3/4 percent" with two kinds.
 */
const FOMC = join(SHARED_DATA, 'fomc-statements');
const DATES = ['2021-11-03', '2021-12-15', '2022-01-26'];
const REPAIR_2 = 'repaired 2 garbled character sequences (UTF-8 read as Latin-1 upstream), e.g. "â\\\\u0080\\\\u0091" → "-" (U+2011, a non-breaking hyphen, written as a hyphen)';
const REPAIR_1 = 'repaired 1 garbled character sequence (UTF-8 read as Latin-1 upstream), e.g. "â\\\\u0080\\\\u0091" → "-" (U+2011, a non-breaking hyphen, written as a hyphen)';

describe.skipIf(!HAS_SHARED)(`a document's repair is said once, in Notes (${HAS_SHARED ? 'reads ../shared/data/fomc-statements' : SHARED_MISSING})`, () => {
  it('digest.md, digest.json, the index and the history say the repair once per document, under no step', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-document-notes-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    for (const date of DATES) await copyFile(join(FOMC, `fomc_${date}.txt`), join(corpus, `fomc_${date}.txt`));
    await runBatch({ corpus, out: join(work, 'out'), cacheDir: null, jobs: 1, generatedAt: '2026-01-01T00:00:00Z' });
    const markdown = await readFile(join(work, 'out', 'digest.md'), 'utf8');
    // Before: "Warning: fomc_2021-11-03.txt: repaired 2 …" under the first step and "Warning: fomc_2021-12-15.txt …",
    // "Warning: fomc_2022-01-26.txt …" under the second.
    expect(markdown.split('\n').filter((line) => line.startsWith('Warning'))).toEqual([]);
    expect(markdown.slice(markdown.indexOf('## Notes'))).toBe(
      ['## Notes', '', `- fomc_2021-11-03.txt: ${REPAIR_2}`, `- fomc_2021-12-15.txt, fomc_2022-01-26.txt: ${REPAIR_1}`, ''].join('\n'),
    );
    expect(markdown).not.toContain('\u2011');
    const digest = JSON.parse(await readFile(join(work, 'out', 'digest.json'), 'utf8')) as Digest;
    expect(digest.series[0].steps.map((step) => step.warnings ?? [])).toEqual([[], []]);
    expect(digest.notes?.map((note) => note.file?.split('/').pop())).toEqual(['fomc_2021-11-03.txt', 'fomc_2021-12-15.txt', 'fomc_2022-01-26.txt']);
    const index = await readFile(join(work, 'out', 'index.html'), 'utf8');
    // Before: two `<div class="signal-warning">warning: fomc_….txt: repaired …` a row in the pairs' signals column.
    expect(index).not.toContain('<div class="signal-warning">');
    expect(index).toContain('3 documents with their titles and sha256 (3 with a note on their text)');
    expect(index.split('garbled character').length - 1).toBe(3 + 2);
    const history = spawnSync(process.execPath, [join(ROOT, 'bin/redline.js'), 'history', ...DATES.map((date) => join(corpus, `fomc_${date}.txt`)), '--format', 'md'], { encoding: 'utf8' });
    expect(history.stdout).not.toContain('**Warning:**');
    expect(history.stdout.slice(history.stdout.indexOf('### Notes')).split('\n').slice(0, 4)).toEqual([
      '### Notes',
      '',
      `- fomc_2021-11-03.txt: ${REPAIR_2}`,
      `- fomc_2021-12-15.txt, fomc_2022-01-26.txt: ${REPAIR_1}`,
    ]);
  }, 180_000);
});
