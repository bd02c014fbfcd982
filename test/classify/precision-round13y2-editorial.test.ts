import { describe, expect, it } from 'vitest';
import { repeatedWordingReasons } from '../../src/classify/editorial.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, findingAt, isSubstantive, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 13 (Y2), redline #19/#23: how a citation or a name is written, read as editorial (Climate 79/206 →
 * 80/138, Least developed countries 79/218 → 80/150): an acronym written out, a footnote mark glued to a word whose case
 * changed, articles cited otherwise, the Parties "of" or "to" a convention, a report cited by its author, "also" for
 * "further" on a clause's participle.
 */

const skipNote = available ? '' : SHARED_MISSING;
const reasonsOf = (before: string, after: string): string[] | null => repeatedWordingReasons(wordDiff(before, after, 400).parts, before, after, '');

describe('how a citation or a name is written', () => {
  it('reads an acronym written out, and not another name', () => {
    const uae = 'the goal on adaptation, the UAE Framework for Global Climate Resilience';
    expect(reasonsOf(uae, uae.replace('UAE', 'United Arab Emirates'))).toEqual(['acronym written out: UAE → United Arab Emirates']);
    expect(reasonsOf(uae, uae.replace('UAE', 'United Kingdom'))).toBeNull();
  });

  it('reads a footnote mark glued to a word whose case changed, and not a word with its number', () => {
    const urged = 'welcomes that the parties 20 urged developed country Parties to urgently';
    expect(reasonsOf(urged, urged.replace('parties 20', 'Parties'))).toEqual(['case: parties → Parties; a footnote mark left by the text layer: 20']);
    // A name with its number ("Goal 14") is no footnote mark.
    const goal = 'the implementation of Goal 14 and of the goals';
    expect(reasonsOf(goal, goal.replace('Goal 14', 'goal'))).toBeNull();
  });

  it('reads articles cited otherwise with the same numbers, and not another article', () => {
    const recalls = 'Recalls articles 2, 4 and 9, paragraphs 1–4, of the Paris Agreement';
    expect(reasonsOf(recalls, recalls.replace('articles 2, 4 and 9, paragraphs 1–4', 'article 2, article 4 and article 9, paragraphs 1 to 4'))).toEqual([
      "a citation's articles written otherwise: articles 2, 4 and 9, paragraphs 1–4 → article 2, article 4 and article 9, paragraphs 1 to 4",
    ]);
    expect(reasonsOf(recalls, recalls.replace('articles 2, 4 and 9, paragraphs 1–4', 'article 2, article 4 and article 6, paragraphs 1 to 4'))).toBeNull();
  });

  it('reads the Parties to a convention, a report by its author and a clause\'s adverb, and not their look-alikes', () => {
    const parties = 'Recalling the initiative of the Conference of the Parties of the Convention on Biological Diversity';
    expect(reasonsOf(parties, parties.replace('Parties of the', 'Parties to the'))).toEqual(['the Parties of → to the instrument']);
    // "of" for "to" after another noun says whose, not which instrument's parties.
    const envoy = 'the initiative of the Special Envoy of the Secretary-General';
    expect(reasonsOf(envoy, envoy.replace('Envoy of the', 'Envoy to the'))).toBeNull();
    const report = 'the recommendations contained in report A/79/288, aimed at accelerating action';
    expect(reasonsOf(report, report.replace('report A/79/288', 'report of the Secretary-General'))).toEqual(['a report cited by its author, not its symbol: A/79/288 → of the Secretary-General']);
    expect(reasonsOf(report, report.replace('report A/79/288', 'report of the Secretary-General and its annex'))).toBeNull();
    const noting = 'and noting also the contributions of the Organization';
    expect(reasonsOf(noting, noting.replace('noting also', 'noting further'))).toEqual(['sequencing adverb of a clause: also → further']);
    // "to also strengthen" → "to further strengthen" asks for more, not the same.
    const strengthen = 'calls upon States to also strengthen cooperation';
    expect(reasonsOf(strengthen, strengthen.replace('also', 'further'))).toBeNull();
  });

  it.skipIf(!available)(`real pairs: Climate 79/206 → 80/138 PP 21, PP 30, OP 19, OP 24; Least developed countries 79/218 → 80/150 OP 21, OP 25${skipNote}`, async () => {
    const climate = await compareInSeries('protection-of-global-climate-for-present-and-future-generati', 'A_RES_79_206.txt', 'A_RES_80_138.txt');
    for (const label of ['PP 21', 'OP 19', 'OP 24']) expect([label, findingAt(climate, label).editorial]).toEqual([label, true]);
    expect(findingAt(climate, 'PP 30').routine || findingAt(climate, 'PP 30').editorial).toBe(true);
    // The same pair's new wording stays negotiated (OP 1: "leading to glacial lake outburst floods" added).
    expect(isSubstantive(findingAt(climate, 'OP 1'))).toBe(true);
    const ldc = await compareInSeries('follow-up-to-the-fifth-united-nations-conference-on-the-leas', 'A_RES_79_218.txt', 'A_RES_80_150.txt');
    expect(findingAt(ldc, 'OP 21').editorial).toBe(true);
    expect(findingAt(ldc, 'OP 25').editorial).toBe(true);
    // "empowerment of {+all +}women" stays negotiated.
    expect(isSubstantive(findingAt(ldc, 'OP 35'))).toBe(true);
  });
});
