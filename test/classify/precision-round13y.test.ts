import { describe, expect, it } from 'vitest';
import { cycleReasons } from '../../src/classify/yearly.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, findingAt, isSubstantive, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 13 (Y), redline #19/#23: the yearly cycle — a paragraph whose only changes are its ordinals, sessions,
 * years and dates one cycle on — read from the desk officer's digest and the drafter's seed 701.
 */

const skipNote = available ? '' : SHARED_MISSING;
const DAY = 'Welcomes the thirty-second commemoration, on 17 October 2024, of the International Day, invites all States, including non-governmental organizations, to consider organizing activities for the thirty-third commemoration, in 2025, of the International Day;';

describe('the yearly cycle', () => {
  it('reads commemorations, dates and years one on, beside a hyphen character, as the cycle', () => {
    const next = 'Welcomes the thirty-third commemoration, on 17 October 2025, of the International Day, invites all States, including non\u2011governmental organizations, to consider organizing activities for the thirty-fourth commemoration, in 2026, of the International Day;';
    expect(cycleReasons(DAY, next)).toEqual(['yearly cycle: ordinals, sessions, years and dates one cycle on: thirty-second → thirty-third; 17 October 2024 → 17 October 2025; thirty-third → thirty-fourth; …']);
    // Counter-cases of the same shape: a mark two on, a word changed beside the cycle, a request added.
    expect(cycleReasons(DAY, next.replace('thirty-fourth', 'thirty-fifth'))).toBeNull();
    expect(cycleReasons(DAY, next.replace('to consider organizing', 'to organize'))).toBeNull();
    expect(cycleReasons(DAY, next.replace('of the International Day;', 'of the International Day, and requests the Secretary-General to report thereon;'))).toBeNull();
  });

  it('reads a budget heading whose year moved within it, and a report edition with its subtitle', () => {
    const heading = 'Financing of the International Residual Mechanism for Criminal Tribunals for 2024';
    expect(cycleReasons(heading, 'Financing for 2025 of the International Residual Mechanism for Criminal Tribunals')?.[0]).toMatch(/^yearly cycle: .*2024 → 2025$/);
    expect(cycleReasons(heading, 'Financing for 2025 of the International Residual Mechanism')).toBeNull();
    const report = 'Taking note of the publication entitled The State of Food Security and Nutrition in the World 2024: Financing to End Hunger, Food Insecurity and Malnutrition in All Its Forms, issued by the Food and Agriculture Organization of the United Nations,';
    const nextReport = 'Taking note of the publication entitled The State of Food Security and Nutrition in the World 2025: Addressing High Food Price Inflation for Food Security and Nutrition, issued by the Food and Agriculture Organization of the United Nations,';
    expect(cycleReasons(report, nextReport)?.[0]).toMatch(/2024 → 2025$/);
    expect(cycleReasons(report, nextReport.replace('Taking note of', 'Taking note also of the concerning statistics contained in'))).toBeNull();
  });

  it('reads the year\'s report taken note of where the older text scheduled it, the session one on', () => {
    const scheduled = 'Supports the Technology Bank, and also decides to include the topic “Report on the work of the Technology Bank” under the sub-item at its eightieth session, and requests the Secretary-General to submit a report for its consideration;';
    const noted = 'Supports the Technology Bank, and takes note of the report of the Secretary-General on the work of the Technology Bank and also decides to include the topic “Report on the work of the Technology Bank” under the sub-item at its eighty-first session, and requests the Secretary-General to submit a report for its consideration;';
    expect(cycleReasons(scheduled, noted)?.[0]).toMatch(/eightieth session → eighty-first session; the year's report taken note of$/);
    // A report on something the older text never scheduled is news.
    expect(cycleReasons(scheduled, noted.replace('report of the Secretary-General on the work of the Technology Bank', 'report of the Secretary-General on the financing of the least developed countries'))).toBeNull();
  });

  it.skipIf(!available)(`real pairs: the Third Decade's Day, the Mechanism's budget heading, the Technology Bank's report${skipNote}`, async () => {
    const day = await compareInSeries('implementation-of-the-third-united-nations-decade-for-the-er', 'A_RES_79_221.txt', 'A_RES_80_153.txt');
    expect(findingAt(day, 'OP 46').reasons?.[0]).toMatch(/^yearly cycle: /);
    expect(findingAt(day, 'OP 46').routine).toBe(true);
    const ldc = await compareInSeries('follow-up-to-the-fifth-united-nations-conference-on-the-leas', 'A_RES_79_218.txt', 'A_RES_80_150.txt');
    expect(findingAt(ldc, 'OP 38').reasons?.[0]).toMatch(/the year's report taken note of$/);
    const budget = await compareInSeries('financing-of-the-international-residual-mechanism-for-crimin', 'A_RES_78_249.txt', 'A_RES_79_255.txt');
    const [, right] = budget.documents;
    const heading = budget.comparisons[0].findings.find((finding) => finding.right.some((index) => right.paragraphs[index].text.startsWith('Financing for 2025 of')));
    expect(heading?.reasons).toEqual(['yearly cycle: ordinals, sessions, years and dates one cycle on: 2024 → 2025']);
    // The flagship reports of the year with "concerning statistics" added and another report noted: negotiated.
    const food = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    expect(isSubstantive(findingAt(food, 'PP 36'))).toBe(true);
  });
});
