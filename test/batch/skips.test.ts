import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { Digest, PairRecord } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const FOMC = join(SHARED_DATA, 'fomc-statements');
// The 2008-03-11 release announced liquidity facilities between two rate decisions: 0 % like either (trial 20-b D3).
const DATES = ['2008-01-30', '2008-03-11', '2008-03-18', '2008-04-30'];

describe.skipIf(!HAS_SHARED || !existsSync(FOMC))(`a chain step after an unrelated release (${HAS_SHARED ? 'reads ../shared/data/fomc-statements' : SHARED_MISSING})`, () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-skips-'));
    await mkdir(join(work, 'corpus'));
    for (const date of DATES) await copyFile(join(FOMC, `fomc_${date}.txt`), join(work, 'corpus', `fomc_${date}.txt`));
    await runBatch({ corpus: join(work, 'corpus'), out: join(work, 'out'), cacheDir: null, jobs: 1, html: false, mode: 'chain', generatedAt: '2026-01-01T00:00:00Z' });
  });
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('compares the rate cut with the last related statement, once, and names the release skipped', async () => {
    const records = (await readFile(join(work, 'out', 'results.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as PairRecord);
    expect(records.map((record) => [record.left, record.right, record.unrelated ?? false, record.skipping ?? null])).toEqual([
      ['fomc_2008-01-30', 'fomc_2008-03-11', true, null],
      ['fomc_2008-03-11', 'fomc_2008-03-18', true, null],
      ['fomc_2008-03-18', 'fomc_2008-04-30', false, null],
      ['fomc_2008-01-30', 'fomc_2008-03-18', false, ['fomc_2008-03-11']],
    ]);
  });

  it('lists the step with its rate change right after the unrelated step, in digest.md and digest.json', async () => {
    const markdown = await readFile(join(work, 'out', 'digest.md'), 'utf8');
    const titles = markdown.split('\n').filter((line) => line.startsWith('fomc_'));
    expect(titles.map((line) => line.replace(/:.*$/, ''))).toEqual([
      'fomc_2008-01-30 → fomc_2008-03-11',
      'fomc_2008-03-11 → fomc_2008-03-18',
      'fomc_2008-01-30 → fomc_2008-03-18 (skipping fomc_2008-03-11, unrelated)',
      'fomc_2008-03-18 → fomc_2008-04-30',
    ]);
    expect(markdown).toContain('- ¶ 1: rate 50 → rate 75; points to 3 → points to 2-1/4 — percentage changed: 50 basis points → 75 basis points; percentage changed: 3 percent → 2-1/4 percent');
    const digest = JSON.parse(await readFile(join(work, 'out', 'digest.json'), 'utf8')) as Digest;
    const skipping = digest.series[0].steps.filter((step) => step.skipping);
    expect(skipping.map((step) => [step.older.id, step.newer.id, step.skipping, step.unrelated])).toEqual([['fomc_2008-01-30', 'fomc_2008-03-18', ['fomc_2008-03-11'], false]]);
  });
});
