import type { Paragraph } from '../types.js';

/**
 * Document signatures for the cheap pre-filter of a batch: the set of hashed word 3-shingles of a document.
 *
 * The signature is deliberately cruder than `normalizeDocument` (lower-cased Unicode words, no lemmas): it costs a
 * regular expression per paragraph instead of a wink-nlp pass, so every document of a large corpus can be screened
 * before any is normalized. Shingles never cross a paragraph break. Hashes are 32-bit FNV-1a; a collision only adds
 * a shared shingle to an estimate, never loses a related pair.
 */

/** Bump when the signature of a text changes, so cached signatures are not reused. */
export const SIGNATURE_VERSION = 'shingle3-fnv1a-mix/2';

/** Words per shingle. */
const SHINGLE = 3;

const WORD = /[\p{L}\p{N}]+/gu;
/** The same words in lower-cased ASCII text, where letters and digits are a-z and 0-9: four times faster than `WORD`. */
const ASCII_WORD = /[a-z0-9]+/g;
/** Text NFKC leaves as it is (ASCII): most corpus paragraphs, which then skip the normalization call. */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The sorted, duplicate-free 32-bit hashes of a document's word 3-shingles. Each word is hashed once and a shingle's
 * hash mixes its three words' hashes: building each shingle's string and hashing it again was a third of a batch
 * scan's time (1.67 of 4.48 s over 800 UNGDC speeches, with the Set of hashes).
 */
export function documentSignature(paragraphs: readonly Pick<Paragraph, 'text'>[]): Uint32Array {
  const hashes: number[] = [];
  for (const paragraph of paragraphs) {
    const ascii = ASCII.test(paragraph.text);
    const words = (ascii ? paragraph.text.toLowerCase().match(ASCII_WORD) : paragraph.text.normalize('NFKC').toLowerCase().match(WORD)) ?? [];
    if (words.length < SHINGLE) {
      if (words.length) hashes.push(fnv1a(words.join(' ')));
      continue;
    }
    const codes = words.map(fnv1a);
    for (let i = 0; i + SHINGLE <= codes.length; i++) hashes.push(mix(codes[i], codes[i + 1], codes[i + 2]));
  }
  const sorted = new Uint32Array(hashes).sort(); // int32 hashes become their unsigned values here
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i];
  return sorted.slice(0, kept);
}

/** One 32-bit hash of three words' hashes, in order ("a b c" and "c b a" differ); murmur3's finalizer spreads the bits. */
function mix(a: number, b: number, c: number): number {
  let hash = Math.imul(a, 0x9e3779b1) ^ b;
  hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b) ^ c;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16); // int32: kept unboxed in the array, unsigned once stored
}

/** The signature of each paragraph on its own (for the lineage pre-filter: is this paragraph carried by that document?). */
export function paragraphSignatures(paragraphs: readonly Pick<Paragraph, 'text'>[]): Uint32Array[] {
  return paragraphs.map((paragraph) => documentSignature([paragraph]));
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0; // int32 (see mix)
}

/** Shingles in more than this share of the run's documents are too common to tell documents apart ("the united nations"). */
const COMMON_SHINGLE_SHARE = 0.3;
/** Below this many documents no shingle is too common: a small corpus needs every clue. */
export const COMMON_SHINGLE_FLOOR = 20;

/**
 * Estimates document similarity without aligning anything: Dice of the two shingle sets, 2·|A∩B| / (|A|+|B|), counting
 * only shingles that are not too common in the run. On the FOMC statements it tracks the engine's document similarity
 * closely and slightly below it (measured: engine ≥ 0.3 never had an estimate < 0.1), so a floor on the estimate
 * decides which pairs are worth a full comparison.
 */
export class SignatureIndex {
  private readonly signatures: readonly Uint32Array[];
  private readonly common: Set<number>;
  /** Per document: how many of its shingles count (are not too common). */
  private readonly sizes: Int32Array;
  /** All-pairs intersection counts, filled on demand by `fillAllPairs` (row-major upper triangle). */
  private allPairs: Int32Array | Map<number, number> | null = null;

  /** Index the signatures of the run's documents (position = document number). */
  constructor(signatures: readonly Uint32Array[]) {
    this.signatures = signatures;
    const cap = Math.max(COMMON_SHINGLE_FLOOR, Math.ceil(signatures.length * COMMON_SHINGLE_SHARE));
    this.common = commonShingles(signatures, cap);
    // Both sorted: one merge per document instead of a Set lookup per shingle (ten million of them for UNGDC).
    const common = Uint32Array.from(this.common).sort();
    this.sizes = Int32Array.from(signatures, (signature) => signature.length - sharedCount(signature, common));
  }

  /** The estimated similarity of documents `a` and `b`, 0..1, rounded to 4 places like the engine's scores. */
  estimate(a: number, b: number): number {
    const denominator = this.sizes[a] + this.sizes[b];
    if (denominator === 0) return 0;
    return Math.round((2 * this.shared(a, b) / denominator) * 10000) / 10000;
  }

  /** Count the shared shingles of every pair at once through an inverted index: O(Σ df²) with common shingles left out. */
  fillAllPairs(): void {
    const n = this.signatures.length;
    const postings = new Map<number, number[]>();
    this.signatures.forEach((signature, document) => {
      for (const hash of signature) {
        if (this.common.has(hash)) continue;
        let list = postings.get(hash);
        if (!list) postings.set(hash, (list = []));
        list.push(document);
      }
    });
    const dense = n <= 4096;
    const counts: Int32Array | Map<number, number> = dense ? new Int32Array(n * n) : new Map<number, number>();
    for (const list of postings.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const key = list[i] * n + list[j];
          if (counts instanceof Int32Array) counts[key]++;
          else counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    this.allPairs = counts;
  }

  private shared(a: number, b: number): number {
    if (this.allPairs) {
      const n = this.signatures.length;
      const key = Math.min(a, b) * n + Math.max(a, b);
      return this.allPairs instanceof Int32Array ? this.allPairs[key] : (this.allPairs.get(key) ?? 0);
    }
    // Merge of two sorted arrays: cheap for the few pairs of target and chain modes.
    return sharedCount(this.signatures[a], this.signatures[b], (hash) => !this.common.has(hash));
  }
}

/** Most buckets of the document-frequency sketch of `commonShingles` (16 MB of counts). */
const SKETCH_BUCKETS = 1 << 22;

/**
 * The shingles held by more than `cap` documents. A document holds a shingle once, so the count of a hash's bucket
 * bounds its document frequency from above: only the hashes of buckets over the cap (the common shingles and, rarely,
 * a crowded bucket) are counted exactly. Two linear passes instead of sorting every hash of the corpus (ten million for
 * UNGDC: half a second of every batch run).
 */
export function commonShingles(signatures: readonly Uint32Array[], cap: number): Set<number> {
  // Enough buckets that an average one holds an eighth of the cap, no more: a small table stays in the processor's
  // cache (2^16 buckets for UNGDC, 77 ms; 2^22, 320 ms, for the same answer).
  const total = signatures.reduce((sum, signature) => sum + signature.length, 0);
  let size = 1024;
  while (size < (total * 8) / cap && size < SKETCH_BUCKETS) size *= 2;
  const mask = size - 1;
  const buckets = new Uint32Array(size);
  // Indexed loops: iterating a typed array with for…of goes through its iterator, several times slower here.
  for (const signature of signatures) for (let i = 0; i < signature.length; i++) buckets[signature[i] & mask]++;
  const frequencies = new Map<number, number>();
  for (const signature of signatures) {
    for (let i = 0; i < signature.length; i++) {
      const hash = signature[i];
      if (buckets[hash & mask] > cap) frequencies.set(hash, (frequencies.get(hash) ?? 0) + 1);
    }
  }
  const common = new Set<number>();
  for (const [hash, frequency] of frequencies) if (frequency > cap) common.add(hash);
  return common;
}

/** How many values two sorted, duplicate-free arrays have in common (a merge); only those `counted` says, if given. */
export function sharedCount(x: Uint32Array, y: Uint32Array, counted?: (value: number) => boolean): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] < y[j]) i++;
    else if (x[i] > y[j]) j++;
    else {
      if (!counted || counted(x[i])) shared++;
      i++;
      j++;
    }
  }
  return shared;
}
