import { describe, expect, it } from 'vitest';
import { routineReasons } from '../../src/classify/routine.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/** Fixes from the desk officer's reading of session 10 (10 series fresh to the project), each a class, not a line. */
const RIGHT_TO_DEVELOPMENT = 'the-right-to-development';
const skipNote = available ? '' : SHARED_MISSING;

describe('a pandemic\'s response dropped before the recovery kept: routine, as the same step\'s other paragraphs', () => {
  it.skipIf(!available)(`Right to development 78/203 → 79/170 OP 22: "in the [-response to and -]recovery from the COVID-19 pandemic": routine, as OP 19 of the same step${skipNote}`, async () => {
    const result = await compareInSeries(RIGHT_TO_DEVELOPMENT, 'A_RES_78_203.txt', 'A_RES_79_170.txt');
    const right = result.documents[1].paragraphs;
    const at = (label: string) => result.comparisons[0].findings.find((finding) => finding.kind === 'modified' && right[finding.right[0]]?.label === label);
    expect(at('OP 22')?.routine).toBe(true);
    expect(at('OP 22')?.reasons).toEqual(["an event's wording aged: response to and → ∅"]);
    expect(at('OP 19')?.routine).toBe(true);
  });

  it('the response dropped where no pandemic follows (a crisis still going on) stays negotiated', () => {
    const before = 'Calls for cooperation in the response to and recovery from crises;';
    expect(routineReasons(before, before.replace('response to and ', ''))).toEqual([]);
    const war = 'Stresses the need for the response to and recovery from the conflict;';
    expect(routineReasons(war, war.replace('response to and ', ''))).toEqual([]);
  });
});

describe('a clause kept in other words around events moved on is no one change dropped', () => {
  it.skipIf(!available)(`Climate 79/206 → 80/138 PP 19: "and taking note of [-its-]{+their+} adopted decisions" is still there once the resumed sessions joined the meeting: the change shown holds it, never "drops 'and taking note of its adopted decisions'"${skipNote}`, async () => {
    const result = await compareInSeries('protection-of-global-climate-for-present-and-future-generati', 'A_RES_79_206.txt', 'A_RES_80_138.txt');
    const right = result.documents[1].paragraphs;
    const finding = result.comparisons[0].findings.find((candidate) => candidate.kind === 'modified' && right[candidate.right[0]]?.label === 'PP 19');
    expect(finding?.change?.before).toBe('and taking note of its adopted decisions');
    expect(finding?.change?.after).toMatch(/^as well as of the two resumed sessions .* and taking note of their adopted decisions$/);
  });
});
