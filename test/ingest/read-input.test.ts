import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText, readInput } from '../../src/ingest/read-input.js';
import { repairWithWarning } from '../../src/ingest/mojibake.js';
import type { Warning } from '../../src/types.js';
import { RedlineError } from '../../src/errors.js';
import { ROOT } from '../helpers/paths.js';

async function refusal(promise: Promise<unknown>): Promise<RedlineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RedlineError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('readInput on streams and devices', () => {
  it('applies --max-bytes to the bytes read from /dev/zero and /dev/urandom, whose size stat reports as 0', async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const error = await refusal(readInput(device, 1024 * 1024));
      expect(error).toMatchObject({ code: 'too-large', file: device });
      expect(error.toLine()).toBe(`${device}: is over the 1.0 MB limit (read from a stream or device). Split the document, or raise the limit with --max-bytes.`);
    }
  }, 10_000);

  it('stops reading an endless FIFO at the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-fifo-'));
    const fifo = join(dir, 'endless');
    execFileSync('mkfifo', [fifo]);
    // An endless writer: `yes` dies of SIGPIPE once the reader closes the FIFO.
    const writer = spawn('sh', ['-c', `yes 'We welcome the decision.' > '${fifo}'`], { stdio: 'ignore' });
    try {
      const error = await refusal(readInput(fifo, 256 * 1024));
      expect(error).toMatchObject({ code: 'too-large', file: fifo });
    } finally {
      writer.kill();
    }
  }, 10_000);

  it('reads a FIFO that ends under the limit whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-fifo-'));
    const fifo = join(dir, 'short');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf 'We welcome the decision.\\n' > '${fifo}'`], { stdio: 'ignore' });
    const input = await readInput(fifo, 1024);
    writer.kill();
    expect(new TextDecoder().decode(input.bytes)).toBe('We welcome the decision.\n');
  }, 10_000);

  // procfs files are regular files whose size stat reports as 0: the limit applies to the bytes read, as for a device.
  it.skipIf(!existsSync('/proc/self/maps'))('applies --max-bytes to a regular file whose stat size is 0 (/proc/self/maps)', async () => {
    const error = await refusal(readInput('/proc/self/maps', 100));
    expect(error.toLine()).toBe('/proc/self/maps: is over the 100 bytes limit (read from a stream or device). Split the document, or raise the limit with --max-bytes.');
  });

  it('refuses a regular file over the limit by its size, before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-size-'));
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(2048));
    expect((await refusal(readInput(path, 1024))).toLine()).toBe(`${path}: is 2.0 KB, over the 1.0 KB limit. Split the document, or raise the limit with --max-bytes.`);
  });

  // As root the test reads the file as `nobody`; where root cannot switch user (a container without CAP_SETUID) it cannot
  // make the file unreadable to the CLI at all, and says so rather than fail.
  const cannotSwitch = process.getuid?.() === 0 && spawnSync(process.execPath, ['-e', 'process.setgid(65534); process.setuid(65534)']).status !== 0;
  it.skipIf(!existsSync(join(ROOT, 'dist/cli/main.js')) || cannotSwitch)(`gives an unreadable file (mode 000) one line and exit 2, not an internal error${cannotSwitch ? ' (skipped: running as root, and root cannot switch to nobody here, so no file is unreadable)' : ''}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-eacces-'));
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'We welcome the decision.\n');
    chmodSync(path, 0o000);
    chmodSync(dir, 0o755);
    // root reads any file, so as root the CLI must read it as `nobody`. The checkout may sit in a folder `nobody` cannot
    // enter (CI clones into a private `mktemp -d`), so the same command line runs once as root, silently, which loads
    // every module and file it needs (yargs' locale, the engine); only then does the process drop to `nobody` and run it
    // again: the test does not depend on where the repository lives.
    const asNobody = `
      const { run } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/cli/run.js')).href)});
      const silent = { stdout: { write() {} }, stderr: { write() {} }, env: process.env };
      if ((await run(process.argv.slice(1), silent)) !== 0) throw new Error('root could not compare the file');
      process.setgid(65534);
      process.setuid(65534);
      process.exitCode = await run(process.argv.slice(1));`;
    const command = process.getuid?.() === 0 ? ['--input-type=module', '-e', asNobody, 'compare', path, path] : [join(ROOT, 'bin/redline.js'), 'compare', path, path];
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, command, { stdio: 'pipe', timeout: 20_000 });
    } catch (error) {
      const failed = error as { status: number; stderr: Buffer };
      status = failed.status;
      stderr = failed.stderr.toString();
    }
    expect(status).toBe(2);
    expect(stderr).toBe(`redline: ${path}: permission denied. Make the file readable (e.g. \`chmod u+r\`), or run as a user who may read it.\n`);
  }, 30_000);
});

// Trial 13b: the seed saved as Notepad's "Unicode" (UTF-16 with a byte-order mark) was called a binary file; saved as
// Windows-1252, the advice `iconv -f latin1 -t utf-8` turned its en dash (0x96) into the control character U+0096,
// which was then reported as a spelling change ("Russia–Africa" → "Russia\u0096Africa").
describe('decodeText: encodings other than UTF-8', () => {
  const text = 'Russia–Africa “partnership”.\r\n\r\nSecond paragraph.\r\n';
  const utf16be = (value: string): Uint8Array => {
    const little = Buffer.from(value, 'utf16le');
    for (let i = 0; i < little.length; i += 2) [little[i], little[i + 1]] = [little[i + 1], little[i]];
    return little;
  };

  it('reads UTF-16 with its byte-order mark, little- and big-endian, as the same text as UTF-8', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]);
    const expected = 'Russia–Africa “partnership”.\n\nSecond paragraph.\n';
    expect(decodeText(new Uint8Array(le), 'le.txt')).toBe(expected);
    expect(decodeText(new Uint8Array(be), 'be.txt')).toBe(expected);
  });

  it('still calls NUL bytes without a UTF-16 mark binary', () => {
    expect(() => decodeText(new Uint8Array(Buffer.from('a\u0000b\u0000', 'latin1')), 'x.bin')).toThrow(/binary file/);
  });

  it('advises windows-1252, not latin1, for a text that is not UTF-8', () => {
    const bytes = new Uint8Array([0x52, 0x75, 0x73, 0x73, 0x69, 0x61, 0x96, 0x41, 0x66, 0x72, 0x69, 0x63, 0x61]); // Russia–Africa in Windows-1252
    const error = (() => {
      try {
        decodeText(bytes, 'seed-1252.txt');
      } catch (caught) {
        return caught as RedlineError;
      }
      throw new Error('expected a refusal');
    })();
    expect(error.toLine()).toContain('`iconv -f windows-1252 -t utf-8`');
    expect(error.toLine()).not.toContain('latin1');
  });
});

describe('control characters of a wrong conversion', () => {
  it('repairs C1 controls through Windows-1252 (an en dash read as Latin-1), saying so in one line naming the file', () => {
    const warnings: Warning[] = [];
    const text = repairWithWarning('Title\n\nRussia\u0096Africa Summit and Russia\u0096Africa forum.\n', 'seed-latin1.txt', warnings);
    expect(text).toBe('Title\n\nRussia–Africa Summit and Russia–Africa forum.\n');
    expect(warnings).toEqual([{ code: 'windows-1252', message: 'repaired 2 Windows-1252 characters read as Latin-1 (C1 control characters), e.g. \\u0096 → "–"', file: 'seed-latin1.txt' }]);
  });

  it('warns, naming the file, of the C1 controls Windows-1252 leaves undefined, and leaves clean texts alone', () => {
    const warnings: Warning[] = [];
    const text = repairWithWarning('Title\n\nRussia\u0081Africa Summit and Russia\u0081Africa forum.\n', 'seed-latin1.txt', warnings);
    expect(text).toContain('Russia\u0081Africa');
    expect(warnings).toEqual([
      {
        code: 'control-characters',
        message: 'has 2 C1 control characters, the first \\u0081 on line 3: a Windows-1252 text converted as Latin-1? Convert the original with `iconv -f windows-1252 -t utf-8`',
        file: 'seed-latin1.txt',
      },
    ]);
    const clean: Warning[] = [];
    repairWithWarning('Russia–Africa.\n', 'seed.txt', clean);
    expect(clean).toEqual([]);
  });
});
