import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { CHEMICAL, CONSUMPTION, LDC, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';

const AMMUNITION = 'through-life-conventional-ammunition-management';
const ROADMAP = 'steps-to-building-a-common-roadmap-towards-a-world-without-n';
import { digestStep } from '../../src/digest/index.js';
import { keyChanges } from '../../src/report/key-changes.js';

/**
 * Session 20 (brief dig20b): a digest line for every negotiated paragraph, and merges and replacements named right
 * (trial 20-a). Each case was reproduced on main (ebf4f46) first; the line it had there is quoted in its comment.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines for every negotiated paragraph (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('Chemical weapons 79/56 → 80/34: each new operative paragraph its own line; the bare chapeau "OP 11: Recalls:" no line and no key change', async () => {
    // On main: `new OP 6 to OP 11 (6 paragraphs), the first: Recognizes that the secretive nature …` (trial 20-a D4).
    const result = await compareInSeries(CHEMICAL, 'A_RES_79_56.txt', 'A_RES_80_34.txt');
    const step = digestStep({ result, report: null });
    const memo = step.memo.map((line) => line.text);
    expect(memo.filter((line) => /^new OP (?:6|7|8|9|10|11)\b/.test(line))).toEqual([
      'new OP 6: Recognizes that the secretive nature of the former regime’s chemical weapons programme continues to pose significant challenges to the Syrian Arab Republic in …',
      'new OP 7: Welcomes the recent positive cooperation by the new Government of the Syrian Arab Republic with the Technical Secretariat of the Organisation for the …',
      'new OP 8: Reiterates the importance of clarifying all outstanding issues related to the initial declaration by the Syrian Arab Republic …',
      'new OP 9: Calls upon States Parties in a position to do so to provide, upon request, appropriate technical assistance and equipment, training …',
      'new OP 10: Welcomes decision EC-110/DEC.1 of the Executive Council, entitled “Expedited on-site Destruction of any remnants of chemical weapons in the Syrian Arab …',
    ]);
    expect(memo.some((line) => line.includes('the first:'))).toBe(false);
    expect(step.lines.some((line) => line.place === 'OP 11')).toBe(false);
    const [left, right] = result.documents;
    expect(keyChanges(result.comparisons[0], left.paragraphs, right.paragraphs).some(({ line }) => line.place === 'OP 11')).toBe(false);
  }, 60_000);

  it('Ammunition 79/54 → 80/43 OP 6 → PP 2: a decision to convene replaced by a new welcoming recital is named replaced, not moved', async () => {
    // On main: `Routine: moved to the preamble — OP 6 → PP 2` (similarity 0.22: "Decides to convene the preparatory meeting"
    // against "Welcoming the successful convening … and its report …, and the recommendations contained therein"; trial 20-a D8).
    const step = digestStep({ result: await compareInSeries(AMMUNITION, 'A_RES_79_54.txt', 'A_RES_80_43.txt'), report: null });
    expect(step.routineNotes).toEqual([{ what: 'replaced by a new preambular paragraph', places: ['OP 6 → PP 2'], of: 'A/RES/79/54', into: 'A/RES/80/43' }]);
  }, 60_000);

  it('Sustainable consumption 79/202 → 80/135 OP 6 → PP 25: the same words as a recital stay "moved to the preamble"', async () => {
    const step = digestStep({ result: await compareInSeries(CONSUMPTION, 'A_RES_79_202.txt', 'A_RES_80_135.txt'), report: null });
    expect(step.routineNotes?.find((note) => note.places.includes('OP 6 → PP 25'))?.what).toBe('moved to the preamble');
  }, 60_000);

  it('Steps roadmap 79/41 → 80/48 PP 8: a figure the quote cut off is said with its phrase', async () => {
    // On main: `… adds “which has purportedly been suspended unilaterally, and calling for good-faith negotiations on a
    // future nuclear arms …” — figure added: three` (trial 20-a D9).
    const line = lineAt(linesOf(await compareInSeries(ROADMAP, 'A_RES_79_41.txt', 'A_RES_80_48.txt')), 'PP 8');
    expect(line.signals).toEqual(['figure added: “the three States with the largest nuclear arsenals”']);
  }, 60_000);

  it('Chemical weapons 79/56 PP 4 → 80/34 PP 5: the Convention\'s full title, now given in new PP 4, shortened to "the Convention" is editorial, no line', async () => {
    // On main: `PP 4 → PP 5: drops “on the Prohibition of the Development, … and on Their Destruction” — footnote 1 removed: …`
    // (trial 20-a D5); the word diff took "and" into both sides, so the name rule did not see a pure deletion.
    const result = await compareInSeries(CHEMICAL, 'A_RES_79_56.txt', 'A_RES_80_34.txt');
    const finding = result.comparisons[0].findings.find((candidate) => candidate.right.some((index) => result.documents[1].paragraphs[index].label === 'PP 5'));
    expect(finding?.editorial).toBe(true);
    expect(finding?.reasons).toEqual(['name shortened to its defined term: the Convention on the Prohibition of the Development Production Stockpiling and Use of Chemical Weapons and on Their Destruction']);
    expect(digestStep({ result, report: null }).lines.some((line) => line.place === 'PP 4 → PP 5')).toBe(false);
  }, 60_000);

  it('LDC follow-up 79/218 → 80/150: a run of 35 new operative paragraphs is one line of each one\'s opening words, not the first alone', async () => {
    // On main: `new OP 59 to OP 81 (35 paragraphs), the first: Decides that the comprehensive high-level midterm review:`.
    const step = digestStep({ result: await compareInSeries(LDC, 'A_RES_79_218.txt', 'A_RES_80_150.txt'), report: null });
    const line = step.memo.find((entry) => entry.text.startsWith('new OP 59 to OP 81'));
    expect(line?.text.startsWith('new OP 59 to OP 81 (35 paragraphs): OP 59 Decides that the comprehensive high-level midterm review; OP 59 (a) Shall be held in Doha, State of …; OP 59 (b) Shall be held at the highest possible …;')).toBe(true);
    expect(line?.text.split('; ')).toHaveLength(35);
  }, 60_000);
});
