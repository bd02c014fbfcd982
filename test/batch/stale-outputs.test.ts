import { copyFile, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeBatches, runBatch } from '../../src/batch/index.js';
import { removedLine } from '../../src/cli/commands/batch.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { ARMS_TRADE, CTBT, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/**
 * Trial 19a D14: a second run into the same `--out` (one series where the first had two) left the first run's history
 * of the other series and its pair reports beside the new ones, unlinked from the new index: a zipped folder shipped
 * them. A run now removes what the earlier run's batch.json and results.jsonl say it wrote and it did not write again.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`a re-run into an earlier run's folder (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('removes the earlier run\'s files it does not write again, and nothing else', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-stale-'));
    const both = join(work, 'both');
    const one = join(work, 'one');
    for (const [corpus, folders] of [[both, [ARMS_TRADE, CTBT]], [one, [ARMS_TRADE]]] as const) {
      for (const folder of folders) {
        await mkdir(join(corpus, folder), { recursive: true });
        for (const file of await readdir(join(UN_SERIES, folder))) await copyFile(join(UN_SERIES, folder, file), join(corpus, folder, file));
      }
    }
    const out = join(work, 'out');
    const first = await runBatch({ corpus: both, out, cacheDir: null, jobs: 1, generatedAt: '2026-01-01T00:00:00Z' });
    expect(first.removed).toEqual([]);
    const ctbtFiles = [...(await readdir(join(out, 'pairs'))).filter((name) => name.includes('78_66') || name.includes('79_77')).map((name) => `pairs/${name}`), ...(await readdir(join(out, 'series'))).filter((name) => name.startsWith('comprehensive')).map((name) => `series/${name}`)].sort();
    expect(ctbtFiles.filter((name) => name.startsWith('series/'))).toEqual(['series/comprehensive-nuclear-test-ban-treaty.docx', 'series/comprehensive-nuclear-test-ban-treaty.html', 'series/comprehensive-nuclear-test-ban-treaty.json']);
    expect(ctbtFiles.filter((name) => name.startsWith('pairs/'))).toHaveLength(4);
    // Files redline did not write: a note at the top, one in pairs/ and one named like a history.
    await writeFile(join(out, 'notes.txt'), 'mine');
    await writeFile(join(out, 'pairs', 'mine.json'), '{}');
    await writeFile(join(out, 'series', 'mine.html'), '<p>mine</p>');

    const second = await runBatch({ corpus: one, out, cacheDir: null, jobs: 1, generatedAt: '2026-01-01T00:00:00Z' });
    expect(second.removed).toEqual(ctbtFiles);
    for (const path of ctbtFiles) expect(existsSync(join(out, path))).toBe(false);
    for (const path of ['notes.txt', 'pairs/mine.json', 'series/mine.html', 'series/the-arms-trade-treaty.html', 'digest.md', 'index.html']) expect(existsSync(join(out, path)), path).toBe(true);
    expect((await readdir(join(out, 'pairs'))).filter((name) => name.startsWith('A_RES')).sort()).toEqual(['A_RES_78_48__A_RES_79_52.html', 'A_RES_78_48__A_RES_79_52.json', 'A_RES_79_52__A_RES_80_46.html', 'A_RES_79_52__A_RES_80_46.json']);
    expect(removedLine(second.removed, out)).toBe(`redline batch: removed 7 files an earlier run wrote in ${out}/ and this one did not: ${ctbtFiles.slice(0, 4).join(', ')} and 3 more.`);

    // The same run again removes nothing.
    expect((await runBatch({ corpus: one, out, cacheDir: null, jobs: 1, generatedAt: '2026-01-01T00:00:00Z' })).removed).toEqual([]);
  }, 240_000);

  it('removes, on a merge into an earlier merge\'s folder, what that merge wrote and this one does not, and nothing else', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-stale-merge-'));
    const runs: Record<'both' | 'one', string> = { both: join(work, 'run-both'), one: join(work, 'run-one') };
    for (const [name, folders] of [['both', [ARMS_TRADE, CTBT]], ['one', [ARMS_TRADE]]] as const) {
      const corpus = join(work, `corpus-${name}`);
      for (const folder of folders) {
        await mkdir(join(corpus, folder), { recursive: true });
        for (const file of await readdir(join(UN_SERIES, folder))) await copyFile(join(UN_SERIES, folder, file), join(corpus, folder, file));
      }
      await runBatch({ corpus, out: runs[name], cacheDir: null, jobs: 1, generatedAt: '2026-01-01T00:00:00Z' });
    }
    const out = join(work, 'merged');
    expect((await mergeBatches([runs.both], out, '2026-01-01T00:00:00Z')).removed).toEqual([]);
    const ctbtFiles = [...(await readdir(join(out, 'pairs'))).filter((name) => name.includes('78_66') || name.includes('79_77')).map((name) => `pairs/${name}`), ...(await readdir(join(out, 'series'))).filter((name) => name.startsWith('comprehensive')).map((name) => `series/${name}`)].sort();
    expect(ctbtFiles).toHaveLength(7); // 2 pairs' JSON and HTML reports, the history's JSON, HTML and Word files
    await writeFile(join(out, 'notes.txt'), 'mine');
    await writeFile(join(out, 'series', 'mine.html'), '<p>mine</p>');

    const second = await mergeBatches([runs.one], out, '2026-01-01T00:00:00Z');
    expect(second.removed).toEqual(ctbtFiles);
    for (const path of ctbtFiles) expect(existsSync(join(out, path)), path).toBe(false);
    for (const path of ['notes.txt', 'series/mine.html', 'series/the-arms-trade-treaty.json', 'digest.md', 'index.html']) expect(existsSync(join(out, path)), path).toBe(true);
    expect((await readdir(join(out, 'pairs'))).sort()).toEqual((await readdir(join(runs.one, 'pairs'))).sort());
    expect(removedLine(second.removed, out, 'merge')).toBe(`redline merge: removed 7 files an earlier run wrote in ${out}/ and this merge did not: ${ctbtFiles.slice(0, 4).join(', ')} and 3 more.`);

    // The same merge again removes nothing.
    expect((await mergeBatches([runs.one], out, '2026-01-01T00:00:00Z')).removed).toEqual([]);
  }, 240_000);
});
