import { describe, expect, it } from 'vitest';
import { bodyWorkRecordedReasons } from '../../src/classify/body-work.js';
import { routineReasons } from '../../src/classify/routine.js';
import { statisticsFromNewerDataReasons } from '../../src/classify/statistics.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { BIODIVERSITY, OCEANS, UN_SERIES_AVAILABLE as available, compareInSeries, isSubstantive, pairAt, paragraphs } from '../helpers/un-series.js';

const skipNote = available ? '' : SHARED_MISSING;
const SAFETY = 'safety-and-security-of-humanitarian-personnel-and-protection';

/**
 * Session 20, rules20b (issue 23): findings drafters labelled "not negotiated" in `bench/precision-verdicts.json` that
 * stayed substantive, each read as routine now; beside each, the same surface shape where something was negotiated (or
 * nothing moved on) stays a finding.
 */

describe('rules20b rule 1: statistics refreshed, a count out of a total', () => {
  it.skipIf(!available)(`Safety of humanitarian personnel 78/118 → 79/138 PP 13 → PP 15: "[-7-]{+12+} out of [-11-]{+13+} … killed … in [-2022-]{+2023+}" with one more count of the same report (labelled not)${skipNote}`, async () => {
    const result = await compareInSeries(SAFETY, 'A_RES_78_118.txt', 'A_RES_79_138.txt');
    expect(pairAt(result, 'PP 13', 'PP 15')).toMatchObject({ kind: 'modified', routine: true, reasons: ['statistics refreshed from newer data (2022 → 2023): 2022, 7 … → 2023, 12 …'] });
    const [older, newer] = paragraphs(result, 'PP 13', 'PP 15');
    // Counter-example: the counts changed while the year of the data stayed (2022 on both sides) is no newer data.
    const sameYear = newer.replaceAll('2023', '2022');
    expect(sameYear).not.toBe(newer);
    expect(statisticsFromNewerDataReasons(older, sameYear)).toBeNull();
    // Counter-example: the new clause voicing a stance ("and calls for") beside the refreshed counts is negotiated.
    const stance = newer.replace('and that locally recruited personnel accounted for', 'and calls for locally recruited personnel to account for no more than');
    expect(stance).not.toBe(newer);
    expect(statisticsFromNewerDataReasons(older, stance)).toBeNull();
  });
});

describe('rules20b rule 2: a verb aged, the noted document recalled by its adoption', () => {
  it.skipIf(!available)(`Oceans 78/69 → 79/144 OP 256 → OP 253: "[-Notes -]{+Also recalls the adoption of +}resolution LP.6(17) [-of-]{+by+} the forty-fourth Consultative Meeting" (labelled not)${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_78_69.txt', 'A_RES_79_144.txt');
    const finding = pairAt(result, 'OP 256', 'OP 253');
    expect(finding).toMatchObject({ kind: 'modified', routine: true, reasons: ['verb aged with the event: Notes → Also recalls, the document recalled by its adoption', 'grammar words: +the'] });
    expect(isSubstantive(finding)).toBe(false);
    const [older, newer] = paragraphs(result, 'OP 256', 'OP 253');
    // Counter-example: another document recalled (LP.7(18)) is no verb aged on the same document.
    const otherDocument = newer.replace('LP.6(17)', 'LP.7(18)');
    expect(otherDocument).not.toBe(newer);
    expect(routineReasons(older, otherDocument)).toEqual([]);
    // Counter-example: the document recalled as adopted by another body (the Meeting of Contracting Parties to the
    // Convention alone) is not the older text's document.
    const otherBody = newer.replace('by the forty-fourth Consultative Meeting of Contracting Parties to the London Convention and the seventeenth Meeting', 'by the seventeenth Meeting');
    expect(otherBody).not.toBe(newer);
    expect(routineReasons(older, otherBody)).toEqual([]);
  });
});

describe('rules20b rule 3: another body\'s work recorded as it moves on', () => {
  it.skipIf(!available)(`Oceans 79/144 → 80/110 OP 218 → OP 214: "Notes the ongoing work of the International Maritime Organization on marine plastic litter{+, including the adoption by the Marine Environment Protection Committee of …+}" (labelled not)${skipNote}`, async () => {
    const result = await compareInSeries(OCEANS, 'A_RES_79_144.txt', 'A_RES_80_110.txt');
    const finding = pairAt(result, 'OP 218', 'OP 214');
    expect(finding).toMatchObject({ kind: 'modified', routine: true });
    expect(finding.reasons).toEqual(['another body\'s work recorded as it moves on: “including the adoption by the Marine Environment Protection Committee of the 2025 Action Plan to Address Marine Plast…”']);
    const [older, newer] = paragraphs(result, 'OP 218', 'OP 214');
    // Counter-example: the same record followed by a call ("and urges States to implement it") is a new ask.
    const asks = newer.replace(/;$/, ', and urges States to implement the Action Plan;');
    expect(asks).not.toBe(newer);
    expect(bodyWorkRecordedReasons(older, asks)).toBeNull();
    // Counter-example: the subject of the work noted replaced ("on marine plastic litter" dropped) is more than a record added.
    const replaced = newer.replace(' on marine plastic litter', '');
    expect(replaced).not.toBe(newer);
    expect(bodyWorkRecordedReasons(older, replaced)).toBeNull();
  });

  it.skipIf(!available)(`Oceans 78/69 → 79/144 OP 185 → OP 180 and Biodiversity 78/155 → 79/208 OP 47: the work's subject named, the body's new resolution listed (labelled not)${skipNote}`, async () => {
    const oceans = await compareInSeries(OCEANS, 'A_RES_78_69.txt', 'A_RES_79_144.txt');
    expect(pairAt(oceans, 'OP 185', 'OP 180')).toMatchObject({ kind: 'modified', routine: true, reasons: ['another body\'s work recorded as it moves on: “in particular concerning the fire safety of ro-ro passenger ships under the International Convention for the Safety o…”'] });
    const biodiversity = await compareInSeries(BIODIVERSITY, 'A_RES_78_155.txt', 'A_RES_79_208.txt');
    expect(pairAt(biodiversity, 'OP 47', 'OP 47')).toMatchObject({ kind: 'modified', routine: true, reasons: ['another body\'s work recorded as it moves on: “its resolution 6/4 of 1 March 2024, and”'] });
    // Counter-example: a paragraph that welcomes (not notes) the work, gaining the same record, is a stance: not this rule.
    const [older, newer] = paragraphs(oceans, 'OP 185', 'OP 180');
    expect(bodyWorkRecordedReasons(older.replace(/^Notes/, 'Welcomes'), newer.replace(/^Notes/, 'Welcomes'))).toBeNull();
  });
});
