import { describe, expect, it } from 'vitest';
import { eventHeldReason, themeSetByOlderTextReasons } from '../../src/classify/event-paragraphs.js';
import { routineReasons } from '../../src/classify/routine.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { ACCOUNTABILITY, CONSUMPTION, DEBT, LDC, OCEANS, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive } from '../helpers/un-series.js';

/**
 * Precision round 16 (A): an event looked forward to, then welcomed as held, whose own name holds a word that reads as a
 * stance ("the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14"): the
 * name's "Support" asks nothing of anyone (redline #23). The conference's outcome adopted at it ("at which its political
 * declaration was adopted") is the event's own record. A stance taken outside the name stays negotiated.
 */

const skipNote = available ? '' : SHARED_MISSING;

const OCEAN_CONFERENCE =
  'the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, co-hosted by Costa Rica and France';
const LOOKED_FORWARD = `Looking forward to ${OCEAN_CONFERENCE}, to be held in Nice, France, from 9 to 13 June 2025,`;
const WELCOMED = `Welcoming the convening of ${OCEAN_CONFERENCE}, held in Nice, France, from 9 to 13 June 2025, at which its political declaration was adopted,`;

describe('an event looked forward to, welcomed as held, a stance word inside its name', () => {
  it.skipIf(!available)(`CONSUMPTION 79/202 → 80/135 PP 23 → PP 22: the Nice Ocean Conference looked forward to, then welcomed with its political declaration adopted: routine (event held)${skipNote}`, async () => {
    const result = await compareInSeries(CONSUMPTION, 'A_RES_79_202.txt', 'A_RES_80_135.txt');
    const finding = findingAt(result, 'PP 22');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['event held: United Nations Conference to Support the Implementation of Sustainable Development Goal, looked forward to, now recorded as held']);
  });

  it.skipIf(!available)(`LDC follow-up 79/218 → 80/150 PP 23 → PP 19: the same conference, its declaration cited by resolution and date: routine (event held)${skipNote}`, async () => {
    const result = await compareInSeries(LDC, 'A_RES_79_218.txt', 'A_RES_80_150.txt');
    const finding = findingAt(result, 'PP 19');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toMatch(/^event held: United Nations Conference to Support the Implementation/);
  });

  it.skipIf(!available)(`counter-case: External debt 79/197 → 80/123, the Financing for Development conference welcomed as held and its outcome reaffirmed: stays negotiated${skipNote}`, async () => {
    const result = await compareInSeries(DEBT, 'A_RES_79_197.txt', 'A_RES_80_123.txt');
    const finding = result.comparisons[0].findings.find((candidate) =>
      result.documents[1].paragraphs[candidate.right[0] ?? -1]?.text.startsWith('Welcoming the convening of the Fourth International Conference on Financing for Development'),
    );
    expect(finding).toBeDefined();
    expect(isSubstantive(finding!)).toBe(true);
  });

  it('the name set aside, the record of the event held is routine', () => {
    expect(eventHeldReason(LOOKED_FORWARD, WELCOMED)).toBe(
      'event held: United Nations Conference to Support the Implementation of Sustainable Development Goal, looked forward to, now recorded as held',
    );
  });

  it('counter-cases: a stance outside the name (a call, a lower-case support, a clause opening with a capitalized verb) stays negotiated', () => {
    expect(eventHeldReason(LOOKED_FORWARD, WELCOMED.replace(/,$/, ', and calls for its full implementation,'))).toBeNull();
    expect(eventHeldReason(LOOKED_FORWARD, WELCOMED.replace(/,$/, ', and to support the implementation of its political declaration,'))).toBeNull();
    expect(eventHeldReason(LOOKED_FORWARD, `${WELCOMED.replace(/,$/, ';')} Urges States to implement its political declaration;`)).toBeNull();
  });
});

describe("a body's meeting recorded at its next edition, its theme the one the older text set", () => {
  it.skipIf(!available)(`Oceans 78/69 → 79/144 OP 351 → OP 338: the Informal Consultative Process report, twenty-third → twenty-fourth meeting, its theme the one 78/69 OP 361 set: routine${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_78_69.txt', 'A_RES_79_144.txt');
    const finding = findingAt(result, 'OP 338');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['yearly succession: twenty-third → twenty-fourth', 'the theme of the edition recorded, set by the older text: “the ocean as a source of sustainable food”']);
  });

  it.skipIf(!available)(`Oceans 79/144 → 80/110 OP 338 → OP 326: the next year's report, its theme the one 79/144 OP 347 set: routine${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt');
    const finding = findingAt(result, 'OP 326');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toBe('yearly succession: twenty-fourth → twenty-fifth');
  });

  const before = 'Welcomes the report of the Co-Chairs on the work of the Informal Consultative Process at its twenty-third meeting, which focused on the theme of new maritime technologies: challenges and opportunities;';
  const after = 'Welcomes the report of the Co-Chairs on the work of the Informal Consultative Process at its twenty-fourth meeting, which focused on the theme of the ocean as a source of sustainable food;';
  const setting = 'Also decides that the Informal Consultative Process shall focus its discussions at its twenty-fourth meeting, in 2024, on the theme “The ocean as a source of sustainable food”;';

  it('the theme written in another paragraph of the older text is the edition\'s own', () => {
    expect(themeSetByOlderTextReasons(before, after, [before, setting])).toEqual([
      'yearly succession: twenty-third → twenty-fourth',
      'the theme of the edition recorded, set by the older text: “the ocean as a source of sustainable food”',
    ]);
  });

  it('counter-cases: a theme the older text never set, a record that asks, a theme changed with the edition kept', () => {
    expect(themeSetByOlderTextReasons(before, after, [before])).toBeNull();
    expect(themeSetByOlderTextReasons(before, after.replace(/;$/, ', and encourages States to implement its outcomes;'), [before, setting])).toBeNull();
    expect(themeSetByOlderTextReasons(before, after.replace('twenty-fourth', 'twenty-third'), [before, setting])).toBeNull();
    const deciding = 'Decides that the Informal Consultative Process shall focus its discussions at its twenty-fourth meeting on the theme “The ocean as a source of sustainable food”;';
    expect(themeSetByOlderTextReasons(deciding.replace('twenty-fourth', 'twenty-third').replace('The ocean as a source of sustainable food', 'New maritime technologies'), deciding, [setting])).toBeNull();
  });
});

describe("an aged verb's repeated “of” goes with it", () => {
  it.skipIf(!available)(`Criminal accountability 78/102 → 79/116 PP 17: "Taking note of the report … and of the subsequent report" → "Recalling the report … and the subsequent report": routine${skipNote}`, async () => {
    const result = await compareInSeries(ACCOUNTABILITY, 'A_RES_78_102.txt', 'A_RES_79_116.txt');
    const finding = findingAt(result, 'PP 17');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['verb aged with the event: Taking note of → Recalling, its repeated “of” with it']);
  });

  const before = 'Taking note of the report of the High-level Independent Panel on Peace Operations, and of the subsequent report of the Secretary-General,';
  const after = 'Recalling the report of the High-level Independent Panel on Peace Operations, and the subsequent report of the Secretary-General,';
  it('the repeated "of" dropped with the aged verb is routine', () => {
    expect(routineReasons(before, after)).toEqual(['verb aged with the event: Taking note of → Recalling, its repeated “of” with it']);
  });
  it('counter-cases: the second object dropped with it, or an "of" dropped inside a name, stays negotiated', () => {
    expect(routineReasons(before, 'Recalling the report of the High-level Independent Panel on Peace Operations,')).toEqual([]);
    expect(routineReasons(before, after.replace('report of the Secretary-General', 'report the Secretary-General'))).toEqual([]);
  });
});

describe("an aged verb repeated before a second record goes with it", () => {
  it.skipIf(!available)(`Oceans 79/144 → 80/110 OP 361 → OP 347: "Notes the endorsement … 2023 …, and notes the adoption … 2024" → "Also recalls the endorsement …, and the adoption …": routine${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt');
    const finding = findingAt(result, 'OP 347');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['verb aged with the event: Notes → Also recalls, its repeated “notes” with it']);
  });

  it.skipIf(!available)(`near miss: Oceans 79/144 → 80/110 OP 269 → OP 262, "Notes → Also recalls" with "and notes the importance of capacity-building" kept in the newer text: the kept "notes" is not read as gone (the verb's ageing alone, as before)${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt');
    expect(findingAt(result, 'OP 262').reasons).toEqual(['verb aged with the event: Notes → Also recalls']);
  });

  const before = 'Notes the endorsement by the leaders on 9 November 2023 of a declaration on statehood, and notes the adoption on 23 September 2024 of the Leaders’ Declaration on Sea-Level Rise;';
  it('counter-cases: the newer text still repeats the verb (only the opening aged), or another verb took its place (negotiated)', () => {
    expect(routineReasons(before, before.replace(/^Notes/, 'Also recalls'))).toEqual(['verb aged with the event: Notes → Also recalls']);
    expect(routineReasons(before, before.replace(/^Notes/, 'Also recalls').replace('and notes the', 'and welcomes the'))).toEqual([]);
  });
});
