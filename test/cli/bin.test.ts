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
  it('answers --version and --help without yargs exactly as yargs does', async () => {
    const { renderHelp } = await import('../../src/cli/help-cache.js');
    const { TOOL_VERSION } = await import('../../src/version.js');
    const english = { ...process.env, LC_ALL: 'en_US.UTF-8' };
    // Not a terminal: width 100, the pre-rendered help (dist/cli/help.json) — byte for byte what yargs prints.
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', env: english });
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(await renderHelp(100));
    expect(spawnSync(process.execPath, [BIN, '-h'], { encoding: 'utf8', env: english }).stdout).toBe(help.stdout);
    for (const flag of ['--version', '-V']) expect(spawnSync(process.execPath, [BIN, flag], { encoding: 'utf8' }).stdout).toBe(`${TOOL_VERSION}\n`);
  });

  it('writes `report LEFT RIGHT -o OUT` without yargs exactly as through yargs, errors included', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { DRAFT } = await import('../helpers/paths.js');
    const folder = mkdtempSync(join(tmpdir(), 'redline-quick-report-'));
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
    // The first form is parsed by `quickReportArguments`; `--quiet` (which changes no file) sends the second through yargs.
    const quick = spawnSync(process.execPath, [BIN, 'report', DRAFT, SEED, '-o', join(folder, 'quick.html')], { encoding: 'utf8', env });
    const parsed = spawnSync(process.execPath, [BIN, 'report', DRAFT, SEED, '-o', join(folder, 'parsed.html'), '--quiet'], { encoding: 'utf8', env });
    expect([quick.status, quick.stderr, parsed.status]).toEqual([0, '', 0]);
    expect(readFileSync(join(folder, 'quick.html'), 'utf8')).toBe(readFileSync(join(folder, 'parsed.html'), 'utf8'));
    const missing = spawnSync(process.execPath, [BIN, 'report', 'no-such-file.txt', SEED, '--out', join(folder, 'x.md')], { encoding: 'utf8' });
    expect([missing.status, missing.stderr]).toEqual([2, 'redline: no-such-file.txt: no such file. Check the path and try again.\n']);
    const format = spawnSync(process.execPath, [BIN, 'report', DRAFT, SEED, '-o', join(folder, 'x.xyz')], { encoding: 'utf8' });
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('report cannot write a .xyz file');
  });

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
