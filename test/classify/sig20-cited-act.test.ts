import { describe, expect, it } from 'vitest';
import { numberChanges } from '../../src/classify/signals/numbers.js';
import { compareTexts } from '../../src/pipeline.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { ENERGY, UN_SERIES_AVAILABLE as available, compareInSeries, pairAt } from '../helpers/un-series.js';

const skipNote = available ? '' : SHARED_MISSING;

/**
 * Session 20, sig20 item 3 (issue 23, seed 2001 #48): "until 2030" came from what the previous version, newly cited in
 * the list of resolutions recalled, decided ("and 79/211 of 23 December 2024, in which it decided to extend until 2030
 * the promotion of the … Decade"): the edit sets no deadline, and the list growing by the latest is the yearly update.
 * Failed on main at ea01778 (classifier/48): substantive, "date added: 23 December 2024; deadline added (earlier or set):
 * until 2030".
 */
describe('a number in what a resolution newly cited did is not one the edit sets', () => {
  it.skipIf(!available)(`Energy 79/211 → 80/142 PP 1: the previous version recalled with what it decided is routine, no deadline${skipNote}`, async () => {
    const finding = pairAt(await compareInSeries(ENERGY, 'A_RES_79_211.txt', 'A_RES_80_142.txt'), 'PP 1', 'PP 1');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['the previous version cited: 79/211 added, with what it decided']);
    expect(finding.signals.map((signal) => signal.summary)).toEqual(['reference added (routine): resolution 79/211', 'date added (routine): 23 December 2024']);
  });

  const recalled = 'Recalling its resolutions 77/170 of 14 December 2022 and 78/157 of 19 December 2023,';
  it('the deadline in the cited act is left out; one the paragraph sets in its own words keeps its signal', () => {
    const cited = `${recalled.slice(0, -1)}, and 79/211 of 23 December 2024, in which it decided to extend until 2030 the promotion of the Decade,`;
    expect(numberChanges(recalled, cited).map((signal) => signal.summary)).toEqual(['date added: 23 December 2024']);
    const own = 'Decides to promote the Decade of Sustainable Energy for All;';
    expect(numberChanges(own, 'Decides to extend until 2030 the promotion of the Decade of Sustainable Energy for All;').map((signal) => signal.summary)).toEqual(['deadline added (earlier or set): until 2030']);
  });

  it('counter-example: the deadline changed inside an act the older text cites too is still a change', () => {
    const older = 'Recalling its resolution 67/215 of 21 December 2012, in which it decided to declare 2014–2024 the Decade,';
    const newer = 'Recalling its resolution 67/215 of 21 December 2012, in which it decided to declare 2014–2030 the Decade,';
    expect(numberChanges(older, newer).map((signal) => signal.tally)).toEqual(['period changed']);
  });

  /** A yearly pair of texts (79/150 → 80/150) whose older text holds `decision` and whose newer text recalls it in its PP 1. */
  const pair = (decision: string, told: string): [string, string] => {
    const doc = (symbol: string, date: string, pp: string): string =>
      `United Nations\n${symbol}\n\nGeneral Assembly\nDistr.: General\n${date}\n\n${symbol.split('/')[2]}/150. Situation of human rights in Testland\n\nThe General Assembly,\n\n${pp}\n\nGuided by the Charter of the United Nations,\n\n1. Condemns all violations of human rights in Testland;\n\n2. ${decision}\n\n3. Decides to remain seized of the matter.\n`;
    return [doc('A/RES/79/150', '17 December 2024', 'Recalling its resolutions 77/150 of 20 December 2022 and 78/150 of 19 December 2023,'), doc('A/RES/80/150', '15 December 2025', `Recalling its resolutions 77/150 of 20 December 2022, 78/150 of 19 December 2023 and 79/150 of 17 December 2024, in which it decided ${told},`)];
  };
  const recallFinding = async (decision: string, told: string) => {
    const [left, right] = pair(decision, told);
    const modified = (await compareTexts(left, right)).comparisons[0].findings.filter((finding) => finding.kind === 'modified');
    expect(modified).toHaveLength(1);
    return modified[0];
  };

  it('the previous version recalled with a decision its own text took, in its words, is routine', async () => {
    const finding = await recallFinding('Decides to extend until 2030 the mandate of the Special Rapporteur on Testland;', 'to extend until 2030 the mandate of the Special Rapporteur on Testland');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['the previous version cited: 79/150 added, with what it decided']);
  });

  it('counter-example: recalled with a decision its text did not take (another end year) stays substantive', async () => {
    const finding = await recallFinding('Decides to extend until 2028 the mandate of the Special Rapporteur on Testland;', 'to extend until 2030 the mandate of the Special Rapporteur on Testland');
    expect(finding.routine).toBe(false);
  });
});
