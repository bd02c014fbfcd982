import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { statisticsRefreshedReasons } from '../../src/classify/statistics.js';
import { routineReasons } from '../../src/classify/routine.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { UN_SERIES as SERIES, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 7 (issue 23): a paragraph that reports a state of the world in figures, refreshed with the latest
 * estimates even when the sentence is rewritten around them, is routine; a stance, a group or a target brought in with
 * the figures stays negotiated.
 */

function findingAt(result: RedlineResult, label: string): Finding {
  const [, right] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.right.length === 1 && right.paragraphs[candidate.right[0]].label === label);
  if (!finding) throw new Error(`no finding at ${label}`);
  return finding;
}

const HUNGER_BEFORE =
  'Noting with concern that, according to the most recent estimates, between 691 million and 783 million people faced hunger in 2022, and that more than 3.1 billion people were unable to afford a healthy diet in 2021,';
const HUNGER_AFTER =
  'Noting with concern that, according to the most recent estimates, between 713 million and 757 million people may have faced hunger in 2023, and that about 2.8 billion people were unable to afford a healthy diet in 2022,';

describe('statisticsRefreshedReasons (no data needed)', () => {
  it('reads figures, their years and the words that carry them refreshed in a paragraph that notes', () => {
    expect(statisticsRefreshedReasons(HUNGER_BEFORE, HUNGER_AFTER)).toEqual(['statistics refreshed, the sentence carrying them rewritten: 691 → 713, 783 → 757, 2022 → 2023']);
    expect(routineReasons(HUNGER_BEFORE, HUNGER_AFTER)).toEqual(['statistics refreshed, the sentence carrying them rewritten: 691 → 713, 783 → 757, 2022 → 2023']);
  });

  it('keeps negotiated a new concern, a new group, a target or a call brought in with the figures', () => {
    const concern = HUNGER_AFTER.replace('may have faced hunger in 2023', 'faced hunger in 2023, an alarming rise of concern');
    expect(statisticsRefreshedReasons(HUNGER_BEFORE, concern)).toBeNull();
    const group = HUNGER_AFTER.replace('757 million people', '757 million people, in particular women and girls,');
    expect(statisticsRefreshedReasons(HUNGER_BEFORE, group)).toBeNull();
    const target = HUNGER_AFTER.replace('in 2022,', 'in 2022, to be halved by 2030,');
    expect(statisticsRefreshedReasons(HUNGER_BEFORE, target)).toBeNull();
    expect(routineReasons(HUNGER_BEFORE, target)).toEqual([]);
  });

  it('reads nothing in a paragraph that decides or asks, or whose edits carry no figure', () => {
    const requests = (text: string): string => text.replace('Noting with concern that, according to the most recent estimates,', 'Requests the Secretary-General to report on the fact that');
    expect(statisticsRefreshedReasons(requests(HUNGER_BEFORE), requests(HUNGER_AFTER))).toBeNull();
    const reworded = HUNGER_AFTER.replace('unable to afford a healthy diet', 'deprived of their right to adequate food and nutrition');
    expect(statisticsRefreshedReasons(HUNGER_BEFORE, reworded)).toBeNull();
  });
});

describe.skipIf(!available)(`statistics refreshed on real pairs${available ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('A/RES/78/168 → 79/227 PP 43 → PP 44 and PP 62: the hunger figures of the next year are routine', async () => {
    const result = await compare(join(SERIES, 'agriculture-development-food-security-and-nutrition', 'A_RES_78_168.txt'), join(SERIES, 'agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt'));
    const pp44 = findingAt(result, 'PP 44');
    expect(pp44).toMatchObject({ kind: 'modified', routine: true, editorial: false });
    expect(pp44.reasons).toEqual(['statistics refreshed, the sentence carrying them rewritten: 691 → 713, 783 → 757, 2022, 735 million … → 2023, 1 …']);
    expect(findingAt(result, 'PP 62').reasons).toEqual(['statistics refreshed, the sentence carrying them rewritten: 691 → 713, 783 → 757, 2022 → 2023']);
  });

  it('A/RES/78/164 → 79/221 OP 19 → OP 18: the school-closure figures rewritten around the new estimate are routine', async () => {
    const folder = 'implementation-of-the-third-united-nations-decade-for-the-er';
    const result = await compare(join(SERIES, folder, 'A_RES_78_164.txt'), join(SERIES, folder, 'A_RES_79_221.txt'));
    expect(findingAt(result, 'OP 18')).toMatchObject({ kind: 'modified', routine: true, reasons: ['statistics refreshed, the sentence carrying them rewritten: 1.5 → 1.6, 500 → 249, 24 million → 6, 18 …'] });
  });

  it('A/RES/79/221 → 80/153 OP 6: a new measure of poverty added beside the refreshed count stays negotiated and is named', async () => {
    const folder = 'implementation-of-the-third-united-nations-decade-for-the-er';
    const result = await compare(join(SERIES, folder, 'A_RES_79_221.txt'), join(SERIES, folder, 'A_RES_80_153.txt'));
    const op6 = findingAt(result, 'OP 6');
    expect(op6).toMatchObject({ kind: 'modified', routine: false, editorial: false });
    // The count refreshed beside it is routine, and the finding names the one real change: the new measure.
    expect(op6.reasons).toEqual(['statistics refreshed: 110 → 109']);
    expect(op6.change?.after).toContain('46 per cent of the world’s population living in poverty at the middle-income country standard');
  });

  it('A/RES/79/182 → 80/221 PP 45 → PP 51: "more than 600,000" → "the remaining" is routine', async () => {
    const folder = 'situation-of-human-rights-of-rohingya-muslims-and-other-mino';
    const result = await compare(join(SERIES, folder, 'A_RES_79_182.txt'), join(SERIES, folder, 'A_RES_80_221.txt'));
    expect(findingAt(result, 'PP 51')).toMatchObject({ kind: 'modified', routine: true, reasons: ['statistics refreshed, the sentence carrying them rewritten: 600,000 → ∅'] });
  });
});
