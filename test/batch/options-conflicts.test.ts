import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { captureCliIo } from '../helpers/cli-capture.js';
import { SEED } from '../helpers/paths.js';

/**
 * Options another mode reads, or two that contradict, were taken silently (a data engineer's reading, session 14):
 * `--mode chain --target` put the target into the corpus, `--series-by folder` did nothing in all-pairs mode, and
 * `--no-cache --cache DIR` said "option --cache is given 2 times". Each is now a one-line usage error, exit 2, no output.
 */
const CORPUS = join(import.meta.dirname, '../../corpus/examples');

async function refused(args: string[]): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), 'redline-conflicts-')), 'out');
  const io = captureCliIo();
  expect(await run(['batch', ...args, '--corpus', CORPUS, '--out', out, '-j', '1'], io)).toBe(2);
  expect(existsSync(out)).toBe(false);
  return io.err();
}

describe('batch refuses options that contradict the mode or each other', () => {
  it('--target with --mode chain or --mode all', async () => {
    expect(await refused(['--mode', 'chain', '--target', SEED, '--no-cache'])).toBe(
      'redline: --target names the one document of target mode, not of --mode chain. Chain mode compares the corpus documents with each other: drop --target (put the file in the corpus folder), or drop --mode chain.\n',
    );
    expect(await refused(['--mode', 'all', '--target', SEED, '--no-cache'])).toContain('not of --mode all. All-pairs mode compares the corpus documents with each other');
  });

  it('--series-by folder outside chain mode', async () => {
    expect(await refused(['--mode', 'all', '--series-by', 'folder', '--no-cache'])).toBe('redline: --series-by folder groups the series of chain mode, not of --mode all. Drop --series-by, or use --mode chain.\n');
    expect(await refused(['--target', SEED, '--series-by', 'folder', '--no-cache'])).toContain('not of --mode target');
  });

  it('--no-cache with --cache DIR', async () => {
    expect(await refused(['--no-cache', '--cache', '/tmp/redline-some-cache'])).toBe('redline: --no-cache and --cache /tmp/redline-some-cache contradict each other. Give one: --cache with its value, or --no-cache.\n');
  });
});
