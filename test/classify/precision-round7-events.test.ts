import { describe, expect, it } from 'vitest';
import { routineReasons } from '../../src/classify/routine.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { findingAt, compareInSeries as pair, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 7 (issue 23), events and facts moving on: the references a recurring text brings up to date (a list of
 * mandates replaced by the latest, a list of recalled resolutions whose dates are written oddly) and the year's outcome
 * of a body. Each rule is read on a real pair of the UN series and guarded by a negotiated change of the same shape that
 * stays substantive.
 */

describe('the routine updates of round 7, guarded (no data needed)', () => {
  it('a list of mandates replaced whole by later ones of the same shape is brought up to date', () => {
    expect(routineReasons('Takes note of the report submitted pursuant to resolutions 34/24, 40/20 and 46/17;', 'Takes note of the report submitted pursuant to resolutions 52/28 and 55/21;')).toEqual([
      'references brought up to date: 34/24, 40/20, 46/17 → 52/28, 55/21',
    ]);
  });

  it('a list replaced by earlier resolutions, by one of them only, or by a single later one is negotiated', () => {
    expect(routineReasons('Takes note of the report submitted pursuant to resolutions 52/28 and 55/21;', 'Takes note of the report submitted pursuant to resolutions 34/24 and 46/17;')).toEqual([]);
    expect(routineReasons('Takes note of the report submitted pursuant to resolutions 34/24, 40/20 and 46/17;', 'Takes note of the report submitted pursuant to resolutions 40/20 and 55/21;')).toEqual([]);
    expect(routineReasons('Acts in accordance with resolution 75/1;', 'Acts in accordance with resolution 79/1;')).toEqual([]);
  });

  it('a list of recalled resolutions grows by the latest even where a date is written "15 of December of 2022"', () => {
    expect(routineReasons('Reaffirming its resolutions 76/148 of 16 December 2021 and 77/203 of 15 of December of 2022,', 'Reaffirming its resolutions 76/148 of 16 December 2021, 77/203 of 15 of December of 2022 and 78/189 of 19 December 2023,')).toEqual([
      'list of recalled documents grew: 78/189 added',
    ]);
    // A resolution of two sessions on is not the latest of the list: negotiated.
    expect(routineReasons('Reaffirming its resolutions 76/148 of 16 December 2021 and 77/203 of 15 of December of 2022,', 'Reaffirming its resolutions 76/148 of 16 December 2021, 77/203 of 15 of December of 2022 and 79/189 of 19 December 2024,')).toEqual([]);
  });

  it("what a body's next session adopted, welcomed in place of the last one's, is the year's outcome", () => {
    expect(routineReasons('Notes the practice of the Committee, welcomes the adoption of a workplan at its seventy-fourth session, and encourages the Committee to continue;', 'Notes the practice of the Committee, welcomes the adoption of a conclusion on durable solutions at its seventy-fifth session, and encourages the Committee to continue;')).toEqual([
      "the year's outcome of a body: workplan → conclusion on durable solutions (seventy-fifth session)",
      'yearly succession: seventy-fourth session → seventy-fifth session',
    ]);
  });

  it("what a yearly forum held, noted in place of last year's, is the year's outcome too, rewritten in stretches a word apart", () => {
    expect(routineReasons('Recalls the platform of the United Nations, notes the expert debate on how to improve debt restructuring during the 2024 forum on financing for development, and invites cooperation;', 'Recalls the platform of the United Nations, notes the convening of the ministerial fireside chat on debt solutions during the 2025 forum on financing for development, and invites cooperation;')).toEqual([
      "the year's outcome of a body: expert debate on how to improve debt restructuring → convening of the ministerial fireside chat on debt solutions (2025)",
      'yearly succession: 2024 → 2025',
    ]);
    // A year that dates no event ("by 2030") is a target: negotiated.
    expect(routineReasons('Recalls the platform, notes the expert debate on debt restructuring by 2029, and invites cooperation;', 'Recalls the platform, notes the fireside chat on debt solutions by 2030, and invites cooperation;')).toEqual([]);
  });

  it('an outcome changed at the same session, or one the text decides, is negotiated', () => {
    expect(routineReasons('Notes the practice of the Committee, welcomes the adoption of a workplan at its seventy-fifth session, and encourages the Committee to continue;', 'Notes the practice of the Committee, welcomes the adoption of a conclusion on durable solutions at its seventy-fifth session, and encourages the Committee to continue;')).toEqual([]);
    expect(routineReasons('Decides to adopt a workplan at its seventy-fourth session;', 'Decides to adopt a conclusion on durable solutions at its seventy-fifth session;')).toEqual([]);
  });

  it("the welcome of a past session's outcome dropped whole is routine; an undated welcome, or a clause that asks, dropped is negotiated", () => {
    expect(routineReasons('Recognizes the practice of adopting conclusions, welcomes the adoption of a conclusion on durable solutions at its seventy-fifth session, and encourages the Committee to continue;', 'Recognizes the practice of adopting conclusions, and encourages the Committee to continue;')).toEqual([
      "the welcome of a past session's outcome dropped: welcomes the adoption of a conclusion on durable solutions at its seventy-fifth session",
    ]);
    expect(routineReasons('Recognizes the practice of adopting conclusions, welcomes the adoption of a conclusion on durable solutions, and encourages the Committee to continue;', 'Recognizes the practice of adopting conclusions, and encourages the Committee to continue;')).toEqual([]);
    expect(routineReasons('Recognizes the practice of adopting conclusions, welcomes the conclusion and urges States to implement it at its seventy-fifth session, and encourages the Committee to continue;', 'Recognizes the practice of adopting conclusions, and encourages the Committee to continue;')).toEqual([]);
  });

  it('"the continued" trend dropped from a paragraph that records it is a fact aged; dropped from a call, or added, it is not', () => {
    expect(routineReasons('Welcomes the continued reduction in the number of incidents of piracy since 2011;', 'Welcomes the reduction in the number of incidents of piracy since 2011;')).toEqual(['a fact aged: “continued” dropped']);
    expect(routineReasons('Calls for the continued support of donors to the trust fund;', 'Calls for the support of donors to the trust fund;')).toEqual([]);
    expect(routineReasons('Welcomes the reduction in the number of incidents of piracy since 2011;', 'Welcomes the continued reduction in the number of incidents of piracy since 2011;')).toEqual([]);
  });

  it('a list of meetings held that grows by the latest is routine; meetings decided, or an older one dropped, are not', () => {
    expect(routineReasons('Notes the reports of the Legal Counsel, most recently at its 309th and 310th meetings;', 'Notes the reports of the Legal Counsel, most recently at its 309th, 310th and 320th meetings;')).toEqual([
      'a list of meetings held grew: 309th and 310th meetings → 309th, 310th and 320th meetings',
    ]);
    expect(routineReasons('Decides to hold its 309th and 310th meetings in Geneva;', 'Decides to hold its 309th, 310th and 320th meetings in Geneva;')).toEqual([]);
    expect(routineReasons('Notes the reports of the Legal Counsel, most recently at its 309th and 310th meetings;', 'Notes the reports of the Legal Counsel, most recently at its 310th and 320th meetings;')).toEqual([]);
  });

  it('a body established, welcomed for its work as the text ages, is routine; another verb, or another body, is not', () => {
    expect(routineReasons('Welcomes the establishment of the Permanent Forum, through its resolution 75/314, as a consultative mechanism;', 'Also welcomes the ongoing work of the Permanent Forum, established through its resolution 75/314, as a consultative mechanism;')).toEqual([
      'a body established, welcomed for its work: Welcomes the establishment → Also welcomes the ongoing work',
    ]);
    expect(routineReasons('Welcomes the establishment of the Permanent Forum, through its resolution 75/314, as a consultative mechanism;', 'Regrets the ongoing work of the Permanent Forum, established through its resolution 75/314, as a consultative mechanism;')).toEqual([]);
    expect(routineReasons('Welcomes the establishment of the Permanent Forum, through its resolution 75/314, as a consultative mechanism;', 'Also welcomes the ongoing work of the Expert Mechanism, established through its resolution 75/314, as a consultative mechanism;')).toEqual([]);
  });

  it('a later event added to those looked forward to is routine; one added to what the text decides, or an earlier one, is not', () => {
    expect(routineReasons('Looking forward to the convening of the 2026 Water Conference, to be co-hosted by Senegal,', 'Looking forward to the convening of the 2026 Water Conference, to be co-hosted by Senegal, as well as the 2028 Review Conference, to be hosted by Tajikistan,')).toEqual([
      'a later event added to those looked forward to: the 2028 Review Conference, to be hosted by Tajikistan',
    ]);
    expect(routineReasons('Decides to convene the 2026 Water Conference, to be co-hosted by Senegal,', 'Decides to convene the 2026 Water Conference, to be co-hosted by Senegal, as well as the 2028 Review Conference, to be hosted by Tajikistan,')).toEqual([]);
    expect(routineReasons('Looking forward to the convening of the 2026 Water Conference, to be co-hosted by Senegal,', 'Looking forward to the convening of the 2026 Water Conference, to be co-hosted by Senegal, as well as the 2025 Review Conference, to be hosted by Tajikistan,')).toEqual([]);
  });

  it("a body's resolutions taken note of, the next session's set in place of the last one's, is the year's set; a set of one session cut, a subject dropped, or a stance added, is not", () => {
    const older = 'Takes note of resolutions GC(67)/RES/7, entitled “Nuclear safety”; GC(67)/RES/8, entitled “Nuclear security”; and GC(67)/RES/9, entitled “Personnel”, adopted by the General Conference at its sixty-seventh regular session;';
    // The same subjects, numbered and ordered as the next session adopted them.
    expect(routineReasons(older, 'Takes note of resolutions GC(68)/RES/8, entitled “Nuclear safety”; GC(68)/RES/9, entitled “Personnel”; and GC(68)/RES/10, entitled “Nuclear security”, adopted by the General Conference at its sixty-eighth regular session;')).toEqual([
      "the year's resolutions taken note of: Takes note of resolutions … of the next session",
    ]);
    // A subject no longer taken note of ("Personnel"), or put for another: a choice, not the year's numbers (session 15, fix15-refs).
    expect(routineReasons(older, 'Takes note of resolutions GC(68)/RES/8, entitled “Nuclear safety”; GC(68)/RES/9, entitled “Personnel”; and GC(68)/RES/10, entitled “Nuclear energy”, adopted by the General Conference at its sixty-eighth regular session;')).toEqual([]);
    expect(routineReasons(older, 'Takes note of resolutions GC(68)/RES/8, entitled “Nuclear safety”; and GC(68)/RES/9, entitled “Nuclear security”, adopted by the General Conference at its sixty-eighth regular session;')).toEqual([]);
    expect(routineReasons(older, 'Takes note of resolutions GC(67)/RES/7, entitled “Nuclear safety”; and GC(67)/RES/8, entitled “Nuclear security”, adopted by the General Conference at its sixty-seventh regular session;')).toEqual([]);
    expect(routineReasons(older, 'Takes note of resolutions GC(68)/RES/8, entitled “Nuclear safety”; and GC(68)/RES/9, entitled “Nuclear security”, adopted by the General Conference at its sixty-eighth regular session, and regrets that no agreement was reached;')).toEqual([]);
  });

  it("a statement recorded at a yearly event named by its year follows the event's next edition; an earlier one, or another stance, does not", () => {
    const older = 'Noting the statement made by a representative of the Government of the Territory at the 2023 Pacific regional seminar,';
    expect(routineReasons(older, 'Noting the statement made by a representative of the Government of the Territory at the 2024 Caribbean regional seminar,')).toEqual([
      'an event moved on: its next edition recorded (its dates, places and editions)',
    ]);
    expect(routineReasons(older, 'Noting the statement made by a representative of the Government of the Territory at the 2021 Caribbean regional seminar,')).toEqual([]);
    expect(routineReasons(older, 'Regretting the statement made by a representative of the Government of the Territory at the 2024 Caribbean regional seminar,')).toEqual([]);
  });
});

describe.skipIf(!available)(`real pairs (${available ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('the High Commissioner\'s report cited by the latest Council resolutions it was submitted under (79/181 → 80/220 OP 10)', async () => {
    const finding = findingAt(await pair('situation-of-human-rights-in-the-democratic-people-s-republi', 'A_RES_79_181.txt', 'A_RES_80_220.txt'), 'OP 10');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['references brought up to date: 34/24, 40/20, 46/17 → 52/28, 55/21']);
  });

  it('two lists of recalled resolutions, each gaining the latest (78/189 → 79/159 PP 2)', async () => {
    const finding = findingAt(await pair('rights-of-indigenous-peoples', 'A_RES_78_189.txt', 'A_RES_79_159.txt'), 'PP 2');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['list of recalled documents grew: 78/189, 57/15 added']);
  });

  it("the welcome of last year's Executive Committee conclusion dropped (79/156 → 80/187 OP 4)", async () => {
    const finding = findingAt(await pair('office-of-the-united-nations-high-commissioner-for-refugees', 'A_RES_79_156.txt', 'A_RES_80_187.txt'), 'OP 4');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(["the welcome of a past session's outcome dropped: welcomes the adoption of a conclusion on durable solutions and complementary pathways at its seventy-fifth session"]);
  });

  it("the Executive Committee's outcome of the year welcomed, the conclusions specified: the one change named (78/184 → 79/156 OP 3)", async () => {
    const finding = findingAt(await pair('office-of-the-united-nations-high-commissioner-for-refugees', 'A_RES_78_184.txt', 'A_RES_79_156.txt'), 'OP 3');
    expect(finding.routine).toBeFalsy();
    expect(finding.change).toMatchObject({ after: 'Recognizes the relevance of the Executive Committee’s practice of adopting conclusions on international protection' });
    expect(finding.reasons).toContain("the year's outcome of a body: multi-year workplan for the Executive Committee conclusions → conclusion on durable solutions and complementary pathways (seventy-fifth session)");
  });

  it('the reduction of piracy off Somalia no longer "continued" (78/69 → 79/144 OP 129)', async () => {
    const finding = findingAt(await pair('oceans-and-the-law-of-the-sea', 'A_RES_78_69.txt', 'A_RES_79_144.txt'), 'OP 129');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['a fact aged: “continued” dropped']);
  });

  it("the host country Committee's meetings at which the Legal Counsel reported, grown by the latest (79/130 → 80/172 OP 15)", async () => {
    const finding = findingAt(await pair('report-of-the-committee-on-relations-with-the-host-country', 'A_RES_79_130.txt', 'A_RES_80_172.txt'), 'OP 15');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toBe('a list of meetings held grew: 309th and 310th meetings → 309th, 310th and 320th meetings');
  });

  it('the Permanent Forum on People of African Descent welcomed for its work, once established (79/161 → 80/193 OP 26)', async () => {
    const finding = findingAt(await pair('a-global-call-for-concrete-action-for-the-elimination-of-rac', 'A_RES_79_161.txt', 'A_RES_80_193.txt'), 'OP 26');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['a body established, welcomed for its work: Welcomes the establishment → Also welcomes the ongoing work']);
  });

  it('the 2028 Water Conference added to those looked forward to (79/211 → 80/142 PP 22)', async () => {
    const finding = findingAt(await pair('ensuring-access-to-affordable-reliable-sustainable-and-moder', 'A_RES_79_211.txt', 'A_RES_80_142.txt'), 'PP 22');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toMatch(/^a later event added to those looked forward to: the 2028 United Nations Conference on the Final Comprehensive Review/);
  });

  it("what the 2025 financing for development forum held, noted in place of the 2024 one's (79/197 → 80/123 OP 42)", async () => {
    const finding = findingAt(await pair('external-debt-sustainability-and-development', 'A_RES_79_197.txt', 'A_RES_80_123.txt'), 'OP 42');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toMatch(/^the year's outcome of a body: substantive expert debate .* → convening of the ministerial fireside chat .* \(2025\)$/);
  });

  it("the IAEA General Conference's resolutions of its sixty-eighth session taken note of in place of the sixty-seventh's, four subjects no longer among them (78/8 → 79/4 OP 2): negotiated since session 15", async () => {
    // Round 7 read this pair as the year's set; the resolutions on the Status of Palestine and on the sovereign equality
    // of Member States, no longer taken note of, are a choice a negotiator looks for (trial 15b, fix15-refs).
    const finding = findingAt(await pair('report-of-the-international-atomic-energy-agency', 'A_RES_78_8.txt', 'A_RES_79_4.txt'), 'OP 2');
    expect(finding.routine).toBeFalsy();
    expect(finding.reasons ?? []).toEqual([]);
  });

  it("the Territory's statement at the yearly regional seminar, the latest one (British Virgin Islands 78/89 → 79/102 PP 18)", async () => {
    const finding = findingAt(await pair('question-of-the-british-virgin-islands', 'A_RES_78_89.txt', 'A_RES_79_102.txt'), 'PP 18');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['an event moved on: its next edition recorded (its dates, places and editions)']);
  });
});
