import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import type { HistoryResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';

const FOMC = join(SHARED_DATA, 'fomc-statements');

/**
 * Trial 15c, defect 8: "When the Committee decides to begin to remove policy accommodation, it will take a balanced
 * approach …" closed ¶ 5 of every statement from 2013-01-30; on 2014-03-19 it opens ¶ 6, before a new sentence. The pair
 * found no split (that sentence is 0.11 of the 248-word ¶ 5, under GROUP_MEMBER_SHARE), so the history said "added in
 * fomc_2014-03-19" and the digest "new ¶ 6". A sentence cut off into the next paragraph, word for word, is a split
 * (aligner/13): the position of ¶ 5 follows it into ¶ 5 + ¶ 6.
 */
describe.skipIf(!HAS_SHARED)('history of FOMC 2013-12 … 2014-04: a sentence split off ¶ 5', () => {
  let result: HistoryResult;
  beforeAll(async () => {
    result = await compareVersions(['2013-12-18', '2014-01-29', '2014-03-19', '2014-04-30'].map((date) => join(FOMC, `fomc_${date}.txt`)));
  }, 120_000);

  it('keeps the balanced-approach sentence in the position of ¶ 5, split in fomc_2014-03-19', () => {
    const position = result.history.positions.find((one) => one.cells[2]?.paragraphs.includes(5))!;
    expect(position.cells.map((cell) => cell?.label ?? cell?.paragraphs.map((index) => index + 1).join(' + ') ?? null)).toEqual(['¶ 5', '¶ 5', '¶ 5 + ¶ 6', '¶ 5 + ¶ 6']);
    expect(position.timeline).toContain('split in fomc_2014-03-19');
    expect(position.cells[2]!.step).toMatchObject({ kind: 'split', left: [4] });
    expect(result.history.positions.some((one) => one.timeline.startsWith('added in fomc_2014-03-19') && one.cells[2]?.paragraphs.includes(5))).toBe(false);
  });
});
