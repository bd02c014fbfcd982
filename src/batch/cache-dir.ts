import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RedlineError } from '../errors.js';

/**
 * The batch cache folder as a whole: how big it is, trimming it to a size, emptying it. Only the folders the cache
 * writes (`CACHE_FOLDERS`) are ever read or removed, so a `--cache` pointed at a folder holding other files (a home
 * directory, by mistake) loses nothing else.
 */

/** The sub-folders `BatchCache` (cache.ts) writes: scans, normalized documents, compared pairs, lineage sources. */
export const CACHE_FOLDERS = ['scan', 'normalized', 'pairs', 'lineage'] as const;

/** The cache-directory tag (https://bford.info/cachedir/): marks the folder as a cache for backup tools, and for
 * `cleanCache` as redline's own. */
export const CACHE_TAG = 'CACHEDIR.TAG';
const CACHE_TAG_TEXT = 'Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache written by redline (redline batch); `redline cache clean` empties it.\n';

/** Create the cache folder with its tag (a run does this before writing any entry). */
export async function markCacheDir(dir: string): Promise<void> {
  if (existsSync(join(dir, CACHE_TAG))) return;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, CACHE_TAG), CACHE_TAG_TEXT);
}

/** A cache file: where, how big, when last written. */
interface CacheFile {
  path: string;
  bytes: number;
  modified: number;
}

/** Size of the cache: files and bytes (0 and 0 when the folder does not exist). */
export async function cacheUsage(dir: string): Promise<{ files: number; bytes: number }> {
  const files = await cacheFiles(dir);
  return { files: files.length, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
}

/**
 * Trim the cache to `maxBytes`: the entries written longest ago go first (an entry is rewritten whenever it is
 * recomputed, so what recent runs use stays). Returns what was removed.
 */
export async function pruneCache(dir: string, maxBytes: number): Promise<{ files: number; bytes: number }> {
  if (!existsSync(join(dir, CACHE_TAG))) return { files: 0, bytes: 0 }; // not ours to trim
  const files = await cacheFiles(dir);
  let total = files.reduce((sum, file) => sum + file.bytes, 0);
  const removed = { files: 0, bytes: 0 };
  if (total <= maxBytes) return removed;
  files.sort((a, b) => a.modified - b.modified || a.path.localeCompare(b.path));
  for (const file of files) {
    if (total <= maxBytes) break;
    await rm(file.path, { force: true });
    total -= file.bytes;
    removed.files++;
    removed.bytes += file.bytes;
  }
  return removed;
}

/** Remove every cache entry (the cache's own folders, then the folder itself when that leaves it empty). */
export async function cleanCache(dir: string): Promise<{ files: number; bytes: number }> {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  if (!existsSync(join(dir, CACHE_TAG))) {
    throw new RedlineError('not-a-cache', `has no ${CACHE_TAG}, so it is not a cache redline made`, 'Check the folder; if it is an old redline cache, remove it yourself.', dir);
  }
  const usage = await cacheUsage(dir);
  for (const folder of CACHE_FOLDERS) await rm(join(dir, folder), { recursive: true, force: true });
  await rm(join(dir, CACHE_TAG), { force: true });
  await rmdir(dir).catch(() => undefined); // not empty (other files) or absent: left as it is
  return usage;
}

async function cacheFiles(dir: string): Promise<CacheFile[]> {
  const files: CacheFile[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return; // absent
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        const info = await stat(path).catch(() => null);
        if (info) files.push({ path, bytes: info.size, modified: info.mtimeMs });
      }
    }
  };
  for (const folder of CACHE_FOLDERS) await walk(join(dir, folder));
  return files;
}
