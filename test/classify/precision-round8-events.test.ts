import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { routineReasons } from '../../src/classify/routine.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Precision round 8 (issue 23), events moved on: what an operative paragraph welcomed, recalled in the preamble the year
 * after, and a restated request whose budget has since been proposed. Each rule is read on a real pair of the UN series
 * and guarded by a negotiated change of the same shape that stays substantive.
 */
const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
const available = HAS_SHARED && existsSync(SERIES);

/** The finding whose newer paragraph carries the UN label `label`. */
function findingAt(result: RedlineResult, label: string): Finding {
  const [, right] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.right.length === 1 && candidate.right.every((index) => right.paragraphs[index].label === label));
  if (!finding) throw new Error(`no finding at ${label}`);
  return finding;
}

describe('the routine updates of round 8, guarded (no data needed)', () => {
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
});

describe.skipIf(!available)(`real pairs (${available ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  const AMMUNITION = 'through-life-conventional-ammunition-management';

  it('the final report welcomed in OP 1, recalled in the preamble a year on (78/47 OP 1 → 79/54 PP 2)', async () => {
    const finding = findingAt(await compare(join(SERIES, AMMUNITION, 'A_RES_78_47.txt'), join(SERIES, AMMUNITION, 'A_RES_79_54.txt')), 'PP 2');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['verb aged with the event: Welcomes → Recalling', 'sequencing adverb: ∅ → also']);
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
});
