import type { NormalizedParagraph } from '../types.js';
import { DIMENSIONS, wordVectors, type WordVectors } from './embeddings.js';

/**
 * The semantic component: what two paragraphs mean, not which words they share.
 *
 * A paragraph's vector is the smooth-inverse-frequency (SIF, Arora et al. 2017) weighted sum of its words' unit vectors,
 *     v(p) = Σ_w  a / (a + f(w)) · u(w),
 * where f(w) is the word's corpus frequency estimated from its rank in the embedding vocabulary (Zipf:
 * f = 1 / ((rank + 1) · H), H the harmonic number of the vocabulary) and a = `SMOOTHING`. Frequent words ("the",
 * "we", "of") weigh almost nothing; any word rarer than the top thousand weighs nearly 1. Each word is looked up by its
 * lemma, else as written; words without a vector add nothing (the lexical component still sees them).
 * Then the common component is removed: the direction every sentence shares (the frequency-weighted mean word vector of
 * the vocabulary, which is what the first principal component of many sentence vectors approximates) is projected out,
 * so two unrelated paragraphs no longer look alike merely for being English prose; in a comparison of two documents the
 * documents' own shared direction is removed too (`removeDocumentComponent`).
 * `semantic` = max(0, (cosine − MEANING_BASELINE) / (1 − MEANING_BASELINE)), see `meaningSimilarity`.
 * The figures that chose these settings are in src/similarity/README.md.
 */

/** SIF smoothing `a`: with a = 1e-3, words in the top ~300 by frequency are damped, the rest weigh ≈ 1. */
export const SMOOTHING = 1e-3;
/** Only the most frequent words contribute to the common component (the tail adds noise and cost, not direction). */
const COMMON_COMPONENT_WORDS = 50_000;

/**
 * A paragraph's meaning vector: the SIF-weighted sum with the common component removed, not normalized, so the
 * vector of a group of paragraphs is exactly the sum of its members' vectors. All zeros when no word has a vector.
 */
export type MeaningVector = Float64Array;

/** How a paragraph vector is composed (the settings compared in the fit; defaults are the chosen ones). */
export interface SemanticSettings {
  smoothing: number;
  /** Use content words only (true) or every token with its SIF weight (false). */
  contentOnly: boolean;
  /** Project out the common component. */
  removeCommon: boolean;
}

export const DEFAULT_SEMANTIC_SETTINGS: Readonly<SemanticSettings> = Object.freeze({ smoothing: SMOOTHING, contentOnly: false, removeCommon: true });

/** Cosine that two unrelated texts on the same subject commonly reach: mapped to 0 (see meaningSimilarity). */
export const MEANING_BASELINE = 0.6;

let harmonic = 0;
const commonComponents = new Map<number, Float64Array>();

function zipfFrequency(rank: number, size: number): number {
  if (harmonic === 0) harmonic = Math.log(size) + 0.5772156649;
  return 1 / ((rank + 1) * harmonic);
}

/** SIF weight of vocabulary row `index`. */
export function sifWeight(vectors: WordVectors, index: number, smoothing: number): number {
  return smoothing / (smoothing + zipfFrequency(vectors.rankOf(index), vectors.size));
}

/** The frequency-weighted mean direction of the vocabulary's SIF-weighted vectors (unit length). */
function commonComponent(vectors: WordVectors, smoothing: number): Float64Array {
  let component = commonComponents.get(smoothing);
  if (component) return component;
  component = new Float64Array(DIMENSIONS);
  const words = Math.min(COMMON_COMPONENT_WORDS, vectors.size);
  for (let k = 0; k < words; k++) {
    const frequency = zipfFrequency(vectors.rankOf(k), vectors.size);
    vectors.addTo(component, k, frequency * sifWeight(vectors, k, smoothing));
  }
  normalize(component);
  commonComponents.set(smoothing, component);
  return component;
}

/** Scale to unit length in place (a zero vector stays zero). */
function normalize(vector: Float64Array): Float64Array {
  let sum = 0;
  for (let d = 0; d < vector.length; d++) sum += vector[d] * vector[d];
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let d = 0; d < vector.length; d++) vector[d] /= norm;
  return vector;
}

/**
 * Each word's contribution, SIF weight and common-component removal applied (both are linear, so a paragraph's vector
 * is the plain sum of its words'), cached per process by word: a paragraph then costs one map look-up and 100 additions
 * per word. Null marks a word without a vector. Cleared when it grows past WORD_CACHE_LIMIT (a long batch).
 */
const wordCache = new Map<string, Float32Array | null>();
const WORD_CACHE_LIMIT = 200_000;
let wordCacheSettings: SemanticSettings | null = null;

function wordContribution(vectors: WordVectors, token: string, word: string | undefined, settings: SemanticSettings): Float32Array | null {
  const key = word === undefined || word === token ? token : `${token} ${word}`;
  const cached = wordCache.get(key);
  if (cached !== undefined) return cached;
  let row = vectors.indexOf(token);
  if (row < 0 && word !== undefined) row = vectors.indexOf(word);
  let contribution: Float32Array | null = null;
  if (row >= 0) {
    const sum = new Float64Array(DIMENSIONS);
    vectors.addTo(sum, row, sifWeight(vectors, row, settings.smoothing));
    if (settings.removeCommon) {
      const common = commonComponent(vectors, settings.smoothing);
      let projection = 0;
      for (let d = 0; d < DIMENSIONS; d++) projection += sum[d] * common[d];
      for (let d = 0; d < DIMENSIONS; d++) sum[d] -= projection * common[d];
    }
    contribution = Float32Array.from(sum);
  }
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(key, contribution);
  return contribution;
}

/** The meaning vector of one or more paragraphs read as one text. */
export function meaningVector(paragraphs: readonly NormalizedParagraph[], settings: SemanticSettings = DEFAULT_SEMANTIC_SETTINGS): MeaningVector {
  const vectors = wordVectors();
  if (wordCacheSettings !== settings) {
    wordCache.clear(); // the cache holds one setting's contributions (the fit script compares several)
    wordCacheSettings = settings;
  }
  const sum = new Float64Array(DIMENSIONS);
  for (const paragraph of paragraphs) {
    const words = paragraph.folded.split(' ');
    const aligned = words.length === paragraph.tokens.length;
    const add = (position: number): void => {
      const contribution = wordContribution(vectors, paragraph.tokens[position], aligned ? words[position] : undefined, settings);
      if (contribution) for (let d = 0; d < DIMENSIONS; d++) sum[d] += contribution[d];
    };
    if (settings.contentOnly && paragraph.content.length) for (const position of paragraph.content) add(position);
    else for (let position = 0; position < paragraph.tokens.length; position++) add(position);
  }
  return sum;
}

/**
 * Closeness in meaning, 0..1: the cosine of two meaning vectors rescaled so that MEANING_BASELINE (and anything below,
 * opposite directions included) is 0 and 1 stays 1. Null when either side has no word with a vector (only numbers or
 * dates, a text in another script): then there is no semantic evidence either way and the score leaves it out.
 */
export function meaningSimilarity(a: MeaningVector, b: MeaningVector): number | null {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let d = 0; d < DIMENSIONS; d++) {
    dot += a[d] * b[d];
    normA += a[d] * a[d];
    normB += b[d] * b[d];
  }
  const norm = Math.sqrt(normA * normB);
  if (norm === 0) return null;
  return Math.max(0, Math.min(1, (dot / norm - MEANING_BASELINE) / (1 - MEANING_BASELINE)));
}

/** The meaning vector of a group of paragraphs: the sum of its members' vectors. */
export function groupMeaning(vectors: readonly MeaningVector[], group: readonly number[]): MeaningVector {
  if (group.length === 1) return vectors[group[0]];
  const sum = new Float64Array(DIMENSIONS);
  for (const index of group) for (let d = 0; d < DIMENSIONS; d++) sum[d] += vectors[index][d];
  return sum;
}

/**
 * Project the two documents' shared direction out of every paragraph vector, in place: the normalized mean of the
 * paragraphs' unit vectors. This is SIF's common-component removal done on the texts at hand: two speeches on the same
 * subject have every paragraph near their common theme (unrelated UNGDC paragraphs: median cosine ≈ 0.5, 7 % above 0.7),
 * and only what a paragraph says beyond that theme should count as shared meaning. Skipped below
 * DOCUMENT_COMPONENT_MINIMUM paragraphs in all, where the mean would be mostly the paragraphs themselves.
 */
export function removeDocumentComponent(vectors: readonly MeaningVector[]): void {
  if (vectors.length < DOCUMENT_COMPONENT_MINIMUM) return;
  const mean = new Float64Array(DIMENSIONS);
  for (const vector of vectors) {
    const unit = unitMeaning(vector);
    for (let d = 0; d < DIMENSIONS; d++) mean[d] += unit[d];
  }
  normalize(mean);
  for (const vector of vectors) {
    let projection = 0;
    for (let d = 0; d < DIMENSIONS; d++) projection += vector[d] * mean[d];
    for (let d = 0; d < DIMENSIONS; d++) vector[d] -= projection * mean[d];
  }
}

/** Fewest paragraphs (both documents together) for which the documents' shared direction is removed. */
export const DOCUMENT_COMPONENT_MINIMUM = 8;

/** A copy scaled to unit length (a zero vector stays zero): for ranking candidates by plain dot products. */
export function unitMeaning(vector: MeaningVector): Float64Array {
  return normalize(Float64Array.from(vector));
}

/**
 * The word-level alignment: each content word of one side matched with its closest word of the other (cosine of the word
 * vectors, 1 for the same word), the best cosines averaged with the words' SIF weights, both directions averaged — after
 * Mihalcea et al. (2006)'s word-to-word text similarity, with word vectors in place of WordNet. Unlike the sum of word
 * vectors it sees which words found a counterpart and which did not: "We call for" / "We urge" match word by word, and
 * a clause one side adds weighs as unmatched words. Rescaled like `meaningSimilarity`: `words` = max(0, (mean − 0.5) / 0.5),
 * WORDS_BASELINE (0.5) being what two unrelated sentences on one subject commonly reach. Cost: at most
 * WORD_ALIGNMENT_LIMIT² dot products of 100 dimensions per pair, asked only for pairs a cheaper bound does not settle.
 */

/** Mean best cosine that two unrelated texts on one subject commonly reach: mapped to 0 (chosen on ArgRewrite dev). */
export const WORDS_BASELINE = 0.5;

/**
 * Most distinct words with a vector a paragraph brings to the word-level alignment: a longer paragraph keeps its rarest
 * ones (the largest vocabulary rows). Sentences are under it: 20, 24 and 32 give the same ArgRewrite, STS and MSRP
 * figures, 16 loses ArgRewrite links (F1 0.9758 → 0.9751); 24 made the worst case of bench/semantic-cost.js ×1.36.
 */
export const WORD_ALIGNMENT_LIMIT = 20;

/**
 * A paragraph's content words as the word-level alignment needs them: each distinct word once, with its unit vector and
 * its SIF weight summed over its occurrences; words without a vector (numbers, names the vocabulary lacks) are kept
 * apart and match only themselves, weight 1 per occurrence.
 */
export interface WordBag {
  /** Distinct words with a vector (lemma, else the word as written). */
  words: string[];
  /** words.length × DIMENSIONS unit vectors, row-major. */
  vectors: Float64Array;
  /** SIF weight of each word, summed over its occurrences. */
  weights: Float64Array;
  /** Words without a vector → occurrences. */
  plain: Map<string, number>;
  /** Position of each word in `words`, for exact matches. */
  index: Map<string, number>;
}

const unitCache = new Map<number, Float64Array>();

function unitRow(vectors: WordVectors, row: number): Float64Array {
  let unit = unitCache.get(row);
  if (!unit) {
    unit = new Float64Array(DIMENSIONS);
    vectors.addTo(unit, row, 1);
    normalize(unit);
    if (unitCache.size >= WORD_CACHE_LIMIT) unitCache.clear();
    unitCache.set(row, unit);
  }
  return unit;
}

/** The word bag of one or more paragraphs read as one text; a paragraph of stop words only gives all its words. */
export function wordBag(paragraphs: readonly NormalizedParagraph[]): WordBag {
  const vectors = wordVectors();
  const rows = new Map<string, { row: number; weight: number }>();
  const plain = new Map<string, number>();
  for (const paragraph of paragraphs) {
    const written = paragraph.folded.split(' ');
    const aligned = written.length === paragraph.tokens.length;
    const positions = paragraph.content.length ? paragraph.content : paragraph.tokens.map((_, position) => position);
    for (const position of positions) {
      const token = paragraph.tokens[position];
      const seen = rows.get(token);
      if (seen) {
        seen.weight += sifWeight(vectors, seen.row, SMOOTHING);
        continue;
      }
      let row = vectors.indexOf(token);
      if (row < 0 && aligned) row = vectors.indexOf(written[position]);
      if (row >= 0) rows.set(token, { row, weight: sifWeight(vectors, row, SMOOTHING) });
      else plain.set(token, (plain.get(token) ?? 0) + 1);
    }
  }
  let words = [...rows.keys()];
  // Ties cannot occur (one row per word), so the kept words do not depend on the sort's stability.
  if (words.length > WORD_ALIGNMENT_LIMIT) words = words.sort((x, y) => rows.get(y)!.row - rows.get(x)!.row).slice(0, WORD_ALIGNMENT_LIMIT);
  const matrix = new Float64Array(words.length * DIMENSIONS);
  const weights = new Float64Array(words.length);
  words.forEach((word, k) => {
    const { row, weight } = rows.get(word)!;
    matrix.set(unitRow(vectors, row), k * DIMENSIONS);
    weights[k] = weight;
  });
  return { words, vectors: matrix, weights, plain, index: new Map(words.map((word, k) => [word, k])) };
}

/** Word-level closeness in meaning of two word bags, 0..1 (see WORDS_BASELINE above). */
export function wordAlignment(a: WordBag, b: WordBag): number {
  // Each word's best cosine on the other side, both directions from one pass over the word pairs (1 for the same word;
  // negative cosines count as 0, the starting value).
  const bestA = new Float64Array(a.words.length);
  const bestB = new Float64Array(b.words.length);
  const va = a.vectors;
  const vb = b.vectors;
  for (let k = 0; k < a.words.length; k++) {
    const same = b.index.get(a.words[k]);
    if (same !== undefined) {
      bestA[k] = 1;
      bestB[same] = 1;
    }
  }
  for (let k = 0; k < a.words.length; k++) {
    const o = k * DIMENSIONS;
    for (let j = 0; j < b.words.length; j++) {
      if (bestA[k] === 1 && bestB[j] === 1) continue;
      const p = j * DIMENSIONS;
      let dot = 0;
      // Four products per step (DIMENSIONS, 100, is a multiple of 4): V8 keeps them in registers.
      for (let d = 0; d < DIMENSIONS; d += 4) dot += va[o + d] * vb[p + d] + va[o + d + 1] * vb[p + d + 1] + va[o + d + 2] * vb[p + d + 2] + va[o + d + 3] * vb[p + d + 3];
      if (dot > bestA[k]) bestA[k] = dot;
      if (dot > bestB[j]) bestB[j] = dot;
    }
  }
  const mean = (oneWay(a, bestA, b) + oneWay(b, bestB, a)) / 2;
  return Math.max(0, Math.min(1, (mean - WORDS_BASELINE) / (1 - WORDS_BASELINE)));
}

/** SIF-weighted mean of one side's best cosines; its words without a vector count 1 when the other side has them. */
function oneWay(from: WordBag, best: Float64Array, to: WordBag): number {
  let matched = 0;
  let mass = 0;
  for (let k = 0; k < from.words.length; k++) {
    mass += from.weights[k];
    matched += from.weights[k] * best[k];
  }
  for (const [word, occurrences] of from.plain) {
    mass += occurrences;
    if (to.plain.has(word)) matched += occurrences;
  }
  return mass === 0 ? 0 : matched / mass;
}
