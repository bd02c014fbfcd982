import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

/**
 * Byte-identity of what users get, across refactorings: the outputs of `npm run demo`, of a FOMC chain batch and of a
 * seed-vs-corpus batch are hashed and compared with hashes recorded from main (`test/golden/outputs.sha256.json`).
 * The texts themselves are third-party and are not committed; only their outputs' sha256.
 * A change that is meant to alter output re-records with `REDLINE_RECORD_GOLDEN=1 npx vitest run test/golden` and says
 * why in its commit.
 */
const ROOT = new URL('../../', import.meta.url).pathname;
const SHARED = join(ROOT, '../shared/data');
const FOMC = join(SHARED, 'fomc-statements');
const ICT = join(SHARED, 'un-resolutions/texts/ict-security');
const GOLDEN = join(ROOT, 'test/golden/outputs.sha256.json');
const RECORD = process.env.REDLINE_RECORD_GOLDEN === '1';
const FOMC_FILES = ['2018-12-19', '2019-01-30', '2019-03-20', '2019-05-01', '2019-06-19', '2019-07-31', '2019-09-18'].map((date) => `fomc_${date}.txt`);
// Relative to the checkout (vitest runs there), as a user types them.
const DEMO_LEFT = 'corpus/examples/2024-draft-illustrative.md';
const SEED = 'seeds/000_9b5e0b9e7a90fd7e.txt';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const quiet = { stdout: { write: () => true }, stderr: { write: (text: string) => process.stderr.write(text) }, env: { SOURCE_DATE_EPOCH: '1767225600' } };

/** sha256 of every file under `dir`, by path relative to `dir` (sorted). */
async function hashTree(dir: string, prefix: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else hashes[`${prefix}/${relative(dir, path)}`] = sha256(await readFile(path));
    }
  };
  await walk(dir);
  return hashes;
}

describe.skipIf(!existsSync(FOMC) || !existsSync(ICT))('golden outputs (needs ../shared/data: fomc-statements, un-resolutions)', () => {
  let work: string;
  const hashes: Record<string, string> = {};

  beforeAll(async () => {
    // A fixed folder given relative to the checkout: outputs record input paths as given, so they must not depend on
    // where the checkout or the temp folder is.
    work = 'test-output/golden';
    await rm(work, { recursive: true, force: true });
    await mkdir(work, { recursive: true });
    await mkdir(join(work, 'fomc'));
    for (const file of FOMC_FILES) await copyFile(join(FOMC, file), join(work, 'fomc', file));
    await mkdir(join(work, 'ict'));
    for (const file of (await readdir(ICT)).sort()) await copyFile(join(ICT, file), join(work, 'ict', file));
    await copyFile(DEMO_LEFT, join(work, 'ict', '2024-draft-illustrative.md'));
  });
  afterAll(async () => {
    if (RECORD) await writeFile(GOLDEN, JSON.stringify(hashes, null, 2) + '\n');
  });

  const expectRecorded = async (keys: Record<string, string>): Promise<void> => {
    Object.assign(hashes, keys);
    if (RECORD) return;
    const recorded = JSON.parse(await readFile(GOLDEN, 'utf8')) as Record<string, string>;
    const prefix = Object.keys(keys)[0].split('/')[0];
    const expected = Object.fromEntries(Object.entries(recorded).filter(([key]) => key.split('/')[0] === prefix));
    expect(keys).toEqual(expected);
  };

  it('demo: compare text, JSON and the HTML report are byte-identical to the recorded ones', async () => {
    const out = join(work, 'demo');
    await mkdir(out);
    for (const [format, file] of [['text', 'demo.txt'], ['json', 'demo.json'], ['md', 'demo.md']] as const) {
      expect(await run(['compare', DEMO_LEFT, SEED, '--format', format, '-o', join(out, file)], quiet)).toBe(0);
    }
    expect(await run(['report', DEMO_LEFT, SEED, '-o', join(out, 'demo.html')], quiet)).toBe(0);
    await expectRecorded(await hashTree(out, 'demo'));
  });

  it('FOMC chain batch: every output file is byte-identical to the recorded one', async () => {
    const out = join(work, 'chain');
    expect(await run(['batch', '--mode', 'chain', '--corpus', join(work, 'fomc'), '--out', out, '--jobs', '1', '--no-cache'], quiet)).toBe(0);
    await expectRecorded(await hashTree(out, 'chain'));
  });

  it('seed against a corpus (target batch): every output file is byte-identical to the recorded one', async () => {
    const out = join(work, 'target');
    expect(await run(['batch', '--target', SEED, '--corpus', join(work, 'ict'), '--out', out, '--jobs', '1', '--no-cache', '--min-similarity', '0.05'], quiet)).toBe(0);
    await expectRecorded(await hashTree(out, 'target'));
  });
});
