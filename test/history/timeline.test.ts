import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../src/history/timeline.js';
import type { CommitmentSignal, HistoryCell, HistoryVersion } from '../../src/types.js';

/**
 * A position's timeline says a commitment step as its signal does (redline #19/#23 review): a ranked verb moved reads
 * `strengthened`/`weakened`; a phrase added or dropped, or a stance changed, reads as the signal's summary, never as a
 * direction the scale did not give.
 */

const versions: HistoryVersion[] = [
  { id: 'a', name: '79/52', date: null },
  { id: 'b', name: '80/46', date: null },
];

/** Two cells: the paragraph as it was, then modified with one commitment signal and no other change. */
function cellsWith(signal: CommitmentSignal, moved = false): HistoryCell[] {
  return [
    { paragraphs: [0], label: 'OP 3', step: null },
    {
      paragraphs: [0],
      label: 'OP 3',
      step: { from: 0, kind: 'modified', left: [0], right: [0], renumbered: false, scores: {}, similarity: 0.8, editorial: false, routine: false, moved, diff: [], signals: [signal] },
    },
  ];
}

const base = { type: 'commitment', fromStrength: 0, toStrength: 4, direction: 'strengthened' } as const;

describe('timelineOf: a commitment step', () => {
  it('a ranked verb moved: its direction and the two phrases', () => {
    const signal: CommitmentSignal = { ...base, fromStrength: 2, from: 'encourage', to: 'urge', summary: 'commitment strengthened: encourage → urge', tally: 'commitment strengthened' };
    expect(timelineOf(cellsWith(signal), versions)).toBe('in 79/52 · strengthened in 80/46: encourage → urge');
  });

  it('a phrase added or dropped: "commitment added/dropped", as its summary says, not strengthened/weakened', () => {
    const added: CommitmentSignal = { ...base, from: null, to: 'urge', summary: 'commitment added: urges', tally: 'commitment added', change: 'added' };
    expect(timelineOf(cellsWith(added), versions)).toBe('in 79/52 · commitment added in 80/46: urges');
    const dropped: CommitmentSignal = { ...base, fromStrength: 4, toStrength: 0, direction: 'weakened', from: 'urge', to: null, summary: 'commitment dropped: urges', tally: 'commitment dropped', change: 'dropped' };
    expect(timelineOf(cellsWith(dropped), versions)).toBe('in 79/52 · commitment dropped in 80/46: urges');
  });

  it('a stance changed: "stance changed" with the summary\'s words, and a move said after the verb', () => {
    const stance: CommitmentSignal = { ...base, from: 'express concern', to: 'urge', summary: 'stance changed: expresses concern → urges', tally: 'stance changed', change: 'stance' };
    expect(timelineOf(cellsWith(stance), versions)).toBe('in 79/52 · stance changed in 80/46: expresses concern → urges');
    expect(timelineOf(cellsWith(stance, true), versions)).toBe('in 79/52 · stance changed, moved in 80/46: expresses concern → urges');
  });
});

/**
 * Trial 13c, defect 11: an FOMC paragraph reworded in every one of 16 statements repeated "reworded in …" sixteen times
 * (about 600 characters). A run of one bare verb in consecutive versions is now told once, with its length.
 */
describe('timelineOf: runs', () => {
  const many: HistoryVersion[] = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'].map((name) => ({ id: name, name, date: null }));
  const reworded = (from: number): HistoryCell => ({
    paragraphs: [0],
    label: null,
    step: { from, kind: 'modified', left: [0], right: [0], renumbered: false, scores: {}, similarity: 0.8, editorial: false, routine: false, moved: false, diff: [], signals: [] },
  });
  const unchanged = (from: number): HistoryCell => ({ ...reworded(from), step: { ...reworded(from).step!, kind: 'unchanged', similarity: 1 } });

  it('condenses three or more consecutive versions with the same bare verb', () => {
    const cells = [{ paragraphs: [0], label: null, step: null }, reworded(0), reworded(1), reworded(2), reworded(3), reworded(4)];
    expect(timelineOf(cells, many)).toBe('in v1 · reworded at each of 5 versions, v2 → v6');
  });

  it('keeps a step with a signal as its own entry: it breaks the run (trial 15c: the end of QE3 folded into a run)', () => {
    const figure = (from: number): HistoryCell => ({
      ...reworded(from),
      step: { ...reworded(from).step!, signals: [{ type: 'number', summary: 'figure removed: 15 billion', tally: 'figure removed' } as never] },
    });
    const routineFigure = (from: number): HistoryCell => ({
      ...reworded(from),
      step: { ...reworded(from).step!, signals: [{ type: 'number', summary: 'year changed: 2013 → 2014', tally: 'year changed', routine: true } as never] },
    });
    const cells = [{ paragraphs: [0], label: null, step: null }, reworded(0), reworded(1), routineFigure(2), reworded(3), figure(4)];
    expect(timelineOf(cells, many)).toBe('in v1 · reworded at each of 4 versions, v2 → v5 · reworded in v6');
  });

  it('keeps two in a row word for word, and a version without a change breaks the run', () => {
    const cells = [{ paragraphs: [0], label: null, step: null }, reworded(0), reworded(1), unchanged(2), reworded(3), reworded(4)];
    expect(timelineOf(cells, many)).toBe('in v1 · reworded in v2 · reworded in v3 · reworded in v5 · reworded in v6');
  });
});
