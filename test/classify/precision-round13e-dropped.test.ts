import { describe, expect, it } from 'vitest';
import { deadlinePassedReason } from '../../src/classify/event-paragraphs.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { routineReasons } from '../../src/classify/routine.js';
import { AGRICULTURE, PROGRAMME_PLANNING, TAX, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive } from '../helpers/un-series.js';

/**
 * Precision round 13 (E): a paragraph dropped only because its date passed or its event was held (redline #19, #23).
 * Routine only when the dropped paragraph's whole content is that dated ask or event; with more asked beside it, or a
 * date still to come, it stays a finding.
 */

const skipNote = available ? '' : SHARED_MISSING;

async function droppedAt(series: string, older: string, newer: string, label: string): Promise<{ routine: boolean; text: string }> {
  const result = await compareInSeries(series, older, newer);
  const [left] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.kind === 'dropped' && candidate.left.length === 1 && candidate.left.every((index) => left.paragraphs[index].label === label));
  if (!finding) throw new Error(`no dropped finding at ${label}`);
  return { routine: finding.routine, text: finding.left.map((index) => left.paragraphs[index].text).join('') };
}

describe('a dropped paragraph whose deadline passed or whose event was held', () => {
  const deadline = 'Invites Governments to enhance efforts to reach 100 national action plans for family farming by 2024;';

  it('one ask due by a year before the newer text: a deadline passed, dropped', () => {
    expect(deadlinePassedReason(deadline, 2025)).toBe('a deadline passed, dropped: by 2024 (the newer text is of 2025)');
    expect(deadlinePassedReason('Looks forward to the comprehensive review by the General Assembly, to be held in 2024, of the progress made;', 2025)).toBe(
      'an event held, dropped: its year passed (to be held in 2024; the newer text is of 2025)',
    );
  });

  it('counter-cases: the date still to come or the newer text of the same year, no date, more asked beside it, a stance', () => {
    expect(deadlinePassedReason(deadline, 2024)).toBeNull();
    expect(deadlinePassedReason(deadline.replace('2024', '2030'), 2025)).toBeNull();
    expect(deadlinePassedReason(deadline.replace(' by 2024', ''), 2025)).toBeNull();
    expect(deadlinePassedReason(deadline.replace(';', ', and calls upon the Food and Agriculture Organization of the United Nations to continue to lead the implementation of the Decade;'), 2025)).toBeNull();
    expect(deadlinePassedReason(deadline.replace('2024', '2024 and to develop policy frameworks supporting family farming'), 2025)).toBeNull();
    expect(deadlinePassedReason('Regretting that measures to eliminate colonialism by 2020 have not been successful,', 2025)).toBeNull();
    // A target pressed on others (urges, calls upon, requests, encourages) dropped is a target let go, not a deadline passed.
    const urged = 'Urges Member States to phase out inefficient fossil fuel subsidies by 2024;';
    expect(deadlinePassedReason(urged, 2025)).toBeNull();
    expect(deadlinePassedReason(urged.replace('Urges', 'Also urges'), 2025)).toBeNull();
    expect(deadlinePassedReason(urged.replace('Urges', 'Calls upon'), 2025)).toBeNull();
    expect(deadlinePassedReason(urged.replace('Urges', 'Requests'), 2025)).toBeNull();
    expect(deadlinePassedReason(urged.replace('Urges', 'Encourages'), 2025)).toBeNull();
  });

  it.skipIf(!available)(`Agriculture 79/227 → 80/157 OP 55: a deadline of 2024 beside undated asks (frameworks, the Decade's lead), dropped: stays a finding${skipNote}`, async () => {
    const dropped = await droppedAt(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt', 'OP 55');
    expect(dropped.text).toMatch(/by 2024 and to develop and implement policy and regulatory frameworks/);
    expect(dropped.routine).toBe(false);
    expect(deadlinePassedReason(dropped.text, 2025)).toBeNull();
    // Its deadline alone, dropped, would be routine.
    expect(deadlinePassedReason(dropped.text.replace(/ and to develop[\s\S]*$/, ';'), 2025)).toBe('a deadline passed, dropped: by 2024 (the newer text is of 2025)');
  });

  // Round 14C: the schedule is a decision taken once and standing (precision-round14c.test.ts), routine for that reason;
  // no deadline passed: its dates are still to come.
  it.skipIf(!available)(`Tax 79/235 → 80/128 OP 4: the committee's sessions of 2025, 2026 and 2027 dropped, dates still to come: no deadline passed (routine only as a standing decision)${skipNote}`, async () => {
    const dropped = await droppedAt(TAX, 'A_RES_79_235.txt', 'A_RES_80_128.txt', 'OP 4');
    expect(dropped.routine).toBe(true);
    expect(deadlinePassedReason(dropped.text, 2025)).toBeNull();
  });
});

describe("a body's conclusions on a recurring item no longer endorsed: negotiated, dropped whole or from a list", () => {
  const endorsing =
    'Endorses the conclusions and recommendations of the Committee for Programme and Coordination on the annual overview report of the United Nations System Chief Executives Board for Coordination for 2022 and on United Nations system support for Agenda 2063: The Africa We Want.';

  it('one document no longer endorsed, nothing in its place: no routine list of documents', () => {
    expect(routineReasons(endorsing, endorsing.replace('the annual overview report of the United Nations System Chief Executives Board for Coordination for 2022 and on ', ''))).toEqual([]);
  });
  it("counter-cases: the report of the next year endorsed in its place, or a list of documents considered that shrinks, stay the year's documents", () => {
    expect(routineReasons(endorsing, endorsing.replace('for 2022', 'for 2023'))[0]).toMatch(/^yearly succession|^the year's documents considered/);
    const considered = 'Having considered the report of the Committee on the work of its sixty-third session, the annual overview report of the Board for 2022 and the report of the Secretary-General on evaluation,';
    expect(routineReasons(considered, considered.replace(' the annual overview report of the Board for 2022 and', ''))[0]).toBe("the year's documents considered: Having considered …");
  });

  it.skipIf(!available)(`Programme planning 78/244 → 79/247 OP 14 → OP 15 (the CEB overview dropped from the endorsement) negotiated, as 79/247 → 80/233 dropped OP 15 (Agenda 2063) is${skipNote}`, async () => {
    const shrunk = findingAt(await compareInSeries(PROGRAMME_PLANNING, 'A_RES_78_244.txt', 'A_RES_79_247.txt'), 'OP 15');
    expect(isSubstantive(shrunk)).toBe(true);
    const dropped = await droppedAt(PROGRAMME_PLANNING, 'A_RES_79_247.txt', 'A_RES_80_233.txt', 'OP 15');
    expect(dropped.routine).toBe(false);
  });
});
