import { open, readdir, realpath, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import type { DocumentMeta, SkippedInput } from '../types.js';
import { RedlineError } from '../errors.js';
import { skippedFileReason } from '../ingest/index.js';

/** Extensions a corpus folder is read for: every format `compare` reads (the content decides how, see ingest/detect-format). */
const CORPUS_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf', '.docx'] as const;

/** What a corpus folder holds: the documents to read, and the other files (skipped, each with why: named on stderr and in batch.json). */
export interface CorpusListing {
  files: string[];
  skipped: SkippedInput[];
}

/** Why an earlier batch's page, digest or manifest folder's digest.docx is skipped: it is redline's output, not a document. */
export function batchOutputReason(path: string): string {
  return `${path}: is an output of an earlier redline batch, not a document. Compare the texts it was made from.`;
}

/**
 * Every document file (text, Markdown, HTML, PDF, Word) under `dir`, recursively, as paths joined to `dir`, sorted by
 * their path relative to `dir` (code-point order) so every run lists the same corpus in the same order. READMEs and
 * dot-files are not documents.
 */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  return (await listCorpusInputs(dir)).files;
}

/** The short name of a file's format for summaries, from its extension: `pdf`, `txt`, `html` (`.htm` too), or `other`. */
export function formatLabel(path: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(path);
  const extension = match ? match[1].toLowerCase() : '';
  if (extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'markdown') return 'md';
  return extension || 'other';
}

/**
 * What a batch writes into its output folder (see `outputs.ts`, and `pairReportPath`/`historyPath` in `tasks.ts`): the
 * run-level files, and the folders of pair reports and series histories. When `--out` is the corpus folder or inside
 * it, a batch output there is never read as a document: JSON files (no document format) are passed over without being
 * counted as skipped, and a page or Markdown file is left out when its first bytes are a batch's (`isBatchOutput`), so a
 * document of the user's that happens to sit there is still read. Such pages elsewhere in the corpus (the outputs of a
 * run into another folder of it) are skipped too, and counted among the skipped files.
 */
const BATCH_OUTPUT_FILES = new Set(['batch.json', 'results.jsonl', 'lineage.json', 'digest.json', 'index.html', 'digest.md']);
const BATCH_OUTPUT_FOLDERS = ['pairs', 'series'];

/** Whether the file begins as a page or digest a batch writes: the report's generator tag, the index's title, the digest's heading. */
async function isBatchOutput(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
    const start = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    const text = start.toString('utf8', 0, bytesRead);
    // The digest of UN series is "What was negotiated", of other texts (FOMC statements) "What changed" (trial 15c: a
    // second run with --out inside the corpus read the first run's digest.md and digest.docx as two more documents).
    return /<meta name="generator" content="redline /.test(text) || /<title>redline batch: /.test(text) || text.startsWith('# What was negotiated\n\n') || text.startsWith('# What changed\n\n');
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/** Whether the file is a batch's manifest: `batch.json` as redline writes it (its `tool` named redline near the start). */
async function isBatchManifest(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
    const start = Buffer.alloc(256);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    return /"tool":\s*\{\s*"name":\s*"redline"/.test(start.toString('utf8', 0, bytesRead));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * The documents of a corpus folder and the files skipped in it; `outDir`, the run's output folder, when it is in the
 * corpus: the batch's own outputs there are left out. A link named like a document that cannot be followed (it loops,
 * or points at nothing) is listed, so that the scan reports it with its reason instead of skipping it without a word.
 */
export async function listCorpusInputs(dir: string, outDir?: string): Promise<CorpusListing> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new RedlineError('not-found', 'is not a folder', 'Give --corpus a folder of documents (.txt, .md, .html, .pdf, .docx); for the catalogue\'s texts, run `redline corpus fetch` first (it fills corpus/texts/).', dir);
  const found: string[] = [];
  // Each folder and file is read once, by its real path: a link back to a parent (a cycle) or a second link to the
  // same folder would otherwise be walked again and again (5 files became 205 documents).
  const seenFolders = new Set<string>();
  const seenFiles = new Set<string>();
  const skipped: SkippedInput[] = [];
  const out = outDir === undefined ? null : await realpath(outDir).catch(() => null);
  const outputFolders = out === null ? [] : [out, ...BATCH_OUTPUT_FOLDERS.map((name) => join(out, name))];
  // `inBatchRun`: the folder is an earlier run's output folder (its batch.json is redline's) or its pairs/ or series/:
  // its JSON files are that run's records, skipped as redline's output rather than named one by one as another format.
  const walk = async (folder: string, inBatchRun = false): Promise<void> => {
    const real = await realpath(folder).catch(() => null);
    if (real === null || seenFolders.has(real)) return;
    seenFolders.add(real);
    const inOutputs = outputFolders.includes(real);
    // In name order, so which of two paths to one file is kept does not depend on the file system's listing order.
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // A folder holding a batch's manifest (batch.json, tool redline) holds that run's digest.docx: no document.
    const manifest = entries.some((entry) => entry.name === 'batch.json') && (await isBatchManifest(join(folder, 'batch.json')));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (manifest && entry.name === 'digest.docx') {
        if (real !== out) skipped.push({ path, kind: 'redline-output', reason: batchOutputReason(path) });
        continue;
      }
      if (inOutputs && (real === out ? BATCH_OUTPUT_FILES.has(entry.name) : /\.(json|html)$/.test(entry.name)) && (entry.name.endsWith('.json') || entry.name.endsWith('.jsonl') || (await isBatchOutput(path)))) continue;
      const target = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry; // follow links
      if (target === null && isCorpusFile(entry.name)) {
        found.push(path); // a link that loops or points at nothing: the scan fails it with its reason
        continue;
      }
      if (target?.isDirectory()) await walk(path, manifest && BATCH_OUTPUT_FOLDERS.includes(entry.name));
      else if (target?.isFile() && isCorpusFile(entry.name)) {
        const file = await realpath(path).catch(() => path);
        if (seenFiles.has(file)) continue;
        seenFiles.add(file);
        // A page or digest an earlier batch wrote elsewhere in the corpus is no document: skipped, and counted.
        if (/\.(html?|xhtml|md|markdown)$/i.test(entry.name) && (await isBatchOutput(path))) skipped.push({ path, kind: 'redline-output', reason: batchOutputReason(path) });
        else found.push(path);
      }
      else if (target?.isFile() && (manifest || inBatchRun) && /\.jsonl?$/i.test(entry.name)) skipped.push({ path, kind: 'redline-output', reason: batchOutputReason(path) });
      else if (target?.isFile() && !/^readme(\.|$)/i.test(entry.name)) skipped.push({ path, kind: 'other-format', reason: skippedFileReason(path) });
    }
  };
  await walk(dir);
  const key = (path: string): string => relative(dir, path).split(sep).join('/');
  const order = (a: string, b: string): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return { files: found.sort(order), skipped: skipped.sort((a, b) => order(a.path, b.path)) };
}

function isCorpusFile(name: string): boolean {
  const lower = name.toLowerCase();
  if (/^readme(\.|$)/.test(lower)) return false;
  return CORPUS_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * The date a document sorts by: its date (ISO, or a year alone from front matter `date: 2012`), else a front-matter
 * `year` (the UN General Debate files carry it), else null (undated documents sort after dated ones).
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

/**
 * Order documents by date (undated last; a year-only date before the full dates of its year), then id: the order of the
 * heatmap, the lineage and `left`/`right` in a pair (in target mode an undated document is taken as earlier than the
 * target, see `planPairs` and `isEarlier`).
 */
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

/** Longest id kept whole in a file name: a pair report holds two, and a file name may have 255 bytes. */
const MAX_FILE_ID = 100;

/**
 * An id as it appears in a file name: anything but letters, digits and `._~-` becomes `_`; an id longer than
 * MAX_FILE_ID keeps its first 83 characters and a hash of the whole (`…-1a2b3c4d5e6f7a8b`), so two long ids that
 * share a start stay apart and no name reaches the file system's limit (a 300-character id failed with ENAMETOOLONG).
 */
export function fileSafeId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._~-]/g, '_');
  if (safe.length <= MAX_FILE_ID) return safe;
  return `${safe.slice(0, MAX_FILE_ID - 17)}-${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
}
