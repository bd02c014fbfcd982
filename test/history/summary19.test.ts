import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import type { HistoryResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
if (!HAS_SHARED) console.warn(`Skipping the history key-change ranking tests (trial 19a D8): ${SHARED_MISSING}`);

function versionsOf(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => join(folder, name));
}

// Trial 19a D8: the step's news (new paragraphs, reinstatements) fell under "and 5 more" behind dropped paragraphs.
describe.skipIf(!HAS_SHARED)('history key changes put the newer text\'s news first (trial 19a D8)', () => {
  let tax: HistoryResult;
  let crime: HistoryResult;
  beforeAll(async () => {
    tax = await compareVersions(versionsOf(join(SERIES, 'promotion-of-inclusive-and-effective-international-tax-coope')));
    crime = await compareVersions(versionsOf(join(SERIES, 'criminal-accountability-of-united-nations-officials-and-expe')));
  });

  it('tax cooperation 79/235 → 80/128: the two new operative paragraphs and the new concern before the dropped modalities', () => {
    const step = tax.history.summary[1];
    // 9 (10 before verbs19: OP 13 → OP 4 "through capacity-building activities", "Framework Convention", is editorial).
    expect(step.keyChangesTotal).toBe(9);
    const shown = step.keyChanges.map((change) => change.text.slice(0, 40));
    // Chosen first by rank, listed in the text's order (trial 21-a D14).
    expect(shown).toEqual(expect.arrayContaining([
      'new OP 2: Also welcomes the progress mad',
      'new OP 5: Welcomes the outcome document ',
      'OP 12 → OP 3: Requests the Secretary-Gen',
    ]));
    expect(shown).not.toContain('OP 13 → OP 4: … through capacity-buildin');
    expect(shown.filter((text) => !text.startsWith('dropped ')).length).toBeGreaterThanOrEqual(3);
    expect(step.keyChanges.some((change) => change.text.includes('Expresses its concern about the impact of the Organization’s liquidity situation'))).toBe(true);
  });

  it('criminal accountability 79/116 → 80/160: the reinstated PP 23 is listed though its return reads as routine', () => {
    const step = crime.history.summary[1];
    expect(step.counts.reinstated).toBe(1);
    const back = step.keyChanges.filter((change) => change.text.startsWith('reinstated '));
    expect(back.map((change) => change.text.slice(0, 60))).toEqual(['reinstated PP 23 (from 78/102 PP 22): drops “as well as its ']);
    const position = crime.history.positions[back[0].position! - 1];
    expect(position.reinstated).toBe(true);
    expect(position.cells.map((cell) => cell?.label ?? null)).toEqual(['PP 22', null, 'PP 23']);
  });

  it('every reinstatement of every step is among its key changes', () => {
    for (const result of [tax, crime]) {
      for (const step of result.history.summary) {
        expect(step.keyChanges.filter((change) => change.text.startsWith('reinstated ')).length).toBe(step.counts.reinstated);
      }
    }
  });
});
