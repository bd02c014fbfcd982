import { describe, expect, it } from 'vitest';
import { kindTag, pairSignals, pairSummary, signalGroups } from '../../src/report/labels.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { buildViewModel } from '../../src/report/view-model.js';
import type { Signal } from '../../src/types.js';
import { buildResult } from './helpers.js';

const reference = (change: 'added' | 'succeeded', to: string): Signal => ({
  type: 'reference', change, kind: 'resolution', from: change === 'succeeded' ? 'resolution 78/66' : null, to, routine: change === 'succeeded',
  summary: change === 'succeeded' ? `reference succeeded (routine): resolution 78/66 → ${to}` : `reference added: ${to}`, tally: `reference ${change}`,
});
const hedge: Signal = { type: 'hedge', change: 'added', from: null, to: 'where appropriate', strength: 2, direction: 'weakened', summary: 'hedge added, weakened: where appropriate', tally: 'hedge added' };
const deadline: Signal = { type: 'number', change: 'changed', category: 'deadline', from: 'by 2025', to: 'by 2027', routine: false, direction: 'weakened', summary: 'deadline moved (later or lifted): by 2025 → by 2027', tally: 'deadline moved' };

/** A recurring text: one routine paragraph (79th → 80th), one substantive with signals, one unchanged. */
function resultWith(options: { substantive: boolean }) {
  return buildResult({
    left: ['Seventy-ninth session', 'Recalling its resolution 78/66,', 'Calls upon all States to report by 2025.', 'The text stays.'],
    right: ['Eightieth session', 'Recalling its resolution 79/77,', options.substantive ? 'Calls upon all States, where appropriate, to report by 2027, in line with resolution 75/240 and resolution 77/37.' : 'Calls upon all States to report by 2025.', 'The text stays.'],
    findings: [
      { kind: 'modified', left: [0], right: [0], routine: true, signals: [] },
      { kind: 'modified', left: [1], right: [1], routine: true, signals: [reference('succeeded', 'resolution 79/77')] },
      options.substantive
        ? { kind: 'modified', left: [2], right: [2], signals: [hedge, deadline, reference('added', 'resolution 75/240'), reference('added', 'resolution 77/37')] }
        : { kind: 'unchanged', left: [2], right: [2] },
      { kind: 'unchanged', left: [3], right: [3] },
    ],
  });
}

describe('pairSummary', () => {
  it('counts the non-routine signals by tally, grouped by type in reading order, and the routine paragraphs apart', () => {
    expect(pairSummary(resultWith({ substantive: true }).comparisons[0])).toBe('1 hedge added, 1 deadline moved, 2 references added, 2 routine updates.');
  });

  it('calls a pair whose every change is routine a technical update', () => {
    expect(pairSummary(resultWith({ substantive: false }).comparisons[0])).toBe(
      'Technical update: every change is the yearly succession of sessions, years, dates and symbols, or editorial (2 routine).',
    );
  });
});

describe('routine in every renderer', () => {
  const result = resultWith({ substantive: false });

  it('tags a routine finding between editorial and substantive', () => {
    expect(result.comparisons[0].findings.map(kindTag)).toEqual(['routine', 'routine', 'unchanged', 'unchanged']);
  });

  it('says so in the text summary, the Markdown and the HTML view model', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('modified 2 (2 routine)');
    expect(text).toContain('Technical update: every change is the yearly succession');
    expect(text).toContain('[modified, routine] ¶2 → ¶2');
    const markdown = renderMarkdown(result);
    expect(markdown).toContain('- **Signals:** Technical update: every change is the yearly succession');
    expect(markdown).toContain('| 1 | 1 | Routine |');
    const model = buildViewModel(result);
    expect(model.filters.find((filter) => filter.tag === 'routine')).toMatchObject({ label: 'Routine', count: 2, disabled: false });
    expect(model.pairSummary).toMatch(/^Technical update/);
  });
});

describe('signals in the HTML view model', () => {
  const model = buildViewModel(resultWith({ substantive: true }));
  const rows = model.entries.flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : entry.partial === 'row' ? [entry] : []));

  it('draws each signal as a badge with its type and tone, routine ones apart', () => {
    expect(rows.flatMap((row) => row.signals.map((signal) => signal.className))).toEqual([
      'signal signal-reference tone-neutral signal-routine',
      'signal signal-hedge tone-weaker',
      'signal signal-number tone-weaker',
      'signal signal-reference tone-neutral',
      'signal signal-reference tone-neutral',
    ]);
    expect(rows.map((row) => row.signalTypes)).toEqual(['', '', 'hedge number reference', '']);
  });

  it('offers one filter per signal type present, routine signals aside', () => {
    expect(model.signalFilters).toEqual([
      { type: 'hedge', label: 'Hedges', count: 1 },
      { type: 'number', label: 'Numbers', count: 1 },
      { type: 'reference', label: 'References', count: 1 },
    ]);
  });
});

describe('pairSignals', () => {
  it('lists the references added document-wide, routine successors aside', () => {
    expect(pairSignals(resultWith({ substantive: true }).comparisons[0])).toEqual({
      summary: '1 hedge added, 1 deadline moved, 2 references added, 2 routine updates.',
      // The step's one verdict (trial 16a D2), read by the index as by the digest.
      technicalUpdate: false,
      referencesAdded: ['resolution 75/240', 'resolution 77/37'],
      referencesRemoved: [],
      topicsAdded: [],
      topicsRemoved: [],
    });
  });

  it('cancels a reference or a topic that only moved from one paragraph to another', () => {
    const topic = (change: 'added' | 'removed'): Signal => ({ type: 'topic', change, topic: 'cybercrime', terms: ['cybercrime'], summary: `topic ${change}: cybercrime`, tally: `topic ${change}` });
    const cited: Signal = { type: 'reference', change: 'removed', kind: 'resolution', from: 'resolution 75/240', to: null, routine: false, summary: 'reference removed: resolution 75/240', tally: 'reference removed' };
    const result = buildResult({
      left: ['A on cybercrime, resolution 75/240.', 'B.'],
      right: ['A.', 'B on cybercrime, resolution 75/240.'],
      findings: [
        { kind: 'modified', left: [0], right: [0], signals: [topic('removed'), cited] },
        { kind: 'modified', left: [1], right: [1], signals: [topic('added'), reference('added', 'resolution 75/240')] },
      ],
    });
    expect(pairSignals(result.comparisons[0])).toMatchObject({ referencesAdded: [], referencesRemoved: [], topicsAdded: [], topicsRemoved: [] });
  });
});

describe('signalGroups: many signals of one tally on a row are one line (session 13)', () => {
  const removed = (n: number): Signal => ({
    type: 'reference', change: 'removed', kind: 'resolution', from: `resolution ${50 + n}/1`, to: null, routine: false, summary: `reference removed: resolution ${50 + n}/1`, tally: 'reference removed',
  });

  it('groups 4 or more of one tally at the place of the first, naming the first six, the kind word once', () => {
    const signals = [reference('added', 'resolution 79/1'), ...Array.from({ length: 8 }, (_, n) => removed(n))];
    const groups = signalGroups(signals);
    expect(groups.map((group) => group.text)).toEqual([
      'Reference added: resolution 79/1',
      'References removed (8): resolution 50/1, 51/1, 52/1, 53/1, 54/1, 55/1 and 2 more',
    ]);
    expect(groups[1].signals).toHaveLength(8);
  });

  it('keeps three of a tally one by one', () => {
    expect(signalGroups([removed(0), removed(1), removed(2)]).map((group) => group.text)).toEqual([
      'Reference removed: resolution 50/1',
      'Reference removed: resolution 51/1',
      'Reference removed: resolution 52/1',
    ]);
  });
});
