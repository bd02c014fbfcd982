import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { isAgedOpening, routineReasons } from '../../src/classify/routine.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Precision round 4 (issue 23): the yearly life of a resolution and editorial wording no earlier rule knew, each rule
 * read on a real pair of the UN series where a drafter's reading found the finding false.
 */
const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
const available = HAS_SHARED && existsSync(SERIES);

/** The finding whose newer paragraph carries the UN label `label`, with both texts. */
function findingAt(result: RedlineResult, label: string): { finding: Finding; before: string; after: string } {
  const [left, right] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.right.length === 1 && candidate.right.every((index) => right.paragraphs[index].label === label));
  if (!finding) throw new Error(`no finding at ${label}`);
  return { finding, before: finding.left.map((index) => left.paragraphs[index].text).join(' '), after: finding.right.map((index) => right.paragraphs[index].text).join(' ') };
}

async function pair(series: string, older: string, newer: string): Promise<RedlineResult> {
  return compare(join(SERIES, series, older), join(SERIES, series, newer));
}

describe.skipIf(!available)(`real pairs (${available ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  let rightToDevelopment: RedlineResult;
  let rohingya: RedlineResult;
  beforeAll(async () => {
    rightToDevelopment = await pair('the-right-to-development', 'A_RES_78_203.txt', 'A_RES_79_170.txt');
    rohingya = await pair('situation-of-human-rights-of-rohingya-muslims-and-other-mino', 'A_RES_79_182.txt', 'A_RES_80_221.txt');
  });

  it('a recorded event at its latest edition, more than one on, is routine: "the Working Group on its twenty-second and twenty-third sessions" → "twenty-fourth and twenty-fifth"', () => {
    const { finding } = findingAt(rightToDevelopment, 'OP 6');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['a recorded event moved on: twenty-second and twenty-third sessions → twenty-fourth and twenty-fifth sessions']);
  });

  it('a fact aged into the past tense is routine: the COVID-19 pandemic "is" → "was" one of the greatest global challenges', () => {
    const { finding } = findingAt(rightToDevelopment, 'PP 27');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['a fact aged, its tense: is → was']);
  });

  it('a term completed to the form of the title is editorial: "Rohingya {+Muslims+}" in the resolution on Rohingya Muslims', () => {
    const { finding } = findingAt(rohingya, 'PP 69');
    expect(finding.editorial).toBe(true);
    expect(finding.reasons).toEqual(['a term made consistent with the title: Rohingya Muslims']);
  });

  it('statistics refreshed without a year in the text, in a paragraph that states facts, are routine (energy access, 78/157 → 79/211 PP 17)', async () => {
    const { finding } = findingAt(await pair('ensuring-access-to-affordable-reliable-sustainable-and-moder', 'A_RES_78_157.txt', 'A_RES_79_211.txt'), 'PP 17');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['statistics refreshed: 2.3 billion → 2.1 billion, 675 million → 685 million']);
  });

  it('amounts of money never are statistics: an appropriation changed stays substantive (residual mechanism 78/249 → 79/255)', async () => {
    const result = await pair('financing-of-the-international-residual-mechanism-for-crimin', 'A_RES_78_249.txt', 'A_RES_79_255.txt');
    const { finding } = findingAt(result, 'OP 21 (a)');
    expect(finding.routine).toBe(false);
    expect(finding.editorial).toBe(false);
  });

  it('grammar words alone are editorial: "[-the -]Committee[-’s-] questionnaires" and "Alternate" capitalized (79/85 → 80/75 OP 13)', async () => {
    const { finding } = findingAt(await pair('effects-of-atomic-radiation', 'A_RES_79_85.txt', 'A_RES_80_75.txt'), 'OP 13');
    expect(finding.editorial).toBe(true);
    expect(finding.reasons).toEqual(['case: alternate → Alternate', 'grammar word: the → ∅', 'a possessive made a modifier: ’s dropped']);
  });

  it('a chapter renumbered before its unchanged heading is editorial: "XV" → "XIV" Coordination and cooperation (oceans 78/69 → 79/144)', async () => {
    const result = await pair('oceans-and-the-law-of-the-sea', 'A_RES_78_69.txt', 'A_RES_79_144.txt');
    const [, right] = result.documents;
    const finding = result.comparisons[0].findings.find((candidate) => candidate.kind === 'modified' && candidate.right.some((index) => right.paragraphs[index].text === 'XIV Coordination and cooperation'));
    expect(finding?.editorial).toBe(true);
    expect(finding?.reasons).toEqual(['a section renumbered before its unchanged heading: XV → XIV']);
  });
});

describe.skipIf(!available)(`the event moving on in a digest line (${available ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('no tone on "Also decides to establish" → "Welcomes the convening … of the organizational session" of the same committee (tax cooperation 79/235 → 80/128 OP 1)', async () => {
    const result = await pair('promotion-of-inclusive-and-effective-international-tax-coope', 'A_RES_79_235.txt', 'A_RES_80_128.txt');
    const { finding, before, after } = findingAt(result, 'OP 1');
    expect(before.startsWith('Also decides to establish')).toBe(true);
    expect(isAgedOpening(before, after)).toBe(true);
    const commitment = finding.signals.filter((signal) => signal.type === 'commitment');
    expect(commitment.map((signal) => signal.summary)).toEqual(['commitment weakened: decide → welcome (routine)']);
  });

  it('a decision to convene one meeting and the welcome of another is no event step', () => {
    expect(isAgedOpening('Decides to establish an intergovernmental negotiating committee on tax cooperation;', 'Welcomes the convening of the high-level meeting on sea level rise;')).toBe(false);
  });
});

describe('rules on plain strings', () => {
  it('a later edition asked for in a paragraph that decides or requests stays substantive (a report two sessions on is negotiated)', () => {
    expect(routineReasons('Requests the Secretary-General to report at its eightieth session;', 'Requests the Secretary-General to report at its eighty-second session;')).toEqual([]);
    expect(routineReasons('Takes note of the report of the Working Group on its twenty-second session;', 'Takes note of the report of the Working Group on its twenty-fourth session;')).toEqual([
      'a recorded event moved on: twenty-second session → twenty-fourth session',
    ]);
  });

  it('a statement moved into the present is not a fact aged', () => {
    expect(routineReasons('Recognizing that the pandemic was one of the greatest challenges,', 'Recognizing that the pandemic is one of the greatest challenges,')).toEqual([]);
  });

  it('a meeting decided a year ago, welcomed as convened, is routine; a new one welcomed is not', () => {
    expect(routineReasons('Decides to convene a high-level meeting on antimicrobial resistance in 2024;', 'Welcomes the convening of a high-level meeting on antimicrobial resistance in 2024;')).toEqual([
      'verb aged with the event: Decides to convene → Welcomes the convening of',
    ]);
    expect(routineReasons('Decides to convene a high-level meeting on antimicrobial resistance in 2024;', 'Welcomes the convening of a high-level meeting on sea level rise in 2024;')).toEqual([]);
  });
});
