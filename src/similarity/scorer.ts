import type { NormalizedParagraph, PairScorer, PairScores, ScoredPair } from '../types.js';
import { characterRatio, characterRatioBound, combineScores, containedIn, cosine, sequenceRatio, vectorNorm, wordCodes, type TermVector } from './measures.js';
import { groupMeaning, meaningSimilarity, meaningVector, removeDocumentComponent, unitMeaning, wordAlignment, wordBag, type MeaningVector, type WordBag } from './semantic.js';
import { DIMENSIONS } from './embeddings.js';

/** Bump when a paragraph score or the candidate search changes, so batch runs do not reuse pairs scored the old way. */
export const SCORER_VERSION = 'scorer/3-words';

/** Tuning of the candidate search and of the measures. */
export interface ScorerOptions {
  /** How many lexical candidates per paragraph. */
  candidatesPerParagraph: number;
  /**
   * Use the semantic component (word vectors; loads them on first use). False gives the lexical-only score of redline
   * 0.1 (the benchmarks' "today" baseline): no vectors loaded, no `semantic` score, no semantic candidates.
   */
  semantic: boolean;
  /** How many extra candidates per paragraph the nearest meaning vectors add (those the lexical index did not find). */
  semanticCandidates: number;
  /**
   * Pairs of identical paragraphs given as stand-ins without terms (the pipeline's twins, in a text whose paragraphs all
   * have one): each pair scores as the same text, with the semantic components when they are on.
   */
  twins?: ReadonlyArray<{ left: number; right: number }>;
}

const DEFAULT_SCORER_OPTIONS: ScorerOptions = { candidatesPerParagraph: 8, semantic: true, semanticCandidates: 2 };

/**
 * A semantic candidate must be at least this close in meaning (cosine of the meaning vectors): below it, a pair that
 * shares few words cannot reach the alignment threshold (0.25 · (0.75 − 0.6) / 0.4 ≈ 0.09 comes from meaning), so
 * scoring it would only cost time.
 */
export const SEMANTIC_CANDIDATE_FLOOR = 0.75;

/** Terms in more paragraphs than this share of a large document are too common to retrieve by ("committee", "we"). */
const COMMON_TERM_SHARE = 0.05;
/** Below this many paragraphs, no term is too common: small documents need every clue. */
const COMMON_TERM_FLOOR = 40;

/** Build the scorer for one pair of documents: IDF from both, an inverted index over the right side. */
export function createScorer(left: NormalizedParagraph[], right: NormalizedParagraph[], options: Partial<ScorerOptions> = {}): PairScorer {
  const settings = { ...DEFAULT_SCORER_OPTIONS, ...options };
  const termIds = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) termIds.set(term, (id = termIds.size));
    return id;
  };
  const leftTerms = left.map((paragraph) => contentTermCounts(paragraph, idOf));
  const rightTerms = right.map((paragraph) => contentTermCounts(paragraph, idOf));
  // A paragraph's content words in order, as term ids (only asked for the few pairs of unpaired paragraphs).
  const contentCodes = (paragraph: NormalizedParagraph): number[] => paragraph.content.map((position) => idOf(paragraph.tokens[position]));
  const leftCodes = left.map((paragraph) => wordCodes(paragraph.tokens.map(idOf)));
  const rightCodes = right.map((paragraph) => wordCodes(paragraph.tokens.map(idOf)));

  // Document frequency within each document, the larger of the two: a term both versions of a paragraph share must
  // not look twice as common as a term only one of them has (with the pair alone, every weight is equal).
  const leftFrequency = frequencies(leftTerms, termIds.size);
  const rightFrequency = frequencies(rightTerms, termIds.size);
  const paragraphCount = Math.max(left.length, right.length);
  const idf = leftFrequency.map((df, term) => Math.log(1 + paragraphCount / Math.max(df, rightFrequency[term])));
  const weigh = (counts: Map<number, number>): TermVector => {
    const vector: TermVector = new Map();
    counts.forEach((count, term) => vector.set(term, (1 + Math.log(count)) * idf[term]));
    return vector;
  };
  const leftVectors = leftTerms.map(weigh);
  const rightVectors = rightTerms.map(weigh);

  const leftNorms = Float64Array.from(leftVectors, vectorNorm);
  const rightNorms = Float64Array.from(rightVectors, vectorNorm);
  const rightIndex = buildIndex(rightVectors, right.length);
  const leftIndex = buildIndex(leftVectors, left.length);
  const leftMeaning = settings.semantic ? left.map((paragraph) => meaningVector([paragraph])) : [];
  const rightMeaning = settings.semantic ? right.map((paragraph) => meaningVector([paragraph])) : [];
  if (settings.semantic) removeDocumentComponent([...leftMeaning, ...rightMeaning]);
  const nearest = settings.semantic && settings.semanticCandidates > 0 ? nearestMeanings(leftMeaning, rightMeaning, settings.semanticCandidates) : null;
  const leftCandidates = new Map<number, number[]>();
  const rightCandidates = new Map<number, number[]>();
  const cache = new Map<string, ScoredPair>();
  /** Pairs proven below a floor without their full score: key → the upper bound of their similarity. */
  const bounds = new Map<string, number>();
  let scored = 0;
  const twinKeys = new Set((settings.twins ?? []).map((pair) => `${pair.left}|${pair.right}`));

  const groupVector = (vectors: TermVector[], group: readonly number[]): TermVector => {
    if (group.length === 1) return vectors[group[0]];
    const sum: TermVector = new Map();
    for (const index of group) for (const [term, weight] of vectors[index]) sum.set(term, (sum.get(term) ?? 0) + weight);
    return sum;
  };
  const groupFolded = (paragraphs: NormalizedParagraph[], group: readonly number[]): string =>
    group.length === 1 ? paragraphs[group[0]].folded : group.map((index) => paragraphs[index].folded).join(' ');
  const leftBags = new Map<number, WordBag>();
  const rightBags = new Map<number, WordBag>();
  const bagOf = (paragraphs: NormalizedParagraph[], bags: Map<number, WordBag>, group: readonly number[]): WordBag => {
    if (group.length > 1) return wordBag(group.map((index) => paragraphs[index]));
    let bag = bags.get(group[0]);
    if (!bag) bags.set(group[0], (bag = wordBag([paragraphs[group[0]]])));
    return bag;
  };
  /** The semantic evidence of a pair (null with the component off); the word-level alignment is computed on first use. */
  const meaningOf = (leftGroup: readonly number[], rightGroup: readonly number[]): Meaning | null => {
    if (!settings.semantic) return null;
    const meaning = meaningSimilarity(groupMeaning(leftMeaning, leftGroup), groupMeaning(rightMeaning, rightGroup));
    if (meaning === null) return null;
    return { meaning, words: memo(() => wordAlignment(bagOf(left, leftBags, leftGroup), bagOf(right, rightBags, rightGroup))) };
  };
  const groupCodes = (codes: string[], group: readonly number[]): string => (group.length === 1 ? codes[group[0]] : group.map((index) => codes[index]).join(''));
  const scoreInFull = (key: string, leftGroup: readonly number[], rightGroup: readonly number[], forms?: PairForms): ScoredPair => {
    if (!bounds.has(key)) scored++; // a pair bounded earlier was counted then
    // A twin without a letter ("2024", "* * *") has no word vector, so no semantic score, as when it was normalized.
    const result = twinKeys.has(key)
      ? sameText(settings.semantic && /\p{L}/u.test(left[leftGroup[0]].surface))
      : forms
      ? scoreVectors(forms.a, forms.b, forms.textA, forms.textB, forms.semantic)
      : scoreVectors(
          groupVector(leftVectors, leftGroup),
          groupVector(rightVectors, rightGroup),
          { folded: groupFolded(left, leftGroup), codes: groupCodes(leftCodes, leftGroup) },
          { folded: groupFolded(right, rightGroup), codes: groupCodes(rightCodes, rightGroup) },
          meaningOf(leftGroup, rightGroup),
        );
    cache.set(key, result);
    return result;
  };

  return {
    candidates(index) {
      let found = leftCandidates.get(index);
      if (!found) {
        found = topMatches(leftVectors[index], rightIndex, rightVectors, rightNorms, settings.candidatesPerParagraph);
        if (nearest) found = withExtra(found, nearest.ofLeft(index));
        leftCandidates.set(index, found);
      }
      return found;
    },
    candidatesOfRight(index) {
      let found = rightCandidates.get(index);
      if (!found) {
        found = topMatches(rightVectors[index], leftIndex, leftVectors, leftNorms, settings.candidatesPerParagraph);
        if (nearest) found = withExtra(found, nearest.ofRight(index));
        rightCandidates.set(index, found);
      }
      return found;
    },
    score(leftGroup, rightGroup) {
      const key = `${leftGroup.join(',')}|${rightGroup.join(',')}`;
      return cache.get(key) ?? scoreInFull(key, leftGroup, rightGroup);
    },
    scoreAtLeast(leftGroup, rightGroup, floor) {
      const key = `${leftGroup.join(',')}|${rightGroup.join(',')}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const known = bounds.get(key);
      if (known !== undefined && known < floor) return null;
      const a = groupVector(leftVectors, leftGroup);
      const b = groupVector(rightVectors, rightGroup);
      const textA = { folded: groupFolded(left, leftGroup), codes: groupCodes(leftCodes, leftGroup) };
      const textB = { folded: groupFolded(right, rightGroup), codes: groupCodes(rightCodes, rightGroup) };
      const semantic = meaningOf(leftGroup, rightGroup);
      let bound = similarityBound(a, b, textA, textB, semantic);
      // The word-level alignment is bounded by 1 above; when that does not settle it, its exact value may (it is
      // cheaper than the character Levenshtein on long paragraphs).
      if (bound >= floor && semantic !== null) bound = similarityBound(a, b, textA, textB, semantic, true);
      if (bound < floor) {
        if (known === undefined) scored++;
        bounds.set(key, bound);
        return null;
      }
      return scoreInFull(key, leftGroup, rightGroup, { a, b, textA, textB, semantic });
    },
    containment(side, index, otherGroup) {
      return side === 'left'
        ? containedIn(leftVectors[index], groupVector(rightVectors, otherGroup))
        : containedIn(rightVectors[index], groupVector(leftVectors, otherGroup));
    },
    sharedRun(leftIndex, rightIndex) {
      return longestCommonRun(leftCodes[leftIndex], rightCodes[rightIndex]);
    },
    orderedContainment(side, index, other, opening) {
      const mine = side === 'left' ? contentCodes(left[index]) : contentCodes(right[index]);
      const theirs = side === 'left' ? contentCodes(right[other]) : contentCodes(left[other]);
      const present = new Set(theirs);
      let start = 0;
      while (start < Math.min(opening, mine.length) && !present.has(mine[start])) start++;
      const rest = mine.slice(start);
      return rest.length === 0 ? 0 : commonSubsequence(rest, theirs) / rest.length;
    },
    get scored() {
      return scored;
    },
  };
}

function contentTermCounts(paragraph: NormalizedParagraph, idOf: (term: string) => number): Map<number, number> {
  const counts = new Map<number, number>();
  // A paragraph of stop words only ("It is so.") still needs terms to be found by; fall back to all its tokens.
  const positions = paragraph.content.length ? paragraph.content : paragraph.tokens.map((_, i) => i);
  for (const position of positions) {
    const term = idOf(paragraph.tokens[position]);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

function frequencies(termCounts: Array<Map<number, number>>, termCount: number): Float64Array {
  const frequency = new Float64Array(termCount);
  for (const counts of termCounts) for (const term of counts.keys()) frequency[term]++;
  return frequency;
}

/** The paragraphs holding a term, with the term's weight in each (so retrieval reads no vector). */
interface Postings {
  paragraphs: number[];
  weights: number[];
}

/** An inverted index over one side, with a dense accumulator reused by every query against it. */
interface TermIndex {
  postings: Map<number, Postings>;
  /** Dot product so far per paragraph of this side (all zero between queries). */
  dots: Float64Array;
}

/** Inverted index: term → paragraphs holding it; terms in too many paragraphs of a large document are left out. */
function buildIndex(vectors: TermVector[], paragraphCount: number): TermIndex {
  const postings = new Map<number, Postings>();
  vectors.forEach((vector, paragraph) => {
    vector.forEach((weight, term) => {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { paragraphs: [], weights: [] }));
      list.paragraphs.push(paragraph);
      list.weights.push(weight);
    });
  });
  const cap = Math.max(COMMON_TERM_FLOOR, Math.ceil(paragraphCount * COMMON_TERM_SHARE));
  for (const [term, list] of postings) if (list.paragraphs.length > cap) postings.delete(term);
  return { postings, dots: new Float64Array(paragraphCount) };
}

/** A query retrieves by at most this many of its rarest terms: the true match shares most of them (prefix filtering). */
const RETRIEVAL_TERMS = 12;

/**
 * The `limit` paragraphs with the highest cosine to `query`. Dot products are accumulated over the postings of the
 * query's rarest terms only (heaviest IDF weight first), then the best few times `limit` are re-ranked by true cosine.
 * The cost per query is bounded by the rare terms' postings, not by the document's length: the dot products go into a
 * dense array (no map), and the shortlist is kept by insertion into a small sorted array (no sort of every paragraph
 * touched), in the same order (score, then position) a full sort gives.
 */
function topMatches(query: TermVector, index: TermIndex, vectors: TermVector[], norms: Float64Array, limit: number): number[] {
  const terms = [...query.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, RETRIEVAL_TERMS);
  const dots = index.dots;
  const touched: number[] = [];
  for (const [term, weight] of terms) {
    const list = index.postings.get(term);
    if (!list) continue;
    const { paragraphs, weights } = list;
    for (let k = 0; k < paragraphs.length; k++) {
      const paragraph = paragraphs[k];
      if (dots[paragraph] === 0) touched.push(paragraph);
      dots[paragraph] += weight * weights[k];
    }
  }
  const size = limit * 3;
  const shortIndex: number[] = [];
  const shortScore: number[] = [];
  for (const paragraph of touched) {
    const dot = dots[paragraph];
    dots[paragraph] = 0;
    if (!(dot > 0)) continue;
    const score = dot / (norms[paragraph] || 1);
    const full = shortIndex.length === size;
    // Worse than the last kept (score lower, or equal at a later position): not in the shortlist.
    if (full && (score < shortScore[size - 1] || (score === shortScore[size - 1] && paragraph > shortIndex[size - 1]))) continue;
    let at = full ? size - 1 : shortIndex.length;
    while (at > 0 && (shortScore[at - 1] < score || (shortScore[at - 1] === score && shortIndex[at - 1] > paragraph))) at--;
    shortIndex.splice(at, 0, paragraph);
    shortScore.splice(at, 0, score);
    if (shortIndex.length > size) {
      shortIndex.pop();
      shortScore.pop();
    }
  }
  const ranked = shortIndex.map((paragraph) => ({ paragraph, score: cosine(query, vectors[paragraph]) }));
  // Ties broken by position so the candidate order, and so the alignment, is deterministic.
  ranked.sort((a, b) => b.score - a.score || a.paragraph - b.paragraph);
  return ranked.slice(0, limit).map((entry) => entry.paragraph);
}

/** A side of a pair as the sequence and character measures need it. */
interface TextForms {
  /** Folded text (tokens joined by spaces). */
  folded: string;
  /** One code unit per token (see `wordCodes`). */
  codes: string;
}

/** A function that computes its value once. */
function memo(compute: () => number): () => number {
  let value: number | undefined;
  return () => (value ??= compute());
}

/** Both sides of a pair in the forms the measures take (see `scoreVectors`). */
interface PairForms {
  a: TermVector;
  b: TermVector;
  textA: TextForms;
  textB: TextForms;
  semantic: Meaning | null;
}

/** The semantic evidence of a pair: the meaning vectors' closeness and the word-level alignment (lazy: it is the costly one). */
interface Meaning {
  meaning: number;
  words: () => number;
}

/**
 * Slack above the bound for the rounding of the components and of the sum to 4 places (each moves a value by at most
 * 0.00005, and the weights sum to 1): the bound is compared with the rounded similarity the aligner compares.
 */
const ROUNDING_SLACK = 2e-4;

/**
 * An upper bound of `scoreVectors(...).similarity` that never runs the character Levenshtein: the exact lexical cosine
 * and semantic score, the exact word-level sequence ratio (bit-parallel over one code per word: cheap), and the
 * character ratio bounded by shared letters (`characterRatioBound`). Only used to prove "below a floor".
 */
function similarityBound(a: TermVector, b: TermVector, textA: TextForms, textB: TextForms, semantic: Meaning | null, exactWords = false): number {
  if (textA.folded === textB.folded) return 1;
  const lexical = cosine(a, b);
  const sequence = sequenceRatio(textA.codes, textB.codes);
  const character = characterRatioBound(textA.folded, textB.folded, sequence);
  // The word-level alignment is at most 1: bounded so, it costs nothing for the pairs this already proves below.
  const scores = { lexical, containment: 0, sequence, character, ...(semantic === null ? {} : { semantic: semantic.meaning, words: exactWords ? semantic.words() : 1 }) };
  return combineScores(scores) + ROUNDING_SLACK;
}

/** The score of a paragraph against the same text. */
function sameText(semantic: boolean): ScoredPair {
  const scores: PairScores = { lexical: 1, containment: 1, sequence: 1, character: 1 };
  if (semantic) Object.assign(scores, { semantic: 1, words: 1 });
  return { similarity: 1, scores };
}

/** `semantic` is null when the component is switched off: then the score is the lexical-only combination. */
function scoreVectors(a: TermVector, b: TermVector, textA: TextForms, textB: TextForms, semantic: Meaning | null): ScoredPair {
  if (textA.folded === textB.folded) return sameText(semantic !== null);
  const lexical = cosine(a, b);
  const sequence = sequenceRatio(textA.codes, textB.codes);
  const character = characterRatio(textA.folded, textB.folded, sequence);
  const containment = Math.max(containedIn(a, b), containedIn(b, a));
  const scores: PairScores = { lexical: round(lexical), containment: round(containment), sequence: round(sequence), character: round(character) };
  if (semantic !== null) Object.assign(scores, { semantic: round(semantic.meaning), words: round(semantic.words()) });
  return { similarity: round(combineScores(scores)), scores };
}

/**
 * Length of the longest common substring of two word-code strings (one code unit per word): the longest phrase two
 * paragraphs share word for word. O(n·m) with one row of memory; asked only for the few candidates of unpaired paragraphs.
 */
function longestCommonRun(a: string, b: string): number {
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? previous[j - 1] + 1 : 0;
      if (current[j] > best) best = current[j];
    }
    [previous, current] = [current, previous];
  }
  return best;
}

/** Length of the longest common subsequence of two sequences of term ids (O(n·m), one row of memory). */
function commonSubsequence(a: readonly number[], b: readonly number[]): number {
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Merge extra candidates after the lexical ones, without repeats: the lexical order (best first) is kept. */
function withExtra(found: number[], extra: readonly number[]): number[] {
  const missing = extra.filter((index) => !found.includes(index));
  return missing.length ? [...found, ...missing] : found;
}

/**
 * The nearest meaning vectors among the other document's paragraphs, computed lazily, only for the paragraphs the aligner
 * asks about (anchors make them few in a revision). Every paragraph of the other side is screened by a 64-bit SimHash of
 * its vector (signs of 64 fixed random projections): two vectors at cosine c differ in about 64·acos(c)/π bits, so
 * c ≥ SEMANTIC_CANDIDATE_FLOOR (0.75) means ~15 bits, and a pair more than SIMHASH_LIMIT (24) bits apart is skipped
 * without its 100-dimension dot product (a true neighbour is skipped with probability < 1 %). The survivors get the exact
 * cosine; those at least SEMANTIC_CANDIDATE_FLOOR close are kept, best first. Worst case, two unrelated 1,000-paragraph
 * documents: 2 × 10⁶ popcounts and a few thousand dot products.
 */
function nearestMeanings(left: MeaningVector[], right: MeaningVector[], limit: number): { ofLeft(index: number): number[]; ofRight(index: number): number[] } {
  const leftUnits = unitMatrix(left);
  const rightUnits = unitMatrix(right);
  const leftHashes = simHashes(leftUnits, left.length);
  const rightHashes = simHashes(rightUnits, right.length);
  const nearestOf = (query: Float32Array, queryRow: number, queryHashes: Uint32Array, pool: Float32Array, poolHashes: Uint32Array, count: number): number[] => {
    const bestIndex: number[] = [];
    const bestCosine: number[] = [];
    const q = queryRow * DIMENSIONS;
    const high = queryHashes[2 * queryRow];
    const low = queryHashes[2 * queryRow + 1];
    if (high === 0 && low === 0 && isZero(query, q)) return bestIndex; // no word with a vector
    for (let index = 0; index < count; index++) {
      if (popcount(high ^ poolHashes[2 * index]) + popcount(low ^ poolHashes[2 * index + 1]) > SIMHASH_LIMIT) continue;
      const o = index * DIMENSIONS;
      let dot = 0;
      for (let d = 0; d < DIMENSIONS; d++) dot += query[q + d] * pool[o + d];
      if (dot < SEMANTIC_CANDIDATE_FLOOR || (bestIndex.length === limit && dot <= bestCosine[limit - 1])) continue;
      // Insert in order, best first; ties keep the earlier position, so candidates (and the alignment) are deterministic.
      let at = bestIndex.length;
      while (at > 0 && bestCosine[at - 1] < dot) at--;
      bestIndex.splice(at, 0, index);
      bestCosine.splice(at, 0, dot);
      if (bestIndex.length > limit) {
        bestIndex.pop();
        bestCosine.pop();
      }
    }
    return bestIndex;
  };
  return {
    ofLeft: (index) => nearestOf(leftUnits, index, leftHashes, rightUnits, rightHashes, right.length),
    ofRight: (index) => nearestOf(rightUnits, index, rightHashes, leftUnits, leftHashes, left.length),
  };
}

/** Largest SimHash distance (of 64 bits) at which a pair still gets its exact cosine (see nearestMeanings). */
const SIMHASH_LIMIT = 24;

let projections: Float32Array | null = null;

/** 64 fixed random directions (a seeded generator: same hashes in every process, so candidates are deterministic). */
function simHashProjections(): Float32Array {
  if (projections) return projections;
  projections = new Float32Array(64 * DIMENSIONS);
  let state = 0x2545f491;
  const next = (): number => {
    // xorshift32, then a Box–Muller-free approximation of a Gaussian: the sum of four uniforms, centred.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  for (let k = 0; k < projections.length; k++) projections[k] = next() + next() + next() + next() - 2;
  return projections;
}

/** Two 32-bit words per row: bit k set when the row's projection on direction k is positive. */
function simHashes(matrix: Float32Array, rows: number): Uint32Array {
  const directions = simHashProjections();
  const hashes = new Uint32Array(2 * rows);
  for (let row = 0; row < rows; row++) {
    const o = row * DIMENSIONS;
    for (let k = 0; k < 64; k++) {
      let dot = 0;
      for (let d = 0; d < DIMENSIONS; d++) dot += matrix[o + d] * directions[k * DIMENSIONS + d];
      if (dot > 0) hashes[2 * row + (k >> 5)] |= 1 << (k & 31);
    }
  }
  return hashes;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function isZero(matrix: Float32Array, offset: number): boolean {
  for (let d = 0; d < DIMENSIONS; d++) if (matrix[offset + d] !== 0) return false;
  return true;
}

/** Unit-length copies of the vectors in one flat row-major array (one cache-friendly pass per query). */
function unitMatrix(vectors: MeaningVector[]): Float32Array {
  const matrix = new Float32Array(vectors.length * DIMENSIONS);
  vectors.forEach((vector, row) => matrix.set(unitMeaning(vector), row * DIMENSIONS));
  return matrix;
}

/** Scores are rounded to 4 places: enough to rank, and stable across platforms' floating-point noise in JSON. */
function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** Score two paragraph texts already normalized, with no document context (IDF from the pair alone). */
export function scoreParagraphs(a: NormalizedParagraph, b: NormalizedParagraph, options: Partial<ScorerOptions> = {}): ScoredPair {
  return createScorer([a], [b], options).score([0], [0]);
}
