import type { BatchDocument, BatchMode } from './batch-types.js';

/** A planned pair: positions of the older (left) and newer (right) document in the run's canonical document order. */
export interface PlannedPair {
  left: number;
  right: number;
}

/**
 * The pairs of a run, in canonical order (the order of `results.jsonl` and of shard assignment). Documents are in
 * canonical (date, id) order, so the left of every pair, the earlier position, is the older document.
 * - target: the target against every other document, in document order;
 * - chain: each document against the previous one of its series: the document its front matter `previous` names (by
 *   id or date) when that is in the series, else the one before it by date; documents without a series form one series;
 * - all: every pair, row by row.
 */
export function planPairs(documents: readonly BatchDocument[], mode: BatchMode, target: number | null): PlannedPair[] {
  const ordered = (a: number, b: number): PlannedPair => (a < b ? { left: a, right: b } : { left: b, right: a });
  const pairs: PlannedPair[] = [];
  if (mode === 'target') {
    if (target === null) throw new Error('planPairs: target mode needs a target');
    documents.forEach((_, index) => {
      if (index !== target) pairs.push(ordered(target, index));
    });
  } else if (mode === 'all') {
    for (let i = 0; i < documents.length; i++) for (let j = i + 1; j < documents.length; j++) pairs.push({ left: i, right: j });
  } else {
    const bySeries = new Map<string, number[]>();
    documents.forEach((document, index) => {
      const key = document.series ?? '\u0000none';
      let members = bySeries.get(key);
      if (!members) bySeries.set(key, (members = []));
      members.push(index);
    });
    for (const members of bySeries.values()) {
      members.forEach((index, position) => {
        if (position === 0) return;
        const named = documents[index].previous;
        const previous = named === null ? undefined : members.slice(0, position).find((other) => documents[other].id === named || documents[other].date === named);
        pairs.push(ordered(previous ?? members[position - 1], index));
      });
    }
    pairs.sort((a, b) => a.right - b.right || a.left - b.left);
  }
  return pairs;
}
