import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { AGRICULTURE, OUTER_SPACE_COOPERATION, TAX, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { findOneChange } from '../../src/classify/one-change.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { digestLine } from '../../src/report/digest-line.js';
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


describe('a closing clause dropped beside the previous version cited (findOneChange)', () => {
  const older = 'Recalling its resolution 77/244 of 30 December 2022, in which it decided to begin discussions on ways to strengthen the inclusiveness of tax cooperation through a new instrument,';
  const newer = 'Recalling its resolutions 77/244 of 30 December 2022 and 78/230 of 22 December 2023 on the promotion of inclusive and effective tax cooperation,';
  const title = 'Promotion of inclusive and effective tax cooperation';
  const diff = wordDiff(older, newer, 1000).parts;

  it('is the one change when the list of recalled resolutions grew by the older text, cited with its title', () => {
    const change = findOneChange(older, newer, diff, undefined, { title, resolution: '78/230' });
    expect(change?.before).toBe('in which it decided to begin discussions on ways to strengthen the inclusiveness of tax cooperation through a new instrument');
    expect(change?.after).toBe('');
    expect(change?.reasons).toEqual(['list of recalled documents grew: 78/230 added', 'the previous version cited with its title']);
  });

  it('is none when the resolution cited with that title is not the older text (the same shape, another number)', () => {
    expect(findOneChange(older, newer, diff, undefined, { title, resolution: '78/231' })).toBeNull();
  });
});

describe('a working group\'s progress beside one real clause (findOneChange)', () => {
  const older = 'Welcomes the work of the Network, and requests the Office to strengthen, within existing resources, capacity-building in Africa;';
  const newer = 'Welcomes the progress in the work of the Network, and requests the Office to strengthen capacity-building in Africa;';

  it('leaves the progress noted a year on as the routine rest, the hedge dropped the one change', () => {
    const change = findOneChange(older, newer, wordDiff(older, newer, 1000).parts);
    expect(change?.before).toBe('and requests the Office to strengthen, within existing resources, capacity-building in Africa');
    expect(change?.reasons).toEqual(["working group's progress: the same body's work noted a year on"]);
  });

  it('finds none when the work itself is what changed (the same shape, a new body welcomed)', () => {
    const other = 'Welcomes the work of the Platform, and requests the Office to strengthen capacity-building in Africa;';
    expect(findOneChange(older, other, wordDiff(older, other, 1000).parts)).toBeNull();
  });
});

describe('a piece whose sides share only the words between them is said as drops + adds', () => {
  it('says the word dropped and the clause added where one side closes on the other\'s opening (`in Nairobi`)', () => {
    const line = lineOf([
      { op: 'equal', text: 'Reaffirming the Agenda, recalling the second session of the Assembly, ' },
      { op: 'delete', text: 'held ' },
      { op: 'equal', text: 'in Nairobi' },
      { op: 'delete', text: ', ' },
      { op: 'insert', text: ' on 29 and 30 May 2025, welcoming the convening of the thirteenth session of the Forum, to be held in Baku ' },
      { op: 'equal', text: 'from 17 to 22 May 2026, and reaffirming also the importance of food security,' },
    ]);
    expect(line).toBe('PP 1: drops “held”, adds “on 29 and 30 May 2025, welcoming the convening of the thirteenth session of the Forum, to be held in Baku”');
  });

  it('leaves `X → Y` where the sides share one word only (the same shape, `in` alone)', () => {
    const line = lineOf([
      { op: 'equal', text: 'Reaffirming the Agenda, recalling the second session of the Assembly, ' },
      { op: 'delete', text: 'held ' },
      { op: 'equal', text: 'in' },
      { op: 'delete', text: ', ' },
      { op: 'insert', text: ' on 29 and 30 May 2025, welcoming the convening of the thirteenth session of the Forum, to be held in Baku ' },
      { op: 'equal', text: 'from 17 to 22 May 2026, and reaffirming also the importance of food security,' },
    ]);
    expect(line).not.toContain('drops “held”');
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines say the real change (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('says a clause dropped beside the previous version recalled, not "rewritten" (Tax 78/230 → 79/235 PP 5 → PP 4)', async () => {
    const lines = linesOf(await compareInSeries(TAX, 'A_RES_78_230.txt', 'A_RES_79_235.txt'));
    // Before: `PP 5 → PP 4 rewritten: Recalling its resolution 77/244 of 30 December 2022, in which it decided to begin … →
    // Recalling its resolutions 77/244 of 30 December 2022 and 78/230 of 22 December 2023 on the promotion of …`.
    expect(lineAt(lines, 'PP 5 → PP 4').text).toBe('PP 5 → PP 4: drops “in which it decided to begin intergovernmental discussions at United Nations Headquarters on ways to strengthen the …”');
  }, 60_000);

  it('says only the hedge dropped beside a working group\'s progress (Outer space 78/72 → 79/87 OP 12 → OP 15)', async () => {
    const lines = linesOf(await compareInSeries(OUTER_SPACE_COOPERATION, 'A_RES_78_72.txt', 'A_RES_79_87.txt'));
    // Before: `OP 12 → OP 15: welcomes the work → welcomes the progress in the work; drops “within existing resources” (stronger)`.
    expect(lineAt(lines, 'OP 12 → OP 15').text).toBe('OP 12 → OP 15: drops “within existing resources” (stronger)');
  }, 60_000);

  it('says what was dropped and what added where the word diff paired the wrong words (Agriculture 79/227 → 80/157 PP 12)', async () => {
    const pair = await compareInSeries(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    // Since precision round 11 (E2) the events of PP 12 moved on clause by clause and its one change is the clause added.
    expect(lineAt(linesOf(pair), 'PP 12').text).toBe('PP 12: adds “as an important platform to advance the implementation of the New Urban Agenda”');
    // The whole paragraph's line (the finding without its one change) still says the pieces the word diff paired wrongly.
    const [comparison] = pair.comparisons;
    const whole = { ...pair, comparisons: [{ ...comparison, findings: comparison.findings.map(({ change: _change, ...finding }) => finding) }] };
    // Before: `…; held in Nairobi → in Nairobi on 29 and 30 May 2025, welcoming …`.
    expect(lineAt(linesOf(whole), 'PP 12').text).toContain('drops “held”, adds “on 29 and 30 May 2025, welcoming the convening of the thirteenth session of the World Urban Forum …”');
  }, 60_000);
});
