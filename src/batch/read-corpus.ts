import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { DocumentMeta } from '../types.js';
import { RedlineError } from '../errors.js';

/** Extensions a corpus folder is read for. */
const CORPUS_EXTENSIONS = ['.txt', '.md'] as const;

/**
 * Every `.txt` / `.md` file under `dir`, recursively, as paths joined to `dir`, sorted by their path relative to `dir`
 * (code-point order) so every run lists the same corpus in the same order. READMEs and dot-files are not documents.
 */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new RedlineError('not-found', 'is not a folder', 'Give --corpus a folder of .txt or .md files.', dir);
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      const target = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry; // follow links; skip broken ones
      if (target?.isDirectory()) await walk(path);
      else if (target?.isFile() && isCorpusFile(entry.name)) found.push(path);
    }
  };
  await walk(dir);
  const key = (path: string): string => relative(dir, path).split(sep).join('/');
  return found.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function isCorpusFile(name: string): boolean {
  const lower = name.toLowerCase();
  if (/^readme(\.|$)/.test(lower)) return false;
  return CORPUS_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * The date a document sorts by: its ISO date, else a year-only front-matter `date`/`year` (the UN General Debate files
 * carry only the year), else null (undated documents sort after dated ones).
 */
export function sortDate(meta: Pick<DocumentMeta, 'date' | 'extra'>): string | null {
  if (meta.date) return meta.date;
  const year = meta.extra?.year;
  if ((typeof year === 'number' || typeof year === 'string') && /^\d{4}$/.test(String(year))) return String(year);
  return null;
}

/** The series a document belongs to (front matter `series`), or null. */
export function seriesOf(meta: Pick<DocumentMeta, 'extra'>): string | null {
  const series = meta.extra?.series;
  return typeof series === 'string' && series.trim() ? series.trim() : null;
}

/** Order documents by date (undated last), then id: the order of the heatmap, the lineage and `left`/`right` in a pair. */
export function compareByDate(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Make ids unique in list order: the second `x` becomes `x~2`, so every pair file and table row is unambiguous. */
export function uniqueIds(ids: string[]): string[] {
  // Unique as file names, not only as strings: "fomc 2015" and "fomc_2015" would write the same report file.
  const seen = new Map<string, number>();
  const taken = new Set(ids.map(fileSafeId));
  return ids.map((id) => {
    const key = fileSafeId(id);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return id;
    let candidate = `${id}~${count}`;
    while (taken.has(fileSafeId(candidate))) candidate += '~';
    taken.add(fileSafeId(candidate));
    return candidate;
  });
}

/** An id as it appears in a file name: anything but letters, digits and `._~-` becomes `_`. */
export function fileSafeId(id: string): string {
  return id.replace(/[^A-Za-z0-9._~-]/g, '_');
}
