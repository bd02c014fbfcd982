import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import type { Finding } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { TAX, UN_SERIES_AVAILABLE as available, compareInSeries, isSubstantive, pairAt, paragraphs } from '../helpers/un-series.js';

const skipNote = available ? '' : SHARED_MISSING;

/**
 * Session 19, verbs19 (trial 19-a defect 1): "through capacity-building{+ activities+}" adds a head noun that means
 * nothing more than the activity already named (`same-meaning.ts`); with the case edit beside it the paragraph is
 * editorial, each reason shown. Counter-examples keep the shape where it changes the meaning: a noun that names an
 * instrument ("measures"), "activities" tied to an owner ("of the Office"), "activities" after a noun that is no activity.
 */

/** The one modified finding of a newer text that rewrites one operative paragraph of the older. */
async function modifiedOf(older: string, newer: string): Promise<Finding> {
  const findings = (await compareTexts(`The General Assembly,\n\n1. ${older}\n`, `The General Assembly,\n\n1. ${newer}\n`)).comparisons[0].findings.filter((finding) => finding.kind === 'modified');
  expect(findings).toHaveLength(1);
  return findings[0];
}

describe('verbs19: a head noun of no meaning added to an activity', () => {
  it.skipIf(!available)(`Tax cooperation 79/235 → 80/128 OP 13 → OP 4: "through capacity-building{+ activities+}" and "framework convention → Framework Convention": editorial, both reasons shown${skipNote}`, async () => {
    const result = await compareInSeries(TAX, 'A_RES_79_235.txt', 'A_RES_80_128.txt');
    expect(pairAt(result, 'OP 13', 'OP 4')).toMatchObject({
      kind: 'modified',
      editorial: true,
      reasons: ['case: framework convention → Framework Convention', 'same meaning: an activity named with or without “activities” or “efforts” (∅ → activities)'],
    });
    const [older, newer] = paragraphs(result, 'OP 13', 'OP 4');
    // Taken out the other way: the same.
    expect((await modifiedOf(newer, older)).editorial).toBe(true);
    // Counter-examples: "measures" names an instrument; "activities of the Office" names whose; "travel activities" (no activity noun before).
    expect(isSubstantive(await modifiedOf(older, older.replace('through capacity-building;', 'through capacity-building measures;')))).toBe(true);
    expect(isSubstantive(await modifiedOf(older, older.replace('through capacity-building;', 'through capacity-building activities of the Office;')))).toBe(true);
    expect(isSubstantive(await modifiedOf(older, older.replace('covering travel and', 'covering travel activities and')))).toBe(true);
  });

  it('"training {+efforts+}" at a list\'s comma is the same; "efforts" put before another noun is not this rule', async () => {
    const older = 'Encourages Member States to support training, research and outreach;';
    expect(await modifiedOf(older, 'Encourages Member States to support training efforts, research and outreach;')).toMatchObject({ editorial: true, reasons: ['same meaning: an activity named with or without “activities” or “efforts” (∅ → efforts)'] });
    expect(isSubstantive(await modifiedOf(older, 'Encourages Member States to support training efforts funded by donors, research and outreach;'))).toBe(true);
  });
});
