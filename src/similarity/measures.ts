import levenshtein from 'fast-levenshtein';
import type { PairScores } from '../types.js';

/**
 * The pairwise paragraph measures and their combination.
 *
 *   similarity = 0.10 · semantic + 0.25 · words + 0.35 · lexical + 0.15 · sequence + 0.15 · character  (SEMANTIC_WEIGHTS)
 *   similarity = 0.40 · lexical + 0.30 · sequence + 0.30 · character                         (WEIGHTS: no semantic score)
 *
 * - semantic: closeness in meaning of the word-vector sums (`semantic.ts`); absent when a side has no word with a
 *   vector, or when the scorer runs with `semantic: false` — then the lexical-only weights apply, as before it existed.
 * - words: the word-level alignment (each content word's closest word on the other side, `semantic.ts`); present
 *   exactly when `semantic` is.
 *   The semantic weights were fitted on STS Benchmark train, MSRP train and ArgRewrite dev (figures: ./README.md):
 *   the ArgRewrite-best of the candidates (link F1 0.9758; lexical-only 0.9764), STS train ρ 70.4 and MSRP train
 *   accuracy 0.733 (the train-best blends, 72.7 / 0.732, put no weight on sequence and character and lose ArgRewrite
 *   links: 0.9727). Evaluated once: STS dev ρ 75.8, MSRP dev accuracy 0.728.
 * - lexical: cosine of IDF-weighted bags of content lemmas. Robust to reordering; blind to word order.
 * - sequence: 1 − word-level edit distance / longer length, over all folded tokens (stop words too), so "we welcome"
 *   → "we note" costs what it should. Words are mapped to one UTF-16 code unit each and measured with fast-levenshtein
 *   (bit-parallel): the cost stays small even for two long, unrelated paragraphs, where a Myers diff is quadratic.
 * - character: 1 − Levenshtein distance / longer length over the folded texts; catches small edits inside words.
 * - containment (reported, not in the sum): how much of the smaller side's weighted content the larger side holds;
 *   the aligner uses it to accept a paragraph as a part of a split or merge.
 * The weights were chosen on the ArgRewrite and STS Benchmark dev sets (bench/quality); they sum to 1, so the score
 * stays in 0..1 and equals 1 exactly when the folded texts are equal.
 */
export const WEIGHTS = Object.freeze({ lexical: 0.4, sequence: 0.3, character: 0.3 });

/** Above this many characters a side's Levenshtein is estimated from the word diff: O(n·m) is not spent on pages. */
export const CHARACTER_LIMIT = 3000;

/** A sparse, IDF-weighted term vector: term id → weight. */
export type TermVector = Map<number, number>;

/** Cosine of two sparse vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.size === 0 || b.size === 0) return 0;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  // forEach, not for-of over entries: the same order and sum, without an array per entry (a sixtieth of the
  // 3,000-paragraph report's allocations; issue 21 session 15).
  let dot = 0;
  small.forEach((weight, term) => {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  });
  const norm = vectorNorm(a) * vectorNorm(b);
  return norm === 0 ? 0 : Math.min(1, dot / norm);
}

/** Euclidean length of a vector. */
export function vectorNorm(vector: TermVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** Total weight of a vector. */
export function vectorMass(vector: TermVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight;
  return sum;
}

/** Share of `part`'s weighted content that `whole` also holds, 0..1. */
export function containedIn(part: TermVector, whole: TermVector): number {
  const mass = vectorMass(part);
  if (mass === 0) return 0;
  let shared = 0;
  part.forEach((weight, term) => {
    shared += Math.min(weight, whole.get(term) ?? 0);
  });
  return shared / mass;
}

/**
 * Levenshtein distance, with the common prefix and suffix cut off first: the distance is the same (an optimal edit
 * script never needs to touch them), and two versions of one paragraph usually share long ends, which the
 * bit-parallel distance would otherwise scan in full.
 */
export function editDistance(a: string, b: string): number {
  let start = 0;
  const shorter = Math.min(a.length, b.length);
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  if (start === endA) return endB - start;
  if (start === endB) return endA - start;
  return levenshtein.get(start === 0 && endA === a.length ? a : a.slice(start, endA), start === 0 && endB === b.length ? b : b.slice(start, endB));
}

/**
 * Above this many cells (words × words, after the common start and end are set aside) the word edit distance is
 * estimated: even bit-parallel, Levenshtein is quadratic, and two 100,000-word paragraphs would take minutes.
 */
export const SEQUENCE_CELL_LIMIT = 100_000_000;

/**
 * Word-level edit ratio of two word-code strings (one code unit per word; see `wordCodes`). The common start and end
 * are set aside first (exact for edit distance, and linear); when what differs is still too large for the table
 * (SEQUENCE_CELL_LIMIT), its distance is taken as its longer side: every word of the differing middle counted as
 * changed, a lower bound on the similarity.
 */
export function sequenceRatio(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  const middleA = a.length - start - end;
  const middleB = b.length - start - end;
  if (middleA * middleB > SEQUENCE_CELL_LIMIT) return 1 - Math.max(middleA, middleB) / longer;
  return 1 - levenshtein.get(a.slice(start, a.length - end), b.slice(start, b.length - end)) / longer;
}

/**
 * Encode a token list as a string of one UTF-16 code unit per word, so word-level edit distance runs on the
 * bit-parallel string Levenshtein. Ids beyond the Basic Multilingual Plane's private and general ranges wrap; two
 * words then share a code only in documents with over 60,000 distinct words, and only lower a distance.
 */
export function wordCodes(ids: ArrayLike<number>): string {
  const codes = new Uint16Array(ids.length);
  for (let i = 0; i < ids.length; i++) codes[i] = 0x100 + (ids[i] % 0xd700);
  // One flat string per 8,192 words: appending a character at a time left a chain of a million string pieces for two
  // 10,000-paragraph texts (about 60 MB, kept as long as the scorer).
  let out = '';
  // `apply` reads the array by index; a spread walked an iterator, one result object per word.
  for (let start = 0; start < codes.length; start += 8192) out += String.fromCharCode.apply(null, codes.subarray(start, start + 8192) as unknown as number[]);
  return out;
}

/** 1 − normalized Levenshtein distance of two strings; over `CHARACTER_LIMIT`, the given estimate. */
export function characterRatio(a: string, b: string, estimate: number): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  if (a.length > CHARACTER_LIMIT || b.length > CHARACTER_LIMIT) return estimate;
  return 1 - editDistance(a, b) / longer;
}

/**
 * Upper bounds of the two edit measures from lengths and letter counts alone, for proving a pair below a threshold
 * before its Levenshtein runs (`scoreAtLeast`). Levenshtein distance ≥ longer length − matched positions, and the
 * matched positions are at most the multiset intersection of the two strings' characters (at most the shorter
 * length): so 1 − distance / longer ≤ shared / longer. Characters are counted in 64 buckets; merging buckets only
 * raises the count of shared characters, so the bound stays an upper bound.
 */
export function editRatioBound(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const counts = new Int32Array(64);
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 63]++;
  let shared = 0;
  for (let i = 0; i < b.length; i++) {
    const bucket = b.charCodeAt(i) & 63;
    if (counts[bucket] > 0) {
      counts[bucket]--;
      shared++;
    }
  }
  return shared / longer;
}

/** `characterRatio`'s upper bound given the exact (or bounded) sequence ratio it falls back to beyond the limit. */
export function characterRatioBound(a: string, b: string, sequence: number): number {
  if (a.length > CHARACTER_LIMIT || b.length > CHARACTER_LIMIT) return a === b ? 1 : sequence;
  return editRatioBound(a, b);
}

/** The weights with the semantic components (see the module comment and src/similarity/README.md); they sum to 1. */
export const SEMANTIC_WEIGHTS = Object.freeze({ semantic: 0.1, words: 0.25, lexical: 0.35, sequence: 0.15, character: 0.15 });

/** The documented combination of the component scores; without a `semantic` score, the lexical-only weights. */
export function combineScores(scores: Omit<PairScores, 'containment'>): number {
  const value =
    scores.semantic === undefined
      ? WEIGHTS.lexical * scores.lexical + WEIGHTS.sequence * scores.sequence + WEIGHTS.character * scores.character
      : SEMANTIC_WEIGHTS.semantic * scores.semantic +
        SEMANTIC_WEIGHTS.lexical * scores.lexical +
        SEMANTIC_WEIGHTS.sequence * scores.sequence +
        SEMANTIC_WEIGHTS.character * scores.character +
        SEMANTIC_WEIGHTS.words * (scores.words ?? 0);
  return Math.max(0, Math.min(1, value));
}
