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

/** The word 3-shingles of paragraphs (a paragraph under three words is one shingle). */
function shingles(paragraphs: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const paragraph of paragraphs) {
    const words = paragraph.normalize('NFKC').toLowerCase().match(WORD) ?? [];
    if (words.length < SHINGLE) {
      if (words.length > 0) found.add(words.join(' '));
      continue;
    }
    for (let i = 0; i + SHINGLE <= words.length; i++) found.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  }
  return found;
}

/** The shared wording of two texts given as their paragraphs, 0..1 rounded to 4 places (1 for two empty texts). */
export function sharedWording(left: readonly string[], right: readonly string[]): number {
  const [a, b] = [shingles(left), shingles(right)];
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const shingle of small) if (large.has(shingle)) shared++;
  return Math.round(((2 * shared) / (a.size + b.size)) * 10000) / 10000;
}
