/**
 * The variant graph and its ranking (CollateX's `VariantGraphRanking`): positions are vertices; each version's order of
 * the positions it holds is a path. A vertex's rank is one more than the highest rank of its predecessors, so a row
 * never comes before a row that precedes it in any version. Places that would close a cycle (a paragraph moved against
 * the others' order) are kept aside as transpositions: that version's path skips the position, and its rank comes
 * from the other versions.
 */

/** The ranks of the positions and the places kept aside. */
export interface Ranking {
  /** Rank of each position (1 for positions nothing precedes). */
  ranks: number[];
  /** `[position, version]` pairs kept out of the graph, in the order they were met. */
  transpositions: Array<[number, number]>;
}

/**
 * Rank `positionCount` positions from each version's order (`orders[v]` = the positions of version v in reading order).
 * `asideFirst(position, version)` says which places are known moves and are kept aside without asking the graph.
 * Versions are added oldest first, so an older order wins a conflict with a newer one.
 */
export function rankPositions(
  positionCount: number,
  orders: readonly (readonly number[])[],
  asideFirst: (position: number, version: number) => boolean,
): Ranking {
  const successors: Array<Set<number>> = Array.from({ length: positionCount }, () => new Set<number>());
  const transpositions: Array<[number, number]> = [];
  const reaches = (from: number, to: number): boolean => {
    if (from === to) return true;
    const seen = new Uint8Array(positionCount);
    const stack = [from];
    seen[from] = 1;
    while (stack.length) {
      const node = stack.pop()!;
      for (const next of successors[node]) {
        if (next === to) return true;
        if (!seen[next]) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    return false;
  };
  orders.forEach((order, version) => {
    let last = -1;
    for (const position of order) {
      if (version > 0 && asideFirst(position, version)) {
        transpositions.push([position, version]);
        continue;
      }
      if (last >= 0 && !successors[last].has(position)) {
        // An edge last → position closes a cycle when position already reaches last.
        if (reaches(position, last)) {
          transpositions.push([position, version]);
          continue;
        }
        successors[last].add(position);
      }
      last = position;
    }
  });
  // Longest path from the sources, in a topological order (Kahn's algorithm).
  const indegree = new Array<number>(positionCount).fill(0);
  for (const next of successors) for (const node of next) indegree[node]++;
  const ranks = new Array<number>(positionCount).fill(1);
  const queue: number[] = [];
  for (let node = 0; node < positionCount; node++) if (indegree[node] === 0) queue.push(node);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const next of successors[node]) {
      ranks[next] = Math.max(ranks[next], ranks[node] + 1);
      if (--indegree[next] === 0) queue.push(next);
    }
  }
  return { ranks, transpositions };
}
