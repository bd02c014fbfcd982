/**
 * The variant graph and its ranking (CollateX's `VariantGraphRanking`): positions are vertices; each version's order of
 * the positions it holds is a path. A vertex's rank is one more than the highest rank of its predecessors, so a row
 * never comes before a row that precedes it in any version. Places that would close a cycle (a paragraph moved against
 * the others' order) are kept aside as transpositions: that version's path skips the position, and its rank comes from
 * the other versions.
 */

/** The ranks of the positions and the places kept aside. */
export interface Ranking {
  /** Rank of each position (1 for positions nothing precedes). */
  ranks: number[];
  /** `[position, version]` pairs kept out of the graph, by version then reading order. */
  transpositions: Array<[number, number]>;
}

/**
 * Rank `positionCount` positions from each version's order (`orders[v]` = the positions of version v in reading order).
 * `asideFirst(position, version)` names places known to be moves (the pair report's `moved`): kept aside without asking.
 *
 * Versions join the graph oldest first. Before a version's path is added, the graph is ranked; of the positions the graph
 * already holds, the version keeps the longest run whose ranks never decrease (patience sorting, O(k log k)), and keeps
 * the others aside. Every edge of the graph goes from a lower rank to a higher one, and the kept path's edges never go
 * down, so no cycle can form; keeping the longest such run sets aside as few places as the ranks allow. Positions new in
 * the version are always kept: nothing in the graph constrains them yet.
 */
export function rankPositions(
  positionCount: number,
  orders: readonly (readonly number[])[],
  asideFirst: (position: number, version: number) => boolean,
): Ranking {
  const successors: Array<Set<number>> = Array.from({ length: positionCount }, () => new Set<number>());
  const inGraph = new Uint8Array(positionCount);
  const transpositions: Array<[number, number]> = [];
  let ranks = longestPathRanks(successors);
  orders.forEach((order, version) => {
    const candidates = version === 0 ? [...order] : order.filter((position) => !asideFirst(position, version));
    const known = candidates.filter((position) => inGraph[position]);
    const keptKnown = new Set(longestNonDecreasing(known, (position) => ranks[position]));
    const aside = new Set(order.filter((position) => !candidates.includes(position) || (inGraph[position] && !keptKnown.has(position))));
    let last = -1;
    for (const position of order) {
      if (aside.has(position)) {
        transpositions.push([position, version]);
        continue;
      }
      if (last >= 0) successors[last].add(position);
      last = position;
    }
    for (const position of order) inGraph[position] = 1;
    ranks = longestPathRanks(successors);
  });
  return { ranks, transpositions };
}

/** Longest path from the sources, in a topological order (Kahn's algorithm): 1 for a vertex nothing precedes. */
function longestPathRanks(successors: ReadonlyArray<ReadonlySet<number>>): number[] {
  const count = successors.length;
  const indegree = new Array<number>(count).fill(0);
  for (const next of successors) for (const node of next) indegree[node]++;
  const ranks = new Array<number>(count).fill(1);
  const queue: number[] = [];
  for (let node = 0; node < count; node++) if (indegree[node] === 0) queue.push(node);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const next of successors[node]) {
      ranks[next] = Math.max(ranks[next], ranks[node] + 1);
      if (--indegree[next] === 0) queue.push(next);
    }
  }
  return ranks;
}

/**
 * The longest subsequence of `items` whose keys never decrease (patience sorting); of equally long ones, the one that
 * ends earliest at each length, so the answer is the same on every run.
 */
export function longestNonDecreasing<T>(items: readonly T[], key: (item: T) => number): T[] {
  const tails: number[] = []; // tails[l]: index of the item ending the best run of length l + 1
  const previous = new Array<number>(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const value = key(items[i]);
    // First run length whose tail is greater than value (upper bound: equal keys extend a run).
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (key(items[tails[middle]]) <= value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1];
    tails[low] = i;
  }
  const run: T[] = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) run.push(items[i]);
  return run.reverse();
}
