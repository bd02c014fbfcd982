import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import { listPhrases } from '../../src/report/digest-list.js';
import { cutText, MEMO_SIGNALS } from '../../src/report/digest-line.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import type { RedlineResult } from '../../src/types.js';

/** The pair with no finding marked routine: the line a paragraph would have, for wording tests of paragraphs precision round 11 (Y) takes out of the digest. */
function asIfNegotiated(result: RedlineResult): RedlineResult {
  const [comparison] = result.comparisons;
  return { ...result, comparisons: [{ ...comparison, findings: comparison.findings.map((finding) => ({ ...finding, routine: false })) }] };
}

describe('listPhrases', () => {
  const older = 'Noting the observance of World Pulses Day, World Tuna Day, the International Year of Camelids, the International Year of Millets, International Tea Day, the International Year of Sustainable Mountain Development, 2022, and the United Nations Decade of Family Farming,';
  const newer = 'Noting the observance of World Pulses Day, World Tuna Day, International Tea Day, the International Year of Camelids, the International Year of Millets, the International Year of Sustainable Mountain Development, 2022, the International Year of Cooperatives, 2025, and the United Nations Decade of Family Farming,';

  it('says the items added and moved, a year kept with its item', () => {
    expect(listPhrases(older, newer, cutText)).toEqual(['adds “the International Year of Cooperatives, 2025”', 'moves “International Tea Day” earlier']);
  });

  it('says one item put in the place of another as a replacement', () => {
    expect(listPhrases(older, older.replace('World Tuna Day', 'Sustainable Gastronomy Day'), cutText)).toEqual(['World Tuna Day → Sustainable Gastronomy Day']);
  });

  // "held in New York on 29 April 2021" → "held in New York on 26 September 2024" is one item reworded: the word diff says it.
  it('gives way to the word diff when an item was reworded, not replaced', () => {
    expect(listPhrases(older, older.replace('the International Year of Millets', 'the International Year of Millets (2023)'), cutText)).toBeNull();
  });

  it('reads nothing as a list that keeps fewer than three items', () => {
    expect(listPhrases('Welcomes the report, and requests a study;', 'Takes note of the report, and requests a review;', cutText)).toBeNull();
  });
});

describe('digestLine: the signals a line lists', () => {
  it('leaves out a signal the words show and lists those they do not, a deadline before a reference', async () => {
    const older = 'The General Assembly,\n\n1. Welcomes the report of the Secretary-General;\n';
    const newer =
      'The General Assembly,\n\n1. Takes note of the report of the Secretary-General;\n\n2. Decides to convene, within existing resources and with the participation of all Member States, relevant United Nations entities and civil society organizations, a high-level conference on the follow-up, as requested in resolution 79/1 of 2 December 2024, with the support of Brazil, Japan, Kenya and Mexico, by 2027;\n';
    const lines = linesOf(await compareTexts(older, newer, { leftId: 'A', rightId: 'B' }));
    // "commitment weakened: welcome → take note" is what `Welcomes → Takes note of (weaker)` says.
    expect(lineAt(lines, 'OP 1')).toMatchObject({ text: 'OP 1: Welcomes → Takes note of the report of the Secretary-General (weaker)', signals: [] });
    // The quote stops before the reference and the deadline: both listed, the deadline (a position) first.
    expect(lineAt(lines, 'OP 2')).toMatchObject({
      text: 'new OP 2: Decides to convene, within existing resources and with the participation of all Member States, relevant United Nations entities and civil society organizations …',
      signals: ['deadline added (earlier or set): by 2027', 'reference added: resolution 79/1'],
    });
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines on real UN pairs, as a desk officer read them (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('says a list of international days and years grown and reordered item by item (Agriculture 78/168 → 79/227)', async () => {
    const pair = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_78_168.txt', 'A_RES_79_227.txt');
    // Since precision round 11 (Y) the list of international days growing is routine and leaves the digest; its line is still read.
    expect(linesOf(pair).map((line) => line.place)).not.toContain('PP 59 → PP 60');
    const lines = linesOf(pair);
    // Before: `adds "Day of Potato, International Tea Day, …"; Millets, International → Millets, the International; Tea
    // Day, → Year of Sustainable Mountain Development, 2022, the; …`.
    expect(lineAt(linesOf(asIfNegotiated(pair)), 'PP 59 → PP 60').text).toBe(
      'PP 59 → PP 60: adds “the International Day of Potato”, “the International Day of Zero Waste, World Rural Development Day”, “the International Year of Cooperatives, 2025, the International Year of the Woman Farmer, 2026, the International Year of Rangelands and Pastoralists, 2026”; moves “International Tea Day, the International Day of Awareness of Food Loss and Waste” earlier',
    );
    // Before: `PP 5: , the Vienna Programme of Action for Landlocked → and the Antigua and Barbuda Agenda for Small Island; …`.
    expect(lineAt(lines, 'PP 5').text).toBe(
      'PP 5: adds “the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity”, “and looking forward to the adoption of the new Programme of Action for Landlocked Developing Countries for the Decade 2024–2034”; drops “the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024 and the SIDS Accelerated Modalities of Action (SAMOA) Pathway”',
    );
    // The list's `and` moved to the next item (`outcome, the third → outcome, and the third`) was not a change to report;
    // since precision round 11 (E2) the whole paragraph is events moved on clause by clause (the meeting on antimicrobial
    // resistance looked forward to, now welcomed as held; the next one looked forward to) and leaves the digest.
    expect(lines.map((line) => line.place)).not.toContain('PP 14 → PP 15');
    // The comma that ends the clause added is punctuation, not words added.
    expect(lineAt(lines, 'PP 37').text).toBe('PP 37: adds “and noting the importance of their implementation”');
    // Was `PP 49 → PP 50: Welcoming the establishment of → Taking note of the work done by (weaker)`; since precision
    // round 10 (E) a body welcomed when established, its work noted the year after, is routine and leaves the digest.
    expect(lines.map((line) => line.place)).not.toContain('PP 49 → PP 50');
    // No signal is listed twice or past the cap.
    for (const line of lines) {
      expect(line.signals.length).toBeLessThanOrEqual(MEMO_SIGNALS);
      expect(new Set(line.signals).size).toBe(line.signals.length);
    }
  }, 60_000);

  it('says an insertion into a reordered list as the items added and moved (Agriculture 79/227 → 80/157 OP 23 → OP 22)', async () => {
    const lines = linesOf(await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt', 'A_RES_80_157.txt'));
    // Before: `adds "sustainable intensification, precision agriculture,"; intensification → livestock management; livestock management → fisheries`.
    expect(lineAt(lines, 'OP 23 → OP 22').text).toBe('OP 23 → OP 22: adds “precision agriculture”, “sustainable fisheries”; moves “sustainable intensification” earlier');
    // Items of a word, nothing moved, the diff aligned: `adds “fishers”, “nutrition”` would name nothing; the word diff shows where.
    expect(lineAt(lines, 'OP 34 → OP 33').text).toBe('OP 34 → OP 33: farmers, and Indigenous → farmers and fishers, and Indigenous; security and eradicating → security and nutrition and eradicating');
  }, 60_000);

  it('shows enough of a changed clause to read it (Outer space 78/72 → 79/87)', async () => {
    const lines = linesOf(await compareInSeries('international-cooperation-in-the-peaceful-uses-of-outer-spac', 'A_RES_78_72.txt', 'A_RES_79_87.txt'));
    // Before: `more → urgent`.
    expect(lineAt(lines, 'OP 17 → OP 20').text).toBe('OP 17 → OP 20: more attention → urgent attention');
    // Before: `new five-year → work under the five-year`, then `OP 13 → OP 16: new five-year workplan → work under the
    // five-year workplan`; before: `Notes with satisfaction the … → Also notes with satisfaction the progress in …`, then
    // `OP 8 → OP 11: Notes with satisfaction the work → Also notes with satisfaction the progress in work`. Since precision
    // round 11 (Y) a working group's progress noted a year on is routine, and both paragraphs leave the digest.
    expect(lines.map((line) => line.place)).not.toContain('OP 13 → OP 16');
    expect(lines.map((line) => line.place)).not.toContain('OP 8 → OP 11');
    // Before: `… 77/121 → … 78/72 of 7 December 2023 — date added: 7 December 2023`; since precision round 10 (E) the
    // citation succeeded with its date of adoption is routine, and the paragraph leaves the digest.
    expect(lines.map((line) => line.place)).not.toContain('OP 9 → OP 12');
  }, 60_000);
});
