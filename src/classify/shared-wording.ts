/**
 * Shared wording: how much of two whole texts is said in the same words, whatever is aligned. The document similarity
 * (`Comparison.similarity`) is the aligned paragraphs' similarity weighted by length, so two rewritten texts with no
 * paragraph aligned are "0 % similar" (two General Debate speeches of one country, a year apart), which a reader takes
 * for "nothing in common". Shared wording says what they still say alike: the Dice coefficient of the two texts' sets of
 * word 3-shingles (runs of three words, lower-cased, never across a paragraph break), 2·|A∩B| / (|A|+|B|), 0..1.
 * Three words in a row is the batch pre-filter's unit (`batch/signature.ts`), which also leaves out the shingles too
 * common in its run; a pair alone has no run, so nothing is left out here.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const SHINGLE = 3;

/** FNV-1a, 32 bits, of a word's UTF-16 code units. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Word hashes folded in order into one (the order matters: "a b c" and "c b a" differ). */
function combined(hashes: readonly number[], from: number, count: number): number {
  let hash = Math.imul(0x811c9dc5 ^ count, 0x01000193);
  for (let k = from; k < from + count; k++) hash = Math.imul(hash ^ hashes[k], 0x01000193);
  return hash >>> 0;
}

/**
 * The word 3-shingles of paragraphs (a paragraph under three words is one shingle), as 32-bit hashes, sorted and
 * unique. Hashes, not strings: the strings of two 10,000-paragraph texts (about 1.2 million) were 55 MB at the peak and
 * 0.8 s of the report (bench:speed, session 14). Two different shingles share a hash about once in four billion pairs,
 * so a 10,000-paragraph pair may miscount a few of its million shingles: nothing at four decimals.
 */
function shingles(paragraphs: readonly string[]): Uint32Array {
  let out = new Uint32Array(1024);
  let size = 0;
  const push = (hash: number): void => {
    if (size === out.length) {
      const grown = new Uint32Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[size++] = hash;
  };
  for (const paragraph of paragraphs) {
    const words = paragraph.normalize('NFKC').toLowerCase().match(WORD) ?? [];
    if (words.length === 0) continue;
    const hashes = words.map(wordHash);
    if (words.length < SHINGLE) {
      push(combined(hashes, 0, hashes.length));
      continue;
    }
    for (let i = 0; i + SHINGLE <= hashes.length; i++) push(combined(hashes, i, SHINGLE));
  }
  const sorted = out.subarray(0, size).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i];
  return sorted.subarray(0, unique);
}

/** The shared wording of two texts given as their paragraphs, 0..1 rounded to 4 places (1 for two empty texts). */
export function sharedWording(left: readonly string[], right: readonly string[]): number {
  const [a, b] = [shingles(left), shingles(right)];
  if (a.length + b.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return Math.round(((2 * shared) / (a.length + b.length)) * 10000) / 10000;
}
