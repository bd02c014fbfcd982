import type { AbsentPosition, Comparison, Reinstatement } from '../types.js';

/**
 * Positions as connected components: a paragraph of version i and one of version i − 1 belong to the same position
 * when a finding of their pair links them (unchanged, modified, split, merged), or when the reinstatement search linked
 * a new paragraph to an earlier version's. Every paragraph of every version is a node, so every paragraph ends up in
 * exactly one position (a paragraph no link touches is a position of its own).
 */

/** Nodes of all versions numbered one after another: version v's paragraph p is `offsets[v] + p`. */
export interface NodeSpace {
  /** First node of each version, and the total node count at the end. */
  offsets: number[];
}

/** The node numbering for versions with these paragraph counts. */
export function nodeSpace(paragraphCounts: readonly number[]): NodeSpace {
  const offsets = [0];
  for (const count of paragraphCounts) offsets.push(offsets[offsets.length - 1] + count);
  return { offsets };
}

/** Union-find over the nodes, path halving and union by index (the smaller root wins: stable across runs). */
class Components {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  find(node: number): number {
    let current = node;
    while (this.parent[current] !== current) {
      this.parent[current] = this.parent[this.parent[current]];
      current = this.parent[current];
    }
    return current;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    if (rootA < rootB) this.parent[rootB] = rootA;
    else this.parent[rootA] = rootB;
  }
}

/** The nodes joined by the pairwise links (`comparisons[k]`: version k → k + 1) and the reinstatements. */
function linkedComponents(space: NodeSpace, versionCount: number, comparisons: readonly Comparison[], reinstatements: readonly Reinstatement[]): Components {
  const components = new Components(space.offsets[versionCount]);
  for (let k = 0; k < Math.min(comparisons.length, versionCount - 1); k++) {
    for (const finding of comparisons[k].findings) {
      if (finding.left.length === 0 || finding.right.length === 0) continue;
      const first = space.offsets[k] + (finding.left as readonly number[])[0];
      for (const left of finding.left) components.union(first, space.offsets[k] + left);
      for (const right of finding.right) components.union(first, space.offsets[k + 1] + right);
    }
  }
  for (const reinstatement of reinstatements) {
    if (reinstatement.version >= versionCount) continue;
    const node = space.offsets[reinstatement.version] + reinstatement.paragraph;
    for (const paragraph of reinstatement.step.left) components.union(node, space.offsets[reinstatement.step.from] + paragraph);
  }
  return components;
}

/** A position's paragraphs per version (index = version; an empty list where it is absent). */
export type PositionParagraphs = number[][];

/**
 * The positions of versions `0 … versionCount − 1`: `comparisons[k]` compares version k with k + 1; reinstatements link
 * a paragraph of their version to the paragraphs of their step's `from`. Positions in order of their first node.
 */
export function groupPositions(
  paragraphCounts: readonly number[],
  comparisons: readonly Comparison[],
  reinstatements: readonly Reinstatement[],
): PositionParagraphs[] {
  const space = nodeSpace(paragraphCounts);
  const versionCount = paragraphCounts.length;
  const components = linkedComponents(space, versionCount, comparisons, reinstatements);
  const byRoot = new Map<number, PositionParagraphs>();
  for (let version = 0; version < versionCount; version++) {
    for (let paragraph = 0; paragraph < paragraphCounts[version]; paragraph++) {
      const root = components.find(space.offsets[version] + paragraph);
      let cells = byRoot.get(root);
      if (!cells) {
        cells = Array.from({ length: versionCount }, () => []);
        byRoot.set(root, cells);
      }
      cells[version].push(paragraph);
    }
  }
  return [...byRoot.values()];
}

/**
 * Where the reinstatement search for version `version` looks: the positions of versions `0 … version − 1` absent from
 * version − 1 but present before it, each with EVERY wording it had: one entry per version that held it (its
 * paragraphs there), tagged with the position. A position dropped in 2023 may come back in 2024 closer to its 2020
 * wording than to its 2022 one (Cuba's Malvinas sentence: 0.588 against 2020, 0.345 against 2022), so the last
 * wording alone misses it. Entries whose text repeats the wording of a later entry of the same position are left to the
 * caller to drop (it has the texts). Ordered by version, then paragraph, as the versions read (the wordings of one
 * position lie apart, so the aligner does not take two of them for a merge), and the same on every run. One pass over the nodes: the pool holds at most every paragraph of the earlier
 * versions once, so its size grows with the paragraphs, as the last-wording pool did for a series of unrelated texts.
 */
export function absentPositions(
  paragraphCounts: readonly number[],
  comparisons: readonly Comparison[],
  reinstatements: readonly Reinstatement[],
  version: number,
): AbsentPosition[] {
  if (version < 2) return [];
  const earlier = paragraphCounts.slice(0, version);
  const space = nodeSpace(earlier);
  const components = linkedComponents(space, earlier.length, comparisons.slice(0, version - 1), reinstatements.filter((r) => r.version < version));
  const byRoot = new Map<number, AbsentPosition[]>();
  for (let v = 0; v < version; v++) {
    for (let paragraph = 0; paragraph < earlier[v]; paragraph++) {
      const root = components.find(space.offsets[v] + paragraph);
      let entries = byRoot.get(root);
      if (!entries) {
        entries = [];
        byRoot.set(root, entries);
      }
      const entry = entries[entries.length - 1];
      if (entry && entry.version === v) entry.paragraphs.push(paragraph);
      else entries.push({ position: root, version: v, paragraphs: [paragraph] });
    }
  }
  const pool: AbsentPosition[] = [];
  for (const entries of byRoot.values()) {
    if (entries[entries.length - 1].version < version - 1) pool.push(...entries);
  }
  return pool.sort((a, b) => a.version - b.version || a.paragraphs[0] - b.paragraphs[0]);
}
