import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import type { Finding, ReferenceSignal } from '../../src/types.js';
import { HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 15a, defect 5: the seed statement calls for a protocol "in accordance with UN General Assembly Resolution
 * 74/247"; compared with 74/247 itself that citation was "reference added (routine): resolution 74/247", the rule for a
 * recurring text citing its previous version, and hidden by the routine filter. The rule now needs the newer text to be
 * a later version of the older (both UN documents of one title): 75/282 citing 74/247 stays routine.
 */
const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');

const referenceAdded = (findings: readonly Finding[], to: string): ReferenceSignal[] =>
  findings.flatMap((finding) => finding.signals).filter((signal): signal is ReferenceSignal => signal.type === 'reference' && signal.change === 'added' && signal.to === to);

describe.skipIf(!HAS_SHARED || !existsSync(ICT))(`the previous version cited is routine only between versions of one text (${HAS_SHARED ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('the seed citing 74/247, compared with 74/247: a reference added, not routine', async () => {
    const { comparisons } = await compare(join(ICT, 'A_RES_74_247.txt'), SEED);
    const added = referenceAdded(comparisons[0].findings, 'resolution 74/247');
    // Before: `reference added (routine): resolution 74/247`.
    expect(added.map((signal) => [signal.summary, signal.routine ?? false])).toEqual([['reference added: resolution 74/247', false]]);
  });

  it('75/282 citing 74/247, its previous version: still routine', async () => {
    const { comparisons } = await compare(join(ICT, 'A_RES_74_247.txt'), join(ICT, 'A_RES_75_282.txt'));
    const added = referenceAdded(comparisons[0].findings, 'resolution 74/247');
    expect(added.map((signal) => [signal.summary, signal.routine])).toEqual([['reference added (routine): resolution 74/247', true]]);
  });
});
