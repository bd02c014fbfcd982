import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { AGRICULTURE, CHEMICAL, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { changedSides, digestLine } from '../../src/report/digest-line.js';
import { isEditorialPiece } from '../../src/digest/editorial-piece.js';
import type { DiffPart, Finding, Paragraph } from '../../src/types.js';


/** The line of a hand-made substantive modified finding of one paragraph (`PP 1`) with the given word diff. */
function lineOf(diff: DiffPart[]): string {
  const finding: Finding = { kind: 'modified', left: [0], right: [0], moved: false, editorial: false, routine: false, renumbered: false, similarity: 0.9, scores: {}, diff, signals: [] };
  const side = (op: 'delete' | 'insert'): Paragraph => {
    const text = diff.filter((part) => part.op === 'equal' || part.op === op).map((part) => part.text).join('');
    return { index: 0, text, number: null, heading: false, start: 0, end: text.length, label: 'PP 1' };
  };
  return digestLine(finding, 0, [side('delete')], [side('insert')], null, isEditorialPiece).text;
}

describe('a qualifier a name or a currency carries without saying more is editorial (isEditorialPiece)', () => {
  it('reads "United Nations" before the Secretary-General and "United States" before dollars as editorial', () => {
    expect(isEditorialPiece('United Nations ', '', 'progress of the ', 'Secretary-General’s Early Warnings for All')).toBe(true);
    expect(isEditorialPiece('United States ', '', '1.2 billion ', 'dollars')).toBe(true);
  });

  it('keeps the same words before another body or noun (the same shape, another name)', () => {
    expect(isEditorialPiece('United Nations ', '', 'support of the ', 'Development Programme')).toBe(false);
    expect(isEditorialPiece('United States ', '', 'the ', 'Government')).toBe(false);
  });
});

describe('a name written out before its parenthesis, dropped around the kept words inside it', () => {
  it('keeps the whole parenthesis when the words inside are more than a few (the same shape, a long parenthetical)', () => {
    const line = lineOf([
      { op: 'equal', text: 'strengthening the work of the reformed ' },
      { op: 'delete', text: 'Consortium of International Agricultural Research Centers (' },
      { op: 'equal', text: 'the system of centres of research on agriculture' },
      { op: 'delete', text: ')' },
      { op: 'equal', text: ' so as to enhance its development impact;' },
    ]);
    expect(line).not.toContain('→');
  });
});

describe('one word put for another inside a long kept clause (changedSides)', () => {
  it('says the word with the word it qualifies', () => {
    expect(changedSides('through the elimination of existing stockpiles of chemical weapons and the prohibition', 'through the elimination of declared stockpiles of chemical weapons and the prohibition', 120)).toBe('existing stockpiles → declared stockpiles');
  });

  it('keeps the kept words around two words put for one (the same shape, a longer replacement)', () => {
    expect(changedSides('through the elimination of existing stockpiles of chemical weapons and the prohibition', 'through the elimination of all declared stockpiles of chemical weapons and the prohibition', 120)).toBe('… elimination of existing … → … elimination of all declared …');
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines of round 12, items 3–4 (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('leaves out a qualifier written shorter beside a real piece (Agriculture 79/227 → 80/157 OP 14 → OP 13, OP 58 → OP 53)', async () => {
    const lines = linesOf(await compareInSeries(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt'));
    // Before: `…; progress of the United Nations Secretary-General’s → progress of the Secretary-General’s`.
    expect(lineAt(lines, 'OP 58 → OP 53').text).toBe('OP 58 → OP 53: especially in developing countries → especially in countries; adds “that most need early warning systems”');
    // Before: `OP 14 → OP 13: billion United States dollar → billion dollar; adds “…”`.
    expect(lineAt(lines, 'OP 14 → OP 13').text).not.toContain('United States');
    expect(lineAt(lines, 'OP 14 → OP 13').text).toMatch(/^OP 14 → OP 13: adds “and the Kampala Comprehensive Africa Agriculture Development Programme Declaration/);
  }, 60_000);

  it('quotes the whole parenthesis, not a quote ending on "(" (Agriculture 78/168 → 79/227 OP 44 → OP 49)', async () => {
    const lines = linesOf(await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt'));
    // Before: `…; drops “Consortium of International Agricultural Research Centers (”`.
    expect(lineAt(lines, 'OP 44 → OP 49').text).toBe('OP 44 → OP 49: productivity and enhance → productivity, efficiency, sustainability and resilience and enhance; Consortium of International Agricultural Research Centers (CGIAR) → CGIAR');
  }, 60_000);

  it('says one word replaced with its noun, not a stub (Chemical weapons 79/56 → 80/34 OP 12 → OP 19)', async () => {
    const lines = linesOf(await compareInSeries(CHEMICAL, 'A_RES_79_56.txt', 'A_RES_80_34.txt'));
    // Before: `OP 12 → OP 19: … elimination of existing … → … elimination of declared …`.
    expect(lineAt(lines, 'OP 12 → OP 19').text).toBe('OP 12 → OP 19: existing stockpiles → declared stockpiles');
  }, 60_000);
});
