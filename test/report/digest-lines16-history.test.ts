import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { lineWithSignals } from '../../src/report/digest-line.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { SHARED_DATA } from '../helpers/paths.js';
import { AGRICULTURE, ARMS_TRADE, BIODIVERSITY, DPRK, UN_SERIES, UN_SERIES_AVAILABLE as available, compareInSeries } from '../helpers/un-series.js';

/**
 * Session 16, trial 15b defects 4 and 9 and a footnote's count: a digest line quotes what was added or removed in whole
 * phrases, the case edit the word diff glued to it left out; a stance voiced more gravely is in the timeline.
 */

const ROHINGYA = 'situation-of-human-rights-of-rohingya-muslims-and-other-mino';

describe.skipIf(!available)('a case edit glued to a clause put in is said apart: the clause quoted whole (withCaseApart)', () => {
  it('ATT 78/48 → 79/52 OP 13 → OP 14: `parties → Parties and the invitation …` is the clause added', async () => {
    const lines = linesOf(await compareInSeries(ARMS_TRADE, 'A_RES_78_48.txt', 'A_RES_79_52.txt'));
    // Before: `OP 13 → OP 14: parties → Parties and the invitation by the Tenth Conference of States Parties to future presidencies to review the implementation …`.
    expect(lineAt(lines, 'OP 13 → OP 14').text).toBe('OP 13 → OP 14: adds “and the invitation by the Tenth Conference of States Parties to future presidencies to review the implementation of …”');
  });

  it('Biological diversity 78/155 → 79/208 PP 27 → PP 28: `related provisions → Related Provisions of the Convention …` adds the Convention\'s name', async () => {
    const lines = linesOf(await compareInSeries(BIODIVERSITY, 'A_RES_78_155.txt', 'A_RES_79_208.txt'));
    expect(lineAt(lines, 'PP 27 → PP 28').text).toBe(
      'PP 27 → PP 28: drops “at its thirteenth and fourteenth meetings”; drops “decision CBD/CP/MOP/VIII/19 and decision CBD/NP/MOP/DEC/2/7”; as well as of the work → as well as the work; adds “of the Convention on Biological Diversity”',
    );
  });

  it('counter-case: a recapitalized word beside three words or fewer stays one replacement, each side as its text writes it (DPRK 79/181 → 80/220 OP 2 (a))', async () => {
    const lines = linesOf(await compareInSeries(DPRK, 'A_RES_79_181.txt', 'A_RES_80_220.txt'));
    // Not `The persistence of Continuing → Continuing`: the older text reads "The persistence of continuing".
    expect(lineAt(lines, 'OP 2 (a)').text).toBe('OP 2 (a): The persistence of continuing → Continuing; reports of violations → reports of persistent violations');
  });

  it('counter-case: a kept word the diff took in, not recapitalized, leaves the edit as it was (Agriculture 79/227 → 80/157 PP 18 → PP 17)', async () => {
    const lines = linesOf(await compareInSeries(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt'));
    // Routine since session 21 (rules21 rule 1: the Committee's next sessions recorded in place, labelled "not"): no line;
    // until then 'PP 18 → PP 17: adds “the policy recommendations on strengthening urban and peri-urban food systems …”'.
    expect(lines.map((line) => line.place)).not.toContain('PP 18 → PP 17');
  });
});

describe.skipIf(!available)('a line names two footnote changes at most when more than three changed, and counts the rest', () => {
  it('Rohingya 78/219 → 79/182 PP 3: six notes a year on, two named, "4 more footnote changes"', async () => {
    const lines = linesOf(await compareInSeries(ROHINGYA, 'A_RES_78_219.txt', 'A_RES_79_182.txt'));
    // One paragraph since session 17 (its page break no longer cuts it in two: "PP 3 → PP 3 + PP 4" before).
    const split = lineAt(lines, 'PP 3');
    expect(split.signals.filter((signal) => signal.includes('footnote'))).toEqual([
      'footnote 3 changed: Seventy-eighth → Seventy-ninth; A/78/53 → A/79/53; VII → V',
      'footnote 4 changed: V → II',
      '4 more footnote changes',
    ]);
  });

  it('counter-case: three notes changed are all named (Biological diversity PP 27 → PP 28)', async () => {
    const lines = linesOf(await compareInSeries(BIODIVERSITY, 'A_RES_78_155.txt', 'A_RES_79_208.txt'));
    expect(lineWithSignals(lineAt(lines, 'PP 27 → PP 28'))).toMatch(/— footnote 13 removed: .*; footnote 14 removed: .*; footnote 15 removed: [^;]*$/);
  });
});

describe.skipIf(!available)('the timeline says a stance voiced more gravely beside the commitment (trial 15b defect 9)', () => {
  it('ATT OP 5 in A/C.1/80/L.9: "call upon → urge; stance strengthened: expresses concern → expresses serious concern"', async () => {
    const result = await compareVersions([join(UN_SERIES, ARMS_TRADE, 'A_RES_79_52.txt'), join(SHARED_DATA, 'un-resolutions/texts/drafts/A_C.1_80_L.9.txt')]);
    const op5 = result.history.positions.find((position) => position.cells[1]?.label === 'OP 5')!;
    expect(op5.timeline).toBe('in 79/52 · strengthened in A/C.1/80/L.9: call upon → urge; stance strengthened: expresses concern → expresses serious concern');
    // Counter-case: OP 1, with no position moved, says so alone: "updated (routine)" since session 21 (rules21 rule 1, the
    // Tenth → Eleventh Conference recorded in place, labelled "not"), "reworded" before.
    const op1 = result.history.positions.find((position) => position.cells[1]?.label === 'OP 1')!;
    expect(op1.timeline).toBe('in 79/52 · updated (routine) in A/C.1/80/L.9');
  });
});
