import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compare, compareTexts } from '../../src/index.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { indexLinks } from '../helpers/finding-links.js';

/**
 * A paragraph carried into its neighbour (session 13, trial13c defect 2): an older paragraph next to a linked one whose
 * partner holds most of it is merged into that link (`absorbFoldedIn`, adjacent); an unpaired paragraph whose sentence
 * stands word for word in an unpaired one of the other side is linked to it (`pairCarried`). Before, both were read as
 * dropped, and the receiving paragraph as new or as gaining a commitment and a figure.
 */

const FOMC = join(SHARED_DATA, 'fomc-statements');
const fomc = (date: string): string => join(FOMC, `fomc_${date}.txt`);
const signalsOf = (result: Awaited<ReturnType<typeof compare>>): string[] =>
  result.comparisons[0].findings.flatMap((finding) => (finding.signals ?? []).map((signal) => signal.summary));

describe.skipIf(!HAS_SHARED)(`FOMC statements (${HAS_SHARED ? 'real texts' : SHARED_MISSING})`, () => {
  it('2018-12-19 → 2019-01-30: the rate decision (¶ 3) moved into ¶ 2 is ¶ 2 + ¶ 3 merged, not dropped; no commitment or range added', async () => {
    const result = await compare(fomc('2018-12-19'), fomc('2019-01-30'));
    // The Implementation Note line (once `modified 5 → 4`) is each statement's trailer since session 16.
    expect(indexLinks(result)).toEqual(['modified 0 → 0', 'merged 1+2 → 1', 'unchanged 3 → 2', 'modified 4 → 3']);
    // Before: "commitment added: decides" and "percentage added: 2-1/4 to 2-1/2 percent" on ¶ 2. The one commitment
    // left is the forward guidance the merged ¶ 2 gives, "the Committee will be patient" (session 14, `timePledgeShift`).
    // Since session 20 (fomc20b) the guidance of further gradual increases the January statement withdrew is said too.
    expect(signalsOf(result).filter((summary) => summary.startsWith('commitment') || summary.startsWith('percentage'))).toEqual(['commitment dropped: some further gradual increases in the target range for the federal funds rate will be consistent with', 'commitment added: be patient']);
  });

  it('2012-08-01 → 2012-09-13: ¶ 4 (the maturity extension programme) carried into the new ¶ 3 is one paragraph, moved; not dropped + new', async () => {
    const result = await compare(fomc('2012-08-01'), fomc('2012-09-13'));
    const links = indexLinks(result);
    expect(links).toContain('modified 3 → 2');
    expect(result.comparisons[0].findings.find((finding) => finding.left[0] === 3)?.moved).toBe(true);
    expect(links.filter((link) => link.startsWith('dropped'))).toEqual([]);
    // The scraped link text "Statement Regarding Transactions …" (once `new – → 6`) is the newer statement's trailer since session 16.
    expect(links.filter((link) => link.startsWith('new'))).toEqual(['new – → 3']);
  });
});

describe('counter-case (no data needed)', () => {
  it('two unrelated paragraphs in the same gap, beside a linked neighbour, stay dropped and new', async () => {
    const older = [
      'The Committee met today.',
      'Growth in employment has been slow in recent months, and the unemployment rate remains elevated while household spending rises.',
      'The harbour authority will repaint the lighthouse on the northern pier before the winter storms arrive next season.',
      'Voting for the action were all members of the Committee present at the meeting.',
    ].join('\n\n');
    const newer = [
      'The Committee met today.',
      'Growth in employment has been slow in recent months, and the unemployment rate remains elevated while business investment rises.',
      'Schools in the eastern district will open two new libraries for children and adults with extended evening hours.',
      'Voting for the action were all members of the Committee present at the meeting.',
    ].join('\n\n');
    expect(indexLinks(await compareTexts(older, newer))).toEqual(['unchanged 0 → 0', 'modified 1 → 1', 'dropped 2 → –', 'new – → 2', 'unchanged 3 → 3']);
  });
});
