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
export function shingles(paragraphs: readonly string[]): Uint32Array {
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
    // An ASCII paragraph is read in place: its words are the runs of ASCII letters and digits (NFKC and lower-casing
    // change no other ASCII character), hashed as they are read; the copies of the general way below were a third of
    // the 10,000-paragraph report's shared wording, and garbage (issue 21 session 15). The few marks of `SEPARATORS`
    // part words as a space does; a paragraph with any other character beyond ASCII is read the general way.
    const mark = size;
    let words = 0;
    let hash = 0x811c9dc5;
    let inWord = false;
    let first = 0;
    let second = 0;
    let third = 0;
    let ascii = true;
    for (let i = 0; i <= paragraph.length; i++) {
      let code = i < paragraph.length ? paragraph.charCodeAt(i) : 32;
      if (code > 0x7f) {
        if (SEPARATORS.has(code)) code = 32;
        else {
          ascii = false;
          break;
        }
      }
      if (code >= 65 && code <= 90) code += 32;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        hash = Math.imul(hash ^ code, 0x01000193);
        inWord = true;
        continue;
      }
      if (!inWord) continue;
      first = second;
      second = third;
      third = hash >>> 0;
      words++;
      hash = 0x811c9dc5;
      inWord = false;
      if (words >= SHINGLE) push(triple(first, second, third));
    }
    if (ascii) {
      if (words > 0 && words < SHINGLE) push(words === 1 ? combined([third], 0, 1) : combined([second, third], 0, 2));
      continue;
    }
    size = mark;
    shingled(paragraph, push);
  }
  const sorted = out.subarray(0, size).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i];
  return sorted.subarray(0, unique);
}

/**
 * Characters beyond ASCII that part words and that NFKC and lower-casing leave none of a letter or a digit, nor join to
 * a neighbour: no-break space, hyphens and dashes, curly quotes, ellipsis (`test/classify/speed-session15.test.ts`
 * checks each between letters against the general way).
 */
const SEPARATORS: ReadonlySet<number> = new Set([0xa0, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

/** `combined` of three word hashes. */
function triple(first: number, second: number, third: number): number {
  let hash = Math.imul(0x811c9dc5 ^ SHINGLE, 0x01000193);
  hash = Math.imul(hash ^ first, 0x01000193);
  hash = Math.imul(hash ^ second, 0x01000193);
  return Math.imul(hash ^ third, 0x01000193) >>> 0;
}

/** The shingles of one paragraph, the general way (any script): NFKC, lower case, runs of letters and digits. */
function shingled(paragraph: string, push: (hash: number) => void): void {
  {
    const words = paragraph.normalize('NFKC').toLowerCase().match(WORD) ?? [];
    if (words.length === 0) return;
    const hashes = words.map(wordHash);
    if (words.length < SHINGLE) {
      push(combined(hashes, 0, hashes.length));
      return;
    }
    for (let i = 0; i + SHINGLE <= hashes.length; i++) push(combined(hashes, i, SHINGLE));
  }
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
