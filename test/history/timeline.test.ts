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
      step: { from: 0, fromParagraphs: [0], kind: 'modified', similarity: 0.8, editorial: false, routine: false, moved, diff: [], signals: [signal] },
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
