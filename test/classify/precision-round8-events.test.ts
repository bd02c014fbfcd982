import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { routineReasons } from '../../src/classify/routine.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { findingAt, UN_SERIES as SERIES, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 8 (issue 23), events moved on: what an operative paragraph welcomed, recalled in the preamble the year
 * after, and a restated request whose budget has since been proposed. Each rule is read on a real pair of the UN series
 * and guarded by a negotiated change of the same shape that stays substantive.
 */

describe('the routine updates of round 8, guarded (no data needed)', () => {
  // A desk officer's reading after round 8: Ammunition 79/54 → 80/64 PP 1 said "list of recalled documents grew" yet
  // stayed a line, the noun before the list taking its plural.
  it('a list of recalled resolutions grown from one, its noun made plural, is routine', () => {
    expect(routineReasons('Recalling its decisions 76/568 of 21 June 2022 and 77/547 of 30 December 2022 and its resolution 78/47 of 4 December 2023,', 'Recalling its decisions 76/568 of 21 June 2022 and 77/547 of 30 December 2022 and its resolutions 78/47 of 4 December 2023 and 79/54 of 2 December 2024,')).toEqual([
      'list of recalled documents grew: 79/54 added',
    ]);
    // A resolution of two sessions on is not the latest: negotiated.
    expect(routineReasons('Recalling its resolution 78/47 of 4 December 2023,', 'Recalling its resolutions 78/47 of 4 December 2023 and 80/54 of 2 December 2025,')).toEqual([]);
  });

  it('a report an operative paragraph welcomed, recalled in the preamble a year on, is the same report gone into the past', () => {
    expect(routineReasons('Welcomes the final report of the working group, established pursuant to resolution 76/233, contained in document A/78/111;', 'Recalling also the final report of the working group established pursuant to resolution 76/233, contained in document A/78/111,')).toEqual([
      'verb aged with the event: Welcomes → Recalling',
      'sequencing adverb: ∅ → also',
    ]);
  });

  it('a welcome recalled with a new call, or another body’s report recalled in place of the one welcomed, is negotiated', () => {
    expect(routineReasons('Welcomes the final report of the working group, contained in document A/78/111;', 'Recalling the final report of the working group, contained in document A/78/111, and stressing the need to implement its recommendations without delay,')).toEqual([]);
    expect(routineReasons('Welcomes the final report of the working group, contained in document A/78/111;', 'Recalling the final report of the group of governmental experts, contained in document A/78/111,')).toEqual([]);
  });

  it("a restated request drops the clause asking for its budget, which has since been proposed, and its mandates' \"new\"", () => {
    expect(routineReasons('Requests the Secretary-General to implement the new mandates assigned to the Secretariat in the Framework, and to present the respective budgetary requirements in his next proposed programme budget;', 'Reiterates its request to the Secretary-General to implement the mandates assigned to the Secretariat in the Framework;')).toEqual([
      'a restated request’s budget since proposed: the request for its budgetary requirements dropped',
      'a restated request’s mandates no longer new',
      'a request or decision already made, restated',
    ]);
    expect(routineReasons('Decides to establish a fellowship programme, and requests the Secretary-General to present the budgetary requirements in his next proposed programme budget to operationalize this decision;', 'Recalls its decision to establish a fellowship programme, and requests the Secretary-General to operationalize this decision;')).toEqual([
      'a restated request’s budget since proposed: the request for its budgetary requirements dropped',
      'a request or decision already made, restated',
    ]);
  });

  it('a first request dropping its budget clause, or a restated one that also drops a mandate, is negotiated', () => {
    // Not restated: the Assembly decided not to ask for the money.
    expect(routineReasons('Requests the Secretary-General to implement the mandates, and to present the respective budgetary requirements in his next proposed programme budget;', 'Requests the Secretary-General to implement the mandates;')).toEqual([]);
    // Restated, but a mandate went with the budget clause.
    expect(routineReasons('Requests the Secretary-General to implement the new mandates and to strengthen the programme, and to present the respective budgetary requirements in his next proposed programme budget;', 'Reiterates its request to the Secretary-General to implement the mandates;')).toEqual([]);
  });

  it('a date without its year, after a year moved on by one, is the same window of the next year', () => {
    const older = 'Requests the Commission to hold a substantive session for a period not exceeding three weeks during 2025, namely from 7 to 25 April, and to report.';
    expect(routineReasons(older, older.replace('2025', '2026').replace('7 to 25', '6 to 24'))).toEqual([
      'yearly succession: 2025 → 2026',
      'the same dates in the next year: 7 to 25 April → 6 to 24 April',
    ]);
  });

  it('the dates moved earlier in the same year, or a month earlier in the next, are negotiated', () => {
    const older = 'Requests the Commission to hold a substantive session for a period not exceeding three weeks during 2025, namely from 7 to 25 April, and to report.';
    expect(routineReasons(older, older.replace('7 to 25', '6 to 24'))).toEqual([]);
    expect(routineReasons(older, older.replace('2025', '2026').replace('7 to 25 April', '6 to 24 March'))).toEqual([]);
  });

  it('a meeting decided for a year and a length, its dates set within them, is the decision carried out', () => {
    const older = 'Also decides to convene a preparatory meeting of States in 2025 for five days (10 meetings), in New York, to prepare for the Meeting of States;';
    expect(routineReasons(older, 'Decides to convene the preparatory meeting of States in New York from 23 to 27 June 2025, to prepare for the Meeting of States;')).toEqual([
      "a meeting's dates set within the year and length decided: in 2025 for five days (10 meetings) → from 23 to 27 June 2025",
      'sequencing adverb: also → ∅',
    ]);
  });

  it('dates in another year, longer than decided, or a meeting given another task, are negotiated', () => {
    const older = 'Also decides to convene a preparatory meeting of States in 2025 for five days (10 meetings), in New York, to prepare for the Meeting of States;';
    expect(routineReasons(older, 'Decides to convene the preparatory meeting of States in New York from 23 to 27 June 2026, to prepare for the Meeting of States;')).toEqual([]);
    expect(routineReasons(older, 'Decides to convene the preparatory meeting of States in New York from 23 June to 3 July 2025, to prepare for the Meeting of States;')).toEqual([]);
    expect(routineReasons(older, 'Decides to convene the preparatory meeting of States in New York from 23 to 27 June 2025, to negotiate a legally binding instrument;')).toEqual([]);
  });

  it("a later edition's statement taken note of where the last one's was recalled is the event moved on", () => {
    const older = 'Recalling also the statement made by a representative of the Government at the 2022 Pacific regional seminar,';
    expect(routineReasons(older, 'Taking note of the statement made by a representative of the Government at the 2024 Caribbean regional seminar,')).toEqual([
      'an event moved on: a later edition taken note of where the last was recalled: Recalling also → Taking note of (its dates, places and editions)',
    ]);
  });

  it('the same edition taken note of, a welcome turned into a note, or a call added, is negotiated', () => {
    const older = 'Recalling also the statement made by a representative of the Government at the 2022 Pacific regional seminar,';
    expect(routineReasons(older, 'Taking note of the statement made by a representative of the Government at the 2022 Pacific regional seminar,')).toEqual([]);
    expect(routineReasons('Welcoming the statement made by a representative of the Government at the 2022 Pacific regional seminar,', 'Taking note of the statement made by a representative of the Government at the 2024 Caribbean regional seminar,')).toEqual([]);
    expect(routineReasons(older, 'Taking note of the statement made by a representative of the Government at the 2024 Caribbean regional seminar, and urging its implementation,')).toEqual([]);
  });

  it('a term named as a period, succeeded by the next of the same length, in a paragraph that decides nothing, is the next term', () => {
    const older = 'Reiterates, with regard to the composition of the bureaux of the Committee for the period 2024–2025, that the Committee should elect its officers at its session in 2024;';
    expect(routineReasons(older, older.replace('2024–2025', '2026–2027').replace('in 2024', 'in 2025'))).toEqual(['the next term: 2024–2025 → 2026–2027', 'yearly succession: 2024 → 2025']);
  });

  it('a longer term, a term decided, or a decade named anew, is negotiated', () => {
    const older = 'Reiterates, with regard to the composition of the bureaux of the Committee for the period 2024–2025, that the Committee should elect its officers at its session in 2024;';
    expect(routineReasons(older, older.replace('2024–2025', '2026–2028').replace('in 2024', 'in 2025'))).toEqual([]);
    const decided = older.replace('Reiterates', 'Decides');
    expect(routineReasons(decided, decided.replace('2024–2025', '2026–2027').replace('in 2024', 'in 2025'))).toEqual([]);
    expect(routineReasons('Recalls the International Decade 2016–2025;', 'Recalls the International Decade 2026–2035;')).toEqual([]);
  });

  it('"consider" → "continue consideration of" on a body\u2019s agenda given again is "continue to" in another form', () => {
    const older = 'Recommends that the Commission consider the following items at its substantive session of 2024:';
    expect(routineReasons(older, 'Recommends that the Commission continue consideration of the following items at its substantive session of 2025:')).toEqual([
      '“continue to” added to a mandate given again',
      'yearly succession: 2024 → 2025',
    ]);
    // Another verb is another instruction: negotiated.
    expect(routineReasons(older, 'Recommends that the Commission conclude consideration of the following items at its substantive session of 2025:')).toEqual([]);
  });
});

describe.skipIf(!available)(`real pairs (${available ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  const AMMUNITION = 'through-life-conventional-ammunition-management';

  it('the final report welcomed in OP 1, recalled in the preamble a year on (78/47 OP 1 → 79/54 PP 2)', async () => {
    const finding = findingAt(await compare(join(SERIES, AMMUNITION, 'A_RES_78_47.txt'), join(SERIES, AMMUNITION, 'A_RES_79_54.txt')), 'PP 2');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['verb aged with the event: Welcomes → Recalling', 'sequencing adverb: ∅ → also']);
  });

  // The desk officer's reading after round 8: OP 11 → OP 9 and OP 12 → OP 10 were lines for "geographic → geographical"
  // alone, the rest routine. A word of editorial style beside routine edits is editorial.
  it('"geographic" → "geographical" beside a restated request is editorial style, the finding routine (78/47 OP 11 → 79/54 OP 9)', async () => {
    const finding = findingAt(await compare(join(SERIES, AMMUNITION, 'A_RES_78_47.txt'), join(SERIES, AMMUNITION, 'A_RES_79_54.txt')), 'OP 9');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual([
      'a restated request’s budget since proposed: the request for its budgetary requirements dropped',
      'a request or decision already made, restated',
      'editorial style: geographic → geographical',
    ]);
    // "economic" → "economical" is no such pair: their meanings differ.
    expect(routineReasons('Requests the Secretary-General to continue to provide economic support;', 'Requests the Secretary-General to continue to provide economical support;')).toEqual([]);
  });

  it('the request to implement the Framework\'s mandates reiterated, its budget clause spent (78/47 OP 6 → 79/54 OP 4)', async () => {
    const finding = findingAt(await compare(join(SERIES, AMMUNITION, 'A_RES_78_47.txt'), join(SERIES, AMMUNITION, 'A_RES_79_54.txt')), 'OP 4');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual([
      'a restated request’s budget since proposed: the request for its budgetary requirements dropped',
      'a restated request’s mandates no longer new',
      'a request or decision already made, restated',
    ]);
  });

  it('the Commission\u2019s session in the same April window a year on (79/72 → 80/66 OP 8)', async () => {
    const series = 'report-of-the-disarmament-commission';
    const finding = findingAt(await compare(join(SERIES, series, 'A_RES_79_72.txt'), join(SERIES, series, 'A_RES_80_66.txt')), 'OP 8');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual([
      'yearly succession: 2025 → 2026',
      'the same dates in the next year: 7 to 25 April → 6 to 24 April',
      'yearly succession: 2025 → 2026',
      'yearly succession: eightieth session → eighty-first session',
    ]);
  });

  it('the preparatory meeting decided for 2025, its June dates set (78/47 OP 8 → 79/54 OP 6)', async () => {
    const finding = findingAt(await compare(join(SERIES, AMMUNITION, 'A_RES_78_47.txt'), join(SERIES, AMMUNITION, 'A_RES_79_54.txt')), 'OP 6');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual([
      "a meeting's dates set within the year and length decided: in 2025 for five days (10 meetings) → from 23 to 27 June 2025",
      'sequencing adverb: also → ∅',
    ]);
  });

  it('the statement at the next regional seminar taken note of (78/87 PP 17 → 79/100 PP 18)', async () => {
    const series = 'question-of-anguilla';
    const finding = findingAt(await compare(join(SERIES, series, 'A_RES_78_87.txt'), join(SERIES, series, 'A_RES_79_100.txt')), 'PP 18');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['an event moved on: a later edition taken note of where the last was recalled: Recalling also → Taking note of (its dates, places and editions)']);
  });

  it("the bureaux's next term (78/72 OP 44 → 79/87 OP 47)", async () => {
    const series = 'international-cooperation-in-the-peaceful-uses-of-outer-spac';
    const finding = findingAt(await compare(join(SERIES, series, 'A_RES_78_72.txt'), join(SERIES, series, 'A_RES_79_87.txt')), 'OP 47');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['the next term: 2024–2025 → 2026–2027', 'yearly succession: 2024 → 2025']);
  });

  it('the Commission to continue consideration of its items (78/62 OP 6 → 79/72 OP 6)', async () => {
    const series = 'report-of-the-disarmament-commission';
    const finding = findingAt(await compare(join(SERIES, series, 'A_RES_78_62.txt'), join(SERIES, series, 'A_RES_79_72.txt')), 'OP 6');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['“continue to” added to a mandate given again', 'yearly succession: 2024 → 2025']);
  });
});
