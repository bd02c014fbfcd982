import { describe, expect, it } from 'vitest';
import { repeatedWordingReasons, wordOrderReason } from '../../src/classify/editorial.js';
import { predecessorCitationReason, routineReasons } from '../../src/classify/routine.js';
import { commitmentShift } from '../../src/classify/signals/commitment.js';
import { commitmentClausesDetector } from '../../src/classify/signals/commitment-clauses.js';
import { isRoutineNumberChange, findNumbers } from '../../src/classify/signals/numbers.js';
import { stanceTurnedInside } from '../../src/classify/signals/recorded-stance.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { normalizeParagraph } from '../../src/normalize/normalize.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { ACCOUNTABILITY, ARMS_TRADE, DEBT, DURBAN, SYRIA, UN_SERIES_AVAILABLE as available, commitments, compareInSeries, findingAt, pairAt } from '../helpers/un-series.js';

/**
 * Session 14, round 2: what new users found in the classification and the commitment signals (trials 14a and 14b). Each
 * fix on its real pair, with a near miss that must stay as it was.
 */

const skipNote = available ? '' : SHARED_MISSING;
const ATOMIC = 'effects-of-atomic-radiation';
const SAFETY = 'safety-and-security-of-humanitarian-personnel-and-protection';

const tokens = (text: string): string[] => normalizeParagraph(text).tokens;
const detect = (before: string, after: string) => commitmentClausesDetector.detect({ before: { text: before, tokens: tokens(before) }, after: { text: after, tokens: tokens(after) }, diff: [] });

describe('a stance turned on one thing inside a paragraph is negotiated (trial 14a, defect 1)', () => {
  it.skipIf(!available)(`External debt 78/137 → 79/197 OP 7: "takes note of the Panel’s final report" → "welcomes the final report of the High-level Panel": negotiated, take note → welcome${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(DEBT, 'A_RES_78_137.txt', 'A_RES_79_197.txt'), 'OP 7');
    // Before: routine, "events moved on, clause by clause".
    expect(finding).toMatchObject({ kind: 'modified', routine: false, editorial: false });
    expect(finding.change).toBeUndefined();
    expect(commitments(finding)).toEqual([
      { type: 'commitment', from: 'take note', to: 'welcome', fromStrength: 2, toStrength: 3, direction: 'strengthened', summary: 'commitment strengthened: take note → welcome', tally: 'commitment strengthened' },
    ]);
  });

  it('counter-case: the next report welcomed where an interim one was noted is no one thing turned', () => {
    const older = 'Welcomes the work of the High-level Panel on the Index, and in this regard takes note of the Panel’s interim report;';
    expect(stanceTurnedInside(older, 'Welcomes the final report of the High-level Panel on the Index;')).toBeNull();
    // Nor the same words of another owner: the Secretary-General's report is not the Panel's.
    expect(stanceTurnedInside('Takes note of the final report of the Panel on the Index;', 'Welcomes the final report of the Secretary-General;')).toBeNull();
    expect(stanceTurnedInside('Takes note of the final report of the Panel on the Index;', 'Welcomes the final report of the Panel;')?.to.verb).toBe('welcome');
    // Nor a text that records the thing both ways, before and after.
    const both = 'Welcomes the report of the Secretary-General on the Index, and notes the report of the Secretary-General on the Fund;';
    expect(stanceTurnedInside(both, 'Notes the report of the Secretary-General on the Fund, and welcomes the report of the Secretary-General on the Index;')).toBeNull();
  });
});

describe('a date moved past the cycle is no yearly succession (trial 14a, defect 1)', () => {
  it.skipIf(!available)(`Criminal accountability 79/116 → 80/160 OP 1: "since 1 July 2007" → "since 1 July 2017": negotiated; "since 1 July 2016 → 2017" beside it stays the succession${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(ACCOUNTABILITY, 'A_RES_79_116.txt', 'A_RES_80_160.txt'), 'OP 1');
    // Before: routine, "yearly succession: 1 July 2007 → 1 July 2017".
    expect(finding).toMatchObject({ routine: false, editorial: false });
    const dates = finding.signals.filter((signal) => signal.type === 'number').map((signal) => signal.summary);
    expect(dates).toEqual(['date changed: 1 July 2007 → 1 July 2017']);
    expect(finding.reasons).toContain('yearly succession: 1 July 2016 → 1 July 2017');
  });

  it('counter-case: a date one or two years on is the succession; ten years on is not', () => {
    const date = (text: string) => findNumbers(text).find((mention) => mention.category === 'date')!;
    expect(isRoutineNumberChange(date('since 1 July 2016'), date('since 1 July 2017'))).toBe(true);
    expect(isRoutineNumberChange(date('on 1 July 2023'), date('on 1 July 2025'))).toBe(true);
    expect(isRoutineNumberChange(date('since 1 July 2007'), date('since 1 July 2017'))).toBe(false);
  });
});

describe('a verb changed in a later clause kept is a commitment shift (trial 14b, defects 3 and 13)', () => {
  it.skipIf(!available)(`Arms Trade Treaty 79/52 → 80/46 OP 5: "…, and calls upon States that have not yet done so" → "…, and urges States …": strengthened, 4 → 4.5${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(ARMS_TRADE, 'A_RES_79_52.txt', 'A_RES_80_46.txt'), 'OP 5');
    // Before: no commitment signal (the opening "Recognizes" is kept); and "call upon → urge" read 4 → 4, "strengthened".
    expect(commitments(finding)).toEqual([
      { type: 'commitment', from: 'call upon', to: 'urge', fromStrength: 4, toStrength: 4.5, direction: 'strengthened', summary: 'commitment strengthened: call upon → urge', tally: 'commitment strengthened' },
    ]);
  });

  it('the strengths order as the direction says: urge above call within the rung, a thing recalled then only noted half a rung down', () => {
    expect(commitmentShift(tokens('Urges States to act'), tokens('Calls upon States to act'))).toMatchObject({ fromStrength: 4.5, toStrength: 4, direction: 'weakened' });
    const recalled = commitmentShift(tokens('Recalling the United Arab Emirates Declaration on Sustainable Agriculture,'), tokens('Noting the United Arab Emirates Declaration on Sustainable Agriculture,'));
    expect(recalled).toMatchObject({ from: 'recall', to: 'note', fromStrength: 2, toStrength: 1.5, direction: 'weakened' });
    // Two verbs of different rungs keep their rungs.
    expect(commitmentShift(tokens('Welcomes the report'), tokens('Takes note of the report'))).toMatchObject({ fromStrength: 3, toStrength: 2 });
  });

  it('counter-case: a later clause that asks someone else, or another thing, is no clause kept', () => {
    const opening = 'Recognizes that the consolidation of the institutional structure of the Treaty provides a framework for its work, and';
    expect(detect(`${opening} calls upon States that have not yet done so to address their financial obligations;`, `${opening} urges the secretariat to report on the financial situation of the Treaty;`)).toEqual([]);
    // The same clause, its verb kept: nothing.
    expect(detect(`${opening} calls upon States that have not yet done so to pay;`, `${opening} calls upon States that have not yet done so to pay promptly;`)).toEqual([]);
  });
});

describe('a verb changed between paragraphs that name different things is no stance turned (trial 14a, defect 8)', () => {
  it.skipIf(!available)(`Effects of atomic radiation 78/71 PP 16 → 79/85 PP 17: IAEA and WHO agreements acknowledged, EC, ICRP and NEA agreements noted: no "acknowledge → note"${skipNote}`, async () => {
    const finding = pairAt(await compareInSeries(ATOMIC, 'A_RES_78_71.txt', 'A_RES_79_85.txt'), 'PP 16', 'PP 17');
    expect(commitments(finding)).toEqual([]);
  });

  it.skipIf(!available)(`counter-case: Durban 79/161 → 80/193 OP 7 → OP 10: "Welcomes the work of the Ad Hoc Committee" → "Also takes note of the work of the Ad Hoc Committee": still weakened${skipNote}`, async () => {
    const finding = pairAt(await compareInSeries(DURBAN, 'A_RES_79_161.txt', 'A_RES_80_193.txt'), 'OP 7', 'OP 10');
    expect(commitments(finding).map((signal) => signal.summary)).toEqual(['commitment weakened: welcome → take note']);
  });
});

describe('routine and editorial updates no longer counted as negotiated (trial 14a, defect 2)', () => {
  it.skipIf(!available)(`External debt 79/197 → 80/123 OP 48 → OP 55: the implementation of the Addis Ababa Action Agenda of the Third Conference → the Sevilla Commitment of the Fourth: routine${skipNote}`, async () => {
    const finding = pairAt(await compareInSeries(DEBT, 'A_RES_79_197.txt', 'A_RES_80_123.txt'), 'OP 48', 'OP 55');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toBe(
      "an outcome tracked at its conference's next edition: Addis Ababa Action Agenda → Sevilla Commitment (Third → Fourth International Conference on Financing for Development)",
    );
  });

  it('counter-case: an outcome reaffirmed, or replaced under the same edition or two editions on, stays negotiated', () => {
    const tracked = (outcome: string, edition: string): string => `Requests a report on the implementation of the ${outcome} of the ${edition} International Conference on Financing for Development;`;
    expect(routineReasons(tracked('Addis Ababa Action Agenda', 'Third'), tracked('Sevilla Commitment', 'Fourth'))).not.toEqual([]);
    expect(routineReasons(tracked('Addis Ababa Action Agenda', 'Third'), tracked('Sevilla Commitment', 'Third'))).toEqual([]);
    expect(routineReasons(tracked('Addis Ababa Action Agenda', 'Third'), tracked('Sevilla Commitment', 'Fifth'))).toEqual([]);
    const reaffirmed = (outcome: string, edition: string): string => `Reaffirms the ${outcome} of the ${edition} International Conference on Financing for Development;`;
    expect(routineReasons(reaffirmed('Addis Ababa Action Agenda', 'Third'), reaffirmed('Sevilla Commitment', 'Fourth'))).toEqual([]);
  });

  it.skipIf(!available)(`Safety and security 79/138 → 80/112 PP 14, PP 18, OP 4: "for two consecutive years, in 2023 and 2024": routine, the reason the JSON gave now the verdict${skipNote}`, async () => {
    const result = await compareInSeries(SAFETY, 'A_RES_79_138.txt', 'A_RES_80_112.txt');
    for (const label of ['PP 14', 'PP 18', 'OP 4']) {
      const finding = findingAt(result, label);
      expect(finding.routine, label).toBe(true);
      expect(finding.reasons, label).toContain('list of years grew: 2024 added');
    }
    expect(findingAt(result, 'PP 14').reasons?.[0]).toBe('the count of the years listed said with the list: “for two consecutive years”');
  });

  it('counter-case: a count of consecutive years that is not the list’s stays negotiated', () => {
    const older = 'Deeply alarmed that in 2023 the number of attacks reached its highest point in the past decade,';
    expect(routineReasons(older, 'Deeply alarmed that, for two consecutive years, in 2023 and 2024, the number of attacks reached its highest point in the past decade,')).not.toEqual([]);
    expect(routineReasons(older, 'Deeply alarmed that, for three consecutive years, in 2023 and 2024, the number of attacks reached its highest point in the past decade,')).toEqual([]);
  });

  it.skipIf(!available)(`Criminal accountability 78/102 → 79/116 and 79/116 → 80/160 OP 28: submissions received "between 6 December 2007 and 1 September 2023 → 2024", 185 → 195: routine${skipNote}`, async () => {
    const first = findingAt(await compareInSeries(ACCOUNTABILITY, 'A_RES_78_102.txt', 'A_RES_79_116.txt'), 'OP 28');
    expect(first.routine).toBe(true);
    expect(first.reasons?.[0]).toBe('a running tally of what was received, counted to 1 September 2024: 185 → 195, 71 → 73');
    expect(findingAt(await compareInSeries(ACCOUNTABILITY, 'A_RES_79_116.txt', 'A_RES_80_160.txt'), 'OP 28').routine).toBe(true);
  });

  it('counter-case: a tally that fell, or counted to a date three years on, stays negotiated', () => {
    const tally = (submissions: string, year: string): string => `Recalls its request for Governments to provide details, and notes that ${submissions} submissions were received from 71 Member States between 6 December 2007 and 1 September ${year};`;
    expect(routineReasons(tally('185', '2023'), tally('195', '2024'))).not.toEqual([]);
    expect(routineReasons(tally('185', '2023'), tally('175', '2024'))).toEqual([]);
    expect(routineReasons(tally('185', '2023'), tally('195', '2026'))).toEqual([]);
  });

  it.skipIf(!available)(`Criminal accountability 79/116 → 80/160 OP 15: "bearing in mind its resolutions 62/63 and 63/119{+, as well as its resolution 79/116,+}": the previous version cited, routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(ACCOUNTABILITY, 'A_RES_79_116.txt', 'A_RES_80_160.txt'), 'OP 15');
    expect(finding).toMatchObject({ routine: true, reasons: ['the previous version cited: 79/116 added'] });
  });

  it('counter-case: "as well as" another session\'s resolution, or with other words, is no previous version cited', () => {
    const cited = (before: string, after: string): string | null => predecessorCitationReason(wordDiff(before, after, 1000).parts, '79/116');
    const older = 'Reiterates its decision that, bearing in mind its resolutions 62/63 and 63/119, the consideration shall be continued;';
    expect(cited(older, 'Reiterates its decision that, bearing in mind its resolutions 62/63 and 63/119, as well as its resolution 79/116, the consideration shall be continued;')).toBe('the previous version cited: 79/116 added');
    expect(cited(older, 'Reiterates its decision that, bearing in mind its resolutions 62/63 and 63/119, as well as its resolution 77/98, the consideration shall be continued;')).toBeNull();
    expect(cited(older, 'Reiterates its decision that, bearing in mind its resolutions 62/63 and 63/119, as well as its resolution 79/116, the consideration shall be concluded;')).toBeNull();
  });

  it.skipIf(!available)(`Syria 78/222 → 79/185 OP 4 and OP 40 → OP 41: a short title given to the Convention just named, "expression and of opinion" → "opinion and expression": editorial${skipNote}`, async () => {
    const result = await compareInSeries(SYRIA, 'A_RES_78_222.txt', 'A_RES_79_185.txt');
    expect(findingAt(result, 'OP 4')).toMatchObject({ editorial: true, reasons: ['a short title given to the instrument just named: Chemical Weapons Convention'] });
    expect(pairAt(result, 'OP 40', 'OP 41')).toMatchObject({ editorial: true, reasons: ['word order: expression and of opinion → opinion and expression'] });
  });

  it('counter-case: a short title of another instrument, and a pair swapped with a word other than their shared preposition, stay', () => {
    const named = 'recalls the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction';
    const read = (before: string, after: string): string[] | null => repeatedWordingReasons(wordDiff(before, after, 1000).parts, before, after);
    expect(read(`${named};`, `${named} (Chemical Weapons Convention);`)).toEqual(['a short title given to the instrument just named: Chemical Weapons Convention']);
    expect(read(`${named};`, `${named} (Biological Weapons Convention);`)).toBeNull();
    const swapped = (before: string, after: string): string | null => wordOrderReason(wordDiff(before, after, 1000).parts);
    expect(swapped('the right to freedom of expression and of opinion;', 'the right to freedom of opinion and expression;')).toBe('word order: expression and of opinion → opinion and expression');
    expect(swapped('the right to freedom of expression and of opinion;', 'the right to freedom of opinion and assembly;')).toBeNull();
    expect(swapped('the right to freedom of expression and for opinion;', 'the right to freedom of opinion and expression;')).toBeNull();
  });
});
