import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolderSync, writeFileAtomic } from '../src/io.js';
import { RedlineError } from '../src/errors.js';
import { ROOT } from './helpers/paths.js';

const BUILT = existsSync(join(ROOT, 'dist/io.js'));

describe('writeFileAtomic', () => {
  it('writes a long text in pieces byte for byte as its UTF-8 form, a surrogate pair across a piece boundary included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-io-'));
    // The emoji's first half is the last character of the first 1 MiB piece: the piece must end before it.
    const text = `${'a'.repeat((1 << 20) - 1)}\u{1F600} résolution — ${'é'.repeat(1 << 20)} fin\n`;
    await writeFileAtomic(join(dir, 'long.html'), text);
    expect(readFileSync(join(dir, 'long.html')).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['long.html']);
  });

  it('writes a text given in pieces, taken one at a time, as the UTF-8 form of their concatenation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-io-'));
    const taken: number[] = [];
    const pieces = function* (): Generator<string> {
      for (const [index, piece] of ['<head>', `${'é'.repeat((1 << 20) + 3)}\u{1F600}`, '', '— fin\n'].entries()) {
        taken.push(index);
        yield piece;
      }
    };
    await writeFileAtomic(join(dir, 'pieces.html'), pieces());
    expect(readFileSync(join(dir, 'pieces.html')).equals(Buffer.from(`<head>${'é'.repeat((1 << 20) + 3)}\u{1F600}— fin\n`, 'utf8'))).toBe(true);
    expect(taken).toEqual([0, 1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['pieces.html']);
  });

  it('passes on the error of content rendered while it is written, and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-io-'));
    const failing = function* (): Generator<string> {
      yield '<head>';
      throw new RedlineError('bad-template', 'rendering the report failed (x)', 'Check the templates.');
    };
    await expect(writeFileAtomic(join(dir, 'report.html'), failing())).rejects.toMatchObject({ code: 'bad-template', message: 'rendering the report failed (x)' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says the disk is full when it is (ENOSPC), not that the folder may be missing', async () => {
    // /dev/full accepts no byte: every write fails with ENOSPC.
    await expect(writeFileAtomic('/dev/full', 'report')).rejects.toMatchObject({
      code: 'cannot-write',
      message: 'cannot write the output (ENOSPC)',
      hint: 'The disk is full: free some space, or write to another disk.',
    });
  });

  it.skipIf(!BUILT)('removes its temporary file when SIGTERM or SIGINT arrives during a large write', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'redline-signal-'));
      // A child writes 400 MB; as soon as its temporary file appears, it gets the signal.
      const script = `import('${join(ROOT, 'dist/io.js')}').then((io) => io.writeFileAtomic(${JSON.stringify(join(dir, 'report.html'))}, 'x'.repeat(400 * 1024 * 1024)))`;
      const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, received) => resolve(received)));
      const deadline = Date.now() + 20_000;
      while (!readdirSync(dir).some((name) => name.endsWith('.tmp')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
      child.kill(signal);
      expect(await exited).toBe(signal); // it dies of the signal, as without the handler
      expect(readdirSync(dir)).toEqual([]); // no hidden half-written file, no report
    }
  }, 60_000);
});

describe('makeFolderSync: mkdir -p that ends', () => {
  it('makes every missing folder of a path, and takes one that exists', () => {
    const base = mkdtempSync(join(tmpdir(), 'redline-make-folder-'));
    const deep = join(base, 'a', 'b', 'c');
    makeFolderSync(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(() => makeFolderSync(deep)).not.toThrow();
  });

  it('fails at once with the folder\'s error where a file stands in the path, or the parent cannot hold it (/proc: Node\'s recursive mkdir spins there)', () => {
    const base = mkdtempSync(join(tmpdir(), 'redline-make-folder-'));
    writeFileSync(join(base, 'file'), 'x');
    expect(() => makeFolderSync(join(base, 'file', 'sub'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    if (existsSync('/proc/self')) expect(() => makeFolderSync('/proc/redline-test/sub')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
