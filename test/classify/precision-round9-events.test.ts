import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { routineReasons } from '../../src/classify/routine.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { findingAt, isSubstantive, UN_SERIES as SERIES, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 9 (issue 23, redline of issue 19's digest), events moving on inside sentences that are otherwise kept,
 * and statistics refreshed in a paragraph of any opening. Each rule is read on a real pair of the UN series and guarded
 * by a negotiated change of the same shape that stays substantive.
 */

const MOVED_ON = /^an event moved on, its edition, dates and places: /;

describe('events moved on inside a kept sentence, guarded (no data needed)', () => {
  const older =
    'Welcoming the convening of the fourth session of the Assembly, held in Geneva from 6 to 10 May 2024, and looking forward to the fifth session of the Assembly, to be held in Nairobi from 5 to 9 May 2025,';
  const newer =
    'Welcoming the convening of the fifth session of the Assembly, held in Nairobi from 5 to 9 May 2025, and looking forward to the sixth session of the Assembly, to be held in the city of Lima, Peru, from 4 to 8 May 2026,';

  it('an edition held and the next looked forward to, each with its place and dates, is the event moved on', () => {
    const reasons = routineReasons(older, newer);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(MOVED_ON);
    expect(reasons[0]).toContain('fourth → fifth');
  });

  it('the edition looked forward to, since held, and the next added, is the event moved on', () => {
    const before = 'Welcoming the fourth session of the Assembly, held in Geneva from 6 to 10 May 2024, and looking forward to the fifth session of the Assembly, to be held in Nairobi from 5 to 9 May 2025,';
    const after =
      'Welcoming the fourth session of the Assembly, held in Geneva from 6 to 10 May 2024, and the fifth session of the Assembly, held in Nairobi from 5 to 9 May 2025, and looking forward to the sixth session of the Assembly, to be held in 2026,';
    const reasons = routineReasons(before, after);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^an event moved on/);
  });

  it('an edition the text decides, moved to another place and later dates, is negotiated; so is a place changed alone', () => {
    const decided = 'Decides to convene the fifth session of the Assembly, to be held in Nairobi from 5 to 9 May 2025,';
    expect(routineReasons(decided, decided.replace('Nairobi', 'Lima').replace('5 to 9 May', '8 to 12 September'))).toEqual([]);
    expect(routineReasons(decided, decided.replace('Nairobi', 'Lima').replace('5 to 9 May 2025', '4 to 8 May 2026'))).toEqual([]);
    // Recorded, the same edition and dates, in another place: no edition moved on.
    expect(routineReasons(older, older.replace('to be held in Nairobi', 'to be held in Lima'))).toEqual([]);
  });

  it('an event moved on with a call, a stance or an earlier edition brought in, is negotiated', () => {
    expect(routineReasons(older, newer.replace(/,$/, ', and calls upon States to implement its outcomes,'))).toEqual([]);
    expect(routineReasons(older, newer.replace('held in Nairobi', 'successfully held in Nairobi despite serious concerns'))).toEqual([]);
    // Back to an earlier edition: not the event moving on.
    expect(routineReasons(newer, older)).toEqual([]);
  });

  it('two editions added to a list of meetings held, one of them before the older text, are not the next edition', () => {
    const before = 'Noting the entry into force of the Treaty and the first Meeting of States Parties to the Treaty, held in Vienna from 21 to 23 June 2022,';
    const next = `${before} and the second Meeting of States Parties to the Treaty, held in New York from 27 November to 1 December 2023,`;
    expect(routineReasons(before, next)[0]).toMatch(/^an event moved on|^list of events grew/);
    expect(routineReasons(before, `${next} and the third Meeting of States Parties to the Treaty, held in New York from 3 to 7 March 2025,`)).toEqual([]);
  });

  it('a date added to a recalled resolution beside an event is no event moving on', () => {
    const before = 'Takes note of the convening, in 2024, of the ninth session of the Expert Mechanism, established by the Council in its resolution 42/23, and noting its report;';
    expect(routineReasons(before, before.replace('42/23', '42/23 of 27 September 2019'))).toEqual([]);
  });
});

describe('statistics refreshed with the year of their data, guarded (no data needed)', () => {
  const older = 'Underscores the need to address child stunting, which remains high, with nearly 148.1 million children, or 22 per cent, affected in 2022;';

  it('figures replaced by figures, their data year moved on, in a paragraph that decides nothing, are refreshed statistics', () => {
    expect(routineReasons(older, older.replace('148.1', '150.2').replace('22 per', '26.4 per').replace('2022', '2024'))).toEqual([
      'statistics refreshed with the year of their data: 148.1 → 150.2, 22 → 26.4',
    ]);
  });

  it('figures that a paragraph decides, targets, or figures whose year stayed, are negotiated', () => {
    expect(routineReasons(older, older.replace('148.1', '150.2'))).toEqual([]);
    const decided = 'Decides that 22 per cent of the places shall be allocated to young people in 2022;';
    expect(routineReasons(decided, decided.replace('22 per', '26.4 per').replace('2022', '2024'))).toEqual([]);
    const target = 'Underscores the need to reduce stunting to 22 per cent by 2030, from 148.1 million children affected in 2022;';
    expect(routineReasons(target, target.replace('148.1', '150.2').replace('2022', '2024'))).toEqual([]);
    // A word of stance with the figures: negotiated.
    expect(routineReasons(older, older.replace('148.1', '150.2').replace('2022', '2024').replace('remains high', 'remains unacceptably high'))).toEqual([]);
  });
});

describe('a recurring event decided, held and decided anew; a preparatory stage held; the year\u2019s documents, guarded (no data needed)', () => {
  const decided = 'Decides to convene a joint panel discussion of the two Committees to address possible challenges to security, and to include in the provisional agenda of its seventy-ninth session the sub-item entitled “Joint panel discussion”;';
  const held = 'Welcomes the convening of a joint panel discussion of the two Committees that addressed possible challenges to security;';

  it('an event decided, then welcomed as convened, is its yearly cycle; decided anew after the welcome, it is negotiated (round 10)', () => {
    expect(routineReasons(decided, held)).toEqual(['an event decided, since convened: its decision and agenda clause carried out']);
    // Round 10 (E): a fresh decision to convene again, where the older text only welcomed, is the Assembly's to negotiate.
    expect(routineReasons(held, decided.replace('seventy-ninth', 'eighty-first'))).toEqual([]);
    // The decision restated in the same terms, a year on, stays routine.
    expect(routineReasons(decided, decided.replace('seventy-ninth', 'eightieth'))).not.toEqual([]);
  });

  it('another event, another purpose, or a longer event decided, is negotiated', () => {
    expect(routineReasons(held, decided.replace('joint panel discussion', 'joint high-level meeting'))).toEqual([]);
    expect(routineReasons(held, decided.replace('to address', 'to resolve'))).toEqual([]);
    expect(routineReasons(held, decided.replace('a joint panel', 'a joint two-day panel'))).toEqual([]);
  });

  it('a preparatory meeting since held, its meeting named as before, is the preparatory stage gone', () => {
    const older = 'Requests the Secretary-General to provide the support necessary to convene the preparatory meeting of States and the meeting of States;';
    expect(routineReasons(older, 'Requests the Secretary-General to provide the support necessary to convene the Meeting of States;')).toEqual([
      'a preparatory stage since held: the preparatory meeting of States dropped before the meeting of States',
    ]);
    // Decided away, or the main meeting dropped instead: negotiated.
    expect(routineReasons(older.replace('Requests the Secretary-General to provide the support necessary', 'Decides'), 'Decides to convene the Meeting of States;')).toEqual([]);
    expect(routineReasons(older, 'Requests the Secretary-General to provide the support necessary to convene the preparatory meeting of States;')).toEqual([]);
  });

  it('the conclusions endorsed on the year\u2019s set of reports are the year\u2019s documents; one no longer endorsed, or a stance added to them, is not', () => {
    const older = 'Endorses the conclusions and recommendations of the Committee on the annual overview report for 2022 and on system support for the Agenda.';
    const newer = 'Endorses the conclusions and recommendations of the Committee on system support for the Agenda.';
    expect(routineReasons(older, older.replace('for 2022', 'for 2023'))).toEqual(['yearly succession: 2022 → 2023']);
    // Round 13E: a recurring report no longer endorsed is negotiated, as the same endorsement dropped whole is
    // (Programme planning 79/247 → 80/233 OP 15, round 10E): the same kind of change, the same answer.
    expect(routineReasons(older, newer)).toEqual([]);
    expect(routineReasons(older, 'Endorses the conclusions and recommendations of the Committee on system support for the Agenda, and regrets the delays.')).toEqual([]);
  });
});

describe('a yearly publication in its next edition, guarded (no data needed)', () => {
  const older = 'Taking note of the publications entitled The State of the Sector in the World 2023: Diets Across the Continuum, issued by the Organization, and The Status of Women, issued by the Fund,';

  it('the same title up to its year, the year one on and the edition\u2019s own title new, is its next edition', () => {
    expect(routineReasons(older, older.replace('2023: Diets Across the Continuum', '2024: Financing to End Hunger in All Its Forms'))).toEqual([
      "a yearly publication's next edition: 2023 → 2024: Financing to End Hunger in All Its Forms",
    ]);
  });

  it('an earlier year, a publication of another title, or the edition asked for, is negotiated', () => {
    expect(routineReasons(older, older.replace('2023: Diets Across the Continuum', '2021: Financing to End Hunger'))).toEqual([]);
    expect(routineReasons(older, older.replace('State of the Sector in the World 2023: Diets Across the Continuum', 'Outlook for the Sector 2024: Financing to End Hunger'))).toEqual([]);
    const asked = 'Requests the Organization to issue the publication entitled The State of the Sector in the World 2023: Diets Across the Continuum;';
    expect(routineReasons(asked, asked.replace('2023: Diets Across the Continuum', '2024: Financing to End Hunger'))).toEqual([]);
  });
});

describe.skipIf(!available)(`real pairs (${available ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  const AGRICULTURE = 'agriculture-development-food-security-and-nutrition';
  const CCW = 'convention-on-prohibitions-or-restrictions-on-the-use-of-cer';
  const RIGHT_TO_DEVELOPMENT = 'the-right-to-development';

  it('a Conference of the Parties held and the next looked forward to (Agriculture 78/168 → 79/227 PP 8, 79/227 → 80/157 PP 9)', async () => {
    const first = findingAt(await compare(join(SERIES, AGRICULTURE, 'A_RES_78_168.txt'), join(SERIES, AGRICULTURE, 'A_RES_79_227.txt')), 'PP 8');
    expect(first.routine).toBe(true);
    expect(first.reasons?.[0]).toMatch(/^an event moved on, its edition, dates and places: twenty-seventh → twenty-eighth; /);
    const second = findingAt(await compare(join(SERIES, AGRICULTURE, 'A_RES_79_227.txt'), join(SERIES, AGRICULTURE, 'A_RES_80_157.txt')), 'PP 9');
    expect(second.routine).toBe(true);
    expect(second.reasons?.[0]).toMatch(MOVED_ON);
  });

  it('statistics refreshed in an operative paragraph, and the summit moved on beside a real change pointed out (Agriculture 79/227 → 80/157 OP 17, OP 37)', async () => {
    const result = await compare(join(SERIES, AGRICULTURE, 'A_RES_79_227.txt'), join(SERIES, AGRICULTURE, 'A_RES_80_157.txt'));
    const statistics = findingAt(result, 'OP 17');
    expect(statistics.routine).toBe(true);
    expect(statistics.reasons).toEqual(['statistics refreshed with the year of their data: 148.1 → 150.2, 22 → 26.4, 45 → 42.8']);
    // The second summit in the place of the first is routine; round 11E: so is the past forum given as an example beside
    // it, dropped with it (a desk officer read the line as the event moving on).
    const summit = findingAt(result, 'OP 37');
    expect(isSubstantive(summit)).toBe(false);
    expect(summit.reasons).toEqual([
      'a past event no longer given as an example: 23 November 2023',
      'an event moved on, its edition, dates and places: first → second; Paris → Fortaleza, Brazil; 19 October 2023 → 19 September 2025',
    ]);
  });

  it('meetings of experts recorded as held, a year on (CCW 78/64 → 79/75 and 79/75 → 80/68 PP 6)', async () => {
    for (const [from, to] of [
      ['A_RES_78_64.txt', 'A_RES_79_75.txt'],
      ['A_RES_79_75.txt', 'A_RES_80_68.txt'],
    ]) {
      const finding = findingAt(await compare(join(SERIES, CCW, from), join(SERIES, CCW, to)), 'PP 6');
      expect(finding.routine).toBe(true);
      expect(finding.reasons?.[0]).toMatch(MOVED_ON);
    }
  });

  it('the recurring panel decided, convened (Outer space 78/72 → 79/87 OP 23); decided anew after the welcome, negotiated (79/87 → 80/76 OP 20, round 10); a preparatory meeting held (Ammunition 79/54 → 80/43 OP 7)', async () => {
    const SPACE = 'international-cooperation-in-the-peaceful-uses-of-outer-spac';
    const held = findingAt(await compare(join(SERIES, SPACE, 'A_RES_78_72.txt'), join(SERIES, SPACE, 'A_RES_79_87.txt')), 'OP 23');
    expect(held.routine).toBe(true);
    const anew = findingAt(await compare(join(SERIES, SPACE, 'A_RES_79_87.txt'), join(SERIES, SPACE, 'A_RES_80_76.txt')), 'OP 20');
    expect(anew.routine).toBe(false);
    expect(anew.signals.map((signal) => signal.summary)).toContain('commitment strengthened: welcome → decide');
    const AMMUNITION = 'through-life-conventional-ammunition-management';
    const meeting = findingAt(await compare(join(SERIES, AMMUNITION, 'A_RES_79_54.txt'), join(SERIES, AMMUNITION, 'A_RES_80_43.txt')), 'OP 7');
    expect(meeting.routine).toBe(true);
  });

  it('the flagship report in its next edition (Agriculture 78/168 → 79/227 PP 41)', async () => {
    const finding = findingAt(await compare(join(SERIES, AGRICULTURE, 'A_RES_78_168.txt'), join(SERIES, AGRICULTURE, 'A_RES_79_227.txt')), 'PP 41');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toMatch(/^a yearly publication's next edition: 2023 → 2024: Financing to End Hunger/);
  });

  // Round 17B: the one change beside the session moved on is a citation's date given, editorial on its own ("date of a
  // citation given"), so the paragraph is routine, the editorial edit named after the routine ones.
  it('a date added to a recalled resolution beside a session moved on is routine, the date an editorial edit (Right to development 78/203 → 79/170 OP 12)', async () => {
    const finding = findingAt(await compare(join(SERIES, RIGHT_TO_DEVELOPMENT, 'A_RES_78_203.txt'), join(SERIES, RIGHT_TO_DEVELOPMENT, 'A_RES_79_170.txt')), 'OP 12');
    expect(isSubstantive(finding)).toBe(false);
    expect(finding.routine).toBe(true);
    expect(finding.change).toBeUndefined();
    expect(finding.reasons).toEqual(['yearly succession: 2023 → 2024', 'yearly succession: seventh and eighth sessions → ninth session', 'editorial: date of a citation given: of 27 September 2019']);
  });
});
