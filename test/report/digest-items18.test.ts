import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { digestLine, isNegotiated } from '../../src/report/digest-line.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 17-c D16: a digest line joined its changes by "; " while quoting text with semicolons of its own, so FOMC
 * 2015-01-28 → 2015-03-18 ¶ 1 read `…; moderately; recent declines → moderately; declines; …`, "moderately" alone an edit
 * to a reader and to a parser of `digest.json`. The line's changes are now an array (`DigestLine.changes`), and a line
 * with such a quote is joined by " · ".
 */
const FOMC = join(SHARED_DATA, 'fomc-statements');

describe.skipIf(!HAS_SHARED)(`a line's changes as items (${HAS_SHARED ? 'reads ../shared/data/fomc-statements' : SHARED_MISSING})`, () => {
  it('FOMC 2015-01-28 → 2015-03-18: ¶ 1 has its changes apart, the quote with its own semicolon one item', async () => {
    const result = await compare(join(FOMC, 'fomc_2015-01-28.txt'), join(FOMC, 'fomc_2015-03-18.txt'));
    const [left, right] = result.documents;
    const lines = result.comparisons[0].findings.flatMap((finding, index) => (isNegotiated(finding) ? [digestLine(finding, index, left.paragraphs, right.paragraphs, null)] : []));
    const first = lines.find((line) => line.place === '¶ 1')!;
    expect(first.changes).toEqual([
      'activity has been expanding at a solid pace → growth has moderated somewhat',
      'moderately; recent declines → moderately; declines',
      'adds “and export growth has weakened”',
      'have declined substantially in recent months → remain low',
      '1 more change',
    ]);
    expect(first.text).toBe(`¶ 1: ${first.changes.join(' · ')}`);
    // A line whose items hold no semicolon keeps "; ".
    const second = lines.find((line) => line.place === '¶ 2')!;
    expect(second.changes).toEqual(['decline further → remain near its recent low level', 'effects of lower energy → effects of energy', 'prices → price declines']);
    expect(second.text).toBe(`¶ 2: ${second.changes.join('; ')}`);
  });
});
