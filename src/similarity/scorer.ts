import type { NormalizedParagraph, PairScorer, PairScores, ScoredPair } from '../types.js';
import { characterRatio, combineScores, containedIn, cosine, sequenceRatio, vectorNorm, wordCodes, type TermVector } from './measures.js';

/** Bump when a paragraph score or the candidate search changes, so batch runs do not reuse pairs scored the old way. */
export const SCORER_VERSION = 'scorer/1';

/** Tuning of the candidate search. */
export interface ScorerOptions {
  /** How many candidates per paragraph. */
  candidatesPerParagraph: number;
}

const DEFAULT_SCORER_OPTIONS: ScorerOptions = { candidatesPerParagraph: 8 };

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
    for (const [term, count] of counts) vector.set(term, (1 + Math.log(count)) * idf[term]);
    return vector;
  };
  const leftVectors = leftTerms.map(weigh);
  const rightVectors = rightTerms.map(weigh);

  const leftNorms = Float64Array.from(leftVectors, vectorNorm);
  const rightNorms = Float64Array.from(rightVectors, vectorNorm);
  const rightIndex = buildIndex(rightVectors, right.length);
  const leftIndex = buildIndex(leftVectors, left.length);
  const leftCandidates = new Map<number, number[]>();
  const rightCandidates = new Map<number, number[]>();
  const cache = new Map<string, ScoredPair>();
  let scored = 0;

  const groupVector = (vectors: TermVector[], group: readonly number[]): TermVector => {
    if (group.length === 1) return vectors[group[0]];
    const sum: TermVector = new Map();
    for (const index of group) for (const [term, weight] of vectors[index]) sum.set(term, (sum.get(term) ?? 0) + weight);
    return sum;
  };
  const groupFolded = (paragraphs: NormalizedParagraph[], group: readonly number[]): string =>
    group.length === 1 ? paragraphs[group[0]].folded : group.map((index) => paragraphs[index].folded).join(' ');
  const groupCodes = (codes: string[], group: readonly number[]): string => (group.length === 1 ? codes[group[0]] : group.map((index) => codes[index]).join(''));

  return {
    candidates(index) {
      let found = leftCandidates.get(index);
      if (!found) leftCandidates.set(index, (found = topMatches(leftVectors[index], rightIndex, rightVectors, rightNorms, settings.candidatesPerParagraph)));
      return found;
    },
    candidatesOfRight(index) {
      let found = rightCandidates.get(index);
      if (!found) rightCandidates.set(index, (found = topMatches(rightVectors[index], leftIndex, leftVectors, leftNorms, settings.candidatesPerParagraph)));
      return found;
    },
    score(leftGroup, rightGroup) {
      const key = `${leftGroup.join(',')}|${rightGroup.join(',')}`;
      const cached = cache.get(key);
      if (cached) return cached;
      scored++;
      const result = scoreVectors(
        groupVector(leftVectors, leftGroup),
        groupVector(rightVectors, rightGroup),
        { folded: groupFolded(left, leftGroup), codes: groupCodes(leftCodes, leftGroup) },
        { folded: groupFolded(right, rightGroup), codes: groupCodes(rightCodes, rightGroup) },
      );
      cache.set(key, result);
      return result;
    },
    containment(side, index, otherGroup) {
      return side === 'left'
        ? containedIn(leftVectors[index], groupVector(rightVectors, otherGroup))
        : containedIn(rightVectors[index], groupVector(leftVectors, otherGroup));
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

/** Inverted index: term → paragraphs holding it; terms in too many paragraphs of a large document are left out. */
function buildIndex(vectors: TermVector[], paragraphCount: number): Map<number, number[]> {
  const index = new Map<number, number[]>();
  vectors.forEach((vector, paragraph) => {
    for (const term of vector.keys()) {
      let postings = index.get(term);
      if (!postings) index.set(term, (postings = []));
      postings.push(paragraph);
    }
  });
  const cap = Math.max(COMMON_TERM_FLOOR, Math.ceil(paragraphCount * COMMON_TERM_SHARE));
  for (const [term, postings] of index) if (postings.length > cap) index.delete(term);
  return index;
}

/** A query retrieves by at most this many of its rarest terms: the true match shares most of them (prefix filtering). */
const RETRIEVAL_TERMS = 12;

/**
 * The `limit` paragraphs with the highest cosine to `query`. Dot products are accumulated over the postings of the
 * query's rarest terms only (heaviest IDF weight first), then the best few times `limit` are re-ranked by true cosine.
 * The cost per query is bounded by the rare terms' postings, not by the document's length.
 */
function topMatches(query: TermVector, index: Map<number, number[]>, vectors: TermVector[], norms: Float64Array, limit: number): number[] {
  const terms = [...query.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, RETRIEVAL_TERMS);
  const dots = new Map<number, number>();
  for (const [term, weight] of terms) {
    const postings = index.get(term);
    if (!postings) continue;
    for (const paragraph of postings) dots.set(paragraph, (dots.get(paragraph) ?? 0) + weight * (vectors[paragraph].get(term) ?? 0));
  }
  const shortlist = [...dots.entries()]
    .filter(([, dot]) => dot > 0)
    .map(([paragraph, dot]) => ({ paragraph, score: dot / (norms[paragraph] || 1) }))
    .sort((a, b) => b.score - a.score || a.paragraph - b.paragraph)
    .slice(0, limit * 3);
  const ranked = shortlist.map(({ paragraph }) => ({ paragraph, score: cosine(query, vectors[paragraph]) }));
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

function scoreVectors(a: TermVector, b: TermVector, textA: TextForms, textB: TextForms): ScoredPair {
  if (textA.folded === textB.folded) {
    const scores = { lexical: 1, containment: 1, sequence: 1, character: 1 };
    return { similarity: 1, scores };
  }
  const lexical = cosine(a, b);
  const sequence = sequenceRatio(textA.codes, textB.codes);
  const character = characterRatio(textA.folded, textB.folded, sequence);
  const containment = Math.max(containedIn(a, b), containedIn(b, a));
  const scores: PairScores = { lexical: round(lexical), containment: round(containment), sequence: round(sequence), character: round(character) };
  return { similarity: round(combineScores(scores)), scores };
}

/** Scores are rounded to 4 places: enough to rank, and stable across platforms' floating-point noise in JSON. */
function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** Score two paragraph texts already normalized, with no document context (IDF from the pair alone). */
export function scoreParagraphs(a: NormalizedParagraph, b: NormalizedParagraph, options: Partial<ScorerOptions> = {}): ScoredPair {
  return createScorer([a], [b], options).score([0], [0]);
}
