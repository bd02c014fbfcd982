import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCorpusFiles, sortDate, uniqueIds } from '../../src/batch/read-corpus.js';

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
