import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import type { DigestStep, Document, NormalizedDocument } from '../types.js';
import { normalizeDocument, NORMALIZER_VERSION } from '../normalize/normalize.js';
import { RedlineError } from '../errors.js';
import { SIGNATURE_VERSION } from './signature.js';
import { decodeEntry, encodeEntry, isCachedDigestStep, isCachedHistory, isCachedLineage, isCachedPair, isNormalizedDocument, isScanEntry, type CachedHistory, type CachedLineage, type CachedPair, type ScanEntry } from './cache-entries.js';
import { makeFolderSync } from '../io.js';

/**
 * Bump when the facts a scan keeps of a document change, so cached scans are read again: 2 keeps front matter on UN
 * texts and reads drafts' titles, sponsors and `revises` (the series are grouped from these facts); 3 reads a paragraph
 * that a page break cut before a document symbol as one (UN extracted text: the paragraph count and signature change);
 * 4 the same for a page break before a number after a comma, PDF words cut in two mended, running headers kept to furniture;
 * 5 dates: front matter over the text, a year alone kept as the year, a UN text dated by its adoption (session 13);
 * 6 a UN resolution in Word or a Word-made PDF read with its first-page facts, Plenary read as the committee (session 14);
 * 7 a starred first-page note kept as the document's notes, PDF titles set larger, an HTML page's h1 (session 15);
 * 8 plain-text segmentation (soft hyphens, sentences cut after a comma, bare running heads and section numbers) and a
 * release's trailer a fact (session 16); 9 a digest, target memo or history redline wrote, saved as Word or printed to PDF,
 * no document (skipped by a batch), and a Word list item left empty by a tracked deletion no paragraph (session 19); 10 an
 * amendments document's `amends`, and a UN text's extracted text printed to PDF read as that text (session 21); 11 a
 * footer "11 | P a g e" page furniture (session 21); 12 a Markdown rule ("---") alone on a line no paragraph (session 21,
 * trial 21-b D14).
 */
const SCAN_FACTS_VERSION = 'facts/12';

export type { CachedHistory, CachedLineage, CachedPair, ScanEntry } from './cache-entries.js';

/**
 * The disk cache of batch runs, shared by all workers of all runs: scan entries keyed by sha256 + path + signature
 * version, normalized documents keyed by sha256 + normalizer version, compared pairs keyed by everything that
 * decides them (`pairKey` in `tasks.ts`), the lineage sources of a document for a target (`lineageKey`), and the series'
 * histories and digest steps of a chain run (`historyKey`, `chainDigest`). Entries are written to a temporary file and renamed, so concurrent workers
 * and interrupted runs never leave half an entry. Every entry is checked before use (`cache-entries.ts`: a checksum,
 * then its shape); one that fails is recomputed and noted in `problems`, which the run reports once. A cache that
 * cannot be written (a full disk, a file where a folder should be) is noted the same way and the run goes on without it.
 */
export class BatchCache {
  /** Entries found damaged (recomputed) or not written, as `<path in the cache>: <why>`. */
  readonly problems: string[] = [];

  /** Use (and create on demand) the cache under `dir`; null disables the cache. */
  constructor(private readonly dir: string | null) {}

  /** The normalized form of `document`, from the cache or computed and stored. */
  normalize(document: Document): NormalizedDocument {
    const path = this.dir ? this.normalizedPath(document.meta.sha256) : null;
    const expected = { sha256: document.meta.sha256, normalizer: NORMALIZER_VERSION, paragraphs: document.paragraphs.length };
    const cached = path ? this.read(path, (value) => isNormalizedDocument(value, expected)) : null;
    if (cached) return cached;
    const normalized = normalizeDocument(document);
    if (path) this.write(path, normalized);
    return normalized;
  }

  /** True when the normalized form of a document with this sha256 is already stored (checked when it is read). */
  hasNormalized(sha256: string): boolean {
    return this.dir !== null && existsSync(this.normalizedPath(sha256));
  }

  /** The cached scan of the file at `path` with content `sha256`, or null. */
  getScan(sha256: string, path: string): ScanEntry | null {
    return this.dir ? this.read(this.scanPath(sha256, path), (value) => isScanEntry(value, sha256)) : null;
  }

  /** Store the scan of a file. */
  putScan(sha256: string, path: string, entry: ScanEntry): void {
    if (this.dir) this.write(this.scanPath(sha256, path), entry);
  }

  /** A pair compared before under the same key, or null. */
  getPair(key: string): CachedPair | null {
    return this.dir ? this.read(this.pairPath(key), isCachedPair) : null;
  }

  /** Store a compared pair. */
  putPair(key: string, value: CachedPair): void {
    if (this.dir) this.write(this.pairPath(key), value);
  }

  /** The lineage sources a document gave a target under the same key (`lineageKey` in `tasks.ts`), or null. */
  getLineage(key: string): CachedLineage | null {
    return this.dir ? this.read(this.lineagePath(key), isCachedLineage) : null;
  }

  /** Store the lineage sources a document gave a target. */
  putLineage(key: string, value: CachedLineage): void {
    if (this.dir) this.write(this.lineagePath(key), value);
  }

  /** A series' history written before under the same key (`historyKey` in `tasks.ts`), or null. */
  getHistory(key: string): CachedHistory | null {
    return this.dir ? this.read(this.historyPath(key), isCachedHistory) : null;
  }

  /** Store a series' history. */
  putHistory(key: string, value: CachedHistory): void {
    if (this.dir) this.write(this.historyPath(key), value);
  }

  /** A chain digest's step made before under the same key (`chainDigest`), or null. */
  getDigestStep(key: string): DigestStep | null {
    return this.dir ? this.read(this.keyedPath('digest', key), isCachedDigestStep) : null;
  }

  /** Store a chain digest's step. */
  putDigestStep(key: string, value: DigestStep): void {
    if (this.dir) this.write(this.keyedPath('digest', key), value);
  }

  /** Read and check an entry: null when absent, or (noted in `problems`) when it fails its checksum or its shape. */
  private read<T>(path: string, isValid: (value: unknown) => value is T): T | null;
  private read<T>(path: string, isValid: (value: unknown) => boolean): T | null;
  private read<T>(path: string, isValid: (value: unknown) => boolean): T | null {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.note(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      return null;
    }
    const decoded = decodeEntry(text);
    if (!decoded.ok) {
      this.note(path, decoded.problem);
      return null;
    }
    if (!isValid(decoded.value)) {
      this.note(path, 'does not have the shape of its kind of entry');
      return null;
    }
    return decoded.value as T;
  }

  private write(path: string, value: unknown): void {
    try {
      writeJsonAtomic(path, encodeEntry(value));
    } catch (error) {
      this.note(path, `cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }

  private note(path: string, problem: string): void {
    this.problems.push(`${relative(this.dir!, path)}: ${problem}`);
  }

  private pairPath(key: string): string {
    return join(this.dir!, 'pairs', key.slice(0, 2), `${key}.json`);
  }

  private keyedPath(folder: 'digest', key: string): string {
    return join(this.dir!, folder, key.slice(0, 2), `${key}.json`);
  }

  private historyPath(key: string): string {
    return join(this.dir!, 'histories', key.slice(0, 2), `${key}.json`);
  }

  private lineagePath(key: string): string {
    return join(this.dir!, 'lineage', key.slice(0, 2), `${key}.json`);
  }

  private normalizedPath(sha256: string): string {
    return join(this.dir!, 'normalized', slug(NORMALIZER_VERSION), sha256.slice(0, 2), `${sha256}.json`);
  }

  private scanPath(sha256: string, path: string): string {
    const pathKey = createHash('sha256').update(path).digest('hex').slice(0, 16);
    return join(this.dir!, 'scan', slug(`${SIGNATURE_VERSION}+${SCAN_FACTS_VERSION}`), sha256.slice(0, 2), `${sha256}-${pathKey}.json`);
  }
}

/**
 * A fingerprint of redline's built code (every module and data file of the folder above this one, by content): what a
 * cache entry made by rules without a version of their own (the digest's) is keyed by. Computed once per thread.
 */
let builtCode: string | null = null;
export function buildFingerprint(): string {
  if (builtCode !== null) return builtCode;
  const root = fileURLToPath(new URL('../', import.meta.url));
  const hash = createHash('sha256');
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:js|cjs|json|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) hash.update(`${relative(root, path)}\u0000`).update(readFileSync(path)).update('\u0000');
    }
  };
  walk(root);
  builtCode = hash.digest('hex');
  return builtCode;
}

/** The folders of a cache: each must be a folder if it exists. */
const CACHE_FOLDERS = ['pairs', 'normalized', 'scan', 'lineage', 'histories', 'digest'] as const;

/**
 * Refuse, with one line, a cache path that is a file (or holds a file where one of its folders belongs): every entry
 * would fail to be written, and every document would be reported as failed.
 */
export function assertCacheUsable(dir: string | null): void {
  if (dir === null) return;
  for (const path of [dir, ...CACHE_FOLDERS.map((folder) => join(dir, folder))]) {
    let info;
    try {
      info = statSync(path);
    } catch {
      return; // absent: created on demand (a missing parent means its children are missing too)
    }
    if (!info.isDirectory()) {
      throw new RedlineError('bad-cache', 'is a file where the batch cache needs a folder', `Give --cache a folder (e.g. --cache .redline-cache), remove the file, or run with --no-cache.`, path);
    }
  }
}

/** Encode a signature for the cache. */
export function encodeSignature(signature: Uint32Array): string {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString('base64');
}

/** Decode a cached signature. */
export function decodeSignature(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]+/g, '_');
}

/** Folders this thread has made or found: a cold batch writes thousands of entries into a few hundred folders. */
const madeFolders = new Set<string>();

/** Write JSON so readers see the old file or the whole new one (temp file + rename, synchronously: workers are sync). */
export function writeJsonAtomic(path: string, value: unknown): void {
  const folder = dirname(path);
  if (!madeFolders.has(folder)) {
    makeFolderSync(folder);
    madeFolders.add(folder);
  }
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  try {
    try {
      writeFileSync(temporary, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      makeFolderSync(folder); // the folder was removed since this thread made it
      writeFileSync(temporary, text);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary); // a full disk leaves no half-written temporary file behind
    } catch {
      // never created
    }
    throw error;
  }
}
