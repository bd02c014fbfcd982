import { describe, expect, it } from 'vitest';
import { repeatedWordingReasons } from '../../src/classify/editorial.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { isEditorialPiece } from '../../src/digest/editorial-piece.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, findingAt, isSubstantive, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 13 (Y3), redline #19/#23: a verb's form only (Effects of atomic radiation 79/85 → 80/75 OP 20:
 * "continue using" → "continue to use"), and a report's year moved from before its title to after it (Climate 79/206 →
 * 80/138 PP 11: "the 2024 Global Assessment Report …" → "the Global Assessment Report … 2024", beside "welcomes" →
 * "welcoming"), read as editorial.
 */

const skipNote = available ? '' : SHARED_MISSING;
const reasonsOf = (before: string, after: string): string[] | null => repeatedWordingReasons(wordDiff(before, after, 400).parts, before, after, '');

describe('a verb as a gerund or an infinitive', () => {
  it('reads "continue using" → "continue to use" as editorial, and not another verb or a verb whose sense turns on the form', () => {
    const using = 'Encourages the relevant agencies to continue using the evaluations of the Committee';
    expect(reasonsOf(using, using.replace('continue using', 'continue to use'))).toEqual(['the same verb as a gerund or an infinitive: using → to use']);
    expect(reasonsOf(using.replace('continue using', 'continue to use'), using)).toEqual(['the same verb as a gerund or an infinitive: to use → using']);
    // Another verb is another request.
    expect(reasonsOf(using, using.replace('continue using', 'continue to apply'))).toBeNull();
    // "stop using" (no longer use) is not "stop to use" (pause in order to use).
    const stop = 'Encourages the relevant agencies to stop using the evaluations of the Committee';
    expect(reasonsOf(stop, stop.replace('stop using', 'stop to use'))).toBeNull();
  });

  it('leaves the piece out of a negotiated line as editorial, not the other rewording beside it', () => {
    expect(isEditorialPiece('using ', 'to use ', 'international bodies, to continue ', 'the Scientific Committee’s evaluations ')).toBe(true);
    expect(isEditorialPiece('for providing ', 'as ', 'the Scientific Committee’s evaluations ', 'the scientific basis')).toBe(false);
  });
});

describe("a title's year moved", () => {
  const findings = 'reaffirming the importance of coherence, and the findings of the 2024 Global Assessment Report on Disaster Risk Reduction, and recognizing that efforts';
  it('reads the same year moved after the title, and not another year or a word put in beside it', () => {
    const moved = 'reaffirming the importance of coherence, and the findings of the Global Assessment Report on Disaster Risk Reduction 2024, recognizing that efforts';
    expect(reasonsOf(findings, moved)).toEqual([
      "a title's year moved: 2024 Global Assessment Report on Disaster Risk Reduction → Global Assessment Report on Disaster Risk Reduction 2024",
    ]);
    // Another edition of the report is not the same citation.
    expect(reasonsOf(findings, moved.replace('Reduction 2024', 'Reduction 2025'))).toBeNull();
    // A word put in with the year is more than its place.
    expect(reasonsOf(findings, moved.replace('2024, recognizing', '2024, and notably recognizing'))).toBeNull();
  });
});

describe('real pairs', () => {
  it.skipIf(!available)(`Effects of atomic radiation 79/85 → 80/75 OP 20, Climate 79/206 → 80/138 PP 11${skipNote}`, async () => {
    const radiation = await compareInSeries('effects-of-atomic-radiation', 'A_RES_79_85.txt', 'A_RES_80_75.txt');
    // "for providing → as" beside it: the finding stays negotiated, the verb's form is only its editorial piece.
    const op20 = findingAt(radiation, 'OP 20');
    expect(isSubstantive(op20)).toBe(true);
    const climate = await compareInSeries('protection-of-global-climate-for-present-and-future-generati', 'A_RES_79_206.txt', 'A_RES_80_138.txt');
    const pp11 = findingAt(climate, 'PP 11');
    expect(pp11.editorial).toBe(true);
    expect(pp11.reasons).toContain(
      "a title's year moved: 2024 Global Assessment Report on Disaster Risk Reduction → Global Assessment Report on Disaster Risk Reduction 2024",
    );
    // The same pair's new wording stays negotiated (OP 1: "leading to glacial lake outburst floods" added).
    expect(isSubstantive(findingAt(climate, 'OP 1'))).toBe(true);
  });
});
