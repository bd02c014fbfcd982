import { describe, expect, it } from 'vitest';
import { cycleReasons, documentTermReasons } from '../../src/classify/yearly.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, findingAt, isSubstantive, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 13 (Y2), redline #19/#23: a term spelt as the document's other paragraphs spell it ("radiation" →
 * "ionizing radiation", "radiation exposure" → "exposure to ionizing radiation"), alone (editorial) or beside a
 * sequencing adverb on the opening (routine, both said).
 */

const skipNote = available ? '' : SHARED_MISSING;

/** A document that writes "ionizing radiation" as its fixed term, and "sustainable" of several things. */
const olderDocument = [
  'Recalling the observed levels of exposure to ionizing radiation and the effects of ionizing radiation,',
  // "radiation" never alone (only in "radiation exposure"): a bare "the risks of radiation" here would keep it negotiated.
  'Noting the sources of ionizing radiation and the risks of radiation exposure,',
  'Stressing sustainable development, sustainable consumption and sustainable energy,',
];
const newerDocument = [...olderDocument, 'Notes the ionizing radiation exposure of patients and sustainable development;'];

describe('a term as the document spells it', () => {
  it('keeps a modifier negotiated where the older document also writes the bare noun alone (redline #23)', () => {
    // "conflict" alone elsewhere: the document speaks of conflict in general, and "armed" narrows the paragraph.
    const conflictOlder = [
      'Condemning violations committed in situations of armed conflict, armed conflict having grave effects,',
      'Recalling that armed conflict affects women,',
      'Stressing the prevention of conflict and the role of women in peacebuilding,',
      'Protects children in situations of conflict;',
    ];
    const conflictNewer = [...conflictOlder.slice(0, 3), 'Protects children in situations of armed conflict;'];
    expect(documentTermReasons(conflictOlder[3], conflictNewer[3], conflictOlder, conflictNewer)).toBeNull();
    // The same documents without the bare noun elsewhere: the document's term.
    const fixedOlder = [conflictOlder[0], conflictOlder[1], 'Stressing the role of women in peacebuilding,', conflictOlder[3]];
    expect(documentTermReasons(fixedOlder[3], conflictNewer[3], fixedOlder, [...fixedOlder.slice(0, 3), conflictNewer[3]])).toEqual({
      routine: false,
      reasons: ['a term as the document spells it: conflict → armed conflict'],
    });
  });

  it('reads a fixed term\'s modifier added, and the noun put after with "to", as editorial', () => {
    expect(documentTermReasons('accidents involving radiation exposure,', 'accidents involving ionizing radiation exposure,', olderDocument, newerDocument)).toEqual({
      routine: false,
      reasons: ['a term as the document spells it: radiation → ionizing radiation'],
    });
    expect(documentTermReasons('the risks of radiation exposure from various sources;', 'the risks of exposure to ionizing radiation from various sources;', olderDocument, newerDocument)).toEqual({
      routine: false,
      reasons: ['a term as the document spells it: radiation exposure → exposure to ionizing radiation'],
    });
  });

  it('says both where a sequencing adverb on the opening goes beside it', () => {
    expect(documentTermReasons('Also notes the data on radiation exposure aimed at', 'Notes the data on exposure to ionizing radiation aimed at', olderDocument, newerDocument)).toEqual({
      routine: true,
      reasons: ['sequencing adverb: also → ∅; beside it, editorial: a term as the document spells it: radiation exposure → exposure to ionizing radiation'],
    });
  });

  it('keeps a modifier the documents use of other things, a coordination, another word or the adverb alone as they were', () => {
    // "sustainable" qualifies development, consumption and energy: no fixed term's.
    expect(documentTermReasons('to promote development;', 'to promote sustainable development;', olderDocument, newerDocument)).toBeNull();
    // "women {+and girls+}": a group added, never a term spelt out.
    const women = ['empowerment of women and girls', 'women and girls', 'all women and girls'];
    expect(documentTermReasons('the empowerment of women;', 'the empowerment of women and girls;', women, women)).toBeNull();
    // The same shape with another word changed beside it ("[-public-]{+medical+} exposure").
    expect(documentTermReasons('a survey on public exposure and on radiation risks', 'a survey on medical exposure and on ionizing radiation risks', olderDocument, newerDocument)).toBeNull();
    // Only the adverb: the succession rules' business, not a term's.
    expect(documentTermReasons('Also notes the data;', 'Notes the data;', olderDocument, newerDocument)).toBeNull();
  });

  it('reads the yearly cycle past a footnote mark glued to a year, and not a count after a year', () => {
    const day = 'Notes with satisfaction the sixteenth observance by the United Nations of World Oceans Day, in 2024,168 recognizes with appreciation';
    const next = 'Notes with satisfaction the seventeenth observance by the United Nations of World Oceans Day, in 2025,172 recognizes with appreciation';
    expect(cycleReasons(day, next)).toEqual([
      'yearly cycle: ordinals, sessions, years and dates one cycle on: sixteenth → seventeenth; 2024 → 2025; a footnote mark glued to a year by the text layer: 168 → 172',
    ]);
    // A count written after the year's comma, with its space, is a figure of the text.
    expect(cycleReasons(day.replace('2024,168', '2024, 168 States'), next.replace('2025,172', '2025, 172 States'))).toBeNull();
  });

  it.skipIf(!available)(`real pair: Oceans 79/144 → 80/110 OP 355, the yearly cycle past a glued footnote mark${skipNote}`, async () => {
    const oceans = await compareInSeries('oceans-and-the-law-of-the-sea', 'A_RES_79_144.txt', 'A_RES_80_110.txt');
    expect(findingAt(oceans, 'OP 355').routine).toBe(true);
    // The same pair's new clause stays negotiated (OP 343: "including their engagement in regional seas conventions").
    expect(isSubstantive(findingAt(oceans, 'OP 343'))).toBe(true);
  });

  it.skipIf(!available)(`real pairs: Effects of atomic radiation 78/71 → 79/85 PP 4, PP 15, OP 6, OP 18, 79/85 → 80/75 PP 2${skipNote}`, async () => {
    const first = await compareInSeries('effects-of-atomic-radiation', 'A_RES_78_71.txt', 'A_RES_79_85.txt');
    expect(findingAt(first, 'PP 4').editorial).toBe(true);
    expect(findingAt(first, 'PP 4').reasons).toEqual(['a term as the document spells it: radiation → ionizing radiation']);
    expect(findingAt(first, 'OP 18').editorial).toBe(true);
    // "Recognizing {+also +}the importance … of [-radiation -]exposure{+ to ionizing radiation+}": both said.
    expect(findingAt(first, 'PP 15').routine).toBe(true);
    expect(findingAt(first, 'OP 6').reasons).toEqual([
      'sequencing adverb: also → ∅; beside it, editorial: a term as the document spells it: radiation exposure → exposure to ionizing radiation; a term as the document spells it: radiation → ionizing radiation',
    ]);
    // Counter-case of the same pair: "the {+planned +}global survey on [-public-]{+medical+} exposure" stays negotiated.
    expect(isSubstantive(findingAt(first, 'OP 20'))).toBe(true);
    const second = await compareInSeries('effects-of-atomic-radiation', 'A_RES_79_85.txt', 'A_RES_80_75.txt');
    expect(findingAt(second, 'PP 2').editorial).toBe(true);
    // "[-atomic-]{+ionizing+} radiation" beside words added for a new audience stays negotiated.
    expect(isSubstantive(findingAt(second, 'PP 9'))).toBe(true);
  });
});
