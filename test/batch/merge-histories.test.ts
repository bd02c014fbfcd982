import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeBatches, runBatch, type BatchOptions } from '../../src/batch/index.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { CHARTER, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

const GENERATED_AT = '2026-01-01T00:00:00Z';

/**
 * Session 15 (redline #19): the shards of a chain run wrote no series histories, and their merge none either, so the
 * merged digest said `new PP 23: Recalling also its decision …` where a single run's says `reinstated PP 23 (from
 * A/RES/78/102 PP 22): …` (Criminal accountability 79/116 → 80/160). The merge now collates the histories as a single
 * run does: the same `series/` files and the same digest, byte for byte. Read on the Charter committee's OP 3 (b)
 * (78/111 → 79/125 → 80/166) since Criminal accountability's PP 23 became routine in the same session (the sitting of a
 * body that sits every other session).
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`a merged chain run writes the series histories (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  let work: string;
  const options = (out: string, extra: Partial<BatchOptions> = {}): BatchOptions => ({ corpus: join(work, 'corpus'), out: join(work, out), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: GENERATED_AT, ...extra });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-merge-histories-'));
    await mkdir(join(work, 'corpus'));
    for (const file of await readdir(join(UN_SERIES, CHARTER))) await copyFile(join(UN_SERIES, CHARTER, file), join(work, 'corpus', file));
  });

  it('merges two shards into the single run’s histories and digest, a reinstated paragraph said so', async () => {
    await runBatch(options('single'));
    for (const index of [1, 2]) await runBatch(options(`shard-${index}`, { shard: { index, count: 2 } }));
    await mergeBatches([join(work, 'shard-1'), join(work, 'shard-2')], join(work, 'merged'), GENERATED_AT);
    const single = await readFile(join(work, 'single', 'digest.md'), 'utf8');
    // Since session 20 (hist20, trial 20-b D4) a reinstated line says its edit against the wording it came back from.
    expect(single).toContain('- reinstated OP 3 (b) (from A/RES/78/111 OP 3 (b)): submit his next → submit the next; eightieth session → eighty-second session');
    // Before: the merged digest said `- new OP 3 (b): To consider …`, and merged/series/ was absent.
    expect(await readFile(join(work, 'merged', 'digest.md'), 'utf8')).toBe(single);
    expect(await readFile(join(work, 'merged', 'digest.json'), 'utf8')).toBe(await readFile(join(work, 'single', 'digest.json'), 'utf8'));
    const files = (await readdir(join(work, 'single', 'series'))).sort();
    expect(files.length).toBeGreaterThan(0);
    expect((await readdir(join(work, 'merged', 'series'))).sort()).toEqual(files);
    for (const file of files) expect(await readFile(join(work, 'merged', 'series', file), 'utf8'), file).toBe(await readFile(join(work, 'single', 'series', file), 'utf8'));
    expect(await readFile(join(work, 'merged', 'index.html'), 'utf8')).toBe(await readFile(join(work, 'single', 'index.html'), 'utf8'));
  }, 180_000);

  it('writes no histories when the inputs are no longer where the run read them (a merge on another machine), as before', async () => {
    await mkdir(join(work, 'moved'));
    for (const file of await readdir(join(work, 'corpus'))) await copyFile(join(work, 'corpus', file), join(work, 'moved', file));
    const moved = (out: string, extra: Partial<BatchOptions> = {}): BatchOptions => ({ ...options(out, extra), corpus: join(work, 'moved') });
    for (const index of [1, 2]) await runBatch(moved(`moved-${index}`, { shard: { index, count: 2 } }));
    await rm(join(work, 'moved'), { recursive: true });
    await mergeBatches([join(work, 'moved-1'), join(work, 'moved-2')], join(work, 'moved-merged'), GENERATED_AT);
    expect(existsSync(join(work, 'moved-merged', 'series'))).toBe(false);
    expect(await readFile(join(work, 'moved-merged', 'digest.md'), 'utf8')).toContain('- new OP 3 (b): To consider');
  }, 180_000);
});
