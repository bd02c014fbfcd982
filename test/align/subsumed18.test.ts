import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compare } from '../../src/index.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { links } from '../helpers/finding-links.js';

/**
 * A dropped paragraph taken whole into a linked one, in its wording (`isSubsumed` in `absorbFoldedIn`, session 18,
 * trial 17-b D3): DPRK 79/181 OP 2 (a) (xiii) "Violence and discrimination against women, including unequal access to
 * employment and discriminatory laws and regulations;" went into 80/220 OP 2 (a) (viii) ("… including unequal access
 * to employment and discriminatory laws and regulations, domestic violence, …"), whose older partner read
 * "discriminatory regulations". It was a key change "dropped OP 2 (a) (xiii)" with no pointer to (viii).
 */
const DPRK = join(SHARED_DATA, 'un-resolutions/texts/series/situation-of-human-rights-in-the-democratic-people-s-republi');

describe.skipIf(!HAS_SHARED)(`subsumed paragraphs (${HAS_SHARED ? 'real texts' : SHARED_MISSING})`, () => {
  it('DPRK 79/181 → 80/220: OP 2 (a) (viii) + (xiii) merged into OP 2 (a) (viii); (xiii) no longer dropped', async () => {
    const result = await compare(join(DPRK, 'A_RES_79_181.txt'), join(DPRK, 'A_RES_80_220.txt'));
    const found = links(result);
    expect(found).toContain('merged OP 2 (a) (viii)+OP 2 (a) (xiii) → OP 2 (a) (viii)');
    expect(found.filter((link) => link.includes('(xiii)'))).toEqual(['merged OP 2 (a) (viii)+OP 2 (a) (xiii) → OP 2 (a) (viii)']);
    // The other findings of the pair stay: PP 15 + PP 16 → PP 13 is still the one other merge, 7 paragraphs dropped (8 before).
    expect(found.filter((link) => link.startsWith('merged'))).toEqual(['merged PP 15+PP 16 → PP 13', 'merged OP 2 (a) (viii)+OP 2 (a) (xiii) → OP 2 (a) (viii)']);
    expect(found.filter((link) => link.startsWith('dropped'))).toHaveLength(7);
  });
});
