import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from '../helpers/paths.js';
import { writeTemp } from '../helpers/edit-seed.js';

const BIN = join(ROOT, 'bin/redline.js');
const BUILT = existsSync(join(ROOT, 'dist/cli/main.js'));

/** The installed bin, as a user runs it (needs the build that `npm install` runs through `prepare`). */
describe.skipIf(!BUILT)('bin/redline.js', () => {
  it('reads standard input for -', () => {
    const result = spawnSync(process.execPath, [BIN, 'compare', SEED, '-', '--fail-on-change'], { input: readFileSync(SEED), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('unchanged 21 · modified 0');
  });

  it('exits 2 with one line and no stack trace for a missing file', () => {
    const result = spawnSync(process.execPath, [BIN, 'compare', 'no-such-file.txt', SEED], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('redline: no-such-file.txt: no such file. Check the path and try again.\n');
  });

  it('stops quietly when the reader closes the pipe early (| head)', () => {
    // Enough output to overflow the pipe buffer: 600 changed paragraphs, each printed with its word diff.
    const paragraphs = Array.from({ length: 600 }, (_, i) => `Paragraph ${i} says that the States welcome the cooperation of all parties in matter ${i}.`);
    const older = writeTemp('older.txt', paragraphs.join('\n\n'));
    const newer = writeTemp('newer.txt', paragraphs.map((text) => text.replace('welcome', 'note')).join('\n\n'));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" compare "${older}" "${newer}" | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('0');
  });
});
