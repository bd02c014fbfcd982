import { describe, expect, it } from 'vitest';
import { cycleReasons, laterDocumentReasons } from '../../src/classify/yearly.js';
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
    // An editorial edit beside the cycle is said; a word of substance beside it keeps the paragraph negotiated.
    // (The non-breaking hyphen of "non\u2011governmental" is no edit: the word diff reads the hyphens alike, session 15.)
    expect(cycleReasons(DAY, next.replace('invites all States,', 'invites all States and'))?.[0]).toMatch(/; beside it, editorial: list punctuation: a comma for “and”$/);
    expect(cycleReasons(DAY, next.replace('invites all States', 'urges all States'))).toBeNull();
  });

  it('keeps a postponement, another day and month, and a new phase negotiated (redline #23)', () => {
    // A year inside a clause that decides or convenes: the decision's date, not the year come round.
    const convene = 'Decides to convene the fourth review conference in 2026;';
    expect(cycleReasons(convene, convene.replace('2026', '2027'))).toBeNull();
    // A date a year on keeps its day and month; another day and month is another date.
    expect(cycleReasons(DAY, DAY.replace('on 17 October 2024', 'on 3 March 2025'))).toBeNull();
    const held = 'Welcomes the commemoration held on 17 October 2025 at Headquarters;';
    expect(cycleReasons(held, held.replace('17 October 2025', '3 March 2026'))).toBeNull();
    expect(cycleReasons(held, held.replace('17 October 2025', '17 October 2026'))).toEqual(['yearly cycle: ordinals, sessions, years and dates one cycle on: 17 October 2025 → 17 October 2026']);
    // An ordinal before a noun no cycle counts: a new decision.
    const phase = 'Decides to launch the second phase of the World Programme;';
    expect(cycleReasons(phase, phase.replace('second', 'third'))).toBeNull();
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
    // The Ministerial Conference one on beside a coordination's "and" (Agriculture 78/168 → 79/227 OP 46 → OP 51).
    const trade = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_78_168.txt', 'A_RES_79_227.txt');
    // Round 17B: the "and" is read as the editorial edit beside the routine succession (`classify.ts`), before the cycle.
    expect(findingAt(trade, 'OP 51').routine).toBe(true);
    expect(findingAt(trade, 'OP 51').reasons).toEqual(['yearly succession: thirteenth → fourteenth', 'editorial: list punctuation: a comma for “and”']);
    // The flagship reports of the year with "concerning statistics" added and another report noted: negotiated.
    const food = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    expect(isSubstantive(findingAt(food, 'PP 36'))).toBe(true);
  });
});

describe('a body\'s later document on the same subject', () => {
  const statement = 'Further notes the statement by the Financial Stability Board on international regulation and supervision of cryptoasset activities, including stablecoins, of 11 July 2022, underlining that stablecoins should be covered by robust regulations;';
  const recommendations = 'Further notes the recommendations by the Financial Stability Board on international regulation and supervision of cryptoasset activities, of 17 July 2023, underlining that stablecoins should be covered by robust regulations;';

  it('reads it as the reference brought up to date, and another body, subject or date as a change', () => {
    expect(laterDocumentReasons(statement, recommendations)).toEqual([
      "reference brought up to date: the Financial Stability Board's statement of 11 July 2022 → its recommendations of 17 July 2023",
    ]);
    expect(laterDocumentReasons(statement, recommendations.replace('Financial Stability Board', 'Basel Committee'))).toBeNull();
    expect(laterDocumentReasons(statement, recommendations.replace('cryptoasset activities', 'artificial intelligence'))).toBeNull();
    expect(laterDocumentReasons(statement, recommendations.replace('17 July 2023', '17 July 2021'))).toBeNull();
    expect(laterDocumentReasons(statement, recommendations.replace('should be covered', 'must be covered'))).toBeNull();
    // Another kind of document (redline #23): the report → the standards is a new document, not the report brought up to date.
    const report = 'Welcomes the report by the Financial Stability Board on international regulation and supervision of cryptoasset activities, of 11 July 2022;';
    expect(laterDocumentReasons(report, report.replace('the report', 'the standards').replace('11 July 2022', '17 July 2023'))).toBeNull();
    expect(laterDocumentReasons(report, report.replace('11 July 2022', '17 July 2023'))).toEqual([
      "reference brought up to date: the Financial Stability Board's report of 11 July 2022 → its report of 17 July 2023",
    ]);
    expect(laterDocumentReasons(statement.replace('the statement', 'the update'), recommendations)).toBeNull();
  });

  it.skipIf(!available)(`real pair: International financial system 78/136 → 79/196 OP 36 → OP 43${skipNote}`, async () => {
    const result = await compareInSeries('international-financial-system-and-development', 'A_RES_78_136.txt', 'A_RES_79_196.txt');
    expect(findingAt(result, 'OP 43').reasons?.[0]).toMatch(/^reference brought up to date: /);
  });
});

describe('the yearly cycle: a course held for the Nth time', () => {
  it.skipIf(!available)(`real pairs: the Teaching Programme's regional courses "for the fifth → sixth time", a year on${skipNote}`, async () => {
    const [older, newer] = [await compareInSeries('united-nations-programme-of-assistance-in-the-teaching-study', 'A_RES_78_107.txt', 'A_RES_79_120.txt'), await compareInSeries('united-nations-programme-of-assistance-in-the-teaching-study', 'A_RES_79_120.txt', 'A_RES_80_163.txt')];
    for (const result of [older, newer]) {
      expect(findingAt(result, 'PP 9').routine).toBe(true);
      expect(findingAt(result, 'PP 9').reasons?.[0]).toMatch(/^yearly cycle: /);
    }
  });
  it('counter-case: an ordinal before another noun stays a new decision', () => {
    const phase = 'Decides to launch the second phase of the World Programme for Human Rights Education;';
    expect(cycleReasons(phase, phase.replace('second', 'third'))).toBeNull();
  });
});
