import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { repeatedWordingReasons } from '../../src/classify/editorial.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { UN_SERIES as SERIES, UN_SERIES_AVAILABLE as available } from '../helpers/un-series.js';

/**
 * Precision round 7, part B (issue 23): editorial wording a drafter's reading of seed 401 found read as negotiated — a
 * mass noun's number, "in" → "into" after a verb of putting into, the "inter alia" that opens a list — each guarded by
 * a change of the same shape that stays substantive. (Statistics refreshed: `statistics.test.ts`; footnote marks the
 * text layer left: `test/ingest/un-document.test.ts`.)
 */

const reasonsOf = (before: string, after: string): string[] | null => repeatedWordingReasons(wordDiff(before, after, 1000).parts, before, after);

function findingAt(result: RedlineResult, label: string): Finding {
  const [, right] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.right.length === 1 && right.paragraphs[candidate.right[0]].label === label);
  if (!finding) throw new Error(`no finding at ${label}`);
  return finding;
}

describe('editorial wording of round 7 (no data needed)', () => {
  it("a mass noun's number is editorial; a count noun's is not", () => {
    expect(reasonsOf('supported by adequate revenues and capacities,', 'supported by adequate revenue and capacities,')).toEqual(["a mass noun's number: revenues → revenue"]);
    expect(reasonsOf('supported by adequate resources and capacities,', 'supported by adequate resource and capacities,')).toBeNull();
  });

  it('"in" → "into" after a verb of putting into is editorial; after a noun it is not', () => {
    expect(reasonsOf('and mainstream a gender perspective in such policies and programmes;', 'and mainstream a gender perspective into such policies and programmes;')).toEqual([
      'editorial style: in → into after a verb of putting into',
    ]);
    expect(reasonsOf('and calls for an independent inquiry in the events of May;', 'and calls for an independent inquiry into the events of May;')).toBeNull();
  });

  it('"inter alia" dropped before a list is editorial; "in particular" dropped before it is not', () => {
    expect(reasonsOf('notes the situation faced by, inter alia, returned children, children with disabilities and children in detention;', 'notes the situation faced by returned children, children with disabilities and children in detention;')).toEqual([
      "a list's “inter alia” dropped",
    ]);
    expect(reasonsOf('notes the situation faced by, in particular, returned children, children with disabilities and children in detention;', 'notes the situation faced by returned children, children with disabilities and children in detention;')).toBeNull();
  });
});

describe.skipIf(!available)(`editorial wording of round 7 on real pairs${available ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('A/RES/78/137 → 79/197 OP 20: "revenues" → "revenue" is editorial', async () => {
    const folder = 'external-debt-sustainability-and-development';
    const result = await compare(join(SERIES, folder, 'A_RES_78_137.txt'), join(SERIES, folder, 'A_RES_79_197.txt'));
    expect(findingAt(result, 'OP 20')).toMatchObject({ kind: 'modified', editorial: true, reasons: ["a mass noun's number: revenues → revenue"] });
  });

  it('A/RES/79/211 → 80/142 OP 22 → OP 23: "mainstream a gender perspective in" → "into" is editorial', async () => {
    const folder = 'ensuring-access-to-affordable-reliable-sustainable-and-moder';
    const result = await compare(join(SERIES, folder, 'A_RES_79_211.txt'), join(SERIES, folder, 'A_RES_80_142.txt'));
    expect(findingAt(result, 'OP 23')).toMatchObject({ kind: 'modified', editorial: true, reasons: ['editorial style: in → into after a verb of putting into'] });
  });

  it('A/RES/79/181 → 80/220 OP 2 (a) (ix): "in this regard" and ", inter alia," dropped before the list are editorial', async () => {
    const folder = 'situation-of-human-rights-in-the-democratic-people-s-republi';
    const result = await compare(join(SERIES, folder, 'A_RES_79_181.txt'), join(SERIES, folder, 'A_RES_80_220.txt'));
    expect(findingAt(result, 'OP 2 (a) (ix)')).toMatchObject({ kind: 'modified', editorial: true, reasons: ['linking phrase dropped: in this regard', "a list's “inter alia” dropped"] });
  });
});
