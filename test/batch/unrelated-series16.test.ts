import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Digest } from '../../src/types.js';
import { captureCliIo } from '../helpers/cli-capture.js';
import { HAS_SHARED, ROOT, SHARED_DATA } from '../helpers/paths.js';

/**
 * A chain batch over Cuba's ten General Debate speeches 2015–2024 (front matter `series: UNGDC/CUB`): every step is
 * 0–10 % like the last, so every step is "unrelated?" and lists no change, while the series' history follows the
 * paragraphs (trial 16b, D8/D12): stderr had one line per step (2,252 over the whole corpus), the digest nothing to read.
 */
describe.skipIf(!HAS_SHARED)('a chain batch over a country\'s speeches', () => {
  let out = '';
  let err = '';
  beforeAll(async () => {
    const corpus = await mkdtemp(join(tmpdir(), 'redline-cuba-'));
    await mkdir(join(corpus, 'texts'), { recursive: true });
    const names = (await readdir(join(SHARED_DATA, 'ungdc/CUB'))).filter((name) => /^CUB_20(1[5-9]|2\d)_S\d+\.txt$/.test(name)).sort();
    expect(names).toHaveLength(10);
    for (const name of names) await copyFile(join(SHARED_DATA, 'ungdc/CUB', name), join(corpus, 'texts', name));
    out = join(corpus, 'out');
    const io = captureCliIo();
    expect(await run(['batch', '--mode', 'chain', '--corpus', join(corpus, 'texts'), '--out', out, '-j', '1', '--no-cache'], io)).toBe(0);
    err = io.err();
  }, 240_000);

  it('says the unrelated steps in one line on stderr, pointing at the histories and at --verbose', () => {
    const lines = err.split('\n').filter((line) => line.includes('unrelated?'));
    expect(lines).toEqual([
      'redline batch: unrelated? 9 steps in 1 series share little (below 15 %, half of --min-similarity), so no changes are listed for them; they are flagged "unrelated" in batch.json and the index, and the series\' histories (series/*.html, 1) still follow each paragraph across the versions; --verbose names each step, --min-similarity 0 lists their changes.',
    ]);
  });

  it('points the digest at the series history, which finds the reinstatements the steps cannot list', async () => {
    const digest = JSON.parse(await readFile(join(out, 'digest.json'), 'utf8')) as Digest;
    expect(digest.series).toHaveLength(1);
    expect(digest.series[0].steps.every((step) => step.unrelated)).toBe(true);
    // 357 since lin21b (trial 21-b D14): the six '---' rules of the 2024 speech are no paragraphs (363 before).
    expect(digest.series[0].history).toEqual({ path: 'series/ungdc-cub.html', positions: 357, reinstated: 14 });
    const validate = new Ajv2020.default({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'docs/digest.schema.json'), 'utf8')));
    expect(validate(digest), JSON.stringify(validate.errors)).toBe(true);
    const markdown = await readFile(join(out, 'digest.md'), 'utf8');
    expect(markdown).toContain("9 of 9 steps are unrelated? (no change listed): the series' history follows each paragraph across the versions (357 positions, 14 reinstated): series/ungdc-cub.html");
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('follows each paragraph across the versions (357 positions, 14 reinstated): series/ungdc-cub.html');
  });

  it('says so in batch --help', async () => {
    const io = captureCliIo();
    expect(await run(['batch', '--help'], io)).toBe(0);
    expect(io.out().replace(/\s+/g, ' ')).toContain('several are one line on stderr (--verbose: each), and the digest points their series at its history, which follows every paragraph');
  });
});
