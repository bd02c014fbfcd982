import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import type { HistoryResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const CUBA = join(SHARED_DATA, 'ungdc/CUB');
if (!HAS_SHARED) console.warn(`Skipping the reinstatement-by-any-wording tests: ${SHARED_MISSING}`);

/** Cuba's General Debate speeches 2015–2024, oldest first. */
function cubaSpeeches(): string[] {
  return readdirSync(CUBA).filter((name) => /^CUB_20(1[5-9]|2\d)_S\d+\.txt$/.test(name)).sort().map((name) => join(CUBA, name));
}

/** The position holding the paragraph of the last version that starts with `start`. */
function positionOfLast(result: HistoryResult, start: string) {
  const last = result.documents.length - 1;
  const paragraph = result.documents[last].paragraphs.findIndex((p) => p.text.startsWith(start));
  expect(paragraph).toBeGreaterThanOrEqual(0);
  const position = result.history.positions.find((p) => p.cells[last]?.paragraphs.includes(paragraph));
  expect(position).toBeDefined();
  return position!;
}

describe.skipIf(!HAS_SHARED)('the reinstatement search compares every earlier wording of an absent position', () => {
  it('finds the Malvinas sentence of Cuba 2024 back from its 2020 wording (0.588), though the 2022 wording scores 0.345', async () => {
    const result = await compareVersions(cubaSpeeches());
    expect(result.history.versions.map((v) => v.name)).toHaveLength(10);
    const malvinas = positionOfLast(result, 'We support Argentina’s sovereignty over the Malvinas');
    expect(malvinas.reinstated).toBe(true);
    expect(malvinas.timeline).toContain('dropped in CUB_2023_S78 · reinstated in CUB_2024_S79 (reworded)');
    // Found back through the 2020 wording (version 5), the closest, the step comes from 2022 (version 7), the last
    // wording the position had: its diff and signals are said against what it came back from (trial 20-b D4).
    expect(malvinas.cells[9]?.step?.from).toBe(7);
    expect(malvinas.cells[7]).not.toBeNull();
    // Counter-case: Colombia 2024 paraphrases 2020–2022 under the move threshold (0.25–0.32): it stays new.
    const colombia = positionOfLast(result, 'We reaffirm our commitment to peace efforts in Colombia');
    expect(colombia.timeline).toBe('added in CUB_2024_S79');
    expect(colombia.cells.slice(0, 9).every((cell) => cell === null)).toBe(true);
  });
});
