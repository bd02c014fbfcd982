import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { Digest } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { ACCOUNTABILITY, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/**
 * Session 15 (redline #19): a document's warning (a mojibake repair) is said once in its series' digest, at the first
 * step that reads it, not under both steps around it. The middle text of a real series is garbled as UTF-8 read as
 * Latin-1 upstream (its curly apostrophes), which the reader repairs and says so.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`the digest says a document's warning once (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('prints the repair of A/RES/79/116 under 78/102 → 79/116 only, with its count', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-warnings-once-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    for (const file of await readdir(join(UN_SERIES, ACCOUNTABILITY))) await copyFile(join(UN_SERIES, ACCOUNTABILITY, file), join(corpus, file));
    const middle = join(corpus, 'A_RES_79_116.txt');
    const text = await readFile(middle, 'utf8');
    await writeFile(middle, Buffer.from(text, 'utf8').toString('latin1'), 'utf8');
    await runBatch({ corpus, out: join(work, 'out'), cacheDir: null, jobs: 1, generatedAt: '2026-01-01T00:00:00Z' });
    const markdown = await readFile(join(work, 'out', 'digest.md'), 'utf8');
    const warnings = markdown.split('\n').filter((line) => line.includes('A_RES_79_116.txt: repaired'));
    // Session 15, before: the same warning under both steps; session 21 (trial 20-b D10): once, in the digest's Notes,
    // under no step.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^- A_RES_79_116\.txt: repaired 7 garbled character sequences \(UTF-8 read as Latin-1 upstream\)/);
    expect(markdown.indexOf(warnings[0])).toBeGreaterThan(markdown.indexOf('## Notes'));
    const digest = JSON.parse(await readFile(join(work, 'out', 'digest.json'), 'utf8')) as Digest;
    const steps = digest.series[0].steps;
    expect(steps.map((step) => (step.warnings ?? []).filter((warning) => warning.file?.endsWith('A_RES_79_116.txt')).length)).toEqual([0, 0]);
    expect(digest.notes?.filter((note) => note.file?.endsWith('A_RES_79_116.txt'))).toHaveLength(1);
  }, 120_000);
});
