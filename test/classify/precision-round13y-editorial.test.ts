import { describe, expect, it } from 'vitest';
import { repeatedWordingReasons } from '../../src/classify/editorial.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, findingAt, isSubstantive, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 13 (Y), redline #19/#23: editorial wording the drafter's seed 701 and the desk officer's digest read as
 * negotiated: a term completed as the title spells it, a stretch moved across a parenthetical or a noun put before its
 * modifier, the resolution that established a named body no longer cited.
 */

const skipNote = available ? '' : SHARED_MISSING;
const reasonsOf = (before: string, after: string, title = ''): string[] | null => repeatedWordingReasons(wordDiff(before, after, 400).parts, before, after, title);

describe('editorial wording, round 13', () => {
  it('reads a term completed as the title spells it, and no other words added', () => {
    const title = 'Agriculture development, food security and nutrition';
    const livestock = 'supports the livelihoods and food security of almost 1.3 billion people';
    // A coordinated completion ("and …") is editorial only where the older document already writes the completed term.
    const olderDocument = [{ text: title }, { text: 'Stressing the importance of food security and nutrition for all,' }];
    expect(repeatedWordingReasons(wordDiff(livestock, livestock.replace('food security', 'food security and nutrition'), 400).parts, livestock, livestock.replace('food security', 'food security and nutrition'), title, olderDocument)).toEqual(['a term made consistent with the title: food security and nutrition']);
    // Counter-case (redline #23): "women {+and girls+}" widens the scope; the title alone, or the older document's title
    // paragraph, does not make it the document's term.
    const violenceTitle = 'Intensification of efforts to eliminate all forms of violence against women and girls';
    const violence = 'Condemns all acts of violence against women in all their forms;';
    const widened = violence.replace('against women', 'against women and girls');
    expect(repeatedWordingReasons(wordDiff(violence, widened, 400).parts, violence, widened, violenceTitle, [{ text: violenceTitle }, { text: violence }])).toBeNull();
    expect(repeatedWordingReasons(wordDiff(violence, widened, 400).parts, violence, widened, violenceTitle)).toBeNull();
    expect(repeatedWordingReasons(wordDiff(violence, widened, 400).parts, violence, widened, violenceTitle, [{ text: 'Recalling its work on violence against women and girls,' }])).toEqual(['a term made consistent with the title: against women and girls']);
    // Counter-cases: words the title does not spell there, and the same words under another title.
    expect(reasonsOf(livestock, livestock.replace('food security', 'food security and trade'), title)).toBeNull();
    expect(reasonsOf(livestock, livestock.replace('food security', 'food security and nutrition'), 'Oceans and the law of the sea')).toBeNull();
  });

  it('reads a stretch moved across a parenthetical, and a noun put before its modifier with "of"', () => {
    const agency = 'Also takes note of the role of the Agency, in its capacity as an observer of the General Assembly in accordance with resolution 66/110, encouraging the Agency to continue to support its members;';
    const moved = 'Also takes note of the role of the Agency, encouraging the Agency, in its capacity as an observer of the General Assembly in accordance with resolution 66/110, to continue to support its members;';
    expect(reasonsOf(agency, moved)).toEqual(['word order: “encouraging the Agency” moved across a stretch set off by commas']);
    // Counter-case: moved across a clause that is no parenthetical (no comma closes it) changes what it qualifies.
    const across = 'urges States to support the Agency and its members in accordance with resolution 66/110 encouraging the Agency to continue;';
    expect(reasonsOf(across, 'urges States, encouraging the Agency, to support the Agency and its members in accordance with resolution 66/110 to continue;')).toBeNull();
    const goal = 'urges developed country Parties to fully deliver on the 100 billion United States dollars per year goal through to 2025';
    expect(reasonsOf(goal, goal.replace('the 100 billion United States dollars per year goal', 'the goal of 100 billion United States dollars per year'))).toEqual([
      'word order: “goal” moved across “100 billion United States dollars per year”, with “of”',
    ]);
    // Counter-case: another noun put in front is a change of words, not of their order.
    expect(reasonsOf(goal, goal.replace('the 100 billion United States dollars per year goal', 'the target of 100 billion United States dollars per year'))).toBeNull();
  });

  it('reads the resolution establishing a named body dropped, not a clause about it', () => {
    const mechanism = 'Calls upon the United Nations to ensure that the Independent Mechanism for Myanmar, as established by the Human Rights Council in its resolution 39/2, is afforded the flexibility that it needs;';
    expect(reasonsOf(mechanism, mechanism.replace(', as established by the Human Rights Council in its resolution 39/2,', ''))).toEqual([
      'the citation establishing a named body dropped: as established by the Human Rights Council in its resolution 39/2',
    ]);
    const clause = mechanism.replace('resolution 39/2,', 'resolution 39/2 and funded from the regular budget,');
    expect(reasonsOf(clause, mechanism.replace(', as established by the Human Rights Council in its resolution 39/2,', ''))).toBeNull();
  });

  it.skipIf(!available)(`real pairs: Agriculture PP 57, Energy PP 20 and OP 2, Climate OP 21, Rohingya OP 15${skipNote}`, async () => {
    const food = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_78_168.txt', 'A_RES_79_227.txt');
    expect(findingAt(food, 'PP 57').editorial).toBe(true);
    const energy = await compareInSeries('ensuring-access-to-affordable-reliable-sustainable-and-moder', 'A_RES_78_157.txt', 'A_RES_79_211.txt');
    expect(findingAt(energy, 'PP 20').reasons).toEqual(['a term made consistent with the title: modern energy for all', 'compound spelling: health care → healthcare']);
    expect(findingAt(energy, 'OP 2').editorial).toBe(true);
    const climate = await compareInSeries('protection-of-global-climate-for-present-and-future-generati', 'A_RES_79_206.txt', 'A_RES_80_138.txt');
    expect(findingAt(climate, 'OP 21').editorial).toBe(true);
    const rohingya = await compareInSeries('situation-of-human-rights-of-rohingya-muslims-and-other-mino', 'A_RES_78_219.txt', 'A_RES_79_182.txt');
    expect(findingAt(rohingya, 'OP 15').editorial).toBe(true);
    // The same resolution's new clauses stay negotiated (Agriculture 78/168 → 79/227 OP 9: "agro-industrial capabilities" added).
    expect(isSubstantive(findingAt(food, 'OP 9'))).toBe(true);
  });
});
