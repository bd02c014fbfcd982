import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compare } from '../../src/pipeline.js';
import type { RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

interface Mispairing {
  pair: string;
  what: string;
}
interface PairingCheck {
  isPlaceholder(text: string): boolean;
  checkPairReport(result: RedlineResult, pair: string): { findings: number; separated: Mispairing[]; wrong: Mispairing[] };
}

/** The bench is plain ESM JavaScript; load it by URL so the type checker does not look for declarations. */
const pairingCheck = async (): Promise<PairingCheck> => (await import(new URL('../../bench/lib/pairing-check.js', import.meta.url).href)) as PairingCheck;

describe('bench:pairing checks', () => {
  it('knows a placeholder paragraph, with or without its letter, and nothing else', async () => {
    const { isPlaceholder } = await pairingCheck();
    expect(['(a) [To be determined];', '[To be determined];', '[…]', '[placeholder]', '6. [...]'].filter(isPlaceholder)).toHaveLength(5);
    expect(['(a) Recommendations for achieving the objective of nuclear disarmament;', '[To be determined] by the Conference;'].filter(isPlaceholder)).toEqual([]);
  });
});

describe.skipIf(!HAS_SHARED)(`bench:pairing on a real pair (${HAS_SHARED ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('counts a placeholder filled in the next version as one position, not as paired with the wrong neighbour (78/62 → 79/72 OP 6 (a))', async () => {
    // 78/62 OP 6 (a) "[To be determined];" is filled in 79/72 by "Recommendations for achieving …", which 78/62 OP 3
    // (dropped) quotes: the words make OP 3 the likelier partner, the text says OP 6 (a).
    const folder = join(SHARED_DATA, 'un-resolutions', 'texts', 'series', 'report-of-the-disarmament-commission');
    const result = await compare(join(folder, 'A_RES_78_62.txt'), join(folder, 'A_RES_79_72.txt'));
    const { checkPairReport } = await pairingCheck();
    const checked = checkPairReport(result, '78/62 → 79/72');
    expect(checked.findings).toBe(result.comparisons[0].findings.length);
    expect(checked.wrong).toEqual([]);
    expect(checked.separated).toEqual([]);
  }, 30_000);
});
