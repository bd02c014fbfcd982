import { readFile, readdir, writeFile } from 'node:fs/promises';
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

  it('refuses shards that give two pairs one report (as runs did before report names were unique per pair)', async () => {
    const { work, corpus } = await makeStatementCorpus();
    const shard = (index: number) => runBatch({ corpus, out: join(work, `shard-${index}`), cacheDir: null, jobs: 1, generatedAt: GENERATED_AT, mode: 'all', minSimilarity: 0, shard: { index, count: 2 } });
    await shard(1);
    await shard(2);
    // Shard 2's first reported pair names the report of shard 1's first, as `a` + `b__c` and `a__b` + `c` did.
    const lines = async (index: number) => (await readFile(join(work, `shard-${index}`, 'results.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { pair: number; report: string | null });
    const [first] = (await lines(1)).filter((record) => record.report !== null);
    const second = await lines(2);
    const victim = second.findIndex((record) => record.report !== null);
    second[victim] = { ...second[victim], report: first.report };
    await writeFile(join(work, 'shard-2', 'results.jsonl'), second.map((record) => JSON.stringify(record) + '\n').join(''));
    await expect(mergeBatches([join(work, 'shard-1'), join(work, 'shard-2')], join(work, 'merged'), GENERATED_AT)).rejects.toMatchObject({
      code: 'shard-mismatch',
      message: `gives pairs ${first.pair + 1} and ${second[victim].pair + 1} the same report ${first.report}`,
    });
  }, 60_000);
});
