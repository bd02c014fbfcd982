import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';

const UN = join(SHARED_DATA, 'un-resolutions/texts');

/**
 * Trial 15b, defect 7: A/C.1/80/L.9 → A/RES/80/46 (adopted as drafted, only U+2011 hyphens and page furniture apart)
 * read "No changes: every paragraph is unchanged" beside "coverage 99.8%": an unchanged paragraph is kept whole.
 */
describe.skipIf(!HAS_SHARED)('coverage of a text adopted as drafted', () => {
  it('is 100 % when every paragraph is unchanged', async () => {
    const result = await compare(join(UN, 'drafts/A_C.1_80_L.9.txt'), join(UN, 'series/the-arms-trade-treaty/A_RES_80_46.txt'));
    const comparison = result.comparisons[0];
    expect(comparison.findings.every((finding) => finding.kind === 'unchanged')).toBe(true);
    expect(comparison.coverage).toBe(1);
  }, 60_000);
});
