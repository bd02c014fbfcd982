import { beforeAll, describe, expect, it } from 'vitest';
import { findOneChange } from '../../src/classify/one-change.js';
import { routineReasons } from '../../src/classify/routine.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { findNumbers } from '../../src/classify/signals/numbers.js';
import type { RedlineResult } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { findingAt, compareInSeries as pair, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 5 (issue 23): an event followed along its life in a paragraph that records it, an edition before
 * "annual", a footnote mark renumbered; each rule read on a real pair of the UN series where a drafter's reading found
 * the finding false, and guarded on text where it must not apply.
 */

describe('an event moved on (no data needed)', () => {
  const older = 'Welcoming the regional seminar held in Bali, Indonesia, from 24 to 26 May 2023, which renewed its commitment,';

  it('the next edition recorded, its place and dates later, is routine', () => {
    expect(routineReasons(older, 'Welcoming the regional seminar held in Caracas from 14 to 16 May 2024, which renewed its commitment,')).toEqual([
      'an event moved on: its next edition recorded (its dates, places and editions)',
    ]);
  });

  it('a word of substance changed beside it is not: "renewed" → "strengthened"', () => {
    expect(routineReasons(older, 'Welcoming the regional seminar held in Caracas from 14 to 16 May 2024, which strengthened its commitment,')).toEqual([]);
  });

  it('an earlier edition is not an event moving on', () => {
    expect(routineReasons(older, 'Welcoming the regional seminar held in Caracas from 14 to 16 May 2022, which renewed its commitment,')).toEqual([]);
  });

  it('a figure changed beside it is not', () => {
    expect(routineReasons('Welcoming the seminar held in Bali in 2023, attended by 40 States,', 'Welcoming the seminar held in Caracas in 2024, attended by 45 States,')).toEqual([]);
  });

  it('an ordinal before "annual" is an edition: "the ninth annual multi-stakeholder forum"', () => {
    expect(findNumbers('the holding of the ninth annual multi-stakeholder forum').map((mention) => [mention.category, mention.text])).toEqual([['ordinal', 'ninth']]);
    expect(findNumbers('welcomes the second annual dialogue').map((mention) => [mention.category, mention.text])).toEqual([['ordinal', 'second']]);
  });
});

describe.skipIf(!available)(`real pairs (${available ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  let leastDeveloped: RedlineResult;
  beforeAll(async () => {
    leastDeveloped = await pair('follow-up-to-the-fifth-united-nations-conference-on-the-leas', 'A_RES_79_218.txt', 'A_RES_80_150.txt');
  });

  it('a summit looked forward to, then welcomed as convened, its dates the same, is routine (79/218 PP 13 → 80/150 PP 12)', () => {
    const finding = findingAt(leastDeveloped, 'PP 12');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['an event moved on: Looking forward also to → Welcoming the convening of (its dates, places and editions)']);
  });

  // Round 16A: the declaration adopted at the conference is the event's own record, so the paragraph is the event held
  // (the name's "to Support the Implementation" no stance); the clause-level reading is still found by `findOneChange`.
  it('a conference welcomed as held with the declaration adopted at it is the event held; read clause by clause, that clause is the one change (79/218 PP 23 → 80/150 PP 19)', () => {
    const finding = findingAt(leastDeveloped, 'PP 19');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toMatch(/^event held: United Nations Conference to Support the Implementation/);
    const before = leastDeveloped.documents[0].paragraphs.find((paragraph) => paragraph.label === 'PP 23')?.text ?? '';
    const after = leastDeveloped.documents[1].paragraphs.find((paragraph) => paragraph.label === 'PP 19')?.text ?? '';
    const change = findOneChange(before, after, wordDiff(before, after, 2000).parts);
    expect(change?.after).toBe('at which its political declaration contained in resolution 79/314 of 30 June 2025 was adopted,');
    expect(change?.reasons).toEqual(['an event moved on: Looking forward to the convening of → Welcoming the convening of (its dates, places and editions)']);
  });

  it('the yearly regional seminar at its next place and dates, its theme with it, is routine (Turks and Caicos 78/98 → 79/111 PP 15)', async () => {
    const finding = findingAt(await pair('question-of-the-turks-and-caicos-islands', 'A_RES_78_98.txt', 'A_RES_79_111.txt'), 'PP 15');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['an event moved on: its next edition recorded (its dates, places and editions)']);
  });

  it('"the eighth → ninth annual forum" is the yearly succession (ICT 78/132 → 79/194 OP 57)', async () => {
    const finding = findingAt(await pair('information-and-communications-technologies-for-sustainable', 'A_RES_78_132.txt', 'A_RES_79_194.txt'), 'OP 57');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['yearly succession: eighth → ninth', 'yearly succession: eighth → ninth']);
  });

  it('a footnote mark renumbered beside a case change is editorial (oceans 78/69 OP 255 → 79/144 OP 252)', async () => {
    const finding = findingAt(await pair('oceans-and-the-law-of-the-sea', 'A_RES_78_69.txt', 'A_RES_79_144.txt'), 'OP 252');
    expect(finding.editorial).toBe(true);
    // The marks ("2008,133" → "2008,140") are read as notes by the UN reader since session 10: only the case is left.
    expect(finding.reasons).toEqual(['case: parties → Parties']);
  });

  it("a body's session named by its year, two on, is routine: «during its 2024 → 2026 session» (nuclear disarmament 79/50 → 80/24 OP 17)", async () => {
    const finding = findingAt(await pair('nuclear-disarmament', 'A_RES_79_50.txt', 'A_RES_80_24.txt'), 'OP 17');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(["a body's session moved on: 2024 → 2026 session"]);
  });

  it('a count stated as the present one, refreshed, is routine: "currently consists of 21 → 23 members" (oceans 78/69 → 79/144 OP 325)', async () => {
    const finding = findingAt(await pair('oceans-and-the-law-of-the-sea', 'A_RES_78_69.txt', 'A_RES_79_144.txt'), 'OP 325');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['a present count refreshed: 21 → 23']);
  });

  it('"(COVID-19){+ pandemic+}" is editorial (chemical weapons 78/29 PP 13 → 79/56 PP 12)', async () => {
    const finding = findingAt(await pair('implementation-of-the-convention-on-the-prohibition-of-the-d', 'A_RES_78_29.txt', 'A_RES_79_56.txt'), 'PP 12');
    expect(finding.editorial).toBe(true);
    expect(finding.reasons).toEqual(['the pandemic named with its disease: pandemic added']);
  });

  it('"Reiterates its requests → request" is editorial (residual mechanism 78/249 OP 12 → 79/255 OP 16)', async () => {
    const finding = findingAt(await pair('financing-of-the-international-residual-mechanism-for-crimin', 'A_RES_78_249.txt', 'A_RES_79_255.txt'), 'OP 16');
    expect(finding.editorial).toBe(true);
    expect(finding.reasons).toEqual(["a restated request's number: requests → request"]);
  });

  it('a year before "session" that is not one later, or a count not said to be the present one, stays as it was', () => {
    expect(routineReasons('Urges the Conference to commence its work during its 2024 session;', 'Urges the Conference to commence its work during its 2028 session;')).toEqual([]);
    expect(routineReasons('Welcomes the Group of Experts, which consists of 21 members;', 'Welcomes the Group of Experts, which consists of 23 members;')).toEqual([]);
  });
});
