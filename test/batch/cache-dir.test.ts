import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_TAG, cacheUsage, cleanCache, markCacheDir, pruneCache } from '../../src/batch/cache-dir.js';
import { defaultCacheDir } from '../../src/options.js';

/** A tagged cache with `sizes` entry files under pairs/, the first written longest ago. */
async function cacheWith(sizes: number[]): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'redline-cache-')), 'cache');
  await markCacheDir(dir);
  await mkdir(join(dir, 'pairs', 'ab'), { recursive: true });
  for (const [index, size] of sizes.entries()) {
    const path = join(dir, 'pairs', 'ab', `entry-${index}.json`);
    await writeFile(path, 'x'.repeat(size));
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
    expect((await readdir(join(dir, 'pairs', 'ab'))).sort()).toEqual(['entry-2.json', 'entry-3.json']);
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
    const dir = await cacheWith([10, 20]);
    await writeFile(join(dir, 'notes.txt'), 'not the cache’s');
    expect(await cleanCache(dir)).toEqual({ files: 2, bytes: 30 });
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
