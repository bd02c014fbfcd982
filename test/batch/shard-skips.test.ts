import { copyFile, mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeBatches, runBatch } from '../../src/batch/index.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Session 21 (dig21, item 5): a chain run compares a version after an unrelated release with the last related version
 * too (`compareSkips`, trial 20-b D3), but a shard compares no such pair and the merge added none, so the sharded run's
 * digest lacked "fomc_2008-01-30 → fomc_2008-03-18 (skipping fomc_2008-03-11, unrelated)" — the 75 bp cut of March
 * 2008 and its two dissents — that the whole run lists. Run whole, and in 2 shards merged, the digest is the same.
 */
const FOMC = join(SHARED_DATA, 'fomc-statements');
const DATES = ['2008-01-22', '2008-01-30', '2008-03-11', '2008-03-18', '2008-04-30'];
const GENERATED_AT = '2026-01-01T00:00:00Z';

describe.skipIf(!HAS_SHARED)(`a sharded chain run finds the skip pairs of the whole run (${HAS_SHARED ? 'reads ../shared/data/fomc-statements' : SHARED_MISSING})`, () => {
  it('FOMC 2008-01-22 … 2008-04-30 whole and in 2 shards + merge: the same digest, with the step past 2008-03-11', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-shard-skips-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    for (const date of DATES) await copyFile(join(FOMC, `fomc_${date}.txt`), join(corpus, `fomc_${date}.txt`));
    const options = { corpus, cacheDir: null, jobs: 1, generatedAt: GENERATED_AT, mode: 'chain' as const };
    const whole = await runBatch({ ...options, out: join(work, 'whole') });
    for (const index of [1, 2]) await runBatch({ ...options, out: join(work, `shard-${index}`), shard: { index, count: 2 } });
    const merged = await mergeBatches([join(work, 'shard-1'), join(work, 'shard-2')], join(work, 'merged'), GENERATED_AT);
    // 4 consecutive pairs and the one past the unrelated release; before, the merge had 4.
    expect(whole.pairs).toBe(5);
    expect(merged.pairs).toBe(5);
    const [wholeDigest, mergedDigest] = await Promise.all(['whole', 'merged'].map((dir) => readFile(join(work, dir, 'digest.md'), 'utf8')));
    const steps = (digest: string): string[] => digest.split('\n').filter((line) => line.startsWith('fomc_'));
    expect(steps(mergedDigest)).toEqual([
      'fomc_2008-01-22 → fomc_2008-01-30: 5 substantive changes',
      'fomc_2008-01-30 → fomc_2008-03-11: unrelated? 0 % similar: two texts rather than two versions of one (check the series), no change listed',
      'fomc_2008-03-11 → fomc_2008-03-18: unrelated? 0 % similar: two texts rather than two versions of one (check the series), no change listed',
      'fomc_2008-01-30 → fomc_2008-03-18 (skipping fomc_2008-03-11, unrelated): 6 substantive changes',
      'fomc_2008-03-18 → fomc_2008-04-30: 6 substantive changes',
    ]);
    expect(mergedDigest).toContain('- ¶ 1: rate 50 → rate 75; points to 3 → points to 2-1/4 — percentage changed: 50 basis points → 75 basis points; percentage changed: 3 percent → 2-1/4 percent');
    expect(mergedDigest).toBe(wholeDigest);
    expect(await readdir(join(work, 'merged', 'pairs'))).toEqual(await readdir(join(work, 'whole', 'pairs')));
  }, 600_000);
});
