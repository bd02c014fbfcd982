import type { NormalizedParagraph } from '../types.js';

/**
 * Twins: paragraphs whose surface form (`surfaceForm`: typography unified, no language processing) occurs exactly once
 * on each side, chained in reading order: the unchanged paragraphs of a revision, known before any wink-nlp pass. When
 * every paragraph of both texts is a twin, the pipeline compares them as they are, without the English model; otherwise
 * twins are normalized like every paragraph, since the scorer's document frequencies are those of both whole texts.
 * A surface found more than once on a side is no twin (which copy is which is the aligner's question), nor the empty one.
 */

/** One pair of twins: left paragraph `left` has the same surface form as right paragraph `right`. */
export interface TwinPair {
  left: number;
  right: number;
}

/**
 * The twins of two texts given as surface forms: pairs of paragraphs whose surface occurs once on each side, the
 * longest chain of them that keeps the reading order of both (a longest increasing subsequence over the right indices,
 * O(k log k)); twins off the chain (an unchanged paragraph that moved) are left to the aligner.
 */
export function chainedTwins(leftSurfaces: readonly string[], rightSurfaces: readonly string[]): TwinPair[] {
  const once = (surfaces: readonly string[]): Map<string, number> => {
    const at = new Map<string, number>();
    surfaces.forEach((surface, index) => at.set(surface, at.has(surface) ? -1 : index));
    return at;
  };
  const rightAt = once(rightSurfaces);
  const leftAt = once(leftSurfaces);
  const pairs: TwinPair[] = [];
  leftSurfaces.forEach((surface, left) => {
    const right = rightAt.get(surface);
    if (right === undefined || right < 0 || leftAt.get(surface) !== left || surface === '') return;
    pairs.push({ left, right });
  });
  return longestInOrder(pairs);
}

/** Longest subsequence of `pairs` (sorted by left, rights distinct) increasing in right: patience sorting with back links. */
function longestInOrder(pairs: TwinPair[]): TwinPair[] {
  const tails: number[] = []; // tails[k]: index into pairs of the smallest right ending a chain of length k + 1
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach((pair, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]].right < pair.right) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1];
    tails[low] = index;
  });
  const chain: TwinPair[] = [];
  for (let index = tails.length > 0 ? tails[tails.length - 1] : -1; index >= 0; index = previous[index]) chain.push(pairs[index]);
  return chain.reverse();
}

/**
 * What stands for a twin where a normalized paragraph is expected, in a text of twins only: its surface, and no terms.
 * The scorer scores it against its twin as the same text, the aligner chains it by its surface, and the classifier calls
 * its link unchanged by the surface alone.
 */
export function twinStandIn(surface: string): NormalizedParagraph {
  const tokens: string[] = [];
  const content: number[] = [];
  return Object.freeze({ tokens: Object.freeze(tokens) as string[], content: Object.freeze(content) as number[], folded: '', surface });
}
