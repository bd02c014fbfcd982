import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/shared.js';

/**
 * A CLI io that keeps what a command writes: not a terminal, a fixed generation time (`SOURCE_DATE_EPOCH` 0) and a
 * cache folder no run fills, so batch runs in tests are byte-stable and never touch the user's cache.
 */
export function captureCliIo(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text), isTTY: false },
    stderr: { write: (text: string) => (err += text), isTTY: false },
    env: { SOURCE_DATE_EPOCH: '0', REDLINE_CACHE_DIR: join(tmpdir(), 'redline-test-cache-unused') },
    out: () => out,
    err: () => err,
  };
}
