import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSafeId, listCorpusFiles, sortDate, uniqueIds } from '../../src/batch/read-corpus.js';

describe('listCorpusFiles', () => {
  it('reads .txt and .md recursively in path order, skipping READMEs, dot-files and other extensions', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-list-'));
    await mkdir(join(dir, 'b'));
    await mkdir(join(dir, 'a'));
    for (const name of ['b/2.txt', 'a/1.md', 'a/README.md', 'README.md', '.hidden.txt', 'index.csv', 'z.txt']) await writeFile(join(dir, name), 'x');
    expect((await listCorpusFiles(dir)).map((path) => path.slice(dir.length + 1))).toEqual(['a/1.md', 'b/2.txt', 'z.txt']);
  });

  it('names the folder when it is not one', async () => {
    await expect(listCorpusFiles('/no/such/folder')).rejects.toThrow('is not a folder');
  });
});

describe('sortDate and uniqueIds', () => {
  it('falls back to a year-only date, as the UN General Debate files have', () => {
    expect(sortDate({ date: null, extra: { year: 2024 } })).toBe('2024');
    expect(sortDate({ date: '2023-12-13', extra: { year: 1999 } })).toBe('2023-12-13');
    expect(sortDate({ date: null })).toBeNull();
  });

  it('keeps the first of a repeated id and suffixes the rest', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a~2', 'a~3']);
  });
});

describe('listCorpusFiles on links', () => {
  it('follows each real folder and file once: a link cycle does not multiply the corpus', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-cycle-'));
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    for (const name of ['1.txt', 'a/2.txt', 'a/3.txt', 'a/b/4.txt', 'a/b/5.txt']) await writeFile(join(dir, name), 'x');
    await symlink('..', join(dir, 'a', 'b', 'up')); // a/b/up → a: a cycle
    await symlink(dir, join(dir, 'a', 'root')); // a/root → the corpus itself
    await symlink(join(dir, '1.txt'), join(dir, 'a', 'one.txt')); // a second name for 1.txt
    // Was: followed ~41 levels deep, 5 files became 205 documents.
    expect((await listCorpusFiles(dir)).map((path) => path.slice(dir.length + 1))).toEqual(['1.txt', 'a/2.txt', 'a/3.txt', 'a/b/4.txt', 'a/b/5.txt']);
  });
});

describe('fileSafeId on long ids', () => {
  it('shortens an id over 100 characters with a hash of the whole, so long ids stay apart and file names stay short', () => {
    const long = 'x'.repeat(300);
    expect(fileSafeId(long)).toMatch(/^x{83}-[0-9a-f]{16}$/);
    expect(fileSafeId(long)).not.toBe(fileSafeId(`${long}y`));
    expect(fileSafeId('fomc 2015')).toBe('fomc_2015');
  });
});
