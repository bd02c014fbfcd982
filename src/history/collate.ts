import { GROUP_SEPARATOR, type Comparison, type Document, type Finding, type History, type HistoryCell, type HistorySkip, type HistoryPosition, type HistoryStep, type HistoryVersion, type Reinstatement } from '../types.js';
import { groupPositions, type PositionParagraphs } from './positions.js';
import { rankPositions } from './rank.js';
import { timelineOf } from './timeline.js';
import { summarizeSteps } from './summary.js';

/** What the collation reads: the versions, the pairs of consecutive versions, and the paragraphs found to come back. */
export interface CollationInput {
  /** The versions, oldest first (their facts and paragraphs). */
  documents: ReadonlyArray<Pick<Document, 'meta' | 'paragraphs'>>;
  /** `comparisons[k]` compares version k (left) with version k + 1 (right): N − 1 of them. */
  comparisons: readonly Comparison[];
  /** Paragraphs of a version linked to a position absent from the previous version (the reinstatement search). */
  reinstatements: readonly Reinstatement[];
  /** Steps past unrelated versions, each compared with the last related version (`HistorySkip`); none when absent. */
  skips?: readonly HistorySkip[];
}

/** A version's name in the timeline: the resolution's number (`79/52`), else its symbol, else its id. */
export function versionName(meta: Document['meta']): string {
  return meta.resolution ?? meta.symbol ?? meta.id;
}

/** The step a finding of the pair (version − 1 → version) describes: the finding itself, with the version it comes from. */
export function stepOfFinding(finding: Finding, from: number): HistoryStep {
  return { from, ...finding, left: [...finding.left], right: [...finding.right] };
}

/** Several steps feeding one cell, told as one finding: their shared kind (else modified), the diffs joined, the rest in order. */
function joinSteps(steps: HistoryStep[]): HistoryStep {
  if (steps.length === 1) return steps[0];
  const from = steps[0].from;
  const kinds = new Set(steps.map((step) => step.kind));
  const ascending = (indices: Iterable<number>): number[] => [...new Set(indices)].sort((a, b) => a - b);
  const reasons = steps.flatMap((step) => step.reasons ?? []);
  const footnoteChanges = steps.flatMap((step) => step.footnoteChanges ?? []);
  const only = <K extends 'change' | 'resolutionList' | 'order'>(key: K): Partial<Pick<HistoryStep, K>> => {
    const carriers = steps.filter((step) => step[key] !== undefined);
    return carriers.length === 1 ? ({ [key]: carriers[0][key] } as Partial<Pick<HistoryStep, K>>) : {};
  };
  const diff = steps.flatMap((step, index) => (index === 0 ? step.diff : [{ op: 'equal' as const, text: GROUP_SEPARATOR }, ...step.diff]));
  return {
    from,
    kind: kinds.size === 1 ? steps[0].kind : 'modified',
    left: ascending(steps.filter((step) => step.from === from).flatMap((step) => step.left)),
    right: ascending(steps.flatMap((step) => step.right)),
    moved: steps.some((step) => step.moved),
    ...only('order'),
    editorial: steps.every((step) => step.editorial),
    routine: steps.some((step) => step.routine) && steps.every((step) => step.routine || step.kind === 'unchanged'),
    ...(reasons.length ? { reasons } : {}),
    ...only('change'),
    ...only('resolutionList'),
    renumbered: steps.some((step) => step.renumbered),
    similarity: steps.reduce((sum, step) => sum + step.similarity, 0) / steps.length,
    scores: meanScores(steps.map((step) => step.scores)),
    diff,
    signals: steps.flatMap((step) => step.signals),
    ...(footnoteChanges.length ? { footnoteChanges } : {}),
  };
}

/** The mean of each component score over the findings that have it (a new paragraph's finding has none). */
function meanScores(all: ReadonlyArray<HistoryStep['scores']>): HistoryStep['scores'] {
  const sums = new Map<keyof HistoryStep['scores'], { sum: number; count: number }>();
  for (const scores of all) {
    for (const [key, value] of Object.entries(scores) as Array<[keyof HistoryStep['scores'], number | undefined]>) {
      if (typeof value !== 'number') continue;
      const entry = sums.get(key) ?? { sum: 0, count: 0 };
      sums.set(key, { sum: entry.sum + value, count: entry.count + 1 });
    }
  }
  // Four places, as the pair report rounds each score.
  return Object.fromEntries([...sums].map(([key, { sum, count }]) => [key, Math.round((sum / count) * 10_000) / 10_000]));
}

/** The labels of some paragraphs (`OP5 + OP6`), or null when none has one. */
function labelOf(document: Pick<Document, 'paragraphs'>, paragraphs: readonly number[]): string | null {
  const labels = paragraphs.map((index) => document.paragraphs[index]?.label).filter((label): label is string => typeof label === 'string' && label !== '');
  return labels.length ? labels.join(' + ') : null;
}

/**
 * Collate N versions: positions from the pairwise links and the reinstatements, cells with the step that brought each
 * position into each version, rows ordered by ranking the variant graph, and each position's timeline.
 */
export function collateVersions(input: CollationInput): History {
  const { documents, comparisons, reinstatements } = input;
  const counts = documents.map((document) => document.paragraphs.length);
  const versions: HistoryVersion[] = documents.map((document) => ({ id: document.meta.id, name: versionName(document.meta), date: document.meta.date }));
  const grouped = groupPositions(counts, comparisons, reinstatements);

  // Which step brought each paragraph into its version: a finding of the pair with the previous version, or a reinstatement.
  const stepOfParagraph: Array<Map<number, HistoryStep>> = documents.map(() => new Map());
  comparisons.forEach((comparison, k) => {
    for (const finding of comparison.findings) {
      if (finding.right.length === 0) continue;
      const step = stepOfFinding(finding, k);
      for (const paragraph of finding.right) stepOfParagraph[k + 1].set(paragraph, step);
    }
  });
  for (const reinstatement of reinstatements) stepOfParagraph[reinstatement.version].set(reinstatement.paragraph, reinstatement.step);

  const cellsOf = (paragraphs: PositionParagraphs): Array<HistoryCell | null> =>
    paragraphs.map((indices, version) => {
      if (indices.length === 0) return null;
      const steps: HistoryStep[] = [];
      for (const index of indices) {
        const step = stepOfParagraph[version].get(index);
        if (step && !steps.includes(step)) steps.push(step);
      }
      // A `new` step beside a real link (the new paragraph joined the position through a later merge) says nothing.
      const linked = steps.filter((step) => step.kind !== 'new');
      const kept = linked.length ? linked : steps;
      return { paragraphs: indices, label: labelOf(documents[version], indices), step: kept.length ? joinSteps(kept) : null };
    });
  const unordered = grouped.map(cellsOf);

  // Each version's order of positions: by their first paragraph there.
  const orders = documents.map((_, version) =>
    unordered
      .map((cells, position) => ({ position, first: cells[version]?.paragraphs[0] ?? -1 }))
      .filter((entry) => entry.first >= 0)
      .sort((a, b) => a.first - b.first)
      .map((entry) => entry.position),
  );
  const { ranks, transpositions } = rankPositions(unordered.length, orders, (position, version) => unordered[position][version]?.step?.moved === true);

  const firstPresence = (cells: Array<HistoryCell | null>): [number, number] => {
    const version = cells.findIndex((cell) => cell !== null);
    return [version, cells[version]!.paragraphs[0]];
  };
  const order = unordered
    .map((cells, position) => ({ position, rank: ranks[position], first: firstPresence(cells) }))
    .sort((a, b) => a.rank - b.rank || a.first[0] - b.first[0] || a.first[1] - b.first[1]);
  const rowOf = new Map(order.map((entry, row) => [entry.position, row]));
  const positions: HistoryPosition[] = order.map(({ position, rank }, row) => {
    const cells = unordered[position];
    return { number: row + 1, rank, cells, reinstated: isReinstated(cells), timeline: timelineOf(cells, versions) };
  });
  return {
    title: commonTitle(documents.map((document) => document.meta.title)),
    versions,
    summary: summarizeSteps(documents, comparisons, reinstatements, positions, input.skips ?? []),
    positions,
    transpositions: moves(transpositions.map(([position, version]) => [rowOf.get(position)!, version]), positions),
  };
}

/**
 * The moves among the places the ranking kept aside (`[row, version]`): a position aside in several versions in a row
 * (each version it is present in, from the one where it moved) moved once, in the first of them. By position, then version.
 */
function moves(aside: ReadonlyArray<readonly [number, number]>, positions: readonly HistoryPosition[]): History['transpositions'] {
  const keys = new Set(aside.map(([row, version]) => `${row}:${version}`));
  const sorted = [...aside].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const result: History['transpositions'] = [];
  for (const [row, version] of sorted) {
    const cells = positions[row].cells;
    let previous = version - 1;
    while (previous >= 0 && cells[previous] === null) previous--;
    if (previous >= 0 && keys.has(`${row}:${previous}`)) continue;
    result.push({ position: row, number: row + 1, version });
  }
  return result;
}

/**
 * What the versions are called together: their title when they share it; else the opening their titles share, cut at a
 * word and its trailing punctuation (`FOMC statement, 2008-01-22` … `FOMC statement, 2023-12-13` → `FOMC statement`);
 * else, when they share too little (under half the newest title), the newest version's title.
 */
export function commonTitle(titles: readonly string[]): string {
  const newest = titles[titles.length - 1];
  if (titles.every((title) => title === newest)) return newest;
  let shared = newest;
  for (const title of titles) {
    let length = 0;
    while (length < shared.length && length < title.length && shared[length] === title[length]) length++;
    shared = shared.slice(0, length);
  }
  // Back to the last whole word (a prefix that ends inside a date or a word is no title), then off with the punctuation.
  const whole = /[\p{L}\p{N}]$/u.test(shared) && titles.some((title) => /[\p{L}\p{N}]/u.test(title[shared.length] ?? '')) ? shared.replace(/[\p{L}\p{N}]+$/u, '') : shared;
  const trimmed = whole.replace(/[\s\p{P}]+$/u, '');
  return trimmed.length >= newest.length * MIN_COMMON_SHARE ? trimmed : newest;
}

/** Least share of the newest title a shared opening must have to name the versions together (`Report of the` does not). */
const MIN_COMMON_SHARE = 0.5;

/** Present, then absent, then present again. */
function isReinstated(cells: ReadonlyArray<HistoryCell | null>): boolean {
  const first = cells.findIndex((cell) => cell !== null);
  let gap = false;
  for (let version = first + 1; version < cells.length; version++) {
    if (cells[version] === null) gap = true;
    else if (gap) return true;
  }
  return false;
}
