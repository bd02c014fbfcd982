import { describe, expect, it } from 'vitest';
import { hedgeChanges } from '../../src/classify/signals/hedges.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { LDC, UN_SERIES_AVAILABLE as available, compareInSeries, pairAt } from '../helpers/un-series.js';

const skipNote = available ? '' : SHARED_MISSING;
const SAFETY = 'safety-and-security-of-humanitarian-personnel-and-protection';

/**
 * Session 20, sig20 item 2 (issue 23, seed 2001 #26): a hedge the older text already said with a function word missing
 * ("technology transfer mutually agreed terms") is not added when the newer text restores the word ("on mutually agreed
 * terms"). Failed on main at ea01778 (classifier/48): "hedge added, weakened: on mutually agreed terms".
 */
describe('a hedge present on both sides up to a function word is neither added nor removed', () => {
  it.skipIf(!available)(`LDC 78/233 → 79/218 OP 40 → OP 42: "{+on +}mutually agreed terms" adds no hedge${skipNote}`, async () => {
    const finding = pairAt(await compareInSeries(LDC, 'A_RES_78_233.txt', 'A_RES_79_218.txt'), 'OP 40', 'OP 42');
    expect(finding.signals.map((signal) => signal.summary)).toEqual(['session number changed (routine): seventy-ninth session → eightieth session']);
  });

  it('the same both ways: "on mutually agreed terms" → "mutually agreed terms" removes none', () => {
    expect(hedgeChanges('including by facilitating technology transfer on mutually agreed terms;', 'including by facilitating technology transfer mutually agreed terms;')).toEqual([]);
  });

  it('counter-example: the hedge put in where the older clause named no terms keeps its signal, even beside other agreed terms', () => {
    expect(hedgeChanges('including by facilitating technology transfer;', 'including by facilitating technology transfer on mutually agreed terms;').map((signal) => signal.summary)).toEqual([
      'hedge added, weakened: on mutually agreed terms',
    ]);
    // The older text's "mutually agreed terms" of the partnership is still there, bare, in the newer: the transfer's terms are new.
    expect(
      hedgeChanges(
        'including by facilitating technology transfer, and notes the mutually agreed terms of the partnership;',
        'including by facilitating technology transfer on mutually agreed terms, and notes the mutually agreed terms of the partnership;',
      ).map((signal) => signal.summary),
    ).toEqual(['hedge added, weakened: on mutually agreed terms']);
  });

  it.skipIf(!available)(`counter-example: Safety and security 78/118 → 79/138 OP 47 → OP 48, ", as appropriate," put in twice beside a kept "where appropriate" keeps both signals${skipNote}`, async () => {
    const finding = pairAt(await compareInSeries(SAFETY, 'A_RES_78_118.txt', 'A_RES_79_138.txt'), 'OP 47', 'OP 48');
    // Two hedges of the name more in the newer text, two signals (the second told by the mention the multiset left, as on main).
    expect(finding.signals.map((signal) => signal.tally)).toEqual(['hedge added', 'hedge added']);
    expect(finding.signals[0].summary).toBe('hedge added, weakened: as appropriate');
  });
});
