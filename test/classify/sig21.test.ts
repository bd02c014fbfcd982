import { describe, expect, it } from 'vitest';
import { numberChanges } from '../../src/classify/signals/numbers.js';
import { referenceChanges } from '../../src/classify/signals/references.js';
import { openingStanceRecorded } from '../../src/classify/signals/stance.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { AGRICULTURE, CHEMICAL, DPRK, DURBAN, MYANMAR, UN_SERIES_AVAILABLE as available, compareInSeries, pairAt } from '../helpers/un-series.js';

const skipNote = available ? '' : SHARED_MISSING;
const STEPS = 'steps-to-building-a-common-roadmap-towards-a-world-without-n';
const summaries = (finding: { signals: ReadonlyArray<{ summary: string }> }): string[] => finding.signals.map((signal) => signal.summary);

/**
 * Session 21, sig21 (issues 19 and 23): signals that say what was negotiated, and nothing that was not.
 */

describe('sig21 1: a stance of the preamble said as a plain record is weakened, its subject said with another first noun', () => {
  it.skipIf(!available)(`Steps roadmap 79/41 → 80/48 PP 8: "Expressing profound regret over the … suspension of the Treaty …" → "Noting the expiration … of the Treaty …"${skipNote}`, async () => {
    const finding = pairAt(await compareInSeries(STEPS, 'A_RES_79_41.txt', 'A_RES_80_48.txt'), 'PP 8', 'PP 8');
    expect(summaries(finding)).toEqual([
      'stance weakened: Expressing profound regret → Noting',
      'date added: February 2026',
      'figure added: three',
      'actor removed: Russian Federation (no longer named as acting)',
    ]);
  }, 60_000);

  it('another subject noted stays no stance weakened; the first words alike still read as before', () => {
    // Counter-example: the regret over one thing, the note of another (few of the first twelve content words alike).
    expect(openingStanceRecorded(
      'Expressing profound regret over the unilateral purported suspension of the Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction,',
      'Noting the convening of the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons in New York in 2026,',
    )).toBeNull();
    expect(openingStanceRecorded('Alarmed that children continue to be recruited by armed groups,', 'Noting that children continue to be recruited by armed groups,')?.summary).toBe('stance weakened: Alarmed → Noting');
  });
});

describe('sig21 2: a later clause kept with its verb raised from a note to a reminder is a commitment strengthened', () => {
  it.skipIf(!available)(`Steps roadmap 78/40 PP 9 → 79/41 PP 10: "and noting the commitments of the nuclear-weapon States to continuing structured efforts …" → "and reminding all nuclear-weapon States of the importance of meeting their commitments to engage through structured efforts …"${skipNote}`, async () => {
    const finding = pairAt(await compareInSeries(STEPS, 'A_RES_78_40.txt', 'A_RES_79_41.txt'), 'PP 9', 'PP 10');
    expect(summaries(finding)).toEqual(['commitment strengthened: note → remind']);
  }, 60_000);

  it.skipIf(!available)(`an ask answered is no shift (DPRK 78/218 → 79/181 PP 8: "urging the Government … to respond to the list of issues" → "taking note with appreciation of the submission … of the written replies"); Member States only encouraged now is (Rohingya 78/219 PP 11 → 79/182 PP 13)${skipNote}`, async () => {
    const dprk = pairAt(await compareInSeries(DPRK, 'A_RES_78_218.txt', 'A_RES_79_181.txt'), 'PP 8', 'PP 8');
    expect(dprk.signals.filter((signal) => signal.type === 'commitment')).toEqual([]);
    const rohingya = pairAt(await compareInSeries(MYANMAR, 'A_RES_78_219.txt', 'A_RES_79_182.txt'), 'PP 11', 'PP 13');
    expect(rohingya.signals.filter((signal) => signal.type === 'commitment').map((signal) => signal.summary)).toEqual(['commitment weakened: urge → encourage']);
  }, 60_000);

  it.skipIf(!available)(`counter-example: Steps roadmap 79/41 → 80/48 PP 10, the same reminder kept, gives no commitment signal${skipNote}`, async () => {
    const finding = pairAt(await compareInSeries(STEPS, 'A_RES_79_41.txt', 'A_RES_80_48.txt'), 'PP 10', 'PP 10');
    expect(finding.signals.filter((signal) => signal.type === 'commitment')).toEqual([]);
  }, 60_000);
});

describe('sig21 3: a resolution\'s symbol is a reference, never a figure', () => {
  const OLDER = 'Recalling its resolution 2142 (XXI) of 26 October 1966, in which it proclaimed 21 March as the International Day for the Elimination of Racial Discrimination,\n\nRecalling also its resolution 62/122 of 17 December 2007, in which it designated 25 March as the annual International Day of Remembrance of the Victims of Slavery and the Transatlantic Slave Trade,';
  const NEWER = 'Recalling its resolutions 2142 (XXI) of 26 October 1966, in which it proclaimed 21 March as the International Day for the Elimination of Racial Discrimination, 62/122 of 17 December 2007, in which it designated 25 March as the International Day of Remembrance of the Victims of Slavery and the Transatlantic Slave Trade, 75/170 of 16 December 2020, in which it proclaimed 31 August as the International Day for People of African Descent, and 78/323 of 13 August 2024, in which it proclaimed 25 July as the International Day of Women and Girls of African Descent,';

  it('the list of resolutions runs on past what each did: 75/170 and 78/323 are references added, no figure', () => {
    expect(referenceChanges(OLDER, NEWER).map((signal) => signal.summary)).toEqual(['reference added: resolution 75/170', 'reference added: resolution 78/323']);
    expect(numberChanges(OLDER, NEWER).map((signal) => signal.summary)).toEqual(['date added: 16 December 2020', 'date added: 13 August 2024']);
    // Counter-example: an item that names its own kind is read by it, not as the list's (Biodiversity 78/155 OP 15).
    const BIODIVERSITY_OP15 = 'and recalls in this regard decision 14/4 of 30 November 2018 of the Conference of the Parties to the Convention on Biological Diversity and resolutions 3/4 of 30 January 2018, 5/1 of 2 March 2022 and 5/6 of 7 March 2022 of the United Nations Environment Assembly;';
    expect(referenceChanges(BIODIVERSITY_OP15, '').map((signal) => signal.summary)).toEqual(['reference removed: decision 14/4', 'reference removed: resolution 3/4', 'reference removed: resolution 5/1', 'reference removed: resolution 5/6']);
    // A bare symbol outside any list is no figure either; a fraction stays a number.
    expect(numberChanges('Welcomes the report.', 'Welcomes the report, as set out in 79/12.').map((signal) => signal.summary)).toEqual([]);
    expect(numberChanges('to lower the target by 1/4 percentage point', 'to lower the target by 1/2 percentage point').map((signal) => signal.summary)).toEqual(['percentage changed: 1/4 percentage point → 1/2 percentage point']);
  });

  it.skipIf(!available)(`Durban 79/161 → 80/193 PP 31 + PP 32 → PP 33: no "figure added: 75/170/78/323"; the two resolutions moved in from PP 34 and PP 66 are not removed there${skipNote}`, async () => {
    const result = await compareInSeries(DURBAN, 'A_RES_79_161.txt', 'A_RES_80_193.txt');
    expect(summaries(pairAt(result, 'PP 31+PP 32', 'PP 33'))).toEqual(['date added: 16 December 2020', 'date added: 13 August 2024']);
    const all = result.comparisons[0].findings.flatMap(summaries);
    expect(all.filter((summary) => /^figure .*: (?:75|170|78|323)$/.test(summary))).toEqual([]);
    expect(all).not.toContain('reference removed: resolution 78/323');
    expect(all).not.toContain('reference removed: resolution 75/170');
  }, 60_000);
});

describe('sig21 4: dates of a list of sessions: a date without its year takes the listed year; ranges pair with ranges', () => {
  it.skipIf(!available)(`Agriculture 78/168 PP 18 + PP 19 → 79/227 PP 18: no "8 to 11 February 2021 → 23 to 27 October"${skipNote}`, async () => {
    const finding = pairAt(await compareInSeries(AGRICULTURE, 'A_RES_78_168.txt', 'A_RES_79_227.txt'), 'PP 18+PP 19', 'PP 18');
    expect(summaries(finding).filter((summary) => summary.startsWith('date'))).toEqual([
      'date changed (routine): 4 June 2021 → 25 November 2023',
      'date changed (routine): 10 to 13 October 2022 → 21 to 25 October 2024',
      'date removed: 8 to 11 February 2021',
      'date removed: 11 to 14 October 2021',
    ]);
  }, 60_000);

  it.skipIf(!available)(`Chemical weapons 79/56 OP 24 → 80/34 OP 13: the date moved on a year pairs with its successor, not with the 2013 date cited beside it${skipNote}`, async () => {
    const finding = pairAt(await compareInSeries(CHEMICAL, 'A_RES_79_56.txt', 'A_RES_80_34.txt'), 'OP 24', 'OP 13');
    expect(summaries(finding).filter((summary) => summary.startsWith('date'))).toEqual(['date changed (routine): 24 September 2024 → 24 September 2025', 'date added: 27 September 2013']);
  }, 60_000);

  it('"from 3 to 5 June" pairs with "2–4 July", not with a single day; a year listed after is the date\'s', () => {
    expect(numberChanges('held from 3 to 5 June 2024 and on 9 May 2024', 'held on 1 October 2025 and from 2–4 July 2025').map((signal) => signal.summary)).toEqual([
      'date changed (routine): 3 to 5 June 2024 → 2–4 July 2025',
      'date changed (routine): 9 May 2024 → 1 October 2025',
    ]);
    expect(numberChanges('held from 23 to 27 October 2023', 'held from 23 to 27 October and on 25 November 2023').map((signal) => signal.summary)).toEqual(['date added: 25 November 2023']);
  });
});
