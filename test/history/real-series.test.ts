import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, compareVersions } from '../../src/pipeline.js';
import type { Comparison } from '../../src/types.js';
import { linkAgreement } from '../../bench/lib/history-agreement.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
const FOMC = join(SHARED_DATA, 'fomc-statements');
if (!HAS_SHARED) console.warn(`Skipping the history's real-series tests: ${SHARED_MISSING}`);

/** The versions of a folder, oldest first (UN: by session, as the file names sort; FOMC: by date). */
function versionsOf(folder: string, count = Infinity): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().slice(0, count).map((name) => join(folder, name));
}

/** The history of some versions and its agreement with `compare` run on each consecutive pair on its own. */
async function agreementOf(paths: string[]) {
  const result = await compareVersions(paths);
  const pairs: Comparison[] = [];
  for (let k = 1; k < paths.length; k++) pairs.push((await compare(paths[k - 1], paths[k])).comparisons[0]);
  return { result, agreement: linkAgreement(result.history, pairs) };
}

describe.skipIf(!HAS_SHARED)('the history of real series against pairwise compare', () => {
  it('reproduces every finding of the Arms Trade Treaty resolutions 78/48 → 79/52 → 80/46', async () => {
    const { result, agreement } = await agreementOf(versionsOf(join(SERIES, 'the-arms-trade-treaty')));
    expect(agreement.other).toBe(0);
    expect(agreement.agree).toBe(agreement.findings);
    expect(result.history.versions.map((version) => version.name)).toEqual(['78/48', '79/52', '80/46']);
    // Every paragraph of every version in exactly one cell.
    result.documents.forEach((document, version) => {
      const cells = result.history.positions.flatMap((position) => position.cells[version]?.paragraphs ?? []).sort((a, b) => a - b);
      expect(cells).toEqual(document.paragraphs.map((_, index) => index));
    });
  });

  it('keeps the Special Committee on the Charter paragraph dropped in 79 and back in 80 as one reinstated position', async () => {
    const { result, agreement } = await agreementOf(versionsOf(join(SERIES, 'report-of-the-special-committee-on-the-charter-of-the-united')));
    const reinstated = result.history.positions.filter((position) => position.reinstated);
    expect(reinstated).toHaveLength(1);
    expect(reinstated[0].cells[1]).toBeNull();
    expect(reinstated[0].cells[2]?.step?.from).toBe(0);
    // The one pairwise `new` finding the history reads as a reinstatement; every other finding agrees.
    expect(agreement).toMatchObject({ reinstated: 1, other: 0 });
    expect(agreement.agree + agreement.widened + agreement.reinstated).toBe(agreement.findings);
  });

  it('agrees with pairwise compare on the first 24 FOMC statements, and says why not where it does not', async () => {
    const { agreement } = await agreementOf(versionsOf(FOMC, 24));
    expect(agreement.examples).toEqual([]);
    expect(agreement.other).toBe(0);
    expect(agreement.agree + agreement.widened + agreement.reinstated).toBe(agreement.findings);
    // Measured: 109 of 124 findings exactly, 9 reinstatements, 6 positions widened by splits and merges next door.
    expect(agreement.agree / agreement.findings).toBeGreaterThan(0.85);
  });
});
