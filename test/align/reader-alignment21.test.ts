import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compare, compareVersions } from '../../src/pipeline.js';
import { digestLine } from '../../src/report/digest-line.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { indexLinks, links } from '../helpers/finding-links.js';

/**
 * Alignments a reader corrected (session 21, issue 19; trials 20-a D6, D10 and 20-b D6): a merge of two paragraphs of
 * one formula, a new list item that took the list's closing clause, a dropped paragraph and an unrelated new one in its
 * place; and a merge's signals read against its sources together.
 */
const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
const CW = join(SERIES, 'implementation-of-the-convention-on-the-prohibition-of-the-d');
const OCEANS = join(SERIES, 'oceans-and-the-law-of-the-sea');
const FOMC = join(SHARED_DATA, 'fomc-statements');

describe.skipIf(!HAS_SHARED)(`alignments as a reader reads them (${HAS_SHARED ? 'real texts' : SHARED_MISSING})`, () => {
  it('CW 79/56 → 80/34: the Fourth and the Fifth Special Sessions joined in one paragraph are a merge, PP 7 not dropped', async () => {
    const found = links(await compare(join(CW, 'A_RES_79_56.txt'), join(CW, 'A_RES_80_34.txt')));
    expect(found).toContain('merged PP 7+PP 8 → PP 8');
    expect(found.filter((link) => /\bPP [78]\b/.test(link.split(' → ')[0]))).toEqual(['merged PP 7+PP 8 → PP 8']);
    expect(found.filter((link) => link.startsWith('dropped'))).not.toContain('dropped PP 7 → –');
  });

  it('CW 78/29 → 79/56: the new Decision C-28/DEC.12 item is new, not a part of OP 6 (c) split in two', async () => {
    const result = await compare(join(CW, 'A_RES_78_29.txt'), join(CW, 'A_RES_79_56.txt'));
    const found = links(result);
    expect(found.filter((link) => link.includes('OP 9 (c)') || link.includes('OP 9 (d)') || link.includes('OP 6 (c)'))).toEqual(['modified OP 6 (c) → OP 9 (c)', 'new – → OP 9 (d)']);
    expect(found.some((link) => link.startsWith('split'))).toBe(false);
  });

  it('CW history 78/29 → 79/56 → 80/34: OP 9 (d) is a position of its own, new in 79/56', async () => {
    const result = await compareVersions(['A_RES_78_29.txt', 'A_RES_79_56.txt', 'A_RES_80_34.txt'].map((name) => join(CW, name)));
    const [, middle] = result.documents;
    const itemD = middle.paragraphs.findIndex((paragraph) => paragraph.label === 'OP 9 (d)');
    const position = result.history.positions.find((row) => row.cells[1]?.paragraphs.includes(itemD));
    expect(position?.cells[1]?.paragraphs).toEqual([itemD]);
    expect(position?.cells[0]).toBeNull();
    expect(position?.cells[1]?.step?.kind).toBe('new');
  });

  it('Oceans 79/144 → 80/110: the merge PP 11 + PP 12 → PP 11 keeps the reference to 79/314, read against both sources', async () => {
    const result = await compare(join(OCEANS, 'A_RES_79_144.txt'), join(OCEANS, 'A_RES_80_110.txt'));
    const [left, right] = result.documents;
    const findings = result.comparisons[0].findings;
    const index = findings.findIndex((finding) => finding.kind === 'merged' && finding.left.map((i) => left.paragraphs[i].label).join('+') === 'PP 11+PP 12');
    expect(index).toBeGreaterThanOrEqual(0);
    const summaries = findings[index].signals.map((signal) => signal.summary);
    expect(summaries).toContain('reference added: resolution 79/314');
    // Costa Rica and France were named by PP 12, the second source: not added against the sources together.
    expect(summaries.filter((summary) => /Costa Rica|France/.test(summary))).toEqual([]);
    // The digest line shows the reference in its words, so it is not listed again among the line's signals.
    const line = digestLine(findings[index], index, left.paragraphs, right.paragraphs, null);
    expect(line.text).toContain('Noting its resolution 79/314 of 30 June 2025');
    expect(line.signals).not.toContain('reference added: resolution 79/314');
  });
});
