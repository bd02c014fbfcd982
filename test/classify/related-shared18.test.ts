import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compare } from '../../src/index.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * A related link's shared words name what the paragraphs share in particular (trial 17-b D21): DPRK 79/181 PP 17 →
 * 80/220 PP 13 listed "noting, cooperation, government, democratic, people, s, republic, korea, world, food, program,
 * un" — the opening verb, the country's name, "s" (the tail of "People’s") and "un" before the programmes.
 */
const DPRK = join(SHARED_DATA, 'un-resolutions/texts/series/situation-of-human-rights-in-the-democratic-people-s-republi');

describe.skipIf(!HAS_SHARED)(`related links' shared words (${HAS_SHARED ? 'real texts' : SHARED_MISSING})`, () => {
  it('DPRK 79/181 → 80/220: PP 17 → PP 13 lists the programmes, no fragment and no word of the text’s common wording', async () => {
    const result = await compare(join(DPRK, 'A_RES_79_181.txt'), join(DPRK, 'A_RES_80_220.txt'));
    const related = result.comparisons[0].related;
    expect(related.map((link) => [link.left, link.right, link.shared])).toEqual([
      [[17], [13], ['world', 'food', 'program', 'fund', 'population', 'agriculture', 'organization', 'security', 'nutrition', 'health', 'water', 'sanitation']],
      [[80], [79], ['humanitarian', 'agencies', 'allowing', 'immediate', 'return', 'staff']],
    ]);
  });
});
