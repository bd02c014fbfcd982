import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { BatchManifest, PairRecord } from '../../src/types.js';

const quiet = { stdout: { write: () => true }, stderr: { write: () => true }, env: { SOURCE_DATE_EPOCH: '0' } };

/** Two dated lists of short lines: one item changed, one added. */
async function listCorpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'redline-batch-unit-'));
  await mkdir(join(dir, 'lists'));
  await writeFile(join(dir, 'lists', 'a.md'), '---\nid: a\ndate: 2024-01-01\n---\nalpha item\nbeta item\ngamma item\n');
  await writeFile(join(dir, 'lists', 'b.md'), '---\nid: b\ndate: 2025-01-01\n---\nalpha item\nbeta item\ndelta item\nepsilon item\n');
  return dir;
}

const records = async (out: string): Promise<PairRecord[]> =>
  (await readFile(join(out, 'results.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as PairRecord);

describe('redline batch --unit', () => {
  it('compares line by line with --unit line, and records the unit in batch.json', async () => {
    const dir = await listCorpus();
    const out = join(dir, 'out-line');
    expect(await run(['batch', '--mode', 'chain', '--corpus', join(dir, 'lists'), '--out', out, '--jobs', '1', '--unit', 'line', '--no-cache'], quiet)).toBe(0);
    const [record] = await records(out);
    expect(record.summary).toMatchObject({ unchanged: 2, modified: 1, new: 1, dropped: 0 });
    const manifest = JSON.parse(await readFile(join(out, 'batch.json'), 'utf8')) as BatchManifest;
    expect(manifest.options.unit).toBe('line');
  });

  it('reads each list as one paragraph by default, and records no unit', async () => {
    const dir = await listCorpus();
    const out = join(dir, 'out-paragraph');
    expect(await run(['batch', '--mode', 'chain', '--corpus', join(dir, 'lists'), '--out', out, '--jobs', '1', '--no-cache'], quiet)).toBe(0);
    const [record] = await records(out);
    expect(record.summary).toMatchObject({ unchanged: 0, modified: 1, new: 0, dropped: 0 });
    const manifest = JSON.parse(await readFile(join(out, 'batch.json'), 'utf8')) as BatchManifest;
    expect(manifest.options.unit).toBeUndefined();
  });
});
