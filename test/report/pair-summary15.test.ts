import { describe, expect, it } from 'vitest';
import { pairSummary } from '../../src/report/labels.js';
import { CTBT, DEBT, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';
import { SHARED_MISSING } from '../helpers/paths.js';

/** Session 15 (redline #19): the pair summary counts substantive findings that carry no signal. */
describe.skipIf(!UN_SERIES_AVAILABLE)(`pairSummary counts substantive changes without signals (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('CTBT 79/77 → 80/70: three negotiated paragraphs without signals are counted beside the routine updates', async () => {
    const result = await compareInSeries(CTBT, 'A_RES_79_77.txt', 'A_RES_80_70.txt');
    // Before: "5 routine updates." where the digest lists 3 negotiated changes.
    expect(pairSummary(result.comparisons[0])).toBe('3 substantive changes, 5 routine updates.');
  }, 60_000);

  it('near misses: a pair whose changes carry signals keeps its tallies; a pair of routine updates only says so', async () => {
    const debt = pairSummary((await compareInSeries(DEBT, 'A_RES_79_197.txt', 'A_RES_80_123.txt')).comparisons[0]);
    expect(debt).not.toMatch(/substantive/);
    const small = pairSummary((await compareInSeries('assistance-to-states-for-curbing-the-illicit-traffic-in-smal', 'A_RES_78_54.txt', 'A_RES_79_31.txt')).comparisons[0]);
    // Session 16 (trial 16a D2): PP's note 5 "A/78/126 → A/79/77" (the year's report) on an unchanged paragraph made the
    // summary not a technical update; the step's one verdict is, as the digest says; was "5 routine updates.".
    expect(small).toBe('Technical update: every change is the yearly succession of sessions, years, dates and symbols, or editorial (6 routine).');
  }, 60_000);
});
