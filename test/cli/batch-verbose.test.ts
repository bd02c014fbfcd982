import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { timingsLine, writtenLine } from '../../src/cli/commands/batch.js';
import { captureCliIo } from '../helpers/cli-capture.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { CTBT, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import type { BatchSummary } from '../../src/types.js';

/**
 * Trial 17-a D15: `--help` says `-v` "also prints warnings, timings and what was written"; `batch -v` printed only the
 * summary and the cache folder. It now says each phase's time and the files the run wrote.
 */
describe('batch --verbose: timings and what was written', () => {
  it('says the phases that took time and the total', () => {
    expect(timingsLine({ seconds: { scan: 1.42, normalize: 0.01, compare: 150.2, lineage: 0, history: 40.06, total: 202.93 } })).toBe('redline batch: timings: scan 1.4 s, compare 150.2 s, history 40.1 s, total 202.9 s');
  });

  it('names the files of a chain run and a target shard', () => {
    const chain = { manifest: { mode: 'chain', shard: null }, lineage: null, reports: 2, histories: [{ series: 's', json: 'series/s.json' }] } as unknown as BatchSummary;
    expect(writtenLine(chain, 'out')).toBe('redline batch: wrote out/: batch.json, results.jsonl, digest.json, digest.md, digest.docx, index.html; 2 pair reports in pairs/; 1 series history in series/');
    const shard = { manifest: { mode: 'target', shard: { index: 1, count: 2 } }, lineage: {}, reports: 1, histories: [] } as unknown as BatchSummary;
    expect(writtenLine(shard, 'out/')).toBe('redline batch: wrote out/: batch.json, results.jsonl, lineage.json, index.html; 1 pair report in pairs/');
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`batch -v on a real series (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('prints the timings and the files written on standard error', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-batch-verbose-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    for (const file of await readdir(join(UN_SERIES, CTBT))) await copyFile(join(UN_SERIES, CTBT, file), join(corpus, file));
    const io = captureCliIo();
    expect(await run(['batch', '--mode', 'chain', '--corpus', corpus, '--out', join(work, 'out'), '--no-cache', '--jobs', '1', '-v'], io)).toBe(0);
    const lines = io.err().split('\n');
    expect(lines.some((line) => /^redline batch: timings: .*compare \d+\.\d s.*, total \d+\.\d s$/.test(line))).toBe(true);
    expect(lines).toContain(`redline batch: wrote ${join(work, 'out')}/: batch.json, results.jsonl, digest.json, digest.md, digest.docx, index.html; 2 pair reports in pairs/; 1 series history in series/`);
  }, 120_000);
});
