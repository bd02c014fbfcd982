import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAgedOpening } from '../../src/classify/routine.js';
import { compare } from '../../src/pipeline.js';
import type { CommitmentSignal, Finding, RedlineResult } from '../../src/types.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Session 15, redline #23: findings a drafter would not call negotiated, and one they would. Each fix on its real pair,
 * with a near miss that must stay as it was.
 */

const skipNote = HAS_SHARED ? '' : SHARED_MISSING;
const ICT_SECURITY = join(SHARED_DATA, 'un-resolutions/texts/ict-security');

const commitments = (finding: Finding): CommitmentSignal[] => finding.signals.filter((signal): signal is CommitmentSignal => signal.type === 'commitment');
/** The finding whose older paragraph is `older` and newer `newer` (labels), for renumbered pairs. */
const pairAt = (result: RedlineResult, older: string, newer: string): Finding => {
  const [left, right] = result.documents;
  const finding = result.comparisons[0].findings.find(
    (one) => one.left.map((i) => left.paragraphs[i].label).join('+') === older && one.right.map((i) => right.paragraphs[i].label).join('+') === newer,
  );
  if (!finding) throw new Error(`no finding ${older} → ${newer}`);
  return finding;
};

describe('a decision restated on the same subject reads no "(weaker)" (defect 1)', () => {
  it.skipIf(!HAS_SHARED)(`ICT and crime 74/247 → 75/282: "Decides to establish … committee" → "Reaffirms that the Ad Hoc Committee shall take …", and "Also decides that the ad hoc committee shall convene …" → "Recalling its resolution 74/247 …, in which it decided that …": routine shifts, no tone${skipNote}`, async () => {
    const result = await compare(join(ICT_SECURITY, 'A_RES_74_247.txt'), join(ICT_SECURITY, 'A_RES_75_282.txt'));
    // Before: "commitment weakened: decide → reaffirm" and "decide → recall", each line "(weaker)".
    expect(commitments(pairAt(result, 'OP 2', 'OP 11'))).toMatchObject([{ from: 'decide', to: 'reaffirm', direction: 'weakened', routine: true, summary: 'commitment weakened: decide → reaffirm (routine)' }]);
    expect(commitments(pairAt(result, 'OP 3', 'PP 3'))).toMatchObject([{ from: 'decide', to: 'recall', direction: 'weakened', routine: true, summary: 'commitment weakened: decide → recall (routine)' }]);
    const lines = linesOf(result);
    expect(lineAt(lines, 'OP 2 → OP 11').tone).toBeNull();
    expect(lineAt(lines, 'OP 3 → PP 3').tone).toBeNull();
    expect(lines.map((line) => line.text).filter((text) => /\(weaker\)/.test(text))).toEqual([]);
  });

  it('counter-case: a decision turned into a stance, a restatement on another subject, or one made non-binding stays a shift', () => {
    const decided = 'Decides to establish an open-ended ad hoc intergovernmental committee of experts to elaborate a comprehensive international convention, taking into full consideration existing international instruments and efforts at the national, regional and international levels;';
    expect(isAgedOpening(decided, 'Reaffirms that the Ad Hoc Committee shall take into full consideration existing international instruments and efforts at the national, regional and international levels;')).toBe(true);
    // A stance on the subject, not the decision: "Reaffirms the importance of …".
    expect(isAgedOpening(decided, 'Reaffirms the importance of taking into full consideration existing international instruments and efforts at the national, regional and international levels;')).toBe(false);
    // The binding modal softened: "shall" → "should".
    expect(isAgedOpening(decided, 'Reaffirms that the Ad Hoc Committee should take into full consideration existing international instruments and efforts at the national, regional and international levels;')).toBe(false);
    // Another subject restated under the same verb.
    expect(isAgedOpening(decided, 'Reaffirms that the Ad Hoc Committee shall conclude its work and submit a draft text by the end of its seventy-eighth session, subject to the availability of voluntary contributions;')).toBe(false);
    // A request is no decision: "Requests … to report" → "Recalling its resolution …, in which it requested …" is read by the older rule only.
    const convene = 'Also decides that the ad hoc committee shall convene a three-day organizational session in August 2020, in New York, in order to agree on an outline and modalities for its further activities, to be submitted to the General Assembly at its seventy-fifth session for its consideration and approval;';
    expect(isAgedOpening(convene, 'Recalling its resolution 74/247 of 27 December 2019, in which it decided that the Ad Hoc Committee to Elaborate a Comprehensive International Convention should agree on an outline and modalities for its further activities, to be submitted to the General Assembly at its seventy-fifth session for its consideration and approval,')).toBe(true);
    // The resolution recalled for something else it decided.
    expect(isAgedOpening(convene, 'Recalling its resolution 74/247 of 27 December 2019, in which it decided to include in the provisional agenda of its seventy-fifth session an item entitled “Countering the use of information and communications technologies for criminal purposes”,')).toBe(false);
  });
});
