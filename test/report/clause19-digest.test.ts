import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { ARMS_TRADE, UN_SERIES_AVAILABLE, commitments, compareInSeries, pairAt } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { commitmentShift } from '../../src/classify/signals/commitment.js';
import { normalizeParagraph } from '../../src/normalize/normalize.js';
import { digestLine } from '../../src/report/digest-line.js';
import { isEditorialPiece } from '../../src/digest/editorial-piece.js';
import type { DiffPart, Finding, Paragraph } from '../../src/types.js';

/**
 * Session 19 (clause19, trial 19-b D10): a replacement whose sides share a long run, one side closing on it and the other
 * opening with it ("… encourages States parties to the Arms Trade Treaty → to the Arms Trade Treaty, which …"), is the
 * word diff pairing two clauses across kept words: the line says what was dropped and what added, each its own clause.
 */

/** The line of a hand-made substantive modified finding of one paragraph (`OP 1`) with the given word diff. */
function lineOf(diff: DiffPart[]): string {
  const finding: Finding = { kind: 'modified', left: [0], right: [0], moved: false, editorial: false, routine: false, renumbered: false, similarity: 0.9, scores: {}, diff, signals: [] };
  const side = (op: 'delete' | 'insert'): Paragraph => {
    const text = diff.filter((part) => part.op === 'equal' || part.op === op).map((part) => part.text).join('');
    return { index: 0, text, number: null, heading: false, start: 0, end: text.length, label: 'OP 1' };
  };
  return digestLine(finding, 0, [side('delete')], [side('insert')], null, isEditorialPiece).text;
}

const shift = (before: string, after: string) => commitmentShift(normalizeParagraph(before).tokens, normalizeParagraph(after).tokens);

describe.skipIf(!UN_SERIES_AVAILABLE)(`a dropped clause hidden in a replacement is said on its own (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('Arms Trade Treaty 78/48 → 79/52 OP 2 → OP 3: drops the Guiding Principles on Business and Human Rights, adds the clause on the decisions', async () => {
    const result = await compareInSeries(ARMS_TRADE, 'A_RES_78_48.txt', 'A_RES_79_52.txt');
    // Before: "…; that welcomes the Guiding Principles on Business and Human Rights and encourages States parties to the
    // Arms Trade Treaty → to the Arms Trade Treaty, which have progressively strengthened the Treaty’s contributions to
    // international peace …; …".
    expect(lineAt(linesOf(result), 'OP 2 → OP 3').text).toBe(
      'OP 2 → OP 3: Takes note of the decision of the Ninth Conference → Recognizes the cumulative body of decisions adopted by the Conference; drops “that welcomes the Guiding Principles on Business and Human Rights”, adds “which have progressively strengthened the Treaty’s contributions to international peace and security …”; the Guiding Principles, human rights → relevant developments on human rights',
    );
    // "Takes note of → Recognizes" stays no shift: the scale reads recognize a rung above take note (the same thing
    // recognized is strengthened, below), but here the verb is said of another thing, one decision that welcomed the
    // Guiding Principles → the cumulative body of decisions (`objectReplaced`, session 16, trial 15b D3); a "(stronger)"
    // on the line that drops the Guiding Principles would read as the Assembly backing them more.
    expect(commitments(pairAt(result, 'OP 2', 'OP 3'))).toEqual([]);
    expect(shift('Takes note of the decisions adopted by the Conference of States Parties;', 'Recognizes the decisions adopted by the Conference of States Parties;')?.summary).toBe('commitment strengthened: take note → recognize');
  }, 60_000);
});

describe('a replacement cut to what differs only across a long shared run', () => {
  const opening = { op: 'equal' as const, text: 'Takes note of the decision of the Conference of States Parties ' };
  const closing = { op: 'equal' as const, text: 'and other stakeholders to continue discussions on the matter;' };

  it('says the clause dropped and the clause added where one side closes on four or more words the other opens with', () => {
    const line = lineOf([
      opening,
      { op: 'delete', text: 'that welcomes the Guiding Principles on Business and Human Rights and encourages States parties to the Arms Trade Treaty ' },
      { op: 'insert', text: 'to the Arms Trade Treaty, which have progressively strengthened the contributions of the Treaty, and encourages States parties ' },
      closing,
    ]);
    expect(line).toBe('OP 1: drops “that welcomes the Guiding Principles on Business and Human Rights”, adds “which have progressively strengthened the contributions of the Treaty”');
  });

  it('counter-case: sides that share words but no run one closes on and the other opens with stay `X → Y`', () => {
    const line = lineOf([
      opening,
      { op: 'delete', text: 'that welcomes the Guiding Principles on Business and Human Rights and encourages States parties to the Arms Trade Treaty ' },
      { op: 'insert', text: 'that recalls the Guiding Principles on Business and Human Rights and invites States parties to the Arms Trade Treaty ' },
      closing,
    ]);
    expect(line).not.toContain('drops “');
    expect(line).toContain('→');
  });
});
