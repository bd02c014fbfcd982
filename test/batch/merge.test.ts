import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeBatches, runBatch } from '../../src/batch/index.js';
import { makeStatementCorpus } from '../helpers/batch-corpus.js';

const GENERATED_AT = '2026-01-01T00:00:00Z';

describe('mergeBatches', () => {
  it('copies only the pair reports its shards’ records name, not stale ones an earlier run left in pairs/', async () => {
    const { work, corpus } = await makeStatementCorpus();
    const shard = (index: number) => runBatch({ corpus, out: join(work, `shard-${index}`), cacheDir: null, jobs: 1, generatedAt: GENERATED_AT, mode: 'all', shard: { index, count: 2 } });
    await shard(1);
    await shard(2);
    await writeFile(join(work, 'shard-1', 'pairs', 'old-a__old-b.json'), '{"stale": true}');
    const summary = await mergeBatches([join(work, 'shard-1'), join(work, 'shard-2')], join(work, 'merged'), GENERATED_AT);
    const whole = await runBatch({ corpus, out: join(work, 'whole'), cacheDir: null, jobs: 1, generatedAt: GENERATED_AT, mode: 'all' });
    expect(summary.reports).toBe(whole.reports);
    expect((await readdir(join(work, 'merged', 'pairs'))).sort()).toEqual((await readdir(join(work, 'whole', 'pairs'))).sort());
  }, 60_000);
});
