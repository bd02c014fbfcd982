import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Document, DocumentMeta, LineageMatch, NormalizedDocument, PairRecord } from '../types.js';
import { normalizeDocument, NORMALIZER_VERSION } from '../normalize/normalize.js';
import { SIGNATURE_VERSION } from './signature.js';

/** What a scan of one corpus file leaves in the cache: enough to plan a run without reading the text again. */
export interface ScanEntry {
  meta: DocumentMeta;
  paragraphs: number;
  /** Shingle signature (`signature.ts`), as base64 of its little-endian Uint32 bytes. */
  signature: string;
}

/** A pair compared in an earlier run: its record (any pair number), lineage and report texts. */
export interface CachedPair {
  record: PairRecord;
  lineage: LineageMatch[];
  reportText: string | null;
  htmlText: string | null;
}

/**
 * The disk cache of batch runs, shared by all workers of all runs: scan entries keyed by sha256 + path + signature
 * version, normalized documents keyed by sha256 + normalizer version, and compared pairs keyed by everything that
 * decides them (`pairKey` in `tasks.ts`). Entries are written to a temporary file and renamed, so concurrent workers
 * and interrupted runs never leave half an entry; an unreadable entry is recomputed.
 */
export class BatchCache {
  /** Use (and create on demand) the cache under `dir`; null disables the cache. */
  constructor(private readonly dir: string | null) {}

  /** The normalized form of `document`, from the cache or computed and stored. */
  normalize(document: Document): NormalizedDocument {
    const path = this.dir ? this.normalizedPath(document.meta.sha256) : null;
    const cached = path ? readJson<NormalizedDocument>(path) : null;
    if (cached && cached.sha256 === document.meta.sha256 && cached.normalizer === NORMALIZER_VERSION && cached.paragraphs.length === document.paragraphs.length) return cached;
    const normalized = normalizeDocument(document);
    if (path) writeJsonAtomic(path, normalized);
    return normalized;
  }

  /** True when the normalized form of a document with this sha256 is already stored. */
  hasNormalized(sha256: string): boolean {
    return this.dir !== null && existsSync(this.normalizedPath(sha256));
  }

  /** The cached scan of the file at `path` with content `sha256`, or null. */
  getScan(sha256: string, path: string): ScanEntry | null {
    return this.dir ? readJson<ScanEntry>(this.scanPath(sha256, path)) : null;
  }

  /** Store the scan of a file. */
  putScan(sha256: string, path: string, entry: ScanEntry): void {
    if (this.dir) writeJsonAtomic(this.scanPath(sha256, path), entry);
  }

  /** A pair compared before under the same key, or null. */
  getPair(key: string): CachedPair | null {
    return this.dir ? readJson<CachedPair>(join(this.dir, 'pairs', key.slice(0, 2), `${key}.json`)) : null;
  }

  /** Store a compared pair. */
  putPair(key: string, value: CachedPair): void {
    if (this.dir) writeJsonAtomic(join(this.dir, 'pairs', key.slice(0, 2), `${key}.json`), value);
  }

  private normalizedPath(sha256: string): string {
    return join(this.dir!, 'normalized', slug(NORMALIZER_VERSION), sha256.slice(0, 2), `${sha256}.json`);
  }

  private scanPath(sha256: string, path: string): string {
    const pathKey = createHash('sha256').update(path).digest('hex').slice(0, 16);
    return join(this.dir!, 'scan', slug(SIGNATURE_VERSION), sha256.slice(0, 2), `${sha256}-${pathKey}.json`);
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

function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null; // absent or damaged: recompute
  }
}

/** Write JSON so readers see the old file or the whole new one (temp file + rename, synchronously: workers are sync). */
export function writeJsonAtomic(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, typeof value === 'string' ? value : JSON.stringify(value));
  renameSync(temporary, path);
}
