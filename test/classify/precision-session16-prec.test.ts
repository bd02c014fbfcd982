import { describe, expect, it } from 'vitest';
import { routineReasons, takenIntoListReasons } from '../../src/classify/routine.js';
import { yearlyChangeReasons } from '../../src/classify/yearly.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { ARMS_TRADE, CHEMICAL, CONSUMPTION, FINANCIAL_SYSTEM, OCEANS, RIGHT_TO_DEVELOPMENT, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive } from '../helpers/un-series.js';

/**
 * Session 16 (precision, redline #23): paragraphs a drafter moves as the texts age, read on their real pairs, each with a
 * near miss that stays negotiated: a recording verb in the form of its new place (operative part ↔ preamble), and a
 * standalone paragraph taken into a list whose chapeau carries its verb.
 */

const skipNote = available ? '' : SHARED_MISSING;

describe("a recording verb in the form of the paragraph's new place", () => {
  it.skipIf(!available)(`Sustainable consumption 79/202 → 80/135 OP 6 → PP 25: the 2023 reports "[-Takes-]{+Taking+} note of" in the preamble, word for word: routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(CONSUMPTION, 'A_RES_79_202.txt', 'A_RES_80_135.txt'), 'PP 25');
    expect(isSubstantive(finding)).toBe(false);
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual([
      "a recording verb in the form of the paragraph's new place (operative paragraph → preamble): Takes note → Taking note",
      'editorial: case, spacing or punctuation',
    ]);
  });

  it.skipIf(!available)(`Oceans 79/144 → 80/110 PP 32 → OP 85: the Chair's letter of the year "[-Taking-]{+Takes+} note of", its date and Meeting one on: routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt'), 'OP 85');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toBe("a recording verb in the form of the paragraph's new place (preamble → operative paragraph): Taking note → Takes note");
    expect(finding.reasons).toContain('yearly succession: thirty-fourth → thirty-fifth');
  });

  it.skipIf(!available)(`counter-case: Oceans 79/144 → 80/110 PP 31 → OP 80: "[-Noting-]{+Notes+} with concern the projected timetable": the concern given operative weight, stays negotiated${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt'), 'OP 80');
    expect(isSubstantive(finding)).toBe(true);
  });

  it('counter-cases: a verb that asks, another verb, or the object changed stay', () => {
    const request = 'Requests the Secretary-General to submit to the General Assembly a report on the implementation of the present resolution;';
    expect(routineReasons(request, request.replace('Requests', 'Requesting').replace(/;$/, ','))).toEqual([]);
    const noted = 'Takes note of the report of the Secretary-General on the work of the Organization;';
    expect(routineReasons(noted, 'Welcoming the report of the Secretary-General on the work of the Organization,')).toEqual([]);
    expect(routineReasons(noted, 'Taking note of the report of the Secretary-General on the work of the Organization and its recommendations,')).toEqual([]);
    expect(routineReasons(noted, 'Taking note of the report of the Secretary-General on the work of the Organization,')).toEqual([
      "a recording verb in the form of the paragraph's new place (operative paragraph → preamble): Takes note → Taking note",
      'editorial: case, spacing or punctuation',
    ]);
  });
});

describe("a paragraph taken into a list, its verb carried by the list's chapeau", () => {
  it.skipIf(!available)(`Chemical weapons 79/56 → 80/34 OP 7 → OP 11 (c): "Also takes note of the report … of 22 February 2024" → "Recalls: … (c) The report …": routine${skipNote}`, async () => {
    const result = await compareInSeries(CHEMICAL, 'A_RES_79_56.txt', 'A_RES_80_34.txt');
    const finding = findingAt(result, 'OP 11 (c)');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['a paragraph taken into the list of OP 11, its verb carried by the chapeau: Recalls', 'verb aged with the event: Takes note of → Recalls']);
    expect(findingAt(result, 'OP 11 (d)').routine).toBe(true);
  });

  it('counter-cases: a chapeau that strengthens the verb, one that is more than a verb, an item reworded', () => {
    const older = 'Also takes note of the report of the fact-finding mission of 22 February 2024, which concluded that no chemicals were used as a weapon;';
    const item = 'The report of the fact-finding mission of 22 February 2024, which concluded that no chemicals were used as a weapon;';
    expect(takenIntoListReasons(older, item, 'Recalls:', 'OP 11')).toEqual(['a paragraph taken into the list of OP 11, its verb carried by the chapeau: Recalls', 'verb aged with the event: Takes note of → Recalls']);
    expect(takenIntoListReasons(older, item, 'Welcomes:', 'OP 11')).toBeNull();
    expect(takenIntoListReasons(older, item, 'Condemns in the strongest terms:', 'OP 11')).toBeNull();
    expect(takenIntoListReasons(older, item.replace('no chemicals were', 'chemicals were'), 'Recalls:', 'OP 11')).toBeNull();
  });
});

describe('an invitation given again, restated', () => {
  it.skipIf(!available)(`Sustainable consumption 79/202 → 80/135 OP 14: "and [-invites-]{+reiterates the invitation to+} Member States to take measures", "life[-]cycle": routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(CONSUMPTION, 'A_RES_79_202.txt', 'A_RES_80_135.txt'), 'OP 14');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toBe('an invitation already given, restated');
  });

  it('counter-cases: the invitation restated to another addressee, for another act, or another verb, stay', () => {
    const older = 'Recognizes the important role of the private sector, and invites Member States to take measures, in cooperation with the private sector, to enhance the design of products;';
    expect(routineReasons(older, older.replace('invites', 'reiterates the invitation to'))).toEqual(['an invitation already given, restated']);
    expect(routineReasons(older, older.replace('invites Member States', 'reiterates the invitation to all States'))).toEqual([]);
    expect(routineReasons(older, older.replace('invites', 'reiterates the invitation to').replace('to take measures', 'to take urgent measures'))).toEqual([]);
    expect(routineReasons(older, older.replace('invites', 'urges'))).toEqual([]);
  });
});

describe("a pandemic's clause retired beside the yearly report", () => {
  it.skipIf(!available)(`International financial system 78/136 → 79/196 OP 49 → OP 56: the report at the [-seventy-ninth-]{+eightieth+} session, "[- in the post-COVID era-]": routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(FINANCIAL_SYSTEM, 'A_RES_78_136.txt', 'A_RES_79_196.txt'), 'OP 56');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['yearly succession: seventy-ninth session → eightieth session', "COVID-19 reference retired: the pandemic's clause dropped"]);
  });

  it.skipIf(!available)(`Sustainable consumption 78/151 → 79/202 OP 22 → OP 27: the report a session on, "[-taking into account the impacts of, response to and recovery from COVID-19, -]": routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(CONSUMPTION, 'A_RES_78_151.txt', 'A_RES_79_202.txt'), 'OP 27');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toContain("COVID-19 reference retired: the pandemic's clause dropped");
  });

  it.skipIf(!available)(`counter-case: Right to development 78/203 → 79/170 OP 52 → OP 53: the clause dropped beside the session holds "the reform of the international financial architecture" too: stays negotiated${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(RIGHT_TO_DEVELOPMENT, 'A_RES_78_203.txt', 'A_RES_79_170.txt'), 'OP 53');
    expect(isSubstantive(finding)).toBe(true);
  });

  it('counter-cases: the report two sessions on, or reworded, beside the retired clause, stay', () => {
    const older = 'Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session an action-oriented report on the implementation of the present resolution, with a particular focus on reform of the international financial system in the post-COVID era;';
    const newer = 'Requests the Secretary-General to submit to the General Assembly at its eightieth session an action-oriented report on the implementation of the present resolution, with a particular focus on reform of the international financial system;';
    expect(yearlyChangeReasons(older, newer)).toEqual(['yearly succession: seventy-ninth session → eightieth session', "COVID-19 reference retired: the pandemic's clause dropped"]);
    expect(yearlyChangeReasons(older, newer.replace('eightieth', 'eighty-first'))).toBeNull();
    expect(yearlyChangeReasons(older, newer.replace('action-oriented report', 'report'))).toBeNull();
    expect(yearlyChangeReasons(older, newer.replace('reform of the international financial system', 'debt relief'))).toBeNull();
  });
});

describe("a past step of another body no longer recorded", () => {
  // Session 19 (clause19, trial 19-b D6) reads this drop again: the newer text follows the next Conference and records the
  // trial period nowhere else, so the drop is the change (test/classify/clause19.test.ts).
  it.skipIf(!available)(`Arms Trade Treaty 79/52 → 80/46 OP 4: "[-, and further takes note of the revision … decided by the Tenth Conference of States Parties-]": substantive since session 19, the clause named${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(ARMS_TRADE, 'A_RES_79_52.txt', 'A_RES_80_46.txt'), 'OP 4');
    expect(finding.routine).toBe(false);
    expect(finding.reasons?.[0]).toMatch(/^the change: a record of the previous conference's decision dropped, what it decided said nowhere else in the newer text: further takes note of the revision/);
  });

  it.skipIf(!available)(`Oceans 79/144 → 80/110 OP 273 → OP 266: "[-, and further notes with appreciation the adoption of … at the twenty-second Meeting …-]": routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt'), 'OP 266');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toMatch(/^a past step of another body no longer recorded: further notes with appreciation the adoption of/);
  });

  it.skipIf(!available)(`Oceans 79/144 → 80/110 OP 222 → OP 218: the regional marine-litter plans "adopted at …" 2019–2022 no longer noted (a record longer than the word diff's budget): routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt'), 'OP 218');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['a past step of another body no longer recorded: further notes in this regard the revised Regional …']);
  });

  it('counter-cases: a welcome dropped, a call in the clause, a step not yet taken, a clause not at the end, stay', () => {
    const older = 'Welcomes the continuing progress by the standing working groups on effective treaty implementation, on transparency and reporting and on universalization, and further takes note of the revision of the Treaty programme of work and the extension of the trial period by an additional one year, decided by the Tenth Conference of States Parties;';
    const newer = 'Welcomes the continuing progress by the standing working groups on effective treaty implementation, on transparency and reporting and on universalization;';
    expect(routineReasons(older, newer)).toEqual(['a past step of another body no longer recorded: further takes note of the revision of the …']);
    expect(routineReasons(older.replace('further takes note of', 'further welcomes'), newer)).toEqual([]);
    expect(routineReasons(older.replace(', decided by', ', calls upon States to apply it as decided by'), newer)).toEqual([]);
    expect(routineReasons(older.replace(', decided by the Tenth Conference of States Parties', ', to be decided by the Eleventh Conference of States Parties'), newer)).toEqual([]);
    const inside = older.replace(';', ', and encourages States to report;');
    expect(routineReasons(inside, newer.replace(';', ', and encourages States to report;'))).toEqual([]);
  });
});
